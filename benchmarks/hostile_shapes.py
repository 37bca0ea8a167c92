"""Time and peak memory of factlint on the hostile shapes of issue 15, items 2 and 3 (not a test: minutes).

    .venv/bin/python benchmarks/hostile_shapes.py [--kb 200 800] [--shapes wide stars …] [--against REV]

Each shape is a draft of the size given (or, for `quote`, a quote of a fiftieth of it against a source of
that size that does not hold it) run in a fresh process by benchmarks/reliability_memory.py's `measure`:
wall seconds and peak resident memory, the working tree beside `--against REV` in the same run. Two sizes
show how each grows: four times the input should cost about four times the time, and memory a few times it.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from reliability_memory import measure  # noqa: E402


def wide(size: int) -> str:
    """One table row of as many cells as fit in `size`, each a figure and a footnote."""
    n = size // 24
    return ("| " + " | ".join(f"Year {i}" for i in range(n)) + " |\n" + "|---" * n + "|\n"
            + "| " + " | ".join(f"{i % 97}% [^1]" for i in range(n)) + " |\n\n[^1]: A note.\n")


DRAFTS = {
    "wide": wide,
    "stars": lambda size: "*_" * (size // 2),
    "nested": lambda size: "*a _b " * (size // 12) + "c_ d* " * (size // 12),
    "groups": lambda size: "1," * (size // 2),
    "figures+notes": lambda size: "$1.46 [^1] " * (size // 11) + "\n\n[^1]: A note.\n",
}


def _words_source(size: int) -> str:
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnop") for _ in range(rng.randint(2, 9))) for _ in range(3000)]
    out, length = [], 0
    while length < size:
        line = " ".join(rng.choice(words) for _ in range(12)) + ".\n"
        out.append(line)
        length += len(line)
    return "".join(out)


def registry(work: Path, size: int, shape: str) -> None:
    """A registry in `work`: `quote` a long quote its source lacks, `quoted` claims under [["claim"]] headers
    with escaped ids (size // 100 of them)."""
    for sub in ("seeds", "claims"):
        (work / sub).mkdir(exist_ok=True)
    if shape == "quote":
        text = _words_source(size)
        middle = text.index("\n", size // 2) + 1
        quote = text[middle:middle + size // 50].replace(" a", " Z").replace("\n", " ")
        (work / "seeds/s.txt").write_text(text)
        (work / "claims/a.toml").write_text(f'[[source]]\nid = "s"\npath = "seeds/s.txt"\n\n[[claim]]\nid = "q"\n'
                                            f'source = "s"\nquote = "{quote}"\nstatement = "It says 1."\n')
        return
    n = size // 100
    (work / "seeds/s.txt").write_text("".join(f"Kind {i} counts {i}.5 million workers.\n" for i in range(n)))
    body = ['[["source"]]\nid = "s"\npath = "seeds/s.txt"\n']
    body += [f'[["claim"]]\nid = "c\\u0030{i}"\nsource = "s"\nquote = "Kind {i} counts {i}.5 million workers"\n'
             f'statement = "Kind {i} counts {i}.5 million workers."\n' for i in range(n)]
    (work / "claims/a.toml").write_text("\n".join(body))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, nargs="*", default=[200, 800])
    parser.add_argument("--shapes", nargs="*", default=[*DRAFTS, "quote", "quoted"])
    parser.add_argument("--against", metavar="REV", help="also measure this git revision's code, side by side")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        trees = {"now": ROOT / "src"}
        if opts.against:
            (base / "against").mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", opts.against, "src"], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(base / "against")], input=archive, check=True)
            trees[opts.against] = base / "against/src"
        print(f"{'shape':<14} {'size':>7} " + " ".join(f"{name:>20}" for name in trees))
        for shape in opts.shapes:
            for kb in opts.kb:
                work = base / f"{shape}-{kb}"
                work.mkdir()
                if shape in DRAFTS:
                    (work / "d.md").write_text(DRAFTS[shape](kb * 1000))
                    args = ["figures", "--format", "json", "d.md"]
                else:
                    registry(work, kb * 1000, shape)
                    args = ["claims", "verify"]
                cells = []
                for src in trees.values():
                    seconds, peak, _ = measure(args, work, src)
                    cells.append(f"{seconds:7.1f} s {peak:6.0f} MB")
                print(f"{shape:<14} {kb:>5} KB " + " ".join(f"{c:>20}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
