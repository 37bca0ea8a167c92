"""Benchmark: the document readers and the sentence splitter on megabyte inputs (moved out of the tests).

Each draft format reads the same megabyte of prose (Markdown, the baseline, first); the PDF reader reads a
report of 100 pages (reportlab, from the test extra, writes it).

Run from the project root:  .venv/bin/python benchmarks/documents.py
"""

from __future__ import annotations

from workload import best

import io

from factlint.documents import Form, iter_passages, read_markdown
from factlint.documents.docx import read_docx
from factlint.documents.pdf import read_pdf
from factlint.documents.sentences import split_sentences

PARAGRAPH = ("Exploited data workers are paid as little as $1.46 an hour after tax, and between "
             "150 and 430 million people do this work worldwide, according to the *World Bank*.\n")
LINES = {
    "a" * 1_000_000: "1 MB of one letter",
    "." * 1_000_000: "1 MB of full stops",
    "a." * 500_000: "500,000 one-letter sentences",
    "Dr. Smith earns $1.46. " * 45_000: "45,000 abbreviation sentences",
    " " * 1_000_000 + "A.": "1 MB of spaces, then a sentence",
}


def main() -> None:
    print(f"{'input':<50} {'seconds':>8} {'MB/s':>7}   was a test limit")
    document = (PARAGRAPH * 4 + "\n") * (1_000_000 // (len(PARAGRAPH) * 4))
    seconds = best(lambda: read_markdown(document))
    print(f"{'read_markdown: 1 MB of prose':<50} {seconds:>8.3f} {len(document) / 1e6 / seconds:>7.2f}   < 2 s")
    paragraphs = document.strip().split("\n\n")
    for label, text in (("html", "".join(f"<p>{p}</p>\n" for p in paragraphs)),
                        ("rst", document),
                        ("mdx", "import X from './x'\n\n" + document)):
        seconds = best(lambda: list(iter_passages(text, Form(label))))
        print(f"{'read ' + label + ': 1 MB of prose':<50} {seconds:>8.3f} {len(text) / 1e6 / seconds:>7.2f}")
    data = _docx(paragraphs)
    seconds = best(lambda: list(iter_passages((d := read_docx(data)).text, Form("docx", d.blocks))))
    print(f"{'read docx: 1 MB of prose (' + format(len(data) // 1024) + ' KB file)':<50} {seconds:>8.3f} "
          f"{len(document) / 1e6 / seconds:>7.2f}")
    pdf = _pdf(100)
    seconds = best(lambda: read_pdf(pdf))
    print(f"{'read_pdf: 100 pages of 40 lines':<50} {seconds:>8.3f} {'':>7}   {100 / seconds:.0f} pages/s")
    for line, label in LINES.items():
        seconds = best(lambda: split_sentences(line))
        print(f"{'split_sentences: ' + label:<50} {seconds:>8.3f} {len(line) / 1e6 / seconds:>7.2f}   < 1 s")


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text.replace("\n", " "))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    words = PARAGRAPH.split()
    for _ in range(pages):
        for k in range(40):
            canvas.setFont("Helvetica", 9)
            canvas.drawString(40, 800 - 19 * k, " ".join(words[(k * 3) % 20:(k * 3) % 20 + 12]))
        canvas.showPage()
    canvas.save()
    return out.getvalue()


if __name__ == "__main__":
    main()
