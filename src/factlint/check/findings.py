"""Findings: a figure's verdict placed in its file (line, column) with its source pointer, and the draft's
problems that are not figures. Each carries a typed kind, its entry in the status table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from factlint.check.engine import UNKNOWN_STATUS, Checked, Diagnostic
from factlint.check.verdicts import Candidate
from factlint.check.mentions import Occurrence
from factlint.extract import Figure
from factlint.registry.load import Claim, Registry, Source
from factlint.statuses import BY_NAME, PROBLEM_BY_NAME, UNKNOWN_CITATION, UNREADABLE, Status
from factlint.text import LineIndex


class Reported(Protocol):
    """What every report needs of a finding or a problem: where it is, what it says, what kind it is."""

    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...  # exclusive
    @property
    def message(self) -> str: ...
    @property
    def kind(self) -> Status: ...


@dataclass(frozen=True, slots=True)
class Finding:
    """One figure of one draft, with its status (None for `factlint figures`)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    text: str
    figure: Figure
    status: str | None = None
    claim: Claim | None = None
    source: Source | None = None
    score: float | None = None
    message: str = ""
    cited: tuple[str, ...] = ()
    sentence: str = ""
    match: Candidate | None = field(default=None, compare=False)  # what matched the figure's claim
    # With --explain, the best candidate claims (none may have matched at all); None without it.
    explanation: tuple[Candidate, ...] | None = field(default=None, compare=False)

    @property
    def kind(self) -> Status:
        """The status's entry in the status table (a check's findings only: `factlint figures` gives none)."""
        return BY_NAME[self.status]  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class Problem:
    """A diagnostic that is not a figure (an unknown citation key, a hidden character): always failing."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    name: str = UNKNOWN_CITATION.name

    @property
    def kind(self) -> Status:
        return PROBLEM_BY_NAME[self.name]


@dataclass(frozen=True, slots=True)
class FileFindings:
    """One draft's findings and problems; `findings` may be an iterator, produced as it is read, once."""

    path: str
    findings: Iterable[Finding]
    problems: list[Problem]
    warnings: list[Problem] = field(default_factory=list)  # told on standard error, never failing
    text: str | None = None  # the text checked, kept for a report that shows it (HTML); None otherwise

    def materialized(self) -> FileFindings:
        """The same, with the findings in a list: read as often as needed."""
        if isinstance(self.findings, list):
            return self
        return FileFindings(self.path, list(self.findings), self.problems, self.warnings, self.text)


class Positions:
    """1-based (line, column) of offsets into a text, asked for mostly in increasing order.

    What LineIndex answers, without a list of every line start: a 50 MB draft of short lines would
    hold millions of them. A line ends at CR LF, a lone CR or LF, as in LineIndex.
    """

    __slots__ = ("_text", "_crs", "_at", "_line", "_start")

    def __init__(self, text: str) -> None:
        self._text = text
        self._crs = "\r" in text
        self._at = 0  # the offset asked for last, its 0-based line and where that line starts
        self._line = 0
        self._start = 0

    def position(self, offset: int) -> tuple[int, int]:
        at, text = self._at, self._text
        if offset >= at:
            crossed = self._breaks(at, offset)
            self._line += crossed
            if crossed:
                self._start = _line_start(text, offset, at)
        else:
            crossed = self._breaks(offset, at)
            self._line -= crossed
            if crossed:
                self._start = _line_start(text, offset, 0)
        self._at = offset
        return self._line + 1, offset - self._start + 1

    def _breaks(self, a: int, b: int) -> int:
        """Line breaks ending in (a, b]: a CR LF pair counts once, when its LF is reached."""
        text = self._text
        n = text.count("\n", a, b)
        if self._crs:
            n += text.count("\r", a, b) - text.count("\r\n", a, b + 1)
        return n


def _line_start(text: str, offset: int, floor: int) -> int:
    """Where the line holding `offset` starts, the line break before it standing at `floor` or later."""
    p = max(text.rfind("\n", floor, offset), text.rfind("\r", floor, offset))
    if p >= 0 and p + 1 == offset and text[p] == "\r" and text.startswith("\n", offset):
        p = max(text.rfind("\n", floor, p), text.rfind("\r", floor, p))  # the CR of a CR LF at `offset`
    return p + 1 if p >= 0 else floor


def place(index: LineIndex | Positions, start: int, end: int) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) of the span [start, end)."""
    line, col = index.position(start)
    end_line, end_col = index.position(max(end, start))
    return line, col, end_line, end_col


def iter_figure_findings(path: str, text: str, occurrences: Iterable[Occurrence]) -> Iterator[Finding]:
    """Findings for `factlint figures` (positions only, nothing matched), one per occurrence as it comes."""
    index = Positions(text)
    for occ in occurrences:
        line, col, el, ec = place(index, occ.start, occ.end)
        yield Finding(path, line, col, el, ec, text[occ.start:occ.end], occ.figure, sentence=occ.sentence)


def iter_check_findings(path: str, text: str, checked: Iterable[Checked], registry: Registry,
                        explain: bool = False) -> Iterator[Finding]:
    """Findings for `factlint check`, one per verdict as it comes; with `explain`, the best candidates too."""
    index = Positions(text)
    for item in checked:
        occ, verdict = item.occurrence, item.verdict
        line, col, el, ec = place(index, occ.start, occ.end)
        claim = verdict.claim
        source = registry.sources.get(claim.source) if claim else None
        yield Finding(path, line, col, el, ec, text[occ.start:occ.end], occ.figure, verdict.status, claim,
                      source, verdict.score, verdict.message, verdict.cited, occ.sentence, verdict.match,
                      verdict.candidates if explain else None)


def unreadable(path: str, line: int, reason: str) -> Problem:
    """The problem of a draft that cannot be read: at the line of its first bad byte, else its first line."""
    line = max(line, 1)
    return Problem(path, line, 1, line, 1, reason, UNREADABLE.name)


def check_problems(path: str, text: str, diagnostics: Iterable[Diagnostic]) -> list[Problem]:
    """A draft's problems that are not figures (unknown citation keys), placed; warnings left out."""
    return _placed(path, text, [d for d in diagnostics if d.name != UNKNOWN_STATUS])


def check_warnings(path: str, text: str, diagnostics: Iterable[Diagnostic]) -> list[Problem]:
    """A draft's warnings (a disable comment naming no status), placed."""
    return _placed(path, text, [d for d in diagnostics if d.name == UNKNOWN_STATUS])


def _placed(path: str, text: str, diagnostics: list[Diagnostic]) -> list[Problem]:
    if not diagnostics:
        return []
    index = Positions(text)
    problems = []
    for d in diagnostics:
        line, col, el, ec = place(index, d.offset, d.offset + d.length)
        problems.append(Problem(path, line, col, el, ec, d.message, d.name))
    return problems
