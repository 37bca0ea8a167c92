"""Rendering: findings and the registry as text (rich), JSON, SARIF and GitHub workflow commands.

Everything from drafts, sources and the registry is escaped before rich renders it.
"""

from __future__ import annotations

import json
import os
import sys

STATUS_STYLE = {"supported": "green", "conflicting": "red", "unsourced": "yellow", "miscited": "magenta"}


def console(stderr: bool = False, no_color: bool = False):
    """A rich console that honours NO_COLOR and --no-color."""
    from rich.console import Console

    no_color = no_color or "NO_COLOR" in os.environ
    return Console(stderr=stderr, no_color=no_color, highlight=False, emoji=False, markup=False,
                   soft_wrap=True, color_system=None if no_color else "auto")


def safe(text: str) -> str:
    """Text with control characters (terminal escapes) made visible, for terminal output."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" for c in text)


# --- figures --------------------------------------------------------------------------------------

def figure_json(f) -> dict:
    return {"path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line,
            "end_column": f.end_column, "text": f.text, "figure": f.figure.as_json()}


def print_figures_json(findings, files: int, out=None) -> None:
    doc = {"version": 1, "findings": [figure_json(f) for f in findings],
           "summary": {"files": files, "figures": len(findings)}}
    (out or sys.stdout).write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def print_figures_text(findings, files: int, no_color: bool = False) -> None:
    from rich.text import Text

    con = console(no_color=no_color)
    for f in findings:
        fig = f.figure
        line = Text(f"{safe(f.path)}:{f.line}:{f.column}  ", style="bold")
        line.append(f'"{safe(f.text)}"', style="cyan")
        value = fig.low if fig.low == fig.high else f"{fig.low:g}–{fig.high:g}"
        detail = f"  {fig.kind} {value if isinstance(value, str) else f'{value:g}'}"
        detail += "".join(f" {k}={v}" for k, v in (("unit", fig.unit), ("per", fig.per)) if v)
        if fig.qualifier != "exact":
            detail += f" {fig.qualifier}"
        line.append(safe(detail))
        con.print(line)
    con.print(Text(f"{len(findings)} figure{'s' * (len(findings) != 1)} in {files} file{'s' * (files != 1)}",
                   style="dim"))


# --- check ----------------------------------------------------------------------------------------

def summary(findings, files: int) -> dict:
    counts = {s: 0 for s in STATUS_STYLE}
    for f in findings:
        counts[f.status] += 1
    return {"files": files, "figures": len(findings), **counts}


def finding_json(f) -> dict:
    doc = figure_json(f)
    doc["status"] = f.status
    doc["claim"] = None if f.claim is None else {
        "id": f.claim.id, "statement": f.claim.statement, "figure": f.claim.figure_text}
    doc["source"] = None if f.claim is None or f.source is None else {
        "id": f.source.id, "path": f.source.path, "line": f.claim.line, "column": f.claim.column,
        "quote": f.claim.quote}
    doc["score"] = f.score
    doc["message"] = f.message
    if f.status == "miscited" or f.cited:
        doc["cited"] = list(f.cited)
    return doc


def problem_json(p) -> dict:
    return {"path": p.path, "line": p.line, "column": p.column, "end_line": p.end_line,
            "end_column": p.end_column, "message": p.message}


def check_json(findings, problems, files: int) -> str:
    doc = {"version": 1, "findings": [finding_json(f) for f in findings], "summary": summary(findings, files)}
    if problems:
        doc["problems"] = [problem_json(p) for p in problems]
        doc["summary"]["problems"] = len(problems)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def print_check_text(findings, problems, files: int, *, show_supported: bool = False,
                     no_color: bool = False) -> None:
    from rich.text import Text

    con = console(no_color=no_color)
    items = sorted([(f.path, f.line, f.column, 0, f) for f in findings if show_supported or f.status != "supported"]
                   + [(p.path, p.line, p.column, 1, p) for p in problems], key=lambda t: t[:4])
    for *_, item in items:
        line = Text(f"{safe(item.path)}:{item.line}:{item.column}  ", style="bold")
        if hasattr(item, "status"):
            line.append(f"{item.status:<11}", style=STATUS_STYLE[item.status])
            line.append(f'  "{safe(item.text)}"', style="cyan")
            line.append(f"  {safe(item.message)}")
            if item.claim is not None and item.source is not None:
                line.append(f"  → {safe(item.source.path)}:{item.claim.line}", style="dim")
        else:
            line.append(f"{'problem':<11}", style="red")
            line.append(f"  {safe(item.message)}")
        con.print(line)
    counts = summary(findings, files)
    parts = [f"{counts[s]} {s}" for s in STATUS_STYLE]
    if problems:
        parts.append(f"{len(problems)} problem{'s' * (len(problems) != 1)}")
    con.print(Text(f"{counts['figures']} figure{'s' * (counts['figures'] != 1)} in {files} "
                   f"file{'s' * (files != 1)}: " + ", ".join(parts), style="bold"))


# --- claims ---------------------------------------------------------------------------------------

def _pointer(registry, claim) -> str:
    return f"{registry.sources[claim.source].path}:{claim.line}"


def _figure_detail(fig) -> str:
    value = f"{fig.low:g}" if fig.low == fig.high else f"{fig.low:g}–{fig.high:g}"
    parts = [fig.kind, value] + [v for v in (fig.unit, f"per {fig.per}" if fig.per else None) if v]
    if fig.qualifier != "exact":
        parts.append(fig.qualifier)
    return " ".join(parts)


def print_claims_table(registry, no_color: bool = False) -> None:
    """Every claim of the registry: id, figure and source pointer, as a table."""
    from rich.table import Table
    from rich.text import Text

    con = console(no_color=no_color)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("id", overflow="fold")
    table.add_column("figure", style="cyan", min_width=16)
    table.add_column("source", style="dim", no_wrap=True)
    for claim in registry.claims:
        table.add_row(Text(safe(claim.id)), Text(safe(claim.figure_text)), Text(safe(_pointer(registry, claim))))
    con.print(table)
    n, m = len(registry.claims), len(registry.sources)
    con.print(Text(f"{n} claim{'s' * (n != 1)} from {m} source{'s' * (m != 1)}", style="dim"))


def _source_excerpt(line: str, start: int, end: int, width: int = 100) -> tuple[str, int, int]:
    """A window of a long source line around [start, end), with the quote's offsets in the window."""
    lo = max(0, start - width)
    hi = min(len(line), max(end, start) + width)
    prefix = "…" if lo > 0 else ""
    text = prefix + line[lo:hi] + ("…" if hi < len(line) else "")
    return text, start - lo + len(prefix), min(end, hi) - lo + len(prefix)


