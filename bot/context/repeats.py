"""A long answer is not given twice in one conversation: a follow-up gets only the
sentences of it that speak of what it asks."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.pointers import _read_words
from bot.context.state import LONG_ANSWER, digest
from bot.reply import Reply
from bot.understanding import Reading

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of an answer with the line each is on; a card's title and field lines
    ("BOOST", "Regio: Oost-Nederland") are no sentences of it."""
    return [
        (n, part)
        for n, line in enumerate(text.split("\n"))
        for part in re.split(r"(?<=[.!?])\s+", line)
        if part.strip() and part.rstrip().endswith((".", "!", "?", ")"))
    ]


def not_again(
    answerer: Answerer, reply: Reply, reading: Reading, context: Context, lang: str
) -> Reply:
    """A follow-up answered with a long answer already given in this conversation ("aan
    wie is die overhandigd?" after the Implementatieagenda): only its sentences that speak
    most of what the message asks, not the whole answer again."""
    if len(reply.text) < LONG_ANSWER or digest(reply.text) not in context.shown or reply.parts:
        return reply
    words = _read_words(reading.text)
    if not answerer.meaningful(words, lang):
        return reply  # "vertel eens meer": nothing in particular asked
    sentences = _sentences(reply.text)
    shares = [answerer.speaks_of(sentence, words, lang) for _, sentence in sentences]
    best = max(shares, default=0.0)
    if best <= 0:
        return reply
    kept = [s for s, share in zip(sentences, shares, strict=True) if share == best]
    lines: dict[int, list[str]] = {}
    for line, sentence in kept:
        lines.setdefault(line, []).append(sentence)
    return replace(reply, text="\n".join(" ".join(said) for said in lines.values()))
