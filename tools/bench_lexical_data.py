#!/usr/bin/env python3
"""Time the lexical data files and the stemmers, each in a fresh interpreter (best of --runs).

    .venv/bin/python tools/bench_lexical_data.py [--runs 9]

Loads en_freq.tsv / nl_freq.tsv (whole, and only the lines down to a Zipf floor: the lines fall from the most
frequent word, so a reader may stop early), parses places.tsv and demonyms.tsv, and, for whichever of
PyStemmer and snowballstemmer is installed, times the import and the stems per second on the frequency files'
words. Needs nothing outside the standard library; reads no factlint code. The numbers depend on the machine's
load: run it on an idle machine (`uptime`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "factlint" / "lang" / "data"

LOAD_FREQ = r"""
import sys, time
t0 = time.perf_counter()
table = {}
floor = float(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        if line[0] == "#":
            continue
        value, _, words = line.partition("\t")
        zipf = float(value)
        if zipf < floor:
            break
        table.update(dict.fromkeys(words.split(), zipf))
print((time.perf_counter() - t0) * 1e3, len(table))
"""

LOAD_TSV = r"""
import sys, time
t0 = time.perf_counter()
rows = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line[0] != "#":
                cols = line.rstrip("\n").split("\t")
                rows[(path, cols[0])] = [c.split("|") for c in cols[1:]]
print((time.perf_counter() - t0) * 1e3, len(rows))
"""

IMPORT_STEMMER = r"""
import sys, time
t0 = time.perf_counter()
if sys.argv[1] == "Stemmer":
    import Stemmer
    make = Stemmer.Stemmer
else:
    import snowballstemmer
    make = snowballstemmer.stemmer
stemmers = [make("english"), make("dutch")]
print((time.perf_counter() - t0) * 1e3, type(stemmers[0]).__module__)
"""

STEM_SPEED = r"""
import sys, time
if sys.argv[1] == "Stemmer":
    import Stemmer
    make = Stemmer.Stemmer
else:
    import snowballstemmer
    make = snowballstemmer.stemmer
stemmer = make(sys.argv[2])
words = [w for line in open(sys.argv[3], encoding="utf-8") if line[0] != "#" for w in line.split("\t")[1].split()]
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    for w in words:
        stemmer.stemWord(w)
    best = min(best, time.perf_counter() - t0)
print(len(words) / best, len(words))
"""


def run(code: str, *args: str, runs: int, best=min) -> tuple[float, str]:
    """The best (by default the least) of the first printed number over `runs` fresh interpreters, and the
    rest of the last line. The least time is the one least disturbed by other work on the machine."""
    values, rest = [], ""
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
        first, _, rest = out.stdout.strip().partition(" ")
        values.append(float(first))
    return best(values), rest


def installed(module: str) -> bool:
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, check=False).returncode == 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=9)
    runs = ap.parse_args().runs
    for lang in ("en", "nl"):
        path = DATA / f"{lang}_freq.tsv"
        for floor in ("0", "3.5", "4.0", "4.5"):
            ms, n = run(LOAD_FREQ, str(path), floor, runs=runs)
            print(f"{path.name} down to zipf {floor:>3}: {n:>6} words in {ms:5.2f} ms ({path.stat().st_size:,} bytes)")
    ms, n = run(LOAD_TSV, str(DATA / "places.tsv"), str(DATA / "demonyms.tsv"), runs=runs)
    print(f"places.tsv + demonyms.tsv: {n} rows in {ms:.2f} ms")
    for module in ("Stemmer", "snowballstemmer"):
        if not installed(module):
            print(f"{module}: not installed")
            continue
        ms, impl = run(IMPORT_STEMMER, module, runs=runs)
        print(f"import {module} + english + dutch stemmers: {ms:.1f} ms (runs {impl})")
        for lang, algorithm in (("en", "english"), ("nl", "dutch")):
            speed, n = run(STEM_SPEED, module, algorithm, str(DATA / f"{lang}_freq.tsv"), runs=3, best=max)
            print(f"  {algorithm}: {speed:,.0f} stems/s over {n} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
