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

from factlint.check.clause import CLAUSE_CHARS, clause_of
from factlint.lang import LANGUAGES
from factlint.lang.languages import DEFAULT
from factlint.lang.language import Language
from factlint.text import fold

AFTER_WORDS = 4  # words after a figure its predicate's negation stands within ("of consumers do not")
STATEMENT_BEFORE = 2  # words before a negation its statement word may stand within ("klopt het niet dat")


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words of denial, read once."""

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
    # After a negation, a determiner or preposition says what noun phrase it denies ("are not the AI researchers paid
    # six-figure salaries", "niet over de miljoenen …"), an infinitive's marker what verb ("how not to label …"): no
    # denial of the figure.
    phrase_openers: frozenset[str]
    subjects: frozenset[str]  # "no", "none": a negation only opening the clause, as its subject ("No company …")
    idioms: frozenset[str]  # after one, no denial: "No wonder …", "no longer"
    modals: frozenset[str]  # after one, a norm, no denial: "Nobody should have to read 150 passages a day"
    affirmed: re.Pattern[str]  # after the figure, a comparison saying it was so: "…, as the Kenyan moderators did"
    statements: frozenset[str]  # "true", "waar": a negation with one before a complementiser denies what follows
    relatives: frozenset[str]  # a clause they open is a noun's: its figure is not the sentence's subject
    than: frozenset[str]  # a comparison's: "not harder than the test with its nine images" denies the comparison only


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
        frozenset(fold(w) for w in (*language.determiners, *language.linking_words, *language.denied_phrase_openers)),
        frozenset(fold(w) for w in language.subject_negations),
        frozenset(fold(w) for w in language.negation_idioms),
        frozenset(fold(w) for w in language.normative_modals),
        re.compile(r"[^.;:!?\n]*?,[ \t]*(?:{})\b".format("|".join(
            sorted((re.escape(w) for w in language.affirming_comparisons), key=len, reverse=True)) or "(?!)"),
            re.IGNORECASE),
        frozenset(fold(w) for w in language.statement_words),
        frozenset(fold(w) for w in language.clause_relatives),
        frozenset(fold(w) for w in language.than_words))


_BY_LANGUAGE = {code: _words(language) for code, language in LANGUAGES.items()}


def denies(text: str, start: int, end: int, lang: str, *, meaning: bool = False) -> bool:
    """Whether the clause of masked `text` (in language `lang`) holding the figure at text[start:end] denies it; with
    `meaning`, by a word whose meaning denies too ("doubts", "unacceptable")."""
    words = _BY_LANGUAGE.get(lang) or _BY_LANGUAGE[DEFAULT]
    clause = clause_of(text, start, end, lang)
    before = clause.before
    if meaning and not (words.negative.isdisjoint(before) and words.negative.isdisjoint(clause.after)):
        return True
    own = clause.own
    for k, word in enumerate(before):
        if k < clause.behind:
            continue  # (a negation before another figure is that one's: "read not less than [150] … for less than")
        if word in words.subjects:
            rest = before[k + 1:]
            if k == 0 and not own and not words.affirmed.match(text, end, end + CLAUSE_CHARS) and not (rest and (
                    rest[0] in words.idioms or not words.modals.isdisjoint(rest[:MODAL_WORDS]) or (
                    all(w in words.qualifying for w in rest) and (word, *rest) in words.phrases))):
                return True  # "No company has ever bought …", "None of the moderators …", "Nowhere near …"
            # (not "offered no explanation", "No wonder …", "No more than 77%", "Nobody should have to …" (a norm), nor
            # the subject of a clause before a complementiser: "Nobody disputes that …", "None other than Time reported
            # that …")
            continue
        if not _negates(word, words):
            continue
        if k == 0 and word not in words.negations:
            continue  # "Don't expect a six-figure salary": an imperative, no denial of the figure
        if k < own and words.statements.isdisjoint(before[max(0, k - STATEMENT_BEFORE):own]):
            continue  # "Most readers don't know that …", "I had never realised that …": the main clause's own
        rest = before[k + 1:]
        if rest and (rest[0] in words.only or k + 1 in clause.capitalised or rest[0] in words.softening
                     or rest[0] in words.phrase_openers or rest[0] in words.affirming):
            continue  # "not only", "not Zambia", "not even $2", "not the researchers", "does not dispute"
        if rest and all(w in words.qualifying for w in rest) and (word, *rest) in words.phrases:
            continue  # "not more than $2": the figure's own bound
        than = next((j for j, w in enumerate(rest[:COMPARED_WITHIN + 1]) if w in words.than), -1)
        if than >= 0 and any(w not in words.phrase_openers for w in rest[than + 1:]):
            # "niet ingewikkelder dan de reCAPTCHA-test met zijn negen afbeeldingen": a comparison denied, with what it
            # compares to (not a bound's than before its figure, an article between: "not paid less than the $2 …")
            continue
        return True  # "were not paid less than", "does not produce", "niet ruim 60 procent"
    # After the figure, only its own predicate's negation, when the figure opens its clause ("77% of consumers do not
    # want …"), not a clause further on ("… out of nine images to prove I am not a robot"), nor the predicate of a
    # clause the figure stands inside of ("Being paid less than $2 an hour didn't stop them", "The moderators who were
    # paid less than $2 an hour did not get insurance").
    if clause.opener in words.relatives or not all(w in words.qualifying for w in before[own:]):
        return False
    return any(_negates(word, words) for word in clause.after[:AFTER_WORDS])


COMPARED_WITHIN = 2  # words between a negation and the than-word of the comparison it denies ("not much harder than")
MODAL_WORDS = 3  # words after a subject that is no one its modal stands within ("No Kenyan moderator should …")


def _negates(word: str, words: _Words) -> bool:
    return word in words.negations or (bool(words.contracted) and word.endswith(words.contracted))
