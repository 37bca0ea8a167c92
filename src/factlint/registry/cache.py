"""An on-disk cache of the prepared registry (claims anchored, matcher built), keyed by file contents.

Loading and preparing 10,000 claims takes seconds; reading them back takes a tenth of that. The cache
lives in the user's cache folder, never in the project, so a registry that arrives in a pull request
cannot bring a cache with it. An entry is used only when the factlint code, every registry file and
every source file hash to what they did when it was written; anything else (a changed file, a corrupt
or unreadable entry, a read-only cache folder) falls back to loading the registry, silently.

An entry is plain data (JSON, registry/snapshot.py): wherever the cache folder is, and whoever wrote
an entry, reading it never runs code.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from factlint.check.engine import Engine
from factlint.folders import files_below
from factlint.registry import load, snapshot

CACHE_DIR_ENV = "FACTLINT_CACHE_DIR"
FORMAT = b"factlint-engine-9\n"  # the first line of an entry; then the key; then the JSON


def cache_dir() -> Path:
    """$FACTLINT_CACHE_DIR, else $XDG_CACHE_HOME/factlint, else ~/.cache/factlint."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint"


def prepared(claims_dir: Path, root: Path, *, use_cache: bool = True) -> Engine:
    """The registry below `claims_dir`, loaded and prepared for checking."""
    root, claims_dir = root.resolve(), claims_dir.resolve()
    entry = _entry(claims_dir, root) if use_cache else None
    key = _key(claims_dir, root) if entry is not None else None
    engine = _read(entry, key, root) if key else None
    if engine is None:
        started = time.time_ns()
        engine = Engine.build(load.load_registry(claims_dir, root))  # errors are raised, never cached
        # Only what was read stays what is there: a file edited during the load is not recorded.
        if key and _key(claims_dir, root) == key:
            _write(entry, key, engine, started)
    return engine


def _entry(claims_dir: Path, root: Path) -> Path | None:
    """The cache file of this registry folder (one: a new version replaces the old); None when the cache
    folder cannot be trusted or made.

    The folder must be absolute, outside the project (where a pull request could put files), this user's,
    and writable by nobody else.
    """
    try:
        folder = cache_dir()
        if not folder.is_absolute():
            return None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder = folder.resolve()
        if folder == root or folder.is_relative_to(root) or not _own(os.stat(folder)):
            return None
    except (OSError, RuntimeError, ValueError):  # no home folder, a file in the way, a loop
        return None
    name = hashlib.sha256(f"{root}\0{claims_dir}".encode()).hexdigest()[:24]
    return folder / f"{name}.engine"


def _key(claims_dir: Path, root: Path) -> str | None:
    """A hash of the factlint code and its lexical data, the Python version and every registry file; None when
    one is unreadable."""
    h = hashlib.sha256()
    h.update(f"{sys.version}\0{root}\0{claims_dir}\0".encode())
    package = Path(__file__).parents[1]
    try:
        for path in sorted([*package.rglob("*.py"), *package.rglob("*.tsv")]):
            h.update(path.read_bytes())
        for path in files_below(claims_dir, ".toml"):
            if path.is_file():
                h.update(f"\0{path.relative_to(claims_dir)}\0".encode())
                h.update(path.read_bytes())
    except (OSError, ValueError):
        return None
    return h.hexdigest()


MTIME_SLACK_NS = 2_000_000_000  # file systems that keep modification times to the second or two


def _sources(engine: Engine, root: Path, changed_since: int | None = None) -> list[list[str]] | None:
    """Each source file's path and content hash; None when one cannot be read, has left the root, or was
    modified at or after `changed_since` (ns)."""
    out = []
    for source in sorted(engine.registry.sources.values(), key=lambda s: s.id):
        path = root / source.path
        try:
            if not path.resolve().is_relative_to(root):
                return None
            if changed_since is not None and path.stat().st_mtime_ns >= changed_since:
                return None
            out.append([source.path, hashlib.sha256(path.read_bytes()).hexdigest()])
        except (OSError, ValueError):
            return None
    return out


def _read(entry: Path, key: str, root: Path) -> Engine | None:
    try:
        # Not followed if a link, never waited on if a pipe: only a regular file of this user's is read.
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or not _own(st):
                return None
            if fh.read(len(FORMAT)) != FORMAT or fh.readline().decode("ascii", "replace").strip() != key:
                return None
            body = fh.read()
        # A registry is a million small objects and no cycles: the collector would walk them again and again.
        collecting = gc.isenabled()
        gc.disable()
        try:
            data = json.loads(body)
            engine = snapshot.load(data.get("engine"), root) if type(data) is dict else None
        finally:
            if collecting:
                gc.enable()
        if engine is None or _sources(engine, root) != data.get("sources"):
            return None
    except Exception:  # a cache is never worth an error: any damage means "not cached"
        return None
    return engine


def _own(st: os.stat_result) -> bool:
    """An entry is read only when this user wrote it and nobody else can write it: a cache folder shared
    with others (FACTLINT_CACHE_DIR=/tmp/...) must not let them plant one."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's own profile folder
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _write(entry: Path, key: str, engine: Engine, started: int) -> None:
    """Write atomically (a temporary file renamed into place); a failure leaves no entry and no error.

    Nothing is written when a source changed after `started` (ns): what was read may not be what is there.
    """
    sources = _sources(engine, engine.registry.root, changed_since=started - MTIME_SLACK_NS)
    if sources is None:
        return
    tmp = None
    try:
        body = json.dumps({"sources": sources, "engine": snapshot.dump(engine)}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=entry.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(FORMAT + key.encode() + b"\n" + body)
        os.replace(tmp, entry)
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
