"""The check of one draft, in one pass: passages into mentions (figures with their context), candidate
claims for each, verdicts. Pure: a text and a prepared registry (an Engine) in.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from factlint.check import lexical
from factlint.check.model import build as build_model
from factlint.check.citations import resolve, unknown_citations
from factlint.check.context import (ASIDES, MEASURES, MINIMUM_WAGE, NEEDLE, OWN, PART, SHARE_MEASURES, Context, as_range_end,
                                    before_figure, context_of, is_change, of_ours, whole_places, of_world, with_denied_bound, with_echo, with_headers,
                                    with_period_before, with_period_of_work, with_period_in_relative)
from factlint.check.mood import supposes
from factlint.check.polarity import denies
from factlint.check.hidden import hidden_characters
from factlint.documents.suppressions import unknown_statuses
from factlint.statuses import NAMES
from factlint.check.mentions import Occurrence, iter_scan
from factlint.documents import MARKDOWN, Form
from factlint.check.model import ALTERNATIVE_SHARE, ONE_WORD, TWO_WORDS, ClaimWords, Model, around_figure, attribution
from factlint.check.model import name_keys, place_keys
from factlint.check.scope import (NAME_WORDS, Against, Scope, ScopeMemo, difference, given_by, measured_by,
                                  measured_by_owner, names_in, overlapping_names, person_named, places_in, titled)
from factlint.lang import LANGUAGES
from factlint.lang.frequency import zipf
from factlint.lang.gazetteer import PARTS, WORLD, gazetteer
from factlint.check.search import ROUNDING, Entry, needed, new_entry
from factlint.check.verdicts import (CONTEXT_THRESHOLD, DEFAULT_TOLERANCE, DISTINCT_FLOOR, NO_CLAIM, ONLY_BOUND,
                                     RESEMBLING, ROUNDING_LIMIT, SCOPE_STRONG, UNLIKE, UNLIKE_VALUE, Candidate,
                                     Comparison, Verdict, comparable, compare, decide, disagreement, is_extreme,
                                     plain_value, said, same_topic, significant_digits, unlike_all)
from factlint.extract import Figure, extract
from factlint.text import fold
from factlint.registry.model import Claim, Registry

YEAR_LEAD_CHARS = 80  # characters before a year read, back to a break, for the clause it dates
YEAR_RELATIVE_WORDS = 2  # words between a relative and a year it dates ("which in 2005 produced …")
_YEAR_THINGS = frozenset(fold(w) for language in LANGUAGES.values()
                         for w in (*language.year_thing_leads, *language.definite_articles))
_YEAR_RELATIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_relatives)
_YEAR_ANDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.and_words)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _dates_figure(statement: str, year: int, at: int) -> bool:
    """Whether `year` stands in a statement's prose as its figure's date: after a word, not a timeline's label ("**2018**
    – …"), nor the year of a thing ("unlike one from 2015", "the 2015 Paris Agreement"), nor of a relative clause's own
    verb ("AI researchers who joined … in 2015 are paid …"), nor of a clause joined before the figure's ("Sama was founded
    in 2008 … and its data workers … are paid …"); the figure stands at statement[at]."""
    m = re.search(rf"(?<![\d.,]){year}(?![\d.,]\d)", statement)
    if m is None:
        return False
    lead = re.split(r"[,;:()\n]", statement[max(0, m.start() - YEAR_LEAD_CHARS):m.start()])[-1]
    words = [fold(w) for w in _WORD.findall(lead)]
    if not words or words[-1] in _YEAR_THINGS:
        return False
    relative = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _YEAR_RELATIVES), -1)
    if relative >= 0 and len(words) - relative - 1 > YEAR_RELATIVE_WORDS:
        return False
    between = statement[m.end():at] if m.end() <= at else ""
    return _YEAR_ANDS.isdisjoint(fold(w) for w in _WORD.findall(between))


YEAR_SLACK = 3  # years a figure's date may lie from its source's publication (a source reports the years before it)
WHOLE_SHARE = 100.0  # a share of a whole is at most all of it
NOUN_PENALTY = 60.0  # context score taken off a claim that never names what the draft counts
# What a sum of money measures (the paraphrase classes of the languages' modules): a draft's revenue is no
# claim's pay, whatever else the sentences share.
RELATED_THRESHOLD = 90.0  # two claims whose contexts match this well, in one scope, are about the same thing


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem that is not a figure's status, e.g. an unknown citation key."""

    offset: int
    length: int
    message: str
    name: str = "unknown-citation"


UNKNOWN_STATUS = "unknown-status"  # a diagnostic that is a warning (SPEC §6), not a failing problem


