"""`--diff REF`: only figures on lines changed since a git revision, read from a real git repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.project.gitdiff import parse_diff

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
UNSOURCED = "Our newsroom spent €{} on translation last year.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.mark.parametrize("diff, expected", [
    ("+++ b/a.md\n@@ -3,0 +4,2 @@\n+x\n+y\n", {"a.md": [(4, 5)]}),
    ("+++ b/a.md\n@@ -3 +3 @@\n-x\n+y\n", {"a.md": [(3, 3)]}),  # a count left out is 1
    ("+++ b/a.md\n@@ -3,2 +2,0 @@\n-x\n-y\n", {"a.md": []}),  # a deletion leaves no changed line
    ("+++ b/a.md\n@@ -9 +9 @@\n+z\n@@ -1 +1,2 @@\n+x\n", {"a.md": [(1, 2), (9, 9)]}),
    ('+++ "b/chapter one/na\\303\\257ve \\"q\\".md"\t\n@@ -0,0 +1 @@\n+x\n', {'chapter one/naïve "q".md': [(1, 1)]}),
    ("+++ b/chapter one.md\t\n@@ -0,0 +1 @@\n+x\n", {"chapter one.md": [(1, 1)]}),  # a space: git adds a tab
    ("--- a/gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n", {}),
    ("+++ b/a.md\n@@ -1 +1 @@\n++++ b/not-a-header.md\n", {"a.md": [(1, 1)]}),  # an added line that looks like one
])
def test_parse_diff(diff, expected):
    assert parse_diff(diff.encode().split(b"\n")) == expected


@pytest.mark.parametrize("first, last, changed", [
    (1, 1, True), (3, 3, True), (4, 4, False), (9, 9, True), (8, 10, True), (5, 8, False), (2, 12, True), (11, 11, False),
])
def test_changed_spans(first, last, changed):
    from factlint.project.gitdiff import Changes

    changes = Changes("HEAD", {Path("/a.md"): [(1, 3), (9, 9)], Path("/new.md"): None})
    assert changes.changed(Path("/a.md"), first, last) is changed
    assert changes.changed(Path("/new.md"), first, last) and not changes.changed(Path("/b.md"), first, last)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A git repository with two committed drafts, each figure on a line of its own."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)
    repo = tmp_path / "repo"
    (repo / "book").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Writer")
    git(repo, "config", "user.email", "writer@example.com")
    git(repo, "config", "commit.gpgsign", "false")
    (repo / "book/one.md").write_text("".join(UNSOURCED.format(n) + "\n" for n in (100, 200, 300)), encoding="utf-8")
    (repo / "book/two.md").write_text(UNSOURCED.format(900), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first draft")
    monkeypatch.chdir(repo)
    return repo


def diff_check(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--claims", CLAIMS, "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def texts(doc: dict) -> list[tuple[str, int, str]]:
    return [(f["path"], f["line"], f["text"]) for f in doc["findings"]]


def test_only_lines_changed_since_the_revision(repo, capsys):
    one = repo / "book/one.md"
    one.write_text(one.read_text(encoding="utf-8").replace("€200", "€250") + "\n" + UNSOURCED.format(400),
                   encoding="utf-8")
    (repo / "book/new.md").write_text(UNSOURCED.format(500), encoding="utf-8")  # not tracked yet: all new
    code, doc = diff_check(capsys, "--diff", "HEAD", "book")
    assert texts(doc) == [("book/new.md", 1, "€500"), ("book/one.md", 3, "€250"), ("book/one.md", 8, "€400")]
    assert doc["summary"]["files"] == 2  # two.md has no changed line: not even read
    assert code == 1
    # Committed, then compared with the revision before: the same lines (new.md now tracked and added).
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "second draft")
    assert texts(diff_check(capsys, "--diff", "HEAD~1", "book")[1]) == texts(doc)
    assert diff_check(capsys, "--diff", "HEAD", "book") == (0, {
        "version": 1, "findings": [], "summary": {"files": 0, "figures": 0, "supported": 0, "conflicting": 0,
                                                   "unsourced": 0, "miscited": 0}})


def test_from_a_subfolder_with_spaces_and_accents(repo, capsys, monkeypatch):
    folder = repo / "book/part one"
    folder.mkdir()
    (folder / "naïve.md").write_text(UNSOURCED.format(1) + "\n" + UNSOURCED.format(2), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "part one")
    (folder / "naïve.md").write_text(UNSOURCED.format(1) + "\n" + UNSOURCED.format(3), encoding="utf-8")
    monkeypatch.chdir(folder)
    code, doc = diff_check(capsys, "--diff", "main~1", "naïve.md")
    assert texts(doc) == [("naïve.md", 1, "€1"), ("naïve.md", 3, "€3")]  # the file is new since main~1
    code, doc = diff_check(capsys, "--diff", "main", ".")
    assert texts(doc) == [("naïve.md", 3, "€3")] and code == 1


def test_standard_input_is_reported_whole(repo, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(UNSOURCED.format(7).encode())))
    _, doc = diff_check(capsys, "--diff", "HEAD", "--stdin-filename", "book/two.md", "-")
    assert texts(doc) == [("book/two.md", 1, "€7")]


@pytest.mark.parametrize("ref, message", [
    ("--output=/tmp/x", "--diff: '--output=/tmp/x' is not a git revision"),
    ("main;touch${IFS}x", "--diff main;touch${IFS}x: no such revision in this repository"),
    ("no-such-branch", "--diff no-such-branch: no such revision in this repository"),
    ("a b", "--diff: 'a b' is not a git revision"),
])
def test_a_bad_revision_is_one_line(repo, capsys, ref, message):
    assert main(["check", "--claims", CLAIMS, "--diff", ref, "book"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (repo / "x").exists() and not Path("/tmp/x").exists()


def test_outside_a_git_repository(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no repository above the test's folder counts
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(UNSOURCED.format(1), encoding="utf-8")
    assert main(["check", "--claims", CLAIMS, "--diff", "HEAD", "a.md"]) == 2
    err = capsys.readouterr().err
    assert f"--diff HEAD: {tmp_path.resolve()} is not in a git repository" in err
    assert len(err.strip().splitlines()) == 1


def test_the_repositorys_own_config_runs_nothing(repo, capsys):
    """A pull request can change .git/config's neighbours (.gitattributes) but not make factlint run a command."""
    for key, value in (("diff.external", "touch ext-ran"), ("diff.evil.textconv", "touch textconv-ran"),
                       ("core.fsmonitor", "touch fsmonitor-ran"), ("core.pager", "touch pager-ran"),
                       ("diff.noprefix", "true"), ("diff.interHunkContext", "9"), ("core.quotePath", "false")):
        git(repo, "config", key, value)
    (repo / ".gitattributes").write_text("*.md diff=evil\n", encoding="utf-8")
    one = repo / "book/one.md"
    one.write_text(one.read_text(encoding="utf-8").replace("€100", "€101").replace("€300", "€301"), encoding="utf-8")
    code, doc = diff_check(capsys, "--diff", "HEAD", "book")
    # Two hunks, not one (interHunkContext would join them over €200's line); paths with their b/ prefix.
    assert texts(doc) == [("book/one.md", 1, "€101"), ("book/one.md", 5, "€301")] and code == 1
    assert sorted(p.name for p in repo.iterdir()) == [".git", ".gitattributes", "book"]


