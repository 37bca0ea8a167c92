"""Tables: each cell a passage with its column header, its row as context, and the row's citations."""

from __future__ import annotations

from positions import expected_position, position

from factlint.documents import read_markdown


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
