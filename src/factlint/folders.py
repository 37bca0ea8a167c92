"""Folder trees walked without recursion: Python 3.11's os.walk and rglob recurse, and fail 1,000 folders deep."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def tree(top: str | os.PathLike[str], follow_links: bool = False) -> Iterator[tuple[str, list[str], list[str]]]:
    """(folder, subfolder names, file names) top-down like os.walk; prune by editing the subfolder list."""
    stack = [os.fspath(top)]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = list(it)
        except OSError:
            continue
        dirs: list[str] = []
        files: list[str] = []
        descend: set[str] = set()
        for entry in entries:
            try:
                is_dir = entry.is_dir()
                link = entry.is_symlink()
            except OSError:
                is_dir, link = False, False
            (dirs if is_dir else files).append(entry.name)
            if is_dir and (follow_links or not link):
                descend.add(entry.name)
        yield here, dirs, files
        stack.extend(os.path.join(here, d) for d in reversed(dirs) if d in descend)


def files_below(top: Path, suffix: str | None = None) -> list[Path]:
    """Every file below `top` whose name ends in `suffix` (links to folders not followed), sorted."""
    return sorted(Path(here, name) for here, _, names in tree(top) for name in names
                  if suffix is None or name.endswith(suffix))
