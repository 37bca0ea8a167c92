"""Registry quality: sources that disagree, near-duplicate claims, statements at odds with their quotes.

Pure: a loaded registry in, findings out.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.check.engine import Engine
from factlint.check.verdicts import compare, describe, same_topic
from factlint.extract import Figure, extract
from factlint.registry.model import Claim, Registry
from factlint.text import fold, normalize

DUPLICATE_SIMILARITY = 90.0  # quotes or statements this alike (0-100) say the same thing twice
KINDS = ("disagreement", "duplicate", "statement-figure")


@dataclass(frozen=True, slots=True)
class AuditFinding:
    """One registry problem and the claims it involves (two for a pair, one for a claim alone)."""

    kind: str  # one of KINDS
    claims: tuple[Claim, ...]
    message: str
    score: float | None = None


def audit(registry: Registry) -> list[AuditFinding]:
    """Every finding of the registry, pairs in registry order."""
    return disagreements(registry) + duplicates(registry) + statement_figures(registry)


def disagreements(registry: Registry) -> list[AuditFinding]:
    """Claims of different sources about the same thing whose figures disagree."""
    engine = Engine.build(registry)
    order = {c.id: i for i, c in enumerate(registry.claims)}
    out = []
    seen: set[tuple[str, str]] = set()
    for claim in registry.claims:
        for other, score in engine.related(claim):
            pair = tuple(sorted((claim.id, other.id), key=order.__getitem__))
            if other.source == claim.source or pair in seen or not same_topic(claim, other):
                continue
            seen.add(pair)
            if _agree(claim, other):
                continue
            a, b = (claim, other) if order[claim.id] < order[other.id] else (other, claim)
            out.append(AuditFinding(
                "disagreement", (a, b),
                f"{a.source} says {describe(a.figure)} ({a.figure_text}), "
                f"{b.source} says {describe(b.figure)} ({b.figure_text})", round(score, 1)))
    return sorted(out, key=lambda f: tuple(order[c.id] for c in f.claims))


def duplicates(registry: Registry) -> list[AuditFinding]:
    """Claims of one source with near-identical quotes or statements and the same figure."""
    from rapidfuzz import fuzz

    def plain(text: str) -> str:
        return " ".join(fold(normalize(text).text).split())

    claims = registry.claims
    out = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.source != b.source or not _same_figure(a, b):
                continue
            quote = fuzz.ratio(plain(a.quote), plain(b.quote))
            statement = fuzz.ratio(plain(a.statement), plain(b.statement))
            best = max(quote, statement)
            if best >= DUPLICATE_SIMILARITY:
                what = "quote" if quote >= statement else "statement"
                out.append(AuditFinding("duplicate", (a, b),
                                        f"same figure ({a.figure_text}) and a near-identical {what} "
                                        f"({best:.0f}% alike)", round(best, 1)))
    return out


def statement_figures(registry: Registry) -> list[AuditFinding]:
    """Claims whose statement states a figure other than the quote's (a statement with none is fine)."""
    out = []
    for claim in registry.claims:
        stated = [f for f in extract(claim.statement, "en") if compare(claim.figure, f).comparable]
        if not stated or any(_consistent(claim.figure, f) for f in stated):
            continue
        said = ", ".join(f'"{f.text}"' for f in stated)
        out.append(AuditFinding("statement-figure", (claim,),
                                f"the statement states {said}, the quote says {describe(claim.figure)} "
                                f"({claim.figure_text})"))
    return out


def _consistent(claim: Figure, draft: Figure) -> bool:
    return compare(claim, draft).consistent


def _agree(a: Claim, b: Claim) -> bool:
    """Either figure read as a draft of the other is consistent ("more than 2 million" and "2 million")."""
    return _consistent(a.figure, b.figure) or _consistent(b.figure, a.figure)


def _same_figure(a: Claim, b: Claim) -> bool:
    fa, fb = a.figure, b.figure
    return (fa.kind, fa.low, fa.high, fa.unit, fa.per, fa.qualifier) == \
        (fb.kind, fb.low, fb.high, fb.unit, fb.per, fb.qualifier)
