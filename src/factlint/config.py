"""Finding the registry: --claims, else [tool.factlint] / factlint.toml, else the nearest claims/ folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.errors import FactlintError

if TYPE_CHECKING:
    from factlint.registry import Registry

CONFIG_FILES = ("factlint.toml", "pyproject.toml")


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from `[tool.factlint]` in pyproject.toml, or the top level of factlint.toml."""

    claims: str = "claims"  # the registry folder, relative to the config file's folder
    path: Path | None = None  # the file the settings came from


def read_config(path: Path) -> Config | None:
    """The factlint settings in `path`, or None when a pyproject.toml has no [tool.factlint]."""
    import tomllib

    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
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
    claims = table.get("claims", "claims")
    if not isinstance(claims, str) or not claims.strip():
        raise FactlintError(f"{path}: {where} claims must be a folder name (a string)")
    # Other keys are left to the settings that will read them.
    return Config(claims=claims, path=path)


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
    from factlint.registry import load_registry

    folder, root = find_claims_dir(claims, Path.cwd())
    return load_registry(folder, root)