@dataclass(frozen=True, slots=True)
class Checked:
    occurrence: Occurrence
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Engine:
    """A registry prepared for checking: its claims and the frozen matching model of them."""

    registry: Registry
    model: Model
    positions: dict[str, int] = field(init=False, repr=False)  # claim id -> index in registry.claims
    _related: dict[int, list[tuple[int, float]]] = field(init=False, repr=False, compare=False)
    _parts: dict[str, Mapping[str, tuple[tuple[int, float], ...]]] = field(init=False, repr=False, compare=False)
    _counted: dict[tuple[int, str, bool], bool] = field(init=False, repr=False, compare=False)
    _extreme: dict[int, bool] = field(init=False, repr=False, compare=False)
    _disputing: dict[int, list[tuple[int, float]]] = field(init=False, repr=False, compare=False)
    _changes: dict[int, bool] = field(init=False, repr=False, compare=False)  # claim -> its percentage is a change
    _denials: dict[int, bool] = field(init=False, repr=False, compare=False)  # claim -> its quote denies its figure
    _suppositions: dict[int, bool] = field(init=False, repr=False, compare=False)  # claim -> its quote forecasts it
    _holders: dict[int, frozenset[str]] = field(init=False, repr=False, compare=False)  # claim -> places holding its share
    _of_wholes: dict[int, frozenset[str]] = field(init=False, repr=False, compare=False)  # claim -> what its shares are of
    _of_world: dict[int, bool] = field(init=False, repr=False, compare=False)  # claim -> its share is of the world's
    _wholes: list[float] = field(init=False, repr=False, compare=False)  # each claim's ClaimWords.whole
    _plain: list[float | None] = field(init=False, repr=False, compare=False)  # each claim's plain_value
    _totals: list[bool] = field(init=False, repr=False, compare=False)  # each claim's figure is a count or sum
    # Each claim's scope as a number, equal scopes one number; a draft's scope ready to test them, by scope and role.
    _scope_ids: list[int] = field(init=False, repr=False, compare=False)
    _against: dict[tuple[Scope, bool], Against] = field(init=False, repr=False, compare=False)
    _apart: ScopeMemo = field(init=False, repr=False, compare=False)  # places and names apart, shared by those
    _measures: dict[int, frozenset[str]] = field(init=False, repr=False, compare=False)  # claim -> _measures
    _stated: dict[int, frozenset[str]] = field(init=False, repr=False, compare=False)  # claim -> _stated_nouns
    _by_value: dict[tuple[str, float, float], list[int]] = field(init=False, repr=False, compare=False)
    _latest: int = field(init=False, repr=False, compare=False)  # the year the newest dated source was published, or 0

    def __post_init__(self) -> None:
        positions: dict[str, int] = {}
        for i, c in enumerate(self.registry.claims):
            positions.setdefault(c.id, i)
        object.__setattr__(self, "positions", positions)
        object.__setattr__(self, "_related", {})
        object.__setattr__(self, "_parts", {})  # figure kind -> the index of its claims
        object.__setattr__(self, "_counted", {})
        object.__setattr__(self, "_extreme", {})
        object.__setattr__(self, "_disputing", {})
        object.__setattr__(self, "_changes", {})
        object.__setattr__(self, "_denials", {})
        object.__setattr__(self, "_suppositions", {})
        object.__setattr__(self, "_holders", {})
        object.__setattr__(self, "_of_wholes", {})
        object.__setattr__(self, "_of_world", {})
        # Read for every claim a figure's keys reach: worked out once.
        object.__setattr__(self, "_wholes", [w.whole for w in self.model.claims])
        object.__setattr__(self, "_plain", [plain_value(c.figure) for c in self.registry.claims])
        object.__setattr__(self, "_totals", [c.figure.kind in ("count", "money") and c.figure.per is None
                                             for c in self.registry.claims])
        interned: dict[Scope, int] = {}
        object.__setattr__(self, "_scope_ids", [interned.setdefault(w.scope, len(interned))
                                                for w in self.model.claims])
        object.__setattr__(self, "_against", {})
        object.__setattr__(self, "_apart", ScopeMemo())
        object.__setattr__(self, "_measures", {})
        object.__setattr__(self, "_stated", {})
        object.__setattr__(self, "_by_value", {})
        object.__setattr__(self, "_latest", max((int(y) for s in self.registry.sources.values()
                                                  if s.published and (y := s.published[:4]).isdigit()), default=0))

    def related(self, claim: Claim) -> list[tuple[Claim, float]]:
        """Claims about the same thing as `claim` (either statement's words match the other claim well)."""
        me = self.positions[claim.id]
        found = self._related.get(me)
        if found is None:
            found = self._related[me] = _related(self.model, me)
        claims = self.registry.claims
        return [(claims[i], s) for i, s in found]

    def disputing(self, claim: Claim) -> list[tuple[Claim, float]]:
        """Those of related(claim) that can disagree with it: from other sources, with figures of the same kind."""
        me = self.positions[claim.id]
        found = self._related.get(me)
        claims = self.registry.claims
        if found is None:
            found = self._disputing.get(me)
            if found is None:
                found = self._disputing[me] = _related(self.model, me, lambda j: claims[j].source != claim.source
                                                       and same_topic(claims[j], claim))
            return [(claims[i], s) for i, s in found]
        return [(claims[i], s) for i, s in found if claims[i].source != claim.source and same_topic(claims[i], claim)]

    def candidates(self, occ: Occurrence, figure: Figure, ctx: Context,
                   tolerance: float | None = None, only: tuple[int, ...] | None = None,
                   floor: float = CONTEXT_THRESHOLD) -> list[Candidate]:
        """The claims whose context matches the mention's, scored, with any difference of scope. With a
        `tolerance`, only those its verdict needs (check/search.py): the same verdict, far fewer scored."""
        whole = ctx.pool
        own = ctx.own | ctx.around
        claims = self.registry.claims
        # A figure whose own clause says enough is read on it alone ("…, while the startup raised $100
        # million"); one whose clause says little leans on the rest of its sentence, for less.
        lean = ctx.own_words < OWN_WORDS
        counted = (figure.unit or ctx.measured) if figure.kind == "count" else ctx.measured
        own_noun = figure.kind == "count" and bool(figure.unit)
        referents = ctx.referents if not counted else frozenset()
        # Of a sum, what it measures; of a share, what it is a share of (Context.shares is a share's only).
        kind_measures = MEASURES if figure.kind == "money" else SHARE_MEASURES
        measures = ctx.measures if figure.kind == "money" else ctx.shares
        # A count or a sum said of a place on its own ("in Cagayan de Oro alone"), against a claim's count or sum:
        # a country's is no city's. Elsewhere a city matches its country (a government's seat, a dateline).
        entire = figure.kind in ("count", "money") and figure.per is None
        # So is a share said of a place on its own ("In Kolwezi alone, mines supply over 60% of global output"): a
        # city's share of the world is not its country's.
        share = figure.kind == "percent"
        lenient = self._ready(ctx.scope, False)
        strict = self._ready(ctx.scope, True) if (entire or share) and ctx.only and ctx.scope.places else lenient
        totals, scope_ids, model_claims = self._totals, self._scope_ids, self.model.claims
        # A claim said of the world differs by place only from a place the figure's own clause names ("In India alone,
        # …"): a place of the texts around it (a letter writer's town, a lecture's city) is where it was said.
        passing = self._passing(ctx)

        # A count said of one organisation alone ("Remotasks alleen al") is no place's count: a claim's country-wide
        # count or sum differs from it.
        alone = ctx.alone if entire else ""
        # A count said of one place on its own ("alleen al in Nederland honderden miljoenen mensen") is that place's
        # part: a claim's count that names no place counts people anywhere.
        part = entire and figure.kind == "count" and ctx.only and bool(ctx.scope.places - {WORLD})

        def side(i: int) -> Against:
            """The draft's scope made ready for claim i: without its places around it for a claim of the world."""
            return passing if passing is not None and self._worldwide(i) else strict if totals[i] or share else lenient

        def differs_at(i: int) -> bool:
            if alone and totals[i] and self._national(i):
                return True
            if part and totals[i] and not model_claims[i].scope.places:
                return True
            against = side(i)
            sid = scope_ids[i]
            known = against.seen.get(sid)
            if known is None:
                known = against.seen[sid] = against.differs(model_claims[i].scope)
            return known

        pool = whole if lean else own
        tabled = occ.where.kind in ("table_cell", "table_header")
        penalties: dict[int, float] = {}

        def admit(i: int, bound: float, differs: bool, extra: float = 0.0) -> Entry | None:
            """The claim as a candidate, with the most it can score; None when its bound leaves it out.

            What a verdict needs of a claim: a claim said of another scope must match strongly; one that
            counts something else loses NOUN_PENALTY. Those that cannot get there are not scored."""
            claim_measures = self._measured(i) & kind_measures if measures else frozenset()
            if claim_measures and claim_measures.isdisjoint(measures):
                return None  # another measure (revenue, not pay; demand, not output): not this claim's figure at all
            if not comparable(claims[i].figure, figure):
                return None  # another kind of figure, or another quantity in the same words
            if ctx.per_unit and claims[i].figure.per is not None:
                return None  # a price per task is no rate per hour
            if figure.kind == "percent" and ctx.change != self._change(i):
                return None  # a change ("rose by 23%") is no share of anything, nor a share a change
            if figure.kind == "percent" and not ctx.change and figure.low > WHOLE_SHARE >= claims[i].figure.high:
                return None  # more than all of a whole ("you get 120 percent of the global supply") is no share
            if ctx.aside and ctx.aside != PART:
                return None  # a past level, a demand, a place's population, a price per head (Context.aside)
            if differs and side(i).twice(model_claims[i].scope):
                return None  # said of another place and another group: not everything else matches (Against.twice)
            if self._another_time(i, ctx):
                return None  # "de Wereldbank telde in 2015 al …" of a source of 2023: another time's figure
            if ctx.minimum_wage and figure.kind == "money" and MINIMUM_WAGE not in self._measured(i):
                return None  # a legal level is no claim's pay
            if ctx.whole and (not ctx.whole.isdisjoint(self._part_places(i)) or (
                    OWN in ctx.whole and OWN not in self._wholes_of(i))):
                # A share of the DRC's production is no share the DRC has of the world's; nor is a share of a
                # possessor's own stock ("35% of their cobalt", "de helft van onze klanten") any other claim's.
                return None
            if ctx.whole and OWN not in ctx.whole and WORLD not in ctx.whole and self._world_share(i):
                return None  # a share of Europe's cobalt is no share of the world's
            if tabled and share and not ctx.scope.places and WORLD_KEY not in ctx.pool and self._world_share(i) and \
                    self._part_places(i) and ctx.caption_places.isdisjoint(self._part_places(i)):
                # A table's row, columns and headings say all a cell is of: naming neither the holder of a share of the
                # world's nor the world, nor a caption the holder, it is some other share ("| Cobalt traced to mine of
                # origin | 64% |"; under "*Table 7. Cobalt supply worldwide*" too: a caption's world is the table's).
                return None
            penalty = NOUN_PENALTY if (counted and not self._counts(i, counted, own_noun)) or (
                referents and not any(self._counts(i, noun) for noun in referents)) else 0.0
            if bound - penalty < (FLOOR if not differs else SCOPE_STRONG) - 1e-6:
                return None
            penalties[i] = penalty
            return Entry(i, min(100.0, bound + extra - penalty + ROUNDING), differs)

        scored: dict[int, tuple[float, tuple[str, ...], tuple[str, ...]]] = {}

        def score(i: int) -> float:
            if i not in scored:
                words = self.model.claims[i]
                value, found_words, missed = words.score(own)
                if ctx.turned:
                    pass  # given as what a figure before became: read on that figure's words, in full (Context.turned)
                elif lean:
                    value = max(value, round(SENTENCE_SHARE * words.score(whole)[0], 1))
                elif value > ONE_WORD and ctx.leaned and not words.score(ctx.leaned)[1] and len(
                        words.score(ctx.own)[1]) < TWO_WORDS:
                    # Nor is it when the sentence it leans on says none of the claim's either ("Marketers reacted
                    # quickly. According to her, 77% would pay extra …" under a heading naming Adobe's study).
                    value = ONE_WORD
                elif ctx.leaning and value > CONTEXT_THRESHOLD:
                    # A clause that says enough of its own is read on it first; the sentence it leans on only
                    # helps, for less ("… 95 percent of the time. But AI will never reach 100 percent perfection").
                    # Never above the score the search bounded.
                    value = min(value, max(words.score(ctx.own)[0], round(SENTENCE_SHARE * value, 1),
                                           round(SENTENCE_SHARE * words.score(ctx.own | ctx.sentence)[0], 1)))
                elif value > ONE_WORD and not ctx.leaning and len(words.score(ctx.own)[1]) < TWO_WORDS:
                    # A clause that says enough of its own but none of the claim's, and refers to nothing before
                    # it ("41% would pay extra for an ad-free version"), is not the claim's figure, whatever its
                    # heading or list lead-in says.
                    value = ONE_WORD
                if value >= SCOPE_STRONG and not (tabled or lean) and differs_at(i) and len(_measuring(
                        words.score(ctx.own)[1], figure.kind)) < TWO_WORDS and not _NAMED_FIGURE.search(ctx.texts[0]):
                    # Another place's or organisation's claim conflicts only on what the figure's own clause says:
                    # another poll's "it also found that 41% had abandoned a purchase", after a sentence restating
                    # Adobe's finding, is another finding of another survey. (A table's cell, or a clause of few words
                    # of its own, "Some 77% of consumers, according to Oracle, …", says too little to tell; one that names
                    # "the number", "the figure" names the one before.)
                    value = min(value, SCOPE_STRONG - ROUNDING)
                scored[i] = (max(0.0, value - penalties[i]), found_words, missed)  # it counts something else
            return scored[i][0]

        if only is not None:
            kept = sorted(((i, v) for i in only if admit(i, 100.0, differs_at(i)) is not None
                           and (v := score(i)) >= floor), key=lambda t: (-t[1], t[0]))
        elif tolerance is None:
            entries = [e for i, bound in self.model.bounded(pool, FLOOR)
                       if (e := admit(i, bound, differs_at(i))) is not None]
            kept = sorted(((e.index, score(e.index)) for e in entries), key=lambda t: -t[1])
        else:
            # A claim of another kind of figure is never compared (money against a count): not a candidate.
            reached = self.model.reach(pool, self._postings(figure.kind))
            # The own clause's keys the pool lacks, counted at most (a leaning figure's own words are scored too).
            extra = sum(self.model.top.get(k, 0.0) for k in own - pool) if lean else 0.0
            words = self.model.claims
            need = FLOOR / 100.0
            # Each claim reached, with its gain worked out whole (Reached.gain, inline: a few look-ups in the
            # frequent keys' gains cost less than carrying a loose bound into the search); its cap is admit's
            # without the noun penalty, which exact works out for the claims the search reaches.
            loose = []
            gains: dict[int, float] = {}
            wholes, frequent = self._wholes, reached.frequent
            most = reached.most + extra  # the most the frequent keys and the own clause's add: a loose bound
            whole_floor = (FLOOR - ROUNDING) / 100.0
            for i, gain in reached.gains.items():
                size = wholes[i]
                if gain + most < whole_floor * size - 1e-9:
                    continue  # not even every frequent key would bring it to the floor
                for held in frequent:
                    gain += held.get(i, 0.0)
                if not size or gain + 1e-9 < need * size:
                    continue
                cap = min(100.0, 100.0 * gain / size + 100.0 * extra / size + ROUNDING)
                if cap >= FLOOR:
                    gains[i] = gain
                    loose.append(new_entry((i, cap, differs_at(i))))

            def exact(e: Entry) -> Entry | None:
                """The entry with its bound worked out whole, as bounded works it out; None when left out."""
                full = wholes[e.index]
                return admit(e.index, 100.0 * gains[e.index] / full, e.differs, 100.0 * extra / full)

            plain, value = self._plain, plain_value(figure)
            apart = max(ROUNDING_LIMIT, tolerance)

            def agrees(i: int) -> bool:
                known = plain[i]  # two plain values further apart than rounding or the tolerance: no compare
                if value is not None and known is not None and abs(value - known) > apart * abs(known) + 1e-9 * max(
                        1.0, abs(known), abs(value)):
                    return False
                return self._compared(i, figure, tolerance).consistent

            def likes(i: int) -> bool:
                return self._compared(i, figure, tolerance).note not in UNLIKE

            def counts(i: int, value: float) -> bool:
                # A claim of an order only ("millions") counts for a stated value on a strong match alone
                # (verdicts.decide): short of that it sets no margin and is no witness for passing others over.
                return not (claims[i].figure.vague and not figure.vague and value < RESEMBLING)

            kept = needed(loose, exact, score, agrees, likes=likes, counts=counts)
        out = []
        for i, value in kept:
            words = self.model.claims[i]
            differs = differs_at(i)
            out.append(Candidate(claims[i], value, scored[i][1], scored[i][2], difference(
                words.scope, side(i).draft, claim_texts=(claims[i].statement, *claims[i].keywords),
                draft_texts=ctx.texts, whole=(entire and totals[i]) or (share and strict is not lenient),
                alone=alone if totals[i] and self._national(i) else "",
                part=part and totals[i] and not words.scope.places) if differs else None,
                names_source=differs and _names_any(_sources(words.scope), ctx.own)))
        return out

    def distinctive(self, occ: Occurrence, figure: Figure, ctx: Context) -> list[Candidate]:
        """The claims whose figure is the draft's own distinctive value, written alike ("$1.46", "150-430 million"), or
        its digits in another order or at another scale ("$1.64"), scored from DISTINCT_FLOOR: so rare a value, restated
        or gone wrong, needs less of the claim's words to be its figure."""
        if not _distinctive(figure):
            return []
        if ctx.year:
            return []  # "In 1998 a teenager … was paid as little as $1.46", "By 2030, pay could fall to …": another time
        index = self._by_value
        if not index:
            for i, c in enumerate(self.registry.claims):
                index.setdefault((c.figure.kind, c.figure.low, c.figure.high), []).append(i)
                if _distinctive(c.figure):
                    # Its digits in any order, at any scale: "$1.64" for $1.46, "150 million and 340 million" for 430
                    # million, "15 to 43 million": the claim's value gone wrong, which only conflicts.
                    index.setdefault((c.figure.kind, *_digit_keys(c.figure)), []).append(i)
        claims = self.registry.claims
        # A value gone wrong only by a slip (two neighbouring digits swapped, or the scale), in a sentence of no other
        # figure, no place and no study of its own: "Datawerkers in India krijgen $4,16 per uur", "… $1.46 an hour; those
        # in Germany are paid $14.60", "…, the union's own survey found" are another's, no slip.
        slips = [i for i in index.get((figure.kind, *_digit_keys(figure)), ())
                 if (claims[i].figure.low, claims[i].figure.high) != (figure.low, figure.high)
                 and _slip(figure.low, claims[i].figure.low) and _slip(figure.high, claims[i].figure.high)]
        if slips and ((ctx.texts and places_in(ctx.texts[0]) - {WORLD}) or any(
                f.kind == figure.kind and (f.start, f.end) != occ.span for f in extract(occ.sentence, lang=occ.lang))):
            slips = []
        if slips:
            studies = [w for w in lexical.words(occ.near) if w in NAME_WORDS.origins]
            slips = [i for i in slips if all(not lexical.keys(w).isdisjoint(self._keys(i)) for w in studies)]
        found = [*index.get((figure.kind, figure.low, figure.high), ()), *slips]
        if not found:
            return []  # (most figures: no claim has their value, and their words need not be read)
        # Less of the claim's words is enough only when nothing says it is another's: no body or speaker the claim does
        # not name in the figure's own statement; no plural before the figure, or in the sentence a pronoun leans on,
        # that the claim does not hold ("Sewing machinists in Dhaka are likewise paid as little as $1.46 an hour", "the
        # platforms pay …"; "Farm labourers in Malawi rarely see a payslip. Many of them are paid …"); no rare word of
        # its clause the claim does not hold ("… 150 million and 430 million people work in agriculture").
        # (a plural of people or a rare one: "the people who train such systems earn …" names no others)
        nouns = [w for w in lexical.words(before_figure(occ))
                 if _plural_noun(w) and (zipf(w) < RARE_ZIPF or lexical.names_people(w))]
        if ctx.leaning and occ.previous:
            # (a rare plural, or one of people: "I spoke to Uber drivers in Nairobi. A lot of them take home …")
            nouns += [w for w in _lower_words(occ.previous)
                      if _plural_noun(w) and (zipf(w) < RARE_ZIPF or lexical.names_people(w))]
        rare = [w for w in _lower_words(occ.near) if zipf(w) < RARE_ZIPF and not lexical.is_period(w)]
        scope = ctx.scope
        named = (scope.organisations if scope.named_here else frozenset()) | scope.speakers | scope.said_by
        fits = tuple(i for i in found if not (named and not overlapping_names(named, self._names(i)))
                     and all(not lexical.keys(w).isdisjoint(self._keys(i)) for w in (*nouns, *rare)))
        return self.candidates(occ, figure, ctx, None, only=fits, floor=DISTINCT_FLOOR) if fits else []

    def _names(self, i: int) -> frozenset[str]:
        scope = self.model.claims[i].scope
        return scope.organisations | scope.origins | scope.reporters | scope.said_by | scope.speakers

    def _keys(self, i: int) -> frozenset[str]:
        words = self.model.claims[i]
        return frozenset(k for terms in (words.main, *words.alternatives) for t in terms for k in t.keys)

    def dated_kin(self, verdict: Verdict, figure: Figure, ctx: Context, tolerance: float) -> Verdict:
        """A conflicting verdict made unsourced when a claim about the same thing from another source, left out only
        for the year the figure is dated to, agrees with it ("De Wereldbank telde in 2015 al 100 tot 400 miljoen": the
        Casilli interview's range, dated eight years before it; not a misreading of the other source's 150-430
        million)."""
        if verdict.status != "conflicting" or verdict.claim is None or not ctx.year:
            return verdict
        for other, _ in self.disputing(verdict.claim):
            at = self.positions[other.id]
            if self._another_time(at, ctx) and self._compared(at, figure, tolerance).consistent:
                return Verdict("unsourced", None, None, f"{NO_CLAIM}: the draft dates the figure to {ctx.year}, "
                               f"{other.source} (published {self._published(at)}) says {said(other)}", verdict.cited)
        return verdict

    def _another_time(self, i: int, ctx: Context) -> bool:
        """Whether the figure's clause dates it to a year far from when claim i's source was published ("in 2015" of
        a source of 2023): another time's figure, which the source does not state."""
        published = self._published(i)
        return bool(ctx.year and published and abs(ctx.year - published) > YEAR_SLACK)

    def _published(self, i: int) -> int:
        """The year claim i's source was published; 0 when the registry does not say."""
        source = self.registry.sources.get(self.registry.claims[i].source)
        year = source.published[:4] if source is not None and source.published else ""
        return int(year) if year.isdigit() else 0

    def undated(self, verdict: Verdict, occ: Occurrence, ctx: Context) -> Verdict:
        """A supported verdict made unsourced when the draft's statement dates the figure, in its prose, to a year far
        from when the registry's sources were published and the claim's source gives no date ("In 2008 kwam ook al meer
        dan 60 procent uit Congo", "The World Bank was already estimating in 2016 that …"): a figure of that year, which
        the source does not state. Not a timeline's label ("**2018** – AI researchers are paid …"), nor a year of
        something else (_dates_figure)."""
        if not ctx.year or verdict.claim is None or self._published(self.positions[verdict.claim.id]):
            return verdict
        latest = self._latest
        if not latest or abs(ctx.year - latest) <= YEAR_SLACK or not _dates_figure(occ.near, ctx.year,
                                                                                  len(before_figure(occ))):
            return verdict
        return Verdict("unsourced", None, None, f"{NO_CLAIM}: the draft dates the figure to {ctx.year}, "
                       f"{verdict.claim.source} gives no date (the registry's sources are of {latest} or before); it "
                       f"says {said(verdict.claim)}", verdict.cited)

    def anothers_value(self, verdict: Verdict, ctx: Context, occ: Occurrence | None = None) -> Verdict:
        """A supported verdict made unsourced when its value is one the claim's bound allows but does not state, and the
        draft gives it as another's own finding where the claim names no one ("Kestrel Minerals Monitor, a
        consultancy, puts the country's share of mined supply at 71% last year" beside "over 60%"): that body's figure,
        which the source does not hold."""
        if ONLY_BOUND not in verdict.message or not ctx.texts:
            return verdict
        if occ is not None and of_ours(occ.masked[:occ.span[0]], occ.after):
            # "Our exposure is direct: 64% of the cobalt in our cells came from the DRC": the writer's own measure of
            # its own stock, a value the claim's bound allows ("over 60%") but does not state.
            return Verdict("unsourced", None, None, f"{NO_CLAIM}: the draft gives the figure as its writer's own measure, "
                           f"which {verdict.claim.source} does not state (it says {said(verdict.claim)})", verdict.cited)
        # Who measured it, gave it, or who the draft says it is from ("According to the Katanga Ore Bureau, … 68%"); of
        # those but who measured it, not a person, who may only repeat it ("According to Siddharth Kara, … about 70%").
        counted = occ is not None and occ.figure.kind == "count" and bool(occ.figure.unit)
        around = f"{occ.previous} {occ.masked}" if occ is not None else ctx.texts[0]
        named_around = names_in(around, known=self.model.known)
        # (a surname alone of a person the sentence, or the one it leans on, names in full: "Siddharth Kara, who …;
        # according to Kara, …"; a name alone is a body's otherwise: "According to Amnesty, …")
        surnames = frozenset(words[-1] for _, _, name in named_around if person_named(words := name.split())
                             or titled(name))
        measurers = measured_by(ctx.texts[0], self.model.known) | given_by(
            ctx.texts[0], self.model.known, verbs=not counted) | frozenset(
            name for name in ctx.scope.said_by - ctx.scope.persons
            if not (person_named(name.split()) or titled(name) or name in surnames))
        scope = self.model.claims[self.positions[verdict.claim.id]].scope
        # Who says the claim's figure: the one it is said by, else its organisations or speakers; and who reports it.
        sources = scope.said_by or scope.organisations or scope.speakers
        if not measurers and (owned := measured_by_owner(ctx.texts[0]))[0]:
            # "her group puts the total at 3.4 million", unless the possessive stands for a body of the claim's: the
            # last name before it ("Kids Mine Cobalt says …; their campaign puts the share at 70%"), or the sentence's
            # body when it names none ("De Filipijnse overheid publiceerde cijfers: haar team schat …")
            owner, at = owned
            if occ is not None and (k := occ.masked.find(ctx.texts[0][:NEEDLE])) >= 0:
                at += len(occ.previous) + 1 + k  # where it stands in `around`: the sentence's start is read too
                before = [name for start, _, name in named_around if start < at and not places_in(name)]
            else:
                before = [name for _, _, name in names_in(ctx.texts[0][:at], known=self.model.known)
                          if not places_in(name)]
            if overlapping_names(sources | scope.reporters | scope.origins, frozenset(
                    {before[-1]}) if before else ctx.scope.organisations):
                return verdict
            measurers = frozenset({owner})
        if not measurers:
            return verdict
        if overlapping_names(sources | scope.reporters | scope.origins, measurers):
            return verdict  # "according to figures cited by the campaign group Kids Mine Cobalt": the claim's own
        return Verdict("unsourced", None, None, f"{NO_CLAIM}: the draft gives the figure as another's own "
                       f"({', '.join(sorted(measurers))}), which {verdict.claim.source} does not state "
                       f"(it says {said(verdict.claim)})", verdict.cited)

    def set_against(self, verdict: Verdict, figure: Figure, occ: Occurrence) -> Verdict:
        """A supported verdict made unsourced when the figure is not the claim's value and its sentence sets it against
        that value after a than-word: "Content reviewers at a Nairobi supplier read as many as 400 passages a day, far
        more than the 150 a day that Time reported" is not Time's 150, however its bound allows it."""
        claim = verdict.claim
        assert claim is not None
        theirs = claim.figure
        if (figure.low, figure.high) == (theirs.low, theirs.high) or not occ.after:
            return verdict
        clause = _CLAUSE_END.split(occ.after, 1)[0]  # (not "…, Time reported; some said fewer than 150")
        words = list(_WORD.finditer(clause))
        at = next((k for k, m in enumerate(words) if fold(m.group()) in _THAN), None)
        if at is None:
            return verdict
        than = words[at]
        # A bound said in the comparison's own direction agrees with it: "well over half, more than the 60 per cent share
        # Amnesty cited" (not "as many as 400 passages, far more than the 150", nor "about $1, far less than the $2").
        if at and _BOUNDS.get((fold(words[at - 1].group()), fold(than.group()))) == figure.qualifier:
            return verdict
        # The value named as known after it, a few words between at most: "than the 150", "than Time's 150", "than the
        # reported 150 a day", "dan de 150" (not "well over half, more than 60%", where "than" is the figure's own).
        starts = [than.end(), *(m.end() for m in itertools.islice(_WORD.finditer(clause, than.end()), THAN_WORDS))]
        if not any(f.kind == theirs.kind and (f.low, f.high) == (theirs.low, theirs.high) and f.start == 0
                   for at in starts[1:] for f in extract(clause[at:].lstrip(), lang=occ.lang)):
            return verdict
        return Verdict("unsourced", None, None, f"{NO_CLAIM}: the draft sets the figure against {claim.source}'s own "
                       f"({said(claim)}), which it gives after it", verdict.cited)

    def placed_by_kin(self, verdict: Verdict, ctx: Context) -> Verdict | None:
        """A supported verdict whose claim names no place, when a claim about the same thing from another source
        says it of another place than the draft does: one estimate, said of one place ("the World Bank's 100 to
        400 million" is the world's, not India's). The figure conflicts with that claim; None otherwise."""
        claim = verdict.claim
        if claim is None or not ctx.scope.places or self.model.claims[self.positions[claim.id]].scope.places:
            return None
        if WORLD in ctx.scope.places:
            return None  # read as the world's over its clause's places ("a global workforce that … puts at"), or as well
        # The place must be the figure's own clause's ("In India alone, …"), not a place its sentence mentions
        # in passing ("…, who interviewed 17 workers in Antananarivo").
        own = places_in(ctx.texts[0]) - {WORLD} if ctx.texts else frozenset()
        if not own:
            return None
        for other, _ in self.disputing(claim):
            scope = self.model.claims[self.positions[other.id]].scope
            if ctx.placed_around and _wide(scope.places):
                continue  # a city where a world estimate was said or read is no place of it (Context.placed_around)
            found = difference(Scope(scope.places), Scope(own),
                               claim_texts=(other.statement, *other.keywords), draft_texts=ctx.texts)
            if found is not None:
                return replace(verdict, status="conflicting", claim=other,
                               message=f"{found.message()}; source says {said(other)}")
        return None

    def agreeing_kin(self, verdict: Verdict, figure: Figure, ctx: Context, found: list[Candidate],
                     cited: tuple[str, ...], tolerance: float) -> Verdict:
        """A conflicting verdict made supported by a claim about the same thing from another source whose figure the
        draft's agrees with (SPEC §4: sources that disagree, one agreeing suffices): "100 tot 400 miljoen" is the
        Casilli interview's World Bank range, whichever range's words the sentence shares more."""
        claim = verdict.claim
        assert claim is not None and verdict.match is not None
        lenient = self._ready(ctx.scope, False)
        for other, _ in self.disputing(claim):
            at = self.positions[other.id]
            if self._compared(at, figure, tolerance).consistent and not lenient.differs(self.model.claims[at].scope) \
                    and not self._another_time(at, ctx):
                kin = Candidate(other, verdict.match.score, verdict.match.found, verdict.match.missed)
                agreed = decide(figure, [kin, *(c for c in found if c.claim.id != other.id and c.difference is None
                                                and c.score < verdict.match.score)], cited=cited, tolerance=tolerance)
                if agreed.status in ("supported", "miscited"):
                    return agreed
        return verdict

    def _passing(self, ctx: Context) -> Against | None:
        """The draft's scope without its places when they were read from the texts around its sentence (Context), for
        claims said of the world; None otherwise."""
        if not ctx.placed_around or WORLD in ctx.scope.places:
            return None
        return self._ready(replace(ctx.scope, places=frozenset()), False)

    def _worldwide(self, i: int) -> bool:
        """Whether claim `i` is said of the world or of wide regions alone ("the Global South"): a city where it was said
        or read is no place of it."""
        return _wide(self.model.claims[i].scope.places)

    def _national(self, i: int) -> bool:
        """Whether claim `i` is said of a country (or a wider region), not of a city: one organisation's part of a
        country's count is not the count ("Remotasks alone"); a city's claim may be about that very organisation."""
        places = gazetteer().places
        return any(code in places and places[code].kind not in PARTS for code in self.model.claims[i].scope.places)

    def _ready(self, scope: Scope, whole: bool) -> Against:
        """The draft's scope made ready (Against.of), one per scope and role: its answers are remembered with it."""
        key = (scope, whole)
        against = self._against.get(key)
        if against is None:
            if len(self._against) >= READY_SCOPES:
                self._against.clear()  # a long-lived engine (the language server) keeps a bounded memo
            against = self._against[key] = Against.of(scope, whole=whole, memo=self._apart)
        return against

    def _postings(self, kind: str) -> Mapping[str, tuple[tuple[int, float], ...]]:
        """The index of the claims whose figure is of `kind`, made when a draft first has a figure of it."""
        part = self._parts.get(kind)
        if part is None:
            part = self._parts[kind] = self.model.part([c.figure.kind == kind for c in self.registry.claims])
        return part

    def _change(self, i: int) -> bool:
        """Whether claim `i`'s percentage is a change, as a draft's is read (context.is_change)."""
        known = self._changes.get(i)
        if known is None:
            claim = self.registry.claims[i]
            text = claim.statement
            known = self._changes[i] = any(is_change(text[:a], text[b:]) for a, b in claim.statement_spans)
        return known

    def _denied(self, i: int) -> bool:
        """Whether claim `i`'s quote denies its figure ("Ik denk niet dat AI-technologie 100 procent perfectie zal
        bereiken"), as a draft's clause is read (polarity.denies)."""
        known = self._denials.get(i)
        if known is None:
            claim = self.registry.claims[i]
            known = self._denials[i] = denies(claim.masked_quote, claim.figure.start, claim.figure.end,
                                              self.registry.source_of(claim).lang, meaning=True)
        return known

    def opposite(self, verdict: Verdict, occ: Occurrence, figure: Figure, ctx: Context, cited: tuple[str, ...],
                 tolerance: float) -> Verdict:
        """A supported verdict made conflicting when the draft denies what its claim says ("The DRC does not produce
        60% …" of "over 60%"); a bound denied was read as the other bound. (Not the other way: a claim that denies is
        restated in too many words that deny by their meaning, "doubts", "out of reach", to tell a draft that does not.)"""
        claim = verdict.claim
        if claim is None or not ctx.denied or figure.qualifier in ("min", "max") or self._denied(
                self.positions[claim.id]):
            return verdict
        # Another claim of the figure that denies it too ("99 procent onaanvaardbaar" beside "99 procent van de tijd"):
        # the draft says what that one says. (Every candidate scored: the search kept only those the verdict needed.)
        for cand in sorted(self.candidates(occ, figure, ctx), key=lambda c: -c.score):
            if cand.claim is not claim and cand.difference is None and self._denied(self.positions[cand.claim.id]):
                alternative = decide(figure, [cand], cited=cited, tolerance=tolerance)
                if alternative.status == "supported":
                    return replace(alternative, candidates=verdict.candidates)
        return replace(verdict, status="conflicting",
                       message=f"source says {said(claim)}; the draft denies what the source says")

    def _supposed(self, i: int) -> bool:
        """Whether claim `i`'s quote gives its figure as a forecast or a supposition, as a draft's clause is read
        (mood.supposes): "… dat AI-technologie 100 procent perfectie zal bereiken"."""
        known = self._suppositions.get(i)
        if known is None:
            claim = self.registry.claims[i]
            known = self._suppositions[i] = supposes(claim.masked_quote, claim.figure.start, claim.figure.end,
                                                     self.registry.source_of(claim).lang)
        return known

    def forecast(self, verdict: Verdict, ctx: Context) -> Verdict:
        """A supported or conflicting verdict made unsourced when the draft gives its figure as a forecast or a
        supposition and its claim states it ("Analysts forecast that the DRC will produce over 60% … by 2030" of "The
        DRC produces over 60% …"): what will be or would be is no restatement of what is."""
        claim = verdict.claim
        if claim is None or not ctx.supposed or self._supposed(self.positions[claim.id]):
            return verdict
        return Verdict("unsourced", None, None, f"{NO_CLAIM}: the draft gives the figure as a forecast or a supposition, "
                       f"which {claim.source} states as a fact (it says {said(claim)})", verdict.cited)

    @staticmethod
    def strict_bound(verdict: Verdict, figure: Figure, ctx: Context) -> Verdict:
        """A supported verdict made conflicting when the draft's bound excludes the value its claim states exactly
        ("more than 77%", "fewer than 150 text passages" of 77% and 150): a bound the source's figure does not
        satisfy. A claim's own bound at the same value is the same bound ("more than 2 million" of "meer dan 2
        miljoen")."""
        claim = verdict.claim
        if claim is None or not ctx.strict or ctx.denied or claim.figure.qualifier != "exact" or claim.figure.is_range:
            return verdict
        value = claim.figure.low
        if not (figure.qualifier == "min" and figure.low == value or figure.qualifier == "max" and figure.high == value):
            return verdict
        return replace(verdict, status="conflicting",
                       message=f"source says {said(claim)}; a bound the source's figure does not satisfy")

    def own_count(self, claim: Claim, ctx: Context) -> bool:
        """Whether the draft's figure counts a body's own people ("working for Verdan Labs", "zegt zelf … te hebben"),
        a body the claim does not name (a person aside), or the writer's ("We employ 300 click workers")."""
        if ctx.scope.own:
            return True  # "We employ 300 click workers": the writer's
        bodies = ctx.counted_by - ctx.scope.persons
        return bool(bodies) and not overlapping_names(bodies, self._names(self.positions[claim.id]))

    @staticmethod
    def neared_bound(verdict: Verdict, figure: Figure, ctx: Context) -> Verdict:
        """A supported verdict made conflicting when the draft nears its value from below and the claim states one
        above it ("nearly 95%" of 99%): what is nearly 95 is less, not 4 points more; one that rounds to it holds."""
        claim = verdict.claim
        if claim is None or not ctx.below or ctx.denied or claim.figure.is_range or figure.is_range or \
                claim.figure.qualifier not in ("exact", "approx"):
            return verdict
        value, step = claim.figure.low, claim.figure.step
        if value <= figure.high or round(value / figure.step) * figure.step == figure.high or \
                round(figure.high / step) * step == value:
            return verdict  # (a rounding either way: "nearly 76.9%" of 77%)
        return replace(verdict, status="conflicting", message=f"source says {said(claim)}; more than the draft nears")

    def _wholes_of(self, i: int) -> frozenset[str]:
        """What claim `i`'s percentages are shares of: the places, or a possessor's own stock, their "of" phrases
        name ("of the world's cobalt", "of its customers")."""
        known = self._of_wholes.get(i)
        if known is None:
            text = self.registry.claims[i].statement
            known = self._of_wholes[i] = frozenset().union(*(whole_places(text[b:])
                                                             for _, b in self.registry.claims[i].statement_spans))
        return known

    def _world_share(self, i: int) -> bool:
        """Whether claim `i`'s percentage is a share of the world's stock ("of the world's cobalt")."""
        known = self._of_world.get(i)
        if known is None:
            text = self.registry.claims[i].statement
            known = self._of_world[i] = any(of_world(text[b:]) for _, b in self.registry.claims[i].statement_spans)
        return known

    def _part_places(self, i: int) -> frozenset[str]:
        """The places claim `i`'s percentage is a share held by: those its statement names, less those its "of"
        phrase names as the whole ("The DRC produces over 60% of the world's cobalt": the DRC)."""
        known = self._holders.get(i)
        if known is None:
            known = self._holders[i] = self.model.claims[i].scope.places - self._wholes_of(i)
        return known

    def _measured(self, i: int) -> frozenset[str]:
        """What the sums of money of claim `i`'s statement measure, remembered per claim (a registry outgrows any
        small memo of statements)."""
        known = self._measures.get(i)
        if known is None:
            known = self._measures[i] = _measures(self.registry.claims[i].statement)
        return known

    def _counts(self, i: int, noun: str, own: bool = False) -> bool:
        """Whether claim `i` counts what the draft counts (`noun`, the figure's `own` noun or one of its context),
        remembered: drafts repeat their nouns."""
        known = self._counted.get((i, noun, own))
        if known is None:
            claim = self.registry.claims[i]
            stated = self._stated.get(i)
            if stated is None:
                stated = self._stated[i] = _stated_nouns(claim.statement, claim.figure)
            known = self._counted[(i, noun, own)] = _counts_the_same(self.model.claims[i], claim.figure, noun, stated,
                                                                     own=own) \
                and not (claim.figure.kind == "percent" and _added_after(claim, noun))
        return known

    def _compared(self, i: int, figure: Figure, tolerance: float) -> Comparison:
        """Claim `i`'s figure compared with the draft's, as decide compares them."""
        claim = self.registry.claims[i]
        extreme = self._extreme.get(i)
        if extreme is None:
            extreme = self._extreme[i] = is_extreme(claim)
        return compare(claim.figure, figure, tolerance, extreme=extreme)

    @classmethod
    def build(cls, registry: Registry) -> Engine:
        return cls(registry, build_model(registry.claims))


