"""A finding's identity by content: one key for baselines and SARIF fingerprints, blind to position and wrapping."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from factlint.check.draft import check_draft
from factlint.cli import main
from factlint.output.fingerprint import Content, content, fingerprint, sentence_hash
from factlint.registry.cache import prepared

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "claims"
TEXT = "Data labelers are paid as little as $1.64 an hour after tax [@ghost].\n"


def findings():
    found = check_draft(TEXT, prepared(CLAIMS, ROOT), path="d.md")
    return list(found.findings), found.problems


def test_content_of_a_finding_and_of_a_problem():
    [finding], [problem] = findings()
    assert content(finding, "x/d.md") == Content("x/d.md", "conflicting", "$1.64 an hour",
                                                 finding.claim.id, sentence_hash(finding.sentence))
    assert content(problem, "d.md") == Content("d.md", "problem", problem.message, None, "")
    assert content(problem, "d.md").key == ("d.md", "problem", problem.message, "", "")


def test_position_and_wrapping_do_not_count_but_the_ordinal_does():
    [finding], _ = findings()
    moved = replace(finding, line=40, column=3, end_line=40, end_column=16,
                    sentence=finding.sentence.replace(" as ", "\n  as "))
    assert fingerprint(moved, 0) == fingerprint(finding, 0) != fingerprint(finding, 1)
    assert fingerprint(replace(finding, sentence="Another sentence."), 0) != fingerprint(finding, 0)


def test_the_baseline_records_the_content(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(TEXT, encoding="utf-8")
    main(["check", "--claims", str(CLAIMS), "--baseline", "b.json", "--update-baseline", "d.md"])
    entries = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["findings"]
    [finding], [problem] = findings()
    assert entries == sorted([content(finding, "d.md").as_json(), content(problem, "d.md").as_json()],
                             key=lambda e: (e["status"], e["text"]))
