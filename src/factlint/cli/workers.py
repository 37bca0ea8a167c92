"""Drafts read and checked one by one, here or, for --jobs N, in N worker processes that each hold the
prepared registry: results come back in input order, with the same warnings and errors as one process."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from factlint.check.draft import check_draft
from factlint.check.engine import Engine, check_text
from factlint.check.findings import FileFindings, unreadable
from factlint.cli.options import DraftOptions
from factlint.errors import FactlintError, UnreadableDraft
from factlint.project.inputs import Item, SkippedFile, read_draft

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

Result = FileFindings | str  # a draft's findings, or the warning that it was passed over
Checker = Callable[[list[Item]], Iterator[Result]]  # the drafts in, each one's result out in input order
WARM_UP = "Warm-up: workers earned $2 an hour, 5% more than in 2019.\n"


def check_one(item: Item, engine: Engine, options: DraftOptions, lazy: bool = False) -> Result:
    """A draft's FileFindings (its findings made as they are read when `lazy`), or the warning when it is
    passed over (a binary file)."""
    try:
        draft = read_draft(item, options.encoding)
    except SkippedFile as skipped:
        return skipped.warning()
    except UnreadableDraft as err:
        return FileFindings(err.path, [], [unreadable(err.path, err.line, err.reason)])
    return check_draft(draft.text, engine, path=draft.path, form=draft.form, lang=options.lang,
                       tolerance=options.tolerance, lazy=lazy, explain=options.explain,
                       keep_text=options.keep_text)


@dataclass(slots=True)
class WorkerState:
    """What a worker process keeps from draft to draft: the prepared registry, handed over once by the
    pool's initializer (preparing it per draft would cost more than the check), and how drafts are read."""

    engine: Engine | None = None
    options: DraftOptions | None = None


THIS_WORKER = WorkerState()  # set in each worker process; unused in the process that starts them


def _init_worker(engine: Engine, options: DraftOptions) -> None:
    # Under fork the engine is inherited, not copied; under spawn it is unpickled once per worker.
    # Ctrl-C reaches the whole process group: the parent alone stops the run, and no worker prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    THIS_WORKER.engine, THIS_WORKER.options = engine, options


def _warm_up() -> None:
    """A first check in a new worker: the modules and parsers it needs are loaded before the drafts arrive."""
    options = THIS_WORKER.options
    assert THIS_WORKER.engine is not None and options is not None
    check_text(WARM_UP, THIS_WORKER.engine, lang=options.lang, tolerance=options.tolerance)


def _worker_check(item: Item) -> Result | FactlintError:
    assert THIS_WORKER.engine is not None and THIS_WORKER.options is not None
    try:
        return check_one(item, THIS_WORKER.engine, THIS_WORKER.options)
    except FactlintError as err:
        # Returned, not raised: the parent raises the first error in input order, as --jobs 1 would.
        return err


def start_pool(stack: contextlib.ExitStack, jobs: int, engine: Engine, options: DraftOptions) -> Checker:
    """What checks the drafts: here, or for --jobs N the worker processes, started now so that they fork
    and warm up while this process finds and reads the drafts. The prepared registry is frozen out of the
    garbage collector first: walking it in every full collection costs time, and in a forked worker copies
    its pages."""
    if not gc.get_freeze_count():  # a host program that froze objects itself keeps them frozen
        gc.freeze()
        stack.callback(gc.unfreeze)
    workers = jobs or os.cpu_count() or 1
    if workers <= 1:
        return partial(results, engine=engine, options=options, pool=None, workers=1)
    # Imported only for --jobs: multiprocessing adds ~10 ms to the start-up of every other check.
    from concurrent.futures import ProcessPoolExecutor

    # Ctrl-C held back while the workers fork (they are started by the first submits): one that arrived before a
    # worker set it aside would end that worker and break the pool; held, it reaches this process after the forks.
    held = hasattr(signal, "pthread_sigmask")
    if held:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(engine, options))
        # Interrupted (Ctrl-C) or failed: the drafts not yet begun are dropped, not checked before the exit.
        stack.push(lambda kind, _exc, _tb: pool.shutdown(wait=kind is None, cancel_futures=kind is not None))
        for _ in range(workers):
            pool.submit(_warm_up)
    finally:
        if held:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    return partial(results, engine=engine, options=options, pool=pool, workers=workers)


def results(items: list[Item], engine: Engine, options: DraftOptions, pool: ProcessPoolExecutor | None,
            workers: int) -> Iterator[Result]:
    """Each draft's result in input order, checked by the `workers` processes of `pool` (None: here, each
    draft's findings made as they are read)."""
    workers = min(workers if pool is not None else 1, len(items))
    checked: Iterable[Result | FactlintError]
    if workers <= 1 or pool is None:
        checked = (check_one(item, engine, options, lazy=True) for item in items)
    else:
        checked = pool.map(_worker_check, items, chunksize=max(1, len(items) // (workers * 16)))
    for result in checked:
        if isinstance(result, FactlintError):
            raise FactlintError(result.message, details=result.details)
        yield result