SENTENCE_SHARE = 0.7
WORLD_KEY = "@world"  # the paraphrase class of "world", "global", "wereldwijd" and "wereld-" compounds
# A noun naming a figure spoken of before, after a definite article or a demonstrative and at most one word: "the true
# number", "put the figure at", "dat cijfer" (not "our revenue estimate", a new one).


def _sources(scope: Scope) -> frozenset[str]:
    """Who a claim has say or find its figure (its origins with their other names, speakers, reporters), else the
    names it is about."""
    return (scope.origins | scope.said_by | scope.speakers | scope.reporters | (
        scope.organisations if scope.origins else frozenset())) or scope.organisations


def _names_any(names: frozenset[str], pool: frozenset[str]) -> bool:
    """Whether a draft's context names one of `names`: all its words, or its last (a surname: "Casilli")."""
    return any(keys and (keys <= pool or "@name:" + name.split()[-1] in pool)
               for name in names for keys in (name_keys(name),))


def _measuring(found: Iterable[str], kind: str) -> list[str]:
    """The claim's words of what a figure measures among `found`: not whose study says it, nor, of a share, the people
    it is a share of ("77% of the shoppers it surveyed were uneasy about how much brands knew" holds only "brands" of
    Adobe's finding; a count or a pay of people is theirs)."""
    return [w for w in found if (kind != "percent" or not lexical.names_people(w))
            and not _ATTRIBUTING.intersection(w.split())]


