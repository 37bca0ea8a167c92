"""Names of languages in English and Dutch ("English", "Swahili", "Engels"), from lang/data/languages.tsv (CLDR
through babel, built by tools/build_lexical_data.py). Capitalised, such a word names no organisation:
"the English-language coverage", "Swahili-speaking workers".
"""

from __future__ import annotations

import functools
from pathlib import Path

from factlint.text import fold

DATA = Path(__file__).with_name("data") / "languages.tsv"


@functools.cache
def language_names() -> frozenset[str]:
    """Every language's English and Dutch name, folded."""
    out: set[str] = set()
    for line in DATA.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        _, *names = line.split("\t")
        out.update(fold(name) for name in names if name)
    return frozenset(out)
