"""Candidate search: the pruned search gives every figure the verdict the exhaustive one gives.

Registries here share their vocabulary (one template of measure, group, place and organisation, varied),
the case the pruning is for, with places that hold one another (a city and its country) and figures that
agree, disagree or are of another kind.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from factlint.check.engine import Engine, check_text
from factlint.check.scope import Against, Scope, difference
from factlint.check.verdicts import same_topic
from factlint.registry.load import load_registry

PLACES = ("Kenya", "Nairobi", "Uganda", "Peru", "the Philippines")
ORGANISATIONS = ("Varnel Institute", "Torvik Council", "Melkaro Bureau")
GROUPS = ("nurses", "data workers", "riders", "teachers")
MEASURES = ("median hourly pay", "unemployment rate", "number of registered", "average weekly hours")
# Values a scale apart too (150,000 and 12,000; $45 and $2.50 an hour; a sum with no period): claims another
# quantity in the same words, which no verdict compares, and slips of scale (120,000), which it does.
VALUES = ("$2.50 an hour", "$3 an hour", "34%", "35%", "12,000", "about 12,000", "more than 40 hours", "40 hours",
          "150,000", "more than 200,000", "120,000", "$45 an hour", "$200,000")

claim_rows = st.tuples(*(st.integers(0, len(t) - 1) for t in (PLACES, ORGANISATIONS, GROUPS, MEASURES, VALUES)),
                       st.integers(0, 2))  # the last: the claim's source, so that sources can disagree
sentences = st.tuples(*(st.integers(0, len(t) - 1) for t in (PLACES, ORGANISATIONS, GROUPS, MEASURES, VALUES)),
                      st.sampled_from(("The {o} puts the {m} of {g} in {p} at {v}.",
                                       "In {p}, the {m} of {g} stood at {v}, the {o} found.",
                                       "The {m} of {g} was {v}.", "{v} of {g} in {p}.")))


def _statement(row: tuple[int, ...]) -> str:
    p, o, g, m, v, _ = row
    return f"The {ORGANISATIONS[o]} puts the {MEASURES[m]} of {GROUPS[g]} in {PLACES[p]} at {VALUES[v]}."


def _engine(folder: Path, rows: list[tuple[int, ...]]) -> Engine:
    (folder / "claims").mkdir()
    (folder / "seeds").mkdir()
    toml = []
    for s in range(3):
        (folder / "seeds" / f"s{s}.txt").write_text(
            "\n\n".join(_statement(r) for r in rows if r[5] == s) + "\n", encoding="utf-8")
        toml.append(f'[[source]]\nid = "s{s}"\npath = "seeds/s{s}.txt"\ntitle = "Bulletin {s}"\n')
    for k, row in enumerate(rows):
        text = _statement(row)
        toml.append(f'[[claim]]\nid = "c{k}"\nsource = "s{row[5]}"\nquote = {json.dumps(text)}\n'
                    f'figure = {json.dumps(VALUES[row[4]])}\nstatement = {json.dumps(text)}\n'
                    f'keywords = {json.dumps([MEASURES[row[3]], GROUPS[row[2]]])}\n')
    (folder / "claims" / "claims.toml").write_text("\n".join(toml), encoding="utf-8")
    return Engine.build(load_registry(folder / "claims", folder))


def _draft(rows: list[tuple[int, ...]], said: list[tuple[object, ...]]) -> str:
    out = [_statement(r) for r in rows[:3]]  # restated as the registry says them
    for p, o, g, m, v, template in said:
        out.append(str(template).format(p=PLACES[p], o=ORGANISATIONS[o], g=GROUPS[g], m=MEASURES[m], v=VALUES[v]))
    return " ".join(out) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claim_rows, min_size=1, max_size=24), st.lists(sentences, min_size=1, max_size=8))
def test_the_pruned_search_gives_the_exhaustive_search_s_verdicts(rows, said):
    with tempfile.TemporaryDirectory() as tmp:
        engine = _engine(Path(tmp), rows)
        draft = _draft(rows, said)
        pruned, _ = check_text(draft, engine)
        every, _ = check_text(draft, engine, explain=True)  # --explain scores every candidate
    assert [(c.occurrence.start, c.verdict, c.verdict.match) for c in pruned] == \
        [(c.occurrence.start, c.verdict, c.verdict.match) for c in every]


def test_a_claim_of_another_quantity_takes_no_place_in_the_search(tmp_path):
    # Found by the property above with more examples: the nurses' claim (12,000) is another quantity than the
    # draft's 200,000, a scale off and no slip of it; it must not crowd out the data workers' (150,000), which
    # the verdict compares (said of another group: conflicting).
    nurses, data_workers = (0, 0, 0, 0, 4, 0), (0, 0, 1, 0, 8, 0)  # Kenya, Varnel: 12,000 and 150,000
    engine = _engine(tmp_path, [nurses, data_workers])
    draft = "The Varnel Institute puts the median hourly pay of nurses in Kenya at 200,000.\n"
    pruned, _ = check_text(draft, engine)
    every, _ = check_text(draft, engine, explain=True)
    assert [c.verdict for c in pruned] == [c.verdict for c in every]
    assert [c.verdict.status for c in pruned] == ["conflicting"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claim_rows, min_size=2, max_size=24))
def test_disputing_claims_are_the_related_ones_that_can_disagree(rows):
    with tempfile.TemporaryDirectory() as tmp:
        engine = _engine(Path(tmp), rows)
        claims = engine.registry.claims
        disputing = [engine.disputing(c) for c in claims]  # worked out on their own, before related()
        related = [[(o, s) for o, s in engine.related(c) if o.source != c.source and same_topic(o, c)]
                   for c in claims]
    assert disputing == related


def test_a_shared_vocabulary_figure_restated_is_supported_and_another_place_s_conflicts(tmp_path):
    rows = [(p, o, g, m, 2, o % 3) for p in range(len(PLACES)) for o in range(len(ORGANISATIONS))
            for g in range(2) for m in (1,)]
    engine = _engine(tmp_path, rows)
    text = ("The Varnel Institute puts the unemployment rate of nurses in Peru at 34%. "
            "The Varnel Institute puts the unemployment rate of nurses in Peru at 50%.\n")
    pruned, _ = check_text(text, engine)
    every, _ = check_text(text, engine, explain=True)
    assert [c.verdict.status for c in pruned] == ["supported", "conflicting"]
    assert [(c.verdict, c.verdict.match) for c in pruned] == [(c.verdict, c.verdict.match) for c in every]


codes = st.sampled_from(("KE", "UG", "PE", "PH", "001", "002", "x-city-184745"))  # a city of Kenya: Nairobi
names = st.sampled_from(("world bank", "bank", "adobe", "openai", "sama"))
groups = st.sampled_from(("nurse", "rider", "data-worker"))
scopes = st.builds(Scope, st.frozensets(codes, max_size=2), st.frozensets(names, max_size=2),
                   st.frozensets(groups, max_size=2), st.frozensets(names, max_size=1))


@given(scopes, scopes)
def test_against_differs_exactly_when_there_is_a_difference(claim, draft):
    assert Against.of(draft).differs(claim) == (difference(claim, draft) is not None)


def test_the_pruned_search_gives_the_exhaustive_search_s_verdicts_on_the_project_s_registry():
    # The project's registry holds claims of an order only ("millions of click workers"), which back a stated value
    # on a strong match alone: no witness for passing other scopes' claims over (review-90: "The Indonesian pieces
    # of the AI supply chain employ more than 2 million click workers" was unsourced, and conflicting with --explain).
    import tomllib

    root = Path(__file__).resolve().parents[2]
    engine = Engine.build(load_registry(root / "claims", root))
    texts = ["The Indonesian pieces of the AI supply chain employ more than 2 million click workers, the government "
             "estimates.\n"]
    for name in ("dev.toml", "context_dev.toml"):
        texts += [case["text"] for case in tomllib.loads((root / "tests" / "eval" / name).read_text())["case"]]
    for text in texts:
        pruned, _ = check_text(text, engine)
        every, _ = check_text(text, engine, explain=True)
        assert [(c.occurrence.figure.text, c.verdict.status, c.verdict.claim and c.verdict.claim.id) for c in pruned] \
            == [(c.occurrence.figure.text, c.verdict.status, c.verdict.claim and c.verdict.claim.id) for c in every], text
