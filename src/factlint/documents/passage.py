"""The values passages are made of: a passage, its citations, and the pieces it is built from.

Pure values; a passage maps each of its characters back to the document it came from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import itemgetter


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation standing in a passage: `[@key]`, a footnote `[^n]`, or a Markdown link."""

    kind: str  # "pandoc" | "footnote" | "link"
    key: str  # pandoc key, footnote label, or link target as written
    text: str  # footnote definition text; link target; pandoc key
    start: int  # offset in the passage text where the citation stands (for sentence assignment)
    offset: int  # offset in the original document (for diagnostics)


# The kinds of passage: a heading's count of the text's own parts is no figure (check/mentions.py).
KINDS = ("paragraph", "heading", "list_item", "table_cell", "table_header")


NEIGHBOURS = 8  # cells on each side of a table cell that its context holds (a row's first cell always does)


@dataclass(frozen=True, slots=True)
class Surroundings:
    """Where a passage stands: the headings above it, the lead-in of its list, its table row and column."""

    kind: str = "paragraph"  # "heading" | "paragraph" | "list_item" | "table_cell" | "table_header" | "text"
    headings: tuple[str, ...] = ()  # the section headings in force, outermost first
    lead: str = ""  # a list item's lead-in: the paragraph or heading just before its list
    # The lead-in is a heading or a paragraph set wholly in bold ("**From the Brandpulse Consumer Index**"): it says
    # whose figures follow as a heading does.
    lead_titled: bool = False
    row: tuple[str, ...] = ()  # a table cell's row, cell by cell
    columns: tuple[str, ...] = ()  # a table cell's column headers
    column: int = -1  # the cell's column
    caption: str = ""  # a table cell's caption: the paragraph or heading just before its table
    # A paragraph set wholly in bold ("**Adobe's research says three in four consumers want it.**"): an interviewer's
    # turn, or a line standing as a heading; what the paragraph after it opens with answers it.
    emphasised: bool = False
    # How deep in block quotes a paragraph stands ("> The World Bank estimates …" 1, "> > …" 2): a reply's quotation,
    # which a paragraph after it standing less deep answers.
    quoted: int = 0

    def nearby(self) -> range:
        """The columns of the cell's row it is read with: all of a normal row's, the nearest NEIGHBOURS on
        each side in a wide one (so a row of thousands of cells is read in linear time and memory)."""
        return range(max(self.column - NEIGHBOURS, 0), min(self.column + NEIGHBOURS + 1, len(self.row)))

    @property
    def row_header(self) -> str:
        """The first cell of a table cell's row, when the cell is not that one."""
        return self.row[0] if self.column > 0 and self.row else ""

    @property
    def column_header(self) -> str:
        return self.columns[self.column] if 0 <= self.column < len(self.columns) else ""

    @property
    def stub_header(self) -> str:
        """The header of the rows' first column ("Estimate (millions)"), when the cell is not in it."""
        return self.columns[0] if self.column > 0 and self.columns else ""


NOWHERE = Surroundings()


_RUN_START = itemgetter(0)


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of prose (paragraph, heading, list item, table cell...) and where it came from."""

    text: str
    # (passage offset, document offset, length): maps prose characters back to the document.
    # Each run is a verbatim copy: text[p:p+n] == document[d:d+n]. Characters in no run (decoded
    # entities such as `&amp;`) map to the end of the run before them.
    runs: tuple[tuple[int, int, int], ...]
    header: str = ""  # a table cell's column header alone
    citations: tuple[Citation, ...] = ()
    where: Surroundings = NOWHERE
    # Stretches a disable comment silences for the statuses it names: (start, end, statuses), document offsets.
    silenced: tuple[tuple[int, int, frozenset[str]], ...] = ()

    def silenced_at(self, offset: int) -> frozenset[str]:
        """The statuses silenced at document offset `offset`."""
        out: frozenset[str] = frozenset()
        for a, b, statuses in self.silenced:
            if a <= offset < b:
                out |= statuses
        return out

    @property
    def context(self) -> str:
        """Extra context for matching: a table cell's column header, its row's first cell and the cells near it;
        "" outside tables. Made when asked, so a wide table holds each row once, not once per cell."""
        where = self.where
        if where.kind not in ("table_cell", "table_header"):
            return ""
        row, j = where.row, where.column
        columns = where.nearby()
        cells = ([row[0]] if columns.start > 0 else []) + [row[k] for k in columns if k != j]
        return " ".join(t for t in [self.header, *cells] if t)

    def source_offset(self, index: int) -> int:
        """Offset in the original document of passage position `index` (end positions allowed)."""
        k = bisect.bisect_right(self.runs, index, key=_RUN_START) - 1  # no list of starts per call: linear
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


@dataclass(slots=True)
class RawPassage:
    """A passage under construction: pieces and citations in pre-clean-up positions."""

    pieces: list[Piece]
    citations: list[Citation]

    def has_prose(self) -> bool:
        return any(not t.isspace() for t, _ in self.pieces)
