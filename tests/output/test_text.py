"""The text reports: a line per finding, its label coloured by the status table's style, then the counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.color import Color

from factlint.cli import main
from factlint.statuses import NAMES, PROBLEMS, STATUSES

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    shutil.copy(ROOT / "examples/draft.md", tmp_path / "draft.md")
    (tmp_path / "cites.md").write_text("A sentence citing [@ghost].\n", encoding="utf-8")
    return tmp_path


def sgr(colour: str) -> str:
    """The SGR parameter of a standard colour: "green" -> "32"."""
    return str(30 + Color.parse(colour).number)


def test_each_label_in_its_status_colour(workdir, capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["check", "--claims", CLAIMS, "--show-supported", "draft.md", "cites.md"])
    out = capsys.readouterr().out
    for status in STATUSES + PROBLEMS:
        assert f";{sgr(status.colour)}m{status.label}" in out, status.name


def test_lines_and_summary_in_the_table_order(workdir, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    code = main(["check", "--claims", CLAIMS, "draft.md", "cites.md"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines[0].startswith("cites.md:1:19  problem      unknown citation key @ghost")
    assert lines[1].startswith("draft.md:15:77  conflicting  \"$5 per hour\"  source says")
    assert not any(" supported " in line for line in lines[:-1])  # listed only with --show-supported
    counts = lines[-1].split(": ", 1)[1].split(", ")
    assert [c.split(" ", 1)[1] for c in counts] == [*NAMES, "problem"]
    assert lines[-1].startswith("10 figures in 2 files: 6 supported, 1 conflicting, 2 unsourced, 1 miscited")


def test_figures_text(workdir, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    (workdir / "pay.md").write_text("They earn about $5 an hour, and 3 in 10 of them.\n", encoding="utf-8")
    assert main(["figures", "pay.md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == 'pay.md:1:17  "$5 an hour"  money 5 unit=USD per=hour approx'
    assert lines[-1] == f"{len(lines) - 1} figures in 1 file"


@pytest.mark.parametrize("columns", ["40", "60"])
def test_a_finding_is_one_line_naming_its_claim_in_a_narrow_terminal(workdir, capsys, monkeypatch, columns):
    # Issue 17: a finding named no claim id, and lines wrapped at the terminal's width broke numbers apart.
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", columns)
    main(["check", "--claims", CLAIMS, "--show-supported", "draft.md"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 11 and all(line.startswith("draft.md:") for line in lines[:-1])
    assert lines[0].endswith('→ seeds/004_29fe0d7601c600d6.txt:8 (world-bank-data-workers)')
    assert '"150 million and 430 million"' in lines[0]
