"""The memo of a run: what checks against one matcher model find again and again, found once.

A sentence with n figures is read n times, a draft's words recur, a claim's related ones are asked for
by every figure it supports. Each kind of answer has its own store, emptied when full: a book's words
must not pile up for the run. The model (check/matching.py) stays frozen; only the memo changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from factlint.check import prune
from factlint.check.matching import MIN_FUZZY, Matcher, near_spellings, tokens, word_info
from factlint.check.score import WordInfo

MEMO_TEXTS = 4096  # texts remembered, their tokens, words and reach together: a passage's figures, not a book's
MEMO_WORDS = 20_000  # words' stems, weights and near spellings: a long draft's working vocabulary
MEMO_MASK_BYTES = 48_000_000  # words' bit sets (three integers of one bit per claim each), at most this much
MIN_MASKS = 256  # bit sets kept however many claims there are


class _Store(dict):  # type: ignore[type-arg]
    """A dict of answers that empties itself when full."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: Hashable, value: object) -> None:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value


class Memo:
    """The answers found for one matcher model, by kind: each method returns what the model gives, once."""

    __slots__ = ("matcher", "_tokens", "_words", "_info", "_reach", "_masks", "_near", "_related")

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        per_store = MEMO_TEXTS // 3
        self._tokens = _Store(per_store)
        self._words = _Store(per_store)
        self._reach = _Store(per_store)
        self._related = _Store(MEMO_TEXTS)
        self._info = _Store(MEMO_WORDS)
        self._near = _Store(MEMO_WORDS)
        self._masks = _Store(max(MIN_MASKS, MEMO_MASK_BYTES // (3 * (len(matcher.profiles) // 8 + 1))))

    def tokens(self, text: str) -> tuple[str, ...]:
        """The content words of `text`, repeats kept (matching.tokens)."""
        got = self._tokens.get(text)
        if got is None:
            got = tuple(tokens(text, self.matcher.stop))
            self._tokens.keep(text, got)
        return got

    def words(self, text: str, extra: str = "") -> tuple[str, ...]:
        """The distinct content words of `text` and `extra`, in order: the same as tokens(text + " " + extra),
        as no word runs across the space."""
        key = (text, extra)
        got = self._words.get(key)
        if got is None:
            got = tuple(dict.fromkeys(self.tokens(text) + self.tokens(extra) if extra else self.tokens(text)))
            self._words.keep(key, got)
        return got

    def info(self, word: str) -> WordInfo:
        """A word's stem, weight and near spellings (matching.word_info); the model holds the registry's own."""
        got = self.matcher.known.get(word)
        if got is None:
            got = self._info.get(word)
            if got is None:
                got = word_info(self.matcher, word)
                self._info.keep(word, got)
        return got

    def reach(self, words: tuple[str, ...], info: Sequence[WordInfo]) -> int:
        """The profiles that may reach the model's floor on these words (prune.reachable), as a bit set."""
        got = self._reach.get(words)
        if got is None:
            got = prune.reachable(info, self.matcher.floor, self.matcher.groups, self.masks)
            self._reach.keep(words, got)
        return got

    def masks(self, word_stem: str, near: frozenset[int]) -> tuple[int, int, int]:
        """Bit sets of the profiles holding the stem, holding only a near spelling, and the rest (prune.masks)."""
        key = (word_stem, near)
        got = self._masks.get(key)
        if got is None:
            got = prune.masks(self.matcher.by_stem, word_stem, near)
            self._masks.keep(key, got)
        return got

    def near(self, word: str) -> tuple[str, ...]:
        """The statements' words (of MIN_FUZZY letters or more) that are near spellings of `word`."""
        got = self._near.get(word)
        if got is None:
            got = tuple(w for w in near_spellings(word, self.matcher.statements.spellings)
                        if len(w) >= MIN_FUZZY)
            self._near.keep(word, got)
        return got

    def related(self, index: int, floor: float,
                find: Callable[[], list[tuple[int, float]]]) -> list[tuple[int, float]]:
        """The claims related to claim `index` at `floor`: what `find` gives, found once."""
        key = (index, floor)
        got = self._related.get(key)
        if got is None:
            got = find()
            self._related.keep(key, got)
        return got

    def sizes(self) -> dict[str, int]:
        """How many answers each store holds."""
        return {name.lstrip("_"): len(getattr(self, name)) for name in self.__slots__ if name != "matcher"}
