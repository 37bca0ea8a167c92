"""`--format github`: workflow commands GitHub Actions turns into annotations, escaped as Actions requires."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.output.github import escape_data, escape_property

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


def github(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["check", "--claims", CLAIMS, "--format", "github", *args])
    return code, capsys.readouterr().out.splitlines()


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "examples/draft.md", tmp_path / "draft.md")
    return tmp_path


@pytest.mark.parametrize("text, data, prop", [
    ("plain", "plain", "plain"),
    ("50% of 10", "50%25 of 10", "50%25 of 10"),
    ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("%0A", "%250A", "%250A"),  # already-escaped-looking text stays literal
    ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
])
def test_escaping(text, data, prop):
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_commands_per_status(workdir, capsys):
    code, lines = github(capsys, "draft.md")
    assert code == 1
    assert lines[0] == ("::error file=draft.md,line=15,col=77,endLine=15,endColumn=88,title=factlint%3A conflicting::"
                        + lines[0].split("::", 2)[2])
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == ["::error", "::error", "::warning", "::warning"]
    assert '"35%25" unsourced' in lines[2]  # the message's % escaped
    _, shown = github(capsys, "--show-supported", "draft.md")
    assert sum(line.startswith("::notice ") for line in shown) == 6


def test_file_names_and_messages_escaped(workdir, capsys):
    (workdir / "a,b:c%.md").write_text(UNSOURCED, encoding="utf-8")
    _, [line] = github(capsys, "a,b:c%.md")
    assert line.startswith("::warning file=a%2Cb%3Ac%25.md,line=1,col=20,")
    assert line.count("::") == 2


def test_unknown_citation_is_an_error(workdir, capsys):
    (workdir / "cites.md").write_text("No figure here [@ghost].\n", encoding="utf-8")
    code, [line] = github(capsys, "cites.md")
    assert code == 1 and line.startswith("::error file=cites.md,line=1,") and "@ghost" in line


@pytest.mark.parametrize("count, summary", [(10, False), (11, True)])
def test_summary_when_github_would_hide_annotations(workdir, capsys, count, summary):
    (workdir / "many.md").write_text("\n".join(f"Our office has {n + 3} plants." for n in range(count)) + "\n")
    _, lines = github(capsys, "many.md")
    assert sum(line.startswith("::warning ") for line in lines) == count
    tail = [line for line in lines if not line.startswith("::")]
    if summary:
        assert tail == [f"factlint: {count} warnings; GitHub shows only 10 annotations of each type per step, "
                        f"so 1 is only in this log (upload SARIF to see them all)"]
    else:
        assert tail == []
