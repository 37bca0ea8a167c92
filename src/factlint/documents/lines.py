"""Line arithmetic on the text markdown-it parsed: where its numbered lines, and their content, begin. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token


def line_starts(text: str) -> list[int]:
    """Offsets where each line begins, and one past the end."""
    starts = [0]
    find = text.find
    nl = find("\n")
    while nl >= 0:
        starts.append(nl + 1)
        nl = find("\n", nl + 1)
    starts.append(len(text) + 1)
    return starts


class Lines:
    """Line arithmetic on the parsed text, in markdown-it's line numbers (0-based)."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts

    def start(self, line: int) -> int:
        return self.starts[min(line, len(self.starts) - 1)]

    def end(self, line: int) -> int:
        """Offset of the line's line break (or the end of text)."""
        return min(self.start(line + 1) - 1, len(self.text))

    def span(self, lmap: list[int]) -> tuple[int, int]:
        return self.start(lmap[0]), min(self.start(lmap[1]), len(self.text))

    def content_starts(self, tok: Token) -> list[int]:
        """Where each line of an inline token's content begins in the text, past container
        markers (`> `, `- `, `1. `) and indentation: the content line is the line's suffix."""
        out = []
        for k, content_line in enumerate(tok.content.split("\n")):
            line = tok.map[0] + k
            a, b = self.start(line), self.end(line)
            source = self.text[a:b].rstrip()
            c = content_line.strip()
            if c and source.endswith(c):
                out.append(a + len(source) - len(c))
            else:
                out.append(a)
        return out
