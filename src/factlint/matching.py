"""Context matching: how well a figure's sentence matches a claim's statement, keywords and quote.

Numbers are masked on both sides (a value never makes a match), case and accents are folded, stop words
of both languages are dropped. Each content word of the sentence is looked up in the claim's vocabulary
(exactly, by a shared stem, or fuzzily with rapidfuzz) and weighted by how rare it is in the registry.

Pure: strings in, scores out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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
    out = []
    for m in _WORD.finditer(fold(text)):
        w = m.group(0).replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 1 and w not in stop:
            out.append(w)
    return out


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

    def weight(self, word: str) -> float:
        return self.idf.get(stem(word), self.default_idf)


def build(claims, langs: dict[str, str] | None = None) -> Matcher:
    """Prepare a matcher for claims; `langs` gives each source id's language (for reading quotes)."""
    langs = langs or {}
    stop = stopwords()
    profiles = []
    df: dict[str, int] = {}
    for c in claims:
        statement = _masked(c.statement, "en")
        core = tokens(statement + " " + " ".join(c.keywords), stop)
        words = frozenset(core) | frozenset(tokens(_masked(c.quote, langs.get(c.source, "en")), stop))
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
    return Matcher(tuple(profiles), idf, default, stop, {k: tuple(v) for k, v in by_stem.items()})


def _masked(text: str, lang: str) -> str:
    from factlint.figures import extract
    from factlint.scanning import mask

    return mask(text, [(f.start, f.end) for f in extract(text, lang)])


def _found(word: str, profile: ClaimProfile) -> float:
    """1.0 when the claim holds the word or its stem, a fuzzy fraction when it holds a near spelling."""
    if word in profile.words or stem(word) in profile.stems:
        return 1.0
    if len(word) < 5:
        return 0.0
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, profile.words, scorer=fuzz.ratio, score_cutoff=84)
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
