"""A figure given as what one named before became: "By the time the story reached Caracas, that had become '$12 a
day'", "a Brussels weekly turned that into less than $20 per hour", "werd dat binnen een dag 'bijna 90 procent'", or
as it converts into another currency or period ("Omgerekend is dat nog geen 1,90 euro per uur").

Its sentence leans on what came before (the figure it turns), and who turned it, where and in what, is only where
it was passed on: no scope of the figure. Pure: masked text in, spans out.
"""

from __future__ import annotations

import functools
import re

from factlint.lang import LANGUAGES
from factlint.lang.gazetteer import gazetteer
from factlint.registry.model import MASKED_GAP
from factlint.text import fold, holds_phrase

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GAP = re.compile(re.escape(MASKED_GAP) + " *")
_BREAK = re.compile(r"[.!?;](?=\s)")
_TURNING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.turning_words)
_CONVERTING = frozenset(tuple(fold(w).split()) for language in LANGUAGES.values() for w in language.conversion_words)
# Any verb of turning or word of conversion at all: most sentences have none and are passed over with one search.
_TURNING_AT = re.compile(r"\b(?:{})\b".format("|".join(sorted(map(re.escape, _TURNING), key=len, reverse=True))
                                               or "(?!)"), re.IGNORECASE)
_CONVERTING_AT = re.compile(r"\b(?:{})\b".format("|".join(sorted(
    (r"\s+".join(map(re.escape, p)) for p in _CONVERTING), key=len, reverse=True)) or "(?!)"), re.IGNORECASE)
_OBJECTS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.turned_objects)
_SPLIT_OBJECTS = frozenset((fold(a), fold(b)) for language in LANGUAGES.values() for a, b in language.split_turned_objects)
_COMPLEMENTISERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.complementisers)
_MODALS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.modal_verbs)
# A source of its own in the clause makes the figure another's estimate, not one turned in passing ("In the ILO's new
# report that became …", "according to Glencore"; "volgens" too).
_ORIGINS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.origin_words)
_OPENERS = frozenset(tuple(fold(w) for w in p) for language in LANGUAGES.values() for p in language.attribution_openers)
_ADDITIVE = frozenset(tuple(fold(w) for w in p) for language in LANGUAGES.values() for p in language.additive_words)
_PASSING = frozenset(fold(w) for language in LANGUAGES.values()
                     for w in (*language.spreading_words, *language.media_nouns))
TURN_WORDS = 6  # words from the turning verb to the figure at most ("werd dat binnen een dag 'bijna …'")
OBJECT_WORDS = 2  # words between the verb and what stands for the figure before ("that had become", "turned that")
TURN_CHARS = 400  # characters of a clause read before its figure


@functools.lru_cache(maxsize=4096)
def turned_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of masked `text` that turn a figure named before into the one masked after them: from the
    clause's start (a stop, or the figure before) to the figure."""
    return _spans(text, converted=False)


