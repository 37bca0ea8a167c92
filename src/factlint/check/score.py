"""The context score (0-100): how much of a text a claim explains (coverage), blended with how much of the
claim's core the text covers (recall). The formula, and the bounds that pruning derives from it, live here.

Pure: words and weights in, a score out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

COVERAGE = 0.75  # the score's share for coverage
RECALL = 0.25  # and for recall: the two add up to 1
NEAR = 0.9  # what a near spelling ("labellers" for "labelers") counts for, against 1.0 for a shared stem
ROUNDING = 0.06  # a score is rounded to one decimal: a bound on it allows for that much


class WordInfo(NamedTuple):
    """A content word of a text as the claims see it."""

    stem: str
    weight: float  # how rare the word's stem is in the registry
    near: frozenset[int]  # the claims (their indexes) holding a near spelling of it


class Core(NamedTuple):
    """What a claim is about: the content words of its statement and keywords, for recall."""

    total: float  # their weights added up (1.0 when there are none)
    words: tuple[tuple[str, str, float], ...]  # (word, stem, weight) of each


def score(words: Sequence[str], info: Sequence[WordInfo], stems: frozenset[str], index: int, core: Core,
          floor: float = 0.0) -> float:
    """The score of claim `index` (its `stems` and `core`) for a text's distinct `words`, each with its `info`.

    0.0 instead when even a full recall could not lift the coverage to `floor`.
    """
    if not words:
        return 0.0
    total = hit = 0.0
    for st, wt, near in info:
        total += wt
        hit += wt * (1.0 if st in stems else NEAR if index in near else 0.0)
    coverage = hit / total if total else 0.0
    if floor and 100.0 * (COVERAGE * coverage + RECALL) < floor - ROUNDING:
        return 0.0
    text_stems = {st for st, _, _ in info}
    recall = sum(wt for w, st, wt in core.words if st in text_stems or w in words) / core.total
    return round(100.0 * (COVERAGE * coverage + RECALL * recall), 1)


def target(floor: float) -> float:
    """The unrounded score (0-1) from which a score rounds to `floor` or more."""
    return (floor - ROUNDING) / 100.0


def coverage_for(goal: float) -> float:
    """The coverage that reaches the unrounded score `goal` with a full recall."""
    return (goal - RECALL) / COVERAGE