_ATTRIBUTING = NAME_WORDS.origins | NAME_WORDS.reporting | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.finding_words)
_NAMED_FIGURE = re.compile(r"\b(?:{})[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{})\b".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values()
                     for w in (*language.definite_articles, *language.demonstratives)}, key=len, reverse=True)),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values()
                     for w in (*language.figure_nouns, *language.renaming_nouns)}, key=len, reverse=True))),
    re.IGNORECASE)
READY_SCOPES = 2048  # draft scopes an engine keeps made ready, with what they answered
FLOOR = CONTEXT_THRESHOLD  # no verdict weighs a claim scoring less: the model need not score it
DISTINCT_DIGITS = 3  # significant digits that make one value distinctive ("1.46"); a range's two ends, together, 4
RARE_ZIPF = 4.5  # a word rarer than this in prose (Zipf frequency) names what its sentence is about


def _plural_noun(word: str) -> bool:
    return word.endswith(_NOUN_PLURAL_ENDINGS) and len(word) > 3 and not lexical.is_period(word)


def _lower_words(text: str) -> list[str]:
    """The content words of `text` not written with a capital (a name is the scope's to compare), nor a qualifier."""
    return [w for w in lexical.words(" ".join(m.group() for m in _LOWER_WORD.finditer(text))) if w not in _QUALIFIERS]


