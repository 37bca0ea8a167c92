"""Text normalisation with a map back to the original offsets, and line/column arithmetic."""

from __future__ import annotations

import bisect
from array import array
import html
import re
import sys
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
    origin: Sequence[int]  # an array ('i', or 'q' past 2**31 characters): indexable, bisectable, compact
    original_length: int

    def to_original(self, index: int) -> int:
        """The original offset of normalised position `index` (end positions allowed)."""
        if index >= len(self.origin):
            return self.original_length if not self.origin else self.origin[-1] + 1
        return self.origin[index]


# Invisible characters (zero-width space, non-joiner, joiner, word joiner, BOM): dropped, and no word break.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Characters that change how a figure displays: bidi embeddings, overrides and isolates, and Hangul fillers.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HIDDEN = BIDI_CONTROLS + "\u115f\u1160\u3164\uffa0"
_ZERO_WIDTH = ZERO_WIDTH
_MAPPED = {**QUOTES, **DASHES}
# Runs, so a megabyte is copied in a few thousand slices instead of character by character. `\s` is
# exactly str.isspace(). A kept run may hold single spaces: those stand as they are.
_KEPT = rf"[^\s{_ZERO_WIDTH}]+(?: [^\s{_ZERO_WIDTH}]+)*"
_GAP = rf"[\s{_ZERO_WIDTH}]+"
_RUNS = re.compile(rf"({_KEPT})|{_GAP}")
_RUNS_MARKUP = re.compile(rf"({_TAG.pattern})|({_ENTITY.pattern})|([^\s{_ZERO_WIDTH}<&]+(?: [^\s{_ZERO_WIDTH}<&]+)*|[<&])"
                          rf"|{_GAP}")


def normalize(text: str, *, markup: bool = False) -> Normalized:
    """Fold white space runs to one space, curly quotes to straight ones, dashes to '-'.

    With `markup`, HTML tags are dropped (block tags become a space) and entities decoded.
    """
    parts: list[str] = []
    # Machine integers, not a list of int objects: a 100 MB source costs 4 bytes a character, not 36. It starts
    # as every offset and each kept run is moved down to its place: the output is never longer than the input
    # read so far, so a move never overwrites offsets still to be read.
    origin = _offsets(len(text))
    size = 0  # characters written
    pending = -1  # original offset of a white-space run not yet written
    kept_group = 3 if markup else 1
    with memoryview(origin) as slots:
        for m in (_RUNS_MARKUP if markup else _RUNS).finditer(text):
            start, end = m.span()
            kind = m.lastindex
            if kind == kept_group:
                if pending >= 0:
                    size = _space(parts, slots, size, pending)
                    pending = -1
                parts.append(m.group())
                if size != start:
                    slots[size:size + end - start] = slots[start:end]
                size += end - start
            elif kind is None:  # white space, zero-width characters
                if pending < 0:
                    for k in range(start, end):
                        if text[k] not in _ZERO_WIDTH:
                            pending = k
                            break
            elif kind == 1:  # a tag reads as white space
                if pending < 0:
                    pending = start
            else:  # an entity: its characters all map to its "&"
                for ch in html.unescape(m.group()):
                    if ch.isspace():
                        if pending < 0:
                            pending = start
                    elif ch not in _ZERO_WIDTH:
                        if pending >= 0:
                            size = _space(parts, slots, size, pending)
                            pending = -1
                        parts.append(ch)
                        slots[size] = start
                        size += 1
    del origin[size:]
    out = "".join(parts)
    del parts  # before the copies below: a large source holds one text at a time beside its map
    if not out.isascii() or "`" in out:
        for old, new in _MAPPED.items():
            if old in out:
                out = out.replace(old, new)
    return Normalized(out, origin, len(text))


def _space(parts: list[str], slots: memoryview, size: int, at: int) -> int:
    """A pending white-space run written as one space mapped to original offset `at`, unless nothing is
    written yet (leading white space is dropped); the new number of characters written."""
    if size:
        parts.append(" ")
        slots[size] = at
        size += 1
    return size


