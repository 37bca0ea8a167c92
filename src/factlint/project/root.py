"""The project root, defined once for every command: what a repository's files may reach and be written to.

It is the top of the git work tree that holds the project's anchor (the config file's folder, the folder
holding a discovered claims/ folder, or the working directory), else the anchor itself. Source paths are
relative to it, the registry folder and every file factlint reads through a link or writes stay inside it.
"""

from __future__ import annotations

from pathlib import Path

from factlint.errors import FactlintError


def git_top(start: Path) -> Path | None:
    """The top of the git work tree holding `start` (a `.git` folder, or the file a worktree has), if any."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def project_root(anchor: Path) -> Path:
    """The project root for a project anchored at the folder `anchor`."""
    return git_top(anchor) or anchor.resolve()


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, with every link followed, lies in `root` (itself resolved)."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def write_target(path: Path, root: Path) -> Path:
    """The file to write for `path`: the file a link leads to when it lies in the project, else an error.

    Writing through a link keeps the link; replacing it would copy the linked file's content into the
    project, and following it out of the project would write wherever a pull request points it."""
    if not path.is_symlink():
        return path
    if not inside(path, root.resolve()):
        raise FactlintError(f"{path}: a symbolic link to a file outside the project root {root}; "
                            "factlint does not write through it (name the file itself)")
    return path.resolve()
