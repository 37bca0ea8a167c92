"""`[tool.factlint]` / factlint.toml keys: validation with hints, and flags over config."""

from __future__ import annotations

import pytest

from factlint.cli import main
from projects import SUPPORTED, UNSOURCED, make_project, run_json, write


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
    ('baseline = 3\n', "baseline must be a file name"),
    ('severity = "loud"\n', "severity must be a table of status = severity"),
    ('severity = { unsorced = "error" }\n', "'unsorced' is not a status; did you mean 'unsourced'?"),
    ('severity = { unsourced = "loud" }\n', "unsourced = 'loud' is not one of error, warning, information, hint, off"),
    ('[severity]\nunsourced = "loud"\n', "severity must be a table of status = severity"),  # its header's line
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
