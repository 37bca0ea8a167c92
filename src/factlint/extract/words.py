"""Written numbers: "two million", "a hundred and fifty", "one and a half million", "tweeduizend tweehonderd",
"a quarter of a million", "two dozen", vague plurals ("hundreds of millions") and "six-figure".

The words are the language tables' (`number_words`, `hundred_words`, `scales`, `lone_scales`, `plural_scales`,
`and_words`, `one_words`, `n_figure_words`, `n_figure_nouns`) and each language's compound splitter
("vijfentwintig", "negenhonderdzestien").
"""

from __future__ import annotations

import math

from factlint.extract.amounts import Amount
from factlint.extract.fractions import Fraction, Fractions
from factlint.extract.numbers import step_of, vague_value, word_value

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)


class WrittenNumbers(Fractions):
    """Reads an amount written in words at a token."""

    def word_amount(self, i: int) -> Amount | None:
        lex = self.lex
        first = self.low(i)
        figure_range = self.n_figure(i)
        if figure_range is not None:
            return figure_range
        fraction = self.fraction_at(i)
        if fraction is not None:
            amount = self.fraction_amount(fraction)
            if amount is not None:
                return amount
        vague = self.vague_amount(i)
        if vague is not None:
            return vague
        # "a dollar an hour", "een cent": one of a currency
        if first in lex.one_words and self.is_word(i + 1) and (
                self.currency_word(i + 1) is not None or self.low(i + 1) in lex.subunit_words) and not (
                self.low(i + 2) in lex.linking_words):  # "a pound of rice" weighs
            return Amount(1.0, 1.0, 1.0, i, i, written=True)
        return self.written_number(i)

    def n_figure(self, i: int) -> Amount | None:
        """ "six-figure salaries", "a salary of six figures", "een salaris van zes cijfers": 10^(N-1) to 10^N - 1."""
        lex = self.lex
        left, sep, right = self.low(i).partition("-")
        if sep and right in lex.n_figure_words:
            digits, last = lex.number_words.get(left), i
        elif (not sep and self.low(i + 1) in lex.n_figure_nouns and self.low(i - 1) in lex.linking_words
              and self.is_word(i + 1)):
            digits, last = lex.number_words.get(left), i + 1
        else:
            return None
        if digits is None or digits < 2 or digits != int(digits):
            return None
        n = int(digits)
        return Amount(10.0 ** (n - 1), 10.0 ** n - 1, 1.0, i, last, written=True, scaled=True, money_range=True)

    def fraction_amount(self, f: Fraction) -> Amount | None:
        """A fraction's amount: a count in front of a scale ("a quarter of a million"), else a percentage."""
        lex = self.lex
        j = f.last + 1
        if self.low(j) in lex.linking_words:
            j += 1
        if self.low(j) in lex.articles:
            j += 1
        scale = self.scale_word(j)
        if scale is None and self.is_word(j) and self.toks[j].gap and j == f.last + 1:
            scale = lex.plural_scales.get(self.low(j)) if self.low(j + 1) not in lex.linking_words else None
        if scale is not None:
            value = f.value * scale
            return Amount(value, value, step_of(value), f.first, j, written=True, scaled=True)
        if not self.reads_alone(f, self.qualified(f.first)):
            return None
        value = f.percent
        return Amount(value, value, 1.0, f.first, f.last, written=True, scaled=True, percent=True, proportion=True)

    def qualified(self, i: int) -> bool:
        """Whether a qualifier ends right before token i ("more than half", "ruim de helft")."""
        return any(self.words_at(i - len(phrase), phrase) for phrase, _ in self.index.qualifiers_by_last.get(self.low(i - 1), ()))

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
        if self.low(i - 1) == "(" and self.low(last + 1) == ")":
            return None  # "(millions)": a table header's scale, not a figure
        return Amount(2 * base, 10 * base - 1, base, i, last, written=True, scaled=True, vague=True)

    def written_number(self, i: int) -> Amount | None:
        """ "one hundred and fifty million", "a hundred and fifty", "one and a half million", "3 million and a half",
        "vijf miljard tweehonderd miljoen", "tweeduizend tweehonderd", "duizend": number words and scales."""
        lex = self.lex
        total = 0.0
        current = 0.0
        state = ""  # what the last word read was: "article", "number", "hundred", "scale", "fraction"
        last_scale = math.inf
        j = i
        last = -1
        used_hundred = False
        if self.low(i) in lex.one_words and self.low(i) not in lex.number_words:
            current, state, j = 1.0, "article", i + 1  # "a hundred", "a dozen", "a million"
        while True:
            t = self.tok(j)
            if t is None or t.kind != "w" or (j > i and not t.gap):
                break
            word = t.low
            if word in lex.and_words and j > i and state != "article":
                step = self.after_and(j, state, current, last_scale)
                if step is None:
                    break
                kind, value, end = step
                if kind == "number":
                    j += 1
                    continue
                if kind == "scale":  # "one billion and a half million"
                    total += value
                    last_scale = lex.scales[self.low(end)]
                    state, last = "scale", end
                elif kind == "part":  # "3 million and a half"
                    total += value * last_scale
                    last = end
                    break
                else:  # "one and a half (million)"
                    current += value
                    state, last = "fraction", end
                j = end + 1
                continue
            if word in lex.hundred_words:
                if state in ("hundred", "fraction") or current >= 100:
                    break
                current = (current or 1) * 100
                state, last, used_hundred = "hundred", j, True
            elif (word in lex.scales and lex.scales[word] < last_scale) or (
                    word in lex.plural_scales and state in ("number", "hundred") and lex.plural_scales[word] < last_scale
                    and self.low(j + 1) not in lex.linking_words):  # "three billions", "two hundred dozens"
                scale = lex.scales.get(word) or lex.plural_scales[word]
                if state == "" and word not in lex.lone_scales:
                    return None
                total += (current or 1) * scale
                current = 0.0
                last_scale = scale
                state, last = "scale", j
            elif state == "article":
                break
            else:
                value = word_value(word, lex)
                if value is None or state == "fraction":
                    break
                if value >= 1000:
                    # A compound that ends in a scale: "twaalfduizend", "drieënvijftigduizend".
                    if current or last_scale <= 1000 or value >= 1e6:
                        break
                    total += value
                    last_scale = 1000.0
                    state, last = "scale", j
                elif value >= 100:
                    if current:
                        break  # "tweeduizend tweehonderd" has none before it; "vijf honderdtien" is two numbers
                    current = value
                    state, last, used_hundred = ("hundred" if value % 100 == 0 else "number"), j, True
                else:
                    if state == "number" and not (current % 100 in _TENS and value < 10):
                        break  # "twenty five" goes on a tens word; "two three" does not
                    current += value
                    state, last = "number", j
            j += 1
        if last < 0 or state == "article":
            return None
        value = total + current
        if value <= 0:
            return None
        return Amount(value, value, step_of(value), i, last, written=True,
                      scaled=last_scale != math.inf or used_hundred or value >= 100)

    def after_and(self, j: int, state: str, current: float, last_scale: float) -> tuple[str, float, int] | None:
        """What an and-word at token j joins to a written number: ("number", …) a number to read on ("one hundred
        and fifty"), ("scale", value, end) a fraction of a smaller scale ("and a half million"), ("part", fraction,
        end) a fraction of the last scale ("3 million and a half"), ("fraction", value, end) a fraction added to
        the number ("one and a half"); None when the number ends before it."""
        lex = self.lex
        f = self.fraction_at(j + 1)
        if f is not None and not f.lone:
            if state in ("hundred", "scale"):
                k = f.last + 1
                if self.low(k) in lex.linking_words:
                    k += 1
                if self.low(k) in lex.articles:
                    k += 1
                scale = lex.scales.get(self.low(k)) if self.is_word(k) else None
                if scale is not None and scale < last_scale:
                    return "scale", f.value * scale, k
                if state == "scale" and scale is None:
                    return "part", f.value, f.last
                return None
            if state == "number" and current == int(current) and f.value < 1:
                return "fraction", f.value, f.last
            return None
        if state not in ("hundred", "scale") or not self.is_word(j + 1):
            return None
        value = word_value(self.low(j + 1), lex)
        after = self.low(j + 2)
        if value is None or value >= 100 or (state == "hundred" and after in lex.hundred_words):
            return None  # "one hundred and two hundred" are two numbers
        if after in lex.hundred_words and value * 100 >= last_scale:
            return None
        if self.scale_ahead(j + 1) >= last_scale:
            return None  # "between one hundred fifty million and four hundred thirty million": a second number
        return "number", value, j + 1

    def scale_ahead(self, j: int, reach: int = 6) -> float:
        """The largest scale word among the number words from token j on (a few words at most)."""
        lex = self.lex
        largest = 0.0
        for k in range(j, j + reach):
            word = self.low(k)
            if word in lex.scales:
                largest = max(largest, lex.scales[word])
            elif not (word in lex.hundred_words or word in lex.number_words or word in lex.and_words):
                break
        return largest
