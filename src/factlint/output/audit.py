"""`factlint claims audit`: the registry's findings as text or JSON, each with the claims it involves."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factlint.output.claims import pointer
from factlint.output.console import console, plural, safe
from factlint.output.json import source_json
from factlint.registry.audit import KINDS, AuditFinding
from factlint.registry.load import Claim, Registry

VERSION = 1


def _claim_ref(registry: Registry, claim: Claim) -> dict[str, Any]:
    source = registry.sources[claim.source]
    return {"id": claim.id, "defined_in": claim.defined_in, "defined_line": claim.defined_line,
            "figure": claim.figure_text, "statement": claim.statement,
            "source": source_json(source, claim)}


def audit_json(registry: Registry, found: Sequence[AuditFinding]) -> str:
    """`factlint claims audit --format json`: every finding with each claim it involves."""
    counts = {k: sum(f.kind == k for f in found) for k in KINDS}
    doc = {"version": VERSION,
           "findings": [{"kind": f.kind, "message": f.message, "score": f.score,
                         "claims": [_claim_ref(registry, c) for c in f.claims]} for f in found],
           "summary": {"claims": len(registry.claims), "findings": len(found), **counts}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def print_audit_text(registry: Registry, found: Sequence[AuditFinding], no_color: bool = False) -> None:
    """Each finding on a line, then each claim it involves: definition and source pointer."""
    from rich.text import Text

    con = console(no_color=no_color)
    for f in found:
        style = "factlint.audit.disagreement" if f.kind == "disagreement" else "factlint.audit.finding"
        head = Text(f"{f.kind:<17}", style=style)
        head.append(f"  {safe(f.message)}")
        con.print(head)
        for c in f.claims:
            row = Text(f"  {safe(c.id)}", style="factlint.id")
            row.append(f"  {safe(c.defined_in)}:{c.defined_line}", style="factlint.pointer")
            row.append(f"  → {safe(pointer(registry, c))}", style="factlint.pointer")
            con.print(row)
    con.print(Text(f"{plural(len(found), 'finding')} in {plural(len(registry.claims), 'claim')}",
                   style="factlint.summary"))
