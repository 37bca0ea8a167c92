"""`run_check` takes one CheckOptions: flags over the config, usage errors in order, the exit code."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from factlint.cli.options import CheckOptions
from factlint.cli.runner import run_check
from factlint.errors import FactlintError
from factlint.output.formats import CHECK_FORMATS

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "claims"
SUPPORTED = "Data labelers are paid as little as $1.46 an hour after tax.\n"
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.md").write_text(SUPPORTED, encoding="utf-8")
    (tmp_path / "bad.md").write_text(UNSOURCED, encoding="utf-8")
    return tmp_path


def check(capsys, **given) -> tuple[int, dict]:
    code = run_check(CheckOptions(claims=CLAIMS, fmt="json", **given))
    return code, json.loads(capsys.readouterr().out)


def test_options_are_a_frozen_value():
    options = CheckOptions(paths=("a.md",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.fmt = "json"  # type: ignore[misc]
    assert CheckOptions() == CheckOptions(paths=(), fmt=None, output=None, jobs=1)  # format: from --output, else text


@pytest.mark.parametrize("given, code", [
    ({"paths": ("ok.md",)}, 0),
    ({"paths": ("ok.md", "bad.md")}, 1),
    ({"paths": ("ok.md", "bad.md"), "fail_on": "conflicting"}, 0),
    ({"paths": ("ok.md", "bad.md"), "update_baseline": True, "baseline": Path("b.json")}, 0),
])
def test_exit_code(workdir, capsys, given, code):
    assert run_check(CheckOptions(claims=CLAIMS, fmt="json", **given)) == code
    capsys.readouterr()


def test_no_paths_checks_the_working_directory(workdir, capsys):
    _, doc = check(capsys)
    assert doc["summary"]["files"] == 2


def test_flags_over_the_config(workdir, capsys):
    (workdir / "factlint.toml").write_text(f'claims = "{CLAIMS}"\nshow_supported = true\nfail_on = ["conflicting"]\n',
                                           encoding="utf-8")
    code, doc = check(capsys, paths=("ok.md", "bad.md"))
    assert code == 0
    code, doc = check(capsys, paths=("ok.md", "bad.md"), fail_on="unsourced")
    assert code == 1


@pytest.mark.parametrize("given, message", [
    ({"fmt": "xml", "lang": "de", "jobs": -1}, f"--format: 'xml' is not one of {', '.join(CHECK_FORMATS)}"),
    ({"update_baseline": True, "lang": "de"}, "--update-baseline needs --baseline FILE"),
    ({"jobs": -1, "lang": "de"}, "--jobs: -1 is not 0"),
    ({"fail_on": "supportd", "lang": "de"}, "--fail-on: 'supportd' is not a status; did you mean 'supported'?"),
    ({"lang": "de", "tolerance": 2.0}, "--lang: 'de' is not one of en, nl"),
    ({"tolerance": 2.0}, "--tolerance: 2.0 is not from 0 up to 1"),
])
def test_usage_errors_in_the_order_of_the_flags(workdir, given, message):
    options = dataclasses.replace(CheckOptions(claims=CLAIMS, paths=("ok.md",)), **given)
    with pytest.raises(FactlintError) as err:
        run_check(options)
    assert err.value.message.startswith(message)
