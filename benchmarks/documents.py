"""Benchmark: the document reader and the sentence splitter on megabyte inputs (moved out of the tests).

Run from the project root:  .venv/bin/python benchmarks/documents.py
"""

from __future__ import annotations

from workload import best

from factlint.documents import read_markdown
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
    for line, label in LINES.items():
        seconds = best(lambda: split_sentences(line))
        print(f"{'split_sentences: ' + label:<50} {seconds:>8.3f} {len(line) / 1e6 / seconds:>7.2f}   < 1 s")


if __name__ == "__main__":
    main()
