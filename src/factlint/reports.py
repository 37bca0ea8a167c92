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


# --- sarif and github -----------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"conflicting": "error", "miscited": "error", "unsourced": "warning", "supported": "note"}
PROBLEM_RULE = "unknown-citation"
RULES = {
    "conflicting": ("A figure disagrees with its source",
                    "A claim in the registry matches the figure's sentence, but the figures disagree: another value, "
                    "range, scale, currency or period, or a bound in the opposite direction.",
                    "Correct the figure to what the source says (the message quotes it), or cite the source that "
                    "backs the figure as written and add it to the registry."),
    "unsourced": ("A figure no claim backs",
                  "No claim in the registry matches the figure's sentence, so nothing backs the figure. An equal "
                  "number in an unrelated claim does not count.",
                  "Add a claim for the figure to the registry (a [[claim]] with a verbatim quote from its source), "
                  "or remove the figure."),
    "miscited": ("A figure cites the wrong source",
                 "The figure's sentence cites a source, but the claim that backs the figure comes from a different "
                 "source, or the cited source holds no such claim.",
                 "Cite the source named in the message, or correct the citation key."),
    "supported": ("A figure its source backs",
                  "A claim in the registry matches the figure's sentence and its figure agrees with the draft's.",
                  "Nothing to do; reported only with --show-supported."),
    PROBLEM_RULE: ("An unknown citation key",
                   "The draft cites a key that is no [[source]] id of the registry.",
                   "Correct the key, or add the source to the registry."),
}


def _fingerprint(item, ordinal: int) -> str:
    """Stable across runs and across edits elsewhere in the file: content, not position."""
    import hashlib

    from factlint.baseline import entry

    e = entry(item, item.path)
    key = "\x1f".join([e["path"], e["status"], e["text"], e["claim"] or "", e["sentence"], str(ordinal)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _artifact(path: str) -> dict:
    from pathlib import PurePosixPath
    from urllib.parse import quote

    if path == "-":
        return {"uri": "stdin"}
    if PurePosixPath(path).is_absolute() or (len(path) > 2 and path[1] == ":"):
        from pathlib import Path

        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def _rule(rule_id: str) -> dict:
    short, full, help_text = RULES[rule_id]
    level = SARIF_LEVEL.get(rule_id, "error")
    return {
        "id": f"factlint/{rule_id}", "name": rule_id.title().replace("-", ""),
        "shortDescription": {"text": short}, "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": f"**{short}.** {full}\n\n{help_text}"},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["facts", "citations"], "precision": "high"},
    }


def _region(item) -> dict:
    return {"startLine": item.line, "startColumn": item.column, "endLine": item.end_line,
            "endColumn": item.end_column}


def sarif_message(f) -> str:
    text = f'"{f.text}" {f.status}: {f.message}' if f.message else f'"{f.text}" {f.status}'
    if f.claim is not None and f.source is not None:
        text += f" (claim {f.claim.id}, {f.source.path}:{f.claim.line})"
    return text


def check_sarif(findings, problems, *, root, show_supported: bool = False) -> str:
    """A SARIF 2.1.0 log for GitHub code scanning; supported figures only with show_supported."""
    from factlint import __version__

    rule_ids = ["conflicting", "unsourced", "miscited", PROBLEM_RULE] + (["supported"] if show_supported else [])
    index = {r: i for i, r in enumerate(rule_ids)}
    seen: dict[str, int] = {}
    results = []
    items = [f for f in findings if show_supported or f.status != "supported"] + list(problems)
    for item in items:
        rule = item.status if hasattr(item, "status") else PROBLEM_RULE
        fp = _fingerprint(item, 0)
        seen[fp] = seen.get(fp, -1) + 1  # identical findings in a file are told apart by their order
        results.append({
            "ruleId": f"factlint/{rule}", "ruleIndex": index[rule], "level": SARIF_LEVEL.get(rule, "error"),
            "message": {"text": sarif_message(item) if rule != PROBLEM_RULE else item.message},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(item.path), "region": _region(item)}}],
            "partialFingerprints": {"factlintContent/v1": _fingerprint(item, seen[fp])},
        })
    base = root.resolve().as_uri().rstrip("/") + "/"
    doc = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(r) for r in rule_ids]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": base}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


