"""Benchmark: factlint's figure extractor beside quantulum3, on speed, accuracy and hostile input.

Run from the project root:  .venv/bin/python benchmarks/extract.py
Needs the `bench` extra (quantulum3) for the comparison columns; without it they read "n/a".
"""

from __future__ import annotations

import math
import sys
import tomllib
import warnings
from pathlib import Path

from workload import best

from factlint.extract import extract
from factlint.lang import detect_language

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CASES = ROOT.parent / "shared" / "eval" / "public" / "figures.toml"
CORPUS_BYTES = 1_000_000
QUANTULUM_BYTES = 20_000  # quantulum3 reads a few kB per second: time it on a slice
ADVERSARIAL_CHARS = 100_000


def seed_corpus() -> list[tuple[str, str]]:
    """The seeds with their languages, repeated to at least 1 MB of UTF-8."""
    seeds = [(p.read_text(encoding="utf-8"), "nl" if p.name[:3] in ("001", "002") else "en")
             for p in sorted(SEEDS.glob("*.txt"))]
    corpus: list[tuple[str, str]] = []
    size = 0
    while size < CORPUS_BYTES:
        for text, lang in seeds:
            corpus.append((text, lang))
            size += len(text.encode("utf-8"))
    return corpus


def quantulum_parser():
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
            parser.parse("warm up: $1.46/hour and 60%")
        return parser
    except ImportError:
        return None


def factlint_reading(text: str) -> list[dict]:
    return [dict(f.as_json(), start=f.start, end=f.end) for f in extract(text, detect_language(text))]


CURRENCIES = {"dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP"}
PERIODS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}


def quantulum_reading(parser, text: str) -> list[dict]:
    """quantulum3's quantities in factlint's terms (it has no qualifiers: they read as exact)."""
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    for q in quantities:
        name = q.unit.name.lower()
        base, _, per = name.partition(" per ")
        if q.unit.entity.name == "currency" or base in CURRENCIES:
            kind, unit = "money", CURRENCIES.get(base, base)
        elif name in ("percentage", "percent"):
            kind, unit = "percent", "%"
        else:
            kind, unit = "count", None
        low = high = q.value
        if getattr(q, "uncertainty", None):
            low, high = q.value - q.uncertainty, q.value + q.uncertainty
        found.append({"low": low, "high": high, "kind": kind, "unit": unit, "per": PERIODS.get(per),
                      "qualifier": "exact", "start": q.span[0], "end": q.span[1]})
    return found


def accuracy(reader) -> tuple[int, int, int]:
    """(expected figures read right, expected figures, extra findings) on the public figure cases."""
    cases = tomllib.loads(CASES.read_text(encoding="utf-8"))["figures"]
    right = total = extra = 0
    for case in cases:
        text = case["text"]
        found = reader(text)
        used: set[int] = set()
        for exp in case.get("expect", []):
            total += 1
            start = text.find(exp["figure"])
            end = start + len(exp["figure"])
            hits = [n for n, f in enumerate(found) if min(end, f["end"]) > max(start, f["start"])]
            used.update(hits)
            if hits and all(_same(found[hits[0]].get(k), v) for k, v in exp.items() if k != "figure"):
                right += 1
        extra += len(found) - len(used)
    return right, total, extra


def _same(got, want) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(got, want, rel_tol=1e-6)
    if isinstance(want, str) and isinstance(got, str):
        return got.lower() == want.lower()
    return got == want


def adversarial() -> list[tuple[str, str]]:
    n = ADVERSARIAL_CHARS
    return [
        ('"1,1,1,…" (1e5 chars)', ",".join(["1"] * (n // 2))),
        ('"$$$…"', "$" * n),
        ('"– – –…"', "– " * (n // 2)),
        ("1e5 digits with separators", ".".join(["123"] * (n // 4))),
        ("1e5 digits, no separators", "7" * n),
        ("1e5 of '12 million–'", "12 million–" * (n // 11)),
        ("1 MB with no spaces", ("Data$1.46/hour150m–430m€90–100" * (1_000_000 // 30))),
        ("1 MB with no spaces, letters", "a" * 1_000_000),
    ]


def main() -> int:
    corpus = seed_corpus()
    size = sum(len(t.encode("utf-8")) for t, _ in corpus)
    fl_time = best(lambda: [extract(t, lang) for t, lang in corpus])
    fl_speed = size / fl_time / 1e6
    parser = quantulum_parser()
    rows = [("tool", "text", "time (s)", "MB/s", "figures.toml right", "extra findings")]
    fl_right, total, fl_extra = accuracy(factlint_reading)
    rows.append(("factlint", f"{size / 1e6:.2f} MB seeds", f"{fl_time:.3f}", f"{fl_speed:.2f}",
                 f"{fl_right}/{total}", str(fl_extra)))
    q_speed = None
    if parser is not None:
        sample = "\n\n".join(t for t, _ in corpus)[:QUANTULUM_BYTES]
        sample_size = len(sample.encode("utf-8"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q_time = best(lambda: parser.parse(sample), repeat=1)
        q_speed = sample_size / q_time / 1e6
        q_right, _, q_extra = accuracy(lambda text: quantulum_reading(parser, text))
        rows.append(("quantulum3", f"{sample_size / 1e3:.0f} kB slice", f"{q_time:.3f}", f"{q_speed:.4f}",
                     f"{q_right}/{total}", str(q_extra)))
    else:
        rows.append(("quantulum3", "n/a (pip install .[bench])", "", "", "", ""))
    print(_table(rows))
    if q_speed:
        print(f"\nfactlint throughput is {fl_speed / q_speed:,.0f}x quantulum3's on the same prose.\n")
    hostile = [("input", "chars", "factlint time (s)", "MB/s")]
    prose = "\n\n".join(t for t, _ in corpus)[:ADVERSARIAL_CHARS]
    for label, text in [("ordinary prose (seeds)", prose)] + adversarial():
        seconds = best(lambda: extract(text), repeat=1)
        hostile.append((label, f"{len(text):,}", f"{seconds:.4f}", f"{len(text.encode('utf-8')) / seconds / 1e6:.2f}"))
    print(_table(hostile))
    return 0


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
