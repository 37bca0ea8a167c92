"""Verdicts: compare a draft's figure with the claims that match its context, and name a status.

Pure: figures and scored claims in, findings out. The consistency rules are SPEC §4's table.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Iterable

from dataclasses import dataclass, field, replace

from factlint.check.scope import Difference
from factlint.lang import LANGUAGES, foreign_words
from factlint.extract import Figure
from factlint.registry.model import Claim
from factlint.statuses import DEFAULT_FAIL_ON, NAMES as STATUSES  # noqa: F401  (the status table's, re-exported)

DEFAULT_TOLERANCE = 0.05
CONTEXT_THRESHOLD = 45.0  # context score (0-100) from which a claim is about the same thing
# From which a claim is, when the figure restates its distinctive value as written ("$1.46", "150-430 million"): a value
# a sentence seldom gives by chance needs fewer of the claim's words ("A lot of them are paid as little as $1.46/hr").
DISTINCT_FLOOR = 30.0
CONTEXT_MARGIN = 15.0  # claims this close to the best one are considered together
ROUNDING_LIMIT = 0.05  # a rounded figure may differ from the claim by at most this fraction


@dataclass(frozen=True, slots=True)
class Comparison:
    consistent: bool
    comparable: bool  # False: different kinds of figure (money against a count): never conflicting
    note: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The status of one figure and the claim behind it."""

    status: str
    claim: Claim | None
    score: float | None
    message: str
    cited: tuple[str, ...] = ()
    match: Candidate | None = field(default=None, compare=False)  # what matched, for --explain
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)  # the best-scored claims, for --explain


def in_source_words(claim: Claim) -> str:
    """The claim's figure as its quote writes it, qualifier included: "as little as $1.46/hour"."""
    fig = claim.figure
    if not (0 <= fig.start < fig.end <= len(claim.quote)) or claim.quote[fig.start:fig.end] != fig.text:
        return describe(fig)
    before = claim.quote[:fig.start].rstrip().split()
    phrases = {key for language in LANGUAGES.values() for key in language.qualifiers}
    for n in (4, 3, 2, 1):
        words = tuple(w.lower() for w in before[-n:])
        if len(words) == n and words in phrases:
            return " ".join(before[-n:]) + " " + fig.text
    return fig.text


def describe(fig: Figure) -> str:
    """A figure in words, as a message quotes it: "more than 2 million", "$1.46/hour"."""
    qual = {"min": "more than ", "max": "less than ", "approx": "about ", "exact": ""}[fig.qualifier]
    return qual + _value(fig)


def _value(fig: Figure) -> str:
    scale, word = 1.0, ""
    for size, name in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(fig.low) >= size or abs(fig.high) >= size:
            if all(float(round(x / size * 100, 6)).is_integer() for x in (fig.low, fig.high)):
                scale, word = size, name
            break
    money = fig.kind == "money" and not word
    body = _fmt(fig.low / scale, money)
    if fig.low != fig.high:
        body += "–" + _fmt(fig.high / scale, money)
    body += word
    if fig.kind == "money":
        sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(fig.unit or "", "")
        body = sym + body if sym else f"{body} {fig.unit or ''}".strip()
    elif fig.kind == "percent":
        body += "%"
    if fig.per:
        body += f"/{fig.per}"
    return body


def _fmt(x: float, money: bool = False) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    text = f"{x:,.2f}" if money else f"{x:,.6f}".rstrip("0").rstrip(".")
    return text


def _round_to(value: float, step: float) -> float:
    if step <= 0:
        return value
    return round(value / step) * step


def _same(claim_value: float, draft_value: float, draft_step: float, tolerance: float | None) -> bool:
    """Equal, or equal once the claim is rounded to the draft's precision, or within a tolerance."""
    if abs(claim_value - draft_value) <= 1e-9 * max(1.0, abs(claim_value)):
        return True
    # "1.5" for 1.46: the claim rounded to the precision the draft writes, if that rounding is slight.
    if draft_step > 0 and abs(_round_to(claim_value, draft_step) - draft_value) <= 1e-9 * max(1.0, abs(draft_value)) \
            and abs(draft_value - claim_value) <= ROUNDING_LIMIT * abs(claim_value):
        return True
    if tolerance is not None and claim_value:
        return abs(draft_value - claim_value) / abs(claim_value) <= tolerance
    return False


