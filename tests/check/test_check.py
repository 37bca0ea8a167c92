"""`factlint check`: statuses on real sentences, JSON shape (SPEC §7), exit codes and --fail-on."""

from __future__ import annotations

import io
import json
import sys

import pytest

from factlint.cli import main

SEED_004 = "seeds/004_29fe0d7601c600d6.txt"
SEED_001 = "seeds/001_860653d48fbcfa2a.txt"
SEED_002 = "seeds/002_25067c04bff82019.txt"


def check_json(tmp_path, capsys, text: str, *args: str, name: str = "draft.md"):
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    code = main(["check", "--format", "json", *args, str(draft)])
    out = capsys.readouterr().out
    return code, json.loads(out)


def status_of(report, text):
    hits = [f for f in report["findings"] if text in f["text"] or f["text"] in text]
    assert hits, f"no finding for {text!r} in {[f['text'] for f in report['findings']]}"
    return hits[0]


STATUS_CASES = [
    ("Data labelers are often paid as little as $1.46/hour after tax.", "$1.46/hour", "supported", SEED_004),
    ("Data labelers are paid as little as $1.64 an hour after tax.", "$1.64", "conflicting", SEED_004),
    ("Data labelers are paid as little as $1.46 a day after tax.", "$1.46", "conflicting", SEED_004),
    ("Renting the GPU costs $1.46 per hour on the cheapest cloud.", "$1.46", "unsourced", None),
    ("The World Bank estimates that 150–430 million people do such work.", "150–430 million", "supported", SEED_004),
    ("Volgens de Wereldbank werken 100 tot 400 miljoen mensen in deze industrie.", "100 tot 400 miljoen",
     "supported", SEED_001),
    ("The Democratic Republic of Congo produces over 60% of the world's cobalt.", "60%", "supported", SEED_004),
    ("Fewer than 2 million people in the Philippines do click work, the government estimates.", "2 million",
     "conflicting", SEED_002),
    ("Our newsroom spent €12,000 on translation last year.", "€12,000", "unsourced", None),
]


@pytest.mark.parametrize("text, figure, status, seed", STATUS_CASES, ids=[c[2] + ":" + c[1] for c in STATUS_CASES])
def test_statuses(in_project, tmp_path, capsys, text, figure, status, seed):
    _, report = check_json(tmp_path, capsys, text + "\n")
    finding = status_of(report, figure)
    assert finding["status"] == status, finding["message"]
    if seed:
        assert finding["source"]["path"] == seed
    else:
        assert finding["claim"] is None and finding["source"] is None


def test_json_shape(in_project, tmp_path, capsys):
    code, report = check_json(tmp_path, capsys, "Intro.\n\nData labelers are paid as little as $1.64 an hour after tax.\n")
    assert code == 1
    assert report["version"] == 1
    assert report["summary"] == {"files": 1, "figures": 1, "supported": 0, "conflicting": 1, "unsourced": 0,
                                 "miscited": 0}
    (f,) = report["findings"]
    assert set(f) >= {"path", "line", "column", "end_line", "end_column", "text", "status", "figure", "claim",
                      "source", "score", "message"}
    assert (f["line"], f["column"]) == (3, 37)
    assert f["text"].startswith("$1.64")
    assert f["end_column"] == f["column"] + len(f["text"])
    assert f["figure"] == {"low": 1.64, "high": 1.64, "kind": "money", "unit": "USD", "per": "hour",
                           "qualifier": "min"}
    assert f["claim"]["id"] == "click-workers-hourly-pay"
    assert set(f["source"]) == {"id", "path", "line", "column", "quote"}
    assert f["source"]["line"] == 8
    assert isinstance(f["score"], float)
    assert "$1.46/hour" in f["message"]


def test_exit_zero_when_everything_is_supported(in_project, tmp_path, capsys):
    code, report = check_json(tmp_path, capsys, "The DRC produces over 60% of the world's cobalt.\n")
    assert code == 0 and report["summary"]["supported"] == 1


def test_fail_on_narrows_failing_statuses(in_project, tmp_path, capsys):
    text = "Our newsroom spent €12,000 on translation last year.\n"
    assert check_json(tmp_path, capsys, text)[0] == 1
    assert check_json(tmp_path, capsys, text, "--fail-on", "conflicting")[0] == 0


def test_fail_on_rejects_unknown_status(in_project, tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("x\n")
    assert main(["check", "--fail-on", "wrong", str(draft)]) == 2
    assert "--fail-on" in capsys.readouterr().err


def test_empty_file_and_no_figures(in_project, tmp_path, capsys):
    code, report = check_json(tmp_path, capsys, "")
    assert code == 0 and report["findings"] == [] and report["summary"]["files"] == 1
    code, report = check_json(tmp_path, capsys, "No numbers here at all.\n")
    assert code == 0 and report["summary"]["figures"] == 0


def test_standard_input(in_project, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        "The DRC produces about 40 percent of the world's cobalt.\n".encode())))
    code = main(["check", "--format", "json", "-"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["findings"][0]["path"] == "-"
    assert report["findings"][0]["status"] == "conflicting"


def test_missing_file_is_a_usage_error(in_project, capsys):
    assert main(["check", "no-such-draft.md"]) == 2
    err = capsys.readouterr().err
    assert "no-such-draft.md" in err and "Traceback" not in err


def test_text_report_hides_supported_unless_asked(in_project, tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("The DRC produces over 60% of the world's cobalt. It spent €12,000 on lunch.\n")
    main(["check", str(draft)])
    out = capsys.readouterr().out
    assert "unsourced" in out and "supported" not in out.split("\n")[0]
    main(["check", "--show-supported", str(draft)])
    out = capsys.readouterr().out
    assert "supported" in out and f"{SEED_004}:20" in out
