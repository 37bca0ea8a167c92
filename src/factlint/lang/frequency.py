"""How common a word is in English or Dutch prose: the Zipf frequencies of lang/data/{code}_freq.tsv.

A word common in the language says little about which claim a sentence is about, whether or not the
registry holds it. Built by tools/build_lexical_data.py from wordfreq; loaded once per language.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

DATA = Path(__file__).with_name("data")
RAREST = 2.9  # the Zipf value of a word the table does not hold: rarer than its last entry


@functools.cache
def zipf_table(code: str) -> Mapping[str, float]:
    """Folded word -> Zipf frequency (log10 of occurrences per billion words) in language `code`."""
    table: dict[str, float] = {}
    path = DATA / f"{code}_freq.tsv"
    if not path.is_file():
        return MappingProxyType(table)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            value, _, words = line.partition("\t")
            zipf = float(value)
            for word in words.split():
                table.setdefault(word, zipf)
    return MappingProxyType(table)


def zipf(word: str, codes: tuple[str, ...] = ("en", "nl")) -> float:
    """The highest Zipf frequency of folded `word` among the languages `codes` (RAREST when none holds it)."""
    return max((zipf_table(c).get(word, RAREST) for c in codes), default=RAREST)
