"""Question entries derived from the Hub and Fieldlab records.

Staff add a record; its phrasings ("Wat is RoboHouse?", "Where is SAM|XL?") and its answer
(the record's card) are made here, so a record never needs ten hand-written questions.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from bot.cards import fieldlab_card, hub_card, hub_label
from bot.model import Entry, Fieldlab, Hub
from bot.text import LANGS
from bot.texts import text


def _names(name: str | None, aliases: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for candidate in (name, *aliases):
        if candidate and candidate not in seen:
            seen.append(candidate)
    return seen


def derive_entries(hubs: Iterable[Hub], fieldlabs: Iterable[Fieldlab]) -> list[Entry]:
    """Question entries for every record: 'Wat is X?', 'Waar zit X?', 'What does X do?'."""
    hubs = list(hubs)
    by_id = {h.id: h for h in hubs}
    entries: list[Entry] = []
    for lab in fieldlabs:
        names = _names(lab.name, lab.aliases)
        questions = {
            "nl": tuple(
                q for n in names for q in (f"Wat is {n}?", f"Waar zit {n}?", f"Wat doet {n}?")
            ),
            "en": tuple(
                q for n in names for q in (f"What is {n}?", f"Where is {n}?", f"What does {n} do?")
            ),
        }
        at_place = tuple(f"{names[0]} {place}" for place in lab.places)
        questions = {lang: questions[lang] + at_place for lang in LANGS}
        hub = by_id.get(lab.hub) if lab.hub else None
        answer = {lang: fieldlab_card(lab, hub, lang).plain() for lang in LANGS}
        entries.append(
            Entry(
                id=lab.id,
                questions=MappingProxyType(questions),
                answer=MappingProxyType(answer),
                tags=("fieldlab",),
                source=lab.source,
                sources=lab.sources,
                as_of=lab.as_of,
                related=(hub.id,) if hub is not None else (),
                kind="fieldlab",
                origin=lab.origin,
            )
        )
    for hub in hubs:
        names = _names(hub.name, hub.aliases)
        if not names:
            continue  # a Hub without a name cannot be asked about by name
        questions = {
            "nl": tuple(
                q for n in names for q in (f"Wat is {n}?", f"Wat doet {n}?", f"Waar zit {n}?")
            ),
            "en": tuple(
                q for n in names for q in (f"What is {n}?", f"What does {n} do?", f"Where is {n}?")
            ),
        }
        if hub.lead:
            questions["nl"] += (f"Wie coördineert {names[0]}?", f"Wie leidt {names[0]}?")
            questions["en"] += (f"Who coordinates {names[0]}?", f"Who leads {names[0]}?")
            for lang in LANGS:
                questions[lang] += tuple(f"{names[0]} {lead}" for lead in hub.lead)
        answer = {lang: hub_card(hub, lang).plain() for lang in LANGS}
        entries.append(
            Entry(
                id=hub.id,
                questions=MappingProxyType(questions),
                answer=MappingProxyType(answer),
                tags=("hub",),
                source=hub.source,
                sources=hub.sources,
                as_of=hub.as_of,
                kind="hub",
                origin=hub.origin,
            )
        )
    if hubs:
        entries.append(_hubs_list(hubs))
    return entries


_HUBS_LIST_QUESTIONS = {
    "nl": (
        "Welke Smart Industry Hubs zijn er?",
        "Welke Smart Industry Hubs zijn er allemaal in Nederland?",
        "lijst van hubs",
        "welke regionale hubs bestaan er",
        "overzicht van de hubs",
        "Noem de vijf hubs",
        "alle hubs op een rij",
        "wat zijn de namen van de hubs",
    ),
    "en": (
        "Which Smart Industry Hubs are there?",
        "Which Smart Industry Hubs are there in the Netherlands?",
        "list of hubs",
        "which regional hubs exist",
        "overview of the hubs",
        "Name the five hubs",
        "what are the names of the hubs",
    ),
}


def _hubs_list(hubs: list[Hub]) -> Entry:
    """'Welke hubs zijn er?': the Hubs from their records, so the list is never stale."""
    answer = {}
    for lang in LANGS:
        lines = [text("hubs_list", lang)]
        for hub in hubs:
            where = hub.region or ", ".join(hub.provinces)
            lines.append(f"• {hub_label(hub, lang)}" + (f" ({where})" if where else ""))
        answer[lang] = "\n".join(lines)
    sources = tuple(s for hub in hubs for s in hub.sources[:1])
    return Entry(
        id="hubs.list",
        questions=MappingProxyType(_HUBS_LIST_QUESTIONS),
        answer=MappingProxyType(answer),
        tags=("hub", "list"),
        sources=sources,
        kind="list",
        origin=hubs[0].origin,
    )
