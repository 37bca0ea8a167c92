"""Phrase tables keyed by one word (extract/phrases.py)."""

from __future__ import annotations

import dataclasses

from factlint.extract.phrases import index_of
from factlint.lang import lexicon


def test_the_bundled_lexicons_share_one_index():
    assert index_of(lexicon("en")) is index_of(lexicon("en"))
    assert index_of(lexicon("nl")) is not index_of(lexicon("en"))


def test_phrases_are_keyed_by_their_first_or_last_word():
    index = index_of(lexicon("en"))
    assert (("at", "least"), "min") in index.qualifiers_by_last["least"]
    assert (("at", "least"), "min") in index.long_qualifiers_by_first["at"]
    assert ("over",) not in {p for p, _ in index.long_qualifiers_by_first.get("over", ())}
    assert index.percent_by_first["per"] == ((("per", "cent"), None),)


def test_a_changed_lexicon_gets_its_own_index():
    lex = dataclasses.replace(lexicon("en"), qualifiers={("fully",): "min"})
    assert index_of(lex).qualifiers_by_last == {"fully": ((("fully",), "min"),)}
