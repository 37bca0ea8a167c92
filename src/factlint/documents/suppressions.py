"""The factlint-disable comments (SPEC §6): which stretches of a document they silence. Pure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

_SUPPRESS = re.compile(r"<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\s*-->")


def suppressed_ranges(text: str, ignore: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Offset ranges silenced by factlint-disable comments (SPEC §6), sorted and merged.

    Comments that start inside an `ignore` range (code blocks) do not count. The comments
    themselves are included, so they never show as prose.
    """
    return Suppression().ranges(text, ignore)


def comment_spans(text: str) -> list[tuple[int, int]]:
    """Where each disable or enable comment stands in `text`, code blocks included."""
    return [(m.start(), m.end()) for m in _SUPPRESS.finditer(text)]


class Suppression:
    """The disable comments' state carried from one block of a document to the next: a `disable` not yet
    enabled again, a `disable-next-line` with only blank lines after it so far."""

    __slots__ = ("disabled", "next_line")

    def __init__(self) -> None:
        self.disabled = False
        self.next_line = False

    def ranges(self, text: str, ignore: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """The silenced ranges of `text`, the next block of the document."""
        ignored = sorted(ignore)
        ignored_starts = [a for a, _ in ignored]

        def is_ignored(at: int) -> bool:
            k = bisect.bisect_right(ignored_starts, at) - 1
            return k >= 0 and at < ignored[k][1]

        ranges: list[tuple[int, int]] = []
        if self.next_line:
            self.next_line = self._next_line(ranges, text, 0)
        disabled_at = 0 if self.disabled else -1
        for m in _SUPPRESS.finditer(text):
            if is_ignored(m.start()):
                continue
            ranges.append((m.start(), m.end()))
            kind = m.group(1)
            if kind == "disable":
                if disabled_at < 0:
                    disabled_at = m.start()
            elif kind == "enable":
                if disabled_at >= 0:
                    ranges.append((disabled_at, m.end()))
                    disabled_at = -1
            elif kind == "disable-line":
                ranges.append(_line_span(text, m.start()))
            else:
                end = text.find("\n", m.end())
                self.next_line |= end < 0 or self._next_line(ranges, text, end + 1)
        if disabled_at >= 0:
            ranges.append((disabled_at, len(text)))
        self.disabled = disabled_at >= 0
        return merge_ranges(ranges)

    @staticmethod
    def _next_line(ranges: list[tuple[int, int]], text: str, start: int) -> bool:
        """Silence the first non-blank line from `start` on; True when there is none in `text`."""
        found = _nonblank_line(text, start)
        if found is None:
            return True
        ranges.append(found)
        return False


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-empty `ranges`, sorted, with overlapping and touching ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _line_span(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _nonblank_line(text: str, start: int) -> tuple[int, int] | None:
    """The first line at or after offset `start` (a line start) holding more than white space."""
    while start <= len(text):
        end = text.find("\n", start)
        line_end = len(text) if end < 0 else end
        if text[start:line_end].strip():
            return start, line_end
        if end < 0:
            return None
        start = end + 1
    return None
