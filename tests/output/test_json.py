"""`--format json` (SPEC §7): files in the order named, problems after the summary."""

from __future__ import annotations

import json
from pathlib import Path

from factlint.cli import main

CLAIMS = Path(__file__).resolve().parents[2] / "claims"


def test_json_report_keeps_the_order_named(drafts, capsys) -> None:
    main(["check", "--claims", str(CLAIMS), "--format", "json", "sub/c.md", "a.md"])
    doc = json.loads(capsys.readouterr().out)
    assert list(dict.fromkeys(f["path"] for f in doc["findings"])) == ["sub/c.md", "a.md"]
    assert [p["path"] for p in doc["problems"]] == ["sub/c.md", "a.md"]
    assert doc["summary"]["files"] == 2 and doc["summary"]["problems"] == 2
