"""Tokens and windows (extract/tokens.py): anchors, locators, terminal escapes and zero-width characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.extract import extract
from factlint.extract.tokens import ANCHOR, ANCHOR_LOWER, blank_escapes, is_locator, regions, without_zero_width

# Nothing in a URL, e-mail address or file path is a figure: (lang, text, a string no figure may overlap)
IN_LOCATORS = [
    ("en", "see example.org/report-2023/page/42 now", "42"),
    ("en", "See <https://example.org/report-2023/page/42> for details.", "2023"),
    ("en", "[the report](https://example.org/77/percent)", "77"),
    ("en", "mail jan2023@example.com today", "2023"),
    ("en", "open C:\\data\\2023.csv now", "2023"),
    ("en", "open report-2023.pdf now", "2023"),
]


@pytest.mark.parametrize("lang, text, absent", IN_LOCATORS, ids=[f"{c[0]}:{c[2]}" for c in IN_LOCATORS])
def test_no_figure_inside_a_locator(overlapping, lang, text, absent):
    assert overlapping(lang, text, absent) == []


@pytest.mark.parametrize("chunk, locator", [
    ("https://example.org/2023", True),
    ("www.example.org", True),
    ("C:\\data\\2023.csv", True),
    ("jan2023@example.com", True),
    ("data/2023/report", True),
    ("[[Speciaal:Verschil/68234117]]", True),  # a wiki's page in a namespace (nd323-024)
    ("revision/68234117", True),  # a long id after a word and a slash
    ("24/7", False),
    ("50/50", False),
    ("example.org/page", True),
    ("report-2023.pdf", True),
    ("$1.46/hour[/red]", False),
    ("1.5", False),
    ("€90–100/month", False),
    ("and/or", False),
])
def test_is_locator(chunk, locator):
    assert is_locator(chunk) is locator


@pytest.mark.parametrize("lang, text, figure, per", [
    # A note's mark after the sentence, or glued to its last word, ends the period's word: it is no letter of it.
    ("en", "Workers earned $2 an hour.¹ A union formed.", "$2 an hour", "hour"),
    ("en", "Workers earned $2 an hour¹ and no more.", "$2 an hour", "hour"),
    ("nl", "Datawerkers verdienden 90 tot 100 euro per week.⁷ Een vakbond eist meer.", "90 tot 100 euro per week",
     "week"),
    ("en", "The plant covers 40 km² of land.", "40", None),  # a squared unit keeps its "²"
])
def test_a_note_s_mark_is_no_letter_of_a_word(lang, text, figure, per):
    (fig,) = extract(text, lang)
    assert (fig.text, fig.per) == (figure, per)


def test_terminal_escape_sequences_are_not_figures():
    assert extract("x \x1b[31m gone", "en") == []
    (fig,) = extract("Paid \x1b[31m$1.46/hour\x1b[0m now", "en")
    assert (fig.text, fig.low, fig.per) == ("$1.46/hour", 1.46, "hour")


def test_escapes_are_blanked_in_place():
    text = "a \x1b[31mred\x1b[0m b"
    assert blank_escapes(text) == "a      red     b"
    assert blank_escapes("plain") == "plain"


# Zero-width characters pasted inside or around a figure: read as if absent, span still in the original text.
@pytest.mark.parametrize("text, span, low, per", [
    ("Paid $1.4\u200b6/hour.", "$1.4\u200b6/hour", 1.46, "hour"),
    ("Some 150\u200b000 workers.", "150\u200b000", 150_000, None),
    ("\ufeff$2 an hour", "$2 an hour", 2, "hour"),
    ("Paid $1.46\u2060 an hour", "$1.46\u2060 an hour", 1.46, "hour"),
    ("In \u200bKenya\u200c, 12\u200d% of workers", "12\u200d%", 12, None),
])
def test_zero_width_characters_are_read_through(text, span, low, per):
    (fig,) = extract(text, "en")
    assert (text[fig.start:fig.end], fig.text, fig.low, fig.per) == (span, span, pytest.approx(low), per)


def test_offsets_without_zero_width_map_back():
    text = "a\u200bb\u200c\u200dc"
    joined, original = without_zero_width(text)
    assert joined == "abc"
    assert [text[original(k)] for k in range(len(joined))] == ["a", "b", "c"]


@pytest.mark.parametrize("text, span", [
    ("paid $1.46/hour[/red] now", "$1.46/hour"),  # rich markup right after a figure
    ("[red]$9.99/hour[/red]", "$9.99/hour"),
])
def test_markup_brackets_around_a_figure_do_not_hide_it(text, span):
    assert [f.text for f in extract(text, "en")] == [span]


def test_windows_are_disjoint_and_in_order():
    text = "Some 12 people. " + "filler " * 40 + "Then two million more, and tweehonderd mensen."
    found = regions(text)
    assert len(found) == 2
    assert all(0 <= lo < hi <= len(text) for lo, hi in found)
    assert found[0][1] < found[1][0]
    assert regions("No numbers here.") == []


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200)
       | st.lists(st.sampled_from(["Two", "MILLION", "Tweehonderd", "vijfENtwintig", "half", "12", " ", ",", "-", "x",
                                   "Dozen", "hundreds", "Een", "miljard"]), max_size=30).map("".join))
@settings(max_examples=500)
def test_anchors_in_lowered_ascii_are_the_case_insensitive_ones(text):
    """regions() reads ASCII text lowered with a case-sensitive pattern: the same anchors as ignoring case."""
    assert [m.span() for m in ANCHOR_LOWER.finditer(text.lower())] == [m.span() for m in ANCHOR.finditer(text)]


@pytest.mark.parametrize("text, shown", [
    ("as little as \u202e1.46$\u202c an hour", "as little as \u202e$64.1\u202c an hour"),
    ("a \u202e1.46$\nnext", "a \u202e$64.1\nnext"),  # an override ends with its line
    ("no override 1.46", "no override 1.46"),
])
def test_a_right_to_left_override_is_read_as_it_displays(text, shown):
    from factlint.extract.tokens import displayed

    read, spans = displayed(text)
    assert read == shown and len(read) == len(text)
    assert all(text[a] == "\u202e" for a, _ in spans)


def test_a_figure_is_read_as_it_displays_and_covers_its_override():
    from factlint.extract import extract

    [fig] = extract("paid as little as \u202e1.46$\u202c an hour")
    assert (fig.low, fig.unit) == (64.1, "USD")
    assert fig.text.startswith("\u202e1.46$\u202c")
    [fig] = extract("Paid $1\u115f.46 an hour")  # a Hangul filler hid the figure
    assert fig.low == 1.46


@pytest.mark.parametrize("lang, text, qualifier", [
    # A wire's label glued to a headline by a hyphen is no part of its first word (nd271-002).
    ("en", "CORRECTED-Up to 430 million people do AI data work", "max"),
    ("en", "UPDATE-More than 2 million Filipinos do click work", "min"),
    ("nl", "GECORRIGEERD-Ruim 2 miljoen Filipino's doen klikwerk", "min"),
    # A hyphenated word of capitals and lower case stays one word: "Up" alone is no qualifier here.
    ("en", "The COVID-era boom added 430 million users", "exact"),
])
def test_a_label_glued_to_a_headline(lang, text, qualifier):
    found = extract(text, lang=lang)
    assert len(found) == 1 and found[0].qualifier == qualifier, found
