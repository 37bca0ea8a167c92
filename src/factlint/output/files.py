"""Reports written to files: atomically (a reader sees the old file or the new one), failing in one line."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from factlint.atomic import replacing, write_text
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


@contextlib.contextmanager
def report_file(path: Path, *, what: str = "") -> Iterator[TextIO]:
    """A file to write a report into as it is made, replacing `path` atomically when the block ends; a
    FactlintError naming the file when it cannot be written (the file is then unchanged)."""
    try:
        with replacing(path) as fh:
            yield fh
    except OSError as err:
        named = f" {what}" if what else ""
        raise FactlintError(f"{path}: cannot write{named}: {err.strerror or err}; the file is unchanged") from None
