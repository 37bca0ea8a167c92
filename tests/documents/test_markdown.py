"""Markdown: what is left out of the prose, and a draft read a window of blocks at a time as it reads whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.documents import iter_markdown, read_markdown


SKIPPED = [
    ("code span", "Pay `4242` here.\n"),
    ("fenced code", "Text.\n\n```python\nx = 4242\n```\n"),
    ("tilde fence", "Text.\n\n~~~\n4242\n~~~\n"),
    ("indented code", "Text.\n\n    x = 4242\n"),
    ("front matter", "---\nbudget: 4242\n---\n\nText.\n"),
    ("html comment", "Text <!-- 4242 --> more.\n"),
    ("html comment block", "<!--\n4242\n-->\n\nText.\n"),
    ("script in an html block", "<div>\n<script>var x = 4242;</script>\n<code>4242</code>\n</div>\n\nText.\n"),
    ("autolink", "See <https://example.org/4242> now.\n"),
    ("bare URL", "See https://example.org/4242 now.\n"),
    ("bare www URL", "See www.example.org/4242.html now.\n"),
    ("link target", "See [the page](https://example.org/4242) now.\n"),
    ("link title", 'See [the page](x.html "title 4242") now.\n'),
    ("reference link definition", "See [the page][r].\n\n[r]: https://example.org/4242\n"),
    ("image target", "See ![a chart](img/4242.png) now.\n"),
    ("footnote marker", "Pay is high.[^4242]\n\n[^4242]: A source.\n"),
    ("undefined footnote marker", "Pay is high.[^4242]\n"),
    ("footnote definition", "Pay is high.[^1]\n\n[^1]: Report 4242, page 3.\n"),
    ("pandoc citation", "Pay is high [@report4242].\n"),
    ("pandoc citation with locator", "Pay is high [@report, p. 4242].\n"),
    ("pandoc citations", "Pay is high [@a; @b4242].\n"),
]


@pytest.mark.parametrize(("name", "document"), SKIPPED, ids=[s[0] for s in SKIPPED])
def test_markdown_skips_non_prose(name: str, document: str) -> None:
    passages = read_markdown(document)
    assert passages, "the prose around the construct is still read"
    assert not any("4242" in p.text for p in passages)


def test_a_megabyte_of_prose_reads_whole() -> None:
    # Its speed is measured in benchmarks/documents.py; here, that every paragraph comes back in place.
    paragraph = ("Exploited data workers are paid as little as $1.46 an hour after tax, and between "
                 "150 and 430 million people do this work worldwide, according to the *World Bank*.\n")
    block = paragraph * 4 + "\n"
    document = block * (1_000_000 // (len(paragraph) * 4))
    passages = read_markdown(document)
    assert len(passages) == 1_000_000 // (len(paragraph) * 4)
    last = passages[-1]
    assert last.source_offset(0) == len(document) - len(block)
    assert "World Bank" in last.text and "*" not in last.text


# --- reading block by block (a huge draft is parsed a window at a time) ------------------------------

FILLER = "".join(f"Paragraph {k} has no figure at all.\n\n" for k in range(6))

ACROSS_WINDOWS = [  # (name, document, the passages holding a `$`)
    ("front matter longer than a window", "---\ntitle: $5\n\nnote: 5 million\n---\n\n" + FILLER + "Paid $1.46/hour.\n",
     ["Paid $1.46/hour."]),
    ("front matter closed by a longer rule", "----\na: $1\n---\n\nb: $5\n----\n\n" + FILLER + "Paid $7.\n",
     ["Paid $7."]),
    ("no front matter: a rule, then prose", "---\n\n$3 here.\n\n" + FILLER + "Paid $7.\n", ["$3 here.", "Paid $7."]),
    ("link definition whose title runs on", "[s]: ../seeds/004.txt\n'the $2\ntitle'\n\n" + FILLER
     + "[Paid $1.46][s] an hour.\n", ["Paid $1.46 an hour."]),
    ("footnote defined at the end, cited at the start", "Paid $1.46.[^1]\n\n" + FILLER + "[^1]: see $3 004.txt\n",
     ["Paid $1.46."]),
    ("fenced code with blank lines", "```\n$5\n\n$6\n```\n\n" + FILLER + "Paid $7.\n", ["Paid $7."]),
    ("HTML comment with blank lines", "<!--\n$5\n\n$6\n-->\n\n" + FILLER + "Paid $7.\n", ["Paid $7."]),
    ("disable over several blocks", "<!-- factlint-disable -->\n\n$5\n\n" + FILLER + "<!-- factlint-enable -->\n\n"
     "Paid $7.\n", ["Paid $7."]),
    ("disable-next-line, blank lines, then the line", "<!-- factlint-disable-next-line -->\n\n\n\nPaid $5.\n\n"
     + FILLER + "Paid $7.\n", ["Paid $7."]),
    ("disable comment stretching over a blank line", "Text $4 <!--\n\nfactlint-disable -->\n\n$5\n\n" + FILLER
     + "<!-- factlint-enable -->\n\nPaid $7.\n", ["Text $4", "Paid $7."]),
    ("loose list with blank lines", "- one $1\n\n- two $2\n\n  more $3\n\n" + FILLER + "Paid $7.\n",
     ["one $1", "two $2", "more $3", "Paid $7."]),
    ("CRLF and lone CR", ("Paid $5.\n\n" + FILLER).replace("\n\n", "\r\n\r") + "Paid $7.\r\n",
     ["Paid $5.", "Paid $7."]),
]


@pytest.mark.parametrize(("name", "document", "expected"), ACROSS_WINDOWS, ids=[c[0] for c in ACROSS_WINDOWS])
def test_reading_block_by_block_reads_as_a_whole(name: str, document: str, expected: list[str]) -> None:
    whole = list(iter_markdown(document, window=len(document)))
    assert [p.text for p in whole if "$" in p.text] == expected
    # Small windows of many sizes: each cuts the document in other places.
    for window in range(1, 70, 3):
        assert list(iter_markdown(document, window=window)) == whole, window


def test_footnote_and_link_definitions_reach_across_windows() -> None:
    document = "Paid $1.46.[^1] Also [$2][s].\n\n" + FILLER + "[^1]: the 004.txt debate\n\n[s]: ../seeds/x.txt\n"
    first = next(iter_markdown(document, window=1))
    assert [(c.kind, c.key, c.text) for c in first.citations] == [
        ("footnote", "1", "the 004.txt debate"), ("link", "../seeds/x.txt", "../seeds/x.txt")]


BLOCKISH = st.lists(
    st.sampled_from(["a", "1", ".", "$5", " ", "\n", "\n\n", "\r\n", "\r", "\t", "*", "`", "[", "]", "(", ")", "<",
                     ">", "#", "|", "-", ":", "\\", "&amp;", "^", "é", "http://x.y", "<!--", "-->", "[^1]", "[^1]: ",
                     "[^2]: note [^1]\n", "---\n", "----\n", "...\n", "```\n", "~~~\n", "    ", "1. ", "- ", "> ",
                     "| a | b |\n|---|---|\n", "<!-- factlint-disable -->", "<!-- factlint-enable -->",
                     "<!-- factlint-disable-line -->", "<!-- factlint-disable-next-line -->", "\0", "[foo]: /url\n",
                     "[x][foo]", "'title\n", "<div>\n", "</div>\n", "<pre>\n", "</pre>\n", "===\n",
                     "Paid $1.46 an hour.", "[@src]", "^[inline 3]", "\n\n\n", "  - "]),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(BLOCKISH, st.sampled_from([1, 5, 20, 60]))
def test_any_document_reads_the_same_block_by_block(document: str, window: int) -> None:
    assert list(iter_markdown(document, window=window)) == list(iter_markdown(document, window=len(document) + 1))


@pytest.mark.parametrize(("document", "kinds"), [
    ("# Title\n\nA paragraph.\n", ["heading", "paragraph"]),
    ("## Setext heading\n\n- an item\n- another\n", ["heading", "list_item", "list_item"]),
    ("1. first\n2. second\n\nAfter the list.\n", ["list_item", "list_item", "paragraph"]),
    ("| a | b |\n|---|---|\n| 1 | 2 |\n", ["table_header"] * 2 + ["table_cell"] * 2),
    ("Setext\n======\n", ["heading"]),
])
def test_each_passage_knows_its_kind(document: str, kinds: list[str]) -> None:
    assert [p.where.kind for p in read_markdown(document)] == kinds


@pytest.mark.parametrize("document, emphasised", [
    # A paragraph set wholly in bold is an interviewer's turn or a line standing as a heading ...
    ("**How much did they earn?**\n", True),
    ("**Adobe's research says three in four consumers want it.**\n", True),
    ("__Dan in Madagaskar.__\n", True),
    # ... not one that opens or closes with a bold part only, nor two bold parts.
    ("**Kobalt.** In het artikel stond een onjuist cijfer.\n", False),
    ("Time reported it in **2023**.\n", False),
    ("**Q:** How much? **A:** Less.\n", False),
    ("Plain prose.\n", False),
])
def test_a_paragraph_wholly_in_bold_is_marked(document: str, emphasised: bool) -> None:
    (passage,) = read_markdown(document)
    assert passage.where.emphasised is emphasised


@pytest.mark.parametrize("document, depths", [
    # A reply's quotations: how deep each paragraph stands in block quotes, list items and headings too.
    ("> **hjorth_dev** | reply\n> > under two dollars an hour\n>\n> Pretty sure it was more.\n\nMine.\n", [1, 2, 1, 0]),
    ("> - a quoted item\n> # A quoted heading\n\nPlain prose.\n", [1, 0, 0]),
    ("Plain prose.\n", [0]),
])
def test_a_paragraph_knows_how_deep_it_is_quoted(document: str, depths: list[int]) -> None:
    assert [p.where.quoted for p in read_markdown(document)] == depths