_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-Þ][\w'’-]*")
_QUALIFIERS = frozenset(fold(w) for language in LANGUAGES.values() for phrase in language.qualifiers
                        for w in (phrase if isinstance(phrase, tuple) else (phrase,)))


def _slip(written: float, meant: float) -> bool:
    """Whether a value is another written by a slip: the same, the same digits at another scale ("15 to 43 million"), or
    two neighbouring digits swapped at the same scale ("$1.64" for $1.46; not "$4.16")."""
    if written == meant:
        return True
    a, b = significant_digits(written), significant_digits(meant)
    if a == b:
        return True
    if len(a) != len(b) or not written or not meant or math.floor(math.log10(abs(written))) != math.floor(
            math.log10(abs(meant))):
        return False
    apart = [k for k in range(len(a)) if a[k] != b[k]]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]


def _digit_keys(figure: Figure) -> tuple[str, str]:
    """A figure's significant digits at each end, sorted: what a slip of order or scale keeps."""
    return "".join(sorted(significant_digits(figure.low))), "".join(sorted(significant_digits(figure.high)))


def _significant(value: float, step: float) -> int:
    """The significant digits of `value` written to `step`, trailing zeros not counted ("430 million": 2)."""
    n = round(abs(value) / step) if step > 0 else 0
    while n and n % 10 == 0:
        n //= 10
    return len(str(n)) if n else 0


