"""The prepared registry as plain data: a round trip gives the same engine; anything malformed gives None."""

from __future__ import annotations

import copy
import dataclasses
import json
import tomllib
from pathlib import Path

import pytest

from factlint.check.engine import Engine, check_text
from factlint.extract import Figure
from factlint.registry import snapshot
from factlint.registry.load import load_registry
from factlint.registry.model import Claim, Source

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.build(load_registry(ROOT / "claims", ROOT))


@pytest.fixture(scope="module")
def plain(engine) -> dict:
    """What the cache writes: the dump as JSON text, read back."""
    return json.loads(json.dumps(snapshot.dump(engine)))


def _reports(engine: Engine, texts: list[str]) -> list:
    return [[(c.occurrence.start, c.verdict) for c in check_text(t, engine)[0]] for t in texts]


def test_a_round_trip_gives_the_same_registry_and_model(engine, plain):
    again = snapshot.load(plain, ROOT)
    assert again is not None
    assert again.registry == engine.registry and again.registry.texts == engine.registry.texts
    assert [(c.quote_spans, c.statement_spans) for c in again.registry.claims] == \
        [(c.quote_spans, c.statement_spans) for c in engine.registry.claims]
    assert again.model == engine.model


def test_a_round_trip_gives_an_engine_whose_reports_are_identical(engine, plain):
    dev = tomllib.loads((ROOT / "tests/eval/dev.toml").read_text(encoding="utf-8"))
    texts = [c["text"] for c in dev.get("case", [])] + [(ROOT / "examples/draft.md").read_text(encoding="utf-8")]
    again = snapshot.load(plain, ROOT)
    assert _reports(again, texts) == _reports(engine, texts)
    assert [again.related(c) for c in again.registry.claims] == [engine.related(c) for c in engine.registry.claims]


def test_the_field_tables_name_every_field():
    for cls, fields in ((Source, snapshot.SOURCE_FIELDS), (Claim, snapshot.CLAIM_FIELDS),
                        (Figure, snapshot.FIGURE_FIELDS)):
        assert [name for name, _ in fields] == [f.name for f in dataclasses.fields(cls)]


def _set(path: tuple, value: object):
    def damage(data: dict) -> None:
        *parents, last = path
        for step in parents:
            data = data[step]
        data[last] = value
    return damage


MALFORMED = {
    "not an object": lambda data: data.clear() or data.update(sources=None),
    "a source id twice": lambda data: data["sources"].append(list(data["sources"][0])),
    "an unknown language": _set(("sources", 0, 3), "fr"),
    "a boolean as a string": _set(("sources", 0, 8), "false"),
    "a text of no source": _set(("texts", "nobody"), "text"),
    "a claim row cut short": lambda data: data["claims"][0].pop(),
    "a claim of no source": _set(("claims", 0, 1), "nobody"),
    "a line as a float": _set(("claims", 0, 7), 3.0),
    "an unknown qualifier": _set(("claims", 0, 4, 8), "roughly"),
    "a value as a string": _set(("claims", 0, 4, 3), "1.46"),
    "a keyword that is a number": _set(("claims", 0, 6), [1]),
    "a span past the quote": _set(("claims", 0, 13), [[0, 10_000]]),
    "a span backwards": _set(("claims", 0, 13), [[5, 2]]),
    "a word that is a list": lambda data: data["words"].append(["w"]),
    "fewer claims in the model than in the registry": lambda data: data["model"].pop(),
    "a negative word index": _set(("model", 0, 0, 0, 0), -1),
    "a key index as a string": _set(("model", 0, 0, 0, 2), ["0"]),
    "a key index past the end": lambda data: data["model"][0][0][0][2].append(len(data["keys"])),
    "a weight above one": _set(("model", 0, 0, 0, 1), 7.5),
    "a word index that is a list": _set(("model", 0, 0, 0, 0), [0]),
    "a weight that is an object": _set(("model", 0, 0, 0, 1), {"w": 1}),
    "a key index that is a list": _set(("model", 0, 0, 0, 2), [[0]]),
    "a place that is a number": _set(("model", 0, 2), [3]),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_values_give_none(plain, name):
    data = copy.deepcopy(plain)
    MALFORMED[name](data)
    assert snapshot.load(data, ROOT) is None


@pytest.mark.parametrize("data", [None, [], "engine", 1, {"sources": {}}])
def test_anything_but_a_dump_gives_none(data):
    assert snapshot.load(data, ROOT) is None
