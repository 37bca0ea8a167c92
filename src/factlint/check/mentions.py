"""Figures located in a draft: each with its sentence, table context, citations and document span.

Pure: document text in, occurrences out.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice
from operator import attrgetter, itemgetter

from factlint.check import lexical
from factlint.check.replies import Sentences
from factlint.check.scope import (MAKER_ENDINGS, MEDIA_NOUNS, NAME_WORDS, alternatives, governed, names_in, place_spans,
                                  places_in)
from factlint.check.turning import turns
from factlint.documents import MARKDOWN, Citation, Form, Passage, iter_passages
from factlint.documents.passage import NOWHERE, Surroundings
from factlint.documents.sentences import DASH_SIGN_OFF, DATELINE, split_sentences
from factlint.extract import Figure, extract
from factlint.lang import LANGUAGES, detect_language, frequency, leading_language, lexicon
from factlint.lang.language_names import language_names
from factlint.registry.model import MASKED_GAP, mask
from factlint.text import fold, holds_phrase


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
    # The masked clause cut at clause boundaries around the figure: (text, strong) pairs, where strong
    # means a boundary such as ", and" or ";" rather than a plain comma.
    pieces: tuple[tuple[str, bool], ...] = ()
    previous: str = ""  # the sentence before, when the figure's sentence leans on it ("They were paid …")
    where: Surroundings = NOWHERE  # the headings, list lead-in or table headers the passage stands under
    after: str = ""  # the sentence's text after the figure ("of the world's cobalt")
    # The part of the sentence the figure's statement takes: cut where a strong boundary (", and", ";")
    # starts another ("…, and in Kenya OpenAI's moderators read 250 …"), figures masked.
    statement: str = ""
    near: str = ""  # the statement within the figure's clause: between its neighbouring figures too
    silenced: frozenset[str] = frozenset()  # statuses a disable comment silences here: such a verdict is dropped
    span: tuple[int, int] = (0, 0)  # where the figure stands in `sentence` (and `masked`)
    # The figure's sentence opens its passage: a list's lead-in asks for what its items open with ("Our demands:" over
    # "A floor of $5 an hour. Workers now earn under $2."), not for the evidence after.
    opening: bool = True
    # The figure of the sentence before whose value a figure opening its own sentence repeats ("… earned twelve
    # dollars an hour. Twelve dollars!"): what it is, said again.
    echoes: Figure | None = None
    # A bracket standing alone right after the sentence, as a quotation's source is set: '"77% of consumers want …."
    # (Northfold Research)'.
    credited: str = ""
    # The two sentences before the figure's in its passage (masked, nearest first), whether or not it leans on them:
    # what a body called by its noun may stand for ("Adobe surveyed shoppers. The group's own figures showed …").
    prior: tuple[str, ...] = ()
    # The bodies the draft has described by a noun before the figure's passage, or in it: (noun, folded name) pairs,
    # latest last ("Harlow & Finch, the department store group with 11 shops": ("group", "harlow & finch")).
    described: tuple[tuple[str, str], ...] = ()


def scan(text: str, *, form: Form = MARKDOWN, lang: str | None = None) -> list[Occurrence]:
    """Every figure in a draft with the sentence it stands in."""
    return list(iter_scan(text, form=form, lang=lang))


def iter_scan(text: str, *, form: Form = MARKDOWN, lang: str | None = None) -> Iterator[Occurrence]:
    """scan's occurrences one by one, in document order, reading the draft a passage at a time."""
    return _in_order(_scan_passages(text, form, lang))


DETECT_PASSAGES = 200  # the draft's language is told from its first passages


def _scan_passages(text: str, form: Form, lang: str | None) -> Iterator[tuple[Passage, list[Occurrence]]]:
    """Each passage of a draft with the figures in it, in passage order."""
    passages = iter_passages(text, form)
    first = list(islice(passages, DETECT_PASSAGES))
    doc_lang = lang or detect_language(" ".join(p.text for p in first))
    transcript = is_transcript(first)  # told from its first passages too
    # An interview: a bold paragraph among the first asks a question. Only there is a bold sentence a prompt (_prompt).
    interview = any(p.where.emphasised and p.text.rstrip().endswith("?") for p in first)
    held: tuple[Passage, list[Occurrence]] | None = None  # a heading's figures, waiting for the paragraph under it
    described: tuple[tuple[str, str], ...] = ()
    last: tuple[Passage, list[Figure], tuple[int, int]] | None = None  # a paragraph's last sentence, masked when asked
    read_before = Sentences()  # the sentences with figures read so far, which a reply may quote
    answers = False  # the paragraph before quotes an earlier sentence
    # How deep in block quotes the paragraph before stands: one standing less deep answers it ("> … 77% of consumers
    # …¶Adobe zegt 77 procent, dus dat klopt.")
    quote_depth = 0
    for passage in chain(first, passages):
        plang = lang or _passage_language(passage, doc_lang)
        spans = split_sentences(passage.text) or [(0, len(passage.text))]
        figures = extract(passage.text, plang) if lang or len(spans) == 1 else _extract_by_sentence(
            passage.text, spans, plang, extract)
        if figures and passage.where.kind == "table_header":
            # A header's "(millions)" or "thousands of" names its column's scale, not a figure.
            figures = [f for f in figures if any(c.isdigit() for c in f.text)]
        if passage.where.kind == "heading" and figures and _counts_own_parts(passage.text, figures[0], plang):
            figures = figures[1:]
        if passage.where.kind == "table_cell" and figures and _ROW_NUMBER.fullmatch(passage.text.strip()) and (
                passage.where.column == 0 or passage.where.column_header.strip() in _NUMBER_HEADERS):
            figures = []  # "| 1. | People doing data work … |": a cell of a number and a stop numbers its row
        # (A list's item leans on the item before it as a paragraph does: "- Some of them are paid as little as …")
        paragraph = passage.where.kind in ("paragraph", "list_item")
        # A paragraph's first sentence may lean on the last of the paragraph before it.
        # A transcript's cue that goes on with the sentence of the cue before: it opens in lower case, or, timed, after
        # one with no stop ("… OpenAI hired workers in Kenya¶¶to keep …", "De Wereldbank schat dat wereldwijd¶¶150 …";
        # not after a letter's signature: "**Q: …?** Marta, Leeds¶¶**A:** Time …").
        labels = speaker_labels(passage.text) if transcript else []  # read once for all that follows
        if labels and passage.where.kind == "list_item":
            # "2. PHILIPPINES: The government puts …": a factbox item's place in capitals heads it; no one speaks it.
            labels = [(a, b) for a, b in labels if not _labels_a_place(passage.text[a:b])]
        going_on = transcript and paragraph and last is not None and (
            (not _stops(last[0].text) and _CUE_LABEL.match(passage.text) is not None) or
            _goes_on(passage.text, labels, spans[0][0]))
        carried = _carried(*last, transcript, prompts=interview) if figures and paragraph and last is not None else ""
        local = _appositions(passage.text) if _APPOSITION.search(passage.text) else []
        answering = QUOTATION if answers else BLOCK_QUOTE if quote_depth > passage.where.quoted else 0
        found = _occurrences(passage, figures, spans, plang, carried, labels, going_on,
                             _asked(last, carried) if carried else None, described, local, answering) if figures else []
        # "> under two dollars an hour" in a reply: the words of an earlier sentence, read with it.
        quoted = read_before.quoted(passage.text) if paragraph and figures and len(spans) == 1 else None
        if quoted is not None:
            found = [replace(o, previous=_masked_sentence(*quoted)) for o in found]
        if paragraph and figures:
            # (each sentence holding a figure once, found by the figure's start: a paragraph of many stays linear)
            starts, added = [s for s, _ in spans], -1
            for f in figures:
                k = bisect.bisect_right(starts, f.start) - 1
                if k > added and f.start < spans[k][1]:
                    read_before.add(passage.text[spans[k][0]:spans[k][1]], (passage, figures, spans[k]))
                    added = k
        if local:
            described = (*described, *((noun, name) for _, noun, name in local))[-DESCRIBED:]
        # Such a cue passes on the cues before it with its own words ("… OpenAI hired workers in Kenya¶¶to keep the
        # toxic stuff out of ChatGPT. And they were paid¶¶less …").
        if not (transcript and paragraph and last is not None and _labels_only(passage.text, labels)):
            # (A poster's or speaker's label alone passes on what came before it to what comes under it.)
            last = (passage, figures, spans, labels, last if going_on and _depth(last) < CUES_CARRIED else None) \
                if paragraph else None
            if quoted is not None:
                last = (quoted[0], quoted[1], [quoted[2]], [], None)
            answers = quoted is not None
            quote_depth = passage.where.quoted
        if held is not None:
            # A headline is read with its lede: "# Minder dan 2 dollar per uur voor het vuile werk achter ChatGPT"
            # over "NAIROBI - Keniaanse werkers die ChatGPT … moesten vrijhouden …, kregen …".
            lede = _masked_sentence(passage, figures, spans[0], transcript) \
                if passage.where.kind == "paragraph" else ""  # a list under a heading is no lede
            yield held[0], [replace(o, previous=lede) for o in held[1]] if lede else held[1]
            held = None
        if passage.where.kind == "heading" and found:
            held = (passage, found)
            continue
        yield passage, found
    if held is not None:
        yield held


_COUNT_QUESTIONS = frozenset(tuple(fold(w) for w in q) for language in LANGUAGES.values() for q in language.count_questions)
ANSWERED_SCALE = 10  # a bare answer lies within this factor of the sum asked about ("900 tot 1000" -> "Negentig tot
# honderd"; "Two hundred." after a question of $2 an hour answers something else)


def _asked(last: tuple, carried: str) -> Figure | None:
    """The one sum of the question or bold prompt a paragraph answers (its last sentence, `carried`); None when it
    asks about none, or about more than one."""
    if not (carried.rstrip(_MARKUP).endswith("?") or _prompt(carried)):
        return None
    if holds_phrase([fold(w) for w in _FIRST_WORD.findall(carried)], _COUNT_QUESTIONS):
        return None  # "**Hoeveel van de werknemers die u sprak verdienden 90 tot 100 euro per maand?**": a count asked
    figures, spans = last[1], last[2]
    sums = [f for f in figures if f.start >= spans[-1][0] and f.kind == "money"]
    return sums[0] if len(sums) == 1 else None


def _masked_sentence(passage: Passage, figures: list[Figure], span: tuple[int, int], transcript: bool = False) -> str:
    """A sentence of a passage, its figures masked, and a transcript's speaker labels: a lede a heading leans on, or
    a paragraph's last sentence."""
    start, end = span
    if end - start > CARRIED_CHARS:
        return ""  # a sentence this long is no lede nor one to lean on: a huge paragraph is not copied again
    text = passage.text[start:end]
    return mask(text, [(f.start - start, f.end - start) for f in figures if start <= f.start and f.end <= end]
                + (speaker_labels(text) if transcript else []))


def _carried(passage: Passage, figures: list[Figure], spans: list[tuple[int, int]], labels: list[tuple[int, int]],
             prior: tuple | None = None, transcript: bool = False, prompts: bool = False) -> str:
    """A paragraph's last sentence, masked, for the next paragraph to lean on; a question with the sentence it asks
    about ("**Time reported that … less than $2 an hour. Does that match what you saw?**" over the answer); a cue's
    sentence with the cues before it that it goes on from (`prior`, as _scan_passages keeps them)."""
    last = _masked_sentence(passage, figures, spans[-1], transcript)
    signed = _SIGN_OFF.search(last)
    if len(spans) > 1 and DASH_SIGN_OFF.fullmatch(last):
        # "… laten staan.¶— Roosmarijn Dekeyser (overleg) 1 jul 2024": a paragraph's signature, a sentence of its own
        spans = spans[:-1]
        last = _masked_sentence(passage, figures, spans[-1], transcript)
    elif signed and signed.start() == 0 and len(spans) > 1:
        # "**Q: … Was that before or after tax?** Marta, Leeds": the asker's name, no sentence to lean on
        spans = spans[:-1]
        last = _masked_sentence(passage, figures, spans[-1], transcript)
    elif signed:
        last = last[:signed.start()]
    if transcript:
        # A sentence a cue ends with, with those it leans on or goes on from back to the cue's first, and with the
        # cues before that one goes on from: "… OpenAI hired workers in Kenya¶¶to keep …ChatGPT. And they were paid".
        j, parts = len(spans) - 1, [last]
        while j > 0 and (leans(parts[0], _OPEN.match(parts[0]).end()) or _goes_on(passage.text, labels, spans[j][0])):
            j -= 1
            parts.insert(0, _masked_sentence(passage, figures, spans[j], transcript))
        if j == 0 and prior is not None:
            parts.insert(0, _carried(*prior, transcript))
        return " ".join(parts)[-CARRIED_CHARS:]
    if len(spans) > 1 and last.rstrip(_MARKUP).endswith("?"):
        return _masked_sentence(passage, figures, spans[-2], transcript) + " " + last
    if prompts and passage.where.emphasised and len(spans) == 1 and last:
        return f"{_BOLD}{last}{_BOLD}"  # an interviewer's turn, its bold kept: what answers it leans on it (_prompt)
    return last


QUOTATION, BLOCK_QUOTE = 1, 2  # what a paragraph answers: an earlier sentence repeated word for word, a block quote
CARRIED_CHARS = 2000  # the longest sentence carried to the next passage
CUES_CARRIED = 4  # subtitle cues a sentence is carried across


def _labels_only(text: str, labels: list[tuple[int, int]]) -> bool:
    """Whether a passage is speakers' labels (`labels`) and nothing else ("**u/volt_hobbit**", "Marcus (12:11):")."""
    if len(text) > LABEL_ONLY_CHARS:
        return False
    rest = mask(text, labels)
    return rest != text and not rest.strip(" \t\n*_>")


LABEL_ONLY_CHARS = 200  # the longest passage read as labels alone


def _depth(last: tuple | None) -> int:
    """How many cues a carried sentence already spans."""
    depth = 0
    while last is not None:
        depth, last = depth + 1, last[4]
    return depth

# A text's own parts are few: a heading that opens with a larger count states a quantity.
MAX_OWN_PARTS = 100
_LETTERS = re.compile(r"[^\W\d_]+")


