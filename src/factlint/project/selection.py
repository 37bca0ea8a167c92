"""Which drafts to check: include and exclude globs relative to the config's folder, and folders always left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.project.inputs import Skipped, gather, walk

if TYPE_CHECKING:
    from factlint.project.config import Config

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
# Never drafts: version control, virtual environments, dependencies, and the registry with its sources.
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
                   "site-packages", "*.egg-info", ".mypy_cache", ".pytest_cache", ".ruff_cache", "seeds", "claims")


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over POSIX paths: `**` crosses folders, `*` and `?` stay within one."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:end]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = end + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, rel: str) -> bool:
    """Whether relative POSIX path `rel` matches `pattern`: a pattern without "/" matches the name at any depth."""
    pattern = pattern.strip().removeprefix("./").rstrip("/")
    if "/" not in pattern:
        return _glob_regex(pattern).match(rel.rsplit("/", 1)[-1]) is not None
    return _glob_regex(pattern.lstrip("/")).match(rel) is not None


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files to check: include and exclude globs relative to `root`, plus folders always left out."""

    root: Path
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    skip_folders: tuple[Path, ...] = ()  # absolute: the registry's folder and its sources' folders

    def excluded(self, path: Path) -> bool:
        """Whether `path`, or a folder it lies in, is excluded."""
        resolved = path.resolve()
        if any(resolved == f or resolved.is_relative_to(f) for f in self.skip_folders):
            return True
        rel = _relative(resolved, self.root)
        parts = (rel if rel is not None else resolved.as_posix().lstrip("/")).split("/")
        prefixes = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
        for pattern in self.exclude:
            anchored = "/" in pattern.strip().rstrip("/")
            if anchored and rel is None:
                continue
            if any(glob_match(pattern, p) for p in prefixes):
                return True
        return False

    def included(self, path: Path) -> bool:
        rel = _relative(path, self.root) or path.name
        return any(glob_match(p, rel) for p in self.include)


def selection_for(config: Config | None, cwd: Path, skip_folders: tuple[Path, ...] = ()) -> Selection:
    """The selection the config describes (globs relative to its folder), or the defaults below `cwd`."""
    root = (config.root if config is not None and config.root is not None else cwd).resolve()
    include = config.include if config is not None else DEFAULT_INCLUDE
    extra = config.exclude if config is not None else ()
    return Selection(root, include, DEFAULT_EXCLUDE + extra, tuple(f.resolve() for f in skip_folders))


def collect(paths: list[str], selection: Selection, *, force_exclude: bool = False) -> list[Path | str | Skipped]:
    """Files named (excluded ones too, unless force_exclude), and included files below folders named."""
    return gather(paths, lambda p: _walk(p, selection), lambda p: not (force_exclude and selection.excluded(p)))


def _walk(top: Path, selection: Selection) -> list[Path | Skipped]:
    return walk(top, lambda d: not selection.excluded(d),
                lambda f: selection.included(f) and not selection.excluded(f))