_THAN = frozenset(fold(w) for language in LANGUAGES.values() for w in language.than_words)
# The direction of a two-word bound ending in a than-word: ("more", "than") -> "min", ("minder", "dan") -> "max".
_BOUNDS = {tuple(fold(w) for w in phrase): q for language in LANGUAGES.values()
           for phrase, q in language.qualifiers.items() if len(phrase) == 2 and q in ("min", "max")}
THAN_WORDS = 3  # words between a than-word and the value it names as known ("than the reported 150")
_CLAUSE_END = re.compile(r"[;:]")


def _wide(places: frozenset[str]) -> bool:
    """Whether places are the world's or wide regions' alone (continents, "the Global South"), no country's or city's."""
    found = gazetteer().places
    return bool(places) and all(code in found and found[code].kind == "region" for code in places)


def _distinctive(figure: Figure) -> bool:
    """Whether the figure's value is one a sentence seldom gives by chance: "$1.46", "150-430 million"."""
    if figure.vague:
        return False
    if figure.is_range:
        return _significant(figure.low, figure.step) + _significant(figure.high, figure.step) > DISTINCT_DIGITS
    return _significant(figure.low, figure.step) >= DISTINCT_DIGITS


OWN_WORDS = 3  # content words a figure's own words need to be read alone


