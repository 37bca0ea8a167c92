"""Numbers as written: digits with separators, the step of the last digit, and number words' values."""

from __future__ import annotations

import math
import re

from factlint.lang import Lexicon

_SPACES = " \u00a0\u202f\u2009"
_NO_SPACES = str.maketrans("", "", _SPACES)


def parse_digits(token: str, decimal_mark: str) -> tuple[float, int] | None:
    """Read "12,000", "1.234.567", "2.999,00", "1,5", "12 000": (value, decimals); None when no number, or one
    too large for a double (above about 1e308: JSON has no Infinity)."""
    parsed = _parse_digits(token, decimal_mark)
    return parsed if parsed is None or math.isfinite(parsed[0]) else None


def _parse_digits(token: str, decimal_mark: str) -> tuple[float, int] | None:
    if any(c in _SPACES for c in token):
        whole, _, frac = token.translate(_NO_SPACES).replace(",", ".").partition(".")
        return (float(whole + "." + frac), len(frac)) if frac else (float(whole), 0)
    if token.count(",") + token.count(".") > MAX_GROUPS:
        return None  # too many groups for a double ("1,1,1,…" of a megabyte): no need to list them
    seps = [c for c in token if c in ".,"]
    if not seps:
        return float(token), 0
    groups = re.split(r"[.,]", token)
    if len(set(seps)) == 2:
        dec = seps[-1]
        thousands = seps[:-1]
        if any(s == dec for s in thousands):
            return None
        if not _thousands_ok(groups[:-1]):
            return None
        frac = groups[-1]
        return float("".join(groups[:-1]) + "." + frac), len(frac)
    mark = seps[0]
    if len(seps) > 1:
        return (float("".join(groups)), 0) if _thousands_ok(groups) else None
    whole, frac = groups
    # A comma with one or two digits after it is a decimal comma; three digits follow the language.
    if mark == "," and len(frac) <= 2:
        decimal = True
    elif len(frac) == 3 and len(whole) <= 3 and whole != "0":
        decimal = mark == decimal_mark
    else:
        decimal = True
    if decimal:
        return float(whole + "." + frac), len(frac)
    return float(whole + frac), 0


MAX_GROUPS = 120  # groups of three digits beyond this are above 1e308: no double holds them


def _thousands_ok(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])


def step_of(value: float) -> float:
    """The largest power of ten that divides a written number: "two million" -> 1e6."""
    if value <= 0:
        return 1.0
    step = 1.0
    if value != int(value):
        while value * (1 / step) != int(value * (1 / step)) and step > 1e-6:
            step /= 10
        return step
    while value % (step * 10) == 0:
        step *= 10
    return step


def scale_of(value: float) -> float:
    """The largest power of a thousand that divides `value`: the scale word it was written with."""
    scale = 1.0
    while scale * 1000 <= value and value % (scale * 1000) == 0:
        scale *= 1000
    return scale


def word_value(word: str, lex: Lexicon) -> float | None:
    """Value of one number word below a scale: "forty", "forty-two", "tweehonderd", "vijfentwintig"."""
    if word in lex.number_words:
        return lex.number_words[word]
    return compound_value(word, lex)


def compound_value(word: str, lex: Lexicon) -> float | None:
    """A number word the tables do not list, as the first language whose splitter reads it has it."""
    return _first_reading(lex.compound_splitters, word, lex)


def vague_value(word: str, lex: Lexicon) -> float | None:
    """The base of a number glued to a vague plural ("tienduizenden" -> 10,000), as some language reads it."""
    return _first_reading(lex.vague_splitters, word, lex)


def _first_reading(splitters, word: str, lex: Lexicon) -> float | None:
    for split in splitters:
        value = split(word, lex)
        if value is not None:
            return value
    return None
