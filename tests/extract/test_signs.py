"""Signs (extract/signs.py): a minus sign or word makes a figure negative; nothing else does (SPEC §3)."""

from __future__ import annotations

import pytest

from factlint.extract import extract

M, P, C = "money", "percent", "count"
EX = "exact"

# (lang, text, span, low, high, kind, unit, per, qualifier)
NEGATIVE = [
    ("en", "Growth in the quarter was -1.2%.", "-1.2%", -1.2, -1.2, P, "%", None, EX),
    ("en", "Real pay growth came in at minus 5 percent.", "minus 5 percent", -5, -5, P, "%", None, EX),
    ("en", "a loss of -$3 million", "-$3 million", -3e6, -3e6, M, "USD", None, EX),
    ("en", "cash flow was -€7 million", "-€7 million", -7e6, -7e6, M, "EUR", None, EX),
    ("en", "just need minus five percent", "minus five percent", -5, -5, P, "%", None, EX),
    ("en", "negative 1200000", "negative 1200000", -1.2e6, -1.2e6, C, None, None, EX),
    ("en", "it fell to (−3%) overall", "−3%", -3, -3, P, "%", None, EX),
    ("en", "from -5 to -3 degrees", "-5 to -3", -5, -3, C, "degrees", None, EX),
    ("en", "-1.2M", "-1.2M", -1.2e6, -1.2e6, C, None, None, EX),
    ("nl", "De groei bedroeg −1,2 procent.", "−1,2 procent", -1.2, -1.2, P, "%", None, EX),
    ("nl", "de loongroei was min 0,8 procent", "min 0,8 procent", -0.8, -0.8, P, "%", None, EX),
    ("nl", "Het is aan te bevelen € -12 te schrijven.", "€ -12", -12, -12, M, "EUR", None, EX),
]
# No sign: words of loss, a hyphen joining two numbers, a dash in prose: (lang, text, span, low, high)
POSITIVE = [
    ("en", "its parent posted a loss of $4 million", "$4 million", 4e6, 4e6),
    ("en", "Shares fell 3% to €41.20.", "3%", 3, 3),
    ("en", "Pay rose 5-10% this year.", "5-10%", 5, 10),
    ("en", "workers - 12 of them - said so", "12", 12, 12),
    ("en", "during COVID-19 lockdowns there were 5 cases", "5", 5, 5),
    ("en", "min 5 characters", "5", 5, 5),  # English "min" is a minimum
    ("nl", "de omzet daalde 2,1 procent", "2,1 procent", 2.1, 2.1),
    # A plus sign before a percentage is no phone number's: "+15% on base pay".
    ("en", "| Night-shift allowance | +15% on base pay |", "15%", 15, 15),
    ("nl", "Het loon steeg +3 procent.", "3 procent", 3, 3),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", NEGATIVE, ids=[f"{c[0]}:{c[2]}" for c in NEGATIVE])
def test_a_minus_makes_a_figure_negative(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, span, low, high", POSITIVE, ids=[f"{c[0]}:{c[1]}" for c in POSITIVE])
def test_nothing_else_changes_the_sign(lang, text, span, low, high):
    found = [f for f in extract(text, lang) if f.text == span]
    assert found and (found[0].low, found[0].high) == (low, high)
