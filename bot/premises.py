"""A claim with a figure in it ("klopt het dat er 100 fieldlabs zijn?", "er zijn 7 hubs
toch?", "is it true there are 5 hubs?"): checked against the figures the answer states.

The claim is answered as the question it checks; when that answer states the claimed
figure as a count of what the claim counts the reply opens with "Ja.", when it gives it
only as history "Dat was een eerder cijfer.", when it states other figures "Nee, volgens
mijn bronnen niet.". A claim naming a source is checked against that source's figures.
A bound ("meer dan 300 bedrijven", "minder dan 100 fieldlabs") holds when a count of what
it counts lies within it. A figure only guessed at ("around 400 jobs"), a negation ("toch
geen 5 hubs") or a share ("50%") gets no verdict. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import frequency
from bot.figures import after_colon, named_figures
from bot.model import Entry, Figure, KnowledgeBase, Source
from bot.text import fold, is_stopword, tokens
from bot.texts import text
from bot.understanding.confirming import checks_a_claim
from bot.understanding.frames import without_hedged_numbers
from bot.understanding.numbers import numbers_as_digits

# A bound or a negation is no exact figure: "minder dan 100 fieldlabs", "toch geen 5 hubs".
_BOUND = re.compile(
    r"\b(?:minder|meer|maximaal|minimaal|minstens|hoogstens|ruim|bijna|ongeveer|geen|niet|"
    r"fewer|less|more|over|under|almost|about|around|at least|at most|not|no)\s+"
    r"(?:dan\s+|than\s+)?\d"
)
# A bound with a direction can be checked: "over 3,000 companies" is no "Ja" when every
# count of companies the answer gives is lower.
_ABOVE = re.compile(
    r"\b(?:meer dan|more than|over|ruim|minstens|minimaal|at least|upwards of)\s+(?=\d)"
)
_BELOW = re.compile(
    r"\b(?:minder dan|fewer than|less than|under|maximaal|hoogstens|at most)\s+(?=\d)"
)
# A figure in a claim: a number that is no year, with what it counts after it.
_FIGURE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)")
# A version, not a figure: "Industry 4.0", "industrie 4.0".
_VERSION = re.compile(r"\b(?:industry|industrie)\s+\d")
# The day of a date is no figure an answer states: "18 maart 2019".
_DAY = re.compile(
    r"\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december|january|february|march|may|june|july|august|october)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")


@dataclass(frozen=True)
class Claim:
    """A figure the asker claims, and the words of what it counts ("fieldlabs")."""

    value: str
    counted: tuple[str, ...]
    words: tuple[str, ...] = ()  # the message's words: a source it names ("volgens Dialogic")
    share: bool = False  # "80%": only an answer that states shares can check it
    bound: str = ""  # "above" ("meer dan 300"), "below" ("minder dan 10"), "" (exact)


def place_verdict(
    claimed: str,
    places: tuple[str, ...],
    provinces: tuple[str, ...],
    claimed_province: str | None = None,
) -> bool | None:
    """Whether a record of `places` and `provinces` is in the claimed place or province;
    None when the record names neither, so nothing can be checked, and None for a town in
    the record's province when the record names no town: "is RAMLAB in Rotterdam?" is not
    "No" when the sources only say Zuid-Holland."""
    if not places and not provinces:
        return None
    said = {fold(p) for p in places + provinces}
    if fold(claimed) in said:
        return True
    if not places and claimed_province is not None and fold(claimed_province) in said:
        return None
    return False


def claim_in(message: str) -> Claim | None:
    """The one figure a claim-checking message states, or None (no claim, no figure, a
    year only, a figure only guessed at, or several figures)."""
    folded = fold(message)
    if not checks_a_claim(message) or _VERSION.search(folded):
        return None
    digits = _THOUSANDS.sub("", numbers_as_digits(folded))
    bound = "above" if _ABOVE.search(digits) else "below" if _BELOW.search(digits) else ""
    if bound:
        digits = (_ABOVE if bound == "above" else _BELOW).sub("", digits)
    if _BOUND.search(digits):
        return None
    found = [m for m in _FIGURE.finditer(digits) if not _YEAR.fullmatch(m.group(1))]
    if len(found) != 1:
        return None
    value = found[0].group(1).replace(",", ".")
    if found[0].group(1) not in without_hedged_numbers(digits).split():
        return None  # "around 400 jobs": a guess, not a claim
    after = tokens(digits[found[0].end() :])[:3]
    counted = tuple(w for w in after if not is_stopword(w))[:2]
    share = bool(re.match(r"\s*(?:%|procent|percent)", digits[found[0].end() :]))
    return Claim(value, counted, tuple(tokens(digits)), share, bound)


def stated(answer: str) -> set[str]:
    """The numbers an answer states, written as digits ("vijf" -> "5", "€ 14,55" -> "14.55"),
    not the days of its dates ("18 maart 2019")."""
    digits = _THOUSANDS.sub("", numbers_as_digits(_DAY.sub(" ", answer)))
    return {m.replace(",", ".") for m in re.findall(r"\d+(?:[.,]\d+)?", digits)}


def holds(claim: Claim, answer: str) -> bool:
    """Whether the answer states the claimed figure as a count of what the claim counts:
    "er zijn toch 680 fieldlabs?" does not hold because the answer's 680 are companies.
    A claim that names nothing counted ("klopt het dat het 14,55 miljoen was?") holds on
    the number alone."""
    if claim.bound:
        return _within_bound(claim, answer)
    if claim.value not in stated(answer):
        return False
    if claim.share:
        number = re.escape(claim.value).replace(r"\.", "[.,]")
        return re.search(number + r"\s*(?:%|procent|percent)", answer) is not None
    if not claim.counted:
        return True
    digits = _THOUSANDS.sub("", numbers_as_digits(_DAY.sub(" ", answer)))
    for found in re.finditer(r"\d+(?:[.,]\d+)?", digits):
        if found.group(0).replace(",", ".") != claim.value:
            continue
        near = tokens(digits[found.end() :])[:4]
        modifier = _modifier(claim.counted)
        if modifier is not None and not _names_counted(near, (modifier,)):
            continue  # "430 indirecte banen": the answer's 430 are direct ones
        if _names_counted(near, claim.counted):
            return True
        if not any(w in _UNITS for w in near):
            return True  # "van 10 begin 2015 naar 29": the count of the sentence's subject
    return False


def _within_bound(claim: Claim, answer: str) -> bool:
    """Whether a count of what the claim counts in the answer lies within its bound."""
    digits = _THOUSANDS.sub("", numbers_as_digits(_DAY.sub(" ", answer)))
    limit = float(claim.value)
    for found in re.finditer(r"\d+(?:[.,]\d+)?", digits):
        if _YEAR.fullmatch(found.group(0)):
            continue
        near = tokens(digits[found.end() :])[:4]
        if claim.counted and not _names_counted(near, claim.counted):
            continue
        value = float(found.group(0).replace(",", "."))
        if (value > limit) if claim.bound == "above" else (value < limit):
            return True
    return False


def _modifier(counted: tuple[str, ...]) -> str | None:
    """The word that says which kind of a unit is claimed ("indirecte" banen, "unique"
    companies), or None when the claim names the unit alone."""
    if len(counted) == 2 and counted[1] in _UNITS and counted[0] not in _UNITS:
        return counted[0]
    return None


def counts(answer: str, counted: tuple[str, ...]) -> bool:
    """Whether `answer` states a number of what `counted` names ("2.350 bedrijven")."""
    digits = numbers_as_digits(fold(answer))
    return any(
        _names_counted(tokens(digits[found.end() :])[:3], counted)
        for found in re.finditer(r"\d+(?:[.,]\d+)?", digits)
    )


def _names_counted(near: list[str], counted: tuple[str, ...]) -> bool:
    """Whether the words after a number name what is counted ("bedrijven" ~ "bedrijf")."""
    return any(w[:5] == c[:5] for w in near for c in counted)


# What a figure can count: a unit next to the number says the figure is of that.
_UNITS = frozenset(
    "bedrijven companies banen jobs fieldlabs fieldlab hubs hub miljoen million euro "
    "medewerkers employees ideeen ideas projecten projects procent percent".split()
)


def verdict(claim: Claim, answer: str, lang: str, dated: bool = True) -> str:
    """'Ja.' or 'Nee, volgens mijn bronnen niet:' in front of the answer; a figure the
    answer names only further on, after its headline, is "Dat was een eerder cijfer."
    ("er zijn toch 10 fieldlabs?": 10 was early 2015, the headline says 47). Only an
    answer of `dated` figures has a history; any other states its figures once."""
    if holds(claim, _headline(answer) if dated else answer):
        return f"{text('premise_yes', lang)} {answer}"
    if holds(claim, answer):
        return f"{text('premise_earlier', lang)} {answer}"
    return f"{text('premise_no', lang)} {answer}"


def _headline(answer: str) -> str:
    """The first sentence of an answer: the figure it gives for the question asked."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z€0-9])", answer, maxsplit=1)[0]


