"""`--format sarif`: a SARIF 2.1.0 log as GitHub code scanning takes it, one rule per entry of the status table.

GitHub rejects a run of more than 25,000 results and shows the 5,000 most severe: the log keeps the 25,000
most severe (errors, then warnings, then notes, each in report order), notes the cap in the run's
properties and says on standard error how many it left out.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from factlint import __version__
from factlint.check.findings import FileFindings, Finding, Problem, Reported
from factlint.output.fingerprint import fingerprint
from factlint.output.jsonstream import Stream, write_json
from factlint.output.links import status_url
from factlint.output.tally import Tally
from factlint.registry.model import Claim, Source, pointer
from factlint.statuses import PROBLEMS, STATUSES, Status

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RESULT_LIMIT = 25_000  # GitHub code scanning rejects a run with more results
GITHUB_SHOWN = 5_000  # and shows only this many, the most severe first
LEVELS = ("error", "warning", "note")  # most severe first
AUTOMATION_ID = "factlint/"  # GitHub's category is what comes before the last "/"


def rules(show_supported: bool = False) -> list[Status]:
    """The log's rules, in order: the statuses always listed, the problems, then the hidden statuses if shown."""
    shown = [s for s in STATUSES if not s.hidden]
    hidden = [s for s in STATUSES if s.hidden]
    return shown + list(PROBLEMS) + (hidden if show_supported else [])


def rule_json(status: Status) -> dict[str, Any]:
    rule = {
        "id": f"factlint/{status.name}", "name": status.name.title().replace("-", ""),
        "shortDescription": {"text": status.summary}, "fullDescription": {"text": status.what},
        "help": {"text": status.fix, "markdown": f"**{status.summary}.** {status.what}\n\n{status.fix}"},
        "defaultConfiguration": {"level": status.sarif_level},
        "properties": {"tags": ["facts", "citations"], "precision": "high"},
    }
    rule["helpUri"] = status_url(status)
    return rule


def _artifact(path: str) -> dict[str, str]:
    if path == "-":
        return {"uri": "stdin"}
    return _uri(path)


