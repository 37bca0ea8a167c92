"""The project the server checks in: found as `factlint check` finds it, its errors placed in the file to fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factlint.lsp.project import set_up

ROOT = Path(__file__).resolve().parents[2]
SURVEY = "Our reader survey found that 35% of respondents had never heard of click work.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "project"
    shutil.copytree(ROOT / "claims", root / "claims")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    return root


def test_the_registry_and_config_are_found_from_the_workspace_folder(project):
    (project / "factlint.toml").write_text('baseline = "base.json"\nexclude = ["drafts/old"]\n', encoding="utf-8")
    setup = set_up(project / "claims" / "..")  # resolved, as the CLI resolves its working directory
    assert setup.errors == ()
    setup = set_up(project)
    assert setup.engine is not None and setup.claims_dir == project / "claims"
    assert setup.baseline == project / "base.json"
    assert setup.checks(project / "draft.md") and setup.checks(None)
    # Never drafts: the registry's sources, its folder, what the config excludes.
    assert not setup.checks(project / "seeds/004_29fe0d7601c600d6.txt")
    assert not setup.checks(project / "claims/notes.md") and not setup.checks(project / "drafts/old/a.md")


def test_a_registry_error_is_placed_in_its_file_and_line(project):
    (project / "claims/bad.toml").write_text('[[claim]]\nid = "x"\nsource = "nowhere"\nquote = "q"\n'
                                             'statement = "s"\n', encoding="utf-8")
    setup = set_up(project)
    assert setup.engine is None
    assert [(e.path, e.line) for e in setup.errors] == [(project / "claims/bad.toml", 3), (project / "claims/bad.toml", 4)]
    assert "nowhere" in setup.errors[0].message and "no figure" in setup.errors[1].message
    assert setup.affects(project / "claims/bad.toml") and setup.affects(project / "factlint.toml")


def test_a_config_error_is_placed_in_the_config_file(project):
    (project / "factlint.toml").write_text('claims = "claims"\nfail-on = ["unsourced"]\n', encoding="utf-8")
    [error] = set_up(project).errors
    assert error.path == project / "factlint.toml" and error.line == 2 and "did you mean 'fail_on'?" in error.message


def test_no_registry_is_an_error_without_a_file(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    [error] = set_up(tmp_path).errors
    assert error.path is None and error.message.startswith("no registry found")


def test_what_a_change_touches(project):
    setup = set_up(project)
    assert setup.affects(project / "claims/new/more.toml")
    assert setup.affects(project / "seeds/004_29fe0d7601c600d6.txt")  # a source the registry names
    assert not setup.affects(project / "draft.md") and not setup.affects(project / "seeds/unnamed.txt")
    assert "**/*.toml" in setup.watched() and "**/004_29fe0d7601c600d6.txt" in setup.watched()


def test_the_baseline_leaves_out_what_it_holds(project):
    (project / "factlint.toml").write_text('baseline = "base.json"\n', encoding="utf-8")
    setup = set_up(project)
    [f] = setup.check(SURVEY, project / "draft.md").findings
    setup.add_to_baseline(f)
    again = set_up(project)
    found = again.check(SURVEY, project / "draft.md")
    assert again.new_only(found).findings == [] and found.findings == [f]  # still there to hover on
    assert again.new_only(again.check(SURVEY, project / "other.md")).findings[0].status == "unsourced"


def test_a_check_stops_when_its_text_is_stale(project):
    assert set_up(project).check(SURVEY * 3, project / "d.md", stale=lambda: True) is None
