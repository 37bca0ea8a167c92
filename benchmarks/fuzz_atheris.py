"""Coverage-guided fuzzing of every text entry point with atheris (not in CI: runs until stopped).

    .venv/bin/pip install atheris
    .venv/bin/python benchmarks/fuzz_atheris.py -max_total_time=600 -max_len=4096

A crash (any exception) or a slow input (-timeout=2, in seconds) is written to a crash-* file to replay.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from factlint.check import matching
    from factlint.documents import read_markdown, read_plain
    from factlint.extract import extract
    from factlint.check.mentions import scan
    from factlint.documents.sentences import split_sentences
    from factlint.text import normalize

STOP = matching.stopwords()


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 7)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    if choice == 0:
        extract(text, "en")
    elif choice == 1:
        extract(text, "nl")
    elif choice == 2:
        read_markdown(text)
    elif choice == 3:
        read_plain(text)
    elif choice == 4:
        split_sentences(text)
    elif choice == 5:
        normalize(text, markup=True)
    elif choice == 6:
        matching.tokens(text, STOP)
    else:
        scan(text)


def main() -> None:
    args = sys.argv + [a for a in ("-timeout=2",) if not any(x.startswith("-timeout") for x in sys.argv)]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
