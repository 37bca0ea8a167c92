"""The bundled registry: valid, anchored at the right place in the seeds, with the figures SPEC §2 names."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.registry.load import load_registry

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def registry():
    return load_registry(ROOT / "claims", ROOT)


def seed_lines(path: str) -> list[str]:
    return (ROOT / path).read_text(encoding="utf-8").split("\n")


def test_every_seed_is_a_source(registry):
    declared = {s.path for s in registry.sources.values()}
    assert declared == {f"seeds/{p.name}" for p in (ROOT / "seeds").iterdir()}


def test_each_claim_anchored_at_its_quote(registry):
    assert len(registry.claims) >= 10
    for claim in registry.claims:
        lines = seed_lines(registry.sources[claim.source].path)
        first, last = claim.quote.split()[0], claim.quote.split()[-1]
        at_start = lines[claim.line - 1][claim.column - 1:]
        assert at_start.startswith(first), (claim.id, at_start[:40])
        before_end = lines[claim.end_line - 1][:claim.end_column - 1]
        assert before_end.endswith(last), (claim.id, before_end[-40:])


# claim id, seed, line, low, high, kind, unit, per, qualifier (None: not checked)
SPEC_FIGURES = [
    ("click-workers-hourly-pay", "004", 8, 1.46, 1.46, "money", "USD", "hour", "min"),
    ("world-bank-data-workers", "004", 8, 150e6, 430e6, "count", None, None, None),
    ("drc-cobalt-share", "004", 20, 60, 60, "percent", "%", None, "min"),
    ("adobe-personalization", "004", 27, 77, 77, "percent", "%", None, "exact"),
    ("philippines-click-workers", "002", 17, 2e6, 2e6, "count", None, None, "min"),
    ("kenya-hourly-pay", "002", 21, 2, 2, "money", "USD", "hour", "max"),
    ("kenya-daily-passages", "002", 21, 150, 150, "count", None, "day", None),
    ("animal-photos-example", "002", 7, 10e9, 10e9, "count", None, None, None),
    ("world-bank-microworkers-nl", "001", 27, 100e6, 400e6, "count", None, None, None),
    ("madagascar-monthly-pay", "001", 44, 90, 100, "money", "EUR", "month", "approx"),
    ("casilli-four-countries", "001", 36, 4, 4, "count", None, None, None),
    ("four-ai-ethics-researchers", "002", 19, 4, 4, "count", None, None, None),
    ("cat-dog-99-percent", "002", 27, 99, 99, "percent", "%", None, None),
    ("ai-not-100-percent-perfect", "002", 27, 100, 100, "percent", "%", None, None),
]


@pytest.mark.parametrize(("claim_id", "seed", "line", "low", "high", "kind", "unit", "per", "qualifier"),
                         SPEC_FIGURES, ids=[f[0] for f in SPEC_FIGURES])
def test_spec_figures(registry, claim_id, seed, line, low, high, kind, unit, per, qualifier):
    claim = registry.claim(claim_id)
    assert claim is not None
    assert registry.sources[claim.source].path.startswith(f"seeds/{seed}_")
    assert claim.line == line
    fig = claim.figure
    assert (fig.low, fig.high, fig.kind) == (pytest.approx(low), pytest.approx(high), kind)
    for name, expected in (("unit", unit), ("per", per), ("qualifier", qualifier)):
        if expected is not None:
            assert getattr(fig, name) == expected, name


def test_html_source_claim_points_into_the_original(registry):
    claim = registry.claim("ai-app-users-hundreds-of-millions")
    line = seed_lines("seeds/003_a0a2f5546b0cf58f.txt")[claim.line - 1]
    assert line[claim.column - 1:].startswith("The hundreds of millions of people")
    assert registry.sources["caetano-post"].html


def test_statements_and_keywords_are_written(registry):
    for claim in registry.claims:
        assert claim.statement.endswith("."), claim.id
        assert len(claim.keywords) >= 8, claim.id
