"""A reply's quotation of an earlier sentence (check/replies.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.replies import QUOTE_CHARS, QUOTED_SENTENCES, Sentences


def test_a_short_passage_repeating_an_earlier_sentence_is_found_in_it():
    read = Sentences()
    read.add("Time reported that OpenAI's Kenyan contractors were paid under two dollars an hour.", "kenya")
    read.add("The government estimates more than 2 million Filipinos do click work.", "philippines")
    assert read.quoted("under two dollars an hour") == "kenya"
    assert read.quoted("  “More than 2 million FILIPINOS”  ") == "philippines"  # marks, case and spacing aside


def test_the_latest_sentence_repeating_the_words_is_the_one_quoted():
    read = Sentences()
    read.add("Workers earn less than $2 an hour in Kenya.", "first")
    read.add("Workers earn less than $2 an hour in Uganda too.", "second")
    assert read.quoted("earn less than $2 an hour") == "second"


def test_a_value_alone_or_words_no_sentence_holds_are_no_quotation():
    read = Sentences()
    read.add("More than 2 million Filipinos do click work.", "philippines")
    assert read.quoted("2 million") is None  # a value repeated, no words of a sentence
    assert read.quoted("more than 2 million Indonesians") is None
    assert read.quoted("more than 2 million Filipinos " * (QUOTE_CHARS // 20)) is None  # too long to be a quote


def test_only_the_latest_sentences_are_kept():
    read = Sentences()
    read.add("The first sentence says 150 passages a day.", "first")
    for k in range(QUOTED_SENTENCES):
        read.add(f"Sentence number {k} says nothing.", k)
    assert read.quoted("says 150 passages a day") is None
    assert len(read.kept) == QUOTED_SENTENCES


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=20), st.text(max_size=400))
def test_it_never_raises(sentences, text):
    read = Sentences()
    for k, s in enumerate(sentences):
        read.add(s, k)
    found = read.quoted(text)
    assert found is None or found in range(len(sentences))
