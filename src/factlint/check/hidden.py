"""Trojan Source: bidi controls and Hangul fillers beside a figure, which then displays other than it reads."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from factlint.text import HIDDEN

_HIDDEN = re.compile(f"[{HIDDEN}]")
_NEAR = 12  # characters looked at on each side for a digit: "150 million" before its closing isolate


@dataclass(frozen=True, slots=True)
class Hidden:
    offset: int
    message: str


def hidden_characters(text: str) -> Iterator[Hidden]:
    """Every hidden character with a digit within a few characters of it (a figure, or one hidden by it)."""
    for m in _HIDDEN.finditer(text):
        at = m.start()
        near = text[max(0, at - _NEAR):at] + text[at + 1:at + 1 + _NEAR]
        if any(ch.isdigit() for ch in near):
            name = unicodedata.name(m.group(), f"U+{ord(m.group()):04X}").lower()
            yield Hidden(at, f"hidden character {name} (U+{ord(m.group()):04X}) beside a figure: "
                             "it displays differently from what the file says")
