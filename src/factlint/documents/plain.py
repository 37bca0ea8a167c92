"""Plain text into passages: one per paragraph (blank-line separated). Pure."""

from __future__ import annotations

from collections.abc import Iterator

from factlint.documents.builder import Builder
from factlint.documents.passage import Passage, Piece, RawPassage
from factlint.documents.suppressions import Suppression


def read_plain(text: str) -> list[Passage]:
    """Plain text: one passage per paragraph (blank-line separated)."""
    return list(iter_plain(text))


def iter_plain(text: str) -> Iterator[Passage]:
    """read_plain's passages one at a time."""
    suppression = Suppression()
    silent = suppression.ranges(text)
    builder = Builder(text, lambda off: off, silent, {}, suppression.silenced)
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


def _plain_passage(builder: Builder, pieces: list[Piece]) -> Iterator[Passage]:
    raw = builder.clean(RawPassage(pieces, []))
    if raw.has_prose():
        yield builder.passage(raw)
