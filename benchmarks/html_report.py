"""Benchmark: what writing the HTML report costs beside writing the JSON report of the same findings.

Run from the project root:  .venv/bin/python benchmarks/html_report.py [--mb 1] [--claims 2000]

A draft of --mb MB against a generated registry is checked once, in this process, with the candidates
explained and the text kept (what the runner does for --format html); then each report is written from
those findings to an in-memory file: best of 3 wall times, the peak of Python allocations while writing
(tracemalloc), and the report's size. JSON without the explanations is the baseline; JSON with them
carries what the page carries. The check itself is not timed here (benchmarks/throughput.py does that).
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from workload import SEED, Words, draft, make_claims, write_registry

from factlint.check.draft import check_draft
from factlint.check.findings import FileFindings
from factlint.output.html import write_check_html
from factlint.output.json import write_check_json
from factlint.registry.cache import prepared


def measure(write, files: list[FileFindings]) -> tuple[float, float, int]:
    """Best-of-3 seconds, peak MB allocated while writing, and the size in MB of what `write` wrote."""
    seconds = float("inf")
    for _ in range(3):
        out = io.StringIO()
        start = time.perf_counter()
        write(files, out)
        seconds = min(seconds, time.perf_counter() - start)
    tracemalloc.start()
    out = io.StringIO()
    write(files, out)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak / 1e6, len(out.getvalue().encode("utf-8"))


def main(mb: float = 1.0, n_claims: int = 2000) -> None:
    rng = random.Random(SEED)
    words = Words(rng)
    claims = make_claims(n_claims, rng, words)
    with tempfile.TemporaryDirectory() as tmp:
        project = write_registry(Path(tmp) / "project", claims)
        engine = prepared(project / "claims", project, use_cache=False)
    text = draft(int(mb * 1_000_000), claims[:100], rng, words)
    plain = [check_draft(text, engine, path="draft.md")]
    explained = [check_draft(text, engine, path="draft.md", explain=True, keep_text=True)]
    figures = len(explained[0].findings)  # type: ignore[arg-type]
    print(f"draft: {len(text.encode('utf-8')) / 1e6:.2f} MB, {figures} figures, {n_claims} claims\n")
    print(f"{'report':<34} {'seconds':>8} {'figures/s':>10} {'peak MB':>8} {'size MB':>8}")
    for name, write, files in (("json (baseline)", write_check_json, plain),
                               ("json, candidates explained", write_check_json, explained),
                               ("html", write_check_html, explained)):
        seconds, peak, size = measure(write, files)
        print(f"{name:<34} {seconds:>8.3f} {figures / seconds:>10.0f} {peak:>8.1f} {size / 1e6:>8.2f}")


if __name__ == "__main__":
    args = sys.argv
    main(float(args[args.index("--mb") + 1]) if "--mb" in args else 1.0,
         int(args[args.index("--claims") + 1]) if "--claims" in args else 2000)
