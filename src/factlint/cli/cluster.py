"""--engine dask: the drafts checked on a Dask cluster, a LocalCluster on this machine or the scheduler at
--scheduler ADDRESS. The prepared registry is scattered to every worker once; then the drafts go out in
batches of file names (a worker reads its files itself: a real cluster shares the archive's storage), and
each batch's results come back in input order as it is done, with the warnings and errors of one process.

Dask is the optional extra `factlint[dask]`, imported only here and only for --engine dask.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import math
import os
from collections import deque
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from factlint.api import Registry
from factlint.cli.options import DraftOptions
from factlint.cli.workers import Checker, Result, check_one
from factlint.errors import FactlintError
from factlint.project.inputs import Item, Named, display_path

INSTALL = "pip install 'factlint[dask]'"
MAX_BATCH = 50  # drafts per task: enough to outweigh a task's overhead (~1 ms), few enough to spread the work
CONNECT_TIMEOUT = "10s"  # how long a scheduler that does not answer is waited for
AHEAD = 4  # batches in flight per worker: the workers stay busy while results wait their turn, memory bounded


def check_installed() -> None:
    """A usage error, saying how to install it, when Dask's distributed scheduler is not installed."""
    if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
        raise FactlintError(f"--engine dask needs Dask, which is not installed: {INSTALL}")


def start(stack: contextlib.ExitStack, scheduler: str | None, jobs: int, registry: Registry,
          options: DraftOptions) -> Checker:
    """A client of the cluster at `scheduler` (None: a LocalCluster of `jobs` worker processes, 0 for one per
    CPU), closed with `stack`, with the prepared registry already on every worker."""
    from distributed import Client, LocalCluster  # a second of imports: only for --engine dask

    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        stack.enter_context(cluster)
        client = stack.enter_context(Client(cluster))
    else:
        try:
            client = stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError, ValueError) as err:
            raise FactlintError(f"--scheduler {scheduler}: cannot connect: {err}") from None
    # hash=False: naming the data by its content would walk the whole registry to tokenize it.
    scattered = client.scatter(registry, broadcast=True, hash=False)
    return partial(results, client=client, registry=scattered, options=options)


def results(items: list[Item], *, client: Any, registry: Any, options: DraftOptions) -> Iterator[Result]:
    """Each draft's result in input order, checked on the cluster batch by batch, at most AHEAD batches per
    worker in flight."""
    workers = max(1, sum(client.nthreads().values()))
    size = max(1, min(MAX_BATCH, math.ceil(len(items) / (workers * AHEAD))))
    sent = [sendable(item) for item in items]
    batches = iter([sent[k:k + size] for k in range(0, len(sent), size)])
    pending: deque[Any] = deque()

    def submit() -> None:
        batch = next(batches, None)
        if batch is not None:
            pending.append(client.submit(check_batch, batch, registry, options, pure=False))

    for _ in range(workers * AHEAD):
        submit()
    while pending:
        future = pending.popleft()
        submit()
        for result in future.result():
            if isinstance(result, FactlintError):
                raise FactlintError(result.message, details=result.details)
            yield result


def sendable(item: Item) -> Item:
    """A file found here as a worker finds it: by its absolute path, with the name the report gives it here."""
    if isinstance(item, Path):
        return Named(Path(os.path.abspath(item)), display_path(item))
    return item  # standard input read before, or a file passed over: sent as it is


def check_batch(batch: list[Item], registry: Registry, options: DraftOptions) -> list[Result | FactlintError]:
    """On a worker: each draft of the batch read and checked with the registry scattered to it."""
    out: list[Result | FactlintError] = []
    for item in batch:
        try:
            out.append(check_one(item, registry.engine, options))
        except FactlintError as err:
            # Returned, not raised: the client raises the first error in input order, as one process would.
            out.append(err)
    return out
