"""Whether a statement denies its figure: "The DRC does not produce 60% of the world's cobalt", "It is not true that
77% of consumers …", "Congo produceert niet ruim 60 procent …" (a bound denied: at most 60 percent).

A draft that denies what its claim says says the opposite of its source. Only a negation of the figure's own clause
counts: not one of a name ("not Zambia"), a phrase ("not the researchers", "not for OpenAI"), a verb it turns into an
affirmation ("does not dispute the finding that …"), another clause ("…, who did not complain, …") or a bound's own
words ("not more than $2"). Pure: masked text in (every figure blanked), a truth value out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.lang import LANGUAGES
from factlint.lang.languages import DEFAULT
from factlint.lang.language import Language
from factlint.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_END = re.compile(r"[.;:!?,()\[\]\n—–]")
AFTER_WORDS = 4  # words after a figure its predicate's negation stands within ("of consumers do not")
CLAUSE_CHARS = 200  # characters a figure's clause is read for on either side (a bounded look: masked text is long)


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words of denial, read once (each language's own: Dutch "of" and "want" open clauses, English
    "of" and "want" do not)."""

    negations: frozenset[str]
    contracted: tuple[str, ...]  # "n't", "n’t"
    affirming: frozenset[str]  # verbs a negation makes an affirmation: "does not dispute", "niet vergeten"
    negative: frozenset[str]  # words whose meaning denies ("doubts", "onaanvaardbaar"): read in a claim's quote only
    # Between a negation and its figure, the words of a qualifier: with the negation, a qualifier of the language's
    # ("not more than $2", "niet meer dan 2 dollar") is the figure's bound, read so; one that is not denies its bound
    # ("niet ruim 60 procent" is at most 60); softening words make the negation the figure's ("not even $2").
    qualifying: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    softening: frozenset[str]
    only: frozenset[str]
    # A clause ends at a stop, a comma, or a conjunction or relative opening another ("Workers got no breaks and were
    # paid …", "…, who did not complain"); not at a complementiser: "It is not true that 77% …" is denied by its
    # opening.
    breaks: frozenset[str]
    # After a negation, a determiner or preposition says what noun phrase it denies ("are not the AI researchers paid
    # six-figure salaries", "niet over de miljoenen …"), an infinitive's marker what verb ("how not to label …"): no
    # denial of the figure.
    phrase_openers: frozenset[str]


def _words(language: Language) -> _Words:
    contracted = fold(language.contracted_negation)
    return _Words(
        frozenset(fold(w) for w in language.clause_negations),
        (contracted, contracted.replace("'", "’")) if contracted else (),
        frozenset(fold(w) for w in language.negated_affirmatives),
        frozenset(fold(w) for w in language.negative_words),
        frozenset(fold(w) for phrase in language.qualifiers for w in phrase),
        frozenset(tuple(fold(w) for w in phrase) for phrase in language.qualifiers),
        frozenset(fold(w) for w in language.negated_qualifier_words),
        frozenset(fold(w) for w in language.only_words_before),
        frozenset(fold(w) for w in (*language.clause_conjunctions, *language.clause_subordinators,
                                    *language.denial_breaks))
        | (frozenset(fold(w) for w in language.clause_relatives) - frozenset(fold(w) for w in language.complementisers)),
        frozenset(fold(w) for w in (*language.determiners, *language.linking_words, *language.denied_phrase_openers)))


_BY_LANGUAGE = {code: _words(language) for code, language in LANGUAGES.items()}


def denies(text: str, start: int, end: int, lang: str, *, meaning: bool = False) -> bool:
    """Whether the clause of masked `text` (in language `lang`) holding the figure at text[start:end] denies it; with
    `meaning`, by a word whose meaning denies too ("doubts", "unacceptable")."""
    words = _BY_LANGUAGE.get(lang) or _BY_LANGUAGE[DEFAULT]
    low = max(0, start - CLAUSE_CHARS)
    stop = max((m.end() for m in _CLAUSE_END.finditer(text, low, start)), default=low)
    before = list(_WORD.finditer(text, stop, start))
    cut = max((k + 1 for k, m in enumerate(before) if fold(m.group()) in words.breaks), default=0)
    # A name right after a negation is denied, not the figure: "the DRC and not Zambia that produces …".
    named = {k for k, m in enumerate(before[cut:]) if m.group()[:1].isupper()}
    before = [fold(m.group()) for m in before[cut:]]
    after_end = _CLAUSE_END.search(text, end, end + CLAUSE_CHARS)
    after = []
    for m in _WORD.finditer(text, end, after_end.start() if after_end else min(len(text), end + CLAUSE_CHARS)):
        word = fold(m.group())
        if word in words.breaks:
            break
        after.append(word)
    if meaning and not (words.negative.isdisjoint(before) and words.negative.isdisjoint(after)):
        return True
    # After the figure, only its own predicate's negation ("77% of consumers do not want …"), not a clause further on
    # ("… out of nine images to prove I am not a robot").
    after = after[:AFTER_WORDS]
    for k, word in enumerate(before):
        if not _negates(word, words):
            continue
        if k == 0 and word not in words.negations:
            continue  # "Don't expect a six-figure salary": an imperative, no denial of the figure
        rest = before[k + 1:]
        if rest and (rest[0] in words.only or k + 1 in named or rest[0] in words.softening
                     or rest[0] in words.phrase_openers or rest[0] in words.affirming):
            continue  # "not only", "not Zambia", "not even $2", "not the researchers", "does not dispute"
        if rest and all(w in words.qualifying for w in rest) and (word, *rest) in words.phrases:
            continue  # "not more than $2": the figure's own bound
        return True  # "were not paid less than", "does not produce", "niet ruim 60 procent"
    return any(_negates(word, words) for word in after)  # "77% of consumers do not want …"


def _negates(word: str, words: _Words) -> bool:
    return word in words.negations or (bool(words.contracted) and word.endswith(words.contracted))