def _counts_own_parts(heading: str, figure: Figure, lang: str) -> bool:
    """Whether a heading's first figure is a bare count of the text's own parts ("# Two cycling capitals",
    "## 5 lessons from Nairobi"), which numbers the article and states nothing a source could back. A heading
    that states a quantity keeps its figure: a scale word ("## 2 million workers left out", words from the
    language tables), a currency, a percentage, a qualifier ("## Over 60 …"), a range, a span of time, or a count too
    large for a text's parts."""
    if figure.kind != "count" or figure.is_range or figure.qualifier != "exact" or heading[:figure.start].strip():
        return False
    if figure.low != int(figure.low) or not 0 < figure.low < MAX_OWN_PARTS:
        return False
    if figure.unit and any(lexical.is_period(key) for key in lexical.keys(fold(figure.unit))):
        return False  # "# Thirty years in the data trade", "## Drie maanden bij een klikwerkbureau": a span of time
    lex = lexicon(lang)
    return not any(word in lex.scales or word in lex.scale_suffixes or word in lex.plural_scales
                   for word in _LETTERS.findall(figure.text.lower()))


def _occurrences(passage: Passage, figures: list[Figure], spans: list[tuple[int, int]],
                 lang: str, carried: str = "", labels: list[tuple[int, int]] | None = None,
                 going_on: bool = False, asked: Figure | None = None,
                 described: tuple[tuple[str, str], ...] = (),
                 local: list[tuple[int, str, str]] | None = None, answers: int = 0) -> list[Occurrence]:
    """The occurrences of a passage's figures; `labels` are its speakers' labels when the draft is a transcript;
    `asked`, the sum of the question or prompt the passage answers; `answers`, what quotation it answers (QUOTATION, BLOCK_QUOTE) or 0."""
    labels = labels or []
    masked_text = mask(passage.text, [(f.start, f.end) for f in figures] + labels)
    # Figures of one sentence share its strings: a draft dense with figures would otherwise hold copies.
    shared: dict[tuple[int, int], tuple[str, str, str, tuple[Citation, ...]]] = {}
    priors: dict[tuple[int, int], tuple[str, ...]] = {}
    heard: dict[tuple[int, int], tuple[tuple[str, str], ...]] = {}
    cited = sorted(passage.citations, key=_START)
    cited_at = [c.start for c in cited]
    # Every strong clause boundary of the passage, found once: a paragraph of thousands of figures is read in
    # time linear in its length, not once per figure.
    strong = sorted([(m.start(), m.end()) for m in _STRONG.finditer(masked_text)]
                    + [(m.start(1), m.end(1)) for m in _OPENING_CLAUSE.finditer(masked_text)]
                    + [(m.start(1), m.end(1)) for m in _RENAMING.finditer(masked_text)])
    starts = [s for s, _ in spans]
    context = passage.context  # made once: the figures of a cell share it
    # "*Maputo, Mozambique.* Data labellers … earn about €90–100 a month here too": a place alone opening a paragraph
    # heads the rest of it, as a heading would.
    labelled = _place_label(passage, spans)
    cuts: dict[tuple[int, int], str] = {}
    out = []
    # Each sentence's first figure (start, end) and last figure's start: a citation between them is one figure's own.
    between: dict[tuple[int, int], tuple[int, int, int]] = {}
    for f in figures if cited else ():
        at = _sentence_of(spans, starts, f.start, len(passage.text))
        first = between.get(at, (f.start, f.end, 0))
        between[at] = (first[0], first[1], f.start)
    for k, fig in enumerate(figures):
        s, e = _sentence_of(spans, starts, fig.start, len(passage.text))
        if (s, e) not in shared:
            shared[s, e] = (passage.text[s:e], masked_text[s:e],
                            _leaned_on(masked_text, spans, _spoken(masked_text, labels, s), lang, carried, going_on,
                                       passage.text, labels, answers),
                            _cited(cited, cited_at, s, e, starts))
        sentence, masked, previous, citations = shared[s, e]
        if (s, e) not in priors:  # (shared by the figures of a sentence, as its strings are)
            at = bisect.bisect_right(starts, s) - 1
            priors[s, e] = tuple(masked_text[a:b] for a, b in reversed(spans[max(0, at - 2):max(0, at)]))
        prior = priors[s, e]
        if local and (s, e) not in heard:  # the bodies described before the figure's sentence, this passage's too
            heard[s, e] = (*described, *((noun, name) for where, noun, name in local if where < s))[-DESCRIBED:]
        known_bodies = heard.get((s, e), described)
        echoed = _echoed(masked_text, spans, starts, figures, k, s)
        if echoed is None and asked is not None and k == 0 and s == starts[0] and fig.kind == "count" and \
                not fig.unit and fig.per is None and _QUALIFYING.issuperset(lexical.words(masked_text[s:fig.start])) \
                and 0 < fig.low and 0 < asked.low and max(mine := fig.low + fig.high, theirs := asked.low + asked.high) \
                <= ANSWERED_SCALE * min(mine, theirs):
            # "**U schrijft: 900 tot 1000 euro per maand.**¶Negentig tot honderd.": a bare answer to a sum asked
            # about is a sum of its currency and period.
            echoed = asked
        if echoed is not None and not previous:
            # Read with the sentence it repeats, and with what that one leans on.
            said = _sentence_of(spans, starts, echoed.start, len(passage.text))
            previous = " ".join(t for t in (shared[said][2], shared[said][1]) if t)
        # The neighbouring figures (figures come in order and do not overlap) bound the figure's clause.
        before, after = (figures[k - 1] if k else None), (figures[k + 1] if k + 1 < len(figures) else None)
        if citations and any(between[s, e][1] <= c.start < between[s, e][2] for c in citations):
            # "… salarissen van zes cijfers[^1], terwijl … 1,46 dollar per uur … krijgen[^2].": each figure's own
            # citations stand after it, before the next figure of its sentence (one before them all is all of theirs).
            upto = after.start if after is not None and after.start < e else len(passage.text)
            citations = tuple(c for c in citations if fig.end <= c.start < upto or c.start < between[s, e][0])
        lo = max(s, before.end) if before is not None and before.end <= fig.start else s
        hi = min(e, after.start) if after is not None and after.start >= fig.end else e
        out.append(Occurrence(
            figure=fig,
            start=passage.source_offset(fig.start),
            end=passage.source_end(fig.end),
            sentence=sentence,
            masked=masked,
            clause=masked if (lo, hi) == (s, e) else masked_text[lo:hi],
            pieces=_pieces(masked_text, lo, hi, fig.start, fig.end),
            context=context,
            header=passage.header,
            citations=citations,
            lang=lang,
            previous=previous,
            where=labelled if labelled is not None and s > spans[0][0] else passage.where,
            after=passage.text[fig.end:min(e, fig.end + AFTER)],
            credited=_credited(passage.text, e),
            prior=prior,
            described=known_bodies,
            span=(fig.start - s, fig.end - s),
            opening=s <= spans[0][0],
            echoes=echoed,
            statement=_statement(masked_text, strong, s, e, fig.start, fig.end, masked, cuts),
            near=_statement(masked_text, strong, lo, hi, fig.start, fig.end),
            silenced=passage.silenced_at(passage.source_offset(fig.start)) if passage.silenced else frozenset(),
        ))
    return out


# A copula right after a figure and no noun phrase after it: the sentence says something of the figure itself ("99
# percent is unacceptable"), not what it measures ("60% is the share of copper in exports", "is Australia's share").
_SPOKEN_OF = re.compile(r"[ \t]+(?i:{})\b(?![ \t]+(?i:{})\b)(?![ \t]+[A-ZÀ-Þ])".format("|".join(
    w for language in LANGUAGES.values() for w in language.cleft_copulas) or "(?!)", "|".join(
    w for language in LANGUAGES.values() for w in (*language.articles, *language.definite_articles))))


def _echoed(masked_text: str, spans: list[tuple[int, int]], starts: list[int], figures: list[Figure], k: int,
            s: int) -> Figure | None:
    """The figure of the sentence before that figure `k`, opening its sentence `s` after at most a qualifier's words,
    repeats: the same kind and value, with no unit or period of its own that differs ("One hundred and fifty, every
    single day." after "… 150 passages a day"); None when it repeats none."""
    fig = figures[k]
    # (or one its sentence says something of after an opening phrase: "For a medical scan, 99 percent is
    # unacceptable." after "… tell a cat from a dog 99 percent of the time")
    spoken_of = fig.kind == "percent" and _SPOKEN_OF.match(masked_text, fig.end) is not None and \
        masked_text.rfind(",", s, fig.start) >= 0
    if fig.per is not None or fig.start - s > NOTHING_CHARS or (k and figures[k - 1].start >= s) or not (
            spoken_of or _QUALIFYING.issuperset(lexical.words(masked_text[s:fig.start]))):
        return None
    at = bisect.bisect_right(starts, s) - 1
    if at <= 0:
        return None
    low = spans[at - 1][0]
    j = k - 1
    while j >= 0 and figures[j].start >= low:
        prior = figures[j]
        if prior.kind == fig.kind and (prior.low, prior.high) == (fig.low, fig.high) and (
                fig.unit is None or fig.unit == prior.unit) and (prior.per is not None or (prior.unit and not fig.unit)
                                                                  or (spoken_of and fig.kind == "percent")):
            return prior
        j -= 1
    return None


def _spoken(masked_text: str, labels: list[tuple[int, int]], start: int) -> int:
    """Where the words of a sentence opening with a speaker's label start: "**De heer Smit (BBB):**¶Het waren er …"
    leans on what was said before, as "Het waren er …" does."""
    k = bisect.bisect_left(labels, (start, start))
    if k == len(labels) or _LABEL_MARKUP.match(masked_text, start).end() < labels[k][0]:
        return start
    return _LABEL_MARKUP.match(masked_text, labels[k][1]).end()


_LABEL_MARKUP = re.compile(r"[ \t\n*_>-]*")


def _place_label(passage: Passage, spans: list[tuple[int, int]]) -> Surroundings | None:
    """The passage's surroundings with its first sentence as a heading, when that sentence is a place's name alone (a
    caption's "*Kolwezi, DR Congo.*") and more follows; None otherwise."""
    # (a list's item too: "- **Amsterdam.** The AI labs along the Zuidas pay …")
    if passage.where.kind not in ("paragraph", "list_item") or len(spans) < 2 or \
            spans[0][1] - spans[0][0] > PLACE_LABEL_CHARS:
        return None
    label = passage.text[spans[0][0]:spans[0][1]]
    found = place_spans(label)
    rest = list(label)
    for a, b, _ in found:
        rest[a:b] = " " * (b - a)
    if not found or any(c.isalnum() for c in rest):
        return None
    if passage.where.kind == "list_item" and passage.where.lead:
        # (and before its list's lead-in, which is read before the headings: "## Europe briefing¶¶- **Madagascar.** …")
        return replace(passage.where, headings=(*passage.where.headings, label), lead=f"{label} {passage.where.lead}")
    return replace(passage.where, headings=(*passage.where.headings, label))


PLACE_LABEL_CHARS = 60  # the longest place label ("*Antananarivo, Madagascar.*")


def speaker_labels(text: str) -> list[tuple[int, int]]:
    """Where a transcript's speaker labels stand ("HOST:", "DE WIT:", "[00:21:14] GAST:", "**De heer Smit (BBB):**"):
    who speaks is no word of what is said, and a role in capitals no organisation."""
    return sorted({(m.start(1), m.end(1)) for pattern in _LABELS for m in pattern.finditer(text)
                   if m.end(1) > m.start(1) and not (pattern is _POSTER_LABEL and _labels_a_place(m.group(2)))})


def _labels_a_place(label: str) -> bool:
    """Whether a label in capitals names a place: a factbox's "* VENEZUELA: Full-time data workers …", "* WORLDWIDE:"
    (a text whose every label does so is no transcript; among speakers, "CHAD:" speaks)."""
    words = label.rstrip(":").strip(" \t*_>-")
    if fold(words) in _WORLD_LABELS:
        return True
    titled = " ".join(w.capitalize() for w in words.split())
    spans = place_spans(titled)
    return len(spans) == 1 and spans[0][0] == 0 and spans[0][1] >= len(titled.rstrip("."))


_WORLD_LABELS = frozenset(fold(w) for language in LANGUAGES.values() for w in (*language.world_words,
                                                                                *language.world_nouns))


def is_transcript(passages: Iterable[Passage]) -> bool:
    """Whether lines open with speaker labels twice at least: a transcript's ("- ILO: 5%" alone is a source's label)."""
    labels = [p.text[a:b] for p in passages for a, b in speaker_labels(p.text)]
    return len(labels) > 1 and not all(_labels_a_place(label) for label in labels)


# Capitals (a role or a surname, up to three words, or a script's "PKG / VO") and a colon opening a line, after any
# markup or time stamp, with a speaker's number ("SPEAKER 2:") or a note in brackets before the colon ("ANCHOR (on
# cam):").
_SPEAKER_LABEL = re.compile(r"^[ \t*_>-]*((?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?[ \t]*(?:[—–-][ \t]*)?)?"
                            r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:[ \t]+|[ \t]*/[ \t]*)){0,2}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*"
                            r"(?:[ \t]+\d{1,2})?(?:[ \t]+\([^()\n]{1,60}\))?:)(?=[ \t*_])", re.MULTILINE)
# A subtitle cue's number and timing ("212¶00:14:03,120 --> 00:14:06,400", "[602.12 --> 606.40]"), a WebVTT voice
# ("<v Speaker 1>"), and a name with the time it speaks at ("Marcus (12:11):"): where a transcript's turns and cues open.
_CUE_LABEL = re.compile(r"^[ \t]*((?:\d{1,6}[ \t]*\n[ \t]*)?\[?[ \t]*\d[\d:.,]*[ \t]*-->[ \t]*\d[\d:.,]*\]?[^\S\n]*"
                        r"(?:[^\s\[\]:]+:[^\s\[\]:]+[^\S\n]*)*\n?[ \t]*(?:<v(?:\.[\w.-]+)?[ \t]+[^<>\n]{1,40}>)?|"
                        r"<v(?:\.[\w.-]+)?[ \t]+[^<>\n]{1,40}>|"
                        r"[A-ZÀ-Þ][^\W\d_]*(?:[ \t]+[A-ZÀ-Þ][^\W\d_]*){0,2}[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\):)",
                        re.MULTILINE)
# A title in any case and a name of capitalised words, any name's lower-case connectors between them ("De minister van
# Economische Zaken:"), with a note in brackets before the colon ("Mevrouw Van Rijn (D66):").
_TITLES = sorted({t for language in LANGUAGES.values() for t in language.speaker_titles}, key=len, reverse=True)
_CONNECTORS = sorted({w for language in LANGUAGES.values() for w in language.name_connectors if w.isalpha()})
_TITLED_LABEL = re.compile(r"^[ \t*_>-]*((?i:" + "|".join(re.escape(t) for t in _TITLES) + r")"
                           r"(?:[ \t]+(?:[A-ZÀ-Þ][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?|"
                           + "|".join(_CONNECTORS) + r")){0,4}(?:[ \t]+\([^()\n]{1,60}\))?:)(?=[ \t*_]|$)",
                           re.MULTILINE)
