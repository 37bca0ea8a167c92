"""`--format rdjson`: reviewdog's Diagnostic Format (rdjson), for `reviewdog -f=rdjson` to comment on a pull request.

One diagnostic per finding shown and per problem, with the status as its code (linked to the README's
section) and the claim's source line in the message. reviewdog counts columns in UTF-8 bytes, factlint in
code points: a line that is not ASCII is read from the draft to convert them (`line_of`), else the range
is given by lines only, which reviewdog reads as whole lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.output.jsonstream import Stream, write_json
from factlint.output.links import readme_url, status_url
from factlint.output.sarif import message
from factlint.output.tally import Tally, listed

SEVERITY = {"error": "ERROR", "warning": "WARNING", "note": "INFO"}
LineOf = Callable[[str, int], "str | None"]  # (report path, 1-based line) -> that line of the draft, if readable


def byte_column(line: str, column: int) -> int:
    """The 1-based UTF-8 byte column of the 1-based code-point `column` of `line`."""
    return len(line[:column - 1].encode("utf-8", "surrogatepass")) + 1


def _range(item: Finding | Problem, line_of: LineOf | None) -> dict[str, Any]:
    start_line = line_of(item.path, item.line) if line_of else None
    end_line = start_line if item.end_line == item.line else (line_of(item.path, item.end_line) if line_of else None)
    if start_line is None or end_line is None:
        return {"start": {"line": item.line}, "end": {"line": item.end_line}}
    return {"start": {"line": item.line, "column": byte_column(start_line, item.column)},
            "end": {"line": item.end_line, "column": byte_column(end_line, item.end_column)}}


def diagnostic_json(item: Finding | Problem, line_of: LineOf | None = None) -> dict[str, Any]:
    code = {"value": item.kind.name, "url": status_url(item.kind)}
    return {"message": message(item), "location": {"path": item.path, "range": _range(item, line_of)},
            "severity": SEVERITY[item.kind.sarif_level], "code": code}


def write_check_rdjson(files: Iterable[FileFindings], out: TextIO, *, show_supported: bool = False,
                       line_of: LineOf | None = None) -> Tally:
    """A DiagnosticResult, its diagnostics written as the findings come."""
    tally = Tally()

    def diagnostics() -> Iterator[dict[str, Any]]:
        for item in listed(tally, files, True, show_supported):
            yield diagnostic_json(item, line_of)

    source = {"name": "factlint", "url": readme_url()}
    write_json(out, {"source": source, "diagnostics": Stream(diagnostics())})
    out.write("\n")
    return tally
