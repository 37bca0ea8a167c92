"""Reading drafts from files, folders and standard input (the I/O edge for drafts)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from factlint.errors import FactlintError

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", "__pycache__", ".tox", ".nox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages"}


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft's text and how to name it in reports."""

    path: str  # as displayed: relative to the working directory where possible, "-" for stdin
    text: str
    markdown: bool


def display_path(path: Path, cwd: Path | None = None) -> str:
    """`path` relative to the working directory when it lies below it, POSIX-style."""
    cwd = cwd or Path.cwd()
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def expand(paths: list[str], *, skip_dirs: set[str] | None = None) -> list[Path | str]:
    """Files named, and Markdown and text files below folders named, in a stable order."""
    skip = SKIP_DIRS | (skip_dirs or set())
    out: list[Path | str] = []
    for raw in paths:
        if raw == "-":
            out.append("-")
            continue
        p = Path(raw)
        if p.is_dir():
            found: list[Path] = []
            seen: set[tuple[int, int]] = set()
            for dirpath, dirnames, filenames in os.walk(p, followlinks=True):
                st = os.stat(dirpath)
                if (st.st_dev, st.st_ino) in seen:  # a symlink loop
                    dirnames[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirnames[:] = sorted(d for d in dirnames if d not in skip)
                found.extend(Path(dirpath) / f for f in filenames if f.lower().endswith(DRAFT_SUFFIXES))
            out.extend(sorted(found))
        elif p.exists() or p.is_symlink():
            out.append(p)
        else:
            raise FactlintError(f"{raw}: no such file or folder")
    return out


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Text of a draft; a BOM is dropped, bad bytes are a one-line error naming the file."""
    if data.startswith(b"\xef\xbb\xbf") and encoding.lower().replace("-", "") in ("utf8", "utf8sig"):
        data = data[3:]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise FactlintError(f"{name}:{line}: not valid {encoding} (byte 0x{data[err.start]:02x}); "
                            f"use --encoding to name the file's encoding") from None
    except LookupError:
        raise FactlintError(f"unknown encoding {encoding!r}") from None


def read_draft(item: Path | str, encoding: str = "utf-8") -> Draft:
    """Read one draft (a path, or "-" for standard input)."""
    if item == "-":
        try:
            data = sys.stdin.buffer.read() if sys.stdin is not None else b""
        except (OSError, ValueError):
            data = b""
        return Draft("-", decode(data, "<stdin>", encoding), True)
    path = Path(item)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise FactlintError(f"{display_path(path)}: is a folder") from None
    except OSError as err:
        raise FactlintError(f"{display_path(path)}: cannot read: {err.strerror or err}") from None
    shown = display_path(path)
    return Draft(shown, decode(data, shown, encoding), path.suffix.lower() != ".txt")