# A forum's poster: a handle opening a line ("**u/volt_hobbit**", "**u/Kinshasa_kid** · 140 points", "@lena:").
_HANDLE_LABEL = re.compile(r"^[ \t*_>-]*((?:u/|@)[\w.-]{2,40}[*_]*(?::[*_]*|[ \t]*[·•][^\n]{0,40}$|[ \t]*$))",
                           re.MULTILINE)
# A name of two or three capitalised words with its role or firm after a comma ("Joost Mulder, Rijnstaete Securities:",
# "Miguel Santos, CEO:"), as a call's transcript names its speakers.
_AFFILIATED_LABEL = re.compile(r"^[ \t*_>-]*((?:[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*[ \t]+){1,2}"
                               r"[A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*,[ \t]+[^:,\n]{2,40}:)(?=[ \t*_]|$)",
                               re.MULTILINE)
# A person's name as a signature writes it ("J. de Vries"), and a town after it ("Bury St Edmunds").
_NAME_WORD_PATTERN = r"[A-ZÀ-Þ][\w.'’-]*"
_PERSON = r"{w}(?:[ \t]+(?:{w}|{c}))*".format(w=_NAME_WORD_PATTERN, c="|".join(sorted(
    {w for language in LANGUAGES.values() for w in language.name_connectors if w.isalpha()})))
_TOWN = rf"{_NAME_WORD_PATTERN}(?:[ \t]+{_NAME_WORD_PATTERN}){{0,3}}"
# A commenter's name in bold, with a town, then the time of the comment: "**Kees Wouters, Tilburg** · 07:58"; a post's
# or an alert's sender and its time, said relatively too, after any symbol: "🔔 **Nieuwsband** · 09:14", "**Kazi Post** ·
# 2h ago".
_STAMP_WORDS = "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.stamp_words},
                               key=len, reverse=True)) or "(?!)"
_COMMENTER_LABEL = re.compile(rf"^[^\w\n]{{0,12}}?({_PERSON}(?:,[ \t]+{_TOWN})?[*_]*[ \t]*[·•][ \t]*"
                              rf"(?:\d{{1,2}}[:.]\d{{2}}[^\n]{{0,30}}"
                              rf"|[^\n]{{0,16}}\b(?i:{_STAMP_WORDS})\b[^\n]{{0,12}})$)", re.MULTILINE)
# A letter's or a question's sign-off after its last sentence: a name, a comma and a town ("Colin Ashworth, Bury St
# Edmunds", "J. de Vries, Zwolle").
_SIGN_OFF = re.compile(rf"(?:^|(?<=[.!?]))[*_]*[ \t]*{_PERSON},[ \t]+{_TOWN}[ \t]*$")
# A chat export's line: its date and time, or its time in brackets, and the poster's name ("[14/03/24, 21:05] Otieno:",
# "[03-04-2024 19:05] Rafael:", "14/03/2024, 21:05 - Wanjiru K:", "[21:12] Sanne:"); a live blog's bare or bold time
# before a word and a colon ("**14:32** Nairobi:") labels a place or topic, no speaker.
_CLOCK_SUFFIXES = "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.clock_suffixes},
                                  key=len, reverse=True)) or "(?!)"
_CHAT_STAMP = rf"\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:[ \t]*(?i:{_CLOCK_SUFFIXES}))?"
_CHAT_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+"
# In brackets, or a date and time before a dash ("14/03/2024, 21:05 - Wanjiru K:"): a dated live-blog line
# ("12.03.2024 14:32 Nairobi: …") labels a place.
_CHAT_LABEL = re.compile(rf"^[ \t>]*((?:\[(?:{_CHAT_DATE})?{_CHAT_STAMP}\][ \t]*(?:[—–-][ \t]*)?|{_CHAT_DATE}{_CHAT_STAMP}"
                         r"[ \t]*[—–-][ \t]*)[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}:)(?=[ \t])", re.MULTILINE)
# A chat's poster in bold or italics and the time of the message, alone on its line: "**Ruth A.** 15:11".
# (markup read or not: a passage's text has none; a place with a time is a live blog's line: "Nairobi 14:32")
_POSTER_LABEL = re.compile(rf"^[ \t>]*[*_]*(({_PERSON})[*_]*[ \t]+{_CHAT_STAMP})[ \t]*$", re.MULTILINE)
_LABELS = (_SPEAKER_LABEL, _TITLED_LABEL, _CUE_LABEL, _HANDLE_LABEL, _AFFILIATED_LABEL, _COMMENTER_LABEL, _CHAT_LABEL,
           _POSTER_LABEL)
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]")  # a table cell that numbers its row: "1.", "12)"
_NUMBER_HEADERS = frozenset({"#", "№"})  # a column of row numbers under a sign (a word's header is a language's)
LEANING = frozenset(w for language in LANGUAGES.values() for w in language.leaning_words)
_SUBJECTS = frozenset(w for language in LANGUAGES.values() for w in language.subject_pronouns)
_THIRD_PERSONS = frozenset(w for language in LANGUAGES.values() for w in language.third_person_subjects)
_CLAUSE_LEADS = frozenset(w for language in LANGUAGES.values() for w in language.reported_clause_leads)
_REFERRING = frozenset(p for language in LANGUAGES.values() for p in language.referring_phrases)
_REFERRING_FIRST = frozenset(p[0] for p in _REFERRING)
_REFERRING_NOUNS = frozenset(w for language in LANGUAGES.values() for w in language.referring_nouns)
_FIGURE_NOUNS = frozenset(w for language in LANGUAGES.values() for w in language.figure_nouns)
_NATIONAL = frozenset(w for language in LANGUAGES.values() for w in language.national_adjectives)
_DEFINITE = frozenset(w for language in LANGUAGES.values() for w in language.definite_articles)
_REFERRING_DETERMINERS = frozenset(w for language in LANGUAGES.values() for w in language.referring_determiners)
_DEMONSTRATIVES = frozenset(w for language in LANGUAGES.values() for w in language.demonstratives)
_POINTING = _DEFINITE | _DEMONSTRATIVES
GROUP_WITHIN = 14  # words of a sentence's opening a group named back may stand in ("Volgens … kregen de werkers")
_OTHER = frozenset(w for language in LANGUAGES.values() for w in language.other_words)
# As written and folded: "enquête", "enquete".
_ORIGINS = frozenset(v for language in LANGUAGES.values() for w in language.origin_words for v in (w, fold(w)))
_OF = frozenset(w for language in LANGUAGES.values() for w in (*language.linking_words, *language.place_prepositions,
                                                                *language.comparison_words,
                                                                *(p[-1] for p in language.comparison_openers)))
_DEFINING = _OF | frozenset(w for language in LANGUAGES.values()
                            for w in (*language.clause_relatives, *language.complementisers))
_OBJECTS = frozenset(w for language in LANGUAGES.values() for w in language.object_pronouns)
_GROUP_PRONOUNS = frozenset(w for language in LANGUAGES.values() for w in language.group_pronouns)
_GROUP_QUANTIFIERS = frozenset(w for language in LANGUAGES.values() for w in language.group_quantifiers)
_LINKING = frozenset(w for language in LANGUAGES.values() for w in language.linking_words)
# Openers that take a pronoun as their object ("according to", "volgens"), not those a name follows ("says").
_ATTRIBUTING = frozenset(p for language in LANGUAGES.values() for p in language.attribution_openers
                         if p[-1] not in language.speech_words and p[-1] not in language.reporting_words)
_ASIDE = re.compile(r",[ \t]+(?:{})\b[^,;:.!?\n]{{1,100}},".format("|".join(sorted(
    {w for language in LANGUAGES.values() for w in (*language.aside_leads, *language.clause_relatives)}))),
    re.IGNORECASE)
REFERRING_WITHIN = 10  # words of a sentence's opening a reference back may stand in: "Casilli quotes the same …"
REPORTED_WITHIN = 4  # words a reported clause may open after: "Time found they …", "The study says that they …"
# and a third person's, after a longer subject: "The American weekly Time revealed that they …" (not "One reader pointed
# out that we …": the writer stands for no one before)
REPORTED_THIRD_WITHIN = 6
REPORTED_THAT_WITHIN = 8  # and after "that", an adverb before it too: "Het weekblad Time onthulde eerder dat zij …"


def leans(text: str, start: int = 0) -> bool:
    """Whether the sentence or clause at text[start:] leans on what came before: it opens with a word that does
    ("They were paid …", "There, …"), or its reported clause opens with a subject pronoun ("Time found they …")."""
    first = _FIRST_WORD.search(text, start, start + 40)
    if first is not None and first.start() - start <= 3 and (phrase := _ADVERB_PHRASE.match(text, first.start())):
        # "In fact it is over 60%": an adverb of words, then what leans.
        return re.split("['’]", phrase.group(1).lower())[0] in LEANING
    if first is not None and first.start() - start <= 3 and first.group().lower() in _SENTENCE_ADVERBS:
        # "Today it's two million.", "Meanwhile, they …": an adverb opening the sentence, then what leans.
        second = _FIRST_WORD.search(text, first.end(), first.end() + 6)
        return second is not None and second.start() - first.end() <= 3 and \
            re.split("['’]", second.group().lower())[0] in LEANING  # "it's"
    if first is not None and first.start() - start <= 3 and first.group().lower() in _ANDS:
        # "And they had to read …", "'En ze moesten …'": a sentence going on from the one before by its pronoun.
        second = _FIRST_WORD.match(text, first.end() + 1)
        # "En het ging om 150 tekstfragmenten per dag": so by a pronoun standing for what was said before.
        return second is not None and (second.group().lower() in _SUBJECTS or second.group().lower() in _FIGURE_PRONOUNS)
    return first is not None and first.start() - start <= 3 and not _cleft(text, first) and (
        first.group().lower() in LEANING or _reported_pronoun(text, first.start()) or _refers(text, start)
        or _pronoun_in_subject(text, first) or _attributed_pronoun(text, first) or turns(text, start))


def _cleft(text: str, first: re.Match[str]) -> bool:
    """Whether the sentence is a cleft, whose "it" stands for nothing said before: "It was OpenAI that hired …", "Het
    is dus Congo, niet Rwanda, dat …"."""
    if first.group().lower() not in _FIGURE_PRONOUNS:
        return False
    words = list(itertools.islice(_FIRST_WORD.finditer(text, first.end(), first.end() + INVERTED_CHARS), CLEFT_WITHIN))
    if not words or words[0].group().lower() not in _CLEFT_COPULAS:
        return False
    for k, word in enumerate(words[1:], 1):
        if word.group().lower() in _CLEFT_RELATIVES:
            # A name, not a noun phrase: "It was a Kenyan contract that paid …" is the thing named before.
            return any(w.group()[:1].isupper() for w in words[1:k]) and not any(
                w.group().lower() in _DETERMINERS for w in words[1:k]) and not _CLEFT_BREAKS.intersection(
                text[words[0].end():word.start()])
    return False


_DETERMINERS = frozenset(w for language in LANGUAGES.values() for w in language.determiners)
_CLEFT_COPULAS = frozenset(w for language in LANGUAGES.values() for w in language.cleft_copulas)
_CLEFT_BREAKS = frozenset(":;?!.")  # no cleft reaches past them
CLEFT_WITHIN = 8  # words from the cleft's verb to its relative: "is dus Congo, niet Rwanda, dat"
_CLEFT_RELATIVES = frozenset(w for language in LANGUAGES.values()
                             for w in (*language.complementisers, *language.clause_relatives))


def _attributed_pronoun(text: str, first: re.Match[str]) -> bool:
    """Whether an opening attribution is followed by a pronoun or demonstrative standing for the figure named before:
    "According to a blog about AI, it is even over 60 percent", "Volgens een blog over AI is het zelfs ruim 60 procent",
    "Volgens het Time-onderzoek was dat minder dan 2 dollar per uur"."""
    if first.group().lower() not in _ATTRIBUTION_FIRST:
        return False
    words = list(itertools.islice(_FIRST_WORD.finditer(text, first.start(), first.start() + INVERTED_CHARS),
                                  ATTRIBUTION_WITHIN))
    if not any(tuple(m.group().lower() for m in words[:len(p)]) == p for p in _ATTRIBUTING):
        return False
    return any((word.group().lower() in _FIGURE_PRONOUNS or word.group().lower() in _FIGURE_DEMONSTRATIVES) and (
        text[prev.end():word.start()].strip() == "," or prev.group().lower() in AUXILIARIES)
        for prev, word in itertools.pairwise(words))


_ATTRIBUTION_FIRST = frozenset(p[0] for p in _ATTRIBUTING)
_FIGURE_PRONOUNS = frozenset(w for language in LANGUAGES.values() for w in language.figure_pronouns)
_FIGURE_DEMONSTRATIVES = frozenset(w for language in LANGUAGES.values() for w in language.figure_demonstratives)
AUXILIARIES = frozenset(w for language in LANGUAGES.values() for w in language.auxiliary_verbs)
ATTRIBUTION_WITHIN = 12  # words an opening attribution and the pronoun after it stand within


def _pronoun_in_subject(text: str, first: re.Match[str]) -> bool:
    """Whether a definite subject naming a text or a study has a clause holding a third person's pronoun: "The
    Flemish article he was quoted in says …", "Het artikel waarin hij werd geciteerd …" (he is the one named before;
    not "The Venezuelans they met", a group of its own)."""
    if first.group().lower() not in _DEFINITE:
        return False
    words = [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(text, first.end(), first.end() + 60),
                                                         SUBJECT_PRONOUN_WITHIN)]
    at = next((k for k, w in enumerate(words) if w in _THIRD_PERSONS), 0)
    return at > 0 and not _TEXT_NOUNS.isdisjoint(words[:at])


_TEXT_NOUNS = MEDIA_NOUNS | NAME_WORDS.origins
SUBJECT_PRONOUN_WITHIN = 4  # words after a subject's article its clause's pronoun stands within


