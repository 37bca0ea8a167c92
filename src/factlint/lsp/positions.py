"""Positions between factlint (1-based lines, columns in code points) and LSP (0-based, columns in the units
the client and server agreed on: UTF-16 by default). Pure."""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

_BREAK = re.compile(r"\r\n|\r|\n")  # what LSP and factlint's LineIndex both count as a line end


def _units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Lines:
    """A document's lines, to turn a position one way or the other."""

    __slots__ = ("_text", "_starts", "_encoding")

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self._text = text
        self._starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        self._encoding = encoding

    @property
    def encoding(self) -> str:
        return self._encoding

    def line(self, n: int) -> str:
        """Line `n` (0-based) without its line break; "" past the end."""
        if not 0 <= n < len(self._starts):
            return ""
        end = self._starts[n + 1] if n + 1 < len(self._starts) else len(self._text)
        return self._text[self._starts[n]:end].rstrip("\r\n")

    def to_lsp(self, line: int, column: int) -> types.Position:
        """The LSP position of factlint's (line, column)."""
        return types.Position(line - 1, _units(self.line(line - 1)[:column - 1], self._encoding))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        return types.Range(self.to_lsp(line, column), self.to_lsp(end_line, end_column))

    def from_lsp(self, position: types.Position) -> tuple[int, int]:
        """factlint's (line, column) of an LSP position; a position inside a character is that character's."""
        text = self.line(position.line)
        units = 0
        for i, ch in enumerate(text):
            if units >= position.character:
                return position.line + 1, i + 1
            units += _units(ch, self._encoding)
        return position.line + 1, len(text) + 1

    def offset(self, line: int, column: int) -> int:
        """The offset in the text of factlint's (line, column)."""
        return min(self._starts[min(line, len(self._starts)) - 1] + column - 1, len(self._text))

    def place(self, offset: int) -> tuple[int, int]:
        """factlint's (line, column) of an offset in the text."""
        n = bisect.bisect_right(self._starts, offset) - 1
        return n + 1, offset - self._starts[n] + 1

    def end_of(self, line: int) -> types.Position:
        """The LSP position at the end of factlint's `line`, before its line break."""
        text = self.line(line - 1)
        return types.Position(line - 1, _units(text, self._encoding))
