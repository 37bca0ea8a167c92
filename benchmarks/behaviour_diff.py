"""Behaviour unchanged? The JSON reports of a git revision and of the working tree, built and diffed.

    python benchmarks/behaviour_diff.py [REV]        (default REV: HEAD)

The revision is checked out in a temporary worktree and run from its own `src/` (no install needed: the
dependencies are the working tree's). Both trees read the same inputs, written once to a temporary
folder: `examples/draft.md`, every public evaluation draft (../shared/eval/public), the dev set
(tests/eval/dev.toml), and the 1 MB benchmark drafts (against the bundled registry and against 10,000
generated claims). Each group is checked (`check --format json --no-cache`) and read (`figures --format
json`), and the two trees' outputs must be byte-identical. Exit code 1 when any group differs.
"""

from __future__ import annotations

import difflib
import os
import random
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import workload  # noqa: E402  (the benchmark's own generator, beside this script)

PUBLIC = ROOT.parent / "shared" / "eval" / "public"


def cases(path: Path) -> list[str]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [c["text"] for kind in ("case", "figures") for c in data.get(kind, [])]


def write_inputs(folder: Path) -> dict[str, tuple[list[Path], str]]:
    """Each group's draft files and the project folder (the registry) they are checked against."""
    groups: dict[str, tuple[list[Path], str]] = {}

    def group(name: str, texts: list[str], project: str = "tree") -> None:
        where = folder / name
        where.mkdir(parents=True)
        files = []
        for k, text in enumerate(texts):
            path = where / f"{k:04d}.md"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        groups[name] = (files, project)

    group("example", [(ROOT / "examples" / "draft.md").read_text(encoding="utf-8")])
    for path in sorted(PUBLIC.glob("*.toml")):
        group(f"public-{path.stem}", cases(path))
    group("dev", cases(ROOT / "tests" / "eval" / "dev.toml"))
    rng = random.Random(workload.SEED)
    words = workload.Words(rng)
    claims = workload.make_claims(10_000, rng, words)
    workload.write_registry(folder / "project", claims)
    group("1mb-bundled", [workload.draft(1_000_000, claims[:100], rng, words)])
    group("1mb-10k-claims", [workload.draft(1_000_000, claims[:100], rng, words)], project=str(folder / "project"))
    return groups


def report(src: Path, tree: Path, files: list[Path], project: str, command: str) -> bytes:
    """The JSON report of `command` on `files`, run from `src` with the registry of `project`."""
    cwd = tree if project == "tree" else Path(project)
    args = [sys.executable, "-m", "factlint", command, "--format", "json"]
    if command == "check":
        args.append("--no-cache")
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"}
    proc = subprocess.run(args + [str(f) for f in files], cwd=cwd, env=env, capture_output=True)
    if proc.returncode not in (0, 1):
        return b"exit %d: %s" % (proc.returncode, proc.stderr[-2000:])
    return proc.stdout


def main(argv: list[str]) -> int:
    rev = argv[0] if argv else "HEAD"
    differing = 0
    with tempfile.TemporaryDirectory(prefix="factlint-diff-") as tmp:
        tmp_path = Path(tmp)
        old = tmp_path / "rev"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(old), rev], check=True)
        try:
            groups = write_inputs(tmp_path / "inputs")
            print(f"{'group':<22} {'files':>6} {'command':<8} result")
            for name, (files, project) in groups.items():
                for command in ("check", "figures"):
                    before = report(old / "src", old, files, project, command)
                    after = report(ROOT / "src", ROOT, files, project, command)
                    same = before == after
                    differing += not same
                    print(f"{name:<22} {len(files):>6} {command:<8} "
                          f"{'identical' if same else 'DIFFERENT'} ({len(after):,} bytes)")
                    if not same:
                        diff = difflib.unified_diff(before.decode(errors="replace").splitlines(),
                                                    after.decode(errors="replace").splitlines(), rev, "working tree",
                                                    lineterm="", n=2)
                        for line in list(diff)[:40]:
                            print("    " + line)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    print(f"\n{'all identical' if not differing else f'{differing} report(s) differ'} (against {rev})")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