_PARTITIVES = frozenset(w for language in LANGUAGES.values() for w in language.partitive_pronouns)
_ANDS = frozenset(w for language in LANGUAGES.values() for w in language.and_words)
_SENTENCE_ADVERBS = frozenset(w for language in LANGUAGES.values() for w in language.sentence_adverbs)
_ADVERB_PHRASE = re.compile(r"(?i:{})\b,?[ \t]+([\w'’]+)".format("|".join(sorted(
    {r"[ \t]+".join(map(re.escape, p)) for language in LANGUAGES.values() for p in language.adverb_phrases},
    key=len, reverse=True)) or "(?!)"))


def _names_next(text: str, start: int) -> bool:
    """Whether the third word of the sentence at `start` is capitalised: "Het aandeel Adobe" is a stock's."""
    third = list(itertools.islice(_FIRST_WORD.finditer(text, start, start + 80), 3))
    return len(third) == 3 and third[2].group()[:1].isupper()


def _refers(text: str, start: int) -> bool:
    """Whether the sentence's first words refer back ("the same institution"), or it opens with a definite noun
    of a figure ("The figure is …", "Het aantal …")."""
    # Every sentence of a draft is read so: each test below first asks, of the whole set of its words at once, for
    # the word it turns on (a definite article and a noun of a figure, a referring word, a quantifier, a
    # demonstrative), and most sentences have none of them.
    words = [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(text, start, start + 120),
                                                         REFERRING_WITHIN + 1)]
    opened = text[start:start + 200]
    if "," in text[start:start + 120]:
        # The words after an aside are the sentence's opening too: "The study, as quoted in …, puts it at 77%".
        opening, asides = _ASIDE.subn(" , ", text[start:start + 200], count=1)
        if asides:
            words += [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(opening, 0, 120),
                                                                  REFERRING_WITHIN + 1)]
            opened = opening
    if _whose_figure(opened):
        return True  # "Time's figure, as the Flemish piece reports it, is less than $2 an hour", "Amara's version, …"
    if len(words) > 1 and words[0] in _DEFINITE and (
            words[1] in _REFERRING_NOUNS or (len(words) > 2 and words[2] in _REFERRING_NOUNS)) and \
            not _names_next(text, start):
        return True  # "The share is …", "The upper bound, 430 million, …"
    if (named := _SOURCES_FIGURE_AS.search(opened)) is not None and _a_source(named):
        # "… repeated the Time figure as 'less than $2 a day'", "had given Casilli's figure as €90–100 a week": a
        # source's figure, named before, restated by whoever gives it
        return True
    if not _FIGURE_NOUNS.isdisjoint(words) and (named := _FIGURE_AS.search(opened)) is not None and \
            not names_in(opened[:named.start()]):
        # "A committee member recalled the figure as '10 million photos'": the figure named before, restated (not
        # "Remotasks gives the figure as 2 million", a body's own)
        return True
    if not (_FIGURE_NOUNS.isdisjoint(words) and _REFERRING_NOUNS.isdisjoint(words)) and _names_a_figure_back(
            words, national=_NATIONAL.isdisjoint(words) or not places_in(opened)):
        return True  # "Counsel for the platform suggested the Malagasy figure was nearer …"
    if not _REFERRING_FIRST.isdisjoint(words) and any(
            w in _REFERRING_FIRST and ((w, nxt) in _REFERRING or (w, "") in _REFERRING)
            for w, nxt in zip(words, words[1:])):
        return True
    if not _REFERRING_DETERMINERS.isdisjoint(words) and any(
            w in _REFERRING_DETERMINERS and nxt in _REFERRING_NOUNS for w, nxt in zip(words, words[1:])):
        # "Een andere weergave van die schatting komt uit op …", "Its share has since climbed to …" (not a name's
        # genitive: "by the World Bank's count, …" names its own source).
        return True
    # "Volgens Time kregen de werkers minder dan …", "These workers earn …": a group named before, by a general noun.
    found = list(itertools.islice(_FIRST_WORD.finditer(text, start, start + 160), GROUP_WITHIN))
    group = [m.group().lower() for m in found]
    held = frozenset(group)
    # Not one a clause or phrase after it says which ("the people who label the data", "the workers in Kenya"), nor
    # the figure's own noun phrase ("tussen de 150 en 430 miljoen mensen", its figure masked between).
    if not _POINTING.isdisjoint(held) and any(
            w in _POINTING and not lexical.GENERAL_PEOPLE.isdisjoint(lexical.keys(nxt)) and after not in _DEFINING
            and MASKED_GAP not in text[m.end():n.start()] and not _beside_self(text, start, m.start(), n.end())
            for w, nxt, after, m, n in zip(group, group[1:], [*group[2:], ""], found, found[1:])):
        return True
    if len(group) > 2 and group[0] in _DEFINITE and lexical.populations(group[1]) and group[2] not in _DEFINING \
            and not _names_next(text, start):
        return True  # "The labelers took home …": a sentence opening with its group named by the article
    if not _GROUP_QUANTIFIERS.isdisjoint(held) and any(
            q in _GROUP_QUANTIFIERS and w in _LINKING and nxt in _GROUP_PRONOUNS
            for q, w, nxt in zip(group, group[1:], group[2:])) and MASKED_GAP not in text[start:_partitive_end(text, start)]:
        return True  # "sommigen van hen", "many of them", "each of them": a part of a group named before (not "… 28
        # million people live there, many of them …" or "All 412 of them …", the figure's own group)
    if len(group) > 3 and group[0] in _DEFINITE and group[2] in _LINKING and group[3] in _GROUP_PRONOUNS:
        return True  # "The cheapest of them are paid …", "De armsten van hen": a part of a group named before
    # "As Time revealed, those moderators took home …": a demonstrative names back any group, unless it follows one
    # as a relative does ("mensen die klikwerk doen").
    return not _DEMONSTRATIVES.isdisjoint(held) and any(
        w in _DEMONSTRATIVES and lexical.populations(nxt) and after not in _DEFINING
        and not lexical.names_people(before)
        for before, w, nxt, after in zip(["", *group], group, group[1:], [*group[2:], ""]))


# A definite noun of a figure, a word naming it as what follows, and the figure (masked): "recalled the figure as …".
_FIGURE_AS = re.compile(r"\b(?:{})[ \t]+(?:{})[ \t]+(?:{})[ \t\"“'‘]*{}".format(
    "|".join(sorted(_DEFINITE)), "|".join(sorted(_FIGURE_NOUNS)),
    "|".join(sorted({w for language in LANGUAGES.values() for w in language.renaming_as})) or "(?!)",
    re.escape(MASKED_GAP)), re.IGNORECASE)


# A noun of a figure a name says whose it is, before it ("the Time figure", "dat Adobe-cijfer", "Casilli's figure") or
# after it ("het cijfer van Casilli"), named as the figure after it (masked), a qualifier's words between ("as 'less than …'").
_NAME = r"[A-ZÀ-Þ][\w-]*(?:[ \t]+[A-ZÀ-Þ][\w-]*){0,2}"
_SOURCES_FIGURE_AS = re.compile(r"(?:\b(?i:{d})[ \t]+(?P<a>{n})(?:[ \t]+|-)(?i:{f})|\b(?P<b>{n})['’]s?[ \t]+(?i:{f})|"
                                r"\b(?i:{d})[ \t]+(?i:{f})[ \t]+(?i:{o})[ \t]+(?P<c>{n}))[ \t]+(?i:{a})[ \t\"“'‘]*(?:[^\W\d_]+[ \t]+){{0,2}}{g}".format(
    d="|".join(sorted(_DEFINITE | _FIGURE_DEMONSTRATIVES)), f="|".join(sorted(_FIGURE_NOUNS)), n=_NAME,
    o="|".join(sorted({w for language in LANGUAGES.values() for w in language.linking_words})) or "(?!)",
    a="|".join(sorted({w for language in LANGUAGES.values() for w in language.renaming_as})) or "(?!)",
    g=re.escape(MASKED_GAP)))


# ... closing the words before a figure, the figure masked after them.
_SOURCES_FIGURE_AS_END = re.compile(_SOURCES_FIGURE_AS.pattern + r"\Z")


def restated_source(before: str) -> str:
    """The name whose figure the words before a figure say it restates ("Time" in "… repeated the Time figure as",
    "Casilli" in "had given Casilli's figure as"); "" when they name none so."""
    m = _SOURCES_FIGURE_AS_END.search(before[-RESTATED_CHARS:] + MASKED_GAP)
    return _source_named(m) if m is not None and _a_source(m) else ""


def _source_named(m: re.Match[str]) -> str:
    """The name a match of _SOURCES_FIGURE_AS says the figure is of, before or after the figure's noun."""
    return m.group("a") or m.group("b") or m.group("c")


def _a_source(m: re.Match[str]) -> bool:
    """Whether the name a figure's noun is said to be of names a source: not a place or its people ("the Kenya figure",
    "the Philippine figure": a place's figure), nor a date's word ("the March figure")."""
    name = _source_named(m)
    return not places_in(name) and fold(name) not in NAME_WORDS.months


RESTATED_CHARS = 80  # characters before a figure read for the source's figure it restates


def _beside_self(text: str, start: int, at: int, end: int) -> bool:
    """Whether the group whose article is at `at` and noun ends at `end` is set beside the writers' own pronoun as an
    aside closed by a comma: "Voor ons, het winkelpersoneel, ligt …" says who they are (not "To us, the workers' pay
    …", nor "Like us, the workers had unions")."""
    m = _BESIDE_SELF.search(text, max(start, at - BESIDE_CHARS), at)
    return m is not None and _ASIDE_CLOSED.match(text, end) is not None and not _LIKENESS_END.search(
        text, max(start, m.start() - BESIDE_CHARS), m.start())


BESIDE_CHARS = 12  # characters before a group read for the pronoun it stands beside, and before that for a likeness
# The writers' own pronoun and a comma: a group after it says who they are ("Voor ons, het winkelpersoneel, …").
_BESIDE_SELF = re.compile(r"\b(?:{})[ \t]*,[ \t]*$".format("|".join(sorted({w for language in LANGUAGES.values() for w in (
    *language.first_person_pronouns, *language.first_person_objects)}, key=len, reverse=True)) or "(?!)"), re.IGNORECASE)
_ASIDE_CLOSED = re.compile(r"[^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*,")  # the group's words, then the comma
_LIKENESS_END = re.compile(r"\b(?:{})[ \t]*$".format("|".join(sorted({" ".join(p) for language in LANGUAGES.values()
                                                                   for p in language.comparison_openers}, key=len,
                                                                  reverse=True)) or "(?!)"), re.IGNORECASE)
# Qualifiers of two words ("naar schatting"): a figure noun in one qualifies a figure, it names none.
_QUALIFYING_PAIRS = frozenset(tuple(fold(w) for w in phrase) for language in LANGUAGES.values()
                              for phrase in language.qualifiers if isinstance(phrase, tuple) and len(phrase) == 2)


def _whose_figure(text: str) -> bool:
    """Whether `text`, a sentence's opening, names whose figure or version of one it gives, then a copula or the figure
    set beside it: "Time's figure … is less than $2 an hour", "Amara's alternative, 'as many as 400 million', …", "Het
    cijfer van Time is …" say what the figure named before is, not what it measures."""
    found = list(itertools.islice(_FIRST_WORD.finditer(text, 0, 120), WHOSE_FIGURE_WORDS))
    folded = [m.group().lower() for m in found]
    if len(folded) > 2 and folded[0].endswith(("'s", "’s")) and folded[1] in _WHOSE_NOUNS:
        return folded[2] in _CLEFT_COPULAS or text[found[1].end():found[2].start()].strip().startswith(",")
    if len(folded) > 3 and folded[0] in _DEFINITE and folded[1] in _WHOSE_NOUNS and folded[2] in _LINKING:
        for k in range(3, len(folded)):
            if folded[k] in _CLEFT_COPULAS or text[found[k - 1].end():found[k].start()].strip().startswith(","):
                return k > 3 and any(m.group()[:1].isupper() for m in found[3:k])
    return False


WHOSE_FIGURE_WORDS = 7  # "Het cijfer van de Wereldbank zelf is": a name of up to three words, and the copula
_WHOSE_NOUNS = _FIGURE_NOUNS | frozenset(w for language in LANGUAGES.values() for w in language.rendering_nouns)


def _names_a_figure_back(words: list[str], *, national: bool = True) -> bool:
    """Whether lower-case `words` hold a definite noun of a figure, with at most an adjective between, or one that
    refers back after a place's adjective, that no "of" phrase says whose it is: "the Malagasy figure", "het cijfer",
    "the Congolese share", "the national total" (not "the bank's estimate", "the figure of 2m", "the share of"; nor
    "the nationwide pay" when `national` is false, its sentence naming a place of its own)."""
    for k, word in enumerate(words[:-1]):
        if word not in _DEFINITE:
            continue
        at = k + 1 if words[k + 1] in _FIGURE_NOUNS else k + 2 if (
            k + 2 < len(words) and words[k + 2] in _FIGURE_NOUNS and not words[k + 1].endswith(("'s", "’s"))
            and (words[k + 1], words[k + 2]) not in _QUALIFYING_PAIRS) else 0  # "de naar schatting 100 … klikwerkers"
        if not at and k + 2 < len(words) and words[k + 2] in _REFERRING_NOUNS and (
                (national and words[k + 1] in _NATIONAL) or places_in(words[k + 1].capitalize())):
            at = k + 2  # "the Congolese share", "het Keniaanse loon", "the national total": a place's figure, named before
        if at and (at + 1 == len(words) or words[at + 1] not in _OF):
            return True
    return False


def _partitive_end(text: str, start: int) -> int:
    """Where the word after the first group quantifier among the first words of the sentence at `start` ends ("of"
    in "many of them"): a figure before it is the group's own count."""
    words = list(itertools.islice(_FIRST_WORD.finditer(text, start, start + 160), GROUP_WITHIN))
    return next((nxt.end() for m, nxt in zip(words, words[1:]) if m.group().lower() in _GROUP_QUANTIFIERS), start)


