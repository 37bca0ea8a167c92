"""The in-memory entry point: a text and a prepared registry in, the findings every report is written from out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from factlint.check.draft import check_draft, figures_draft
from factlint.documents import PLAIN
from factlint.check.engine import Engine
from factlint.cli import main
from factlint.output.json import figure_json, finding_json, problem_json
from factlint.registry import load_registry
from factlint.registry.cache import prepared

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "examples/draft.md").read_text(encoding="utf-8")
CITES = "Workers are paid $1.46 an hour [@ghost], and 75% of them say so [@nope].\n"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return prepared(ROOT / "claims", ROOT)


def cli_json(tmp_path: Path, monkeypatch, capsys, command: str, text: str) -> dict:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(text, encoding="utf-8")
    args = ["--claims", str(ROOT / "claims"), "--show-supported"] if command == "check" else []
    main([command, "--format", "json", *args, "draft.md"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("text", [EXAMPLE, CITES], ids=["example", "citations"])
def test_check_draft_gives_what_the_command_line_reports(engine, tmp_path, monkeypatch, capsys, text):
    found = check_draft(text, engine, path="draft.md")
    doc = cli_json(tmp_path, monkeypatch, capsys, "check", text)
    assert [finding_json(f) for f in found.findings] == doc["findings"]
    assert [problem_json(p) for p in found.problems] == doc.get("problems", [])


def test_lazy_findings_are_made_as_they_are_read_and_the_same(engine):
    lazy = check_draft(EXAMPLE, engine, path="d.md", lazy=True)
    assert isinstance(lazy.findings, Iterator)
    assert lazy.materialized() == check_draft(EXAMPLE, engine, path="d.md")


def test_figures_draft_gives_what_the_command_line_reports(tmp_path, monkeypatch, capsys):
    found = figures_draft(EXAMPLE, path="draft.md")
    doc = cli_json(tmp_path, monkeypatch, capsys, "figures", EXAMPLE)
    assert [figure_json(f) for f in found.findings] == doc["findings"] and found.problems == []
    assert all(f.status is None for f in figures_draft(EXAMPLE, path="d.md").findings)


def test_plain_text_is_not_read_as_markdown(engine):
    text = "Pay: `$5 an hour`. Workers are paid $1.46 an hour [@ghost].\n"  # a code span, in Markdown
    assert [f.text for f in figures_draft(text, path="d.md").findings] == ["$1.46 an hour"]
    assert [f.text for f in figures_draft(text, path="d.txt", form=PLAIN).findings] == ["$5 an hour",
                                                                                          "$1.46 an hour"]
    assert check_draft(text, engine, path="d.md").problems[0].message.startswith("unknown citation key @ghost")


SILENCED = """Data labelers are paid as little as $1.64 an hour. <!-- factlint-disable-line conflicting -->

Our office has 12 plants. <!-- factlint-disable-line conflicting -->

<!-- factlint-disable-next-line unsourced -->
Our office has 13 plants and data labelers are paid as little as $1.64 an hour.

<!-- factlint-disable unsourced, miscited -->
Our office has 14 plants.
<!-- factlint-enable unsourced -->

Our office has 15 plants. <!-- factlint-disable-line unsorced -->
"""


def test_only_the_named_statuses_are_silenced():
    engine = Engine.build(load_registry(ROOT / "claims", ROOT))  # issue 17: such comments were ignored
    found = check_draft(SILENCED, engine, path="d.md")
    assert [(f.line, f.text, f.status) for f in found.findings] == [
        (3, "12", "unsourced"),  # silenced for conflicting only
        (6, "$1.64 an hour", "conflicting"),  # the next line silenced for unsourced only
        (12, "15", "unsourced"),  # a comment naming no status it knows silences nothing
    ]
    assert [(w.line, w.message.split(" in ")[0]) for w in found.warnings] == [(12, "unknown status 'unsorced'")]
    assert found.problems == []
