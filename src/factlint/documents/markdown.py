"""Reading drafts: Markdown and plain text into prose passages that keep their source positions.

Pure: text in, passages out. No I/O.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation standing in a passage: `[@key]`, a footnote `[^n]`, or a Markdown link."""

    kind: str  # "pandoc" | "footnote" | "link"
    key: str  # pandoc key, footnote label, or link target as written
    text: str  # footnote definition text; link target; pandoc key
    start: int  # offset in the passage text where the citation stands (for sentence assignment)
    offset: int  # offset in the original document (for diagnostics)


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of prose (paragraph, heading, list item, table cell...) and where it came from."""

    text: str
    # (passage offset, document offset, length): maps prose characters back to the document.
    # Each run is a verbatim copy: text[p:p+n] == document[d:d+n]. Characters in no run (decoded
    # entities such as `&amp;`) map to the end of the run before them.
    runs: tuple[tuple[int, int, int], ...]
    context: str = ""  # extra context for matching: a table cell's column header and row
    header: str = ""  # a table cell's column header alone
    citations: tuple[Citation, ...] = ()

    def source_offset(self, index: int) -> int:
        """Offset in the original document of passage position `index` (end positions allowed)."""
        starts = [r[0] for r in self.runs]
        k = bisect.bisect_right(starts, index) - 1
        if k < 0:
            return self.runs[0][1] if self.runs else 0
        p, d, n = self.runs[k]
        if index - p <= n:
            return d + (index - p)
        return d + n

    def source_end(self, end: int) -> int:
        """Document offset just after passage character `end - 1`: an exclusive end that never
        stretches over markup (`**`, a link's `](…)`) following the last character."""
        if end <= 0:
            return self.source_offset(0)
        return self.source_offset(end - 1) + 1


# A piece of passage text and its offset in the parsed text (-1: not a verbatim copy).
Piece = tuple[str, int]

_SUPPRESS = re.compile(r"<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\s*-->")
_URL = re.compile(r"(?<![\w@/.-])(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]*")
_URL_TRAILING = ".,;:!?'\u2019\u201d*_"
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")
_PANDOC_KEY = re.compile(r"(?:^|(?<=[\s;\[]))-?@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[\w])?)")
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\]")
_FOOTNOTE_DEF = re.compile(r"\A\s*\[\^[^\]]*\]:[ \t]*")


