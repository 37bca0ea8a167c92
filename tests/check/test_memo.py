"""The memo of a run: each answer the same as the model's own, each store bounded, clearing harmless."""

from __future__ import annotations

import pytest

from factlint.check import matching, memo as memos, prune
from factlint.check.memo import Memo
from factlint.extract import Figure, extract
from factlint.registry.model import Claim

_VOCAB = ("workers", "worker", "workforce", "labelers", "labeling", "labellers", "annotators", "kenya",
          "wages", "wage", "hourly", "contractor", "contractors", "moderation", "moderators", "content")
_FIGURE = Figure("5", 0, 1, 5.0, 5.0, "count", None, None, "exact", 1.0)


def claim(ident: str, statement: str, keywords: tuple[str, ...], quote: str) -> Claim:
    """A claim as the registry prepares it: the figures of its statement and quote found."""
    return Claim(ident, "s", quote, statement, _FIGURE, "5", keywords,
                 quote_spans=tuple((f.start, f.end) for f in extract(quote, "en")),
                 statement_spans=tuple((f.start, f.end) for f in extract(statement, "en")))


CLAIMS = [claim(f"c{i}", f"{w} workers in kenya earn 5 dollars", (w,), f"{w} earn 5 dollars")
          for i, w in enumerate(_VOCAB)]


@pytest.fixture(scope="module")
def matcher() -> matching.Matcher:
    return matching.build(CLAIMS, floor=40.0)


def test_each_answer_is_the_models_own(matcher):
    memo = Memo(matcher)
    text = "The labellers in Kenya earn 5 dollars, the moderatorz more"
    assert memo.tokens(text) == tuple(matching.tokens(text, matcher.stop))
    assert memo.words(text, "wages wages") == tuple(dict.fromkeys(matching.tokens(text + " wages wages", matcher.stop)))
    for word in ("labellers", "moderatorz", "unheard"):
        assert memo.info(word) == matching.word_info(matcher, word)
    info = [memo.info(w) for w in memo.words(text)]
    assert memo.reach(memo.words(text), info) == prune.reachable(info, matcher.floor, matcher.groups, memo.masks)
    assert memo.masks("worke", frozenset({1})) == prune.masks(matcher.by_stem, "worke", frozenset({1}))
    assert memo.near("moderatorz") == tuple(w for w in matching.near_spellings("moderatorz", matcher.statements.spellings)
                                             if len(w) >= matching.MIN_FUZZY)


def test_an_answer_is_found_once(matcher):
    memo = Memo(matcher)
    calls = []

    def find():
        calls.append(1)
        return [(1, 50.0)]

    assert memo.related(0, 50.0, find) == memo.related(0, 50.0, find) == [(1, 50.0)]
    assert len(calls) == 1
    assert memo.related(0, 40.0, find) and len(calls) == 2  # another floor, another answer


def test_the_registrys_own_words_are_in_the_model_not_the_memo(matcher):
    memo = Memo(matcher)
    memo.info("labellers")
    assert "labellers" in matcher.known and memo.sizes()["info"] == 0
    memo.info("labellerz")
    assert memo.sizes()["info"] == 1


def test_memos_stay_bounded_through_a_long_draft_and_clearing_them_changes_nothing(monkeypatch):
    """A book brings tens of thousands of new words: the memo's stores are emptied when full, not kept."""
    monkeypatch.setattr(memos, "MEMO_TEXTS", 120)
    monkeypatch.setattr(memos, "MEMO_WORDS", 30)
    monkeypatch.setattr(memos, "MEMO_MASK_BYTES", 0)  # the least then: MIN_MASKS bit sets
    matcher = matching.build(CLAIMS, floor=40.0)
    bounded = Memo(matcher)
    sentences = [f"The {a}x{k} workers in {b} earn 5 dollars said {a}{b}{k}" for k, (a, b) in
                 enumerate(zip(_VOCAB * 20, reversed(_VOCAB * 20)))]
    for sentence in sentences:
        got = matching.candidates(matcher, bounded, sentence)
        assert got == matching.candidates(matcher, Memo(matcher), sentence)
        sizes = bounded.sizes()
        assert max(sizes["tokens"], sizes["words"], sizes["reach"]) <= 40
        assert sizes["info"] <= 30 and sizes["masks"] <= memos.MIN_MASKS
