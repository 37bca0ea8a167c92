"""The clause a figure stands in, as its words: from the clause's start (a stop, a comma, or a conjunction, relative or
subordinator opening it) to the figure, and from the figure to the clause's end. Read for what the clause says of its
figure: whether it denies it (check/polarity.py), whether it gives it as a forecast or a supposition (check/mood.py).

Each language's own words open its clauses (Dutch "of" and "want" open one, English "of" and "want" do not); a
complementiser does not ("It is not true that 77% …" is one clause to its figure). Pure: masked text in (every figure
blanked), words out, read within CLAUSE_CHARS of the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.lang import LANGUAGES
from factlint.lang.languages import DEFAULT
from factlint.registry.model import MASKED_GAP
from factlint.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_END = re.compile(r"[.;:!?,()\[\]\n—–]|--")
_DASHES = frozenset({"—", "–", "--"})
CLAUSE_CHARS = 200  # characters a figure's clause is read for on either side (a bounded look: masked text is long)


@dataclass(frozen=True, slots=True)
class Clause:
    """A figure's clause: its folded words before and after the figure, and the word that opens it."""

    opener: str  # the conjunction, relative or subordinator opening it ("if", "omdat"); "" after a stop or a comma
    before: tuple[str, ...]
    capitalised: frozenset[int]  # which of `before` are written with a capital ("not Zambia")
    after: tuple[str, ...]
    # How many of `before` stand before another figure in the clause: "read not less than [150] passages for less than
    # [$2]": the first bound's words are not the second figure's.
    behind: int = 0
    # Where in `before` the figure's own clause starts, after its last complementiser ("It is not true that [77%]",
    # "Analysts forecast that the DRC will produce …"); 0 when none stands before it.
    own: int = 0


def _openers(code: str) -> frozenset[str]:
    language = LANGUAGES[code]
    return frozenset(fold(w) for w in (*language.clause_conjunctions, *language.clause_subordinators,
                                       *language.clause_breaks)) | (
        frozenset(fold(w) for w in language.clause_relatives) - frozenset(fold(w) for w in language.complementisers))


_OPENERS = {code: _openers(code) for code in LANGUAGES}
_COMPLEMENTISERS = {code: frozenset(fold(w) for w in language.complementisers) for code, language in LANGUAGES.items()}


def _goes_on(word: str, lang: str) -> bool:
    """Whether the word after an aside's closing dash goes on with the clause before the aside: a complementiser, or a
    lower-case word opening no subject of its own (no article, no pronoun)."""
    folded = fold(word)
    return folded in (_COMPLEMENTISERS.get(lang) or _COMPLEMENTISERS[DEFAULT]) or (
        word.islower() and folded not in (_SUBJECTS.get(lang) or _SUBJECTS[DEFAULT]))


_SUBJECTS = {code: frozenset(fold(w) for w in (*language.determiners, *language.subject_pronouns))
             for code, language in LANGUAGES.items()}


def opens_clause(word: str, lang: str) -> bool:
    """Whether a word opens a clause in language `lang` (a conjunction, relative or subordinator)."""
    return fold(word) in (_OPENERS.get(lang) or _OPENERS[DEFAULT])


def clause_of(text: str, start: int, end: int, lang: str) -> Clause:
    """The clause of masked `text` (in language `lang`) that holds the figure at text[start:end]."""
    openers = _OPENERS.get(lang) or _OPENERS[DEFAULT]
    low = max(0, start - CLAUSE_CHARS)
    ends = list(_CLAUSE_END.finditer(text, low, start))
    stop = ends[-1].end() if ends else low
    found = list(_WORD.finditer(text, stop, start))
    if len(ends) >= 2 and ends[-1].group() in _DASHES and ends[-2].group() == ends[-1].group() and (
            not found or _goes_on(found[0].group(), lang)):
        # An aside between two dashes: the clause goes on past it ("It is not true -- as some bloggers claim -- that
        # the DRC produces …", "were never — as OpenAI implied — paid less than …"; not "No -- that is the point --
        # Kenyan workers were paid …", "Prices did not fall — far from it — the DRC still produces …").
        opened = ends[-3].end() if len(ends) >= 3 else low
        found = list(_WORD.finditer(text, opened, ends[-2].start())) + found
    cut = max((k + 1 for k, m in enumerate(found) if fold(m.group()) in openers), default=0)
    opener = fold(found[cut - 1].group()) if cut else ""
    capitalised = frozenset(k for k, m in enumerate(found[cut:]) if m.group()[:1].isupper())
    gap = text.rfind(MASKED_GAP, stop, start)
    behind = sum(1 for m in found[cut:] if m.start() < gap) if gap >= 0 else 0
    before = tuple(fold(m.group()) for m in found[cut:])
    after_end = _CLAUSE_END.search(text, end, end + CLAUSE_CHARS)
    after = []
    for m in _WORD.finditer(text, end, after_end.start() if after_end else min(len(text), end + CLAUSE_CHARS)):
        word = fold(m.group())
        if word in openers:
            break
        after.append(word)
    complementisers = _COMPLEMENTISERS.get(lang) or _COMPLEMENTISERS[DEFAULT]
    own = max((k + 1 for k, w in enumerate(before) if w in complementisers), default=0)
    return Clause(opener, before, capitalised, tuple(after), behind, own)