def compare(claim: Figure, draft: Figure, tolerance: float = DEFAULT_TOLERANCE, *, extreme: bool = False) -> Comparison:
    """Whether the draft's figure says what the claim's figure says (SPEC §4). `extreme`: the claim's bound is
    an extreme the source reports ("as little as", "as many as"), not a bound on the figure."""
    if not comparable(claim, draft):
        return Comparison(False, False)
    if claim.kind == "money" and claim.unit and draft.unit and claim.unit != draft.unit:
        return Comparison(False, True, "another currency")
    notes = []
    if claim.per != draft.per:
        if draft.per is None:
            notes.append(f"the source gives it per {claim.per}")
        elif not (claim.per is None and claim.kind == "count" and draft.vague):
            return Comparison(False, True, "another period")
        # else: how many do a thing that often ("thousands of young people log on every day") is still how many
    tol = tolerance if "approx" in (draft.qualifier, claim.qualifier) else None
    cq, dq = claim.qualifier, draft.qualifier

    if draft.vague and dq in ("exact", "approx"):
        # "hundreds of millions" of 150-430 million, "millions" of more than 2 million: a vague plural names the
        # order of the source's figure, all of it ("tens of millions" is another).
        if (claim.low, claim.high) == (draft.low, draft.high):
            return Comparison(True, True, "; ".join(notes))
        ok = draft.step <= claim.low and claim.high < VAGUE_SPAN * draft.step
        # Noted: a claim the figure restates exactly comes first ("hundreds of millions" of users).
        return Comparison(ok, True, "; ".join(notes + [f"the source says {describe(claim)}"]) if ok else "another value")
    if claim.is_range:
        if draft.is_range:
            ok = _same(claim.low, draft.low, draft.step, tol) and _same(claim.high, draft.high, draft.step, tol)
            return Comparison(ok, True, "; ".join(notes) if ok else "another range")
        # A single value from a range is a cherry-pick, unless written as the bound it is: "at least 150
        # million", "as many as 430 million" (the range's own end, not any weaker bound).
        if dq in ("min", "max") and _same(claim.low if dq == "min" else claim.high, draft.low, draft.step, tol):
            return Comparison(True, True, "; ".join(notes))
        if claim.order and dq in ("exact", "approx") and claim.low <= draft.low <= claim.high:
            # "six-figure salaries" bounds a pay, as "over 60%" does a share: $186,000 is one, which it does not state.
            return Comparison(True, True, "; ".join(notes + [f"{ONLY_BOUND}: {describe(claim)}"]))
        return Comparison(False, True, "a single value where the source gives a range")

    value = claim.low
    if draft.is_range:
        # A range the source's bound allows, up to the bound itself ("between $1.32 and $2 an hour" of "less than $2
        # an hour": the source states only the bound); not against an extreme the source reports.
        allowed = draft.low >= value if cq == "min" else draft.high <= value if cq == "max" else False
        far = draft.high if cq == "min" else draft.low
        near = 0 < min(abs(value), abs(far)) and max(abs(value), abs(far)) / min(abs(value), abs(far)) < SLIP
        if allowed and near and not extreme and dq not in ("min", "max"):
            return Comparison(True, True, "; ".join(notes + [f"{ONLY_BOUND}: {describe(claim)}"]))
        return Comparison(False, True, "a range where the source gives one value")
    if {cq, dq} == {"min", "max"}:
        return Comparison(False, True, "a bound in the opposite direction")
    if dq in ("min", "max") and cq == dq:
        # Two bounds in one direction ("as little as $1.46", "as little as $1.20"): the same bound, or not.
        if _same(value, draft.low, draft.step, tol):
            return Comparison(True, True, "; ".join(notes))
        if not extreme and _rounded_bound(dq, draft, value):
            # The source's bound rounded in its own direction to a rounder figure: over 60% is more than half.
            # Not against an extreme the source reports ("as little as $1.46" is the lowest seen, not a bound).
            return Comparison(True, True, "; ".join(notes + ["a weaker bound than the source's figure"]))
        return Comparison(False, True, "another bound")
    if dq in ("min", "max"):
        # The draft gives a bound: the source's value must satisfy it.
        ok, note = _bound_holds(dq, draft.low, draft.step, value, tol)
        return Comparison(ok, True, "; ".join(notes + [note]) if note else "; ".join(notes))
    if cq in ("min", "max") and not _same(value, draft.low, draft.step, tol):
        # A value the source's bound allows but does not state; not one far beyond it, and not against an
        # extreme the source reports ("as little as $1.46" is a value seen, not a bound on every value).
        allowed = draft.low > value if cq == "min" else draft.low < value
        near = 0 < min(abs(value), abs(draft.low)) and max(abs(value), abs(draft.low)) / min(
            abs(value), abs(draft.low)) < SLIP
        if allowed and near and not extreme:
            return Comparison(True, True, "; ".join(notes + [f"{ONLY_BOUND}: {describe(claim)}"]))
        return Comparison(False, True, "another value")
    if not _same(value, draft.low, draft.step, tol):
        return Comparison(False, True, "another value")
    if cq in ("min", "max") and dq in ("exact", "approx"):
        notes.append(f"the source gives it as a bound: {describe(claim)}")
    return Comparison(True, True, "; ".join(notes))


