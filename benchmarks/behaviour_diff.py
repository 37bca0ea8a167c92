"""Behaviour unchanged? The JSON reports of a git revision and of the working tree, built and diffed.

    python benchmarks/behaviour_diff.py [REV [GROUP...]]        (default REV: HEAD; GROUP: a name's beginning)

The revision is exported (git archive) to a temporary folder and run from its own `src/` (no install
needed: the dependencies are the working tree's). Both trees read the same inputs, written once to a
temporary folder: `examples/draft.md`, every public evaluation draft (../shared/eval/public), the dev sets
(tests/eval/*.toml), the 1 MB benchmark drafts (against the bundled registry and against 10,000
generated claims), and drafts of shared_vocabulary.py's generators against their registries of 10,000
and 1,000 claims (restating claims from all over the registry). Each group is checked (`check --format json --no-cache`) and read (`figures --format
json`), and the two trees' outputs must be byte-identical. Exit code 1 when any group differs.
"""

from __future__ import annotations

import difflib
import os
import random
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import shared_vocabulary  # noqa: E402  (the shared-vocabulary generators, beside this script)
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
    for path in sorted((ROOT / "tests" / "eval").glob("*.toml")):
        group(path.stem, cases(path))
    rng = random.Random(workload.SEED)
    words = workload.Words(rng)
    claims = workload.make_claims(10_000, rng, words)
    workload.write_registry(folder / "project", claims)
    group("1mb-bundled", [workload.draft(1_000_000, claims[:100], rng, words)])
    group("1mb-10k-claims", [workload.draft(1_000_000, claims[:100], rng, words)], project=str(folder / "project"))
    for name, generate in shared_vocabulary.GENERATORS.items():
        shared = generate(10_000, random.Random(workload.SEED))
        for n in (10_000, 1_000):
            project = shared_vocabulary.write(folder / f"registry-{name}-{n}", shared[:n])
            group(f"{name}-{n}", [shared_vocabulary.draft(300_000, shared[:n], random.Random(workload.SEED + n))],
                  project=str(project))
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


def _placeless(report: bytes) -> bytes:
    """A report with this run's temporary folder named alike, so that kept reports compare with new ones."""
    return re.sub(rb"[^\"]*factlint-diff-[^/\"]+/", b"<inputs>/", report)


def main(argv: list[str]) -> int:
    rev = argv[0] if argv else "HEAD"
    only = tuple(argv[1:])  # group names (or their beginnings) to compare; all when none
    differing = 0
    # $BEHAVIOUR_DIFF_KEEP: a folder where the revision's reports are kept (by commit) and read back next time.
    keep = Path(os.environ["BEHAVIOUR_DIFF_KEEP"]) if os.environ.get("BEHAVIOUR_DIFF_KEEP") else None
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", rev], check=True, capture_output=True,
                            text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="factlint-diff-") as tmp:
        tmp_path = Path(tmp)
        old = tmp_path / "rev"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        groups = write_inputs(tmp_path / "inputs")
        print(f"{'group':<22} {'files':>6} {'command':<8} result")
        for name, (files, project) in groups.items():
            if only and not name.startswith(only):
                continue
            for command in ("check", "figures"):
                kept = keep / commit / f"{name}.{command}" if keep else None
                if kept is not None and kept.exists():
                    before = kept.read_bytes()
                else:
                    before = report(old / "src", old, files, project, command)
                    if kept is not None:
                        kept.parent.mkdir(parents=True, exist_ok=True)
                        kept.write_bytes(before)
                after = report(ROOT / "src", ROOT, files, project, command)
                before, after = _placeless(before), _placeless(after)
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
    print(f"\n{'all identical' if not differing else f'{differing} report(s) differ'} (against {rev})")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
