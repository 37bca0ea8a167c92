"""Place names in English and Dutch: countries, regions, cities and demonyms, found in text as place codes.

The names come from data files under lang/data/ (CLDR names and GeoNames cities built by
tools/build_lexical_data.py; demonyms written by hand): a name is found when the text writes one of its words
with a capital, as both languages do, so "turkey" and "china" stay words while "sub-Saharan Africa" and "het
mondiale Zuiden" are found whole. A city lies within its country ("Nairobi" within KE). Pure after loading:
text in, (start, end, codes) out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from factlint.lang.languages import LANGUAGES
from factlint.text import fold

DATA = Path(__file__).with_name("data")
WORLD = "001"
PARTS = ("city", "province")  # the kinds of place that are parts of a country
MAX_NAME_WORDS = 6  # "Democratic Republic of the Congo"
MIN_CITY_STEM = 4  # letters of a city's name an adjective keeps at least ("Parijs" of "Parijse")
# A word of a name: letters with inner dots or apostrophes ("U.S", "Côte d'Ivoire"); a hyphen splits ("Kenya-based").
_WORD = re.compile(r"[^\W\d_]+(?:[.’'][^\W\d_]+)*\.?")


@dataclass(frozen=True, slots=True)
class Place:
    """A country, territory, region or city: its code (ISO 3166 alpha-2, UN M49, x-city-<GeoNames id>, x-...)
    and the places holding it, nearest first (a city's country, then the country's regions)."""

    code: str
    kind: str  # "country" | "territory" | "region" | "group" | "province" | "city"
    parents: tuple[str, ...]
    name: str = ""  # its English name, as messages write it


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every place name and demonym, keyed by its words folded (or as written, for names in capitals)."""

    places: Mapping[str, Place]
    folded: Mapping[tuple[str, ...], tuple[str, ...]]  # folded words -> place codes
    capitals: Mapping[tuple[str, ...], tuple[str, ...]]  # words as written ("US", "DRC") -> place codes
    # A city's adjective: an ending and what replaces it to give the city's name ("Parijse" -> "Parijs", "Groningse"
    # -> "Groningen", "Parisian" -> "Paris"), from the languages' tables.
    adjectives: tuple[tuple[str, str], ...] = ()
    # The same, only after one of `articles` ("een Delfts bedrijf" -> "Delft").
    article_adjectives: tuple[tuple[str, str], ...] = ()
    articles: frozenset[str] = frozenset()
    # A place's people, folded: "kenyans", "filipinos", "kenianen" (demonyms.tsv's people columns).
    peoples: frozenset[str] = frozenset()
    # The folded words of what names a place as a noun would (its names and its people), not only as an adjective
    # ("Kenyan", "Keniaanse", "Parijse" are adjectives only).
    nouns: frozenset[tuple[str, ...]] = frozenset()
    # A name's first word (folded, or as written for names in capitals) -> the most words of a name it starts.
    reach: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        reach: dict[str, int] = {}
        for words in (*self.folded, *self.capitals):
            if len(words) > reach.get(words[0], 0):
                reach[words[0]] = len(words)
        object.__setattr__(self, "reach", MappingProxyType(reach))

    def find(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """Each place named in `text` (leftmost, then longest name first): its span and the codes it may mean.

        A name counts when the text writes at least one of its words with a capital ("sub-Saharan Africa",
        "mondiale Zuiden"); a name in capitals ("US", "DRC") only as written."""
        words = [(m.start(), m.end(), _clean(m.group())) for m in _WORD.finditer(text)]
        capital = [i for i, (_, _, w) in enumerate(words) if w[:1].isupper()]
        folded = [""] * len(words)  # each word folded, when first needed
        reach = self.reach
        i = 0
        k = 0  # capital[k]: the first capitalised word at or after i
        while i < len(words):
            while k < len(capital) and capital[k] < i:
                k += 1
            if k == len(capital):
                return
            if capital[k] - i >= MAX_NAME_WORDS:
                i = capital[k] - MAX_NAME_WORDS + 1  # no name starting before this one reaches a capital
                continue
            first = folded[i] = folded[i] or fold(words[i][2])
            longest = max(reach.get(first, 0), reach.get(words[i][2], 0))
            found = None
            for n in range(min(longest, len(words) - i), capital[k] - i, -1):
                chunk = words[i:i + n]
                if any(text[a[1]:b[0]].strip() not in ("", "-") for a, b in zip(chunk, chunk[1:])):
                    continue  # a name's words stand side by side
                written = tuple(w for _, _, w in chunk)
                codes = self.capitals.get(written)
                if codes is None:
                    for j in range(i + 1, i + n):
                        folded[j] = folded[j] or fold(words[j][2])
                    codes = self.folded.get(tuple(folded[i:i + n]))
                if codes:
                    found = (chunk[0][0], chunk[-1][1], codes, n)
                    break
            if found is None:
                codes = self._city_of_adjective(first, self.adjectives) if capital[k] == i else None
                if codes is None and capital[k] == i and i and fold(words[i - 1][2]) in self.articles:
                    codes = self._city_of_adjective(first, self.article_adjectives)
                if codes:
                    yield words[i][0], words[i][1], codes
                i += 1
                continue
            yield found[:3]
            i += found[3]

    def _city_of_adjective(self, word: str, adjectives: tuple[tuple[str, str], ...]) -> tuple[str, ...] | None:
        """The cities a capitalised adjective names by `adjectives` ("Parijse", "Amsterdamse"); None when it names
        none."""
        for ending, name in adjectives:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_CITY_STEM:
                codes = self.folded.get((word[:-len(ending)] + name,))
                if codes and all(self.places[c].kind == "city" for c in codes):
                    return codes
        return None

    def codes(self, text: str) -> frozenset[str]:
        """The codes of every place `text` names."""
        return frozenset(c for _, _, codes in self.find(text) for c in codes)

    def names_whole(self, word: str) -> bool:
        """Whether `word` is, whole, a place's name or its people's adjective ("Amsterdam", "Kenyan")."""
        return any(a == 0 and b == len(word) for a, b, _ in self.find(word))

    def names_noun(self, name: str) -> bool:
        """Whether the place `name` (as found) is a noun, a place's name or its people, not only an adjective of them
        ("Zambia", "de Filipijnen", "Kenyans"; not "Kenyan", "Zambiaanse")."""
        words, _ = _key(name)
        return words in self.nouns or tuple(map(fold, words)) in self.nouns

    def name(self, code: str) -> str:
        """A place's English name ("the DRC" reads "Congo - Kinshasa" in CLDR: its first short form instead)."""
        place = self.places.get(code)
        return (place.name or code) if place is not None else code

    def is_city(self, code: str) -> bool:
        """Whether a code is a city's, a town's or a province's: a part of a country."""
        place = self.places.get(code)
        return place is not None and place.kind in PARTS

    def country(self, code: str) -> str:
        """The country a city or a province lies in ("Nairobi", "Lualaba": KE, CD); any other place's own code."""
        place = self.places.get(code)
        if place is None or place.kind not in PARTS:
            return code
        return next((p for p in place.parents if self.places.get(p, place).kind not in PARTS), code)

    def within(self, code: str, region: str) -> bool:
        """Whether place `code` lies in (or is) `region`: a city in its country and the country's regions."""
        place = self.places.get(code)
        return code == region or (place is not None and region in place.parents)


def _clean(word: str) -> str:
    """A word as a name compares: possessive and trailing period dropped ("Kenya's", "D.R.C.")."""
    if "'" not in word and "’" not in word and "." not in word:
        return word  # most words: nothing to drop
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    if word.endswith(".") and word.count(".") == 1:
        return word[:-1]
    return word.rstrip(".") if "." in word[:-1] else word


def _rows(name: str) -> Iterator[list[str]]:
    """The tab-separated columns of each data line of lang/data/`name` (comment lines start with #)."""
    with (DATA / name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _key(name: str) -> tuple[tuple[str, ...], bool]:
    """A name's words, and whether it counts only as written (a name in capitals: "US", "DRC", "U.S.")."""
    words = tuple(map(_clean, _WORD.findall(name)))
    for w in words:
        if len(w) > 1 and w.replace(".", "").isupper():
            return words, True
    return tuple(map(fold, words)), False


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
        places[code] = Place(code, kind, tuple(parents.split()), en.split("|")[0])
        for name in (*en.split("|"), *nl.split("|")):
            add(name, code)
    named = {" ".join(words) for words in (*folded, *capitals)}  # the places' own names, folded
    named |= {w.lower() for w in named}
    nouns: set[tuple[str, ...]] = {*folded, *capitals}  # the places' names; their people below
    adjectives_only: set[tuple[str, ...]] = set()
    peoples: set[str] = set()
    for code, *forms in _rows("demonyms.tsv"):
        for n, column in enumerate(forms):
            for name in column.split("|"):
                if name:
                    add(name, code)
                    if n % 2:  # en_people, nl_people
                        peoples.add(fold(name))
                        nouns.add(_key(name)[0])
                    else:
                        adjectives_only.add(_key(name)[0])
    # (not one that is also a place's name: "de Filipijnen", "Polen", "Zweden" are countries)
    peoples -= named
    # Cities: their names are stored as looked up (words cleaned and folded, joined by a space), so loading them
    # is a split, not a parse; the build checks that no city name is a name of places.tsv or demonyms.tsv.
    # A city's keys are distinct, so each adds its code once.
    chains: dict[str, tuple[str, ...]] = {}
    for code, parents, city, keys in _rows("cities.tsv"):
        chain = chains.get(parents)
        if chain is None:
            chain = chains[parents] = tuple(parents.split(" "))
        places[code] = Place(code, "city", chain, city)
        for key in keys.split("|"):
            words = tuple(key.split(" ")) if " " in key else (key,)
            bucket = folded.get(words)
            if bucket is None:
                folded[words] = [code]
            else:
                bucket.append(code)
    # Provinces, states and regions of countries (ISO 3166-2): stored as cities are; a name a country, a demonym or a
    # city has stays theirs (the build leaves it out).
    for code, parents, name, keys in _rows("subdivisions.tsv"):
        places[code] = Place(code, "province", tuple(parents.split(" ")), name)
        for key in keys.split("|"):
            folded.setdefault(tuple(key.split(" ")), []).append(code)
    nouns |= {k for k in folded if k not in adjectives_only}  # (cities and provinces)
    freeze = lambda d: MappingProxyType({k: tuple(v) for k, v in d.items()})  # noqa: E731
    adjectives = tuple(dict.fromkeys(form for language in LANGUAGES.values() for form in language.city_adjectives))
    after_article = tuple(dict.fromkeys(form for language in LANGUAGES.values()
                                        for form in language.article_city_adjectives))
    # (the articles of the languages that write such adjectives: "the Davies report" names no Davie)
    articles = frozenset(fold(w) for language in LANGUAGES.values() if language.article_city_adjectives
                         for w in (*language.articles, *language.definite_articles))
    return Gazetteer(MappingProxyType(places), freeze(folded), freeze(capitals), adjectives, after_article, articles,
                     frozenset(peoples), frozenset(nouns))
