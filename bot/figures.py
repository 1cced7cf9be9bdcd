"""Figures over time: the value an entry holds for the date a question asks about.

An entry with `figures:` (dated values, each with its own sentence and sources) answers "in
2017", "eind 2018" or "nu" with the value of that date. For a year it has no value for, it
says so and gives the nearest dated value: "Voor 2016 heb ik geen cijfer; eind 2018 ...".
"""

from __future__ import annotations

import re

from bot.model import Entry, Figure, Source
from bot.text import fold, is_stopword, tokens
from bot.texts import text
from bot.understanding import When


def _sentence(figure: Figure, lang: str) -> str:
    return figure.text.get(lang) or figure.text.get("nl") or ""


def _sources(entry: Entry, figures: list[Figure]) -> tuple[Source, ...]:
    """The sources of the figures told, else the entry's own."""
    return tuple(s for f in figures for s in f.sources) or entry.sources


# "begin 2019", "early 2019": a sentence that states the start of a year.
_EARLY = r"begin|early|beginning of|start of"


def _mentions(figure: Figure, when: When, lang: str) -> bool:
    """A figure dated earlier whose sentence also states the part of the year asked about:
    "Eind 2018 35 actief; begin 2019 kwamen er vier bij" answers "begin 2019"."""
    if when.year is None or when.part not in ("", "begin"):
        return False
    return re.search(rf"\b(?:{_EARLY}) {when.year}\b", _sentence(figure, lang), re.I) is not None


# "tot eind 2018", "up to the end of 2018": a later figure that counts up to a year's end.
_END = r"(?:tot |up to )?(?:eind|the end of|end of)"


def _ends(figure: Figure, year: int) -> bool:
    """A figure dated early the next year whose sentence states the end of `year`."""
    if figure.date.year != year + 1 or not 0 < figure.date.month <= 4:
        return False
    return any(re.search(rf"\b{_END} {year}\b", t, re.I) for t in figure.text.values())


def _pick_part(figures: list[Figure], part: str) -> list[Figure]:
    """'eind 2018': the figure(s) nearest the end of the year (December's TNO count, not
    October's); 'begin 2019': nearest its start."""
    if part == "eind":
        late = [f for f in figures if f.date.month >= 9 or f.date.month == 0]
        if not late:
            return figures[-1:]
        last = max(f.date.month or 12 for f in late)
        return [f for f in late if (f.date.month or 12) == last]
    if part == "begin":
        early = [f for f in figures if 0 < f.date.month <= 4 or f.date.month == 0]
        if not early:
            return figures[:1]
        first = min(f.date.month or 1 for f in early)
        return [f for f in early if (f.date.month or 1) == first]
    return figures


def _capitalised(sentence: str) -> set[str]:
    """The folded words written with a capital inside a sentence (not its first word):
    the names in it ("Een TNO-studie uit 2017" -> tno, "aldus Egbert-Jan Sol" -> sol)."""
    words = re.findall(r"[\w&|-]+", sentence)[1:]
    return {t for w in words if w[:1].isupper() for t in tokens(w)}


# Words of a title that say what it is about, not who wrote it.
_TOPIC = frozenset(
    "fieldlab fieldlabs hub hubs smart industry programma programme maakindustrie "
    "digitalisering regio regios agenda extra miljoen nodig".split()
)


def _source_words(figure: Figure) -> set[str]:
    """The words of a figure's sources: publishers, titles, the names in a staff note."""
    said = {w for s in figure.sources for w in tokens(f"{s.publisher} {s.title} {s.plain}")}
    return said | {w for s in figure.sources for w in _capitalised(s.note)}


def _naming_words(entry: Entry, figure: Figure, sourced: set[str]) -> set[str]:
    """The words by which a question can name who gave a figure: its own sources' words,
    and the names in its sentences that are some figure's source ("Een TNO-studie uit
    2017" is TNO's, though Engineers Online reported it; "Zuid-Holland" names no source);
    not the words the entry's own phrasings ask with, nor a title's topic words."""
    asked = {w for qs in entry.questions.values() for q in qs for w in tokens(q)}
    publishers = {w for s in figure.sources for w in tokens(s.publisher)}
    other = _source_words(figure)
    other |= {w for t in figure.text.values() for w in _capitalised(t) if w in sourced}
    found = publishers | (other - asked - _TOPIC)
    return {w for w in found if not w.isdigit() and len(w) >= 3 and not is_stopword(w)}


def named_figures(entry: Entry, words: list[str]) -> list[Figure]:
    """The dated figures of the source a question names ("volgens TNO", "de TNO-monitor",
    "according to Dialogic"), or [] when it names none, or only what all of them share."""
    figures = list(entry.figures)
    sourced = {w for f in figures for w in _source_words(f)}
    names = {id(f): _naming_words(entry, f, sourced) for f in figures}
    distinctive = {w for f in figures for w in names[id(f)]}
    shared = set.intersection(*(names[id(f)] for f in figures)) if figures else set()
    asked = [w for w in dict.fromkeys(words) if w in distinctive - shared]
    if not asked:
        return []
    best = max(sum(1 for w in asked if w in names[id(f)]) for f in figures)
    return [f for f in figures if sum(1 for w in asked if w in names[id(f)]) == best]


def _said_in(figure: Figure, year: int) -> bool:
    """Whether the figure is of `year` or one of its sources is dated then ("volgens TNO
    2019": the Fieldlab publication of March 2019, with the figure of end 2018)."""
    return (
        figure.date.year == year
        or any(s.date is not None and s.date.year == year for s in figure.sources)
        or any(str(year) in sentence for sentence in figure.text.values())  # "2015–2019"
    )