@functools.lru_cache(maxsize=4096)
def converted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of masked `text` that give a figure before again in another currency or period ("Omgerekend is
    dat nog geen …", "… – roughly [$100–110] at today's exchange rate"): from the clause's start to the figure. Its
    names are kept: a conversion says nothing of where a figure travelled."""
    return _spans(text, converted=True)


def _spans(text: str, converted: bool) -> tuple[tuple[int, int], ...]:
    """turned_spans, or converted_spans."""
    out: list[tuple[int, int]] = []
    if (_CONVERTING_AT if converted else _TURNING_AT).search(text) is None:
        return ()
    previous = 0
    for gap in _GAP.finditer(text):
        floor = max(previous, gap.start() - TURN_CHARS)
        start = max((m.end() for m in _BREAK.finditer(text, floor, gap.start())), default=floor)
        after_figure = previous > 0 and start == previous  # no stop since the figure before
        previous = gap.end()
        stop = _BREAK.search(text, gap.end(), gap.end() + TURN_CHARS)
        rest = [fold(w) for w in _WORD.findall(text, gap.end(), stop.start() if stop else gap.end() + TURN_CHARS)]
        words = list(_WORD.finditer(text, start, gap.start()))
        folded = [fold(w.group()) for w in words]
        if converted:
            # (the words between are the figure before's, its source too: "… per Casilli's fieldwork – roughly …")
            if _converts(folded, rest, after_figure):
                out.append((start, gap.start()))
            continue
        # Not another's estimate, in the clause ("In the ILO's new report that became …", unless it only passed on
        # the figure: "An English summary of his research turned that into …") or after it ("…, according to
        # Glencore"); nor the same figure said again of another ("it became 77% as well").
        if (_PASSING.isdisjoint(folded) and not _ORIGINS.isdisjoint(folded)) or holds_phrase(rest, _OPENERS) or \
                holds_phrase(folded + rest, _ADDITIVE):
            continue
        if _turns(text, words, folded, gap.start(), rest):
            out.append((start, gap.start()))
    return tuple(out)


def passed_on_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The turned stretches (turned_spans) that say how the figure travelled or what it was turned in ("By the time
    the story reached WhatsApp groups in Caracas, that had become …", "a Dutch newsletter"), or that name no place
    ("Een marketeer maakte daar op LinkedIn …"): where it was passed on, no place or name of it. One naming a place
    and saying neither keeps its scope."""
    return tuple((a, b) for a, b in turned_spans(text)
                 if not _PASSING.isdisjoint(fold(w) for w in _WORD.findall(text, a, b)) or not _placed(text[a:b]))


def _placed(clause: str) -> bool:
    """Whether a clause names a place ("Zambia's share …"): kept as the figure's when nothing says it only travelled."""
    return any(True for _ in gazetteer().find(clause))


def turns(text: str, start: int = 0, converted: bool = True) -> bool:
    """Whether the masked sentence at text[start:] gives a figure as what one named before became, or (`converted`)
    converts it."""
    end = _BREAK.search(text, start, start + TURN_CHARS)
    sentence = text[start:end.end() if end else start + TURN_CHARS]
    return bool(turned_spans(sentence) or (converted and converted_spans(sentence)))


def set_against(text: str, start: int) -> bool:
    """Whether the masked figure at text[start:] is denied against one before it in its sentence, as what that one is
    not: "150m–430m people (not 1.5 billion, as a podcast claimed)", "150 per dag, en niet 250"."""
    head = text[max(0, start - AGAINST_CHARS):start]
    m = _SET_AGAINST.search(head)
    if m is None or fold(m.group(2)) not in _NEGATIONS or (m.group(1) and fold(m.group(1)) not in _CONJUNCTIONS):
        return False
    before = head[:m.start()]
    return MASKED_GAP in before[(b.end() if (b := _last(_BREAK, before)) else 0):]


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


AGAINST_CHARS = 120  # characters before the negation the figure it is set against stands within
_SET_AGAINST = re.compile(r"(?:\(|[,—–](?=\s))\s*(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s+$")
_NEGATIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.negations)
_CONJUNCTIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_conjunctions)


def _converts(folded: list[str], rest: list[str], after_figure: bool) -> bool:
    """Whether a clause gives a figure before again in another currency or period: a word of conversion and one
    standing for that figure before it ("Omgerekend is dat …", "Converted, that is …"), or a word of conversion just
    after it when it follows another figure ("… €90–100 a month – roughly [$100–110] at today's exchange rate")."""
    if holds_phrase(folded, _CONVERTING) and not _OBJECTS.isdisjoint(folded[-CONVERT_WORDS:]):
        return True
    return after_figure and holds_phrase(rest[:CONVERT_WORDS + 1], _CONVERTING)


CONVERT_WORDS = 4  # words from the word standing for the figure before to it ("dat nog geen …"), and after it


def _turns(text: str, words: list[re.Match[str]], folded: list[str], gap: int, rest: list[str]) -> bool:
    """Whether the words before a figure (at `gap`) end in a verb of turning what a pronoun stands for into it: "that
    had become", "turned that into", "maakte daar onlangs … van" (not "It became clear that …", a clause, nor "dat
    onderzoek wordt aangehaald, komt … op", a verb of another clause). `folded` are the words folded."""
    for k in range(max(0, len(folded) - 1 - TURN_WORDS), len(folded)):
        if folded[k] not in _TURNING or "," in text[words[k].end():gap]:
            continue
        if not _MODALS.isdisjoint(folded[max(0, k - OBJECT_WORDS - 1):k]):
            continue  # "by 2040 that could become over 60% too": a forecast
        near = folded[max(0, k - OBJECT_WORDS):k] + folded[k + 1:k + 1 + OBJECT_WORDS]
        # (or the first half of a pronoun split around the figure, after the verb, the second closing the clause:
        # "maakte er 1,5 tot 4,3 miljard van"; not "Er werden … van de fragmenten afgekeurd")
        if _OBJECTS.isdisjoint(near) and not any(first in folded[k + 1:k + 1 + OBJECT_WORDS] and rest == [second]
                                                 for first, second in _SPLIT_OBJECTS):
            continue
        # A complementiser just before the figure opens a clause, unless it is the verb's object: "werd dat …".
        if folded[-1] in _COMPLEMENTISERS and k != len(folded) - 2:
            continue
        return True
    return False
