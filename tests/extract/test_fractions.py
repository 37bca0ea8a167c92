"""Fractions and proportions (extract/fractions.py): percentages per SPEC §3, and where a fraction word is none."""

from __future__ import annotations

import pytest

from factlint.extract import extract

P, C = "percent", "count"
EX, AP, MIN, MAX = "exact", "approx", "min", "max"
THIRD, TWO_THIRDS = 100 / 3, 200 / 3

# (lang, text, span, low, high, kind, unit, per, qualifier)
FRACTIONS = [
    ("en", "Three-quarters of consumers want it.", "Three-quarters", 75, 75, P, "%", None, EX),
    ("en", "Roughly two-thirds of the revenue", "two-thirds", TWO_THIRDS, TWO_THIRDS, P, "%", None, AP),
    ("en", "A third of the moderators quit.", "A third", THIRD, THIRD, P, "%", None, EX),
    ("en", "Less than a third of the moderators", "a third", THIRD, THIRD, P, "%", None, MAX),
    ("en", "More than half of the world's cobalt", "half", 50, 50, P, "%", None, MIN),
    ("en", "Of the world's cobalt, nearly a half comes from Congo.", "a half", 50, 50, P, "%", None, AP),  # qualified
    ("en", "Half of all households spend it.", "Half", 50, 50, P, "%", None, EX),
    ("en", "half the workers left", "half", 50, 50, P, "%", None, EX),
    ("en", "Nearly a quarter of the tasks", "a quarter", 25, 25, P, "%", None, AP),
    ("en", 'Congo supplies "about a quarter" of global output', "a quarter", 25, 25, P, "%", None, AP),  # quoted
    ("en", "barely a third said they cared", "a third", THIRD, THIRD, P, "%", None, AP),  # a qualifier: no ordinal
    # A restricting word before a quarter: "kwart" is no ordinal ("only a third party" is none: see the absent table).
    ("nl", "Toch noemt slechts een kwart de ervaring uitstekend.", "een kwart", 25, 25, P, "%", None, EX),
    # A change's "by" before, a function word after: a fraction ("hired by a third party" is none).
    ("en", "The amount will shrink by a third before 2030.", "a third", THIRD, THIRD, P, "%", None, EX),
    ("nl", "De lonen daalden met een derde in 2023.", "een derde", THIRD, THIRD, P, "%", None, EX),
    ("en", "three fifths of the budget", "three fifths", 60, 60, P, "%", None, EX),
    ("en", "one-eighth of the land", "one-eighth", 12.5, 12.5, P, "%", None, EX),
    ("en", "one - fourth of it", "one - fourth", 25, 25, P, "%", None, EX),
    ("en", "one twenty-fifth of the vote", "one twenty-fifth", 4, 4, P, "%", None, EX),
    ("en", "and a fifth.", "a fifth", 20, 20, P, "%", None, EX),
    ("en", "Three in four workers had no contract.", "Three in four", 75, 75, P, "%", None, EX),
    ("en", "One in five respondents", "One in five", 20, 20, P, "%", None, EX),
    ("en", "Nine out of ten clickworkers", "Nine out of ten", 90, 90, P, "%", None, EX),
    ("en", "Around 1 in 8 adults", "1 in 8", 12.5, 12.5, P, "%", None, AP),
    ("en", "8 in 10 riders", "8 in 10", 80, 80, P, "%", None, EX),
    ("en", "two out of five hundred tvs", "two out of five hundred", 0.4, 0.4, P, "%", None, EX),
    ("en", "2 in 5 or more of them", "2 in 5", 40, 40, P, "%", None, MIN),
    # a lone fraction after a relative of a plural's part
    ("nl", "27 procent doet dat, van wie een derde via een tussenpersoon.", "een derde", THIRD, THIRD, P, "%", None, EX),
    ("en", "Some 400 firms replied, of whom a third work through an agency.", "a third", THIRD, THIRD, P, "%", None, EX),
    # a noun of what is counted between, at the clause's end
    ("en", "Even the best app mislabelled one photo in twelve.", "one photo in twelve", 100 / 12, 100 / 12, P, "%",
     None, EX),
    ("nl", "Drie werkers op de tien, zegt het onderzoek.", "Drie werkers op de tien", 30, 30, P, "%", None, EX),
    ("nl", "Driekwart van de klikwerkers", "Driekwart", 75, 75, P, "%", None, EX),
    ("nl", "Bijna driekwart van de flexwerkers", "driekwart", 75, 75, P, "%", None, AP),
    ("nl", "Een derde van de huishoudens", "Een derde", THIRD, THIRD, P, "%", None, EX),
    ("nl", "Een vijftiende van de mijnwerkers is kind", "Een vijftiende", 100 / 15, 100 / 15, P, "%", None, EX),
    ("nl", "amper een derde zei ja", "een derde", THIRD, THIRD, P, "%", None, AP),
    ("nl", "nog geen kwart van de klikwerkers", "kwart", 25, 25, P, "%", None, MAX),  # the qualifier for the article
    ("nl", "Twee derde van de datawerkers", "Twee derde", TWO_THIRDS, TWO_THIRDS, P, "%", None, EX),
    ("nl", "Meer dan de helft van het kobalt", "de helft", 50, 50, P, "%", None, MIN),
    ("nl", "Ruim de helft van de bezorgers", "de helft", 50, 50, P, "%", None, MIN),
    ("nl", "De helft van de omzet", "De helft", 50, 50, P, "%", None, EX),
    ("nl", "Bijna helft Nederlanders weet niet wie AI traint", "helft", 50, 50, P, "%", None, AP),  # a headline's
    ("nl", "Helft van de klikwerkers stopt binnen een jaar", "Helft", 50, 50, P, "%", None, EX),  # bare "helft"
    ("nl", "een vijfentwintigste", "een vijfentwintigste", 4, 4, P, "%", None, EX),
    ("nl", "drie achtsten van het land", "drie achtsten", 37.5, 37.5, P, "%", None, EX),
    ("nl", "Eén op de vijf werkers", "Eén op de vijf", 20, 20, P, "%", None, EX),
    # A noun of how often between the part and the whole: "ninety-nine times out of a hundred".
    ("en", "right ninety-nine times out of a hundred, he says", "ninety-nine times out of a hundred", 99, 99, P, "%",
     None, EX),
    ("nl", "het heeft het negen keer op de tien goed", "negen keer op de tien", 90, 90, P, "%", None, EX),
    ("nl", "Twee op de drie Nederlanders", "Twee op de drie", TWO_THIRDS, TWO_THIRDS, P, "%", None, EX),
    ("nl", "heeft 1 op de 4 jongeren een bijbaan", "1 op de 4", 25, 25, P, "%", None, EX),
    ("nl", "1 van de 3", "1 van de 3", THIRD, THIRD, P, "%", None, EX),
    ("nl", "1 uit drie", "1 uit drie", THIRD, THIRD, P, "%", None, EX),
]
# A fraction word that is an ordinal, a period or a measure of time: (lang, text, a string no figure may overlap)
NOT_FRACTIONS = [
    ("nl", "Madagaskar was een van de vier landen die hij onderzocht.", "een van de"),  # one of them, no share
    ("en", "They hired a third party to moderate.", "a third"),
    ("en", "It was hired by a third party.", "a third"),
    ("en", "Only a third party can audit it.", "a third"),  # a restricting word before an ordinal
    ("en", "A third said they cared.", "A third"),  # with nothing to tell it from "a third man said …"
    ("nl", "Het is ruim kwart over drie.", "kwart"),  # a time, qualified
    ("nl", "Hij graaft hier sinds zijn vijftiende.", "vijftiende"),  # an ordinal whole, not "vijf" "tiende"
    ("nl", "Het is zijn zeventiende jaar in de mijn.", "zeventiende"),
    ("en", "It took a quarter of an hour.", "quarter"),
    ("en", 'It took "a quarter" of an hour.', "quarter"),
    ("en", "It took less than quarter of an hour.", "quarter"),
    ("en", "It is the third quarter of the year.", "third quarter"),
    ("en", "She waited half an hour.", "half"),
    ("en", "Output rose 9 per cent in the first half, according to Ridgeback.", "half"),  # a part of a period
    ("en", "We crossed $2.2m in annualised revenue this half.", "half"),  # (nd340-011)
    ("en", "We expect to hire again next half.", "half"),
    ("en", "in the second half of 2023 prices fell", "half"),
    ("en", "It was profitable for three quarters in a row.", "three quarters"),
    ("en", "a quarter hour later", "a quarter"),
    ("en", "the fifth year running", "fifth"),
    ("en", "He arrived at half past nine.", "half"),
    ("nl", "voor een derde keer", "een derde"),
    ("nl", "een half uur wachten", "een half"),
    ("nl", "Het gebeurt om kwart over drie.", "kwart"),
    # Bare, "helft" follows a word only as a noun of its own: a part of a period, the other half.
    ("nl", "In de eerste helft van dit jaar sloten 420 nieuwe leden aan.", "helft"),
    ("nl", "De andere helft wacht nog op betaling.", "helft"),
    # Half of one thing is no share of a whole: a half-time job, half a century.
    ("nl", "Ze heeft een halve baan als datawerker.", "een halve"),
    ("en", "He kept a half share in the firm.", "a half"),
    ("nl", "Een halve eeuw later was er niets over.", "Een halve"),
    ("nl", "Ruim een halve wereld verder labelt Joy foto's.", "een halve"),
    ("en", "They arrested 30 in 10 cities.", "30 in 10"),  # more than all: not a proportion
    ("en", "It happened 5 in 2023.", "5 in 2023"),
]


