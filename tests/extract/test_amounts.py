"""Amounts (extract/amounts.py): digits with scales and suffixes, written numbers, vague plurals, glued numbers."""

from __future__ import annotations

import pytest

M, P, C = "money", "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"

# (lang, text, span, low, high, kind, unit, per, qualifier)
AMOUNTS = [
    ("en", "hundreds of millions of dollars were spent", "hundreds of millions", 2e8, 999999999, M, "USD", None, AP),
    ("en", "Unlike researchers paid six-figure salaries", "six-figure", 1e5, 999999, M, None, None, EX),
    ("en", "the top researchers are on 7-figure packages", "7-figure", 1e6, 9999999, M, None, None, EX),  # nd211-004
    ("nl", "een 6-cijferig salaris", "6-cijferig", 1e5, 999999, M, None, None, EX),
    ("en", "a 300-figure table", "300", 300, 300, C, None, None, EX),  # no sum has three hundred digits: a count
    ("en", "paid a six-figure sum each year", "six-figure", 1e5, 999999, M, None, None, EX),  # a sum is money
    # A unit of measure glued to a number is what it counts, as when spaced (nd211-003).
    ("en", "up to 14kg of cobalt per battery", "14", 14, 14, C, "kg", None, MAX),
    ("nl", "ze reden 300km per dag", "300", 300, 300, C, "km", "day", EX),
    ("en", "unlike the AI researchers paid six figures by Silicon Valley", "six figures", 1e5, 999999, M, None, None, EX),
    ("nl", "zij verdient zes cijfers", "zes cijfers", 1e5, 999999, M, None, None, EX),
    ("nl", "honderdduizenden euro", "honderdduizenden euro", 2e5, 999999, M, "EUR", None, AP),
    ("en", "0.15 billion seconds", "0.15 billion", 1.5e8, 1.5e8, C, "seconds", None, EX),
    # An age or a duration joined to its unit by a hyphen is a figure (SPEC §3 does not except it); "3-fold",
    # "H100-GPU" and "a 3-to-1 vote" are not.
    # "A few" of a scale is its vague plural, 2 to 9 of it (as "hundreds of millions"); not a few of anything.
    ("en", "a few hundred million people use it", "a few hundred million", 2e8, 999999999, C, "people", None, AP),
    ("en", "several thousand moderators", "several thousand", 2e3, 9999, C, "moderators", None, AP),
    ("nl", "een paar honderd miljoen mensen", "een paar honderd miljoen", 2e8, 999999999, C, "mensen", None, AP),
    ("en", "A couple hundred million people", "A couple hundred million", 2e8, 999999999, C, "people", None, AP),
    # An opening quote before a percentage is no decade's apostrophe ("jaren '90" is one).
    ("en", "an AI that is right '95 percent of the time' is unacceptable", "95 percent", 95, 95, P, "%", None, EX),
    ("nl", "een AI die '95 procent van de tijd' juist zit", "95 procent", 95, 95, P, "%", None, EX),
    ("nl", "dat het om '150 teksten per uur' ging", "150", 150, 150, C, "teksten", "hour", EX),  # no decade: 3 digits
    ("en", "a 27-year-old graduate", "27", 27, 27, C, None, None, EX),
    ("en", "a 10-year plan", "10", 10, 10, C, "year", None, EX),  # the period hyphened on is what it counts
    ("en", "a 90-minute lecture", "90", 90, 90, C, "minute", None, EX),  # as "a ninety-minute lecture"
    ("nl", "een 24-jarige student", "24", 24, 24, C, None, None, EX),
    # So is any count hyphened to what it counts, as an adjective, with the noun of hyphen_counts as its unit (as
    # "a four-country study" has); a unit so hyphened is read as the unit.
    ("en", "a 300-seat annotation centre", "300", 300, 300, C, "seat", None, EX),
    ("en", "a 2,000-strong workforce", "2,000", 2000, 2000, C, "strong", None, EX),
    ("nl", "het 25-koppige team", "25", 25, 25, C, None, None, EX),
    ("en", "a 3-percent raise", "3-percent", 3, 3, P, "%", None, EX),
    ("en", "a 5-dollar bill", "5-dollar", 5, 5, M, "USD", None, EX),
    ("en", "the 3-pc rise", "3-pc", 3, 3, P, "%", None, EX),
    ("en", "Our report focuses on six figures from their filings.", "six", 6, 6, C, "figures", None, EX),  # no pay word
    # A lone "m" is a metre, but a label's value or a part of a plural is millions, as newspapers write them.
    ("en", "World Bank estimate: 150m to 430m", "150m to 430m", 1.5e8, 4.3e8, C, None, None, EX),
    # A range of m-numbers is millions wherever it stands (SPEC §3 reads "150m–430m").
    ("en", "It puts the number at between 150m and 430m, a wide range.", "150m and 430m", 1.5e8, 4.3e8, C, None, None,
     EX),
    ("en", "reckons that 2m of its citizens tag images", "2m", 2e6, 2e6, C, None, None, EX),
    ("en", "some 2m of them work nights", "2m", 2e6, 2e6, C, None, None, AP),
    ("nl", "ruim 2m van de werknemers", "2m", 2e6, 2e6, C, None, None, MIN),
    # ... so is a count by its words: a word of counting before it, or a bound that is all its text (nd205-010,
    # nd206-008).
    ("en", "It puts the number of people involved at more than 2m.", "2m", 2e6, 2e6, C, None, None, MIN),
    ("en", "It put the count in the past year at 9.6m, most of whom worked nights.", "9.6m", 9.6e6, 9.6e6, C, None,
     None, EX),
    ("nl", "De overheid schat het aantal op 2m.", "2m", 2e6, 2e6, C, None, None, EX),
    ("en", "more than 2m", "2m", 2e6, 2e6, C, None, None, MIN),
    ("en", "The Philippine government says more than 3m are involved in click work.", "3m", 3e6, 3e6, C, None, None,
     MIN),
    # Review (helper-266): a preposition after the number is no word of size.
    ("en", "The Philippine government puts the number of Filipinos in click work at 3m, above the official jobless "
     "count.", "3m", 3e6, 3e6, C, None, None, EX),
    ("en", "As many as 430 million people do such work", "430 million", 4.3e8, 4.3e8, C, "people", None, MAX),
    ("en", "more than 2 million people in the country", "2 million", 2e6, 2e6, C, "people", None, MIN),
    ("en", "Fewer than 2 million people", "2 million", 2e6, 2e6, C, "people", None, MAX),
    ("en", "at least 150 million workers", "150 million", 1.5e8, 1.5e8, C, "workers", None, MIN),
    ("en", "We expect 12 million readers.", "12 million", 1.2e7, 1.2e7, C, "readers", None, EX),
    ("en", "about 1.5 million users", "1.5 million", 1.5e6, 1.5e6, C, "users", None, AP),
    ("en", "approx. 3 million users", "3 million", 3e6, 3e6, C, "users", None, AP),
    ("en", "3 thousand people", "3 thousand", 3000, 3000, C, "people", None, EX),
    ("en", "10k users signed up", "10k", 10000, 10000, C, "users", None, EX),
    ("en", "5 mn people", "5 mn", 5e6, 5e6, C, "people", None, EX),
    ("en", "7 bn people", "7 bn", 7e9, 7e9, C, "people", None, EX),
    ("en", "2 trillion tokens", "2 trillion", 2e12, 2e12, C, "tokens", None, EX),
    ("en", "Two million people", "Two million", 2e6, 2e6, C, "people", None, EX),
    ("en", "one hundred fifty million people", "one hundred fifty million", 1.5e8, 1.5e8, C, "people", None, EX),
    ("en", "four hundred thirty million people", "four hundred thirty million", 4.3e8, 4.3e8, C, "people", None, EX),
    ("en", "one hundred and fifty million people", "one hundred and fifty million", 1.5e8, 1.5e8, C, "people", None, EX),
    ("en", "a million people", "a million", 1e6, 1e6, C, "people", None, EX),
    ("en", "twenty-five workers", "twenty-five", 25, 25, C, "workers", None, EX),
    ("en", "Some 12,000 workers signed up.", "12,000", 12000, 12000, C, "workers", None, AP),
    ("en", "upwards of 300 workers", "300", 300, 300, C, "workers", None, MIN),
    ("en", "no more than 7 days", "7", 7, 7, C, "days", None, MAX),
    ("en", "10,000+ people joined", "10,000", 10000, 10000, C, "people", None, MIN),
    ("en", "500 or more workers", "500", 500, 500, C, "workers", None, MIN),
    ("en", "The company has 4 employees.", "4", 4, 4, C, "employees", None, EX),
    ("en", "The hundreds of millions of people who use it", "hundreds of millions", 2e8, 999999999, C, "people", None, AP),
    ("en", "hundreds of thousands of people", "hundreds of thousands", 2e5, 999999, C, "people", None, AP),
    ("en", "tens of thousands of workers", "tens of thousands", 20000, 99999, C, "workers", None, AP),
    ("en", "thousands of workers", "thousands", 2000, 9999, C, "workers", None, AP),
    ("en", "There are 2,000 people.", "2,000", 2000, 2000, C, "people", None, EX),
    ("en", "more than 2000 people", "2000", 2000, 2000, C, "people", None, MIN),
    ("en", "There are 12.000 items.", "12.000", 12.0, 12.0, C, "items", None, EX),
    ("en", "Dutch uses a decimal comma: 1,5 miljoen mensen.", "1,5 miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("en", "Two million people, and twee miljoen mensen.", "twee miljoen", 2e6, 2e6, C, "mensen", None, EX),
    ("nl", "De overheid schat dat er meer dan 2 miljoen mensen betrokken zijn.", "2 miljoen", 2e6, 2e6, C, "mensen", None, MIN),
    ("nl", "Het zijn 1,5 miljoen mensen.", "1,5 miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("nl", "anderhalf miljoen mensen", "anderhalf miljoen", 1.5e6, 1.5e6, C, "mensen", None, EX),
    ("nl", "twee miljoen mensen", "twee miljoen", 2e6, 2e6, C, "mensen", None, EX),
    ("nl", "tweehonderd mensen", "tweehonderd", 200, 200, C, "mensen", None, EX),
    ("nl", "tweeëntwintig studenten", "tweeëntwintig", 22, 22, C, "studenten", None, EX),
    ("nl", "een miljard mensen", "een miljard", 1e9, 1e9, C, "mensen", None, EX),
    ("nl", "Er zijn 1.234.567 inwoners.", "1.234.567", 1234567, 1234567, C, "inwoners", None, EX),
    ("nl", "Er zijn 12.000 studenten.", "12.000", 12000, 12000, C, "studenten", None, EX),
    ("nl", "Ongeveer 1,500 liter.", "1,500", 1.5, 1.5, C, "liter", None, AP),
    ("nl", "ruim 300 mensen", "300", 300, 300, C, "mensen", None, MIN),
    ("nl", "nog geen 10 mensen", "10", 10, 10, C, "mensen", None, MAX),
    ("nl", "ca. 50 mensen", "50", 50, 50, C, "mensen", None, AP),
    ("nl", "ca.50 mensen", "50", 50, 50, C, "mensen", None, AP),  # a qualifier's point, not a footnote
    ("nl", "rond de 60 leden", "60", 60, 60, C, "leden", None, AP),
    ("nl", "tot wel 400 miljoen mensen", "400 miljoen", 4e8, 4e8, C, "mensen", None, MAX),
    ("en", "Some 12\u00a0000 people work there.", "12\u00a0000", 12e3, 12e3, C, "people", None, AP),
    ("nl", "maximaal 3 keer", "3", 3, 3, C, "keer", None, MAX),
    ("nl", "ten minste 12 leerlingen", "12", 12, 12, C, "leerlingen", None, MIN),
    ("nl", "Daar werken duizenden jongeren dagelijks online.", "duizenden", 2000, 9999, C, "jongeren", None, AP),
    ("nl", "honderden miljoenen mensen", "honderden miljoenen", 2e8, 999999999, C, "mensen", None, AP),
    ("nl", "tienduizenden mensen", "tienduizenden", 20000, 99999, C, "mensen", None, AP),
    ("nl", "er zijn miljoenen mensen nodig", "miljoenen", 2e6, 9999999, C, "mensen", None, AP),
    ("nl", "5 mld mensen", "5 mld", 5e9, 5e9, C, "mensen", None, EX),
    ("nl", "3 biljoen", "3 biljoen", 3e12, 3e12, C, None, None, EX),
    ("nl", "30 duizend bezoekers", "30 duizend", 30000, 30000, C, "bezoekers", None, EX),
    # scale suffixes in any case (SPEC §3)
    ("en", "The app has 1.2M users.", "1.2M", 1.2e6, 1.2e6, C, "users", None, EX),
    ("en", "The channel passed 100K subscribers.", "100K", 1e5, 1e5, C, "subscribers", None, EX),
    ("en", "It handles 3B messages a day.", "3B", 3e9, 3e9, C, "messages", "day", EX),
    ("en", "its board drew 250k applicants", "250k", 2.5e5, 2.5e5, C, "applicants", None, EX),
    ("en", "The deal is worth 10 bln yuan.", "10 bln yuan", 1e10, 1e10, M, "CNY", None, EX),
    ("en", "either 10 bln or 10 tln", "10 tln", 1e13, 1e13, C, None, None, EX),
    ("en", "2mil people", "2mil", 2e6, 2e6, C, "people", None, EX),
    ("nl", "Het bedrijf haalde 3 mln. euro op.", "3 mln. euro", 3e6, 3e6, M, "EUR", None, EX),
    ("nl", "Het platform heeft 1,2 mld. gebruikers.", "1,2 mld.", 1.2e9, 1.2e9, C, "gebruikers", None, EX),
    ("en", "2 millions", "2 millions", 2e6, 2e6, C, None, None, EX),
    # a decimal point with no digit before it
    ("en", "a rise of .5%", ".5%", 0.5, 0.5, "percent", "%", None, EX),
    ("en", ".23 of it", ".23", 0.23, 0.23, C, None, None, EX),
    ("nl", "het is ,77 van het totaal", ",77", 0.77, 0.77, C, None, None, EX),
]
# Numbers glued to letters or signs, or strung by separators: (lang, text, a string no figure may overlap)
GLUED = [
    ("en", "In the 1990s it began.", "1990s"),
    ("en", "Due 20/11/2023 at the latest.", "20/11/2023"),
    ("en", "It starts at 15:30 sharp.", "15:30"),
    ("en", "The 3rd time was better.", "3rd"),
    ("en", "the 21st century", "21st"),
    ("en", "GPT-4 ran on H100 chips.", "GPT-4"),
    ("en", "GPT-4 ran on H100 chips.", "H100"),
    ("en", "during COVID-19 lockdowns", "COVID-19"),
    ("en", "a B2B platform", "B2B"),
    ("en", "a 4K video", "4K"),
    ("en", "5G networks and 3D printing", "5G"),
    ("en", "It grew 3-fold", "3"),
    ("nl", "Het groeide 3-voudig", "3"),
    ("en", "a 100-GPU cluster", "100"),
    ("en", "in a 3-to-1 vote", "3-to-1"),
    ("en", "a 9-to-5 job", "9-to-5"),
    ("en", "a 2023-era policy", "2023"),
    ("en", "COVID-19-related layoffs", "19"),
    ("en", "a GPT-4-based tool", "4"),
    ("en", "The show starts at 6-am sharp.", "6"),
    ("en", "24/7 support", "24/7"),
    ("en", "Call +31 50 363 9111 now.", "+31 50 363 9111"),
    ("en", "Call 050 363 9111 now.", "050 363 9111"),
    ("en", "a list like 1,1,1,1,1 here", "1,1,1,1,1"),
    ("en", "GPT-3.5 and gpt-4o", "3.5"),
    ("en", "an A100 GPU", "A100"),
    ("en", "the ViT-B/32 image model", "B/32"),  # a model's code after a capital and a slash
    ("en", "CLIP ViT-L/14 weights", "L/14"),
    ("en", "Call +1 555 123 4567 today", "555 123 4567"),
    ("en", "Ratio 1:4 and score 3-1", "1:4"),
    ("en", "version 1.2.3 was released", "1.2.3"),
    ("en", "#1 on the list", "1"),
    ("nl", "Laatst gewijzigd:08 november 2023 16:56", "16:56"),
    ("nl", "de 30ste plaats", "30ste"),
    ("nl", "voor de 1e keer", "1e"),
    ("nl", "de jaren '90 waren anders", "90"),
    ("nl", "in de jaren negentig begon het", "negentig"),  # a decade, written out or in digits, is a date
    ("nl", "in de jaren 90 begon het", "90"),
    ("nl", "sinds de jaren 2010 groeit het", "2010"),
    ("en", "1m isn't a number.", "1m"),  # a metre, or nothing counted
    ("en", "The final 100m of the route is unpaved.", "100m"),  # a length: "the route" is no plural
    ("en", "They laid 300m of cable.", "300m"),
    ("en", "They laid between 100m and 400m of cable.", "100m and 400m"),  # a range that measures a thing
    ("en", "Between 2m and 3m of snow fell.", "2m"),
    # Review (helper-262): a metre after "at" or a bound, or before a word of size.
    ("en", "In the Philippines, floodwater stood at 2m in parts of Cagayan de Oro last week.", "2m"),
    ("en", "The office runs its servers at 2m below street level.", "2m"),
    ("nl", "Op de Filipijnen stond het water op 2m in de wijken.", "2m"),
    ("en", "The wall is 2m tall.", "2m"),
    ("nl", "Ze werken op 2m afstand van elkaar.", "2m"),
    ("nl", "Het water stond meer dan 2m hoog.", "2m"),
    # Review (helper-265): a word of size wins over a word of counting before the number.
    ("en", "Click workers in Cagayan de Oro stood 2m apart in the queue.", "2m"),
    ("nl", "Mensen staan er 2m uit elkaar.", "2m"),
    ("nl", "De laatste 100m van de route", "100m"),
    ("en", "a 4K video", "4K"),
    ("en", "Pay rose to $2 an hour.3 Then it fell.", "3"),  # a footnote number glued after a sentence
    ("en", "Pay rose to $2 an hour.^3 Then it fell.", "3"),  # a superscript footnote (nd287-018)
    ("nl", "^2 Mijnlicht, jaarrapport, p. 31.", "2"),  # the note it marks
    ("en", "a 1080p video", "1080p"),
    ("en", "a phone with 8GB of memory", "8GB"),  # a capital symbol: a product's specification
    # Review (helper-272): an N-figure code, PIN or lead counts digits, no sum.
    ("nl", "Voer je 4-cijferige pincode in.", "4-cijferige"),
    ("en", "Enter the 4-figure code.", "4-figure"),
    ("en", "Arsenal held a 2-figure lead.", "2-figure"),
    ("en", "A four-figure PIN code.", "four-figure"),
    ("en", "Answers: 1b, 2c, 3b.", "1b"),  # an answer key's codes, one letter no scale
    ("nl", "De antwoorden: 3a en 4b.", "4b"),
]


def test_a_value_beyond_a_double_is_no_figure():
    from factlint.extract import extract

    assert extract("9" * 400 + " people", "en") == []
    assert extract("$" + "9" * 310 + " billion", "en") == []
    assert extract("1" + "0" * 305 + " million people", "en") == []


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", AMOUNTS, ids=[f"{c[0]}:{c[2]}" for c in AMOUNTS])
def test_amount_is_read_exactly(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, absent", GLUED, ids=[f"{c[0]}:{c[2]}" for c in GLUED])
def test_glued_number_is_not_a_figure(overlapping, lang, text, absent):
    assert overlapping(lang, text, absent) == []
