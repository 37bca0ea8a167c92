"""Signs: a figure is negative only when written with a minus sign or a word for it (SPEC §3).

"-1.2%", "−1,2 procent", "-$3 million", "€ -12", "minus 5 percent", "min 0,8 procent". Words such as "fell" or
"loss" never change the sign, and a hyphen between two numbers joins a range ("5-10%"), so a sign is a minus
glued to the number (or to its currency sign) with nothing glued before it, or one of the language's
`minus_words` right before the number.
"""

from __future__ import annotations

from factlint.extract.tokens import Cursor
from factlint.lang import Lexicon

MINUS_SIGNS = frozenset("-−")  # the hyphen-minus and the minus sign; dashes are ranges or punctuation
# What may stand right before a minus sign: an opening bracket or a sign, as in "(−3%)" or "= -5".
_BEFORE_SIGN = frozenset("([{=:~≈<>")


class Signs(Cursor):
    """Reads a minus sign or word in front of an amount."""

    lex: Lexicon

    def sign_before(self, i: int, floor: int) -> int:
        """The index of a minus sign or word right before token i (the number, or its currency sign), or -1."""
        j = i - 1
        t = self.tok(j)
        if t is None or j <= floor:
            return -1
        if t.kind == "w":
            return j if t.low in self.lex.minus_words else -1
        if t.kind != "s" or t.text not in MINUS_SIGNS:
            return -1
        spaced = self.text[t.end:self.toks[i].start]
        if spaced and not (t.text == "−" and spaced == " "):
            return -1  # "- 5" is a dash in prose
        if t.start == 0:
            return j
        c = self.text[t.start - 1]
        return j if c.isspace() or c in _BEFORE_SIGN else -1