def plain_value(fig: Figure) -> float | None:
    """A figure's value when it is one value, stated or approximate (no bound, no range): two plain values
    compare consistent only within ROUNDING_LIMIT or the tolerance of each other, so a search can skip compare."""
    return fig.low if fig.low == fig.high and fig.qualifier in ("exact", "approx") else None


UNLIKE = ("another currency", "another period")
BOUND_ROUNDING = 0.2  # the share of the source's bound a rounder bound may give up ("more than half" of over 60%)
VAGUE_SPAN = 10  # a vague plural's values lie below this many of its step ("hundreds": under ten hundred)


def _rounded_bound(direction: str, draft: Figure, value: float) -> bool:
    """Whether a draft's bound is the source's bound `value` rounded in their direction at the precision the
    draft writes (SPEC §4): over 60% is "more than half", over 77% "more than three-quarters" or "more than
    70%"; "less than $3" is no rounding of less than $2."""
    step = _precision(draft)
    if step <= 0:
        return False
    rounded = (math.floor(value / step + 1e-9) if direction == "min" else math.ceil(value / step - 1e-9)) * step
    # Not a bound that gives up most of the source's: over 60% is no "more than a third" (ruim een derde).
    return abs(rounded - value) > 1e-9 * max(1.0, abs(value)) and \
        abs(rounded - draft.low) <= 1e-6 * max(1.0, abs(rounded)) and abs(rounded - value) <= BOUND_ROUNDING * abs(value)


def _precision(draft: Figure) -> float:
    """The precision a figure is written at: its last digit's place, its trailing zeros counted ("70" is
    tens); a fraction's parts ("half": 50 percentage points, "three-quarters": 25)."""
    if draft.kind == "percent" and not any(ch.isdigit() for ch in draft.text):
        for parts in range(2, 13):
            share = draft.low * parts / 100
            if abs(share - round(share)) < 1e-6:
                return 100 / parts
    step = draft.step
    if abs(draft.low - round(draft.low)) < 1e-9 and draft.low:
        whole = int(round(abs(draft.low)))
        place = 1
        while whole % (place * 10) == 0:
            place *= 10
        step = max(step, float(place))
    return step


SLIP = 10.0  # a bound this many times weaker than the source's value is a slip, not a paraphrase


def comparable(claim: Figure, draft: Figure) -> bool:
    """Whether a draft's figure can be a reading of the claim's at all, right or wrong: the same kind, and not
    another quantity in the same words. A sum without a period a scale from the source's rate is a total or a
    price ("$200,000" beside "$2 an hour"); a count or a sum stated (no bound) a scale from the source's, and
    no slip of its scale ("200,000" for 2 million), is another count (41 people interviewed, a country's 115
    million people, a comparison wage). A bound far off is a slip (SPEC §4), and shares are always compared."""
    if claim.kind != draft.kind:
        return False
    if claim.kind == "count" and claim.per is None and draft.per is not None and not draft.vague:
        # A count per hour or per day ("600 images an hour") is no total ("thousands of click workers"); a vague
        # one is how many do a thing that often ("thousands of young people log on every day").
        return False
    if claim.per is not None and draft.per is None and _a_scale_apart(claim, draft):
        return False
    return not (claim.kind != "percent" and draft.qualifier not in ("min", "max") and _a_scale_apart(claim, draft)
                and not _scale_slip(claim, draft))


