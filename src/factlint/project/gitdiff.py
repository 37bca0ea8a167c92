"""`--diff REF`: the lines changed since a git revision, so a pull request on a long manuscript is checked where
it changed. git runs as a list of arguments (never a shell), with nothing a repository's own config could make
it run: no external diff, no textconv filter, no fsmonitor hook, no pager."""

from __future__ import annotations

import bisect
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.errors import FactlintError
from factlint.statuses import UNREADABLE
from factlint.text import visible

_HUNK = re.compile(r"@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
# A revision as git reads one ("main", "origin/main", "HEAD~2", "v1.0^{commit}", "main@{upstream}", a hash),
# never an option: what starts with "-" or holds white space or control characters is refused before git runs.
_REF = re.compile(r"[^\s\x00-\x1f\x7f-][^\s\x00-\x1f\x7f]*")
# Settings a repository's config could change to alter what the diff says (or to run a command), set back.
_SAFE = ("-c", "core.fsmonitor=false", "-c", "core.quotePath=true", "-c", "diff.noprefix=false",
         "-c", "diff.mnemonicPrefix=false", "-c", "diff.relative=false", "-c", "diff.interHunkContext=0")


@dataclass(frozen=True, slots=True)
class Changes:
    """Lines changed since a revision, by resolved file path: each file's changed ranges, sorted; None for a file
    git does not track yet (all of it is new)."""

    ref: str
    files: dict[Path, list[tuple[int, int]] | None] = field(default_factory=dict)

    def touches(self, path: Path) -> bool:
        return path in self.files

    def changed(self, path: Path, first: int, last: int) -> bool:
        """Whether any line from `first` to `last` of `path` changed."""
        if path not in self.files:
            return False
        ranges = self.files[path]
        if ranges is None:
            return True
        # Hunks of one diff never overlap: only the last range starting at or before `last` can reach `first`.
        i = bisect.bisect_right(ranges, (last, sys.maxsize))
        return i > 0 and ranges[i - 1][1] >= first


def check_ref(ref: str) -> None:
    if not _REF.fullmatch(ref):
        raise FactlintError(f"--diff: {visible(ref)!r} is not a git revision")


def _no_filters(cwd: Path) -> list[str]:
    """`-c` options that switch off every filter driver the config defines: a pull request's .gitattributes can
    name one (`*.md filter=lfs`), and comparing the working tree would run its clean command. An empty command
    is no filter to git, and one not required cannot fail the diff."""
    listed = _git(["config", "--null", "--get-regexp", r"^filter\..*\.(clean|process|smudge|required)$"], cwd)
    names = {entry.split(b"\n", 1)[0].decode("utf-8", "replace")[len("filter."):].rsplit(".", 1)[0]
             for entry in listed.stdout.split(b"\0") if entry.startswith(b"filter.")}
    out: list[str] = []
    for name in sorted(names):
        out += ["-c", f"filter.{name}.clean=", "-c", f"filter.{name}.process=", "-c", f"filter.{name}.required=false"]
    return out


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GIT_PAGER": "cat", "GIT_EXTERNAL_DIFF": "", "LC_ALL": "C"}
    env.pop("GIT_DIR", None)  # the repository is the one holding the working directory
    try:
        return subprocess.run(["git", *_SAFE, *args], cwd=cwd, env=env, capture_output=True, check=False,
                              stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise FactlintError("--diff needs git, which is not on PATH") from None


def _first_line(err: bytes) -> str:
    lines = [line.strip() for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
    return visible(lines[0]) if lines else "git failed"


def changed_lines(ref: str, cwd: Path) -> Changes:
    """The lines of each file changed in the working tree since `ref` (committed, staged or not), and files
    git does not track yet; a FactlintError outside a git repository or for a revision git does not know."""
    check_ref(ref)
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top.returncode != 0:
        if b"not a git repository" in top.stderr:
            raise FactlintError(f"--diff {ref}: {cwd} is not in a git repository")
        raise FactlintError(f"--diff {ref}: {_first_line(top.stderr)}")  # "detected dubious ownership", ...
    root = Path(os.fsdecode(top.stdout.rstrip(b"\n")))
    known = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], cwd)
    if known.returncode != 0:
        raise FactlintError(f"--diff {ref}: no such revision in this repository")
    commit = known.stdout.decode("ascii").strip()
    diff = _git([*_no_filters(root), "diff", "--no-ext-diff", "--no-textconv", "--no-color", "--unified=0",
                 "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", commit, "--"], root)
    if diff.returncode != 0:
        raise FactlintError(f"--diff {ref}: {_first_line(diff.stderr)}")
    files: dict[Path, list[tuple[int, int]] | None] = {}
    for name, ranges in parse_diff(diff.stdout.split(b"\n")).items():
        files[(root / name).resolve()] = ranges
    new = _git(["ls-files", "-z", "--others", "--exclude-standard"], root)
    if new.returncode == 0:
        for name in new.stdout.split(b"\0"):
            if name:
                files[(root / os.fsdecode(name)).resolve()] = None
    return Changes(ref, files)


def parse_diff(lines: Iterable[bytes]) -> dict[str, list[tuple[int, int]]]:
    """Each file's added or changed line ranges (first, last) in `git diff --unified=0` output, by its path in
    the new tree. A pure deletion changes no line that is still there."""
    out: dict[str, list[tuple[int, int]]] = {}
    current: list[tuple[int, int]] | None = None
    for raw in lines:
        if raw.startswith(b"+++ "):
            target = raw[4:].rstrip(b"\r").rstrip(b"\t")  # git ends a name holding a space with a tab
            if target == b"/dev/null":
                current = None  # a deleted file
                continue
            name = _unquote(target)
            current = out.setdefault(name[2:] if name.startswith("b/") else name, [])
        elif raw.startswith(b"@@ ") and current is not None:
            m = _HUNK.match(raw.decode("ascii", "replace"))
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                if count:
                    current.append((start, start + count - 1))
    for ranges in out.values():
        ranges.sort()
    return out


_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13, b'"': 34, b"\\": 92}


