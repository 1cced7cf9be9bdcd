"""A long answer is not given twice in one conversation: a follow-up gets only the
sentences of it that speak of what it asks."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot import texts
from bot.context.pointers import _read_words
from bot.context.state import LONG_ANSWER, digest
from bot.reply import Reply
from bot.text import intent, tokens
from bot.understanding import Clause, Reading

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
    if len(reply.text) < LONG_ANSWER:
        return reply
    if digest(reply.text) not in context.shown or reply.parts:
        return without_shown_paragraphs(answerer, reply, reading, context, lang)
    words = _read_words(reading.text)
    sentences = _sentences(reply.text)
    if not answerer.meaningful(words, lang):
        # "waarom?", "hoeveel waren er toen?": nothing named, but a kind of fact asked
        return _of_the_kind(reply, sentences, intent(reading.text, typos=True), lang)
    shares = [answerer.speaks_of(sentence, words, lang) for _, sentence in sentences]
    best = max(shares, default=0.0)
    if best <= 0:
        return _of_the_kind(reply, sentences, intent(reading.text, typos=True), lang)
    kept = [s for s, share in zip(sentences, shares, strict=True) if share == best]
    return _only(reply, kept)


def _only(reply: Reply, kept: list[tuple[int, str]]) -> Reply:
    """The reply with only the kept sentences, each on the line it was on."""
    lines: dict[int, list[str]] = {}
    for line, sentence in kept:
        lines.setdefault(line, []).append(sentence)
    return replace(reply, text="\n".join(" ".join(said) for said in lines.values()))


# What a sentence says that answers a kind of question. A figure, a date, a name, a place, a
# reason: read from the sentence's form, so it holds for any entry of the knowledge.
_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december "
    "january february march may june july august october"
).split()
_KIND_SAYS: dict[str, re.Pattern[str]] = {
    # "29", "€ 5,2 miljoen"; a year ("uit 2017") and "vier soorten" count nothing
    "count": re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d"),
    "when": re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:" + "|".join(_MONTHS) + r")\b", re.I),
    "where": re.compile(r"\b(?:in|te|bij|at|near|op)\s+(?:de\s+|het\s+|the\s+)?[A-Z]"),
    "why": re.compile(
        r"\b(?:omdat|want|daarom|zodat|doordat|doel|because|therefore|so that|aim|reason)\b",
        re.I,
    ),
}


def _of_the_kind(
    reply: Reply, sentences: list[tuple[int, str]], kind: str | None, lang: str
) -> Reply:
    """A long answer asked again with only a question word ("waarom?", "hoeveel waren er
    toen?", "sinds wanneer?"): its sentences that say that kind of fact; a reason that none
    gives is not the same answer again but that the sources say no more about it. ("voor
    wie?" asks for whom it is meant as often as who did it: not read by its form.)"""
    says = _KIND_SAYS.get(kind or "")
    if says is None:
        return reply  # "vertel eens meer", "and?": nothing in particular asked
    kept = [(n, s) for n, s in sentences if says.search(s)]
    if not kept and kind == "why":
        return Reply(texts.text("said_all_known", lang), lang, kind="unknown", record=reply.record)
    if not kept or len(kept) == len(sentences):
        return reply  # a date or place said in the card's fields or its source, not a sentence
    return _only(reply, kept)


def without_shown_paragraphs(
    answerer: Answerer, reply: Reply, reading: Reading, context: Context, lang: str
) -> Reply:
    """ "zit Drachten der ook bij?" after Hub Noord's card: the card again, of which a long
    paragraph was given before, keeps of that paragraph only the sentences that say every
    word the question asks (as written, not a synonym of it)."""
    lines = reply.text.split("\n")
    shown = [
        n
        for n, line in enumerate(lines)
        if len(line) >= LONG_ANSWER and digest(line) in context.shown
    ]
    if not shown or len(lines) < 2:
        return reply
    asked = answerer.meaningful(_read_words(reading.text), lang)
    if not asked:
        return reply
    kept: list[str] = []
    for n, line in enumerate(lines):
        if n not in shown:
            kept.append(line)
            continue
        saying = [s for _, s in _sentences(line) if all(_says(s, word) for word in asked)]
        kept.append(" ".join(saying) if saying else line)
    return replace(reply, text="\n".join(kept))


def _says(sentence: str, word: str) -> bool:
    """Whether a sentence has the word, or one of the same first five letters."""
    return any(t == word or (len(word) >= 5 and t[:5] == word[:5]) for t in tokens(sentence))


# Nouns that ask a kind of fact without its question word: "is that up to a certain
# year?", "in which city was this?"
_KIND_NOUNS: dict[str, frozenset[str]] = {
    "when": frozenset("jaar year jaartal datum date maand month".split()),
    "where": frozenset("stad city plaats town locatie location".split()),
}  # not a count: "hoeveel daarvan in Limburg?" asks a part that no figure of it states


def _kind_asked(clause: Clause, words: list[str]) -> str | None:
    """The kind of fact a follow-up asks: by its question word, else by a noun for it."""
    asked = intent(clause.text, typos=True)
    if asked in _KIND_NOUNS:
        return asked
    return next((kind for kind, nouns in _KIND_NOUNS.items() if nouns & set(words)), None)


def of_the_kind_stated(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> Reply | None:
    """'Is that up to a certain year?' after the jobs figure, 'In which city was this?'
    after the Implementatieagenda: a question that points back for a kind of fact the last
    answer states gets the sentences of it that state that kind; None when none does."""
    if context.entry is None or context.entry.startswith(("smalltalk.", "route.")):
        return None
    kind = _kind_asked(clause, words)
    last = answerer.entry(context.entry, lang) if kind is not None else None
    if last is None or kind is None:
        return None
    sentences = _sentences(last.text)
    kept = [(n, s) for n, s in sentences if _KIND_SAYS[kind].search(s)]
    if not kept:
        return None
    return _only(last, kept) if len(kept) < len(sentences) else last
