"""Hub and Fieldlab cards as structured data: built once here, rendered by each channel.

The console and the CLI render a card with `plain()`; Telegram renders the same fields as
HTML. A field the sources do not give is left out, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.model import Fieldlab, Hub
from bot.texts import text


@dataclass(frozen=True)
class Card:
    """One record as a user sees it: a title, short labelled facts, paragraphs, links."""

    record: str  # the Hub or Fieldlab id
    title: str
    facts: tuple[tuple[str, str], ...] = ()  # (label, value): place, themes, provinces, lead
    paragraphs: tuple[str, ...] = ()  # summary, what it offers, status
    links: tuple[tuple[str, str], ...] = ()  # (label, value): website, its Hub

    def plain(self) -> str:
        """The card as plain text: title, `label: value` lines, paragraphs, links."""
        lines = [self.title]
        lines += [f"{label}: {value}" for label, value in self.facts]
        lines += list(self.paragraphs)
        lines += [f"{label}: {value}" for label, value in self.links]
        return "\n".join(lines)


def hub_name(hub: Hub, lang: str) -> str:
    """The Hub's name, or an honest description when the sources do not give one."""
    return hub.name or text("hub_unnamed_in_text", lang)


def hub_label(hub: Hub, lang: str) -> str:
    """A Hub's name for titles, lists and buttons; the unnamed one says so."""
    return hub.name or text("unnamed_hub", lang)


def theme_label(theme: str, lang: str) -> str:
    key = f"theme.{theme}"
    return text(key, lang) if key in _THEME_KEYS else theme


def themes_text(themes: Iterable[str], lang: str) -> str:
    return ", ".join(theme_label(t, lang) for t in themes)


def _in(lang: str, values: Mapping[str, str]) -> str:
    return values.get(lang) or values.get("nl") or ""


def fieldlab_card(lab: Fieldlab, hub: Hub | None, lang: str) -> Card:
    """A Fieldlab's card: where, themes, summary, website and its Hub."""
    facts: list[tuple[str, str]] = []
    places = ", ".join(lab.places)
    # "Utrecht (Utrecht)" says nothing twice, but with several places a province named like
    # one of them is still news: "Drachten, Hoogeveen, Groningen (Friesland, Drenthe, Groningen)".
    alone = len(lab.places) == 1
    provinces = ", ".join(p for p in lab.provinces if not (alone and p in lab.places))
    if places:
        facts.append((text("card_place", lang), places + (f" ({provinces})" if provinces else "")))
    elif provinces:
        facts.append((text("card_province", lang), provinces))
    elif lab.region:
        facts.append((text("card_region", lang), lab.region))
    if lab.themes:
        facts.append((text("card_themes", lang), themes_text(lab.themes, lang)))
    summary = _in(lang, lab.summary)
    links: list[tuple[str, str]] = []
    if lab.website:
        links.append((text("card_website", lang), lab.website))
    if hub is not None:
        stopped = f" ({text('hub_stopped_short', lang)})" if hub.status == "stopped" else ""
        links.append((text("card_hub", lang), hub_name(hub, lang) + stopped))
    return Card(lab.id, lab.name, tuple(facts), (summary,) if summary else (), tuple(links))


def hub_card(hub: Hub, lang: str) -> Card:
    """A Hub's card: region, provinces (confirmed or not), lead, summary, offer, website."""
    facts: list[tuple[str, str]] = []
    if hub.region:
        facts.append((text("card_region", lang), hub.region))
    if hub.provinces:
        facts.append((text("card_provinces", lang), ", ".join(hub.provinces)))
    if hub.provinces_unconfirmed:
        facts.append((text("card_unconfirmed", lang), ", ".join(hub.provinces_unconfirmed)))
    if hub.lead:
        facts.append((text("card_lead", lang), ", ".join(hub.lead)))
    paragraphs = tuple(p for p in (_in(lang, hub.summary), _in(lang, hub.offers)) if p)
    links: list[tuple[str, str]] = []
    if hub.website:
        links.append((text("card_website", lang), hub.website))
    elif hub.name is None:
        paragraphs += (text("national", lang),)
    title = hub.name or text("unnamed_hub_title", lang)
    return Card(hub.id, title, tuple(facts), paragraphs, tuple(links))


_THEME_KEYS = frozenset(
    f"theme.{t}"
    for t in (
        "robotica 3d-printen onderhoud bouw composieten optica iot 5g landbouw scholing "
        "sociale-innovatie slimme-fabriek metaal"
    ).split()
)