GITHUB_COMMAND = {"conflicting": "error", "miscited": "error", "unsourced": "warning", "supported": "notice"}
GITHUB_SHOWN = 10  # annotations GitHub shows per type (error, warning, notice) per step


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(kind: str, item, title: str, message: str) -> str:
    props = {"file": item.path, "line": item.line, "col": item.column, "endLine": item.end_line,
             "endColumn": item.end_column, "title": title}
    return (f"::{kind} " + ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            + f"::{escape_data(message)}")


def check_github(findings, problems, *, show_supported: bool = False) -> str:
    """GitHub Actions workflow commands, one per finding, and a summary when GitHub would hide some."""
    lines, counts = [], {"error": 0, "warning": 0, "notice": 0}
    items = sorted([(f.path, f.line, f.column, 0, f) for f in findings if show_supported or f.status != "supported"]
                   + [(p.path, p.line, p.column, 1, p) for p in problems], key=lambda t: t[:4])
    for *_, item in items:
        if hasattr(item, "status"):
            kind, title, message = GITHUB_COMMAND[item.status], f"factlint: {item.status}", sarif_message(item)
        else:
            kind, title, message = "error", "factlint: unknown citation", item.message
        counts[kind] += 1
        lines.append(github_command(kind, item, title, message))
    hidden = {k: n - GITHUB_SHOWN for k, n in counts.items() if n > GITHUB_SHOWN}
    if hidden:
        total = ", ".join(f"{n} {k}{'s' * (n != 1)}" for k, n in counts.items() if n)
        n = sum(hidden.values())
        lines.append(f"factlint: {total}; GitHub shows only {GITHUB_SHOWN} annotations of each type per step, "
                     f"so {n} {'is' if n == 1 else 'are'} only in this log (upload SARIF to see them all)")
    return "".join(line + "\n" for line in lines)


# --- audit and harvest ----------------------------------------------------------------------------

def _claim_ref(registry, claim) -> dict:
    source = registry.sources[claim.source]
    return {"id": claim.id, "defined_in": claim.defined_in, "defined_line": claim.defined_line,
            "figure": claim.figure_text, "statement": claim.statement,
            "source": {"id": source.id, "path": source.path, "line": claim.line, "column": claim.column,
                       "quote": claim.quote}}


def audit_json(registry, found) -> str:
    """`factlint claims audit --format json`: every finding with each claim it involves."""
    from factlint.audit import KINDS

    counts = {k: sum(f.kind == k for f in found) for k in KINDS}
    doc = {"version": 1,
           "findings": [{"kind": f.kind, "message": f.message, "score": f.score,
                         "claims": [_claim_ref(registry, c) for c in f.claims]} for f in found],
           "summary": {"claims": len(registry.claims), "findings": len(found), **counts}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def print_audit_text(registry, found, no_color: bool = False) -> None:
    """Each finding on a line, then each claim it involves: definition and source pointer."""
    from rich.text import Text

    con = console(no_color=no_color)
    for f in found:
        head = Text(f"{f.kind:<17}", style="red" if f.kind == "disagreement" else "yellow")
        head.append(f"  {safe(f.message)}")
        con.print(head)
        for c in f.claims:
            row = Text(f"  {safe(c.id)}", style="bold")
            row.append(f"  {safe(c.defined_in)}:{c.defined_line}", style="dim")
            row.append(f"  → {safe(_pointer(registry, c))}", style="dim")
            con.print(row)
    n = len(registry.claims)
    con.print(Text(f"{len(found)} finding{'s' * (len(found) != 1)} in {n} claim{'s' * (n != 1)}", style="bold"))


def print_harvest_summary(found, written=None) -> None:
    """What harvest proposed, on standard error (standard output holds the TOML)."""
    from rich.text import Text

    con = console(stderr=True)
    n, m = len(found.claims), len(found.sources)
    where = f", appended to {safe(str(written))}" if written is not None else ""
    con.print(Text(f"{n} candidate claim{'s' * (n != 1)}, {m} new source{'s' * (m != 1)}{where}", style="dim"))
    for item in found.skipped:
        con.print(Text(f"  no quote pins down the figure at {safe(item)}", style="yellow"))
