"""`--format junit`: JUnit XML as Jenkins and GitLab read test reports, one test case per figure.

A draft is a test suite; each figure checked is a test case that fails when its status fails the check
(`fail_on`), and each problem of the draft (an unknown citation key) is a failing test case. Supported
figures are passing test cases whether or not they are listed elsewhere: they are the checks that passed.
Written suite by suite as the drafts come. Valid against Jenkins' junit-10.xsd (tests/data).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TextIO

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.output.sarif import message
from factlint.output.tally import Tally
from factlint.text import visible

# XML 1.0 has no way to write these at all, escaped or not: they are written as \uXXXX like control characters.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` as XML 1.0 can hold it: control characters, bidi overrides and non-characters written visibly."""
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", visible(text))


def _case(item: Finding | Problem, failing: tuple[str, ...]) -> tuple[ET.Element, bool]:
    """The test case for a finding or a problem, and whether it fails."""
    where = f"{item.line}:{item.column}"
    if isinstance(item, Finding):
        name = f"{where} {item.text} ({item.status})"
        fails = item.status in failing
    else:
        name = f"{where} {item.kind.title}"
        fails = True
    case = ET.Element("testcase", {"classname": xml_text(item.path), "name": xml_text(" ".join(name.split()))})
    text = xml_text(f"{item.path}:{where}: {message(item)}")
    if fails:
        failure = ET.SubElement(case, "failure", {"type": item.kind.name, "message": xml_text(item.message)})
        failure.text = text
    elif isinstance(item, Finding) and item.kind.name != "supported":
        ET.SubElement(case, "system-out").text = text  # a status that does not fail this check: noted, passed
    return case, fails


def write_check_junit(files: Iterable[FileFindings], out: TextIO, *, failing: tuple[str, ...]) -> Tally:
    """A <testsuites> document with a <testsuite> per draft, written as each draft's findings come."""
    tally = Tally()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factlint">\n')
    for group, findings in tally.each(files):
        cases: list[ET.Element] = []
        failures = 0
        items: list[Finding | Problem] = [*findings, *group.problems]
        for item in sorted(items, key=lambda i: (i.line, i.column)):
            case, fails = _case(item, failing)
            cases.append(case)
            failures += fails
        path = xml_text(group.path)
        suite = ET.Element("testsuite", {"name": path, "file": path, "tests": str(len(cases)),
                                         "failures": str(failures), "errors": "0", "skipped": "0"})
        suite.extend(cases)
        ET.indent(suite, space="  ", level=1)
        out.write("  " + ET.tostring(suite, encoding="unicode") + "\n")
    out.write("</testsuites>\n")
    return tally
