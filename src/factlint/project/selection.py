"""Which drafts to check: include and exclude globs relative to the config's folder, and folders always left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.documents.formats import DRAFT_SUFFIXES, unreadable
from factlint.project.inputs import Skipped, gather, walk
from factlint.project.root import project_root

if TYPE_CHECKING:
    from factlint.project.config import Config
    from factlint.registry.model import Registry

DEFAULT_INCLUDE = tuple(f"*{suffix}" for suffix in DRAFT_SUFFIXES)  # every draft format (documents/formats.py)
# Never drafts: version control, virtual environments, dependencies, the registry with its sources, and the HTML
# that tools generate (Sphinx's _build, coverage's htmlcov), now that HTML files are drafts.
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
                   "site-packages", "*.egg-info", ".mypy_cache", ".pytest_cache", ".ruff_cache", "seeds", "claims",
                   "_build", "htmlcov")


class GlobError(ValueError):
    """A glob that cannot be read: an empty or reversed character class ("[z-a]")."""


@lru_cache(maxsize=1024)
def _chunk(chunk: str) -> re.Pattern[str]:
    """A glob without stars as a regex: "?" and "[...]" stand for one character other than "/". Such a regex has no
    repetition, so matching it never backtracks."""
    out, i = [], 0
    while i < len(chunk):
        c = chunk[i]
        if c == "?":
            out.append("[^/]")
        elif c == "[":
            end = chunk.find("]", i + 2)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = chunk[i + 1:end]
                negate = body.startswith("!")
                body = body[1:] if negate else body
                try:
                    re.compile("[" + body.replace("\\", "\\\\") + "]")
                except re.error as err:
                    raise GlobError(f"the character class [{chunk[i + 1:end]}] is not valid ({err.msg})") from None
                out.append("[" + ("^/" if negate else "") + body.replace("\\", "\\\\") + "]")
                i = end + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))


def _part_match(pattern: str, name: str) -> bool:
    """Whether one path component matches a glob component (stars stay within it).

    The pattern is cut at its stars; each piece is matched at its leftmost place after the one before, the first
    at the start and the last at the end. That is exact for globs and linear in the name, where a regex of
    `[^/]*` for every star backtracks without end on "*a*a*a*a*c" against a long name."""
    pieces = re.split(r"\*+", pattern)
    if len(pieces) == 1:
        return _chunk(pattern).fullmatch(name) is not None
    first, *middle, last = pieces
    m = _chunk(first).match(name)
    if m is None:
        return False
    at = m.end()
    for piece in middle:
        if not piece:
            continue
        found = _chunk(piece).search(name, at)
        if found is None:
            return False
        at = found.end()
    if not last:
        return True
    # A piece without stars matches a fixed number of characters: the last one's place is fixed at the end.
    start = len(name) - _width(last)
    return start >= at and _chunk(last).fullmatch(name, start) is not None


def _width(chunk: str) -> int:
    """How many characters a glob piece without stars matches: one per character, "?" or "[...]"."""
    return sum(1 for _ in _chunk_tokens(chunk))


def _chunk_tokens(chunk: str):  # type: ignore[no-untyped-def]
    i = 0
    while i < len(chunk):
        end = chunk.find("]", i + 2) if chunk[i] == "[" else -1
        yield chunk[i:end + 1] if end != -1 else chunk[i]
        i = end + 1 if end != -1 else i + 1


def _path_match(parts: list[str], names: list[str]) -> bool:
    """Whether path components `names` match glob components `parts`, "**" standing for any number of them."""
    reach = [False] * (len(names) + 1)
    reach[0] = True
    for part in parts:
        if part == "**":
            seen = False
            for k in range(len(names) + 1):
                seen = seen or reach[k]
                reach[k] = seen
            continue
        nxt = [False] * (len(names) + 1)
        for k in range(len(names)):
            if reach[k] and _part_match(part, names[k]):
                nxt[k + 1] = True
        reach = nxt
        if not any(reach):
            return False
    return reach[len(names)]


def check_glob(pattern: str) -> None:
    """GlobError when `pattern` cannot be read."""
    for part in pattern.strip().split("/"):
        for piece in re.split(r"\*+", part):
            _chunk(piece)


def glob_match(pattern: str, rel: str) -> bool:
    """Whether relative POSIX path `rel` matches `pattern`: a pattern without "/" matches the name at any depth;
    `**` crosses folders, `*` and `?` stay within one. A pattern that cannot be read matches nothing."""
    pattern = pattern.strip().removeprefix("./").rstrip("/")
    try:
        if "/" not in pattern:
            return _part_match(pattern, rel.rsplit("/", 1)[-1]) if pattern != "**" else True
        parts = [p for p in pattern.lstrip("/").split("/")]
        return _path_match(parts, rel.split("/"))
    except GlobError:
        return False


def _relative(path: Path, root: Path, resolved: bool = False) -> str | None:
    try:
        return (path if resolved else path.resolve()).relative_to(root).as_posix()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files to check: include and exclude globs relative to `root`, plus folders always left out."""

    root: Path
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    skip_folders: tuple[Path, ...] = ()  # absolute: the registry's folder and its sources' folders
    project: Path | None = None  # the project root (project/root.py) links may lead into; None: `root`

    def excluded(self, path: Path) -> bool:
        """Whether `path`, or a folder it lies in, is excluded."""
        return self.excluded_resolved(path.resolve())

    def excluded_resolved(self, resolved: Path) -> bool:
        """Whether the resolved path `resolved`, or a folder it lies in, is excluded."""
        if any(resolved == f or resolved.is_relative_to(f) for f in self.skip_folders):
            return True
        parts, anchored = self._parts(resolved)
        return any(self._names(parts[:n], anchored) for n in range(1, len(parts) + 1))

    def excluded_within(self, resolved: Path) -> bool:
        """Whether the resolved folder or file `resolved` is excluded, its folder known not to be: only its own
        name and whole path are read, so a walk 1,000 folders deep is not quadratic in globs."""
        if resolved in self.skip_folders:
            return True
        parts, anchored = self._parts(resolved)
        return self._names(parts, anchored)

    def _parts(self, resolved: Path) -> tuple[list[str], bool]:
        """The path's components below the root (anchored patterns apply), or from the file system's root."""
        rel = _relative(resolved, self.root, resolved=True)
        return (rel if rel is not None else resolved.as_posix().lstrip("/")).split("/"), rel is not None

    def _names(self, parts: list[str], anchored: bool) -> bool:
        """Whether an exclude pattern names the path `parts`: its last name, or all of it for a pattern with "/"."""
        for pattern in self.exclude:
            if "/" in pattern.strip().rstrip("/"):
                if anchored and glob_match(pattern, "/".join(parts)):
                    return True
            elif glob_match(pattern, parts[-1]):
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
    return Selection(root, include, DEFAULT_EXCLUDE + extra, tuple(f.resolve() for f in skip_folders),
                     project_root(root))


