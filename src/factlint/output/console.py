"""The terminal: a rich console with factlint's theme, and text made safe to print on it.

Renderers name styles ("factlint.path", a status's style); the colours are set here and in the status
table, as rich's own default styles are. rich is imported when a console is made: a JSON, SARIF or
GitHub report never needs it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from factlint.statuses import PROBLEMS, STATUSES

if TYPE_CHECKING:
    from typing import TextIO

    from rich.console import Console

STYLES = {
    "factlint.path": "bold",  # where a finding is: path:line:column
    "factlint.figure": "cyan",  # a figure as the draft or the registry writes it
    "factlint.pointer": "dim",  # → the source line that backs a finding
    "factlint.summary": "bold",  # the counts closing a check or an audit
    "factlint.note": "dim",  # counts and asides
    "factlint.id": "bold",  # a claim's id heading its details
    "factlint.heading": "bold",  # a table's column headers
    "factlint.field": "dim",  # the name of a claim's field
    "factlint.quote": "bold underline",  # the quote inside its source line
    "factlint.warning": "yellow",
    "factlint.audit.disagreement": "red",  # sources that disagree
    "factlint.audit.finding": "yellow",  # any other registry finding
    **{s.style: s.colour for s in STATUSES + PROBLEMS},
}


def console(stderr: bool = False, no_color: bool = False, file: TextIO | None = None) -> Console:
    """A rich console with factlint's theme that honours NO_COLOR and --no-color; writing to `file`, when
    given, without colours (a report file)."""
    from rich.console import Console
    from rich.theme import Theme

    no_color = no_color or file is not None or "NO_COLOR" in os.environ
    return Console(stderr=stderr, file=file, no_color=no_color, highlight=False, emoji=False, markup=False,
                   soft_wrap=True, color_system=None if no_color else "auto", theme=Theme(STYLES))


def safe(text: str) -> str:
    """Text with control characters (terminal escapes) made visible, for terminal output."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" for c in text)


def plural(n: int, word: str) -> str:
    """A count with its noun: "1 figure", "2 figures"."""
    return f"{n} {word}{'s' * (n != 1)}"
