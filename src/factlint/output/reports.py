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


class Stream:
    """A list written to JSON item by item as the iterable yields them (see write_json)."""

    __slots__ = ("items",)

    def __init__(self, items) -> None:  # type: ignore[no-untyped-def]
        self.items = items


class Later:
    """A value computed when write_json reaches it (a summary counted while the findings were written)."""

    __slots__ = ("make",)

    def __init__(self, make) -> None:  # type: ignore[no-untyped-def]
        self.make = make


OMIT = object()  # a Later that makes OMIT leaves its key out


def _lazy(value) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(value, (Stream, Later)):
        return True
    if isinstance(value, dict):
        return any(_lazy(v) for v in value.values())
    return isinstance(value, list) and any(_lazy(v) for v in value)


def write_json(out, value, level: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Write what json.dumps(value, ensure_ascii=False, indent=2) would, piece by piece: a Stream's items as
    they come and a Later's value when its turn comes, so a huge report is never held whole."""
    pad = "\n" + "  " * (level + 1)
    if isinstance(value, Later):
        value = value.make()
    if not _lazy(value):
        out.write(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level))
        return
    if isinstance(value, dict):
        out.write("{")
        sep = pad
        for key, item in value.items():
            if isinstance(item, Later):
                item = item.make()
                if item is OMIT:
                    continue
            out.write(sep + json.dumps(key, ensure_ascii=False) + ": ")
            write_json(out, item, level + 1)
            sep = "," + pad
        out.write("\n" + "  " * level + "}")
        return
    items = value.items if isinstance(value, Stream) else value
    sep = "[" + pad
    for item in items:
        out.write(sep)
        try:  # most items (a finding each) hold nothing lazy: written at once, not searched for a Stream first
            out.write(json.dumps(item, ensure_ascii=False, indent=2).replace("\n", pad))
        except TypeError:
            write_json(out, item, level + 1)
        sep = "," + pad
    out.write("[]" if sep.startswith("[") else "\n" + "  " * level + "]")


# --- figures --------------------------------------------------------------------------------------

def figure_json(f) -> dict:
    return {"path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line,
            "end_column": f.end_column, "text": f.text, "figure": f.figure.as_json()}


def print_figures_json(files, out=None) -> None:
    """`factlint figures --format json`: `files` holds each draft's findings (an iterable per file read)."""
    count = {"files": 0, "figures": 0}

    def found():  # type: ignore[no-untyped-def]
        for findings in files:
            count["files"] += 1
            for f in findings:
                count["figures"] += 1
                yield figure_json(f)

    out = out or sys.stdout
    write_json(out, {"version": 1, "findings": Stream(found()), "summary": Later(lambda: dict(count))})
    out.write("\n")


def print_figures_text(files, no_color: bool = False) -> None:
    """`factlint figures`: a line per figure, printed as found, and the count."""
    from rich.text import Text

    con = console(no_color=no_color)
    n = n_files = 0
    for findings in files:
        n_files += 1
        for f in findings:
            n += 1
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
    con.print(Text(f"{n} figure{'s' * (n != 1)} in {n_files} file{'s' * (n_files != 1)}", style="dim"))


# --- check ----------------------------------------------------------------------------------------

class Tally:
    """What a check reported, counted as it is written: files read, figures of each status, problems."""

    def __init__(self) -> None:
        self.files = 0
        self.figures = 0
        self.statuses = {s: 0 for s in STATUS_STYLE}
        self.problems: list = []

    def each(self, files):  # type: ignore[no-untyped-def]
        """Each file's FileFindings with its findings, counted as they are read."""
        for group in files:
            self.files += 1
            self.problems.extend(group.problems)
            yield group, self._counted(group.findings)

    def _counted(self, findings):  # type: ignore[no-untyped-def]
        for f in findings:
            self.figures += 1
            self.statuses[f.status] += 1
            yield f

    def summary(self) -> dict:
        out = {"files": self.files, "figures": self.figures, **self.statuses}
        if self.problems:
            out["problems"] = len(self.problems)
        return out


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


def write_check(fmt: str, files, *, root, in_order: bool = True, show_supported: bool = False,
                no_color: bool = False, out=None) -> Tally:
    """The check report in `fmt`, written as each file's findings come; what it counted.

    `files` holds a FileFindings per draft read. `in_order`: their paths come sorted, so the text and
    GitHub reports (sorted by path) can be written file by file rather than all at the end.
    """
    out = out or sys.stdout
    if fmt == "json":
        return write_check_json(files, out)
    if fmt == "sarif":
        return write_check_sarif(files, out, root=root, show_supported=show_supported)
    if fmt == "github":
        return write_check_github(files, out, in_order=in_order, show_supported=show_supported)
    return print_check_text(files, in_order=in_order, show_supported=show_supported, no_color=no_color)


def write_check_json(files, out) -> Tally:
    """SPEC §7: every finding, the summary, then problems if any."""
    tally = Tally()

    def found():  # type: ignore[no-untyped-def]
        for _, findings in tally.each(files):
            for f in findings:
                yield finding_json(f)

    write_json(out, {"version": 1, "findings": Stream(found()), "summary": Later(tally.summary),
                     "problems": Later(lambda: [problem_json(p) for p in tally.problems] or OMIT)})
    out.write("\n")
    return tally


