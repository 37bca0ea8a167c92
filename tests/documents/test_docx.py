"""DOCX drafts: body paragraphs and tables, one line per paragraph (¶ numbers as Word counts them), headings,
lists and table headers as context; headers and footers left out; packages too large to unpack refused."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.check.mentions import scan
from factlint.documents import Form
from factlint.documents.docx import DocxError, read_docx
from factlint.documents.formats import iter_passages
from factlint.documents import docx as docx_reader
from tests.documents.pdfs import docx_bytes


def _report(document) -> None:
    document.sections[0].header.paragraphs[0].text = "Header: draft 3 of 12, 99% done"
    document.sections[0].footer.paragraphs[0].text = "Footer: page 1 of 40"
    document.add_heading("Pay in Kenya", level=1)  # ¶1
    document.add_paragraph("Workers earned less than $2 an hour.")  # ¶2
    document.add_paragraph("")  # ¶3: an empty paragraph counts
    document.add_paragraph("The lead-in of a list:")  # ¶4
    document.add_paragraph("first item, 40% of them", style="List Bullet")  # ¶5
    document.add_paragraph("second item, 60% of them", style="List Bullet")  # ¶6
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Country"  # ¶7
    table.cell(0, 1).text = "Pay per hour"  # ¶8
    table.cell(1, 0).text = "Kenya"  # ¶9
    table.cell(1, 1).text = "$1.46"  # ¶10
    table.cell(1, 1).add_paragraph("(after tax, 2022)")  # ¶11
    document.add_paragraph("After the table, about 150 million people.")  # ¶12


def _figures(data: bytes) -> list[tuple[int, int, str]]:
    read = read_docx(data)
    lines = read.text.split("\n")
    out = []
    for occ in scan(read.text, form=Form("docx", read.blocks)):
        line = read.text.count("\n", 0, occ.start) + 1
        column = occ.start - (read.text.rfind("\n", 0, occ.start) + 1) + 1
        assert lines[line - 1][column - 1:].startswith(occ.figure.text)
        out.append((line, column, occ.figure.text))
    return out


def test_each_paragraph_is_a_line_and_figures_stand_at_their_paragraph():
    assert _figures(docx_bytes(_report)) == [
        (2, 26, "$2 an hour"), (5, 13, "40%"), (6, 14, "60%"), (10, 1, "$1.46"), (12, 24, "150 million")]


def test_headers_and_footers_are_left_out():
    read = read_docx(docx_bytes(_report))
    assert "Header" not in read.text and "Footer" not in read.text
    assert read.text.split("\n")[0] == "Pay in Kenya"


def test_headings_lists_and_table_headers_are_context():
    read = read_docx(docx_bytes(_report))
    passages = {p.text: p for p in iter_passages(read.text, Form("docx", read.blocks))}
    assert passages["Workers earned less than $2 an hour."].where.headings == ("Pay in Kenya",)
    item = passages["first item, 40% of them"].where
    assert (item.kind, item.lead) == ("list_item", "The lead-in of a list:")
    cell = passages["$1.46\n(after tax, 2022)"]
    assert cell.header == "Pay per hour" and cell.where.row_header == "Kenya"


def test_a_line_break_inside_a_paragraph_keeps_one_line():
    def build(document):
        paragraph = document.add_paragraph("Line one 5%")
        paragraph.add_run().add_break()
        paragraph.add_run("line two 7%")
        document.add_paragraph("Next 9%")

    assert _figures(docx_bytes(build)) == [(1, 10, "5%"), (1, 22, "7%"), (2, 6, "9%")]


def test_a_merged_cell_is_read_once():
    def build(document):
        table = document.add_table(rows=2, cols=3)
        merged = table.cell(0, 0).merge(table.cell(0, 2))
        merged.text = "Spanning 5%"
        table.cell(1, 0).text = "a"
        table.cell(1, 1).text = "b 7%"
        table.cell(1, 2).text = "c"

    assert [f[2] for f in _figures(docx_bytes(build))] == ["5%", "7%"]


@pytest.mark.parametrize(("data", "reason"), [
    (b"plain text", r"not a DOCX file \(not a zip package"),
    (b"PK\x03\x04 broken", r"not a DOCX file \(not a zip package"),
])
def test_a_file_that_is_no_docx_is_refused(data, reason):
    with pytest.raises(DocxError, match=reason):
        read_docx(data)


def test_a_zip_without_a_document_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "5%")
    with pytest.raises(DocxError, match="not a readable DOCX file"):
        read_docx(out.getvalue())


def test_a_zip_bomb_is_refused_before_anything_is_inflated(monkeypatch):
    # 300 MB of zeros compress to some 300 KB: the declared size is refused, nothing is unpacked.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z, z.open("word/document.xml", "w") as part:
        block = b"\0" * (1 << 20)
        for _ in range(300):
            part.write(block)
    with pytest.raises(DocxError, match=r"refused: the package unpacks to 314,572,800 bytes .*a zip bomb\?"):
        read_docx(out.getvalue())


def test_too_many_parts_are_refused(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_ENTRIES", 5)
    with pytest.raises(DocxError, match=r"refused: \d+ parts in the package, more than 5"):
        read_docx(docx_bytes(_report))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40), max_size=8),
       st.binary(max_size=64))
def test_any_paragraphs_read_with_spans_inside_the_text(paragraphs, noise):
    def build(document):
        for text in paragraphs:
            document.add_paragraph(text)

    read = read_docx(docx_bytes(build))
    assert read.text.split("\n") == [" ".join(p.replace("\r", "\n").split("\n")) for p in paragraphs] or [""]
    for passage in iter_passages(read.text, Form("docx", read.blocks)):
        for p, d, n in passage.runs:
            assert read.text[d:d + n] == passage.text[p:p + n]
    try:
        read_docx(noise)
    except DocxError as err:
        assert str(err)


def test_a_billion_laughs_document_is_refused_without_expanding():
    data = docx_bytes(lambda document: document.add_paragraph("Paid 5%"))
    laughs = ('<!DOCTYPE w:document [<!ENTITY lol0 "lollollollollollollollollollol">'
              + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)) + "]>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as package:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                declaration, rest = body.decode().split("?>", 1)
                body = f"{declaration}?>{laughs}{rest.replace('Paid 5%', 'Paid 5% &lol9;')}".encode()
            package.writestr(info, body)
    with pytest.raises(DocxError, match="not a readable DOCX file .*amplification"):
        read_docx(out.getvalue())


def test_tracked_changes_read_as_accepted():
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    def build(document):
        paragraph = document.add_paragraph("Workers earned ")
        inserted, deleted = OxmlElement("w:ins"), OxmlElement("w:del")
        for mark in (inserted, deleted):
            mark.set(qn("w:id"), "1")
            mark.set(qn("w:author"), "editor")
        added = paragraph.add_run("$3 an hour")._r
        paragraph._p.remove(added)
        inserted.append(added)
        gone = paragraph.add_run()._r
        paragraph._p.remove(gone)
        text = OxmlElement("w:delText")
        text.text = "$2 an hour"
        gone.append(text)
        deleted.append(gone)
        paragraph._p.append(deleted)
        paragraph._p.append(inserted)
        paragraph.add_run(" in 2022.")

    assert read_docx(docx_bytes(build)).text == "Workers earned $3 an hour in 2022."


def test_paragraphs_inside_content_controls_are_read_and_numbered():
    from docx.oxml import OxmlElement

    def build(document):
        document.add_paragraph("Before 1%")
        control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        inner = document.add_paragraph("Inside a content control 2%")._p
        document.element.body.remove(inner)
        content.append(inner)
        control.append(content)
        after = document.add_paragraph("After 3%")._p
        after.addprevious(control)

    assert _figures(docx_bytes(build)) == [(1, 8, "1%"), (2, 26, "2%"), (3, 7, "3%")]


REPORT = docx_bytes(_report)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.sampled_from([b"<", b">", b"/", b"\"", b"w:tbl",
                                                                              b"w:p", b"", b"x", b"<w:tc>"])),
                min_size=1, max_size=4))
def test_a_damaged_document_part_is_read_or_refused_never_raised(edits):
    with zipfile.ZipFile(io.BytesIO(REPORT)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts["word/document.xml"]
    for where, text in edits:
        at = int(where * len(xml))
        xml = xml[:at] + text + xml[at + 1:]
    parts["word/document.xml"] = xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, body in parts.items():
            package.writestr(name, body)
    try:
        read = read_docx(out.getvalue())
    except DocxError as err:
        assert str(err).startswith(("not a readable DOCX file", "not a DOCX file"))
    else:
        assert isinstance(read.text, str)


def _table_docx(rows: int, span: int = 1, merged: bool = False) -> bytes:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(document):
        table = document.add_table(rows=rows, cols=1)
        table.cell(0, 0).text = "Paid 5%"
        for k, row in enumerate(table.rows):
            tc_pr = row.cells[0]._tc.get_or_add_tcPr()
            if span > 1 and k == 0:
                grid = OxmlElement("w:gridSpan")
                grid.set(qn("w:val"), str(span))
                tc_pr.append(grid)
            if merged:
                vmerge = OxmlElement("w:vMerge")
                if k == 0:
                    vmerge.set(qn("w:val"), "restart")
                tc_pr.append(vmerge)
    return docx_bytes(build)


def test_a_cell_spanning_hundreds_of_millions_of_columns_is_read_once():
    # The review: gridSpan="400000000" made python-docx repeat the cell per column, past 3.5 GB.
    read = read_docx(_table_docx(2, span=400_000_000))
    assert "Paid 5%" in read.text


def test_many_vertically_merged_rows_take_linear_time():
    # The review: 5,000 merged rows took 52 s, then a RecursionError (python-docx walks up cell by cell).
    from work import best_cpu

    def cpu(rows: int) -> float:
        data = _table_docx(rows, merged=True)
        return best_cpu(lambda: read_docx(data))

    assert cpu(2_000) < 8 * cpu(500) + 0.05  # four times the rows: linear is 4x, quadratic 16x (a loose bound)


def test_a_package_that_unpacks_hundreds_of_times_its_size_is_refused():
    # The review: 60 MB of empty paragraphs in a 124 KB file stayed under the size caps and used 2.7 GB.
    data = docx_bytes(lambda document: document.add_paragraph("Paid 5%"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                body = body.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * 2_000_000)
            package.writestr(info.filename, body)
    with pytest.raises(DocxError, match="times its size"):
        read_docx(out.getvalue())
