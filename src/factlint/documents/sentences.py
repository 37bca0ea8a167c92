"""Sentence splitting for figure context: survives abbreviations, decimals, currency and initials.

Pure and linear: one forward pass over sentence-ending punctuation.
"""

from __future__ import annotations

import re

from factlint.lang import LANGUAGES
from factlint.text import inline_item

# Abbreviations after which a period does not end a sentence, and of those the ones that often close a
# sentence (followed by a capital they end it): every language's, from its module in factlint.lang.
_ABBREVIATIONS = frozenset().union(*(lang.abbreviations for lang in LANGUAGES.values()))
SENTENCE_FINAL = frozenset().union(*(lang.sentence_final for lang in LANGUAGES.values()))
# A section word cut short before its number ("l. 42", "p. 6", "r. 48"): no end of a sentence.
_SECTION_WORDS = frozenset().union(*(lang.section_words for lang in LANGUAGES.values()))
_TERMINAL = re.compile(r"[.!?\u2026]")
_ENDERS = ".!?\u2026"
_CLOSERS = "\"')]}\u201d\u2019\u00bb\u203a*_"
_OPENERS = "\"'([{\u201c\u2018\u201e\u00ab\u2039\u00bf\u00a1$\u20ac\u00a3\u00a5"
_FOOTNOTE = re.compile(r"\[\^?\w{1,4}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")  # a note marker after the end
_MAX_TOKEN = 24  # abbreviations and list numbers are short; longer tokens are never one
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z]")  # "xAI", "eBay", "iPhone"
_LETTER_DOTS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # e.g, d.w.z, U.S (final period excluded)
# What opens a line as an entry of its own, after its indent: a clock time and what opens a sentence ("\n26:00 Waarom
# …", "\n**11:10** Asked …", "\n(02:30) Wie …"), or a bullet symbol no list syntax made ("\n• World Bank: …";
# Markdown's "-", "*" and "+" make its lists).
# So does a dateline: a place in capitals, perhaps a date and an agency, and a dash ("**Analist: Indonesië haalt Congo
# in**\nJAKARTA (ANP) - Indonesië produceert …": the brief's title above it is no part of its first sentence).
_DATELINE = (r"[A-ZÀ-Þ]{3,}(?:[ -][A-ZÀ-Þ]{2,}){0,3}(?:,[^\n,()]{1,30})?(?:[ \t]+\([^()\n]{1,20}\))?"
             r"[ \t]+[-–—][ \t]")
DATELINE = re.compile(_DATELINE)  # a dateline, matched where a line opens
_LINE_OPENER = re.compile(r"\n([ \t]*)(?:[*_(\[]{0,2}\d{1,2}:\d{2}(?::\d{2})?[*_)\]]{0,2}[ \t]+(?=[A-ZÀ-Þ\d\"'(“‘])"
                          rf"|[•◦‣▪▫▸▹►→⇒➜➤✓✔✗✘☐☑☒](?=[ \t])|(?={_DATELINE}))")


# A byline on a line of its own over what it signs ("u/cmo_in_training\nI've also seen …", "Henri_V · 2 Mar 2024
# 09:12\nThe piece says …"): a poster's handle alone or before a middle dot, or words and a date or time set apart by
# one (not "Kenya · less than $2 an hour\n…", a line of a list).
_HANDLE = r"(?:(?:u/|@)[\w.-]{1,40}|[\w.-]{0,40}_[\w.-]{0,40})"
_BYLINE = re.compile(rf"[ \t]*(?:{_HANDLE}(?:[ \t]·[ \t][^\n$€£%]{{1,60}})?"
                     r"|[^\n.!?·$€£%]{1,40}[ \t]·[ \t][^\n$€£%]{0,40}(?:(?:19|20)\d\d|\b\d{1,2}[:.]\d\d\b)[^\n$€£%]{0,40})"
                     r"[ \t]*(?=\n)")


