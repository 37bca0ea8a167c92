"""`--statistics`: in place of the report, how many figures got each status, per claim, as ruff's --statistics
counts violations per rule (most first). Text or JSON."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from factlint.check.findings import FileFindings
from factlint.output.json import VERSION
from factlint.output.tally import Tally
from factlint.statuses import NAMES, PROBLEMS

STATISTICS_FORMATS = ("text", "json")
_ORDER = {name: i for i, name in enumerate(NAMES + tuple(p.name for p in PROBLEMS))}

Row = tuple[int, str, str | None]  # count, status (or problem), claim id


def statistics(files: Iterable[FileFindings]) -> tuple[Tally, list[Row]]:
    """What was counted, and a row per (status, claim): most first, then in the status table's order, then by id."""
    tally = Tally()
    counts: Counter[tuple[str, str | None]] = Counter()
    for _, findings in tally.each(files):
        for f in findings:
            counts[f.kind.name, f.claim.id if f.claim is not None else None] += 1
    for p in tally.problems:
        counts[p.kind.name, None] += 1
    rows = [(n, status, claim) for (status, claim), n in counts.items()]
    rows.sort(key=lambda r: (-r[0], _ORDER[r[1]], r[2] or ""))
    return tally, rows


def write_statistics(fmt: str, files: Iterable[FileFindings], out: TextIO) -> Tally:
    """The statistics in `fmt` (text: one aligned row each; json: rows and the summary)."""
    tally, rows = statistics(files)
    if fmt == "json":
        doc = {"version": VERSION, "statistics": [{"count": n, "status": s, "claim": c} for n, s, c in rows],
               "summary": tally.summary()}
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return tally
    width = len(str(rows[0][0])) if rows else 1
    status_width = max((len(s) for _, s, _ in rows), default=0)
    for n, status, claim in rows:
        out.write(f"{n:>{width}}\t{status:<{status_width}}\t{claim or '-'}\n")
    return tally
