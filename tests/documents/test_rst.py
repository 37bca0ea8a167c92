"""reStructuredText drafts (docutils): prose at positions in the file, sections, lists and tables as context,
code, comments, directives and docutils' messages left out; no file is ever read through a directive."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.check.mentions import scan
from factlint.documents import Form
from factlint.documents.formats import iter_passages
from positions import position

DOC = """Pay in Kenya
============

Workers earned **less than $2** an hour [1]_, and
*about* 150 million people do this work.

* first item with 40%
* second ``code 5%`` item with 60%

.. code-block:: python

   budget = 4242

.. include:: /etc/passwd

.. a comment with 77%

Table
-----

+---------+-------------+
| Country | Share       |
+=========+=============+
| Kenya   | 12%         |
+---------+-------------+

.. [1] Footnote on 3 sources.
"""


def test_figures_stand_at_their_place_in_the_file():
    found = [(position(DOC, occ.start), occ.figure.text) for occ in scan(DOC, form=Form("rst"))]
    assert found == [((4, 28), "$2 an hour"), ((5, 9), "150 million"), ((7, 19), "40%"), ((8, 32), "60%"),
                     ((24, 13), "12%"), ((27, 20), "3")]


def test_sections_lists_and_tables_are_context():
    passages = {p.text: p for p in iter_passages(DOC, Form("rst"))}
    assert passages["first item with 40%"].where.kind == "list_item"
    assert passages["first item with 40%"].where.headings == ("Pay in Kenya",)
    cell = passages["12%"]
    assert cell.header == "Share" and cell.where.row_header == "Kenya"
    assert cell.where.headings == ("Pay in Kenya", "Table")


def test_code_comments_and_directives_are_left_out():
    texts = " ".join(p.text for p in iter_passages(DOC, Form("rst")))
    assert "4242" not in texts and "77%" not in texts and "passwd" not in texts and "include" not in texts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "Title\n", "=====\n", "-----\n", "* item 5%\n", "1. one 7%\n", ".. note:: 9%\n", "   indented 3%\n", "\n",
    "**bold 4%**", "`link <http://x>`_", ":role:`x 6%`", "|sub|", ".. |sub| replace:: 8%\n", "+---+\n", "| a |\n",
    "+===+\n", "\\*", "``code``", ".. include:: x\n", ".. raw:: html\n", "::\n", ">>> 2\n", "$2 an hour ", "é",
]), max_size=30).map("".join))
def test_any_text_reads_without_raising_and_spans_stay_in_it(document):
    for passage in iter_passages(document, Form("rst")):
        for p, d, n in passage.runs:
            assert document[d:d + n] == passage.text[p:p + n]


def test_a_draft_nested_too_deep_for_docutils_is_read_as_plain_text():
    # docutils caught its own RecursionError and called sys.exit(1): that ended the whole run (and the language
    # server). Now the draft's text is read as plain text, and its figures are still found.
    from factlint.documents.rst import iter_rst

    document = "- " * 400 + "Workers were paid $2 an hour.\n"
    assert any("$2 an hour" in p.text for p in iter_rst(document))
