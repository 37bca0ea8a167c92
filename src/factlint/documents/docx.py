"""DOCX drafts: the body's paragraphs and tables, read with python-docx; headers, footers and notes left out.

A DOCX becomes a text of one line per paragraph, in document order, the paragraphs of a table's cells counted
in order among them, so that a figure's line is its paragraph's number (`draft.docx:¶14`, SPEC §7) and its
column the place in the paragraph. Every paragraph counts, empty ones too, as Word numbers them. Headings
(styles "Title", "Heading N"), lists (list styles, numbered paragraphs) and tables are the blocks the other
structured readers make (documents/blocks.py). Pure: bytes in, a text and its blocks out.

A DOCX is a zip file: its declared sizes are read first and bounded (a zip bomb is refused before any part
is inflated; zipfile never inflates past an entry's declared size), and python-docx parses its XML with
entities left unresolved.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factlint.documents.blocks import Block
from factlint.documents.passage import Piece, RawPassage

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

MAX_ENTRIES = 10_000  # parts in the zip: a document with many images has hundreds
MAX_UNPACKED = 256 * 1024 * 1024  # bytes of all parts together, as their headers declare them
MAX_PART = 64 * 1024 * 1024  # bytes of one part (word/document.xml of a book is a few megabytes)
MAX_RATIO = 100  # unpacked bytes per packed byte a package may reach ...
RATIO_FROM = 8 * 1024 * 1024  # ... once it unpacks to more than this
_BREAKS = re.compile(r"[\r\n]")  # a line break inside a paragraph (<w:br/>) would end the paragraph's line
_HEADING_STYLE = re.compile(r"(?:heading|kop)\s*([1-9])", re.IGNORECASE)


class DocxError(ValueError):
    """A file that cannot be read as a DOCX draft, with the reason."""


@dataclass(frozen=True, slots=True)
class DocxText:
    """A DOCX draft as text, one line per paragraph, and the blocks its paragraphs make."""

    text: str
    blocks: tuple[Block, ...]


def read_docx(data: bytes) -> DocxText:
    """The paragraphs and tables of a DOCX's body; DocxError when it is no DOCX or too large to unpack."""
    _check_zip(data)
    import docx  # a core dependency, imported only when a DOCX is read (start-up time)

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx and lxml raise many kinds on a damaged package; each means the same
        raise DocxError(f"not a readable DOCX file ({_reason(err)})") from None
    # Style names by id, read once: python-docx looks a paragraph's style up by scanning every style.
    try:
        names = {style.style_id: style.name or "" for style in document.styles}
    except Exception:  # a damaged styles part: no headings or list styles known, the text is still read
        names = {}
    reader = _Reader(names)
    try:
        reader.content(document)
    except Exception as err:  # a table python-docx cannot lay out (no grid, cells past it), nesting past its depth
        raise DocxError(f"not a readable DOCX file ({_reason(err)})") from None
    return DocxText("\n".join(reader.lines), tuple(reader.blocks))


def _check_zip(data: bytes) -> None:
    import zipfile  # imported only when a DOCX is read (start-up time)

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raise DocxError(f"not a DOCX file (not a zip package: {err})") from None
    if len(entries) > MAX_ENTRIES:
        raise DocxError(f"refused: {len(entries)} parts in the package, more than {MAX_ENTRIES}")
    total = sum(e.file_size for e in entries)
    largest = max((e.file_size for e in entries), default=0)
    if total > MAX_UNPACKED or largest > MAX_PART:
        raise DocxError(f"refused: the package unpacks to {total:,} bytes (at most {MAX_UNPACKED:,}, "
                        f"{MAX_PART:,} in one part): a zip bomb?")
    if total > RATIO_FROM and total > MAX_RATIO * len(data):
        # Word's XML packs some ten times; 60 MB of empty paragraphs packed into 124 KB is built to exhaust memory.
        raise DocxError(f"refused: the package unpacks to {total:,} bytes, {total // max(len(data), 1):,} times its "
                        f"size (at most {MAX_RATIO}): a zip bomb?")


def _reason(err: Exception) -> str:
    text = str(err).splitlines()[0] if str(err) else ""
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


