"""Context matching: how well a figure's sentence matches a claim's statement, keywords and quote.

Numbers are masked on both sides (a value never makes a match), case and accents are folded, stop words
of both languages are dropped. Each content word of the sentence is looked up in the claim's vocabulary
(exactly, by a shared stem, or fuzzily with rapidfuzz) and weighted by how rare it is in the registry.

Pure: strings in, scores out.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from factlint.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
MIN_STEM = 5
MIN_PIECE_STRONG = 2  # content words a clause piece needs to be scored on its own
MIN_PIECE_WEAK = 3  # shared prefix length that counts as the same word ("labelers" ~ "labeling")


def stopwords() -> frozenset[str]:
    from factlint.lang import en, nl

    return frozenset(fold(w) for w in en.STOPWORDS | nl.STOPWORDS)


def tokens(text: str, stop: frozenset[str]) -> list[str]:
    """Content words: folded, numbers masked (dropped), stop words and one-letter words removed."""
    folded = fold(text)
    words = _WORD.findall(folded.replace("’", "'") if "’" in folded else folded)
    if "'" in folded or "’" in folded:
        words = [w[:-2] if w.endswith("'s") else w for w in words]
    return [w for w in words if len(w) > 1 and w not in stop]


def stem(word: str) -> str:
    return word[:MIN_STEM] if len(word) >= MIN_STEM + 1 else word


@dataclass(frozen=True, slots=True)
class ClaimProfile:
    """A claim's vocabulary, prepared once per registry."""

    claim_id: str
    words: frozenset[str]
    stems: frozenset[str]
    core: tuple[str, ...]  # content words of the statement and keywords (what the claim is about)


@dataclass(frozen=True, slots=True)
class Matcher:
    """Claim profiles and the registry's word rarity (inverse document frequency)."""

    profiles: tuple[ClaimProfile, ...]
    idf: dict[str, float]
    default_idf: float
    stop: frozenset[str]
    by_stem: dict[str, tuple[int, ...]]  # stem -> indexes of profiles holding it
    by_word: dict[str, tuple[int, ...]] = field(default_factory=dict)  # word -> indexes of profiles holding it
    floor: float = 0.0  # candidates() may leave out profiles that cannot score this much
    # Per-run memos (a matcher lives for one run): words per text, (stem, weight, fuzzy hits) per word.
    memo_words: dict = field(default_factory=dict, compare=False, repr=False)
    memo_info: dict = field(default_factory=dict, compare=False, repr=False)
    memo_core: dict = field(default_factory=dict, compare=False, repr=False)
    memo_related: dict = field(default_factory=dict, compare=False, repr=False)
    memo_masks: dict = field(default_factory=dict, compare=False, repr=False)

    def weight(self, word: str) -> float:
        return self.idf.get(stem(word), self.default_idf)


def build(claims, floor: float = 0.0) -> Matcher:
    """Prepare a matcher for claims (their statements and quotes with the figures masked out).

    With a `floor`, candidates() leaves out claims that provably cannot score that much.
    """
    stop = stopwords()
    profiles = []
    df: dict[str, int] = {}
    for c in claims:
        core = tokens(c.masked_statement + " " + " ".join(c.keywords), stop)
        words = frozenset(core) | frozenset(tokens(c.masked_quote, stop))
        stems = frozenset(stem(w) for w in words)
        profiles.append(ClaimProfile(c.id, words, stems, tuple(dict.fromkeys(core))))
        for s in stems:
            df[s] = df.get(s, 0) + 1
    n = max(len(profiles), 1)
    idf = {s: math.log((n + 1) / (k + 0.5)) for s, k in df.items()}
    default = math.log((n + 1) / 1.5)  # an unseen word weighs like one held by a single claim
    by_stem: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        for s in p.stems:
            by_stem.setdefault(s, []).append(i)
    by_word: dict[str, list[int]] = {}
    for i, p in enumerate(profiles):
        for w in p.words:
            by_word.setdefault(w, []).append(i)
    matcher = Matcher(tuple(profiles), idf, default, stop, {k: tuple(v) for k, v in by_stem.items()},
                      {k: tuple(v) for k, v in by_word.items()}, floor)
    if floor:
        # Built with the matcher, so that a cached matcher has them too: the core-weight groups, and each
        # registry word's stem, weight and near spellings (a draft's words are mostly the registry's).
        _groups(matcher)
        for word in matcher.by_word:
            _info(matcher, word)
    return matcher


def _found(word: str, profile: ClaimProfile) -> float:
    """1.0 when the claim holds the word or its stem, a fuzzy fraction when it holds a near spelling."""
    if word in profile.words or stem(word) in profile.stems:
        return 1.0
    if len(word) < 5:
        return 0.0
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, profile.words, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return 0.9 if best else 0.0


