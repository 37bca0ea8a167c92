"""Context matching: how well a figure's sentence matches a claim's statement, keywords and quote.

Numbers are masked on both sides (a value never makes a match), case and accents are folded, stop words
of both languages are dropped. Each content word of the sentence is looked up in the claim's vocabulary
(exactly, by a shared stem, or fuzzily with rapidfuzz) and weighted by how rare it is in the registry.

The `Matcher` is the frozen model of a registry, built once (and cached with it); what a run finds again
and again is kept in a separate `Memo` (check/memo.py) that every search here takes.

Pure: strings in, scores out.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import reduce
from itertools import chain
from operator import or_
from typing import TYPE_CHECKING, Protocol, TypeVar

from factlint.check import score as formula
from factlint.check.prune import Groups, groups, indexes, reachable
from factlint.check.score import Core, WordInfo
from factlint.text import fold

if TYPE_CHECKING:
    from factlint.check.memo import Memo

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
MIN_STEM = 5
MIN_FUZZY = 5  # shorter words are matched by stem only: a near spelling of "wage" is another word
FUZZY_CUTOFF = 84  # fuzz.ratio at which two spellings count as the same word ("labelers", "labellers")
MIN_PIECE_STRONG = 2  # content words a clause piece needs to be scored on its own
MIN_PIECE_WEAK = 3  # the same for a piece cut at a plain comma rather than at ", and" or ";"


def stopwords() -> frozenset[str]:
    from factlint.lang import ALL_STOPWORDS

    return frozenset(fold(w) for w in ALL_STOPWORDS)


def tokens(text: str, stop: frozenset[str]) -> list[str]:
    """Content words: folded, numbers masked (dropped), stop words and one-letter words removed."""
    folded = fold(text)
    words = _WORD.findall(folded.replace("’", "'") if "’" in folded else folded)
    if "'" in folded or "’" in folded:
        words = [w[:-2] if w.endswith("'s") else w for w in words]
    return [w for w in words if len(w) > 1 and w not in stop]


def stem(word: str) -> str:
    return word[:MIN_STEM] if len(word) >= MIN_STEM + 1 else word


K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(dict[K, V]):
    """A dict that refuses every change once built: the model's look-up tables (read as fast as a dict)."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a matcher model is frozen: its tables cannot change")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type, tuple[dict[K, V]]]:  # pickled to worker processes as a plain dict
        return type(self), (dict(self),)


