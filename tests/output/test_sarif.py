"""`--format sarif`: SARIF 2.1.0 that validates against the official schema and that GitHub code scanning takes."""

from __future__ import annotations

import json
import re
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


def test_each_rule_links_to_its_readme_section_from_the_project_urls(workdir, capsys):
    import tomllib

    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    _, log = sarif(capsys, "--show-supported", "draft.md")
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        name = rule["id"].removeprefix("factlint/")
        assert rule["helpUri"] == urls["Documentation"].split("#")[0] + f"#status-{name}"
        assert f'<a id="status-{name}"></a>{name} |' in readme  # the anchor the link lands on


def test_the_readme_names_the_repository_the_urls_name():
    import tomllib

    from factlint.statuses import README_URL

    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    assert f"repo: {urls['Homepage']}\n" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert urls["Documentation"] == README_URL  # what SARIF and rdjson link to is what an editor links to


PAY_SOURCE = "A report.\n\nClick workers were paid as little as $1.46/hour after tax, the report found.\n"
PAY_CLAIMS = '''[[source]]
id = "pay-report"
path = "seeds/pay report.txt"
title = "Pay report"

[[claim]]
id = "hourly-pay"
source = "pay-report"
quote = "paid as little as $1.46/hour after tax"
statement = "Click workers are paid as little as $1.46 per hour after tax."
keywords = ["click workers", "wage"]
'''


def test_the_source_line_is_a_related_location(tmp_path, monkeypatch, capsys):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds/pay report.txt").write_text(PAY_SOURCE, encoding="utf-8")
    (tmp_path / "claims/pay.toml").write_text(PAY_CLAIMS, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/a.md").write_text("Click workers earn as little as $1.64 an hour after tax.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "docs")  # reports relative to docs/, the registry's paths to the project root
    assert main(["check", "--format", "sarif", "a.md"]) == 1
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    [related] = result["relatedLocations"]
    assert related["physicalLocation"] == {
        "artifactLocation": {"uri": (tmp_path / "seeds/pay report.txt").resolve().as_uri()},
        "region": {"startLine": 3, "startColumn": 20, "endLine": 3, "endColumn": 58}}
    assert related["message"]["text"] == 'Pay report: "paid as little as $1.46/hour after tax"'
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "sarif", "docs/a.md"]) == 1
    log = json.loads(capsys.readouterr().out)
    errors = sorted(Draft7Validator(SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0].message
    [related] = log["runs"][0]["results"][0]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"] == {"uri": "seeds/pay%20report.txt",
                                                               "uriBaseId": "%SRCROOT%"}


def test_automation_details_give_githubs_category(workdir, capsys):
    _, log = sarif(capsys, "draft.md")
    assert log["runs"][0]["automationDetails"] == {"id": "factlint/"}


def test_fingerprints_stable_across_a_reflowed_paragraph(workdir, capsys):
    draft = workdir / "para.md"
    words = ("Data labelers are paid as little as $1.64 an hour after tax. Our newsroom spent €12,000 on "
             "translation last year.").split(" ")
    draft.write_text(" ".join(words) + "\n", encoding="utf-8")
    _, one_line = sarif(capsys, "para.md")
    for width in (3, 8):  # wrapped every few words: the figure "$1.64 an hour" breaks across lines at both
        draft.write_text("\n".join(" ".join(words[i:i + width]) for i in range(0, len(words), width)) + "\n",
                         encoding="utf-8")
        _, wrapped = sarif(capsys, "para.md")
        assert fingerprints(wrapped) == fingerprints(one_line)
        assert [r["ruleId"] for r in wrapped["runs"][0]["results"]] == ["factlint/conflicting", "factlint/unsourced"]
    region = wrapped["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] < region["endLine"]  # the figure did break across lines


def test_most_severe_first_and_capped(workdir, capsys, monkeypatch):
    from factlint.output import sarif as sarif_module

    monkeypatch.setattr(sarif_module, "RESULT_LIMIT", 4)
    (workdir / "many.md").write_text((UNSOURCED + "\n") * 5 + (CONFLICT + "\n") * 3, encoding="utf-8")
    code = main(["check", "--claims", CLAIMS, "--format", "sarif", "many.md"])
    captured = capsys.readouterr()
    run = json.loads(captured.out)["runs"][0]
    assert [(r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run["results"]] == [
        ("error", 11), ("error", 13), ("error", 15), ("warning", 1)]
    assert run["properties"] == {"resultLimit": 4, "resultCount": 8, "resultsOmitted": 4,
                                 "resultsOmittedByLevel": {"warning": 4}}
    assert "SARIF holds the 4 most severe of 8 results" in captured.err and "left out: 4 warnings" in captured.err
    assert code == 1  # the cap shortens the log, not the check


def test_githubs_own_cap_of_25000(tmp_path):
    """A first run on a legacy manuscript: more results than GitHub takes in a run."""
    import dataclasses
    import io

    from factlint.check.draft import check_draft
    from factlint.check.findings import FileFindings
    from factlint.output.sarif import RESULT_LIMIT, write_check_sarif
    from factlint.registry.cache import prepared

    engine = prepared(ROOT / "claims", ROOT, use_cache=False)
    found = list(check_draft(CONFLICT + "\n" + UNSOURCED, engine, path="legacy.md").findings)
    conflict, unsourced = sorted(found, key=lambda f: f.status)
    lines = [dataclasses.replace(unsourced, line=n, end_line=n) for n in range(1, RESULT_LIMIT + 1)]
    lines += [dataclasses.replace(conflict, line=n, end_line=n) for n in range(RESULT_LIMIT + 1, RESULT_LIMIT + 11)]
    warned: list[str] = []
    out = io.StringIO()
    write_check_sarif([FileFindings("legacy.md", lines, [])], out, root=tmp_path, warn=warned.append)
    run = json.loads(out.getvalue())["runs"][0]
    assert RESULT_LIMIT == 25_000 and len(run["results"]) == 25_000
    assert [r["level"] for r in run["results"][:11]] == ["error"] * 10 + ["warning"]  # the 10 errors kept, first
    assert run["properties"]["resultsOmitted"] == 10 and run["properties"]["resultCount"] == 25_010
    assert warned == ["SARIF holds the 25,000 most severe of 25,010 results (GitHub code scanning takes at most "
                      "25,000 per run and shows 5,000); left out: 10 warnings"]


def test_a_pdf_sources_line_is_named_by_page_not_as_a_region(in_project, capsys):
    """A PDF's lines count on its pages: no SARIF region can point at them, so the message says page and line."""
    code = main(["check", "--claims", "examples/pdf/claims", "--format", "sarif", "examples/pdf/draft.md"])
    log = json.loads(capsys.readouterr().out)
    errors = sorted(Draft7Validator(SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0].message
    related = [r["relatedLocations"][0] for r in log["runs"][0]["results"] if "relatedLocations" in r]
    assert related and code == 1
    for location in related:
        assert location["physicalLocation"] == {"artifactLocation": {"uri": "examples/pdf/report.pdf",
                                                                     "uriBaseId": "%SRCROOT%"}}
        assert re.search(r"\(page \d+, line \d+\)$", location["message"]["text"])
