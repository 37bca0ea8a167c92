#!/usr/bin/env python3
"""Build src/factlint/lang/data/subdivisions.tsv: the provinces, states, regions and counties of every country
(ISO 3166-2, through pycountry), with their English and Dutch names. Run by hand; never at install, start-up or
test time.

A subdivision lies within its parent subdivision and its country ("Lualaba" within CD, "Haut-Katanga" within CD,
"Schotland" within GB): a figure said of a province is said of a part of its country. The names are those
pycountry gives (ISO's own, often in the place's language) and pycountry's English and Dutch translations, filtered
as the file's header says: a name that is already a country's, a region's, a demonym's or a city's in the other
data files stays theirs, and a one-word name that is a common word in English or Dutch (Zambia's "Central",
France's "Lot") is left out.

How to run it (the version it was last run with, on 2026-12 / Python 3.11.7):

  python3 -m venv /tmp/pc && /tmp/pc/bin/pip install pycountry==26.2.16
  cd /work/main && /tmp/pc/bin/python tools/build_subdivisions.py

It reads the committed places.tsv, cities.tsv, demonyms.tsv and *_freq.tsv beside the output (for the names that
are taken and the words' frequencies), so run tools/build_lexical_data.py first when those change. The output is
deterministic for the same pycountry version; commit it. Licence: pycountry is LGPL-2.1 (code); its ISO 3166-2
data comes from Debian's iso-codes (LGPL-2.1); the file written holds names and codes only.
"""

from __future__ import annotations

import gettext
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lexical_data import DATA, LANGS, TOWN_MAX_ZIPF, _demonym_forms, fold, words_key  # noqa: E402

