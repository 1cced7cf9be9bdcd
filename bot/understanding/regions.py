"""Everyday names of a region ("het noorden", "the east") as the Hubs are known by them."""

from __future__ import annotations

import re

_COMPASS = {
    "noorden": "noord", "north": "noord", "noord": "noord",
    "oosten": "oost", "east": "oost", "oost": "oost",
    "zuiden": "zuid", "south": "zuid", "zuid": "zuid",
    # the final n left off, as it is in speech: "in het noorde"
    "noorde": "noord", "ooste": "oost", "zuide": "zuid",
}  # fmt: skip

_REGION_PHRASE = re.compile(
    r"\b(?:(?:het|the) (noorden|oosten|zuiden|noorde|ooste|zuide|north|east|south)"
    r"(?: (?:van|of) (?:het land|nederland|the netherlands|the country|holland))?"
    # "South Holland" is the province Zuid-Holland, "southern Holland" the region
    r"|(north|east|south)(?: netherlands|ern netherlands|ern holland)"
    r"|(noord|oost|zuid)en van het land)\b"
)


def regions_named(text: str) -> str:
    """'het noorden', 'the north of the country', 'northern Netherlands' -> the region's
    name ("noord-nederland"), as the Hubs are known by it: "en in het noorden?" is a place."""

    def region(found: re.Match[str]) -> str:
        word = next(g for g in found.groups() if g)
        return f"{_COMPASS[word]}-nederland"

    return _REGION_PHRASE.sub(region, text)
