"""Where a token stands in a document, counted by hand: the yardstick for the readers' positions."""

from __future__ import annotations

from factlint.documents import Passage


def expected_position(document: str, token: str, occurrence: int) -> tuple[int, int]:
    """1-based line and column of the n-th occurrence of `token`, counted by hand."""
    off = -1
    for _ in range(occurrence + 1):
        off = document.index(token, off + 1)
    line = document.count("\n", 0, off) + 1
    column = off - (document.rfind("\n", 0, off) + 1) + 1
    return line, column


def position(document: str, offset: int) -> tuple[int, int]:
    return document.count("\n", 0, offset) + 1, offset - (document.rfind("\n", 0, offset) + 1) + 1


def locate(passages: list[Passage], token: str) -> tuple[Passage, int]:
    hits = [(p, p.text.index(token)) for p in passages if token in p.text]
    assert len(hits) == 1, [p.text for p in passages]
    return hits[0]
