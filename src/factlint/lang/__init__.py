"""Languages: each one's words in one module (en.py, nl.py), one registry, and what is built from them.

`LANGUAGES` (languages.py) lists every language; `lexicon()` gives the merged tables a document in one
of them is read with (lexicon.py); `detect_language()` tells a text's language (detect.py).
README.md is the checklist for adding a language.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

from factlint.lang.detect import detect_language, foreign_words, language_votes, leading_language
from factlint.lang.language import Language
from factlint.lang.languages import DEFAULT, LANGUAGES
from factlint.lang.lexicon import LEXICONS, Lexicon, lexicon

# A wire's label glued by a hyphen to a headline's first word ("CORRECTED-Up to 430 million …", "UPDATE-Philippines
# has …"): no part of that word. Matched against one word's text; not an acronym's compound ("IMF-Backed").
GLUED_LABEL = re.compile(r"({})-(?=[A-Z])".format("|".join(sorted(
    {re.escape(w.upper()) for language in LANGUAGES.values() for w in language.wire_labels})) or "(?!)"))

STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType({code: lang.stopwords for code, lang in LANGUAGES.items()})
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())

__all__ = ["ALL_STOPWORDS", "DEFAULT", "GLUED_LABEL", "LANGUAGES", "LEXICONS", "STOPWORDS", "Language", "Lexicon",
           "detect_language", "foreign_words", "language_votes", "leading_language", "lexicon"]
