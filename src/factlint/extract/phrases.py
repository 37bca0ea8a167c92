"""A lexicon's phrase tables keyed by one word, so a token looks up its few candidates, not every phrase."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from factlint.lang import LEXICONS, Lexicon
from factlint.lang.language import Phrase


def _by_word(pairs, pick: int) -> Mapping[str, tuple]:
    """Entries grouped by the word at `pick` of their phrase (0 first, -1 last), each group in table order."""
    grouped: dict[str, list] = {}
    for phrase, value in pairs:
        if phrase:
            grouped.setdefault(phrase[pick], []).append((phrase, value))
    return MappingProxyType({word: tuple(group) for word, group in grouped.items()})


def _longest_first(pairs):
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """The phrase tables of one lexicon, keyed for the reader, and the word sets it tests most."""

    lex: Lexicon
    qualifiers_by_last: Mapping[str, tuple[tuple[Phrase, str], ...]]
    long_qualifiers_by_first: Mapping[str, tuple[tuple[Phrase, str], ...]]  # phrases of two words or more
    trailing_by_first: Mapping[str, tuple[tuple[Phrase, str], ...]]
    percent_by_first: Mapping[str, tuple[tuple[Phrase, None], ...]]
    range_words_by_first: Mapping[str, tuple[tuple[Phrase, None], ...]]
    currency_phrases_by_first: Mapping[str, tuple[tuple[Phrase, str], ...]]
    period_abbreviations_by_first: Mapping[str, tuple[tuple[Phrase, str], ...]]
    lone_fractions_by_first: Mapping[str, tuple[tuple[Phrase, float], ...]]
    bare_fractions: frozenset[str]  # a lone fraction the language writes with an article ("helft" of "de helft")
    proportion_words_by_first: Mapping[str, tuple[tuple[Phrase, None], ...]]
    few_by_first: Mapping[str, tuple[tuple[Phrase, None], ...]]
    function_words: frozenset[str]  # a capitalised word before a number that is no name ("Over 60%")
    not_nouns: frozenset[str]  # words never counted as the noun after a number

    @classmethod
    def of(cls, lex: Lexicon) -> PhraseIndex:
        qualifiers = lex.qualifiers.items()
        not_nouns = frozenset().union(lex.any_stopwords, lex.currency_words, lex.scales, lex.plural_scales,
                                      lex.period_units, lex.period_adverbs, lex.months, lex.number_words,
                                      lex.hundred_words, lex.period_leads, (p[0] for p in lex.percent_phrases),
                                      lex.fraction_words, lex.subunit_words, lex.minus_words)
        return cls(
            lex=lex,
            qualifiers_by_last=_by_word(qualifiers, -1),
            long_qualifiers_by_first=_by_word(((p, q) for p, q in qualifiers if len(p) > 1), 0),
            trailing_by_first=_by_word(lex.trailing_qualifiers.items(), 0),
            percent_by_first=_by_word(((p, None) for p in lex.percent_phrases), 0),
            range_words_by_first=_by_word(((p, None) for p in lex.range_words), 0),
            currency_phrases_by_first=_by_word(_longest_first(lex.currency_phrases.items()), 0),
            period_abbreviations_by_first=_by_word(_longest_first(lex.period_abbreviations.items()), 0),
            lone_fractions_by_first=_by_word(_longest_first(lex.lone_fractions.items()), 0),
            bare_fractions=frozenset(p[0] for p in lex.lone_fractions if len(p) == 1 and any(
                len(q) > 1 and q[-1] == p[0] for q in lex.lone_fractions)),
            proportion_words_by_first=_by_word(((p, None) for p in lex.proportion_words), 0),
            few_by_first=_by_word(((p, None) for p in lex.few_words), 0),
            function_words=frozenset().union(lex.any_stopwords, lex.range_openers, lex.currency_words,
                                             (p[-1] for p in lex.qualifiers)),
            not_nouns=not_nouns,
        )


_INDEXES: Mapping[str, PhraseIndex] = MappingProxyType({code: PhraseIndex.of(lex) for code, lex in LEXICONS.items()})


def index_of(lex: Lexicon) -> PhraseIndex:
    """The bundled lexicon's index, built at import; any other lexicon's, built now."""
    index = _INDEXES.get(lex.code)
    return index if index is not None and index.lex is lex else PhraseIndex.of(lex)
