"""Markdown into passages: the parser's configuration, the document read a window of blocks at a time, the
link and footnote definitions gathered across the whole of it, and the token stream read into passages.

Pure: text in, passages out. No I/O.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from factlint.documents.builder import Builder
from factlint.documents.lines import Lines, line_starts
from factlint.documents.outline import Outline
from factlint.documents.html import html_passages, read_html_blocks
from factlint.documents.passage import Passage, Piece, RawPassage
from factlint.documents.suppressions import Suppression, comment_spans
from factlint.documents.tables import read_table
from factlint.documents.walker import InlineState, walk
from factlint.text import squeeze

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FOOTNOTE_DEF = re.compile(r"\A\s*\[\^[^\]]*\]:[ \t]*")
# The marks that open block quotes and list items at a line's start.
_CONTAINER_MARKS = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*")
MAX_NESTING = 20  # markdown-it's commonmark preset: blocks nested deeper are not read


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
    suppression = Suppression()
    outline = Outline()
    for start, end in zip(bounds, bounds[1:]):
        parsed, to_block = _normalize_newlines(text[start:end])
        md = _parser(front_matter=start == 0)
        refs = env.get("footnotes", {}).get("refs", {})
        tokens = md.parse(parsed, {"references": dict(env.get("references", {})),
                                   "footnotes": {"refs": dict(refs), "list": {}}} if env else {})
        lines = Lines(parsed, line_starts(parsed))
        code = [lines.span(t.map) for t in tokens if t.type in ("fence", "code_block", "front_matter") and t.map]
        notes = _footnote_definitions(tokens, lines) if footnotes is None else footnotes
        to_original = to_block if start == 0 else (lambda off, _to=to_block, _at=start: _at + _to(off))
        silent = suppression.ranges(parsed, code)
        builder = Builder(text, to_original, silent, notes, suppression.silenced)
        yield from _read_tokens(tokens, lines, builder, outline)


def _read_tokens(tokens: list[Token], lines: Lines, builder: Builder, outline: Outline) -> Iterator[Passage]:
    """The passages of one block's tokens: each inline token's prose and each table's cells, each knowing its
    surroundings (`outline` carries the headings and lists from one block to the next). Footnote definitions
    are left out: their text travels with the citations that refer to them."""
    i = 0
    level = 0  # the level of the heading being read, 0 outside headings
    quotes = 0  # the block quotes being read
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind in ("blockquote_open", "blockquote_close"):
            quotes += tok.nesting
        if kind == "footnote_block_open":
            while i < len(tokens) and tokens[i].type != "footnote_block_close":
                i += 1
        elif kind == "table_open":
            j = i
            while tokens[j].type != "table_close":
                j += 1
            yield from read_table(tokens[i:j], lines, builder, outline.where("table_cell"))
            i = j
        elif kind == "heading_open":
            level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif kind == "heading_close":
            level = 0
        elif kind == "html_block" and tok.map:
            a, b = lines.span(tok.map)
            yield from html_passages(read_html_blocks(lines.text[a:b], a), builder, outline)
        elif tok.nesting == 1 and tok.level >= MAX_NESTING - 1 and tok.map:
            # markdown-it reads nothing inside a block this deep: its lines are read as text instead.
            yield from _over_nested(tok.map, lines, builder, outline)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            outline.open_list()
        elif kind in ("bullet_list_close", "ordered_list_close"):
            outline.close_list()
        elif kind == "inline" and tok.map:
            state = InlineState(lines.text, builder.footnotes, lines.content_starts(tok), lines.span(tok.map)[1])
            raw = builder.clean(walk(tok, state))
            prose = squeeze("".join(t for t, _ in raw.pieces))
            if level:
                where = outline.where_heading(level)
                outline.heading(level, prose)
            else:
                where = outline.where("paragraph")
                if where.kind == "paragraph" and _wholly_strong(tok):
                    where = replace(where, emphasised=True)
                if quotes > 0:
                    where = replace(where, quoted=quotes)
                outline.block(prose, titled=where.emphasised)
            if raw.has_prose():
                yield builder.passage(raw, where=where)
        i += 1


def _wholly_strong(tok: Token) -> bool:
    """Whether an inline token is one bold span and nothing else ("**How much did they earn?**")."""
    children = [t for t in tok.children or () if not (t.type == "text" and not t.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return False
    depth = 0
    for t in children[:-1]:
        depth += (t.type == "strong_open") - (t.type == "strong_close")
        if depth == 0:
            return False  # "**Kobalt.** In het artikel …": a bold lead-in, closed before the paragraph ends
    return True


def _over_nested(lmap: list[int], lines: Lines, builder: Builder, outline: Outline) -> Iterator[Passage]:
    """The lines of a block nested too deep for markdown-it, read as plain paragraphs without their marks."""
    pieces: list[Piece] = []
    for line in range(lmap[0], lmap[1]):
        start, end = lines.start(line), lines.end(line)
        text = lines.text[start:end]
        content = _CONTAINER_MARKS.match(text).end()  # type: ignore[union-attr]  # the pattern matches ""
        if text[content:].strip():
            if pieces:
                pieces.append(("\n", start - 1))
            pieces.append((text[content:], start + content))
            continue
        yield from _paragraph(pieces, builder, outline)
        pieces = []
    yield from _paragraph(pieces, builder, outline)


def _paragraph(pieces: list[Piece], builder: Builder, outline: Outline) -> Iterator[Passage]:
    raw = builder.clean(RawPassage(pieces, []))
    if raw.has_prose():
        yield builder.passage(raw, where=outline.where("paragraph"))


@functools.lru_cache(maxsize=2)
def _parser(front_matter: bool = True) -> MarkdownIt:
    # One parser per configuration and process: building one costs more than parsing a short draft, and
    # markdown-it keeps no state between parse() calls.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    # Keep escapes and entities as separate tokens: their source form differs from their text.
    md.disable("text_join")
    md.core.ruler.at("inline", _inline)
    if not front_matter:
        md.disable("front_matter")  # front matter stands only at the top of the document
    return md


# Characters of which markdown-it makes a token each (emphasis delimiters, brackets, escapes, entities, code
# spans, line breaks). A paragraph holding more than PLAIN_MARKUP of them is read as plain text, line by line:
# its tokens would cost some 500 bytes a character (10 MB of `*_*_` took 4.6 GB).
MARKUP = "*_~[]!`<&\\\n"
PLAIN_MARKUP = 10_000


def _inline(state) -> None:
    """markdown-it's core inline rule, but a paragraph too dense with markup is one `text_plain` child, which
    the walker reads line by line: the memory of reading one paragraph stays a small multiple of its size."""
    from markdown_it.token import Token

    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        content = token.content
        if len(content) > PLAIN_MARKUP and sum(map(content.count, MARKUP)) > PLAIN_MARKUP:
            token.children.append(Token("text_plain", "", 0, content=content))
        else:
            state.md.inline.parse(content, state.md, state.env, token.children)


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


def _block_bounds(text: str, window: int) -> list[int]:
    """Offsets cutting `text` into blocks of about `window` characters, so that each parses alone as it
    does within the whole: a cut falls where a top-level block starts after a blank line."""
    n = len(text)
    bounds = [0]
    if n <= window:
        return [0, n]
    # A disable comment may stretch over a blank line into the next paragraph: never cut through one.
    comments = comment_spans(text)
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


def _last_cut(parsed: str, tokens: list[Token], to_original: Callable[[int], int],
              comments: list[tuple[int, int]]) -> int:
    """The original offset of the last top-level block start after a blank line in a window, or -1.

    Blocks before it are complete: each ended on a line inside the window. The block at the cut itself,
    and what follows, may run on past the window and are read again with the next one. No construct that
    a window's end can cut short and make read otherwise (a link definition's title, a table's delimiter
    row, a setext underline) spans a blank line.
    """
    starts = line_starts(parsed)
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
        bodies.update(_footnote_definitions(tokens, Lines(parsed, line_starts(parsed))))
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


def _footnote_definitions(tokens: list[Token], lines: Lines) -> dict[str, str]:
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
