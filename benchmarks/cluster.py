"""Benchmark: an archive on one machine. 2,000 generated drafts (about 5 KB each) against 10,000 claims, checked
in one process, with --jobs 2, and with --engine dask on a LocalCluster of 2 workers.

Run from the project root:  .venv/bin/python benchmarks/cluster.py   (needs the dask extra: pip install -e '.[dask]')
(`--drafts 20 --claims 200`: a quick try of the script itself)

For each: the fixed start-up cost (the same command on two one-line drafts: the registry read from the cache,
workers or a cluster started and stopped), the time for the 2,000 drafts, the peak memory of the main process
and of each worker process (their VmHWM, sampled from /proc every 50 ms while the command runs), and whether the
JSON Lines report is byte for byte the one-process report. Then the prepared registry's pickled size: what a
worker is sent once.
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from workload import FACTLINT, SEED, Words, draft, make_claims, write_registry

import factlint
from factlint.cli.cluster import MAX_BATCH, check_batch, sendable
from factlint.cli.options import DraftOptions

N_DRAFTS = 2_000
DRAFT_BYTES = 5_000
N_CLAIMS = 10_000
ENGINES = {
    "one process": [],
    "--jobs 2": ["--jobs", "2"],
    "dask LocalCluster, 2 workers": ["--engine", "dask", "--jobs", "2"],
}


def _hwm_mb(pid: int) -> int | None:
    """The peak resident memory of a live process, in MB (None once it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    parent = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _is_worker(pid: int) -> bool:
    """A process that checks drafts: not multiprocessing's resource tracker (a helper of spawned workers)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"resource_tracker" not in fh.read()
    except OSError:
        return False


def measured(args: list[str], cwd: Path) -> tuple[float, int, list[int], str]:
    """Wall seconds, the main process's peak MB, each worker's peak MB, and standard output of a command."""
    peaks: dict[int, int] = {}
    workers: set[int] = set()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                for pid in _descendants(proc.pid):
                    # Asked each time: a helper forked to exec the resource tracker looks like its parent at first.
                    if _is_worker(pid):
                        workers.add(pid)
                        peaks[pid] = max(peaks.get(pid, 0), _hwm_mb(pid) or 0)
                    else:
                        workers.discard(pid)
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} failed: {err.read().decode(errors='replace')[-800:]}")
        out.seek(0)
        text = out.read().decode()
    return seconds, usage.ru_maxrss // 1024, sorted((peaks[p] for p in workers if peaks[p]), reverse=True), text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=N_DRAFTS)
    parser.add_argument("--claims", type=int, default=N_CLAIMS)
    args = parser.parse_args()
    n_drafts, n_claims = args.drafts, args.claims
    rng = random.Random(SEED)
    words = Words(rng)
    claims = make_claims(n_claims, rng, words)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["FACTLINT_CACHE_DIR"] = str(tmp / "cache")  # this run's own prepared-registry cache
        project = write_registry(tmp / "project", claims)
        archive, tiny = project / "archive", project / "tiny"
        draft_rng = random.Random(SEED + 3)
        for k in range(n_drafts):
            folder = archive / f"{k // 100:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"article-{k:04d}.md").write_text(draft(DRAFT_BYTES, claims, draft_rng, words), encoding="utf-8")
        tiny.mkdir()
        for name in ("a.md", "b.md"):
            (tiny / name).write_text("Nothing to count here.\n", encoding="utf-8")
        total_mb = sum(p.stat().st_size for p in archive.rglob("*.md")) / 1e6

        started = time.perf_counter()
        registry = factlint.Registry.load(project / "claims", cwd=project)  # prepares it and fills the cache
        prepared_s = time.perf_counter() - started
        started = time.perf_counter()
        pickled = pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL)
        pickle_s = time.perf_counter() - started
        started = time.perf_counter()
        pickle.loads(pickled)
        unpickle_s = time.perf_counter() - started
        # One batch as the Dask engine sends it (file names) and as it comes back (each draft's findings).
        batch = [sendable(p) for p in sorted(archive.rglob("*.md"))[:MAX_BATCH]]
        options = DraftOptions("utf-8", None, 0.05)
        sent = len(pickle.dumps((batch, options), protocol=pickle.HIGHEST_PROTOCOL))
        back = len(pickle.dumps(check_batch(batch, registry, options), protocol=pickle.HIGHEST_PROTOCOL))
        del registry

        print(f"{n_drafts:,} drafts, {total_mb:.1f} MB in all, against {n_claims:,} claims (prepared registry cached; "
              f"preparing it took {prepared_s:.1f} s)")
        print(f"the prepared registry pickled: {len(pickled) / 1e6:.1f} MB (target < 20 MB), pickled in "
              f"{pickle_s:.1f} s, unpickled in {unpickle_s:.1f} s: what each Dask worker is sent once")
        print(f"a batch of {len(batch)} drafts: {sent / 1e3:.1f} kB sent (file names), {back / 1e3:.0f} kB back "
              f"(their findings)")
        print()
        header = (f"{'engine':<30} {'start-up s':>10} {f'{n_drafts:,} s':>8} {'drafts/s':>9} {'speed-up':>8} "
                  f"{'main MB':>8} {'workers MB':>12}  report")
        print(header)
        reference = None
        first = None
        for name, extra in ENGINES.items():
            base = [FACTLINT, "check", "--quiet", "--format", "jsonl", *extra]
            fixed, _, _, _ = measured([*base, "tiny"], project)
            seconds, main_mb, worker_mb, out = measured([*base, "archive"], project)
            reference = out if reference is None else reference
            first = seconds if first is None else first
            same = "reference" if out is reference else ("identical" if out == reference else "DIFFERENT")
            rate = n_drafts / max(seconds - fixed, 1e-9)
            shown = ", ".join(str(m) for m in worker_mb) or "-"
            print(f"{name:<30} {fixed:>10.2f} {seconds:>8.1f} {rate:>9.1f} {first / seconds:>8.2f} "
                  f"{main_mb:>8} {shown:>12}  {same}")
        print(f"\n{len(reference.splitlines()):,} findings; drafts/s counts the time after the fixed start-up cost")


if __name__ == "__main__":
    main()
