"""Text normalisation with a map back to the original offsets, and line/column arithmetic."""

from __future__ import annotations

import bisect
from array import array
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
          "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'"}
DASHES = {"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2015": "-"}
_TAG = re.compile(r"<[^<>]{0,2000}>")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the offset in the original."""

    text: str
    origin: Sequence[int]  # an array('q'): indexable, bisectable, compact
    original_length: int

    def to_original(self, index: int) -> int:
        """The original offset of normalised position `index` (end positions allowed)."""
        if index >= len(self.origin):
            return self.original_length if not self.origin else self.origin[-1] + 1
        return self.origin[index]


def normalize(text: str, *, markup: bool = False) -> Normalized:
    """Fold white space runs to one space, curly quotes to straight ones, dashes to '-'.

    With `markup`, HTML tags are dropped (block tags become a space) and entities decoded.
    """
    out: list[str] = []
    # Machine integers, not a list of int objects: a 100 MB source costs 8 bytes a character, not 36.
    origin = array("q")
    pending_space = -1  # original offset of a white-space run not yet emitted
    i = 0
    n = len(text)

    def emit(ch: str, at: int) -> None:
        nonlocal pending_space
        if ch.isspace() or ch in "\u200b\u200c\u200d\ufeff":
            if ch.isspace() and pending_space < 0:
                pending_space = at
            return
        if pending_space >= 0:
            if out:
                out.append(" ")
                origin.append(pending_space)
            pending_space = -1
        ch = QUOTES.get(ch, ch)
        ch = DASHES.get(ch, ch)
        out.append(ch)
        origin.append(at)

    while i < n:
        ch = text[i]
        if markup and ch == "<":
            m = _TAG.match(text, i)
            if m:
                emit(" ", i)
                i = m.end()
                continue
        if markup and ch == "&":
            m = _ENTITY.match(text, i)
            if m:
                decoded = html.unescape(m.group(0))
                for d in decoded:
                    emit(d, i)
                i = m.end()
                continue
        emit(ch, i)
        i += 1
    return Normalized("".join(out), origin, n)


_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def visible(text: str) -> str:
    """`text` with control and bidi-override characters written as escapes: a message cannot drive a terminal."""
    return "".join(f"\\x{ord(c):02x}" if c < " " or "\x7f" <= c <= "\x9f"
                   else f"\\u{ord(c):04x}" if c in _BIDI_CONTROLS else c for c in text)


def fold(text: str) -> str:
    """Lower-case and strip accents, for case- and accent-insensitive comparison."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class LineIndex:
    """Maps character offsets to 1-based (line, column) in code points."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        if "\r" in text:
            # A lone CR ends a line too (old Mac files), as it does for Markdown and for editors.
            starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        else:
            find = text.find
            pos = find("\n")
            while pos >= 0:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset`."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    @property
    def lines(self) -> int:
        return len(self._starts)
