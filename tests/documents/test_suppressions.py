"""The factlint-disable comments (SPEC §6): what they silence, in Markdown and plain text alike."""

from __future__ import annotations

import pytest

from factlint.documents import read_markdown, read_plain, suppressed_ranges


SUPPRESSION = [
    ("disable and enable", "Keep 11.\n\n<!-- factlint-disable -->\nDrop 22.\n\nDrop 33.\n<!-- factlint-enable -->\n\nKeep 44.\n"),
    ("disable to the end", "Keep 11.\n\n<!-- factlint-disable -->\n\nDrop 22.\n"),
    ("disable next line", "Keep 11.\n\n<!-- factlint-disable-next-line -->\nDrop 22.\nKeep 44.\n"),
    ("disable next line skips blank lines", "<!-- factlint-disable-next-line -->\n\nDrop 22.\n\nKeep 11.\n"),
    ("disable line", "Keep 11.\nDrop 22. <!-- factlint-disable-line -->\nKeep 44.\n"),
    ("disable line in a table", "| a | b |\n|---|---|\n| Keep 11 | x |\n| Drop 22 | <!-- factlint-disable-line --> |\n"),
    ("inline disable and enable", "Keep 11 <!-- factlint-disable -->Drop 22<!-- factlint-enable --> keep 44.\n"),
]


@pytest.mark.parametrize(("name", "document"), SUPPRESSION, ids=[s[0] for s in SUPPRESSION])
@pytest.mark.parametrize("reader", [read_markdown, read_plain], ids=["markdown", "plain"])
def test_suppression_comments(name: str, document: str, reader) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(p.text for p in reader(document))
    assert "22" not in text and "33" not in text
    assert "11" in text
    assert "factlint" not in text


def test_suppression_comment_in_code_is_not_honoured() -> None:
    document = "```\n<!-- factlint-disable -->\n```\n\nKeep 11.\n"
    assert [p.text for p in read_markdown(document)] == ["Keep 11."]


def test_suppressed_ranges_cover_the_comments_and_what_they_silence() -> None:
    line = "Drop 22. <!-- factlint-disable-line -->"
    stretch = "<!-- factlint-disable -->\nDrop 33.\n<!-- factlint-enable -->"
    document = f"Keep 11.\n{line}\nKeep 44.\n{stretch}\nKeep 55.\n"
    at, stretch_at = document.index(line), document.index(stretch)
    assert suppressed_ranges(document) == [(at, at + len(line)), (stretch_at, stretch_at + len(stretch))]


def test_suppressed_ranges_ignore_comments_in_code() -> None:
    document = "```\n<!-- factlint-disable -->\n```\nKeep.\n"
    code = (0, document.index("Keep."))
    assert suppressed_ranges(document) == [(4, len(document))]
    assert suppressed_ranges(document, [code]) == []
