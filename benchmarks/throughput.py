"""Benchmark: a 1 MB Markdown draft against the bundled registry and a generated one of 10,000 claims.

Run from the project root:  .venv/bin/python benchmarks/throughput.py [--mb 1] [--claims 10000]
Prints wall time, MB/s, figures/s and the peak resident memory of each `factlint check` process.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from pathlib import Path

from workload import FACTLINT, ROOT, SEED, Words, draft, make_claims, run, write_registry


def check(draft_path: Path, project: Path, *extra: str) -> tuple[float, int, dict]:
    seconds, peak, out = run([FACTLINT, "check", str(draft_path), "--format", "json", *extra], cwd=project)
    return seconds, peak, json.loads(out)["summary"]


def row(label: str, nbytes: int, seconds: float, peak: int, summary: dict) -> str:
    figures = summary["figures"]
    counts = "/".join(str(summary[k]) for k in ("supported", "conflicting", "unsourced"))
    return (f"{label:<44} {nbytes / 1e6:>5.2f} {seconds:>8.2f} {nbytes / 1e6 / seconds:>7.3f} "
            f"{figures:>8} {figures / seconds:>9.0f} {peak:>8}   {counts}")


HEADER = f"{'registry':<44} {'MB':>5} {'seconds':>8} {'MB/s':>7} {'figures':>8} {'figures/s':>9} {'peak MB':>8}   sup/conf/unsrc"


def main(mb: float = 1.0, n_claims: int = 10_000) -> None:
    rng = random.Random(SEED)
    words = Words(rng)
    claims = make_claims(n_claims, rng, words)
    with tempfile.TemporaryDirectory() as tmp:
        # A cache folder of this run's own: the first run against a registry prepares it and fills the cache.
        os.environ["FACTLINT_CACHE_DIR"] = str(Path(tmp) / "cache")
        project = write_registry(Path(tmp) / "project", claims)
        text = draft(int(mb * 1_000_000), claims[:100], rng, words)
        path = Path(tmp) / "draft.md"
        path.write_text(text, encoding="utf-8")
        nbytes = len(text.encode("utf-8"))
        print(HEADER)
        print(row("baseline: wc -c (reading only)", nbytes, *_wc(path)))
        print(row("bundled registry", nbytes, *check(path, ROOT)))
        print(row(f"{n_claims:,} claims, --no-cache", nbytes, *check(path, project, "--no-cache")))
        print(row(f"{n_claims:,} claims, first run (fills cache)", nbytes, *check(path, project)))
        print(row(f"{n_claims:,} claims, cached", nbytes, *check(path, project)))
    print("\ntargets: 1 MB against 10,000 claims < 5 s and < 500 MB peak")


def _wc(path: Path) -> tuple[float, int, dict]:
    seconds, peak, _ = run(["wc", "-c", str(path)])
    return seconds, peak, {"figures": 0, "supported": 0, "conflicting": 0, "unsourced": 0}


if __name__ == "__main__":
    args = sys.argv
    main(float(args[args.index("--mb") + 1]) if "--mb" in args else 1.0,
         int(args[args.index("--claims") + 1]) if "--claims" in args else 10_000)
