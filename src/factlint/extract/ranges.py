"""Ranges: the upper end of a range that starts at an amount ("150–430 million", "between 90 and 100 euros")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint.extract.amounts import MAX_DECIMALS, Amount
from factlint.extract.numbers import scale_of
from factlint.extract.tokens import DASHES, Skip
from factlint.lang.language import Phrase

if TYPE_CHECKING:
    from factlint.extract.reader import Reader


def range_end(r: Reader, amount: Amount, k: int, connectors: Phrase | None,
              currency: str | None) -> tuple[Amount | None, int]:
    """The upper end of a range whose first end is `amount`, joined at token k; and the index after it.

    `connectors` is the word an opener asks for ("between" ... "and"); a dash or a range word joins anywhere, and
    "~" between two numbers glued to it ("20~100"). The ends share their scale, currency and percent sign when
    only one end writes it ("150 to 430 million"); a percentage and a sum of money are two figures ("rose 4.8% to
    $13.18 billion"), and so are a percentage and a scaled count ("5% to 1.2 million").
    """
    t = r.tok(k)
    if t is None or t.kind == "x" or amount.vague or amount.money_range or amount.proportion:
        return None, k
    compact = False
    if t.kind == "s" and (t.text in DASHES or (t.text == "~" and not t.gap and r.digit_follows(k))):
        j = k + 1
        if amount.low >= 0 and _doubled_hyphen(r, k):
            j += 1  # "150--430 million": an en dash typed as two hyphens (not "-5--3", to -3)
        compact = not t.gap
    elif connectors and r.phrase_at(k, [connectors]):
        found = r.indexed_phrase_at(k, r.index.range_words_by_first)  # "from 90 to as many as 100"
        j = k + max(len(connectors), len(found[0]) if found else 0)
        if not found:
            j = _past_upper_qualifier(r, j)  # "between 100 million and as many as 400 million"
    else:
        found = r.indexed_phrase_at(k, r.index.range_words_by_first)
        if found is None:
            return None, k
        j = k + len(found[0])
    b_currency, j = r.currency_prefix_at(j)
    nxt = r.tok(j + 1)
    negative = nxt is not None and nxt.kind == "n" and r.sign_before(j + 1, j - 1) == j  # "-5 to -3"
    if negative:
        j += 1
    b_tok = r.tok(j)
    if b_tok is None or b_tok.kind not in ("n", "w"):
        return None, k
    if compact and b_tok.kind == "n" and (b_tok.gap or amount.digits == ""):
        compact = False
    try:
        high = r.amount(j, head=False, money=(currency or b_currency) is not None)
    except Skip:
        return None, k
    if high is None or high.vague or high.money_range or high.proportion:
        return None, k
    if negative:
        high.low, high.high = -high.high, -high.low
    after = high.last + 1
    if compact and r.tok(after) is not None and r.toks[after].text in DASHES and (
            r.digit_follows(after) or _doubled_hyphen(r, after)):
        raise Skip(r.chain_end(high.last))  # 12-11-2023, 12--11--2023
    end = r.units_after(high, high.last + 1)
    high.currency = high.currency or b_currency
    if amount.currency and high.currency and amount.currency != high.currency:
        return None, k
    if currency and high.currency and currency != high.currency:
        return None, k
    if (amount.percent and (high.currency or currency)) or (high.percent and (amount.currency or currency)):
        return None, k  # "rose 4.8% to $13.18 billion"
    if (amount.percent or amount.currency or currency) and not connectors and high.year_like and not (
            high.currency or high.percent or high.scaled) and end == high.last + 1:
        return None, k  # "rose 5% to 2020", "stayed at $2 until 2023": a year, no end of a share or a sum
    if high.subunit and not (amount.subunit or amount.currency or amount.percent or currency or amount.scaled):
        amount.in_cents(high.currency)  # "2 to 5 cents", "between 2 and 5 US cents": the cents of both ends
    elif amount.subunit != high.subunit and not connectors:
        return None, k  # "went up by 50 cents to $2.90"; "between 50 cents and $2" is a range
    if amount.percent != high.percent:
        if amount.percent and end == high.last + 1 and not high.scaled and high.high <= WHOLE and not r.counts_word(end):
            high.percent = True  # "from 20% to 30"; not "rose 20% to 18,000 tonnes", a change and a level
        elif high.percent and amount.last + 1 == k and not amount.scaled:
            amount.percent = True
        else:
            return None, k
    # A written first end below a thousand ("honderd tot vierhonderd miljoen") names no scale of its own.
    bare_words = amount.written and amount.low < 1000
    if high.scaled and (bare_words or (not amount.scaled and not amount.written)):
        factor = high.step / (10.0 ** -min(high.decimals, MAX_DECIMALS)) if not high.written else scale_of(high.low)
        # (not to a first end written at full size that scaled would pass the second: "100,000 to 1 million" is no
        # 100,000 million; "fell from 2.5 to 2 million" is)
        if factor > 1 and not (amount.low >= FULL_SIZE and amount.low * factor > high.low):
            amount.low *= factor
            amount.high *= factor
            amount.step *= factor
            amount.scaled = True
    if amount.year_like and (high.year_like or len(high.digits) == 2) and not high.currency and not high.percent:
        raise Skip(end - 1)  # 2012–13, 2010-2020, from 2019 to 2023 (not "1000-5000")
    if amount.low > high.low:
        if compact and amount.decimals and not high.decimals and not (
                amount.currency or amount.percent or amount.scaled or high.currency or high.percent or high.scaled):
            raise Skip(end - 1)  # "7.2-3": a section's number and its item, no range
        return None, k
    amount.currency = amount.currency or high.currency
    return high, end


WHOLE = 100.0  # a share's end written bare is no more than the whole
FULL_SIZE = 1000  # a range's first end this large is written at its size, no number of the second end's scale


def _doubled_hyphen(r: Reader, k: int) -> bool:
    """Whether tokens k and k + 1 are two hyphens glued together before a digit: an en dash typed ("150--430")."""
    first, second = r.tok(k), r.tok(k + 1)
    return first is not None and second is not None and first.text == second.text == "-" and not second.gap and \
        r.digit_follows(k + 1)


def _past_upper_qualifier(r: Reader, j: int) -> int:
    """The index past a qualifier that opens a range's upper end after its connector ("and as many as", "en tot wel",
    "and about"): the end is still the range's."""
    for end in range(j + QUALIFIER_WORDS, j, -1):
        qualifier, words = r.longest_qualifier(end, j - 1)
        if words == end - j and qualifier in ("max", "approx") and r.tok(end) is not None and r.toks[end].kind == "n":
            return end
    return j


QUALIFIER_WORDS = 4  # the most words a qualifier has ("as many as", "tot wel")
