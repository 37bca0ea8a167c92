"""The JSON reports of `factlint check` and `factlint figures`: version, findings, summary (and problems)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.output.jsonstream import OMIT, Later, Stream, write_json
from factlint.output.tally import Tally
from factlint.statuses import MISCITED
from factlint.check.verdicts import Candidate
from factlint.registry.model import Claim, Source

VERSION = 1


def figure_json(f: Finding) -> dict[str, Any]:
    return {"path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line,
            "end_column": f.end_column, "text": f.text, "figure": f.figure.as_json()}


def finding_json(f: Finding) -> dict[str, Any]:
    doc = figure_json(f)
    doc["status"] = f.status
    doc["claim"] = None if f.claim is None else {
        "id": f.claim.id, "statement": f.claim.statement, "figure": f.claim.figure_text}
    doc["source"] = None if f.claim is None or f.source is None else source_json(f.source, f.claim)
    doc["score"] = f.score
    doc["message"] = f.message
    if f.status == MISCITED.name or f.cited:
        doc["cited"] = list(f.cited)
    if f.match is not None and f.claim is not None:
        doc["matched"] = explanation_json(f.match)
    if f.explanation is not None:
        doc["explanation"] = [{"claim": c.claim.id, **explanation_json(c)} for c in f.explanation]
    return doc


def source_json(source: Source, claim: Claim) -> dict[str, Any]:
    """Where a claim's quote stands in its source; a PDF's `page` too, its `line` counted on that page."""
    page = {"page": claim.page} if claim.page else {}
    return {"id": source.id, "path": source.path, **page, "line": claim.line, "column": claim.column,
            "quote": claim.quote}


def explanation_json(c: Candidate) -> dict[str, Any]:
    """What matched a claim: its score, the claim's words found and missed, and how its scope differs."""
    return {"score": c.score, "found": list(c.found), "missed": list(c.missed),
            "scope": c.difference.message() if c.difference is not None else None}


def problem_json(p: Problem) -> dict[str, Any]:
    return {"path": p.path, "line": p.line, "column": p.column, "end_line": p.end_line,
            "end_column": p.end_column, "type": p.name, "message": p.message}


def print_figures_json(files: Iterable[FileFindings], out: TextIO | None = None) -> None:
    """`factlint figures --format json`: each draft's figures, then the count of files and figures."""
    count = {"files": 0, "figures": 0}

    def found() -> Iterator[dict[str, Any]]:
        for group in files:
            count["files"] += 1
            for f in group.findings:
                count["figures"] += 1
                yield figure_json(f)

    out = out or sys.stdout
    write_json(out, {"version": VERSION, "findings": Stream(found()), "summary": Later(lambda: dict(count))})
    out.write("\n")


def write_check_json(files: Iterable[FileFindings], out: TextIO) -> Tally:
    """`factlint check --format json`: every finding, the summary, then problems if any."""
    tally = Tally()

    def found() -> Iterator[dict[str, Any]]:
        for _, findings in tally.each(files):
            for f in findings:
                yield finding_json(f)

    write_json(out, {"version": VERSION, "findings": Stream(found()), "summary": Later(tally.summary),
                     "problems": Later(lambda: [problem_json(p) for p in tally.problems] or OMIT)})
    out.write("\n")
    return tally
