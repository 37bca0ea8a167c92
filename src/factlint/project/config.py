"""Settings and discovery: `[tool.factlint]` / factlint.toml, and the registry folder."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from factlint.errors import FactlintError
from factlint.lang import LANGUAGES
from factlint.project.root import inside, project_root
from factlint.project.selection import DEFAULT_INCLUDE, GlobError, check_glob
from factlint.registry.load import Registry, load_registry
from factlint.statuses import BY_NAME, NAMES, PROBLEM_BY_NAME, SEVERITIES

CONFIG_FILES = ("factlint.toml", "pyproject.toml")
KEYS = ("claims", "include", "exclude", "fail_on", "lang", "tolerance", "show_supported", "baseline", "severity")
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
    baseline: str | None = None  # the baseline file, relative to the config file's folder
    severity: tuple[tuple[str, str], ...] = ()  # (status, editor severity) pairs that replace the status table's

    @property
    def root(self) -> Path | None:
        """The folder globs are relative to: the config file's folder."""
        return None if self.path is None else self.path.parent

    @property
    def baseline_path(self) -> Path | None:
        """The baseline file the config names, absolute; None when it names none."""
        return None if self.baseline is None or self.root is None else self.root / self.baseline

    def severity_of(self, status: str) -> str:
        """The editor's severity for a status or problem name: the config's, else the status table's."""
        return dict(self.severity).get(status) or (BY_NAME.get(status) or PROBLEM_BY_NAME[status]).severity