def elsewhere(
    knowledge: KnowledgeBase, claim: Claim, entry: str | None, lang: str
) -> tuple[str, tuple[Source, ...]]:
    """'600 is in my sources another figure: …' with its sources: the sentence of another
    entry's dated figure with the claimed value ("er zijn toch 600 fieldlabs?" - 600 is
    the companies); ("", ()) when there is none."""
    if claim.bound:
        return "", ()  # a bound is no one figure another entry could give
    for other in knowledge.entries:
        if other.id == entry:
            continue
        for figure in other.figures:
            if figure.value is not None and _same(figure.value, claim.value):
                sentence = figure.text.get(lang) or figure.text.get("nl") or ""
                said = text(
                    "premise_elsewhere", lang, value=claim.value, sentence=after_colon(sentence)
                )
                return said, figure.sources
    return "", ()


def of_the_named_source(
    knowledge: KnowledgeBase, claim: Claim, entry: str | None, lang: str
) -> tuple[bool, str, tuple[Source, ...]] | None:
    """A claim that names who gave the figure ("klopt het dat Dialogic 367 miljoen
    telde?"): (whether that source's figures hold the value, their sentences, their
    sources); None when the claim names no source of the entry's figures. 367 is the TNO
    monitor's figure, so the claim does not hold even though the answer states 367."""
    found = knowledge.entry(entry) if entry is not None else None
    if found is None or not found.figures:
        return None
    named = named_figures(found, list(claim.words)) or _said_by(found, claim.words)
    if not named:
        return None
    said = [f.text.get(lang) or f.text.get("nl") or "" for f in named]
    held = any(holds(claim, sentence) for sentence in said)
    sentences = " ".join(dict.fromkeys(said))
    return held, sentences, tuple(s for f in named for s in f.sources)


