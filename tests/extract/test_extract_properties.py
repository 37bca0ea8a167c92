"""Properties of the extractor on any text (hypothesis): it never raises, spans hold, and time is linear."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from work import best_cpu

from factlint.extract import extract
from factlint.extract.figure import KINDS, PERIODS, QUALIFIERS

# Text built from the pieces figures are made of, so the parser's paths are exercised, not just skipped.
PIECES = st.sampled_from([
    " ", "  ", "\n", "$", "€", "£", "US", "%", "–", "—", "-", "/", ",", ".", ",-", "+", "~", "'", ":",
    "1", "12", "150", "1.46", "12,000", "1.234.567", "2.999,00", "0.15", "2023", "07", "4.2", "15.30",
    "million", "miljoen", "bn", "k", "m", "billion", "two", "twee", "forty-two", "hundred", "hundreds",
    "of", "and", "en", "to", "tot", "wel", "between", "tussen", "from", "van", "per", "hour", "uur",
    "a", "an", "day", "month", "maand", "hourly", "percent", "procent", "per cent", "euro", "dollars",
    "USD", "EUR", "people", "mensen", "more than", "meer dan", "as little as", "about", "ongeveer",
    "over", "zo'n", "November", "section", "GPT", "H", "https://", "example.org", "@", "six-figure",
    "rd", "ste", "s", "een", "one", "tien", "duizenden", "anderhalf",
    # fractions, proportions, signs, sub-units, currencies and periods
    "half", "a third", "three-quarters", "driekwart", "de helft", "derde", "quarter", "in", "out of", "op de",
    "dozen", "dozijn", "minus", "min", "−", ".5", ",77", "cents", "cent", "pence", "p", "c", "¢", "Ksh", "Rs",
    "₹", "¥", "RMB", "MUSD", "CHF", "p/m", "p.a.", "quarterly", "kwartaal", "[", "]", "(", ")", "#", "\n",
    "Minutes", "upgraded to", "twaalfduizend", "tweeënhalf", "M", "K", "B", "mln.", "9" * 320,
])
FIGURE_TEXT = st.lists(PIECES, max_size=40).map("".join)
ANY_TEXT = st.text(max_size=200)


def _check(text: str, lang: str) -> None:
    figures = extract(text, lang)
    previous_end = 0
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start:figure.end] == figure.text
        assert figure.start >= previous_end
        previous_end = figure.end
        assert figure.low <= figure.high
        assert figure.kind in KINDS
        assert figure.per is None or figure.per in PERIODS
        assert figure.qualifier in QUALIFIERS
        assert figure.step > 0


@settings(max_examples=300, deadline=None)
@given(text=ANY_TEXT, lang=st.sampled_from(["en", "nl"]))
def test_any_string_is_safe(text, lang):
    _check(text, lang)


@settings(max_examples=300, deadline=None)
@given(text=FIGURE_TEXT, lang=st.sampled_from(["en", "nl"]))
def test_figure_like_text_keeps_the_span_contract(text, lang):
    _check(text, lang)


@settings(max_examples=100, deadline=None)
@given(prefix=FIGURE_TEXT, suffix=FIGURE_TEXT)
def test_a_known_figure_survives_any_surroundings(prefix, suffix):
    # Separated by a sentence break, the figure in the middle is read the same whatever surrounds it.
    text = f"{prefix}.\n\nThey earned €90–100/month.\n\n{suffix}"
    start = text.index("€90")
    found = [f for f in extract(text) if f.start == start]
    assert len(found) == 1
    assert (found[0].text, found[0].low, found[0].high, found[0].unit, found[0].per) == ("€90–100/month", 90, 100, "EUR", "month")


# Hostile runs that a careless regex or a backtracking parser would take quadratic time on.
HOSTILE = ["1,", "$", "– ", "123.", "7", "12 million–", "Data$1.46/hour150m–430m€90–100", "a", "vijfen", "one hundred and ",
           "one and a half ", "a quarter of a ", "1 in ", "-", ".5", "$20 and 43 ", "twee en ", "3 million and a half ",
           "tweeduizend ", "de helft ", "[1]", "Ksh"]


@pytest.mark.parametrize("unit", HOSTILE)
def test_time_is_linear_in_the_text(unit):
    def seconds(n: int) -> float:
        text = unit * (n // len(unit))
        return best_cpu(lambda: extract(text))

    small, large = seconds(10_000), seconds(40_000)
    # Four times the text: linear is 4x; quadratic would be 16x. The slack absorbs timer noise on tiny runs.
    assert large < 8 * small + 0.02


@pytest.mark.parametrize("text", [
    # Hundreds of decimals, then a sub-unit (pence): a precision that underflowed to 0 is held at a float's.
    "0.15" + "9" * 320 + "p",
    "£0." + "0" * 400 + "1",
])
def test_a_figure_of_very_many_decimals_keeps_a_positive_precision(text):
    _check(text, "en")