@pytest.mark.parametrize("lang, text, span, low, high, kind, unit, per, qualifier", FRACTIONS, ids=[f"{c[0]}:{c[2]}" for c in FRACTIONS])
def test_fraction_is_a_percentage(read_exactly, lang, text, span, low, high, kind, unit, per, qualifier):
    read_exactly(lang, text, span, low, high, kind, unit, per, qualifier)


@pytest.mark.parametrize("lang, text, absent", NOT_FRACTIONS, ids=[f"{c[0]}:{c[1]}" for c in NOT_FRACTIONS])
def test_a_fraction_word_that_is_no_fraction(lang, text, absent):
    start = text.index(absent)
    overlapping = [f for f in extract(text, lang) if f.start < start + len(absent) and start < f.end]
    assert all(f.kind != P for f in overlapping)


def test_two_thirds_is_exact():
    assert extract("two-thirds of it")[0].low == 200 / 3 == 66.66666666666667


def test_a_proportion_of_nothing_is_no_figure():
    assert all(f.kind != P for f in extract("scored 1 in 0 attempts"))


@pytest.mark.parametrize("lang, text", [
    ("nl", "in de nacht van 3 op 4 november"),  # a night, not 75%
    ("nl", "een 1 op 1 gesprek"),  # a part is smaller than the whole
    ("en", "10 out of 10 dentists"),
    # ... and no period after its whole, in the singular or the plural: a count over time.
    ("en", "It happened 5 in 10 years."),
    ("en", "It rose 3 times in 5 years."),
    ("nl", "Het gebeurde 3 keer in 5 jaren."),
    # ... and with a noun between, nothing after its whole: "in ten cities" counts cities
    ("en", "Nine workers in ten cities earn less."),
    ("en", "Nine workers in ten earn less than the rest."),
])
def test_a_proportion_needs_a_part_and_a_whole(lang, text):
    assert all(f.kind != P for f in extract(text, lang))


