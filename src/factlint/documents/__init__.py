"""Documents: drafts (Markdown, plain text, HTML, DOCX, reStructuredText, MDX) read into prose passages that keep
their source positions, and PDF sources' text. Pure."""

from factlint.documents.formats import MARKDOWN, PLAIN, Form, format_of, iter_passages
from factlint.documents.markdown import iter_markdown, read_markdown
from factlint.documents.passage import Citation, Passage
from factlint.documents.plain import iter_plain, read_plain
from factlint.documents.suppressions import suppressed_ranges

__all__ = ["MARKDOWN", "PLAIN", "Citation", "Form", "Passage", "format_of", "iter_markdown", "iter_passages",
           "iter_plain", "read_markdown", "read_plain", "suppressed_ranges"]
