"""Where figures can be, cut into tokens: anchors, the windows around them, and the tokens of a window.

A text is first made readable (terminal escapes blanked, zero-width characters taken out); one cheap
regex finds anchors (a digit, or a word that starts like a number word); a window around each anchor
is cut into tokens, every token inside a URL, e-mail address or file path blocked.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Mapping

from factlint.lang import GLUED_LABEL, LANGUAGES
from factlint.lang.language import Phrase
from factlint.text import HIDDEN, ZERO_WIDTH

DASHES = frozenset("-–—‐‑−")
HYPHENS = frozenset("-‐‑")
QUOTES = frozenset("'\"‘’“”‚„«»")
WINDOW_BEFORE = 48  # covers "in excess of", "between", a currency code and spaces
WINDOW_AFTER = 72  # covers "million euros per month" and a counted noun with its period

# -- readable text ---------------------------------------------------------------------------------

_ESCAPE = re.compile(r"\x1b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)?|[@-Z\\-_])")
# Invisible characters that a pasted number may carry ("1.4\u200b6"): read as if absent. So are bidi controls
# and Hangul fillers, once an override has been read as it displays (check.hidden reports them).
ZERO_WIDTH_RUN = re.compile(f"[{ZERO_WIDTH}{HIDDEN}]+")
# A right-to-left override shows what follows reversed, up to a pop or the end of the line.
_OVERRIDE = re.compile("\u202e([^\u202c\u2069\n\r]*)")


def blank_escapes(text: str) -> str:
    """`text` with terminal escape sequences ("\\x1b[31m") blanked: same length, so spans still hold."""
    return _ESCAPE.sub(lambda m: " " * len(m.group()), text) if "\x1b" in text else text


def displayed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` as it displays, right-to-left overrides applied (same length), and the spans they cover."""
    if "\u202e" not in text:
        return text, []
    pieces, spans, at = [], [], 0
    for m in _OVERRIDE.finditer(text):
        a, b = m.span(1)
        pieces += [text[at:a], text[a:b][::-1]]
        spans.append((m.start(), min(b + 1, len(text))))
        at = b
    pieces.append(text[at:])
    return "".join(pieces), spans


def without_zero_width(text: str) -> tuple[str, Callable[[int], int]]:
    """`text` with its zero-width characters taken out, and the map of an offset in it back into `text`."""
    pieces, starts, origins = [], [], []  # the kept runs, where each starts in the result and in `text`
    at = kept = 0
    for m in ZERO_WIDTH_RUN.finditer(text):
        pieces.append(text[at:m.start()])
        starts.append(kept)
        origins.append(at)
        kept += m.start() - at
        at = m.end()
    pieces.append(text[at:])
    starts.append(kept)
    origins.append(at)

    def original(k: int) -> int:
        run = bisect.bisect_right(starts, k) - 1
        return origins[run] + k - starts[run]

    return "".join(pieces), original


