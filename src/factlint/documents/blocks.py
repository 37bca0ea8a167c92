"""Blocks: what a structured reader (HTML, DOCX, reStructuredText) meets in document order, and the passages
they make, each knowing its headings, its list and its table row and column. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factlint.documents.builder import Builder
from factlint.documents.outline import Outline
from factlint.documents.passage import Passage, RawPassage
from factlint.documents.tables import table_passages


@dataclass(frozen=True, slots=True)
class Block:
    """One step of what a reader meets, in document order: a block of text, a list opened or closed, a table."""

    kind: str  # "paragraph" | "heading" | "list_open" | "list_close" | "table"
    raw: RawPassage | None = None
    level: int = 0  # a heading's
    rows: tuple[tuple[bool, tuple[RawPassage, ...]], ...] = ()  # a table's: (header row?, cells)


def block_passages(blocks: Iterable[Block], builder: Builder, outline: Outline) -> Iterator[Passage]:
    """Passages of `blocks`, each knowing its surroundings; `outline` carries headings and lists on."""
    for block in blocks:
        if block.kind == "list_open":
            outline.open_list()
        elif block.kind == "list_close":
            outline.close_list()
        elif block.kind == "table":
            rows = [(head, [builder.clean(c) for c in cells]) for head, cells in block.rows]
            yield from table_passages(rows, builder, outline.where("table_cell"))
        elif block.raw is not None:
            raw = builder.clean(block.raw)
            prose = " ".join("".join(t for t, _ in raw.pieces).split())
            if block.kind == "heading":
                where = outline.where_heading(block.level)
                outline.heading(block.level, prose)
            else:
                where = outline.where("paragraph")
                outline.block(prose)
            if raw.has_prose():
                yield builder.passage(raw, where=where)
