"""Punctuation said aloud into a phone: voice-to-text writes "komma", "punt", "vraagteken",
"comma", "full stop", "question mark" as words. They are marks, so that the rest of the
reading sees the sentences and clauses the asker said ("hoe stap ik in een veldlab komma waar
moet ik beginnen vraagteken" -> "hoe stap ik in een veldlab, waar moet ik beginnen?").

A question or exclamation mark said is one anywhere: no chat message is about the word. A
comma said is one anywhere but between two numbers ("drie komma vijf" is 3,5). "punt",
"period" and "dot" are ordinary words as well ("het punt is", "over what period", "smitzh
dot nl"), so they are read as a stop only at the end of the message, or inside it where a
new sentence plainly starts after them and nothing before them makes them a noun: "jammer
punt en in gelderland dan", "hallo punt kun je mij verstaan", but not "op dit punt wil ik",
"een belangrijk punt is", "industrie vier punt nul"."""

from __future__ import annotations

import re

from bot.understanding.lexicon import _PREPOSITIONS, _QUESTION_WORDS, _VERB_FIRST
from bot.understanding.numbers import is_number_word
from bot.understanding.smalltalk import _GREETINGS

_ASKING = re.compile(
    r"\s+(?:vraagteken|question mark|uitroepteken|exclamation mark)(?=[\s.,!?]|$)",
    re.IGNORECASE,
)
_COMMA = re.compile(r"(\S+)?\s+(?:komma|comma)(?=\s+(\S+)|\s*$)", re.IGNORECASE)
_STOP_SAID = re.compile(r"\s+(?:full stop)(?=[\s.,!?]|$)", re.IGNORECASE)
# The words that are a noun as often as a stop said aloud.
_NOUN_OR_STOP = re.compile(r"(\S+)\s+(punt|period|dot)(?=\s+(\S+)|\s*$)", re.IGNORECASE)
_AT_END = re.compile(r"\s+(?:punt|period|dot)\s*$", re.IGNORECASE)

# Words that make the next word a noun: "het punt", "op dit punt", "what period", "mijn punt".
_MAKES_A_NOUN = _PREPOSITIONS | frozenset(
    """het de een dit dat deze die elk elke ieder iedere geen mijn jouw je uw zijn haar ons
    onze hun welk welke eerste tweede laatste volgende ander andere zelfde hetzelfde enig
    the a an this that which what my your our their its any each every same first last
    next other whole""".split()
)
# Words that open a sentence of their own: a conjunction, a question word, a verb first, a
# subject, a greeting or "ok" ("… punt en in gelderland dan", "… punt kun je …").
_OPENS = (
    _QUESTION_WORDS
    | _VERB_FIRST
    | _GREETINGS
    | frozenset(
        """en maar dus want of and but so ik we wij je jij u ze zij hij i you they he she
        kun kunt weet ok oke okay nou trouwens verder ook also""".split()
    )
)
# "jammer punt …": a stop said after a whole sentence, not after a word that needs a noun.
_STOP = "."


def _is_number(word: str | None) -> bool:
    return word is not None and (word.isdigit() or is_number_word(word.lower()))


def _comma(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    if _is_number(before) and _is_number(after):
        return match.group(0)  # "veertien komma vijfenvijftig miljoen": a decimal comma
    return f"{before}," if before else ","


def _noun_or_stop(match: re.Match[str], words_before: list[str]) -> str:
    before, said, after = match.group(1), match.group(2), match.group(3)
    if after is None:
        return match.group(0)  # the end of the message: `_AT_END`
    lowered = before.lower().strip(",")
    two_before = words_before[-2].lower() if len(words_before) >= 2 else ""
    if (
        said.lower() == "dot"  # "smitzh dot nl": a web address
        or after.lower() not in _OPENS
        or lowered in _MAKES_A_NOUN
        or two_before in _MAKES_A_NOUN - _PREPOSITIONS  # "een belangrijk punt is"
        or _is_number(before)
        or _is_number(after)  # "vier punt nul"
    ):
        return match.group(0)
    return before + _STOP


def _stops_inside(text: str) -> str:
    out: list[str] = []
    last = 0
    for match in _NOUN_OR_STOP.finditer(text):
        out.append(text[last : match.start()])
        words_before = [*"".join(out).split(), match.group(1)]
        out.append(_noun_or_stop(match, words_before))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _end(text: str, match: re.Match[str]) -> bool:
    """ "wat is een field lab punt", "waar was dat punt": "punt" last is a stop; "period"
    and "dot" last are nouns after a word that needs one ("over what period")."""
    said = match.group(0).strip().lower()
    if said == "punt":
        return True
    before = text[: match.start()].split()
    return not before or before[-1].lower() not in _MAKES_A_NOUN


def said_punctuation(text: str) -> str:
    """The message with punctuation said aloud written as marks."""
    lowered = text.lower()
    if not any(w in lowered for w in ("teken", " mark", "komma", "comma", "punt", "stop")) and (
        "period" not in lowered and " dot" not in lowered
    ):
        return text
    text = _ASKING.sub(
        lambda m: "!" if m.group(0).strip().lower().startswith(("uit", "excl")) else "?", text
    )
    text = _COMMA.sub(_comma, text)
    text = _STOP_SAID.sub(_STOP, text)
    text = _stops_inside(text)
    end = _AT_END.search(text)
    if end is not None and _end(text, end):
        text = text[: end.start()] + _STOP
    return text
