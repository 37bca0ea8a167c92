"""Reports written to files: atomically (a reader sees the old file or the new one), failing in one line."""

from __future__ import annotations

from pathlib import Path

from factlint.atomic import write_text
from factlint.errors import FactlintError


def write_file(path: Path, text: str, *, what: str = "", unchanged: bool = False) -> None:
    """Replace `path` with `text`; a FactlintError naming the file (and `what` it holds) when it cannot be
    written, which says the file is unchanged when `unchanged`."""
    try:
        write_text(path, text)
    except OSError as err:
        named = f" {what}" if what else ""
        after = "; the file is unchanged" if unchanged else ""
        raise FactlintError(f"{path}: cannot write{named}: {err.strerror or err}{after}") from None
