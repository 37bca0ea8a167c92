"""The check of one draft: figures located, claims matched, verdicts given. Pure: text and registry in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from factlint.documents.markdown import Citation
from factlint.registry.load import Registry
from factlint.check.mentions import Occurrence
from factlint.check.verdicts import DEFAULT_TOLERANCE, Verdict


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
    """A registry prepared for checking: claims by id and the context matcher."""

    registry: Registry
    matcher: object  # matching.Matcher
    positions: dict[str, int] = field(init=False, repr=False)  # claim id -> index in registry.claims
    statements: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        positions: dict[str, int] = {}
        for i, c in enumerate(self.registry.claims):
            positions.setdefault(c.id, i)
        object.__setattr__(self, "positions", positions)
        object.__setattr__(self, "statements", tuple(c.statement for c in self.registry.claims))

    def related(self, claim) -> list:
        """Claims of other sources about the same thing as `claim` (its statement matches them well)."""
        from factlint.check import matching

        claims = self.registry.claims
        me = self.positions[claim.id]
        # Either statement read against the other claim: the relation is symmetric.
        return [(claims[i], s) for i, s in matching.related(self.matcher, me, self.statements, RELATED_THRESHOLD)]

    @classmethod
    def build(cls, registry: Registry) -> "Engine":
        from factlint.check import matching

        from factlint.check.verdicts import CONTEXT_THRESHOLD

        # Verdicts only weigh claims scoring CONTEXT_THRESHOLD: the matcher need not score the others.
        engine = cls(registry, matching.build(registry.claims, floor=CONTEXT_THRESHOLD))
        matching.statements_table(engine.matcher, engine.statements)  # prepared now, so a cached engine has it
        return engine


def resolve(citation: Citation, registry: Registry) -> tuple[tuple[str, ...], bool]:
    """Source ids a citation names, and whether it is a citation at all that failed to resolve."""
    files = {PurePosixPath(s.path).name: s.id for s in registry.sources.values()}
    if citation.kind == "pandoc":
        if citation.key in registry.sources:
            return (citation.key,), False
        return (), True
    if citation.kind == "link":
        return _by_file(citation.key, files), False
    ids = [sid for sid in registry.sources if re.search(rf"(?<![\w.-]){re.escape(sid)}(?![\w-])", citation.text)]
    for target in re.findall(r"[\w./-]+\.(?:txt|md|html?|pdf)\b", citation.text):
        ids.extend(_by_file(target, files))
    return tuple(dict.fromkeys(ids)), False


def _by_file(target: str, files: dict[str, str]) -> tuple[str, ...]:
    name = PurePosixPath(target.split("#", 1)[0].split("?", 1)[0].replace("\\", "/")).name
    return (files[name],) if name in files else ()


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
    from factlint.check.mentions import iter_scan

    registry = engine.registry
    diagnostics = [Diagnostic(c.offset, len(c.key) + 1, f"unknown citation key @{c.key}: no [[source]] has this id")
                   for c in _citations(text, markdown) if resolve(c, registry)[1]]
    return _verdicts(iter_scan(text, markdown=markdown, lang=lang), engine, tolerance), diagnostics


def _citations(text: str, markdown: bool) -> list[Citation]:
    """The draft's Pandoc citations ([@key]), the only ones that can name an unknown key, in order."""
    if "@" not in text:
        return []  # no Pandoc citation, and no need to read the draft twice
    from factlint.documents.markdown import iter_markdown, iter_plain

    found: dict[tuple[int, str, str], Citation] = {}  # the keys of one `[@a; @b]` share the bracket's offset
    for passage in iter_markdown(text) if markdown else iter_plain(text):
        for c in passage.citations:
            if c.kind == "pandoc":
                found.setdefault((c.offset, c.kind, c.key), c)
    return sorted(found.values(), key=lambda c: c.offset)


def _verdicts(occurrences: Iterable[Occurrence], engine: Engine, tolerance: float) -> Iterator[Checked]:
    from factlint.check import matching
    from factlint.check.verdicts import decide, disagreement

    registry, matcher = engine.registry, engine.matcher
    claims = registry.claims
    for occ in occurrences:
        cited: list[str] = []
        for c in occ.citations:
            cited.extend(resolve(c, registry)[0])
        scored = [(claims[i], s - (NOUN_PENALTY if _counts_else(occ.figure, matcher, i) else 0.0))
                  for i, s in matching.candidates(matcher, occ.masked, occ.context, occ.clause, occ.pieces)]
        figure = _with_header_period(occ.figure, occ.header)
        verdict = decide(figure, scored, cited=tuple(dict.fromkeys(cited)), tolerance=tolerance)
        if verdict.status == "supported" and verdict.claim is not None:
            verdict = disagreement(verdict, figure, engine.related(verdict.claim), tolerance)
        yield Checked(occ, verdict)


def _counts_else(figure, matcher, index: int) -> bool:
    """A count of a noun the claim never mentions ("730,000 inhabitants") counts something else."""
    from factlint.check import matching

    return figure.kind == "count" and bool(figure.unit) and not matching.mentions(matcher, index, figure.unit)


def _with_header_period(figure, header: str):
    """A sum of money in a table takes its period from the column header ("Monthly pay")."""
    if figure.kind != "money" or figure.per is not None or not header:
        return figure
    per = period_in(header)
    return replace(figure, per=per) if per else figure


def period_in(text: str) -> str | None:
    """The period a phrase names: "monthly", "per hour", "a month", "per maand", "(€/month)"."""
    from factlint.lang import LANGUAGES

    words = re.findall(r"[^\W\d_]+", text.lower())
    for table in LANGUAGES.values():
        for i, w in enumerate(words):
            if w in table.PERIOD_ADVERBS:
                return table.PERIOD_ADVERBS[w]
            if w in table.PERIOD_UNITS and (
                    (i and words[i - 1] in table.PERIOD_LEADS) or re.search(rf"/\s*{re.escape(w)}\b", text.lower())):
                return table.PERIOD_UNITS[w]
    return None