def _scale_slip(claim: Figure, draft: Figure) -> bool:
    """Whether an end of the draft's figure is an end of the source's at another power of ten, as the draft
    writes it (rounded to its precision): "200,000" or "2 billion" for 2 million, "430 thousand" for 430 million."""
    vague = "approx" in (claim.qualifier, draft.qualifier)  # "tens of thousands" for hundreds of millions
    for value in {draft.low, draft.high}:
        for end in {claim.low, claim.high}:
            ratio = value / end if value > 0 and end > 0 else 0.0
            if not 0.0 < ratio < math.inf:
                continue
            power = round(math.log10(ratio))
            slips = abs(power) in SLIP_POWERS or (vague and abs(power) < VAGUE_POWERS)
            if power and slips and _same(end, value / 10.0 ** power, draft.step / 10.0 ** power, None):
                return True
    return False


# The powers of ten a slip of scale spans: a digit dropped or added, or a scale word misread (thousand, million,
# billion). "40,000" is no slip for 400 million: the digits agree by chance.
SLIP_POWERS = frozenset({1, 2, 3, 6, 9, 12})
VAGUE_POWERS = 13  # a vague figure slips on its count word and its scale word at once: any power below this


def _a_scale_apart(claim: Figure, draft: Figure) -> bool:
    """Whether two positive figures lie more than SLIP times apart, end to nearest end."""
    if min(claim.low, draft.low) <= 0:
        return False
    return draft.low > SLIP * claim.high or draft.high * SLIP < claim.low


def _bound_holds(direction: str, bound: float, step: float, value: float, tol: float | None) -> tuple[bool, str]:
    """Whether a draft's bound ("more than 70%") holds for the source's `value` (77%), and a note."""
    if abs(value - bound) <= 1e-9 * max(1.0, abs(value)):
        return True, ""
    # No rounding to the draft's precision here: "more than 80%" is no rounding of 77%, it says more.
    if direction == "min":
        holds = bound < value and (bound <= 0 or value / bound < SLIP)
    else:
        holds = bound > value and (value <= 0 or bound / value < SLIP)
    if holds:
        return True, "a weaker bound than the source's figure"
    if (direction == "min" and bound < value) or (direction == "max" and bound > value):
        return False, "a bound far weaker than the source's figure (off by a scale?)"
    return False, "a bound the source's figure does not satisfy"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim matched to a figure's context: its score, what matched, and how its scope differs, if it does."""

    claim: Claim
    score: float
    found: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    difference: Difference | None = None
    # The figure's own clause names the claim's own source ("volgens de Wereldbank", "Casilli found"): a value of
    # another scope is then that source's figure, misquoted.
    names_source: bool = False


SCOPE_STRONG = 60.0  # a claim said of another place or organisation conflicts only when the rest matches this well


EXPLAINED = 3  # candidates a verdict keeps for --explain


def decide(draft: Figure, scored: list[Candidate], *, cited: tuple[str, ...] = (),
           tolerance: float = DEFAULT_TOLERANCE, threshold: float = CONTEXT_THRESHOLD) -> Verdict:
    """The status of `draft` given the claims scored against its context (SPEC §4, §5), with the best-scored
    claims kept for --explain."""
    verdict = _decide(draft, scored, cited=cited, tolerance=tolerance, threshold=threshold)
    best = tuple(sorted(scored, key=lambda c: -c.score)[:EXPLAINED])
    return replace(verdict, candidates=best)


NO_CLAIM = "no claim in the registry matches this figure's context"


