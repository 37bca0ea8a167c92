"""A document's lexicon (lang/lexicon.py): its language's words merged with the others'."""

from __future__ import annotations

from factlint.lang import LANGUAGES, LEXICONS, lexicon


def test_words_of_the_other_language_that_are_function_words_here_are_dropped():
    nl = lexicon("nl")
    en = lexicon("en")
    assert ("over",) not in nl.qualifiers and en.qualifiers[("over",)] == "min"
    assert "ten" not in nl.number_words and en.number_words["ten"] == 10
    # Dutch figures in an English draft are still read.
    assert en.scales["miljoen"] == 1e6 and en.qualifiers[("meer", "dan")] == "min"


def test_grammar_words_and_splitters_of_every_language_are_kept_whole():
    for lex in LEXICONS.values():
        assert lex.articles == {"a", "an", "een"}
        assert lex.linking_words == {"of", "van"}
        assert len(lex.compound_splitters) == len(LANGUAGES)
        assert lex.any_stopwords >= LANGUAGES["en"].stopwords | LANGUAGES["nl"].stopwords


def test_separators_and_time_words_are_the_documents_language_only():
    assert lexicon("en").decimal_mark == "." and lexicon("nl").decimal_mark == ","
    assert "om" in lexicon("nl").time_before and "om" not in lexicon("en").time_before
    # English "min 5 characters" is a minimum; Dutch "min 5 procent" is a sign.
    assert "min" in lexicon("nl").minus_words and "min" not in lexicon("en").minus_words


def test_a_subunit_is_the_documents_languages_cent():
    assert lexicon("en").subunit_words["cent"] == "USD" and lexicon("nl").subunit_words["cent"] == "EUR"


def test_unknown_language_reads_as_english():
    assert lexicon("fr") is lexicon("en")
    assert lexicon("NL") is lexicon("nl")
    assert lexicon("") is lexicon("en")
