"""The check of one draft, in one pass: passages into mentions (figures with their context), candidate
claims for each, verdicts. Pure: a text and a prepared registry (an Engine) in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from factlint.check import matching
from factlint.check.citations import pandoc_citations, resolve
from factlint.check.matching import Matcher
from factlint.check.memo import Memo
from factlint.check.mentions import Occurrence, iter_scan
from factlint.check.verdicts import CONTEXT_THRESHOLD, DEFAULT_TOLERANCE, Verdict, decide, disagreement
from factlint.extract import Figure
from factlint.registry.model import Claim, Registry

NOUN_PENALTY = 30.0  # context score taken off a claim that never names what the draft counts
RELATED_THRESHOLD = 50.0  # two claims whose contexts match this well are about the same thing


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem that is not a figure's status, e.g. an unknown citation key."""

    offset: int
    length: int
    message: str


@dataclass(frozen=True, slots=True)
class Checked:
    occurrence: Occurrence
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Engine:
    """A registry prepared for checking: its claims, the frozen matcher model of them, and the memo of this
    run's look-ups in that model."""

    registry: Registry
    matcher: Matcher
    memo: Memo = field(init=False, repr=False, compare=False)
    positions: dict[str, int] = field(init=False, repr=False)  # claim id -> index in registry.claims

    def __post_init__(self) -> None:
        positions: dict[str, int] = {}
        for i, c in enumerate(self.registry.claims):
            positions.setdefault(c.id, i)
        object.__setattr__(self, "positions", positions)
        object.__setattr__(self, "memo", Memo(self.matcher))

    def related(self, claim: Claim) -> list[tuple[Claim, float]]:
        """Claims of other sources about the same thing as `claim` (its statement matches them well)."""
        claims = self.registry.claims
        me = self.positions[claim.id]
        # Either statement read against the other claim: the relation is symmetric.
        return [(claims[i], s) for i, s in matching.related(self.matcher, self.memo, me, RELATED_THRESHOLD)]

    @classmethod
    def build(cls, registry: Registry) -> Engine:
        # Verdicts only weigh claims scoring CONTEXT_THRESHOLD: the matcher need not score the others.
        return cls(registry, matching.build(registry.claims, floor=CONTEXT_THRESHOLD))


def check_text(text: str, engine: Engine, *, markdown: bool = True, lang: str | None = None,
               tolerance: float = DEFAULT_TOLERANCE) -> tuple[list[Checked], list[Diagnostic]]:
    """Verdicts for every figure in a draft, and diagnostics such as unknown citation keys."""
    checked, diagnostics = iter_check_text(text, engine, markdown=markdown, lang=lang, tolerance=tolerance)
    return list(checked), diagnostics


def iter_check_text(text: str, engine: Engine, *, markdown: bool = True, lang: str | None = None,
                    tolerance: float = DEFAULT_TOLERANCE) -> tuple[Iterator[Checked], list[Diagnostic]]:
    """check_text's verdicts one figure at a time, as the draft is read: a book is never held checked whole.

    The diagnostics come first, complete, so that a report can place them among the verdicts.
    """
    registry = engine.registry
    diagnostics = [Diagnostic(c.offset, len(c.key) + 1, f"unknown citation key @{c.key}: no [[source]] has this id")
                   for c in pandoc_citations(text, markdown) if resolve(c, registry)[1]]
    return _verdicts(iter_scan(text, markdown=markdown, lang=lang), engine, tolerance), diagnostics


def _verdicts(occurrences: Iterable[Occurrence], engine: Engine, tolerance: float) -> Iterator[Checked]:
    registry, matcher, memo = engine.registry, engine.matcher, engine.memo
    claims = registry.claims
    for occ in occurrences:
        cited: list[str] = []
        for c in occ.citations:
            cited.extend(resolve(c, registry)[0])
        scored = [(claims[i], s - (NOUN_PENALTY if _counts_else(occ.figure, matcher, i) else 0.0))
                  for i, s in matching.candidates(matcher, memo, occ.masked, occ.context, occ.clause, occ.pieces)]
        figure = _with_header_period(occ.figure, occ.header)
        verdict = decide(figure, scored, cited=tuple(dict.fromkeys(cited)), tolerance=tolerance)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = disagreement(verdict, figure, engine.related(verdict.claim), tolerance)
        yield Checked(occ, verdict)


def _counts_else(figure: Figure, matcher: Matcher, index: int) -> bool:
    """A count of a noun the claim never mentions ("730,000 inhabitants") counts something else."""
    return figure.kind == "count" and bool(figure.unit) and not matching.mentions(matcher, index, figure.unit)


def _with_header_period(figure: Figure, header: str) -> Figure:
    """A sum of money in a table takes its period from the column header ("Monthly pay")."""
    if figure.kind != "money" or figure.per is not None or not header:
        return figure
    per = period_in(header)
    return replace(figure, per=per) if per else figure


def period_in(text: str) -> str | None:
    """The period a phrase names: "monthly", "per hour", "a month", "per maand", "(€/month)"."""
    from factlint.lang import LANGUAGES

    words = re.findall(r"[^\W\d_]+", text.lower())
    for language in LANGUAGES.values():
        for i, w in enumerate(words):
            if w in language.period_adverbs:
                return language.period_adverbs[w]
            if w in language.period_units and (
                    (i and words[i - 1] in language.period_leads) or re.search(rf"/\s*{re.escape(w)}\b", text.lower())):
                return language.period_units[w]
    return None
