"""Currencies: signs, ISO codes and dollar prefixes (the same in every language), and reading them at a token.

Currency words ("euros", "Amerikaanse dollar") are a language's and live in its module under factlint.lang.
"""

from __future__ import annotations

from factlint.extract.tokens import Cursor
from factlint.lang import Lexicon

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# Letters glued in front of "$" that say whose dollar it is: "US$", "C$".
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
                   "HK": "HKD", "S": "SGD", "R": "BRL"}
CODES = frozenset({"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "INR", "NZD", "HKD",
                   "SGD", "BRL", "KES", "ZAR", "SEK", "NOK", "DKK"})


class Currencies(Cursor):
    """Reads a currency sign, code or word at a token."""

    lex: Lexicon

    def currency_before(self, i: int, floor: int) -> tuple[str | None, int]:
        """A currency sign or code right before token i: ("USD", index of its first token)."""
        j = i - 1
        t = self.tok(j)
        if t is None or j <= floor or t.kind == "x" or self.toks[i].kind != "n":
            return None, i
        if t.kind == "s" and t.text in SYMBOLS and (not self.toks[i].gap or self.text[t.end:self.toks[i].start] == " "):
            before = self.tok(j - 1)
            if before is not None and j - 1 > floor and before.kind == "w" and not t.gap and before.text in DOLLAR_PREFIXES and t.text == "$":
                return DOLLAR_PREFIXES[before.text], j - 1
            return SYMBOLS[t.text], j
        if t.kind == "w" and t.text in CODES:
            return t.text, j
        return None, i

    def currency_prefix_at(self, j: int) -> tuple[str | None, int]:
        """A currency sign or code starting at token j and followed by a number: (code, number index)."""
        t = self.tok(j)
        if t is None or t.kind not in ("s", "w"):
            return None, j
        if t.text in SYMBOLS and self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
            return SYMBOLS[t.text], j + 1
        if t.text in CODES and self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
            return t.text, j + 1
        if (t.text in DOLLAR_PREFIXES and self.low(j + 1) == "$" and not self.toks[j + 1].gap
                and self.tok(j + 2) is not None and self.toks[j + 2].kind == "n"):
            return DOLLAR_PREFIXES[t.text], j + 2
        return None, j

    def currency_sign_before(self, first: int) -> bool:
        """Whether a currency sign or code stands right before token `first`."""
        t = self.tok(first - 1)
        return t is not None and (t.text in SYMBOLS or t.text in CODES)

    def currency_word(self, k: int) -> str | None:
        """The currency named at token k, after an amount: a sign, a code or a word ("euros", "US dollars")."""
        t = self.tok(k)
        if t is None or t.kind == "x":
            return None
        if t.kind == "s" and t.text in SYMBOLS and self.text[self.toks[k - 1].end:t.start] in ("", " "):
            return SYMBOLS[t.text]
        if t.kind != "w":
            return None
        if t.text in CODES:
            return t.text
        currency_words = self.lex.currency_words
        if t.low in currency_words:
            return currency_words[t.low]
        # "Canadian dollars": the adjective counts when a word for dollars follows.
        if t.low in self.lex.dollar_adjectives and currency_words.get(self.low(k + 1)) == "USD":
            return self.lex.dollar_adjectives[t.low]
        return None