def _reported_pronoun(text: str, at: int) -> bool:
    """Whether a clause opening with a subject pronoun follows within the sentence's first words: after a word
    that leads a reported clause ("Time found they …") or after an opening phrase's comma ("According to Time,
    they took home …")."""
    found = list(itertools.islice(_FIRST_WORD.finditer(text, at, at + INVERTED_CHARS), INVERTED_WITHIN + 1))
    if _PRONOUNS.isdisjoint(m.group().lower() for m in found[1:]):
        return False  # no subject pronoun among them (most sentences): the loop below returns only at one
    # "Volgens (het weekblad) Time kregen zij …": what an opening attribution names up to the verb before the pronoun is
    # the source, not a subject before it ("Volgens Time betaalde OpenAI ze …" has one).
    opener = next((len(p) for p in _ATTRIBUTING if tuple(m.group().lower() for m in found[:len(p)]) == p), 0)
    for k, (prev, word) in enumerate(zip(found, found[1:])):
        # (further in, only after a subject naming no people: "A poll of drivers found that they …" are the drivers)
        # (furthest in, after "that" only: "…, zei ze: …" is who said it, "In his lecture in the Academy building, he
        # said …" the speaker)
        if (k < REPORTED_WITHIN or (k < REPORTED_THAT_WITHIN and word.group().lower() in _THIRD_PERSONS
                                    and (k < REPORTED_THIRD_WITHIN or prev.group().lower() in NAME_WORDS.complementisers) and not any(
                lexical.names_people(w.group().lower()) for w in found[:k]))) and \
                word.group().lower() in _SUBJECTS and (
                prev.group().lower() in _CLAUSE_LEADS or text[prev.end():word.start()].strip() == ","):
            return True
        if word.group().lower() in _THIRD_PERSONS and (k or prev.group().islower()) and k < INVERTED_WITHIN and \
                not any((w.group()[:1].isupper() and j and not (opener and opener <= j < k))
                        or lexical.names_people(w.group().lower()) for j, w in enumerate(found[:k + 1])):
            return True  # "Elke dag moesten ze …", "…, en lazen ze …": a subject after an opening adverbial or verb
    return False


_PRONOUNS = _SUBJECTS | _THIRD_PERSONS
INVERTED_WITHIN = 8  # words a subject pronoun may follow an opening adverbial and its verb within ("Voor een
# uurloon van nog geen twee dollar lazen ze …")
INVERTED_CHARS = 120  # and characters
_SPAN_END = itemgetter(1)
_START = attrgetter("start")


def _leaned_on(masked_text: str, spans: list[tuple[int, int]], start: int, lang: str, carried: str = "",
               going_on: bool = False, text: str = "", labels: list[tuple[int, int]] | None = None,
               answers: int = 0) -> str:
    """The sentence before the one starting at `start`, when that one leans on it: it opens with a word that does
    ("They were paid …"), says "volgens hem", names a name back ("de bank") or another source ("Another poll");
    "" otherwise. Figures masked, as in the sentence."""
    # The last sentence ending by `start` (spans are sorted and disjoint), found without listing the ones before.
    k = bisect.bisect_right(spans, start, key=_SPAN_END) - 1
    own = spans[k + 1][0] if k + 1 < len(spans) else start
    if (k < 0 and going_on and carried) or (text and (k >= 0 or carried) and _goes_on(text, labels or [], own)):
        # "00:21:10.480 --> …¶less than two dollars an hour.": the rest of the sentence before.
        return masked_text[spans[k][0]:spans[k][1]] if k >= 0 else carried
    if k + 2 < len(spans) and stands_alone(masked_text[spans[k + 1][0]:spans[k + 1][1]]) and not (
            k >= 0 and masked_text[spans[k][0]:spans[k][1]].rstrip(_MARKUP).endswith("?")) and not (
            k < 0 and (carried.rstrip(_MARKUP).endswith("?") or _prompt(carried))) and not (
            after := masked_text[spans[k + 2][0]:spans[k + 2][1]]).rstrip(_MARKUP).endswith("?") and (
            k < 0 or leans(after)):
        # "**1,46 dollar.** Meer hielden sommige datawerkers na belasting niet over …": a figure standing alone as a
        # lead-in is read with the sentence after it, which says what it is. An answer still leans on its question,
        # and an echo on what it echoes ("Two million! And what do they earn?" asks something new). Within a
        # paragraph, only when the sentence after points back to it ("That's what …"); otherwise it answers the
        # sentence before ("Time told us what they were paid. Less than two dollars an hour. Less than …").
        return after
    if k < 0:
        # A paragraph's first sentence leans on the last of the paragraph before ("… kobalt uit Congo.¶ Dat land
        # levert ongeveer de helft …"), as a sentence does on the one before it.
        end = spans[0][1] if spans else len(masked_text)
        words = masked_text[start:max(start, masked_text.find(MASKED_GAP, start, end))]
        if answers and carried and (_named_by(words, carried) or _unnamed(words) and (
                answers == QUOTATION or _about_the_quote(masked_text[start:end], carried))):
            # What answers a quotation leans on the sentence it quotes when it names the quotation's own place or body
            # before its figure, and none other ("> … aldus een recent onderzoek van Adobe.¶¶Kan: Adobe zegt 77
            # procent"; not "In Madagascar it was about …", nor "The World Bank counts …"), or names none: whatever
            # its words, of an earlier sentence repeated word for word ("> under two dollars an hour¶¶Pretty sure it
            # was more like $4 an hour"), or sharing a word with a block quote or bringing no rare word of its own
            # ("> … werken tienduizenden jongeren …¶¶In de bron staat duizenden jongeren", "Klopt niet: duizenden";
            # not "Onze eigen slaagkans bij het examen was 85 procent").
            return carried
        return carried if carried and _leaning(masked_text, start, end, carried) else ""
    before = masked_text[spans[k][0]:spans[k][1]]
    end = spans[k + 1][1] if k + 1 < len(spans) else len(masked_text)  # its own, after a speaker's label too
    alone = stands_alone(masked_text[start:end])  # and not read with the sentence after (above): it answers this one
    if not alone and not _leaning(masked_text, start, end, before):
        return ""
    earlier = masked_text[spans[k - 1][0]:spans[k - 1][1]] if k else carried
    passes = (says_nothing(before) and not _opens_with_own(masked_text, start)) or rates(before) or (alone and (
        leans(before) or (text and _goes_on(text, labels or [], spans[k][0])))) or _pronouns_go_on(
        masked_text[start:end], before)
    if passes or ((earlier.rstrip(_MARKUP).endswith("?") or _follow_up(before, k > 0)) and _bare_answer(before)
                  and not speaks_for_self(masked_text, start)):
        # "An Adobe study found that … Perhaps they do. But would that share stay above 70 per cent …?", "…¶
        # Verdict: Wrong. Time found the workers took home …": a sentence before that says nothing of its own passes
        # on the one before it, the paragraph before's last when it opens its own. So does one that leans on it in
        # turn, to a figure standing alone, which has no words of its own: "Remember the Kenyan workers OpenAI hired?
        # Time told us what they were paid. Less than two dollars an hour." So does a short answer naming nothing, its
        # question: "Was Venezuela any different? Not so much, in euros. People there were on …"; and a short question
        # naming nothing, what it follows up: "… zegt de Keniaanse oud-moderator. En het loon? 'It's less than …'".
        return earlier + " " + before if earlier else before
    return before


def _named_by(words: str, quoted: str) -> bool:
    """Whether words name a place, organisation or person, and none but those `quoted` names."""
    places = places_in(words)
    names = {name for _, _, name in names_in(words)}
    return bool(places or names) and places <= places_in(quoted) and names <= {name for _, _, name in names_in(quoted)}


def _about_the_quote(sentence: str, quoted: str) -> bool:
    """Whether a sentence holds a content word of `quoted` (or a paraphrase of one: "researchers", "onderzoekers"), or
    no rare word of its own ("Pretty sure it was more like …"; not "Onze eigen slaagkans bij het examen was …")."""
    theirs = {key for word in lexical.words(quoted[-CARRIED_CHARS:]) for key in lexical.keys(word)}
    ours = [(word, lexical.keys(word)) for word in lexical.words(sentence[:CARRIED_CHARS])]
    return any(not theirs.isdisjoint(keys) for _, keys in ours) or all(
        frequency.zipf(word) >= OWN_WORD_ZIPF for word, _ in ours)


OWN_WORD_ZIPF = 4.5  # below it a word is rare enough to say what a reply is about ("examen" 4.3; "closer" 4.7)


def _unnamed(words: str) -> bool:
    """Whether words name no place and no organisation or person."""
    return not places_in(words) and not names_in(words)


def _pronouns_go_on(sentence: str, before: str) -> bool:
    """Whether a person's pronoun goes on from a sentence that only leans by one in turn: "Joseph worked in Nairobi, …
    He remembers reading 200 passages a day. For all that, he and his colleagues took home …" reads back to Joseph (not
    past a sentence naming a place or a name: "Then he went to Venezuela. He says workers there earned …")."""
    return _third_person_opens(sentence) and _third_person_opens(before) and leans(before) and \
        not places_in(before) and not names_in(before)


def _third_person_opens(sentence: str) -> bool:
    """Whether a third person's subject pronoun stands among a sentence's first words ("He remembers …", "For all
    that, he and his colleagues …")."""
    return not _THIRD_PERSONS.isdisjoint(m.group().lower() for m in itertools.islice(
        _FIRST_WORD.finditer(sentence, 0, INVERTED_CHARS), THIRD_OPENS_WITHIN))


THIRD_OPENS_WITHIN = 5  # words of a sentence's opening its third person's pronoun stands within


def _opens_with_own(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens with a possessive and "own" ("Its own reporting found …", "Hun eigen
    telling …"): it is of the one the sentence before names, not of what that one passes on."""
    words = [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(text, start, start + OWNED_CHARS), 3)]
    return any(w in _OWN for w in words[1:3])


OWNED_CHARS = 40  # characters of a sentence's opening read for "its own"


def owned_study(head: str, within: int = 2) -> bool:
    """Whether a sentence's opening names a third person's own study ("Ook in zijn eigen klantenonderzoek …", "In its
    own survey, …"): the study of the one the sentence before is about (not "their own pay")."""
    words = [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(head, 0, OWNED_CHARS), OWNED_WORDS + 2)]
    # (the study's noun right after "own", or after a word or two more: "its own customer survey", "her own chain's
    # shopper panel")
    return any(w in _THEIRS and v in _OWN and any(_a_study(n) for n in words[k + 2:k + 2 + within])
               for k, (w, v) in enumerate(itertools.pairwise(words)))


def anothers_own_study(text: str) -> tuple[int, str]:
    """Where `text` names the own study of a body it calls by a common noun ("the group's own loyalty-card survey", "het
    eigen klantenonderzoek van de winkelketen"): the article's offset and the noun, folded; (-1, "") when none. Not
    "Adobe's own survey" (a name), "her own survey" (a pronoun), a person's or a place's ("the country's own"), nor
    one any organisation is called ("the company's own figures")."""
    # (a clause's opening only: a figure of a long sentence reads no more of it than the next, a paragraph of masked
    # figures with no word among them included)
    found = list(islice(_FIRST_WORD.finditer(text, 0, OPENING_CHARS), OWNER_AT + OWNED_STUDY_WORDS + 4))
    for k in range(1, min(len(found) - 1, OWNER_AT + 1)):
        word, low = found[k].group(), found[k].group().lower()
        if found[k - 1].group().lower() not in _DEFINITE:
            continue
        if any(w.group().lower() in _SETTING_APART for w in found[:k - 1]):
            break  # "Unlike the union's own survey, a recent estimate …": the figure is not that study's
        study = next((j for j in range(k + 1, min(len(found), k + 1 + OWNED_STUDY_WORDS))
                      if _a_study(found[j].group().lower())), 0)
        owner = ""
        if word[:1].islower() and found[k + 1].group().lower() in _OWN and study > k + 1 and low.endswith(_SAYS):
            owner = low[:-2]  # "the group's own … survey"
        elif low in _OWN and study and study + 3 < len(found) and found[study + 1].group().lower() in _LINKING and \
                found[study + 2].group().lower() in _DEFINITE and found[study + 3].group()[:1].islower():
            owner = found[study + 3].group().lower()  # "het eigen onderzoek van de bond"
        # (any organisation may be called "the company": Adobe's own survey, the sentence before having named Adobe)
        if owner and not lexical.names_people(owner) and fold(owner) not in _PLACE_WORDS and \
                owner not in ORGANISATION_NOUNS:
            return found[k - 1].start(), fold(owner)
    return -1, ""


OWNED_STUDY_WORDS = 4  # words after "own" its study's noun stands within ("own loyalty-card survey")
OPENING_CHARS = 400  # characters of a clause's opening read for a body's own study
OWNER_AT = 3  # words of a clause's opening the owner's noun stands within ("According to the union's own survey")
# Words that set what follows against the study: "unlike", "while", "anders dan", "terwijl".
_SETTING_APART = frozenset(w for language in LANGUAGES.values() for w in (
    *language.clause_subordinators, *language.than_words,
    # (an opener's first word, or its second after "in": "in contrast to", not "In the retailer's own survey")
    *(o[1] if o[0] in language.in_words and len(o) > 1 else o[0] for o in language.comparison_openers)))
_SAYS = ("'s", "’s")
# A place named by its noun owns what its government counts: "by the country's own estimate".
_PLACE_WORDS = frozenset(fold(w) for language in LANGUAGES.values()
                         for w in (*language.paraphrases.get("country", ()), *language.place_nouns))


def owns_a_study(text: str, end: int) -> bool:
    """Whether the name ending at `end` is given a study of its own right after it: "an Adobe study", "Adobe's
    survey" (whose contrast a body's "own" study is)."""
    words = list(islice(_FIRST_WORD.finditer(text, end), STUDY_AFTER_NAME))
    return bool(words) and words[0].start() - end <= 1 and any(_a_study(w.group().lower()) for w in words)


STUDY_AFTER_NAME = 2  # words after a name its study's noun stands within ("Adobe's 2023 survey" has none: a year)


def _own_study_noun(word: str) -> bool:
    """Whether a word is a study's noun, alone or closing a compound of a word of its own ("klantenonderzoek",
    "ledenpeiling"; not "onderschatting", a prefix's)."""
    if word in _ORIGINS:
        return True
    return any(len(o) >= STUDY_TAIL and word.endswith(o) and len(head := word[:-len(o)].rstrip("-")) >= STUDY_HEAD
               and head not in _PREPOSITIONS for o in _ORIGINS)


STUDY_HEAD = 4  # letters the first part of a study's compound has at least ("leden-", "klanten-"; not "mis-")
_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.prepositions)


def _a_study(word: str) -> bool:
    """Whether a word is a study's noun, alone or closing a compound ("klantenonderzoek")."""
    return word in _ORIGINS or any(len(o) >= STUDY_TAIL and word.endswith(o) for o in _ORIGINS)


OWNED_WORDS = 5  # words of a sentence's opening read for a third person's "own"
STUDY_TAIL = 5  # letters a study's noun needs to close a compound ("onderzoek", not "data")
_THEIRS = frozenset(w for language in LANGUAGES.values() for w in language.third_person_possessives)


