"""Benchmark: how `factlint check` time grows with the registry, with the draft, and with --jobs.

Run from the project root:  .venv/bin/python benchmarks/scaling.py
1. the same 1 MB draft against 100, 1,000 and 10,000 claims (target: 10,000 < 3x the time of 100);
2. drafts of 0.25, 0.5, 1 and 2 MB against 10,000 claims (target: linear: seconds per MB flat);
3. 200 files (5 kB each) with --jobs 1 and --jobs 2 (target: --jobs 2 at least 1.6x faster).
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from pathlib import Path

from workload import FACTLINT, SEED, Words, draft, make_claims, median, run, write_registry

RUNS = 5


def timed(args: list[str], cwd: Path) -> tuple[float, int, dict]:
    """Seconds, peak MB and summary of a `check`."""
    seconds, peak, out = run(args + ["--format", "json"], cwd=cwd)
    return seconds, peak, json.loads(out)["summary"]


def main() -> None:
    rng = random.Random(SEED)
    words = Words(rng)
    claims = make_claims(10_000, rng, words)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["FACTLINT_CACHE_DIR"] = str(tmp / "cache")  # this run's own prepared-registry cache
        projects = {n: write_registry(tmp / f"registry-{n}", claims[:n]) for n in (100, 1_000, 10_000)}
        drafts = {}
        for mb in (0.25, 0.5, 1.0, 2.0):
            drafts[mb] = tmp / f"draft-{mb}.md"
            drafts[mb].write_text(draft(int(mb * 1_000_000), claims[:100], random.Random(SEED + 1), words),
                                  encoding="utf-8")

        print("1. the same 1 MB draft, registries of growing size (--no-cache: loaded and prepared in the run;")
        print("   cached: a second run, the prepared registry read from the cache)")
        print(f"{'claims':>8} {'no-cache':>9} {'x (100)':>8} {'cached':>8} {'x (100)':>8} {'figures':>8} {'peak MB':>8}")
        base = None
        for n, project in projects.items():
            cold, _, _ = timed([FACTLINT, "check", str(drafts[1.0]), "--no-cache"], project)
            timed([FACTLINT, "check", str(drafts[1.0])], project)  # fills the cache
            warm, peak, summary = timed([FACTLINT, "check", str(drafts[1.0])], project)
            base = base or (cold, warm)
            print(f"{n:>8,} {cold:>9.2f} {cold / base[0]:>8.2f} {warm:>8.2f} {warm / base[1]:>8.2f} "
                  f"{summary['figures']:>8} {peak:>8}")

        print("\n2. drafts of growing size, 10,000 claims (prepared registry cached)")
        # Linear growth is a fixed cost (start-up, registry load) plus a constant cost per MB: the
        # marginal column (extra seconds per extra MB over the previous row) should stay flat.
        print(f"{'MB':>8} {'seconds':>8} {'s/MB':>8} {'marginal':>9} {'figures':>8} {'peak MB':>8}")
        previous = None
        for mb, path in drafts.items():
            seconds, peak, summary = timed([FACTLINT, "check", str(path)], projects[10_000])
            marginal = f"{(seconds - previous[1]) / (mb - previous[0]):>9.2f}" if previous else f"{'':>9}"
            previous = (mb, seconds)
            print(f"{mb:>8.2f} {seconds:>8.2f} {seconds / mb:>8.2f} {marginal} {summary['figures']:>8} {peak:>8}")

        print("\n3. 200 files of 5 kB, 1,000 claims (cached), --jobs")
        folder = tmp / "files"
        folder.mkdir()
        file_rng = random.Random(SEED + 2)
        for k in range(200):
            (folder / f"chapter-{k:03d}.md").write_text(draft(5_000, claims[:100], file_rng, words), encoding="utf-8")
        print(f"{'jobs':>8} {'seconds':>8} {'speed-up':>8} {'figures':>8}   (median of {RUNS} runs, alternated)")
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(RUNS):  # alternated, so that a burst of load elsewhere hits both alike
            for jobs in (1, 2):
                seconds, _, summary = timed([FACTLINT, "check", str(folder), "--jobs", str(jobs), "--quiet"],
                                            projects[1_000])
                times[jobs].append(seconds)
        first = median(times[1])
        for jobs in (1, 2):
            print(f"{jobs:>8} {median(times[jobs]):>8.2f} {first / median(times[jobs]):>8.2f} {summary['figures']:>8}")


if __name__ == "__main__":
    main()
