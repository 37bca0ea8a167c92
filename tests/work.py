"""Work and memory counted, never timed: tests of linear time and memory compare a count at two sizes.

`lines_run` counts the Python lines a call executes, in every module it reaches (markdown-it's too), through
a trace hook set only while it runs: the code measured carries no counter. Work done inside one C call (a
regex, `str.find`) counts as one line, so a test of C-level work counts what reaches it instead, or compares
`best_cpu` at two sizes with a loose bound.
"""

from __future__ import annotations

import gc
import sys
import time
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


def forget_memos(package: str = "factlint") -> None:
    """Empty the bounded memos (`lru_cache` with a size) of the package's modules, keeping its loaders (`cache`):
    a count taken after other tests is then the input's own, not what their memos left of it."""
    for name, module in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                if info is not None and info().maxsize is not None:
                    value.cache_clear()


def peak_bytes(fn: Callable[[], object]) -> int:
    """The most memory Python held at once while `fn()` ran, beyond what it held before."""
    fn()  # the first call's imports and caches are not the input's
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def best_cpu(fn: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time of `repeat` calls of `fn()`, each with the collector off: a collection of a whole test
    suite's live objects costs what the code measured does not (CI's full run read 6.6x for a linear 4.5x)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()  # the garbage of a run before is not collected on this one's time
        gc.disable()
        try:
            started = time.process_time()
            fn()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best
