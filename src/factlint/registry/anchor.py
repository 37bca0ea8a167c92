"""Anchoring: where a claim's quote stands in its source, or the passage most like it when it is not there.

Pure: a source's text and a quote in, positions out.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from factlint.documents.pdf import page_position
from factlint.text import _ENTITY, LineIndex, Normalized, normalize

_HTML_TAG = re.compile(r"<(?:p|br|div|span|a|li|ul|ol|h[1-6]|table|tr|td|em|strong|b|i|blockquote|html|body)"
                       r"(?:\s[^<>]*)?/?>", re.IGNORECASE)
CLOSEST_SHOWN = 160  # characters of the closest passage a message quotes


def is_html(path: str, text: str) -> bool:
    """An HTML source: named .html/.htm, or its text holds HTML tags such as <p>."""
    return path.lower().endswith((".html", ".htm")) or _HTML_TAG.search(text) is not None


@dataclass(frozen=True, slots=True)
class SourceText:
    """A source file read once per load: original text, normalised text, line index."""

    text: str
    norm: Normalized
    lines: LineIndex
    html: bool
    # A paged source's (a PDF's): the line where each page starts, and its text read again with the words a
    # line-end hyphen breaks joined, first without the hyphen ("informa-|tion"), then with it ("well-|known").
    page_lines: tuple[int, ...] = ()
    joined: tuple[Normalized, ...] = ()

    @classmethod
    def read(cls, path: str, text: str, page_lines: tuple[int, ...] = ()) -> SourceText:
        """The source at `path` (as the registry names it, which tells HTML apart) holding `text`; `page_lines`
        for a PDF's text (documents/pdf.py)."""
        html = not page_lines and is_html(path, text)
        norm = normalize(text, markup=html)
        joined = (join_hyphens(norm, text, keep=False), join_hyphens(norm, text, keep=True)) if page_lines else ()
        return cls(text, norm, LineIndex(text), html, page_lines, joined)

    def where(self, offset: int) -> tuple[int, int, int]:
        """Page (0 for a source without pages), line (on the page) and column of an original offset."""
        line, column = self.lines.position(offset)
        if not self.page_lines:
            return 0, line, column
        page, on_page = page_position(self.page_lines, line)
        return page, on_page, column


# A hyphen at a line's end between two letters, the line break folded to one space by normalize.
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])- (?=[^\W\d_])")


def join_hyphens(norm: Normalized, text: str, *, keep: bool) -> Normalized:
    """`norm` with each word broken by a hyphen at a line's end in `text` joined: without the hyphen, or with it
    (`keep`). Offsets still map to the original."""
    cuts: list[tuple[int, int]] = []
    for m in _LINE_END_HYPHEN.finditer(norm.text):
        space = m.start() + 1
        a, b = norm.to_original(space), norm.to_original(space + 1)
        if "\n" in text[a:b]:
            cuts.append((space if keep else m.start(), space + 1))
    if not cuts:
        return norm
    parts: list[str] = []
    origin = array(norm.origin.typecode)  # type: ignore[attr-defined]  # normalize's origin is an array
    at = 0
    for a, b in cuts:
        parts.append(norm.text[at:a])
        origin.extend(norm.origin[at:a])
        at = b
    parts.append(norm.text[at:])
    origin.extend(norm.origin[at:])
    return Normalized("".join(parts), origin, norm.original_length)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote stands: page (0 without pages), line (on the page), column; the end line counts from the
    start's page, the end column is exclusive."""

    page: int
    line: int
    column: int
    end_line: int
    end_column: int


def anchor(quote: Normalized, doc: SourceText) -> Anchor | None:
    """Where the quote (normalised as its source) stands in the original; None when the source does not hold it.
    In a paged source a word broken at a line's end by a hyphen is found whole."""
    needle = quote.text
    if not needle:
        return None
    for norm in (doc.norm, *doc.joined):
        at = norm.text.find(needle)
        if at >= 0:
            break
    else:
        return None
    start = norm.to_original(at)
    end = _original_end(doc, norm, at + len(needle) - 1)
    page, line, column = doc.where(start)
    end_line, end_column = doc.lines.position(end)
    return Anchor(page, line, column, line + end_line - doc.lines.position(start)[0], end_column)


