"""`[tool.factlint]` / factlint.toml keys: validation with hints, flags over config, and which files are checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.cli import main

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
SUPPORTED = "Click workers are paid as little as $1.46 an hour after tax.\n"
UNSOURCED = "Our office has 12 plants.\n"


def make_project(root: Path, config: str | None = None, config_name: str = "factlint.toml") -> Path:
    """A project with a one-claim registry (claims/, seeds/) and, optionally, a config file."""
    (root / "seeds").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "seeds/pay.txt").write_text(PAY_SOURCE, encoding="utf-8")
    (root / "claims/pay.toml").write_text(PAY_CLAIMS, encoding="utf-8")
    if config is not None:
        (root / config_name).write_text(config, encoding="utf-8")
    return root


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name, text, line, hint", [
    ("factlint.toml", 'claims = "claims"\nfail-on = ["unsourced"]\n', 2, "did you mean 'fail_on'?"),
    ("factlint.toml", "tolerence = 0.1\n", 1, "did you mean 'tolerance'?"),
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.factlint]\nclaims = "claims"\nexlude = ["a"]\n', 6,
     "did you mean 'exclude'?"),
    ("pyproject.toml", '[tool.factlint]\nshow-supported = true\n\n[tool.other]\nexlude = 1\n', 2,
     "did you mean 'show_supported'?"),
    ("factlint.toml", "colour = true\n", 1, "known keys: claims, include"),
])
def test_unknown_key_is_an_error_naming_file_line_and_a_hint(tmp_path, monkeypatch, capsys, name, text, line, hint):
    make_project(tmp_path, text, name)
    write(tmp_path, "draft.md", SUPPORTED)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "draft.md"]) == 2
    err = capsys.readouterr().err
    assert f"{name}:{line}:" in err and "unknown key" in err and hint in err
    assert "Traceback" not in err


@pytest.mark.parametrize("text, message", [
    ('fail_on = ["unsourced", "wrong"]\n', "fail_on must be a list of statuses"),
    ('fail_on = 3\n', "fail_on must be a list of statuses"),
    ('tolerance = "5%"\n', "tolerance must be a number"),
    ('tolerance = 1.5\n', "tolerance must be a number"),
    ('lang = "fr"\n', "lang must be one of en, nl"),
    ('include = "*.md"\n', "include must be a list of glob patterns"),
    ('exclude = [1]\n', "exclude must be a list of glob patterns"),
    ('show_supported = "yes"\n', "show_supported must be true or false"),
])
def test_bad_values_are_errors(tmp_path, monkeypatch, capsys, text, message):
    make_project(tmp_path, "# settings\n\n" + text)
    write(tmp_path, "draft.md", SUPPORTED)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "draft.md"]) == 2
    err = capsys.readouterr().err
    assert "factlint.toml:3:" in err and message in err


@pytest.mark.parametrize("config, flag, code", [
    (None, None, 1),                                   # default: unsourced fails
    ('fail_on = ["conflicting"]\n', None, 0),          # config: only conflicting fails
    ('fail_on = "conflicting, miscited"\n', None, 0),  # config: comma-separated string
    ('fail_on = ["conflicting"]\n', "unsourced", 1),   # flag over config
    (None, "conflicting,miscited", 0),                 # flag: comma-separated list
    (None, "supported", 1),
])
def test_fail_on_from_config_and_flag(tmp_path, monkeypatch, capsys, config, flag, code):
    make_project(tmp_path, config)
    write(tmp_path, "draft.md", SUPPORTED + "\n" + UNSOURCED)
    monkeypatch.chdir(tmp_path)
    args = ["--fail-on", flag] if flag else []
    assert run_json(capsys, *args, "draft.md")[0] == code


def test_bad_fail_on_flag_has_a_hint(tmp_path, monkeypatch, capsys):
    make_project(tmp_path)
    write(tmp_path, "draft.md", SUPPORTED)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--fail-on", "unsorced", "draft.md"]) == 2
    assert "did you mean 'unsourced'?" in capsys.readouterr().err


@pytest.mark.parametrize("config, flags, status", [
    (None, [], "supported"),                            # default 5%: $1.52 is about $1.46
    ("tolerance = 0.01\n", [], "conflicting"),
    ("tolerance = 0.01\n", ["--tolerance", "0.05"], "supported"),
    (None, ["--tolerance", "0.01"], "conflicting"),
])
def test_tolerance_from_config_and_flag(tmp_path, monkeypatch, capsys, config, flags, status):
    make_project(tmp_path, config)
    write(tmp_path, "draft.md", "Click workers are paid about $1.52 an hour after tax.\n")
    monkeypatch.chdir(tmp_path)
    _, doc = run_json(capsys, *flags, "draft.md")
    assert [f["status"] for f in doc["findings"]] == [status]


@pytest.mark.parametrize("config, flags, low", [
    (None, [], 12),
    ('lang = "nl"\n', [], 12000),
    ('lang = "nl"\n', ["--lang", "en"], 12),
])
def test_lang_from_config_and_flag(tmp_path, monkeypatch, capsys, config, flags, low):
    make_project(tmp_path, config)
    write(tmp_path, "draft.md", "There are 12.000 workers.\n")
    monkeypatch.chdir(tmp_path)
    _, doc = run_json(capsys, *flags, "draft.md")
    assert [f["figure"]["low"] for f in doc["findings"]] == [low]


@pytest.mark.parametrize("config, flags, shown", [
    (None, [], False),
    ("show_supported = true\n", [], True),
    ("show_supported = true\n", ["--hide-supported"], False),
    (None, ["--show-supported"], True),
])
def test_show_supported_from_config_and_flag(tmp_path, monkeypatch, capsys, config, flags, shown):
    make_project(tmp_path, config)
    write(tmp_path, "draft.md", SUPPORTED)
    monkeypatch.chdir(tmp_path)
    main(["check", *flags, "draft.md"])
    assert ("supported    \"$1.46 an hour\"" in capsys.readouterr().out) is shown


def test_claims_from_config_and_flag(tmp_path, monkeypatch, capsys):
    make_project(tmp_path, 'claims = "nowhere"\n')
    write(tmp_path, "draft.md", SUPPORTED)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "draft.md"]) == 2
    assert "no such folder" in capsys.readouterr().err
    code, doc = run_json(capsys, "--claims", "claims", "draft.md")
    assert code == 0 and doc["findings"][0]["status"] == "supported"


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
    from factlint.project.config import glob_match

    assert glob_match(pattern, path) is hit
