"""Pruning: bit sets of claims, core-weight groups, and a reachable set that never leaves out a claim that
scores the floor."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.prune import GROUPS, bitset, groups, indexes, limits, masks, reachable
from factlint.check.score import Core, WordInfo, score


@given(st.sets(st.integers(0, 5000)))
def test_bitset_and_indexes_are_inverse(chosen):
    assert list(indexes(bitset(chosen))) == sorted(chosen)


def test_a_complement_has_no_list_of_positions():
    with pytest.raises(ValueError):
        list(indexes(~bitset([1, 2])))


def test_masks_split_the_claims_by_stem_and_near_spelling():
    exact, near_only, neither = masks({"worke": (0, 2)}, "worke", frozenset({2, 3}))
    assert list(indexes(exact)) == [0, 2] and list(indexes(near_only)) == [3]
    assert list(indexes(neither & bitset(range(6)))) == [1, 4, 5]


def test_groups_cover_every_claim_once_lightest_first():
    cores = [Core(float(w) or 1.0, tuple((f"w{k}", f"w{k}", 1.0) for k in range(w))) for w in (3, 1, 0, 5, 2) * 10]
    grouped = groups(cores)
    assert len(grouped.weights) <= GROUPS and list(grouped.weights) == sorted(grouped.weights)
    assert grouped.every == bitset(range(len(cores)))
    for up, rest in zip(grouped.upto, grouped.beyond):
        assert up & rest == 0 and up | rest == grouped.every


def test_limits_grow_with_the_core_weight():
    bounds = limits((0.0, 1.0, 2.0, 8.0), 0.4, 10.0)
    assert bounds == sorted(bounds)


_STEMS = ("aa", "bb", "cc", "dd", "ee", "ff")


@given(claims=st.lists(st.lists(st.sampled_from(_STEMS), min_size=1, max_size=4, unique=True), min_size=1, max_size=30),
       text=st.lists(st.sampled_from(_STEMS), min_size=1, max_size=5, unique=True),
       weights=st.lists(st.floats(0.1, 5.0), min_size=len(_STEMS), max_size=len(_STEMS)),
       near=st.sets(st.integers(0, 29)), floor=st.sampled_from([20.0, 40.0, 50.0]))
@settings(max_examples=200, deadline=None)
def test_reachable_never_leaves_out_a_claim_that_scores_the_floor(claims, text, weights, near, floor):
    weight = dict(zip(_STEMS, weights))
    cores = [Core(sum(weight[s] for s in c), tuple((s, s, weight[s]) for s in c)) for c in claims]
    by_stem: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        for s in c:
            by_stem.setdefault(s, []).append(i)
    near_set = frozenset(i for i in near if i < len(claims))
    info = [WordInfo(s, weight[s], near_set) for s in text]
    found = reachable(info, floor, groups(cores), lambda s, n: masks({k: tuple(v) for k, v in by_stem.items()}, s, n))
    for i, c in enumerate(claims):
        if score(tuple(text), info, frozenset(c), i, cores[i]) >= floor:
            assert found >> i & 1, i
