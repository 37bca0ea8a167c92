"""The hover's Markdown: every piece of draft, registry and source text shown as written, never as markup."""

from __future__ import annotations

from pathlib import Path

from factlint.check.draft import check_draft
from factlint.lsp.hover import escape, hover_markdown
from factlint.registry.cache import prepared

ROOT = Path(__file__).resolve().parents[2]


def test_hostile_text_is_shown_not_rendered():
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) **b** \x1b[31m"
    shown = escape(hostile)
    assert "<" not in shown and "&lt;script\\>" in shown and "&lt;img src=x onerror=alert\\(1\\)" in shown
    assert "\\[click\\]\\(javascript:alert\\(1\\)\\)" in shown and "\\*\\*b\\*\\*" in shown
    assert "\x1b" not in shown and "x1b" in shown


def test_a_hover_holds_status_claim_quote_pointer_and_explanation():
    engine = prepared(ROOT / "claims", ROOT)
    text = "Data labelers recruited from impoverished populations are paid as little as $1.64 an hour after tax.\n"
    [f] = check_draft(text, engine, path="d.md", explain=True).findings
    shown = hover_markdown(f)
    assert shown.startswith("**conflicting**")
    assert "**Claim** click\\-workers\\-hourly\\-pay: Exploited AI data workers" in shown
    assert "`seeds/004_29fe0d7601c600d6.txt:8`" in shown and "> paid as little as $1\\.46/hour after tax" in shown
    assert "**Why** the claim matches in context" in shown and "click-workers-hourly-pay: found" in shown
