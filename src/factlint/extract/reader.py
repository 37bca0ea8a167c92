"""Figure extraction: find every sum of money, count, range, percentage or rate in a text.

Pure: text and a language in, figures out. No I/O.

How it works: windows around anchors are cut into tokens (tokens.py) and read by a small hand-written
parser with bounded look-behind (qualifier, sign, currency, "between") and look-ahead (scale, unit, range
end, period): amounts.py reads a value in digits, words.py one in words, fractions.py fractions and
proportions, signs.py a minus, currencies.py and subunits.py the money, units.py what the amount measures,
ranges.py a range's upper end, and exclusions.py's rules drop years, dates and the like. Every regex is
free of nested quantifiers over the same characters, so time is linear in the text.

Written numbers are read by a small table-driven parser over `factlint.lang` rather than text2num
(MIT, good Dutch support): text2num rewrites text and loses the character offsets a span needs,
cannot mix digits with scale words in ranges ("150 to 430 million"), and would add a compiled
dependency for some forty table entries.

Decisions (tested in tests/extract/: test_reader.py unless named):
- A written number alone is a figure when it has a scale ("two million"), a percent or currency,
  or (2 and up) a counted noun ("four countries"), a plural it is part of ("four of them"), a period ("sixty a
  week"; not the cents of "a dollar forty-six an hour") or an extreme's qualifier ("as young as six"); "one" and "een" need
  a scale, percent or currency.
- Counts: `unit` is the head noun after the number, lower-cased as written ("150 text passages" ->
  "passages"); the span covers the number and scale only, not the noun (test_units.py).
- Vague plurals are approximate counts: "hundreds" is 200-999, "thousands" 2,000-9,999 and
  "hundreds of millions" 200,000,000-999,999,999 (test_amounts.py).
- "six-figure salaries" is money from 100,000 to 999,999 with no currency (unit None) (test_amounts.py).
- Years (1000-2100 with no unit, scale or qualifier), dates, times, ordinals, decades, section and
  list numbers, numbers glued to letters (GPT-4, H100, B2B, 4K, 3D, ViT-B/32), numbers after a capitalised
  name (Windows 11, ISO 9001, Lustrum 410), phone numbers and anything in a URL, e-mail address or
  file path are not figures (test_exclusions.py; glued numbers test_amounts.py, spans of years
  test_ranges.py, locators test_tokens.py).
- Separators: a comma with one or two digits after it is a decimal comma; a single separator with
  exactly three digits after it is a thousands separator in English ("12,000") and a decimal one in
  Dutch ("1,500" = 1.5); a dot with three digits is Dutch thousands ("12.000") (test_numbers.py).
- Scale suffixes count in any case ("1.2M users", "$5bn", "3 mln. euro"), except a capital letter after an
  article or a name ("a 4K video", "Llama 70B") and a lone "m" on a count with nothing counted, a metre
  ("1m isn't a number") (test_amounts.py).
- Fractions and proportions are percentages ("three-quarters" 75, "two-thirds" 66.666…, "1 op de 3"), and
  counts in front of a scale ("a quarter of a million") (test_fractions.py, test_words.py).
- A figure is negative only with a minus sign or word; "fell" and "loss" keep it positive (test_signs.py).
- A percentage and a sum of money in one phrase are two figures ("rose 4.8% to $13.18 billion")
  (test_ranges.py). Cents and pence are hundredths of their currency (test_subunits.py).
- A value that does not fit a double (above about 1e308) is no figure.
"""

from __future__ import annotations

import math
from dataclasses import replace

from factlint.extract import exclusions
from factlint.extract.amounts import Amount, Amounts
from factlint.extract.figure import Figure
from factlint.extract.numbers import compound_value, vague_value
from factlint.extract.phrases import index_of
from factlint.extract.ranges import range_end
from factlint.extract.signs import Signs
from factlint.extract.tokens import (ANCHOR, ZERO_WIDTH_RUN, Skip, blank_escapes, displayed, regions,
                                     without_zero_width)
from factlint.extract.units import Units
from factlint.extract.words import WrittenNumbers
from factlint.lang import DEFAULT, Lexicon, lexicon