def draft_selection(config: Config | None, cwd: Path, registry: Registry, claims_dir: Path) -> Selection:
    """The selection of drafts: the config's, never the registry's folder nor a source it names."""
    skip = (claims_dir, *((registry.root / s.path) for s in registry.sources.values()))
    return selection_for(config, cwd, skip)


def collect(paths: list[str], selection: Selection, *, force_exclude: bool = False) -> list[Path | str | Skipped]:
    """Files named (excluded ones too, unless force_exclude), and included files below folders named."""
    return gather(paths, lambda p: _walk(p, selection), lambda p: not (force_exclude and selection.excluded(p)),
                  selection.project or selection.root)


def _walk(top: Path, selection: Selection) -> list[Path | Skipped]:
    # A document no reader reads is found too, to be named in a warning (read_draft passes it over).
    seen = _Walked(selection)
    return walk(top, lambda d: not seen.excluded(d),
                lambda f: (selection.included(f) or unreadable(f.name) is not None) and not seen.excluded(f),
                selection.project or selection.root)


class _Walked:
    """Memo of one walk: each kept path's resolved path, from its folder's. Resolving every folder from the file
    system's root made a tree 1,100 folders deep take minutes."""

    def __init__(self, selection: Selection) -> None:
        self.selection = selection
        self.kept: dict[Path, Path] = {}  # path not excluded → its resolved path (excluded folders are not walked)

    def excluded(self, path: Path) -> bool:
        parent = self.kept.get(path.parent)
        if parent is None or path.is_symlink():
            resolved = path.resolve()
            out = self.selection.excluded_resolved(resolved)
        else:
            resolved = parent / path.name
            out = self.selection.excluded_within(resolved)
        if not out:
            self.kept[path] = resolved
        return out
