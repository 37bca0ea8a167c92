"""The context score's formula: coverage and recall blended, near spellings, the floor's cut-off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.score import NEAR, Core, WordInfo, coverage_for, score, target

NONE: frozenset[int] = frozenset()


def info(*words: tuple[str, float, frozenset[int]]) -> list[WordInfo]:
    return [WordInfo(*w) for w in words]


def core(*words: tuple[str, float]) -> Core:
    parts = tuple((w, w, wt) for w, wt in words)
    return Core(sum(wt for _, _, wt in parts) or 1.0, parts)


def test_a_claim_that_explains_every_word_and_is_covered_whole_scores_100():
    words = ("wages", "kenya")
    assert score(words, info(("wages", 2.0, NONE), ("kenya", 1.0, NONE)), frozenset(words), 0,
                 core(("wages", 2.0), ("kenya", 1.0))) == 100.0


def test_coverage_weighs_rare_words_more_and_recall_counts_the_core():
    # The claim holds "wages" (weight 3) but not "today" (weight 1): coverage 0.75; its core is all covered.
    assert score(("wages", "today"), info(("wages", 3.0, NONE), ("today", 1.0, NONE)), frozenset({"wages"}), 0,
                 core(("wages", 3.0))) == round(100 * (0.75 * 0.75 + 0.25), 1)
    # Half of its core is missing from the text: recall 0.5.
    assert score(("wages",), info(("wages", 1.0, NONE)), frozenset({"wages", "kenya"}), 0,
                 core(("wages", 1.0), ("kenya", 1.0))) == round(100 * (0.75 + 0.25 * 0.5), 1)


def test_a_near_spelling_counts_less_than_the_word():
    near = score(("labellers",), info(("label", 1.0, frozenset({7}))), frozenset({"other"}), 7, core(("other", 1.0)))
    assert near == round(100 * 0.75 * NEAR, 1)


def test_no_words_score_nothing():
    assert score((), [], frozenset({"wages"}), 0, core(("wages", 1.0))) == 0.0


@given(hit=st.floats(0, 1), floor=st.sampled_from([20.0, 40.0, 50.0]))
@settings(max_examples=200, deadline=None)
def test_the_floor_cuts_only_what_could_not_reach_it(hit, floor):
    """With a floor, a score is 0.0 only when even a full recall could not have lifted it to the floor."""
    words = ("a", "b")
    parts = info(("a", hit, NONE), ("b", 1.0 - hit, NONE))
    claim_core = core(("b", 1.0))
    full = score(words, parts, frozenset({"a"}), 0, claim_core)
    cut = score(words, parts, frozenset({"a"}), 0, claim_core, floor)
    assert cut == full or (cut == 0.0 and full < floor)


@pytest.mark.parametrize("floor", [20.0, 40.0, 50.0])
def test_below_the_coverage_for_a_floor_no_score_rounds_to_it(floor):
    needed = coverage_for(target(floor))
    assert round(100 * (0.75 * (needed - 1e-6) + 0.25), 1) < floor
    assert round(100 * (0.75 * (needed + 0.001) + 0.25), 1) >= floor  # a bound, and a tight one
