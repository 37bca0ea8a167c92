"""A figure given as what one named before became: "By the time the story reached Caracas, that had become '$12 a
day'", "a Brussels weekly turned that into less than $20 per hour", "werd dat binnen een dag 'bijna 90 procent'".

Its sentence leans on what came before (the figure it turns), and who turned it, where and in what, is only where
it was passed on: no scope of the figure. Pure: masked text in, spans out.
"""

from __future__ import annotations

import functools
import re

from factlint.lang import LANGUAGES
from factlint.registry.model import MASKED_GAP
from factlint.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GAP = re.compile(re.escape(MASKED_GAP) + " *")
_BREAK = re.compile(r"[.!?;](?=\s)")
_TURNING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.turning_words)
_OBJECTS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.turned_objects)
_COMPLEMENTISERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.complementisers)
TURN_WORDS = 6  # words from the turning verb to the figure at most ("werd dat binnen een dag 'bijna …'")
OBJECT_WORDS = 2  # words between the verb and what stands for the figure before ("that had become", "turned that")
TURN_CHARS = 400  # characters of a clause read before its figure


@functools.lru_cache(maxsize=4096)
def turned_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of masked `text` that turn a figure named before into the one masked after them: from the
    clause's start (a stop, or the figure before) to the figure."""
    out: list[tuple[int, int]] = []
    previous = 0
    for gap in _GAP.finditer(text):
        floor = max(previous, gap.start() - TURN_CHARS)
        previous = gap.end()
        start = max((m.end() for m in _BREAK.finditer(text, floor, gap.start())), default=floor)
        if _turns(text, list(_WORD.finditer(text, start, gap.start())), gap.start()):
            out.append((start, gap.start()))
    return tuple(out)


def turns(text: str, start: int = 0) -> bool:
    """Whether the masked sentence at text[start:] gives a figure as what one named before became."""
    end = _BREAK.search(text, start, start + TURN_CHARS)
    return bool(turned_spans(text[start:end.end() if end else start + TURN_CHARS]))


def _turns(text: str, words: list[re.Match[str]], gap: int) -> bool:
    """Whether the words before a figure (at `gap`) end in a verb of turning what a pronoun stands for into it: "that
    had become", "turned that into", "maakte daar onlangs … van" (not "It became clear that …", a clause, nor "dat
    onderzoek wordt aangehaald, komt … op", a verb of another clause)."""
    folded = [fold(w.group()) for w in words]
    for k in range(max(0, len(folded) - 1 - TURN_WORDS), len(folded)):
        if folded[k] not in _TURNING or "," in text[words[k].end():gap]:
            continue
        near = folded[max(0, k - OBJECT_WORDS):k] + folded[k + 1:k + 1 + OBJECT_WORDS]
        if _OBJECTS.isdisjoint(near):
            continue
        # A complementiser just before the figure opens a clause, unless it is the verb's object: "werd dat …".
        if folded[-1] in _COMPLEMENTISERS and k != len(folded) - 2:
            continue
        return True
    return False
