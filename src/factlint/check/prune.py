"""Pruning: the claims that may reach a floor score on a text's words, found without scoring the others.

Claims are bits of a Python integer (one bit per claim, thousands per machine word), so that splitting
them by a word is one AND. Every claim left out provably scores below the floor: the bounds come from
the score's formula (check/score.py).

Pure: words' weights and bit sets in, a bit set out.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from factlint.check.score import COVERAGE, NEAR, RECALL, Core, WordInfo, coverage_for, target

GROUPS = 16  # claims are bounded by core weight in this many groups

Masks = Callable[[str, frozenset[int]], tuple[int, int, int]]  # masks() for a stem and its near set


def bitset(indexes: Collection[int]) -> int:
    """The bit set of these claim indexes."""
    if not indexes:
        return 0
    buf = bytearray(max(indexes) // 8 + 1)
    for i in indexes:
        buf[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buf, "little")


def indexes(bits: int) -> Iterator[int]:
    """The positions of the set bits, lowest first."""
    if bits < 0:  # a complement (~mask) has infinitely many: every caller must AND it with a real set first
        raise ValueError("a negative bit set has no finite list of positions")
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


def masks(by_stem: Mapping[str, tuple[int, ...]], word_stem: str, near: frozenset[int]) -> tuple[int, int, int]:
    """Bit sets of the claims holding this stem, of those holding only a near spelling, and of the rest."""
    exact = bitset(by_stem.get(word_stem, ()))
    near_only = bitset(near) & ~exact
    return exact, near_only, ~(exact | near_only)


@dataclass(frozen=True, slots=True)
class Groups:
    """Claims grouped by core weight, lightest first, as bit sets."""

    weights: tuple[float, ...]  # each group's lightest core weight (0.0: recall not bounded by hit)
    upto: tuple[int, ...]  # upto[k]: the claims of the first k groups
    beyond: tuple[int, ...]  # beyond[k]: all the others
    every: int


def groups(cores: Sequence[Core]) -> Groups:
    """The claims (their cores, in registry order) in GROUPS groups by core weight."""
    weights = []
    for i, core in enumerate(cores):
        stems = [st for _, st, _ in core.words]
        # Two core words of one stem both count towards recall: then recall is not bounded by hit.
        weights.append((core.total if core.words and len(set(stems)) == len(stems) else 0.0, i))
    weights.sort()
    size = max(1, -(-len(weights) // GROUPS))
    every = (1 << len(weights)) - 1
    lightest, upto = [], [0]
    for k in range(0, len(weights), size):
        chunk = weights[k:k + size]
        lightest.append(chunk[0][0])
        upto.append(upto[-1] | bitset([i for _, i in chunk]))
    return Groups(tuple(lightest), tuple(upto), tuple(every & ~m for m in upto), every)


def reachable(info: Sequence[WordInfo], floor: float, grouped: Groups, masks_of: Masks) -> int:
    """A bit set of the claims that may score `floor` on these words; all others provably cannot.

    Every claim at or above the floor holds some set of the words whose weights add up to the coverage
    it needs. The words are walked rarest first, splitting the claims into those that hold each word
    (exactly, or only a near spelling) and those that do not; a branch ends when it has no claims left,
    when its claims have reached what they need, or when the words left cannot get them there.
    """
    total = sum(wt for _, wt, _ in info)
    if not total:
        return 0
    items = []
    for word_stem, wt, near in sorted(info, key=lambda t: -t[1]):
        exact, near_only, neither = masks_of(word_stem, near)
        if exact or near_only:
            items.append((wt, exact, near_only, neither))
    left = [0.0] * (len(items) + 1)
    for j in range(len(items) - 1, -1, -1):
        left[j] = left[j + 1] + items[j][0]
    bounds = limits(grouped.weights, target(floor), total)
    upto, beyond = grouped.upto, grouped.beyond
    found = 0
    stack = [(0, grouped.every, 0.0)]
    while stack:
        j, claims, hit = stack.pop()
        k = bisect.bisect_right(bounds, hit)  # the groups whose claims have all they need
        if k:
            found |= claims & upto[k]
            claims &= beyond[k]
            if not claims:
                continue
        if k == len(bounds) or j == len(items) or hit + left[j] < bounds[k]:
            continue
        wt, exact, near_only, neither = items[j]
        for part, gain in ((claims & exact, wt), (claims & near_only, NEAR * wt), (claims & neither, 0.0)):
            if part:
                stack.append((j + 1, part, hit + gain))
    return found


def limits(core_weights: Sequence[float], goal: float, total: float) -> list[float]:
    """The weight of the text's words a claim of each group must hold to reach the unrounded score `goal`
    (nondecreasing).

    A score is COVERAGE * hit / total + RECALL * recall, and recall (the weight of the claim's core words
    that the text holds, over all of them) is at most 1 and, when no two core words share a stem, at most
    hit / core weight: a claim with a heavy core needs more of the text's words than one with a light one.
    """
    plain = coverage_for(goal) * total
    return [max(plain, goal / (COVERAGE / total + RECALL / w)) * (1.0 - 1e-9) if w else plain * (1.0 - 1e-9)
            for w in core_weights]