# A dash and a capitalised name, then what dates a signature (a note in brackets, a date or a time), to the line's
# end: "— Roosmarijn Dekeyser (overleg) 1 jul 2024 15:35 (CEST)" (not "— Zambia Chamber of Mines", which may say whose
# words the sentences before are).
DASH_SIGN_OFF = re.compile(r"[—–][ \t]+[A-ZÀ-Þ][^\n.!?()\d]{0,60}(?:\(|\d)[^\n.!?]{0,80}(?=\n|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, in order, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = _skip_space(text, 0)
    i = start
    # The next terminal and the next blank line, looked for again only once passed: a list of lines with no period is
    # not scanned to its end once per line.
    m = _TERMINAL.search(text, i)
    gap = text.find("\n\n", i)
    while i < n:
        if i == start and (byline := _BYLINE.match(text, start)) is not None:
            _add(spans, text, start, byline.end())
            start = i = _skip_space(text, byline.end())
            continue
        if m is not None and m.start() < i:
            m = _TERMINAL.search(text, i)
        if 0 <= gap < i:
            gap = text.find("\n\n", i)
        blank = gap if 0 <= gap < (m.start() if m else n) else -1
        if blank >= 0:  # a blank line always ends a sentence
            _add(spans, text, start, blank)
            start = _skip_space(text, blank)
            i = start
            continue
        if (clock := _LINE_OPENER.search(text, i, m.start() if m else n)) is not None:
            # "19:20 De negen plaatjes van reCAPTCHA\n26:00 Waarom AI …": a chapter list's or a live blog's entries,
            # each a line opened by its time, end where the next opens, with or without a period; so do lines opened
            # by a bullet no list syntax made ("• Madagascar: … a month\n• World Bank: …").
            _add(spans, text, start, clock.start())
            start = i = clock.start() + 1 + len(clock.group(1))
            continue
        if m is None:
            break
        stop = m.start()
        j = stop
        while j < n and text[j] in _ENDERS:
            j += 1
        single_period = j - stop == 1 and text[stop] == "."
        while j < n and text[j] in _CLOSERS:
            j += 1
        while (note := _FOOTNOTE.match(text, j)) is not None:  # "… for AI systems.[1] Antonio Casilli …"
            j = note.end()
        k = j
        while k < n and text[k] in " \t\r\n\u00a0":
            k += 1
        i = j
        if k == j or k >= n:
            continue
        if text[k] == "/" and k > j and (after := _skip_space(text, k + 1)) > k + 1 and after < n \
                and _starts_sentence(text[after]):
            # "… of the world's cobalt. / … van al het kobalt ter wereld.": a caption's halves in two languages.
            _add(spans, text, start, j)
            start = i = after
            continue
        if spans and DASH_SIGN_OFF.match(text, k) and "\n\n" not in text[spans[-1][1]:start]:
            # "… zou ik letterlijk laten staan. — Roosmarijn Dekeyser (overleg) 1 jul 2024 15:35 (CEST)": a dash and
            # a dated name closing a paragraph of sentences sign it, no part of its last (one sentence and a dash may
            # be a quotation's epigraph: "Nobody is paid enough. — Casilli, 2023")
            _add(spans, text, start, j)
            start = i = k
            continue
        if not (_starts_sentence(text[k]) or _CAMEL.match(text, k) or _bullet_line(text, j, k)
                or (single_period and j == stop + 1 and _lower_opening(text, start, stop, k))):
            continue  # "… self-harm. xAI, a rival lab, …": a name in camel case opens a sentence too
        if single_period and _is_abbreviation(text, start, stop, text[k]):
            continue
        _add(spans, text, start, j)
        start = k
        i = k
    _add(spans, text, start, n)
    return spans


def _skip_space(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def _lower_opening(text: str, start: int, period: int, k: int) -> bool:
    """Whether a word in lower case opens a sentence after a period, as chat and notes write ("ok, cutting it. the
    newsletter's open rate hit 77%"): the period closes a plain word of two letters or more, no abbreviation, no
    unit after a number ("8 hrs. a day"), and a word follows."""
    if not text[k].isalpha() or not text[k].islower():
        return False
    end = period
    while end > start and text[end - 1] in _CLOSERS:  # "… Meridian estimates\". that's the World Bank's"
        end -= 1
    a = end
    limit = max(start, end - _MAX_TOKEN)
    while a > limit and text[a - 1].isalpha():
        a -= 1
    word = text[a:end]
    if len(word) < _LOWER_AFTER or (a > start and not text[a - 1].isspace()) or word.lower() in _ABBREVIATIONS \
            or word.lower() in _SECTION_WORDS:  # "Volgens art. zeven van de cao …"
        return False
    b = a - 1
    while b > max(start, a - _MAX_TOKEN) and text[b - 1] == " ":
        b -= 1
    return not (b > start and text[b - 1].isdigit())


_LOWER_AFTER = 2  # the shortest word a period after it ends a sentence before lower case (not an initial: "j. smith")


def _bullet_line(text: str, end: int, k: int) -> bool:
    """Whether a new line opens at `k` with a symbol, as a bullet no list syntax made ("→ Some of them …", "• …")."""
    ch = text[k]
    return "\n" in text[end:k] and not ch.isalnum() and ch not in _CLOSERS


def _is_abbreviation(text: str, sentence_start: int, period: int, following: str) -> bool:
    """Whether the period at `period` closes an abbreviation, an initial or a list number."""
    a = period
    limit = max(sentence_start, period - _MAX_TOKEN)
    while a > limit and not text[a - 1].isspace():
        a -= 1
    if a == limit and a > sentence_start and not text[a - 1].isspace():
        return False  # a long token: a word or a number, not an abbreviation
    while a < period and text[a] in _OPENERS:
        a += 1
    token = text[a:period]
    if not token:
        return False
    word = token.lower()
    if following.isdigit() and word in _SECTION_WORDS:
        return True
    if word in _ABBREVIATIONS or _LETTER_DOTS.fullmatch(token):
        return not (word in SENTENCE_FINAL and following.isupper())
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. R. R. Tolkien", "A. Casilli"
    # "1. First point": a list or section number opening the sentence, or an item's on one line ("Agenda: 1. …").
    return token.replace(".", "").isdigit() and (a == sentence_start or inline_item(text, a, period))
