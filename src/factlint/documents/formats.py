"""Draft formats: which reader reads a draft, chosen by its file type in this one table. Pure.

| suffix | format | read as |
| --- | --- | --- |
| .md .markdown (and any other name, standard input) | markdown | documents/markdown.py |
| .txt | plain | documents/plain.py |
| .html .htm | html | documents/html.py: the visible text |
| .docx | docx | documents/docx.py: body paragraphs and tables, one line per paragraph |
| .rst | rst | documents/rst.py (docutils) |
| .mdx | mdx | documents/mdx.py: Markdown, ESM and expressions left out |

Documents of the types in UNREADABLE are named in a warning and passed over, never counted as empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

from factlint.documents.blocks import Block, block_passages
from factlint.documents.builder import Builder
from factlint.documents.html import iter_html
from factlint.documents.markdown import iter_markdown
from factlint.documents.mdx import iter_mdx
from factlint.documents.outline import Outline
from factlint.documents.passage import Passage
from factlint.documents.plain import iter_plain
from factlint.documents.rst import iter_rst

FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "plain", ".html": "html", ".htm": "html",
           ".docx": "docx", ".rst": "rst", ".mdx": "mdx"}
DRAFT_SUFFIXES = tuple(FORMATS)
BINARY_FORMATS = frozenset({"docx"})  # read from the file's bytes, not its decoded text
# Documents factlint cannot read as drafts, and what to do instead.
UNREADABLE = {
    ".pdf": "a PDF is read as a source, not as a draft: check the document it was made from",
    ".doc": "a Word 97-2003 document cannot be read: save it as .docx",
    ".odt": "an OpenDocument text cannot be read: save it as .docx",
    ".rtf": "an RTF document cannot be read: save it as .docx",
    ".pages": "a Pages document cannot be read: export it as .docx",
    ".epub": "an EPUB cannot be read: check the document it was made from",
}


@dataclass(frozen=True, slots=True)
class Form:
    """How a draft's text is read: its format, and for a DOCX the blocks its paragraphs (one a line) make."""

    kind: str = "markdown"
    blocks: tuple[Block, ...] = ()


MARKDOWN = Form("markdown")
PLAIN = Form("plain")


def format_of(name: str) -> str:
    """The format a draft named `name` is read in (Markdown when its type says none)."""
    return FORMATS.get(PurePath(name).suffix.lower(), "markdown")


def unreadable(name: str) -> str | None:
    """Why a file named `name` cannot be read as a draft, or None."""
    return UNREADABLE.get(PurePath(name).suffix.lower())


def draft_pointer(path: str, line: int, column: int) -> str:
    """Where a figure stands as reports write it: `draft.md:3:15`; `draft.docx:¶14` in a DOCX, whose lines are
    its paragraphs."""
    return f"{path}:¶{line}" if format_of(path) == "docx" else f"{path}:{line}:{column}"


def iter_passages(text: str, form: Form = MARKDOWN) -> Iterator[Passage]:
    """A draft's passages, read by its format's reader."""
    if form.kind == "docx":
        return block_passages(form.blocks, Builder(text, lambda off: off, [], {}), Outline())
    return READERS[form.kind](text)


READERS: dict[str, Callable[[str], Iterator[Passage]]] = {
    "markdown": iter_markdown, "plain": iter_plain, "html": iter_html, "rst": iter_rst, "mdx": iter_mdx}
