"""`--format sarif`: a SARIF 2.1.0 log as GitHub code scanning takes it, one rule per entry of the status table."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from factlint import __version__
from factlint.check.findings import FileFindings, Finding, Problem, Reported
from factlint.output.fingerprint import fingerprint
from factlint.output.jsonstream import Stream, write_json
from factlint.output.tally import Tally
from factlint.registry.model import pointer
from factlint.statuses import PROBLEMS, STATUSES, Status

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def rules(show_supported: bool = False) -> list[Status]:
    """The log's rules, in order: the statuses always listed, the problems, then the hidden statuses if shown."""
    shown = [s for s in STATUSES if not s.hidden]
    hidden = [s for s in STATUSES if s.hidden]
    return shown + list(PROBLEMS) + (hidden if show_supported else [])


def rule_json(status: Status) -> dict[str, Any]:
    return {
        "id": f"factlint/{status.name}", "name": status.name.title().replace("-", ""),
        "shortDescription": {"text": status.summary}, "fullDescription": {"text": status.what},
        "help": {"text": status.fix, "markdown": f"**{status.summary}.** {status.what}\n\n{status.fix}"},
        "defaultConfiguration": {"level": status.sarif_level},
        "properties": {"tags": ["facts", "citations"], "precision": "high"},
    }


def _artifact(path: str) -> dict[str, str]:
    if path == "-":
        return {"uri": "stdin"}
    # A Windows drive ("C:/…") is absolute; "a:b.md" is a file named so, written relative like any other.
    if PurePosixPath(path).is_absolute() or (len(path) > 2 and path[0].isalpha() and path[1] == ":"
                                             and path[2] in "/\\"):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _region(item: Reported) -> dict[str, int]:
    return {"startLine": item.line, "startColumn": item.column, "endLine": item.end_line,
            "endColumn": item.end_column}


def message(item: Finding | Problem) -> str:
    """A finding in one line of plain text (figure, status, message, claim and pointer); a problem's message."""
    if isinstance(item, Problem):
        return item.message
    text = f'"{item.text}" {item.status}: {item.message}' if item.message else f'"{item.text}" {item.status}'
    if item.claim is not None and item.source is not None:
        text += f" (claim {item.claim.id}, {pointer(item.source, item.claim)})"
    return text


def check_sarif(files: Iterable[FileFindings], *, root: Path, show_supported: bool = False) -> str:
    """A SARIF 2.1.0 log for GitHub code scanning, as a string (for --sarif-file)."""
    out = io.StringIO()
    write_check_sarif(files, out, root=root, show_supported=show_supported)
    return out.getvalue()


def write_check_sarif(files: Iterable[FileFindings], out: TextIO, *, root: Path,
                      show_supported: bool = False) -> Tally:
    """A SARIF 2.1.0 log for GitHub code scanning; hidden (supported) figures only with show_supported."""
    listed = rules(show_supported)
    index = {s.name: i for i, s in enumerate(listed)}
    seen: dict[str, int] = {}
    tally = Tally()

    def items() -> Iterator[Finding | Problem]:
        for _, findings in tally.each(files):
            yield from (f for f in findings if show_supported or not f.kind.hidden)
        yield from tally.problems

    def results() -> Iterator[dict[str, Any]]:
        for item in items():
            kind = item.kind
            fp = fingerprint(item, 0)
            seen[fp] = seen.get(fp, -1) + 1  # identical findings in a file are told apart by their order
            yield {
                "ruleId": f"factlint/{kind.name}", "ruleIndex": index[kind.name], "level": kind.sarif_level,
                "message": {"text": message(item)},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(item.path),
                                                    "region": _region(item)}}],
                "partialFingerprints": {"factlintContent/v1": fingerprint(item, seen[fp])},
            }

    base = root.resolve().as_uri().rstrip("/") + "/"
    doc = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_json(s) for s in listed]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": base}},
            "columnKind": "unicodeCodePoints",
            "results": Stream(results()),
        }],
    }
    write_json(out, doc)
    out.write("\n")
    return tally