_BYTE_VALUES = bytes(range(256))


def _offsets(n: int, typecode: str = "") -> array:
    """The array 0, 1, ..., n-1 (by default of 4-byte items while they fit), written one byte position at a time
    in C slices: two to three times faster than building it from a range, one integer at a time."""
    origin = array(typecode or ("i" if n < 2**31 else "q"), [0]) * n
    width = origin.itemsize
    with memoryview(origin) as whole, whole.cast("B") as raw:
        for k in range(width):
            run = 1 << (8 * k)  # byte k of offset i is (i >> 8k) & 255: each value holds for `run` offsets
            if run >= n:
                break
            values = _BYTE_VALUES[:-(-n // run)]
            cycle = values if run == 1 else b"".join(bytes((v,)) * run for v in values)
            at = k if sys.byteorder == "little" else width - 1 - k
            raw[at::width] = (cycle * -(-n // len(cycle)))[:n]
    return origin


_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# Every character str.split() splits on (str.isspace), as a space.
WHITE_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + \
    "\u2028\u2029\u202f\u205f\u3000"
_TO_SPACE = str.maketrans(WHITE_SPACE, " " * len(WHITE_SPACE))


def squeeze(text: str) -> str:
    """`" ".join(text.split())` without a list of every word, or of every gap as `re.sub` keeps (a megabyte
    paragraph of short words cost 25 times its size)."""
    text = text.translate(_TO_SPACE)
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


def inline_item(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end], before its period, numbers an item of a list written on one line:
    "Agenda: 1. Matters arising · 2. Pay campaign · 3. AOB"."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    if before.endswith(("·", "•")):
        return True
    return before.endswith(":") and _NEXT_ITEM.search(text, end, end + ITEM_CHARS) is not None


_NEXT_ITEM = re.compile(r"[·•][ \t]*\d{1,2}[.)][ \t]")
ITEM_CHARS = 120  # characters an inline list's next item stands within


def bracketed_item(text: str, start: int, end: int) -> bool:
    """Whether the bracketed number at text[start:end] ("(4)") numbers an entry of a list written on one line, as
    another bracketed number on its line does: "Bronnen: (4) casilli-interview; (5) click-workers-nl"."""
    line_start = text.rfind("\n", max(0, start - ITEM_CHARS), start) + 1 or max(0, start - ITEM_CHARS)
    before = text[line_start:start].rstrip(" \t")
    if before and not before.endswith((":", ";", ",")):
        return False
    if not _ENTRY_AFTER.match(text, end):
        return False
    # Its neighbouring entries only (a line of a thousand entries is read once for each, not whole for each).
    line_end = text.find("\n", end, end + ITEM_CHARS)
    numbers = [int(n) for n in _BRACKETED.findall(text[line_start:line_end if line_end >= 0 else end + ITEM_CHARS])]
    # Entries are numbered one after another ("(4) …; (5) …"), counts are not ("(3) workers, (1) supervisor").
    return len(numbers) > 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


_ENTRY_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_BRACKETED = re.compile(r"(?:^|[:;,])[ \t]*\((\d{1,2})\)[ \t]+[^\W\d_]")


def visible(text: str) -> str:
    """`text` with control and bidi-override characters written as escapes: a message cannot drive a terminal."""
    return "".join(f"\\x{ord(c):02x}" if c < " " or "\x7f" <= c <= "\x9f"
                   else f"\\u{ord(c):04x}" if c in _BIDI_CONTROLS else c for c in text)


def fold(text: str) -> str:
    """Lower-case and strip accents, for case- and accent-insensitive comparison."""
    if text.isascii():
        return text.lower()  # the same result, without a look-up per character
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Compatibility forms can decompose to capitals ("ℭ" -> "C", "™" -> "TM"): lower-cased once more.
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def holds_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether folded `words` hold one of `phrases`, word for word ("according to", "how many")."""
    return any(tuple(words[i:i + len(p)]) == p for i in range(len(words)) for p in phrases if words[i] == p[0])


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
