"""Amounts: the value a figure starts with, read from digits ("1.46", "150m", ".5") or words (words.py)."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.extract.currencies import DOLLAR_PREFIXES, SYMBOLS, code_of, scaled_code_of
from factlint.extract.numbers import parse_digits
from factlint.extract.phrases import PhraseIndex
from factlint.extract.tokens import HYPHENS, Cursor, Skip, opens_line
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
    lead: int = -1  # the token the amount's span starts at when it is not `first`: ".5", "a third", "de helft"
    suffix: str = ""  # a scale letter glued to the digits, as written: "m" in "1m", "M" in "1.2M"
    proportion: bool = False  # a fraction or "three in four": a percentage whatever follows
    subunit: bool = False  # written in cents or pence
    approximate: bool = False  # written as about so many: "een zestigtal"
    counts: str = ""  # the noun a written number is hyphened to, which it counts: "country" of "four-country"

    @property
    def year_like(self) -> bool:
        d = self.digits
        return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2100 and not self.scaled

    @property
    def start(self) -> int:
        """The first token of the amount's span."""
        return self.lead if self.lead >= 0 else self.first

    def times(self, factor: float) -> None:
        self.low *= factor
        self.high *= factor
        self.step *= factor

    def in_cents(self, code: str | None) -> None:
        """The amount read as hundredths of currency `code` ("50 cents": USD 0.50)."""
        self.times(0.01)
        self.currency = code
        self.subunit = True


DECADE_DIGITS = 2  # a decade written short after an apostrophe: "jaren '90", "the '80s"


MAX_DECIMALS = 17  # decimals a figure's precision is read to at most
LETTERED_DIGITS = 2  # digits of a part's or a group's number before its letter ("Vraag 4b", "klas 12B")
PLAN_DIGITS = 3  # digits of a plan's or a statute's number before its bracketed letter ("401(k)", "501(c)(3)")
# Symbols of units of measure a number may be glued to, two letters or more (one letter is a scale or a code: "2m",
# "5G"): "14kg of cobalt" counts kilograms as "14 kg" does.
MEASURE_SYMBOLS = frozenset({"mm", "cm", "km", "mg", "kg", "ml", "cl", "dl", "ha", "kw", "kwh", "mw", "mwh", "gw", "gwh",
                             "tw", "twh", "kb", "mb", "gb", "tb", "mph", "kph"})
MAX_FIGURE_DIGITS = 15  # digits an "N-figure" sum has at most ("7-figure"; not "300-figure")
KEYCAPS = ("\ufe0f\u20e3", "\u20e3")  # a digit's emoji keycap, with or without its presentation selector
CODE_RUN = 6  # codes read on each side of one: a key's neighbours show it is one, however long it runs