def score(matcher: Matcher, sentence: str, profile_index: int, extra: str = "") -> float:
    """0-100: how much of the sentence the claim explains, blended with how much of the claim it covers."""
    profile = matcher.profiles[profile_index]
    words = list(dict.fromkeys(tokens(sentence + " " + extra, matcher.stop)))
    if not words:
        return 0.0
    total = hit = 0.0
    for w in words:
        wt = matcher.weight(w)
        total += wt
        hit += wt * _found(w, profile)
    coverage = hit / total if total else 0.0
    sent_stems = {stem(w) for w in words}
    core = profile.core
    core_total = sum(matcher.weight(w) for w in core) or 1.0
    core_hit = sum(matcher.weight(w) for w in core if stem(w) in sent_stems or w in words)
    recall = core_hit / core_total
    return round(100.0 * (0.75 * coverage + 0.25 * recall), 1)


def mentions(matcher: Matcher, profile_index: int, phrase: str) -> bool:
    """Whether a claim's statement, keywords or quote hold the word(s) of `phrase` (fuzzily)."""
    words = tokens(phrase, matcher.stop)
    return bool(words) and all(_found(w, matcher.profiles[profile_index]) for w in words)


def candidates(matcher: Matcher, sentence: str, extra: str = "", clause: str = "",
               pieces: tuple[tuple[str, bool], ...] = ()) -> list[tuple[int, float]]:
    """Profiles sharing a word stem with the sentence, scored, best first.

    A sentence holding several figures is also scored on the figure's own clause (the text between its
    neighbouring figures), so that "paid less than $2 an hour to read 150 passages a day" gives each
    figure its own context; the better of the two scores counts.
    """
    if not matcher.floor or not matcher.by_word:
        return _all_candidates(matcher, sentence, extra, clause, pieces)
    words = _words(matcher, sentence, extra)
    texts = [words]
    if clause.strip() and clause.strip() != sentence.strip() and _count(matcher, clause) >= 2:
        texts.append(_words(matcher, clause, extra))
    texts += [_words(matcher, p, extra) for p, strong in pieces
              if _count(matcher, p) >= (MIN_PIECE_STRONG if strong else MIN_PIECE_WEAK)]
    texts = list(dict.fromkeys(texts))  # a piece may read the same as the clause
    sent_stems = {stem(w) for w in words}
    infos = [[_info(matcher, w) for w in ws] for ws in texts]
    reach = [_reach(matcher, ws, info) for ws, info in zip(texts, infos)]
    profiles = matcher.profiles
    scored = []
    for i in _indexes(reduce(or_, reach)):
        if profiles[i].stems.isdisjoint(sent_stems):
            continue  # shares no stem with the sentence: never a candidate
        value = max(_score_words(matcher, ws, info, i, matcher.floor)
                    for ws, info, r in zip(texts, infos, reach) if r >> i & 1)
        if value >= matcher.floor:  # below it no verdict weighs the claim
            scored.append((i, value))
    return _ordered(matcher, scored, words, matcher.floor)


def _all_candidates(matcher: Matcher, sentence: str, extra: str, clause: str,
                    pieces: tuple[tuple[str, bool], ...]) -> list[tuple[int, float]]:
    """Every profile sharing a stem with the sentence, scored (no floor to prune by)."""
    words = tokens(sentence + " " + extra, matcher.stop)
    seen: set[int] = set()
    for w in words:
        seen.update(matcher.by_stem.get(stem(w), ()))
    use_clause = clause.strip() and clause.strip() != sentence.strip() and len(tokens(clause, matcher.stop)) >= 2
    # A piece cut at a plain comma must carry more words than one cut at ", and" to count on its own.
    views = [p for p, strong in pieces if len(tokens(p, matcher.stop)) >= (MIN_PIECE_STRONG if strong else MIN_PIECE_WEAK)]
    scored = []
    for i in seen:
        value = score(matcher, sentence, i, extra)
        if use_clause:
            value = max(value, score(matcher, clause, i, extra))
        for view in views:
            value = max(value, score(matcher, view, i, extra))
        scored.append((i, value))
    scored.sort(key=lambda t: -t[1])
    return scored


MEMO_TEXTS = 4096  # texts remembered: enough for the figures of one passage, not a whole book
MEMO_WORDS = 20_000  # words' stems, weights and near spellings: a long draft's working vocabulary
MEMO_MASK_BYTES = 48_000_000  # words' bit sets (three integers of one bit per claim each), at most this much


