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


def closest(needle: str, doc: SourceText) -> str:
    """The passage of the source most like the quote, with its line."""
    from rapidfuzz import fuzz

    if not doc.norm.text:
        return "the source is empty"
    found = fuzz.partial_ratio_alignment(needle, doc.norm.text, processor=None)
    if found is None or found.score <= 0:
        return "nothing in the source resembles it"
    text = doc.norm.text
    # The alignment may cut words in two: widen it to whole words.
    start, end = found.dest_start, found.dest_end
    while start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace() and not text[end - 1].isspace():
        end += 1
    passage = text[start:end].strip()
    if len(passage) > CLOSEST_SHOWN:
        passage = passage[:CLOSEST_SHOWN - 3] + "..."
    page, line, _ = doc.where(doc.norm.to_original(start))
    at = f"page {page}, line {line}" if page else f"line {line}"
    return f'closest passage ({at}, {found.score:.0f}% similar): "{passage}"'
