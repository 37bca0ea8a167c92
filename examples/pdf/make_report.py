"""Writes examples/pdf/report.pdf, the PDF source of this example, with reportlab (pip install reportlab).

The report is made up for the example. Each line below is one line of the PDF's text layer (an empty one is
a gap, no line), so the pointers factlint prints (report.pdf:p2:2) can be checked against this file. Some sentences run over a line break, one
word is broken by a hyphen at a line's end, as in a typeset report. Run it from anywhere:

    python examples/pdf/make_report.py
"""

from __future__ import annotations

from pathlib import Path

PAGES = [
    [
        "Working at a distance: an example report",
        "",
        "This report is made up for factlint's examples. It summarises a survey of",
        "platform workers who label data for machine learning.",
        "",
        "The survey reached 1,240 workers in 12 countries. Respondents earned a",
        "median of $3.20 an hour for labelling work, before platform fees.",
    ],
    [
        "Who does the work",
        "",
        "Women made up 31 per cent of respondents, and 58 per cent of the work-",
        "force held a university degree. Most respondents worked at night.",
        "",
        "About 40% of respondents said they would leave the work within a year.",
    ],
]


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    """A PDF of `pages`, each a list of text lines, drawn top to bottom in Helvetica."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, invariant=1)  # invariant: the same bytes on every run
    for lines in pages:
        y = A4[1] - 72
        for line in lines:
            canvas.setFont("Helvetica", 11)
            canvas.drawString(72, y, line)
            y -= 16
        canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    write_pdf(Path(__file__).with_name("report.pdf"), PAGES)