def _unquote(name: bytes) -> str:
    """A path as git writes it in a diff header: as is, or C-quoted ("b/na\\303\\257ve.md") when it holds
    bytes beyond ASCII, quotes, backslashes or control characters."""
    if not (name.startswith(b'"') and name.endswith(b'"') and len(name) >= 2):
        return os.fsdecode(name)
    body, out, i = name[1:-1], bytearray(), 0
    while i < len(body):
        c = body[i:i + 1]
        if c == b"\\" and i + 1 < len(body):
            nxt, octal = body[i + 1:i + 2], body[i + 1:i + 4]
            if len(octal) == 3 and all(48 <= b <= 55 for b in octal):  # \303: a byte in octal
                out.append(int(octal, 8) & 0xFF)
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, nxt[0]))
            i += 2
            continue
        out += c
        i += 1
    return os.fsdecode(bytes(out))


def only_changed(files: Iterable[FileFindings], changes: Changes, cwd: Path,
                 stdin: str = "-") -> Iterator[FileFindings]:
    """Each draft's findings and problems on lines changed since the revision. Standard input (named `stdin` in
    reports) is not the file git tracks, whatever --stdin-filename says: it is reported whole."""
    for group in files:
        if group.path == stdin:
            yield group
            continue
        path = (cwd / group.path).resolve()

        def keep(item: Finding | Problem, path: Path = path) -> bool:
            return changes.changed(path, item.line, item.end_line)

        # A draft that cannot be read has no lines to compare: that it changed and cannot be read is the news.
        yield FileFindings(group.path, (f for f in group.findings if keep(f)),
                           [p for p in group.problems if p.name == UNREADABLE.name or keep(p)])
