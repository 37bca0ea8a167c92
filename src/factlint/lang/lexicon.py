"""One read-only lexicon per document language: its own words merged with every other language's.

A document in one language often quotes figures in another ("twee miljoen" in an English draft),
so each lexicon holds every language's words, minus the other languages' words that are ordinary
function words here: English "over" (a qualifier) is dropped for Dutch, where "over" means
"about a topic"; English "ten" is dropped for Dutch ("ten minste"). Grammar words (articles, "and",
"of") and the compound splitters of every language are kept whole. Separators, the words a time
follows ("at 15.30") and the words for a minus ("min 5 procent"; English "min 5" is a minimum) are the
document's language's only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from factlint.lang.language import Phrase, Splitter
from factlint.lang.languages import DEFAULT, LANGUAGES


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word table the extractor reads, for one document language."""

    code: str
    decimal_mark: str
    number_words: Mapping[str, float]
    one_words: frozenset[str]
    hundred_words: frozenset[str]
    scales: Mapping[str, float]
    scale_suffixes: Mapping[str, float]
    plural_scales: Mapping[str, float]
    half_words: frozenset[str]
    lone_scales: frozenset[str]
    n_figure_words: frozenset[str]
    n_figure_nouns: frozenset[str]
    articles: frozenset[str]
    and_words: frozenset[str]
    linking_words: frozenset[str]
    partitive_words: frozenset[str]
    hyphen_multipliers: frozenset[str]
    approximate_endings: frozenset[str]
    hyphen_counts: frozenset[str]
    hyphen_sizes: frozenset[str]
    duration_units: frozenset[str]
    lettered_words: frozenset[str]
    in_words: frozenset[str]
    part_ordinals: frozenset[str]
    position_words: frozenset[str]
    text_parts: frozenset[str]
    n_figure_leads: frozenset[str]
    n_figure_digit_nouns: frozenset[str]
    partitive_pronouns: frozenset[str]
    partitive_relatives: frozenset[str]  # "of whom", "waarvan": "of whom a third work …" is a share
    restricting_words: frozenset[str]
    partitive_clitics: frozenset[str]
    plural_endings: frozenset[str]
    irregular_plurals: frozenset[str]
    count_leads: frozenset[str]
    dimension_words: frozenset[str]
    portion_nouns: frozenset[str]
    count_adjectives: frozenset[str]  # "other": "twenty other sources" counts sources
    compound_splitters: tuple[Splitter, ...]
    vague_splitters: tuple[Splitter, ...]
    minus_words: frozenset[str]
    fraction_words: Mapping[str, float]
    ordinal_endings: tuple[str, ...]
    lone_fractions: Mapping[Phrase, float]
    proportion_words: tuple[Phrase, ...]
    membership_words: frozenset[Phrase]
    few_words: tuple[Phrase, ...]
    currency_words: Mapping[str, str]
    dollar_adjectives: Mapping[str, str]
    currency_phrases: Mapping[Phrase, str]
    subunit_words: Mapping[str, str]
    subunit_suffixes: Mapping[str, str]
    percent_phrases: tuple[Phrase, ...]
    percent_suffixes: frozenset[str]
    period_units: Mapping[str, str]
    period_leads: frozenset[str]
    period_adverbs: Mapping[str, str]
    period_abbreviations: Mapping[Phrase, str]
    qualifiers: Mapping[Phrase, str]
    trailing_qualifiers: Mapping[Phrase, str]
    extreme_qualifiers: frozenset[Phrase]  # "as young as": a written number after one is a figure alone
    range_openers: Mapping[str, Phrase]
    range_opener_fillers: frozenset[str]
    range_words: tuple[Phrase, ...]
    months: frozenset[str]
    capitalised_months: frozenset[str]
    decade_suffixes: frozenset[str]
    section_words: frozenset[str]
    week_words: frozenset[str]
    week_leads: frozenset[str]
    lesson_words: frozenset[str]
    year_qualifiers: frozenset[str]
    class_words: frozenset[str]
    update_words: frozenset[str]
    identifier_words: frozenset[str]
    identifier_copulas: frozenset[str]
    numbered_words: frozenset[str]
    clock_halves: frozenset[str]
    clock_quarters: frozenset[str]  # "kwart", "quarter": "kwart over zes" is a time
    clock_sides: frozenset[str]  # "over", "voor", "past", "to"
    definite_articles: frozenset[str]
    time_before: frozenset[str]
    time_after: frozenset[str]
    ago_words: frozenset[str]
    mark_words: frozenset[str]
    clock_words: frozenset[str]
    bulletin_words: frozenset[str]
    version_words: frozenset[str]
    modifier_rules: tuple[Callable[[str, str], bool], ...]
    any_stopwords: frozenset[str]  # every language's: a counted noun is none of these
    change_leads: frozenset[str]  # "by", "met": "shrink by a third before 2030" is a fraction
    frequency_nouns: frozenset[str]  # "times", "keer": "ninety-nine times out of a hundred" is a proportion
    decade_leads: frozenset[str]  # "jaren": "de jaren negentig" is a decade, a date
    decimal_words: frozenset[str]  # "point", "komma": "one point four six dollars"
    decimal_idiom_leads: frozenset[str]  # "at": "at one point two million people" is no 1.2 million
    verb_leads: frozenset[str]  # "not": in "did not answer three requests" a section's word is a verb
    subject_pronouns: frozenset[str]  # "we": in "In werkcollege 5 bespraken we …" the word between is a verb
    duration_leads: frozenset[str]  # "voor": "voor 24 uur per week" is a duration, "om 9 uur per dag" a time
    connectives: frozenset[tuple[str, ...]]  # "for example": "for example 3 workers" is no example's number


