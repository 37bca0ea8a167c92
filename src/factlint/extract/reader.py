"""Figure extraction: find every sum of money, count, range, percentage or rate in a text.

Pure: text and a language in, figures out. No I/O.

How it works: one cheap regex finds anchors (a digit, or a word that starts like a number word);
a window around each anchor is cut into tokens and read by a small hand-written parser with bounded
look-behind (qualifier, currency, "between") and look-ahead (scale, unit, range end, period).
Every regex is free of nested quantifiers over the same characters, so time is linear in the text.

Written numbers are read by a small table-driven parser over `factlint.lang` rather than text2num
(MIT, good Dutch support): text2num rewrites text and loses the character offsets a span needs,
cannot mix digits with scale words in ranges ("150 to 430 million"), and would add a compiled
dependency for some forty table entries.

Decisions (tested in tests/test_figures.py):
- A written number alone is a figure when it has a scale ("two million"), a percent or currency,
  or (2 and up) a counted noun ("four countries"); "one" and "een" need a scale, percent or currency.
- Counts: `unit` is the head noun after the number, lower-cased as written ("150 text passages" ->
  "passages"); the span covers the number and scale only, not the noun.
- Vague plurals are approximate counts: "hundreds" is 200-999, "thousands" 2,000-9,999 and
  "hundreds of millions" 200,000,000-999,999,999.
- "six-figure salaries" is money from 100,000 to 999,999 with no currency (unit None).
- Years (1000-2100 with no unit, scale or qualifier), dates, times, ordinals, decades, section and
  list numbers, numbers glued to letters (GPT-4, H100, B2B, 4K, 3D), numbers after a capitalised
  name (Windows 11, ISO 9001, Lustrum 410), phone numbers and anything in a URL, e-mail address or
  file path are not figures.
- Separators: a comma with one or two digits after it is a decimal comma; a single separator with
  exactly three digits after it is a thousands separator in English ("12,000") and a decimal one in
  Dutch ("1,500" = 1.5); a dot with three digits is Dutch thousands ("12.000").
- Single capital-letter suffixes (4K, 70B, 100M) count as scales only after a currency sign.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Mapping

from factlint.lang import LEXICONS, Lexicon, lexicon
from factlint.text import ZERO_WIDTH

KINDS = ("money", "percent", "count")
PERIODS = ("hour", "day", "week", "month", "year")
QUALIFIERS = ("exact", "approx", "min", "max")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as read from a text; `start`/`end` are offsets into that text."""

    text: str
    start: int
    end: int
    low: float
    high: float
    kind: str  # "money" | "percent" | "count"
    unit: str | None  # ISO 4217 for money, "%" for percent, the counted noun (as written, lower-case) or None
    per: str | None  # "hour" | "day" | "week" | "month" | "year" | None
    qualifier: str  # "exact" | "approx" | "min" | "max"
    # Magnitude of the last digit written, after scale words: "1.5 million" -> 100000.0,
    # "$1.50" -> 0.01, "430 million" -> 1000000.0. Lets a claim be rounded to the draft's precision.
    step: float = 1.0

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def as_json(self) -> dict:
        return {
            "low": _plain(self.low),
            "high": _plain(self.high),
            "kind": self.kind,
            "unit": self.unit,
            "per": self.per,
            "qualifier": self.qualifier,
        }


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


# Currency signs and codes are the same in every language, so they live here, not in lang/.
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
                   "HK": "HKD", "S": "SGD", "R": "BRL"}
CODES = frozenset({"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "INR", "NZD", "HKD",
                   "SGD", "BRL", "KES", "ZAR", "SEK", "NOK", "DKK"})
DASHES = frozenset("-–—‐‑−")
HYPHENS = frozenset("-‐‑")
QUOTES = frozenset("'\"‘’“”‚„«»")
WINDOW_BEFORE = 48  # covers "in excess of", "between", a currency code and spaces
WINDOW_AFTER = 72  # covers "million euros per month" and a counted noun with its period

# A space (plain, no-break, narrow or thin) groups thousands only in "12 000"-shaped numbers:
# one to three digits, then groups of exactly three ("2023 500" stays two numbers).
_TOKEN = re.compile(r"(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*)|([^\W\d_]+(?:['’.\-‐‑][^\W\d_]+)*)|(\S)")
_TOKEN_KINDS = ("", "n", "w", "s")  # by the _TOKEN group that matched
# A chunk (from a white space or the start) with one of the characters every locator holds.
_LOCATOR_CHUNK = re.compile(r"(?<!\S)(?=[^\s./\\@]*+[./\\@])\S+")
_PATH_SEGMENT = re.compile(r"/[\w.~%+-]+/")
_DOMAIN_PATH = re.compile(r"[A-Za-z]\.[A-Za-z]{2,}[/:]")
_FILE_NAME = re.compile(r"[\w-]\.(?:pdf|html?|php|aspx?|txt|md|csv|xlsx?|docx?|json|xml|png|jpe?g|gif|py|js|zip)\b", re.I)