def read_config(path: Path) -> Config | None:
    """The factlint settings in `path`, or None when a pyproject.toml has no [tool.factlint]."""
    try:
        source = path.read_bytes().decode("utf-8")
        data = tomllib.loads(source)
    except OSError as err:
        raise FactlintError(f"{path}: cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise FactlintError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as err:
        raise FactlintError(f"{path}: malformed TOML: {err}") from None
    except RecursionError:
        raise FactlintError(f"{path}: malformed TOML: arrays or tables nested too deeply to read") from None
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
        for pattern in value:
            try:
                check_glob(pattern)
            except GlobError as err:
                raise bad(key, f"a list of glob patterns: {pattern!r}: {err}") from None
        globs[key] = tuple(value)
    fail_on = None
    if "fail_on" in table:
        try:
            fail_on = parse_statuses(table["fail_on"])
        except ValueError as err:
            raise bad("fail_on", f"a list of statuses ({', '.join(NAMES)}): {err}") from None
    lang = table.get("lang")
    if lang is not None and lang not in LANGS:
        raise bad("lang", f"one of {', '.join(LANGS)}")
    tolerance = table.get("tolerance", 0.05)
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
        raise bad("tolerance", "a number from 0 up to 1 (0.05 is 5%)")
    show = table.get("show_supported", False)
    if not isinstance(show, bool):
        raise bad("show_supported", "true or false")
    baseline = table.get("baseline")
    if baseline is not None and (not isinstance(baseline, str) or not baseline.strip()):
        raise bad("baseline", "a file name (a string)")
    severity = table.get("severity", {})
    names = (*NAMES, *PROBLEM_BY_NAME)
    if not isinstance(severity, dict):
        raise bad("severity", f"a table of status = severity ({', '.join(SEVERITIES)})")
    for status, level in severity.items():
        if status not in names:
            raise bad("severity", f"a table of status = severity: {status!r} is not a status"
                                  f"{_did_you_mean(status, names)} ({', '.join(names)})")
        if level not in SEVERITIES:
            raise bad("severity", f"a table of status = severity: {status} = {level!r} is not one of "
                                  f"{', '.join(SEVERITIES)}")
    return Config(claims=claims, path=path, include=globs.get("include", DEFAULT_INCLUDE),
                  exclude=globs.get("exclude", ()), fail_on=fail_on, lang=lang, tolerance=float(tolerance),
                  show_supported=show, baseline=baseline, severity=tuple(severity.items()))


def parse_statuses(value: object) -> tuple[str, ...]:
    """Statuses from a list, or from a comma-separated string; ValueError names the first bad one."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(s, str) for s in items):
        raise ValueError("not a list of strings")
    out = tuple(s.strip() for s in items if s.strip())
    for s in out:
        if s not in NAMES:
            raise ValueError(f"{s!r} is not a status{_did_you_mean(s, NAMES)}")
    return out


def _did_you_mean(word: str, choices: tuple[str, ...] = KEYS) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _key_line(source: str, key: str, where: str) -> int:
    """The line where `key` is set, inside [tool.factlint] for a pyproject.toml (1 when not found)."""
    lines = source.splitlines()
    start = 0
    if where == "[tool.factlint]":
        header = re.compile(r"\s*\[\s*tool\s*\.\s*factlint\s*\]")
        start = next((i + 1 for i, line in enumerate(lines) if header.match(line)), 0)
    prefix = r"tool\s*\.\s*factlint\s*\.\s*" if where == "[tool.factlint]" else ""
    table = re.compile(rf"\s*\[\s*{prefix}{re.escape(key)}\s*\]")
    found = next((i + 1 for i, line in enumerate(lines) if table.match(line)), None)
    if found is not None:
        return found  # a key written as a table of its own: [severity], [tool.factlint.severity]
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


def config_for(named: Path | None, cwd: Path) -> Config | None:
    """The config file --config names (exactly that one: its folder anchors the project), else the nearest one."""
    if named is None:
        return find_config(cwd)
    path = cwd / named
    if not path.is_file():
        raise FactlintError(f"--config {named}: no such file")
    config = read_config(path.resolve())
    if config is None:
        raise FactlintError(f"--config {named}: no [tool.factlint] table in it")
    return config


def config_baseline(config: Config | None) -> Path | None:
    """The baseline file the config names, or None; a FactlintError when it leads outside the project root
    or is no regular file (a repository's config must not make factlint read /dev/zero or write elsewhere)."""
    if config is None or config.path is None:
        return None
    path = config.baseline_path
    if path is None:
        return None
    root = project_root(config.path.parent)
    where = f"{config.path}:{_key_line(config.path.read_text('utf-8', 'replace'), 'baseline', _table(config))}"
    if not inside(path, root):
        raise FactlintError(f"{where}: baseline = {config.baseline!r} leads outside the project root {root}; "
                            "name a baseline outside the project with --baseline")
    if path.exists() and not path.is_file():
        raise FactlintError(f"{where}: baseline = {config.baseline!r} is not a regular file")
    return path


def find_claims_dir(claims: Path | None, cwd: Path, config_file: Path | None = None) -> tuple[Path, Path]:
    """(claims folder, project root) for the registry named by --claims, a config (`config_file`, else the
    nearest), or a claims/ folder.

    Only a folder named on the command line may lie outside the project root (project/root.py)."""
    cwd = cwd.resolve()
    config = config_for(config_file, cwd)
    if claims is not None:
        folder = (cwd / claims).resolve()
        if not folder.is_dir():
            raise FactlintError(f"--claims {claims}: no such folder")
        root = project_root(config.path.parent if config is not None else cwd)
        return folder, root if folder.is_relative_to(root) else project_root(folder.parent)
    if config is not None:
        root = project_root(config.path.parent)
        named = config.path.parent / config.claims
        where = f"{config.path}:{_key_line(config.path.read_text('utf-8', 'replace'), 'claims', _table(config))}"
        if not inside(named, root):
            raise FactlintError(f"{where}: claims = {config.claims!r} leads outside the project root {root}; "
                                "name a registry outside the project with --claims")
        folder = named.resolve()
        if not folder.is_dir():
            raise FactlintError(f"{where}: claims = {config.claims!r}: no such folder {folder}")
        return folder, root
    for anchor in (cwd, *cwd.parents):
        named = anchor / "claims"
        if named.is_dir():
            root = project_root(anchor)
            if not inside(named, root):
                raise FactlintError(f"{named}: the registry folder leads outside the project root {root}")
            return named.resolve(), root
    raise FactlintError(f"no registry found: pass --claims, set claims in [tool.factlint] of pyproject.toml "
                        f"or in factlint.toml, or add a claims/ folder (searched from {cwd} upwards)")


def _table(config: Config) -> str:
    return "[tool.factlint]" if config.path is not None and config.path.name == "pyproject.toml" else "factlint.toml"


def load_registry_for(claims: Path | None, config_file: Path | None = None) -> Registry:
    """The validated registry for the command line's --claims (or the one --config names, or the discovered one)."""
    folder, root = find_claims_dir(claims, Path.cwd(), config_file)
    return load_registry(folder, root)