# How each table is merged (the module docstring says why); the rest are built in build().
_MERGED_MAPS = ("number_words", "scales", "scale_suffixes", "plural_scales", "currency_words", "dollar_adjectives",
                "currency_phrases", "subunit_words", "subunit_suffixes", "fraction_words", "lone_fractions",
                "period_units", "period_adverbs", "period_abbreviations", "qualifiers", "trailing_qualifiers",
                "range_openers")
_MERGED_SETS = ("one_words", "hundred_words", "half_words", "lone_scales", "period_leads", "months",
                "percent_suffixes", "section_words", "week_words", "week_leads", "lesson_words", "year_qualifiers", "update_words", "identifier_words", "identifier_copulas", "numbered_words", "time_after", "version_words", "ago_words",
                "position_words", "text_parts",
                "mark_words", "extreme_qualifiers")
_WHOLE = ("n_figure_words", "n_figure_nouns", "articles", "and_words", "linking_words", "range_opener_fillers",
          "decade_suffixes", "clock_words", "bulletin_words", "partitive_words", "partitive_pronouns", "partitive_relatives",
          "restricting_words", "partitive_clitics", "hyphen_multipliers", "approximate_endings", "hyphen_counts", "hyphen_sizes", "duration_units", "lettered_words",
          "in_words", "part_ordinals", "n_figure_leads", "n_figure_digit_nouns", "plural_endings", "irregular_plurals", "count_leads", "dimension_words", "change_leads", "portion_nouns", "count_adjectives", "definite_articles", "clock_halves", "clock_quarters", "clock_sides",
          "frequency_nouns", "decade_leads", "decimal_words",
          "decimal_idiom_leads", "verb_leads")


def _first(key) -> str:
    return key[0] if isinstance(key, tuple) else key


def build(code: str) -> Lexicon:
    """The lexicon of documents in language `code`."""
    own = LANGUAGES[code]
    others = [lang for lang in LANGUAGES.values() if lang is not own]
    stop = own.stopwords
    every = LANGUAGES.values()

    def merged_map(table: str) -> Mapping:
        """The others' entries (less those that start with a stop word here), then this language's."""
        merged = {}
        for other in others:
            merged.update((k, v) for k, v in getattr(other, table).items() if _first(k) not in stop)
        merged.update(getattr(own, table))
        return MappingProxyType(merged)

    def merged_set(table: str) -> frozenset:
        kept = ((k for k in getattr(other, table) if _first(k) not in stop) for other in others)
        return frozenset(getattr(own, table)).union(*kept)

    def whole(table: str) -> frozenset:
        return frozenset().union(*(getattr(lang, table) for lang in every))

    tables = {name: merged_map(name) for name in _MERGED_MAPS}
    tables.update({name: merged_set(name) for name in _MERGED_SETS})
    tables.update({name: whole(name) for name in _WHOLE})
    return Lexicon(
        code=code,
        decimal_mark=own.decimal_mark,
        time_before=frozenset(own.time_before),
        subject_pronouns=frozenset(own.subject_pronouns),
        duration_leads=frozenset(own.duration_leads),
        connectives=frozenset(own.connectives),
        # English "min 5 characters" is a minimum, Dutch "min 5 procent" a sign: the document's language only.
        minus_words=frozenset(own.minus_words),
        # English "may 5" and "dec 3" are no dates in lower case; Dutch writes "3 dec 2024": the document's language only.
        capitalised_months=frozenset(own.capitalised_months),
        # Dutch "4 havo" is a class; English "2 gymnasium halls" a count: the document's language only.
        class_words=frozenset(own.class_words),
        # Longest first: "sten" before "ste".
        ordinal_endings=tuple(sorted(whole("ordinal_endings"), key=len, reverse=True)),
        proportion_words=tuple(sorted(merged_set("proportion_words"), key=len, reverse=True)),
        membership_words=frozenset(merged_set("membership_words")),
        few_words=tuple(sorted(merged_set("few_words"), key=len, reverse=True)),
        # Longest first: a phrase is looked up among those that start with the same word.
        percent_phrases=tuple(sorted(whole("percent_phrases"), key=len, reverse=True)),
        range_words=tuple(sorted(merged_set("range_words"), key=len, reverse=True)),
        compound_splitters=tuple(lang.compound_value for lang in every),
        vague_splitters=tuple(lang.vague_compound for lang in every),
        modifier_rules=tuple(lang.modifies for lang in every),
        any_stopwords=whole("stopwords"),
        **tables,
    )


LEXICONS: Mapping[str, Lexicon] = MappingProxyType({code: build(code) for code in LANGUAGES})


def lexicon(lang: str) -> Lexicon:
    """The lexicon for `lang` (a code in LANGUAGES, any case); anything else reads as the default language."""
    return LEXICONS.get((lang or DEFAULT).lower()[:2], LEXICONS[DEFAULT])
