"""Numbers that are not figures: years, dates, times, section and list numbers, citation markers, names, versions,
phone numbers.

Each rule looks at a bare number (no currency, percent, scale or number words) where it stands and
returns the last token of what it really is, or None; the first rule that answers wins. `RULES` is
the order they are asked in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from factlint.extract.amounts import Amount
from factlint.extract.fractions import CLOCK_HOURS
from factlint.extract.tokens import HYPHENS, LINE_MARKUP, Skip, Token, opens_line
from factlint.lang.frequency import RAREST, zipf
from factlint.lang.gazetteer import gazetteer
from factlint.text import bracketed_item, inline_item

if TYPE_CHECKING:
    from factlint.extract.reader import Reader


class Candidate(NamedTuple):
    """A bare number about to be read as a figure, with the tokens around it."""

    amount: Amount
    high: Amount | None  # a range's upper end
    qualifier: str
    i: int  # its first token
    k: int  # the token after what was read (number, range end, unit)
    floor: int  # the last token of the figure before: nothing at or before it is looked at
    prev: str  # the lower-case token before it, "" at the floor
    prev_tok: Token | None
    nxt: str  # the lower-case token at k
    value: float
    whole: bool  # an integer written without separators


def years(r: Reader, c: Candidate) -> int | None:
    """A year: 1000-2100 alone, with no range end or qualifier ("In 2023"), or about one ("rond 2030 kan …")."""
    if c.high is None and c.amount.year_like and (c.qualifier == "exact" or (
            c.qualifier == "approx" and _about_a_year(r, c))):
        return c.k - 1
    return None


def _about_a_year(r: Reader, c: Candidate) -> bool:
    """Whether a number about a year is one: its phrase opens the sentence or follows a preposition of time ("Rond 2030
    kan …", "by around 2030."), and punctuation or a function word follows (not "Sama employed about 2000 and …", "at
    about 2000 a day", "about 1500 of them")."""
    t = r.tok(c.k)
    ends = t is None or t.kind not in ("w", "n")
    if ends and (c.prev in r.lex.year_qualifiers or (c.prev == "." and r.low(c.i - 2) in r.lex.year_qualifiers)):
        return True  # "to climb further around 2035.", "(ca. 1950,"
    before = c.i - 2  # the word before the qualifier
    if not (before <= c.floor or r.low(before) in _SENTENCE_ENDS or r.low(before) in r.lex.time_before or
            r.low(before) in r.lex.in_words):
        return False
    if ends:
        return True
    return t.kind == "w" and t.text.islower() and t.low in r.lex.any_stopwords and t.low not in r.lex.week_leads \
        and t.low not in r.lex.linking_words and t.low not in r.lex.in_words and t.low not in r.lex.articles


_SENTENCE_ENDS = frozenset(".!?:;")


def dates(r: Reader, c: Candidate) -> int | None:
    """A day beside a month, or days before one: "20 November", "November 20, 2023", "between 3 and 14 March"."""
    if c.high is not None and c.whole and c.high.digits.isdigit() and 1 <= c.value < c.high.low <= 31 and \
            c.qualifier == "exact" and _is_month(r, c.k):
        year = r.tok(c.k + 1)
        return c.k + 1 if year is not None and year.kind == "n" and len(year.text) == 4 else c.k
    if not (c.whole and 1 <= c.value <= 31 and c.high is None):
        return None
    k = c.k
    nxt = r.tok(k + 1)
    if r.low(k) in r.lex.and_words and nxt is not None and nxt.kind == "n" and nxt.text.isdigit() and \
            1 <= int(nxt.text) <= 31 and _is_month(r, k + 2):
        return k + 2  # "op 3 en 4 maart", "on 3 and 4 March": two days of one month
    if _is_month(r, k):
        if r.tok(k + 1) is not None and r.toks[k + 1].kind == "n" and len(r.toks[k + 1].text) == 4:
            return k + 1
        return k
    if c.prev_tok is not None and (_is_month(r, c.i - 1) or (
            c.prev == "." and c.i - 2 > c.floor and _is_month(r, c.i - 2) and not r.counts_word(k))):  # "Oct. 3"
        if r.low(k) == "," and r.tok(k + 1) is not None and r.toks[k + 1].kind == "n":
            return k + 1
        return k - 1
    return None


def numeric_dates(r: Reader, c: Candidate) -> int | None:
    """A day, a month and a year glued by one mark: "22-04-2024", "03/05/2024" ("22-04" runs backwards, no range)."""
    toks, i = r.toks, c.i
    if i + 4 >= len(toks) or not toks[i].text.isdigit():
        return None
    day, mark, month, again, year = toks[i:i + 5]
    if mark.text not in DATE_MARKS or again.text != mark.text or any(t.gap for t in (mark, month, again, year)) or not (
            month.text.isdigit() and year.text.isdigit() and len(year.text) in DATE_YEAR_DIGITS):
        return None
    return i + 4 if 1 <= int(day.text) <= 31 and 1 <= int(month.text) <= 12 else None


DATE_MARKS = frozenset("-/.")
DATE_YEAR_DIGITS = (2, 4)  # "22-04-24", "22-04-2024"


def clock_times(r: Reader, c: Candidate) -> int | None:
    """Hours and minutes beside a time word: "15.30 uur", "at 15.30", "van 23.00 tot 01.00 uur", "9.00-17.00 uur"."""
    if _time_like(c.amount) and ((c.high is None and c.prev in r.lex.time_before) or (
            (c.high is None or _time_like(c.high)) and c.nxt in r.lex.time_after)):
        return c.k  # a range only before a time word: "rose from 9.50 to 12.30" is no time
    if c.high is not None and c.prev in r.lex.time_before and _on_the_quarter(c.amount) and _on_the_quarter(c.high):
        return c.k - 1  # ... or of hours on the quarter after its word: "Call us between 8.00 and 17.00."
    if c.high is None and _time_like(c.amount) and c.nxt in r.lex.time_before and (end := r.tok(c.k + 1)) is not None \
            and _clock(end.text) and r.low(c.k + 2) in r.lex.time_after:
        return c.k + 2  # "van 23.00 tot 01.00 uur": a span of the night, which no range reads (it runs backwards)
    if c.high is None and _time_like(c.amount) and c.i - 2 > c.floor and (
            _is_month(r, c.i - 1) or (c.prev == "," and _is_month(r, c.i - 2))):
        return c.k - 1  # "his lecture was 20 November, 15.30, House of Connections": a date's hour
    return None


def line_times(r: Reader, c: Candidate) -> int | None:
    """Hours and minutes opening a line before what happened: "**14.05** Het debat is begonnen", "14.32 – It opens"."""
    if c.high is None and _time_like(c.amount) and opens_line(r.text, r.toks[c.i].start):
        after = r.text[r.toks[c.i].end:r.toks[c.i].end + LINE_MARKUP].lstrip(" \t*_")
        if after and (after[0].isupper() or after[0] in "–—-:|"):  # a table cell "1.46" is no time
            return c.k - 1
    return None


def _after_symbols(text: str, start: int) -> bool:
    """Whether only symbols and spaces (an emoji: "🧵 1/") stand between the line's start and `start`."""
    before = text[max(0, start - LINE_MARKUP):start]
    line = before.rsplit("\n", 1)
    return (len(line) == 2 or start <= LINE_MARKUP) and line[-1].strip() != "" and all(
        ch.isspace() or unicodedata.category(ch).startswith("S") for ch in line[-1])


def phone_numbers(r: Reader, c: Candidate) -> int | None:
    """A phone number with its area code in brackets: "(513) 555-0182", "(020) 123 4567"."""
    start = r.toks[c.i].start
    if c.i == 0 or r.text[start - 1:start] != "(":
        return None
    m = _PHONE.match(r.text, start - 1)
    if m is None:
        return None
    k = c.i
    while r.tok(k + 1) is not None and r.toks[k + 1].end <= m.end():
        k += 1
    return k


_PHONE = re.compile(r"\(\d{2,4}\)[ \u00a0]?\d{3}[- \u00a0]\d{3,4}(?!\d)")


def post_numbers(r: Reader, c: Candidate) -> int | None:
    """A thread's post number opening a line: "1/ How does an AI learn …", "🧵 1/ The people behind …"."""
    if c.high is None and c.whole and (opens_line(r.text, r.toks[c.i].start) or _after_symbols(r.text,
                                                                                              r.toks[c.i].start)):
        end = r.toks[c.k - 1].end
        if r.text[end:end + 1] == "/" and r.text[end + 1:end + 2] in (" ", "\t", "\n", ""):
            return c.k - 1
    return None


def paragraph_numbers(r: Reader, c: Candidate) -> int | None:
    """A numbered paragraph's number opening a line before its text: "4.1 Kestrel employs …", "10.1.a The …"."""
    digits = c.amount.digits
    whole, point, part = digits.partition(".")
    if c.high is not None or not point or not (whole.isdigit() and part.isdigit()) or len(whole) > 2 or \
            len(part) > 2 or not opens_line(r.text, r.toks[c.i].start):
        return None
    end = c.k - 1
    if r.low(end + 1) == "." and r.tok(end + 2) is not None and r.toks[end + 2].kind == "w" and \
            len(r.toks[end + 2].text) == 1 and not r.toks[end + 2].gap:
        end += 2  # "10.1.a"
    after = r.text[r.toks[end].end:r.toks[end].end + 3]
    # (a quotation may open the paragraph: "8.4 'Er zijn miljoenen werknemers …', zegt Casilli")
    opening = after[1:3].lstrip(OPENING_QUOTES) if after[1:2] in OPENING_QUOTES else after[1:2]
    return end if after[:1] in " \t" and opening[:1].isupper() else None


OPENING_QUOTES = "'\"‘“„«"


def heading_numbers(r: Reader, c: Candidate) -> int | None:
    """A numbered heading's number, opening a short line before a capitalised article: "**4 De beoordeling**"."""
    if c.high is not None or not c.whole or c.value >= 100 or not opens_line(r.text, r.toks[c.i].start):
        return None
    t = r.tok(c.k)
    if t is None or t.kind != "w" or not t.text[:1].isupper() or t.low not in r.lex.definite_articles:
        return None
    line_end = r.text.find("\n", t.end)
    rest = r.text[t.end:line_end if line_end >= 0 else len(r.text)].strip(" \t*_#")
    return c.k - 1 if len(rest.split()) <= HEADING_WORDS and not rest.endswith((".", "!", "?", ",", ";")) else None


HEADING_WORDS = 4  # words of a numbered heading after its article


def cue_marks(r: Reader, c: Candidate) -> int | None:
    """A subtitle cue's number ("212" on the line before its timing) or either end of a timing ("[602.12 --> 606.40]")."""
    if c.high is not None:
        return None
    start, end = r.toks[c.i].start, r.toks[c.k - 1].end
    text = r.text
    lo = max(0, start - CUE_CHARS)
    if "-->" not in text[lo:end + CUE_CHARS]:
        return None  # no timing near it: nearly every number
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return None  # a line this long is no cue's
    line, _, rest = text[end:end + CUE_CHARS].partition("\n")
    timing = _CUE_TIMING.match(text[line_start:end] + line)
    if timing is not None and end - line_start <= timing.end():
        return c.k - 1
    if c.whole and not text[line_start:start].strip() and not line.strip() and _CUE_TIMING.match(rest.lstrip(" \t")):
        return c.k - 1  # the cue's number, alone on the line before its timing
    return None


CUE_CHARS = 60  # characters a cue's timing line has, or its number's line, read around a number
_CUE_TIMING = re.compile(r"[ \t]*\[?[ \t]*\d[\d:.,]*[ \t]*-->[ \t]*\d[\d:.,]*")


def hours(r: Reader, c: Candidate) -> int | None:
    """An hour with a clock word ("3 pm"), between time words ("om 15 uur"), after "om half" or of a bulletin."""
    lex = r.lex
    if c.high is None and c.whole and _half_hour(r, c.i, c.floor, c.value):
        return c.k - 1  # "die om half 6 inlogt"
    if c.prev in lex.duration_leads and r.low(c.k + 1) in lex.period_leads:
        return None  # "voor 24 uur per week": hours of a rate are a duration (not "om 9 uur per dag")
    if c.high is None and c.whole and c.value <= 24 and (
            c.nxt in lex.clock_words or (c.nxt in lex.time_after and (c.prev in lex.time_before or (
                c.prev in lex.linking_words and c.i >= 2 and r.low(c.i - 2) in lex.bulletin_words)))):
        return c.k
    if c.high is not None and c.whole and c.prev in lex.time_before and c.nxt in lex.time_after and \
            r.low(c.k + 1) not in lex.period_leads and 1 <= c.value <= CLOCK_HOURS < c.high.low <= HOURS and \
            c.high.low == int(c.high.low) and r.low(c.k + 1) not in lex.dimension_words and not (
                c.i - 2 > c.floor and r.low(c.i - 2) in lex.linking_words):
        # "tussen 9 en 17 uur": office hours, closing past noon (not "tussen 9 en 12 uur per dag", "tussen 10 en 16 uur
        # lang", "diensten van tussen 9 en 14 uur": a length of time)
        return c.k
    return None


def times_ago(r: Reader, c: Candidate) -> int | None:
    """A time counted back: "3 hours ago", "2 uur geleden", "1 day ago"."""
    if c.high is None and c.whole and r.is_word(c.k) and r.low(c.k + 1) in r.lex.ago_words:
        return c.k + 1
    return None


def section_numbers(r: Reader, c: Candidate) -> int | None:
    """A number after a section word ("page 12", "No. 5", "e-petition 654321"), or a list after its plural ("texts 1 and 2")."""
    words = r.lex.section_words
    if c.prev == "," and _dossier(r, c):
        return c.k - 1  # "Kamerstukken II 2024/25, 36 512, nr. 3": the paper's dossier, before its item's number
    if _GROUPED.fullmatch(r.toks[c.i].text) and not (c.prev in r.lex.identifier_words and " " in r.toks[c.i].text) \
            and not (c.prev_tok is not None and c.prev_tok.text.istitle() and c.prev in words and (
                r.tok(c.k) is None or r.toks[c.k].kind != "w")):
        # (an issue's number closing a title is one: "The Thursday quiz, No 1,042")
        return None  # a count in thousands after a word that can head a section: "Below ground 40,000 children dig"
        # (not a number grouped by spaces after an identifier's noun: "Kamerstuk 36 410"; "no 2,000 moderators" is one)
    if (any(c.prev.endswith(ending) and c.prev[:-len(ending)] in words for ending in r.lex.plural_endings) or (
            _names_identifier(c.prev, words) and c.prev.endswith(tuple(r.lex.plural_endings)))) and not (
            r.counts_word(c.k) or _counted_compound(r.tok(c.k))):
        # (a plural that is a verb too counts the noun after the number: "In São Paulo eisen 45 trainers …")
        end = r.chain_end(c.k - 1)
        while (r.low(end + 1) == "," or r.low(end + 1) in r.lex.and_words) and r.tok(end + 2) is not None and \
                r.toks[end + 2].kind == "n":
            end = r.chain_end(end + 2)
        return end
    if c.prev in words and c.i - 2 > c.floor and (r.low(c.i - 2), c.prev) in r.lex.connectives:
        return None  # "for example 3 workers told us": a connective, no example's number
    if (c.prev in words or (c.prev and "-" in c.prev and c.prev.rsplit("-", 1)[1] in words) or (
            c.prev == "." and r.low(c.i - 2) in words and c.i - 2 > c.floor)) and not (
            # (an article's part with a plural noun it counts after: "A note 5 workers signed …"; not "a level 3
            # moderator", "een groep 8 leerling")
            c.i - 2 > c.floor and r.low(c.i - 2) in r.lex.articles and r.counts_word(c.k) and
            r.low(c.k).endswith(tuple(r.lex.plural_endings))):
        return _and_next(r, _of_total(r, r.chain_end(c.k - 1)))
    if c.high is None and c.whole and c.k == c.i + 1 and not r.counts_word(c.k) and _names_identifier(c.prev, words):
        return r.chain_end(c.i)  # a compound closing with a section's noun: "podcastaflevering 112", "Kamervraag 12"
    if (c.prev == ":" or c.prev in r.lex.identifier_copulas and c.high is None and not r.counts_word(c.k)) and \
            c.i - 2 > c.floor and _names_identifier(r.low(c.i - 2), r.lex.identifier_words):
        return r.chain_end(c.k - 1)  # "zaaknummer: 10987654", "Case No: 4821", "Uw klantnummer is 3004417"
    if c.prev in r.lex.numbered_words and c.high is None and not r.counts_word(c.k) and not (c.i - 2 > c.floor and (
            r.low(c.i - 2) in r.lex.articles or r.low(c.i - 2) in r.lex.definite_articles)) and not (
            r.is_word(c.k) and (r.toks[c.k].text[:1].isupper() or r.low(c.k) in r.lex.linking_words)):
        # "(press 312 on your handset)", "zaal 2"; not "told the press 150 passages a day", "dial 150 customers", nor
        # a count of a name's people or a part ("At one point 12 Kenyan moderators sued", "On paper 40 of them")
        return c.k - 1
    return None


def _of_total(r: Reader, end: int) -> int:
    """The end of a section's number, past the count of its kind it is one of: "Vraag 7 van 10", "slide 4 of 20"."""
    after = r.tok(end + 2)
    if r.low(end + 1) in r.lex.linking_words and after is not None and after.kind == "n" and after.text.isdigit() and \
            not r.counts_word(end + 3):
        return r.chain_end(end + 2)
    return end


def _and_next(r: Reader, end: int) -> int:
    """The end of a section's number, past a second joined by "and" that counts nothing: "vraag 4 en 5"."""
    after = r.tok(end + 2)
    if r.low(end + 1) in r.lex.and_words and after is not None and after.kind == "n" and after.text.isdigit() and \
            not r.counts_word(end + 3) and not _counted_compound(r.tok(end + 3)):
        return r.chain_end(end + 2)
    return end


def _dossier(r: Reader, c: Candidate) -> bool:
    """Whether a number stands between a paper's noun and its item's number: "Kamerstukken II 2024/25, 36 512, nr. 3"."""
    item = r.tok(c.k + 3 if r.low(c.k + 2) == "." else c.k + 2)
    return r.low(c.k) == "," and r.low(c.k + 1) in r.lex.identifier_words and item is not None and item.kind == "n" and any(
        _names_identifier(r.low(j), r.lex.section_words) for j in range(max(c.floor + 1, c.i - DOSSIER_WORDS), c.i))


DOSSIER_WORDS = 6  # tokens before a dossier's number its paper's noun is looked for in ("Kamerstukken II 2024/25,")


def _names_identifier(word: str, identifiers: frozenset[str]) -> bool:
    """Whether a word is an identifier's noun, alone ("number") or closing a compound ("zaaknummer")."""
    return word in identifiers or (word.isalpha() and any(
        len(w) >= COMPOUND_TAIL and len(word) > len(w) and word.endswith(w) for w in identifiers))


COMPOUND_TAIL = 5  # letters an identifier's noun needs to be read at a compound's end ("nummer", not "no")


def week_numbers(r: Reader, c: Candidate) -> int | None:
    """A calendar week or a lesson: "week 19", "in period 3"; not a week of a rate or span ("per week 11 uur")."""
    if c.high is not None or not c.whole or not 1 <= c.value <= WEEKS or not (
            c.prev in r.lex.week_words or c.prev in r.lex.lesson_words):
        return None
    if c.prev in r.lex.lesson_words and r.counts_word(c.k) and r.low(c.k + 1) not in r.lex.subject_pronouns:
        return None  # "After class 25 students stayed", "In class 28 pupils guessed": pupils counted (not "In
        # werkcollege 5 bespraken we …", a verb before its subject)
    before = c.i - 2
    if before > c.floor and r.is_word(before) and r.low(before) not in r.lex.week_leads and r.is_word(c.k):
        return None  # "last week 150 workers", "een week 40 uur"; not a title's "Beleidsbriefing week 46 —"
    return c.k - 1


WEEKS = 53  # weeks a calendar year numbers


def school_years(r: Reader, c: Candidate) -> int | None:
    """A school class: a year's number before or after its kind of school ("in 4 havo", "5 vwo", "havo 4")."""
    if c.high is None and c.whole and 1 <= c.value <= SCHOOL_YEARS and c.nxt in r.lex.class_words:
        return c.k
    if c.high is None and c.whole and 1 <= c.value <= SCHOOL_YEARS and c.prev in r.lex.class_words and \
            not r.counts_word(c.k):
        return c.k - 1  # (not "op het vwo 6 klassen", "op de havo 4 uur per week")
    return None


SCHOOL_YEARS = 6  # years a secondary school counts


def update_numbers(r: Reader, c: Candidate) -> int | None:
    """A story's update: "(update 2)", "Update 2: adds comment"; not "after the update 2 workers were fired"."""
    if c.high is None and c.whole and c.prev in r.lex.update_words and (
            r.tok(c.k) is None or r.tok(c.k).text in _UPDATE_CLOSERS):
        return c.k - 1
    return None


_UPDATE_CLOSERS = (":", ")", "]", "-", "—", "–")


def section_signs(r: Reader, c: Candidate) -> int | None:
    """A number after "§", "#" or "№"."""
    if c.prev_tok is not None and c.prev_tok.text in ("§", "#", "№"):
        return c.k - 1
    return None


def exam_marks(r: Reader, c: Candidate) -> int | None:
    """What an exam question is worth, alone in brackets: "[4 marks]", "(12 marks)", "(3p)", "(2 punten)"."""
    if c.high is not None or not c.whole or c.prev_tok is None or c.prev_tok.text not in "([" or \
            c.nxt not in r.lex.mark_words:
        return None
    close = r.tok(c.k + 1)
    return c.k + 1 if close is not None and close.text == {"(": ")", "[": "]"}[c.prev_tok.text] else None


def list_numbers(r: Reader, c: Candidate) -> int | None:
    """A number that opens a list item: "1. First item", "2) Second"."""
    return c.i + 1 if _list_marker(r, c.i) else None


def citation_markers(r: Reader, c: Candidate) -> int | None:
    """A number alone in square brackets ("[1]"), or in round ones closing a sentence or numbering a list's entries."""
    close = r.tok(c.i + 1)
    if c.high is not None or not c.whole or c.prev_tok is None or close is None or close.gap:
        return None
    pair = {"[": "]", "(": ")"}.get(c.prev_tok.text)
    if pair is None or close.text != pair or r.toks[c.i].gap:
        return None
    if pair == "]" or bracketed_item(r.text, c.prev_tok.start, close.end):
        return c.i + 1  # "[1]", or an entry of a list of sources: "Bronnen: (4) casilli-interview; (5) …"
    after = r.tok(c.i + 2)
    ends = after is None or after.text in ".!?;" or "\n" in r.text[close.end:after.start]
    return c.i + 1 if ends and c.prev_tok.gap else None


def names(r: Reader, c: Candidate) -> int | None:
    """A number after a capitalised name: "Windows 11", "ISO 9001", "Lustrum 410" (not "Over 60")."""
    t = c.prev_tok
    if t is not None and t.kind == "w" and any(ch.isupper() for ch in t.text) and c.prev not in r.index.function_words \
            and not _GROUPED.fullmatch(r.toks[c.i].text) and not _counts_plural(r, c) and not _placed_count(r, c) \
            and not _counted_compound(r.tok(c.k)) and not (c.prev_tok.text.istitle() and _opens_sentence(r, c.i - 1)
                                                           and _periods(r, r.low(c.k))):
        return c.k - 1  # a number grouped in thousands is no name's: "voor OpenAI 1.500 tekstfragmenten per dag"
        # (nor one counting a period after a sentence's first word: "Gemiddeld 14 maanden.")
    return None


def _periods(r: Reader, word: str) -> bool:
    """Whether a word is a period's unit or its plural ("months", "maanden"), or a shorter duration's ("minutes")."""
    return word in r.lex.period_units or word in r.lex.duration_units or any(
        word.endswith(e) and word[:-len(e)] in r.lex.period_units for e in r.lex.plural_endings)


def _opens_sentence(r: Reader, i: int) -> bool:
    """Whether token i opens its sentence: after a stop, a quotation mark, or the text's or a line's start."""
    before = r.tok(i - 1)
    return before is None or (before.kind == "s" and before.text in _SENTENCE_OPENERS) or opens_line(
        r.text, r.toks[i].start)


_SENTENCE_OPENERS = frozenset(".!?:;\"'‘“")


def _counted_compound(t: Token | None) -> bool:
    """Whether a token is a common noun compounded with an acronym or a name written with inner capitals, which a
    number counts: "de 23 AI-contracten", "12 EU-landen", "voor OpenAI 150 ChatGPT-fragmenten" (not a name's number:
    "een 60 Minutes-reportage", "een 7 Eleven-filiaal", "de 1 Mei-viering")."""
    if t is None or t.kind != "w":
        return False
    lead, _, head = t.text.rpartition("-")
    return any(c.isupper() for c in lead[1:]) and head.isalpha() and head.islower()


def _placed_count(r: Reader, c: Candidate) -> bool:
    """Whether a number after a place's name counts the noun after it: a place has no version ("heeft in Amsterdam 35
    medewerkers"); a postal district has no noun ("Dublin 6")."""
    return r.counts_word(c.k) and gazetteer().names_whole(c.prev_tok.text)


def _counts_plural(r: Reader, c: Candidate) -> bool:
    """Whether a whole number of three digits or more counts the plural noun after it ("voor OpenAI 150
    tekstfragmenten"): a name's number is a model's or a standard's ("ISO 9001 standards", "Windows 11 users")."""
    after = r.tok(c.k)
    if c.prev_tok is None or c.prev_tok.text.isupper():
        return False  # a standard's code: "ISO 9001 standards"
    following = r.tok(c.k + 1)
    return c.whole and c.high is None and c.value >= PLURAL_COUNT_FROM and after is not None and after.kind == "w" \
        and after.text.islower() and after.low not in r.lex.any_stopwords \
        and after.low.endswith(tuple(r.lex.plural_endings)) and len(after.low) > PLURAL_MIN_LENGTH \
        and not (following is not None and following.kind == "n")  # "Kind 150 counts 150.5 million": a verb


PLURAL_COUNT_FROM = 100  # "Windows 10 users" keeps its version
PLURAL_MIN_LENGTH = 4  # letters a plural noun has more than ("bus" and "was" are no plurals)


_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+")


def titles(r: Reader, c: Candidate) -> int | None:
    """A number that opens a name in capitals: "told 60 Minutes that", "7 Eleven" (not "300 Kenyans")."""
    t = r.tok(c.k)
    if (c.high is not None or t is None or t.kind != "w" or not t.gap or not t.text[0].isupper() or t.text.isupper()
            or t.low in r.lex.months):
        return None  # "20 November" is a date (dates)
    after = r.tok(c.k + 1)
    if after is not None and after.kind == "w" and after.text[0].islower() and after.low not in r.lex.any_stopwords:
        return None  # "300 Google engineers": the name only says which engineers
    if any(True for _ in gazetteer().find(t.text)):
        return None  # people of a place are counted: "300 Kenyans", "5 Nederlanders"
    if len(t.text) > 2 and t.text[-1] == "s" and t.text[:-1].isupper():
        return None  # an acronym's plural is counted: "38 MEPs", "12 NGOs"
    if _counted_compound(t):
        return None
    if t.low.endswith(tuple(r.lex.plural_endings)) and zipf(t.low, ("nl",)) > max(RAREST, zipf(t.low, ("en",))):
        return None  # a Dutch plural capitalised as Dutch writes it: "1.500 Vlamingen", "de 150 Kamerleden"
    return c.k


def versions(r: Reader, c: Candidate) -> int | None:
    """A decimal number after a word for a new version: "upgraded to 3.9", "bijgewerkt naar 2.1"."""
    if c.high is not None or c.amount.decimals == 0:
        return None  # (a whole number, a count in thousands too: "de oude versie is 4.300 keer gedeeld")
    j = c.i - 1
    if r.low(j) in r.lex.any_stopwords:
        j -= 1  # "to", "naar"
    return r.chain_end(c.k - 1) if j > c.floor and r.low(j) in r.lex.version_words else None


def serial_numbers(r: Reader, c: Candidate) -> int | None:
    """A year hyphened to a serial number ten times as large: "bestelling 2024-118377" (no range of a count)."""
    high = c.high
    if high is None or not c.amount.year_like or not high.digits.isdigit() or len(high.digits) <= len(c.amount.digits) \
            or high.low < SERIAL_RATIO * c.value or r.counts_word(c.k):
        return None  # (not "1500-20000 workers")
    end = r.toks[c.i].end
    # (joined by a hyphen, no dash of a range: "2024–118377" is read as one)
    return c.k - 1 if r.text[end:end + 1] in HYPHENS and r.text[end + 1:end + 2].isdigit() else None


SERIAL_RATIO = 10  # how many times the year a serial number is at least


def number_runs(r: Reader, c: Candidate) -> int | None:
    """Three or more bare numbers in a row: a phone number or a code."""
    i = c.i
    if c.high is None and r.tok(i + 1) is not None and r.toks[i + 1].kind == "n" and r.tok(i + 2) is not None and r.toks[i + 2].kind == "n":
        j = i
        while r.tok(j + 1) is not None and r.toks[j + 1].kind == "n":
            j += 1
        return j
    return None


def _unit_note(r: Reader, amount: Amount, k: int, floor: int) -> bool:
    """Whether an amount opening a bracket says the scale other figures are in: a vague scale ("(millions of people)",
    "(in miljoenen)") or a multiplier ("(x 1.000)", "(× 1,000)"), its bracket closing soon after."""
    i = amount.start
    before = [r.low(j) if j > floor else "" for j in (i - 1, i - 2)]
    if amount.vague:
        opened = before[0] == "(" or (before[0] in r.lex.in_words and before[1] == "(")
    else:
        opened = _MULTIPLIER.fullmatch(amount.digits) is not None and before[0] in TIMES_SIGNS and before[1] == "("
    return opened and any(r.low(j) == ")" for j in range(k, k + NOTE_TOKENS))


TIMES_SIGNS = ("x", "×")
_MULTIPLIER = re.compile(r"1(?:[.,  ]?000)+")  # what a scale note multiplies by, in either mark: "(x 1.000)"
NOTE_TOKENS = 4  # tokens a scale note's bracket closes within after its amount: "(millions of people)"


Rule = Callable[["Reader", Candidate], "int | None"]
RULES: tuple[Rule, ...] = (
    years,
    dates,
    numeric_dates,
    clock_times,
    line_times,
    cue_marks,
    post_numbers,
    phone_numbers,
    paragraph_numbers,
    heading_numbers,
    hours,
    times_ago,
    section_numbers,
    week_numbers,
    school_years,
    update_numbers,
    section_signs,
    exam_marks,
    list_numbers,
    citation_markers,
    names,
    titles,
    versions,
    serial_numbers,
    number_runs,
)


def check(r: Reader, amount: Amount, high: Amount | None, currency: str | None, percent: bool, qualifier: str,
          k: int, floor: int) -> None:
    """Raise Skip when a bare number is not a figure (the first of RULES that says what it is instead)."""
    if amount.written and high is None and not (currency or percent or amount.scaled) and amount.decimals == 0:
        if _half_hour(r, amount.first, floor, amount.low) or _quarter_hour(r, amount.first, floor, amount.low):
            raise Skip(k - 1)  # "die om half zes inlogt", "om kwart over zes": a time, written out as hours are
        if amount.low <= HOURS and r.low(k) in r.lex.clock_words:
            raise Skip(k)  # "at six o'clock", "at six pm": an hour written out
    if high is None and not (currency or percent or amount.scaled) and amount.decimals == 0 and \
            r.low(amount.first - 1) in r.lex.decade_leads and amount.first - 1 > floor and _decade(amount.low):
        raise Skip(k - 1)  # "de jaren negentig", "jaren 90", "de jaren 2010": a decade is a date
    if high is None and not percent and (amount.vague or not currency) and _unit_note(r, amount, k, floor):
        raise Skip(k - 1)  # "(millions of people)", "(in miljoenen euro)", "(x 1.000)": the scale of other figures
    if amount.written and high is None and not (currency or percent or amount.scaled) and amount.decimals == 0 and \
            _written_section(r, amount.first, floor):
        raise Skip(k - 1)  # "because chapter six builds …", "in hoofdstuk zes": a section named in words
    if high is None and not (currency or percent or amount.scaled) and amount.decimals == 0 and \
            _own_parts(r, amount.first, k, floor):
        raise Skip(k)  # "in de eerste drie rijen", "the last 2 paragraphs": where in the text, no figure
    if currency or percent or amount.scaled or amount.written:
        return
    i = amount.first
    digits = amount.digits
    candidate = Candidate(
        amount, high, qualifier, i, k, floor,
        prev=r.low(i - 1) if i - 1 > floor else "",
        prev_tok=r.tok(i - 1) if i - 1 > floor else None,
        nxt=r.low(k),
        value=amount.low,
        whole=amount.decimals == 0 and "," not in digits and "." not in digits,
    )
    for rule in RULES:
        until = rule(r, candidate)
        if until is not None:
            raise Skip(until)


HOURS = 24  # the hours of a clock
_LABEL_ENDS = frozenset(":.—–-)")  # what may close a heading's section number


def _written_section(r: Reader, i: int, floor: int) -> bool:
    """Whether a number written out names a section after its singular word, a function word but no article before
    that: "because chapter six builds …", "in hoofdstuk zes" (not "the answer three workers gave", nor a verb: "Answer
    three questions", "did not answer three requests", "I figure four countries", nor each: "per vraag negen
    afbeeldingen")."""
    word, before = r.low(i - 1), r.low(i - 2)
    if i - 1 > floor and word in r.lex.section_words and r.toks[i - 1].text[:1].isupper() and \
            opens_line(r.text, r.toks[i - 1].start) and (r.tok(i + 1) is None or r.toks[i + 1].text in _LABEL_ENDS):
        return True  # "# PART TWO: ANTANANARIVO", "Chapter Four." opening a line: a heading's section
    return i - 2 > floor and word in r.lex.section_words and not word.endswith(tuple(r.lex.plural_endings)) and \
        before in r.lex.any_stopwords and before not in r.lex.articles and before not in r.lex.definite_articles and \
        before not in r.lex.verb_leads and before not in r.lex.period_leads and (before, word) not in r.lex.connectives


def _own_parts(r: Reader, i: int, k: int, floor: int) -> bool:
    """Whether the count at token i, its noun at k, counts the text's own parts at a place in it, after an article and
    a word of position: "the first three rows", "de volgende vier dia's" (not "the next 150 texts", "the first three
    months")."""
    return i - 2 > floor and r.low(i - 1) in r.lex.position_words and r.low(i - 2) in r.lex.definite_articles and \
        r.low(k) in r.lex.text_parts


def _decade(value: float) -> bool:
    """Whether a number names a decade: tens of a century (20 to 90) or a year ending in 0 (1990, 2010)."""
    return value == int(value) and int(value) % 10 == 0 and (20 <= value <= 90 or 1000 <= value <= 2100)


def _half_hour(r: Reader, i: int, floor: int, value: float) -> bool:
    """Whether the hour at token i follows a half hour's word after a time word: "om half zes", "tot half 6"."""
    return value <= CLOCK_HOURS and i - 2 > floor and r.low(i - 1) in r.lex.clock_halves and r.low(i - 2) in r.lex.time_before


def _quarter_hour(r: Reader, i: int, floor: int, value: float) -> bool:
    """Whether the hour at token i follows a time word, a quarter's word and a side of the hour: "om kwart over zes",
    "tot kwart voor 8" (not "een kwart over zes maanden")."""
    return value <= CLOCK_HOURS and i - 3 > floor and r.low(i - 1) in r.lex.clock_sides and r.low(i - 2) in r.lex.clock_quarters \
        and r.low(i - 3) in r.lex.time_before


def _is_month(r: Reader, j: int) -> bool:
    t = r.tok(j)
    if t is None or t.kind != "w" or t.low not in r.lex.months:
        return False
    return t.low not in r.lex.capitalised_months or t.text[0].isupper()


def _time_like(amount: Amount) -> bool:
    """ "15.30": hours up to 24, a separator, two digits of minutes."""
    return _clock(amount.digits)


def _on_the_quarter(amount: Amount) -> bool:
    """Whether an amount is an hour on the quarter ("8.00", "17.30"): what a price rarely is."""
    return _clock(amount.digits) and amount.digits[-2:] in QUARTERS


QUARTERS = ("00", "15", "30", "45")


def _clock(digits: str) -> bool:
    if len(digits) < 4 or digits[-3] not in ".:" or not digits[:-3].isdigit():
        return False
    return int(digits[:-3]) <= 24 and int(digits[-2:]) < 60


def _list_marker(r: Reader, i: int) -> bool:
    """Token i opens its line (after list bullets) and a "." or ")" with white space follows it."""
    t = r.toks[i]
    nxt = r.tok(i + 1)
    if nxt is None or nxt.gap or nxt.text not in ".)":
        return False
    after = r.text[nxt.end:nxt.end + 1]
    if after and not after.isspace():
        return False
    line_end = r.text.find("\n", nxt.end)
    if not r.text[nxt.end:line_end if line_end >= 0 else len(r.text)].strip():
        return False  # "192." alone is a number: a marker has an item after it
    line_start = r.text.rfind("\n", 0, t.start) + 1
    before = r.text[line_start:t.start]
    if all(ch.isspace() or ch in "-*•(#>" for ch in before):
        return True
    return inline_item(r.text, t.start, t.end)
