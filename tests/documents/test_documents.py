"""The draft reader: prose passages with exact positions, skipped constructs, citations, suppression."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.documents import Passage, iter_markdown, read_markdown, read_plain


def expected_position(document: str, token: str, occurrence: int) -> tuple[int, int]:
    """1-based line and column of the n-th occurrence of `token`, counted by hand."""
    off = -1
    for _ in range(occurrence + 1):
        off = document.index(token, off + 1)
    line = document.count("\n", 0, off) + 1
    column = off - (document.rfind("\n", 0, off) + 1) + 1
    return line, column


def position(document: str, offset: int) -> tuple[int, int]:
    return document.count("\n", 0, offset) + 1, offset - (document.rfind("\n", 0, offset) + 1) + 1


def locate(passages: list[Passage], token: str) -> tuple[Passage, int]:
    hits = [(p, p.text.index(token)) for p in passages if token in p.text]
    assert len(hits) == 1, [p.text for p in passages]
    return hits[0]


CONSTRUCTS = [
    ("paragraph", "Workers earn $1.46 an hour.\n", 0),
    ("atx heading", "# Pay of $1.46 an hour\n\nText.\n", 0),
    ("atx heading with closing hashes", "## Pay $1.46 ##\n", 0),
    ("setext heading", "Pay of\n$1.46 an hour\n=====\n", 0),
    ("bullet list item", "- first\n- pay is $1.46 an hour\n", 0),
    ("ordered list item", "1. first\n2. pay is $1.46 an hour\n", 0),
    ("nested list", "- outer\n  - inner\n    - deep $1.46 an hour\n", 0),
    ("list item continuation", "- first line\n  second $1.46 line\n", 0),
    ("blockquote", "> Quoted: workers earn $1.46.\n", 0),
    ("blockquote second line", "> Quoted:\n> workers earn $1.46.\n", 0),
    ("lazy blockquote line", "> Quoted:\nworkers earn $1.46.\n", 0),
    ("blockquote in list", "- item\n  > quoted $1.46 here\n", 0),
    ("table body cell", "| Country | Pay |\n|---|---|\n| Kenya | $1.46 |\n", 0),
    ("table header cell", "| Country | Pay in $1.46 |\n|---|---|\n| Kenya | x |\n", 0),
    ("table cell with escaped pipes", "| a | b |\n|---|---|\n| x | \\|y\\| $1.46 |\n", 0),
    ("table without outer pipes", "Country | Pay\n--- | ---\nKenya | $1.46\n", 0),
    ("emphasis", "Workers earn *$1.46* an hour.\n", 0),
    ("strong", "Workers earn **$1.46** an hour.\n", 0),
    ("strong underscores", "Workers earn __about $1.46__ an hour.\n", 0),
    ("link text", "See [pay of $1.46](https://example.org/x) here.\n", 0),
    ("link text after a link target with the figure", "[a](https://e.org/$1.46) b $1.46\n", 1),
    ("after an image with the figure", "![pay $1.46](img/$1.46.png) is $1.46\n", 2),
    ("after a code span with the figure", "`$1.46` costs $1.46\n", 1),
    ("after an autolink", "<https://e.org/1.46> pay $1.46\n", 0),
    ("after front matter", "---\ntitle: $1.46\n---\n\nPay is $1.46.\n", 1),
    ("after soft break", "Workers are paid\nas little as $1.46.\n", 0),
    ("after hard break", "Workers are paid  \nas little as $1.46.\n", 0),
    ("after backslash hard break", "Workers are paid\\\nas little as $1.46.\n", 0),
    ("CRLF line endings", "Title\r\n=====\r\n\r\nWorkers are paid\r\nas little as $1.46.\r\n", 0),
    ("CRLF in a table", "| a | b |\r\n|---|---|\r\n| x | $1.46 |\r\n", 0),
    ("tab indentation", "-\tpaid\n\tas little as $1.46\n", 0),
    ("tab inside a line", "Workers\tearn\t$1.46.\n", 0),
    ("after an escape", "Stars \\* and $1.46\n", 0),
    ("after an entity", "Fish &amp; chips cost $1.46\n", 0),
    ("after a footnote reference", "Pay[^1] is $1.46.\n\n[^1]: Source.\n", 0),
    ("after a pandoc citation", "Pay [@debate] is $1.46.\n", 0),
    ("after an html comment", "Pay <!-- $1.46 --> is $1.46.\n", 1),
    ("after a bare URL", "See https://e.org/1.46 for $1.46.\n", 0),
    ("non-ASCII before", "Zo’n loon — €1,46 per uur.\n", 0),
    ("after a fenced code block", "```\n$1.46\n```\n\nPaid $1.46.\n", 1),
    ("deep in a document", "# T\n\n" + "Filler line.\n\n" * 50 + "Paid $1.46.\n", 0),
]


@pytest.mark.parametrize(("name", "document", "occurrence"), CONSTRUCTS, ids=[c[0] for c in CONSTRUCTS])
def test_markdown_figure_maps_to_exact_line_and_column(name: str, document: str, occurrence: int) -> None:
    token = "€1,46" if "€1,46" in document else "$1.46"
    passage, index = locate(read_markdown(document), token)
    start = passage.source_offset(index)
    assert position(document, start) == expected_position(document, token, occurrence)
    end = passage.source_end(index + len(token))
    assert document[start:end] == token


SKIPPED = [
    ("code span", "Pay `4242` here.\n"),
    ("fenced code", "Text.\n\n```python\nx = 4242\n```\n"),
    ("tilde fence", "Text.\n\n~~~\n4242\n~~~\n"),
    ("indented code", "Text.\n\n    x = 4242\n"),
    ("front matter", "---\nbudget: 4242\n---\n\nText.\n"),
    ("html comment", "Text <!-- 4242 --> more.\n"),
    ("html comment block", "<!--\n4242\n-->\n\nText.\n"),
    ("html block", "<div>\n4242\n</div>\n\nText.\n"),
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


def test_link_text_is_prose_and_target_is_a_citation() -> None:
    [p] = read_markdown("Paid [as little as $1.46](seeds/004.txt) an hour.\n")
    assert p.text == "Paid as little as $1.46 an hour."
    [c] = p.citations
    assert (c.kind, c.key, c.text, c.start) == ("link", "seeds/004.txt", "seeds/004.txt", 5)


CITATIONS = [
    ("pandoc", "Paid $1.46 [@ai-labour-debate].\n", [("pandoc", "ai-labour-debate", "ai-labour-debate")]),
    ("pandoc locator", "Paid $1.46 [@debate, p. 3].\n", [("pandoc", "debate", "debate")]),
    ("pandoc several", "Paid $1.46 [@a; @b.c].\n", [("pandoc", "a", "a"), ("pandoc", "b.c", "b.c")]),
    ("pandoc prefix", "Paid $1.46 [see @wb2023, ch. 2].\n", [("pandoc", "wb2023", "wb2023")]),
    ("footnote naming a source id", "Paid $1.46.[^1]\n\n[^1]: ai-labour-debate, p. 3\n",
     [("footnote", "1", "ai-labour-debate, p. 3")]),
    ("footnote with a link", "Paid $1.46.[^n]\n\n[^n]: See [the debate](seeds/004_29fe0d7601c600d6.txt)\n",
     [("footnote", "n", "See [the debate](seeds/004_29fe0d7601c600d6.txt)")]),
    ("footnote without a definition", "Paid $1.46.[^9]\n", [("footnote", "9", "")]),
    ("markdown link", "Paid $1.46 ([source](seeds/004.txt)).\n", [("link", "seeds/004.txt", "seeds/004.txt")]),
    ("link in angle brackets", "Paid $1.46 ([source](<seeds/a b.txt>)).\n", [("link", "seeds/a b.txt", "seeds/a b.txt")]),
    ("reference link", "Paid $1.46 ([source][s]).\n\n[s]: seeds/004.txt\n", [("link", "seeds/004.txt", "seeds/004.txt")]),
]


@pytest.mark.parametrize(("name", "document", "expected"), CITATIONS, ids=[c[0] for c in CITATIONS])
def test_citations(name: str, document: str, expected: list[tuple[str, str, str]]) -> None:
    [p] = read_markdown(document)
    assert [(c.kind, c.key, c.text) for c in p.citations] == expected
    for c in p.citations:
        assert 0 <= c.start <= len(p.text)
        assert 0 <= c.offset < len(document)


def test_citation_after_a_sentence_stands_at_its_end() -> None:
    [p] = read_markdown("Paid $1.46 after tax.[^1] Next sentence.\n\n[^1]: debate\n")
    assert p.text == "Paid $1.46 after tax. Next sentence."
    assert p.citations[0].start == p.text.index("tax.") + 4
    [q] = read_markdown("Paid $1.46 after tax [@debate]. Next sentence.\n")
    assert q.text == "Paid $1.46 after tax. Next sentence."
    assert q.citations[0].start <= q.text.index("tax.") + 3


def test_citation_offset_points_at_the_marker() -> None:
    document = "Intro.\n\nPaid $1.46 [@debate].\n"
    [_, p] = read_markdown(document)
    assert document[p.citations[0].offset:].startswith("[@debate]")


def test_table_cells_carry_header_row_context_and_row_citations() -> None:
    document = (
        "| Country | Monthly pay of full-time data workers |\n"
        "| --- | --- |\n"
        "| Madagascar | €90–100 [@casilli] |\n"
        "| Kenya | $1.46 |\n"
    )
    passages = read_markdown(document)
    by_text = {p.text: p for p in passages}
    assert set(by_text) == {"Country", "Monthly pay of full-time data workers", "Madagascar", "€90–100", "Kenya", "$1.46"}
    cell = by_text["€90–100"]
    assert cell.header == "Monthly pay of full-time data workers"
    assert "Monthly pay of full-time data workers" in cell.context and "Madagascar" in cell.context
    assert [(c.kind, c.key, c.start) for c in cell.citations] == [("pandoc", "casilli", 0)]
    assert [c.key for c in by_text["Madagascar"].citations] == ["casilli"]
    assert by_text["$1.46"].citations == ()
    assert by_text["Monthly pay of full-time data workers"].header == ""
    assert position(document, cell.source_offset(0)) == expected_position(document, "€90–100", 0)


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


PLAIN = [
    ("first paragraph", "Workers earn $1.46 an hour.\n\nSecond.\n", 0),
    ("second line", "Intro line\nworkers earn $1.46.\n", 0),
    ("second paragraph", "One.\n\n  \nTwo: $1.46.\n", 0),
    ("CRLF", "One.\r\n\r\nTwo\r\nthree $1.46.\r\n", 0),
    ("after a URL", "See https://e.org/$1.46 for $1.46.\n", 1),
]


@pytest.mark.parametrize(("name", "document", "occurrence"), PLAIN, ids=[c[0] for c in PLAIN])
def test_plain_figure_maps_to_exact_line_and_column(name: str, document: str, occurrence: int) -> None:
    passage, index = locate(read_plain(document), "$1.46")
    assert position(document, passage.source_offset(index)) == expected_position(document, "$1.46", occurrence)


def test_plain_paragraphs() -> None:
    passages = read_plain("One line\nand two.\n\n\nSecond https://x.org/3 para.\r\n")
    assert [p.text for p in passages] == ["One line\nand two.", "Second  para."]


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
