"""A draft's lines read again, for a report that counts columns in UTF-8 bytes (rdjson) where factlint counts
code points. One draft's lines are held at a time: reports come draft by draft."""

from __future__ import annotations

from pathlib import Path

from factlint.errors import FactlintError
from factlint.project.inputs import decode, is_binary


class DraftLines:
    """(report path, 1-based line) -> the line's text, or None when the draft cannot be read as text again."""

    def __init__(self, cwd: Path, encoding: str = "utf-8", stdin: tuple[str, str] | None = None) -> None:
        self._cwd = cwd
        self._encoding = encoding
        self._stdin = stdin  # (report path, text) of the draft read from standard input, which cannot be read twice
        self._path: str | None = None
        self._lines: list[str] | None = None

    def __call__(self, path: str, line: int) -> str | None:
        if path != self._path:
            self._path, self._lines = path, self._read(path)
        lines = self._lines
        return lines[line - 1] if lines is not None and 0 < line <= len(lines) else None

    def _read(self, path: str) -> list[str] | None:
        if self._stdin is not None and path == self._stdin[0]:
            text = self._stdin[1]
        else:
            try:
                data = (self._cwd / path).read_bytes()
                if is_binary(data, self._encoding):
                    return None
                text = decode(data, path, self._encoding)
            except (OSError, FactlintError):
                return None  # changed or gone since it was checked: columns by line only
        # Lines end where factlint's positions say they do: at LF, CR LF or a lone CR.
        return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
