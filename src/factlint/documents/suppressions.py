"""The factlint-disable comments (SPEC §6): which stretches of a document they silence, wholly or for the
statuses they name (`<!-- factlint-disable-line unsourced -->`). Pure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from factlint.statuses import NAMES

# The statuses a comment may name: a bounded list, so a line of unclosed comments takes linear time.
_SUPPRESS = re.compile(r"<!--\s*factlint-(disable-next-line|disable-line|disable|enable)"
                       r"((?:[ \t,]+[A-Za-z][\w-]{0,30}){0,8})\s*-->")
_WORDS = re.compile(r"[^\s,]+")

# A stretch silenced for some statuses only: (start, end, the statuses), offsets into the text read.
Silenced = tuple[int, int, frozenset[str]]


def named_statuses(words: str) -> tuple[frozenset[str], list[str]]:
    """The statuses a comment names, and the words it names that are no status (warned about)."""
    named = _WORDS.findall(words)
    return frozenset(w for w in named if w in NAMES), [w for w in named if w not in NAMES]


def unknown_statuses(text: str) -> list[tuple[int, int, str]]:
    """(offset, length, word) of each word a disable or enable comment names that is no status."""
    out = []
    for m in _SUPPRESS.finditer(text):
        for w in _WORDS.finditer(m.group(2)):
            if w.group() not in NAMES:
                out.append((m.start(2) + w.start(), len(w.group()), w.group()))
    return out


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

    __slots__ = ("disabled", "next_line", "scoped", "next_scoped", "silenced")

    def __init__(self) -> None:
        self.disabled = False
        self.next_line = False
        self.scoped: dict[str, int] = {}  # status -> where its `disable <status>` began (0: in an earlier block)
        self.next_scoped: frozenset[str] = frozenset()  # a scoped disable-next-line waiting for its line
        self.silenced: list[Silenced] = []  # what the last block read silences for some statuses only

    def ranges(self, text: str, ignore: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """The silenced ranges of `text`, the next block of the document."""
        ignored = sorted(ignore)
        ignored_starts = [a for a, _ in ignored]

        def is_ignored(at: int) -> bool:
            k = bisect.bisect_right(ignored_starts, at) - 1
            return k >= 0 and at < ignored[k][1]

        ranges: list[tuple[int, int]] = []
        silenced: list[Silenced] = []
        if self.next_line:
            self.next_line = self._next_line(ranges, text, 0)
        if self.next_scoped:
            self.next_scoped = self._next_scoped(silenced, text, 0, self.next_scoped)
        scoped = {status: 0 for status in self.scoped}
        disabled_at = 0 if self.disabled else -1
        for m in _SUPPRESS.finditer(text):
            if is_ignored(m.start()):
                continue
            ranges.append((m.start(), m.end()))
            kind = m.group(1)
            statuses, unknown = named_statuses(m.group(2))
            if statuses or unknown:
                # A comment that names statuses silences those only; one that names none it knows, nothing.
                self._scoped(kind, statuses, m, text, scoped, silenced)
                continue
            if kind == "disable":
                if disabled_at < 0:
                    disabled_at = m.start()
            elif kind == "enable":
                if disabled_at >= 0:
                    ranges.append((disabled_at, m.end()))
                    disabled_at = -1
                silenced.extend((at, m.end(), frozenset((status,))) for status, at in scoped.items())
                scoped.clear()
            elif kind == "disable-line":
                ranges.append(_line_span(text, m.start()))
            else:
                end = text.find("\n", m.end())
                self.next_line |= end < 0 or self._next_line(ranges, text, end + 1)
        if disabled_at >= 0:
            ranges.append((disabled_at, len(text)))
        self.disabled = disabled_at >= 0
        silenced.extend((at, len(text), frozenset((status,))) for status, at in scoped.items())
        self.scoped = scoped
        self.silenced = sorted(silenced, key=lambda r: r[0])
        return merge_ranges(ranges)

    def _scoped(self, kind: str, statuses: frozenset[str], m: re.Match[str], text: str, scoped: dict[str, int],
                silenced: list[Silenced]) -> None:
        """A comment naming statuses: what it silences for them, or where it ends their silence."""
        if not statuses:
            return
        if kind == "disable":
            for status in statuses:
                scoped.setdefault(status, m.start())
        elif kind == "enable":
            for status in statuses & scoped.keys():
                silenced.append((scoped.pop(status), m.end(), frozenset((status,))))
        elif kind == "disable-line":
            a, b = _line_span(text, m.start())
            silenced.append((a, b, statuses))
        else:
            end = text.find("\n", m.end())
            waiting = statuses if end < 0 else self._next_scoped(silenced, text, end + 1, statuses)
            self.next_scoped = self.next_scoped | waiting

    @staticmethod
    def _next_scoped(silenced: list[Silenced], text: str, start: int, statuses: frozenset[str]) -> frozenset[str]:
        """Silence the first non-blank line from `start` on for `statuses`; those still waiting when there is none."""
        found = _nonblank_line(text, start)
        if found is None:
            return statuses
        silenced.append((*found, statuses))
        return frozenset()

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
