"""Findings placed in their file: positions without a line table agree with LineIndex; a typed kind each."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.check.findings import Finding, Positions, Problem
from factlint.extract import extract
from factlint.statuses import BY_NAME, NAMES, UNKNOWN_CITATION
from factlint.text import LineIndex

LINE_TEXT = st.lists(st.sampled_from(["a", "bc", "é", "😀", "\t", "\n", "\r", "\r\n", "\n\n"]),
                     max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(LINE_TEXT, st.lists(st.integers(0, 60), max_size=20))
def test_positions_agree_with_the_line_index_in_any_order(text: str, offsets: list[int]) -> None:
    index, positions = LineIndex(text), Positions(text)
    for offset in offsets:
        offset = min(offset, len(text))
        assert positions.position(offset) == index.position(offset)


def test_a_finding_is_of_its_status_and_a_problem_of_the_unknown_citation_kind() -> None:
    figure = extract("$5")[0]
    for name in NAMES:
        assert Finding("d.md", 1, 1, 1, 3, "$5", figure, name).kind is BY_NAME[name]
    assert Problem("d.md", 1, 1, 1, 3, "unknown citation key @x").kind is UNKNOWN_CITATION