def _prompt(paragraph_end: str) -> bool:
    """Whether the last sentence of a paragraph is an interviewer's prompt, a bold paragraph of its own ("**Adobe's
    research says roughly three in four consumers want it.**"): what answers it leans on it, as on a question."""
    text = paragraph_end.strip()
    # A sentence, ending on its stop: a bold line without one is a heading or a label ("**Feitenkader**").
    return len(text) > 2 * len(_BOLD) and text.startswith(_BOLD) and text.endswith(_BOLD) and \
        _BOLD not in text[2:-2] and text[:-len(_BOLD)].rstrip("\"'”’ ").endswith(_STOPS)


_BOLD = "**"


def _leaning(masked_text: str, start: int, end: int, before: str) -> bool:
    """Whether the sentence at masked_text[start:end] leans on the sentence `before` it (see _leaned_on)."""
    if leans(masked_text, start) or ((before.rstrip(_MARKUP).endswith("?") or (start == 0 and _prompt(before)))
                                     and not masked_text[start:end].rstrip(_MARKUP).endswith("?")):
        # "They were paid …"; an answer after its question ("**How much did they earn?** Less than …") or after an
        # interviewer's prompt ("**Adobe's research says roughly three in four …**¶Seventy-seven per cent, …").
        return True
    if DATELINE.match(masked_text, start) and not before.rstrip(_MARKUP).endswith(_STOPS):
        return True  # "**Oracle poll: shoppers want it personal**¶NEW YORK (Reuters) - …": a brief's title
    colon = masked_text.find(":", start, min(end, start + COLON_REACH))
    if colon > 0 and leans(masked_text, colon + 1):
        return True  # "The essay she named says the opposite: such workers are paid …"
    head = masked_text[start:min(end, start + NAMES_BACK_REACH)]
    opening = [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(head), 2)]
    if len(opening) == 2 and opening[0] in _LINKING and opening[1] in _PARTITIVES and not head[:1].isalpha():
        return True  # "[77 percent] of them said the same": a share of those the sentence before names
    # "Wie daar fulltime werkte, …": the place is the sentence before's; "Perhaps it is [80%]." says nothing.
    first = _first_clause(masked_text, start, end)
    if came_to(first):
        # A body coming to a value gives its own finding on the measure of a sentence naming a body too ("Oracle's poll
        # found 60%. Adobe came to 77%.") or none, with no value ("Consumers want it personalised. Adobe comes to
        # 77%."), not on another value's fact ("Congo produces over 60% of the world's cobalt. Adobe came to 77%.");
        # a place's does on either.
        return not names_in(first) or bool(names_in(before)) or MASKED_GAP not in before.lstrip()
    return bool(pronoun_speaks(masked_text[start:end]) or another_source(head) or named_back(head, before)
                or points_there(head) or says_nothing(first)
                or echoes_noun(head, before) or owned_study(head) or _said_by_one_named_back(masked_text, start, end,
                                                                                          before))


def _said_by_one_named_back(text: str, start: int, end: int, before: str) -> bool:
    """Whether the sentence closes with an attribution to a body of the sentence before, named back by its kind:
    "…, the agency said on Tuesday", "…, zegt het bureau"."""
    comma = text.rfind(",", max(start, end - ATTRIBUTION_TAIL_CHARS), end)
    if comma < 0:
        return False
    tail = text[comma + 1:end]
    return not _REPORTS.isdisjoint(w.lower() for w in _FIRST_WORD.findall(tail)) and bool(named_back(tail, before))


ATTRIBUTION_TAIL_CHARS = 60  # characters of a sentence's closing attribution ("…, the agency said on Tuesday.")


def _goes_on(text: str, labels: list[tuple[int, int]], start: int) -> bool:
    """Whether the sentence at text[start:] (unmasked) opens with a lower-case letter after any speaker's label: one a
    subtitle's cue or a line cut goes on with, no sentence of its own."""
    return _CONTINUES.match(text, _spoken(text, labels, start)) is not None


def _stops(text: str) -> bool:
    """Whether a text ends its last sentence: a stop, perhaps inside closing quotes or markup."""
    return text.rstrip(_MARKUP + "\"'”’)]").endswith(_STOPS)


_STOPS = (".", "!", "?", "…", ":")
_CONTINUES = re.compile(r"[ \t\n]*[^\W\d_A-ZÀ-Þ]")
_OPEN = re.compile(r"[ \t\n]*")


def _first_clause(text: str, start: int, end: int) -> str:
    """The sentence at text[start:end] up to a semicolon, or a comma closing its first figure's clause: "The source
    says over 60%; designer to fix.", "Baert zei 10 miljard, graag opnieuw inspreken." say nothing of their own
    before it."""
    semicolon = text.find(";", start, end)
    end = semicolon + 1 if semicolon >= 0 else end
    gap = text.find(MASKED_GAP, start, end)
    if gap >= 0 and not _REPORTS.isdisjoint(fold(w) for w in _FIRST_WORD.findall(text, start, gap)):
        # (who reports it before the figure: not "'Negentig tot honderd euro per maand,' zegt ze …", "Less than two
        # dollars, to read 150 passages a day")
        after = end - len(text[gap:end].lstrip(" "))  # past the figure's blanks
        if text.startswith(",", after):
            return text[start:after + 1]
    return text[start:end]


def echoes_noun(sentence: str, before: str) -> bool:
    """Whether `sentence`'s subject names back, with a demonstrative, a noun of the sentence `before` it ("these
    freelancers" after "… as freelancers for Remotasks"), or with a definite article one it brought in with an
    indefinite one ("The article" after "… from an article on …"). Only as the subject: opening the sentence, or
    right after an opening phrase's comma ("According to a local report, these freelancers …"), not "who feed those
    models"."""
    comma = sentence.find(",", 0, NAMES_BACK_REACH)
    starts = [0, comma + 1] if comma > 0 else [0]
    # Or after an attribution opening the sentence: "According to the survey, 77% …" after "Gartner published a survey
    # of shoppers in May" names Gartner's survey back.
    opening = list(islice(_FIRST_WORD.finditer(sentence, 0, NAMES_BACK_REACH), ATTRIBUTION_OPENER_WORDS))
    lowered = tuple(m.group().lower() for m in opening)
    starts += [opening[len(p) - 1].end() for p in _ATTRIBUTING if lowered[:len(p)] == p]
    for start in starts:
        three = [m.group() for m in islice(_FIRST_WORD.finditer(sentence, start, NAMES_BACK_REACH), 3)]
        pair = three[:2]
        named = len(three) == 3 and three[2][:1].isupper()  # "Het onderzoek The Limits of …" names its own
        if len(pair) == 2 and len(noun := pair[1]) >= HEAD_LETTERS and noun.lower() not in _STOPWORDS and \
                sentence[start:].lstrip()[:1].isalpha() and (
                (pair[0].lower() in _DEMONSTRATIVES and re.search(rf"\b{re.escape(noun)}\b", before, re.IGNORECASE))
                or (pair[0].lower() in _DEFINITE and noun.islower() and not named  # "The Bank": named_back
                    and noun in _introduced(before))):
            return True
    return False


ATTRIBUTION_OPENER_WORDS = 3  # words of the longest attribution opener ("as cited in")


def _introduced(before: str) -> set[str]:
    """The words a sentence brings in with an indefinite article, a few words between ("… from an article on the
    exploited labour …": "article", "on", "the"): "The article gives $1.46 an hour." names one back."""
    return {w for m in _INTRODUCED.finditer(before) for w in m.group(1).split()}


# Looked ahead of, so that an article among the words is an article too: "an article on a study".
_INTRODUCED = re.compile(r"(?i:\b(?:{})\b)(?=((?:[ \t]+[^\W\d_]+){{1,3}}))".format(
    "|".join(sorted({w for language in LANGUAGES.values() for w in language.articles}, key=len, reverse=True))))


def says_nothing(sentence: str) -> bool:
    """Whether a sentence has no words of its own to be read on: "Perhaps they do.", "Maybe it is [80%].", or is a
    bare report, names and a reporting verb, of what the sentence before counts ("Time reported [150] a day.")."""
    if len(sentence) > NOTHING_CHARS:
        return False
    words = [w for w in lexical.words(sentence) if w not in _HEDGES]
    if len(words) < NOTHING_WORDS:
        return True  # "Perhaps they do.", "Seventy-seven percent, I think."
    if len(words) == 1 and _remark(sentence, words[0]):
        return True  # "And garbled.", "Klopt.": a remark on what came before
    gap = sentence.rfind(MASKED_GAP)
    counted = _FIRST_WORD.search(sentence, gap + len(MASKED_GAP)) if gap >= 0 else None
    if counted is not None and not sentence[gap:counted.start()].strip() and all(
            w == fold(counted.group()) or lexical.is_period(w) for w in words):
        return True  # "150 teksten per dag!!": a figure and what it counts, of what the sentence before is about
    names = {_POSSESSIVE.sub("", fold(w)) for w in _NAME_WORD.findall(sentence)}  # "Time's reporting says …"
    # The reporting verb may be a stop word ("said"): looked for among all the sentence's words. A qualifier's words
    # are the figure's ("Time's reporting says less than [$2 an hour]").
    return any(fold(w) in _REPORTS for w in _FIRST_WORD.findall(sentence)) and all(
        w in names or w in _REPORTS or w in _SOURCE_NOUNS or w in _QUALIFYING or lexical.is_period(w) for w in words)


def came_to(sentence: str) -> bool:
    """Whether a sentence names only who came to a value ("Adobe kwam eerder op ruim driekwart", "Zambia came to
    10%"): what it measures is elided, the sentence before's."""
    if len(sentence) > NOTHING_CHARS or _RESULTS.isdisjoint(fold(w) for w in _FIRST_WORD.findall(sentence)):
        return False
    names = {_POSSESSIVE.sub("", fold(w)) for w in _NAME_WORD.findall(sentence)}
    return all(w in names or w in _RESULTS or w in _QUALIFYING or w in _SENTENCE_ADVERBS or lexical.is_period(w)
               for w in lexical.words(sentence) if w not in _HEDGES)


_POSSESSIVE = re.compile(r"['’]s?$")


def _remark(sentence: str, word: str) -> bool:
    """Whether a sentence of one word of its own is a remark on what came before, no name: not a place, a group of
    people, a name written as one ("OpenAI."), a figure, nor a question."""
    written = _FIRST_WORD.findall(sentence)
    # (a speaker's label blanked before it is no masked figure: "ACHIENG: That's just wrong.")
    if MASKED_GAP in sentence.lstrip() or len(written) > REMARK_WORDS or places_in(sentence) \
            or lexical.populations(word) or sentence.rstrip(_MARKUP).endswith("?"):  # "Did you know?" opens one
        return False
    own = next((w for w in written if fold(w) == word), "")
    # Capitalised only as the sentence's first word: "And Sama." names one.
    return (own.islower() or (own == written[0] and own[1:].islower())) and not lexical.names_people(word)


REMARK_WORDS = 3  # words, stop words too, of a sentence that remarks on the one before ("And garbled.", "Of course.")

_HEDGES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.hedge_words)
_NAME_WORD = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*")
# A source named by what it is says nothing of what it counts either: "The post it cites says over 60%."
_SOURCE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.origin_words, *language.media_nouns))
_RESULTS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.result_verbs)
_REPORTS = frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.reporting_words, *language.speech_words, *language.mention_words, *language.evidence_words))


def _bare_answer(sentence: str) -> bool:
    """Whether a sentence is a short reply that names no place and no name: "Not so much, in euros.", "Less,
    actually." (an answer that names its own, "Not in Madagascar.", says what it is of)."""
    if len(sentence) > NOTHING_CHARS:
        return False
    words = _FIRST_WORD.findall(sentence)
    return len(words) <= ANSWER_WORDS and not any(w[:1].isupper() for w in words[1:]) and not places_in(sentence)


ANSWER_WORDS = 6  # words of a reply that passes on its question


def _follow_up(sentence: str, within: bool = False) -> bool:
    """Whether a sentence is a question going on from the one before it: "And the pay?", "En het loon?", or, `within`
    its paragraph, one asking about a person or people named before by a pronoun ("Hij was een van de Keniaanse
    moderatoren … Hoeveel hij verdiende?"; a question opening a paragraph, an FAQ's, asks afresh)."""
    if not sentence.rstrip(_MARKUP).endswith("?"):
        return False
    first = _FIRST_WORD.search(sentence, 0, 40)
    if first is not None and first.group().lower() in _ANDS:
        return True
    if not within:
        return False
    words = [w.lower() for w in _FIRST_WORD.findall(sentence, 0, NOTHING_CHARS)]
    return len(words) <= ANSWER_WORDS and not _THIRD_PERSONS.isdisjoint(words)


def speaks_for_self(text: str, start: int = 0) -> bool:
    """Whether the sentence at `start` opens with a first-person subject ("We processed …"): a speaker's own, which
    the question put to them does not say."""
    first = _FIRST_WORD.search(text, start, start + 40)
    return first is not None and fold(first.group()) in FIRST_PERSONS


FIRST_PERSONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.first_person_pronouns)


def stands_alone(sentence: str) -> bool:
    """Whether a sentence is its figures alone, with at most a qualifier's words: "**$1.46 an hour.**", "Less than
    $2 per hour." ("Perhaps it is [80%]." refers back), or after a label that names nothing ("Key number: 150.")."""
    if len(sentence) > NOTHING_CHARS:
        return False
    label, colon, rest = sentence.partition(":")
    if colon and _names_nothing(label):
        sentence = rest
    return _QUALIFYING.issuperset(lexical.words(sentence)) and LEANING.isdisjoint(
        w.lower() for w in _FIRST_WORD.findall(sentence))


def _names_nothing(label: str) -> bool:
    """Whether a label is a few words that name no place and no name: "Cijfer van de week", "Key number"."""
    words = _FIRST_WORD.findall(label)
    return 0 < len(words) <= LABEL_WORDS and not any(w[:1].isupper() for w in words[1:]) and not places_in(label)


LABEL_WORDS = 4  # words of a label before a figure standing alone: "Cijfer van de week"


# The words of the languages' qualifiers: "As little as $1.46/hr." is a figure alone.
_QUALIFYING = frozenset(fold(w) for language in LANGUAGES.values()
                        for table in (language.qualifiers, language.trailing_qualifiers) for phrase in table
                        for w in phrase)


NOTHING_CHARS = 80  # a longer sentence says something
NOTHING_WORDS = 1  # content words a sentence that says something has at least


