"""The Language objects (lang/en.py, lang/nl.py) and the one registry (lang/languages.py): every field, consistent."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pytest

from factlint.extract.currencies import CODES
from factlint.lang import DEFAULT, LANGUAGES, Language, lexicon
from factlint.lang.language import no_compounds

LANGS = sorted(LANGUAGES)
PERIODS = {"hour", "day", "week", "month", "quarter", "year"}


def test_the_registry_lists_each_language_under_its_code():
    assert DEFAULT in LANGUAGES
    assert all(isinstance(lang, Language) and lang.code == code for code, lang in LANGUAGES.items())


@pytest.mark.parametrize("code", LANGS)
def test_every_field_is_filled_with_its_kind_of_table(code):
    lang = LANGUAGES[code]
    for field in dataclasses.fields(Language):
        value = getattr(lang, field.name)
        assert value is not None, field.name
        kind = field.type
        if kind.startswith("Mapping"):
            assert isinstance(value, Mapping), field.name
        elif kind in ("Phrase", "tuple[Phrase, ...]"):
            assert isinstance(value, tuple), field.name
        elif kind == "frozenset[str]":
            assert isinstance(value, frozenset) and value, field.name
        elif kind == "str":
            assert isinstance(value, str), field.name
        elif kind == "bool":
            assert isinstance(value, bool), field.name
        else:
            assert callable(value), field.name


@pytest.mark.parametrize("code", LANGS)
def test_tables_are_read_only(code):
    with pytest.raises(TypeError):
        LANGUAGES[code].number_words["zillion"] = 1e15  # type: ignore[index]


@pytest.mark.parametrize("code", LANGS)
def test_words_are_lower_case(code):
    lang = LANGUAGES[code]
    for field in dataclasses.fields(Language):
        value = getattr(lang, field.name)
        if field.type in ("Phrase", "frozenset[str]") or field.type.startswith("Mapping[str"):
            assert all(w == w.lower() for w in value), field.name
        elif field.type == "tuple[Phrase, ...]" or field.type.startswith("Mapping[Phrase"):
            assert all(p and all(w == w.lower() for w in p) for p in value), field.name


@pytest.mark.parametrize("code", LANGS)
def test_values_are_what_a_figure_can_hold(code):
    lang = LANGUAGES[code]
    assert set(lang.period_units.values()) <= PERIODS
    assert set(lang.period_adverbs.values()) <= PERIODS
    assert set(lang.qualifiers.values()) <= {"approx", "min", "max"}
    assert set(lang.trailing_qualifiers.values()) <= {"approx", "min", "max"}
    assert set(lang.currency_words.values()) | set(lang.dollar_adjectives.values()) <= CODES
    assert set(lang.currency_phrases.values()) | set(lang.subunit_words.values()) | set(lang.subunit_suffixes.values()) <= CODES
    assert set(lang.period_abbreviations.values()) <= PERIODS
    assert all(isinstance(v, (int, float)) and v >= 0 for v in lang.number_words.values())
    assert all(v >= 2 for v in lang.fraction_words.values())
    assert all(0 < v <= 1 for v in lang.lone_fractions.values())
    assert lang.decimal_mark in (".", ",")


@pytest.mark.parametrize("code", LANGS)
def test_tables_agree_with_each_other(code):
    lang = LANGUAGES[code]
    assert set(lang.not_anchors) <= set(lang.number_words)
    assert set(lang.capitalised_months) <= set(lang.months)
    assert lang.sentence_final <= lang.abbreviations
    # A word that starts a clause anywhere starts one after a comma too.
    assert set(lang.clause_subordinators) <= set(lang.clause_conjunctions)
    assert set(lang.range_opener_fillers) <= lang.stopwords
    # A word that is a number alone is a scale; a fraction word is no number word.
    assert set(lang.lone_scales) <= set(lang.scales)
    assert not set(lang.fraction_words) & set(lang.number_words)
    assert all(phrase[-1] in lang.fraction_words for phrase in lang.lone_fractions)
    assert not set(lang.scales) & set(lang.number_words)
    assert lang.compound_ending == "" or re.compile(lang.compound_ending)
    # A language with glued compounds needs a way to find them, and the other way round.
    assert (lang.compound_ending == "") == (lang.vague_compound is no_compounds)


# Each language's splitter reads its own compounds (with a document's lexicon, which holds every language's words).
@pytest.mark.parametrize("code, word, value", [
    ("en", "forty-two", 42),
    ("en", "twenty-one", 21),
    ("en", "forty-ten", None),
    ("en", "fortytwo", None),
    ("nl", "vijfentwintig", 25),
    ("nl", "tweeëntwintig", 22),
    ("nl", "tweehonderd", 200),
    ("nl", "honderdvijftig", 150),
    ("nl", "driehonderdvijfentwintig", 325),
    ("nl", "tweeduizend", 2000),
    ("nl", "duizenden", None),
    ("nl", "vijf-en-twintig", 25),  # the older spelling
    ("nl", "honderdtien", 110),
    ("nl", "negenhonderdzestien", 916),
    ("nl", "twaalfduizend", 12000),
    ("nl", "honderdenzes", 106),
    ("nl", "vijftienhonderd", 1500),
    ("nl", "tweeëntwintighonderd", 2200),
    ("nl", "vijfentwintighonderdzevenenzeventig", 2577),
    ("nl", "drieduizendnegenhonderdvijfenzestig", 3965),
    ("nl", "tweeënhalf", 2.5),
    ("nl", "honderden", None),  # a vague plural
])
def test_compound_splitter(code, word, value):
    assert LANGUAGES[code].compound_value(word, lexicon(code)) == value


@pytest.mark.parametrize("code, word, base", [
    ("nl", "tienduizenden", 1e4),
    ("nl", "honderdduizenden", 1e5),
    ("nl", "eenduizenden", None),  # "een" is the article
    ("en", "tenthousands", None),
])
def test_vague_compound_splitter(code, word, base):
    assert LANGUAGES[code].vague_compound(word, lexicon(code)) == base


@pytest.mark.parametrize("code, word, following, modifies", [
    ("en", "text", "passages", True),
    ("en", "workers", "passages", False),
    ("nl", "keniaanse", "arbeiders", True),
    ("nl", "arbeiders", "keniaanse", False),
])
def test_a_word_that_modifies_the_noun_after_it(code, word, following, modifies):
    assert LANGUAGES[code].modifies(word, following) is modifies
