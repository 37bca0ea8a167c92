"""`--format sarif`: SARIF 2.1.0 that validates against the official schema and that GitHub code scanning takes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from factlint.cli import main

SCHEMA = json.loads((Path(__file__).parents[1] / "data/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples/draft.md"
CLAIMS = str(ROOT / "claims")
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


def sarif(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--claims", CLAIMS, "--format", "sarif", *args])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """The bundled registry, and drafts in a working directory of their own."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "draft.md")
    return tmp_path


@pytest.mark.parametrize("flags", [[], ["--show-supported"]], ids=["default", "show-supported"])
def test_valid_against_the_official_schema(workdir, capsys, flags):
    (workdir / "cites.md").write_text("Figures [@no-such-source].\n", encoding="utf-8")
    code, log = sarif(capsys, *flags, "draft.md", "cites.md")
    errors = sorted(Draft7Validator(SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0].message
    assert code == 1 and log["version"] == "2.1.0"


def test_results_point_at_relative_uris_with_code_point_columns(workdir, capsys):
    (workdir / "sub dir").mkdir()
    (workdir / "sub dir/naïve.md").write_text("Ça coûte — " + CONFLICT, encoding="utf-8")
    _, log = sarif(capsys, "sub dir/naïve.md")
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == workdir.resolve().as_uri() + "/"
    [result] = run["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "sub%20dir/na%C3%AFve.md", "uriBaseId": "%SRCROOT%"}
    # "$1.64 an hour" starts after 11 + 36 code points (not bytes, not UTF-16 units).
    start = ("Ça coûte — " + CONFLICT).index("$1.64") + 1
    assert location["region"]["startColumn"] == start
    assert location["region"]["endColumn"] == start + len("$1.64 an hour")


def test_one_rule_per_status_with_descriptions_and_help(workdir, capsys):
    _, log = sarif(capsys, "--show-supported", "draft.md")
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} == {"factlint/conflicting", "factlint/unsourced", "factlint/miscited",
                                        "factlint/supported", "factlint/unknown-citation", "factlint/hidden-character",
                                        "factlint/unreadable"}
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_follow_statuses_and_supported_only_on_request(workdir, capsys):
    _, log = sarif(capsys, "draft.md")
    levels = {(r["ruleId"], r["level"]) for r in log["runs"][0]["results"]}
    assert levels == {("factlint/conflicting", "error"), ("factlint/miscited", "error"),
                      ("factlint/unsourced", "warning")}
    _, log = sarif(capsys, "--show-supported", "draft.md")
    levels = {(r["ruleId"], r["level"]) for r in log["runs"][0]["results"]}
    assert ("factlint/supported", "note") in levels


def test_unknown_citation_keys_are_results(workdir, capsys):
    (workdir / "cites.md").write_text("A sentence without any figure [@ghost].\n", encoding="utf-8")
    code, log = sarif(capsys, "cites.md")
    [result] = log["runs"][0]["results"]
    assert code == 1
    assert (result["ruleId"], result["level"]) == ("factlint/unknown-citation", "error")
    assert "@ghost" in result["message"]["text"]


def fingerprints(log) -> list[str]:
    return [r["partialFingerprints"]["factlintContent/v1"] for r in log["runs"][0]["results"]]


def test_fingerprints_stable_across_runs_and_edits_above(workdir, capsys):
    _, first = sarif(capsys, "draft.md")
    _, again = sarif(capsys, "draft.md")
    assert fingerprints(first) == fingerprints(again)
    assert len(set(fingerprints(first))) == len(fingerprints(first))
    draft = workdir / "draft.md"
    text = draft.read_text(encoding="utf-8")
    title = text.index("# The people")  # below the front matter
    draft.write_text(text[:title] + "# A new title\n\nAn added paragraph.\n\n" + text[title:], encoding="utf-8")
    _, moved = sarif(capsys, "draft.md")
    assert fingerprints(moved) == fingerprints(first)
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in moved["runs"][0]["results"]] == [
        r["locations"][0]["physicalLocation"]["region"]["startLine"] + 4 for r in first["runs"][0]["results"]]


def test_identical_findings_get_distinct_fingerprints(workdir, capsys):
    (workdir / "twice.md").write_text(UNSOURCED + "\n" + UNSOURCED, encoding="utf-8")
    _, log = sarif(capsys, "twice.md")
    prints = fingerprints(log)
    assert len(prints) == 2 and prints[0] != prints[1]


def test_sarif_file_beside_another_format(workdir, capsys):
    code = main(["check", "--claims", CLAIMS, "--format", "github", "--sarif-file", "out/factlint.sarif", "draft.md"])
    assert code == 2  # the folder does not exist: a clear error, not a traceback
    assert "out/factlint.sarif" in capsys.readouterr().err
    code = main(["check", "--claims", CLAIMS, "--format", "github", "--sarif-file", "factlint.sarif", "draft.md"])
    out = capsys.readouterr().out
    assert code == 1 and out.startswith("::")
    written = json.loads((workdir / "factlint.sarif").read_text(encoding="utf-8"))
    _, printed = sarif(capsys, "draft.md")
    assert written == printed
