"""Fuzzing: every regular-expression-driven function survives adversarial text and finishes.

CI runs a bounded number of examples per target. A long run is one command:

    HYPOTHESIS_PROFILE=fuzz-long .venv/bin/pytest tests/test_fuzz.py

The profiles are registered here (not globally) so other test modules keep their own settings.
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.check import lexical
from factlint.documents import MARKDOWN, PLAIN, read_markdown, read_plain
from factlint.extract import extract
from factlint.check.mentions import scan
from factlint.documents.sentences import split_sentences
from factlint.text import LineIndex, normalize, visible

settings.register_profile("fuzz-ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-long", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz-ci")
                            if os.environ.get("HYPOTHESIS_PROFILE", "").startswith("fuzz-") else "fuzz-ci")
# Adversarial inputs must still finish quickly: a catastrophic backtracking shows up as a slow example.
SLOW = 2.0
# The readers import their parsers on first use (start-up counts): warmed up here, so that an import on a loaded machine
# is not taken for backtracking.
read_markdown("# x\n\n1 | 2\n--- | ---\n3 | 4\n")
read_plain("x")

PIECES = [
    "$", "$$$$$$$$$$$$$$$$", "€", "US$", "%", " per cent", "procent", "–", " – – – ", "—", "-", "/", "/hour",
    " per uur", " a month", "million", " miljoen", "billion", "m", "bn", "k", " tot ", " to ", " and ",
    "between ", "tussen ", "more than ", "meer dan ", "about ", "~", "≈", "1", "0", "9", "12", "1.46", "1,5",
    "12,000", "12.000", "1 000", "1\u00a0000", "1\u2009000", "150\u00a0million", ".", ",", ", ", ". ", "...",
    "'", '"', "“", "”", "(", ")", "[", "]", "[[[[", "]]]]", "[@", "[^1]", "[^", "]:", "(", "http://", "www.",
    "<!--", "-->", "<!-- factlint-disable -->", "<!-- factlint-disable-next-line -->", "```", "~~~", "`", "    ",
    "\t", "\n", "\r\n", "\r", "\n\n", "|", "| --- |", "#", "> ", "* ", "1. ", "---\n", "<", ">", "&amp;", "&#",
    "&#x", "\\", "\x00", "\x1b[31m", "[red]", "[/red]", "[link=http://x]", "\u200b", "\u200f", "\u202e",
    "\ufeff", "😀", "👨‍👩‍👧", "\U000e0001", "\ud7ff", "Dr.", "e.g.", "i.e.", "St.", "A.", "z.B.", "nr.", "ca.",
]
pieces = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
digit_runs = st.lists(
    st.tuples(st.integers(1, 40).map(lambda n: "9" * n), st.sampled_from(["", ",", ".", " ", "\u00a0", "\u2009", "'"])),
    min_size=1, max_size=40).map(lambda parts: "".join(a + b for a, b in parts))
repeats = st.tuples(st.sampled_from(["$", "– ", "[", "<!--", "```", "1.", "1,", "(", "*", "_", "|", "\\", "&#", "a."]),
                    st.integers(1, 3000)).map(lambda t: t[0] * t[1])
hostile = st.one_of(st.text(max_size=400), pieces, digit_runs, repeats,
                    st.tuples(pieces, digit_runs, pieces).map("".join))


def _timed(fn, *args, **kwargs):
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    assert time.perf_counter() - t < SLOW, f"{fn.__name__} took over {SLOW}s"
    return result


@FUZZ
@given(hostile, st.sampled_from(["en", "nl"]))
def test_extract_never_raises_and_spans_hold(text, lang):
    for f in _timed(extract, text, lang):
        assert 0 <= f.start < f.end <= len(text)
        assert f.low <= f.high


@FUZZ
@given(hostile)
def test_appositions_never_raise_and_stand_in_the_text(text):
    from factlint.check.mentions import _appositions

    for at, noun, name in _timed(_appositions, text):
        assert 0 <= at < len(text) and noun and name


@FUZZ
@given(st.lists(st.sampled_from(["the", "group's", "own", "survey", "loyalty-card", "In", "it,", "77%", "eigen", "van",
                                  "de", "het", "bond", "onderzoek", "Unlike", "Adobe's", "'s", "’s", "", "\n"]),
                max_size=60).map(" ".join))
def test_own_studies_never_raise(text):
    from factlint.check.mentions import anothers_own_study

    at, owner = _timed(anothers_own_study, text)
    assert (at == -1 and owner == "") or (0 <= at < len(text) and owner)


@FUZZ
@given(hostile)
def test_read_markdown_never_raises_and_maps_back(text):
    for p in _timed(read_markdown, text):
        for i in range(0, len(p.text), max(1, len(p.text) // 8)):
            assert 0 <= p.source_offset(i) <= len(text)


@FUZZ
@given(hostile)
def test_read_plain_never_raises(text):
    for p in _timed(read_plain, text):
        assert all(0 <= p.source_offset(i) <= len(text) for i in range(len(p.text)))


@FUZZ
@given(hostile)
def test_split_sentences_spans_in_order(text):
    spans = _timed(split_sentences, text)
    end = 0
    for s, e in spans:
        assert end <= s < e <= len(text)
        end = e


@FUZZ
@given(hostile, st.booleans())
def test_normalize_maps_every_character_back(text, markup):
    norm = _timed(normalize, text, markup=markup)
    assert len(norm.origin) == len(norm.text)
    assert all(0 <= o < len(text) for o in norm.origin)
    assert list(norm.origin) == sorted(norm.origin)


@FUZZ
@given(hostile)
def test_tokens_never_raise(text):
    words = _timed(lexical.words, text)
    assert all(w and not any(c.isspace() for c in w) for w in words)


@FUZZ
@given(hostile, st.booleans())
def test_scan_whole_pipeline_places_figures_in_the_draft(text, markdown):
    index = LineIndex(text)
    for occ in _timed(scan, text, form=MARKDOWN if markdown else PLAIN):
        assert 0 <= occ.start <= occ.end <= len(text)
        line, col = index.position(occ.start)
        assert line >= 1 and col >= 1


@FUZZ
@given(st.text(max_size=200))
def test_visible_leaves_no_control_characters(text):
    shown = visible(text)
    assert not any(c < " " or "\x7f" <= c <= "\x9f" or c in "\u202e\u2066" for c in shown)


@pytest.mark.parametrize("text", [
    "9" * 100_000, "1," * 50_000, "1." * 50_000, "$" * 100_000, "– " * 50_000, "[" * 50_000, "<!--" * 20_000,
    "```\n" + "x 1.46 " * 5_000, "(" * 50_000 + "1", "1 000 " * 20_000, "between " * 20_000 + "1",
    "more than " * 20_000, "a." * 50_000, "&#" * 50_000, "|" * 50_000 + "\n|---|\n",
], ids=lambda t: repr(t[:12]))
def test_long_adversarial_runs_finish(text):
    for fn in (lambda t: extract(t, "en"), lambda t: extract(t, "nl"), read_markdown, read_plain, split_sentences,
               lambda t: normalize(t, markup=True)):
        _timed(fn, text)


# --- work per byte: hostile shapes grown four-fold (issue 15, items 2 and 3) -----------------------------

def _repeated(unit: str, size: int) -> str:
    return unit * (size // len(unit) + 1)


def _table(unit: str, size: int) -> str:
    # One row of cells: a line break in the unit would make each cell a row of its own, and markdown-it pads
    # every row to the header's width (rows times columns, which markdown-it itself caps at 65,536 cells).
    unit = unit.replace("\r", " ").replace("\n", " ")
    cells = size // (len(unit) + 3) + 1
    return "| h " * cells + "|\n" + "|---" * cells + "|\n" + f"| {unit} " * cells + "|\n"


def _lines(unit: str, size: int) -> str:
    return (unit + "\n") * (size // (len(unit) + 1) + 1)


SHAPES = st.sampled_from(["5% ", "*_", "*a _b ", "1,", "a-", "[a](", "`a` ", "http://x.org/a)", "$1.46 [^1] ",
                          "[@k] 5% ", "> *", "1. ", "€90–100 ", "&amp;", "\\*", "<b>", "~~"])
UNITS = st.one_of(SHAPES, pieces.filter(lambda s: s.strip() != ""))
WORK = settings(FUZZ, max_examples=max(FUZZ.max_examples // 8, 10))
SMALL = 1_500  # bytes; the larger input is four times as long


@WORK
@given(unit=UNITS, shape=st.sampled_from([_repeated, _table, _lines]))
def test_work_per_byte_stays_bounded_as_hostile_input_grows(unit, shape):
    """The Python lines the Markdown reader and scanner run (a count, not the clock) grow with the input, not
    with its square: a paragraph, a table row or a run of lines of one unit, four times as long, costs at most
    six times as much (linear is four times; quadratic sixteen)."""
    from work import forget_memos, lines_run

    small, large = shape(unit, SMALL), shape(unit, 4 * SMALL)
    # Each counted with the memos empty: what an earlier example (or test) left in them made the small input
    # cost half its own work, and the ratio then read 6.5 for a linear 3.5.
    forget_memos()
    before = lines_run(lambda: scan(small))
    forget_memos()
    assert lines_run(lambda: scan(large)) <= 6 * before + 10_000