def _trie_regex(words: set[str]) -> str:
    """An alternation of `words` factored by common prefix, so the regex engine does not retry each word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


def _anchor_pattern() -> re.Pattern[str]:
    words: set[str] = set()
    stems: set[str] = set()
    for code in ("en", "nl"):
        lex = lexicon(code)
        words |= set(lex.number_words) | set(lex.hundred_words) | set(lex.scales)
        words |= set(lex.plural_scales) | set(lex.half_words)
        stems |= {w for w, v in lex.number_words.items() if 1 <= v <= 10} | set(lex.hundred_words)
    # The Dutch article "een" is everywhere; "een miljoen" is found through "miljoen".
    words.discard("een")
    whole = _trie_regex(words)
    # Dutch compounds: "tweehonderd", "vijfentwintig", "tienduizenden".
    compound = _trie_regex(stems) + r"\w{0,20}?(?:honderd|duizend|tig)(?:en)?"
    # Every word starts with a word character, so only a word's start can match: (?<!\w) rejects a word's end
    # before the engine tries each word there.
    start = r"\b(?<!\w)" if all(re.match(r"\w", w) for w in words | stems) else r"\b"
    return re.compile(r"\d+|" + start + "(?:" + whole + "|" + compound + r")\b", re.IGNORECASE)


_ANCHOR = _anchor_pattern()
# The same pattern without IGNORECASE, for ASCII text lowered first: the same matches at twice the speed
# (the pattern's words are all lower-case; for ASCII, lowering keeps every offset).
_ANCHOR_LOWER = re.compile(_ANCHOR.pattern)

_Phrase = tuple[str, ...]


def _by_word(pairs, pick: int) -> Mapping[str, tuple]:
    """Entries grouped by the word at `pick` of their phrase (0 first, -1 last), each group in table order."""
    grouped: dict[str, list] = {}
    for phrase, value in pairs:
        if phrase:
            grouped.setdefault(phrase[pick], []).append((phrase, value))
    return MappingProxyType({word: tuple(group) for word, group in grouped.items()})


@dataclass(frozen=True, slots=True)
class _Index:
    """A lexicon's phrase tables keyed by one word, so a token looks up its few candidates, not every phrase."""

    lex: Lexicon
    qualifiers_by_last: Mapping[str, tuple[tuple[_Phrase, str], ...]]
    long_qualifiers_by_first: Mapping[str, tuple[tuple[_Phrase, str], ...]]  # phrases of two words or more
    trailing_by_first: Mapping[str, tuple[tuple[_Phrase, str], ...]]
    percent_by_first: Mapping[str, tuple[tuple[_Phrase, None], ...]]
    range_words_by_first: Mapping[str, tuple[tuple[_Phrase, None], ...]]
    function_words: frozenset[str]  # a capitalised word before a number that is no name ("Over 60%")
    not_nouns: frozenset[str]  # words never counted as the noun after a number

    @classmethod
    def of(cls, lex: Lexicon) -> _Index:
        qualifiers = lex.qualifiers.items()
        not_nouns = frozenset().union(lex.any_stopwords, lex.currency_words, lex.scales, lex.plural_scales,
                                      lex.period_units, lex.period_adverbs, lex.months, lex.number_words,
                                      lex.hundred_words, lex.period_leads, (p[0] for p in lex.percent_phrases))
        return cls(
            lex=lex,
            qualifiers_by_last=_by_word(qualifiers, -1),
            long_qualifiers_by_first=_by_word(((p, q) for p, q in qualifiers if len(p) > 1), 0),
            trailing_by_first=_by_word(lex.trailing_qualifiers.items(), 0),
            percent_by_first=_by_word(((p, None) for p in lex.percent_phrases), 0),
            range_words_by_first=_by_word(((p, None) for p in lex.range_words), 0),
            function_words=frozenset().union(lex.any_stopwords, lex.range_openers, lex.currency_words,
                                             (p[-1] for p in lex.qualifiers)),
            not_nouns=not_nouns,
        )


_INDEXES: Mapping[str, _Index] = MappingProxyType({code: _Index.of(lex) for code, lex in LEXICONS.items()})


def _index(lex: Lexicon) -> _Index:
    """The bundled lexicon's index, built at import; any other lexicon's, built now."""
    index = _INDEXES.get(lex.code)
    return index if index is not None and index.lex is lex else _Index.of(lex)


def extract(text: str, lang: str = "en") -> list[Figure]:
    """Every figure in `text`, in order of position. `lang` is "en" or "nl"."""
    lex = lexicon(lang)
    figures: list[Figure] = []
    # Terminal escape sequences ("\x1b[31m") are not prose: blanked, same length, so spans still hold.
    read = _ESCAPE.sub(lambda m: " " * len(m.group()), text) if "\x1b" in text else text
    if _ZERO_WIDTH.search(read):
        return _without_zero_width(text, read, lex)
    for lo, hi in _regions(read):
        for fig in _Reader(read, lo, hi, lex).read():
            figures.append(fig if read is text else replace(fig, text=text[fig.start:fig.end]))
    return figures


# Invisible characters that a pasted number may carry ("1.4\u200b6"): read as if absent.
_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH}]+")


def _without_zero_width(text: str, read: str, lex: Lexicon) -> list[Figure]:
    """extract() on `read` with its zero-width characters taken out, spans mapped back into `text`."""
    pieces, starts, origins = [], [], []  # the kept runs, where each starts in the reading and in `text`
    at = kept = 0
    for m in _ZERO_WIDTH.finditer(read):
        pieces.append(read[at:m.start()])
        starts.append(kept)
        origins.append(at)
        kept += m.start() - at
        at = m.end()
    pieces.append(read[at:])
    starts.append(kept)
    origins.append(at)
    joined = "".join(pieces)

    def original(k: int) -> int:
        run = bisect.bisect_right(starts, k) - 1
        return origins[run] + k - starts[run]

    figures = []
    for lo, hi in _regions(joined):
        for fig in _Reader(joined, lo, hi, lex).read():
            start, end = original(fig.start), original(fig.end - 1) + 1
            figures.append(replace(fig, start=start, end=end, text=text[start:end]))
    return figures


_ESCAPE = re.compile(r"\x1b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)?|[@-Z\\-_])")


