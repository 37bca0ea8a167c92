"""reStructuredText drafts, parsed with docutils: section titles, paragraphs, lists and tables are the blocks
the other structured readers make; code, comments, directives' literal text and docutils' own messages are left
out. Pure: text in, passages out.

docutils gives text without positions: each piece of a paragraph's text is found in the file from where the
piece before it stood, so positions point into the file; a piece docutils rewrote (an escape, a substitution)
maps to the end of the piece before it. docutils runs with file insertion (`include`, `csv-table :file:`) and
`raw` switched off, no configuration files read and no messages printed: a draft never reads another file.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factlint.documents.blocks import Block, block_passages
from factlint.documents.builder import Builder
from factlint.documents.outline import Outline
from factlint.documents.passage import Passage, Piece, RawPassage
from factlint.documents.plain import iter_plain
from factlint.documents.suppressions import suppressed_ranges

if TYPE_CHECKING:
    from docutils import nodes

SETTINGS = {
    "file_insertion_enabled": False, "raw_enabled": False, "_disable_config": True, "doctitle_xform": False,
    "sectsubtitle_xform": False, "report_level": 5, "halt_level": 5, "exit_status_level": 5,
    # An error inside docutils (a RecursionError on nesting hundreds deep) is raised, not turned into
    # sys.exit(1) after five lines on standard error: that ended the whole run, or the language server.
    "traceback": True,
    "input_encoding": "unicode", "syntax_highlight": "none",
}
# Nodes whose text is not prose: code, comments, markup kept as written, docutils' messages about the draft.
SKIPPED = frozenset({"literal_block", "doctest_block", "comment", "raw", "system_message", "problematic", "literal",
                     "math", "math_block", "target", "substitution_definition", "footnote_reference",
                     "citation_reference", "label", "image", "pending", "substitution_reference"})
SEARCH = 4096  # characters ahead of the last piece a piece is looked for: a piece not there is unplaced


def iter_rst(text: str) -> Iterator[Passage]:
    """A reStructuredText draft's passages."""
    from docutils.core import publish_doctree

    try:
        doctree = publish_doctree(text, settings_overrides={**SETTINGS, "warning_stream": io.StringIO()})
    except Exception:  # docutils gives up on the draft (RecursionError too): its text is still read, as plain text
        return iter_plain(text)
    reader = _Reader(text)
    reader.children(doctree, 0)
    builder = Builder(text, lambda off: off, suppressed_ranges(text), {})
    return block_passages(reader.blocks, builder, Outline())


class _Reader:
    """Walks the document tree in order, placing each piece of text in the file."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0
        self.blocks: list[Block] = []

    def children(self, node: nodes.Node, depth: int) -> None:
        for child in node.children:
            self.node(child, depth)

    def node(self, node: nodes.Node, depth: int) -> None:
        name = node.tagname
        if name in SKIPPED:
            return
        if name == "section":
            self.children(node, depth + 1)
        elif name in ("title", "subtitle", "rubric"):
            self.blocks.append(Block("heading", self.raw(node), min(max(depth, 1), 6)))
        elif name in ("paragraph", "line", "term"):
            self.blocks.append(Block("paragraph", self.raw(node)))
        elif name in ("bullet_list", "enumerated_list", "definition_list"):
            self.blocks.append(Block("list_open"))
            self.children(node, depth)
            self.blocks.append(Block("list_close"))
        elif name == "table":
            self.table(node)
        elif name == "#text":
            self.blocks.append(Block("paragraph", self.raw(node)))
        else:
            self.children(node, depth)

    def table(self, table: nodes.Node) -> None:
        from docutils import nodes

        rows = []
        for part in table.findall(lambda n: n.tagname in ("thead", "tbody")):
            for row in part.findall(nodes.row):
                cells = []
                for entry in row.findall(nodes.entry):
                    cell = RawPassage([], [])
                    for paragraph in entry.findall(nodes.paragraph):
                        if cell.pieces:
                            cell.pieces.append(("\n", -1))
                        cell.pieces.extend(self.raw(paragraph).pieces)
                    cells.append(cell)
                rows.append((part.tagname == "thead", tuple(cells)))
        self.blocks.append(Block("table", rows=tuple(rows)))

    def raw(self, node: nodes.Node) -> RawPassage:
        """The node's prose (skipped inline nodes left out) as pieces placed in the file."""
        pieces: list[Piece] = []
        for text in self._texts(node):
            for k, line in enumerate(text.split("\n")):
                if k:
                    pieces.append(("\n", -1))
                stripped = line.strip()
                if not stripped:
                    if line:
                        pieces.append((" ", -1))
                    continue
                if line[0].isspace():  # the white space between this piece and the inline one before
                    pieces.append((" ", -1))
                pieces.append((stripped, self.place(stripped)))
                if line[-1].isspace():
                    pieces.append((" ", -1))
        return RawPassage(pieces, [])

    def _texts(self, node: nodes.Node) -> Iterator[str]:
        if node.tagname == "#text":
            yield node.astext()
            return
        for child in node.children:
            if child.tagname not in SKIPPED:
                yield from self._texts(child)

    def place(self, piece: str) -> int:
        """Where `piece` stands in the file, searched from the piece before; -1 when it is not there as it is."""
        at = self.text.find(piece, self.cursor, self.cursor + SEARCH + len(piece))
        if at < 0:
            return -1
        self.cursor = at + len(piece)
        return at
