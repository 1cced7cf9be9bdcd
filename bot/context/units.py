"""A follow-up that asks only for a kind of figure ("how much percent?", "en het bedrag?",
"welke periode?") after an answer that states one: the sentences of that answer that give it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.kinds import _YEAR
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import numbers_as_digits

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context

# The kinds of figure a follow-up can ask for, by the words that ask them, and how an
# answer states one ("60%", "€ 14,55 miljoen").
_KINDS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "share": (
        frozenset("percent procent percentage percentages pct share aandeel deel".split()),
        re.compile(r"\d\s*(?:%|procent|percent)"),
    ),
    "period": (
        frozenset("periode period periods tijdvak looptijd timeframe jaren years".split()),
        re.compile(r"\b(?:19|20)\d\d\s*(?:[–-]|tot|to|t/m)\s*(?:19|20)\d\d\b"),
    ),
    "money": (
        # "hoeveel in totaal?" after an answer about money asks its amount
        frozenset("bedrag bedragen amount euro euros sum som totaal total budget".split()),
        re.compile(r"€\s*\d|\d\s*(?:euro|miljoen euro|million euros)"),
    ),
}
# Words around the kind that ask nothing else: "how much percent?", "en welk percentage dan?"
_FRAME = frozenset(
    "how much many what which whats hoeveel hoe veel welk welke wat is het the en and dan then "
    "of van was were zijn waren it its".split()
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z€0-9'])")


def kind_of_figure(
    answerer: Answerer, words: list[str], context: Context, lang: str
) -> Reply | None:
    """ "how much percent?" after the subsidy scheme: its sentence with the 60 %; None when
    the message asks more than a kind of figure, or the last answer states none of it."""
    if context.entry is None or not words or len(words) > 5:
        return None
    asked = [w for w in words if w not in _FRAME and not is_stopword(w)]
    kinds = [k for k, (cues, _) in _KINDS.items() if asked and set(asked) <= cues]
    if len(kinds) != 1:
        return None
    last = answerer.entry(context.entry, lang)
    if last is None:
        return None
    stated = _KINDS[kinds[0]][1]
    kept = [s for s in _SENTENCE.split(last.text) if stated.search(s)]
    if not kept:
        return None
    return replace(last, text=" ".join(kept))


# Where the answer in view is cut into the parts a figure is read from: its sentences, and
# the clauses a semicolon strings into one ("…; de provincie trok € 5,2 miljoen uit …").
_PART = re.compile(r"(?<=[.!?;])\s+|\n+")
_DIGIT = re.compile(r"\d")
_NO_FIGURES = ("smalltalk.", "fieldlabs.place.", "fieldlabs.province.", "fieldlabs.theme.")


def figure_it_states(
    answerer: Answerer,
    words: list[str],
    names: frozenset[str],
    context: Context,
    alone: Reply,
    lang: str,
) -> Reply | None:
    """'en hoeveel heeft de provincie gestoken in de volgende fase?' after SMITZH's card, or
    'how much percent does it pay?' after the subsidy scheme, that nothing answers on its own:
    the part of the answer in view that gives a figure of what it asks; None when no part of
    it speaks of the question's own words with a figure, or of a name it asks (`names`: the
    words the asker capitalised)."""
    entry = context.entry
    if entry is None or entry.startswith(_NO_FIGURES) or not words or len(words) > 14:
        return None
    if alone.confident and not alone.declined:
        return None
    if intent(" ".join(words), typos=True) != "count":
        return None
    meant = [w for w in answerer.meaningful(words, lang) if w not in _FRAME]
    kinds = [k for k, (cues, _) in _KINDS.items() if cues & set(meant)]
    asked = [w for w in meant if not any(w in _KINDS[k][0] for k in kinds)]
    if not asked and not kinds:
        return None
    last = answerer.entry(entry, lang)
    if last is None:
        return None
    scopes = _scopes(words)
    best, said = 0.0, ""
    for sentence in _SENTENCE.split(last.text):
        for part in _PART.split(sentence):
            if not _DIGIT.search(part) or not all(_KINDS[k][1].search(part) for k in kinds):
                continue
            if "period" not in kinds and not _DIGIT.search(_YEAR.sub("", numbers_as_digits(part))):
                continue  # "hoeveel bezoekers trok het Jaarevent?": "18 maart 2019" counts none
            spoken = [w for w in asked if _speaks_of(answerer, part, w, lang)]
            if names & set(asked) - set(spoken):
                continue  # "hoeveel Friese bedrijven doen mee?": a figure for all is not theirs
            if any(not any(_speaks_of(answerer, part, w, lang) for w in ph) for ph in scopes):
                continue  # "hoeveel banen zijn er in de zorg?": a figure for all is not its own
            # a kind of figure asked and stated counts as much as the words it is asked of
            share = (len(spoken) + len(kinds)) / (len(asked) + len(kinds))
            if share > best:
                best, said = share, sentence
    if best < _SPOKEN_SHARE:
        return None
    return replace(last, text=said.strip(), resolved=context.question)


# Prepositions that narrow a figure to a place, sector or phase: "in de zorg", "bij ASML".
_NARROWING = frozenset("in bij buiten at inside near".split())


def _scopes(words: list[str]) -> list[list[str]]:
    """The phrases that narrow what is asked, each without its articles: [["volgende",
    "fase"]] in "hoeveel stak de provincie in de volgende fase?"."""
    found: list[list[str]] = []
    for at, word in enumerate(words):
        if word not in _NARROWING:
            continue
        phrase: list[str] = []
        for after in words[at + 1 :]:
            if after in _NARROWING:
                break
            if not is_stopword(after):
                phrase.append(after)
        if phrase:
            found.append(phrase)
    return found


def _speaks_of(answerer: Answerer, part: str, word: str, lang: str) -> bool:
    """Whether a part of an answer speaks of a word of the question, by its term (synonyms
    count) or, for a word the knowledge's questions never use ("fase"), as it is written."""
    return word in tokens(part) or answerer.speaks_of(part, [word], lang) > 0.0


# How much of what a figure is asked of the part of the answer that gives it must speak of.
_SPOKEN_SHARE = 0.5
