"""The check report's formats, by the name --format takes: one module each, written as the findings come."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from factlint.check.findings import FileFindings
from factlint.output.github import write_check_github
from factlint.output.gitlab import write_check_gitlab
from factlint.output.html import write_check_html
from factlint.output.json import write_check_json
from factlint.output.jsonl import write_check_jsonl
from factlint.output.junit import write_check_junit
from factlint.output.rdjson import LineOf, write_check_rdjson
from factlint.output.sarif import write_check_sarif
from factlint.output.tally import Tally
from factlint.output.text import print_check_text
from factlint.statuses import DEFAULT_FAIL_ON

CHECK_FORMATS = ("text", "json", "jsonl", "sarif", "github", "html", "junit", "gitlab", "rdjson")
# The format a report file's name asks for when --format is not given; any other name gets text.
BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif"}
SHOWS_DRAFTS = ("html",)  # formats that show each draft's text and explain every figure: both are kept for them


def format_for(path: Path | None) -> str | None:
    """The format --output's file name asks for (`report.html`: html), or None."""
    return BY_SUFFIX.get(path.suffix.lower()) if path is not None else None


def write_check(fmt: str, files: Iterable[FileFindings], *, root: Path, in_order: bool = True,
                show_supported: bool = False, no_color: bool = False, out: TextIO | None = None,
                failing: tuple[str, ...] = DEFAULT_FAIL_ON, sources_root: Path | None = None,
                line_of: LineOf | None = None, warn: Callable[[str], None] | None = None) -> Tally:
    """The check report in `fmt`, written as each file's findings come; what it counted.

    `files` holds a FileFindings per draft read (with its text, for the formats in SHOWS_DRAFTS). `in_order`:
    their paths come sorted, so the text and GitHub reports (sorted by path) can be written file by file
    rather than all at the end. `out`: where the report goes (standard output by default). `failing`: the
    statuses that fail the check (JUnit's failures). `sources_root`: what the registry's source paths are
    relative to (SARIF's related locations). `line_of`: a draft's lines, for rdjson's byte columns. `warn`:
    told what a report had to leave out (SARIF's cap).
    """
    out = out or sys.stdout
    if fmt == "json":
        return write_check_json(files, out)
    if fmt == "jsonl":
        return write_check_jsonl(files, out)
    if fmt == "sarif":
        return write_check_sarif(files, out, root=root, show_supported=show_supported, sources_root=sources_root,
                                 warn=warn)
    if fmt == "github":
        return write_check_github(files, out, in_order=in_order, show_supported=show_supported)
    if fmt == "html":
        return write_check_html(files, out)
    if fmt == "junit":
        return write_check_junit(files, out, failing=failing)
    if fmt == "gitlab":
        return write_check_gitlab(files, out, show_supported=show_supported)
    if fmt == "rdjson":
        return write_check_rdjson(files, out, show_supported=show_supported, line_of=line_of)
    return print_check_text(files, in_order=in_order, show_supported=show_supported, no_color=no_color,
                            out=None if out is sys.stdout else out)
