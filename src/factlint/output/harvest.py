"""`factlint claims harvest`: what it proposed, on standard error (standard output holds the TOML)."""

from __future__ import annotations

from pathlib import Path

from factlint.output.console import console, plural, safe
from factlint.registry.harvest import Harvest


def print_harvest_summary(found: Harvest, written: Path | None = None) -> None:
    """The number of candidates and new sources, where they went, and each figure no quote pinned down."""
    from rich.text import Text

    con = console(stderr=True)
    where = f", appended to {safe(str(written))}" if written is not None else ""
    con.print(Text(f"{plural(len(found.claims), 'candidate claim')}, {plural(len(found.sources), 'new source')}"
                   f"{where}", style="factlint.note"))
    for item in found.skipped:
        con.print(Text(f"  no quote pins down the figure at {safe(item)}", style="factlint.warning"))
