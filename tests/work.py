"""Work and memory counted, never timed: tests of linear time and memory compare a count at two sizes.

`lines_run` counts the Python lines a call executes, in every module it reaches (markdown-it's too), through
a trace hook set only while it runs: the code measured carries no counter. Work done inside one C call (a
regex, `str.find`) counts as one line, so a test of C-level work counts what reaches it instead.
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Callable


def lines_run(fn: Callable[[], object], only: str = "") -> int:
    """Python lines (and calls) executed by `fn()`; with `only`, those of the files whose path ends so."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    def calls(frame, event, arg):
        if frame.f_code.co_filename.endswith(only):
            return tracer(frame, event, arg)
        return None  # no line events in other files

    old = sys.gettrace()
    sys.settrace(calls if only else tracer)
    try:
        fn()
    finally:
        sys.settrace(old)
    return count


def peak_bytes(fn: Callable[[], object]) -> int:
    """The most memory Python held at once while `fn()` ran, beyond what it held before."""
    fn()  # the first call's imports and caches are not the input's
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
