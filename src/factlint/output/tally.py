"""What a check report counts as it is written, and the order the sorted reports list findings in."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.statuses import NAMES


class Tally:
    """What a check reported, counted as it is written: files read, figures of each status, problems."""

    def __init__(self) -> None:
        self.files = 0
        self.figures = 0
        self.statuses = {name: 0 for name in NAMES}
        self.problems: list[Problem] = []

    def each(self, files: Iterable[FileFindings]) -> Iterator[tuple[FileFindings, Iterator[Finding]]]:
        """Each file's FileFindings with its findings, counted as they are read."""
        for group in files:
            self.files += 1
            self.problems.extend(group.problems)
            yield group, self._counted(group.findings)

    def _counted(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        for f in findings:
            self.figures += 1
            self.statuses[f.kind.name] += 1
            yield f

    def summary(self) -> dict[str, int]:
        out = {"files": self.files, "figures": self.figures, **self.statuses}
        if self.problems:
            out["problems"] = len(self.problems)
        return out


def listed(tally: Tally, files: Iterable[FileFindings], in_order: bool,
           show_supported: bool) -> Iterator[Finding | Problem]:
    """Findings shown and problems, by path, line and column: file by file when the files come sorted."""

    def key(item: Finding | Problem) -> tuple[int, int, int]:
        return item.line, item.column, 0 if isinstance(item, Finding) else 1

    def shown(findings: Iterable[Finding]) -> Iterator[Finding | Problem]:
        return (f for f in findings if show_supported or not f.kind.hidden)

    if in_order:
        for group, findings in tally.each(files):
            yield from heapq.merge(shown(findings), group.problems, key=key)
        return
    items: list[Finding | Problem] = []
    for group, findings in tally.each(files):
        items.extend(shown(findings))
        items.extend(group.problems)
    items.sort(key=lambda item: (item.path, *key(item)))
    yield from items
