"""Baselines: accepted findings stay quiet, keyed on content (not lines), counted, written atomically and stably."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.check.draft import check_draft
from factlint.cli import main
from factlint.errors import FactlintError
from factlint.output import baseline as baselines
from factlint.registry.cache import prepared

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
OLD = "Our newsroom spent €12,000 on translation last year.\n"
NEW = "The office bought 35 chairs in March.\n"
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n"


def check(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--claims", CLAIMS, "--format", "json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out else {}


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def update(capsys, *paths: str, baseline: str = "baseline.json") -> int:
    code = main(["check", "--claims", CLAIMS, "--baseline", baseline, "--update-baseline", *paths])
    capsys.readouterr()
    return code


def test_baselined_findings_are_not_reported(workdir, capsys):
    (workdir / "draft.md").write_text(OLD + "\n" + CONFLICT, encoding="utf-8")
    assert update(capsys, "draft.md") == 0
    code, doc = check(capsys, "--baseline", "baseline.json", "draft.md")
    assert code == 0 and doc["findings"] == []


def test_the_debt_a_baseline_holds_back_is_said(workdir, capsys):
    # Issue 17: with a baseline, the summary hid how many findings it held back.
    (workdir / "draft.md").write_text(OLD + "\n" + CONFLICT, encoding="utf-8")
    update(capsys, "draft.md")
    (workdir / "draft.md").write_text(OLD + "\n" + CONFLICT + "\n" + NEW, encoding="utf-8")
    assert main(["check", "--claims", CLAIMS, "--baseline", "baseline.json", "draft.md"]) == 1
    out, err = capsys.readouterr()
    assert "1 figure in 1 file" in out.splitlines()[-1]
    assert err.splitlines() == ["factlint: the baseline baseline.json holds back 2 findings (not counted above)"]


def test_only_new_findings_are_reported_and_decide_the_exit_code(workdir, capsys):
    draft = workdir / "draft.md"
    draft.write_text(OLD, encoding="utf-8")
    update(capsys, "draft.md")
    draft.write_text(OLD + "\n" + NEW, encoding="utf-8")
    code, doc = check(capsys, "--baseline", "baseline.json", "draft.md")
    assert code == 1 and [f["text"] for f in doc["findings"]] == ["35"]


@pytest.mark.parametrize("edit", [
    lambda text: "# A title\n\nA new opening paragraph.\n\n" + text,        # lines above
    lambda text: text.replace("spent €12,000", "spent\n€12,000"),          # the sentence re-wrapped
    lambda text: text + "\nA closing line.\n",
], ids=["added-above", "rewrapped", "added-below"])
def test_edits_elsewhere_do_not_resurrect_findings(workdir, capsys, edit):
    draft = workdir / "draft.md"
    draft.write_text(OLD + "\n" + CONFLICT, encoding="utf-8")
    update(capsys, "draft.md")
    draft.write_text(edit(OLD + "\n" + CONFLICT), encoding="utf-8")
    code, doc = check(capsys, "--baseline", "baseline.json", "draft.md")
    assert code == 0 and doc["findings"] == []


def test_changing_the_sentence_brings_the_finding_back(workdir, capsys):
    draft = workdir / "draft.md"
    draft.write_text(OLD, encoding="utf-8")
    update(capsys, "draft.md")
    draft.write_text(OLD.replace("translation", "printing"), encoding="utf-8")
    code, doc = check(capsys, "--baseline", "baseline.json", "draft.md")
    assert code == 1 and [f["text"] for f in doc["findings"]] == ["€12,000"]


def test_count_aware(workdir, capsys):
    draft = workdir / "draft.md"
    draft.write_text(OLD, encoding="utf-8")
    update(capsys, "draft.md")
    draft.write_text(OLD + "\n" + OLD, encoding="utf-8")
    code, doc = check(capsys, "--baseline", "baseline.json", "draft.md")
    assert code == 1 and [(f["line"], f["text"]) for f in doc["findings"]] == [(3, "€12,000")]
    update(capsys, "draft.md")
    entries = json.loads((workdir / "baseline.json").read_text())["findings"]
    assert len(entries) == 2 and entries[0] == entries[1]


def test_same_figure_in_another_file_is_new(workdir, capsys):
    (workdir / "a.md").write_text(OLD, encoding="utf-8")
    update(capsys, "a.md")
    (workdir / "b.md").write_text(OLD, encoding="utf-8")
    code, doc = check(capsys, "--baseline", "baseline.json", "a.md", "b.md")
    assert code == 1 and [f["path"] for f in doc["findings"]] == ["b.md"]


def test_file_is_sorted_stable_and_keyed_on_content(workdir, capsys):
    (workdir / "b.md").write_text(CONFLICT + "\n" + OLD, encoding="utf-8")
    (workdir / "a.md").write_text(NEW + "\n[@ghost] cites nothing.\n", encoding="utf-8")
    update(capsys, "b.md", "a.md")
    first = (workdir / "baseline.json").read_bytes()
    update(capsys, "a.md", "b.md")
    assert (workdir / "baseline.json").read_bytes() == first
    doc = json.loads(first)
    assert doc["version"] == 1
    keys = [(e["path"], e["status"], e["text"]) for e in doc["findings"]]
    assert keys == sorted(keys)
    assert ("b.md", "conflicting", "$1.64 an hour") in keys and ("a.md", "unsourced", "35") in keys
    assert any(e["status"] == "problem" and "@ghost" in e["text"] for e in doc["findings"])
    assert all("line" not in e for e in doc["findings"])
    assert {e["claim"] for e in doc["findings"] if e["status"] == "conflicting"} == {"click-workers-hourly-pay"}
    # Supported figures need no baseline.
    assert not any(e["status"] == "supported" for e in doc["findings"])


def test_baseline_works_from_another_folder(workdir, capsys, monkeypatch):
    (workdir / "docs").mkdir()
    (workdir / "docs/draft.md").write_text(OLD, encoding="utf-8")
    update(capsys, "docs/draft.md")
    monkeypatch.chdir(workdir / "docs")
    code, doc = check(capsys, "--baseline", "../baseline.json", "draft.md")
    assert code == 0 and doc["findings"] == []


def test_update_writes_atomically_over_an_old_baseline(workdir, capsys):
    (workdir / "draft.md").write_text(OLD, encoding="utf-8")
    (workdir / "baseline.json").write_text("stale", encoding="utf-8")
    assert update(capsys, "draft.md") == 0
    assert json.loads((workdir / "baseline.json").read_text())["findings"][0]["text"] == "€12,000"
    assert sorted(p.name for p in workdir.iterdir()) == ["baseline.json", "draft.md"]  # no temporary file left


@pytest.mark.parametrize("content, args, message", [
    (None, ["--baseline", "missing.json"], "no such baseline; create it with --update-baseline"),
    ("{not json", ["--baseline", "baseline.json"], "baseline.json:1: not a factlint baseline"),
    ('{"version": 9, "findings": []}', ["--baseline", "baseline.json"], "expected version 1"),
    ('{"version": 1, "findings": [{"path": "x"}]}', ["--baseline", "baseline.json"], "entry 1 lacks"),
    (None, ["--update-baseline"], "--update-baseline needs --baseline FILE"),
])
def test_bad_baseline_usage(workdir, capsys, content, args, message):
    (workdir / "draft.md").write_text(OLD, encoding="utf-8")
    if content is not None:
        (workdir / "baseline.json").write_text(content, encoding="utf-8")
    assert main(["check", "--claims", CLAIMS, *args, "draft.md"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_configs_baseline_is_the_default_and_may_not_exist_yet(workdir, capsys):
    (workdir / "factlint.toml").write_text(f'claims = "{CLAIMS}"\nbaseline = "accepted.json"\n', encoding="utf-8")
    (workdir / "draft.md").write_text(OLD, encoding="utf-8")
    code, doc = check(capsys, "draft.md")  # no baseline yet (an editor makes it): every finding is new
    assert code == 1 and [f["text"] for f in doc["findings"]] == ["€12,000"]
    assert main(["check", "--claims", CLAIMS, "--update-baseline", "draft.md"]) == 0
    assert json.loads((workdir / "accepted.json").read_text(encoding="utf-8"))["findings"][0]["text"] == "€12,000"
    code, doc = check(capsys, "draft.md")
    assert code == 0 and doc["findings"] == []


def test_add_records_one_finding_and_keeps_the_rest(workdir, capsys):
    engine = prepared(ROOT / "claims", ROOT)
    path = workdir / "sub" / "base.json"
    path.parent.mkdir()
    [old] = check_draft(OLD, engine, path="draft.md").findings
    [new] = check_draft(NEW, engine, path="draft.md").findings
    baselines.add(old, path, workdir)
    baselines.add(new, path, workdir)
    entries = json.loads(path.read_text(encoding="utf-8"))["findings"]
    assert sorted(e["text"] for e in entries) == ["35", "€12,000"] and {e["path"] for e in entries} == {"draft.md"}
    assert sum(baselines.load(path).values()) == 2 and not list(path.parent.glob(".base.json.*.tmp"))
    path.write_text('{"version": 1, "findings": [{"path": "x"}]}', encoding="utf-8")
    with pytest.raises(FactlintError, match="entry 1 lacks"):
        baselines.add(new, path, workdir)  # a damaged baseline is not written over
