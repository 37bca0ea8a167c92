"""Diagnostics: severity per status (the status table's, or the config's), the status as code."""

from __future__ import annotations

import shutil
from pathlib import Path

from lsprotocol import types

from factlint.lsp.diagnostics import draft_diagnostics
from factlint.lsp.positions import Lines
from factlint.lsp.project import set_up

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("The Philippine government estimates that more than 2 million people in the country do this click work.\n"
        "Our reader survey found that 35% of respondents had never heard of click work.\n")


def diagnostics(tmp_path: Path, config: str) -> dict[str, types.DiagnosticSeverity]:
    root = tmp_path / "p"
    shutil.copytree(ROOT / "claims", root / "claims")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "factlint.toml").write_text(config, encoding="utf-8")
    setup = set_up(root)
    found = setup.check(TEXT, root / "d.md")
    return {str(d.code): d.severity for d in draft_diagnostics(found, Lines(TEXT), setup)}


def test_by_default_only_what_needs_attention(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    assert diagnostics(tmp_path, "") == {"unsourced": types.DiagnosticSeverity.Warning}


def test_the_config_sets_each_statuss_severity(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    found = diagnostics(tmp_path, '[severity]\nsupported = "hint"\nunsourced = "error"\n')
    assert found == {"supported": types.DiagnosticSeverity.Hint, "unsourced": types.DiagnosticSeverity.Error}
    assert diagnostics(tmp_path / "2", '[severity]\nunsourced = "off"\n') == {}
