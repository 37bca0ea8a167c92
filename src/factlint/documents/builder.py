"""Turning pieces into Passages: suppressed text, bare URLs, Pandoc citations and footnote marks cut out,
the rest copied from the original document with its offsets. Pure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from factlint.documents.passage import NOWHERE, Citation, Passage, Piece, RawPassage, Surroundings
from factlint.documents.suppressions import Silenced, merge_ranges

_URL = re.compile(r"(?<![\w@/.-])(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]*")
_URL_TRAILING = ".,;:!?'\u2019\u201d*_"
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")
_PANDOC_KEY = re.compile(r"(?:^|(?<=[\s;\[]))-?@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[\w])?)")
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\]")


class Builder:
    """Turns pieces (offsets into the parsed text) into Passages (offsets into the original)."""

    def __init__(self, original: str, to_original: Callable[[int], int],
                 suppressed: list[tuple[int, int]], footnotes: dict[str, str],
                 silenced: list[Silenced] | None = None) -> None:
        self.original = original
        self.to_original = to_original
        self.suppressed = suppressed
        self.suppressed_starts = [a for a, _ in suppressed]
        self.footnotes = footnotes
        # Stretches silenced for some statuses only, in the original's offsets, by start.
        self.silenced = [(to_original(a), to_original(b), s) for a, b, s in silenced or ()]

    def clean(self, raw: RawPassage) -> RawPassage:
        """Drop suppressed characters, bare URLs, Pandoc citations and unresolved footnote marks."""
        pieces, citations = raw.pieces, raw.citations
        spans = self._suppressed_spans(pieces)
        if spans:
            remap = _Remap(spans)
            pieces = _cut(pieces, spans)
            citations = [_moved(c, remap(c.start)) for c in citations if not self._is_suppressed(c.offset)]
        text = "".join(t for t, _ in pieces)
        offsets = _offset_lookup(pieces)
        spans = []
        found: list[Citation] = []
        for m in _BRACKETED.finditer(text):
            inner = m.group(0)[1:-1]
            fm = _FOOTNOTE_MARK.fullmatch(m.group(0))
            if fm:
                label = fm.group(1)
                found.append(Citation("footnote", label, self.footnotes.get(label, ""), m.start(),
                                      offsets(m.start())))
                spans.append((m.start(), m.end()))
                continue
            keys = _PANDOC_KEY.findall(inner)
            if not keys:
                continue
            start = m.start()
            if start > 0 and text[start - 1] in " \t" and (m.end() == len(text) or not text[m.end()].isalnum()):
                start -= 1  # "after tax [@key]." reads "after tax."
            found.extend(Citation("pandoc", key, key, start, offsets(m.start())) for key in keys)
            spans.append((start, m.end()))
        spans.extend(_url_spans(text))
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        if lead:
            spans.append((0, lead))
        if trail and trail < len(text):
            spans.append((len(text) - trail, len(text)))
        if not spans:
            return RawPassage(pieces, citations)
        spans = merge_ranges(spans)
        remap = _Remap(spans)
        citations = [_moved(c, remap(c.start)) for c in citations + found]
        citations.sort(key=lambda c: c.start)
        return RawPassage(_cut(pieces, spans), citations)

    def _is_suppressed(self, off: int) -> bool:
        k = bisect.bisect_right(self.suppressed_starts, off) - 1
        return k >= 0 and off < self.suppressed[k][1]

    def _suppressed_spans(self, pieces: list[Piece]) -> list[tuple[int, int]]:
        if not self.suppressed:
            return []
        spans = []
        pos = 0
        for text, off in pieces:
            n = len(text)
            if off >= 0:
                k = max(bisect.bisect_right(self.suppressed_starts, off) - 1, 0)
                while k < len(self.suppressed) and self.suppressed[k][0] < off + n:
                    a, b = self.suppressed[k]
                    lo, hi = max(a, off), min(b, off + n)
                    if lo < hi:
                        spans.append((pos + lo - off, pos + hi - off))
                    k += 1
            elif spans and spans[-1][1] == pos:
                spans.append((pos, pos + n))  # a decoded entity inside a silenced stretch
            pos += n
        return merge_ranges(spans)

    def passage(self, raw: RawPassage, *, header: str = "",
                citations: tuple[Citation, ...] | None = None, where: Surroundings = NOWHERE) -> Passage:
        """The finished Passage: text copied from the original, runs merged, offsets converted."""
        parts: list[str] = []
        runs: list[list[int]] = []
        pos = 0
        for text, off in raw.pieces:
            n = len(text)
            if off >= 0:
                d = self.to_original(off)
                text = self.original[d:d + n]
                last = runs[-1] if runs else None
                if last and last[0] + last[2] == pos and last[1] + last[2] == d:
                    last[2] += n
                else:
                    runs.append([pos, d, n])
            parts.append(text)
            pos += n
        if citations is None:
            citations = tuple(_placed(c, self.to_original(c.offset)) for c in raw.citations)
        silenced: tuple[Silenced, ...] = ()
        if self.silenced and runs:
            first, last = runs[0][1], runs[-1][1] + runs[-1][2]
            silenced = tuple(r for r in self.silenced if r[0] < last and r[1] > first)
        return Passage("".join(parts), tuple((p, d, n) for p, d, n in runs), header, citations, where, silenced)


def _moved(c: Citation, start: int) -> Citation:
    return Citation(c.kind, c.key, c.text, start, c.offset)


def _placed(c: Citation, offset: int) -> Citation:
    return Citation(c.kind, c.key, c.text, c.start, offset)


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Bare URLs (http://, https://, www.) in prose, without trailing sentence punctuation."""
    spans = []
    for m in _URL.finditer(text):
        end = m.end()
        # Unbalanced closing brackets are the prose's, not the URL's: counted once, then kept up to date as the
        # end moves back (counting again at each step made "http://x" and many ")" quadratic).
        opened = text.count("(", m.start(), end)
        closed = text.count(")", m.start(), end)
        while end > m.start():
            ch = text[end - 1]
            if ch in _URL_TRAILING:
                end -= 1
            elif ch == ")" and opened < closed:
                end -= 1
                closed -= 1
            else:
                break
        spans.append((m.start(), end))
    return spans