def print_claim(registry, claim, no_color: bool = False) -> None:
    """One claim: statement, figure, quote with its pointer, and the source line itself."""
    from rich.text import Text

    con = console(no_color=no_color)
    source = registry.sources[claim.source]
    con.print(Text(safe(claim.id), style="bold"))

    def field(name: str, value: str, style: str = "") -> None:
        row = Text(f"  {name:<10} ", style="dim")
        row.append(safe(value), style=style)
        con.print(row)

    field("statement", claim.statement)
    field("figure", f"{claim.figure_text}  ({_figure_detail(claim.figure)})", "cyan")
    field("quote", f'"{claim.quote}"')
    field("source", f"{source.id}" + (f" — {source.title}" if source.title else ""))
    field("at", f"{source.path}:{claim.line}:{claim.column}")
    if claim.keywords:
        field("keywords", ", ".join(claim.keywords))
    line = registry.source_line(claim)
    if line:
        # Mark the quote on its first line; it ends there or runs on to a later line.
        end = claim.end_column - 1 if claim.end_line == claim.line else len(line)
        excerpt, lo, hi = _source_excerpt(line, claim.column - 1, end)
        shown = Text(f"  {claim.line:>5} │ ", style="dim")
        body = Text(safe(excerpt[:lo]))
        body.append(safe(excerpt[lo:hi]), style="bold underline")
        body.append(safe(excerpt[hi:]))
        shown.append_text(body)
        con.print(shown)
