"""Anchoring: where a claim's quote stands in its source, or the passage most like it when it is not there.

Pure: a source's text and a quote in, positions out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

    @classmethod
    def read(cls, path: str, text: str) -> SourceText:
        """The source at `path` (as the registry names it, which tells HTML apart) holding `text`."""
        html = is_html(path, text)
        return cls(text, normalize(text, markup=html), LineIndex(text), html)


def anchor(quote: Normalized, doc: SourceText) -> tuple[int, int, int, int] | None:
    """Line, column, end line and end column (exclusive) of the quote (normalised as its source) in the
    original; None when the source does not hold it."""
    needle = quote.text
    at = doc.norm.text.find(needle) if needle else -1
    if at < 0:
        return None
    start = doc.norm.to_original(at)
    end = _original_end(doc, at + len(needle) - 1)
    return (*doc.lines.position(start), *doc.lines.position(end))


def _original_end(doc: SourceText, last: int) -> int:
    """Exclusive original end offset of normalised character `last` (an entity counts whole)."""
    end = doc.norm.to_original(last)
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
    line, _ = doc.lines.position(doc.norm.to_original(start))
    return f'closest passage (line {line}, {found.score:.0f}% similar): "{passage}"'
