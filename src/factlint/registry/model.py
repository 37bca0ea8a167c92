"""The registry's values: sources, sourced claims and the registry that holds them. Data only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factlint.documents.pdf import text_line
from factlint.extract import Figure


@dataclass(frozen=True, slots=True)
class Source:
    """A source document declared by a [[source]] table."""

    id: str
    path: str  # as written in the registry, relative to the project root (POSIX separators)
    title: str | None = None
    lang: str = "en"
    url: str | None = None
    author: str | None = None
    published: str | None = None
    defined_in: str = ""  # registry file that declares it (relative to the root)
    html: bool = False  # matched on its text with tags removed and entities decoded
    line: int = 0  # line of the [[source]] table in `defined_in`


@dataclass(frozen=True, slots=True)
class Claim:
    """A sourced figure: its quote anchored at `line`/`column` of its source."""

    id: str
    source: str  # a Source id
    quote: str
    statement: str
    figure: Figure  # parsed from the quote with the draft extractor; offsets are into `quote`
    figure_text: str  # the `figure` key, or the figure's text as found in the quote
    keywords: tuple[str, ...] = ()
    page: int = 0  # a PDF source's page of the quote's start (1-based); 0 for a source without pages
    line: int = 0  # 1-based line of the quote's start in the source file, on its page (derived, never stored)
    column: int = 0  # 1-based column, in code points
    end_line: int = 0
    end_column: int = 0
    defined_in: str = ""
    defined_line: int = 0  # line of the claim's table in `defined_in`
    # Start and end of every figure in the quote and in the statement, read once when the registry is
    # loaded: the matcher leaves them out of the claim's words (a value never makes a match).
    quote_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    statement_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    # Declared scope (SPEC §2): place codes the figure holds for, organisations it is about or attributed to
    # (folded names). Empty: read from the statement.
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()

    @property
    def masked_quote(self) -> str:
        return mask(self.quote, self.quote_spans)

    @property
    def masked_statement(self) -> str:
        return mask(self.statement, self.statement_spans)


@dataclass(frozen=True, slots=True)
class Registry:
    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()
    # Original text of each source, by source id: lets reports show the quoted line itself.
    texts: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # A PDF source's line where each page starts in its text, by source id (documents/pdf.py).
    pages: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def source_of(self, claim: Claim) -> Source:
        return self.sources[claim.source]

    def source_line(self, claim: Claim) -> str:
        """The text of the source line where the claim's quote starts ("" when unknown)."""
        text = self.texts.get(claim.source, "")
        lines = text.split("\n")
        line = text_line(self.pages[claim.source], claim.page, claim.line) if claim.page else claim.line
        return lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""


def pointer(source: Source, claim: Claim) -> str:
    """Where a claim's quote stands, as reports write it: `seeds/report.txt:8`, or `report.pdf:p12:7` (page, and
    line on the page) for a PDF."""
    return f"{source.path}:p{claim.page}:{claim.line}" if claim.page else f"{source.path}:{claim.line}"


MASKED_GAP = "   "  # the blanks a masked figure leaves between its neighbours' words, at the least


def mask(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """`text` with each span blanked out (same length, so offsets still hold): a claim's figures, a draft's."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
