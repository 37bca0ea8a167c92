"""Code actions: which are offered for which finding, and the edits they make."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.check.draft import check_draft
from factlint.lsp.actions import ADD_TO_BASELINE, code_actions
from factlint.lsp.positions import Lines
from factlint.registry.cache import prepared
from editor import apply

ROOT = Path(__file__).resolve().parents[2]
URI = "file:///draft.md"


@pytest.fixture(scope="module")
def engine():
    return prepared(ROOT / "claims", ROOT)


def actions(engine, text: str, baseline: bool = True) -> dict[str, object]:
    found = check_draft(text, engine, path="draft.md", explain=True)
    out = code_actions(URI, text, Lines(text), [*found.findings, *found.problems], "en", baseline)
    return {a.title: a for a in out}


def test_a_miscited_figure_cites_the_source_that_backs_it(engine):
    text = ("Data labelers recruited from impoverished populations are paid as little as $1.46 an hour after tax "
            "[@casilli-interview].\n")
    cite = actions(engine, text)["Cite [@ai-labour-debate] instead of @casilli-interview"]
    fixed = apply(text, cite.edit.changes[URI])
    assert fixed.endswith("after tax [@ai-labour-debate].\n")
    assert check_draft(fixed, engine, path="d.md").findings[0].status == "supported"


def test_the_baseline_action_names_the_finding_and_needs_a_baseline(engine):
    text = "Our reader survey found that 35% of respondents had never heard of click work.\n"
    add = actions(engine, text)["Add this unsourced finding to the baseline"]
    assert add.command.command == ADD_TO_BASELINE and add.command.arguments == [URI, 1, 30, "unsourced"]
    assert not any("baseline" in title for title in actions(engine, text, baseline=False))


@pytest.mark.parametrize(("title", "comment"), [
    ("Disable factlint for this line", "<!-- factlint-disable-line -->"),
    ("Disable unsourced for this line", "<!-- factlint-disable-line unsourced -->"),  # that status only
])
def test_disable_for_this_line_silences_the_line(engine, title, comment):
    text = "Our reader survey found that 35% of respondents had never heard of click work.\nNext line.\n"
    disable = actions(engine, text)[title]
    fixed = apply(text, disable.edit.changes[URI])
    assert fixed.splitlines()[0].endswith(f"click work. {comment}")
    assert check_draft(fixed, engine, path="d.md").findings == []


def test_a_supported_figure_has_no_action(engine):
    text = "The Philippine government estimates that more than 2 million people in the country do this click work.\n"
    assert actions(engine, text) == {}