@pytest.mark.parametrize("lang, text, step", [
    # A proportion is written to one part in its whole, as a fraction is: "three in four" to the nearest quarter.
    ("en", "three in four shoppers", 25.0),
    ("en", "three-quarters of shoppers", 25.0),
    ("nl", "8 op de 10 klanten", 10.0),
    ("nl", "99 op de 100 keer", 1.0),
])
def test_a_proportion_s_precision_is_one_part_of_its_whole(lang, text, step):
    assert extract(text, lang)[0].step == step


@pytest.mark.parametrize("lang, text, span, value, kind, unit", [
    # A fraction of a currency or of a percent is that much of one: half a dollar is $0.50, not 50%.
    ("en", "Workers were paid half a dollar per task.", "half a dollar", 0.5, "money", "USD"),
    ("en", "It cost three quarters of a dollar.", "three quarters of a dollar", 0.75, "money", "USD"),
    ("nl", "Ze kregen een halve euro per taak.", "een halve euro", 0.5, "money", "EUR"),
    ("en", "Wages rose a half percent last year.", "a half percent", 0.5, "percent", "%"),
    ("en", "Prices fell by a quarter of a percent.", "a quarter of a percent", 0.25, "percent", "%"),
    ("nl", "Het loon steeg met een half procent.", "een half procent", 0.5, "percent", "%"),
    ("nl", "De rente daalde driekwart procent.", "driekwart procent", 0.75, "percent", "%"),
])
def test_a_fraction_of_one_unit_is_that_much_of_it(lang, text, span, value, kind, unit):
    assert [(f.text, f.low, f.high, f.kind, f.unit) for f in extract(text, lang)] == [(span, value, value, kind, unit)]


@pytest.mark.parametrize("text", [
    "The last half of the workers quit.",  # an ordinal's half of people is a share of them, no part of a period
    "The first half of the 400 workers were paid.",
])
def test_an_ordinal_s_half_of_people_is_a_share(text):
    assert [(f.text, f.low) for f in extract(text, "en")][:1] == [("half", 50.0)]
