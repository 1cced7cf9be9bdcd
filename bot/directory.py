"""Answers derived from the Hub and Fieldlab records: cards, lists and routing to a Hub.

Staff add a record; the phrasings ("Wat is RoboHouse?", "Where is SAM|XL?") and the answer
text are derived here, so a record never needs ten hand-written questions.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING

from bot.text import LANGS

if TYPE_CHECKING:
    from bot.knowledge import Entry, Fieldlab, Hub

UNKNOWN_HUB_NAME = {"nl": "een Hub waarvan de naam niet in onze bronnen staat",
                    "en": "a Hub whose name is not in our sources"}
NATIONAL = {
    "nl": "Het landelijke Smart Industry-programma is bereikbaar via https://smartindustry.nl.",
    "en": "The national Smart Industry programme can be reached via https://smartindustry.nl.",
}

THEME_LABELS: dict[str, dict[str, str]] = {
    "robotica": {"nl": "robotica", "en": "robotics"},
    "3d-printen": {"nl": "3D-printen", "en": "3D printing"},
    "onderhoud": {"nl": "onderhoud", "en": "maintenance"},
    "bouw": {"nl": "bouw", "en": "construction"},
    "composieten": {"nl": "composieten", "en": "composites"},
    "optica": {"nl": "optica", "en": "optics"},
    "iot": {"nl": "Internet of Things", "en": "Internet of Things"},
    "5g": {"nl": "5G", "en": "5G"},
    "landbouw": {"nl": "landbouw", "en": "agriculture"},
    "scholing": {"nl": "scholing en vaardigheden", "en": "skills and training"},
    "sociale-innovatie": {"nl": "sociale innovatie", "en": "social innovation"},
    "slimme-fabriek": {"nl": "slimme fabriek", "en": "smart factory"},
    "metaal": {"nl": "metaalbewerking", "en": "metalworking"},
}


def hub_name(hub: Hub, lang: str) -> str:
    """The Hub's name, or an honest description when the sources do not give one."""
    return hub.name or UNKNOWN_HUB_NAME[lang]


def themes_text(themes: Iterable[str], lang: str) -> str:
    return ", ".join(THEME_LABELS.get(t, {}).get(lang, t) for t in themes)


def fieldlab_card(lab: Fieldlab, hub: Hub | None, lang: str) -> str:
    """Plain-text card for one Fieldlab: name, place, themes, summary, hub, website."""
    nl = lang == "nl"
    lines = [lab.name]
    where = ", ".join(x for x in (lab.place, lab.province) if x)
    if where:
        lines.append(("Plaats: " if nl else "Location: ") + where)
    if lab.themes:
        lines.append(("Thema's: " if nl else "Themes: ") + themes_text(lab.themes, lang))
    summary = lab.summary.get(lang) or lab.summary.get("nl", "")
    if summary:
        lines.append(summary)
    if hub is not None:
        lines.append(("Regionale Hub: " if nl else "Regional Hub: ") + hub_name(hub, lang))
    if lab.website:
        lines.append(("Website: ") + lab.website)
    return "\n".join(lines)


def hub_card(hub: Hub, lang: str) -> str:
    """Plain-text card for one Hub, saying plainly what the sources do not give."""
    nl = lang == "nl"
    lines = [hub.name or ("Vijfde Smart Industry Hub" if nl else "Fifth Smart Industry Hub")]
    if hub.region:
        lines.append(("Regio: " if nl else "Region: ") + hub.region)
    if hub.provinces:
        lines.append(("Provincies: " if nl else "Provinces: ") + ", ".join(hub.provinces))
    elif hub.provinces_unconfirmed:
        lines.append(
            ("Provincies (niet bevestigd in onze bronnen): " if nl
             else "Provinces (not confirmed by our sources): ")
            + ", ".join(hub.provinces_unconfirmed)
        )
    if hub.lead:
        lines.append(("Trekkers: " if nl else "Led by: ") + ", ".join(hub.lead))
    summary = hub.summary.get(lang) or hub.summary.get("nl", "")
    if summary:
        lines.append(summary)
    offers = hub.offers.get(lang) or hub.offers.get("nl", "")
    if offers:
        lines.append(offers)
    if hub.website:
        lines.append("Website: " + hub.website)
    elif hub.name is None:
        lines.append(NATIONAL[lang])
    return "\n".join(lines)


def _names(name: str | None, aliases: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for candidate in (name, *aliases):
        if candidate and candidate not in seen:
            seen.append(candidate)
    return seen


def derive_entries(hubs: Iterable[Hub], fieldlabs: Iterable[Fieldlab]) -> list[Entry]:
    """Question entries for every record: 'Wat is X?', 'Waar zit X?', 'What does X do?'."""
    from bot.knowledge import Entry

    hubs = list(hubs)
    by_id = {h.id: h for h in hubs}
    entries: list[Entry] = []
    for lab in fieldlabs:
        names = _names(lab.name, lab.aliases)
        questions = {
            "nl": tuple(q for n in names for q in (f"Wat is {n}?", f"Waar zit {n}?",
                                                   f"Wat doet {n}?")),
            "en": tuple(q for n in names for q in (f"What is {n}?", f"Where is {n}?",
                                                   f"What does {n} do?")),
        }
        hub = by_id.get(lab.hub) if lab.hub else None
        answer = {lang: fieldlab_card(lab, hub, lang) for lang in LANGS}
        entries.append(
            Entry(
                id=lab.id,
                questions=MappingProxyType(questions),
                answer=MappingProxyType(answer),
                tags=("fieldlab",),
                source=lab.source,
                as_of=lab.as_of,
                related=(lab.hub,) if hub is not None else (),
                kind="fieldlab",
                origin=lab.origin,
            )
        )
    for hub in hubs:
        names = _names(hub.name, hub.aliases)
        if not names:
            continue  # a Hub without a name cannot be asked about by name
        questions = {
            "nl": tuple(q for n in names for q in (f"Wat is {n}?", f"Wat doet {n}?",
                                                   f"Waar zit {n}?")),
            "en": tuple(q for n in names for q in (f"What is {n}?", f"What does {n} do?",
                                                   f"Where is {n}?")),
        }
        answer = {lang: hub_card(hub, lang) for lang in LANGS}
        entries.append(
            Entry(
                id=hub.id,
                questions=MappingProxyType(questions),
                answer=MappingProxyType(answer),
                tags=("hub",),
                source=hub.source,
                as_of=hub.as_of,
                kind="hub",
                origin=hub.origin,
            )
        )
    return entries
