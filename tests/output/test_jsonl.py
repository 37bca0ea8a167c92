"""`--format jsonl`: a line per finding (the JSON report's finding object) and per problem (with its type), in the
order of the JSON report, each draft's lines written before the next draft is checked."""

from __future__ import annotations

import io
import json
from pathlib import Path

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.cli import main
from factlint.extract.figure import Figure
from factlint.output.jsonl import write_check_jsonl

CLAIMS = str(Path(__file__).resolve().parents[2] / "claims")


def check(capsys, fmt: str, *paths: str) -> tuple[int, str]:
    code = main(["check", "--claims", CLAIMS, "--format", fmt, *paths])
    return code, capsys.readouterr().out


def test_each_line_is_a_finding_or_problem_of_the_json_report(drafts, capsys):
    code, out = check(capsys, "jsonl", "sub/c.md", "a.md", "b.md")
    json_code, doc = check(capsys, "json", "sub/c.md", "a.md", "b.md")
    lines = [json.loads(line) for line in out.splitlines()]
    assert out.endswith("\n") and code == json_code == 1
    findings = [line for line in lines if "status" in line]
    problems = [line for line in lines if "type" in line]
    assert findings == json.loads(doc)["findings"] and problems == json.loads(doc)["problems"]
    assert len(findings) + len(problems) == len(lines)
    # Each draft's problems follow its findings: the lines come draft by draft, in the order named.
    assert [(line["path"], "type" in line) for line in lines] == [
        (p, kind) for p in ("sub/c.md", "a.md", "b.md") for kind in (False, False, True)]
    assert problems[0]["type"] == "unknown-citation" and findings[0]["status"] == "unsourced"


def test_a_draft_with_nothing_to_report_writes_no_line(drafts, capsys):
    (drafts / "quiet.md").write_text("Nothing to count here.\n", encoding="utf-8")
    assert check(capsys, "jsonl", "quiet.md") == (0, "")


def test_lines_are_written_as_each_draft_is_checked():
    out = io.StringIO()
    seen: list[str] = []

    def finding(path: str) -> Finding:
        return Finding(path, 1, 1, 1, 3, "$5", Figure("$5", 0, 2, 5, 5, "money", "USD", None, "exact"), "unsourced",
                       message="no claim")

    def files():
        yield FileFindings("a.md", iter([finding("a.md")]), [Problem("a.md", 2, 1, 2, 4, "unknown key")])
        seen.append(out.getvalue())  # what was written before the second draft was checked
        yield FileFindings("b.md", iter([finding("b.md")]), [])

    tally = write_check_jsonl(files(), out)
    assert [json.loads(line)["path"] for line in seen[0].splitlines()] == ["a.md", "a.md"]
    assert len(out.getvalue().splitlines()) == 3
    assert (tally.files, tally.figures, tally.statuses["unsourced"], len(tally.problems)) == (2, 2, 2, 1)
