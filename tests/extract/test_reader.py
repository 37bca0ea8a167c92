"""The reader (extract/reader.py): figures assembled in order, qualifiers, and when a written number is one."""

from __future__ import annotations

import dataclasses

import pytest

from factlint.extract import extract
from factlint.extract.reader import Reader
from factlint.lang import lexicon

# A written number alone needs a scale, a percent, a currency or (2 and up) a counted noun; "one" and "een"
# need a scale, percent or currency; a qualifier that starts with a number word is none.
# (lang, text, a string no figure may overlap)
WRITTEN_NOT_FIGURES = [
    ("en", "One of the primary applications of cobalt", "One"),
    ("en", "As one Reddit user pointed out", "one"),
    ("nl", "Het probleem is ten minste duidelijk", "ten"),
    ("nl", "Dit kan maar op één manier", "één"),
]


@pytest.mark.parametrize("lang, text, absent", WRITTEN_NOT_FIGURES, ids=[f"{c[0]}:{c[2]}" for c in WRITTEN_NOT_FIGURES])
def test_written_number_that_is_not_a_figure(overlapping, lang, text, absent):
    assert overlapping(lang, text, absent) == []


@pytest.mark.parametrize("lang, text, span", [
    ("en", "Four of them could not tell us where their labellers were.", "Four"),
    ("nl", "Vijf van hen hadden nooit van klikwerk gehoord.", "Vijf"),
    ("en", "two of the workers", "two"),
])
def test_a_written_number_that_counts_a_part_of_a_plural(lang, text, span):
    assert span in [f.text for f in extract(text, lang)]


# A written number with nothing counted after it counts something where a label, a cell, a list it heads, a word that
# picks it out or Dutch "er" says so; elsewhere ("at seven", a clock time) it is none.
STANDS_FOR_A_NOUN = [
    ("en", "Of the 40 suppliers we asked, only seven would say what they pay.", "seven"),
    ("en", "In a seminar of 22 students, just five had heard of click work.", "five"),
    ("en", "**How many countries?** Four: Venezuela, Madagascar, Brazil and France.", "Four"),
    ("en", "- Nine: the images in a reCAPTCHA grid", "Nine"),
    ("en", "His research covers four — Venezuela, Madagascar, Brazil and France.", "four"),
    ("nl", "- Landen in het onderzoek: vier", "vier"),
    ("nl", "Nee, in vier: Venezuela, Madagaskar, Brazilië en Frankrijk.", "vier"),
    ("nl", "Het werkgroepje interviewde er vijf via videobellen.", "vijf"),
    ("nl", "Van de veertig klikwerkers kwamen er slechts negen.", "negen"),
    ("nl", "Vorig jaar waren het er nog geen dertig.", "dertig"),  # "er", then a qualifier
    ("en", "Only a few weeks ago there were fewer than thirty.", None),  # no clitic: nothing counted
    ("en", "| Countries studied | four |", "four"),
    ("en", "four", "four"),  # a table's cell read on its own
    # An extreme seen ("as young as", "as many as"), not a bound (nd327-003).
    ("en", "Cobalt is hand-dug by kids as young as six, and every battery holds some.", "six"),
    ("en", "Some days they read as many as nine, she said.", "nine"),
]
NOTHING_COUNTED = [
    ("en", "Every morning at seven, she logs on to the platform.", "seven"),
    ("en", "The two met again on Friday.", "two"),
    ("en", "Only one would say what they pay.", "one"),
    ("nl", "Het is acht uur en de uitzending begint.", "acht"),
    ("en", "The meeting starts at nine: bring your laptop.", "nine"),
]


@pytest.mark.parametrize("lang, text, span", STANDS_FOR_A_NOUN, ids=[c[1][:30] for c in STANDS_FOR_A_NOUN])
def test_a_written_number_that_stands_for_what_it_counts(lang, text, span):
    if span is None:
        assert extract(text, lang) == []
    else:
        assert [(f.text, f.kind, f.unit) for f in extract(text, lang) if f.text == span] == [(span, "count", None)]


# A written number said per period counts something: "Sixty a week", "twee per dag".
PER_PERIOD = [
    ("en", "Sixty a week, some weeks.", "Sixty a week", "week"),
    ("en", "She reads about three hundred a day.", "three hundred a day", "day"),
    ("nl", "Ik doe er zo'n veertig per dag.", "veertig per dag", "day"),
]


@pytest.mark.parametrize("lang, text, span, per", PER_PERIOD, ids=[c[1][:30] for c in PER_PERIOD])
def test_a_written_number_said_per_period_is_a_rate(lang, text, span, per):
    assert [(f.text, f.kind, f.per) for f in extract(text, lang)] == [(span, "count", per)]


@pytest.mark.parametrize("text", ["They got a dollar forty-six an hour.", "It was two fifty an hour."])
def test_the_cents_of_a_spoken_price_count_nothing_per_period(text):
    assert not [f for f in extract(text) if f.kind == "count" and f.per == "hour"]


@pytest.mark.parametrize("lang, text, absent", NOTHING_COUNTED, ids=[c[1][:30] for c in NOTHING_COUNTED])
def test_a_written_number_that_counts_nothing(overlapping, lang, text, absent):
    assert overlapping(lang, text, absent) == []


def test_figures_come_back_in_order_without_overlap():
    text = "Kenyan workers were paid less than $2 per hour to read 150 text passages a day; 77% of them quit."
    figures = extract(text)
    assert [f.text for f in figures] == ["$2 per hour", "150", "77%"]
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:]))


def test_the_qualifier_is_not_part_of_the_span():
    figure = extract("paid as little as $1.46/hour after tax")[0]
    assert (figure.text, figure.qualifier) == ("$1.46/hour", "min")


def test_over_is_a_qualifier_in_english_but_not_in_dutch():
    assert extract("over 60 mensen", "en")[0].qualifier == "min"
    assert extract("een artikel over 60 mensen", "nl")[0].qualifier == "exact"


@pytest.mark.parametrize("text, qualifier", [
    ("10,000+ people joined", "min"),
    ("500 or more workers", "min"),
    ("50 of minder deelnemers", "max"),
    ("about 10,000+ people", "approx"),  # a qualifier before the figure wins
    ("| Philippine click workers | 2m+ | the article |", "min"),  # millions by the bound, in a cell of its own
])
def test_a_bound_after_the_figure(text, qualifier):
    assert extract(text, "nl" if "deelnemers" in text else "en")[0].qualifier == qualifier


def test_empty_and_numberless_text():
    assert extract("") == []
    assert extract("No numbers here at all.", "nl") == []


def test_an_unknown_language_reads_as_english():
    assert extract("1,500 people", "fr") == extract("1,500 people", "en")


def test_a_lexicon_built_apart_is_read_with_its_own_tables():
    lex = dataclasses.replace(lexicon("en"), scales={"zillion": 1e15})
    text = "two zillion people"
    assert [f.low for f in Reader(text, 0, len(text), lex).read()] == [2e15]
