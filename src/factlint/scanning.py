"""Figures located in a draft: each with its sentence, table context, citations and document span.

Pure: document text in, occurrences out.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.documents import Citation, Passage
from factlint.figures import Figure


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A figure where it stands: `start`/`end` are offsets into the original document."""

    figure: Figure
    start: int
    end: int
    sentence: str
    masked: str  # the sentence with every figure blanked out: values never make a match
    clause: str  # the masked part of the sentence between the neighbouring figures
    context: str  # table header and row, "" outside tables
    header: str
    citations: tuple[Citation, ...]
    lang: str


def scan(text: str, *, markdown: bool = True, lang: str | None = None) -> list[Occurrence]:
    """Every figure in a draft with the sentence it stands in."""
    return scan_document(text, markdown=markdown, lang=lang)[0]


def scan_document(text: str, *, markdown: bool = True,
                  lang: str | None = None) -> tuple[list[Occurrence], list[Citation]]:
    """Every figure in a draft with its sentence, and every citation in the draft."""
    from factlint.documents import read_markdown, read_plain
    from factlint.figures import extract
    from factlint.lang import detect_language
    from factlint.sentences import split_sentences

    passages = read_markdown(text) if markdown else read_plain(text)
    doc_lang = lang or detect_language(" ".join(p.text for p in passages[:200]))
    found: list[Occurrence] = []
    # Keyed by key too: the keys of one `[@a; @b]` share the bracket's offset.
    citations: dict[tuple[int, str, str], Citation] = {}
    for passage in passages:
        for c in passage.citations:
            citations.setdefault((c.offset, c.kind, c.key), c)
        plang = lang or _passage_language(passage, doc_lang, detect_language)
        figures = extract(passage.text, plang)
        if not figures:
            continue
        spans = split_sentences(passage.text) or [(0, len(passage.text))]
        masked_text = mask(passage.text, [(f.start, f.end) for f in figures])
        for k, fig in enumerate(figures):
            s, e = _sentence_of(spans, fig.start, len(passage.text))
            lo = max([s] + [g.end for g in figures[:k] if g.end <= fig.start])
            hi = min([e] + [g.start for g in figures[k + 1:] if g.start >= fig.end])
            cites = tuple(c for c in passage.citations if _cites(c, s, e, spans))
            found.append(Occurrence(
                figure=fig,
                start=passage.source_offset(fig.start),
                end=passage.source_end(fig.end),
                sentence=passage.text[s:e],
                masked=masked_text[s:e],
                clause=masked_text[lo:hi],
                context=passage.context,
                header=passage.header,
                citations=cites,
                lang=plang,
            ))
    found.sort(key=lambda o: o.start)
    return found, sorted(citations.values(), key=lambda c: c.offset)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _passage_language(passage: Passage, doc_lang: str, detect) -> str:
    # Short passages carry too few function words to tell the language; trust the document then.
    if len(passage.text.split()) < 8:
        return doc_lang
    return detect(passage.text)


def _sentence_of(spans: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return 0, length


def _cites(citation: Citation, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """A citation belongs to the sentence whose span holds it, end included (`… tax.[^1]`)."""
    if s <= citation.start <= e:
        return True
    # Between two sentences (after white space): it closes the one before.
    nxt = next((ns for ns, _ in spans if ns > e), None)
    return citation.start > e and (nxt is None or citation.start < nxt)
