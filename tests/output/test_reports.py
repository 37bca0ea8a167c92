"""Reports written as the findings come: the same bytes as a report built whole, positions without a line table."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.cli import main
from factlint.output.findings import Positions
from factlint.output.reports import Later, Stream, write_json
from factlint.text import LineIndex

CLAIMS = Path(__file__).resolve().parents[2] / "claims"

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


LINE_TEXT = st.lists(st.sampled_from(["a", "bc", "é", "😀", "\t", "\n", "\r", "\r\n", "\n\n"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(LINE_TEXT, st.lists(st.integers(0, 60), max_size=20))
def test_positions_agree_with_the_line_index_in_any_order(text: str, offsets: list[int]) -> None:
    index, positions = LineIndex(text), Positions(text)
    for offset in offsets:
        offset = min(offset, len(text))
        assert positions.position(offset) == index.position(offset)


DRAFT = "Workers in {} are paid $1.46 an hour, and 75% of them say so [@nope].\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("a.md", "b.md", "sub/c.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(DRAFT.format(name))
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_text_and_github_reports_are_sorted_by_path_whatever_the_order_named(drafts, capsys, fmt) -> None:
    main(["check", "--claims", str(CLAIMS), "--format", fmt, "a.md", "b.md", "sub/c.md"])
    in_order = capsys.readouterr().out
    main(["check", "--claims", str(CLAIMS), "--format", fmt, "sub/c.md", "b.md", "a.md"])
    assert capsys.readouterr().out == in_order
    paths = [line.split(":")[0] if fmt == "text" else line.split("file=")[1].split(",")[0]
             for line in in_order.splitlines() if ".md" in line]
    assert paths == sorted(paths) and set(paths) == {"a.md", "b.md", "sub/c.md"}


def test_json_report_keeps_the_order_named(drafts, capsys) -> None:
    main(["check", "--claims", str(CLAIMS), "--format", "json", "sub/c.md", "a.md"])
    doc = json.loads(capsys.readouterr().out)
    assert list(dict.fromkeys(f["path"] for f in doc["findings"])) == ["sub/c.md", "a.md"]
    assert [p["path"] for p in doc["problems"]] == ["sub/c.md", "a.md"]
    assert doc["summary"]["files"] == 2 and doc["summary"]["problems"] == 2
