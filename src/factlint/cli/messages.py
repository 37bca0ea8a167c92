"""What the command line says on standard error besides reports: warnings, and errors as one line each."""

from __future__ import annotations

import sys

from factlint.project.inputs import SkippedFile
from factlint.text import visible


def warn(text: str) -> None:
    print(f"factlint: warning: {text}", file=sys.stderr)


def warn_skipped(skipped: SkippedFile) -> None:
    """The warning for a draft passed over (a binary file, not a regular file): the run goes on."""
    warn(skipped.warning())


def error(message: str, details: list[str] | None = None) -> None:
    # Messages quote file names, options and registry text: control characters must not drive the terminal.
    print(f"factlint: error: {visible(message)}", file=sys.stderr)
    for line in details or []:
        print(f"  {visible(line)}", file=sys.stderr)
