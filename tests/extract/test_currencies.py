"""Money (extract/currencies.py and the languages' currency words): signs, codes and words, before and after."""

from __future__ import annotations

import pytest

from factlint.extract import extract
from factlint.extract.currencies import CODES, DOLLAR_PREFIXES, SYMBOLS

M, P, C = "money", "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"

# (lang, text, span, low, high, kind, unit, per, qualifier)
MONEY = [
    ("en", "paid as little as $1.46/hour after tax", "$1.46/hour", 1.46, 1.46, M, "USD", "hour", MIN),
    ("en", "US$1.46 an hour is the rate", "US$1.46 an hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "1.46 dollars per hour is the rate", "1.46 dollars per hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "$1.46 hourly is the rate", "$1.46 hourly", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "earn roughly $1.50 an hour", "$1.50 an hour", 1.5, 1.5, M, "USD", "hour", AP),
    ("en", "paid as little as $1.64 an hour", "$1.64 an hour", 1.64, 1.64, M, "USD", "hour", MIN),
    ("en", "paid as little as $1.46 a day", "$1.46 a day", 1.46, 1.46, M, "USD", "day", MIN),
    ("en", "paid less than $2 per hour", "$2 per hour", 2, 2, M, "USD", "hour", MAX),
    ("en", "paid about $5 per hour", "$5 per hour", 5, 5, M, "USD", "hour", AP),
    ("en", "Scale AI was valued at $7.3 billion in 2021.", "$7.3 billion", 7.3e9, 7.3e9, M, "USD", None, EX),
    ("en", "Our newsroom spent €12,000 on translation.", "€12,000", 12000, 12000, M, "EUR", None, EX),
    ("en", "roughly €900 a month", "€900 a month", 900, 900, M, "EUR", "month", AP),
    ("en", "It costs USD 1,500 per year.", "USD 1,500 per year", 1500, 1500, M, "USD", "year", EX),
    ("en", "It costs EUR 20 monthly.", "EUR 20 monthly", 20, 20, M, "EUR", "month", EX),
    ("en", "a fee of £30k annually", "£30k annually", 30000, 30000, M, "GBP", "year", EX),
    ("en", "a fine of £5bn", "£5bn", 5e9, 5e9, M, "GBP", None, EX),
    ("en", "a round of $2.5m", "$2.5m", 2.5e6, 2.5e6, M, "USD", None, EX),
    ("en", "a $100M deal", "$100M", 1e8, 1e8, M, "USD", None, EX),
    ("en", "costs 40 GBP per week", "40 GBP per week", 40, 40, M, "GBP", "week", EX),
    ("en", "costs 300 pounds a week", "300 pounds a week", 300, 300, M, "GBP", "week", EX),
    ("en", "worth 1 trillion dollars", "1 trillion dollars", 1e12, 1e12, M, "USD", None, EX),
    ("en", "half a million dollars was spent", "half a million dollars", 5e5, 5e5, M, "USD", None, EX),
    ("en", "two dollars a day", "two dollars a day", 2, 2, M, "USD", "day", EX),
    ("en", "paid 5 US dollars an hour", "5 US dollars an hour", 5, 5, M, "USD", "hour", EX),
    ("en", "a C$40 ticket", "C$40", 40, 40, M, "CAD", None, EX),
    ("en", "The bill was $1,234,567.89 in total.", "$1,234,567.89", 1234567.89, 1234567.89, M, "USD", None, EX),
    ("en", "as much as $40 per week", "$40 per week", 40, 40, M, "USD", "week", MAX),
    ("en", "$300 weekly", "$300 weekly", 300, 300, M, "USD", "week", EX),
    ("en", "$2,000 a year", "$2,000 a year", 2000, 2000, M, "USD", "year", EX),
    ("en", "$5 per day", "$5 per day", 5, 5, M, "USD", "day", EX),
    ("en", "$1.46/hr after tax", "$1.46/hr", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "€250/week", "€250/week", 250, 250, M, "EUR", "week", EX),
    ("en", "a 90 € fee", "90 €", 90, 90, M, "EUR", None, EX),
    ("en", "wages of 1.46 USD/hour", "1.46 USD/hour", 1.46, 1.46, M, "USD", "hour", EX),
    ("en", "US$ 2 a day", "US$ 2 a day", 2, 2, M, "USD", "day", EX),
    ("en", "1.5 million euros were paid", "1.5 million euros", 1.5e6, 1.5e6, M, "EUR", None, EX),
    ("nl", "Ze kregen voor minder dan 2 dollar per uur dit werk.", "2 dollar per uur", 2, 2, M, "USD", "hour", MAX),
    ("nl", "Het kost € 90,- per maand.", "€ 90,- per maand", 90, 90, M, "EUR", "month", EX),
    ("nl", "Prijs: 2.999,00 EUR.", "2.999,00 EUR", 2999, 2999, M, "EUR", None, EX),
    ("nl", "1500 euro per jaar", "1500 euro per jaar", 1500, 1500, M, "EUR", "year", EX),
    ("nl", "300 dollar per week", "300 dollar per week", 300, 300, M, "USD", "week", EX),
    ("nl", "4 euro per dag", "4 euro per dag", 4, 4, M, "EUR", "day", EX),
    ("nl", "minstens 5 euro", "5 euro", 5, 5, M, "EUR", None, MIN),
    ("nl", "vijf miljard tweehonderd miljoen euro", "vijf miljard tweehonderd miljoen euro", 5.2e9, 5.2e9, M, "EUR", None, EX),
    ("nl", "een boete van €2 mln", "€2 mln", 2e6, 2e6, M, "EUR", None, EX),
    ("nl", "het kost €1.500 per jaar", "€1.500 per jaar", 1500, 1500, M, "EUR", "year", EX),
    ("nl", "een subsidie van €1,5 miljoen", "€1,5 miljoen", 1.5e6, 1.5e6, M, "EUR", None, EX),
    ("nl", "ruim 1,5 miljard euro", "1,5 miljard euro", 1.5e9, 1.5e9, M, "EUR", None, MIN),
    ("nl", "EUR 1.200,50 per maand", "EUR 1.200,50 per maand", 1200.5, 1200.5, M, "EUR", "month", EX),
    ("nl", "ruim € 1.200 per maand", "€ 1.200 per maand", 1200, 1200, M, "EUR", "month", MIN),
    ("nl", "hooguit 50 euro maandelijks", "50 euro maandelijks", 50, 50, M, "EUR", "month", MAX),
    ("nl", "zo'n 3 euro per uur", "3 euro per uur", 3, 3, M, "EUR", "hour", AP),
    ("nl", "10 Amerikaanse dollar per dag", "10 Amerikaanse dollar per dag", 10, 10, M, "USD", "day", EX),
    ("nl", "Het kost €1 250,50 per maand.", "€1 250,50 per maand", 1250.5, 1250.5, "money", "EUR", "month", EX),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", MONEY, ids=[f"{c[0]}:{c[2]}" for c in MONEY])
def test_money_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


def test_single_capital_suffixes_are_scales_only_after_a_currency_sign():
    assert [(f.text, f.low) for f in extract("a $70B round", "en")] == [("$70B", 7e10)]
    assert extract("a 70B model", "en") == []


def test_every_sign_and_prefix_names_a_known_code():
    assert set(SYMBOLS.values()) <= CODES
    assert set(DOLLAR_PREFIXES.values()) <= CODES