def _decide(draft: Figure, scored: list[Candidate], *, cited: tuple[str, ...], tolerance: float,
            threshold: float) -> Verdict:
    pool = [c for c in scored if c.score >= threshold and (c.difference is None or c.score >= SCOPE_STRONG)]
    comparisons = [(c, compare(c.claim.figure, draft, tolerance, extreme=is_extreme(c.claim))) for c in pool]
    comparisons = [t for t in comparisons if t[1].comparable]
    # A claim of an order only ("miljoenen") backs a stated value ("more than 2 million" in Bangladesh) on a strong
    # match alone: that the value lies in its order says little.
    same_scope = [t for t in comparisons if t[0].difference is None and not (
        t[0].claim.figure.vague and not draft.vague and t[0].score < RESEMBLING)]
    others = sorted((t for t in comparisons if t[0].difference is not None), key=lambda t: -t[0].score)
    best_same = max((c.score for c, _ in same_scope), default=0.0)
    # The figure as another place's or organisation's says it: that explains it better than a claim of this
    # scope whose value is far off ("more than 2 million" said of Vietnam: the Philippines' figure).
    own_scope = same_scope
    said_of_other = [t for t in others if t[1].consistent and t[0].score >= best_same - CONTEXT_MARGIN]
    if said_of_other and not any(t[1].consistent for t in same_scope):
        same_scope = []
        others = said_of_other
    elif others and same_scope and others[0][0].score > best_same + CONTEXT_MARGIN and not any(
            t[1].consistent for t in same_scope):
        # A claim of another scope the context matches far better than any of this scope's, none of which agrees:
        # the figure is of its kind, said of another place ("€1,800 a month in France" beside Madagascar's
        # monthly pay), not a weak lookalike's to contradict.
        same_scope = []
    if not same_scope and others and not others[0][1].consistent and not any(
            resembles(draft, c.claim.figure) for c, _ in others) \
            and (others[0][1].note in UNLIKE or not (draft.vague or others[0][0].names_source)):
        # "In Germany, moderators … earn about €14 an hour": another scope's own quantity, in another currency or
        # period, or far from the claim's ("Ook daar zijn meer dan 2 miljoen mensen betrokken bij klikwerk, stelt het
        # adviesbureau Lotus"), is no claim's figure misremembered; this scope's claims decide. Not a value the draft
        # gives as the claim's own source's ("volgens de Wereldbank zo'n 40 miljoen", "In Ghana, … earned about 300
        # euros a month, Casilli found"), nor an order ("hundreds").
        if not own_scope or others[0][1].note not in UNLIKE:
            # (A value of the other claim's own currency and period is of its kind: this scope's claims, weaker or of
            # another kind, do not decide it.)
            cand = others[0][0]
            assert cand.difference is not None
            return Verdict("unsourced", None, None, f"{UNLIKE_VALUE} ({cand.difference.message()}; source says "
                           f"{said(cand.claim)})", cited)
        same_scope = own_scope
    if not same_scope:
        if not others:
            return Verdict("unsourced", None, None, NO_CLAIM, cited)
        cand, cmp = others[0]
        assert cand.difference is not None
        why = f"{cand.difference.message()}; source says {said(cand.claim)}"
        return Verdict("conflicting", cand.claim, cand.score, why, cited, cand)
    # The margin is taken from the best claim whose figure is like the draft's (its currency and period): a claim
    # of monthly euros does not crowd out one of the draft's hourly dollars that the context matches less well.
    # Nor does a claim of an order only ("miljoenen") crowd out one of a stated value the draft states too: "up to 400
    # million people train AI" is the World Bank's range's end, not Casilli's "millions".
    like = [c for c, cmp in same_scope if cmp.note not in UNLIKE]
    stated = [c.score for c in like if not (c.claim.figure.vague and not draft.vague)]
    best = max(stated or [c.score for c in like] or [c.score for c, _ in same_scope])
    close = [t for t in same_scope if t[0].score >= best - CONTEXT_MARGIN]
    # A claim the figure restates exactly comes before one it only agrees with (a bound, a dropped qualifier).
    agreeing = sorted((t for t in close if t[1].consistent), key=lambda t: (bool(t[1].note), -t[0].score))
    if agreeing:
        if cited:
            from_cited = [t for t in agreeing if t[0].claim.source in cited]
            if not from_cited:
                cand, cmp = agreeing[0]
                return Verdict("miscited", cand.claim, cand.score,
                               f"cited {', '.join(cited)}, but the figure comes from {cand.claim.source}", cited, cand)
            agreeing = from_cited
        cand, cmp = agreeing[0]
        parts = [f"{cand.claim.source} says {said(cand.claim)}"]
        if cmp.note:
            parts.append(cmp.note)
        return Verdict("supported", cand.claim, cand.score, "; ".join(parts), cited, cand)
    # The claim whose figure is most like the draft's (the same currency and period) is the one it contradicts; of
    # claims the context matches fully alike, the one more of whose words it holds ("de overheid schat het aantal
    # klikwerkers" is the Philippine government's count, not the World Bank's).
    cand, cmp = max(close, key=lambda t: (t[1].note not in UNLIKE, t[0].score, len(t[0].found)))
    why = f"; {cmp.note}" if cmp.note else ""
    return Verdict("conflicting", cand.claim, cand.score, f"source says {said(cand.claim)}{why}", cited, cand)


ONLY_BOUND = "the source states only the bound"  # a value the claim's bound allows but does not state ("71%" of "over 60%")
RESEMBLING = 65.0  # below this context score a conflicting figure's value must resemble a claim's (resembles)