def _original_end(doc: SourceText, norm: Normalized, last: int) -> int:
    """Exclusive original end offset of normalised character `last` (an entity counts whole)."""
    end = norm.to_original(last)
    if doc.html and doc.text.startswith("&", end):
        m = _ENTITY.match(doc.text, end)
        if m:
            return m.end()
    return end + 1


# A quote and a source whose product of lengths is at most this are compared whole (every ordinary registry):
# rapidfuzz's partial alignment costs about that product, and more as the quote grows.
COMPARED_WHOLE = 20_000_000
SHORT = 64  # a quote this short is aligned with the whole source in one bit-parallel pass, linear in the source
ANCHORS = 24  # three-word pieces of a long quote looked for in the source, spread over it
RARE = 1_000  # a piece found more often than this says nothing of where the quote stood
COMPARED = 4_000  # characters of a long quote compared with the passages its pieces point at
CANDIDATES = 4  # passages compared


def closest(needle: str, doc: SourceText) -> str:
    """The passage of the source most like the quote, with its line."""
    from rapidfuzz import fuzz

    text = doc.norm.text
    if not text:
        return "the source is empty"
    if len(needle) <= SHORT or len(needle) * len(text) <= COMPARED_WHOLE:
        found = fuzz.partial_ratio_alignment(needle, text, processor=None)
        if found is None or found.score <= 0:
            return "nothing in the source resembles it"
        score, start, end = found.score, found.dest_start, found.dest_end
    else:
        best = _closest_long(needle, text)
        if best is None:
            return "nothing in the source resembles it"
        score, start, end = best
    # The alignment may cut words in two: widen it to whole words.
    while start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace() and not text[end - 1].isspace():
        end += 1
    passage = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())  # the line of the passage shown, not of a space
    if len(passage) > CLOSEST_SHOWN:
        passage = passage[:CLOSEST_SHOWN - 3] + "..."
    page, line, _ = doc.where(doc.norm.to_original(start))
    at = f"page {page}, line {line}" if page else f"line {line}"
    return f'closest passage ({at}, {score:.0f}% similar): "{passage}"'


_WORD = re.compile(r"\S+")


def _closest_long(needle: str, text: str) -> tuple[float, int, int] | None:
    """(similarity, start, end) of the passage most like a long quote's beginning, found where its rare
    three-word pieces stand in the source; None when none stands there. Linear in the source: comparing a long
    quote with every passage of a long source took a minute (a 10 KB quote, a 1.1 MB source)."""
    from rapidfuzz import fuzz

    part = needle[:COMPARED]
    words = [m.span() for m in _WORD.finditer(part)]
    if len(words) < 3:
        return None
    step = max((len(words) - 2) // ANCHORS, 1)
    # Each piece votes for where the quote would start if the piece stood in it, to the nearest tenth of it.
    bucket = max(len(part) // 10, 1)
    votes: dict[int, list[int]] = {}
    for i in range(0, len(words) - 2, step):
        offset = words[i][0]
        hits = piece_hits(text, part[offset:words[i + 2][1]])
        for at in hits:
            votes.setdefault((at - offset) // bucket, []).append(at - offset)
    if not votes:
        return None
    ranked = sorted(votes.values(), key=lambda starts: (-len(starts), starts[0]))[:CANDIDATES]
    best: tuple[float, int, int] | None = None
    for starts in ranked:
        start = max(sorted(starts)[len(starts) // 2], 0)
        score = fuzz.ratio(part, text[start:start + len(part)], processor=None)
        if best is None or score > best[0]:
            best = (score, start, min(start + len(part), len(text)))
    return best


def piece_hits(text: str, piece: str) -> list[int]:
    """Where `piece` stands in `text`; none when it stands there more than RARE times."""
    hits: list[int] = []
    at = text.find(piece)
    while at >= 0:
        if len(hits) == RARE:
            return []
        hits.append(at)
        at = text.find(piece, at + 1)
    return hits