def suppressed_ranges(text: str, ignore: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Offset ranges silenced by factlint-disable comments (SPEC §6), sorted and merged.

    Comments that start inside an `ignore` range (code blocks) do not count. The comments
    themselves are included, so they never show as prose.
    """
    return _Suppression().ranges(text, ignore)


class _Suppression:
    """The disable comments' state carried from one block of a document to the next: a `disable` not yet
    enabled again, a `disable-next-line` with only blank lines after it so far."""

    __slots__ = ("disabled", "next_line")

    def __init__(self) -> None:
        self.disabled = False
        self.next_line = False

    def ranges(self, text: str, ignore: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """The silenced ranges of `text`, the next block of the document."""
        ignored = sorted(ignore)
        ignored_starts = [a for a, _ in ignored]

        def is_ignored(at: int) -> bool:
            k = bisect.bisect_right(ignored_starts, at) - 1
            return k >= 0 and at < ignored[k][1]

        ranges: list[tuple[int, int]] = []
        if self.next_line:
            self.next_line = self._next_line(ranges, text, 0)
        disabled_at = 0 if self.disabled else -1
        for m in _SUPPRESS.finditer(text):
            if is_ignored(m.start()):
                continue
            ranges.append((m.start(), m.end()))
            kind = m.group(1)
            if kind == "disable":
                if disabled_at < 0:
                    disabled_at = m.start()
            elif kind == "enable":
                if disabled_at >= 0:
                    ranges.append((disabled_at, m.end()))
                    disabled_at = -1
            elif kind == "disable-line":
                ranges.append(_line_span(text, m.start()))
            else:
                end = text.find("\n", m.end())
                self.next_line |= end < 0 or self._next_line(ranges, text, end + 1)
        if disabled_at >= 0:
            ranges.append((disabled_at, len(text)))
        self.disabled = disabled_at >= 0
        return _merge(ranges)

    @staticmethod
    def _next_line(ranges: list[tuple[int, int]], text: str, start: int) -> bool:
        """Silence the first non-blank line from `start` on; True when there is none in `text`."""
        found = _nonblank_line(text, start)
        if found is None:
            return True
        ranges.append(found)
        return False


def _line_span(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _nonblank_line(text: str, start: int) -> tuple[int, int] | None:
    """The first line at or after offset `start` (a line start) holding more than white space."""
    while start <= len(text):
        end = text.find("\n", start)
        line_end = len(text) if end < 0 else end
        if text[start:line_end].strip():
            return start, line_end
        if end < 0:
            return None
        start = end + 1
    return None


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Bare URLs (http://, https://, www.) in prose, without trailing sentence punctuation."""
    spans = []
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start():
            ch = text[end - 1]
            if ch in _URL_TRAILING:
                end -= 1
            elif ch == ")" and text.count("(", m.start(), end) < text.count(")", m.start(), end):
                end -= 1
            else:
                break
        spans.append((m.start(), end))
    return spans


class _Remap:
    """Passage positions before and after removing sorted, disjoint spans."""

    __slots__ = ("_starts", "_spans", "_removed")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = spans
        self._starts = [a for a, _ in spans]
        removed = [0]
        for a, b in spans:
            removed.append(removed[-1] + b - a)
        self._removed = removed

    def __call__(self, old: int) -> int:
        k = bisect.bisect_right(self._starts, old) - 1
        if k < 0:
            return old
        a, b = self._spans[k]
        if old < b:
            return a - self._removed[k]
        return old - self._removed[k + 1]


def _cut(pieces: list[Piece], spans: list[tuple[int, int]]) -> list[Piece]:
    """`pieces` without the passage-text spans (sorted, disjoint)."""
    if not spans:
        return pieces
    out: list[Piece] = []
    pos = 0
    k = 0
    for text, off in pieces:
        end = pos + len(text)
        cursor = pos
        while k < len(spans) and spans[k][0] < end:
            a, b = spans[k]
            if a > cursor:
                out.append(_slice(text, off, cursor - pos, a - pos))
            cursor = max(cursor, min(b, end))
            if b <= end:
                k += 1
            else:
                break
        if cursor < end:
            out.append(_slice(text, off, cursor - pos, end - pos))
        pos = end
    return [p for p in out if p[0]]


def _slice(text: str, off: int, a: int, b: int) -> Piece:
    return text[a:b], (off + a if off >= 0 else -1)


@dataclass(slots=True)
class _Raw:
    """A passage under construction: pieces and citations in pre-clean-up positions."""

    pieces: list[Piece]
    citations: list[Citation]


class _Builder:
    """Turns pieces (offsets into the parsed text) into Passages (offsets into the original)."""

    def __init__(self, original: str, to_original: Callable[[int], int],
                 suppressed: list[tuple[int, int]], footnotes: dict[str, str]) -> None:
        self.original = original
        self.to_original = to_original
        self.suppressed = suppressed
        self.suppressed_starts = [a for a, _ in suppressed]
        self.footnotes = footnotes

    def clean(self, raw: _Raw) -> _Raw:
        """Drop suppressed characters, bare URLs, Pandoc citations and unresolved footnote marks."""
        pieces, citations = raw.pieces, raw.citations
        spans = self._suppressed_spans(pieces)
        if spans:
            remap = _Remap(spans)
            pieces = _cut(pieces, spans)
            citations = [_moved(c, remap(c.start)) for c in citations if not self._is_suppressed(c.offset)]
        text = "".join(t for t, _ in pieces)
        offsets = _offset_lookup(pieces)
        spans = []
        found: list[Citation] = []
        for m in _BRACKETED.finditer(text):
            inner = m.group(0)[1:-1]
            fm = _FOOTNOTE_MARK.fullmatch(m.group(0))
            if fm:
                label = fm.group(1)
                found.append(Citation("footnote", label, self.footnotes.get(label, ""), m.start(),
                                      offsets(m.start())))
                spans.append((m.start(), m.end()))
                continue
            keys = _PANDOC_KEY.findall(inner)
            if not keys:
                continue
            start = m.start()
            if start > 0 and text[start - 1] in " \t" and (m.end() == len(text) or not text[m.end()].isalnum()):
                start -= 1  # "after tax [@key]." reads "after tax."
            found.extend(Citation("pandoc", key, key, start, offsets(m.start())) for key in keys)
            spans.append((start, m.end()))
        spans.extend(_url_spans(text))
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        if lead:
            spans.append((0, lead))
        if trail and trail < len(text):
            spans.append((len(text) - trail, len(text)))
        if not spans:
            return _Raw(pieces, citations)
        spans = _merge(spans)
        remap = _Remap(spans)
        citations = [_moved(c, remap(c.start)) for c in citations + found]
        citations.sort(key=lambda c: c.start)
        return _Raw(_cut(pieces, spans), citations)

    def _is_suppressed(self, off: int) -> bool:
        k = bisect.bisect_right(self.suppressed_starts, off) - 1
        return k >= 0 and off < self.suppressed[k][1]

    def _suppressed_spans(self, pieces: list[Piece]) -> list[tuple[int, int]]:
        if not self.suppressed:
            return []
        spans = []
        pos = 0
        for text, off in pieces:
            n = len(text)
            if off >= 0:
                k = max(bisect.bisect_right(self.suppressed_starts, off) - 1, 0)
                while k < len(self.suppressed) and self.suppressed[k][0] < off + n:
                    a, b = self.suppressed[k]
                    lo, hi = max(a, off), min(b, off + n)
                    if lo < hi:
                        spans.append((pos + lo - off, pos + hi - off))
                    k += 1
            elif spans and spans[-1][1] == pos:
                spans.append((pos, pos + n))  # a decoded entity inside a silenced stretch
            pos += n
        return _merge(spans)

    def passage(self, raw: _Raw, *, context: str = "", header: str = "",
                citations: tuple[Citation, ...] | None = None) -> Passage:
        """The finished Passage: text copied from the original, runs merged, offsets converted."""
        parts: list[str] = []
        runs: list[list[int]] = []
        pos = 0
        for text, off in raw.pieces:
            n = len(text)
            if off >= 0:
                d = self.to_original(off)
                text = self.original[d:d + n]
                last = runs[-1] if runs else None
                if last and last[0] + last[2] == pos and last[1] + last[2] == d:
                    last[2] += n
                else:
                    runs.append([pos, d, n])
            parts.append(text)
            pos += n
        if citations is None:
            citations = tuple(_placed(c, self.to_original(c.offset)) for c in raw.citations)
        return Passage("".join(parts), tuple((p, d, n) for p, d, n in runs), context, header, citations)


def _moved(c: Citation, start: int) -> Citation:
    return Citation(c.kind, c.key, c.text, start, c.offset)


def _placed(c: Citation, offset: int) -> Citation:
    return Citation(c.kind, c.key, c.text, c.start, offset)


def _offset_lookup(pieces: list[Piece]) -> Callable[[int], int]:
    """Parsed-text offset of a passage position (the next mapped piece for unmapped text)."""
    starts: list[int] = []
    offs: list[int] = []
    pos = 0
    for text, off in pieces:
        starts.append(pos)
        offs.append(off)
        pos += len(text)

    def lookup(index: int) -> int:
        k = max(bisect.bisect_right(starts, index) - 1, 0)
        while k < len(offs) and offs[k] < 0:
            k += 1
        if k >= len(offs):
            return max((o + len(pieces[i][0]) for i, o in enumerate(offs) if o >= 0), default=0)
        return offs[k] + max(index - starts[k], 0)

    return lookup


def _has_prose(raw: _Raw) -> bool:
    return any(not t.isspace() for t, _ in raw.pieces)


# ---------------------------------------------------------------------------------------------
# Plain text


def read_plain(text: str) -> list[Passage]:
    """Plain text: one passage per paragraph (blank-line separated)."""
    return list(iter_plain(text))


def iter_plain(text: str) -> Iterator[Passage]:
    """read_plain's passages one at a time."""
    builder = _Builder(text, lambda off: off, suppressed_ranges(text), {})
    paragraph: list[Piece] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        content_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        line = text[pos:content_end]
        if line.strip():
            if paragraph:
                paragraph.append(("\n", pos - 1))
            paragraph.append((line, pos))
        elif paragraph:
            yield from _plain_passage(builder, paragraph)
            paragraph = []
        if nl < 0:
            break
        pos = nl + 1
    if paragraph:
        yield from _plain_passage(builder, paragraph)


def _plain_passage(builder: _Builder, pieces: list[Piece]) -> Iterator[Passage]:
    raw = builder.clean(_Raw(pieces, []))
    if _has_prose(raw):
        yield builder.passage(raw)


# ---------------------------------------------------------------------------------------------
# Markdown


def _normalize_newlines(text: str) -> tuple[str, Callable[[int], int]]:
    """The text markdown-it sees (CR LF and lone CR as LF, NUL as U+FFFD) and a map back."""
    if "\r" not in text and "\0" not in text:
        return text, lambda off: off
    removed: list[int] = []  # parsed offsets of LFs that stood for a CR LF pair
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        cr = text.find("\r", i)
        if cr < 0:
            out.append(text[i:])
            break
        out.append(text[i:cr])
        if cr + 1 < n and text[cr + 1] == "\n":
            removed.append(cr - len(removed))
            out.append("\n")
            i = cr + 2
        else:
            out.append("\n")
            i = cr + 1
    parsed = "".join(out).replace("\0", "\ufffd")

    def to_original(off: int) -> int:
        return off + bisect.bisect_right(removed, off)

    return parsed, to_original


@functools.lru_cache(maxsize=2)
def _parser(front_matter: bool = True):  # type: ignore[no-untyped-def]
    # One parser per configuration and process: building one costs more than parsing a short draft, and
    # markdown-it keeps no state between parse() calls.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    # Keep escapes and entities as separate tokens: their source form differs from their text.
    md.disable("text_join")
    if not front_matter:
        md.disable("front_matter")  # front matter stands only at the top of the document
    return md


# Characters of Markdown parsed at a time: markdown-it's tokens cost some 13 times the text they hold,
# so a whole 50 MB draft at once would cost gigabytes.
WINDOW = 1 << 16


def read_markdown(text: str) -> list[Passage]:
    """Markdown: prose passages with code, URLs, comments and front matter left out."""
    return list(iter_markdown(text))


def iter_markdown(text: str, window: int = WINDOW) -> Iterator[Passage]:
    """read_markdown's passages one block of the document at a time, each block parsed on its own.

    Blocks end where a top-level Markdown block starts, so each parses as it would within the whole; link
    references and footnotes, which reach across the whole document, are gathered first.
    """
    bounds = _block_bounds(text, window)
    env: dict = {}
    footnotes = None
    if len(bounds) > 2 and "]:" in text:  # no `]:`, no reference or footnote definition anywhere
        env, footnotes = _definitions(text, bounds)
    suppression = _Suppression()
    for start, end in zip(bounds, bounds[1:]):
        parsed, to_block = _normalize_newlines(text[start:end])
        md = _parser(front_matter=start == 0)
        refs = env.get("footnotes", {}).get("refs", {})
        tokens = md.parse(parsed, {"references": dict(env.get("references", {})),
                                   "footnotes": {"refs": dict(refs), "list": {}}} if env else {})
        lines = _Lines(parsed, _line_starts(parsed))
        code = [lines.span(t.map) for t in tokens if t.type in ("fence", "code_block", "front_matter") and t.map]
        notes = _footnote_definitions(tokens, lines) if footnotes is None else footnotes
        to_original = to_block if start == 0 else (lambda off, _to=to_block, _at=start: _at + _to(off))
        yield from _read_tokens(tokens, lines, _Builder(text, to_original, suppression.ranges(parsed, code), notes))


def _read_tokens(tokens, lines: "_Lines", builder: "_Builder") -> Iterator[Passage]:  # type: ignore[no-untyped-def]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "footnote_block_open":
            while i < len(tokens) and tokens[i].type != "footnote_block_close":
                i += 1
        elif tok.type == "table_open":
            j = i
            while tokens[j].type != "table_close":
                j += 1
            yield from _read_table(tokens[i:j], lines, builder)
            i = j
        elif tok.type == "inline" and tok.map:
            raw = builder.clean(_walk(tok, lines, builder.footnotes, lines.content_starts(tok)))
            if _has_prose(raw):
                yield builder.passage(raw)
        i += 1


def _line_starts(text: str) -> list[int]:
    """Offsets where each line begins, and one past the end."""
    starts = [0]
    find = text.find
    nl = find("\n")
    while nl >= 0:
        starts.append(nl + 1)
        nl = find("\n", nl + 1)
    starts.append(len(text) + 1)
    return starts


def _block_bounds(text: str, window: int) -> list[int]:
    """Offsets cutting `text` into blocks of about `window` characters, so that each parses alone as it
    does within the whole: a cut falls where a top-level block starts after a blank line."""
    n = len(text)
    bounds = [0]
    if n <= window:
        return [0, n]
    # A disable comment may stretch over a blank line into the next paragraph: never cut through one.
    comments = [(m.start(), m.end()) for m in _SUPPRESS.finditer(text)]
    front = _front_matter_end(text)
    pos, size = 0, window
    while True:
        nl = text.find("\n", pos + size) if pos + size < n else -1
        if nl < 0 or nl + 1 >= n:
            bounds.append(n)
            return bounds
        parsed, to_block = _normalize_newlines(text[pos:nl + 1])
        md = _parser(front_matter=pos == 0)
        tokens: list = []
        md.block.parse(parsed, md, {}, tokens)
        cut = -1
        # Front matter cut short by the window reads as a rule and paragraphs: look until it may close.
        if pos > 0 or front <= nl + 1:
            cut = _last_cut(parsed, tokens, lambda off, _to=to_block, _at=pos: _at + _to(off), comments)
        del tokens, parsed
        if cut < 0:
            size *= 2  # one block fills the window: look further
            continue
        bounds.append(cut)
        pos, size = cut, window


def _front_matter_end(text: str) -> int:
    """Where front matter ends (the front matter plugin's rule: a line of as many dashes, or `...`), else 0."""
    opening = re.match(r"-{3,}", text)
    if opening is None:
        return 0
    closing = re.compile(rf"(?:\r\n?|\n)(?: {{0,3}}-{{{len(opening.group())},}}|\.\.\.)[ \t]*(?=[\r\n]|\Z)")
    found = closing.search(text)
    return found.end() if found else 0


def _last_cut(parsed: str, tokens, to_original: Callable[[int], int],  # type: ignore[no-untyped-def]
              comments: list[tuple[int, int]]) -> int:
    """The original offset of the last top-level block start after a blank line in a window, or -1.

    Blocks before it are complete: each ended on a line inside the window. The block at the cut itself,
    and what follows, may run on past the window and are read again with the next one. No construct that
    a window's end can cut short and make read otherwise (a link definition's title, a table's delimiter
    row, a setext underline) spans a blank line.
    """
    starts = _line_starts(parsed)
    for line in sorted({t.map[0] for t in tokens if t.level == 0 and t.nesting >= 0 and t.map}, reverse=True):
        if line == 0:
            break
        if parsed[starts[line - 1]:starts[line] - 1].strip(" \t"):
            continue
        at = to_original(starts[line])
        if not any(a < at < b for a, b in comments):
            return at
    return -1


def _definitions(text: str, bounds: list[int]) -> tuple[dict, dict[str, str]]:
    """The link reference and footnote definitions of the whole document, as markdown-it gathers them before
    it reads any paragraph: its env, and the text of each footnote referred to anywhere."""
    env: dict = {}
    bodies: dict[str, str] = {}
    for start, end in zip(bounds, bounds[1:]):
        parsed, _ = _normalize_newlines(text[start:end])
        md = _parser(front_matter=start == 0)
        tokens: list = []
        md.block.parse(parsed, md, env, tokens)
        bodies.update(_footnote_definitions(tokens, _Lines(parsed, _line_starts(parsed))))
    if not bodies:
        return env, {}
    # Only footnotes some reference points to count, as they do when the whole document is read at once.
    referred: set[str] = set()
    refs = env.get("footnotes", {}).get("refs", {})
    for start, end in zip(bounds, bounds[1:]):
        parsed, _ = _normalize_newlines(text[start:end])
        block_env = {"references": dict(env.get("references", {})), "footnotes": {"refs": dict(refs), "list": {}}}
        _parser(front_matter=start == 0).parse(parsed, block_env)
        referred.update(str(n["label"]) for n in block_env["footnotes"]["list"].values() if "label" in n)
    return env, {label: body for label, body in bodies.items() if label in referred}


class _Lines:
    """Line arithmetic on the parsed text, in markdown-it's line numbers (0-based)."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts

    def start(self, line: int) -> int:
        return self.starts[min(line, len(self.starts) - 1)]

    def end(self, line: int) -> int:
        """Offset of the line's line break (or the end of text)."""
        return min(self.start(line + 1) - 1, len(self.text))

    def span(self, lmap: list[int]) -> tuple[int, int]:
        return self.start(lmap[0]), min(self.start(lmap[1]), len(self.text))

    def content_starts(self, tok) -> list[int]:  # type: ignore[no-untyped-def]
        """Where each line of an inline token's content begins in the text, past container
        markers (`> `, `- `, `1. `) and indentation: the content line is the line's suffix."""
        out = []
        for k, content_line in enumerate(tok.content.split("\n")):
            line = tok.map[0] + k
            a, b = self.start(line), self.end(line)
            source = self.text[a:b].rstrip()
            c = content_line.strip()
            if c and source.endswith(c):
                out.append(a + len(source) - len(c))
            else:
                out.append(a)
        return out


def _footnote_definitions(tokens, lines: _Lines) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Footnote label -> the definition's raw text (link targets included), white space folded."""
    defs: dict[str, str] = {}
    label = None
    first = last = -1
    for tok in tokens:
        if tok.type in ("footnote_open", "footnote_reference_open"):
            label = tok.meta.get("label")
            first = last = -1
        elif label is not None and tok.map and tok.type.endswith("_open"):
            first = tok.map[0] if first < 0 else first
            last = max(last, tok.map[1])
        elif tok.type in ("footnote_close", "footnote_reference_close") and label is not None:
            body = ""
            if first >= 0:
                body = lines.text[lines.start(first):min(lines.start(last), len(lines.text))]
                body = _FOOTNOTE_DEF.sub("", body, count=1)
            defs[str(label)] = " ".join(body.split())
            label = None
    return defs


def _walk(tok, lines: _Lines, footnotes: dict[str, str], starts: list[int],  # type: ignore[no-untyped-def]
          end: int | None = None) -> _Raw:
    """Locate each inline piece of `tok` in the text, searching forward from a cursor."""
    return _Walker(lines.text, footnotes).walk(tok, starts, lines.span(tok.map)[1] if end is None else end)


class _Walker:
    __slots__ = ("src", "footnotes", "cursor")

    def __init__(self, src: str, footnotes: dict[str, str]) -> None:
        self.src = src
        self.footnotes = footnotes
        self.cursor = 0

    def walk(self, tok, starts: list[int], end: int) -> _Raw:  # type: ignore[no-untyped-def]
        src = self.src
        pieces: list[Piece] = []
        citations: list[Citation] = []
        length = 0
        line = 0
        self.cursor = starts[0] if starts else 0
        links: list[tuple[int, int, str] | None] = []  # (passage start, offset, href) or None: autolink
        for t in tok.children or ():
            typ = t.type
            if typ == "text":
                if links and links[-1] is None:
                    continue  # an autolink's URL
                c = t.content
                if not c:
                    continue
                pos = src.find(c, self.cursor, end)
                length += len(c)
                if pos >= 0:
                    pieces.append((c, pos))
                    self.cursor = pos + len(c)
                elif "|" in c:
                    pieces.extend(self._escaped_pipes(c, end))
                else:
                    pieces.append((c, -1))
            elif typ == "text_special":
                pos = src.find(t.markup, self.cursor, end)
                at = -1
                if pos >= 0 and t.content == t.markup:
                    at = pos  # a backslash before a character it cannot escape stays
                elif pos >= 0 and t.info == "escape" and t.markup[1:] == t.content:
                    at = pos + 1
                pieces.append((t.content, at))
                length += len(t.content)
                if pos >= 0:
                    self.cursor = pos + len(t.markup)
            elif typ in ("softbreak", "hardbreak"):
                pos = src.find("\n", self.cursor, end)
                pieces.append(("\n", pos))
                length += 1
                if pos >= 0:
                    self.cursor = pos + 1
                line += 1
                if line < len(starts):
                    self.cursor = max(self.cursor, starts[line])
            elif typ == "code_inline":
                self._skip_code(t.markup, end)
            elif typ == "link_open":
                if t.info == "auto":
                    links.append(None)
                else:
                    pos = src.find("[", self.cursor, end)
                    if pos >= 0:
                        self.cursor = pos + 1
                    links.append((length, max(pos, self.cursor), str(t.attrs.get("href", ""))))
            elif typ == "link_close":
                opened = links.pop() if links else None
                if opened is None:
                    pos = src.find(">", self.cursor, end)
                    if pos >= 0:
                        self.cursor = pos + 1
                    continue
                target = self._skip_destination(end) or _unquote(opened[2])
                citations.append(Citation("link", target, target, opened[0], opened[1]))
            elif typ == "image":
                pos = src.find("![", self.cursor, end)
                if pos >= 0:
                    self.cursor = _matching_bracket(src, pos + 1, end)
                    self._skip_destination(end)
            elif typ == "footnote_ref":
                label = str(t.meta.get("label", ""))
                mark = f"[^{label}]"
                pos = src.find(mark, self.cursor, end)
                citations.append(Citation("footnote", label, self.footnotes.get(label, ""), length,
                                          pos if pos >= 0 else self.cursor))
                if pos >= 0:
                    self.cursor = pos + len(mark)
            elif typ == "html_inline":
                pos = src.find(t.content, self.cursor, end)
                if pos >= 0:
                    self.cursor = pos + len(t.content)
            elif t.markup and typ.endswith(("_open", "_close")):
                pos = src.find(t.markup, self.cursor, end)
                if pos >= 0:
                    self.cursor = pos + len(t.markup)
        return _Raw(pieces, citations)

    def _escaped_pipes(self, text: str, end: int) -> list[Piece]:
        """A table cell's text, whose `\\|` markdown-it turned into `|` before inline parsing."""
        src = self.src
        parts = text.split("|")
        pos = src.find(parts[0] or "\\|", self.cursor, end)
        if pos < 0:
            return [(text, -1)]
        pieces: list[Piece] = [(parts[0], pos)] if parts[0] else []
        pos += len(parts[0])
        for part in parts[1:]:
            if not src.startswith("\\|" + part, pos, end):
                done = sum(len(t) for t, _ in pieces)
                return pieces + [(text[done:], -1)]
            pieces.append(("|" + part, pos + 1))
            pos += 2 + len(part)
        self.cursor = pos
        return pieces

    def _skip_code(self, ticks: str, end: int) -> None:
        src = self.src
        opening = _find_run(src, ticks, self.cursor, end)
        if opening < 0:
            return
        closing = _find_run(src, ticks, opening + len(ticks), end)
        if closing >= 0:
            self.cursor = closing + len(ticks)

    def _skip_destination(self, end: int) -> str:
        """Move past a link's `](target "title")`, `][ref]` or `]`; the target as written."""
        src = self.src
        pos = src.find("]", self.cursor, end)
        if pos < 0:
            return ""
        pos += 1
        self.cursor = pos
        if pos < end and src[pos] == "[":
            close = src.find("]", pos, end)
            if close >= 0:
                self.cursor = close + 1
            return ""
        if pos >= end or src[pos] != "(":
            return ""
        i = pos + 1
        while i < end and src[i] in " \t\n":
            i += 1
        if i < end and src[i] == "<":
            close = src.find(">", i, end)
            target = src[i + 1:close] if close >= 0 else ""
            i = close + 1 if close >= 0 else i + 1
        else:
            start = i
            depth = 0
            while i < end:
                ch = src[i]
                if ch == "\\":
                    i += 2
                    continue
                if ch in " \t\n" or (ch == ")" and depth == 0):
                    break
                depth += ch == "("
                depth -= ch == ")"
                i += 1
            target = src[start:min(i, end)]
        quote = ""
        while i < end:
            ch = src[i]
            if ch == "\\":
                i += 2
                continue
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'":
                quote = ch
            elif ch == "(" and i > pos + 1 and src[i - 1] in " \t\n":
                quote = ")"
            elif ch == ")":
                self.cursor = i + 1
                break
            i += 1
        return target


def _find_run(src: str, run: str, start: int, end: int) -> int:
    """Offset of a backtick run of exactly `run`'s length, or -1."""
    pos = src.find(run, start, end)
    while pos >= 0:
        after = pos + len(run)
        if (pos == 0 or src[pos - 1] != "`") and (after >= len(src) or src[after] != "`"):
            return pos
        while after < end and src[after] == "`":
            after += 1
        pos = src.find(run, after, end)
    return -1


def _matching_bracket(src: str, pos: int, end: int) -> int:
    """Offset just after the `]` closing the `[` at `pos`."""
    depth = 0
    i = pos
    while i < end:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return pos


def _unquote(href: str) -> str:
    from urllib.parse import unquote

    return unquote(href)


def _read_table(tokens, lines: _Lines, builder: _Builder) -> list[Passage]:  # type: ignore[no-untyped-def]
    """Each cell a Passage: its column header as `header`, header and the row's other cells as
    `context`, and the row's citations on every cell of the row."""
    rows: list[tuple[bool, list[_Raw]]] = []
    in_head = False
    walker = _Walker(lines.text, builder.footnotes)
    row_end = 0
    for tok in tokens:
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open" and tok.map:
            rows.append((in_head, []))
            walker.cursor = lines.start(tok.map[0])
            row_end = lines.end(tok.map[0])
        elif tok.type == "inline" and rows:
            raw = walker.walk(tok, [walker.cursor], row_end)
            rows[-1][1].append(builder.clean(raw))
    headers: list[str] = []
    out: list[Passage] = []
    for is_head, cells in rows:
        texts = [" ".join("".join(t for t, _ in c.pieces).split()) for c in cells]
        if is_head:
            headers = texts
        row_citations = tuple(Citation(c.kind, c.key, c.text, 0, builder.to_original(c.offset))
                              for cell in cells for c in cell.citations)
        for j, cell in enumerate(cells):
            if not _has_prose(cell):
                continue
            header = "" if is_head else (headers[j] if j < len(headers) else "")
            others = [t for k, t in enumerate(texts) if k != j and t]
            context = " ".join(([header] if header else []) + others)
            out.append(builder.passage(cell, context=context, header=header, citations=row_citations))
    return out