def _said_by(entry: Entry, words: tuple[str, ...]) -> list[Figure]:
    """The figures whose sentence names, with a capital, a word of the claim that not every
    figure's sentence names ("Dialogic schat … € 314 miljoen" for "klopt het dat Dialogic
    367 miljoen telde?"); not by a word the entry's own phrasings ask with ("fieldlabs")."""
    figures = entry.figures
    phrased = {w for qs in entry.questions.values() for q in qs for w in tokens(q)}
    # A publisher of the entry is a source's name even when a phrasing asks with it
    # ("Hoeveel unieke bedrijven noemt Dialogic?"): "is it true Dialogic counted 680?"
    cited = entry.sources + tuple(s for f in figures for s in f.sources)
    publishers = {w for s in cited for w in tokens(s.publisher)}
    asked = {w for w in words if len(w) >= 3 and not w.isdigit() and not is_stopword(w)}
    asked -= phrased - publishers
    asked = {w for w in asked if frequency.zipf(w) < 3.5}  # "dialogic", not "volgens"
    names = [{w for t in f.text.values() for w in _names(t)} & asked for f in figures]
    shared = set.intersection(*names) if names else set()
    return [f for f, n in zip(figures, names, strict=True) if n - shared]


def _names(sentence: str) -> set[str]:
    """The folded words written with a capital, the first word too ("Dialogic schat …")."""
    return {t for w in re.findall(r"[\w&|-]+", sentence) if w[:1].isupper() for t in tokens(w)}


def _same(value: float, claimed: str) -> bool:
    try:
        return float(claimed) == value
    except ValueError:
        return False
