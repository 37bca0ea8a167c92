"""Checks shared by the extractor's tables: a form read exactly, and a number that is no figure."""

from __future__ import annotations

import pytest

from factlint.extract import Figure, extract


def _find(figures: list[Figure], span: str) -> Figure:
    matches = [f for f in figures if f.text == span]
    assert matches, f"no figure {span!r} among {[f.text for f in figures]}"
    return matches[0]


def _read_exactly(lang, text, span, low, high, kind, unit, per, qualifier) -> None:
    figure = _find(extract(text, lang), span)
    assert text[figure.start:figure.end] == span
    assert figure.low == pytest.approx(low)
    assert figure.high == pytest.approx(high)
    assert (figure.kind, figure.unit, figure.per, figure.qualifier) == (kind, unit, per, qualifier)


def _overlapping(lang: str, text: str, absent: str) -> list[str]:
    start = text.index(absent)
    end = start + len(absent)
    return [f.text for f in extract(text, lang) if f.start < end and start < f.end]


@pytest.fixture
def read_exactly():
    """Asserts that a text holds the figure `span` with exactly this reading."""
    return _read_exactly


@pytest.fixture
def overlapping():
    """The figures of a text that overlap the string `absent`."""
    return _overlapping
