"""Per-language word tables, merged into one read-only lexicon per document language.

A document in one language often quotes figures in the other ("twee miljoen" in an English draft),
so each lexicon holds both languages' words, minus the other language's words that are ordinary
function words here: English "over" (a qualifier) is dropped for Dutch, where "over" means
"about a topic"; English "ten" is dropped for Dutch ("ten minste"). Separators follow the
document's language only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType, ModuleType
from typing import Mapping

from factlint.lang import en, nl

LANGUAGES: Mapping[str, ModuleType] = MappingProxyType({"en": en, "nl": nl})
STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType({"en": en.STOPWORDS, "nl": nl.STOPWORDS})


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
    n_figure: frozenset[str]
    currency_words: Mapping[str, str]
    dollar_adjectives: Mapping[str, str]
    percent_phrases: tuple[tuple[str, ...], ...]
    period_units: Mapping[str, str]
    period_leads: frozenset[str]
    period_adverbs: Mapping[str, str]
    qualifiers: Mapping[tuple[str, ...], str]
    trailing_qualifiers: Mapping[tuple[str, ...], str]
    range_openers: Mapping[str, tuple[str, ...]]
    range_opener_fillers: frozenset[str]
    range_words: tuple[tuple[str, ...], ...]
    months: frozenset[str]
    capitalised_months: frozenset[str]
    ordinal_suffixes: frozenset[str]
    decade_suffixes: frozenset[str]
    section_words: frozenset[str]
    time_before: frozenset[str]
    time_after: frozenset[str]
    stopwords: frozenset[str]  # this language's
    any_stopwords: frozenset[str]  # both languages': a counted noun is none of these


def _merge_map(own: Mapping, other: Mapping, stop: frozenset[str]) -> Mapping:
    merged = {k: v for k, v in other.items() if _first(k) not in stop}
    merged.update(own)
    return MappingProxyType(merged)


def _merge_set(own, other, stop: frozenset[str]) -> frozenset:
    return frozenset(own) | frozenset(k for k in other if _first(k) not in stop)


def _first(key) -> str:
    return key[0] if isinstance(key, tuple) else key


def _build(code: str) -> Lexicon:
    own = LANGUAGES[code]
    other = LANGUAGES["nl" if code == "en" else "en"]
    stop = own.STOPWORDS
    phrases = sorted(set(own.RANGE_WORDS) | {p for p in other.RANGE_WORDS if p[0] not in stop}, key=len, reverse=True)
    return Lexicon(
        code=code,
        decimal_mark=own.DECIMAL_MARK,
        number_words=_merge_map(own.NUMBER_WORDS, other.NUMBER_WORDS, stop),
        one_words=_merge_set(own.ONE_WORDS, other.ONE_WORDS, stop),
        hundred_words=_merge_set(own.HUNDRED_WORDS, other.HUNDRED_WORDS, stop),
        scales=_merge_map(own.SCALES, other.SCALES, stop),
        scale_suffixes=_merge_map(own.SCALE_SUFFIXES, other.SCALE_SUFFIXES, stop),
        plural_scales=_merge_map(own.PLURAL_SCALES, other.PLURAL_SCALES, stop),
        half_words=_merge_set(own.HALF_WORDS, other.HALF_WORDS, stop),
        n_figure=frozenset(w for w in (own.N_FIGURE, other.N_FIGURE) if w),
        currency_words=_merge_map(own.CURRENCY_WORDS, other.CURRENCY_WORDS, stop),
        dollar_adjectives=_merge_map(own.DOLLAR_ADJECTIVES, other.DOLLAR_ADJECTIVES, stop),
        percent_phrases=tuple(sorted(set(own.PERCENT_PHRASES) | set(other.PERCENT_PHRASES), key=len, reverse=True)),
        period_units=_merge_map(own.PERIOD_UNITS, other.PERIOD_UNITS, stop),
        period_leads=_merge_set(own.PERIOD_LEADS, other.PERIOD_LEADS, stop),
        period_adverbs=_merge_map(own.PERIOD_ADVERBS, other.PERIOD_ADVERBS, stop),
        qualifiers=_merge_map(own.QUALIFIERS, other.QUALIFIERS, stop),
        trailing_qualifiers=_merge_map(own.TRAILING_QUALIFIERS, other.TRAILING_QUALIFIERS, stop),
        range_openers=_merge_map(own.RANGE_OPENERS, other.RANGE_OPENERS, stop),
        range_opener_fillers=frozenset(own.RANGE_OPENER_FILLERS) | frozenset(other.RANGE_OPENER_FILLERS),
        range_words=tuple(phrases),
        months=_merge_set(own.MONTHS, other.MONTHS, stop),
        capitalised_months=_merge_set(own.CAPITALISED_MONTHS, other.CAPITALISED_MONTHS, stop),
        ordinal_suffixes=frozenset(own.ORDINAL_SUFFIXES) | frozenset(other.ORDINAL_SUFFIXES),
        decade_suffixes=frozenset(own.DECADE_SUFFIXES) | frozenset(other.DECADE_SUFFIXES),
        section_words=_merge_set(own.SECTION_WORDS, other.SECTION_WORDS, stop),
        time_before=frozenset(own.TIME_BEFORE),
        time_after=_merge_set(own.TIME_AFTER, other.TIME_AFTER, stop),
        stopwords=stop,
        any_stopwords=en.STOPWORDS | nl.STOPWORDS,
    )


LEXICONS: Mapping[str, Lexicon] = MappingProxyType({code: _build(code) for code in LANGUAGES})


def lexicon(lang: str) -> Lexicon:
    """The lexicon for `lang` ("en" or "nl"); anything else reads as English."""
    return LEXICONS.get((lang or "en").lower()[:2], LEXICONS["en"])


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Words that are stop words in both languages ("in", "over", "door") say nothing about which one it is.
_EN_ONLY = en.STOPWORDS - nl.STOPWORDS
_NL_ONLY = nl.STOPWORDS - en.STOPWORDS


def language_votes(text: str, limit: int = 20_000) -> tuple[int, int]:
    """English-only and Dutch-only stop words among the first `limit` characters."""
    en_hits = nl_hits = 0
    for match in _WORD.finditer(text, 0, limit):
        word = match.group().lower()
        if word in _EN_ONLY:
            en_hits += 1
        elif word in _NL_ONLY:
            nl_hits += 1
    return en_hits, nl_hits


def detect_language(text: str) -> str:
    """"nl" when the first 20,000 characters hold more Dutch-only than English-only stop words, else "en"."""
    en_hits, nl_hits = language_votes(text)
    return "nl" if nl_hits > en_hits else "en"
