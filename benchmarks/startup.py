"""Benchmark: start-up. `factlint --version` and a one-paragraph `check` beside `python -c pass`.

Run from the project root:  .venv/bin/python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from workload import FACTLINT, ROOT, median, run

PARAGRAPH = ("Exploited AI data workers are paid as little as $1.46 an hour after tax, while between 150 million "
             "and 430 million people do such work, according to a World Bank estimate.\n")


def main(runs: int = 10) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "paragraph.md"
        draft.write_text(PARAGRAPH, encoding="utf-8")
        cases = [("python -c pass (baseline)", [sys.executable, "-c", "pass"]),
                 ("factlint --version", [FACTLINT, "--version"]),
                 ("factlint check (one paragraph, bundled registry)", [FACTLINT, "check", str(draft)])]
        print(f"{'command':<50} {'median ms':>10} {'min ms':>8} {'peak MB':>8}   target")
        targets = {"factlint --version": "< 150 ms", "factlint check (one paragraph, bundled registry)": "< 300 ms"}
        for name, args in cases:
            run(args, cwd=ROOT)  # warm the file cache
            times, peaks = [], []
            for _ in range(runs):
                t, peak, _ = run(args, cwd=ROOT)
                times.append(t * 1000)
                peaks.append(peak)
            print(f"{name:<50} {median(times):>10.0f} {min(times):>8.0f} {max(peaks):>8}   {targets.get(name, '')}")
    print("\npython -X importtime -c 'import factlint.cli': the ten slowest imports (cumulative µs)")
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import factlint.cli"], capture_output=True,
                         text=True, cwd=ROOT).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = (p.strip() for p in line[len("import time:"):].split("|"))
            rows.append((int(cumulative), name))
    for cumulative, name in sorted(rows, reverse=True)[:10]:
        print(f"  {cumulative:>9}  {name}")


if __name__ == "__main__":
    main(int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10)
