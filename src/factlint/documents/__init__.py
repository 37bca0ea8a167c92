"""Documents: drafts (Markdown, plain text) read into prose passages that keep their source positions. Pure."""

from factlint.documents.markdown import iter_markdown, read_markdown
from factlint.documents.passage import Citation, Passage
from factlint.documents.plain import iter_plain, read_plain
from factlint.documents.suppressions import suppressed_ranges

__all__ = ["Citation", "Passage", "iter_markdown", "iter_plain", "read_markdown", "read_plain", "suppressed_ranges"]
