"""A reply's quotation: a short passage that repeats part of an earlier sentence word for word.

A forum reply or an e-mail quotes what it answers ("> under two dollars an hour"), a magazine sets a pull quote
apart: the words are the earlier sentence's, so they are read with it, and what answers them leans on it too.
"""

from __future__ import annotations

from collections import deque

from factlint.text import fold

QUOTED_SENTENCES = 256  # earlier sentences holding figures that a quotation is looked for in
QUOTE_CHARS = 300  # the longest passage read as a quotation of an earlier sentence
QUOTE_WORDS = 3  # words a quotation needs: "2 million" alone repeats a value, no words of a sentence
_QUOTE_MARKS = " \t\n\"'“”‘’„«»…*_>"


class Sentences:
    """The latest sentences with figures a draft has read, folded, each with what it was found in: a memo of one
    draft's reading, bounded."""

    __slots__ = ("kept",)

    def __init__(self) -> None:
        self.kept: deque[tuple[str, object]] = deque(maxlen=QUOTED_SENTENCES)

    def add(self, text: str, where: object) -> None:
        self.kept.append((_folded(text), where))

    def quoted(self, text: str) -> object | None:
        """What the latest sentence that `text` repeats word for word was found in, or None: `text` must be short,
        of a few words, and no sentence of its own's copy only."""
        words = text.strip(_QUOTE_MARKS)
        if len(words) > QUOTE_CHARS or len(words.split()) < QUOTE_WORDS:
            return None
        key = _folded(words)
        return next((where for folded, where in reversed(self.kept) if key in folded), None)


def _folded(text: str) -> str:
    return " ".join(fold(text).split())
