"""Context matching: numbers masked, stop words dropped, clause pieces, counted nouns, languages."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check import matching
from factlint.check.engine import Engine, check_text
from factlint.check.memo import Memo
from factlint.extract import extract
from factlint.project.config import load_registry_for
from factlint.registry.model import mask


@pytest.fixture(scope="module")
def engine():
    return Engine.build(load_registry_for(Path(__file__).resolve().parents[2] / "claims"))


def statuses(engine, text):
    checked, _ = check_text(text, engine)
    return [(c.occurrence.figure.text, c.verdict.status, c.verdict.claim.id if c.verdict.claim else None)
            for c in checked]


def test_tokens_mask_numbers_and_stop_words():
    stop = matching.stopwords()
    assert matching.tokens("The 150 workers, de 2 mensen and THE Bank's estimate", stop) == [
        "workers", "mensen", "bank", "estimate"]


def test_tokens_fold_case_and_accents():
    assert matching.tokens("Geïnteresseerden Brazilië", matching.stopwords()) == ["geinteresseerden", "brazilie"]


def test_value_alone_never_supports(engine):
    assert statuses(engine, "Renting the GPU costs $1.46 per hour on the cheapest cloud.\n") == [
        ("$1.46 per hour", "unsourced", None)]


@pytest.mark.parametrize("text, expected", [
    # Each figure of a two-clause sentence is read in its own clause.
    ("The Philippines counts more than 2 million click workers, and in Kenya OpenAI's moderators read "
     "250 text passages a day.\n",
     [("2 million", "supported", "philippines-click-workers"), ("250", "conflicting", "kenya-daily-passages")]),
    ("Unlike the AI researchers paid six-figure salaries in Silicon Valley, data labelers earn as little as "
     "$1.46/hour.\n",
     [("six-figure", "supported", "ai-researchers-six-figure-salaries"),
      ("$1.46/hour", "supported", "click-workers-hourly-pay")]),
])
def test_clause_pieces(engine, text, expected):
    assert statuses(engine, text) == expected


def test_a_count_of_something_the_claim_never_names_is_unsourced(engine):
    text = "Cagayan de Oro, a coastal city in the south of the Philippines, has about 730,000 inhabitants.\n"
    assert statuses(engine, text)[0][1] == "unsourced"


def test_mentions_is_fuzzy(engine):
    index = next(i for i, p in enumerate(engine.matcher.profiles) if p.claim_id == "kenya-daily-passages")
    assert matching.mentions(engine.matcher, index, "passages")
    assert matching.mentions(engine.matcher, index, "tekstfragmenten")
    assert not matching.mentions(engine.matcher, index, "inhabitants")


def test_dutch_draft_against_english_source(engine):
    assert statuses(engine, "Volgens Adobe wil 77 procent van de consumenten gepersonaliseerde merkervaringen.\n") == [
        ("77 procent", "supported", "adobe-personalization")]


def test_the_model_is_frozen_and_a_check_leaves_it_as_it_was(engine):
    matcher = engine.matcher
    tables = (matcher.idf, matcher.by_stem, matcher.by_word, matcher.known, matcher.statements.by_word,
              matcher.statements.by_stem)
    assert all(isinstance(t, matching.FrozenDict) for t in tables) and matcher.known
    with pytest.raises(TypeError):
        matcher.idf["wages"] = 0.0
    with pytest.raises(TypeError):
        matcher.by_word.setdefault("wages", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        matcher.floor = 0.0  # type: ignore[misc]
    before = pickle.loads(pickle.dumps(matcher))  # worker processes get it this way
    assert before == matcher and type(before.idf) is matching.FrozenDict
    statuses(engine, "Data labelers in Kenya earn as little as $1.46 an hour, and a labeller earns 2 dollars.\n")
    assert matcher == before


# The pruned search must give exactly what scoring every claim gives: the same claims, scores and order.
# A small vocabulary with near spellings and shared stems makes overlaps, near misses and ties common.
_VOCAB = ("workers", "worker", "workforce", "labelers", "labeling", "labellers", "annotators", "kenya",
          "wages", "wage", "hourly", "contractor", "contractors", "moderation", "moderators", "content",
          "report", "survey", "platform", "platforms", "million", "dollars", "salaris", "loon", "werknemers")


@dataclass(frozen=True)
class _Claim:
    id: str
    source: str
    statement: str
    keywords: tuple[str, ...]
    quote: str

    # As the registry prepares a claim: its figures masked out.
    @property
    def masked_statement(self) -> str:
        return _masked(self.statement)

    @property
    def masked_quote(self) -> str:
        return _masked(self.quote)


def _masked(text: str) -> str:
    return mask(text, [(f.start, f.end) for f in extract(text, "en")])


def _candidates(matcher, sentence, *args):
    return matching.candidates(matcher, Memo(matcher), sentence, *args)


_words = st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=7).map(" ".join)
_claims = st.lists(st.tuples(_words, st.lists(_words, max_size=2), _words), min_size=1, max_size=40)


@given(claims=_claims, sentence=_words, clause=_words, piece=_words, floor=st.sampled_from([20.0, 40.0, 50.0]))
@settings(max_examples=150, deadline=None)
def test_pruned_candidates_equal_scoring_every_claim(claims, sentence, clause, piece, floor):
    made = [_Claim(f"c{i}", "s", f"{a} rose to 5 million.", tuple(k), f"{q} 5 million") for i, (a, k, q) in enumerate(claims)]
    pieces = ((piece, True),)
    pruned = _candidates(matching.build(made, floor=floor), sentence, "", clause, pieces)
    every = _candidates(matching.build(made), sentence, "", clause, pieces)
    assert pruned == [(i, v) for i, v in every if v >= floor]


@given(claims=_claims, floor=st.sampled_from([40.0, 50.0]))
@settings(max_examples=100, deadline=None)
def test_pruned_related_equals_comparing_every_pair(claims, floor):
    made = [_Claim(f"c{i}", "s", a, tuple(k), q) for i, (a, k, q) in enumerate(claims)]
    matcher = matching.build(made, floor=floor)
    memo = Memo(matcher)
    statements = tuple(c.statement for c in made)
    plain = matching.build(made)
    for index in range(len(made)):
        expected = []
        for i, forward in _candidates(plain, statements[index]):
            if i == index:
                continue
            reverse = matching.score(plain, statements[i], index)
            if max(forward, reverse) >= floor:
                expected.append((i, max(forward, reverse)))
        got = matching.related(matcher, memo, index, floor)
        assert sorted(got) == sorted(expected)


_LETTERS = "abcdeilnorstuwéß"


@given(word=st.text(alphabet=_LETTERS, min_size=5, max_size=14),
       others=st.lists(st.text(alphabet=_LETTERS, min_size=2, max_size=18), max_size=40),
       cuts=st.lists(st.tuples(st.integers(0, 3), st.text(alphabet=_LETTERS, max_size=4)), max_size=20))
@settings(max_examples=300, deadline=None)
def test_near_spellings_searched_among_words_of_near_length_only_are_all_of_them(word, others, cuts):
    from rapidfuzz import fuzz, process

    # Spellings of `word` shortened and lengthened by a few letters: matches at the edge of the length bound.
    vocabulary = others + [word[:len(word) - k] + extra for k, extra in cuts]

    made = [_Claim(f"c{i}", "s", w, (), w) for i, w in enumerate(vocabulary or ["x"])]
    matcher = matching.build(made, floor=40.0)
    every = {w for w, _, _ in process.extract(word, tuple(matcher.by_word), scorer=fuzz.ratio,
                                              score_cutoff=matching.FUZZY_CUTOFF, limit=None)}
    some = {w for w, _, _ in process.extract(word, matcher.spellings.near_length(len(word)), scorer=fuzz.ratio,
                                             score_cutoff=matching.FUZZY_CUTOFF, limit=None)}
    assert some == every


def _tokens_reference(text: str, stop: frozenset[str]) -> list[str]:
    """tokens() as first written: one regex match at a time."""
    import re

    from factlint.text import fold

    out = []
    for m in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)*", fold(text)):
        w = m.group(0).replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 1 and w not in stop:
            out.append(w)
    return out


@given(st.text(alphabet="abc’'s dé ßİ1-x\u0301Ω", max_size=40) | st.text(max_size=40))
@settings(max_examples=500)
def test_tokens_match_the_reference(text):
    stop = matching.stopwords()
    assert matching.tokens(text, stop) == _tokens_reference(text, stop)
