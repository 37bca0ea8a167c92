"""Benchmark: the CI reports. A long manuscript in a git repository, one paragraph changed.

Run from the project root:  .venv/bin/python benchmarks/ci.py [--paragraphs 1500] [--runs 3]

Prints, per command, the median wall time, the median CPU time (user + system: what a busy machine does
not inflate), the peak memory and the number of figures reported, beside the baseline measured in the same
run: the whole manuscript checked as JSON. `--diff HEAD` checks the changed chapter only and reports the
changed lines; every other format writes the same findings as the baseline.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workload import FACTLINT, ROOT, median

CHAPTERS = 10
PLACES = ("Kenya", "Peru", "Ghana", "Nepal", "Chile", "Uganda", "Poland", "Brazil")
NOUNS = ("households", "farmers", "clinics", "schools", "drivers", "students")


def manuscript(folder: Path, paragraphs: int, rng: random.Random) -> None:
    """Chapters of paragraphs of a few figures each, none in the bundled registry (all unsourced)."""
    per = paragraphs // CHAPTERS
    for c in range(CHAPTERS):
        text = [f"# Chapter {c + 1}\n"]
        for _ in range(per):
            place, noun = rng.choice(PLACES), rng.choice(NOUNS)
            text.append(f"In {place}, {rng.randint(2, 900)} {noun} spent €{rng.randint(10, 99_000):,} on repairs, "
                        f"about {rng.randint(2, 95)}% more than a survey expected.\n"
                        f"The ministry counted {rng.randint(2, 40)} million visits in {place}.\n")
        (folder / f"chapter-{c + 1:02}.md").write_text("\n".join(text), encoding="utf-8")


def figures(args: list[str], cwd: Path) -> int:
    """The figures a JSON report counted."""
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    return json.loads(done.stdout)["summary"]["figures"]


def git(folder: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", "-c", "commit.gpgsign=false",
                    *args], cwd=folder, env=env, check=True, capture_output=True)


def timed(args: list[str], cwd: Path) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, peak resident MB, and the report's size in bytes, of one run."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} failed: {err.read().decode(errors='replace')[-500:]}")
        size = out.tell()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, size


def main(paragraphs: int, runs: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "book"
        folder.mkdir()
        manuscript(folder, paragraphs, rng)
        git(folder, "init", "-q", "-b", "main")
        git(folder, "add", ".")
        git(folder, "commit", "-q", "-m", "manuscript")
        chapter = folder / "chapter-05.md"
        lines = chapter.read_text(encoding="utf-8").split("\n")
        lines[10] = "A rewritten paragraph: 12 clinics spent €4,200, about 7% more than planned."
        chapter.write_text("\n".join(lines), encoding="utf-8")
        base = [FACTLINT, "check", "--quiet", "--claims", str(ROOT / "claims")]
        cases = [("check, json (baseline)", [*base, "--format", "json", "."])]
        cases += [(f"check, {fmt}", [*base, "--format", fmt, "."]) for fmt in ("sarif", "junit", "gitlab", "rdjson")]
        cases += [("check --statistics", [*base, "--statistics", "."]),
                  ("check --diff HEAD, json", [*base, "--diff", "HEAD", "--format", "json", "."])]
        whole, changed = figures(cases[0][1], folder), figures(cases[-1][1], folder)
        print(f"{CHAPTERS} chapters, {paragraphs} paragraphs, {whole:,} figures ({changed} on the changed lines); "
              f"{runs} runs each\n")
        print(f"{'command':<28} {'median s':>9} {'cpu s':>7} {'peak MB':>8} {'report KB':>10}  vs baseline")
        baseline = None
        for name, args in cases:
            timed(args, folder)  # warm the file cache and the prepared-registry cache
            results = [timed(args, folder) for _ in range(runs)]
            wall, cpu = median([r[0] for r in results]), median([r[1] for r in results])
            peak, size = max(r[2] for r in results), results[0][3]
            baseline = baseline or cpu
            print(f"{name:<28} {wall:>9.2f} {cpu:>7.2f} {peak:>8} {size / 1024:>10.0f}  {cpu / baseline:>5.2f}x cpu")


if __name__ == "__main__":
    argv = sys.argv
    main(int(argv[argv.index("--paragraphs") + 1]) if "--paragraphs" in argv else 1500,
         int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3)