def rates(sentence: str) -> bool:
    """Whether a sentence is a rating that says nothing of what it rates: a label and one word ("Verdict: Wrong.",
    "Oordeel: onjuist."), or the word alone when it names no place ("Onjuist."; "Kenya." answers where)."""
    label, colon, rest = sentence.partition(":")
    if not colon:
        words = _FIRST_WORD.findall(sentence)
        return len(words) == 1 and not places_in(words[0])
    return 0 < len(_FIRST_WORD.findall(label)) <= RATING_LABEL_WORDS and len(_FIRST_WORD.findall(rest)) == 1


RATING_LABEL_WORDS = 3  # words of a rating's label ("Our verdict", "Het oordeel van Nieuwscheckers" is a source)


_MARKUP = " \t\n*_\"'”’"  # emphasis and quotes that may close a question
COLON_REACH = 160  # characters of a sentence a colon before a leaning clause stands within


def points_there(text: str, *, after_noun: bool = False) -> bool:
    """Whether a statement points to a place with a pronoun among its first words ("ook daar werken …"), or, with
    `after_noun`, later after what it places there ("young people there logging on"; not "there are …")."""
    # Within a bounded reach: a paragraph of figures and no words is thousands of statements long.
    words = [fold(m.group()) for m in itertools.islice(_FIRST_WORD.finditer(text, 0, THERE_CHARS),
                                                       THERE_REACH + 1 if after_noun else THERE_WITHIN + 1)]
    if PLACE_POINTERS.isdisjoint(words) and _THERE_AFTER.isdisjoint(words):
        return False  # no place pronoun (most statements): the pairs below need one
    return any(w in PLACE_POINTERS and (k < THERE_WITHIN or (after_noun and nxt not in _EXISTENTIAL
                                                     and words[k - 1] not in _STOPWORDS))
               or (w in _THERE_AFTER and 1 < k <= THERE_WITHIN and words[k - 1] not in _STOPWORDS
                   and nxt not in _EXISTENTIAL)
               for k, (w, nxt) in enumerate(zip(words, [*words[1:], ""])))


def place_noun_at(text: str) -> tuple[str, int]:
    """The kind of place ("city", "part", "country") a sentence's opening names back by its noun after an article or a
    demonstrative ("the city's", "dat land"), and where the noun stands; ("", -1) when none (nor for "the city of
    Manila", which names its own)."""
    words = list(islice(_FIRST_WORD.finditer(text, 0, PLACE_BACK_CHARS), PLACE_BACK_WITHIN + 1))
    folded = [re.sub("['’]s$", "", fold(m.group())) for m in words]
    if _PLACE_BACK_NOUNS.isdisjoint(folded):
        return "", -1  # (most sentences name no place by its noun)
    for k in range(1, len(words)):
        if folded[k] in _PLACE_BACK_NOUNS and fold(words[k - 1].group()) in _PLACE_POINTING and \
                not text[words[k - 1].end():words[k].start()].strip() and (
                words[k].group().endswith(("'s", "’s")) or k + 1 == len(words) or folded[k + 1] not in _OF):
            return ("country" if folded[k] in _COUNTRY_NOUNS else "city" if folded[k] in _CITY_NOUNS else "part",
                    words[k].start())
    return "", -1


_PLACE_POINTING = _POINTING | frozenset(w for language in LANGUAGES.values() for w in language.referring_determiners
                                       if w not in language.possessives)  # "the", "that", "deze" (not "its")
_CITY_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.city_nouns)
_COUNTRY_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.paraphrases.get("country", ()))
_PLACE_BACK_NOUNS = _COUNTRY_NOUNS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_nouns)
PLACE_BACK_WITHIN = 8  # words of a sentence's opening a place's noun naming it back stands within
PLACE_BACK_CHARS = 120  # characters those words are read within


PLACE_POINTERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_pronouns)
_THERE_AFTER = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_pronouns_after)
_EXISTENTIAL = frozenset(fold(w) for language in LANGUAGES.values() for w in language.existential_verbs)
_STOPWORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.stopwords)
THERE_WITHIN = 4  # words of a statement a place pronoun stands within
THERE_REACH = 30  # and words read for one after a noun
THERE_CHARS = 400  # characters those words are read within


NAMED_BACK_WITHIN = 5  # words a sentence's subject naming a name back opens within: "A year earlier, the fund"
HEAD_BACK_WITHIN = 12  # words a name's head naming it back stands within: "… met Antonio Casilli wordt de bank"
NAMES_BACK_REACH = 400  # characters of a sentence read for a name of the sentence before


def pronoun_speaks(sentence: str) -> bool:
    """Whether the sentence attributes what it says to a pronoun: "volgens hem", "according to her". Who that is,
    the sentence before says. ("…, he said" is left alone: leaning on every such sentence made more errors.)"""
    words = [w.lower() for w in _FIRST_WORD.findall(sentence)]
    if _OBJECTS.isdisjoint(words):
        return False  # no object pronoun (most sentences): nothing below can hold one
    return any(b in _OBJECTS and any(tuple(words[max(0, k + 1 - len(p)):k + 1]) == p for p in _ATTRIBUTING)
               for k, (a, b) in enumerate(itertools.pairwise(words)))


def another_body(clause: str) -> bool:
    """Whether a clause names a body as another one, unnamed: "moderators who worked for another US tech company",
    "voor een ander Amerikaans techbedrijf" (a word of another, then a body's noun or a compound ending in one)."""
    first = _FIRST_WORD.search(clause)
    if first is not None and first.group().lower() in _TIME_CONJUNCTIONS and "," in clause:
        clause = clause[clause.index(",", first.end()) + 1:]  # "After another company left Nairobi, …": its time
    words = [m.group().lower() for m in _FIRST_WORD.finditer(clause)]
    return not _OTHER.isdisjoint(words) and any(
        w in _OTHER and any(_body_noun(n) for n in words[k + 1:k + 1 + OTHER_WITHIN]) for k, w in enumerate(words))


def peoples_origin(clause: str) -> bool:
    """Whether a clause names a study or a government by a people's or a language's adjective alone: "A Welsh survey
    found …", "According to Basque estimates, …", "Volgens Vlaams onderzoek …", "The Galician regional government
    says …" (of no body the claim names; not "a Flemish report", which may be the press's, nor "French AI firms",
    whom workers work for)."""
    words = _FIRST_WORD.findall(clause)
    return any(w[:1].isupper() and fold(w) in language_names() and any(
        fold(nxt) in _STUDY_ORIGINS or governed(nxt)
        for nxt in words[k + 1:k + 1 + OTHER_WITHIN]) for k, w in enumerate(words))


# (not one that may be the press's piece or describe the next noun: "a Flemish report", "those Malagasy data workers")
_STUDY_ORIGINS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.origin_words) - frozenset(
    fold(w) for language in LANGUAGES.values() for w in (*language.media_nouns, *language.loose_origin_words))


def _body_noun(word: str) -> bool:
    """Whether a word is a body's noun, singular or plural, or a compound ending in one ("techbedrijf", "bedrijven")."""
    return COMPANY in lexical.keys(word) or any(
        word in (noun, noun + "s") or (len(noun) >= BODY_TAIL and word.endswith(noun)) for noun in ORGANISATION_NOUNS)


_TIME_CONJUNCTIONS = frozenset(w for language in LANGUAGES.values() for w in language.time_conjunctions)
COMPANY = "@company"  # the paraphrase class of "company", "firm", "bedrijf" and their compounds
BODY_TAIL = 5  # letters a body's noun needs to be read at a compound's end ("bedrijf", not "firm" in "infirm")


def another_source(sentence: str) -> bool:
    """Whether the sentence gives its figure another source than the sentence before: "Another poll found …",
    "Een ander onderzoek komt op …"."""
    words = [m.group().lower() for m in itertools.islice(_FIRST_WORD.finditer(sentence), OTHER_AT + OTHER_WITHIN + 1)]
    return any(w in _OTHER and not _ORIGINS.isdisjoint(words[k + 1:k + 1 + OTHER_WITHIN])
               for k, w in enumerate(words[:OTHER_AT + 1]))


def own_source(words_before: str) -> bool:
    """Whether the words before a figure give it the writer's own source: "Our own 2024 shopper panel found that …",
    "Uit ons eigen onderzoek blijkt dat …", "We reached it with a method of our own", "met een eigen methode"."""
    words_before = words_before[-OWN_CHARS:]  # bounded: a statement of many figures is read once per figure
    found = list(_FIRST_WORD.finditer(words_before))
    words = [fold(m.group()) for m in found]
    # (a study's noun alone or closing a compound: "Uit ons eigen klantenonderzoek blijkt dat …"; not when another's
    # study is named after it, before the figure: "Naast ons eigen klantenonderzoek keken we naar een recente studie
    # van Adobe, waaruit blijkt dat …")
    if any(w in _MY and v in _OWN and any(_own_study_noun(n) for n in words[k + 2:k + 3 + OWN_WITHIN]) and not any(
            m.group()[:1].isupper() and not places_in(m.group()) for m in found[k + 3:])
           for k, (w, v) in enumerate(itertools.pairwise(words))):
        return True
    if not (_OWN.isdisjoint(words) or FIRST_PERSONS.isdisjoint(words)) and any(
            v in _OWN and (w in _MY or w in _ARTICLES) and not _METHODS.isdisjoint(words[k + 2:k + 3 + OWN_WITHIN])
            for k, (w, v) in enumerate(itertools.pairwise(words))):
        # "Wij kwamen los van de Wereldbank, met een eigen methode, op …": the speakers' own reckoning (not "We cite
        # the World Bank, whose own count …").
        return True
    # "Voor dit verhaal sprak ik met 41 datawerkers in vier landen", "We interviewed 36 workers in four countries": what
    # the writer's own fieldwork met, in the clause of its verb (not "I spoke with Casilli, who said …").
    folded = words
    for j in range(len(found) - 1, -1, -1):
        # (the verb right after its subject, or with a few words between, as Dutch puts it last: "die we vorig jaar
        # ondervroegen"; or before it: "sprak ik")
        # (not after an auxiliary: "whenever I am asked to pick …" is asked of the writer)
        if folded[j] not in _FIELDWORK:
            continue
        subject = next((k for k in range(j + 1, max(-1, j - FIELDWORK_SUBJECT_AT - 1), -1)
                        if k < len(folded) and folded[k] in FIRST_PERSONS), None)
        if subject is not None and AUXILIARIES.isdisjoint(folded[min(subject, j) + 1:j]) and \
                not _CLAUSE_BREAKS.intersection(words_before[found[min(subject, j)].start():found[j].start()]):
            a = found[max(subject, j)]
            rest = words_before[a.end():]
            # (or a fronted part of those it met, closed by its comma, the verb after it in Dutch: "Of the 1,200 shoppers
            # we asked in 2024, 58% …", "Van de 800 klanten die we ondervroegen, wilde 77 procent …")
            head, comma, tail = rest.rpartition(",")
            fronted = folded[0] in _LINKING and comma and len(_FIRST_WORD.findall(tail)) <= 1
            # (nor when another speaks after it: "I later asked Adobe about its study and a spokesperson said 77% …")
            said = [fold(w) for w in _FIRST_WORD.findall(rest)]
            return not _CLAUSE_BREAKS.intersection(head if fronted else rest) and \
                _CLEFT_RELATIVES.isdisjoint(said) and NAME_WORDS.speech.isdisjoint(said)
    return False


FIELDWORK_SUBJECT_AT = 3  # words a fieldwork verb's subject stands within before it ("we vorig jaar ondervroegen")
_MY = frozenset(w for language in LANGUAGES.values() for w in language.first_person_possessives)
_OWN = frozenset(w for language in LANGUAGES.values() for w in language.own_words)
_ARTICLES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.articles)
_METHODS = _ORIGINS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.method_nouns)
OWN_WITHIN = 2  # words between "our own" and its word of origin: "our own 2024 shopper panel"
_CLAUSE_BREAKS = frozenset(",;:()—–")  # a fieldwork verb's clause ends at them
OWN_CHARS = 200  # characters before a figure read for whose own source it is
_FIELDWORK = frozenset(fold(w) for language in LANGUAGES.values() for w in language.fieldwork_verbs)


OTHER_AT = 1  # as the sentence's subject: "Another poll", "A separate estimate", "Een ander onderzoek"
OTHER_WITHIN = 3  # words between "another" and its word of origin: "A separate World Bank estimate"


def named_back(sentence: str, before: str) -> str:
    """The head noun by which `sentence` names an organisation of the sentence `before` ("bank" in "de bank" after
    "de Wereldbank", "the bank" after "the World Bank"); "" when it names none so."""
    # "the company" may name one opening the sentence before. Its names' heads are read only when a definite noun
    # asks for them: most sentences have none (this runs for every sentence of a draft).
    heads: set[str] | None = None
    found = _FIRST_WORD.findall(sentence[:NAMES_BACK_REACH])
    words = found[:HEAD_BACK_WITHIN + 1]
    for k, (article, noun) in enumerate(itertools.pairwise(words)):
        # As the sentence's subject: among its first words, after no linking word ("critics of the bank"). Further on,
        # only by the head of a name of the sentence before ("In een interview met Antonio Casilli wordt de bank
        # aangehaald met …", "… cites the bank at 100 to 400 million").
        if k == 0 and noun[:1].isupper() and article.lower() in _DEFINITE:
            # Opening the sentence, a name's head capitalised as the name's stand-in, possessive or not: "The Bank's
            # own range, …" after "… quoting the World Bank, …".
            noun = (noun[:-2] if noun.endswith(("'s", "’s")) else noun).lower()
        elif noun[:1].isupper():
            continue
        if article.lower() in _DEFINITE and len(noun) >= HEAD_LETTERS and not (
                k and words[k - 1].lower() in _OF and not (k > 1 and words[k - 2].lower() in _ORIGINS)):
            # (but whose study it is: "een eigen schatting van de stichting")
            if noun in ORGANISATION_NOUNS and k < NAMED_BACK_WITHIN:
                return noun  # "the company" after any name
            if heads is None:
                heads = _name_heads(before[:NAMES_BACK_REACH])
            if any(heads_noun(h, noun) for h in heads):
                return noun  # "de bank" after "de Wereldbank"
    # Anywhere in it, a study or estimate of a name of the sentence before by its head noun: "…, who gives the bank's
    # estimate as 100 to 400 million". Its figure, before the sentence's first figure: "… gave the bank's range as …"
    # (not "… arrives at [150m–430m], which confirms the bank's number": another's figure beside the bank's).
    gap = sentence.find(MASKED_GAP, 0, NAMES_BACK_REACH)
    first_figure = len(_FIRST_WORD.findall(sentence, 0, gap)) if gap >= 0 else len(found)
    for k, (article, noun, origin) in enumerate(zip(found, found[1:], found[2:])):
        head = noun[:-2] if noun.endswith(("'s", "’s")) else ""
        if article.lower() in _DEFINITE and head.islower() and len(head) >= HEAD_LETTERS and (
                origin.lower() in _ORIGINS or (origin.lower() in _REFERRING_NOUNS and k + 2 < first_figure)):
            if heads is None:
                heads = _name_heads(before[:NAMES_BACK_REACH])
            if any(heads_noun(h, head) for h in heads):
                return head
    return ""


