"""normalize(): the run-copying version reads exactly like the original character-by-character one."""

from __future__ import annotations

import html
from array import array
import re
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.text import DASHES, QUOTES, _offsets, normalize

_TAG = re.compile(r"<[^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def reference(text: str, *, markup: bool = False) -> tuple[str, list[int]]:
    """The original normalize(), one character at a time: the behaviour to keep."""
    out: list[str] = []
    origin: list[int] = []
    pending_space = -1
    i = 0
    n = len(text)

    def emit(ch: str, at: int) -> None:
        nonlocal pending_space
        if ch.isspace() or ch in "\u200b\u200c\u200d\u2060\ufeff":
            if ch.isspace() and pending_space < 0:
                pending_space = at
            return
        if pending_space >= 0:
            if out:
                out.append(" ")
                origin.append(pending_space)
            pending_space = -1
        ch = QUOTES.get(ch, ch)
        ch = DASHES.get(ch, ch)
        out.append(ch)
        origin.append(at)

    while i < n:
        ch = text[i]
        if markup and ch == "<":
            m = _TAG.match(text, i)
            if m:
                emit(" ", i)
                i = m.end()
                continue
        if markup and ch == "&":
            m = _ENTITY.match(text, i)
            if m:
                for d in html.unescape(m.group(0)):
                    emit(d, i)
                i = m.end()
                continue
        emit(ch, i)
        i += 1
    return "".join(out), origin


# The characters normalize() treats specially, so generated text hits every path, not just plain runs.
PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\x1c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "a", "word", "12,5", "\u201c", "\u201d", "\u2019", "`", "\u00b4", "\u2013", "\u2014", "\u2212", "-", "'",
    "<", ">", "&", ";", "<p>", "</p>", "<br/>", "<b class='x'>", "< p>", "<<p>", "&amp;", "&nbsp;", "&#8203;",
    "&ldquo;", "&#x2013;", "&lt;p&gt;", "&NotEqualTilde;", "&#0;", "&#x110000;", "&bogus;", "&amp", "&#;",
])
SHAPED = st.lists(PIECES, max_size=60).map("".join)


def _check(text: str, markup: bool) -> None:
    got = normalize(text, markup=markup)
    want_text, want_origin = reference(text, markup=markup)
    assert got.text == want_text
    assert list(got.origin) == want_origin
    assert got.original_length == len(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300), st.booleans())
def test_normalize_equals_reference_on_any_text(text: str, markup: bool) -> None:
    _check(text, markup)


@settings(max_examples=1000, deadline=None)
@given(SHAPED, st.booleans())
def test_normalize_equals_reference_on_markup_and_white_space(text: str, markup: bool) -> None:
    _check(text, markup)


@pytest.mark.parametrize(("text", "markup", "expected"), [
    ("  two   spaces\n\nand lines  ", False, "two spaces and lines"),
    ("\u201cquoted\u201d \u2018single\u2019 `tick`", False, "\"quoted\" 'single' 'tick'"),
    ("10\u201312 \u2014 \u22125", False, "10-12 - -5"),
    ("zero\u200bwidth \u200b joiner", False, "zerowidth joiner"),
    ("<p>one</p><p>two</p>", True, "one two"),
    ("<p>one</p><p>two</p>", False, "<p>one</p><p>two</p>"),
    ("caf&eacute; &amp; 5&nbsp;%", True, "caf\u00e9 & 5 %"),
    ("a < b && c &bogus;", True, "a < b && c &bogus;"),
    ("&ldquo;x&rdquo;&ndash;y", True, "\"x\"-y"),
])
def test_normalize_examples(text: str, markup: bool, expected: str) -> None:
    norm = normalize(text, markup=markup)
    assert norm.text == expected
    assert list(norm.origin) == reference(text, markup=markup)[1]


def test_every_unicode_space_folds() -> None:
    """normalize() relies on the regex class \\s being exactly str.isspace()."""
    every = "".join(map(chr, range(0x110000)))
    spaces = "".join(c for c in every if c.isspace())
    assert "".join(re.findall(r"\s", every)) == spaces
    assert normalize(f"a{spaces}b").text == "a b"


def test_normalize_memory_stays_a_few_bytes_a_character(root) -> None:
    """A large source costs its text and a 4-byte map, not a list of one-character strings (about 18)."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt")))
    text = seeds * (1_000_000 // len(seeds) + 1)
    tracemalloc.start()
    try:
        norm = normalize(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(norm.text) > 0.9 * len(text)
    assert peak < 10 * len(text)


@given(st.text())
@settings(max_examples=300)
def test_fold_ascii_fast_path_agrees_with_the_unicode_path(text) -> None:
    """fold() skips Unicode decomposition for ASCII text; the result must be what decomposition gives."""
    import unicodedata

    from factlint.text import fold

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Compatibility forms may decompose to capitals ("℠" -> "SM"): the result is lower-cased once more.
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    assert fold(fold(text)) == fold(text)
    assert fold(text.encode("ascii", "ignore").decode()) == text.encode("ascii", "ignore").decode().casefold()


@pytest.mark.parametrize("typecode", ["i", "q"])
@pytest.mark.parametrize("n", [0, 1, 2, 255, 256, 257, 65_535, 65_536, 65_537, 200_003])
def test_offsets_built_by_byte_are_every_offset(typecode: str, n: int) -> None:
    assert _offsets(n, typecode) == array(typecode, range(n))


@pytest.mark.parametrize("markup", [False, True])
def test_normalize_equals_reference_on_a_long_text(markup: bool) -> None:
    """Offsets past 65,536 use a third byte; runs far apart still move to the same places."""
    piece = "Paid \u201cas little as\u201d $1.46/hour \u2013 <p>ca.&nbsp;2 million</p>\n\n  \u200bworkers&amp;  more. "
    text = piece * (80_000 // len(piece) + 1)
    _check(text, markup)


def test_holds_phrase_matches_word_for_word():
    from factlint.text import holds_phrase
    phrases = frozenset({("according", "to"), ("hoeveel",)})
    assert holds_phrase(["it", "grew", "according", "to", "glencore"], phrases)
    assert holds_phrase(["hoeveel", "van", "hen"], phrases)
    assert not holds_phrase(["according", "him", "to"], phrases)
    assert not holds_phrase([], phrases)
