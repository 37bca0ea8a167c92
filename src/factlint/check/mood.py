"""Whether a statement gives its figure as what will be or is supposed, not as what is: "Analysts forecast that the DRC
will produce over 60% of the world's cobalt by 2030", "Suppose 77% of consumers wanted …", "Tegen 2030 zal Congo ruim
60 procent … produceren".

A draft that forecasts or supposes a figure its claim states as a fact does not restate it. Only the figure's own
clause counts (check/clause.py): its opener, an auxiliary of the future, a verb of forecasting.
Pure: masked text in (every figure blanked), a truth value out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.check.clause import clause_of
from factlint.extract.currencies import SYMBOLS
from factlint.lang import LANGUAGES
from factlint.lang.language import Language
from factlint.lang.languages import DEFAULT
from factlint.text import fold

AFTER_WORDS = 4  # words after a figure its predicate's auxiliary stands within ("of people will use", "kobalt zou")
UNFORECAST_WORDS = 2  # words after the auxiliary read for what makes it no forecast ("zal dan wel")


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words of the future and of supposition, read once."""

    suppositions: frozenset[str]
    auxiliaries: frozenset[str]
    forecasts: frozenset[str]
    unforecasting: frozenset[str]


def _words(language: Language) -> _Words:
    return _Words(frozenset(fold(w) for w in language.supposition_words),
                  frozenset(fold(w) for w in language.future_auxiliaries),
                  frozenset(fold(w) for w in language.forecast_verbs),
                  frozenset(fold(w) for w in language.unforecasting_words))


_BY_LANGUAGE = {code: _words(language) for code, language in LANGUAGES.items()}


def forecasts(*above: str, headers: tuple[str, ...] = ()) -> bool:
    """Whether a list lead-in or label (`above`) or a table header names a forecast or a target: the figures under it
    are what will be or is aimed at ("## Targets for 2030", "| Forecast for 2035 |", "2030 (target)"). Only a noun that
    heads what it names: before a preposition or a year, in brackets, or alone in a lead-in or label ("Forecasts:");
    not "Target group", "The projections get the headlines, but …", nor a table's "| Target |" column of names."""
    return any(_heads_forecast(text, alone) for texts, alone in ((above, True), (headers, False)) for text in texts)


def _heads_forecast(text: str, alone: bool) -> bool:
    for m in _WORD.finditer(text or ""):
        if fold(m.group()) not in _FORECAST_NOUNS:
            continue
        rest = text[m.end():]
        if rest[:1] == ")":
            return True  # "2030 (target)"
        rest = rest.strip(" \t\n*_:")
        if not rest:
            if alone:
                return True  # "Forecasts:", "## Targets"
            continue
        nxt = _FIRST.match(rest)
        if nxt is not None and fold(nxt.group()) in _FORECAST_LINKS and _own_value(rest[nxt.end():]):
            continue  # "lifted its price target to $48 from $35": the noun's own sum, no heading of what follows
        if nxt is not None and (fold(nxt.group()) in _FORECAST_LINKS or nxt.group()[:1].isdigit()):
            return True  # "Targets for 2030", "Prognose voor 2030", "Forecast 2035"
    return False


def _own_value(after_link: str) -> bool:
    """Whether a sum follows a forecast noun's link: "target to $48", "koersdoel van € 52" (not "Forecasts for 12 months",
    a span of time, nor "Targets for 2030")."""
    return after_link.lstrip()[:1] in SYMBOLS


_FIRST = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FORECAST_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.forecast_nouns)
_FORECAST_LINKS = frozenset(fold(w) for language in LANGUAGES.values()
                            for w in (*language.linking_words, *language.place_prepositions, *language.forecast_links))


def supposes(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the clause of masked `text` (in language `lang`) holding the figure at text[start:end] gives it as a
    forecast or a supposition."""
    words = _BY_LANGUAGE.get(lang) or _BY_LANGUAGE[DEFAULT]
    clause = clause_of(text, start, end, lang)
    before = clause.before
    if clause.opener in words.suppositions or (before and before[0] in words.suppositions):
        return True  # "Suppose 77% of consumers wanted …"
    at = clause.own
    if not words.forecasts.isdisjoint(before[:at]):
        return True  # "Analysts forecast that the DRC will produce …" (the main clause's verb, before its "that")
    # The future of the figure's own clause, after its complementiser: not "Investors will remember Time's reporting
    # that the Kenyan workers … were paid less than $2 an hour"; nor one telling or habitual ("they will tell you …",
    # "will typically be paid"), nor granted ("Congo zal dan wel ruim 60 procent … produceren").
    near = (*before[at:], *clause.after[:AFTER_WORDS])
    return any(w in words.auxiliaries and words.unforecasting.isdisjoint(near[k + 1:k + 1 + UNFORECAST_WORDS])
               for k, w in enumerate(near))
