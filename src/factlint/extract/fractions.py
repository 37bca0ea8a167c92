"""Fractions and proportions: "three-quarters", "a third", "half", "driekwart", "de helft", "three in four",
"1 op de 3".

SPEC §3: a fraction or proportion is a percentage (two-thirds is 66.666…, exactly); in front of a scale word it is a
count ("a quarter of a million" is 250,000). Words come from the language tables: `fraction_words` (denominators,
singular and plural), `lone_fractions` ("half", "de helft") and `proportion_words` ("in", "out of", "op de").

A fraction word is often something else: an ordinal ("a third party", "een derde keer"), a period ("three quarters
in a row") or a measure of time ("half an hour"). So a fraction standing alone is read only where nothing else fits:
- a numerator of one with a singular denominator other than a half ("a third", "een vijfde") needs a linking word
  after it ("of", "van"), a qualifier before it ("barely a third said"), a restricting word before a quarter that
  is no ordinal ("slechts een kwart noemt", not "only a third party"), a change's "by" before it and a function
  word after it ("shrink by a third before 2030"), or no word at all;
- a denominator that is also a period ("quarter") needs a linking word, a scale, or its numerator hyphenated
  ("three-quarters");
- a fraction without a numerator ("half") needs a qualifier before it ("more than half"), a linking word after it,
  or a function word after it ("half the workers");
- no fraction is read in front of a period ("half an hour", "a quarter hour"), nor a lone one after an ordinal
  ("in the first half"), nor a half of one thing ("een halve baan", "a half share");
- in front of a currency or a percent, a fraction is that much of one ("half a dollar" is $0.50, "een half procent"
  0.5%).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factlint.extract.amounts import Amount
from factlint.extract.numbers import word_value
from factlint.extract.phrases import PhraseIndex
from factlint.extract.tokens import DASHES, Cursor, Skip
from factlint.lang import Lexicon

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)


_CLOSING_QUOTES = frozenset('"”’\'»')
CLOCK_HOURS = 12  # hours a clock's face numbers ("half zes", "half twaalf"): those before noon


@dataclass(frozen=True, slots=True)
class Fraction:
    """A fraction as written: its value (numerator / denominator) and the tokens it takes."""

    numerator: float
    denominator_value: float
    first: int
    last: int
    denominator: str  # the denominator word, lower-case ("thirds", "kwart")
    one: bool = False  # a numerator of one: "a", "one", "een"
    lone: bool = False  # no numerator: "half", "de helft"
    joined: bool = False  # numerator and denominator in one word: "three-quarters", "driekwart"

    @property
    def value(self) -> float:
        return self.numerator / self.denominator_value

    @property
    def percent(self) -> float:
        """The fraction in percent, exactly as 100·N/M is (two-thirds: 66.66666666666667)."""
        return 100 * self.numerator / self.denominator_value


class Fractions(Cursor):
    """Reads a fraction at a token, and a proportion after a number."""

    lex: Lexicon
    index: PhraseIndex
    amount: Callable[..., Amount | None]  # the reader's: a proportion's denominator is any amount

    def denominator_value(self, word: str) -> float | None:
        """The denominator a word names: "third", "thirds", "kwart", "twenty-fifth"."""
        words = self.lex.fraction_words
        found = words.get(word)
        if found is not None:
            return found
        left, sep, right = word.partition("-")
        if sep and right in words and words[right] < 10 and self.lex.number_words.get(left) in _TENS:
            return self.lex.number_words[left] + words[right]  # "twenty-fifth"
        for ending in self.lex.ordinal_endings:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                value = word_value(word[: -len(ending)], self.lex)  # "eenentwintigste"
                if value is not None and value >= 3 and value == int(value):
                    return value
        return None

    def after_qualifier(self, i: int) -> bool:
        """Whether a qualifier ends right before token i (WrittenNumbers reads them; a bare reader has none)."""
        return False

    def singular(self, word: str) -> bool:
        """Whether a denominator word is singular: "third", "kwart" (not "thirds", "derden", "halves")."""
        return self.base(word) == word

    def base(self, word: str) -> str:
        """A denominator word in the singular: "quarters" -> "quarter", "derden" -> "derde"."""
        return word[:-1] if word.endswith(("s", "n")) and word[:-1] in self.lex.fraction_words else word

    def joined_fraction(self, word: str) -> tuple[float, float, str] | None:
        """A numerator and a denominator in one word: "three-quarters", "two-thirds", "driekwart", "tweederde"."""
        lex = self.lex
        left, sep, right = word.partition("-")
        if sep:
            numerator = 1.0 if left in lex.one_words else word_value(left, lex)
            denominator = self.denominator_value(right)
            if numerator is not None and denominator is not None:
                return numerator, denominator, right
            return None
        if self.denominator_value(word) is not None:
            return None  # "vijftiende", "zeventiende": an ordinal whole, not "vijf" and "tiende"
        for cut in range(3, len(word) - 3):
            tail = word[cut:]
            if tail in lex.fraction_words:
                numerator = lex.number_words.get(word[:cut])
                if numerator is not None and numerator >= 1:
                    return numerator, lex.fraction_words[tail], tail
        return None

    def fraction_at(self, i: int) -> Fraction | None:
        """The fraction written from token i on, however it reads (see `reads_alone` for when it stands alone)."""
        t = self.tok(i)
        if t is None or t.kind != "w":
            return None
        lex = self.lex
        lone = self.indexed_phrase_at(i, self.index.lone_fractions_by_first)
        if lone is not None:
            return Fraction(1.0, 1 / lone[1], i, i + len(lone[0]) - 1, lone[0][-1], lone=True)
        word = t.low
        joined = self.joined_fraction(word)
        if joined is not None:
            numerator, denominator, name = joined
            return Fraction(numerator, denominator, i, i, name, one=numerator == 1, joined=True)
        if word not in lex.one_words and (denominator := self.denominator_value(word)) is not None and \
                self.singular(word) and self.after_qualifier(i):
            # "nog geen kwart van …": the qualifier stands where the article would ("not even a quarter")
            return Fraction(1.0, denominator, i, i, word, one=True)
        if word in lex.one_words:
            numerator = 1.0
        else:
            numerator = word_value(word, lex)
            if numerator is None or numerator != int(numerator) or numerator < 1:
                return None
        j = i + 1
        if self.low(j) in DASHES and self.toks[j].gap:
            j += 1  # "one - fourth"
        d = self.tok(j)
        if d is None or d.kind != "w" or not d.gap:
            return None
        denominator = self.denominator_value(d.low)
        last = j
        if denominator is None:
            # "twenty fifths": a tens word and an ordinal below ten, written apart
            tens = lex.number_words.get(d.low)
            unit = self.denominator_value(self.low(j + 1))
            if tens not in _TENS or unit is None or unit >= 10 or not self.is_word(j + 1):
                return None
            denominator, last = tens + unit, j + 1
        return Fraction(numerator, denominator, i, last, self.low(last), one=numerator == 1)

    def reads_alone(self, f: Fraction, qualified: bool) -> bool:
        """Whether a fraction that no scale follows is a proportion here (the module docstring says when)."""
        lex = self.lex
        at = f.last + 1
        after = self.tok(at)
        if after is not None and after.kind == "s" and after.text in _CLOSING_QUOTES and self.is_word(at + 1):
            at += 1  # 'supplies "about a quarter" of global output': the quote closes around the fraction
            after = self.tok(at)
        nxt = after.low if after is not None and after.kind == "w" else ""
        linked = nxt in lex.linking_words
        # "half an hour", "a quarter hour", "een half uur": a measure of time
        if nxt in lex.period_units or (nxt in lex.articles and self.low(at + 1) in lex.period_units):
            return False
        if linked and (self.low(at + 1) in lex.period_units or (
                self.low(at + 1) in lex.articles and self.low(at + 2) in lex.period_units)):
            return False  # "a quarter of an hour", "een kwart van een uur"
        if f.one and f.first == f.last and not f.joined and not f.lone and self.low(f.first) not in lex.one_words:
            return linked  # a denominator after a qualifier, no article: "nog geen kwart van", not "kwart over drie"
        if f.lone and self.low(f.first - 1) in lex.part_ordinals and not (linked and not self.period_follows(at + 1)):
            return False  # "in the first half", "the latter half of the year": a part of a period ("the first half of
            # the workers" is a share of them)
        if f.one and not (f.joined or f.lone or linked) and lex.fraction_words.get(f.denominator) == 2 and nxt and \
                nxt not in lex.any_stopwords and (not qualified or f.denominator not in lex.half_words):
            # "een halve baan", "a half share": half of one thing, no share of a whole ("nearly a half comes from …"
            # is one; an adjective's form, "ruim een halve wereld verder", is not)
            return False
        if f.lone and f.first == f.last and self.low(f.first) in self.index.bare_fractions and not qualified and \
                self.is_word(f.first - 1):
            return False  # "de eerste helft", "de andere helft": bare, "helft" is a headline's ("Helft Nederlanders …")
        if f.lone and f.first == f.last and self.low(f.first) in lex.clock_halves and \
                self.low(f.first - 1) in lex.time_before and self._hour(at):
            return False  # "tot half zes", "tot half 6": the half hour before the hour, after a time word
        if f.lone and f.first == f.last:
            return qualified or linked or (nxt in lex.any_stopwords and nxt not in lex.linking_words) or (
                after is None or after.kind == "s")
        if self.base(f.denominator) in lex.period_units and not (f.joined or linked):
            return False  # "three quarters in a row"
        if f.one and not f.joined and self.singular(f.denominator) and lex.fraction_words.get(f.denominator) != 2:
            # "a third of", "barely a third said", "shrink by a third before 2030", "of whom a third work …", not "a
            # third party" nor "hired by a third party"
            return linked or qualified or after is None or after.kind == "s" or self.after_partitive_relative(
                f.first) or (
                self.low(f.first - 1) in lex.change_leads and nxt in lex.any_stopwords) or (
                self.low(f.first - 1) in lex.restricting_words and lex.fraction_words.get(f.denominator) == 4
                and not f.denominator.endswith(lex.ordinal_endings))
            # "slechts een kwart noemt": a quarter, no ordinal ("only a third party", "een vierde keer")
        return True

    def _hour(self, k: int) -> bool:
        """Whether token k is an hour of the clock's face, in digits or a word: "6", "zes"."""
        t = self.tok(k)
        if t is None:
            return False
        value = int(t.text) if t.kind == "n" and t.text.isdigit() else word_value(t.low, self.lex) if t.kind == "w" \
            else None
        return value is not None and 1 <= value <= CLOCK_HOURS

    def after_partitive_relative(self, i: int) -> bool:
        """Whether a relative of a plural's part ends right before token i: "of whom", "van wie", "waarvan"."""
        for phrase in self.lex.partitive_relatives:
            words = phrase.split(" ")
            if all(self.low(i - len(words) + k) == w for k, w in enumerate(words)):
                return True
        return False

    def period_follows(self, k: int) -> bool:
        """Whether a period or a year stands at token k, after any article: "(of) the year", "(of) 2023"."""
        if self.low(k) in self.lex.articles or self.low(k) in self.lex.definite_articles:
            k += 1
        t = self.tok(k)
        return t is not None and (self.low(k) in self.lex.period_units or (t.kind == "n" and len(t.text) == 4))

    def _period(self, word: str) -> bool:
        """Whether a word is a period's unit, in the singular or the plural ("years", "jaren", "weken")."""
        if word in self.lex.period_units:
            return True
        for ending in self.lex.plural_endings:
            stem = word[:-len(ending)] if word.endswith(ending) and len(word) > len(ending) else ""
            # "jaren", "uren": Dutch doubles the vowel of a closed singular ("jaar", "uur").
            if stem and (stem in self.lex.period_units or stem[:-1] + stem[-2:-1] + stem[-1:] in self.lex.period_units):
                return True
        return False

    def proportion_end(self, numerator: float, k: int) -> tuple[float, int] | None:
        """ "in four", "out of ten", "op de 3" at token k after a numerator, a noun of how often between ("ninety-nine
        times out of a hundred", "negen keer op de tien"): (the percentage, its last token)."""
        noun = False  # a noun of what is counted between, "one photo in twelve": only at the clause's end
        if self.low(k) in self.lex.frequency_nouns and self.indexed_phrase_at(
                k + 1, self.index.proportion_words_by_first) is not None:
            k += 1
        elif self.is_word(k) and self.tok(k).text.islower() and self.low(k) not in self.lex.linking_words and \
                self.low(k) not in self.lex.mark_words and \
                self.indexed_phrase_at(k, self.index.proportion_words_by_first) is None and self.indexed_phrase_at(
                k + 1, self.index.proportion_words_by_first) is not None:
            k, noun = k + 1, True
        found = self.indexed_phrase_at(k, self.index.proportion_words_by_first)
        if found is None:
            return None
        if numerator == 1 and found[0] in self.lex.membership_words and self.toks[k - 1].kind == "w":
            return None  # "een van de vier landen": one of them ("1 van de 3" writes a share as statistics do)
        j = k + len(found[0])
        t = self.tok(j)
        if t is None or t.kind not in ("n", "w"):
            return None
        try:
            denominator = self.amount(j, head=False, money=False)
        except Skip:
            return None
        # A part smaller than the whole: "1 op 1 gesprek" is a conversation, "30 in 10 cities" no proportion.
        if (denominator is None or denominator.year_like or denominator.vague or denominator.money_range
                or not 0 < numerator < denominator.low or denominator.low != denominator.high):
            return None
        after = self.low(denominator.last + 1)
        if noun and self.tok(denominator.last + 1) is not None and self.tok(denominator.last + 1).kind in ("n", "w"):
            return None  # "Nine workers in ten cities", "Nine workers in ten earn less": no proportion told apart
        if self._period(after) or after == "%" or after in self.lex.scales or after in self.lex.months:
            return None  # "3 in 10 hour", "3 times in 5 years", "5 in 10%", "de nacht van 3 op 4 november"
        return 100 * numerator / denominator.low, denominator.last
