"""Mentions: each figure of a draft with its sentence, masked text, clause pieces and language."""

from __future__ import annotations

import pytest

from factlint.check.mentions import scan


def test_written_numbers_never_make_a_match():
    # Every figure of the sentence is blanked, written ones included.
    (occ,) = scan("Between one hundred fifty million and four hundred thirty million people do such work.")
    assert "hundred" not in occ.masked and "million" not in occ.masked


@pytest.mark.parametrize("text, value", [
    ("In Groningen wonen 235.000 mensen. Boston has 650,000 residents and a busy port.", 650_000),
    ("Boston has 650,000 residents. In de stad wonen er 12.000 mensen die er niet werken.", 12_000),
])
def test_each_sentence_read_in_its_own_language(text, value):
    assert value in [o.figure.low for o in scan(text)]


def test_each_figure_has_its_own_clause_and_pieces():
    (paid, read) = scan("Workers are paid less than $2 an hour, and they read 150 passages a day.")
    assert "paid" in paid.clause and "passages" not in paid.clause
    assert "passages" in read.clause and "paid" not in read.clause
    assert paid.masked == read.masked and "$2" not in paid.masked and "150" not in read.masked
    assert (" they read     passages a day.", True) in read.pieces  # cut at ", and": a strong boundary


def test_occurrences_come_in_document_order_with_their_offsets():
    text = "| Pay | Count |\n| --- | --- |\n| $2 | 150 |\n\nLater, 5% more.\n"
    found = scan(text)
    assert [text[o.start:o.end] for o in found] == ["$2", "150", "5%"]
    assert found[0].context and found[0].header == "Pay"
