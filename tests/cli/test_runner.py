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


def test_exit_zero_whatever_was_found_but_errors_stay_errors(workdir, capsys):
    from factlint.cli import main

    assert main(["check", "--claims", str(CLAIMS), "--exit-zero", "bad.md"]) == 0
    assert "unsourced" in capsys.readouterr().out  # reported all the same
    assert main(["check", "--claims", str(CLAIMS), "--exit-zero", "missing.md"]) == 2
    assert "missing.md: no such file or folder" in capsys.readouterr().err
    (workdir / "latin1.md").write_bytes(b"Caf\xe9 prices rose 5%.\n")  # an unreadable draft: the exit code is 2
    assert main(["check", "--claims", str(CLAIMS), "--exit-zero", "bad.md", "latin1.md"]) == 2
    assert "latin1.md:1: not valid utf-8" in capsys.readouterr().err


def test_config_names_exactly_one_file_whose_folder_anchors_the_project(workdir, capsys):
    import shutil

    (workdir / "factlint.toml").write_text('claims = "nowhere"\n', encoding="utf-8")  # found, but not used
    shutil.copytree(CLAIMS, workdir / "ci/claims")
    shutil.copytree(ROOT / "seeds", workdir / "ci/seeds")  # source paths are relative to the project root: ci/
    (workdir / "ci/lenient.toml").write_text('fail_on = ["conflicting"]\n', encoding="utf-8")
    code = run_check(CheckOptions(fmt="json", paths=("bad.md",), config=Path("ci/lenient.toml")))
    doc = json.loads(capsys.readouterr().out)
    assert (code, doc["summary"]["unsourced"]) == (0, 1)  # unsourced does not fail under that config
    # Its folder is the project root outside a git repository: a registry above it is out of bounds.
    (workdir / "ci/up.toml").write_text('claims = "../registry"\n', encoding="utf-8")
    shutil.copytree(CLAIMS, workdir / "registry")
    with pytest.raises(FactlintError, match=r"up\.toml:1: claims = '\.\./registry' leads outside the project root"):
        run_check(CheckOptions(fmt="json", paths=("bad.md",), config=Path("ci/up.toml")))


@pytest.mark.parametrize("name, text, message", [
    ("ci.toml", None, "--config ci.toml: no such file"),
    ("pyproject.toml", "[project]\nname = 'x'\n", "--config pyproject.toml: no [tool.factlint] table in it"),
    ("ci.toml", "claims = [\n", "ci.toml: malformed TOML"),
])
def test_config_errors(workdir, capsys, name, text, message):
    from factlint.cli import main

    if text is not None:
        (workdir / name).write_text(text, encoding="utf-8")
    assert main(["check", "--claims", str(CLAIMS), "--config", name, "ok.md"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_stdin_filename_gives_the_draft_its_type_and_name(workdir, capsys, monkeypatch):
    import io
    import sys

    text = "Spent `€12,000` on it.\n"  # a code span in Markdown, a figure in plain text

    def stdin_check(name: str, *paths: str) -> dict:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        return check(capsys, paths=paths, stdin_filename=name)[1]

    assert stdin_check("notes/draft.md", "-")["summary"]["figures"] == 0
    doc = stdin_check("notes/draft.txt", "-")
    assert [(f["path"], f["status"]) for f in doc["findings"]] == [("notes/draft.txt", "unsourced")]
    # As ruff: a name for standard input and no PATH reads standard input.
    assert stdin_check("notes/draft.txt")["findings"][0]["path"] == "notes/draft.txt"


def test_stdin_filename_of_an_excluded_file_with_force_exclude(workdir, capsys, monkeypatch):
    import io
    import sys

    (workdir / "factlint.toml").write_text('exclude = ["archive"]\n', encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(UNSOURCED.encode())))
    code = run_check(CheckOptions(claims=CLAIMS, fmt="json", paths=("-",), stdin_filename="archive/old.md", force_exclude=True))
    assert (code, json.loads(capsys.readouterr().out)["summary"]["files"]) == (0, 0)


def test_stdin_filename_reads_a_docx_from_standard_input(workdir, capsys, monkeypatch):
    import io
    import sys

    import docx

    document = docx.Document()
    document.add_paragraph("Intro.")
    document.add_paragraph(UNSOURCED.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(buffer.getvalue())))
    _, doc = check(capsys, paths=("-",), stdin_filename="notes/report.docx")
    assert [(f["path"], f["line"], f["status"]) for f in doc["findings"]] == [("notes/report.docx", 2, "unsourced")]
