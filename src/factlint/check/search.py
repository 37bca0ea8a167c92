"""Candidate search: of the claims that pass the index's bound, score only those a verdict can need.

A verdict (verdicts.decide) reads few of a figure's candidates: the claims of the figure's own scope within
CONTEXT_MARGIN of the best of them, one of them that agrees with the figure, and of the claims said of
another scope only the best that agrees and the best of all. Each claim comes with the most it can score
(its bound from the index); claims are taken best bound first, and one whose bound shows that it cannot be
any of those is never scored (max-score pruning, as in WAND). When claims share their vocabulary, most
claims that pass the bound are of another scope and are passed over this way. Pure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import NamedTuple

from factlint.check.verdicts import CONTEXT_MARGIN, CONTEXT_THRESHOLD, SCOPE_STRONG

ROUNDING = 0.1  # scores are rounded to a tenth: one may exceed its bound by less than this


class Entry(NamedTuple):
    """A claim the index found: its position, the most it can score, and whether it is said of another scope.
    A named tuple: a figure's search makes one for each claim its keys reach."""

    index: int
    cap: float
    differs: bool


# An Entry made from a tuple in C: a named tuple's own constructor is a Python function, called for each of the
# hundred-odd claims a figure's keys reach (a few per cent of a check against 10,000 claims of one template).
new_entry = functools.partial(tuple.__new__, Entry)


def needed(entries: Iterable[Entry], exact: Callable[[Entry], Entry | None], score: Callable[[int], float],
           agrees: Callable[[int], bool], threshold: float = CONTEXT_THRESHOLD,
           likes: Callable[[int], bool] = lambda i: True,
           counts: Callable[[int, float], bool] = lambda i, value: True) -> list[tuple[int, float]]:
    """The claims (index, score) a verdict over all `entries` reads, scored by `score`: verdicts.decide over
    them, sorted as the full list is (best score first, then by index), gives the same verdict.

    An entry's cap may be loose: `exact(entry)` gives it with its cap worked out whole, or None when the claim
    is no candidate at all; it is asked only of the entries that could matter. `agrees(index)`: whether the
    claim's figure agrees with the draft's; `likes(index)`: whether it is of the same currency and period (the margin
    is taken from the best of those). A claim of the figure's own scope counts from `threshold`, one of another
    scope from SCOPE_STRONG; `counts(index, score)`: whether one of the own scope that reaches it counts in decide at
    all (a claim of an order only needs a strong match), else it is kept but sets no margin."""
    same = sorted((e for e in entries if not e.differs), key=lambda e: (-e.cap, e.index))
    other = sorted((e for e in entries if e.differs), key=lambda e: (-e.cap, e.index))
    kept: list[tuple[int, float]] = []
    best = 0.0  # the best score of a claim of the own scope, once one counts
    # The best of those whose figure is like the draft's: decide's margin is taken from it (from the best of all when
    # none is like). Until one is kept, a later claim may be the one that sets the margin: none is passed.
    best_like: float | None = None
    witness = False  # a claim of the own scope that counts and agrees is kept: decide asks whether one exists
    counted = False  # a claim of the own scope that counts is kept

    def passed(e: Entry) -> bool:  # below the margin of the best, and not needed as the one that agrees
        return best_like is not None and e.cap < best_like - CONTEXT_MARGIN and (witness or not agrees(e.index))

    for e in same:
        if e.cap < threshold:
            break  # best cap first: no later claim can count
        if passed(e) or (e := exact(e)) is None or e.cap < threshold or passed(e):  # type: ignore[assignment]
            continue
        value = score(e.index)
        if value < threshold:
            continue
        kept.append((e.index, value))
        if not counts(e.index, value):
            continue
        counted = True
        best = max(best, value)
        if likes(e.index):
            best_like = max(best_like or 0.0, value)
        witness = witness or agrees(e.index)
    own = counted
    of_own = len(kept)  # the own scope's claims kept, those that count or not
    # Another scope's claims: one that agrees stands in for the own scope's claims only when none of those
    # agrees; with claims of the own scope, only within the margin of their best (it may explain the figure
    # better), and only the best of those. Without claims of the own scope: the best that agrees, else the best.
    best_agreeing: tuple[float, int] | None = None

    def out_of_reach(e: Entry, best_so_far: tuple[float, int] | None) -> bool:
        return e.cap < SCOPE_STRONG or (own and e.cap < best - CONTEXT_MARGIN) or (
            best_so_far is not None and _beaten(best_so_far, e))

    for e in other if not witness else ():
        if out_of_reach(e, best_agreeing):
            break
        if not agrees(e.index) or (e := exact(e)) is None or out_of_reach(e, best_agreeing):  # type: ignore[assignment]
            continue
        value = score(e.index)
        if value < SCOPE_STRONG:
            continue
        kept.append((e.index, value))
        if best_agreeing is None or (value, -e.index) > (best_agreeing[0], -best_agreeing[1]):
            best_agreeing = (value, e.index)
    if not witness and (own or len(kept) == of_own):
        # No claim of the own scope agrees, and none of another that agrees stands in for them: the best claim of
        # another scope decides when there is no claim of the own scope, or it matches beyond the margin of their
        # best (verdicts.decide).
        bar = best + CONTEXT_MARGIN if own else -1.0
        chosen = {i for i, _ in kept}
        best_other: tuple[float, int] | None = None

        def below_bar(e: Entry, best_so_far: tuple[float, int] | None) -> bool:
            return e.cap < SCOPE_STRONG or e.cap <= bar or (best_so_far is not None and _beaten(best_so_far, e))

        for e in other:
            if below_bar(e, best_other):
                break
            if (e := exact(e)) is None or below_bar(e, best_other):  # type: ignore[assignment]
                continue
            value = score(e.index)
            if value < SCOPE_STRONG or value <= bar:
                continue
            if e.index not in chosen:
                kept.append((e.index, value))
            if best_other is None or (value, -e.index) > (best_other[0], -best_other[1]):
                best_other = (value, e.index)
    kept.sort(key=lambda t: (-t[1], t[0]))
    return kept


def _beaten(best: tuple[float, int], e: Entry) -> bool:
    """Whether a claim with `e`'s bound cannot come before the best so far (a higher score, or the same
    score and an earlier place in the registry)."""
    value, index = best
    return value > e.cap or (value >= e.cap and index < e.index)