def test_a_filter_driver_named_by_gitattributes_runs_nothing(repo, capsys):
    """The review: a filter driver in the runner's config (an LFS-style one), named by the pull request's
    .gitattributes, ran its clean command when git compared the working tree."""
    git(repo, "config", "filter.evil.clean", "touch clean-ran; cat")
    git(repo, "config", "filter.evil.process", "touch process-ran")
    git(repo, "config", "filter.evil.required", "true")
    (repo / ".gitattributes").write_text("*.md filter=evil\n", encoding="utf-8")
    one = repo / "book/one.md"
    one.write_text(one.read_text(encoding="utf-8").replace("€100", "€101"), encoding="utf-8")
    code, doc = diff_check(capsys, "--diff", "HEAD", "book")
    assert ("book/one.md", 1, "€101") in texts(doc)
    assert sorted(p.name for p in repo.iterdir()) == [".git", ".gitattributes", "book"]


def test_a_changed_draft_that_cannot_be_read_is_still_reported(repo, capsys):
    (repo / "book/two.md").write_bytes(b"Our newsroom spent \xff12 on it.\n")
    code = main(["check", "--claims", CLAIMS, "--format", "json", "--diff", "HEAD", "book"])
    captured = capsys.readouterr()
    assert [p["type"] for p in json.loads(captured.out)["problems"]] == ["unreadable"]
    assert code == 2 and "book/two.md:1:" in captured.err