def regroup(files, findings, problems) -> list:
    """`files` keeping only the findings and problems given (those a baseline let through), every file kept."""
    from factlint.output.findings import FileFindings

    keep = {id(x) for x in findings} | {id(x) for x in problems}
    return [FileFindings(g.path, [f for f in g.findings if id(f) in keep], [p for p in g.problems if id(p) in keep])
            for g in files]


def _sorted_items(tally: Tally, files, in_order: bool, show_supported: bool):  # type: ignore[no-untyped-def]
    """Findings shown and problems, by path, line and column: file by file when the files come sorted."""
    import heapq

    def key(item) -> tuple:  # type: ignore[no-untyped-def]
        return item.line, item.column, 0 if hasattr(item, "status") else 1

    if in_order:
        for group, findings in tally.each(files):
            shown = (f for f in findings if show_supported or f.status != "supported")
            yield from heapq.merge(shown, group.problems, key=key)
        return
    items = []
    for group, findings in tally.each(files):
        items.extend(f for f in findings if show_supported or f.status != "supported")
        items.extend(group.problems)
    items.sort(key=lambda item: (item.path, *key(item)))
    yield from items


def print_check_text(files, *, in_order: bool = True, show_supported: bool = False, no_color: bool = False) -> Tally:
    from rich.text import Text

    con = console(no_color=no_color)
    tally = Tally()
    for item in _sorted_items(tally, files, in_order, show_supported):
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
    counts, files_read, problems = tally.summary(), tally.files, len(tally.problems)
    parts = [f"{counts[s]} {s}" for s in STATUS_STYLE]
    if problems:
        parts.append(f"{problems} problem{'s' * (problems != 1)}")
    con.print(Text(f"{counts['figures']} figure{'s' * (counts['figures'] != 1)} in {files_read} "
                   f"file{'s' * (files_read != 1)}: " + ", ".join(parts), style="bold"))
    return tally


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

    from factlint.output.baseline import entry

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


def check_sarif(files, *, root, show_supported: bool = False) -> str:
    """A SARIF 2.1.0 log for GitHub code scanning, as a string (for --sarif-file)."""
    import io

    out = io.StringIO()
    write_check_sarif(files, out, root=root, show_supported=show_supported)
    return out.getvalue()


def write_check_sarif(files, out, *, root, show_supported: bool = False) -> Tally:
    """A SARIF 2.1.0 log for GitHub code scanning; supported figures only with show_supported."""
    from factlint import __version__

    rule_ids = ["conflicting", "unsourced", "miscited", PROBLEM_RULE] + (["supported"] if show_supported else [])
    index = {r: i for i, r in enumerate(rule_ids)}
    seen: dict[str, int] = {}
    tally = Tally()

    def items():  # type: ignore[no-untyped-def]
        for _, findings in tally.each(files):
            yield from (f for f in findings if show_supported or f.status != "supported")
        yield from tally.problems

    def results():  # type: ignore[no-untyped-def]
        for item in items():
            rule = item.status if hasattr(item, "status") else PROBLEM_RULE
            fp = _fingerprint(item, 0)
            seen[fp] = seen.get(fp, -1) + 1  # identical findings in a file are told apart by their order
            yield {
                "ruleId": f"factlint/{rule}", "ruleIndex": index[rule], "level": SARIF_LEVEL.get(rule, "error"),
                "message": {"text": sarif_message(item) if rule != PROBLEM_RULE else item.message},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(item.path),
                                                    "region": _region(item)}}],
                "partialFingerprints": {"factlintContent/v1": _fingerprint(item, seen[fp])},
            }

    base = root.resolve().as_uri().rstrip("/") + "/"
    doc = {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(r) for r in rule_ids]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": base}},
            "columnKind": "unicodeCodePoints",
            "results": Stream(results()),
        }],
    }
    write_json(out, doc)
    out.write("\n")
    return tally


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


def write_check_github(files, out, *, in_order: bool = True, show_supported: bool = False) -> Tally:
    """GitHub Actions workflow commands, one per finding, and a summary when GitHub would hide some."""
    counts = {"error": 0, "warning": 0, "notice": 0}
    tally = Tally()
    for item in _sorted_items(tally, files, in_order, show_supported):
        if hasattr(item, "status"):
            kind, title, message = GITHUB_COMMAND[item.status], f"factlint: {item.status}", sarif_message(item)
        else:
            kind, title, message = "error", "factlint: unknown citation", item.message
        counts[kind] += 1
        out.write(github_command(kind, item, title, message) + "\n")
    hidden = {k: n - GITHUB_SHOWN for k, n in counts.items() if n > GITHUB_SHOWN}
    if hidden:
        total = ", ".join(f"{n} {k}{'s' * (n != 1)}" for k, n in counts.items() if n)
        n = sum(hidden.values())
        out.write(f"factlint: {total}; GitHub shows only {GITHUB_SHOWN} annotations of each type per step, "
                  f"so {n} {'is' if n == 1 else 'are'} only in this log (upload SARIF to see them all)\n")
    return tally


# --- audit and harvest ----------------------------------------------------------------------------

def _claim_ref(registry, claim) -> dict:
    source = registry.sources[claim.source]
    return {"id": claim.id, "defined_in": claim.defined_in, "defined_line": claim.defined_line,
            "figure": claim.figure_text, "statement": claim.statement,
            "source": {"id": source.id, "path": source.path, "line": claim.line, "column": claim.column,
                       "quote": claim.quote}}


def audit_json(registry, found) -> str:
    """`factlint claims audit --format json`: every finding with each claim it involves."""
    from factlint.registry.audit import KINDS

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
