"""Telling a text's language (lang/detect.py) by the stop words only one language has."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.lang import ALL_STOPWORDS, STOPWORDS, detect_language, foreign_words, language_votes, leading_language


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
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    found = {p.name[:3]: detect_language(p.read_text(encoding="utf-8")) for p in seeds.glob("*.txt")}
    assert found == {"000": "en", "001": "nl", "002": "nl", "003": "en", "004": "en"}


def test_votes_count_only_words_one_language_has():
    assert language_votes("the de het in over") == {"en": 1, "nl": 2}


@pytest.mark.parametrize("text, margin, lang", [
    ("the cat and the dog", 2, "en"),
    ("the cat and de hond", 2, None),  # 2 against 1
    ("de kat en de hond", 2, "nl"),
    ("", 1, None),
])
def test_a_language_leads_by_a_margin(text, margin, lang):
    assert leading_language(text, margin) == lang


def test_stopwords_per_language():
    assert {"the", "of", "and"} <= STOPWORDS["en"]
    assert {"de", "het", "een", "van"} <= STOPWORDS["nl"]
    assert "mensen" not in STOPWORDS["nl"] and "people" not in STOPWORDS["en"]
    assert ALL_STOPWORDS == STOPWORDS["en"] | STOPWORDS["nl"]


def test_foreign_words_mark_a_figure_written_in_another_language():
    foreign = foreign_words("en")
    assert {"miljoen", "procent", "maand", "euro"} <= foreign
    assert "week" not in foreign and "the" not in foreign and "in" not in foreign


@pytest.mark.parametrize("text, lang", [
    ("Congo produces well over half of it.", "en"),  # one English function word, no Dutch one
    ("the cat and de hond", None),  # both languages have some
    ("Congo 60%", None),  # none
])
def test_a_language_alone_leads_when_asked(text, lang):
    assert leading_language(text, 2, alone=True) == lang
