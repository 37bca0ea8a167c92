"""Plain text: one passage per paragraph, each figure at its exact line and column."""

from __future__ import annotations

import pytest
from positions import expected_position, locate, position

from factlint.documents import read_plain


PLAIN = [
    ("first paragraph", "Workers earn $1.46 an hour.\n\nSecond.\n", 0),
    ("second line", "Intro line\nworkers earn $1.46.\n", 0),
    ("second paragraph", "One.\n\n  \nTwo: $1.46.\n", 0),
    ("CRLF", "One.\r\n\r\nTwo\r\nthree $1.46.\r\n", 0),
    ("after a URL", "See https://e.org/$1.46 for $1.46.\n", 1),
]


@pytest.mark.parametrize(("name", "document", "occurrence"), PLAIN, ids=[c[0] for c in PLAIN])
def test_plain_figure_maps_to_exact_line_and_column(name: str, document: str, occurrence: int) -> None:
    passage, index = locate(read_plain(document), "$1.46")
    assert position(document, passage.source_offset(index)) == expected_position(document, "$1.46", occurrence)


def test_plain_paragraphs() -> None:
    passages = read_plain("One line\nand two.\n\n\nSecond https://x.org/3 para.\r\n")
    assert [p.text for p in passages] == ["One line\nand two.", "Second  para."]


def test_plain_passages_are_paragraphs() -> None:
    from factlint.documents import read_plain

    assert {p.where.kind for p in read_plain("# Not a heading\n\nText.\n")} == {"paragraph"}
