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
from factlint.lang import LANGUAGES
from factlint.lang.language import Language
from factlint.lang.languages import DEFAULT
from factlint.text import fold

AFTER_WORDS = 4  # words after a figure its predicate's auxiliary stands within ("of people will use", "kobalt zou")


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words of the future and of supposition, read once."""

    suppositions: frozenset[str]
    auxiliaries: frozenset[str]
    forecasts: frozenset[str]
    complementisers: frozenset[str]


def _words(language: Language) -> _Words:
    return _Words(frozenset(fold(w) for w in language.supposition_words),
                  frozenset(fold(w) for w in language.future_auxiliaries),
                  frozenset(fold(w) for w in language.forecast_verbs),
                  frozenset(fold(w) for w in language.complementisers))


_BY_LANGUAGE = {code: _words(language) for code, language in LANGUAGES.items()}


def forecasts(*above: str) -> bool:
    """Whether a heading, list lead-in, label or table header names a forecast or a target: the figures under it are
    what will be or is aimed at ("## Targets for 2030", "| Forecast for 2035 |", "2030 (target)")."""
    return any(not _FORECAST_NOUNS.isdisjoint(fold(w) for w in _WORD.findall(text)) for text in above if text)


_FORECAST_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.forecast_nouns)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def supposes(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the clause of masked `text` (in language `lang`) holding the figure at text[start:end] gives it as a
    forecast or a supposition."""
    words = _BY_LANGUAGE.get(lang) or _BY_LANGUAGE[DEFAULT]
    clause = clause_of(text, start, end, lang)
    before = clause.before
    if clause.opener in words.suppositions or (before and before[0] in words.suppositions):
        return True  # "Suppose 77% of consumers wanted …"
    if not words.forecasts.isdisjoint(before):
        return True  # "Analysts forecast that the DRC will produce …"
    # The future of the figure's own clause, after its complementiser: not "Investors will remember Time's reporting
    # that the Kenyan workers … were paid less than $2 an hour".
    own = before[max((k + 1 for k, w in enumerate(before) if w in words.complementisers), default=0):]
    return not words.auxiliaries.isdisjoint((*own, *clause.after[:AFTER_WORDS]))
