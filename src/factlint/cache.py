"""An on-disk cache of the prepared registry (claims anchored, matcher built), keyed by file contents.

Loading and preparing 10,000 claims takes seconds; reading them back takes a tenth of that. The cache
lives in the user's cache folder, never in the project, so a registry that arrives in a pull request
cannot bring a cache with it. An entry is used only when the factlint code, every registry file and
every source file hash to what they did when it was written; anything else (a changed file, a corrupt
or unreadable entry, a read-only cache folder) falls back to loading the registry, silently.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

CACHE_DIR_ENV = "FACTLINT_CACHE_DIR"
_FORMAT = b"factlint-engine-1\n"


def cache_dir() -> Path:
    """$FACTLINT_CACHE_DIR, else $XDG_CACHE_HOME/factlint, else ~/.cache/factlint."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint"


def prepared(claims_dir: Path, root: Path, *, use_cache: bool = True):
    """The registry below `claims_dir`, loaded and prepared for checking (a checking.Engine)."""
    from factlint.checking import Engine
    from factlint.registry import load_registry

    if not use_cache:
        return Engine.build(load_registry(claims_dir, root))
    root, claims_dir = root.resolve(), claims_dir.resolve()
    entry = _entry(claims_dir, root)
    key = _key(claims_dir, root)
    engine = _read(entry, key, root) if key else None
    if engine is None:
        engine = Engine.build(load_registry(claims_dir, root))  # errors are raised, never cached
        if key:
            _write(entry, key, engine)
    return engine


def _entry(claims_dir: Path, root: Path) -> Path:
    """One entry per registry folder: a new version replaces the old, so the cache does not grow."""
    name = hashlib.sha256(f"{root}\0{claims_dir}".encode()).hexdigest()[:24]
    return cache_dir() / f"{name}.engine"


def _key(claims_dir: Path, root: Path) -> str | None:
    """A hash of the factlint code, the Python version and every registry file; None when one is unreadable."""
    h = hashlib.sha256()
    h.update(f"{sys.version}\0{root}\0{claims_dir}\0".encode())
    try:
        for path in sorted(Path(__file__).parent.rglob("*.py")):
            h.update(path.read_bytes())
        for path in sorted(claims_dir.rglob("*.toml")):
            if path.is_file():
                h.update(f"\0{path.relative_to(claims_dir)}\0".encode())
                h.update(path.read_bytes())
    except (OSError, ValueError):
        return None
    return h.hexdigest()


def _sources(engine, root: Path) -> list[tuple[str, str]] | None:
    """Each source file's path and content hash; None when one cannot be read or has left the root."""
    out = []
    for source in sorted(engine.registry.sources.values(), key=lambda s: s.id):
        path = root / source.path
        try:
            if not path.resolve().is_relative_to(root):
                return None
            out.append((source.path, hashlib.sha256(path.read_bytes()).hexdigest()))
        except (OSError, ValueError):
            return None
    return out


def _read(entry: Path, key: str, root: Path):
    try:
        with open(entry, "rb") as fh:
            if not _own(os.fstat(fh.fileno())):
                return None
            if fh.read(len(_FORMAT)) != _FORMAT or fh.readline().decode("ascii", "replace").strip() != key:
                return None
            recorded = pickle.load(fh)
            engine = pickle.load(fh)
    except Exception:  # a cache is never worth an error: any damage means "not cached"
        return None
    return engine if _sources(engine, root) == recorded else None


def _own(st: os.stat_result) -> bool:
    """An entry is unpickled only when this user wrote it and nobody else can write it: a cache folder
    shared with others (FACTLINT_CACHE_DIR=/tmp/...) must not let them plant one."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's own profile folder
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _write(entry: Path, key: str, engine) -> None:
    """Write atomically (a temporary file renamed into place); a failure leaves no entry and no error."""
    import tempfile

    sources = _sources(engine, engine.registry.root)
    if sources is None:
        return
    tmp = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=entry.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_FORMAT + key.encode() + b"\n")
            pickle.dump(sources, fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(engine, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
