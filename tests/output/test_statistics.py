"""`--statistics`: in place of the report, the figures of each status per claim, most first, as ruff counts rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n\n"
SUPPORTED = "Data labelers are paid as little as $1.46 an hour after tax.\n\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(CONFLICT * 2 + UNSOURCED * 3 + SUPPORTED + "Cited [@ghost].\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(CONFLICT, encoding="utf-8")
    return tmp_path


def test_text_rows_most_first(workdir, capsys):
    code = main(["check", "--claims", CLAIMS, "--statistics", "a.md", "b.md"])
    out = capsys.readouterr().out
    assert [line.split("\t") for line in out.splitlines()] == [
        ["3", "conflicting     ", "click-workers-hourly-pay"],
        ["3", "unsourced       ", "-"],
        ["1", "supported       ", "click-workers-hourly-pay"],
        ["1", "unknown-citation", "-"],
    ]
    assert code == 1  # the exit code is the check's


def test_json_rows_and_summary(workdir, capsys):
    code = main(["check", "--claims", CLAIMS, "--statistics", "--format", "json", "a.md", "b.md"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["statistics"][0] == {"count": 3, "status": "conflicting", "claim": "click-workers-hourly-pay"}
    assert doc["summary"] == {"files": 2, "figures": 7, "supported": 1, "conflicting": 3, "unsourced": 3,
                              "miscited": 0, "problems": 1}
    assert code == 1


def test_with_exit_zero(workdir, capsys):
    assert main(["check", "--claims", CLAIMS, "--statistics", "--exit-zero", "b.md"]) == 0
    assert capsys.readouterr().out == "1\tconflicting\tclick-workers-hourly-pay\n"


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "gitlab", "rdjson"])
def test_other_formats_have_none(workdir, capsys, fmt):
    assert main(["check", "--claims", CLAIMS, "--statistics", "--format", fmt, "a.md"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and f"--statistics: --format {fmt} has no statistics (text or json)" in captured.err
