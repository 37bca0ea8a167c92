"""Sub-units (extract/subunits.py): cents and pence are hundredths of their currency; an amount and its cents are one."""

from __future__ import annotations

import pytest

from factlint.extract import extract

M = "money"
EX, MIN = "exact", "min"

# (lang, text, span, low, high, kind, unit, per, qualifier)
SUBUNITS = [
    ("en", "Workers earned 50 cents an hour.", "50 cents an hour", 0.5, 0.5, M, "USD", "hour", EX),
    ("en", "Each task paid 3 cents.", "3 cents", 0.03, 0.03, M, "USD", None, EX),
    ("en", "the contract rose 1.20 cents", "1.20 cents", 0.012, 0.012, M, "USD", None, EX),
    ("en", "Trainees got 80p an hour.", "80p an hour", 0.8, 0.8, M, "GBP", "hour", EX),
    ("en", "a bid of 470 pence a share", "470 pence", 4.7, 4.7, M, "GBP", None, EX),
    ("en", "ten pennies", "ten pennies", 0.1, 0.1, M, "GBP", None, EX),
    ("en", "it costs 10¢", "10¢", 0.1, 0.1, M, "USD", None, EX),
    ("en", "10 c", "10 c", 0.1, 0.1, M, "USD", None, EX),
    ("en", "The fund pays 12 cents quarterly.", "12 cents quarterly", 0.12, 0.12, M, "USD", "quarter", EX),
    ("nl", "Ze verdienden vijftig cent per uur.", "vijftig cent per uur", 0.5, 0.5, M, "EUR", "hour", EX),
    ("nl", "Een kop koffie kost 35 cent.", "35 cent", 0.35, 0.35, M, "EUR", None, EX),
    ("nl", "Ik vond een cent op de grond", "een cent", 0.01, 0.01, M, "EUR", None, EX),
    # a sub-unit its currency names, and a range whose cents the last end names
    ("en", "They paid 5 US cents an image.", "5 US cents", 0.05, 0.05, M, "USD", None, EX),
    ("en", "a tip of 20 euro cents", "20 euro cents", 0.2, 0.2, M, "EUR", None, EX),
    ("en", "between 2 and 5 US cents per image", "2 and 5 US cents", 0.02, 0.05, M, "USD", None, EX),
    ("en", "They paid 2 to 5 cents an image.", "2 to 5 cents", 0.02, 0.05, M, "USD", None, EX),
    ("nl", "tussen de 2 en 5 eurocent per foto", "2 en 5 eurocent", 0.02, 0.05, M, "EUR", None, EX),
    # an amount and its cents
    ("en", "They paid a dollar forty-six an hour.", "a dollar forty-six an hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "A dollar forty-six.", "A dollar forty-six", 1.46, 1.46, M, "USD", None, EX),
    ("nl", "Ze kregen een dollar zesenveertig per uur.", "een dollar zesenveertig per uur", 1.46, 1.46, M, "USD", "hour",
     EX),
    ("en", "it only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, 3.5, M, "USD", None, EX),
    ("en", "$20 and 43c", "$20 and 43c", 20.43, 20.43, M, "USD", None, EX),
    ("en", "thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", 13.45, 13.45, M, "USD", None, EX),
    ("en", "It costs 15 dollars 50.", "15 dollars 50", 15.5, 15.5, M, "USD", None, EX),
    ("en", "more than 1 dollar and forty-two cents", "1 dollar and forty-two cents", 1.42, 1.42, M, "USD", None, MIN),
    ("en", "3 GBP 1 pence", "3 GBP 1 pence", 3.01, 3.01, M, "GBP", None, EX),
    ("en", "3 CAD 3 cents", "3 CAD 3 cents", 3.03, 3.03, M, "CAD", None, EX),
    ("nl", "Het bedrag is vijf euro vijftig", "vijf euro vijftig", 5.5, 5.5, M, "EUR", None, EX),
    ("nl", "het kost slechts dertien euro en vijfenveertig cent.", "dertien euro en vijfenveertig cent", 13.45, 13.45, M, "EUR", None, EX),
    # an amount and half its unit
    ("en", "Call it a dollar and a half.", "a dollar and a half", 1.5, 1.5, M, "USD", None, EX),
    ("en", "They earned two dollars and a half an hour.", "two dollars and a half an hour", 2.5, 2.5, M, "USD", "hour", EX),
    ("nl", "Een euro en een half per uur.", "Een euro en een half per uur", 1.5, 1.5, M, "EUR", "hour", EX),
]
# Not sub-units, or not one amount: (lang, text, the figures read)
APART = [
    ("en", "The bus fare went up by 50 cents to $2.90.", ["50 cents", "$2.90"]),
    ("en", "They paid $20 and 43 workers quit.", ["$20", "43"]),
    ("en", "between $5 and 10 dollars", ["$5 and 10 dollars"]),
    ("en", "a 1080p video", []),
    ("en", "the iPhone 5c.", []),
    ("en", "at 30c", []),
    ("nl", "Het waren er 4\nc) zes", ["4"]),  # a list's option on the next line is no cent
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", SUBUNITS, ids=[f"{c[0]}:{c[2]}" for c in SUBUNITS])
def test_subunit_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, figures", APART, ids=[f"{c[0]}:{c[1]}" for c in APART])
def test_what_is_not_a_subunit_or_not_one_amount(lang, text, figures):
    assert [f.text for f in extract(text, lang)] == figures


def test_written_cents_that_do_not_close_the_sum_make_no_sum():
    # "a dollar twenty in his pocket": the cents do not close the sum, and "a dollar" alone would be a wrong value.
    assert [f.text for f in extract("He had a dollar twenty in his pocket.", "en")] == []