def _regions(text: str) -> list[tuple[int, int]]:
    """Disjoint windows around anchors, widened to white space so no word is cut."""
    regions: list[tuple[int, int]] = []
    n = len(text)
    found = _ANCHOR_LOWER.finditer(text.lower()) if text.isascii() else _ANCHOR.finditer(text)
    for match in found:
        lo = _snap_back(text, max(0, match.start() - WINDOW_BEFORE))
        hi = _snap_forward(text, min(n, match.end() + WINDOW_AFTER))
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions


def _snap_back(text: str, at: int) -> int:
    stop = max(0, at - 32)
    while at > stop and not text[at - 1].isspace():
        at -= 1
    return at


def _snap_forward(text: str, at: int) -> int:
    stop = min(len(text), at + 32)
    while at < stop and not text[at].isspace():
        at += 1
    return at


def _is_locator(chunk: str) -> bool:
    """A URL, e-mail address or file path: nothing inside it is a figure."""
    if "://" in chunk or chunk.lower().startswith("www.") or "\\" in chunk:
        return True
    at = chunk.find("@")
    if at > 0 and "." in chunk[at:]:
        return True
    # Two slashes around a segment of path characters: "data/2023/report", not "$1.46/hour[/red]".
    if _PATH_SEGMENT.search(chunk) and any(c.isalpha() for c in chunk) and any(c.isdigit() for c in chunk):
        return True
    return bool(_DOMAIN_PATH.search(chunk) or _FILE_NAME.search(chunk))


@dataclass(slots=True)
class _Tok:
    kind: str  # "n" number, "w" word, "s" symbol, "x" blocked (inside a URL or path)
    start: int
    end: int
    text: str
    low: str
    gap: bool  # white space before it


@dataclass(slots=True)
class _Amount:
    low: float
    high: float
    step: float
    first: int  # token index of the first number token
    last: int  # token index of the last token read (number, scale)
    scaled: bool = False
    written: bool = False
    vague: bool = False
    digits: str = ""  # the digit token as written, when the amount is one plain number
    decimals: int = 0
    currency: str | None = None
    percent: bool = False
    money_range: bool = False  # "six-figure"


class _Skip(Exception):
    """Not a figure; resume reading after token `until`."""

    def __init__(self, until: int) -> None:
        super().__init__(until)
        self.until = until


