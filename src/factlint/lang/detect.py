"""Which language a text is in, told by the stop words that only one language has."""

from __future__ import annotations

import re
from functools import cache
from typing import Mapping

from factlint.lang.languages import DEFAULT, LANGUAGES

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Words that are stop words in two languages ("in", "over", "door") say nothing about which one it is; nor does one
# that is another language's number ("ten" in "ten billion animal photos", Dutch "ten" as in "ten minste").
_VOTES: Mapping[str, str] = {
    word: code
    for code, lang in LANGUAGES.items()
    for word in lang.stopwords.difference(*(o.stopwords | set(o.number_words) for o in LANGUAGES.values()
                                            if o is not lang))
}
DETECT_CHARS = 20_000


def language_votes(text: str, limit: int = DETECT_CHARS) -> dict[str, int]:
    """Per language, its own stop words among the first `limit` characters (every language, in registry order)."""
    votes = dict.fromkeys(LANGUAGES, 0)
    words = _WORD.findall(text, 0, limit)
    for k, word in enumerate(words):
        low = word.lower()
        # (a lower-case word between two capitalised ones is a name's: "Cagayan de Oro", "Vincent van Gogh")
        if low in _VOTES and not (word.islower() and 0 < k < len(words) - 1 and words[k - 1][:1].isupper()
                                  and words[k + 1][:1].isupper()):
            votes[_VOTES[low]] += 1
    return votes


def leading_language(text: str, margin: int, limit: int = DETECT_CHARS, *, alone: bool = False) -> str | None:
    """The language whose own stop words outnumber every other's by `margin` or more, or, with `alone`, the only one
    with any; None when none does."""
    votes = language_votes(text, limit)
    leader = max(votes, key=votes.__getitem__)
    lead = votes.pop(leader)
    rest = max(votes.values(), default=0)
    return leader if lead - rest >= margin or (alone and lead and not rest) else None


def detect_language(text: str) -> str:
    """The language with the most own stop words in the first 20,000 characters; the default on a tie."""
    return leading_language(text, 1) or DEFAULT


@cache
def foreign_words(code: str) -> frozenset[str]:
    """Words that show a figure's source words are not in language `code`: other languages' own stop words and
    figure words ("miljoen")."""
    own = LANGUAGES[code]
    others = [lang for lang in LANGUAGES.values() if lang is not own]
    return frozenset().union(*((lang.stopwords - own.stopwords) | set(lang.figure_words) for lang in others))