def extract(text: str, lang: str = DEFAULT) -> list[Figure]:
    """Every figure in `text`, in order of position. `lang` is a code of factlint.lang.LANGUAGES."""
    lex = lexicon(lang)
    read, overridden = displayed(blank_escapes(text))
    if ZERO_WIDTH_RUN.search(read):
        joined, original = without_zero_width(read)
        figures = []
        for fig in _read(joined, lex):
            start, end = original(fig.start), original(fig.end - 1) + 1
            figures.append(replace(fig, start=start, end=end, text=text[start:end]))
        return _covering(figures, overridden, text) if overridden else figures
    figures = _read(read, lex)
    return figures if read is text else [replace(fig, text=text[fig.start:fig.end]) for fig in figures]


def _covering(figures: list[Figure], spans: list[tuple[int, int]], text: str) -> list[Figure]:
    """Figures read in a reversed override, widened to the whole override: their characters lie mirrored in it."""
    out, k = [], 0
    for fig in figures:
        while k < len(spans) and spans[k][1] <= fig.start:
            k += 1
        if k < len(spans) and spans[k][0] < fig.end:
            start, end = min(fig.start, spans[k][0]), max(fig.end, spans[k][1])
            fig = replace(fig, start=start, end=end, text=text[start:end])
        out.append(fig)
    return out


def _read(text: str, lex: Lexicon) -> list[Figure]:
    figures: list[Figure] = []
    for lo, hi in regions(text):
        figures.extend(Reader(text, lo, hi, lex).read())
    return figures


_LIST_LEADS = frozenset(":—–")  # a colon or a dash before a list of what a number counts
_NEAR = 40
_ALONE_AROUND = " \t\n.!*_"  # white space, a full stop and emphasis around a number that is all a text says

COUNT_LEAD_TOKENS = 24  # tokens before a number a word of counting stands within ("puts the number … at 2m")
PARTITIVE_ADJECTIVES = 2  # adjectives a partitive's plural may stand after: "of the smaller Dutch ones"

