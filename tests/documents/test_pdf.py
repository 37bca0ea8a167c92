"""PDF sources: the text layer page by page as pypdf extracts it, where each page starts, and the files refused
with a reason (no PDF, damaged, encrypted, scanned, too many pages)."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.documents import pdf
from factlint.documents.pdf import PdfError, join_pages, page_position, read_pdf, text_line
from tests.documents.pdfs import minimal_pdf, pdf_bytes, scanned_pdf_bytes


def test_lines_are_pypdfs_lines_page_by_page():
    read = read_pdf(pdf_bytes([["Workers earned $2 an hour.", "A second line."], ["Page two, 5%."]]))
    assert read.text.split("\n") == ["Workers earned $2 an hour.", "A second line.", "Page two, 5%."]
    assert read.page_lines == (1, 3)


def test_a_page_and_the_line_on_it_from_the_texts_line():
    assert [page_position((1, 3, 10), line) for line in (1, 2, 3, 9, 10, 12)] == [
        (1, 1), (1, 2), (2, 1), (2, 7), (3, 1), (3, 3)]
    assert [text_line((1, 3, 10), page, line) for page, line in ((1, 2), (2, 1), (3, 3))] == [2, 3, 12]


def test_an_empty_page_keeps_its_place():
    assert join_pages(["one\n", "", "three\nfour"]) == pdf.PdfText("one\n\nthree\nfour", (1, 2, 3))


def test_two_columns_read_left_then_right():
    read = read_pdf(pdf_bytes([], columns=[[["left one", "left two"], ["right one"]]]))
    assert read.text.split("\n") == ["left one", "left two", "right one"]


def test_a_scanned_pdf_is_refused_with_its_reason():
    with pytest.raises(PdfError, match=r"^no text layer in its 2 pages \(a scanned PDF\?\)"):
        read_pdf(scanned_pdf_bytes(2))


@pytest.mark.parametrize(("data", "reason"), [
    (b"Plain text, not a PDF.", "not a PDF file"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "not a readable PDF"),
    (b"", "not a PDF file"),
])
def test_a_file_that_is_no_pdf_is_refused(data, reason):
    with pytest.raises(PdfError, match=reason):
        read_pdf(data)


def test_an_encrypted_pdf_is_refused():
    pypdf = pytest.importorskip("pypdf", reason="pypdf is a core dependency")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes([["Secret 5%."]]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(PdfError, match="encrypted with a password"):
        read_pdf(out.getvalue())


def test_more_pages_than_the_bound_are_refused(monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    with pytest.raises(PdfError, match=r"refused: 4 pages, more than 3"):
        read_pdf(pdf_bytes([["a"], ["b"], ["c"], ["d"]]))


def test_a_hand_written_pdf_is_read():
    assert read_pdf(minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Workers earned 5%) Tj ET")).text == "Workers earned 5%"


def test_a_decompression_bomb_stream_is_refused():
    # A content stream of 100 KB that inflates to 200 MB, past pypdf's bound of 75 MB on one stream.
    import zlib

    squeeze = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    bomb = b"".join(squeeze.compress(chunk) for _ in range(200)) + squeeze.flush()
    with pytest.raises(PdfError, match=r"refused: a stream inflates past 75,000,000 bytes"):
        read_pdf(minimal_pdf(bomb, b"/Filter /FlateDecode"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_read_or_refused_with_a_reason(data):
    for prefix in (b"", b"%PDF-1.4\n"):
        try:
            read = read_pdf(prefix + data)
        except PdfError as err:
            assert str(err)
        else:
            assert read.page_lines[0] == 1
