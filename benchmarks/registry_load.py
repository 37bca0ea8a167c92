"""Benchmark: loading a generated registry (parse, validate, extract each quote's figure, anchor it in its source).

Run from the project root:  .venv/bin/python benchmarks/registry_load.py
1. registries of 1,000 and 10,000 claims (50 claims a source), beside reading the same TOML files with
   tomllib alone: the floor any loader that parses with tomllib would have;
2. text.normalize on 10 MB of the seeds' text, plain and as HTML, beside " ".join(text.split()), which
   folds white space in C and keeps no offset map: the floor of the folding alone.
Times are the best of three runs in this process.
"""

from __future__ import annotations

import random
import tempfile
import tomllib
from pathlib import Path

from workload import ROOT, SEED, Words, best, make_claims, write_registry

from factlint.registry.load import load_registry
from factlint.text import normalize

NORMALIZE_CHARS = 10_000_000


def toml_only(claims_dir: Path) -> None:
    for path in sorted(claims_dir.rglob("*.toml")):
        tomllib.loads(path.read_bytes().decode("utf-8"))


def seed_text(nchars: int) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return (seeds * (nchars // len(seeds) + 1))[:nchars]


def main() -> None:
    rng = random.Random(SEED)
    claims = make_claims(10_000, rng, Words(rng))
    print("1. load_registry")
    print(f"{'claims':>8} {'what':<28} {'seconds':>8} {'claims/s':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1_000, 10_000):
            project = write_registry(Path(tmp) / f"registry-{n}", claims[:n])
            load_registry(project / "claims", project)  # warms the lazy imports
            seconds = best(lambda: load_registry(project / "claims", project))
            print(f"{n:>8,} {'load_registry':<28} {seconds:>8.3f} {n / seconds:>10,.0f}")
            seconds = best(lambda: toml_only(project / "claims"))
            print(f"{n:>8,} {'baseline: tomllib alone':<28} {seconds:>8.3f} {n / seconds:>10,.0f}")

    text = seed_text(NORMALIZE_CHARS)
    size = len(text.encode("utf-8"))
    print(f"\n2. text.normalize on {size / 1e6:.1f} MB of seed text")
    print(f"{'what':<40} {'seconds':>8} {'MB/s':>8}")
    for label, fn in (("normalize(text)", lambda: normalize(text)),
                      ("normalize(text, markup=True)", lambda: normalize(text, markup=True)),
                      ('baseline: " ".join(text.split())', lambda: " ".join(text.split()))):
        seconds = best(fn)
        print(f"{label:<40} {seconds:>8.3f} {size / seconds / 1e6:>8.1f}")


if __name__ == "__main__":
    main()
