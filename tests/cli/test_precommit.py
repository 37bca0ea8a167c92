"""pre-commit: the published hook definition, and the real `pre-commit` tool rejecting a draft with an unsourced figure."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
FACTLINT = shutil.which("factlint", path=str(BIN)) or shutil.which("factlint")
PRE_COMMIT = shutil.which("pre-commit", path=str(BIN)) or shutil.which("pre-commit")

PAY_SOURCE = "Click workers were paid as little as $1.46/hour after tax, the report found.\n"
PAY_CLAIMS = '''[[source]]
id = "pay-report"
path = "seeds/pay.txt"

[[claim]]
id = "hourly-pay"
source = "pay-report"
quote = "paid as little as $1.46/hour after tax"
statement = "Click workers are paid as little as $1.46 per hour after tax."
keywords = ["click workers", "wage"]
'''


HOOKS = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def test_hook_definition():
    hook = HOOKS["factlint"]
    assert hook["id"] == "factlint" and hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["factlint", "check"] and "--force-exclude" in hook["entry"]
    assert hook["require_serial"] is True
    assert set(hook["types_or"]) == {"markdown", "plain-text"}


@pytest.mark.parametrize("name, hooked", [
    ("a.md", True), ("a.markdown", True), ("notes.txt", True), ("setup.py", False), ("data.json", False),
])
def test_hook_file_types(name, hooked):
    from identify.identify import tags_from_filename

    hook = HOOKS["factlint"]
    assert bool(tags_from_filename(name) & set(hook["types_or"])) is hooked


def git(repo: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not (FACTLINT and PRE_COMMIT and shutil.which("git")), reason="needs git, pre-commit, factlint")
def test_pre_commit_end_to_end(tmp_path):
    registry = tmp_path / "registry"
    (registry / "seeds").mkdir(parents=True)
    (registry / "claims").mkdir()
    (registry / "seeds/pay.txt").write_text(PAY_SOURCE, encoding="utf-8")
    (registry / "claims/pay.toml").write_text(PAY_CLAIMS, encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1"}
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    assert git(repo, "init", "-q", "-b", "main", env=env).returncode == 0
    git(repo, "config", "user.name", "Test Writer", env=env)
    git(repo, "config", "user.email", "writer@example.com", env=env)
    git(repo, "config", "commit.gpgsign", "false", env=env)
    (repo / "factlint.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [{
        "id": "factlint", "name": "factlint", "language": "system",
        "entry": f"{FACTLINT} check --force-exclude --claims {registry / 'claims'}",
        "types_or": ["markdown", "plain-text"], "require_serial": True}]}]}), encoding="utf-8")
    install = subprocess.run([PRE_COMMIT, "install"], cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert install.returncode == 0, install.stderr
    git(repo, "add", ".pre-commit-config.yaml", "factlint.toml", env=env)
    assert git(repo, "commit", "-q", "-m", "config", env=env).returncode == 0

    (repo / "bad.md").write_text("Our office has 12 plants.\n", encoding="utf-8")
    git(repo, "add", "bad.md", env=env)
    rejected = git(repo, "commit", "-m", "an unsourced figure", env=env)
    assert rejected.returncode != 0
    assert "bad.md:1:16" in rejected.stdout + rejected.stderr and "unsourced" in rejected.stdout + rejected.stderr
    git(repo, "rm", "-q", "--cached", "bad.md", env=env)

    (repo / "good.md").write_text("Click workers are paid as little as $1.46 an hour after tax.\n", encoding="utf-8")
    (repo / "archive").mkdir()
    (repo / "archive/old.md").write_text("Our office had 9 plants.\n", encoding="utf-8")  # excluded by config
    git(repo, "add", "good.md", "archive/old.md", env=env)
    accepted = git(repo, "commit", "-m", "a sourced figure", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "factlint" in accepted.stdout + accepted.stderr  # the hook ran (and passed)


def test_claims_hook_definition():
    hook = HOOKS["factlint-claims"]
    assert hook["entry"].split() == ["factlint", "claims", "verify", "--check-drafts"]
    assert hook["language"] == "python" and hook["pass_filenames"] is False and hook["require_serial"] is True


@pytest.mark.parametrize("name, hooked", [
    ("claims/pay.toml", True), ("docs/claims/more/pay.toml", True), ("seeds/report.txt", True),
    ("seeds/2024/report.html", True), ("factlint.toml", True), ("docs/factlint.toml", True),
    ("pyproject.toml", True), ("draft.md", False), ("claims/README.md", False), ("myclaims/pay.toml", False),
    ("src/seeds.py", False),
])
def test_claims_hook_files(name, hooked):
    import re

    assert bool(re.search(HOOKS["factlint-claims"]["files"], name)) is hooked  # pre-commit searches, as re.search


@pytest.mark.skipif(not (FACTLINT and PRE_COMMIT and shutil.which("git")), reason="needs git, pre-commit, factlint")
def test_claims_hook_end_to_end(tmp_path):
    """A registry change is verified, and re-checks a draft that was not staged."""
    repo = tmp_path / "repo"
    (repo / "seeds").mkdir(parents=True)
    (repo / "claims").mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1"}
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    assert git(repo, "init", "-q", "-b", "main", env=env).returncode == 0
    for key, value in (("user.name", "Test Writer"), ("user.email", "writer@example.com"), ("commit.gpgsign", "false")):
        git(repo, "config", key, value, env=env)
    hooks = []
    for hook_id in ("factlint", "factlint-claims"):
        hook = dict(HOOKS[hook_id], language="system")
        hook["entry"] = hook["entry"].replace("factlint", FACTLINT, 1)  # the installed script, nothing downloaded
        hook.pop("minimum_pre_commit_version")
        hooks.append(hook)
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}),
                                                  encoding="utf-8")
    (repo / "seeds/pay.txt").write_text(PAY_SOURCE, encoding="utf-8")
    (repo / "claims/pay.toml").write_text(PAY_CLAIMS, encoding="utf-8")
    (repo / "good.md").write_text("Click workers are paid as little as $1.46 an hour after tax.\n", encoding="utf-8")
    install = subprocess.run([PRE_COMMIT, "install"], cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert install.returncode == 0, install.stderr
    git(repo, "add", ".", env=env)
    first = git(repo, "commit", "-m", "a registry and a draft", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert re.search(r"factlint registry\.+Passed", first.stdout + first.stderr)

    # A quote its source does not hold: the registry error rejects the commit.
    (repo / "claims/pay.toml").write_text(PAY_CLAIMS.replace("$1.46/hour after tax", "$1.46/hour before tax"),
                                          encoding="utf-8")
    git(repo, "add", "claims/pay.toml", env=env)
    rejected = git(repo, "commit", "-m", "a misquote", env=env)
    assert rejected.returncode != 0
    said = rejected.stdout + rejected.stderr
    assert "hourly-pay" in said and "not found" in said

    # A source corrected to $1.64 with its claim: valid, but good.md (not staged) now conflicts with it.
    (repo / "seeds/pay.txt").write_text(PAY_SOURCE.replace("$1.46", "$1.64"), encoding="utf-8")
    (repo / "claims/pay.toml").write_text(PAY_CLAIMS.replace("$1.46", "$1.64"), encoding="utf-8")
    git(repo, "add", "seeds/pay.txt", "claims/pay.toml", env=env)
    rejected = git(repo, "commit", "-m", "a corrected source", env=env)
    assert rejected.returncode != 0
    said = rejected.stdout + rejected.stderr
    assert "registry OK" in said and "good.md:1:37" in said and "conflicting" in said

    # The draft corrected too: both hooks pass. A commit of drafts alone leaves the registry hook out.
    (repo / "good.md").write_text("Click workers are paid as little as $1.64 an hour after tax.\n", encoding="utf-8")
    git(repo, "add", ".", env=env)
    accepted = git(repo, "commit", "-m", "the draft follows its source", env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    (repo / "more.md").write_text("No figures here.\n", encoding="utf-8")
    git(repo, "add", "more.md", env=env)
    drafts_only = git(repo, "commit", "-m", "a draft", env=env)
    assert drafts_only.returncode == 0
    assert re.search(r"factlint registry\.+\(no files to check\)Skipped", drafts_only.stdout + drafts_only.stderr)
