"""A follow-up that asks only for a kind of figure ("how much percent?", "en het bedrag?",
"welke periode?") after an answer that states one: the sentences of that answer that give it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.reply import Reply
from bot.text import is_stopword

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
