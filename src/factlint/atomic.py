"""Atomic file writes: a temporary file in the same folder, flushed, then renamed over the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` so that a reader sees the old file or the new one, never half of one."""
    with replacing(path, encoding) as fh:
        fh.write(text)


@contextlib.contextmanager
def replacing(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A file to write that replaces `path` when the block ends, and is removed, `path` untouched, when it
    raises: what write_text does, for text written as it is made rather than held whole first."""
    path = Path(path)
    _remove_stale(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file 0600: a new file gets what open() would give it under the user's umask.
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    # Reading the umask means setting it; a CLI writes its files from one thread.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock for reading, changing and writing `path`, held on its folder: no lock file left behind."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; writes stay atomic, concurrent appends are not serialised
        yield
        return
    fd = os.open(Path(path).parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


STALE_AFTER = 3600.0  # seconds: a writer that was killed (kill -9) left its temporary; a live one is done by then


def _remove_stale(path: Path) -> None:
    """Remove temporaries an earlier write of `path` left behind when it was killed mid-write."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    prefix, now = f".{path.name}.", time.time()
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
            try:
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if entry.is_file(follow_symlinks=False) and age > STALE_AFTER:
                    os.unlink(entry.path)
            except OSError:
                pass
