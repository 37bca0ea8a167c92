"""Place names in English and Dutch: countries, regions and their demonyms, found in text as place codes.

The names come from data files under lang/data/ (CLDR names built by tools/build_lexical_data.py; demonyms
written by hand): a name is found when the text writes it with a capital, as both languages do, so "turkey"
and "china" stay words. Pure after loading: text in, (start, end, codes) out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from factlint.text import fold

DATA = Path(__file__).with_name("data")
WORLD = "001"
MAX_NAME_WORDS = 6  # "Democratic Republic of the Congo"
# A word of a name: letters with inner dots or apostrophes ("U.S", "Côte d'Ivoire"); a hyphen splits ("Kenya-based").
_WORD = re.compile(r"[^\W\d_]+(?:[.’'][^\W\d_]+)*\.?")


@dataclass(frozen=True, slots=True)
class Place:
    """A country, territory or region: its code (ISO 3166 alpha-2 or UN M49) and the regions holding it."""

    code: str
    kind: str  # "country" | "territory" | "region" | "group" | "city"
    parents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every place name and demonym, keyed by its words folded (or as written, for names in capitals)."""

    places: Mapping[str, Place]
    folded: Mapping[tuple[str, ...], tuple[str, ...]]  # folded words -> place codes
    capitals: Mapping[tuple[str, ...], tuple[str, ...]]  # words as written ("US", "DRC") -> place codes

    def find(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """Each place named in `text` (longest name first): its span and the codes it may mean."""
        words = [(m.start(), m.end(), _clean(m.group())) for m in _WORD.finditer(text)]
        i = 0
        while i < len(words):
            found = None
            if words[i][2][:1].isupper():
                for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                    chunk = words[i:i + n]
                    if any(text[a[1]:b[0]].strip() not in ("", "-") for a, b in zip(chunk, chunk[1:])):
                        continue  # a name's words stand side by side
                    written = tuple(w for _, _, w in chunk)
                    codes = self.capitals.get(written) or self.folded.get(tuple(fold(w) for w in written))
                    if codes:
                        found = (chunk[0][0], chunk[-1][1], codes, n)
                        break
            if found is None:
                i += 1
                continue
            yield found[:3]
            i += found[3]

    def codes(self, text: str) -> frozenset[str]:
        """The codes of every place `text` names."""
        return frozenset(c for _, _, codes in self.find(text) for c in codes)

    def within(self, code: str, region: str) -> bool:
        """Whether place `code` lies in (or is) `region`."""
        place = self.places.get(code)
        return code == region or (place is not None and region in place.parents)


def _clean(word: str) -> str:
    """A word as a name compares: possessive and trailing period dropped ("Kenya's", "D.R.C.")."""
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    if word.endswith(".") and word.count(".") == 1:
        return word[:-1]
    return word.rstrip(".") if "." in word[:-1] else word


def _rows(name: str) -> Iterator[list[str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _key(name: str) -> tuple[tuple[str, ...], bool]:
    """A name's words, and whether it counts only as written (a name in capitals: "US", "DRC", "U.S.")."""
    words = tuple(_clean(m.group()) for m in _WORD.finditer(name))
    caps = any(len(w) > 1 and w.replace(".", "").isupper() for w in words)
    return (words if caps else tuple(fold(w) for w in words)), caps


@functools.cache
def gazetteer() -> Gazetteer:
    """The bundled place names, loaded once."""
    places: dict[str, Place] = {}
    folded: dict[tuple[str, ...], list[str]] = {}
    capitals: dict[tuple[str, ...], list[str]] = {}

    def add(name: str, code: str) -> None:
        words, caps = _key(name)
        if words:
            bucket = (capitals if caps else folded).setdefault(words, [])
            if code not in bucket:
                bucket.append(code)

    for code, kind, _alpha3, parents, en, nl in _rows("places.tsv"):
        places[code] = Place(code, kind, tuple(parents.split()))
        for name in (*en.split("|"), *nl.split("|")):
            add(name, code)
    for code, *forms in _rows("demonyms.tsv"):
        for column in forms:
            for name in column.split("|"):
                if name:
                    add(name, code)
    freeze = lambda d: MappingProxyType({k: tuple(v) for k, v in d.items()})  # noqa: E731
    return Gazetteer(MappingProxyType(places), freeze(folded), freeze(capitals))
