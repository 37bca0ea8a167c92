"""The project root, defined once: git work tree top, else the anchor; the registry and writes stay inside it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.errors import FactlintError
from factlint.project.config import find_claims_dir
from factlint.project.root import git_top, project_root, write_target
from tests.project.projects import PAY_CLAIMS, PAY_SOURCE, make_project


def test_the_root_is_the_top_of_the_git_work_tree(tmp_path):
    (tmp_path / "repo/.git").mkdir(parents=True)
    (tmp_path / "repo/docs/deep").mkdir(parents=True)
    assert git_top(tmp_path / "repo/docs/deep") == tmp_path / "repo"
    assert project_root(tmp_path / "repo/docs") == tmp_path / "repo"


def test_a_worktree_or_submodule_has_a_git_file(tmp_path):
    (tmp_path / "wt/sub").mkdir(parents=True)
    (tmp_path / "wt/.git").write_text("gitdir: /elsewhere/.git/worktrees/wt\n", encoding="utf-8")
    assert project_root(tmp_path / "wt/sub") == tmp_path / "wt"


def test_outside_git_the_anchor_is_the_root(tmp_path):
    (tmp_path / "a/b").mkdir(parents=True)
    assert git_top(tmp_path / "a/b") is None
    assert project_root(tmp_path / "a/b") == tmp_path / "a/b"


def test_a_config_below_the_repository_top_may_name_a_registry_beside_it(tmp_path, capsys, monkeypatch):
    # Issue 15, item 7: `docs/factlint.toml` with claims = "../registry" failed with a message about links.
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "seeds").mkdir()
    (repo / "registry").mkdir()
    (repo / "docs").mkdir()
    (repo / "seeds/pay.txt").write_text(PAY_SOURCE, encoding="utf-8")
    (repo / "registry/pay.toml").write_text(PAY_CLAIMS, encoding="utf-8")
    (repo / "docs/factlint.toml").write_text('claims = "../registry"\n', encoding="utf-8")
    assert find_claims_dir(None, repo / "docs") == (repo / "registry", repo)
    monkeypatch.chdir(repo / "docs")
    assert main(["claims", "verify"]) == 0
    assert "registry OK: 1 claims from 1 sources" in capsys.readouterr().out


@pytest.mark.parametrize("claims", ["/usr", "../../", "/"])
def test_a_configured_registry_outside_the_root_is_one_line_not_a_walk(tmp_path, capsys, monkeypatch, claims):
    # Issue 15, item 7: claims = "/usr" walked the whole file system and printed every .toml path.
    root = make_project(tmp_path / "proj", config=f'lang = "en"\nclaims = "{claims}"\n')
    (root / ".git").mkdir()
    monkeypatch.chdir(root)
    started = time.process_time()
    code = main(["claims", "verify"])
    err = capsys.readouterr().err
    assert code == 2 and time.process_time() - started < 5
    assert err.strip().splitlines() == [
        f"factlint: error: {root / 'factlint.toml'}:2: claims = {claims!r} leads outside the project root {root}; "
        "name a registry outside the project with --claims"]


def test_a_claims_folder_linked_out_of_the_project_is_refused(tmp_path, capsys, monkeypatch):
    root = tmp_path / "proj"
    (root / ".git").mkdir(parents=True)
    (root / "claims").symlink_to("/")
    monkeypatch.chdir(root)
    for args in (["claims", "verify"], ["check", "d.md"]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.strip().splitlines() == [
            f"factlint: error: {root / 'claims'}: the registry folder leads outside the project root {root}"]


def test_a_registry_named_on_the_command_line_may_lie_anywhere(tmp_path, capsys, monkeypatch):
    elsewhere = make_project(tmp_path / "shared-registry")
    here = tmp_path / "proj"
    (here / ".git").mkdir(parents=True)
    monkeypatch.chdir(here)
    assert main(["claims", "verify", "--claims", str(elsewhere / "claims")]) == 0
    assert find_claims_dir(elsewhere / "claims", here) == (elsewhere / "claims", elsewhere)


def test_writing_through_a_link_in_the_project_writes_the_linked_file(tmp_path):
    (tmp_path / "real.toml").write_text("# real\n", encoding="utf-8")
    (tmp_path / "link.toml").symlink_to("real.toml")
    assert write_target(tmp_path / "link.toml", tmp_path) == tmp_path / "real.toml"
    assert write_target(tmp_path / "real.toml", tmp_path) == tmp_path / "real.toml"


def test_writing_through_a_link_out_of_the_project_is_refused(tmp_path):
    (tmp_path / "proj").mkdir()
    (tmp_path / "secret.toml").write_text("token = 'x'\n", encoding="utf-8")
    (tmp_path / "proj/link.toml").symlink_to(tmp_path / "secret.toml")
    with pytest.raises(FactlintError, match="a symbolic link to a file outside the project root"):
        write_target(tmp_path / "proj/link.toml", tmp_path / "proj")


def test_harvest_write_through_a_link(tmp_path, capsys, monkeypatch):
    # Issue 15, item 8: --write through a link replaced it with a copy of the linked file plus the harvest.
    root = make_project(tmp_path / "proj")
    (root / ".git").mkdir()
    (root / "seeds/a.txt").write_text("Acme paid its 40 welders 17 euros an hour in 2021.\n", encoding="utf-8")
    secret = tmp_path / "secret.toml"
    secret.write_text("# a file outside the project\n", encoding="utf-8")
    (root / "drafts").mkdir()
    (root / "drafts/out.toml").symlink_to(secret)  # a registry file linked out is refused by the load
    (root / "claims/real.toml").write_text("# harvested\n", encoding="utf-8")
    (root / "claims/in.toml").symlink_to("real.toml")
    monkeypatch.chdir(root)
    assert main(["claims", "harvest", "--write", "drafts/out.toml", "seeds/a.txt"]) == 2
    assert "drafts/out.toml: a symbolic link to a file outside the project root" in capsys.readouterr().err
    assert os.path.islink(root / "drafts/out.toml") and secret.read_text() == "# a file outside the project\n"
    assert main(["claims", "harvest", "--write", "claims/in.toml", "seeds/a.txt"]) == 0
    assert os.path.islink(root / "claims/in.toml")
    assert "seeds/a.txt" in (root / "claims/real.toml").read_text(encoding="utf-8")


def test_update_baseline_through_a_link_out_of_the_project_is_refused(tmp_path, capsys, monkeypatch):
    root = make_project(tmp_path / "proj")
    (root / ".git").mkdir()
    (root / "d.md").write_text("Our office has 12 plants.\n", encoding="utf-8")
    keys = tmp_path / "authorized_keys"
    keys.write_text("ssh-ed25519 AAAA\n", encoding="utf-8")
    (root / "baseline.json").symlink_to(keys)
    monkeypatch.chdir(root)
    assert main(["check", "--baseline", "baseline.json", "--update-baseline", "d.md"]) == 2
    assert "baseline.json: a symbolic link to a file outside the project root" in capsys.readouterr().err
    assert keys.read_text() == "ssh-ed25519 AAAA\n" and Path(root / "baseline.json").is_symlink()


@pytest.mark.parametrize("baseline", ["/dev/zero", "/etc/passwd", "../outside.json"])
def test_a_configured_baseline_outside_the_root_is_one_line(tmp_path, capsys, monkeypatch, baseline):
    # The review: baseline = "/dev/zero" in a repository's config ran out of memory, "/dev/stdin" hung,
    # "/etc/passwd" was read, and "../outside.json" written with --update-baseline.
    root = make_project(tmp_path / "proj", config=f'baseline = "{baseline}"\n')
    (root / ".git").mkdir()
    (root / "d.md").write_text("Our office has 12 plants.\n", encoding="utf-8")
    monkeypatch.chdir(root)
    for args in (["check", "d.md"], ["check", "--update-baseline", "d.md"]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.strip().splitlines() == [
            f"factlint: error: {root / 'factlint.toml'}:1: baseline = {baseline!r} leads outside the project root "
            f"{root}; name a baseline outside the project with --baseline"]
    assert not (tmp_path / "outside.json").exists()


def test_a_configured_baseline_that_is_no_file_is_refused(tmp_path, capsys, monkeypatch):
    root = make_project(tmp_path / "proj", config='baseline = "base"\n')
    (root / "base").mkdir()
    monkeypatch.chdir(root)
    assert main(["check", "README.md"]) == 2
    assert "baseline = 'base' is not a regular file" in capsys.readouterr().err