class Prepared(Protocol):
    """What the matcher reads of a claim: the registry prepares it (figures masked out of its texts)."""

    @property
    def id(self) -> str: ...
    @property
    def statement(self) -> str: ...
    @property
    def keywords(self) -> tuple[str, ...]: ...
    @property
    def masked_statement(self) -> str: ...
    @property
    def masked_quote(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ClaimProfile:
    """A claim's vocabulary, prepared once per registry."""

    claim_id: str
    words: frozenset[str]
    stems: frozenset[str]
    core: tuple[str, ...]  # content words of the statement and keywords (what the claim is about)


@dataclass(frozen=True, slots=True)
class Spellings:
    """Words sorted by length: a near spelling of a word is looked for only among words of a length that
    lets fuzz.ratio reach FUZZY_CUTOFF."""

    words: tuple[str, ...]
    lengths: tuple[int, ...]  # len() of each word

    @classmethod
    def of(cls, words: Iterable[str]) -> Spellings:
        ordered = sorted(words, key=lambda w: (len(w), w))  # one order, however the words came
        return cls(tuple(ordered), tuple(len(w) for w in ordered))

    def near_length(self, length: int) -> Sequence[str]:
        """The words whose length lets fuzz.ratio reach FUZZY_CUTOFF against a word of `length`.

        fuzz.ratio is 100 * (1 - d / (a + b)) with an edit distance d of at least |a - b|, so lengths further
        apart than that can never match: leaving them out gives the same matches for about half the work.
        The lengths that can are one run, so the words are one slice.
        """
        low = length
        while low > 1 and _near_enough(low - 1, length):
            low -= 1
        high = length
        while _near_enough(high + 1, length):
            high += 1
        return self.words[bisect.bisect_left(self.lengths, low):bisect.bisect_left(self.lengths, high + 1)]


def _near_enough(a: int, b: int) -> bool:
    return abs(a - b) <= (1.0 - FUZZY_CUTOFF / 100.0) * (a + b) + 1e-9


@dataclass(frozen=True, slots=True)
class Statements:
    """The claims' statements as words, for related(): built once per registry."""

    words: tuple[tuple[str, ...], ...]  # each statement's distinct content words
    totals: tuple[float, ...]  # their weights added up
    by_word: FrozenDict[str, tuple[int, ...]]  # word -> the statements holding it
    by_stem: FrozenDict[str, tuple[str, ...]]  # stem -> the statements' words of that stem
    spellings: Spellings  # the statements' words, for near spellings


@dataclass(frozen=True, slots=True, repr=False)
class Matcher:
    """The frozen model of a registry: claim profiles, word rarity (inverse document frequency), indexes.

    Everything here is what the registry determines; nothing changes while checking.
    """

    profiles: tuple[ClaimProfile, ...]
    idf: FrozenDict[str, float]
    default_idf: float
    stop: frozenset[str]
    by_stem: FrozenDict[str, tuple[int, ...]]  # stem -> indexes of profiles holding it
    by_word: FrozenDict[str, tuple[int, ...]]  # word -> indexes of profiles holding it
    floor: float  # candidates() may leave out profiles that cannot score this much
    cores: tuple[Core, ...]  # each profile's core words with their stems and weights
    groups: Groups  # the profiles by core weight, for pruning
    spellings: Spellings  # the registry's words, for near spellings
    statements: Statements
    # With a floor: each registry word's near spellings among the registry's words, and its stem, weight and
    # the profiles holding those (a draft's words are mostly the registry's).
    near: FrozenDict[str, tuple[str, ...]] = field(default_factory=FrozenDict)
    known: FrozenDict[str, WordInfo] = field(default_factory=FrozenDict)

    def weight(self, word: str) -> float:
        return self.idf.get(stem(word), self.default_idf)

    def __repr__(self) -> str:  # the tables run to megabytes
        return f"Matcher({len(self.profiles)} claims, {len(self.by_word)} words, floor={self.floor})"


def build(claims: Sequence[Prepared], floor: float = 0.0) -> Matcher:
    """The model of claims (their statements and quotes with the figures masked out).

    With a `floor`, candidates() leaves out claims that provably cannot score that much.
    """
    stop = stopwords()
    profiles, statements = [], []
    for c in claims:
        core = tokens(c.masked_statement + " " + " ".join(c.keywords), stop)
        words = frozenset(core) | frozenset(tokens(c.masked_quote, stop))
        profiles.append(ClaimProfile(c.id, words, frozenset(stem(w) for w in words), tuple(dict.fromkeys(core))))
        statements.append(tuple(dict.fromkeys(tokens(c.statement, stop))))
    return assemble(profiles, statements, stop, floor)


def assemble(profiles: Sequence[ClaimProfile], statement_words: Sequence[tuple[str, ...]], stop: frozenset[str],
             floor: float, near: Mapping[str, tuple[str, ...]] | None = None) -> Matcher:
    """The model of claims read into profiles and their statements' words (what build() reads, what a cache
    keeps). With a `floor`, each registry word's near spellings are found now, unless `near` holds them."""
    df: dict[str, int] = {}
    for p in profiles:
        for s in p.stems:
            df[s] = df.get(s, 0) + 1
    n = max(len(profiles), 1)
    idf = FrozenDict({s: math.log((n + 1) / (k + 0.5)) for s, k in df.items()})
    default = math.log((n + 1) / 1.5)  # an unseen word weighs like one held by a single claim
    by_stem: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        for s in p.stems:
            by_stem.setdefault(s, []).append(i)
        for w in p.words:
            by_word.setdefault(w, []).append(i)
    stems = {w: stem(w) for w in dict.fromkeys(chain(by_word, *statement_words))}  # each word once
    weights = {w: idf.get(st, default) for w, st in stems.items()}
    cores = _cores(profiles, stems, weights)
    matcher = Matcher(tuple(profiles), idf, default, stop, _frozen(by_stem), _frozen(by_word), floor, cores,
                      groups(cores), Spellings.of(by_word), _statements(statement_words, stems, weights))
    if not floor:
        return matcher
    if near is None:
        near = {w: tuple(near_spellings(w, matcher.spellings)) if len(w) >= MIN_FUZZY else () for w in by_word}
    known = {w: _info(stems[w], weights[w], near[w], matcher.by_word) for w in by_word}
    return replace(matcher, near=FrozenDict({w: tuple(near[w]) for w in by_word}), known=FrozenDict(known))


def _frozen(table: dict[str, list[int]]) -> FrozenDict[str, tuple[int, ...]]:
    return FrozenDict({k: tuple(v) for k, v in table.items()})


def _cores(profiles: Sequence[ClaimProfile], stems: Mapping[str, str], weights: Mapping[str, float]) -> tuple[Core, ...]:
    # One (word, stem, weight) per word, shared by every core that holds it.
    described = {w: (w, stems[w], weights[w]) for w in set(chain.from_iterable(p.core for p in profiles))}
    out = []
    for p in profiles:
        words = tuple(described[w] for w in p.core)
        out.append(Core(sum(wt for _, _, wt in words) or 1.0, words))
    return tuple(out)


def _statements(statement_words: Sequence[tuple[str, ...]], stems: Mapping[str, str],
                weights: Mapping[str, float]) -> Statements:
    by_word: dict[str, list[int]] = {}
    by_stem: dict[str, list[str]] = {}
    totals = []
    for i, ws in enumerate(statement_words):
        totals.append(sum(weights[w] for w in ws))
        for w in ws:
            if w not in by_word:
                by_stem.setdefault(stems[w], []).append(w)
            by_word.setdefault(w, []).append(i)
    return Statements(tuple(statement_words), tuple(totals), _frozen(by_word),
                      FrozenDict({k: tuple(v) for k, v in by_stem.items()}), Spellings.of(by_word))


def near_spellings(word: str, spellings: Spellings) -> list[str]:
    """The words of `spellings` that fuzz.ratio puts at FUZZY_CUTOFF or more from `word`."""
    from rapidfuzz import fuzz, process

    return [w for w, _, _ in process.extract(word, spellings.near_length(len(word)), scorer=fuzz.ratio,
                                             score_cutoff=FUZZY_CUTOFF, limit=None)]


def word_info(matcher: Matcher, word: str) -> WordInfo:
    """A word's stem, weight, and the profiles holding a near spelling of it (among all the registry's words)."""
    st = stem(word)
    near = near_spellings(word, matcher.spellings) if len(word) >= MIN_FUZZY else ()
    return _info(st, matcher.idf.get(st, matcher.default_idf), near, matcher.by_word)


def _info(st: str, weight: float, near: Iterable[str], by_word: Mapping[str, tuple[int, ...]]) -> WordInfo:
    profiles: set[int] = set()
    for other in near:
        profiles.update(by_word[other])
    return WordInfo(st, weight, frozenset(profiles))


def _fuzzy(word: str, profile: ClaimProfile) -> bool:
    """Whether the claim holds a near spelling of the word (looked for in its words alone)."""
    if len(word) < MIN_FUZZY:
        return False
    from rapidfuzz import fuzz, process

    return process.extractOne(word, profile.words, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF) is not None


_NONE: frozenset[int] = frozenset()


def score(matcher: Matcher, sentence: str, profile_index: int, extra: str = "") -> float:
    """0-100: how much of the sentence the claim explains, blended with how much of the claim it covers.

    The claim is read on its own: its near spellings are looked for in its words alone.
    """
    profile = matcher.profiles[profile_index]
    words = list(dict.fromkeys(tokens(sentence + " " + extra, matcher.stop)))
    mine = frozenset((profile_index,))
    info = []
    for w in words:
        st = stem(w)
        near = mine if st not in profile.stems and _fuzzy(w, profile) else _NONE
        info.append(WordInfo(st, matcher.idf.get(st, matcher.default_idf), near))
    return formula.score(words, info, profile.stems, profile_index, matcher.cores[profile_index])


def mentions(matcher: Matcher, profile_index: int, phrase: str) -> bool:
    """Whether a claim's statement, keywords or quote hold the word(s) of `phrase` (fuzzily)."""
    words = tokens(phrase, matcher.stop)
    profile = matcher.profiles[profile_index]
    return bool(words) and all(w in profile.words or stem(w) in profile.stems or _fuzzy(w, profile) for w in words)


def candidates(matcher: Matcher, memo: Memo, sentence: str, extra: str = "", clause: str = "",
               pieces: tuple[tuple[str, bool], ...] = ()) -> list[tuple[int, float]]:
    """Profiles sharing a word stem with the sentence, scored, best first.

    A sentence holding several figures is also scored on the figure's own clause (the text between its
    neighbouring figures), so that "paid less than $2 an hour to read 150 passages a day" gives each
    figure its own context; the better of the two scores counts.
    """
    views = _views(memo, sentence, clause, pieces)
    if not matcher.floor or not matcher.by_word:
        return _all_candidates(matcher, sentence, extra, views)
    words = memo.words(sentence, extra)
    texts = list(dict.fromkeys(memo.words(v, extra) for v in views))  # a piece may read the same as the clause
    sent_stems = {stem(w) for w in words}
    infos = [[memo.info(w) for w in ws] for ws in texts]
    reach = [memo.reach(ws, info) for ws, info in zip(texts, infos)]
    profiles, cores, floor = matcher.profiles, matcher.cores, matcher.floor
    scored = []
    for i in indexes(reduce(or_, reach)):
        stems = profiles[i].stems
        if stems.isdisjoint(sent_stems):
            continue  # shares no stem with the sentence: never a candidate
        value = max(formula.score(ws, info, stems, i, cores[i], floor)
                    for ws, info, r in zip(texts, infos, reach) if r >> i & 1)
        if value >= floor:  # below it no verdict weighs the claim
            scored.append((i, value))
    return _ordered(matcher, scored, words, _by_score)


def _views(memo: Memo, sentence: str, clause: str, pieces: tuple[tuple[str, bool], ...]) -> list[str]:
    """The texts a figure is scored on: its sentence; its clause, when that is another text of two content words
    or more; each clause piece with enough of them (one cut at a plain comma needs more than one cut at ", and")."""
    views = [sentence]
    if clause.strip() and clause.strip() != sentence.strip() and len(memo.tokens(clause)) >= 2:
        views.append(clause)
    views += [p for p, strong in pieces if len(memo.tokens(p)) >= (MIN_PIECE_STRONG if strong else MIN_PIECE_WEAK)]
    return views


def _all_candidates(matcher: Matcher, sentence: str, extra: str, views: list[str]) -> list[tuple[int, float]]:
    """Every profile sharing a stem with the sentence, scored (no floor to prune by), in the order met."""
    scored = [(i, max(score(matcher, view, i, extra) for view in views))
              for i in _met(matcher, tokens(sentence + " " + extra, matcher.stop))]
    scored.sort(key=lambda t: -t[1])
    return scored


def _met(matcher: Matcher, words: Iterable[str]) -> set[int]:
    """The profiles sharing a stem with `words`: the unpruned search meets them in this set's order."""
    seen: set[int] = set()
    for w in words:
        seen.update(matcher.by_stem.get(stem(w), ()))
    return seen


Row = TypeVar("Row", bound=tuple)


def _by_score(row: tuple[int, float]) -> float:
    return -row[1]


def _ordered(matcher: Matcher, rows: list[Row], words: Sequence[str], key: Callable[[Row], object]) -> list[Row]:
    """Rows (a profile index first) best first by `key`; equal keys in the order the unpruned search met the
    profiles (those sharing a stem with `words`), so that verdicts do not depend on pruning."""
    rows.sort(key=lambda t: (key(t), t[0]))
    if len({key(t) for t in rows}) == len(rows):
        return rows
    rank = {i: k for k, i in enumerate(_met(matcher, words))}
    rows.sort(key=lambda t: (key(t), rank[t[0]]))
    return rows


def related(matcher: Matcher, memo: Memo, index: int, floor: float) -> list[tuple[int, float]]:
    """Profiles whose statement and claim `index` match at `floor` either way round, best first.

    The same as reading the claim's statement through candidates() with no floor and keeping those where
    max(forward, reverse) reaches `floor`, without scoring the thousands of claims that cannot.
    """
    return memo.related(index, floor, lambda: _related(matcher, memo, index, floor))


def _related(matcher: Matcher, memo: Memo, index: int, floor: float) -> list[tuple[int, float]]:
    profiles, cores, statements = matcher.profiles, matcher.cores, matcher.statements
    words = statements.words[index]
    info = [memo.info(w) for w in words]
    sent_stems = {st for st, _, _ in info}
    pool = set(indexes(reachable(info, floor, matcher.groups, memo.masks))) | _reverse_pool(matcher, memo, index, floor)
    found = []
    for i in pool:
        if i == index or profiles[i].stems.isdisjoint(sent_stems):
            continue
        forward = formula.score(words, info, profiles[i].stems, i, cores[i])
        theirs = statements.words[i]
        reverse = formula.score(theirs, [memo.info(w) for w in theirs], profiles[index].stems, index, cores[index])
        value = max(forward, reverse)
        if value >= floor:
            found.append((i, value, forward))
    return [(i, v) for i, v, _ in _ordered(matcher, found, words, _by_score_then_forward)]


def _by_score_then_forward(row: tuple[int, float, float]) -> tuple[float, float]:
    return -row[1], -row[2]


def _reverse_pool(matcher: Matcher, memo: Memo, index: int, floor: float) -> set[int]:
    """Claims whose statement, read against profile `index`, may score `floor` (a bound on its coverage)."""
    statements = matcher.statements
    profile = matcher.profiles[index]
    hitting = {w for st in profile.stems for w in statements.by_stem.get(st, ())}
    for mine in profile.words:  # fuzz.ratio is symmetric: their near spellings of my words
        hitting.update(memo.near(mine))
    acc: dict[int, float] = {}
    for w in hitting:
        wt = matcher.weight(w)
        for i in statements.by_word[w]:
            acc[i] = acc.get(i, 0.0) + wt
    need = formula.coverage_for(formula.target(floor))
    return {i for i, hit in acc.items() if hit >= need * statements.totals[i] * (1.0 - 1e-9)}
