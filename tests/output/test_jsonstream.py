"""JSON written as it is made: the same bytes as json.dumps of the whole value, whatever is streamed or late."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.output.jsonstream import Later, Stream, dumps, write_json

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=4), inner, max_size=4)),
                      max_leaves=20)


def lazy(value, draw):  # type: ignore[no-untyped-def]
    """`value` with some of its lists made Streams and some of its values Laters."""
    if isinstance(value, list):
        items = [lazy(v, draw) for v in value]
        return Stream(iter(items)) if draw(st.booleans()) else items
    if isinstance(value, dict):
        return {k: (Later(lambda v=v: v) if draw(st.booleans()) else lazy(v, draw)) for k, v in value.items()}
    return value


@settings(max_examples=300, deadline=None)
@given(VALUES, st.data())
def test_streamed_json_is_what_json_dumps_writes(value, data) -> None:
    out = io.StringIO()
    write_json(out, lazy(value, data.draw))
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


KEYS = st.one_of(st.text(max_size=4), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
ANY_KEYS = st.recursive(SCALARS | st.floats(), lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner), st.dictionaries(KEYS, inner, max_size=4)), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(ANY_KEYS, st.integers(0, 3))
def test_dumps_is_json_dumps_indented(value, level) -> None:
    pad = "\n" + "  " * level
    assert dumps(value, pad) == json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)