ORGANISATION_NOUNS = frozenset(w for language in LANGUAGES.values() for w in language.organisation_nouns)


def heads_noun(name: str, noun: str) -> bool:
    """Whether a name's last word is `noun` or a compound ending in it ("wereldbank", "bank"), or its first word is,
    before a place closing the name ("Winkelfederatie Vlaanderen": "federatie")."""
    words = name.lower().split()
    return any(w == noun or (len(w) > len(noun) and w.endswith(noun)) for w in {words[0], words[-1]}) if words else False


def _name_heads(text: str) -> set[str]:
    """The last word of each name (a run of capitalised words, the sentence's first word left out unless it is a kind
    of institution opening its name: "Stichting Eerlijk Klikken"), lower-cased, and such a first word."""
    heads, last, run, previous = set(), "", False, ""
    for k, m in enumerate(_FIRST_WORD.finditer(text)):
        word = m.group()
        if _name_word(word) and (k or word.lower() in NAME_TYPES):
            if not run and (word.lower() in NAME_TYPES or word.lower().endswith(MAKER_ENDINGS)):
                # "de stichting" after "Stichting Eerlijk Klikken", "de federatie" after "Winkelfederatie Vlaanderen"
                heads.add(word.lower())
            if not run and previous and _kind_noun(previous):
                heads.add(previous)  # "het bureau" after "onderzoeksbureau IndiQ", "the institute" after "… institute X"
            last, run = word.lower(), True
        else:
            if run:
                heads.add(last)
            run = False
        previous = word.lower() if word.islower() else ""
    if run:
        heads.add(last)
    return heads


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, or camel-cased ("indiQ", "eBay")."""
    return word[:1].isupper() or (len(word) > 1 and word[:1].isalpha() and not word[1:].islower()
                                  and not word[1:].isupper())


def _kind_noun(word: str) -> bool:
    """Whether a lower-case word before a name says what kind of organisation it is ("onderzoeksbureau IndiQ", "the
    research agency IndiQ"): a kind of institution or organisation, or a compound ending in one."""
    return any(word == noun or (word.endswith(noun) and len(word) - len(noun) >= HEAD_LETTERS)
               for noun in KIND_NOUNS)


NAME_TYPES = frozenset(w for language in LANGUAGES.values() for w in language.name_type_nouns)
KIND_NOUNS = NAME_TYPES | ORGANISATION_NOUNS


HEAD_LETTERS = 4  # letters of a head noun that names back ("bank"): shorter words are too often something else


def _in_order(pairs: Iterable[tuple[Passage, list[Occurrence]]]) -> Iterator[Occurrence]:
    """Occurrences sorted by where they stand, as soon as no later passage can hold an earlier one."""
    pending: list[tuple[int, int, Occurrence]] = []
    seq = 0
    for passage, found in pairs:
        if passage.runs:
            floor = min(d for _, d, _ in passage.runs)
            while pending and pending[0][0] < floor:
                yield heapq.heappop(pending)[2]
        for occ in found:
            heapq.heappush(pending, (occ.start, seq, occ))
            seq += 1
    while pending:
        yield heapq.heappop(pending)[2]


_CONJUNCTIONS = "|".join(w for language in LANGUAGES.values() for w in language.clause_conjunctions)
_SUBORDINATORS = "|".join(w for language in LANGUAGES.values() for w in language.clause_subordinators)
# "A deck handed over by a trader in Lubumbashi goes further — it credits Zambia with …": a dash before a word that
# leans opens a clause of its own, as a colon does.
_DASH_LEANING = "|".join(sorted(LEANING))
# (A conjunction opens a clause inside a quote broken by its attribution too: "'People say Congo,' a trader told me, 'but
# Indonesia already makes over sixty per cent …'".)
# "… minder dan twee dollar per uur mee, een bedrag dat Haakma terecht naast de salarissen van ingenieurs legt": an
# indefinite apposition renaming the figure right after it, which likens it to another or says where it was repeated,
# is about the figure, no part of its statement (not "…, the range Casilli quoted …, without mentioning that other
# write-ups … give …", which goes on; nor "…, a number of whom told Time …", a quantity; nor a likening past its comma).
RENAMED_AFTER = 8  # words between a figure and the comma of an apposition renaming it ("… people do click work, a …")


_RENAMING = re.compile(
    rf"(?<![ \t]){MASKED_GAP}[ \t]*+(?:[^\W\d_]++[ \t]*+){{0,{RENAMED_AFTER}}}"
    rf"(,[ \t]+(?:{alternatives('articles')})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?(?:{alternatives('renaming_nouns')})"
    rf"\b(?![ \t]+(?:{alternatives('linking_words')})\b)"
    rf"(?=[^,.!?;:\n]{{0,200}}?\b(?:{alternatives('likening_words', 'repeating_words', 'citing_words')})\b))",
    re.IGNORECASE)
# "…, so maybe they just recycle Adobe": a consequence's clause, running to the sentence's end, with no figure right
# after its word and no negation ("…, dus niet Congo, …", "…, so far, …", "77 procent, dus ruim driekwart").
_CONSEQUENCE = (rf",[ \t]+(?:{alternatives('consequence_words')})[ \t]+(?!(?:{alternatives('negations')})\b)"
                rf"(?![^,;:.!?\n]*,)(?!(?:[^\W\d_]+[ \t]+)?{MASKED_GAP})(?=[^\W\d_])")
_STRONG = re.compile(rf"[;:]\s|,[”\"]?\s+[“\"]?(?:{_CONJUNCTIONS})\b|\s(?:{_SUBORDINATORS})\s|\s[—–]\s+(?=(?:{_DASH_LEANING})\b)"
                     rf"|{_CONSEQUENCE}", re.IGNORECASE)
_WEAK = re.compile(r",\s")
# A sentence that opens with a subordinate clause ("While AI researchers draw six-figure salaries, the labellers take
# home $1.46") holds its main clause after the clause's comma: that comma is a strong boundary.
_OPENERS = "|".join(w for language in LANGUAGES.values() for w in (*language.clause_subordinators,
                                                                   *language.clause_openers))
_OPENING_CLAUSE = re.compile(rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))\W{{0,3}}(?:{_OPENERS})\s[^,;:.!?\n]{{1,200}}(,\s)",
                             re.IGNORECASE)


AFTER = 160  # characters after a figure kept for what it measures ("of the world's cobalt")


def _credited(text: str, end: int) -> str:
    """The words of a bracket of a name standing alone right after a quotation ending at `end`, when it closes its line:
    the source a quotation is set with ('"…." (Northfold Research)'); "" otherwise (not "…. (AP Photo)" after prose)."""
    m = _CREDIT.match(text, end, end + CREDIT_CHARS)
    return m.group(1) if m and _QUOTATION_CLOSE.search(text, max(0, end - 3), m.start(1)) else ""


CREDIT_CHARS = 80  # characters after a sentence its credit stands within
# (A name: capitalised words and the words that join them; not a stage direction, "(Shouts of "Shame!")".)
_CREDIT = re.compile(r"[\"”’']?[ \t]*\(([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|{}))*)\)[ \t]*(?:\n|$)".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.name_connectors}, key=len,
                    reverse=True))))
_QUOTATION_CLOSE = re.compile(r"(?:[.!?][\"”’']|[\"”’'][.!?]?)[ \t]*\($")  # a quotation's close, then the bracket


def _statement(text: str, strong: list[tuple[int, int]], s: int, e: int, start: int, end: int,
               whole: str | None = None, cuts: dict[tuple[int, int], str] | None = None) -> str:
    """The text[s:e] cut at the strong clause boundaries (`strong`, sorted) nearest the figure at [start, end);
    `whole`, the text[s:e] already cut, when no boundary cuts it (a figure of a long sentence copies nothing);
    `cuts`, the pieces already cut, shared by the figures of one clause (thousands of figures after one opening
    clause would each copy the rest of their paragraph)."""
    k = bisect.bisect_right(strong, (start, start))
    left = max([s] + [b for _, b in strong[max(0, k - 2):k] if b <= start])
    at = next((j for j in range(k, min(k + 2, len(strong))) if strong[j][0] >= end), None)
    right = min(strong[at][0], e) if at is not None else e
    if at is not None and text.startswith(":", right) and start - left <= FIGURE_LABEL_CHARS and \
            right - end <= FIGURE_LABEL_CHARS and len(_FIRST_WORD.findall(text, left, start)) <= FIGURE_LABEL_WORDS \
            and len(_FIRST_WORD.findall(text, end, right)) <= FIGURE_LABEL_WORDS:
        # "**Under $2 an hour**: what OpenAI paid the moderators in Ghana": a figure standing as a label is said of
        # what its colon leads to.
        right = min(strong[at + 1][0], e) if at + 1 < len(strong) else e
    if (left, right) == (s, e) or left >= right:
        return whole if whole is not None else text[s:e]
    if cuts is None:
        return text[left:right]
    piece = cuts.get((left, right))
    if piece is None:
        piece = cuts[(left, right)] = text[left:right]
    return piece


FIGURE_LABEL_WORDS = 3  # words beside a figure that stands as a label before a colon ("As little as $1.46:")
FIGURE_LABEL_CHARS = 40  # and the characters they take (read within a bounded reach: a sentence may be thousands)


def _pieces(text: str, lo: int, hi: int, start: int, end: int) -> tuple[tuple[str, bool], ...]:
    """The figure's clause cut at the clause boundaries nearest to it, strong ones and plain commas."""
    out = []
    for pattern, strong in ((_STRONG, True), (_WEAK, False)):
        left, right = lo, hi
        for m in pattern.finditer(text, lo, hi):
            if m.end() <= start:
                left = m.end()
            elif m.start() >= end and right == hi:
                right = m.start()
        if (left, right) != (lo, hi):
            out.append((text[left:right], strong))
    return tuple(out)


def _extract_by_sentence(text: str, spans, default: str, extract) -> list:
    """Figures of a passage read sentence by sentence, each in its own language when it shows one.

    A paragraph can switch language ("In Groningen wonen 235.000 mensen. Boston has 650,000 residents."),
    and the language decides how "235.000" reads.
    """
    out = []
    for s, e in spans:
        # A sentence with function words of one language only is read in it ("Congo produces well over half of the
        # world's cobalt." in a caption whose other half is Dutch).
        lang = leading_language(text[s:e], MIN_SENTENCE_VOTES, alone=True) or default
        for fig in extract(text[s:e], lang):
            out.append(replace(fig, start=fig.start + s, end=fig.end + s))
    return out


MIN_SENTENCE_VOTES = 2  # function words a sentence needs to override its paragraph's language


_WORDS = re.compile(r"\s*(?:\S+\s+){7}\S")  # eight words or more, found without listing them all


def _passage_language(passage: Passage, doc_lang: str) -> str:
    # Short passages carry too few function words to tell the language; trust the document then.
    if _WORDS.match(passage.text) is None:
        return doc_lang
    return leading_language(passage.text, 1) or doc_lang  # (a tie is the document's)


def _appositions(text: str) -> list[tuple[int, str, str]]:
    """The bodies `text` describes by an apposition after their name: where, the noun the apposition ends its run of
    nouns with, the name ("Harlow & Finch, the department store group with 11 shops" -> group; "Brandpulse, een Leeds
    marktonderzoeksbureau," -> marktonderzoeksbureau). Not a name compared: "Like Harlow & Finch, the group now …"."""
    found = []
    for start, end, name in names_in(text):
        m = _APPOSITION_AT.match(text, end)
        # (the word before the name, or its span's first: a name's span may hold the word opening its sentence)
        lead = _LAST_WORD_BEFORE.search(text, max(0, start - LEAD_CHARS), start) or _FIRST_WORD.match(text, start)
        if not m or (lead and lead.group(lead.lastindex or 0).lower() in _SETTING_APART):
            continue
        last, at = "", m.end()
        for w in _FIRST_WORD.finditer(text, m.end(), m.end() + APPOSITION_CHARS):
            # (words of content, joined by spaces or hyphens, the last in lower case: "the department store group with
            # …" -> group, "a Leeds retailer" -> retailer; "the World Bank" names none)
            if not lexical.words(w.group()) or text[at:w.start()].strip(" -"):
                break
            last, at = (w.group() if w.group()[:1].islower() else last), w.end()
        if last:
            found.append((start, fold(last), name))
    return found


LEAD_CHARS = 20  # characters before a name read for a word comparing it
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")
APPOSITION_CHARS = 60  # characters of an apposition read for its noun
DESCRIBED = 32  # bodies described by an apposition that a draft's figures remember
_ANY_ARTICLE = "|".join(map(re.escape, sorted({w for language in LANGUAGES.values()
                                                for w in (*language.articles, *language.definite_articles)},
                                               key=len, reverse=True)))
# A name, a comma and an article: "Harlow & Finch, the …" (found fast, before any name is read).
_APPOSITION = re.compile(rf"\w, (?:{_ANY_ARTICLE}) ", re.IGNORECASE)
_APPOSITION_AT = re.compile(rf", (?:{_ANY_ARTICLE}) ", re.IGNORECASE)


def _sentence_of(spans: list[tuple[int, int]], starts: list[int], pos: int, length: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and spans[k][0] <= pos < spans[k][1]:
        return spans[k]
    return 0, length


def _cited(cited: list[Citation], cited_at: list[int], s: int, e: int, starts: list[int]) -> tuple[Citation, ...]:
    """The citations (sorted, starting at `cited_at`) of the sentence [s, e): those its span holds, end
    included (`… tax.[^1]`), and those after it up to the next sentence, which close it. Found by bisection once
    per sentence (each figure filtered every citation of its paragraph: quadratic with many of both)."""
    k = bisect.bisect_right(starts, e)  # the next sentence
    lo = bisect.bisect_left(cited_at, s)
    hi = bisect.bisect_left(cited_at, starts[k]) if k < len(starts) else len(cited)
    return tuple(cited[lo:hi])
