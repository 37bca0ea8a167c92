"""`--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), one issue per finding shown.

The shape is the one GitLab's documentation requires (description, check_name, fingerprint, severity,
location.path, location.lines.begin; a JSON array, no byte-order mark); tests/data holds it as a schema.
Fingerprints are the SARIF ones: by content, so an issue keeps its identity across edits elsewhere and
re-wrapped paragraphs, and GitLab's merge request widget shows what a change introduced or resolved.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.output.fingerprint import fingerprint
from factlint.output.jsonstream import Stream, write_json
from factlint.output.sarif import message
from factlint.output.tally import Tally, listed

# GitLab's scale is info, minor, major, critical, blocker: a figure is never a blocker for the code.
SEVERITY = {"error": "major", "warning": "minor", "note": "info"}


def issue_json(item: Finding | Problem, ordinal: int) -> dict[str, Any]:
    return {
        "description": message(item),
        "check_name": f"factlint/{item.kind.name}",
        "fingerprint": fingerprint(item, ordinal),
        "severity": SEVERITY[item.kind.sarif_level],
        "location": {"path": item.path, "lines": {"begin": item.line, "end": item.end_line}},
    }


def write_check_gitlab(files: Iterable[FileFindings], out: TextIO, *, show_supported: bool = False) -> Tally:
    """The JSON array GitLab reads, written as the findings come (supported figures only with show_supported)."""
    tally = Tally()
    seen: dict[str, int] = {}

    def issues() -> Iterator[dict[str, Any]]:
        for item in listed(tally, files, True, show_supported):
            first = fingerprint(item, 0)
            seen[first] = seen.get(first, -1) + 1  # GitLab shows issues with one fingerprint as one
            yield issue_json(item, seen[first])

    write_json(out, Stream(issues()))
    out.write("\n")
    return tally