class Reader(Units, Signs, WrittenNumbers, Amounts):
    """Reads the figures of one window of the text: an amount, what it measures, its range and qualifier."""

    def __init__(self, text: str, lo: int, hi: int, lex: Lexicon) -> None:
        super().__init__(text, lo, hi)
        self.lex = lex
        self.index = index_of(lex)

    def read(self) -> list[Figure]:
        out: list[Figure] = []
        floor = -1  # last token used by a figure
        i = 0
        toks = self.toks
        while i < len(toks):
            kind = toks[i].kind
            if kind != "n" and (kind != "w" or not self.could_start(i)):
                i += 1
                continue
            try:
                figure, last = self.figure_at(i, floor)
            except Skip as skip:
                i = max(skip.until, i) + 1
                continue
            if figure is None:
                i += 1
                continue
            out.append(figure)
            floor = last
            i = last + 1
        return out

    def could_start(self, i: int) -> bool:
        t = self.toks[i]
        if t.kind == "n":
            return True
        if t.kind != "w":
            return False
        lex = self.lex
        low = t.low
        head = low.split("-")[0]
        if "-" in low and self.joined_fraction(low) is not None:
            return True  # "one-eighth", "een-achtste"
        if low in self.index.few_by_first and self.few_amount(i) is not None:
            return True  # "a few hundred million", "een paar duizend"
        if head in lex.one_words:
            nxt = self.low(i + 1)
            return self.is_word(i + 1) and (
                nxt in lex.scales or nxt in lex.hundred_words or nxt in lex.fraction_words
                or nxt in lex.currency_words or nxt in lex.subunit_words or nxt in lex.half_words
                or head in lex.number_words) or self.fraction_at(i) is not None  # "one - fourth"
        if low in self.index.lone_fractions_by_first:
            return self.indexed_phrase_at(i, self.index.lone_fractions_by_first) is not None
        if low in lex.fraction_words and self.after_qualifier(i):
            return self.fraction_at(i) is not None  # "nog geen kwart van …"
        if lex.n_figure_words and low.endswith(tuple(lex.n_figure_words)) and self.n_figure(i) is not None:
            return True  # "zescijferige salarissen"
        if lex.approximate_endings and low.endswith(tuple(lex.approximate_endings)) and \
                self.approximate_count(i) is not None:
            return True  # "een zestigtal"
        if not ANCHOR.match(head):
            return False
        return (head in lex.number_words or head in lex.plural_scales or head in lex.half_words
                or head in lex.hundred_words or head in lex.scales or compound_value(head, lex) is not None
                or vague_value(head, lex) is not None or self.joined_fraction(low) is not None)

    def amount(self, i: int, *, head: bool, money: bool) -> Amount | None:
        t = self.toks[i]
        if t.kind == "n":
            return self.digit_amount(i, head=head, money=money)
        if t.kind == "w":
            return self.word_amount(i)
        return None

    def figure_at(self, i: int, floor: int) -> tuple[Figure | None, int]:
        lex = self.lex
        currency, start_i, code_scale = self.currency_before(i, floor)
        amount = self.amount(i, head=True, money=currency is not None)
        if amount is None:
            return None, i
        if amount.digits and amount.scaled:
            self.continue_written(amount)  # "3 million and a half", "4 thousand 3 hundred and 21"
        if amount.lead >= 0 and currency is None:
            currency, start_i, code_scale = self.currency_before(amount.lead, floor)
        start_i = min(start_i, amount.start)
        minus = self.sign_before(start_i, floor)
        if minus >= 0:
            if currency is None:
                currency, start_i, code_scale = self.currency_before(minus, floor)  # "€ -12"
            start_i = min(start_i, minus)
            amount.low, amount.high = -amount.high, -amount.low
        if code_scale != 1:
            self.scale(amount, code_scale, amount.last)  # "MAUD 60"
        if currency is None and not amount.scaled and not amount.percent and amount.low == int(amount.low) > 0:
            proportion = self.proportion_end(amount.low, amount.last + 1)  # "three in four", "1 op de 3"
            if proportion is not None:
                # Written to one part in its whole: "three in four" is 75% to the nearest quarter, as "three-quarters" is.
                amount.step = proportion[0] / amount.low
                amount.low = amount.high = proportion[0]
                amount.last = proportion[1]
                amount.percent = amount.proportion = amount.scaled = True
        if currency is None:
            currency = amount.currency
        k = amount.last + 1
        k = self.units_after(amount, k)
        currency = currency or amount.currency
        # A qualifier phrase that starts with a number word ("ten minste") is not a number.
        if amount.written and self.qualifier_at(amount.first):
            return None, i
        opener_i = start_i - 1
        if self.low(opener_i) in lex.range_opener_fillers and self.low(opener_i - 1) in lex.range_openers:
            opener_i -= 1
        opener = self.low(opener_i) if opener_i > floor else ""
        connectors = lex.range_openers.get(opener)
        high_amount, k2 = range_end(self, amount, k, connectors, currency)
        if high_amount is not None:
            k = k2
            currency = currency or high_amount.currency
        elif currency:
            k = self.cents_part(amount, k)  # "$20 and 43c", "vijf euro vijftig"
        qual_end = (opener_i if high_amount is not None and connectors else start_i)
        qualifier = self.qualifier_before(qual_end, floor)
        low, high, step = amount.low, amount.high, amount.step
        percent = amount.percent
        if high_amount is not None:
            high, step = high_amount.high, min(step, high_amount.step)
            percent = percent or high_amount.percent
        if (amount.vague or amount.approximate) and qualifier == "exact":
            qualifier = "approx"
        trailing, noun_from = self.trailing_qualifier(k)
        if trailing and qualifier == "exact":
            qualifier = trailing
        exclusions.check(self, amount, high_amount, currency, percent, qualifier, k, floor)
        last = k - 1
        per, last = self.period_after(last, adverbs=True)
        unit: str | None
        if currency or amount.money_range:
            kind, unit = "money", currency
        elif percent:
            kind, unit = "percent", "%"
        else:
            kind = "count"
            # What a number counts stands before a period phrase said right after it, never after: in "150 per dag
            # voorgelegd" the word after the period is the verb (a period adverb is an adjective: "800m weekly users").
            unit, noun_last = (amount.counts, None) if amount.counts else (None, None) if per is not None and self.low(
                k) not in lex.period_adverbs else self.counted_noun(max(last + 1, noun_from), amount.vague)
            if unit is None and noun_last is None and amount.written and not amount.scaled and (
                    noun := self.partitive_at(last + 1)) is not None and noun >= 0:
                # "two of our annotation vendors" counts vendors (a larger part, "2m of its citizens", "200,000 van
                # de inwoners", counts the whole's people, as its claim does: no noun of its own)
                unit = self.low(noun)
            if amount.vague and unit in lex.currency_words:
                kind, unit = "money", lex.currency_words[unit]
            elif per is None and noun_last is not None:
                per, _ = self.period_after(noun_last, adverbs=False)
                if per is None and self.low(noun_last + 1) in lex.linking_words:
                    # "150 passages of text a week": the period after the noun's complement.
                    for j in (noun_last + 2, noun_last + 3):
                        if not self.is_word(j) or self.low(j) in lex.period_leads:
                            break
                        per, _ = self.period_after(j, adverbs=False)
                        if per is not None:
                            break
            if amount.written and not amount.scaled and unit is None and not amount.vague and not (
                    amount.low >= 2 and ((per is not None and not self.spoken_price(start_i))
                                         or self.partitive(last + 1)
                                         or self.stands_for_noun(start_i, last))):
                # "four of them", "vijf van de werkers" count a part of a plural; "Sixty a week" something per week
                return None, i
            # "150m–430m": a range of millions, unless it measures a thing ("100m to 400m of cable")
            both_m = high_amount is not None and high_amount.suffix == "m" and not (
                self.low(last + 1) in lex.linking_words and not self.partitive(last + 1))
            if amount.suffix == "m" and not both_m and (unit is None or unit in lex.dimension_words) and (
                    self.sized(last) or not (
                    self.label_value(start_i) or self.partitive(last + 1) or self.estimated(start_i) or trailing
                    or self.stands_for_noun(start_i, last))):
                # "1m isn't a number", "100m of the route", "stood 2m apart": a metre, or nothing; a label's value
                # ("World Bank estimate: 150m to 430m"), a part of a plural ("2m of its citizens"), a count by its
                # words (estimated) or its bound ("2m+") and one standing for its noun (a cell, a label: "**More than
                # 2m**: Filipinos …") are millions, unless a word of size follows.
                return None, i
        if amount.written and not amount.scaled and amount.low <= 1 and kind == "count":
            return None, i
        if not (math.isfinite(low) and math.isfinite(high)):
            raise Skip(last)  # beyond a double: no figure
        start = self.toks[start_i].start
        end = self.toks[last].end
        return Figure(self.text[start:end], start, end, float(low), float(high), kind, unit, per,
                      qualifier, float(step)), last

    def estimated(self, first: int) -> bool:
        """Whether the number at token `first` is a count by its words: it has a bound ("more than 2m"), or a word of
        counting stands before it in its sentence ("puts the number of people involved at 9.6m", "schat het aantal op
        2m"); not "floodwater stood at 2m"."""
        if self.qualifier_length(first):
            return True
        for k in range(first - 1, max(-1, first - 1 - COUNT_LEAD_TOKENS), -1):
            t = self.tok(k)
            if t is None or (t.kind == "s" and t.text in ".!?;\n"):
                break
            if t.kind == "w" and t.low in self.lex.count_leads:
                return True
        return False

    def sized(self, last: int) -> bool:
        """Whether a word of size follows the number ending at token `last` ("2m tall", "2m apart", "2m uit elkaar")."""
        return any(self.low(k) in self.lex.dimension_words for k in (last + 1, last + 2))

    def stands_for_noun(self, first: int, last: int) -> bool:
        """Whether a written number with nothing counted after it counts something all the same: a label's value or
        a label ("Landen: vier", "Nine: the images"), a table cell, a count a list follows ("four — Venezuela, …"),
        one a word picks out ("only seven would say") or a pronoun stands for (Dutch "interviewde er vijf")."""
        lex = self.lex
        before, after = self.low(first - 1), self.tok(last + 1)
        if self.label_value(first) or before in lex.restricting_words or before in lex.partitive_clitics:
            return True
        if self.low(first - 1 - self.qualifier_length(first)) in lex.partitive_clitics:
            return True  # "waren het er nog geen dertig": the clitic before a qualifier
        if (n := self.qualifier_length(first)) and tuple(self.low(k) for k in range(first - n, first)) in \
                lex.extreme_qualifiers:
            return True  # "kids as young as six", "as many as six": an extreme seen, of what the sentence says
        # Only the few characters around the number are looked at: a paragraph of thousands stays linear.
        start, end, text = self.toks[first].start, self.toks[last].end, self.text
        near = text[max(0, start - _NEAR):start]
        lead = near[near.rfind("\n") + 1:].strip()
        rest = text[end:end + _NEAR].split("\n", 1)[0].strip()
        if lead.endswith("|") and rest.startswith("|"):
            return True  # a cell of its own
        if start <= _NEAR and len(text) - end <= _NEAR and not (text[:start] + text[end:]).strip(_ALONE_AROUND):
            return True  # a text that is nothing else: a table's cell, an answer ("Four.")
        if after is None or after.text not in _LIST_LEADS:
            return False
        if after.text == ":" and lead.strip("-*+> ") == "":
            return True  # a label opening a line or an item: "Nine: the images in a grid"
        nxt = self.tok(last + 2)
        return nxt is not None and nxt.kind == "w" and nxt.text[:1].isupper()  # "in four: Venezuela, …"

    def label_value(self, i: int) -> bool:
        """Whether token i opens the value of a label: "World Bank estimate: 150m"."""
        before = self.tok(i - 1)
        return before is not None and before.text == ":"

    def partitive(self, i: int) -> bool:
        """Whether a part of a plural whole starts at token i: "of its citizens", "van de werknemers", "of them"."""
        return self.partitive_at(i) is not None

    def partitive_at(self, i: int) -> int | None:
        """The plural noun of a part of a plural whole starting at token i ("of the biggest platforms"), -1 for a
        pronoun's ("of them"), None when no such part starts there."""
        lex = self.lex
        if self.low(i) not in lex.linking_words:
            return None
        if self.low(i + 1) in lex.partitive_pronouns:
            return -1
        if self.low(i + 1) not in lex.partitive_words:
            return None
        # "of the people", "of the men"; past adjectives, "of the biggest platforms", "of the smaller Dutch ones"
        for j in range(i + 2, i + 3 + PARTITIVE_ADJECTIVES):
            if self.low(j) in lex.number_words:
                return -1  # a part of a counted whole, "two of the four countries", counts no whole's noun
            if not self.is_word(j) or (j > i + 2 and self.low(j) in lex.any_stopwords):
                return None
            if self.low(j).endswith(tuple(lex.plural_endings)) or self.low(j) in lex.irregular_plurals:
                return j
        return None

    # -- qualifiers ----------------------------------------------------------------------------

    def qualifier_at(self, i: int) -> bool:
        return self.indexed_phrase_at(i, self.index.long_qualifiers_by_first) is not None

    def qualifier_before(self, end: int, floor: int = -1) -> str:
        """The qualifier whose words end right before token `end` (the longest; the first in the table on a tie),
        none starting at or before token `floor`."""
        return self.longest_qualifier(end, floor)[0]

    def qualifier_length(self, end: int) -> int:
        """How many words the longest qualifier ending right before token `end` has (0 when none does)."""
        return self.longest_qualifier(end, -1)[1]

    def longest_qualifier(self, end: int, floor: int) -> tuple[str, int]:
        """The longest qualifier ending right before token `end` and starting after token `floor`, and its words'
        count ("exact" and 0 when none does)."""
        best = "exact"
        best_len = 0
        for phrase, qualifier in self.index.qualifiers_by_last.get(self.low(end - 1), ()):
            n = len(phrase)
            if n <= best_len or end - n <= floor or end - n < 0:
                continue
            if self.words_at(end - n, phrase):
                best, best_len = qualifier, n
        return best, best_len

    def spoken_price(self, first: int) -> bool:
        """Whether a written number goes on a sum said before it: "a dollar forty-six an hour", "two fifty an hour"."""
        before = self.low(first - 1)
        return before in self.lex.currency_words or before in self.lex.number_words

    def trailing_qualifier(self, k: int) -> tuple[str | None, int]:
        """A bound written after the figure ("10,000+", "500 or more") and the index after it."""
        t = self.tok(k)
        if t is not None and t.text == "+" and not t.gap:
            return "min", k + 1
        found = self.indexed_phrase_at(k, self.index.trailing_by_first)
        if found is not None:
            return found[1], k + len(found[0])
        return None, k
