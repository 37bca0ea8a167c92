"""The Python API (`import factlint`): every public name used as the README shows it, the README's example run
as written, reports identical to the command line's, a registry that pickles, and exports loaded lazily."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

import factlint
from factlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SUPPORTED = "Data labelers are paid as little as $1.46 an hour after tax."


@pytest.fixture(scope="module")
def registry():
    return factlint.Registry.load(ROOT / "claims")


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```python\n", text.index("## Python API")) + len("```python\n")
    return text[start:text.index("\n```", start)]


def test_the_readme_example_runs_as_written(in_project, capsys):
    exec(compile(readme_example(), "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "draft.md 1 37 supported click-workers-hourly-pay"
    lines = [json.loads(line) for line in out[1:] if line.startswith("{")]
    assert lines[0]["path"] == "draft.md" and lines[0]["status"] == "supported"
    assert {line["path"] for line in lines} == {"draft.md", "examples/draft.md"}
    assert out[-1] == "[150000000.0]"


def test_the_readme_names_every_public_name():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Python API"):text.index("\n## ", text.index("## Python API") + 1)]
    for name in factlint.__all__:
        if name != "__version__":
            assert re.search(rf"\b{name}\b", section), name


def test_load_finds_the_registry_as_the_command_line_does(in_project):
    found = factlint.Registry.load()
    named = factlint.Registry.load("claims", cache=False)
    assert found.folder == named.folder == ROOT / "claims"
    assert [c.id for c in found.claims] == [c.id for c in named.claims] and len(found.claims) > 20
    assert isinstance(found.claims[0], factlint.Claim)
    assert isinstance(found.sources["ai-labour-debate"], factlint.Source)
    assert factlint.Registry.load(cwd=ROOT / "examples").folder == ROOT / "claims"


def test_load_of_a_missing_or_invalid_registry_is_a_factlint_error(tmp_path):
    with pytest.raises(factlint.FactlintError, match="no such folder"):
        factlint.Registry.load(tmp_path / "nowhere")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bad.toml").write_text('[[claim]]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(factlint.FactlintError) as err:
        factlint.Registry.load(tmp_path / "claims")
    assert "bad.toml" in " ".join([err.value.message, *err.value.details])


def test_check_gives_typed_findings_and_problems(registry):
    result = registry.check(SUPPORTED + "\n\nA report [@ghost] says 40% of them.\n", path="draft.md")
    assert isinstance(result, factlint.FileFindings) and result.path == "draft.md"
    first, second = result.findings
    assert isinstance(first, factlint.Finding) and isinstance(first.figure, factlint.Figure)
    assert (first.line, first.column, first.end_column, first.text) == (1, 37, 50, "$1.46 an hour")
    assert first.status == "supported" and first.claim.id == "click-workers-hourly-pay"
    assert first.source.id == "ai-labour-debate" and isinstance(first.kind, factlint.Status)
    assert second.status == "unsourced" and second.claim is None
    [problem] = result.problems
    assert isinstance(problem, factlint.Problem) and problem.name == "unknown-citation" and problem.line == 3


def test_check_options_change_what_is_checked(registry):
    text = "Data labelers are paid about $1.40 an hour after tax.\n"  # within 5% of $1.46
    assert registry.check(text).findings[0].status == "supported"
    assert registry.check(text, tolerance=0.0).findings[0].status == "conflicting"
    assert registry.check("`$1.46 an hour`\n").findings == []  # a code span is no figure in Markdown
    assert len(registry.check("`$1.46 an hour`\n", format="plain").findings) == 1
    assert registry.check(SUPPORTED).findings[0].explanation is None
    explained = registry.check(SUPPORTED, explain=True).findings[0].explanation
    assert "click-workers-hourly-pay" in [c.claim.id for c in explained]
    lazy = registry.check(SUPPORTED, lazy=True)
    assert not isinstance(lazy.findings, list) and list(lazy.findings) == registry.check(SUPPORTED).findings


def test_check_file_reads_a_draft_and_names_it(registry, in_project, tmp_path):
    result = registry.check_file("examples/draft.md")
    assert result.path == "examples/draft.md" and len(list(result.findings)) == 10
    (tmp_path / "bin.md").write_bytes(b"\x00\x01 $5")
    with pytest.raises(factlint.FactlintError, match="binary file"):
        registry.check_file(tmp_path / "bin.md")
    (tmp_path / "latin.md").write_bytes(b"caf\xe9 costs 3 euros\n")
    with pytest.raises(factlint.FactlintError, match="not valid utf-8"):
        registry.check_file(tmp_path / "latin.md")
    assert registry.check_file(tmp_path / "latin.md", encoding="latin-1").findings[0].text == "3 euros"


def test_figures_reads_without_matching():
    result = factlint.figures("Between 150 million and 430 million people earn €90–100 a month.", path="a.md")
    assert [(f.figure.low, f.figure.high, f.figure.kind) for f in result.findings] == [
        (150e6, 430e6, "count"), (90, 100, "money")]
    assert all(f.status is None for f in result.findings)


@pytest.mark.parametrize("fmt", factlint.FORMATS)
def test_render_is_the_command_lines_report(registry, in_project, capsys, fmt):
    code = main(["check", "--claims", "claims", "--format", fmt, "--no-color", "examples/draft.md"])
    printed = capsys.readouterr().out
    assert code == 1
    # The HTML report explains every figure, as the command line does for it.
    assert factlint.render([registry.check_file("examples/draft.md", explain=fmt == "html")], fmt) == printed


def test_render_shows_supported_figures_when_asked(registry):
    result = registry.check(SUPPORTED, path="a.md")
    assert factlint.render([result]).splitlines() == [
        "1 figure in 1 file: 1 supported, 0 conflicting, 0 unsourced, 0 miscited"]
    assert factlint.render([result], show_supported=True).startswith("a.md:1:37  supported")
    with pytest.raises(factlint.FactlintError, match="'xml' is not one of"):
        factlint.render([result], "xml")


def test_a_registry_pickles_for_ones_own_workers(registry):
    copy = pickle.loads(pickle.dumps(registry))
    text = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    assert copy.folder == registry.folder
    assert copy.check(text, path="d.md").findings == registry.check(text, path="d.md").findings


def test_import_factlint_loads_nothing_until_a_name_is_used():
    code = ("import sys, factlint; print(sorted(m for m in sys.modules if m.startswith('factlint')));"
            "factlint.Registry; print('factlint.api' in sys.modules, 'factlint.Registry' in dir(factlint) or "
            "'Registry' in dir(factlint))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["['factlint']", "True True"]
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        factlint.Nothing  # noqa: B018
