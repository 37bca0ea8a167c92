"""The check report's formats, by the name --format takes: one module each, written as the findings come."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from factlint.check.findings import FileFindings
from factlint.output.github import write_check_github
from factlint.output.html import write_check_html
from factlint.output.json import write_check_json
from factlint.output.jsonl import write_check_jsonl
from factlint.output.sarif import write_check_sarif
from factlint.output.tally import Tally
from factlint.output.text import print_check_text

CHECK_FORMATS = ("text", "json", "jsonl", "sarif", "github", "html")
# The format a report file's name asks for when --format is not given; any other name gets text.
BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif"}
SHOWS_DRAFTS = ("html",)  # formats that show each draft's text and explain every figure: both are kept for them


def format_for(path: Path | None) -> str | None:
    """The format --output's file name asks for (`report.html`: html), or None."""
    return BY_SUFFIX.get(path.suffix.lower()) if path is not None else None


def write_check(fmt: str, files: Iterable[FileFindings], *, root: Path, in_order: bool = True,
                show_supported: bool = False, no_color: bool = False, out: TextIO | None = None) -> Tally:
    """The check report in `fmt`, written as each file's findings come; what it counted.

    `files` holds a FileFindings per draft read (with its text, for the formats in SHOWS_DRAFTS). `in_order`:
    their paths come sorted, so the text and GitHub reports (sorted by path) can be written file by file
    rather than all at the end. `out`: where the report goes (standard output by default).
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
    if fmt == "html":
        return write_check_html(files, out)
    return print_check_text(files, in_order=in_order, show_supported=show_supported, no_color=no_color,
                            out=None if out is sys.stdout else out)
