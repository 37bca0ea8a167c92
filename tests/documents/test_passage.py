"""What every reader's passages hold: runs that copy the document verbatim, citations inside the text,
and no passage where there is no prose."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.documents import Passage, read_markdown, read_plain


@pytest.mark.parametrize("reader", [read_markdown, read_plain], ids=["markdown", "plain"])
@pytest.mark.parametrize("document", ["", "\n\n", "   ", "<!-- factlint-disable -->\nAll 5 gone.\n"])
def test_no_prose(reader, document: str) -> None:  # type: ignore[no-untyped-def]
    assert reader(document) == []


def check_runs(document: str, passages: list[Passage]) -> None:
    for p in passages:
        last = 0
        for start, offset, length in p.runs:
            assert length > 0 and start >= last
            assert 0 <= offset and offset + length <= len(document)
            assert p.text[start:start + length] == document[offset:offset + length]
            last = start + length
        for c in p.citations:
            assert 0 <= c.start <= len(p.text)


MARKDOWNISH = st.lists(
    st.sampled_from(["a", "b", "1", ".", "$", "%", " ", "\n", "\n\n", "\r\n", "\r", "\t", "*", "_", "`", "[", "]",
                     "(", ")", "<", ">", "!", "#", "|", "-", ":", "\\", "&amp;", "&#36;", "^", "@", "~", "é",
                     "http://x.y", "www.", "<!--", "-->", "[^1]", "[^1]: ", "---\n", "```\n", "    ", "1. ",
                     "- ", "> ", "| a | b |\n|---|---|\n", "<!-- factlint-disable -->",
                     "<!-- factlint-enable -->", "<!-- factlint-disable-line -->",
                     "<!-- factlint-disable-next-line -->", "\0", "\ufeff"]),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(MARKDOWNISH, st.text(max_size=200)))
def test_readers_never_raise_and_runs_are_verbatim(document: str) -> None:
    check_runs(document, read_markdown(document))
    check_runs(document, read_plain(document))
