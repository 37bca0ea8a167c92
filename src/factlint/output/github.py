"""`--format github`: GitHub Actions workflow commands, one per finding, escaped as Actions requires."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from factlint.check.findings import FileFindings, Reported
from factlint.output.sarif import message
from factlint.output.tally import Tally, listed
from factlint.text import visible

ANNOTATIONS = ("error", "warning", "notice")  # GitHub's annotation types, in the order the summary names them
GITHUB_SHOWN = 10  # annotations GitHub shows per type per step


def escape_data(text: str) -> str:
    """A message as Actions reads it: "%", CR and LF escaped as it defines; other control and bidi characters
    (an ESC in a file name, a Trojan Source override) written visibly, so none reaches a log or an annotation."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(kind: str, item: Reported, title: str, text: str) -> str:
    """The workflow command `::kind file=…,line=…::text` that annotates `item`."""
    props = {"file": item.path, "line": item.line, "col": item.column, "endLine": item.end_line,
             "endColumn": item.end_column, "title": title}
    return (f"::{kind} " + ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            + f"::{escape_data(text)}")


def write_check_github(files: Iterable[FileFindings], out: TextIO, *, in_order: bool = True,
                       show_supported: bool = False) -> Tally:
    """A workflow command per finding shown and per problem, and a summary when GitHub would hide some."""
    counts = dict.fromkeys(ANNOTATIONS, 0)
    tally = Tally()
    for item in listed(tally, files, in_order, show_supported):
        kind = item.kind
        counts[kind.github] += 1
        out.write(github_command(kind.github, item, f"factlint: {kind.title}", message(item)) + "\n")
    hidden = {k: n - GITHUB_SHOWN for k, n in counts.items() if n > GITHUB_SHOWN}
    if hidden:
        total = ", ".join(f"{n} {k}{'s' * (n != 1)}" for k, n in counts.items() if n)
        n = sum(hidden.values())
        out.write(f"factlint: {total}; GitHub shows only {GITHUB_SHOWN} annotations of each type per step, "
                  f"so {n} {'is' if n == 1 else 'are'} only in this log (upload SARIF to see them all)\n")
    return tally