def unlike_all(verdict: Verdict, draft: Figure, scored: Iterable[Candidate],
               kin: Callable[[Claim], Iterable[Claim]]) -> Verdict:
    """A conflicting verdict on a weakly matched context made unsourced when the draft's value resembles neither its
    claim's, nor those of the claims `scored` about as well, nor those `kin(claim)` gives (about the same thing from
    other sources): "$15 per hour" in a job ad beside "as little as $1.46" is another quantity on the same topic."""
    claim, match = verdict.claim, verdict.match
    if verdict.status != "conflicting" or claim is None or match is None or match.difference is not None or \
            match.score >= RESEMBLING:
        return verdict
    near = (c.claim for c in scored if c.difference is None and c.score >= match.score - CONTEXT_MARGIN)
    if any(resembles(draft, c.figure) for c in itertools.chain((claim,), near, kin(claim))):
        return verdict
    return replace(verdict, status="unsourced", claim=None, score=None, match=None,
                   message=f"{UNLIKE_VALUE} (best {match.score:g}, source says {said(claim)})")


UNLIKE_VALUE = f"{NO_CLAIM} well enough to contradict it with another value"
NEAR = 0.1  # a value this close to a claim's (a share of it) is that value misremembered
FEW = 10  # counts up to this are a slip of one or two ("vijf" for "vier")


def resembles(draft: Figure, claim: Figure) -> bool:
    """Whether a draft's value looks like a claim's gone wrong: any share, the same number (another currency, period
    or bound), one inside or at an end of its range or near it, the same digits (a slip of scale, "1.500" for 150, or
    of order, $1.64 for $1.46), or a small count one or two off."""
    if draft.kind == "percent":
        return True
    mine, theirs = {draft.low, draft.high}, {claim.low, claim.high}
    if mine & theirs or any(claim.low <= v <= claim.high for v in mine):
        return True
    if claim.vague:
        return False  # "duizenden" reads as 2,000 to 9,999: those ends are no digits anyone wrote
    if any(abs(a - b) <= NEAR * abs(b) for a in mine for b in theirs):
        return True  # "about $1.40 an hour" for $1.46
    if any(sorted(significant_digits(a)) == sorted(significant_digits(b)) for a in mine for b in theirs):
        return True
    return draft.kind == "count" and max(mine | theirs) <= FEW and any(abs(a - b) <= 2 for a in mine for b in theirs)


def significant_digits(value: float) -> str:
    """A value's significant digits: 1.46, 146 and 1,460,000 are all "146"."""
    return f"{abs(value):.10g}".split("e")[0].replace(".", "").strip("0") or "0"


EXTREMES = frozenset(phrase for language in LANGUAGES.values() for phrase in language.extreme_qualifiers)


def is_extreme(claim: Claim) -> bool:
    """Whether the claim's source writes its bound as an extreme seen ("as little as $1.46")."""
    if claim.figure.qualifier not in ("min", "max"):
        return False
    words = in_source_words(claim).lower().split()
    return any(tuple(words[:len(p)]) == p for p in EXTREMES)


@functools.lru_cache(maxsize=1024)
def said(claim: Claim) -> str:
    """What the source says, in its words, with a plain reading when the words are not English."""
    words = in_source_words(claim)
    plain = describe(claim.figure)
    return words if _ascii_fold(words) == _ascii_fold(plain) or _english(words) else f"{words} ({plain})"


def _ascii_fold(text: str) -> str:
    return "".join(text.lower().split()).replace("/", "")


def _english(words: str) -> bool:
    foreign = foreign_words("en")
    return not any(w.lower().strip(".,") in foreign for w in words.split())


def disagreement(verdict: Verdict, draft: Figure, related: list[tuple[Claim, float]],
                 tolerance: float = DEFAULT_TOLERANCE) -> Verdict:
    """A supported verdict that names another source saying something else about the same thing."""
    claim = verdict.claim
    if verdict.status != "supported" or claim is None:
        return verdict
    for other, _ in related:
        if other.source != claim.source and same_topic(other, claim) and \
                not compare(other.figure, draft, tolerance).consistent:
            return replace(verdict, message=f"{verdict.message}; {other.source} disagrees: {said(other)}")
    return verdict


def same_topic(a: Claim, b: Claim) -> bool:
    """Whether two claims' figures count the same kind of thing, so that they can disagree."""
    # Counted nouns differ across languages ("people", "mensen"); currencies and periods do not.
    fa, fb = a.figure, b.figure
    return fa.kind == fb.kind and (fa.kind == "count" or (fa.unit == fb.unit and fa.per == fb.per))