GENERAL = frozenset({"@people", "@worker"})
_NOUN_PLURAL_ENDINGS = tuple({e for language in LANGUAGES.values() for e in language.noun_plural_endings})


def _measures(statement: str) -> frozenset[str]:
    """What the sums of money of a claim's statement measure (pay, revenue, funding...), and what its shares are of
    (output, demand)."""
    return lexical.pool((statement,)) & (MEASURES | SHARE_MEASURES)


def _counts_the_same(words: ClaimWords, figure: Figure, noun: str, stated: frozenset[str] = frozenset(), *,
                     own: bool = False) -> bool:
    """Whether a claim counts what the draft counts: its figure's own noun ("tekstfragmenten" for
    "passages"), or the noun its statement counts the same figure in (`stated`, _stated_nouns: "jongeren", "young
    people"), or, when that noun is general or absent ("mensen"), any word it names."""
    if figure.kind == "count" and figure.unit:
        unit = _noun_keys(figure.unit)
        # A noun of its own that names a group decides with the statement's, whatever general noun the statement
        # also counts in ("duizenden klikwerkers" for "thousands of click workers" counts no photos).
        if not (unit | stated) & GENERAL or any(k.startswith("@") and k not in GENERAL for k in unit):
            return not (unit | stated).isdisjoint(_noun_keys(noun))
        if own and (unit | stated) & GENERAL and noun.endswith(_NOUN_PLURAL_ENDINGS) and \
                not lexical.names_people(noun) and not _place_keys(noun) and _mentions(words, noun):
            # A claim of people counts no things it names them at work on ("150 million images" of "150 million
            # people … annotate images").
            return False
    return _mentions(words, noun)


def _added_after(claim: Claim, noun: str) -> bool:
    """Whether a claim's statement names `noun` only after its figure's clause, as what it adds ("… 60% of the world's
    cobalt, mined …, for lithium-ion batteries"): a share of that noun is no share the claim gives."""
    statement = claim.masked_statement
    core, added = around_figure(statement, attribution(statement)[0], claim.statement_spans)
    wanted = lexical.keys(noun)

    def names(parts: list[str]) -> bool:
        return any(not lexical.keys(w).isdisjoint(wanted) for w in lexical.words(" ".join(parts)))

    return bool(added) and names(added) and not names(core)


def _stated_nouns(statement: str, figure: Figure) -> frozenset[str]:
    """The keys of what a claim's (English) statement counts its figure in, read as a draft's would be."""
    found: frozenset[str] = frozenset()
    for f in extract(statement, "en"):
        if f.kind == "count" and f.unit and (f.low, f.high) == (figure.low, figure.high):
            found |= _noun_keys(f.unit)
    return found


@functools.lru_cache(maxsize=4096)
def _noun_keys(noun: str) -> frozenset[str]:
    """A counted noun's keys, and those of its head when it is a compound: "dierenfoto's" counts "foto's"."""
    found = set(lexical.keys(noun) | _place_keys(noun))
    for cut in range(3, len(noun) - 3):
        head = lexical.keys(noun[cut:])
        if any(k.startswith("@") for k in head):
            found |= head
            break
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def _place_keys(noun: str) -> frozenset[str]:
    return place_keys(Scope(places_in(noun[:1].upper() + noun[1:])))


def _mentions(words: ClaimWords, noun: str) -> bool:
    """Whether a claim names what a draft counts ("passages", "mensen"): a key of the noun is among its words'."""
    wanted = lexical.keys(noun) | _place_keys(noun)
    return any(not t.keys.isdisjoint(wanted) for t in words.main) or any(
        not t.keys.isdisjoint(wanted) for phrase in words.alternatives for t in phrase)


