"""The check report's formats, by the name --format takes: one module each, written as the findings come."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from factlint.check.findings import FileFindings
from factlint.output.github import write_check_github
from factlint.output.json import write_check_json
from factlint.output.jsonl import write_check_jsonl
from factlint.output.sarif import write_check_sarif
from factlint.output.tally import Tally
from factlint.output.text import print_check_text

CHECK_FORMATS = ("text", "json", "jsonl", "sarif", "github")


def write_check(fmt: str, files: Iterable[FileFindings], *, root: Path, in_order: bool = True,
                show_supported: bool = False, no_color: bool = False, out: TextIO | None = None) -> Tally:
    """The check report in `fmt`, written as each file's findings come; what it counted.

    `files` holds a FileFindings per draft read. `in_order`: their paths come sorted, so the text and
    GitHub reports (sorted by path) can be written file by file rather than all at the end.
    """
    out = out or sys.stdout
    if fmt == "json":
        return write_check_json(files, out)
    if fmt == "jsonl":
        return write_check_jsonl(files, out)
    if fmt == "sarif":
        return write_check_sarif(files, out, root=root, show_supported=show_supported)
    if fmt == "github":
        return write_check_github(files, out, in_order=in_order, show_supported=show_supported)
    return print_check_text(files, in_order=in_order, show_supported=show_supported, no_color=no_color, out=out)
