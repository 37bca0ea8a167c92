"""Money (extract/currencies.py and the languages' currency words): signs, codes and words, before and after."""

from __future__ import annotations

import pytest

from factlint.extract import extract
from factlint.extract.currencies import CODES, DOLLAR_PREFIXES, LETTER_SIGNS, SYMBOLS

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
    ("en", "pays its annotators NAf 12,50 an hour", "NAf 12,50 an hour", 12.5, 12.5, M, "ANG", "hour", EX),
    ("nl", "Een medewerker verdient NAf. 1.450 per maand.", "NAf. 1.450 per maand", 1450, 1450, M, "ANG", "month", EX),
    ("nl", "De huur is Afl. 900 per maand.", "Afl. 900 per maand", 900, 900, M, "AWG", "month", EX),
    ("nl", "sinds april Cg 15 per uur", "Cg 15 per uur", 15, 15, M, "XCG", "hour", EX),
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
    # currencies beyond $ € £ (SPEC §3)
    ("en", "Moderators in Nairobi earned Ksh250 an hour.", "Ksh250 an hour", 250, 250, M, "KES", "hour", EX),
    ("en", "Drivers take home KSh 250 a day.", "KSh 250 a day", 250, 250, M, "KES", "day", EX),
    ("en", "Riders pay Sh250 a day.", "Sh250 a day", 250, 250, M, "KES", "day", EX),
    ("en", "They were paid 250 Kenyan shillings an hour.", "250 Kenyan shillings an hour", 250, 250, M, "KES", "hour", EX),
    ("nl", "Hij verdiende 300 Keniaanse shilling per uur.", "300 Keniaanse shilling per uur", 300, 300, M, "KES", "hour", EX),
    ("en", "Annotators earn ₹500 a day.", "₹500 a day", 500, 500, M, "INR", "day", EX),
    ("en", "Some earn Rs 500 per day.", "Rs 500 per day", 500, 500, M, "INR", "day", EX),
    ("en", "Some earn Rs. 20 a day.", "Rs. 20 a day", 20, 20, M, "INR", "day", EX),
    ("en", "He was paid 500 rupees a week.", "500 rupees a week", 500, 500, M, "INR", "week", EX),
    ("en", "It costs 60 Pakistani rupees.", "60 Pakistani rupees", 60, 60, M, "PKR", None, EX),
    ("en", "Geneva's minimum wage is CHF 24 an hour.", "CHF 24 an hour", 24, 24, M, "CHF", "hour", EX),
    ("en", "The course costs 20 Swiss francs.", "20 Swiss francs", 20, 20, M, "CHF", None, EX),
    ("en", "The app charges ¥100 per image.", "¥100", 100, 100, M, "JPY", None, EX),
    ("en", "about 8,000 yuan a month", "8,000 yuan a month", 8000, 8000, M, "CNY", "month", AP),
    ("en", "docked RMB 10 for every delivery", "RMB 10", 10, 10, M, "CNY", None, EX),
    ("en", "The cost is 100元!", "100元", 100, 100, M, "CNY", None, EX),
    ("en", "The minimum payment is $US1 per task.", "$US1", 1, 1, M, "USD", None, EX),
    ("en", "Labelers were paid USD3.14 an hour.", "USD3.14 an hour", 3.14, 3.14, M, "USD", "hour", EX),
    ("en", "It costs 115USD.", "115USD", 115, 115, M, "USD", None, EX),
    ("en", "It costs 3.14US$.", "3.14US$", 3.14, 3.14, M, "USD", None, EX),
    ("en", "10 rmb 20 usd", "20 usd", 20, 20, M, "USD", None, EX),
    ("en", "42 KWD", "42 KWD", 42, 42, M, "KWD", None, EX),
    ("en", "MYR42", "MYR42", 42, 42, M, "MYR", None, EX),
    ("en", "five more losses in excess of 30 MUSD", "30 MUSD", 3e7, 3e7, M, "USD", None, MIN),
    ("en", "to hk $ 10.05 billion", "hk $ 10.05 billion", 1.005e10, 1.005e10, M, "HKD", None, EX),
    ("en", "nzd$15", "nzd$15", 15, 15, M, "NZD", None, EX),
    ("en", "about forty-two bucks", "forty-two bucks", 42, 42, M, "USD", None, AP),
    ("en", "$ 20,000.00 $ 37,305.97 february expenses", "$ 37,305.97", 37305.97, 37305.97, M, "USD", None, EX),
    # the rand's letter, glued to a number written as a sum (nd227-003, -008, -012)
    ("en", "Raters earn R9,800 a month.", "R9,800 a month", 9800, 9800, M, "ZAR", "month", EX),
    ("en", "The deal is worth R7.5 billion.", "R7.5 billion", 7.5e9, 7.5e9, M, "ZAR", None, EX),
    ("en", "They are paid R30 an hour.", "R30 an hour", 30, 30, M, "ZAR", "hour", EX),
    ("nl", "Ze verdienen R30 per uur.", "R30 per uur", 30, 30, M, "ZAR", "hour", EX),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", MONEY, ids=[f"{c[0]}:{c[2]}" for c in MONEY])
def test_money_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


def test_a_capital_suffix_after_an_article_or_a_name_is_a_product():
    assert [(f.text, f.low) for f in extract("a $70B round", "en")] == [("$70B", 7e10)]
    assert extract("a 70B model", "en") == []
    assert extract("It runs Llama 70B today.", "en") == []


@pytest.mark.parametrize("text", ["TOP 10 reasons", "ALL 3 of them", "AMD 7950 chips", "Take the R21 to the airport.",
                                  "The model's R2 was high.", "Spending on R&D rose by 30.",
                                  "*R2.1: the pay figure does not match.*"])
def test_capital_words_that_are_no_currency(text):
    assert all(f.kind != "money" for f in extract(text, "en"))


def test_every_sign_and_prefix_names_a_known_code():
    assert set(SYMBOLS.values()) <= CODES
    assert set(DOLLAR_PREFIXES.values()) <= CODES
    assert set(LETTER_SIGNS.values()) <= CODES
