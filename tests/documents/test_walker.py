"""The inline walker: each piece of prose found at its exact line and column, through every construct."""

from __future__ import annotations

import pytest
from positions import expected_position, locate, position

from factlint.documents import read_markdown
from factlint.documents.markdown import _parser
from factlint.documents.walker import HANDLERS


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
    ("image alt text", "![pay $1.46](img/$1.46.png) is $1.46\n", 0),
    ("after an image with the figure in its target", "![pay](img/$1.46.png) is $1.46\n", 1),
    ("after an image with a link in its alt text", "![see [a](https://e.org/$1.46)](i.png) is $1.46\n", 1),
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


def test_every_inline_token_type_has_a_handler_or_is_markup() -> None:
    document = "\n".join(document for _, document, _ in CONSTRUCTS)
    types = {child.type for tok in _parser().parse(document) if tok.type == "inline" for child in tok.children or ()}
    assert types - set(HANDLERS) <= {t for t in types if t.endswith(("_open", "_close"))}
    assert {"text", "text_special", "softbreak", "hardbreak", "code_inline", "link_open", "link_close", "image",
            "footnote_ref", "html_inline"} <= types
