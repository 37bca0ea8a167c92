"""`factlint claims list` and `claims show`: the registry's claims as a table, one claim in full."""

from __future__ import annotations

from factlint.extract import Figure
from factlint.output.console import console, plural, safe
from factlint.registry.load import Claim, Registry
from factlint.registry.model import pointer as source_pointer
from factlint.lang.gazetteer import gazetteer


def pointer(registry: Registry, claim: Claim) -> str:
    """Where the claim's quote starts: source path and line (a PDF's page and line on it)."""
    return source_pointer(registry.sources[claim.source], claim)


def figure_detail(fig: Figure) -> str:
    """A figure read back in words: kind, value, unit, period, qualifier."""
    value = f"{fig.low:g}" if fig.low == fig.high else f"{fig.low:g}–{fig.high:g}"
    parts = [fig.kind, value] + [v for v in (fig.unit, f"per {fig.per}" if fig.per else None) if v]
    if fig.qualifier != "exact":
        parts.append(fig.qualifier)
    return " ".join(parts)


def print_claims_table(registry: Registry, no_color: bool = False) -> None:
    """Every claim of the registry: id, figure and source pointer, as a table."""
    from rich.table import Table
    from rich.text import Text

    con = console(no_color=no_color)
    table = Table(show_header=True, header_style="factlint.heading", box=None, pad_edge=False)
    # An id is a name to copy: never broken across lines; the figure column wraps at words instead.
    width = max((len(safe(c.id)) for c in registry.claims), default=2)
    table.add_column("id", no_wrap=True, min_width=width)
    table.add_column("figure", style="factlint.figure", min_width=16)
    table.add_column("source", style="factlint.pointer", no_wrap=True)
    for claim in registry.claims:
        table.add_row(Text(safe(claim.id)), Text(safe(claim.figure_text)), Text(safe(pointer(registry, claim))))
    # Never narrower than the table's natural width: a narrow terminal wraps the lines itself, and no id,
    # figure or pointer is cut or dropped.
    from rich.measure import Measurement

    con.width = max(con.width, Measurement.get(con, con.options.update(width=10**4), table).maximum)
    con.print(table)
    con.print(Text(f"{plural(len(registry.claims), 'claim')} from {plural(len(registry.sources), 'source')}",
                   style="factlint.note"))


def claims_json(registry: Registry) -> str:
    """`claims list --format json`: every claim with its figure, quote and pointer, one JSON document."""
    import json

    def claim_json(c: Claim) -> dict:
        source = registry.sources[c.source]
        return {"id": c.id, "statement": c.statement, "figure_text": c.figure_text, "figure": c.figure.as_json(),
                "quote": c.quote, "source": {"id": source.id, "path": source.path, "line": c.line,
                                             "column": c.column},
                "keywords": list(c.keywords), "places": list(c.places), "organisations": list(c.organisations)}

    doc = {"version": 1, "claims": [claim_json(c) for c in registry.claims],
           "summary": {"claims": len(registry.claims), "sources": len(registry.sources)}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def source_excerpt(line: str, start: int, end: int, width: int = 100) -> tuple[str, int, int]:
    """A window of a long source line around [start, end), with the quote's offsets in the window."""
    lo = max(0, start - width)
    hi = min(len(line), max(end, start) + width)
    prefix = "…" if lo > 0 else ""
    text = prefix + line[lo:hi] + ("…" if hi < len(line) else "")
    return text, start - lo + len(prefix), min(end, hi) - lo + len(prefix)


def print_claim(registry: Registry, claim: Claim, no_color: bool = False) -> None:
    """One claim: statement, figure, quote with its pointer, and the source line itself."""
    from rich.text import Text

    con = console(no_color=no_color)
    source = registry.sources[claim.source]
    con.print(Text(safe(claim.id), style="factlint.id"))

    def field(name: str, value: str, style: str = "") -> None:
        row = Text(f"  {name:<10} ", style="factlint.field")
        row.append(safe(value), style=style)
        con.print(row)

    field("statement", claim.statement)
    field("figure", f"{claim.figure_text}  ({figure_detail(claim.figure)})", "factlint.figure")
    field("quote", f'"{claim.quote}"')
    field("source", f"{source.id}" + (f" — {source.title}" if source.title else ""))
    field("at", f"{source_pointer(source, claim)}:{claim.column}")
    if claim.keywords:
        field("keywords", ", ".join(claim.keywords))
    if claim.places:
        field("places", ", ".join(gazetteer().name(code) for code in claim.places))
    if claim.organisations:
        field("organisations", ", ".join(claim.organisations))
    line = registry.source_line(claim)
    if line:
        # Mark the quote on its first line; it ends there or runs on to a later line.
        end = claim.end_column - 1 if claim.end_line == claim.line else len(line)
        excerpt, lo, hi = source_excerpt(line, claim.column - 1, end)
        shown = Text(f"  {claim.line:>5} │ ", style="factlint.field")
        body = Text(safe(excerpt[:lo]))
        body.append(safe(excerpt[lo:hi]), style="factlint.quote")
        body.append(safe(excerpt[hi:]))
        shown.append_text(body)
        con.print(shown)
