"""PDFs and DOCX files written for the tests: text on pages line by line (reportlab), a page without a text
layer (a scan), and Word documents (python-docx)."""

from __future__ import annotations

import io


def pdf_bytes(pages: list[list[str]], *, columns: list[list[list[str]]] | None = None) -> bytes:
    """A PDF of `pages`, each a list of lines drawn top to bottom; `columns`: pages of two columns of lines,
    the left column drawn first."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for lines in pages:
        _lines(canvas, lines, 72, A4[1] - 72)
        canvas.showPage()
    for left, right in columns or []:
        _lines(canvas, left, 72, A4[1] - 72)
        _lines(canvas, right, 320, A4[1] - 72)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _lines(canvas, lines: list[str], x: float, y: float) -> None:
    for line in lines:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(x, y, line)
        y -= 14


def minimal_pdf(content: bytes, stream_keys: bytes = b"") -> bytes:
    """A one-page PDF written by hand around a content stream (`stream_keys`: its /Filter, say), Helvetica as F1."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 << /Type /Font "
               b"/Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>",
               b"<< /Length %d %s >>\nstream\n" % (len(content), stream_keys) + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """A PDF whose pages hold only drawn shapes, as a scan holds only an image: no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for _ in range(pages):
        for k in range(20):
            canvas.rect(72, 100 + 30 * k, 400, 8, fill=1)  # the grey bars of scanned lines
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def docx_bytes(build) -> bytes:
    """A DOCX file: `build` is called with a new python-docx Document to fill."""
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