def _uri(path: str) -> dict[str, str]:
    # A Windows drive ("C:/…") is absolute; "a:b.md" is a file named so, written relative like any other.
    if PurePosixPath(path).is_absolute() or (len(path) > 2 and path[0].isalpha() and path[1] == ":"
                                             and path[2] in "/\\"):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _source_location(claim: Claim, source: Source, sources_root: Path, root: Path) -> dict[str, Any]:
    """The source line a claim quotes, as a relatedLocation: relative to %SRCROOT% when it lies below it. A PDF's
    lines count on its pages, which no SARIF region can say: its page and line are in the message instead."""
    where = sources_root / source.path
    try:
        artifact = _uri(where.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        artifact = {"uri": where.resolve().as_uri()}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    text = f'{source.title or source.id}: "{claim.quote}"'
    if claim.page:
        text += f" (page {claim.page}, line {claim.line})"
    else:
        region = {"startLine": claim.line, "startColumn": claim.column}
        if claim.end_line:
            region |= {"endLine": claim.end_line, "endColumn": claim.end_column}
        physical["region"] = region
    return {"id": 1, "physicalLocation": physical, "message": {"text": text}}


def _region(item: Reported) -> dict[str, int]:
    return {"startLine": item.line, "startColumn": item.column, "endLine": item.end_line,
            "endColumn": item.end_column}


def message(item: Finding | Problem) -> str:
    """A finding in one line of plain text (figure, status, message, claim and pointer); a problem's message."""
    if isinstance(item, Problem):
        return item.message
    figure = " ".join(item.text.split())  # a figure wrapped across lines reads as written on one
    text = f'"{figure}" {item.status}: {item.message}' if item.message else f'"{figure}" {item.status}'
    if item.claim is not None and item.source is not None:
        text += f" (claim {item.claim.id}, {pointer(item.source, item.claim)})"
    return text


def check_sarif(files: Iterable[FileFindings], *, root: Path, show_supported: bool = False,
                sources_root: Path | None = None, warn: Callable[[str], None] | None = None) -> str:
    """A SARIF 2.1.0 log for GitHub code scanning, as a string (for --sarif-file)."""
    out = io.StringIO()
    write_check_sarif(files, out, root=root, show_supported=show_supported, sources_root=sources_root, warn=warn)
    return out.getvalue()


def write_check_sarif(files: Iterable[FileFindings], out: TextIO, *, root: Path, show_supported: bool = False,
                      sources_root: Path | None = None, warn: Callable[[str], None] | None = None,
                      limit: int | None = None) -> Tally:
    """A SARIF 2.1.0 log for GitHub code scanning; hidden (supported) figures only with show_supported.

    At most `limit` results, the most severe first; `warn` is told what the cap left out. `sources_root` is
    the folder the registry's source paths are relative to (the project root)."""
    limit = RESULT_LIMIT if limit is None else limit
    listed = rules(show_supported)
    index = {s.name: i for i, s in enumerate(listed)}
    seen: dict[str, int] = {}
    related: dict[str, dict[str, Any]] = {}  # by claim id: resolving a source's path once, not per finding
    tally = Tally()

    def items() -> Iterator[Finding | Problem]:
        for _, findings in tally.each(files):
            yield from (f for f in findings if show_supported or not f.kind.hidden)
        yield from tally.problems

    def result(item: Finding | Problem, print_: str) -> dict[str, Any]:
        kind = item.kind
        doc: dict[str, Any] = {
            "ruleId": f"factlint/{kind.name}", "ruleIndex": index[kind.name], "level": kind.sarif_level,
            "message": {"text": message(item)},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(item.path), "region": _region(item)}}],
            "partialFingerprints": {"factlintContent/v1": print_},
        }
        if isinstance(item, Finding) and item.claim is not None and item.source is not None and sources_root:
            claim = item.claim
            if claim.id not in related:
                related[claim.id] = _source_location(claim, item.source, sources_root, root)
            doc["relatedLocations"] = [related[claim.id]]
        return doc

    # Each level keeps at most `limit` items, in report order: whatever the mix, the kept ones are the most severe.
    # The items are held with their fingerprints (numbered in report order, left-out ones too), their results
    # made only as they are written.
    by_level: dict[str, list[tuple[Finding | Problem, str]]] = {level: [] for level in LEVELS}
    found = dict.fromkeys(LEVELS, 0)
    for item in items():
        level = item.kind.sarif_level
        found[level] += 1
        first = fingerprint(item, 0)
        seen[first] = seen.get(first, -1) + 1  # identical findings in a file are told apart by their order
        if len(by_level[level]) < limit:
            by_level[level].append((item, fingerprint(item, seen[first])))
    kept: list[tuple[Finding | Problem, str]] = []
    for level in LEVELS:
        kept.extend(by_level[level][:limit - len(kept)])
    total = sum(found.values())
    omitted = {level: found[level] - sum(1 for item, _ in kept if item.kind.sarif_level == level) for level in LEVELS}
    left_out = total - len(kept)
    base = root.resolve().as_uri().rstrip("/") + "/"
    doc = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_json(s) for s in listed]}},
            "automationDetails": {"id": AUTOMATION_ID},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": base}},
            "columnKind": "unicodeCodePoints",
            "results": Stream(result(item, print_) for item, print_ in kept),
            "properties": {"resultLimit": limit, "resultCount": total, "resultsOmitted": left_out,
                           "resultsOmittedByLevel": {k: n for k, n in omitted.items() if n}},
        }],
    }
    write_json(out, doc)
    out.write("\n")
    if left_out and warn is not None:
        dropped = ", ".join(f"{n:,} {level}{'s' * (n != 1)}" for level, n in omitted.items() if n)
        warn(f"SARIF holds the {len(kept):,} most severe of {total:,} results (GitHub code scanning takes at most "
             f"{limit:,} per run and shows {GITHUB_SHOWN:,}); left out: {dropped}")
    return tally
