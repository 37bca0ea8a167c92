"""Settings and discovery: `[tool.factlint]` / factlint.toml, the registry folder, and which drafts to check."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.errors import FactlintError
from factlint.lang import LANGUAGES
from factlint.check.verdicts import STATUSES

if TYPE_CHECKING:
    from factlint.registry.load import Registry

CONFIG_FILES = ("factlint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
# Never drafts: version control, virtual environments, dependencies, and the registry with its sources.
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
                   "site-packages", "*.egg-info", ".mypy_cache", ".pytest_cache", ".ruff_cache", "seeds", "claims")
KEYS = ("claims", "include", "exclude", "fail_on", "lang", "tolerance", "show_supported")
LANGS = tuple(LANGUAGES)


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from `[tool.factlint]` in pyproject.toml, or the top level of factlint.toml."""

    claims: str = "claims"  # the registry folder, relative to the config file's folder
    path: Path | None = None  # the file the settings came from
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()  # added to DEFAULT_EXCLUDE
    fail_on: tuple[str, ...] | None = None  # None: the default failing statuses
    lang: str | None = None  # None: detected per draft
    tolerance: float = 0.05
    show_supported: bool = False

    @property
    def root(self) -> Path | None:
        """The folder globs are relative to: the config file's folder."""
        return None if self.path is None else self.path.parent


def read_config(path: Path) -> Config | None:
    """The factlint settings in `path`, or None when a pyproject.toml has no [tool.factlint]."""
    import tomllib

    try:
        source = path.read_bytes().decode("utf-8")
        data = tomllib.loads(source)
    except OSError as err:
        raise FactlintError(f"{path}: cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise FactlintError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as err:
        raise FactlintError(f"{path}: malformed TOML: {err}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("factlint") if isinstance(tool, dict) else None
        if table is None:
            return None
        where = "[tool.factlint]"
    else:
        table = data
        where = "factlint.toml"
    if not isinstance(table, dict):
        raise FactlintError(f"{path}: {where} must be a table")
    for key in table:
        if key not in KEYS:
            raise FactlintError(f"{path}:{_key_line(source, key, where)}: {where}: unknown key {key!r}"
                                f"{_did_you_mean(key)} (known keys: {', '.join(KEYS)})")

    def bad(key: str, what: str) -> FactlintError:
        return FactlintError(f"{path}:{_key_line(source, key, where)}: {where} {key} must be {what}")

    claims = table.get("claims", "claims")
    if not isinstance(claims, str) or not claims.strip():
        raise bad("claims", "a folder name (a string)")
    globs = {}
    for key in ("include", "exclude"):
        value = table.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise bad(key, "a list of glob patterns (strings)")
        globs[key] = tuple(value)
    fail_on = None
    if "fail_on" in table:
        try:
            fail_on = parse_statuses(table["fail_on"])
        except ValueError as err:
            raise bad("fail_on", f"a list of statuses ({', '.join(STATUSES)}): {err}") from None
    lang = table.get("lang")
    if lang is not None and lang not in LANGS:
        raise bad("lang", f"one of {', '.join(LANGS)}")
    tolerance = table.get("tolerance", 0.05)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise bad("tolerance", "a number from 0 up to 1 (0.05 is 5%)")
    show = table.get("show_supported", False)
    if not isinstance(show, bool):
        raise bad("show_supported", "true or false")
    return Config(claims=claims, path=path, include=globs.get("include", DEFAULT_INCLUDE),
                  exclude=globs.get("exclude", ()), fail_on=fail_on, lang=lang, tolerance=float(tolerance),
                  show_supported=show)


def parse_statuses(value: object) -> tuple[str, ...]:
    """Statuses from a list, or from a comma-separated string; ValueError names the first bad one."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(s, str) for s in items):
        raise ValueError("not a list of strings")
    out = tuple(s.strip() for s in items if s.strip())
    for s in out:
        if s not in STATUSES:
            raise ValueError(f"{s!r} is not a status{_did_you_mean(s, STATUSES)}")
    return out


def _did_you_mean(word: str, choices: tuple[str, ...] = KEYS) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _key_line(source: str, key: str, where: str) -> int:
    """The line where `key` is set, inside [tool.factlint] for a pyproject.toml (1 when not found)."""
    lines = source.splitlines()
    start = 0
    if where == "[tool.factlint]":
        header = re.compile(r"\s*\[\s*tool\s*\.\s*factlint\s*\]")
        start = next((i + 1 for i, line in enumerate(lines) if header.match(line)), 0)
    pattern = re.compile(rf"""\s*["']?{re.escape(key)}["']?\s*=""")
    for i in range(start, len(lines)):
        if start and lines[i].lstrip().startswith("["):
            break  # the next table
        if pattern.match(lines[i]):
            return i + 1
    return start or 1


def find_config(cwd: Path) -> Config | None:
    """The nearest factlint.toml, or pyproject.toml with [tool.factlint], at or above `cwd`."""
    for folder in (cwd, *cwd.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                config = read_config(candidate)
                if config is not None:
                    return config
    return None


def find_claims_dir(claims: Path | None, cwd: Path) -> tuple[Path, Path]:
    """(claims folder, project root) for the registry named by --claims, a config, or a claims/ folder."""
    cwd = cwd.resolve()
    config = find_config(cwd)
    if claims is not None:
        folder = (cwd / claims).resolve()
        if not folder.is_dir():
            raise FactlintError(f"--claims {claims}: no such folder")
        if config is not None and folder.is_relative_to(config.path.parent):
            return folder, config.path.parent
        return folder, folder.parent
    if config is not None:
        root = config.path.parent
        folder = (root / config.claims).resolve()
        if not folder.is_dir():
            raise FactlintError(f"{config.path}: claims = {config.claims!r}: no such folder {folder}")
        return folder, root
    for folder in (cwd, *cwd.parents):
        if (folder / "claims").is_dir():
            return folder / "claims", folder
    raise FactlintError(f"no registry found: pass --claims, set claims in [tool.factlint] of pyproject.toml "
                        f"or in factlint.toml, or add a claims/ folder (searched from {cwd} upwards)")


def load_registry_for(claims: Path | None) -> Registry:
    """The validated registry for the command line's --claims (or the discovered one)."""
    from factlint.registry.load import load_registry

    folder, root = find_claims_dir(claims, Path.cwd())
    return load_registry(folder, root)


# --- which drafts ---------------------------------------------------------------------------------

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


def collect(paths: list[str], selection: Selection, *, force_exclude: bool = False) -> list[Path | str]:
    """Files named (excluded ones too, unless force_exclude), and included files below folders named."""
    from factlint.project.inputs import gather

    return gather(paths, lambda p: _walk(p, selection), lambda p: not (force_exclude and selection.excluded(p)))


def _walk(top: Path, selection: Selection) -> list:
    from factlint.project.inputs import walk

    return walk(top, lambda d: not selection.excluded(d),
                lambda f: selection.included(f) and not selection.excluded(f))
