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


# --- comments that name statuses (SPEC §6; issue 17: they were silently ignored) ---------------------------

from factlint.documents.suppressions import Suppression, named_statuses, unknown_statuses  # noqa: E402


def _silenced(document: str) -> list[tuple[str, frozenset[str]]]:
    s = Suppression()
    s.ranges(document)
    return [(document[a:b], statuses) for a, b, statuses in s.silenced]


@pytest.mark.parametrize(("document", "expected"), [
    ("Paid $2. <!-- factlint-disable-line unsourced -->\nNext 5%.\n",
     [("Paid $2. <!-- factlint-disable-line unsourced -->", {"unsourced"})]),
    ("<!-- factlint-disable-next-line conflicting, miscited -->\n\nPaid $2.\nNext 5%.\n",
     [("Paid $2.", {"conflicting", "miscited"})]),
    ("A 1%. <!-- factlint-disable unsourced -->B 2%.<!-- factlint-enable unsourced --> C 3%.",
     [("<!-- factlint-disable unsourced -->B 2%.<!-- factlint-enable unsourced -->", {"unsourced"})]),
    ("<!-- factlint-disable unsourced -->B 2%.<!-- factlint-enable --> C 3%.",
     [("<!-- factlint-disable unsourced -->B 2%.<!-- factlint-enable -->", {"unsourced"})]),
    ("<!-- factlint-disable unsourced -->B 2%. C 3%.", [("<!-- factlint-disable unsourced -->B 2%. C 3%.",
                                                         {"unsourced"})]),
    ("Paid $2. <!-- factlint-disable-line unsorced -->\n", []),
])
def test_a_comment_naming_statuses_silences_them_only(document: str, expected: list) -> None:
    assert _silenced(document) == [(text, frozenset(s)) for text, s in expected]
    # The comment itself is never prose, but what it names statuses for is still read.
    assert all("factlint" not in p.text for p in read_markdown(document))
    assert any(p.text for p in read_markdown(document))


def test_a_scoped_disable_carries_from_block_to_block() -> None:
    s = Suppression()
    s.ranges("Intro.\n<!-- factlint-disable-next-line unsourced -->\n")
    s.ranges("\nPaid $2.\n")
    assert s.silenced == [(1, 9, frozenset({"unsourced"}))]
    s2 = Suppression()
    s2.ranges("<!-- factlint-disable miscited -->")
    s2.ranges("Paid $2.<!-- factlint-enable miscited -->")
    assert s2.silenced == [(0, 41, frozenset({"miscited"}))]


def test_unknown_statuses_are_named_with_where_they_stand() -> None:
    document = "x <!-- factlint-disable-line unsorced, conflicting bogus -->"
    assert named_statuses(" unsorced, conflicting bogus") == (frozenset({"conflicting"}), ["unsorced", "bogus"])
    assert [(document[a:a + n], w) for a, n, w in unknown_statuses(document)] == [
        ("unsorced", "unsorced"), ("bogus", "bogus")]


def test_many_unclosed_comments_take_linear_time() -> None:
    from work import best_cpu

    def cpu(n: int) -> float:
        return best_cpu(lambda: Suppression().ranges("<!-- factlint-disable unsourced " * n))

    assert cpu(80_000) < 8 * cpu(20_000) + 0.05
