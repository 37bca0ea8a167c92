"""`--format junit`: JUnit XML valid against the schema Jenkins reads, a test case per figure, failing as the check fails."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = xmlschema.XMLSchema(Path(__file__).parents[1] / "data/junit-10.xsd")
CLAIMS = str(ROOT / "claims")
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n"
SUPPORTED = "Data labelers are paid as little as $1.46 an hour after tax.\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


def junit(capsys, *args: str) -> tuple[int, str]:
    code = main(["check", "--claims", CLAIMS, "--format", "junit", *args])
    return code, capsys.readouterr().out


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "examples/draft.md", tmp_path / "draft.md")
    return tmp_path


def test_valid_against_jenkins_schema(workdir, capsys):
    (workdir / "cites.md").write_text("Figures [@no-such-source].\n", encoding="utf-8")
    code, out = junit(capsys, "draft.md", "cites.md")
    SCHEMA.validate(out)  # raises with the first difference
    assert code == 1 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_a_suite_per_draft_a_case_per_figure(workdir, capsys):
    (workdir / "a.md").write_text(CONFLICT + "\n" + SUPPORTED + "\n" + UNSOURCED + "Cited [@ghost].\n",
                                  encoding="utf-8")
    code, out = junit(capsys, "a.md")
    [suite] = ET.fromstring(out).findall("testsuite")
    assert (suite.get("name"), suite.get("file")) == ("a.md", "a.md")
    cases = suite.findall("testcase")
    # Three figures and the unknown citation key; the supported figure passes, the rest fail.
    assert [c.get("name") for c in cases] == ["1:37 $1.64 an hour (conflicting)", "3:37 $1.46 an hour (supported)",
                                              "5:20 €12,000 (unsourced)", "6:7 unknown citation"]
    failures = [c.find("failure") for c in cases]
    assert [f.get("type") if f is not None else None for f in failures] == [
        "conflicting", None, "unsourced", "unknown-citation"]
    assert (suite.get("tests"), suite.get("failures")) == ("4", "3")
    assert "a.md:1:37:" in failures[0].text and "click-workers-hourly-pay" in failures[0].text
    assert all(c.get("classname") == "a.md" for c in cases)
    assert code == 1


def test_statuses_that_do_not_fail_pass(workdir, capsys):
    (workdir / "a.md").write_text(CONFLICT + "\n" + UNSOURCED, encoding="utf-8")
    code, out = junit(capsys, "--fail-on", "conflicting", "a.md")
    suite = ET.fromstring(out).find("testsuite")
    assert suite.get("failures") == "1"
    unsourced = suite.findall("testcase")[1]
    assert unsourced.find("failure") is None and "unsourced" in unsourced.find("system-out").text
    assert code == 1


def test_markup_and_control_characters_cannot_break_the_xml(workdir, capsys):
    name = 'a <b>&"\x1b[31m\ufffe.md'  # markup, a terminal escape and a character XML 1.0 cannot hold at all
    (workdir / name).write_text("Cited [@ghost] <b>&amp;</b>.\n" + UNSOURCED, encoding="utf-8")
    code, out = junit(capsys, name)
    SCHEMA.validate(out)
    suite = ET.fromstring(out).find("testsuite")
    assert suite.get("name") == 'a <b>&"\\x1b[31m\\ufffe.md'  # escaped visibly, then XML-escaped, read back
    assert "\x1b" not in out and "\ufffe" not in out
    assert code == 1


def test_no_draft_is_an_empty_but_valid_report(workdir, capsys):
    (workdir / "empty.md").write_text("Nothing to count here.\n", encoding="utf-8")
    code, out = junit(capsys, "empty.md")
    SCHEMA.validate(out)
    assert ET.fromstring(out).find("testsuite").get("tests") == "0" and code == 0
