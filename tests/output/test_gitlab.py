"""`--format gitlab`: a GitLab Code Quality report in the shape GitLab's documentation requires."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((Path(__file__).parents[1] / "data/gitlab-code-quality.schema.json").read_text(encoding="utf-8"))
CLAIMS = str(ROOT / "claims")
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n"
SUPPORTED = "Data labelers are paid as little as $1.46 an hour after tax.\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


def gitlab(capsys, *args: str) -> tuple[int, list]:
    code = main(["check", "--claims", CLAIMS, "--format", "gitlab", *args])
    out = capsys.readouterr().out
    assert not out.startswith("\ufeff")  # GitLab's parser refuses a byte-order mark
    return code, json.loads(out)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/a.md").write_text(CONFLICT + "\n" + SUPPORTED + "\n" + UNSOURCED + "Cited [@ghost].\n",
                                        encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("flags", [[], ["--show-supported"]], ids=["default", "show-supported"])
def test_valid_against_the_documented_format(workdir, capsys, flags):
    code, issues = gitlab(capsys, *flags, "docs/a.md")
    errors = sorted(Draft7Validator(SCHEMA).iter_errors(issues), key=str)
    assert not errors, errors[0].message
    assert code == 1 and len(issues) == (4 if flags else 3)


def test_issues_name_status_place_and_severity(workdir, capsys):
    _, issues = gitlab(capsys, "docs/a.md")
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"])
            for i in issues] == [("factlint/conflicting", "major", "docs/a.md", 1),
                                 ("factlint/unsourced", "minor", "docs/a.md", 5),
                                 ("factlint/unknown-citation", "major", "docs/a.md", 6)]
    assert "click-workers-hourly-pay" in issues[0]["description"]
    _, shown = gitlab(capsys, "--show-supported", "docs/a.md")
    assert ("factlint/supported", "info") in {(i["check_name"], i["severity"]) for i in shown}


def test_fingerprints_unique_and_stable_when_lines_move(workdir, capsys):
    draft = workdir / "docs/a.md"
    draft.write_text(UNSOURCED + "\n" + UNSOURCED + "\n" + CONFLICT, encoding="utf-8")
    _, first = gitlab(capsys, "docs/a.md")
    prints = [i["fingerprint"] for i in first]
    assert len(set(prints)) == len(prints) == 3  # GitLab shows issues with one fingerprint as one
    draft.write_text("# A title\n\nA new paragraph.\n\n" + draft.read_text(encoding="utf-8"), encoding="utf-8")
    _, moved = gitlab(capsys, "docs/a.md")
    assert [i["fingerprint"] for i in moved] == prints
    assert [i["location"]["lines"]["begin"] for i in moved] == [i["location"]["lines"]["begin"] + 4 for i in first]


def test_nothing_found_is_an_empty_array(workdir, capsys):
    (workdir / "docs/b.md").write_text(SUPPORTED, encoding="utf-8")
    assert gitlab(capsys, "docs/b.md") == (0, [])
