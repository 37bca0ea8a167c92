"""Written numbers: "two million", "a hundred and fifty", "one and a half million", "tweeduizend tweehonderd",
"a quarter of a million", "two dozen", vague plurals ("hundreds of millions") and "six-figure".

The words are the language tables' (`number_words`, `hundred_words`, `scales`, `lone_scales`, `plural_scales`,
`and_words`, `one_words`, `n_figure_words`, `n_figure_nouns`) and each language's compound splitter
("vijfentwintig", "negenhonderdzestien").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from factlint.extract.amounts import Amount
from factlint.extract.fractions import Fraction, Fractions
from factlint.extract.numbers import step_of, vague_value, word_value

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)
FEW_BASE = 100  # the smallest scale "a few" makes vague: "a few hundred" (a few dozen or a few people are no figure)


SPOKEN_DECIMALS = 4  # digits said after "point" at most ("one point four six")


@dataclass(slots=True)
class _Words:
    """A written number being read: the groups closed by a scale, the group open, and what was read last."""

    total: float = 0.0
    current: float = 0.0
    state: str = ""  # the last word read: "article", "number", "hundred", "scale", "fraction", "tens"
    last_scale: float = math.inf
    last: int = -1
    used_hundred: bool = False


class WrittenNumbers(Fractions):
    """Reads an amount written in words at a token."""

    def word_amount(self, i: int) -> Amount | None:
        lex = self.lex
        first = self.low(i)
        few = self.few_amount(i)
        if few is not None:
            return few
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
        # "a dollar an hour", "een cent": one of a currency, not "a pound of rice" or "a dollar store"
        if first in lex.one_words and self.is_word(i + 1) and (
                self.currency_word(i + 1) is not None or self.low(i + 1) in lex.subunit_words):
            after = self.low(i + 2)
            if not self.is_word(i + 2) or (after in lex.any_stopwords and after not in lex.linking_words) or (
                    self.money_and_cents(i + 2)):
                return Amount(1.0, 1.0, 1.0, i, i, written=True)
        found = self.hyphened_count(i) or self.approximate_count(i)
        if found is not None:
            return found
        written = self.written_number(i)
        if written is not None:
            self.spoken_decimals(written)
        return written

    def spoken_decimals(self, amount: Amount) -> None:
        """Read on after a written whole number its decimals said one digit at a time, when a scale, a currency or a
        percentage closes them: "one point four six dollars", "two point five billion", "twee komma vijf miljoen"
        ("at one point four workers quit" says no 1.4)."""
        lex = self.lex
        j = amount.last + 1
        if amount.scaled or amount.low != int(amount.low) or self.low(j) not in lex.decimal_words or (
                amount.low == 1 and self.low(amount.first - 1) in lex.decimal_idiom_leads):
            return  # (not "At one point two million people …": an idiom)
        digits = ""
        k = j + 1
        while k - j <= SPOKEN_DECIMALS and self.is_word(k) and (d := lex.number_words.get(self.low(k))) is not None \
                and d == int(d) and 0 <= d <= 9 and self.toks[k].gap:
            digits += str(int(d))
            k += 1
        if not digits:
            return
        after = self.low(k)
        closed = after in lex.scales or self.currency_word(k) is not None or self.percent_after(k - 1)
        if not closed:
            return
        value = amount.low + int(digits) / 10 ** len(digits)
        amount.low = amount.high = value
        amount.step = 10.0 ** -len(digits)
        amount.decimals = len(digits)
        amount.last = k - 1
        if after in lex.scales:
            self.scale(amount, lex.scales[after], k)

    def approximate_count(self, i: int) -> Amount | None:
        """A number word glued to an ending of about so many, after "een": "een zestigtal leden" (about 60)."""
        low = self.low(i)
        ending = next((e for e in self.lex.approximate_endings if low.endswith(e) and len(low) > len(e)), "")
        value = word_value(low[:-len(ending)], self.lex) if ending else None
        if value is None or value < 2 or value != int(value) or self.low(i - 1) not in self.lex.one_words:
            return None  # (after "een" only: "het Nederlands elftal" is a team)
        return Amount(value, value, step_of(value), i, i, written=True, approximate=True)

    def hyphened_count(self, i: int) -> Amount | None:
        """A number word hyphened to the lower-case noun it counts, as digits are ("a 4-country study"): "a four-country
        study", "a ten-person team"; only the nouns of hyphen_counts ("a two-horse race" is an idiom)."""
        lex = self.lex
        left, sep, right = self.low(i).partition("-")
        value = lex.number_words.get(left)
        if not sep or value is None or value < 2 or value != int(value) or right not in lex.hyphen_counts \
                or not self.toks[i].text.partition("-")[2].islower():
            return None
        return Amount(value, value, 1.0, i, i, written=True, counts=right)

    def money_and_cents(self, j: int) -> bool:
        """Whether a written number of cents stands at token j after "a dollar", closing the sum: "a dollar forty-six
        an hour", "A dollar forty-six." (not "a dollar twenty in his pocket")."""
        cents = self.written_number(j)
        if cents is None or cents.scaled or not 1 <= cents.low < 100 or cents.low != int(cents.low):
            return False
        return not self.is_word(cents.last + 1) or self.period_after(cents.last, adverbs=False)[0] is not None

    def few_amount(self, i: int) -> Amount | None:
        """ "a few hundred million", "een paar duizend", "several thousand": a few of a scale is its vague plural
        ("hundreds of millions"), 2 to 9 of it."""
        found = self.indexed_phrase_at(i, self.index.few_by_first)
        if found is None:
            return None
        lex = self.lex
        base, last, j = 1.0, -1, i + len(found[0])
        while self.is_word(j) and (self.low(j) in lex.hundred_words or self.low(j) in lex.scales):
            base *= 100.0 if self.low(j) in lex.hundred_words else lex.scales[self.low(j)]
            last, j = j, j + 1
        if last < 0 or base < FEW_BASE:
            return None  # "a few dozen", "a few people"
        return Amount(2 * base, 10 * base - 1, base, i, last, written=True, scaled=True, vague=True)

    def n_figure(self, i: int) -> Amount | None:
        """ "six-figure salaries", "a salary of six figures", "paid six figures", "een salaris van zes cijfers": 10^(N-1)
        to 10^N - 1."""
        lex = self.lex
        left, sep, right = self.low(i).partition("-")
        if not sep and self.is_word(i) and (joined := next(
                (w for w in lex.n_figure_words if left.endswith(w) and len(left) > len(w)), "")):
            left, sep, right = left[:-len(joined)], "-", joined  # one word: "zescijferige salarissen"
        if sep and right in lex.n_figure_words:
            digits, last = lex.number_words.get(left), i
        elif (not sep and self.low(i + 1) in lex.n_figure_nouns and self.is_word(i + 1) and (
                self.low(i - 1) in lex.linking_words or self.low(i - 1) in lex.n_figure_leads)):
            digits, last = lex.number_words.get(left), i + 1
        else:
            return None
        if digits is None or digits < 2 or digits != int(digits) or self.counts_digits(last + 1):
            return None
        n = int(digits)
        return Amount(10.0 ** (n - 1), 10.0 ** n - 1, 1.0, i, last, written=True, scaled=True, money_range=True)

    def counts_digits(self, j: int) -> bool:
        """Whether the noun after an "N-figure" at token j, an adjective between, counts digits: "a four-figure code"."""
        return self.is_word(j) and (self.low(j) in self.lex.n_figure_digit_nouns or (
            self.is_word(j + 1) and self.low(j + 1) in self.lex.n_figure_digit_nouns))

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
        if self.currency_word(j) is not None or self.percent_after(j - 1):
            # "half a dollar", "een halve euro", "a quarter of a percent": that much of one currency or percent
            return Amount(f.value, f.value, step_of(f.value), f.first, j - 1, written=True)
        if not self.reads_alone(f, self.qualified(f.first)):
            return None
        value = f.percent
        # Written in quarters, a share is as precise as a quarter: "three-quarters" says 77% rounded (SPEC §4).
        step = 100.0 / f.denominator_value
        return Amount(value, value, step, f.first, f.last, written=True, scaled=True, percent=True, proportion=True)

    def after_qualifier(self, i: int) -> bool:
        return self.qualified(i)

    def qualified(self, i: int) -> bool:
        """Whether a qualifier ends right before token i ("more than half", "ruim de helft")."""
        phrases = self.index.qualifiers_by_last.get(self.low(i - 1), ())
        return any(self.words_at(i - len(phrase), phrase) for phrase, _ in phrases)

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
        """ "one hundred and fifty million", "a hundred and fifty", "one and a half million", "twee en twintig",
        "vijf miljard tweehonderd miljoen", "tweeduizend tweehonderd", "duizend": number words and scales."""
        lex = self.lex
        words = _Words()
        j = i
        if self.low(i) in lex.one_words and self.low(i) not in lex.number_words:
            words.current, words.state, j = 1.0, "article", i + 1  # "a hundred", "a dozen", "a million"
        if not self.read_words(words, i, j, digits=False):
            return None
        if words.last < 0 or words.state == "article":
            return None
        value = words.total + words.current
        if value <= 0:
            return None
        return Amount(value, value, step_of(value), i, words.last, written=True,
                      scaled=words.last_scale != math.inf or words.used_hundred or value >= 100)

    def continue_written(self, amount: Amount) -> None:
        """Read on after digits and a scale word, as words and digits: "3 million and a half", "4 thousand 3 hundred
        and 21", "3 miljoen en een half"."""
        lex = self.lex
        word = self.low(amount.last)
        if amount.suffix or amount.decimals or not (word in lex.scales or word in lex.hundred_words):
            return
        words = _Words(last=amount.last, used_hundred=word in lex.hundred_words)
        if word in lex.scales:
            words.total, words.state, words.last_scale = amount.low, "scale", lex.scales[word]
        else:
            words.current, words.state = amount.low, "hundred"
        self.read_words(words, amount.first, amount.last + 1, digits=True)
        if words.last > amount.last:
            value = words.total + words.current
            amount.low = amount.high = value
            amount.step = min(amount.step, step_of(value))
            amount.last = words.last

    def read_words(self, w: _Words, i: int, j: int, *, digits: bool) -> bool:
        """Read number words from token j on into `w` (a number that starts at token i); False when what is read is
        no number ("million" alone). With `digits`, numbers in digits go on a written one ("3 hundred and 21")."""
        lex = self.lex
        while True:
            t = self.tok(j)
            if t is None or (j > i and not t.gap):
                break
            if t.kind == "n":
                # "4 thousand 3 hundred": digits that a hundred or a smaller scale follows
                value = self.small_digits(j) if digits else None
                after = self.low(j + 1)
                smaller = after in lex.hundred_words or lex.scales.get(after, math.inf) < w.last_scale
                if value is None or w.current or not smaller:
                    break
                w.current, w.state, w.last = value, "number", j
                j += 1
                continue
            if t.kind != "w":
                break
            word = t.low
            if word in lex.and_words and j > i and w.state != "article":
                step = self.after_and(j, w, i, digits)
                if step is None:
                    break
                kind, value, end = step
                if kind == "number":  # "one hundred and fifty", "3 hundred and 21", "tweeduizend en zestien"
                    w.current += value
                    w.state, w.last = ("hundred" if value >= 100 and value % 100 == 0 else "number"), end
                    w.used_hundred = w.used_hundred or value >= 100
                    j = end + 1
                    continue
                if kind == "scale":  # "one billion and a half million"
                    w.total += value
                    w.last_scale = lex.scales[self.low(end)]
                    w.state, w.last = "scale", end
                elif kind == "part":  # "3 million and a half"
                    w.total += value * w.last_scale
                    w.last = end
                    break
                elif kind == "tens":  # "twee en twintig": a unit and a tens word, the Dutch way round
                    w.current += value
                    w.state, w.last = "tens", end
                else:  # "one and a half (million)"
                    w.current += value
                    w.state, w.last = "fraction", end
                j = end + 1
                continue
            if word in lex.hundred_words:
                if w.state in ("hundred", "fraction") or w.current >= 100:
                    break
                w.current = (w.current or 1) * 100
                w.state, w.last, w.used_hundred = "hundred", j, True
            elif (word in lex.scales and lex.scales[word] < w.last_scale) or (
                    word in lex.plural_scales and w.state in ("number", "hundred")
                    and lex.plural_scales[word] < w.last_scale
                    and self.low(j + 1) not in lex.linking_words):  # "three billions", "two hundred dozens"
                scale = lex.scales.get(word) or lex.plural_scales[word]
                if w.state == "" and word not in lex.lone_scales:
                    return False
                w.total += (w.current or 1) * scale
                w.current = 0.0
                w.last_scale = scale
                w.state, w.last = "scale", j
            elif w.state in ("article", "fraction", "tens"):
                break
            else:
                value = word_value(word, lex)
                if value is None:
                    break
                if value >= 1000:
                    # A compound that ends in a scale: "twaalfduizend", "drieënvijftigduizend".
                    if w.current or w.last_scale <= 1000 or value >= 1e6:
                        break
                    w.total += value
                    w.last_scale = 1000.0
                    w.state, w.last = "scale", j
                elif value >= 100:
                    if w.current:
                        break  # "tweeduizend tweehonderd" has none before it; "vijf honderdtien" is two numbers
                    w.current = value
                    w.state, w.last, w.used_hundred = ("hundred" if value % 100 == 0 else "number"), j, True
                else:
                    if w.state == "number" and not (w.current % 100 in _TENS and value < 10):
                        break  # "twenty five" goes on a tens word; "two three" does not
                    w.current += value
                    w.state, w.last = "number", j
            j += 1
        return True

    def small_digits(self, j: int) -> float | None:
        """The value of a plain number of up to three digits at token j ("21"), else None."""
        t = self.tok(j)
        if t is None or t.kind != "n" or not t.text.isdigit() or len(t.text) > 3:
            return None
        if len(t.text) > 1 and t.text[0] == "0":
            return None
        return float(t.text)

    def after_and(self, j: int, w: _Words, i: int, digits: bool) -> tuple[str, float, int] | None:
        """What an and-word at token j joins to the written number `w` begun at token i: ("number", …) a number to
        read on ("one hundred and fifty"), ("scale", value, end) a fraction of a smaller scale ("and a half
        million"), ("part", fraction, end) a fraction of the last scale ("3 million and a half"), ("fraction",
        value, end) a fraction added to the number ("one and a half"), ("tens", value, end) a tens word after a
        unit ("twee en twintig"); None when the number ends before it."""
        lex = self.lex
        state, current, last_scale = w.state, w.current, w.last_scale
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
        if self.is_word(j + 1):
            value = word_value(self.low(j + 1), lex)
        else:
            value = self.small_digits(j + 1) if digits else None
        if value is None:
            return None
        after = self.low(j + 2)
        if (self.is_word(j + 1) and state == "number" and current % 100 < 10 and value in _TENS
                and after not in lex.hundred_words and not self.opens_range(i)):
            return "tens", value, j + 1  # not "tussen twee en twintig": the ends of a range
        if state not in ("hundred", "scale"):
            return None
        if state == "hundred" and (value >= 100 or after in lex.hundred_words):
            return None  # "one hundred and two hundred" are two numbers
        if value >= last_scale or (after in lex.hundred_words and value * 100 >= last_scale):
            return None
        if self.scale_ahead(j + 1) >= last_scale or (not self.is_word(j + 1) and self.opens_range(i)):
            return None  # "between one hundred fifty million and four hundred thirty million": a second number
        return "number", value, j + 1

    def opens_range(self, i: int) -> bool:
        """Whether a range opener stands before token i: "between", "tussen (de)"."""
        lex = self.lex
        opener = self.low(i - 1)
        filled = opener in lex.range_opener_fillers and self.low(i - 2) in lex.range_openers
        return opener in lex.range_openers or filled

    def scale_ahead(self, j: int, reach: int = 6) -> float:
        """The largest scale word among the number words from token j on (a few words at most)."""
        lex = self.lex
        largest = 0.0
        for k in range(j, j + reach):
            word = self.low(k)
            if word in lex.scales:
                largest = max(largest, lex.scales[word])
            elif not (word in lex.hundred_words or word in lex.number_words or word in lex.and_words
                      or self.small_digits(k) is not None):
                break
        return largest
