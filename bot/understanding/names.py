"""Names told by their capitals ("RoboHouse", "DCMC"), and a message typed in capitals read as
if in lower case."""

from __future__ import annotations

import re

from bot.text import fold

_ALL_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")

_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Þ][\w'-]+")

# "RoboHouse", "DCMC", "SAM|XL": a name by its capitals, also where a sentence starts.
_NAME_LIKE = re.compile(r"\b[A-Za-z]+[A-Z][\w'-]*")


def _sentence_capital(text: str) -> frozenset[str]:
    """The first word of `text` when only its place at the start of the sentence gave it a
    capital: "Een ondernemer uit Tilburg belde ons: bij welke Hub …?" moves that sentence
    behind the question, where its "Een" is no name (the village Een)."""
    first = text.split()[0] if text.split() else ""
    if not first or _ALL_CAPS.fullmatch(first) or _NAME_LIKE.fullmatch(first):
        return frozenset()
    said = {fold(w) for w in _CAPITALISED.findall(text)}
    return frozenset({fold(first)} - said)


def _unshouted(text: str) -> str:
    """ "WAT IS EEN FIELDLAB": a message typed in capitals tells no names by them (not the
    village "Een"), so it is read as if typed in lower case. A lone name ("DCMC?") stays."""
    if text.isascii() and text.upper() != text:
        return text  # a lower-case letter (in ASCII always a letter): not typed in capitals
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 2]
    if len(words) >= 3 and len(letters) >= 8 and not any(c.islower() for c in letters):
        return text.lower()
    return text
