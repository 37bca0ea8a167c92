"""HTML into passages: the visible text of a fragment or a page, each block a passage that knows its headings,
its list and its table row and column. Pure: text in, passages out.

The one HTML reader: HTML drafts and Markdown's HTML blocks are read with it. It rests on the
standard library's tokenizer, which reports where each piece of text stands, so every character of a
passage maps back to the file; entities (`&amp;`) are decoded and map to the text before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser, commentclose

from factlint.documents.blocks import Block, block_passages
from factlint.documents.builder import Builder
from factlint.documents.lines import line_starts
from factlint.documents.outline import Outline
from factlint.documents.passage import Citation, Passage, Piece, RawPassage
from factlint.documents.suppressions import suppressed_ranges

# Elements whose content no reader sees as prose: code is left out as Markdown's code spans are.
HIDDEN = frozenset({"script", "style", "template", "code", "pre", "kbd", "samp", "head", "title", "textarea",
                    "svg", "math", "iframe", "object"})
# Elements that end the block before them and start a new one.
BLOCKS = frozenset({"p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote",
                    "li", "dd", "dt", "dl", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
                    "tbody", "tfoot", "tr", "td", "th", "caption", "details", "summary", "figure",
                    "figcaption", "hr", "form", "fieldset", "legend", "address", "body", "html"})
HEADINGS = {f"h{n}": n for n in range(1, 7)}
LISTS = frozenset({"ul", "ol", "dl"})
CELLS = frozenset({"td", "th"})
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source",
                  "track", "param"})


@dataclass(slots=True)
class _Row:
    head: bool  # in a <thead>
    cells: list[RawPassage] = field(default_factory=list)
    all_th: bool = True  # every cell a <th>: a header row without a <thead>

    @property
    def is_header(self) -> bool:
        return self.head or (self.all_th and bool(self.cells))


@dataclass(slots=True)
class _Table:
    rows: list[_Row] = field(default_factory=list)
    in_head: bool = False
    cell: _Text | None = None


@dataclass(slots=True)
class _Text:
    pieces: list[Piece] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    length: int = 0

    def raw(self) -> RawPassage:
        return RawPassage(self.pieces, self.citations)


class _Reader(HTMLParser):
    """Collects Blocks; positions are offsets into the text fed, plus `base`."""

    def __init__(self, text: str, base: int) -> None:
        super().__init__(convert_charrefs=False)
        self.starts = line_starts(text)
        self.base = base
        self.blocks: list[Block] = []
        self.text = _Text()
        self.hidden: list[str] = []  # the hidden elements open, innermost last
        self.heading = 0
        self.tables: list[_Table] = []
        self.links: list[tuple[int, int, str]] = []

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # `<![CDATA[…]]>` and Office's `<![if …]>` are bogus comments in HTML, up to the next `>`; the
        # standard library's own reading raises AssertionError on a keyword it does not know.
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def _at(self) -> int:
        line, col = self.getpos()
        return self.base + self.starts[line - 1] + col

    def _current(self) -> _Text:
        table = self.tables[-1] if self.tables else None
        return table.cell if table is not None and table.cell is not None else self.text

    def _add(self, text: str, offset: int) -> None:
        if self.hidden or not text:
            return
        current = self._current()
        current.pieces.append((text, offset))
        current.length += len(text)

    def handle_data(self, data: str) -> None:
        self._add(data, self._at())

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, ref: str) -> None:
        decoded = unescape(ref)
        self._add(decoded, -1 if decoded != ref else self._at())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden.append(tag)
            return
        if tag == "br":
            self._add("\n", -1)
            return
        if tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), None)
            if href is not None and not self.hidden:
                self.links.append((self._current().length, self._at(), href))
            return
        if tag not in BLOCKS:
            return
        self._boundary()
        if tag in HEADINGS:
            self.heading = HEADINGS[tag]
        elif tag in LISTS:
            self.blocks.append(Block("list_open"))
        elif tag == "table":
            self.tables.append(_Table())
        elif self.tables:
            self._table_start(tag, self.tables[-1])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID or tag not in HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            if tag in self.hidden:
                while self.hidden.pop() != tag:
                    pass
            return
        if tag == "a":
            if self.links:
                start, offset, href = self.links.pop()
                self._current().citations.append(Citation("link", href, href, start, offset))
            return
        if tag not in BLOCKS:
            return
        if self.tables and tag in ("td", "th", "tr", "thead", "tbody", "tfoot", "table"):
            self._table_end(tag, self.tables[-1])
            return
        self._boundary()
        if tag in HEADINGS:
            self.heading = 0
        elif tag in LISTS:
            self.blocks.append(Block("list_close"))

    def _table_start(self, tag: str, table: _Table) -> None:
        if tag == "thead":
            table.in_head = True
        elif tag in ("tbody", "tfoot"):
            table.in_head = False
        elif tag == "tr":
            self._close_cell(table)
            table.rows.append(_Row(table.in_head))
        elif tag in CELLS:
            self._close_cell(table)
            if not table.rows:
                table.rows.append(_Row(table.in_head))
            table.cell = _Text()
            table.rows[-1].all_th &= tag == "th"

    def _table_end(self, tag: str, table: _Table) -> None:
        if tag in CELLS or tag == "tr":
            self._close_cell(table)
        elif tag == "thead":
            table.in_head = False
        elif tag == "table":
            self._close_cell(table)
            self.tables.pop()
            self._boundary()
            self.blocks.append(Block("table", rows=tuple((r.is_header, tuple(r.cells)) for r in table.rows)))

    def _close_cell(self, table: _Table) -> None:
        if table.cell is not None:
            if not table.rows:
                table.rows.append(_Row(table.in_head))
            table.rows[-1].cells.append(table.cell.raw())
            table.cell = None

    def _boundary(self) -> None:
        """The text gathered so far is a block of its own."""
        if self.tables and self.tables[-1].cell is not None:
            return  # a paragraph inside a table cell stays in the cell
        text = self.text
        if any(not t.isspace() for t, _ in text.pieces):
            kind = "heading" if self.heading else "paragraph"
            self.blocks.append(Block(kind, text.raw(), self.heading))
        self.text = _Text()

    def finish(self) -> list[Block]:
        self.close()
        while self.tables:
            self._table_end("table", self.tables[-1])
        self._boundary()
        return self.blocks


def read_html_blocks(text: str, base: int = 0) -> list[Block]:
    """The blocks of an HTML fragment or page, in order; offsets are into `text`, plus `base`."""
    reader = _Reader(text, base)
    reader.feed(text[:_readable_end(text)])
    return reader.finish()


_OPENER = re.compile(r"<[!?/A-Za-z]")


def _readable_end(text: str) -> int:
    """Where the first construct that is never closed starts: a browser reads the rest as inside it.

    The standard library's tokenizer (before Python 3.13.4) searches to the end of the text again for each
    such opener, which made `<!--` repeated quadratic; cut there, every search finds its end."""
    cut = len(text)
    close = _last(commentclose, text)
    at = text.find("<!--", max(close - 3, 0)) if close >= 0 else text.find("<!--")
    if at >= 0:
        cut = at
    tag = _OPENER.search(text, text.rfind(">") + 1)
    return min(cut, tag.start()) if tag else cut


def _last(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of `pattern` in `text` starts, or -1."""
    last = -1
    for m in pattern.finditer(text):
        last = m.start()
    return last


def html_passages(blocks: list[Block], builder: Builder, outline: Outline) -> Iterator[Passage]:
    """Passages of an HTML fragment's `blocks` (Markdown's HTML blocks); `outline` carries headings and lists on."""
    return block_passages(blocks, builder, outline)


def iter_html(text: str) -> Iterator[Passage]:
    """An HTML draft's passages: its visible text, block by block, positions into the file."""
    builder = Builder(text, lambda off: off, suppressed_ranges(text), {})
    return block_passages(read_html_blocks(text), builder, Outline())
