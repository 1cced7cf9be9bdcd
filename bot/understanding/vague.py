"""What an entrepreneur asks without saying what ("wat moet ik doen?", "ik wil
automatiseren"): where to go, the regional Hub."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.directory import THEME_WORDS
from bot.understanding.asker import _INTRO

if TYPE_CHECKING:
    from bot.understanding.model import Clause


# What an entrepreneur asks without saying what: "wat moet ik doen", "ik wil automatiseren",
# "hulp nodig met digitaliseren". Helping with that is what the regional Hubs are for.
_VAGUE_ASK = re.compile(
    r"(?:^|\s)(?:(?:en|and|dus|so) )?(?:wat (?:moet|kan|zou) ik (?:nu |daarvoor |dan )?doen|"
    r"waar (?:moet|kan) ik (?:beginnen|starten)|hoe (?:begin|start) ik|"
    r"what (?:should|can|do) i do|where (?:do|should|can) i (?:start|begin))$"
)

_NEED = re.compile(
    r"^(?:ik wil|wij willen|we willen|i want to|we want to|ik heb hulp nodig (?:met|bij)|"
    r"hulp nodig (?:met|bij)|ik zoek hulp (?:met|bij)|(?:i|we) need help (?:with|to)|"
    r"need help (?:with|to)|help (?:met|bij|with)) (?:\w+ ){0,2}(?:automatiser\w*|"
    r"digitaliser\w*|robotiser\w*|automate|automating|automation|digitise|digitize|"
    r"digitising|digitizing|digitalisation|digitalization|digitalisering|automatisering|"
    r"robotisering)$"
)


def _about_the_business(intro: str) -> bool:
    """Whether what the asker told is about their business: who they are, what they want
    to do with their company, or a theme the Fieldlabs work on."""
    words = intro.lower().split()
    return bool(
        _INTRO.match(intro.lower())
        or _NEED.match(intro.lower().strip(" .!"))
        or any(w.startswith(p) for p in THEME_WORDS.values() for w in words)
        or _BUSINESS & set(words)
    )


# Words that say the asker speaks of their business ("onze productie loopt vast").
_BUSINESS = frozenset(
    "bedrijf bedrijven firma zaak onderneming werkplaats fabriek productie klanten mkb "
    "company business firm factory production shop plant customers sme startup "
    "digitaliseren automatiseren innoveren digitalise automate innovate".split()
)


_HUB_ASK = {"nl": "bij welke hub kan ik terecht", "en": "which hub can i go to"}


def _vague_asks(
    clauses: list[Clause], intro: str, names: frozenset[str]
) -> tuple[list[Clause], list[str]]:
    """ "Ik heb een metaalbedrijf in Enschede, wat moet ik doen?": asks where to go (the Hub)
    and, when the asker names their trade, which Fieldlabs work on it. "ik wil automatiseren"
    asks where to go too. Returns the clauses and what the asker told in them."""
    out: list[Clause] = []
    told_more: list[str] = []
    for clause in clauses:
        found = _VAGUE_ASK.search(clause.text)
        told = clause.text[: found.start()].strip() if found else ""
        if found and told and not _INTRO.match(told):
            found = None
        if found and not told and intro and not _about_the_business(intro):
            found = None  # "Mijn fiets is gestolen. Wat moet ik doen?": no Hub helps there
        if (found is None or not (told or intro)) and not _NEED.match(clause.text):
            out.append(clause)
            continue
        english = bool({"i", "we", "what", "where", "help"} & set(clause.text.split()))
        out.append(replace(clause, text=_HUB_ASK["en" if english else "nl"]))
        if told:
            told_more.append(told)
        said = f"{intro} {told}".split() if found else []
        for prefixes in THEME_WORDS.values():
            word = next((w for w in said if w.startswith(prefixes)), None)
            if word is not None:
                asked = (
                    f"which fieldlabs are there for {word}"
                    if english
                    else (f"welke fieldlabs zijn er voor {word}")
                )
                out.append(replace(clause, text=asked))
    return out, told_more
