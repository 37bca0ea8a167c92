"""Peak memory and time of factlint on a huge draft and a huge source (not a test: minutes, not seconds).

    .venv/bin/python benchmarks/reliability_memory.py [--draft-mb 50] [--source-mb 100]

Each run is a fresh process; its peak resident memory (ru_maxrss) is compared with the same command
on a one-line input, so the figure reported is what the input itself costs, as a multiple of its size.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prose(size: int) -> str:
    """`size` bytes of the bundled seeds, repeated: real prose with real figure density."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*")) if p.is_file())
    text = text.encode("ascii", "ignore").decode()  # one byte per character: size in bytes = size in chars
    return (text * (size // len(text) + 1))[:size]


def measure(args: list[str], cwd: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of `python -m factlint ARGS` in a fresh process."""
    code = ("import resource, sys\nfrom factlint.cli import main\nrc = main(sys.argv[1:])\n"
            "sys.stderr.write(f'\\nRSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')\nsys.exit(rc)")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t
    rss = int(done.stderr.rsplit("RSS ", 1)[1]) / 1024  # Linux reports kilobytes
    return elapsed, rss, done.returncode


def report(label: str, size_mb: float, big: tuple[float, float, int], small: tuple[float, float, int]) -> None:
    grown = big[1] - small[1]
    print(f"{label}: {size_mb:g} MB in {big[0]:.1f}s (exit {big[2]}), peak RSS {big[1]:.0f} MB "
          f"(baseline {small[1]:.0f} MB): grows by {grown:.0f} MB = {grown / size_mb:.1f}x the input")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft-mb", type=float, default=50)
    parser.add_argument("--source-mb", type=float, default=100)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "small.md").write_text("Paid $1.46/hour.\n")
        if opts.draft_mb:
            (work / "big.md").write_text(prose(int(opts.draft_mb * 1e6)))
            for cmd in (["figures", "--format", "json"], ["check", "--format", "json", "--claims", str(ROOT / "claims")]):
                small = measure([*cmd, "small.md"], work)
                report(f"{cmd[0]} draft", opts.draft_mb, measure([*cmd, "big.md"], work), small)
        if opts.source_mb:
            (work / "seeds").mkdir()
            (work / "claims").mkdir()
            (work / "claims/a.toml").write_text(
                '[[source]]\nid = "big"\npath = "seeds/big.txt"\n\n[[claim]]\nid = "end"\nsource = "big"\n'
                'quote = "the very last 12.5 million words"\nstatement = "The last 12.5 million words."\n')
            (work / "seeds/big.txt").write_text("Paid $1.46/hour.\n")
            small = measure(["claims", "verify"], work)
            (work / "seeds/big.txt").write_text(prose(int(opts.source_mb * 1e6)) + "\nthe very last 12.5 million words\n")
            report("claims verify source", opts.source_mb, measure(["claims", "verify"], work), small)
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
