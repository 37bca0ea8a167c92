"""factlint's positions (1-based, code points) and LSP's (0-based, UTF-16 by default) both ways."""

from __future__ import annotations

import pytest
from lsprotocol import types

from factlint.lsp.positions import Lines

TEXT = "head\r\nan 😀 emoji then $5\rlone CR\nlast"  # CR LF, a lone CR, LF: one line end each, as LSP counts


@pytest.mark.parametrize("encoding, character", [
    (types.PositionEncodingKind.Utf16, 19),  # the emoji is two UTF-16 units
    (types.PositionEncodingKind.Utf32, 18),
    (types.PositionEncodingKind.Utf8, 21),  # four bytes
])
def test_a_column_after_an_astral_character_in_each_encoding(encoding, character):
    lines = Lines(TEXT, encoding)
    assert lines.to_lsp(2, 19) == types.Position(1, character)  # "$5" is code point 19 of line 2
    assert lines.from_lsp(types.Position(1, character)) == (2, 19)


def test_lines_end_where_lsp_ends_them():
    lines = Lines(TEXT)
    assert [lines.line(n) for n in range(4)] == ["head", "an 😀 emoji then $5", "lone CR", "last"]
    assert lines.end_of(3) == types.Position(2, 7) and lines.line(9) == ""


def test_offsets_and_places_are_inverse():
    lines = Lines(TEXT)
    for offset in (0, 6, TEXT.index("$"), TEXT.index("lone"), len(TEXT)):
        assert lines.offset(*lines.place(offset)) == offset


def test_a_position_past_the_end_of_a_line_is_its_end():
    assert Lines("ab\ncd").from_lsp(types.Position(0, 99)) == (1, 3)
