"""Countries by their Dutch and English names (bot/data/countries.tsv, from pycountry), and
the towns and regions abroad with their country (bot/data/abroad.tsv, from GeoNames).

"Fieldlabs in Duitsland?" names a country, not an unknown Dutch town: the sources cover the
Netherlands only, and the reply should say so instead of asking for a province. "Fieldlabs
in Antwerpen?", "een hub in Aachen" or "in Vlaanderen" name a place abroad just as well.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=2)
def _table(name: str = "countries") -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    data = resources.files("bot").joinpath(f"data/{name}.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            key, nl, en = line.split("\t")
            table[key] = (nl, en)
    return table


def country(folded: str, lang: str) -> str | None:
    """The country a folded word names ("duitsland", "belgie"), in `lang`; None if none."""
    names = _table().get(folded)
    if names is None:
        return None
    return names[0] if lang == "nl" else names[1]


def country_of_place(folded: str, lang: str) -> str | None:
    """The country a folded town or region abroad lies in ("antwerpen" -> "België"), in
    `lang`; None if it is none the table knows (never a Dutch place: the generator leaves
    those out)."""
    names = _table("abroad").get(folded)
    if names is None:
        return None
    return names[0] if lang == "nl" else names[1]
