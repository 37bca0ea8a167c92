"""Which files are checked: the default globs, include and exclude relative to the config, --force-exclude."""

from __future__ import annotations

import pytest

from factlint.project.selection import glob_match
from projects import PAY_CLAIMS, PAY_SOURCE, SUPPORTED, UNSOURCED, make_project, run_json, write


DEFAULT_TREE = {
    "README.md": True, "notes.txt": True, "docs/guide.markdown": True, "docs/deep/more.md": True,
    "docs/picture.png": False, "script.py": False, "seeds/other.md": False, "claims/notes.md": False,
    ".git/info.md": False, ".venv/lib/readme.md": False, "venv/x.txt": False, "node_modules/pkg/README.md": False,
}


def test_no_path_checks_markdown_and_text_below_the_working_directory(tmp_path, monkeypatch, capsys):
    make_project(tmp_path)
    for rel in DEFAULT_TREE:
        write(tmp_path, rel, UNSOURCED)
    monkeypatch.chdir(tmp_path)
    _, doc = run_json(capsys)
    assert sorted({f["path"] for f in doc["findings"]}) == sorted(p for p, ok in DEFAULT_TREE.items() if ok)


def test_sources_outside_seeds_are_left_out_too(tmp_path, monkeypatch, capsys):
    make_project(tmp_path)
    write(tmp_path, "sources/pay.md", PAY_SOURCE)
    (tmp_path / "claims/pay.toml").write_text(PAY_CLAIMS.replace("seeds/pay.txt", "sources/pay.md"))
    write(tmp_path, "draft.md", UNSOURCED)
    monkeypatch.chdir(tmp_path)
    _, doc = run_json(capsys)
    assert {f["path"] for f in doc["findings"]} == {"draft.md"}


def test_include_and_exclude_globs_relative_to_the_config(tmp_path, monkeypatch, capsys):
    config = '[tool.factlint]\ninclude = ["docs/**/*.md", "*.txt"]\nexclude = ["docs/old", "*.draft.md"]\n'
    make_project(tmp_path, config, "pyproject.toml")
    files = {"README.md": False, "notes.txt": True, "docs/a.md": True, "docs/x/b.md": True, "docs/old/c.md": False,
             "docs/x/d.draft.md": False, "docs/x/e.txt": True}
    for rel in files:
        write(tmp_path, rel, UNSOURCED)
    monkeypatch.chdir(tmp_path / "docs")  # globs stay relative to the config's folder; paths to the working dir
    _, doc = run_json(capsys)
    assert sorted({f["path"] for f in doc["findings"]}) == ["a.md", "x/b.md", "x/e.txt"]
    monkeypatch.chdir(tmp_path)
    _, doc = run_json(capsys)
    assert sorted({f["path"] for f in doc["findings"]}) == sorted(p for p, ok in files.items() if ok)


def test_force_exclude_keeps_excluded_files_out_when_named(tmp_path, monkeypatch, capsys):
    make_project(tmp_path, 'exclude = ["legacy/**"]\n')
    write(tmp_path, "legacy/old.md", UNSOURCED)
    write(tmp_path, "new.md", SUPPORTED)
    monkeypatch.chdir(tmp_path)
    code, doc = run_json(capsys, "legacy/old.md", "new.md")
    assert code == 1 and {f["path"] for f in doc["findings"]} == {"legacy/old.md", "new.md"}
    code, doc = run_json(capsys, "--force-exclude", "legacy/old.md", "new.md")
    assert code == 0 and {f["path"] for f in doc["findings"]} == {"new.md"}
    # Every named file excluded: nothing is checked (not the whole tree), exit 0.
    code, doc = run_json(capsys, "--force-exclude", "legacy/old.md")
    assert code == 0 and doc["findings"] == [] and doc["summary"]["files"] == 0


def test_excluded_folder_named_explicitly_is_still_walked_for_its_included_files(tmp_path, monkeypatch, capsys):
    make_project(tmp_path, 'exclude = ["drafts/private"]\n')
    write(tmp_path, "drafts/a.md", UNSOURCED)
    write(tmp_path, "drafts/private/b.md", UNSOURCED)
    monkeypatch.chdir(tmp_path)
    _, doc = run_json(capsys, "drafts")
    assert {f["path"] for f in doc["findings"]} == {"drafts/a.md"}


@pytest.mark.parametrize("pattern, path, hit", [
    ("*.md", "a.md", True), ("*.md", "x/y/a.md", True), ("*.md", "a.txt", False),
    ("docs/*.md", "docs/a.md", True), ("docs/*.md", "docs/x/a.md", False), ("docs/**/*.md", "docs/x/a.md", True),
    ("docs/**/*.md", "docs/a.md", True), ("docs/**", "docs/x/y", True), ("/docs/*.md", "docs/a.md", True),
    ("a?.md", "ab.md", True), ("a?.md", "a/.md", False), ("[ab].md", "b.md", True), ("[!ab].md", "b.md", False),
    ("node_modules", "x/node_modules", True), ("*.egg-info", "src/pkg.egg-info", True),
])
def test_glob_match(pattern, path, hit):
    assert glob_match(pattern, path) is hit


# --- globs read without a backtracking regex (issue 15) ---------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factlint.project.selection import GlobError, check_glob  # noqa: E402


@settings(max_examples=300)
@given(st.text(alphabet="ab*?.", max_size=8), st.text(alphabet="ab.", max_size=10))
def test_a_name_matches_a_glob_as_fnmatch_reads_it(pattern, name):
    import fnmatch

    assert glob_match(pattern, name) == fnmatch.fnmatchcase(name, pattern)


def test_many_stars_against_a_long_name_take_no_time():
    # Issue 15: "*a*a*a*a*a*a*a*a*a*a*c.md" against a long name took 32 s as a regex.
    import time

    start = time.process_time()
    assert not glob_match("*a" * 10 + "*c.md", "a" * 5000)
    assert not glob_match("**/" * 10 + "*a" * 10 + "*c.md", "/".join(["aaaa"] * 200))
    assert time.process_time() - start < 1.0  # was tens of seconds; a loose bound


def test_a_glob_that_cannot_be_read_is_an_error():
    try:
        check_glob("[z-a].md")
    except GlobError as err:
        assert "[z-a]" in str(err)
    else:
        raise AssertionError("no error")
    assert not glob_match("[z-a].md", "b.md")