def _related(m: Model, me: int, only: Callable[[int], bool] | None = None) -> list[tuple[int, float]]:
    """Claims whose statement words match claim `me`'s well, either way round (of those `only` accepts)."""
    mine = _keys(m.claims[me])
    # The other way round: claims holding keys of `me`'s words worth enough of it.
    weights: dict[str, float] = {}
    claim = m.claims[me]
    for share, terms in ((1.0, claim.main), (ALTERNATIVE_SHARE, [t for p in claim.alternatives for t in p])):
        for t in terms:
            for key in t.keys:
                weights[key] = max(weights.get(key, 0.0), share * t.weight)
    back: dict[int, float] = {}
    for key, weight in weights.items():
        # As for a figure, a claim met by frequent keys alone is no candidate: they only add to those found.
        for j, _ in m.postings.get(key, ()):
            back[j] = back.get(j, 0.0) + weight
    frequent = [(m.frequent_postings[k], w) for k, w in weights.items() if k in m.frequent]
    for j in back:
        back[j] += sum(w for held, w in frequent if j in held)
    need = RELATED_THRESHOLD / 100.0 * m.claims[me].whole
    pool = set(m.candidates(mine, RELATED_THRESHOLD)) | {j for j, w in back.items() if w + 1e-9 >= need}
    found = []
    scope = _unreported(m.claims[me].scope)
    for j in sorted(pool):
        # A claim of another scope is no relation whatever its words: it is not scored. Who reported each is no
        # part of that: a draft's name may be a claim's reporter, another claim's names are its own.
        other = _unreported(m.claims[j].scope)
        if j == me or (only is not None and not only(j)) or difference(scope, other) or difference(other, scope):
            continue  # either way round: a claim of young people is no claim of all people, nor that one of this
        value = max(m.claims[j].score(mine)[0], m.claims[me].score(_keys(m.claims[j]))[0])
        if value >= RELATED_THRESHOLD:
            found.append((j, value))
    found.sort(key=lambda t: (-t[1], t[0]))
    return found


def _unreported(scope: Scope) -> Scope:
    return replace(scope, reporters=frozenset()) if scope.reporters else scope


def _keys(words: ClaimWords) -> frozenset[str]:
    return frozenset(k for t in words.main for k in t.keys)


def check_text(text: str, engine: Engine, *, form: Form = MARKDOWN, lang: str | None = None,
               tolerance: float = DEFAULT_TOLERANCE, explain: bool = False) -> tuple[list[Checked], list[Diagnostic]]:
    """Verdicts for every figure in a draft, and diagnostics such as unknown citation keys."""
    checked, diagnostics = iter_check_text(text, engine, form=form, lang=lang, tolerance=tolerance, explain=explain)
    return list(checked), diagnostics


def iter_check_text(text: str, engine: Engine, *, form: Form = MARKDOWN, lang: str | None = None,
                    tolerance: float = DEFAULT_TOLERANCE,
                    explain: bool = False) -> tuple[Iterator[Checked], list[Diagnostic]]:
    """check_text's verdicts one figure at a time, as the draft is read: a book is never held checked whole.

    The diagnostics come first, complete, so that a report can place them among the verdicts. With
    `explain`, every candidate is scored, so that each verdict can show its best ones (the verdicts stay the same).
    """
    registry = engine.registry
    diagnostics = [Diagnostic(c.offset, len(c.key) + 1, f"unknown citation key @{c.key}: no [[source]] has this id")
                   for c in unknown_citations(text, form, registry)]
    diagnostics += [Diagnostic(h.offset, 1, h.message, "hidden-character") for h in hidden_characters(text)]
    diagnostics += [Diagnostic(at, n, f"unknown status {word!r} in a factlint comment (statuses: {', '.join(NAMES)})",
                               UNKNOWN_STATUS) for at, n, word in unknown_statuses(text)]
    diagnostics.sort(key=lambda d: d.offset)
    return _verdicts(iter_scan(text, form=form, lang=lang), engine, tolerance, explain), diagnostics


def _verdicts(occurrences: Iterable[Occurrence], engine: Engine, tolerance: float,
              explain: bool) -> Iterator[Checked]:
    registry = engine.registry
    # A citation is resolved once: the cells of a table row, the figures of a sentence, share theirs.
    resolved: dict[tuple[str, str, str], tuple[str, ...]] = {}

    def kin(claim: Claim) -> Iterator[Claim]:
        return (c for c, _ in engine.disputing(claim))

    for occ in occurrences:
        cited: list[str] = []
        for c in occ.citations:
            key = (c.kind, c.key, c.text)
            if key not in resolved:
                resolved[key] = resolve(c, registry)[0]
            cited.extend(resolved[key])
        ctx = context_of(occ, engine.model.known)
        figure = as_range_end(with_period_in_relative(with_period_of_work(with_period_before(
            with_echo(with_headers(occ.figure, occ), occ), occ), occ), occ), occ)
        figure = with_denied_bound(figure, ctx)
        found = engine.candidates(occ, figure, ctx, None if explain else tolerance)
        exhaustive = explain  # whether `found` holds every candidate, as --explain scores them
        citing = tuple(dict.fromkeys(cited))
        verdict = decide(figure, found, cited=citing, tolerance=tolerance)
        if not exhaustive and verdict.status == "unsourced" and verdict.message.startswith(UNLIKE_VALUE):
            # Another scope's claim the figure resembles makes it conflict (verdicts.decide), and the pruned search
            # keeps only the best of them: all are scored before the figure is left unsourced.
            found, exhaustive = engine.candidates(occ, figure, ctx, None), True
            verdict = decide(figure, found, cited=citing, tolerance=tolerance)
        if verdict.status == "unsourced" and not ctx.aside and (rare := engine.distinctive(occ, figure, ctx)):
            verdict = decide(figure, rare, cited=citing, tolerance=tolerance, threshold=DISTINCT_FLOOR)
        if verdict.status == "conflicting" and verdict.claim is not None and verdict.claim.figure.vague and \
                not figure.vague and engine.own_count(verdict.claim, ctx):
            # "About 600 workers at Lemur Data stopped work, their union said", "Het platform Taskvlot zegt zelf 1,3
            # miljoen geregistreerde werkers te hebben": a body's own count is no value of a claim of an order only
            # ("duizenden", "miljoenen"), which gives none to contradict.
            verdict = replace(verdict, status="unsourced", claim=None, score=None, match=None,
                              message=f"{NO_CLAIM}: a body's own count, where the source gives only an order "
                                      f"({said(verdict.claim)})")
        if ctx.aside == PART and verdict.status == "conflicting":
            # "Two of the four countries": a part may be a claim's count ("four of the five countries he planned"),
            # never another value of the whole's.
            verdict = replace(verdict, status="unsourced", claim=None, match=None, message="")
        if ctx.aside and verdict.status == "unsourced":
            verdict = replace(verdict, message=f"{ASIDES[ctx.aside]}: no claim is compared")
        if verdict.status == "conflicting" and verdict.claim is not None and verdict.match is not None \
                and verdict.match.difference is None:
            verdict = engine.agreeing_kin(verdict, figure, ctx, found, citing, tolerance)
            verdict = engine.dated_kin(verdict, figure, ctx, tolerance)
            if not ctx.turned:  # a figure the draft gives as another's gone wrong needs no likeness to it
                unlike = unlike_all(verdict, figure, found, kin)
                if unlike is not verdict and not exhaustive:
                    # The claims scored about as well may lie below the threshold, which the pruned search does
                    # not score: all are, before the verdict is given up.
                    unlike = unlike_all(verdict, figure, engine.candidates(occ, figure, ctx, None), kin)
                verdict = unlike
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.strict_bound(verdict, figure, ctx)
            verdict = engine.neared_bound(verdict, figure, ctx)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.forecast(verdict, ctx)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.opposite(verdict, occ, figure, ctx, citing, tolerance)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.anothers_value(verdict, ctx, occ)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.undated(verdict, occ, ctx)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.set_against(verdict, figure, occ)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = engine.placed_by_kin(verdict, ctx) or disagreement(verdict, figure,
                                                                         engine.disputing(verdict.claim), tolerance)
        if verdict.status in occ.silenced:
            continue  # a disable comment names this status here
        yield Checked(occ, verdict)
