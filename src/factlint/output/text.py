"""The text reports of `factlint check` and `factlint figures`: a line per finding, then the counts.

Everything from drafts, sources and the registry goes through `safe` before rich renders it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from factlint.check.findings import FileFindings, Finding
from factlint.output.console import console, plural, safe
from factlint.output.explain import candidates, why
from factlint.output.tally import Tally, listed
from factlint.statuses import NAMES, PROBLEMS, STATUSES
from factlint.check.verdicts import CONTEXT_THRESHOLD
from factlint.documents.formats import draft_pointer
from factlint.registry.model import pointer

LABEL_WIDTH = max(len(s.label) for s in STATUSES + PROBLEMS)  # labels padded to line up the figures


def print_figures_text(files: Iterable[FileFindings], no_color: bool = False) -> None:
    """`factlint figures`: a line per figure, printed as found, and the count."""
    from rich.text import Text

    con = console(no_color=no_color)
    n = n_files = 0
    for group in files:
        n_files += 1
        for f in group.findings:
            n += 1
            fig = f.figure
            line = Text(f"{safe(draft_pointer(f.path, f.line, f.column))}  ", style="factlint.path")
            line.append(f'"{safe(f.text)}"', style="factlint.figure")
            value = fig.low if fig.low == fig.high else f"{fig.low:g}–{fig.high:g}"
            detail = f"  {fig.kind} {value if isinstance(value, str) else f'{value:g}'}"
            detail += "".join(f" {k}={v}" for k, v in (("unit", fig.unit), ("per", fig.per)) if v)
            if fig.qualifier != "exact":
                detail += f" {fig.qualifier}"
            line.append(safe(detail))
            con.print(line)
    con.print(Text(f"{plural(n, 'figure')} in {plural(n_files, 'file')}", style="factlint.note"))


def print_check_text(files: Iterable[FileFindings], *, in_order: bool = True, show_supported: bool = False,
                     no_color: bool = False, out: TextIO | None = None) -> Tally:
    """`factlint check`: a line per finding shown and per problem, sorted by path, then the counts; on
    standard output, or without colours into `out` (a report file, a string)."""
    from rich.text import Text

    con = console(no_color=no_color, file=out)
    tally = Tally()
    for item in listed(tally, files, in_order, show_supported):
        kind = item.kind
        line = Text(f"{safe(draft_pointer(item.path, item.line, item.column))}  ", style="factlint.path")
        line.append(f"{kind.label:<{LABEL_WIDTH}}", style=kind.style)
        if isinstance(item, Finding):
            line.append(f'  "{safe(item.text)}"', style="factlint.figure")
        line.append(f"  {safe(item.message)}")
        if isinstance(item, Finding) and item.claim is not None and item.source is not None:
            line.append(f"  → {safe(pointer(item.source, item.claim))} ({safe(item.claim.id)})",
                        style="factlint.pointer")
        con.print(line)
        if isinstance(item, Finding) and item.explanation is not None:
            for text in explanation_lines(item):
                con.print(Text(text, style="factlint.pointer"))
    counts, problems = tally.summary(), len(tally.problems)
    parts = [f"{counts[name]} {name}" for name in NAMES]
    if problems:
        parts.append(plural(problems, "problem"))
    con.print(Text(f"{plural(counts['figures'], 'figure')} in {plural(tally.files, 'file')}: " + ", ".join(parts),
                   style="factlint.summary"))
    return tally


def explanation_lines(f: Finding) -> list[str]:
    """--explain: the best candidate claims of a figure, what matched each, and why the status followed."""
    return [f"    why: {safe(why(f))}", *(f"    {safe(line)}" for line in candidates(f))]
