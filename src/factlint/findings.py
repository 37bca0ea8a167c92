"""Findings: a figure's verdict placed in its file (line, column) with its source pointer."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.figures import Figure
from factlint.registry import Claim, Registry, Source
from factlint.text import LineIndex


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


@dataclass(frozen=True, slots=True)
class Problem:
    """A diagnostic that is not a figure (an unknown citation key): always failing."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str


def place(path: str, index: LineIndex, start: int, end: int) -> tuple[int, int, int, int]:
    line, col = index.position(start)
    end_line, end_col = index.position(max(end, start))
    return line, col, end_line, end_col


def figure_findings(path: str, text: str, occurrences) -> list[Finding]:
    """Findings for `factlint figures`: positions only, nothing matched."""
    index = LineIndex(text)
    out = []
    for occ in occurrences:
        line, col, el, ec = place(path, index, occ.start, occ.end)
        out.append(Finding(path, line, col, el, ec, text[occ.start:occ.end], occ.figure, sentence=occ.sentence))
    return out


def check_findings(path: str, text: str, checked, diagnostics, registry: Registry) -> tuple[list[Finding], list[Problem]]:
    """Findings for `factlint check`, and the draft's other problems."""
    index = LineIndex(text)
    out = []
    for item in checked:
        occ, verdict = item.occurrence, item.verdict
        line, col, el, ec = place(path, index, occ.start, occ.end)
        claim = verdict.claim
        source = registry.sources.get(claim.source) if claim else None
        out.append(Finding(path, line, col, el, ec, text[occ.start:occ.end], occ.figure, verdict.status, claim,
                           source, verdict.score, verdict.message, verdict.cited, occ.sentence))
    problems = []
    for d in diagnostics:
        line, col, el, ec = place(path, index, d.offset, d.offset + d.length)
        problems.append(Problem(path, line, col, el, ec, d.message))
    return out, problems
