"""`factlint check --format jsonl`: JSON Lines, one finding per line as it is made, for pipelines and archives
too large for one JSON document.

A finding's line is the object of the JSON report's `findings` (SPEC §7, with its `status`); a problem's line
is the object of its `problems` (with its `type`, e.g. "unknown-citation"), written after its draft's
findings. No summary line: the exit code says whether a failing status was found.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from factlint.check.findings import FileFindings
from factlint.output.json import finding_json, problem_json
from factlint.output.tally import Tally


def write_check_jsonl(files: Iterable[FileFindings], out: TextIO) -> Tally:
    """A line per finding and per problem, each draft's flushed when it is done; what was written, counted."""
    tally = Tally()
    for group, findings in tally.each(files):
        for f in findings:
            out.write(json.dumps(finding_json(f), ensure_ascii=False) + "\n")
        for p in group.problems:
            out.write(json.dumps(problem_json(p), ensure_ascii=False) + "\n")
        # A reader down the pipe sees each draft's lines when they are made, not a buffer's worth later.
        out.flush()
    return tally
