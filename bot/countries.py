"""Countries by their Dutch and English names (bot/data/countries.tsv, from pycountry).

"Fieldlabs in Duitsland?" names a country, not an unknown Dutch town: the sources cover the
Netherlands only, and the reply should say so instead of asking for a province.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    data = resources.files("bot").joinpath("data/countries.tsv").read_text(encoding="utf-8")
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
