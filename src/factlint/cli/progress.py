"""The progress bar of a long check: on standard error, only for many files on a terminal, gone when done."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TextIO

from factlint.output.console import console

PROGRESS_MIN_FILES = 20  # fewer files finish before a bar would be worth drawing


def wants_progress(files: int, quiet: bool, stream: TextIO | None) -> bool:
    """A progress bar only for many files, on a terminal, when not asked to be quiet."""
    isatty = getattr(stream, "isatty", None)
    return files > PROGRESS_MIN_FILES and not quiet and stream is not None and bool(isatty and isatty())


def progress_bar(stack: contextlib.ExitStack, total: int, no_color: bool) -> Callable[[], None]:
    """Start a transient progress bar on standard error, closed with `stack`; the function that advances it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = stack.enter_context(Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                                       TimeRemainingColumn(), console=console(stderr=True, no_color=no_color),
                                       transient=True))
    task = bar.add_task("check", total=total)
    return lambda: bar.advance(task)