class Amounts(Cursor):
    """Reads an amount at a token: digits with their glued or written scale (words.py reads number words)."""

    lex: Lexicon
    index: PhraseIndex

    def digit_amount(self, i: int, *, head: bool, money: bool) -> Amount | None:
        lex = self.lex
        t = self.toks[i]
        lead = -1
        if head:
            lead = self.leading_point(i)
            if lead < 0 and not money:
                self.check_glue_before(i)
        if lead >= 0:
            value, decimals = float("0." + t.text), len(t.text)  # ".5%", ",77"
        else:
            parsed = parse_digits(t.text, lex.decimal_mark)
            if parsed is None:
                raise Skip(self.chain_end(i))
            value, decimals = parsed
            if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit():
                raise Skip(self.number_run_end(i))  # 07, 050 363 9111: dates, codes, phone numbers
        if self.text.startswith(KEYCAPS, t.end):
            raise Skip(i)  # "1️⃣": a keycap emoji, a list's marker
        # (A float holds some 17 digits: more decimals than that add no precision, and hundreds would underflow to 0.)
        amount = Amount(value, value, 10.0 ** -min(decimals, MAX_DECIMALS), i, i, digits=t.text, decimals=decimals,
                        lead=lead)
        nxt = self.tok(i + 1)
        if nxt is not None and not nxt.gap and nxt.kind != "x":
            if nxt.kind == "w":
                self.glued_word(amount, i, money)
            elif nxt.text in (":", "/") and self.digit_follows(i + 1):
                raise Skip(self.chain_end(i))  # 15:30, 24/7, 20/11/2023
            elif nxt.text in HYPHENS and self.low(i + 2) in lex.n_figure_words and not self.toks[i + 2].gap \
                    and value == int(value) and 2 <= value <= MAX_FIGURE_DIGITS and not decimals:
                if self.counts_digits(i + 3):
                    raise Skip(i + 2)  # "a 4-figure code": how many digits a code has, no figure (SPEC §3)
                n = int(value)  # "7-figure salaries": as "seven-figure" (SPEC §3)
                return Amount(10.0 ** (n - 1), 10.0 ** n - 1, 1.0, i, i + 2, scaled=True, money_range=True)
            elif nxt.text in HYPHENS and self.tok(i + 2) is not None and self.toks[i + 2].kind == "w" \
                    and not self.toks[i + 2].gap and not self.counts_hyphened(i + 2, amount):
                raise Skip(i + 2)  # 3-fold, 100-GPU, 3-to-1; what it counts stays a figure: 300-seat, 24-jarige
            elif nxt.text in "'’" and self.low(i + 2) in lex.decade_suffixes and not self.toks[i + 2].gap:
                raise Skip(i + 2)  # 1990's
            elif nxt.text == "(" and not money and not decimals and len(t.text) >= PLAN_DIGITS and self.lettered(i + 2):
                # (not a note's letter glued to a sum: "as little as $1.46(a) an hour"; a plan's name is followed by
                # nouns as a count is: "401(k) plans")
                end = i + 3
                while (bracket := self.tok(end + 1)) is not None and bracket.text == "(" and not bracket.gap and \
                        self.lettered(end + 2, True):
                    end += 3
                raise Skip(end)  # a statute's or plan's name: "401(k)", "501(c)(3)"
        if amount.last == i:
            scale_word = self.low(i + 1)
            if self.is_word(i + 1) and (scale_word in lex.scales or scale_word in lex.hundred_words):
                self.scale(amount, lex.scales.get(scale_word, 100.0), i + 1)
            elif self.is_word(i + 1) and scale_word in lex.plural_scales and not amount.year_like and not (
                    self.toks[i + 1].text.istitle() and ((decimals and opens_line(self.text, t.start))
                                                         or opens_line(self.text, self.toks[i + 1].start))):
                # "3 dozens", "2 millions", "Over 2 Millions Filipinos …"; not "in 2023 thousands of people", nor a
                # capital's plural opening a sentence after a numbered paragraph's number ("3.1 Hundreds of millions …")
                # or a line after a heading's ("Antwoord 2\nHonderden miljoenen …")
                self.scale(amount, lex.plural_scales[scale_word], i + 1)
            elif self.is_word(i + 1) and len(scale_word) >= 2 and scale_word in lex.scale_suffixes:
                self.scale(amount, lex.scale_suffixes[scale_word], i + 1)  # "2 mln", "7 bn"
                self.abbreviation_point(amount)
        return amount

    def lettered(self, j: int, digits: bool = False) -> bool:
        """Whether a letter or two (or, with `digits`, a digit or two) and a closing bracket, glued, stand at token j:
        the "k)" of "401(k)", the "3)" of "501(c)(3)"."""
        t, close = self.tok(j), self.tok(j + 1)
        return t is not None and close is not None and not t.gap and len(t.text) <= 2 and (
            (t.kind == "w" and t.text.islower()) or (digits and t.text.isdigit())) and close.text == ")" and not close.gap

    def counts_hyphened(self, w: int, amount: Amount) -> bool:
        """Whether the lower-case word hyphened to a number at `w` is what the number counts ("a 10-person team"):
        not a multiplier ("3-fold"), a name's part ("100-GPU"), a chain of numbers ("3-to-1"), nor after a year."""
        word = self.toks[w].text
        if not word.islower() or self.low(w) in self.lex.hyphen_multipliers or amount.year_like \
                or self.low(w) in self.lex.clock_words:
            return False  # (nor an hour: "6-am")
        nxt = self.tok(w + 1)
        return not (nxt is not None and not nxt.gap and nxt.text in HYPHENS and self.digit_follows(w + 1))

    def counts_word(self, k: int) -> bool:
        """Whether token k is a noun a number before it counts: a lower-case word, no function word ("18.000 ton",
        "(in Oct.) 3 firms left")."""
        t = self.tok(k)
        return t is not None and t.kind == "w" and t.text.islower() and t.low not in self.lex.any_stopwords

    def glued_word(self, amount: Amount, i: int, money: bool) -> None:
        """The letters glued after digits: a scale ("150m", "1.2M"), a currency ("115USD") or a sub-unit ("80p")
        to read on, or a word that makes the number no figure (3rd, 30ste, 1990s, 4K video, 5G, 10x)."""
        lex = self.lex
        suffix = self.toks[i + 1].text
        scale = lex.scale_suffixes.get(suffix.lower())
        if scale is not None:
            # A capital letter after "a" or a name is a product's: "a 4K video", "Llama 70B".
            if len(suffix) == 1 and suffix.isupper() and not money and self.names_a_product(i):
                raise Skip(i + 1)
            if len(suffix) == 1 and not money and self.in_code_run(i):
                raise Skip(i + 1)  # an answer key's "1b, 2c, 3b"
            if suffix.lower() == "b" and not money and self.low(i - 1) in lex.lettered_words and \
                    self.toks[i].text.isdigit() and len(self.toks[i].text) <= LETTERED_DIGITS:
                raise Skip(i + 1)  # "Vraag 4b", "(group 4B)", "klas 3B": a part's or a group's number and letter
            amount.suffix = suffix
            self.scale(amount, scale, i + 1)
            self.abbreviation_point(amount)
            return
        if suffix in SYMBOLS or code_of(suffix) or scaled_code_of(suffix) or suffix.lower() in lex.subunit_suffixes or \
                suffix in lex.percent_suffixes or (
                suffix in DOLLAR_PREFIXES and self.low(i + 2) == "$"):
            return  # read as the amount's unit
        if suffix.lower() in MEASURE_SYMBOLS and suffix[:1].islower():
            return  # "14kg", "3km": the unit it counts in, read as a counted noun is ("14 kg")
        raise Skip(i + 1)

    def in_code_run(self, i: int) -> bool:
        """Whether the number at token i, glued to one letter, stands in a list of such codes of which one letter is
        no scale: an answer key's "1b, 2c, 3b", "3a en 4b" (where "2m, 3m" may be amounts)."""
        letters = set()
        for step in (3, -3):
            j = i
            for _ in range(CODE_RUN):
                n, w = self.tok(j), self.tok(j + 1)
                if n is None or n.kind != "n" or w is None or w.kind != "w" or w.gap or len(w.text) != 1:
                    break
                letters.add(w.low)
                sep = j + 2 if step > 0 else j - 1
                if not (self.low(sep) == "," or self.low(sep) in self.lex.and_words):
                    break
                j += step
        return len(letters) > 1 and any(letter not in self.lex.scale_suffixes for letter in letters)

    def names_a_product(self, i: int) -> bool:
        """Whether the number at token i follows an article or a capitalised name: "a 4K video", "Llama 70B"."""
        before = self.tok(i - 1)
        if before is None or before.kind != "w":
            return False
        name = before.text[0].isupper() and before.low not in self.lex.any_stopwords
        return before.low in self.lex.articles or name

    def abbreviation_point(self, amount: Amount) -> None:
        """Take the point after an abbreviated scale into the amount when the phrase goes on: "3 mln. euro"."""
        k = amount.last + 1
        t = self.tok(k)
        if t is not None and t.text == "." and not t.gap and self.is_word(k + 1) and self.toks[k + 1].text[0].islower():
            amount.last = k

    def scale(self, amount: Amount, scale: float, at: int) -> None:
        amount.times(scale)
        amount.scaled = True
        amount.last = at

    def leading_point(self, i: int) -> int:
        """The index of a decimal point written with no digit before it (".5%", "-.0012", Dutch ",77"), or -1."""
        t = self.toks[i]
        before = self.tok(i - 1)
        if (before is None or t.gap or before.text not in (".", self.lex.decimal_mark) or not t.text.isdigit()):
            return -1
        at = before.start
        c = self.text[at - 1] if at > 0 else " "
        return i - 1 if c.isspace() or c in "([-−$€£¥~" else -1

    def signed_decimal(self, i: int) -> bool:
        """Whether token i is a decimal that nothing glued goes on after ("+4.1", not "+31.6.1234" nor "+31 50")."""
        t, after = self.toks[i], self.tok(i + 1)
        return any(mark in t.text for mark in (".", self.lex.decimal_mark)) and (
            after is None or after.gap or after.kind == "w")

    def percent_after(self, i: int) -> bool:
        """Whether a percent sign or a percent phrase follows token i ("95 percent", "95 per cent", "95 %")."""
        return self.low(i + 1) == "%" or self.indexed_phrase_at(i + 1, self.index.percent_by_first) is not None

    def check_glue_before(self, i: int) -> None:
        """Raise Skip when the number at token i is glued to what comes before: H100, GPT-4, #3, +31, a footnote."""
        text = self.text
        start = self.toks[i].start
        if start == 0:
            return
        c = text[start - 1]
        c2 = text[start - 2] if start >= 2 else " "
        if c in "'’" and not c2.isalnum() and (len(self.toks[i].text) != DECADE_DIGITS or self.percent_after(i)):
            return  # "'150 teksten per uur'", "right '95 percent of the time'": an opening quote, no decade ("jaren '90")
        if c == "^":
            raise Skip(i)  # a superscript footnote ("^2"): its digits only ("^2 150 text passages a day …")
        if c.isalnum() or c == "_" or c in "#§'’":
            raise Skip(self.chain_end(i))  # H100, #3, jaren '90
        if c in HYPHENS and (c2.isalnum()):
            raise Skip(self.chain_end(i))  # GPT-4, COVID-19
        if c in "/:." and c2.isdigit():
            raise Skip(self.chain_end(i))
        if c == "/" and c2.isupper():
            raise Skip(self.chain_end(i))  # ViT-B/32, a model's code
        if c in ".,;:!?" and (c2.isalpha() or c2 in ")]\"'”’%"):
            if (self.low(i - 2), ".") not in self.lex.qualifiers:
                raise Skip(self.chain_end(i))  # a footnote number after a sentence: "an hour.3" (not "ca.50")
        if c == "+" and not (self.percent_after(i) and not c2.isalnum()) and not self.signed_decimal(i):
            raise Skip(self.number_run_end(i))  # +31 50 363 9111 (not "+15% on base pay", nor a change's "+4.1")