def _of_the_source(
    entry: Entry, named: list[Figure], when: When | None, lang: str
) -> tuple[str, tuple[Source, ...]] | None:
    """ "hoeveel geïnvesteerd volgens TNO 2019?": the named source's figure of the year
    asked (or its newest, or all of its figures), not another source's; None when it
    names no source or its source said nothing of that year (the dates decide then)."""
    if not named:
        return None
    year = when.year if when is not None else None
    of_year = [f for f in named if year and _said_in(f, year)]
    if year and not of_year:
        return None
    chosen = of_year or named
    if when is not None and when.latest:
        last = max(f.date for f in chosen)
        chosen = [f for f in chosen if f.date == last]
    elif of_year and when is not None and when.part:
        chosen = _pick_part(of_year, when.part)
    body = " ".join(_sentence(f, lang) for f in chosen)
    return body, _sources(entry, chosen)


def figure_text(
    entry: Entry, when: When | None, lang: str, words: list[str] | None = None
) -> tuple[str, tuple[Source, ...]] | None:
    """(answer, its sources) for the date and the source asked (`words`: the question's),
    or None to give the entry's own answer."""
    figures = list(entry.figures)
    named = _of_the_source(entry, named_figures(entry, words or []), when, lang)
    if named is not None:
        return named
    if not figures or when is None:
        return None
    if when.earliest or when.latest:
        return _at_one_end(entry, figures, lang, latest=when.latest)
    if when.year is None:
        return None
    december = any(f.date.year == when.year and f.date.month == 12 for f in figures)
    ended = [f for f in figures if when.part == "eind" and not december and _ends(f, when.year)]
    same = (
        ended  # "eind 2018": TNO's count of March 2019 "tot eind 2018", not October's
        or [f for f in figures if f.date.year == when.year]
        or [f for f in figures if _mentions(f, when, lang)]
    )
    if same:
        chosen = _pick_part(same, when.part)
        if when.month:
            gap = min(abs((f.date.month or 6) - when.month) for f in same)
            chosen = [f for f in same if abs((f.date.month or 6) - when.month) == gap]
        body = " ".join(_sentence(f, lang) for f in chosen)
        return body, _sources(entry, chosen)
    distance = min(abs(f.date.year - when.year) for f in figures)
    nearest = [f for f in figures if abs(f.date.year - when.year) == distance]
    body = (
        text("figure_none_for_year", lang, year=when.year)
        + " "
        + " ".join(_sentence(f, lang) for f in nearest)
    )
    return body, _sources(entry, nearest)


def _at_one_end(
    entry: Entry, figures: list[Figure], lang: str, *, latest: bool
) -> tuple[str, tuple[Source, ...]]:
    """The newest figure ("nu", "so far") or the earliest ("bij de start"), said as such."""
    pick = max if latest else min
    end = pick(figures, key=lambda f: f.date)
    chosen = [f for f in figures if f.date == end.date]
    key = "figure_latest" if latest else "figure_earliest"
    body = text(key, lang, date=end.date.text(lang)) + " "
    return body + after_colon(" ".join(_sentence(f, lang) for f in chosen)), _sources(
        entry, chosen
    )


def after_colon(sentence: str) -> str:
    """A sentence said after a colon starts in lower case ("…van 2015: begin 2015 …"),
    unless it starts with a name ("TNO", "Egbert-Jan Sol")."""
    first = sentence.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and is_stopword(fold(first)):
        return first.lower() + sentence[len(first) :]
    if first in ("Begin", "Eind", "Einde", "Volgens", "According", "Early", "Late"):
        return first.lower() + sentence[len(first) :]
    return sentence


_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def valued_text(
    entry: Entry, words: list[str], lang: str
) -> tuple[str, tuple[Source, ...]] | None:
    """(answer, its sources) of the dated figures that state a number the question names
    ("wat is de bron voor 240 miljoen?", "where does the 550 come from?"), or None when it
    names none, or one that every figure states."""
    asked = {w for w in words if w.isdigit() and len(w) >= 2 and not _YEAR.fullmatch(w)}
    if not asked or not entry.figures:
        return None

    def states(figure: Figure) -> bool:
        said = {n for t in figure.text.values() for n in _NUMBER.findall(t.replace(".", ""))}
        if figure.value is not None and figure.value == int(figure.value):
            said.add(str(int(figure.value)))
        return bool(asked & said)

    return _some_figures(entry, [f for f in entry.figures if states(f)], lang)


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

    return _some_figures(entry, [f for f in entry.figures if named(f)], lang)


def _some_figures(
    entry: Entry, chosen: list[Figure], lang: str
) -> tuple[str, tuple[Source, ...]] | None:
    """(their sentences, their sources) of the figures chosen, or None when none or all of
    the entry's are: a question that picks out no figure asks for the whole answer."""
    if not chosen or len(chosen) == len(entry.figures):
        return None
    body = " ".join(_sentence(f, lang) for f in chosen)
    return body, _sources(entry, chosen)


def figures_from(
    entry: Entry, urls: frozenset[str], lang: str
) -> tuple[str, tuple[Source, ...]] | None:
    """(their sentences, their sources) of the entry's dated figures that one of `urls`
    gives ("the numbers in the TNO publication": the values that publication states), or
    None when no figure of the entry comes from them."""
    chosen = [f for f in entry.figures if any(s.url in urls for s in f.sources)]
    if not chosen:
        return None
    return " ".join(_sentence(f, lang) for f in chosen), _sources(entry, chosen)
