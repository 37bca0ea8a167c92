"""Reading drafts: Markdown and plain text into prose passages that keep their source positions.

Pure: text in, passages out. No I/O.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation standing in a passage: `[@key]`, a footnote `[^n]`, or a Markdown link."""

    kind: str  # "pandoc" | "footnote" | "link"
    key: str  # pandoc key, footnote label, or link target as written
    text: str  # footnote definition text; link target; pandoc key
    start: int  # offset in the passage text where the citation stands (for sentence assignment)
    offset: int  # offset in the original document (for diagnostics)


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of prose (paragraph, heading, list item, table cell...) and where it came from."""

    text: str
    # (passage offset, document offset, length): maps prose characters back to the document.
    runs: tuple[tuple[int, int, int], ...]
    context: str = ""  # extra context for matching: a table cell's column header and row
    header: str = ""  # a table cell's column header alone
    citations: tuple[Citation, ...] = ()

    def source_offset(self, index: int) -> int:
        """Offset in the original document of passage position `index` (end positions allowed)."""
        starts = [r[0] for r in self.runs]
        k = bisect.bisect_right(starts, index) - 1
        if k < 0:
            return self.runs[0][1] if self.runs else 0
        p, d, n = self.runs[k]
        if index - p <= n:
            return d + (index - p)
        return d + n


def read_plain(text: str) -> list[Passage]:
    """Plain text: one passage per paragraph (blank-line separated)."""
    raise NotImplementedError  # implemented by the documents work (issue 4)


def read_markdown(text: str) -> list[Passage]:
    """Markdown: prose passages with code, URLs, comments and front matter left out."""
    raise NotImplementedError  # implemented by the documents work (issue 4)