class _Remap:
    """Passage positions before and after removing sorted, disjoint spans."""

    __slots__ = ("_starts", "_spans", "_removed")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = spans
        self._starts = [a for a, _ in spans]
        removed = [0]
        for a, b in spans:
            removed.append(removed[-1] + b - a)
        self._removed = removed

    def __call__(self, old: int) -> int:
        k = bisect.bisect_right(self._starts, old) - 1
        if k < 0:
            return old
        a, b = self._spans[k]
        if old < b:
            return a - self._removed[k]
        return old - self._removed[k + 1]


def _cut(pieces: list[Piece], spans: list[tuple[int, int]]) -> list[Piece]:
    """`pieces` without the passage-text spans (sorted, disjoint)."""
    if not spans:
        return pieces
    out: list[Piece] = []
    pos = 0
    k = 0
    for text, off in pieces:
        end = pos + len(text)
        cursor = pos
        while k < len(spans) and spans[k][0] < end:
            a, b = spans[k]
            if a > cursor:
                out.append(_slice(text, off, cursor - pos, a - pos))
            cursor = max(cursor, min(b, end))
            if b <= end:
                k += 1
            else:
                break
        if cursor < end:
            out.append(_slice(text, off, cursor - pos, end - pos))
        pos = end
    return [p for p in out if p[0]]


def _slice(text: str, off: int, a: int, b: int) -> Piece:
    return text[a:b], (off + a if off >= 0 else -1)


def _offset_lookup(pieces: list[Piece]) -> Callable[[int], int]:
    """Parsed-text offset of a passage position (the next mapped piece for unmapped text)."""
    starts: list[int] = []
    offs: list[int] = []
    pos = 0
    for text, off in pieces:
        starts.append(pos)
        offs.append(off)
        pos += len(text)

    def lookup(index: int) -> int:
        k = max(bisect.bisect_right(starts, index) - 1, 0)
        while k < len(offs) and offs[k] < 0:
            k += 1
        if k >= len(offs):
            return max((o + len(pieces[i][0]) for i, o in enumerate(offs) if o >= 0), default=0)
        return offs[k] + max(index - starts[k], 0)

    return lookup
