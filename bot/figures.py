"""Figures over time: the value an entry holds for the date a question asks about.

An entry with `figures:` (dated values, each with its own sentence and sources) answers "in
2017", "eind 2018" or "nu" with the value of that date. For a year it has no value for, it
says so and gives the nearest dated value: "Voor 2016 heb ik geen cijfer; eind 2018 ...".
"""

from __future__ import annotations

import re

from bot.model import Entry, Figure, Source
from bot.text import tokens
from bot.texts import text
from bot.understanding import When


def _sentence(figure: Figure, lang: str) -> str:
    return figure.text.get(lang) or figure.text.get("nl") or ""


# "begin 2019", "early 2019": a sentence that states the start of a year.
_EARLY = r"begin|early|beginning of|start of"


def _mentions(figure: Figure, when: When, lang: str) -> bool:
    """A figure dated earlier whose sentence also states the part of the year asked about:
    "Eind 2018 35 actief; begin 2019 kwamen er vier bij" answers "begin 2019"."""
    if when.year is None or when.part not in ("", "begin"):
        return False
    return re.search(rf"\b(?:{_EARLY}) {when.year}\b", _sentence(figure, lang), re.I) is not None


def _pick_part(figures: list[Figure], part: str) -> list[Figure]:
    if part == "eind":
        late = [f for f in figures if f.date.month >= 9 or f.date.month == 0]
        return late or figures[-1:]
    if part == "begin":
        early = [f for f in figures if 0 < f.date.month <= 4 or f.date.month == 0]
        return early or figures[:1]
    return figures


def figure_text(
    entry: Entry, when: When | None, lang: str
) -> tuple[str, tuple[Source, ...]] | None:
    """(answer, its sources) for the date asked, or None to give the entry's own answer."""
    figures = list(entry.figures)
    if not figures or when is None:
        return None
    if when.latest:
        newest = max(figures, key=lambda f: f.date)
        chosen = [f for f in figures if f.date == newest.date]
        body = (
            text("figure_latest", lang, date=newest.date.text(lang))
            + " "
            + " ".join(_sentence(f, lang) for f in chosen)
        )
        return body, tuple(s for f in chosen for s in f.sources) or entry.sources
    if when.year is None:
        return None
    same = [f for f in figures if f.date.year == when.year] or [
        f for f in figures if _mentions(f, when, lang)
    ]
    if same:
        chosen = _pick_part(same, when.part)
        if when.month:
            gap = min(abs((f.date.month or 6) - when.month) for f in same)
            chosen = [f for f in same if abs((f.date.month or 6) - when.month) == gap]
        body = " ".join(_sentence(f, lang) for f in chosen)
        return body, tuple(s for f in chosen for s in f.sources) or entry.sources
    distance = min(abs(f.date.year - when.year) for f in figures)
    nearest = [f for f in figures if abs(f.date.year - when.year) == distance]
    body = (
        text("figure_none_for_year", lang, year=when.year)
        + " "
        + " ".join(_sentence(f, lang) for f in nearest)
    )
    return body, tuple(s for f in nearest for s in f.sources) or entry.sources


def figures_naming(
    entry: Entry, words: list[str], lang: str
) -> tuple[str, tuple[Source, ...]] | None:
    """(answer, its sources) of the dated figures whose own sources name every one of
    `words` ("en Dialogic?" after the TNO figure), or None when all or none do. Only the
    sources: "en de bedrijven?" after the investments asks another figure, even where a
    sentence says "bedrijven"."""
    if not words or not entry.figures:
        return None

    def named(figure: Figure) -> bool:
        said = {
            word
            for source in figure.sources
            for word in tokens(f"{source.publisher} {source.title} {source.note} {source.plain}")
        }
        return all(word in said for word in words)

    chosen = [f for f in entry.figures if named(f)]
    if not chosen or len(chosen) == len(entry.figures):
        return None
    body = " ".join(_sentence(f, lang) for f in chosen)
    return body, tuple(s for f in chosen for s in f.sources) or entry.sources
