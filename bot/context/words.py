"""Small word sets that several follow-up readings share."""

from __future__ import annotations

_FIRST_PERSON = frozenset("ik wij we mijn ons onze i my our im were us".split())

_OTHER = frozenset("andere ander other".split())

_LISTS = ("fieldlabs.place.", "fieldlabs.province.", "fieldlabs.theme.", "route.")

_KIND_WORDS = {"fieldlab": "fieldlab.", "lab": "fieldlab.", "hub": "hub."}

_HOME_COUNTRY = frozenset("nederland netherlands holland dutch nederlandse".split())