# A name's words as text shows them: letters, a hyphen or a space between them (no commas: "wallonne, Région" is
# ISO's inverted form, which no text writes).
_NAME = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:[ -][^\W\d_]+(?:['’][^\W\d_]+)*)*")
MIN_LETTERS = 4  # "Ain", "Var", "Lot": too short to tell from a word or a code
MAX_WORDS = 4
# Written by hand: one-word names with Zipf >= TOWN_MAX_ZIPF that English or Dutch text uses mostly for the place (checked
# one by one among them; "Central", "Most", "Komen", "Reading", "Victoria", "Cork" stay words and names of people).
KEEP_FREQUENT = set("""
    England Scotland Wales Ulster Munster California Texas Florida Virginia Ohio Michigan Colorado Illinois Pennsylvania
    Arizona Kansas Wisconsin Iowa Minnesota Massachusetts Indiana Oregon Kentucky Oklahoma Maryland Missouri Alabama
    Utah Tennessee Hawaii Mississippi Louisiana Alaska Connecticut Montana Arkansas Nevada Nebraska Idaho Delaware
    Vermont Wyoming Queensland Tasmania Ontario Quebec Alberta Saskatchewan Manitoba Yukon Limburg Zeeland Gelderland
    Drenthe Overijssel Flevoland Fryslân Hampshire Essex Norfolk Devon Somerset Surrey Cornwall Lancashire Suffolk
    Derbyshire Wiltshire Lincolnshire Northumberland Gloucestershire Cumbria Oxfordshire Hertfordshire Shropshire
    Warwickshire Staffordshire Kent Fife Bayern Tirol Normandie Bretagne Lazio Punjab Gujarāt Kerala Mahārāshtra
    Rājasthān Assam Bihār Karnātaka Haryāna Bali Riau Papua Tobago Bahia Okinawa
""".split())


# Written by hand: provinces that no longer are one, by which text still names a region ("Katanga", split into four
# provinces in 2015, is where Congo's cobalt is mined), with the ISO 3166-2 code they last had.
HAND_SUBDIVISIONS: dict[str, tuple[str, list[str]]] = {
    "CD-KA": ("CD", ["Katanga"]),
}


def _zipf_tables() -> dict[str, dict[str, float]]:
    tables: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        table: dict[str, float] = {}
        for line in (DATA / f"{lang}_freq.tsv").read_text("utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            value, words = line.split("\t", 1)
            for w in words.split():
                table[w] = float(value)
        tables[lang] = table
    return tables


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _clean(name: str) -> str | None:
    """The name as text writes it: brackets dropped ("Cagayan Valley (Region II)", "Pembrokeshire [Sir Benfro]"); None
    when what is left is no plain name (ISO's inverted "London, City of")."""
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", name).strip()
    m = _NAME.fullmatch(name)
    if m is None or len(name.replace(" ", "").replace("-", "")) < MIN_LETTERS or len(words_key(name).split()) > MAX_WORDS:
        return None
    return name


def build() -> tuple[str, dict[str, list]]:
    import pycountry

    translations = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in LANGS}
    zipf = _zipf_tables()
    places = {row[0]: row for row in _rows("places.tsv")}  # code, kind, alpha3, parents, en, nl
    taken = {words_key(n) for row in places.values() for column in row[4:6] for n in column.split("|") if n}
    taken |= {words_key(f) for f in _demonym_forms()}
    taken |= {key for row in _rows("cities.tsv") for key in row[3].split("|")}
    left_out: dict[str, list] = defaultdict(list)

    def common(key: str) -> float:
        return max(zipf[lang].get(key, 0.0) for lang in LANGS) if " " not in key else 0.0

    subdivisions = {s.code: s for s in pycountry.subdivisions if s.country_code in places}
    out: dict[str, dict] = {}
    for code, sub in sorted(subdivisions.items()):
        chain, parent = [], sub.parent_code
        while parent in subdivisions and parent not in chain:
            chain.append(parent)
            parent = subdivisions[parent].parent_code
        country = sub.country_code
        parents = [f"x-sub-{c}" for c in chain] + [country, *places[country][3].split()]
        # A translation may give two names ("Copperbelt; Kopergordel").
        names = [sub.name] + [n.strip() for lang in LANGS for n in translations[lang].gettext(sub.name).split(";")]
        keys: dict[str, str] = {}
        for raw in names:
            name = _clean(raw)
            if name is None:
                left_out["no plain name"].append(raw)
                continue
            key = words_key(name)
            if key in taken:
                left_out["a country's, demonym's or city's name"].append(name)
            elif common(key) >= TOWN_MAX_ZIPF and name not in KEEP_FREQUENT:
                left_out["a common word"].append(name)
            else:
                keys.setdefault(key, name)
        if keys:
            first = _clean(sub.name) or next(iter(keys.values()))
            out[f"x-sub-{code}"] = {"parents": parents, "name": first, "keys": sorted(keys)}
        else:
            left_out["no name left"].append(sub.name)

    for row in out.values():  # a holding subdivision with no name left is no place of the file: left out of chains
        row["parents"] = [p for p in row["parents"] if not p.startswith("x-sub-") or p in out]
    for code, (country, hand_names) in HAND_SUBDIVISIONS.items():
        keys = {words_key(n): n for n in hand_names}
        if f"x-sub-{code}" in out or set(keys) & (taken | {k for r in out.values() for k in r["keys"]}):
            raise SystemExit(f"HAND_SUBDIVISIONS {code}: a code or a name that is taken")
        out[f"x-sub-{code}"] = {"parents": [country, *places[country][3].split()], "name": hand_names[0],
                                "keys": sorted(keys)}
    owners: dict[str, set[str]] = defaultdict(set)
    for code, row in out.items():
        for key in row["keys"]:
            owners[key].add(code)
    # A name two countries' subdivisions share ("Limburg": BE and NL) may mean either: kept, on both.
    shared = sorted(k for k, codes in owners.items() if len({out[c]["parents"][-1] for c in codes}) > 1)
    lines = [
        "# factlint subdivisions: the provinces, states, regions and counties of every country (ISO 3166-2), with the "
        "names text may call them by, built by tools/build_subdivisions.py. Do not edit by hand.",
        f"# source: pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''} (ISO 3166-2 from "
        "Debian's iso-codes, with its English and Dutch translations)",
        "# licence: iso-codes and pycountry, LGPL-2.1 (names and codes only are kept here)",
        "# columns: code<TAB>parents<TAB>name<TAB>keys",
        "#   code: x-sub-<ISO 3166-2 code>; kind: province",
        "#   parents: the subdivisions holding it (nearest first), its country's code in places.tsv, then that row's "
        "parents",
        "#   name: ISO's name, as written; keys: the names it is found by, separated by |, folded as in cities.tsv",
        f"# names: ISO's name and its English and Dutch translations, brackets dropped, but not: an inverted name "
        f"(\"London, City of\"), one of fewer than {MIN_LETTERS} letters or more than {MAX_WORDS} words, a name of "
        f"places.tsv, demonyms.tsv or cities.tsv, a one-word name with Zipf >= {TOWN_MAX_ZIPF} in en_freq.tsv or "
        "nl_freq.tsv (KEEP_FREQUENT in the script excepted); and a few former provinces by hand (HAND_SUBDIVISIONS in "
        "the script: " + ", ".join(n for _, names in HAND_SUBDIVISIONS.values() for n in names) + ")",
        f"# rows: {len(out)}; names: {sum(len(r['keys']) for r in out.values())}; shared by two countries' "
        f"subdivisions: {', '.join(shared)}",
    ]
    for code in sorted(out):
        row = out[code]
        lines.append("\t".join([code, " ".join(row["parents"]), row["name"], "|".join(row["keys"])]))
    return "\n".join(lines) + "\n", left_out


def main() -> int:
    text, left_out = build()
    (DATA / "subdivisions.tsv").write_text(text, "utf-8")
    print(f"subdivisions.tsv: {text.count(chr(10)) - 9} rows, {len(text.encode()):,} bytes")
    for why, items in sorted(left_out.items()):
        print(f"  left out, {why}: {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
