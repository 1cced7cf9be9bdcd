"""A claim with a figure in it ("klopt het dat er 100 fieldlabs zijn?", "er zijn 7 hubs
toch?", "is it true there are 5 hubs?"): checked against the figures the answer states.

The claim is answered as the question it checks; when that answer states the claimed
figure the reply opens with "Ja.", when it states other figures with "Nee, volgens mijn
bronnen niet:". A figure only guessed at ("around 400 jobs") gets no verdict. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.model import KnowledgeBase, Source
from bot.text import fold, is_stopword, tokens
from bot.texts import text
from bot.understanding.frames import without_hedged_numbers
from bot.understanding.numbers import numbers_as_digits

# "klopt het dat …", "… toch?", "is it true …", "… right?": the asker checks a claim.
_CLAIM = re.compile(
    r"\b(?:klopt|toch|is het waar|is het zo|echt waar|is it true|true that|is that true|"
    r"is this true|is that correct|is this correct|is it correct|right\s*\?|correct\s*\?|"
    r"isn'?t it|aren'?t there|am i right)"
)
# A figure in a claim: a number that is no year, with what it counts after it.
_FIGURE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(%|procent|percent)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")


@dataclass(frozen=True)
class Claim:
    """A figure the asker claims, and the words of what it counts ("fieldlabs")."""

    value: str
    counted: tuple[str, ...]


def claim_in(message: str) -> Claim | None:
    """The one figure a claim-checking message states, or None (no claim, no figure, a
    year only, a figure only guessed at, or several figures)."""
    folded = fold(message)
    if _CLAIM.search(folded) is None:
        return None
    digits = _THOUSANDS.sub("", numbers_as_digits(folded))
    found = [m for m in _FIGURE.finditer(digits) if not _YEAR.fullmatch(m.group(1))]
    if len(found) != 1:
        return None
    value = found[0].group(1).replace(",", ".")
    if value not in without_hedged_numbers(digits).split():
        return None  # "around 400 jobs": a guess, not a claim
    after = tokens(digits[found[0].end() :])[:3]
    counted = tuple(w for w in after if not is_stopword(w))[:2]
    return Claim(value, counted)


def stated(answer: str) -> set[str]:
    """The numbers an answer states, written as digits ("vijf" -> "5", "€ 14,55" -> "14.55")."""
    digits = _THOUSANDS.sub("", numbers_as_digits(answer))
    return {m.replace(",", ".") for m in re.findall(r"\d+(?:[.,]\d+)?", digits)}


def verdict(claim: Claim, answer: str, lang: str) -> str:
    """'Ja.' or 'Nee, volgens mijn bronnen niet:' in front of the answer; a figure the
    answer names only further on, after its headline, is "Dat was een eerder cijfer."
    ("er zijn toch 10 fieldlabs?": 10 was early 2015, the headline says 47)."""
    if claim.value in stated(_headline(answer)):
        return f"{text('premise_yes', lang)} {answer}"
    if claim.value in stated(answer):
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
    for other in knowledge.entries:
        if other.id == entry:
            continue
        for figure in other.figures:
            if figure.value is not None and _same(figure.value, claim.value):
                sentence = figure.text.get(lang) or figure.text.get("nl") or ""
                said = text("premise_elsewhere", lang, value=claim.value, sentence=sentence)
                return said, figure.sources
    return "", ()


def _same(value: float, claimed: str) -> bool:
    try:
        return float(claimed) == value
    except ValueError:
        return False
