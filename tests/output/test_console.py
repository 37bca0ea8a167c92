"""The console: NO_COLOR and --no-color honoured, colours from the theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.cli import main
from factlint.output.console import STYLES
from factlint.statuses import PROBLEMS, STATUSES

CLAIMS = str(Path(__file__).resolve().parents[2] / "claims")
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


@pytest.mark.parametrize("env, flags, colored", [
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1"}, ["--no-color"], False),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "1", "NO_COLOR": ""}, [], False),  # NO_COLOR set at all, whatever its value
])
def test_no_color(tmp_path, monkeypatch, capsys, env, flags, colored):
    monkeypatch.delenv("NO_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "draft.md").write_text(UNSOURCED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "--claims", CLAIMS, *flags, "draft.md"])
    out = capsys.readouterr().out
    assert "unsourced" in out
    assert ("\x1b[" in out) is colored


def test_every_status_has_its_style_in_the_theme():
    assert all(STYLES[s.style] == s.colour for s in STATUSES + PROBLEMS)
