"""Benchmark: start-up. `factlint --version` and a one-paragraph `check` beside `python -c pass`.

Run from the project root:  .venv/bin/python benchmarks/startup.py [--runs 10]

Prints the installed versions of the dependencies that decide start-up (a typer that needs pydantic
costs a sixth of a second per run), then per command the median and best wall time, the median CPU time
(user + system: what a busy machine does not inflate) and the peak memory, then the slowest imports of
the one-paragraph check.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from workload import FACTLINT, ROOT, median

PARAGRAPH = ("Exploited AI data workers are paid as little as $1.46 an hour after tax, while between 150 million "
             "and 430 million people do such work, according to a World Bank estimate.\n")
PACKAGES = ("typer", "rich", "rapidfuzz", "pydantic")  # pydantic: pulled in by typer 0.29 and later
TARGETS = {"factlint --version": "< 150 ms", "factlint check (one paragraph, bundled registry)": "< 300 ms"}


def versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def timed(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak resident MB of one run of a command."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} failed: {err.read().decode(errors='replace')[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def slowest_imports(args: list[str], n: int = 10) -> list[tuple[int, str]]:
    err = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, cwd=ROOT).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = (p.strip() for p in line[len("import time:"):].split("|"))
            rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:n]


def main(runs: int = 10) -> None:
    print(f"{sys.executable}: {versions()}\n")
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "paragraph.md"
        draft.write_text(PARAGRAPH, encoding="utf-8")
        cases = [("python -c pass (baseline)", [sys.executable, "-c", "pass"]),
                 ("factlint --version", [FACTLINT, "--version"]),
                 ("factlint check (one paragraph, bundled registry)", [FACTLINT, "check", str(draft)])]
        print(f"{'command':<50} {'median ms':>10} {'min ms':>8} {'cpu ms':>7} {'peak MB':>8}   target")
        for name, args in cases:
            timed(args)  # warm the file cache (and the prepared-registry cache)
            results = [timed(args) for _ in range(runs)]
            walls = [r[0] * 1000 for r in results]
            cpus = [r[1] * 1000 for r in results]
            print(f"{name:<50} {median(walls):>10.0f} {min(walls):>8.0f} {median(cpus):>7.0f} "
                  f"{max(r[2] for r in results):>8}   {TARGETS.get(name, '')}")
        print("\npython -X importtime -m factlint check (one paragraph): the ten slowest imports (cumulative µs)")
        for cumulative, name in slowest_imports(["-m", "factlint", "check", str(draft)]):
            print(f"  {cumulative:>9}  {name}")


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10)
