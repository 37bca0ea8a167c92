"""`--format rdjson`: reviewdog's Diagnostic Format, valid against its schema, columns in UTF-8 bytes as its proto says."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from factlint.cli import main
from factlint.output.rdjson import byte_column
from factlint.statuses import anchor, BY_NAME

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((Path(__file__).parents[1] / "data/rdjson-DiagnosticResult.json").read_text(encoding="utf-8"))
CLAIMS = str(ROOT / "claims")
CONFLICT = "Data labelers are paid as little as $1.64 an hour after tax.\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


def rdjson(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--claims", CLAIMS, "--format", "rdjson", *args])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_valid_against_reviewdogs_schema(workdir, capsys):
    (workdir / "a.md").write_text(CONFLICT + "\n" + UNSOURCED + "Cited [@ghost].\n", encoding="utf-8")
    code, doc = rdjson(capsys, "a.md")
    errors = sorted(Draft4Validator(SCHEMA).iter_errors(doc), key=str)
    assert not errors, errors[0].message
    assert code == 1 and doc["source"]["name"] == "factlint"
    # The schema requires nothing; reviewdog's proto requires a range's start, and reads these fields.
    for d in doc["diagnostics"]:
        assert d["message"] and d["location"]["path"] == "a.md" and d["location"]["range"]["start"]["line"] >= 1
        assert d["severity"] in ("ERROR", "WARNING", "INFO")
    assert [(d["code"]["value"], d["severity"]) for d in doc["diagnostics"]] == [
        ("conflicting", "ERROR"), ("unsourced", "WARNING"), ("unknown-citation", "ERROR")]


def test_codes_link_to_the_readme_section(workdir, capsys):
    (workdir / "a.md").write_text(CONFLICT, encoding="utf-8")
    _, doc = rdjson(capsys, "a.md")
    [d] = doc["diagnostics"]
    assert d["code"]["url"].endswith("#" + anchor(BY_NAME["conflicting"]))


def test_columns_count_utf8_bytes(workdir, capsys):
    line = "Ça coûte — " + CONFLICT  # Ç, û: 2 bytes each; the dash 3
    (workdir / "naïve.md").write_text(line, encoding="utf-8")
    _, doc = rdjson(capsys, "naïve.md")
    [d] = doc["diagnostics"]
    start = line.index("$1.64")
    assert d["location"]["range"] == {
        "start": {"line": 1, "column": len(line[:start].encode()) + 1},
        "end": {"line": 1, "column": len(line[:start + len("$1.64 an hour")].encode()) + 1}}
    assert d["location"]["range"]["start"]["column"] == start + 1 + 4  # 4 bytes more than code points


def test_columns_in_bytes_for_standard_input_too(workdir, capsys, monkeypatch):
    line = "Ça coûte — " + CONFLICT
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
    _, doc = rdjson(capsys, "--stdin-filename", "docs/draft.md", "-")
    [d] = doc["diagnostics"]
    assert d["location"]["path"] == "docs/draft.md"
    assert d["location"]["range"]["start"]["column"] == len(line[:line.index("$1.64")].encode()) + 1


def test_a_figure_over_two_lines(workdir, capsys):
    (workdir / "a.md").write_text("Data labelers are paid as little as $1.64\nan hour after tax.\n", encoding="utf-8")
    _, doc = rdjson(capsys, "a.md")
    [d] = doc["diagnostics"]
    assert d["location"]["range"] == {"start": {"line": 1, "column": 37}, "end": {"line": 2, "column": 8}}
    assert '"$1.64 an hour"' in d["message"]  # the figure as one line of text


@pytest.mark.parametrize("line, column, expected", [("abc", 2, 2), ("a𐐀b", 3, 6), ("€5", 2, 4), ("", 1, 1)])
def test_byte_column(line, column, expected):
    assert byte_column(line, column) == expected  # the proto's own example: 'a𐐀b', b at byte column 6