class _Reader:
    """Reads the figures of one window of the text."""

    def __init__(self, text: str, lo: int, hi: int, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.index = _index(lex)
        # Every locator holds ".", "/", "@" or a backslash: other chunks are never tested.
        blocked = [(m.start() + lo, m.end() + lo) for m in _LOCATOR_CHUNK.finditer(text[lo:hi])
                   if _is_locator(m.group())]
        toks: list[_Tok] = []
        add = toks.append
        prev_end = -1
        b = 0
        nb = len(blocked)
        for m in _TOKEN.finditer(text, lo, hi):
            start, end = m.span()
            while b < nb and blocked[b][1] <= start:
                b += 1
            word = m.group()
            add(_Tok("x" if b < nb and blocked[b][0] <= start else _TOKEN_KINDS[m.lastindex], start, end, word,
                     word.lower().replace("’", "'"), start != prev_end))
            prev_end = end
        self.toks = toks
        # Each token's lower-case text, "" when blocked: the parser's most frequent look-up.
        self.lows = [t.low if t.kind != "x" else "" for t in toks]
        self.count = len(toks)

    # -- token helpers -------------------------------------------------------------------------

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < self.count else None

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.count else ""

    def is_word(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "w"

    def phrase_at(self, i: int, phrases) -> tuple[str, ...] | None:
        """The longest of `phrases` whose words start at token i."""
        for phrase in phrases:
            if self.words_at(i, phrase):
                return phrase
        return None

    def words_at(self, i: int, phrase: _Phrase) -> bool:
        """Whether the words of `phrase` start at token i."""
        if i < 0 or i + len(phrase) > self.count:
            return all(self.low(i + k) == w for k, w in enumerate(phrase))
        lows = self.lows
        return all(lows[i + k] == w for k, w in enumerate(phrase))

    def indexed_phrase_at(self, i: int, table: Mapping[str, tuple]) -> tuple[_Phrase, object] | None:
        """The first entry of a `_by_word(..., 0)` table whose phrase starts at token i."""
        for entry in table.get(self.low(i), ()):
            if self.words_at(i, entry[0]):
                return entry
        return None

    # -- main loop -----------------------------------------------------------------------------

    def read(self) -> list[Figure]:
        out: list[Figure] = []
        floor = -1  # last token used by a figure
        i = 0
        toks = self.toks
        while i < len(toks):
            kind = toks[i].kind
            if kind != "n" and (kind != "w" or not self.could_start(i)):
                i += 1
                continue
            try:
                figure, last = self.figure_at(i, floor)
            except _Skip as skip:
                i = max(skip.until, i) + 1
                continue
            if figure is None:
                i += 1
                continue
            out.append(figure)
            floor = last
            i = last + 1
        return out

    def could_start(self, i: int) -> bool:
        t = self.toks[i]
        if t.kind == "n":
            return True
        if t.kind != "w":
            return False
        head = t.low.split("-")[0]
        if not _ANCHOR.match(head):
            return head in self.lex.one_words and self.scale_word(i + 1) is not None
        lex = self.lex
        return (head in lex.number_words or head in lex.plural_scales or head in lex.one_words
                or head in lex.half_words or head in lex.hundred_words or head in lex.scales
                or _compound_value(head, lex) is not None or _vague_compound(head, lex) is not None)

    def figure_at(self, i: int, floor: int) -> tuple[Figure | None, int]:
        lex = self.lex
        start_i = i
        currency, start_i = self.currency_before(i, floor)
        amount = self.amount(i, head=True, money=currency is not None)
        if amount is None:
            return None, i
        if amount.written and amount.first > 0 and self.low(amount.first) in lex.one_words and not amount.scaled:
            return None, i
        if currency is None:
            currency = amount.currency
        k = amount.last + 1
        k = self.units_after(amount, k)
        currency = currency or amount.currency
        # A qualifier phrase that starts with a number word ("ten minste") is not a number.
        if amount.written and self.qualifier_at(amount.first):
            return None, i
        opener_i = start_i - 1
        if self.low(opener_i) in lex.range_opener_fillers and self.low(opener_i - 1) in lex.range_openers:
            opener_i -= 1
        opener = self.low(opener_i) if opener_i > floor else ""
        connectors = lex.range_openers.get(opener)
        high_amount, k2 = self.range_end(amount, k, connectors, currency)
        if high_amount is not None:
            k = k2
            currency = currency or high_amount.currency
        else:
            opener = "" if connectors is None or opener not in lex.range_openers else opener
        qual_end = (opener_i if high_amount is not None and connectors else start_i)
        qualifier = self.qualifier_before(qual_end, floor)
        low, high, step = amount.low, amount.high, amount.step
        percent = amount.percent
        if high_amount is not None:
            high, step = high_amount.high, min(step, high_amount.step)
            percent = percent or high_amount.percent
        if amount.vague and qualifier == "exact":
            qualifier = "approx"
        trailing, noun_from = self.trailing_qualifier(k)
        if trailing and qualifier == "exact":
            qualifier = trailing
        self.exclusions(amount, high_amount, currency, percent, qualifier, start_i, k, floor)
        last = k - 1
        per, last = self.period_after(last, adverbs=True)
        unit: str | None
        if currency or amount.money_range:
            kind, unit = "money", currency
        elif percent:
            kind, unit = "percent", "%"
        else:
            kind = "count"
            unit, noun_last = self.counted_noun(max(last + 1, noun_from), amount.vague)
            if amount.vague and unit in lex.currency_words:
                kind, unit = "money", lex.currency_words[unit]
            elif per is None and noun_last is not None:
                per, _ = self.period_after(noun_last, adverbs=False)
            if amount.written and not amount.scaled and unit is None and not amount.vague:
                return None, i
        if amount.written and not amount.scaled and amount.low < 2 and kind == "count":
            return None, i
        start = self.toks[start_i].start
        end = self.toks[last].end
        return Figure(self.text[start:end], start, end, float(low), float(high), kind, unit, per,
                      qualifier, float(step)), last

    # -- pieces --------------------------------------------------------------------------------

    def currency_before(self, i: int, floor: int) -> tuple[str | None, int]:
        """A currency sign or code right before token i: ("USD", index of its first token)."""
        j = i - 1
        t = self.tok(j)
        if t is None or j <= floor or t.kind == "x" or self.toks[i].kind != "n":
            return None, i
        if t.kind == "s" and t.text in SYMBOLS and (not self.toks[i].gap or self.text[t.end:self.toks[i].start] == " "):
            before = self.tok(j - 1)
            if before is not None and j - 1 > floor and before.kind == "w" and not t.gap and before.text in DOLLAR_PREFIXES and t.text == "$":
                return DOLLAR_PREFIXES[before.text], j - 1
            return SYMBOLS[t.text], j
        if t.kind == "w" and t.text in CODES:
            return t.text, j
        return None, i

    def currency_prefix_at(self, j: int) -> tuple[str | None, int]:
        """A currency sign or code starting at token j and followed by a number: (code, number index)."""
        t = self.tok(j)
        if t is None or t.kind not in ("s", "w"):
            return None, j
        if t.text in SYMBOLS and self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
            return SYMBOLS[t.text], j + 1
        if t.text in CODES and self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
            return t.text, j + 1
        if (t.text in DOLLAR_PREFIXES and self.low(j + 1) == "$" and not self.toks[j + 1].gap
                and self.tok(j + 2) is not None and self.toks[j + 2].kind == "n"):
            return DOLLAR_PREFIXES[t.text], j + 2
        return None, j

    def amount(self, i: int, *, head: bool, money: bool) -> _Amount | None:
        t = self.toks[i]
        if t.kind == "n":
            return self.digit_amount(i, head=head, money=money)
        if t.kind == "w":
            return self.word_amount(i)
        return None

    def digit_amount(self, i: int, *, head: bool, money: bool) -> _Amount | None:
        lex = self.lex
        t = self.toks[i]
        if head:
            self.check_glue_before(i)
        parsed = _parse_digits(t.text, lex.decimal_mark)
        if parsed is None:
            raise _Skip(self._chain_end(i))
        value, decimals = parsed
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit():
            raise _Skip(self._number_run_end(i))  # 07, 050 363 9111: dates, codes, phone numbers
        amount = _Amount(value, value, 10.0 ** -decimals, i, i, digits=t.text, decimals=decimals)
        nxt = self.tok(i + 1)
        if nxt is not None and not nxt.gap and nxt.kind != "x":
            if nxt.kind == "w":
                suffix = nxt.text
                scale = lex.scale_suffixes.get(suffix.lower())
                single_cap = len(suffix) == 1 and suffix.isupper()
                if scale is not None and (money or not single_cap):
                    self.scale(amount, scale, i + 1)
                else:
                    raise _Skip(i + 1)  # 3rd, 30ste, 1990s, 4K, 5G, 10x
            elif nxt.text in (":", "/") and self._digit_follows(i + 1):
                raise _Skip(self._chain_end(i))  # 15:30, 24/7, 20/11/2023
            elif nxt.text in HYPHENS and self.tok(i + 2) is not None and self.toks[i + 2].kind == "w" and not self.toks[i + 2].gap:
                raise _Skip(i + 2)  # 10-year, 3-day
            elif nxt.text in "'’" and self.low(i + 2) in lex.decade_suffixes and not self.toks[i + 2].gap:
                raise _Skip(i + 2)  # 1990's
        if amount.last == i:
            scale_word = self.low(i + 1)
            if self.is_word(i + 1) and (scale_word in lex.scales or scale_word in lex.hundred_words):
                self.scale(amount, lex.scales.get(scale_word, 100.0), i + 1)
            elif self.is_word(i + 1) and len(scale_word) >= 2 and scale_word in lex.scale_suffixes:
                self.scale(amount, lex.scale_suffixes[scale_word], i + 1)  # "2 mln", "7 bn"
        return amount

    def scale(self, amount: _Amount, scale: float, at: int) -> None:
        amount.low *= scale
        amount.high *= scale
        amount.step *= scale
        amount.scaled = True
        amount.last = at

    def _digit_follows(self, i: int) -> bool:
        t = self.tok(i + 1)
        return t is not None and t.kind == "n" and not t.gap

    def _chain_end(self, i: int) -> int:
        """The last token of a run of numbers glued by separators (a date, time or version)."""
        while self.tok(i + 1) is not None and not self.toks[i + 1].gap and self.toks[i + 1].text in "-–/:." and self._digit_follows(i + 1):
            i += 2
        return i

    def check_glue_before(self, i: int) -> None:
        text = self.text
        start = self.toks[i].start
        if start == 0:
            return
        c = text[start - 1]
        c2 = text[start - 2] if start >= 2 else " "
        if c.isalnum() or c == "_" or c in "#§'’":
            raise _Skip(self._chain_end(i))  # H100, #3, jaren '90
        if c in HYPHENS and (c2.isalnum()):
            raise _Skip(self._chain_end(i))  # GPT-4, COVID-19
        if c in "/:." and c2.isdigit():
            raise _Skip(self._chain_end(i))
        if c == "+":
            raise _Skip(self._number_run_end(i))  # +31 50 363 9111

    def _number_run_end(self, i: int) -> int:
        """The last token of a phone-number-like run of numbers, hyphens and brackets."""
        j = i
        while self.tok(j + 1) is not None and (self.toks[j + 1].kind == "n" or self.toks[j + 1].text in ("-", "(", ")")):
            j += 1
        return j

    def word_amount(self, i: int) -> _Amount | None:
        lex = self.lex
        first = self.low(i)
        # "six-figure salaries"
        if "-" in first:
            left, _, right = first.partition("-")
            if right in lex.n_figure and left in lex.number_words and lex.number_words[left] >= 2:
                n = int(lex.number_words[left])
                a = _Amount(10.0 ** (n - 1), 10.0 ** n - 1, 1.0, i, i, written=True, scaled=True)
                a.money_range = True
                return a
        vague = self.vague_amount(i)
        if vague is not None:
            return vague
        # "a million", "half a million", "anderhalf miljoen" (the last via number_words)
        if first in lex.one_words and first not in lex.number_words or first in lex.half_words:
            value = 0.5 if first in lex.half_words else 1.0
            j = i + 1
            if first in lex.half_words and self.low(j) in ("a", "an", "een"):
                j += 1
            scale = self.scale_word(j)
            if scale is None:
                return None
            v = value * scale
            return _Amount(v, v, _step_of(v), i, j, written=True, scaled=True)
        return self.written_number(i)

    def scale_word(self, j: int) -> float | None:
        word = self.low(j)
        if not self.is_word(j):
            return None
        if word in self.lex.scales:
            return self.lex.scales[word]
        if word in self.lex.hundred_words:
            return 100.0
        return None

    def vague_amount(self, i: int) -> _Amount | None:
        """"hundreds", "tens of thousands", "honderden miljoenen", "tienduizenden"."""
        lex = self.lex
        first = self.low(i)
        base = lex.plural_scales.get(first)
        if base is None:
            base = _vague_compound(first, lex)
        if base is None:
            return None
        last = i
        j = i + 1
        if self.low(j) in ("of", "van"):
            j += 1
        nxt = self.low(j)
        if self.is_word(j) and (nxt in lex.plural_scales or nxt in lex.scales):
            base *= lex.plural_scales.get(nxt) or lex.scales[nxt]
            last = j
        return _Amount(2 * base, 10 * base - 1, base, i, last, written=True, scaled=True, vague=True)

    def written_number(self, i: int) -> _Amount | None:
        lex = self.lex
        total = 0.0
        current = 0.0
        last_kind = ""
        last_scale = math.inf
        j = i
        last = -1
        used_hundred = False
        while True:
            t = self.tok(j)
            if t is None or t.kind != "w" or (j > i and not t.gap):
                break
            word = t.low
            if word in ("and", "en") and last_kind in ("hundred", "scale") and j > i:
                nv = _word_value(self.low(j + 1), lex)
                after = self.low(j + 2)
                if nv is not None and nv < 100 and self.is_word(j + 1) and after not in lex.hundred_words:
                    j += 1
                    continue
                break
            if word in lex.hundred_words:
                if last_kind == "hundred" or current >= 100:
                    break
                current = (current or 1) * 100
                last_kind, last, used_hundred = "hundred", j, True
            elif word in lex.scales and lex.scales[word] < last_scale:
                if last_kind == "" and j == i:
                    return None
                scale = lex.scales[word]
                total += (current or 1) * scale
                current = 0.0
                last_scale = scale
                last_kind, last = "scale", j
            else:
                value = _word_value(word, lex)
                if value is None:
                    break
                if last_kind == "number":
                    # "twenty five" continues a tens word; "two three" does not
                    if not (current % 100 in (20, 30, 40, 50, 60, 70, 80, 90) and value < 10):
                        break
                elif last_kind == "hundred" and value >= 100:
                    break
                current += value
                last_kind, last = "number", j
            j += 1
        if last < 0:
            return None
        value = total + current
        if value <= 0:
            return None
        return _Amount(value, value, _step_of(value), i, last, written=True,
                       scaled=last_scale != math.inf or used_hundred or value >= 100)

    def units_after(self, amount: _Amount, k: int) -> int:
        """Read "%", "percent", a currency sign, code or word after an amount; the next index."""
        lex = self.lex
        t = self.tok(k)
        if t is None or t.kind == "x":
            return k
        if t.text == "%" and (not t.gap or self.text[self.toks[k - 1].end:t.start] == " "):
            amount.percent = True
            return k + 1
        found = self.indexed_phrase_at(k, self.index.percent_by_first) if t.kind == "w" else None
        if found is not None:
            amount.percent = True
            return k + len(found[0])
        if t.text == "," and not t.gap and self.tok(k + 1) is not None and self.toks[k + 1].text in DASHES and not self.toks[k + 1].gap:
            rest = k + 2
            if self.currency_word(rest) or self.currency_before_known(amount):
                amount.currency = amount.currency or self.currency_word(rest)
                k = rest  # "€ 90,-"
                t = self.tok(k)
                if t is None:
                    return k
        code = self.currency_word(k)
        if code is not None:
            amount.currency = code
            if self.low(k) in lex.dollar_adjectives:
                return k + 2
            return k + 1
        return k

    def currency_before_known(self, amount: _Amount) -> bool:
        t = self.tok(amount.first - 1)
        return t is not None and (t.text in SYMBOLS or t.text in CODES)

    def currency_word(self, k: int) -> str | None:
        t = self.tok(k)
        if t is None or t.kind == "x":
            return None
        if t.kind == "s" and t.text in SYMBOLS and self.text[self.toks[k - 1].end:t.start] in ("", " "):
            return SYMBOLS[t.text]
        if t.kind != "w":
            return None
        if t.text in CODES:
            return t.text
        if t.low in self.lex.currency_words:
            return self.lex.currency_words[t.low]
        if t.low in self.lex.dollar_adjectives and self.low(k + 1) in ("dollar", "dollars"):
            return self.lex.dollar_adjectives[t.low]
        return None

    def range_end(self, amount: _Amount, k: int, connectors, currency: str | None) -> tuple[_Amount | None, int]:
        """The upper end of a range starting at `amount`, and the index after it."""
        t = self.tok(k)
        if t is None or t.kind == "x" or amount.vague or amount.money_range:
            return None, k
        compact = False
        if t.kind == "s" and t.text in DASHES:
            j = k + 1
            compact = not t.gap
        elif connectors and self.phrase_at(k, [connectors]):
            j = k + len(connectors)
        else:
            found = self.indexed_phrase_at(k, self.index.range_words_by_first)
            if found is None:
                return None, k
            j = k + len(found[0])
        b_currency, j = self.currency_prefix_at(j)
        b_tok = self.tok(j)
        if b_tok is None or b_tok.kind not in ("n", "w"):
            return None, k
        if compact and b_tok.kind == "n" and (b_tok.gap or amount.digits == ""):
            compact = False
        try:
            high = self.amount(j, head=False, money=(currency or b_currency) is not None)
        except _Skip:
            return None, k
        if high is None or high.vague or high.money_range:
            return None, k
        if compact and self._digit_follows(high.last + 1) and self.toks[high.last + 1].text in DASHES:
            raise _Skip(self._chain_end(high.last))  # 12-11-2023
        end = self.units_after(high, high.last + 1)
        high.currency = high.currency or b_currency
        if amount.currency and high.currency and amount.currency != high.currency:
            return None, k
        if currency and high.currency and currency != high.currency:
            return None, k
        if amount.percent != high.percent:
            if amount.percent and end == high.last + 1:
                high.percent = True
            elif high.percent and amount.last + 1 == k:
                amount.percent = True
            else:
                return None, k
        # A written first end below a thousand ("honderd tot vierhonderd miljoen") names no scale of its own.
        bare_words = amount.written and amount.low < 1000
        if high.scaled and (bare_words or (not amount.scaled and not amount.written)):
            factor = high.step / (10.0 ** -high.decimals) if not high.written else _scale_of(high)
            if factor > 1:
                amount.low *= factor
                amount.high *= factor
                amount.step *= factor
                amount.scaled = True
        if _year_like(amount) and (high.digits and not high.scaled) and not high.currency and not high.percent:
            raise _Skip(end - 1)  # 2012–13, 2010-2020, from 2019 to 2023
        if amount.low > high.low:
            return None, k
        amount.currency = amount.currency or high.currency
        if not amount.currency and high.currency:
            amount.currency = high.currency
        return high, end

    def qualifier_at(self, i: int) -> bool:
        return self.indexed_phrase_at(i, self.index.long_qualifiers_by_first) is not None

    def qualifier_before(self, end: int, floor: int) -> str:
        """The qualifier whose words end right before token `end` (the longest; the first in the table on a tie)."""
        best = "exact"
        best_len = 0
        for phrase, qualifier in self.index.qualifiers_by_last.get(self.low(end - 1), ()):
            n = len(phrase)
            if n <= best_len or end - n <= floor or end - n < 0:
                continue
            if self.words_at(end - n, phrase):
                best, best_len = qualifier, n
        return best

    def trailing_qualifier(self, k: int) -> tuple[str | None, int]:
        """A bound written after the figure ("10,000+", "500 or more") and the index after it."""
        t = self.tok(k)
        if t is not None and t.text == "+" and not t.gap:
            return "min", k + 1
        found = self.indexed_phrase_at(k, self.index.trailing_by_first)
        if found is not None:
            return found[1], k + len(found[0])
        return None, k

    def exclusions(self, amount: _Amount, high: _Amount | None, currency: str | None, percent: bool,
                   qualifier: str, start_i: int, k: int, floor: int) -> None:
        """Raise _Skip when the figure is really a year, date, time, section number or a name."""
        lex = self.lex
        bare = not currency and not percent and not amount.scaled and not amount.written
        if not bare:
            return
        i = amount.first
        prev = self.low(i - 1) if i - 1 > floor else ""
        prev_tok = self.tok(i - 1) if i - 1 > floor else None
        nxt = self.low(k)
        # years
        if high is None and _year_like(amount) and qualifier == "exact":
            raise _Skip(k - 1)
        value = amount.low
        is_int = amount.decimals == 0 and "," not in amount.digits and "." not in amount.digits
        # dates: "20 November", "07 november 2023", "November 20, 2023"
        if is_int and 1 <= value <= 31 and high is None:
            if self._is_month(k):
                end = k
                if self.tok(k + 1) is not None and self.toks[k + 1].kind == "n" and len(self.toks[k + 1].text) == 4:
                    end = k + 1
                raise _Skip(end)
            if prev_tok is not None and self._is_month(i - 1):
                end = k - 1
                if self.low(k) == "," and self.tok(k + 1) is not None and self.toks[k + 1].kind == "n":
                    end = k + 1
                raise _Skip(end)
        # times: "15.30 uur", "at 15.30", "3 pm"
        if high is None and self._time_like(amount):
            if nxt in lex.time_after or prev in lex.time_before:
                raise _Skip(k)
        if high is None and is_int and value <= 24 and (nxt in ("am", "pm", "o'clock") or (nxt in lex.time_after and prev in lex.time_before)):
            raise _Skip(k)
        # section and list numbers
        if prev in lex.section_words or (prev == "." and self.low(i - 2) in lex.section_words and i - 2 > floor):
            raise _Skip(self._chain_end(k - 1))
        if prev_tok is not None and prev_tok.text in ("§", "#", "№"):
            raise _Skip(k - 1)
        if self._list_marker(i):
            raise _Skip(i + 1)
        # a name before the number: "Windows 11", "ISO 9001", "Lustrum 410"
        if prev_tok is not None and prev_tok.kind == "w" and any(c.isupper() for c in prev_tok.text):
            if not self._function_word(prev):
                raise _Skip(k - 1)
        # three or more bare numbers in a row: a phone number or a code
        if high is None and self.tok(i + 1) is not None and self.toks[i + 1].kind == "n" and self.tok(i + 2) is not None and self.toks[i + 2].kind == "n":
            j = i
            while self.tok(j + 1) is not None and self.toks[j + 1].kind == "n":
                j += 1
            raise _Skip(j)

    def _function_word(self, word: str) -> bool:
        return word in self.index.function_words

    def _is_month(self, j: int) -> bool:
        t = self.tok(j)
        if t is None or t.kind != "w" or t.low not in self.lex.months:
            return False
        return t.low not in self.lex.capitalised_months or t.text[0].isupper()

    def _time_like(self, amount: _Amount) -> bool:
        digits = amount.digits
        if len(digits) < 4 or digits[-3] not in ".:" or not digits[:-3].isdigit():
            return False
        return int(digits[:-3]) <= 24 and int(digits[-2:]) < 60

    def _list_marker(self, i: int) -> bool:
        t = self.toks[i]
        nxt = self.tok(i + 1)
        if nxt is None or nxt.gap or nxt.text not in ".)":
            return False
        after = self.text[nxt.end:nxt.end + 1]
        if after and not after.isspace():
            return False
        line_start = self.text.rfind("\n", 0, t.start) + 1
        return all(c.isspace() or c in "-*•(#>" for c in self.text[line_start:t.start])

    def period_after(self, last: int, *, adverbs: bool) -> tuple[str | None, int]:
        """A period phrase right after token `last`: ("hour", its last token index)."""
        lex = self.lex
        k = last + 1
        t = self.tok(k)
        if t is None or t.kind == "x":
            return None, last
        if t.text == "/" and self.is_word(k + 1) and self.low(k + 1) in lex.period_units:
            return lex.period_units[self.low(k + 1)], k + 1
        if t.kind == "w":
            if t.low in lex.period_leads and self.is_word(k + 1) and self.low(k + 1) in lex.period_units:
                return lex.period_units[self.low(k + 1)], k + 1
            if adverbs and t.low in lex.period_adverbs:
                return lex.period_adverbs[t.low], k
        return None, last

    def counted_noun(self, k: int, vague: bool) -> tuple[str | None, int | None]:
        """The head noun counted by a number starting at token k, and its index."""
        lex = self.lex
        if vague and self.low(k) in ("of", "van"):
            k += 1
            if self.low(k) in lex.currency_words:
                return self.low(k), k
        words: list[int] = []
        j = k
        while len(words) < 3:
            t = self.tok(j)
            if t is None or t.kind == "x":
                break
            if t.kind == "s" and t.text in QUOTES:
                j += 1
                continue
            if t.kind != "w" or not self._nounish(t.low):
                break
            words.append(j)
            j += 1
        if not words:
            return None, None
        pick = 0
        while pick + 1 < len(words) and pick < 2:
            cur, nxt = self.toks[words[pick]].low, self.toks[words[pick + 1]].low
            en_modifier = not cur.endswith("s") and nxt.endswith("s") and not nxt.endswith("'s")
            nl_adjective = cur.endswith("e") and (nxt.endswith("en") or nxt.endswith("s"))
            if en_modifier or nl_adjective:
                pick += 1
            else:
                break
        chosen = self.toks[words[pick]]
        if vague and chosen.low in lex.currency_words:
            return chosen.low, words[pick]
        return chosen.low, words[pick]

    def _nounish(self, word: str) -> bool:
        return len(word) >= 2 and word not in self.index.not_nouns


def _year_like(amount: _Amount) -> bool:
    d = amount.digits
    return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2100 and not amount.scaled


_SPACES = " \u00a0\u202f\u2009"
_NO_SPACES = str.maketrans("", "", _SPACES)


def _parse_digits(token: str, decimal_mark: str) -> tuple[float, int] | None:
    """Read "12,000", "1.234.567", "2.999,00", "1,5", "12 000"; None when the separators make no number."""
    if any(c in _SPACES for c in token):
        whole, _, frac = token.translate(_NO_SPACES).replace(",", ".").partition(".")
        return (float(whole + "." + frac), len(frac)) if frac else (float(whole), 0)
    seps = [c for c in token if c in ".,"]
    if not seps:
        return float(token), 0
    groups = re.split(r"[.,]", token)
    if len(set(seps)) == 2:
        dec = seps[-1]
        thousands = seps[:-1]
        if any(s == dec for s in thousands):
            return None
        if not _thousands_ok(groups[:-1]):
            return None
        frac = groups[-1]
        return float("".join(groups[:-1]) + "." + frac), len(frac)
    mark = seps[0]
    if len(seps) > 1:
        return (float("".join(groups)), 0) if _thousands_ok(groups) else None
    whole, frac = groups
    if mark == "," and len(frac) <= 2:
        decimal = True
    elif len(frac) == 3 and len(whole) <= 3 and whole != "0":
        decimal = mark == decimal_mark
    else:
        decimal = True
    if decimal:
        return float(whole + "." + frac), len(frac)
    return float(whole + frac), 0


def _thousands_ok(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])


def _step_of(value: float) -> float:
    """The largest power of ten that divides a written number: "two million" -> 1e6."""
    if value <= 0:
        return 1.0
    step = 1.0
    if value != int(value):
        while value * (1 / step) != int(value * (1 / step)) and step > 1e-6:
            step /= 10
        return step
    while value % (step * 10) == 0:
        step *= 10
    return step


def _scale_of(amount: _Amount) -> float:
    scale = 1.0
    while scale * 1000 <= amount.low and amount.low % (scale * 1000) == 0:
        scale *= 1000
    return scale


def _word_value(word: str, lex: Lexicon) -> float | None:
    """Value of one number word below a scale: "forty-two", "tweehonderd", "vijfentwintig"."""
    if word in lex.number_words:
        return lex.number_words[word]
    if "-" in word:
        parts = word.split("-")
        if len(parts) == 2 and parts[0] in lex.number_words and parts[1] in lex.number_words:
            tens, unit = lex.number_words[parts[0]], lex.number_words[parts[1]]
            if tens in (20, 30, 40, 50, 60, 70, 80, 90) and 1 <= unit <= 9:
                return tens + unit
        return None
    return _compound_value(word, lex)


def _compound_value(word: str, lex: Lexicon, depth: int = 0) -> float | None:
    """Dutch compounds: "vijfentwintig", "tweeëntwintig", "driehonderd", "tweeduizend"."""
    if depth > 3 or len(word) > 40 or not word.isalpha():
        return None
    if depth and word in lex.number_words:
        return lex.number_words[word]
    for hundred in lex.hundred_words:
        head, sep, tail = word.partition(hundred)
        if sep and hundred in ("honderd",):
            left = _compound_value(head, lex, depth + 1) if head else 1
            right = _compound_value(tail, lex, depth + 1) if tail else 0
            if left is not None and right is not None and 1 <= left < 10 and right < 100:
                return left * 100 + right
    head, sep, tail = word.partition("duizend")
    if sep and word != "duizend" and not tail.endswith("en"):
        left = _compound_value(head, lex, depth + 1) if head else 1
        right = _compound_value(tail, lex, depth + 1) if tail else 0
        if left is not None and right is not None and 1 <= left < 1000 and right < 1000:
            return left * 1000 + right
    for tens_word, tens in lex.number_words.items():
        if tens in (20, 30, 40, 50, 60, 70, 80, 90) and word.endswith(tens_word) and len(word) > len(tens_word):
            head = word[: -len(tens_word)]
            for joint in ("en", "ën"):
                if head.endswith(joint):
                    unit = lex.number_words.get(head[: -len(joint)])
                    if unit is not None and 1 <= unit <= 9 and unit == int(unit):
                        return tens + unit
    return None


def _vague_compound(word: str, lex: Lexicon) -> float | None:
    """Dutch "tienduizenden", "honderdduizenden": a number word glued to a vague plural."""
    for plural, base in lex.plural_scales.items():
        if word.endswith(plural) and len(word) > len(plural):
            head = word[: -len(plural)]
            value = lex.number_words.get(head) if head != "een" else None
            if value is None and head in lex.hundred_words:
                value = 100
            if value in (10, 100):
                return value * base
    return None