class _Reader:
    """Numbers the paragraphs as lines and gathers the blocks they make."""

    def __init__(self, style_names: dict[str, str]) -> None:
        self.style_names = style_names
        self.lines: list[str] = []
        self.offset = 0  # where the next line starts in the text
        self.blocks: list[Block] = []
        self.in_list = False

    def content(self, container: object) -> None:
        from docx.table import Table

        for item in _inner_content(container):
            if isinstance(item, Table):
                self._list(False)
                self.table(item)
            else:
                self.paragraph(item)
        self._list(False)

    def _line(self, text: str) -> Piece:
        """The paragraph's line, added to the text: its piece."""
        line = _BREAKS.sub(" ", text)
        piece = (line, self.offset)
        self.lines.append(line)
        self.offset += len(line) + 1
        return piece

    def paragraph(self, paragraph: Paragraph) -> None:
        piece = self._line(_text(paragraph))
        style = self.style_names.get(paragraph._p.style or "", "")
        level = _heading_level(style)
        self._list(not level and _is_list_item(paragraph, style))
        raw = RawPassage([piece], [])
        self.blocks.append(Block("heading", raw, level) if level else Block("paragraph", raw))

    def _list(self, item: bool) -> None:
        if item != self.in_list:
            self.blocks.append(Block("list_open" if item else "list_close"))
            self.in_list = item

    def table(self, table: Table) -> None:
        rows: list[tuple[bool, tuple[RawPassage, ...]]] = []
        # A merged cell is met once per grid column it spans: read once. The elements are kept, not only their
        # ids: lxml makes a new proxy for an element no one holds, and an id may then be reused.
        # Each <w:tc> is read once, as it stands in its row: python-docx's row.cells repeats a cell once per
        # grid column it spans (gridSpan="400000000" ran out of memory) and walks up a vertical merge cell by
        # cell (5,000 merged rows took a minute, then a RecursionError).
        from docx.table import _Cell

        for k, row in enumerate(table.rows):
            cells = tuple(_Cell(tc, table) for tc in row._tr.tc_lst)  # type: ignore[attr-defined]
            rows.append((k == 0 and _is_header(table, row, cells), tuple(self.cell(c) for c in cells)))
        self.blocks.append(Block("table", rows=tuple(rows)))

    def cell(self, cell: object) -> RawPassage:
        """A cell's paragraphs as one passage (a line break between them); a table inside it is a table of its
        own, its paragraphs numbered where they stand."""
        from docx.table import Table

        pieces: list[Piece] = []
        for item in _inner_content(cell):
            if isinstance(item, Table):
                self.table(item)
                continue
            if pieces:
                pieces.append(("\n", self.offset - 1))
            pieces.append(self._line(_text(item)))
        return RawPassage(pieces, [])


def _inner_content(container: object) -> Iterator[Paragraph | Table]:
    """The paragraphs and tables of a body or a cell in order, those inside block-level content controls
    (w:sdt) and custom XML too (python-docx's iter_inner_content reads only direct children)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if hasattr(container, "_body"):  # the document: its body holds the blocks
        container = container._body  # type: ignore[attr-defined]
    element = container._element  # type: ignore[attr-defined]  # w:body, or a cell's w:tc
    paragraph, table = qn("w:p"), qn("w:tbl")
    wrappers = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}
    stack = [iter(element.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == paragraph:
            yield Paragraph(child, container)  # type: ignore[arg-type]
        elif child.tag == table:
            yield Table(child, container)  # type: ignore[arg-type]
        elif child.tag in wrappers:
            stack.append(iter(child.iterchildren()))


# The paragraph's runs, those of tracked insertions, content controls, fields and smart tags too (python-docx's
# Paragraph.text reads only its direct runs and links); a deletion's text is no run text (w:delText), text moved
# away is left out, and a text box's paragraphs are not this paragraph's.
_RUNS = ".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:moveFrom)]"


def _text(paragraph: Paragraph) -> str:
    """The paragraph's text as it reads with tracked changes accepted."""
    return "".join(run.text for run in paragraph._p.xpath(_RUNS))


def _heading_level(style: str) -> int:
    """A heading's level by its style's name ("Heading 2", "Title"), 0 for another paragraph."""
    if style.lower() == "title":
        return 1
    m = _HEADING_STYLE.fullmatch(style.strip())
    return int(m.group(1)) if m else 0


def _is_list_item(paragraph: Paragraph, style: str) -> bool:
    if style.lower().startswith(("list", "lijst")):
        return True
    return bool(paragraph._p.xpath("./w:pPr/w:numPr"))


def _is_header(table: Table, row: object, cells: tuple) -> bool:
    """The first row heads its columns: marked to repeat as a header row, or a row of labels only (no digit)
    above others."""
    if row._tr.xpath("./w:trPr/w:tblHeader"):  # type: ignore[attr-defined]
        return True
    texts = [c.text for c in cells]
    return len(table.rows) > 1 and not any(ch.isdigit() for t in texts for ch in t)