# -- anchors and windows ---------------------------------------------------------------------------


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
    for lang in LANGUAGES.values():
        words |= set(lang.number_words) | set(lang.hundred_words) | set(lang.scales)
        words |= set(lang.plural_scales) | set(lang.half_words) | set(lang.fraction_words)
        # "a dollar an hour", "een cent": an amount with no number word but its article
        words |= set(lang.currency_words) | set(lang.subunit_words)
        stems |= {w for w, v in lang.number_words.items() if v >= 1} | set(lang.hundred_words)
    for lang in LANGUAGES.values():
        words -= set(lang.not_anchors)
    alternatives = [_trie_regex(words)]
    # Glued compounds: "tweehonderd", "vijfentwintig", "tienduizenden".
    endings = [lang.compound_ending for lang in LANGUAGES.values() if lang.compound_ending]
    if endings:
        alternatives.append(_trie_regex(stems) + (endings[0] if len(endings) == 1 else "(?:" + "|".join(endings) + ")"))
    # "zescijferige salarissen": a number of digits glued to its word.
    n_figures = {w for lang in LANGUAGES.values() for w in lang.n_figure_words}
    if n_figures:
        alternatives.append(_trie_regex(stems) + _trie_regex(n_figures))
    # "een zestigtal": a number word glued to an ending of about so many.
    approximate = {e for lang in LANGUAGES.values() for e in lang.approximate_endings}
    if approximate:
        alternatives.append(_trie_regex(stems) + _trie_regex(approximate))
    # Every word starts with a word character, so only a word's start can match: (?<!\w) rejects a word's end
    # before the engine tries each word there.
    start = r"\b(?<!\w)" if all(re.match(r"\w", w) for w in words | stems) else r"\b"
    return re.compile(r"\d+|" + start + "(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


ANCHOR = _anchor_pattern()
# The same pattern without IGNORECASE, for ASCII text lowered first: the same matches at twice the speed
# (the pattern's words are all lower-case; for ASCII, lowering keeps every offset).
ANCHOR_LOWER = re.compile(ANCHOR.pattern)


def regions(text: str) -> list[tuple[int, int]]:
    """Disjoint windows around anchors, widened to white space so no word is cut."""
    found: list[tuple[int, int]] = []
    n = len(text)
    anchors = ANCHOR_LOWER.finditer(text.lower()) if text.isascii() else ANCHOR.finditer(text)
    for match in anchors:
        lo = _snap_back(text, max(0, match.start() - WINDOW_BEFORE))
        hi = _snap_forward(text, min(n, match.end() + WINDOW_AFTER))
        if found and lo <= found[-1][1]:
            found[-1] = (found[-1][0], max(hi, found[-1][1]))
        else:
            found.append((lo, hi))
    return found


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


# -- tokens ----------------------------------------------------------------------------------------

# A space (plain, no-break, narrow or thin) groups thousands only in "12 000"-shaped numbers:
# one to three digits, then groups of exactly three ("2023 500" stays two numbers), not after a caret's superscript
# ("^2 150 text passages": a footnote's mark, then a number).
# Possessive repeats (`++`, `*+`): a number of a million groups ("1,1,1,…") kept a backtracking entry per group
# (80 bytes a character); nothing after a number can make it give one back.
# A superscript or subscript digit is no letter of a word but a note's mark ("per week.⁷", "an hour¹"); "²" and "³"
# glued to a word square or cube it ("km²").
_TOKEN = re.compile(r"((?<!\^)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))++(?:[.,]\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*+)|"
                    r"([^\W\d_⁰¹⁴-⁹₀-₉]+(?:['’.\-‐‑][^\W\d_⁰¹²³⁴-⁹₀-₉]+)*+)|(\S)")
_TOKEN_KINDS = ("", "n", "w", "s")  # by the _TOKEN group that matched
# A chunk (from a white space or the start) with one of the characters every locator holds.
_LOCATOR_CHUNK = re.compile(r"(?<!\S)(?=[^\s./\\@]*+[./\\@])\S+")
_PATH_SEGMENT = re.compile(r"/[\w.~%+-]+/")
_DOMAIN_PATH = re.compile(r"[A-Za-z]\.[A-Za-z]{2,}[/:]")
_FILE_NAME = re.compile(r"[\w-]\.(?:pdf|html?|php|aspx?|txt|md|csv|xlsx?|docx?|json|xml|png|jpe?g|gif|py|js|zip)\b", re.I)
# A wiki's page in a namespace ("Special:Diff/1187654321", "Speciaal:Verschil/68234117"), or a long id after a word and a
# slash ("revision/68234117"): a link's name, no figure.
_PAGE_ID = re.compile(r"[^\W\d_]:[^\W\d_]+/\d|[^\W\d_]/\d{6}")


def is_locator(chunk: str) -> bool:
    """A URL, e-mail address or file path: nothing inside it is a figure."""
    if "://" in chunk or chunk.lower().startswith("www.") or "\\" in chunk:
        return True
    at = chunk.find("@")
    if at > 0 and "." in chunk[at:]:
        return True
    # Two slashes around a segment of path characters: "data/2023/report", not "$1.46/hour[/red]".
    if _PATH_SEGMENT.search(chunk) and any(c.isalpha() for c in chunk) and any(c.isdigit() for c in chunk):
        return True
    return bool(_DOMAIN_PATH.search(chunk) or _FILE_NAME.search(chunk) or _PAGE_ID.search(chunk))


@dataclass(slots=True)
class Token:
    kind: str  # "n" number, "w" word, "s" symbol, "x" blocked (inside a URL or path)
    start: int
    end: int
    text: str
    low: str
    gap: bool  # white space before it


class Skip(Exception):
    """Not a figure; resume reading after token `until`."""

    def __init__(self, until: int) -> None:
        super().__init__(until)
        self.until = until


class Cursor:
    """The tokens of one window of a text, and the look-ups a reader makes on them."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        # Every locator holds ".", "/", "@" or a backslash: other chunks are never tested.
        blocked = [(m.start() + lo, m.end() + lo) for m in _LOCATOR_CHUNK.finditer(text[lo:hi])
                   if is_locator(m.group())]
        toks: list[Token] = []
        add = toks.append
        prev_end = -1
        b = 0
        nb = len(blocked)
        for m in _TOKEN.finditer(text, lo, hi):
            start, end = m.span()
            while b < nb and blocked[b][1] <= start:
                b += 1
            word = m.group()
            kind = "x" if b < nb and blocked[b][0] <= start else _TOKEN_KINDS[m.lastindex]
            label = GLUED_LABEL.match(word) if kind == "w" and "-" in word else None  # (one test for most words)
            if label is not None:
                # "CORRECTED-Up to 430 million": a wire's label glued to a headline is no part of its first word.
                cut = start + label.end(1)
                add(Token("w", start, cut, label.group(1), label.group(1).lower(), start != prev_end))
                add(Token("s", cut, cut + 1, "-", "-", False))
                start = cut + 1
                word = word[label.end():]
                prev_end = start
            add(Token(kind, start, end, word, word.lower().replace("’", "'"), start != prev_end))
            prev_end = end
        self.toks = toks
        # Each token's lower-case text, "" when blocked: the parser's most frequent look-up.
        self.lows = [t.low if t.kind != "x" else "" for t in toks]
        self.count = len(toks)

    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < self.count else None

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.count else ""

    def is_word(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "w"

    def phrase_at(self, i: int, phrases) -> Phrase | None:
        """The first of `phrases` whose words start at token i."""
        for phrase in phrases:
            if self.words_at(i, phrase):
                return phrase
        return None

    def words_at(self, i: int, phrase: Phrase) -> bool:
        """Whether the words of `phrase` start at token i."""
        if i < 0 or i + len(phrase) > self.count:
            return all(self.low(i + k) == w for k, w in enumerate(phrase))
        lows = self.lows
        return all(lows[i + k] == w for k, w in enumerate(phrase))

    def indexed_phrase_at(self, i: int, table: Mapping[str, tuple]) -> tuple[Phrase, object] | None:
        """The first entry of a table keyed by first word (extract.phrases) whose phrase starts at token i."""
        for entry in table.get(self.low(i), ()):
            if self.words_at(i, entry[0]):
                return entry
        return None

    def digit_follows(self, i: int) -> bool:
        t = self.tok(i + 1)
        return t is not None and t.kind == "n" and not t.gap

    def chain_end(self, i: int) -> int:
        """The last token of a run of numbers glued by separators (a date, time or version)."""
        while self.tok(i + 1) is not None and not self.toks[i + 1].gap and self.toks[i + 1].text in "-–/:." and self.digit_follows(i + 1):
            i += 2
        return i

    def number_run_end(self, i: int) -> int:
        """The last token of a phone-number-like run of numbers, hyphens and brackets."""
        j = i
        while self.tok(j + 1) is not None and (self.toks[j + 1].kind == "n" or self.toks[j + 1].text in ("-", "(", ")")):
            j += 1
        return j


def opens_line(text: str, start: int) -> bool:
    """Whether only markup stands between the line's start and `start` (looked at within a few characters)."""
    before = text[max(0, start - LINE_MARKUP):start]
    line = before.rsplit("\n", 1)
    return (len(line) == 2 or start <= LINE_MARKUP) and not line[-1].strip(" \t*_>#-•")


LINE_MARKUP = 8  # characters of markup a line may open with before its time or number ("- **")
