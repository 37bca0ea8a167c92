"""Written numbers (extract/words.py): words and scales, fractions of a scale, dozens, Dutch compounds, n-figure."""

from __future__ import annotations

import pytest

from factlint.extract import extract

M, P, C = "money", "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"

# (lang, text, span, low, high, kind, unit, per, qualifier)
WRITTEN = [
    ("en", "Each moderator read a hundred and fifty passages.", "a hundred and fifty", 150, 150, C, "passages", None, EX),
    ("en", "two thousand and two hundred", "two thousand and two hundred", 2200, 2200, C, None, None, EX),
    ("en", "three billions", "three billions", 3e9, 3e9, C, None, None, EX),
    ("en", "twenty-two hundred workers", "twenty-two hundred", 2200, 2200, C, "workers", None, EX),
    # a part of a plural whole, an irregular plural too, counts the whole's noun, past adjectives too
    ("en", "Eleven of the people on my team left.", "Eleven", 11, 11, C, "people", None, EX),
    ("en", "Two of the children were hurt.", "Two", 2, 2, C, "children", None, EX),
    ("nl", "Elf van de mensen in mijn team stopten.", "Elf", 11, 11, C, "mensen", None, EX),
    ("en", "It moderates video for three of the biggest platforms.", "three", 3, 3, C, "platforms", None, EX),
    ("en", "Two of our French-speaking annotation vendors work there.", "Two", 2, 2, C, "vendors", None, EX),
    ("en", "Four of them quit.", "Four", 4, 4, C, None, None, EX),
    # one and a half, written, counts what follows it as any number does (nd358-024); "one" alone is an article
    ("nl", "oké dus ik werk nu ruim anderhalf jaar als labeler", "anderhalf", 1.5, 1.5, C, "jaar", None, MIN),
    ("en", "It took one and a half hours.", "one and a half", 1.5, 1.5, C, "hours", None, EX),
    # decimals said aloud, one digit at a time, closed by a currency, a scale or a percentage
    ("en", "They earned one point four six dollars an hour.", "one point four six dollars an hour", 1.46, 1.46, "money",
     "USD", "hour", EX),
    ("en", "The market is worth two point five billion dollars.", "two point five billion dollars", 2.5e9, 2.5e9,
     "money", "USD", None, EX),
    ("en", "It was one point five percent.", "one point five percent", 1.5, 1.5, "percent", "%", None, EX),
    ("nl", "Het gaat om twee komma vijf miljoen mensen.", "twee komma vijf miljoen", 2.5e6, 2.5e6, C, "mensen", None, EX),
    # fractions of a scale are counts
    ("en", "One and a half million people signed up.", "One and a half million", 1.5e6, 1.5e6, C, "people", None, EX),
    ("en", "There are five and a half million fishes", "five and a half million", 5.5e6, 5.5e6, C, "fishes", None, EX),
    ("en", "A quarter of a million workers joined.", "A quarter of a million", 2.5e5, 2.5e5, C, "workers", None, EX),
    ("en", "three-quarters of a million pounds", "three-quarters of a million pounds", 7.5e5, 7.5e5, M, "GBP", None, EX),
    ("en", "Half a million tenants", "Half a million", 5e5, 5e5, C, "tenants", None, EX),
    ("en", "two thirds of a million", "two thirds of a million", 2e6 / 3, 2e6 / 3, C, None, None, EX),
    ("en", "The population is 3 million and a half", "3 million and a half", 3.5e6, 3.5e6, C, None, None, EX),
    ("en", "one billion and a half million", "one billion and a half million", 1.0005e9, 1.0005e9, C, None, None, EX),
    ("en", "five billion and three quarters", "five billion and three quarters", 5.75e9, 5.75e9, C, None, None, EX),
    ("en", "two and a half hours", "two and a half", 2.5, 2.5, C, "hours", None, EX),
    # dozens
    ("en", "A dozen moderators quit.", "A dozen", 12, 12, C, "moderators", None, EX),
    ("en", "Two dozen workers were interviewed.", "Two dozen", 24, 24, C, "workers", None, EX),
    ("en", "3 dozens of eggs", "3 dozens", 36, 36, C, None, None, EX),
    ("en", "200 dozens", "200 dozens", 2400, 2400, C, None, None, EX),
    ("en", "half a dozen riders", "half a dozen", 6, 6, C, "riders", None, EX),
    ("en", "dozens of couriers", "dozens", 24, 119, C, "couriers", None, AP),
    # digits that a written number goes on from
    ("en", "4 thousand 3 hundred and 21 is a number", "4 thousand 3 hundred and 21", 4321, 4321, C, None, None, EX),
    ("en", "3 hundred and 21 yuan", "3 hundred and 21 yuan", 321, 321, M, "CNY", None, EX),
    # Dutch compounds and groups
    ("nl", "Het bedrijf heeft honderdtien medewerkers.", "honderdtien", 110, 110, C, "medewerkers", None, EX),
    ("nl", "negenhonderdzestien bezorgers", "negenhonderdzestien", 916, 916, C, "bezorgers", None, EX),
    ("nl", "Twaalfduizend klikwerkers", "Twaalfduizend", 12000, 12000, C, "klikwerkers", None, EX),
    ("nl", "Bijna twintigduizend huurders", "twintigduizend", 20000, 20000, C, "huurders", None, AP),
    ("nl", "tweeduizend tweehonderd mensen", "tweeduizend tweehonderd", 2200, 2200, C, "mensen", None, EX),
    ("nl", "zeventien miljoen drieënvijftigduizend negenhonderdtachtig", "zeventien miljoen drieënvijftigduizend negenhonderdtachtig",
     17053980, 17053980, C, None, None, EX),
    ("nl", "tweeduizend en vijfhonderdzevenenzeventig", "tweeduizend en vijfhonderdzevenenzeventig", 2577, 2577, C, None, None, EX),
    ("nl", "Minder dan duizend reuzenpanda's", "duizend", 1000, 1000, C, "reuzenpanda's", None, MAX),
    ("nl", "honderdenzes", "honderdenzes", 106, 106, C, None, None, EX),
    ("nl", "vijftienhonderd", "vijftienhonderd", 1500, 1500, C, None, None, EX),
    ("nl", "honderd twee en twintig", "honderd twee en twintig", 122, 122, C, None, None, EX),
    ("nl", "ongeveer twee-en-veertig bucks", "twee-en-veertig bucks", 42, 42, M, "USD", None, AP),
    ("nl", "Anderhalf miljoen mensen", "Anderhalf miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("nl", "Twee en een half miljoen mensen", "Twee en een half miljoen", 2.5e6, 2.5e6, C, "mensen", None, EX),
    ("nl", "Tweeënhalf miljoen mensen", "Tweeënhalf miljoen", 2.5e6, 2.5e6, C, "mensen", None, EX),
    ("nl", "een half dozijn eieren", "een half dozijn", 6, 6, C, "eieren", None, EX),
    ("nl", "De bevolking is 3 miljoen en een half", "3 miljoen en een half", 3.5e6, 3.5e6, C, None, None, EX),
    ("nl", "veertig uur per week", "veertig", 40, 40, C, "uur", "week", EX),  # the span stops before the noun
    # n-figure
    ("en", "AI researchers are paid six-figure salaries.", "six-figure", 1e5, 999999, M, None, None, EX),
    ("en", "a five-figure back-pay award", "five-figure", 1e4, 99999, M, None, None, EX),
    ("en", "a salary of six figures", "six figures", 1e5, 999999, M, None, None, EX),
    ("nl", "een salaris van zes cijfers", "zes cijfers", 1e5, 999999, M, None, None, EX),
    ("nl", "onderzoekers met zescijferige salarissen", "zescijferige", 1e5, 999999, M, None, None, EX),
    ("nl", "onderzoekers met zes-cijferige salarissen", "zes-cijferige", 1e5, 999999, M, None, None, EX),
    ("en", "a milliard animal photos", "a milliard", 1e9, 1e9, C, "photos", None, EX),
    # A number word hyphened to what it counts, as digits are ("a 4-country study"); a Flemish "-tal", about so many.
    ("en", "Casilli brings four-country study to Groningen", "four-country", 4, 4, C, "country", None, EX),
    ("en", "a ten-person team", "ten-person", 10, 10, C, "person", None, EX),
    ("nl", "Een zestigtal leden voerde actie.", "zestigtal", 60, 60, C, "leden", None, AP),
    ("nl", "een honderdtal deelnemers", "honderdtal", 100, 100, C, "deelnemers", None, AP),
    # one of a currency
    ("en", "Many earn less than a dollar an hour.", "a dollar an hour", 1, 1, M, "USD", "hour", MAX),
    ("nl", "minder dan een euro per uur", "een euro per uur", 1, 1, M, "EUR", "hour", MAX),
]
# Words that are not one number: (lang, text, the figures read)
APART = [
    ("en", "Between one hundred fifty million and four hundred thirty million people",
     ["one hundred fifty million and four hundred thirty million"]),  # a range, not 150,000,430
    ("en", "between 150 million and 430 million people", ["150 million and 430 million"]),
    ("nl", "tussen twee en twintig mensen", ["twee en twintig"]),  # a range 2-20, not 22
    ("en", "3 million 500 workers", ["3 million", "500"]),
    ("en", "In 2023 thousands of people left", ["thousands"]),
    ("en", "a pound of rice", []),
    ("en", "at a dollar store", []),  # one of a currency is no adjective
    ("en", "a gross income", []),
    # A number word hyphened to no count of anything: a multiplier, an idiom, a fraction of one.
    ("en", "a two-way street and a three-fold rise", []),
    ("en", "a one-off payment to a two-tier workforce", []),
    ("en", "a two-horse race in a five-star hotel, a four-letter word", []),
    ("nl", "Het Nederlands elftal won.", []),  # "-tal" after "een" only
    ("nl", "een aantal mensen, het getal en het totaal", []),
    # A scale note in brackets gives other figures their scale: no figure of its own.
    ("en", "Estimated size of the workforce (millions of people)", []),
    ("en", "At one point four workers quit.", ["four"]),  # "at one point": no decimal closed by a unit
    ("en", "Two of the four countries are low-income.", ["Two", "four"]),  # a part of a counted whole, no noun of its own
    ("en", "At one point two million people did click work.", ["two million"]),  # "at one point": an idiom
    ("nl", "Aantal mensen (in miljoenen)", []),
    ("nl", "### Kerncijfers Tagstroom (in miljoenen euro)", []),  # with its currency too
    ("en", "Revenue (in millions of euros)", []),
    ("nl", "Aantal klikwerkers (x 1.000)", []),
    ("en", "In millions of cases it works", ["millions"]),
    # A keycap emoji numbers a thread's posts.
    ("en", "1\ufe0f\u20e3 Up to 400 million people do it", ["400 million"]),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", WRITTEN, ids=[f"{c[0]}:{c[2]}" for c in WRITTEN])
def test_written_number_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, figures", APART, ids=[f"{c[0]}:{c[1]}" for c in APART])
def test_words_that_are_not_one_number(lang, text, figures):
    assert [f.text for f in extract(text, lang)] == figures


def test_a_range_of_written_numbers_keeps_both_ends():
    (figure,) = extract("tussen twee en twintig mensen", "nl")
    assert (figure.low, figure.high) == (2, 20)
