"""What every check format shares: paths relative to the working directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.cli import main
from factlint.output.formats import CHECK_FORMATS

CLAIMS = str(Path(__file__).resolve().parents[2] / "claims")
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


@pytest.mark.parametrize("fmt", CHECK_FORMATS)
def test_paths_relative_to_the_working_directory(tmp_path, monkeypatch, capsys, fmt):
    (tmp_path / "docs").mkdir()
    draft = tmp_path / "docs/draft.md"
    draft.write_text(UNSOURCED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "--claims", CLAIMS, "--format", fmt, str(draft)])
    out = capsys.readouterr().out
    assert "docs/draft.md" in out and str(tmp_path) not in out.replace(tmp_path.as_uri(), "")
