"""Where each Markdown passage stands: headings in force, a list's lead-in, a table cell's row and column."""

from __future__ import annotations

import pytest

from factlint.documents import read_markdown

DOC = """# Report

## Kenya: what Time found

Moderators told us:

- Hourly pay: less than $2
- Passages a day: 150

### Method

We asked 36 workers.

## Madagascar

| | Low | High |
| --- | --- | --- |
| Monthly pay (€) | 90 | 100 |
"""


def _where(text: str):
    return {p.text: p.where for p in read_markdown(text)}


@pytest.mark.parametrize("passage, kind, headings, lead", [
    ("Report", "heading", (), ""),
    ("Kenya: what Time found", "heading", ("Report",), ""),
    ("Moderators told us:", "paragraph", ("Report", "Kenya: what Time found"), ""),
    ("Hourly pay: less than $2", "list_item", ("Report", "Kenya: what Time found"), "Moderators told us:"),
    ("Passages a day: 150", "list_item", ("Report", "Kenya: what Time found"), "Moderators told us:"),
    ("We asked 36 workers.", "paragraph", ("Report", "Kenya: what Time found", "Method"), ""),
    # A heading closes the deeper ones: "Method" is no longer in force under "Madagascar".
    ("Monthly pay (€)", "table_cell", ("Report", "Madagascar"), ""),
])
def test_surroundings(passage, kind, headings, lead):
    where = _where(DOC)[passage]
    assert (where.kind, where.headings, where.lead) == (kind, headings, lead)


def test_table_cell_knows_its_row_and_column():
    where = _where(DOC)["90"]
    assert where.row_header == "Monthly pay (€)"
    assert where.column_header == "Low"
    assert where.row == ("Monthly pay (€)", "90", "100") and where.columns == ("", "Low", "High")


def test_a_list_right_after_a_heading_takes_the_heading_as_its_lead():
    where = _where("## Kenya\n\n- pay: $2\n")["pay: $2"]
    assert where.lead == "Kenya" and where.headings == ("Kenya",)


@pytest.mark.parametrize("text, item, titled", [
    ("## Kenya\n\n- pay: $2\n", "pay: $2", True),  # a heading
    ("**From the Brandpulse Consumer Index**\n\n- 77% want it\n", "77% want it", True),  # a line wholly in bold
    ("Moderators told us:\n\n- pay: $2\n", "pay: $2", False),  # a sentence of prose
    ("Moderators told us **this**:\n\n- pay: $2\n", "pay: $2", False),  # bold in part only
    ("Prose, no list.\n", "Prose, no list.", False),
])
def test_a_list_s_lead_in_is_titled_when_it_is_a_heading_or_wholly_bold(text, item, titled):
    assert _where(text)[item].lead_titled is titled


def test_headings_stay_in_force_across_reading_windows():
    from factlint.documents import iter_markdown

    text = "# Kenya\n\n" + "Filler paragraph of prose here.\n\n" * 3000 + "Moderators earned $2.\n"
    last = list(iter_markdown(text, window=4096))[-1]
    assert last.text == "Moderators earned $2." and last.where.headings == ("Kenya",)
