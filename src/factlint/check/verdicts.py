"""Verdicts: compare a draft's figure with the claims that match its context, and name a status.

Pure: figures and scored claims in, findings out. The consistency rules are SPEC §4's table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factlint.extract import Figure
from factlint.registry.model import Claim
from factlint.statuses import DEFAULT_FAIL_ON, NAMES as STATUSES  # noqa: F401  (the status table's, re-exported)

DEFAULT_TOLERANCE = 0.05
CONTEXT_THRESHOLD = 40.0  # context score (0-100) from which a claim is about the same thing
CONTEXT_MARGIN = 15.0
ROUNDING_LIMIT = 0.05  # a rounded figure may differ from the claim by at most this fraction  # claims this close to the best one are considered together


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


def in_source_words(claim: Claim) -> str:
    """The claim's figure as its quote writes it, qualifier included: "as little as $1.46/hour"."""
    from factlint import lang as languages

    fig = claim.figure
    if not (0 <= fig.start < fig.end <= len(claim.quote)) or claim.quote[fig.start:fig.end] != fig.text:
        return describe(fig)
    before = claim.quote[:fig.start].rstrip().split()
    phrases = {key for language in languages.LANGUAGES.values() for key in language.qualifiers}
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


def compare(claim: Figure, draft: Figure, tolerance: float = DEFAULT_TOLERANCE) -> Comparison:
    """Whether the draft's figure says what the claim's figure says (SPEC §4)."""
    if claim.kind != draft.kind:
        return Comparison(False, False)
    if claim.kind == "money" and claim.unit and draft.unit and claim.unit != draft.unit:
        return Comparison(False, True, "another currency")
    notes = []
    if claim.per != draft.per:
        if draft.per is None:
            notes.append(f"the source gives it per {claim.per}")
        else:
            return Comparison(False, True, "another period")
    tol = tolerance if "approx" in (draft.qualifier, claim.qualifier) else None

    if claim.is_range:
        if draft.is_range:
            ok = _same(claim.low, draft.low, draft.step, tol) and _same(claim.high, draft.high, draft.step, tol)
            return Comparison(ok, True, "; ".join(notes))
        # A single value from a range is a cherry-pick, unless written as the bound it is.
        if draft.qualifier == "max" and _same(claim.high, draft.low, draft.step, tol):
            return Comparison(True, True, "; ".join(notes))
        if draft.qualifier == "min" and _same(claim.low, draft.low, draft.step, tol):
            return Comparison(True, True, "; ".join(notes))
        return Comparison(False, True, "a single value where the source gives a range")

    if draft.is_range:
        return Comparison(False, True, "a range where the source gives one value")
    if not _same(claim.low, draft.low, draft.step, tol):
        return Comparison(False, True, "another value")
    cq, dq = claim.qualifier, draft.qualifier
    if {cq, dq} == {"min", "max"}:
        return Comparison(False, True, "a bound in the opposite direction")
    if cq in ("min", "max") and dq in ("exact", "approx"):
        notes.append(f"the source gives it as a bound: {describe(claim)}")
    return Comparison(True, True, "; ".join(notes))


def decide(draft: Figure, scored: list[tuple[Claim, float]], *, cited: tuple[str, ...] = (),
           titles: dict[str, str] | None = None, tolerance: float = DEFAULT_TOLERANCE,
           threshold: float = CONTEXT_THRESHOLD) -> Verdict:
    """The status of `draft` given the claims scored against its context (SPEC §4, §5)."""
    pool = [(c, s) for c, s in scored if s >= threshold]
    comparisons = [(c, s, compare(c.figure, draft, tolerance)) for c, s in pool]
    comparisons = [t for t in comparisons if t[2].comparable]
    if not comparisons:
        return Verdict("unsourced", None, None, "no claim in the registry matches this figure's context", cited)
    best = max(s for _, s, _ in comparisons)
    close = [t for t in comparisons if t[1] >= best - CONTEXT_MARGIN]
    agreeing = sorted((t for t in close if t[2].consistent), key=lambda t: -t[1])
    if agreeing:
        if cited:
            from_cited = [t for t in agreeing if t[0].source in cited]
            if not from_cited:
                claim, score, cmp = agreeing[0]
                return Verdict("miscited", claim, score,
                               f"cited {', '.join(cited)}, but the figure comes from {claim.source}", cited)
            agreeing = from_cited
        claim, score, cmp = agreeing[0]
        parts = [f"{claim.source} says {said(claim)}"]
        if cmp.note:
            parts.append(cmp.note)
        return Verdict("supported", claim, score, "; ".join(parts), cited)
    claim, score, cmp = max(close, key=lambda t: t[1])
    why = f"; {cmp.note}" if cmp.note else ""
    return Verdict("conflicting", claim, score, f"source says {said(claim)}{why}", cited)


def said(claim: Claim) -> str:
    """What the source says, in its words, with a plain reading when the words are not English."""
    words = in_source_words(claim)
    plain = describe(claim.figure)
    return words if _ascii_fold(words) == _ascii_fold(plain) or _english(words) else f"{words} ({plain})"


def _ascii_fold(text: str) -> str:
    return "".join(text.lower().split()).replace("/", "")


def _english(words: str) -> bool:
    from factlint.lang import foreign_words

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
