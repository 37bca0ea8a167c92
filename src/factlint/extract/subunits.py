"""Sub-units: an amount in cents or pence is a hundredth of its currency (SPEC §3).

"50 cents" is USD 0.50, "vijftig cent" EUR 0.50, "80p" and "470 pence" GBP; "$20 and 43c", "3 dollars 50 cents",
"15 dollars 50", "vijf euro vijftig" are one amount, its whole units and its cents. The words are the language
tables' `subunit_words` (after a number) and `subunit_suffixes` (glued: "80p"); signs are currencies.py's.
"""

from __future__ import annotations

from collections.abc import Callable

from factlint.extract.amounts import Amount
from factlint.extract.currencies import CENTS_MARKS, SUBUNIT_SYMBOLS, Currencies

# Glued sub-units are read up to this value: a writer writes 100 pence and more as pounds, and "720p", "1080p"
# are video resolutions.
GLUED_BELOW = 100


class Subunits(Currencies):
    """Reads the sub-unit after an amount, and the cents that follow a whole amount of money."""

    written_number: Callable[[int], Amount | None]  # the reader's: cents may be written in words
    period_after: Callable[..., tuple[str | None, int]]  # the reader's: a period may follow written cents

    def subunit_after(self, amount: Amount, k: int) -> int:
        """A sub-unit right after an amount with no currency: "50 cents", "80p", "10¢"; the index after it."""
        t = self.tok(k)
        if t is None or amount.currency or amount.percent:
            return k
        lex = self.lex
        code = None
        if t.kind == "w" and t.low in lex.subunit_words:
            code = lex.subunit_words[t.low]
        elif not t.gap and amount.low < GLUED_BELOW and not amount.scaled and (
                (t.kind == "w" and t.low in lex.subunit_suffixes) or t.text in SUBUNIT_SYMBOLS):
            code = lex.subunit_suffixes.get(t.low) or SUBUNIT_SYMBOLS[t.text]
        elif (t.gap and t.text in CENTS_MARKS and t.kind == "w" and amount.low < GLUED_BELOW and not amount.scaled
              and not amount.decimals and not self.is_word(k + 1) and "cent" in lex.subunit_words
              and "\n" not in self.text[self.toks[k - 1].end:t.start]):  # "b) vier¶c) zes" lists options
            code = lex.subunit_words["cent"]  # "10 c"
        if code is None:
            return k
        amount.in_cents(code)
        return k + 1

    def named_subunit(self, amount: Amount, k: int) -> int:
        """A sub-unit its currency names right after an amount: "5 US cents", "20 euro cents"; the index after it (k
        when none is)."""
        t, nxt = self.tok(k), self.tok(k + 1)
        if amount.currency or amount.percent or t is None or t.kind != "w" or nxt is None or nxt.kind != "w" \
                or not nxt.gap or nxt.low not in self.lex.subunit_words:
            return k
        code = self.lex.dollar_adjectives.get(t.low) if self.lex.subunit_words[nxt.low] == "USD" else None
        code = code or self.lex.currency_words.get(t.low)
        if code is None:
            return k
        amount.in_cents(code)
        return k + 2

    def cents_part(self, amount: Amount, k: int) -> int:
        """The cents after a whole amount of money, at token k: "$20 and 43c", "3 dollars 50 cents", "15 dollars 50",
        "vijf euro vijftig"; the index after them. A bare number is taken as cents only when written with two
        digits (or in words) and nothing but punctuation follows it: "$20 and 43 workers" is two figures."""
        lex = self.lex
        if amount.scaled or amount.percent or amount.decimals or amount.low != int(amount.low) or amount.low < 0:
            return k
        if self.low(k) in lex.and_words and self.low(k + 1) in lex.articles and self.low(k + 2) in lex.half_words \
                and self.is_word(k + 2):
            amount.low += 0.5  # "a dollar and a half": half the unit of its currency
            amount.high += 0.5
            amount.step = 0.5
            amount.last = k + 2
            return k + 3
        j = k + 1 if self.low(k) in lex.and_words else k
        t = self.tok(j)
        if t is None or not t.gap:
            return k
        if t.kind == "n":
            if not t.text.isdigit() or len(t.text) > 2:
                return k
            value, end = float(t.text), j
        elif t.kind == "w":
            cents = self.written_number(j)
            if cents is None or cents.scaled or cents.low >= 100 or cents.low != int(cents.low):
                return k
            value, end = cents.low, cents.last
        else:
            return k
        after = self.tok(end + 1)
        if after is not None and (after.low in lex.subunit_words or (
                not after.gap and (after.low in lex.subunit_suffixes or after.low in CENTS_MARKS))):
            end += 1  # "43 cents", "43c", "1 pence"
        elif (t.kind == "n" and len(t.text) != 2) or (after is not None and after.kind in ("w", "n") and not (
                t.kind == "w" and self.period_after(end, adverbs=False)[0] is not None)):
            return k  # ("a dollar forty-six an hour": a period after written cents ends the sum)
        amount.low += value / 100
        amount.high += value / 100
        amount.step = 0.01
        amount.last = end
        return end + 1
