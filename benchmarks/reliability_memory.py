"""Peak memory and time of factlint on huge drafts and a huge source (not a test: minutes, not seconds).

    .venv/bin/python benchmarks/reliability_memory.py [--draft-mb 2 5 10] [--kinds prose dense]
        [--commands figures check] [--source-mb 100] [--against REV]

Each run is a fresh process; its peak resident memory (VmHWM, read by the process itself: a child's ru_maxrss
starts from its parent's size) is compared with the same command on a one-line input, so the figure reported is
what the input itself costs, as a multiple of its size. Drafts: `prose` is the bundled seeds repeated (a figure
every 1,400 bytes, ASCII), `dense` is benchmarks/workload.py's generated Markdown (a figure every 135 bytes,
with euro signs, so Python holds it at two bytes a character). `--against REV` measures the code of a git
revision too (its src/ exported to a temporary folder), beside the working tree's, in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def prose(size: int) -> str:
    """`size` bytes of the bundled seeds, repeated: real prose with real figure density."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*")) if p.is_file())
    text = text.encode("ascii", "ignore").decode()  # one byte per character: size in bytes = size in chars
    return (text * (size // len(text) + 1))[:size]


def dense(size: int) -> str:
    """About `size` bytes of benchmarks/workload.py's Markdown: a figure in most sentences."""
    import workload

    rng = random.Random(workload.SEED)
    words = workload.Words(rng)
    return workload.draft(size, workload.make_claims(200, rng, words), rng, words)


CHILD = ("import sys\nfrom factlint.cli import main\nrc = main(sys.argv[1:])\n"
         "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
         "sys.stderr.write(f'\\nVmHWM {hwm}\\n')\nsys.exit(rc)")


def measure(args: list[str], cwd: Path, src: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of factlint ARGS run from `src` in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(src), FACTLINT_CACHE_DIR=str(cwd / ".cache"))
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t
    if "VmHWM " not in done.stderr:
        raise SystemExit(f"factlint {' '.join(args)} failed ({done.returncode}): {done.stderr[-500:]}")
    return elapsed, int(done.stderr.rsplit("VmHWM ", 1)[1]) / 1024, done.returncode


def growth(args: list[str], big: Path, small: Path, cwd: Path, src: Path) -> tuple[float, float, float]:
    """(seconds, peak MB, growth as a multiple of the file's size) of ARGS on `big`, less ARGS on `small`."""
    measure([*args, str(small)], cwd, src)  # a first run fills the prepared-registry cache
    base = measure([*args, str(small)], cwd, src)
    seconds, peak, _ = measure([*args, str(big)], cwd, src)
    return seconds, peak, (peak - base[1]) / (big.stat().st_size / 1e6)


COMMANDS = {"figures": ["figures", "--format", "json"],
            "check": ["check", "--format", "json", "--claims", str(ROOT / "claims")]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft-mb", type=float, nargs="*", default=[50])
    parser.add_argument("--kinds", nargs="*", choices=("prose", "dense"), default=["prose", "dense"])
    parser.add_argument("--commands", nargs="*", choices=tuple(COMMANDS), default=list(COMMANDS))
    parser.add_argument("--source-mb", type=float, default=100)
    parser.add_argument("--against", metavar="REV", help="also measure this git revision's code, side by side")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        trees = {"now": ROOT / "src"}
        if opts.against:
            (work / "against").mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", opts.against, "src"], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(work / "against")], input=archive, check=True)
            trees[opts.against] = work / "against/src"
        (work / "small.md").write_text("Paid $1.46/hour.\n")
        print(f"{'draft':<14} {'command':<8} " + " ".join(f"{name:>26}" for name in trees))
        for kind in opts.kinds:
            for mb in opts.draft_mb:
                big = work / f"{kind}-{mb:g}.md"
                big.write_text((prose if kind == "prose" else dense)(int(mb * 1e6)), encoding="utf-8")
                for command in opts.commands:
                    cells = []
                    for src in trees.values():
                        seconds, peak, times = growth(COMMANDS[command], big, work / "small.md", work, src)
                        cells.append(f"{times:5.1f}x {peak:6.0f} MB {seconds:6.1f} s")
                    print(f"{kind + ' ' + f'{mb:g} MB':<14} {command:<8} " + " ".join(f"{c:>26}" for c in cells),
                          flush=True)
                big.unlink()
        if opts.source_mb:
            (work / "seeds").mkdir()
            (work / "claims").mkdir()
            (work / "claims/a.toml").write_text(
                '[[source]]\nid = "big"\npath = "seeds/big.txt"\n\n[[claim]]\nid = "end"\nsource = "big"\n'
                'quote = "the very last 12.5 million words"\nstatement = "The last 12.5 million words."\n')
            cells = []
            for src in trees.values():
                (work / "seeds/big.txt").write_text("Paid $1.46/hour.\nthe very last 12.5 million words\n")
                base = measure(["claims", "verify"], work, src)
                (work / "seeds/big.txt").write_text(prose(int(opts.source_mb * 1e6))
                                                    + "\nthe very last 12.5 million words\n")
                seconds, peak, _ = measure(["claims", "verify"], work, src)
                cells.append(f"{(peak - base[1]) / opts.source_mb:5.1f}x {peak:6.0f} MB {seconds:6.1f} s")
            print(f"{'source ' + f'{opts.source_mb:g} MB':<14} {'verify':<8} " + " ".join(f"{c:>26}" for c in cells))
    print("(growth: peak resident memory less that of a one-line input, per byte of input)")


if __name__ == "__main__":
    main()
