"""Markdown tables: each cell a passage that knows its column header and its row. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factlint.documents.builder import Builder
from factlint.documents.lines import Lines
from factlint.documents.passage import NOWHERE, Citation, Passage, RawPassage, Surroundings
from factlint.documents.walker import InlineState, walk
from factlint.text import squeeze

if TYPE_CHECKING:
    from markdown_it.token import Token


def read_table(tokens: Sequence[Token], lines: Lines, builder: Builder,
               where: Surroundings = NOWHERE) -> list[Passage]:
    """Each cell a Passage: its column header as `header`, the row's citations on every cell of the row (of a
    wide row, those near the cell), and `where` (the headings above the table) completed with the cell's row
    and column, which make its `context`."""
    rows: list[tuple[bool, list[RawPassage]]] = []
    in_head = False
    cursor = 0
    row_end = 0
    for tok in tokens:
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open" and tok.map:
            rows.append((in_head, []))
            cursor = lines.start(tok.map[0])
            row_end = lines.end(tok.map[0])
        elif tok.type == "inline" and rows:
            # A row's cells share its line: each cell's walk goes on from where the one before stopped.
            state = InlineState(lines.text, builder.footnotes, [cursor], row_end)
            raw = walk(tok, state)
            cursor = state.cursor
            rows[-1][1].append(builder.clean(raw))
    return table_passages(rows, builder, where)


def table_passages(rows: list[tuple[bool, list[RawPassage]]], builder: Builder,
                   where: Surroundings = NOWHERE) -> list[Passage]:
    """Each cell of `rows` (header row?, cleaned cells) a Passage, as read_table describes; shared with HTML tables."""
    headers: tuple[str, ...] = ()
    out: list[Passage] = []
    for is_head, cells in rows:
        # One tuple per row, shared by its cells: a row of n cells is held once, not n times.
        texts = tuple(squeeze("".join(t for t, _ in c.pieces)) for c in cells)
        if is_head:
            headers = texts
        placed = [tuple(Citation(c.kind, c.key, c.text, 0, builder.to_original(c.offset)) for c in cell.citations)
                  for cell in cells]
        for j, cell in enumerate(cells):
            if not cell.has_prose():
                continue
            header = "" if is_head else (headers[j] if j < len(headers) else "")
            cell_where = replace(where, kind="table_header" if is_head else "table_cell", row=texts,
                                 columns=headers, column=j)
            # The row's citations stand on every cell the cell is read with (all of a normal row).
            citations = tuple(c for k in cell_where.nearby() for c in placed[k])
            out.append(builder.passage(cell, header=header, citations=citations, where=cell_where))
    return out
