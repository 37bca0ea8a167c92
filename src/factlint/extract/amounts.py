"""Amounts: the value a figure starts with, read from digits ("1.46", "150m") or words ("two million")."""

from __future__ import annotations

import math
from dataclasses import dataclass

from factlint.extract.numbers import parse_digits, step_of, vague_value, word_value
from factlint.extract.tokens import HYPHENS, Cursor, Skip
from factlint.lang import Lexicon


@dataclass(slots=True)
class Amount:
    """A value being read: mutable while scale words, units and a range end are added to it."""

    low: float
    high: float
    step: float
    first: int  # token index of the first number token
    last: int  # token index of the last token read (number, scale)
    scaled: bool = False
    written: bool = False
    vague: bool = False
    digits: str = ""  # the digit token as written, when the amount is one plain number
    decimals: int = 0
    currency: str | None = None
    percent: bool = False
    money_range: bool = False  # "six-figure"

    @property
    def year_like(self) -> bool:
        d = self.digits
        return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2100 and not self.scaled


class Amounts(Cursor):
    """Reads an amount at a token: digits with their glued or written scale, or number words."""

    lex: Lexicon

    def amount(self, i: int, *, head: bool, money: bool) -> Amount | None:
        t = self.toks[i]
        if t.kind == "n":
            return self.digit_amount(i, head=head, money=money)
        if t.kind == "w":
            return self.word_amount(i)
        return None

    def digit_amount(self, i: int, *, head: bool, money: bool) -> Amount | None:
        lex = self.lex
        t = self.toks[i]
        if head:
            self.check_glue_before(i)
        parsed = parse_digits(t.text, lex.decimal_mark)
        if parsed is None:
            raise Skip(self.chain_end(i))
        value, decimals = parsed
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit():
            raise Skip(self.number_run_end(i))  # 07, 050 363 9111: dates, codes, phone numbers
        amount = Amount(value, value, 10.0 ** -decimals, i, i, digits=t.text, decimals=decimals)
        nxt = self.tok(i + 1)
        if nxt is not None and not nxt.gap and nxt.kind != "x":
            if nxt.kind == "w":
                suffix = nxt.text
                scale = lex.scale_suffixes.get(suffix.lower())
                single_cap = len(suffix) == 1 and suffix.isupper()
                if scale is not None and (money or not single_cap):
                    self.scale(amount, scale, i + 1)
                else:
                    raise Skip(i + 1)  # 3rd, 30ste, 1990s, 4K, 5G, 10x
            elif nxt.text in (":", "/") and self.digit_follows(i + 1):
                raise Skip(self.chain_end(i))  # 15:30, 24/7, 20/11/2023
            elif nxt.text in HYPHENS and self.tok(i + 2) is not None and self.toks[i + 2].kind == "w" and not self.toks[i + 2].gap:
                raise Skip(i + 2)  # 10-year, 3-day
            elif nxt.text in "'’" and self.low(i + 2) in lex.decade_suffixes and not self.toks[i + 2].gap:
                raise Skip(i + 2)  # 1990's
        if amount.last == i:
            scale_word = self.low(i + 1)
            if self.is_word(i + 1) and (scale_word in lex.scales or scale_word in lex.hundred_words):
                self.scale(amount, lex.scales.get(scale_word, 100.0), i + 1)
            elif self.is_word(i + 1) and len(scale_word) >= 2 and scale_word in lex.scale_suffixes:
                self.scale(amount, lex.scale_suffixes[scale_word], i + 1)  # "2 mln", "7 bn"
        return amount

    def scale(self, amount: Amount, scale: float, at: int) -> None:
        amount.low *= scale
        amount.high *= scale
        amount.step *= scale
        amount.scaled = True
        amount.last = at

    def check_glue_before(self, i: int) -> None:
        """Raise Skip when the number at token i is glued to what comes before: H100, GPT-4, #3, +31."""
        text = self.text
        start = self.toks[i].start
        if start == 0:
            return
        c = text[start - 1]
        c2 = text[start - 2] if start >= 2 else " "
        if c.isalnum() or c == "_" or c in "#§'’":
            raise Skip(self.chain_end(i))  # H100, #3, jaren '90
        if c in HYPHENS and (c2.isalnum()):
            raise Skip(self.chain_end(i))  # GPT-4, COVID-19
        if c in "/:." and c2.isdigit():
            raise Skip(self.chain_end(i))
        if c == "+":
            raise Skip(self.number_run_end(i))  # +31 50 363 9111

    def word_amount(self, i: int) -> Amount | None:
        lex = self.lex
        first = self.low(i)
        # "six-figure salaries"
        if "-" in first:
            left, _, right = first.partition("-")
            if right in lex.n_figure_words and left in lex.number_words and lex.number_words[left] >= 2:
                n = int(lex.number_words[left])
                a = Amount(10.0 ** (n - 1), 10.0 ** n - 1, 1.0, i, i, written=True, scaled=True)
                a.money_range = True
                return a
        vague = self.vague_amount(i)
        if vague is not None:
            return vague
        # "a million", "half a million", "anderhalf miljoen" (the last via number_words)
        if first in lex.one_words and first not in lex.number_words or first in lex.half_words:
            value = 0.5 if first in lex.half_words else 1.0
            j = i + 1
            if first in lex.half_words and self.low(j) in lex.articles:
                j += 1
            scale = self.scale_word(j)
            if scale is None:
                return None
            v = value * scale
            return Amount(v, v, step_of(v), i, j, written=True, scaled=True)
        return self.written_number(i)

    def scale_word(self, j: int) -> float | None:
        word = self.low(j)
        if not self.is_word(j):
            return None
        if word in self.lex.scales:
            return self.lex.scales[word]
        if word in self.lex.hundred_words:
            return 100.0
        return None

    def vague_amount(self, i: int) -> Amount | None:
        """ "hundreds", "tens of thousands", "honderden miljoenen", "tienduizenden"."""
        lex = self.lex
        first = self.low(i)
        base = lex.plural_scales.get(first)
        if base is None:
            base = vague_value(first, lex)
        if base is None:
            return None
        last = i
        j = i + 1
        if self.low(j) in lex.linking_words:
            j += 1
        nxt = self.low(j)
        if self.is_word(j) and (nxt in lex.plural_scales or nxt in lex.scales):
            base *= lex.plural_scales.get(nxt) or lex.scales[nxt]
            last = j
        return Amount(2 * base, 10 * base - 1, base, i, last, written=True, scaled=True, vague=True)

    def written_number(self, i: int) -> Amount | None:
        """ "one hundred and fifty million", "vijf miljard tweehonderd miljoen": number words and scales."""
        lex = self.lex
        total = 0.0
        current = 0.0
        last_kind = ""
        last_scale = math.inf
        j = i
        last = -1
        used_hundred = False
        while True:
            t = self.tok(j)
            if t is None or t.kind != "w" or (j > i and not t.gap):
                break
            word = t.low
            if word in lex.and_words and last_kind in ("hundred", "scale") and j > i:
                nv = word_value(self.low(j + 1), lex)
                after = self.low(j + 2)
                if nv is not None and nv < 100 and self.is_word(j + 1) and after not in lex.hundred_words:
                    j += 1
                    continue
                break
            if word in lex.hundred_words:
                if last_kind == "hundred" or current >= 100:
                    break
                current = (current or 1) * 100
                last_kind, last, used_hundred = "hundred", j, True
            elif word in lex.scales and lex.scales[word] < last_scale:
                if last_kind == "" and j == i:
                    return None
                scale = lex.scales[word]
                total += (current or 1) * scale
                current = 0.0
                last_scale = scale
                last_kind, last = "scale", j
            else:
                value = word_value(word, lex)
                if value is None:
                    break
                if last_kind == "number":
                    # "twenty five" continues a tens word; "two three" does not
                    if not (current % 100 in (20, 30, 40, 50, 60, 70, 80, 90) and value < 10):
                        break
                elif last_kind == "hundred" and value >= 100:
                    break
                current += value
                last_kind, last = "number", j
            j += 1
        if last < 0:
            return None
        value = total + current
        if value <= 0:
            return None
        return Amount(value, value, step_of(value), i, last, written=True,
                      scaled=last_scale != math.inf or used_hundred or value >= 100)
