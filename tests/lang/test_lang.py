"""Language tables and the language detector."""

from __future__ import annotations

import pytest

from factlint.lang import LANGUAGES, STOPWORDS, detect_language, lexicon


@pytest.mark.parametrize("text, lang", [
    ("Volgens recente schattingen van de Wereldbank werken er inmiddels 100 tot wel 400 miljoen mensen.", "nl"),
    ("De Filipijnse overheid schat in dat er meer dan 2 miljoen mensen in het land betrokken zijn.", "nl"),
    ("Het werk is relatief eenvoudig en slecht betaald, vervolgt de hoogleraar.", "nl"),
    ("between 150 million and 430 million people do such work", "en"),
    ("Data labelers are often paid as little as $1.46/hour after tax.", "en"),
    ("The Democratic Republic of Congo produces over 60% of the world's cobalt.", "en"),
    ("", "en"),
    ("12 34 56", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_detect_language_on_the_seeds():
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    found = {p.name[:3]: detect_language(p.read_text(encoding="utf-8")) for p in seeds.glob("*.txt")}
    assert found == {"000": "en", "001": "nl", "002": "nl", "003": "en", "004": "en"}


def test_stopwords_per_language():
    assert {"the", "of", "and"} <= STOPWORDS["en"]
    assert {"de", "het", "een", "van"} <= STOPWORDS["nl"]
    assert "mensen" not in STOPWORDS["nl"] and "people" not in STOPWORDS["en"]


def test_words_of_the_other_language_that_are_function_words_here_are_dropped():
    nl = lexicon("nl")
    en = lexicon("en")
    assert ("over",) not in nl.qualifiers and en.qualifiers[("over",)] == "min"
    assert "ten" not in nl.number_words and en.number_words["ten"] == 10
    # Dutch figures in an English draft are still read.
    assert en.scales["miljoen"] == 1e6 and en.qualifiers[("meer", "dan")] == "min"


def test_unknown_language_reads_as_english():
    assert lexicon("fr") is lexicon("en")
    assert lexicon("NL") is lexicon("nl")


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_tables_are_well_formed(code):
    module = LANGUAGES[code]
    periods = {"hour", "day", "week", "month", "year"}
    assert set(module.period_units.values()) <= periods
    assert set(module.period_adverbs.values()) <= periods
    assert set(module.qualifiers.values()) <= {"approx", "min", "max"}
    assert all(len(code) == 3 and code.isupper() for code in module.currency_words.values())
    assert all(isinstance(p, tuple) and p for p in module.qualifiers)
    assert all(w == w.lower() for w in module.number_words)
