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
    line, _ = doc.lines.position(doc.norm.to_original(start))
    return f'closest passage (line {line}, {score:.0f}% similar): "{passage}"'


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