def _words(matcher: Matcher, text: str, extra: str = "") -> tuple[str, ...]:
    """The distinct content words of `text` and `extra`, in order; memoised, as a sentence with n figures is
    read n times. The same as tokens(text + " " + extra): no word runs across the space."""
    key = ("words", text, extra)
    got = matcher.memo_words.get(key)
    if got is None:
        got = tuple(dict.fromkeys(_tokens(matcher, text) + _tokens(matcher, extra) if extra else _tokens(matcher, text)))
        _remember(matcher.memo_words, key, got)
    return got


def _count(matcher: Matcher, text: str) -> int:
    """How many content words `text` holds (repeats counted)."""
    return len(_tokens(matcher, text))


def _tokens(matcher: Matcher, text: str) -> tuple[str, ...]:
    key = ("tokens", text)
    got = matcher.memo_words.get(key)
    if got is None:
        got = tuple(tokens(text, matcher.stop))
        _remember(matcher.memo_words, key, got)
    return got


def _remember(memo: dict, key, value, limit: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """memo[key] = value, emptying the memo first when full (MEMO_TEXTS entries unless `limit` says): a book's
    words must not pile up for the run."""
    if len(memo) >= (MEMO_TEXTS if limit is None else limit):
        memo.clear()
    memo[key] = value


def _reach(matcher: Matcher, words: tuple[str, ...], info: list) -> int:
    """_reachable() at the matcher's floor, memoised by the words (the sentence of each of its figures)."""
    key = ("reach", words)
    got = matcher.memo_words.get(key)
    if got is None:
        got = _reachable(matcher, info, matcher.floor)
        _remember(matcher.memo_words, key, got)
    return got


def _info(matcher: Matcher, word: str) -> tuple[str, float, frozenset[int]]:
    """A word's stem, weight, and the profiles holding a near spelling of it (what _found() calls fuzzy)."""
    got = matcher.memo_info.get(word)
    if got is None:
        st = stem(word)
        near: set[int] = set()
        if len(word) >= 5:
            from rapidfuzz import fuzz, process

            within_reach = _near_length(matcher.memo_info, matcher.by_word, len(word))
            for other, _, _ in process.extract(word, within_reach, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                               limit=None):
                near.update(matcher.by_word[other])
        got = (st, matcher.idf.get(st, matcher.default_idf), frozenset(near))
        _remember(matcher.memo_info, word, got, max(MEMO_WORDS, 2 * len(matcher.by_word)))
    return got


FUZZY_CUTOFF = 84  # fuzz.ratio at which two spellings count as the same word ("labelers", "labellers")


def _near_length(memo: dict, vocabulary, length: int) -> tuple[str, ...]:
    """The words of `vocabulary` whose length lets fuzz.ratio reach FUZZY_CUTOFF against a word of `length`,
    memoised in `memo`.

    fuzz.ratio is 100 * (1 - d / (a + b)) with an edit distance d of at least |a - b|, so lengths further
    apart than that can never match: leaving them out gives the same matches for about half the work.
    """
    key = ("length", length)
    got = memo.get(key)
    if got is None:
        slack = 1.0 - FUZZY_CUTOFF / 100.0
        got = memo[key] = tuple(w for w in vocabulary if abs(len(w) - length) <= slack * (len(w) + length) + 1e-9)
    return got


def _core(matcher: Matcher, index: int) -> tuple[float, tuple[tuple[str, str, float], ...]]:
    got = matcher.memo_core.get(index)
    if got is None:
        core = tuple((w, stem(w), matcher.weight(w)) for w in matcher.profiles[index].core)
        got = matcher.memo_core[index] = (sum(wt for _, _, wt in core) or 1.0, core)
    return got


def _score_words(matcher: Matcher, words: tuple[str, ...], info: list, index: int, floor: float = 0.0) -> float:
    """score() on words already read: the same arithmetic in the same order, so the same value.

    0.0 instead when even a full recall could not lift the coverage to `floor`.
    """
    if not words:
        return 0.0
    stems = matcher.profiles[index].stems
    total = hit = 0.0
    for st, wt, near in info:
        total += wt
        hit += wt * (1.0 if st in stems else 0.9 if index in near else 0.0)
    coverage = hit / total if total else 0.0
    if floor and 100.0 * (0.75 * coverage + 0.25) < floor - 0.06:
        return 0.0
    sent_stems = {st for st, _, _ in info}
    core_total, core = _core(matcher, index)
    core_hit = sum(wt for w, st, wt in core if st in sent_stems or w in words)
    recall = core_hit / core_total
    return round(100.0 * (0.75 * coverage + 0.25 * recall), 1)


def _reachable(matcher: Matcher, info: list, floor: float) -> int:
    """A bit set of the profiles that may score `floor` on these words; all others provably cannot.

    Every claim at or above the floor holds some set of the words whose weights add up to the coverage
    it needs. The words are walked rarest first, splitting the claims into those that hold each word
    (exactly, or only a near spelling) and those that do not; a branch ends when it has no claims left,
    when its claims have reached what they need, or when the words left cannot get them there. Each
    split is an AND of two bit sets (Python integers): thousands of claims per machine word.
    """
    target = (floor - 0.06) / 100.0  # 0.06: the score is rounded to one decimal
    total = sum(wt for _, wt, _ in info)
    if not total:
        return 0
    items = []
    for word_stem, wt, near in sorted(info, key=lambda t: -t[1]):
        exact, near_only, neither = _masks(matcher, word_stem, near)
        if exact or near_only:
            items.append((wt, exact, near_only, neither))
    left = [0.0] * (len(items) + 1)
    for j in range(len(items) - 1, -1, -1):
        left[j] = left[j + 1] + items[j][0]
    groups = _groups(matcher)
    limits = _limits(groups.weights, target, total)
    upto, beyond = groups.upto, groups.beyond
    found = 0
    stack = [(0, groups.every, 0.0)]
    while stack:
        j, claims, hit = stack.pop()
        k = bisect.bisect_right(limits, hit)  # the groups whose claims have all they need
        if k:
            found |= claims & upto[k]
            claims &= beyond[k]
            if not claims:
                continue
        if k == len(limits) or j == len(items) or hit + left[j] < limits[k]:
            continue
        wt, exact, near_only, neither = items[j]
        for part, gain in ((claims & exact, wt), (claims & near_only, 0.9 * wt), (claims & neither, 0.0)):
            if part:
                stack.append((j + 1, part, hit + gain))
    return found


def _limits(core_weights: tuple[float, ...], target: float, total: float) -> list[float]:
    """The weight of the text's words a claim of each group must hold to reach `target` (nondecreasing).

    A score is 0.75 * hit / total + 0.25 * recall, and recall (the weight of the claim's core words that
    the text holds, over all of them) is at most 1 and, when no two core words share a stem, at most
    hit / core weight: a claim with a heavy core needs more of the text's words than one with a light one.
    """
    plain = (target - 0.25) / 0.75 * total
    return [max(plain, target / (0.75 / total + 0.25 / w)) * (1.0 - 1e-9) if w else plain * (1.0 - 1e-9)
            for w in core_weights]


@dataclass(frozen=True, slots=True)
class _Groups:
    """Profiles grouped by core weight, lightest first, as bit sets."""

    weights: tuple[float, ...]  # each group's lightest core weight (0.0: recall not bounded by hit)
    upto: tuple[int, ...]  # upto[k]: the profiles of the first k groups
    beyond: tuple[int, ...]  # beyond[k]: all the others
    every: int


GROUPS = 16


def _groups(matcher: Matcher) -> _Groups:
    got = matcher.memo_core.get("groups")  # with the claims' core weights: one per registry
    if got is None:
        weights = []
        for i, p in enumerate(matcher.profiles):
            core_total, core = _core(matcher, i)
            stems = [st for _, st, _ in core]
            # Two core words of one stem both count towards recall: then recall is not bounded by hit.
            weights.append((core_total if core and len(set(stems)) == len(stems) else 0.0, i))
        weights.sort()
        size = max(1, -(-len(weights) // GROUPS))
        every = (1 << len(weights)) - 1
        lightest, upto = [], [0]
        for k in range(0, len(weights), size):
            chunk = weights[k:k + size]
            lightest.append(chunk[0][0])
            upto.append(upto[-1] | _bitset([i for _, i in chunk]))
        got = matcher.memo_core["groups"] = _Groups(tuple(lightest), tuple(upto),
                                                      tuple(every & ~m for m in upto), every)
    return got


def _masks(matcher: Matcher, word_stem: str, near: frozenset[int]) -> tuple[int, int, int]:
    """Bit sets of the profiles holding this stem, of those holding only a near spelling, and of the rest."""
    key = (word_stem, near)
    got = matcher.memo_masks.get(key)
    if got is None:
        exact = _bitset(matcher.by_stem.get(word_stem, ()))
        near_only = _bitset(near) & ~exact
        got = (exact, near_only, ~(exact | near_only))
        _remember(matcher.memo_masks, key, got, max(256, MEMO_MASK_BYTES // (3 * (len(matcher.profiles) // 8 + 1))))
    return got


def _bitset(indexes) -> int:
    if not indexes:
        return 0
    buf = bytearray(max(indexes) // 8 + 1)
    for i in indexes:
        buf[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buf, "little")


def _indexes(bits: int):
    """The positions of the set bits, lowest first."""
    if bits < 0:  # a complement (~mask) has infinitely many: every caller must AND it with a real set first
        raise ValueError("a negative bit set has no finite list of positions")
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


def _ordered(matcher: Matcher, scored: list[tuple[int, float]], words: tuple[str, ...],
             floor: float) -> list[tuple[int, float]]:
    """Best first; equal scores in the order the unpruned search met them, so verdicts do not change."""
    scored.sort(key=lambda t: (-t[1], t[0]))
    top = [v for _, v in scored]
    if len(top) == len(set(top)):
        return scored
    seen: set[int] = set()
    for w in words:
        seen.update(matcher.by_stem.get(stem(w), ()))
    rank = {i: k for k, i in enumerate(seen)}
    scored.sort(key=lambda t: (-t[1], rank[t[0]]))
    return scored


def related(matcher: Matcher, index: int, statements: tuple[str, ...], floor: float) -> list[tuple[int, float]]:
    """Profiles whose statement and claim `index` match at `floor` either way round, best first.

    The same as reading `statements[index]` through candidates() with no floor and keeping those where
    max(forward, reverse) reaches `floor`, without scoring the thousands of claims that cannot.
    """
    key = (index, floor)
    got = matcher.memo_related.get(key)
    if got is not None:
        return got
    profiles = matcher.profiles
    words = _words(matcher, statements[index])
    info = [_info(matcher, w) for w in words]
    sent_stems = {st for st, _, _ in info}
    pool = set(_indexes(_reachable(matcher, info, floor))) | _reverse_pool(matcher, index, statements, floor)
    found = []
    for i in pool:
        if i == index or profiles[i].stems.isdisjoint(sent_stems):
            continue
        forward = _score_words(matcher, words, info, i)
        theirs = _words(matcher, statements[i])
        value = max(forward, _score_words(matcher, theirs, [_info(matcher, w) for w in theirs], index))
        if value >= floor:
            found.append((i, value, forward))
    found.sort(key=lambda t: (-t[1], -t[2], t[0]))
    if len({(v, f) for _, v, f in found}) < len(found):
        # Ties: the unpruned search met candidates in set order; keep that order.
        seen: set[int] = set()
        for w in words:
            seen.update(matcher.by_stem.get(stem(w), ()))
        rank = {i: k for k, i in enumerate(seen)}
        found.sort(key=lambda t: (-t[1], -t[2], rank[t[0]]))
    got = matcher.memo_related[key] = [(i, v) for i, v, _ in found]
    return got


def _reverse_pool(matcher: Matcher, index: int, statements: tuple[str, ...], floor: float) -> set[int]:
    """Claims whose statement, read against profile `index`, may score `floor` (a bound on its coverage)."""
    by_word, by_stem, vocabulary, totals = statements_table(matcher, statements)
    profile = matcher.profiles[index]
    hitting = {w for st in profile.stems for w in by_stem.get(st, ())}
    from rapidfuzz import fuzz, process

    for mine in profile.words:  # fuzz.ratio is symmetric: their near spellings of my words
        near = matcher.memo_related.get(("near", mine))
        if near is None:
            near = matcher.memo_related[("near", mine)] = tuple(
                w for w, _, _ in process.extract(mine, _near_length(matcher.memo_related, vocabulary, len(mine)),
                                                 scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
                if len(w) >= 5)
        hitting.update(near)
    acc: dict[int, float] = {}
    for w in hitting:
        wt = matcher.weight(w)
        for i in by_word[w]:
            acc[i] = acc.get(i, 0.0) + wt
    need = ((floor - 0.06) / 100.0 - 0.25) / 0.75
    return {i for i, hit in acc.items() if hit >= need * totals[i] * (1.0 - 1e-9)}


def statements_table(matcher: Matcher, statements: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The claims' statements indexed by word (for related()): built once, and with the engine, so cached."""
    table = matcher.memo_related.get("statements")
    if table is None:
        by_word: dict[str, list[int]] = {}
        by_stem: dict[str, list[str]] = {}
        totals = []
        for i, text in enumerate(statements):
            ws = _words(matcher, text)
            totals.append(sum(matcher.weight(w) for w in ws))
            for w in ws:
                if w not in by_word:
                    by_stem.setdefault(stem(w), []).append(w)
                by_word.setdefault(w, []).append(i)
        table = matcher.memo_related["statements"] = (by_word, by_stem, tuple(by_word), totals)
    return table
