"""The knowledge as the core uses it: immutable records built by the loader (bot/knowledge.py).

Nothing here reads files or imports the loader, so every other module can depend on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from bot.text import LANGS, fold

if TYPE_CHECKING:  # a type only: the loader is never imported from here
    from bot.nodes import Problem

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december",
    "en": "January February March April May June July August September October November December",
}


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date as precise as its source: a year, a year and month, or a day (0 = not given)."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def of(cls, date: dt.date) -> PartialDate:
        return cls(date.year, date.month, date.day)

    def iso(self) -> str:
        if not self.month:
            return f"{self.year:04d}"
        if not self.day:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def text(self, lang: str) -> str:
        """'18 maart 2019', 'March 2019', '2019'."""
        if not self.month:
            return str(self.year)
        month = MONTHS.get(lang, MONTHS["nl"]).split()[self.month - 1]
        if not self.day:
            return f"{month} {self.year}"
        if lang == "en":
            return f"{self.day} {month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)


@dataclass(frozen=True)
class Source:
    """Where a fact comes from. `note` is for staff and never shown; `plain` is a source
    written as one string (the old form), shown as it is."""

    publisher: str = ""
    title: str = ""
    date: PartialDate | None = None
    url: str = ""
    note: str = ""
    plain: str = ""

    def key(self) -> tuple[str, str, str]:
        """What makes two citations the same source."""
        return (fold(self.publisher), fold(self.title or self.plain), self.url.rstrip("/"))


def sources_text(sources: tuple[Source, ...]) -> str:
    """All sources as one plain line (for logs and reports; users see citations)."""
    parts = []
    for source in sources:
        if source.plain:
            parts.append(source.plain)
            continue
        bits = [b for b in (source.publisher, source.title) if b]
        if source.date is not None:
            bits.append(source.date.iso())
        if source.url:
            bits.append(source.url)
        parts.append(", ".join(bits))
    return "; ".join(parts)


@dataclass(frozen=True)
class Figure:
    """One dated value of a figure that changes over time (number of Fieldlabs, investments)."""

    date: PartialDate
    text: Mapping[str, str]  # the sentence that states it, per language
    value: float | None = None
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Person:
    """Someone named by a source in a role at a Hub."""

    name: str
    role: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Entry:
    """One answerable topic: its phrasings and its answer per language."""

    id: str
    questions: Mapping[str, tuple[str, ...]]
    answer: Mapping[str, str]
    tags: tuple[str, ...] = ()
    source: str | None = None
    as_of: dt.date | None = None
    related: tuple[str, ...] = ()
    kind: str = "faq"  # faq | smalltalk | hub | fieldlab | list
    origin: str = ""  # "path:line" where staff find it
    sources: tuple[Source, ...] = ()
    figures: tuple[Figure, ...] = ()  # dated values, oldest first
    review_by: dt.date | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGS if lang in self.answer)

    def title(self, lang: str) -> str:
        """The first phrasing in `lang` (or any language): what a button shows."""
        for candidate in (lang, *LANGS):
            if self.questions.get(candidate):
                return self.questions[candidate][0]
        return self.id


@dataclass(frozen=True)
class Hub:
    """A regional Smart Industry Hub; fields the sources do not give are None or empty."""

    id: str
    source: str
    summary: Mapping[str, str]
    name: str | None = None
    aliases: tuple[str, ...] = ()
    region: str | None = None
    provinces: tuple[str, ...] = ()
    provinces_unconfirmed: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    offers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    website: str | None = None
    as_of: dt.date | None = None
    origin: str = ""
    sources: tuple[Source, ...] = ()
    status: str | None = None  # active | stopped; None when the sources do not say
    status_date: PartialDate | None = None
    successor: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    people: tuple[Person, ...] = ()


@dataclass(frozen=True)
class Fieldlab:
    """A Smart Industry Fieldlab from the directory."""

    id: str
    name: str
    source: str
    summary: Mapping[str, str]
    aliases: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    region: str | None = None
    themes: tuple[str, ...] = ()
    website: str | None = None
    hub: str | None = None
    as_of: dt.date | None = None
    origin: str = ""
    sources: tuple[Source, ...] = ()
    status: str | None = None
    status_date: PartialDate | None = None
    lead: tuple[str, ...] = ()


@dataclass(frozen=True)
class Places:
    """Municipalities by province, for routing a place to its Hub."""

    source: str = ""
    provinces: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def province_of(self, place: str) -> str | None:
        """The province a place or province name belongs to (exact, accent-insensitive)."""
        key = fold(self.aliases.get(place, place)).strip()
        for alias, target in self.aliases.items():
            if fold(alias).strip() == key:
                key = fold(target).strip()
        for province, places in self.provinces.items():
            if fold(province).strip() == key:
                return province
            if any(fold(p).strip() == key for p in places):
                return province
        return None


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything loaded from a knowledge directory. Immutable: reloads build a new one."""

    entries: tuple[Entry, ...]
    synonyms: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    hubs: tuple[Hub, ...] = ()
    fieldlabs: tuple[Fieldlab, ...] = ()
    places: Places = field(default_factory=Places)
    files: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()  # `path:line: message`s that do not stop a load

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({e.id: e for e in self.entries}))

    def entry(self, entry_id: str) -> Entry | None:
        by_id: Mapping[str, Entry] = self._by_id  # type: ignore[attr-defined]
        return by_id.get(entry_id)

    def hub(self, hub_id: str) -> Hub | None:
        return next((h for h in self.hubs if h.id == hub_id), None)

    def fieldlab(self, fieldlab_id: str) -> Fieldlab | None:
        return next((f for f in self.fieldlabs if f.id == fieldlab_id), None)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGS if any(lang in e.answer for e in self.entries))

    def summary(self) -> str:
        """The line `fieldbot check` prints on success."""
        faq = sum(1 for e in self.entries if e.kind != "smalltalk")
        extra = ""
        if self.hubs or self.fieldlabs:
            extra = f", {len(self.hubs)} hubs, {len(self.fieldlabs)} fieldlabs"
        return f"OK: {faq} entries, languages {', '.join(self.languages)}{extra}"
