"""The matching model of a registry: each claim's words with their weights and keys, its scope, and an index
from key to claims. Built once per registry (and cached with it); frozen.

A claim is about what its statement says, less the chain of who reported it ("…, Time magazine
reported", "as cited in an interview with …"); an attribution that names the figure's origin ("according
to a recent World Bank estimate") is part of it. Its keywords, its quote and that chain are other ways to
say the same: they can only add to a match, never count against one. Pure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from factlint.check import lexical
from factlint.check.lexical import populations
from factlint.check.scope import (SUBGROUPS, Scope, names_in, organisations_in, place_spans, places_in, specific,
                                  uncompared, without_asides)
from factlint.lang import LANGUAGES
from factlint.lang.gazetteer import gazetteer
from factlint.text import fold

_SPEECH = frozenset(fold(w) for language in LANGUAGES.values() for w in language.speech_words)
SPECIFIC_FLOOR = 0.4  # a word every claim holds still weighs this share of its rarity
# The weight of distinctive words that makes a whole match: a long statement need not be restated whole.
ENOUGH = 2.2
NO_STATEMENT = 0.3  # the most a claim scores when none of its statement's own words is found
QUOTED_WORDS = 3  # words of a claim's quote that say what its statement says, when none of the statement's is found
TWO_WORDS = 2  # distinct words of a claim a match needs
ONE_WORD = 40.0  # the most a claim scores on one of its words (below any threshold of a match)
ALTERNATIVE_SHARE = 0.5  # a keyword or the quote says it in other words: half the weight of the statement's


@dataclass(frozen=True, slots=True)
class Term:
    """One content word of a claim: as written (folded), its keys, and how much it says of the claim."""

    word: str
    keys: frozenset[str]
    weight: float


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """What matching reads of one claim."""

    main: tuple[Term, ...]  # what the claim is about: its statement's words, the reporting chain left out
    alternatives: tuple[tuple[Term, ...], ...]  # keyword phrases, the quote's words, then the extras' words
    scope: Scope
    total: float  # the weight of `main`
    aliases: int = 0  # the first `aliases` alternatives are the keywords and the quote; the rest are extras
    quoted: int = 0  # alternatives from `quoted` to `aliases` are the quote's words, one each

    @property
    def whole(self) -> float:
        """The weight of words that makes a whole match: all the statement's, or ENOUGH of a long one's."""
        return min(self.total, ENOUGH)

    def score(self, pool: frozenset[str]) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
        """0-100: how much of the claim's distinctive content `pool` holds; the words found and missed.

        Each key of the pool counts once: "paid" matches the statement's "paid" and every keyword of the pay
        class, but adds only once. A keyword phrase counts when all its words are found, as another way to
        say what the statement says."""
        found: dict[str, float] = {}
        used: set[str] = set()
        missed = []
        for t in self.main:
            shared = t.keys & pool  # most of a scored claim's words are found: one set operation for both
            if not shared:
                missed.append(t.word)
                continue
            if not shared <= used:
                found[t.word] = t.weight
                used |= shared
        extra_words = set()
        for n, phrase in enumerate(self.alternatives):
            # Most phrases share no key with the pool: told without building a set (this runs per claim scored),
            # nor a generator per phrase (a loop that breaks: a claim has a dozen phrases, most of one word).
            for t in phrase:
                if t.keys.isdisjoint(pool):
                    break
            else:
                hits = [t.keys & pool for t in phrase]
                if any(not h <= used for h in hits):
                    for t, h in zip(phrase, hits):
                        if t.word not in found and not h <= used:
                            found[t.word] = ALTERNATIVE_SHARE * t.weight
                            if n >= self.aliases:
                                extra_words.add(t.word)
                        used |= h
        said = sum(w for word, w in found.items() if word not in extra_words)
        if not any(t.word in found for t in self.main) and sum(
                self.alternatives[n][0].word in found for n in range(self.quoted, self.aliases)) < max(
                TWO_WORDS, min(QUOTED_WORDS, self.aliases - self.quoted)):  # a short quote is found whole
            # Keywords alone make no match ("lithium-ion batteries"); the source's own words can, in its language
            # ("een kat van een hond onderscheiden" for a Dutch source whose statement is English).
            said = min(said, NO_STATEMENT * min(self.total, ENOUGH))
        # What the statement adds after its figure, and who reported it, support what the statement's words
        # and aliases found; alone they make no match ("… for lithium-ion batteries").
        hit = said + min(said, sum(found[w] for w in extra_words))
        whole = min(self.total, ENOUGH)
        value = 100.0 * min(1.0, hit / whole) if whole else 0.0
        if len(found) - len(extra_words) < TWO_WORDS:
            value = min(value, ONE_WORD)  # one word of a claim, however rare, is no match: "started labelling at 19"
        return round(value, 1), tuple(found), tuple(dict.fromkeys(missed))


@dataclass(frozen=True)
class Model:
    """Every claim's words, in registry order, and, for each key, the claims holding it with the most a claim can
    gain from it (a statement word's weight, half an alias's)."""

    claims: tuple[ClaimWords, ...]
    postings: Mapping[str, tuple[tuple[int, float], ...]]
    known: frozenset[str]  # every organisation a claim names: read as a name wherever a draft writes it
    # Keys so many claims hold that their postings are not walked; what a claim can gain from them at most.
    frequent: frozenset[str] = frozenset()
    frequent_postings: Mapping[str, Mapping[int, float]] = field(default_factory=dict)
    top: Mapping[str, float] = field(default_factory=dict)  # each key: the most a claim gains from it

    def candidates(self, pool: frozenset[str], floor: float = 0.0) -> list[int]:
        """The claims that share a distinctive key with `pool` and can score `floor` (see bounded)."""
        return [index for index, _ in self.bounded(pool, floor)]

    def bounded(self, pool: frozenset[str], floor: float = 0.0,
                postings: Mapping[str, tuple[tuple[int, float], ...]] | None = None) -> list[tuple[int, float]]:
        """The claims that share a distinctive key with `pool` and can score `floor` (0-100) against it; of
        those, only the ones in `postings` (a part of the index, see part) when given.

        Keys held by few claims are walked, adding up what each can bring a claim; keys so many claims hold
        that they tell none apart (FREQUENT_SHARE of a large registry) only add to the claims found: a claim
        met by frequent words alone is no candidate. A claim's score is its gain over its whole, and its gain
        at most the sum of what each pool key can bring it: those that cannot reach the floor are left out.
        """
        reached = self.reach(pool, postings)
        need = floor / 100.0
        claims = self.claims
        found = []
        for index in reached.gains:
            value = reached.gain(index)
            whole = claims[index].whole
            if value + 1e-9 >= need * whole:
                found.append((index, 100.0 * value / whole if whole else 0.0))
        found.sort()
        return found

    def reach(self, pool: frozenset[str], postings: Mapping[str, tuple[tuple[int, float], ...]] | None = None
              ) -> Reached:
        """The claims a distinctive key of `pool` meets (of `postings` when given), with what those keys bring
        each; their bounds are worked out one claim at a time (Reached.bound), when asked."""
        postings = self.postings if postings is None else postings
        gain: dict[int, float] = {}
        frequent = []
        most = 0.0
        for key in pool:
            if key in self.frequent:
                frequent.append(self.frequent_postings[key])
                most += self.top[key]
                continue
            for index, weight in postings.get(key, ()):
                gain[index] = gain.get(index, 0.0) + weight
        return Reached(self, gain, frequent, most)

    def part(self, keep: Sequence[bool]) -> Mapping[str, tuple[tuple[int, float], ...]]:
        """The index of distinctive keys restricted to the claims `keep` marks (by position), for bounded."""
        out = {}
        for key, held in self.postings.items():
            mine = tuple(entry for entry in held if keep[entry[0]])
            if mine:
                out[key] = mine
        return FrozenDict(out)

    def more(self, found: list[tuple[int, float]], extra: frozenset[str]) -> list[float]:
        """For each claim of `found` (bounded's), its bound against the pool and `extra` keys together: gains
        only add up, so this bounds its score against any part of them too."""
        if not extra:
            return [bound for _, bound in found]
        where = {index: k for k, (index, _) in enumerate(found)}
        added = [0.0] * len(found)
        for key in extra:
            if key in self.frequent:
                gains = self.frequent_postings[key]
                for k, (index, _) in enumerate(found):
                    added[k] += gains.get(index, 0.0)
                continue
            for index, weight in self.postings.get(key, ()):
                k = where.get(index)
                if k is not None:
                    added[k] += weight
        claims = self.claims
        return [bound + (100.0 * added[k] / claims[index].whole if claims[index].whole else 0.0)
                for k, (index, bound) in enumerate(found)]


@dataclass(frozen=True, slots=True)
class Reached:
    """The claims a pool's distinctive keys meet: for each, what those keys bring it (`gains`); `frequent`,
    the gains of the pool's frequent keys, and `most`, the most those can bring any claim."""

    model: Model
    gains: dict[int, float]
    frequent: list[Mapping[int, float]]
    most: float

    def gain(self, index: int) -> float:
        """Everything the pool's keys can bring claim `index`: its score is at most this over its whole."""
        value = self.gains[index]
        for held in self.frequent:
            value += held.get(index, 0.0)
        return value


def build(claims: Sequence, titles: Mapping[str, str] | None = None) -> Model:  # type: ignore[type-arg]
    """The model of `claims` (registry Claims); `titles` gives each source id's title (read for places)."""
    titles = titles or {}
    read = [_read(c, titles.get(c.source, "")) for c in claims]
    raw = [(main, alternatives, scope) for main, alternatives, scope, *_ in read]
    alias_counts = [(aliases, quoted) for *_, aliases, quoted in read]
    df: dict[str, int] = {}
    for main, alternatives, _ in raw:
        for word in {w for w, _ in main} | {w for phrase in alternatives for w, _ in phrase}:
            df[word] = df.get(word, 0) + 1
    n = max(len(raw), 1)
    top = math.log((n + 1) / 1.5)

    def term(word: str, keys: frozenset[str]) -> Term:
        specific = math.log((n + 1) / (df.get(word, 0) + 0.5)) / top if top > 0 else 1.0
        weight = lexical.rarity(word) * (SPECIFIC_FLOOR + (1.0 - SPECIFIC_FLOOR) * max(0.0, min(1.0, specific)))
        return Term(word, keys, round(weight, 6))

    words: list[ClaimWords] = []
    for (main, alternatives, scope), (aliases, quoted) in zip(raw, alias_counts):
        main_terms = tuple(term(w, k) for w, k in main)
        alt_terms = tuple(tuple(term(w, k) for w, k in phrase) for phrase in alternatives)
        words.append(ClaimWords(main_terms, alt_terms, scope, sum(t.weight for t in main_terms), aliases, quoted))
    return assemble(words)


def assemble(words: Sequence[ClaimWords]) -> Model:
    """The model of claims whose words are read already (by build, or from the cache): the index of keys."""
    gains: dict[str, dict[int, float]] = {}
    known: set[str] = set()
    for index, claim in enumerate(words):
        known |= claim.scope.organisations
        for share, terms in ((1.0, claim.main), (ALTERNATIVE_SHARE, [t for p in claim.alternatives for t in p])):
            for t in terms:
                for key in t.keys:
                    held = gains.setdefault(key, {})
                    held[index] = max(held.get(index, 0.0), share * t.weight)
    limit = max(FREQUENT_MIN, len(words) // FREQUENT_SHARE)
    frequent = frozenset(k for k, held in gains.items() if len(held) > limit)
    postings = FrozenDict({k: tuple(sorted(held.items())) for k, held in gains.items() if k not in frequent})
    frequent_postings = FrozenDict({k: FrozenDict(gains[k]) for k in frequent})
    top = FrozenDict({k: max(held.values()) for k, held in gains.items()})
    return Model(tuple(words), postings, frozenset(known), frequent, frequent_postings, top)


FREQUENT_MIN = 200  # a key held by more claims than this (and than a FREQUENT_SHARE-th of them) is frequent
FREQUENT_SHARE = 50


class FrozenDict(dict):  # type: ignore[type-arg]
    """A dict that refuses every change once built (the model's index), and pickles to worker processes."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("the matching model is frozen: its index cannot change")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return type(self), (dict(self),)


_Words = list[tuple[str, frozenset[str]]]


def _read(claim, title: str) -> tuple[_Words, list[_Words], Scope, int, int]:  # type: ignore[no-untyped-def]
    """A claim's main words, its alternative wordings, and its scope (declared, else read from its texts)."""
    statement = claim.masked_statement
    main_parts, chain, origin = attribution(statement)
    main_text = ". ".join(main_parts)
    origin_text = ". ".join(origin)
    # Its scope leaves its asides out, as a draft's does: "… less well known than AI applications such as ChatGPT" is
    # not ChatGPT's.
    plain_parts, _, plain_origin = attribution(without_asides(statement))
    main_plain, origin_plain = ". ".join(plain_parts), ". ".join(plain_origin)
    # Scope comes from what the statement says (and its origin); keywords only add aliases to a scope it has.
    places = frozenset(getattr(claim, "places", ()) or ()) or specific(places_in(main_plain) or places_in(origin_plain))
    organisations = frozenset(fold(o) for o in (getattr(claim, "organisations", ()) or ())) or \
        organisations_in(main_plain, reporting_ok=False) | organisations_in(origin_plain, reporting_ok=False)
    if organisations and not getattr(claim, "organisations", ()):
        organisations |= frozenset(n for k in claim.keywords for n in organisations_in(k, reporting_ok=False,
                                                                                      phrase=True))
    core, elaboration = around_figure(statement, main_parts, claim.statement_spans)
    # Its people are those of the clauses up to its figure's: "…, yet this draws few reactions, even from regulators"
    # says nothing of whom the millions are.
    groups = populations(uncompared(". ".join(core)))
    # The claim's keywords name its people in other words ("moderators" of "workers"); a sum's, the kind of work
    # it is paid for when the statement says only "workers": Kenya's workers hired to keep harmful content out of
    # ChatGPT are no drivers. (A count's keywords name the people around it too: who estimates, who uses.)
    named = frozenset(g for k in claim.keywords for g in populations(k))
    kinds = (groups | named) - SUBGROUPS if claim.figure.kind == "money" else frozenset()
    if groups:
        groups |= named
    reporters = organisations_in(". ".join(chain), reporting_ok=False) - organisations
    speakers = frozenset(n for part in chain if _SPEECH.intersection(fold(w) for w in part.split()[:1])
                         for n in organisations_in(part, reporting_ok=False)) - organisations
    origins = organisations_in(origin_plain, reporting_ok=False) & organisations
    scope = Scope(frozenset(places), organisations, groups, reporters, origins=origins, speakers=speakers, kinds=kinds,
                  said_by=_says_first(statement) & organisations)
    # What names the figure's origin ("a recent World Bank estimate") is what the claim is about: its names
    # and its origin word; the rest of that clause only says it in other words.
    origin_words = _words(origin_text)
    main = _words(". ".join(core)) + [(w, k) for w, k in origin_words if w in _ORIGIN or any(
        key.startswith("@name:") for key in k)]
    # The names a claim gives its organisations in any language are one: "World Bank", "Wereldbank".
    if organisations:
        aliases = frozenset(k for name in organisations for k in name_keys(name))
        main = [(w, k | aliases if any(key.startswith("@name:") and key in aliases for key in k) else k)
                for w, k in main]
    keywords = [a for a in (_words(k) for k in claim.keywords) if a]
    aliases = keywords + [[w] for w in _words(claim.masked_quote)]
    extras = [[w] for part in chain + origin + elaboration for w in _words(part)]
    return main, aliases + extras, scope, len(aliases), len(keywords)


def around_figure(statement: str, parts: list[str], spans: Sequence[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """The statement's clauses up to the one holding its figure (what the figure is said of), and those after
    it (what the statement adds: "…, mined in perilous conditions, for lithium-ion batteries")."""
    if not spans:
        return parts, []
    figure_end = spans[0][1]
    core, rest = [], []
    at = 0
    for part in parts:
        start = statement.find(part, at)
        at = max(at, start + len(part)) if start >= 0 else at
        # A part opening right after the figure holds it ("…,           of young people work …": the figure masked).
        holds = start < figure_end or not statement[figure_end:start].strip()
        (core if holds else rest).append(part)
    return core or parts, rest if core else []


def _words(text: str) -> _Words:
    """Content words of `text` with their keys. A place name is one word whose key is the place ("#KE": so
    "Kenyan" and "Kenia" match), a name of an organisation or person one word whose keys are its words
    ("@name:casilli")."""
    spans = [(a, b, frozenset("#" + p for c in codes for p in _countries(c))) for a, b, codes in place_spans(text)]
    spans += [(a, b, name_keys(name)) for a, b, name in names_in(text)]
    spans.sort()
    out: _Words = []
    at = 0
    for a, b, keys in spans:
        if a < at:
            continue
        out.extend(_plain(text[at:a]))
        out.append((fold(" ".join(text[a:b].split())), keys))
        at = b
    out.extend(_plain(text[at:]))
    return out


def _plain(text: str) -> _Words:
    """Words with their keys; the words of a group of people ("data workers") also hold the group's key."""
    ws = lexical.words(text)
    out = [(w, lexical.keys(w)) for w in ws]
    for i, w in enumerate(ws):
        single = lexical.populations(w)
        pair = lexical.populations(" ".join(ws[i:i + 2])) - single if i + 1 < len(ws) else frozenset()
        if pair - lexical.populations(ws[i + 1]) if i + 1 < len(ws) else frozenset():
            extra = frozenset("@pop:" + g for g in pair)
            out[i] = (out[i][0], out[i][1] | extra)
            out[i + 1] = (out[i + 1][0], out[i + 1][1] | extra)
        if single:
            out[i] = (out[i][0], out[i][1] | frozenset("@pop:" + g for g in single))
    return out


def name_keys(name: str) -> frozenset[str]:
    """The keys of an organisation's or person's name: one per word, so "Casilli" meets "Antonio Casilli"."""
    return frozenset("@name:" + w for w in name.split() if len(w) > 1)


_TOKEN = re.compile(r"\S+")


def _countries(code: str) -> tuple[str, ...]:
    """A place's own code, and its country's when it is a city: "Nairobi" is in Kenya."""
    country = gazetteer().country(code)
    return (code, country) if country != code else (code,)


def place_keys(scope: Scope) -> frozenset[str]:
    """The keys a draft's places add to its context: each place and, for a city, its country."""
    return frozenset("#" + c for code in scope.places for c in _countries(code))


# --- the reporting chain of a statement ---------------------------------------------------------------

_OPENERS = tuple(sorted({tuple(fold(w) for w in phrase) for language in LANGUAGES.values()
                         for phrase in language.attribution_openers}, key=len, reverse=True))
_REPORTING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.reporting_words)
_ORIGIN = frozenset(fold(w) for language in LANGUAGES.values() for w in language.origin_words)
_CLAUSE = re.compile(r",\s+|\s+[—–-]\s+|;\s+")
_PLAIN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _says_first(statement: str) -> frozenset[str]:
    """The names of a statement's opening lead when it has them say what follows: "The Philippine government estimates
    that more than 2 million …" is the government's figure."""
    words = _PLAIN.findall(statement[:LEAD_CHARS])
    for k, word in enumerate(words[1:LEAD_WORDS + 1], 1):
        if fold(word) in _COMPLEMENTISERS:
            return organisations_in(" ".join(words[:k]), reporting_ok=False) \
                if fold(words[k - 1]) in _SPEECH else frozenset()
    return frozenset()


LEAD_WORDS = 6  # words a statement's lead has before its "that"
LEAD_CHARS = 80
_COMPLEMENTISERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.complementisers)


def attribution(statement: str) -> tuple[list[str], list[str], list[str]]:
    """A statement cut at its commas into what it says, the chain that reported it, and the attributions
    that name its origin ("according to a recent Adobe study")."""
    main: list[str] = []
    chain: list[str] = []
    origin: list[str] = []
    for part in _CLAUSE.split(statement):
        words = [fold(w) for w in _PLAIN.findall(part)]
        if not words:
            continue
        opens = any(tuple(words[:len(p)]) == p for p in _OPENERS)
        closes = words[-1] in _REPORTING or (len(words) > 1 and words[-2] in _REPORTING)
        if not (opens or closes):
            main.append(part)
        elif _ORIGIN.intersection(words):
            origin.append(part)
        else:
            chain.append(part)
    if not main:  # a statement that is all attribution still says something
        main, chain = chain, []
    return main, chain, origin


def scored(model: Model, index: int, pool: frozenset[str]) -> float:
    """The score of claim `index` against `pool`."""
    return model.claims[index].score(pool)[0]


def describe_terms(terms: Iterable[Term]) -> str:
    return ", ".join(f"{t.word} ({t.weight:.2f})" for t in terms)
