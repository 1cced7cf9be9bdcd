"""Replies that follow-up readings build: joined parts, "which one do you mean?", "not in my
sources about X", the last question asked again."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot import citations, texts
from bot.reply import Link, Reply
from bot.understanding import Clause, When

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


def _joined(parts: list[Reply]) -> Reply:
    """Several answers as one reply, one part each (as the Assistant joins questions)."""
    # "who founded it and when?": a part said whole inside another part is not said twice
    parts = [
        p
        for n, p in enumerate(parts)
        if p.declined
        or (
            not any(q.text != p.text and p.text in q.text for q in parts)
            and all(q.text != p.text for q in parts[:n])
        )
    ] or parts[:1]
    if len(parts) == 1:
        return parts[0]
    answered = [p for p in parts if not p.declined] or parts[:1]
    return replace(
        answered[0],
        text="\n\n".join(p.text for p in parts),
        sources=citations.across([p.sources for p in parts]),
        alternatives=tuple(a for p in parts for a in p.alternatives)[:3],
        parts=tuple(parts),
    )


def _which_of(
    answerer: Answerer, records: tuple[str, ...], lang: str, key: str = "which_of_list"
) -> Reply:
    """'Welke van de genoemde bedoelt u?', the records as buttons."""
    knowledge = answerer.records.knowledge
    offered = tuple(Link(r, card.title(lang)) for r in records if (card := knowledge.entry(r)))
    return Reply(texts.text(key, lang), lang, kind="unsure", alternatives=offered[:3])


def _not_known_of_record(answerer: Answerer, context: Context, lang: str) -> Reply:
    """'Dat staat over RoboHouse niet in mijn bronnen.', its card offered as a button."""
    record = context.record or ""
    knowledge = answerer.records.knowledge
    found = knowledge.hub(record) or knowledge.fieldlab(record)
    name = (found.name if found is not None else None) or record
    body = texts.text("record_asked_unknown", lang, name=name) + " " + texts.text("national", lang)
    card = knowledge.entry(record)
    offered = (Link(record, card.title(lang)),) if card is not None else ()
    return Reply(body, lang, kind="unknown", record=record, alternatives=offered)


def _which_one(answerer: Answerer, context: Context, lang: str) -> Reply:
    """Ask what the message refers to, offering the last topic as a button."""
    offered: tuple[Link, ...] = ()
    last = context.record or context.entry
    if last is not None and not last.startswith("smalltalk."):
        reply = answerer.entry(last, lang)
        if reply is not None and reply.entry is not None:
            title = answerer.records.knowledge.entry(reply.entry)
            offered = (Link(reply.entry, title.title(lang) if title else reply.entry, 0.0),)
    return Reply(texts.text("refers_to", lang), lang, kind="unsure", alternatives=offered)


def _answer(
    answerer: Answerer,
    question: str,
    when: When | None,
    lang: str,
    region: str | None,
    place: str | None = None,
) -> Reply:
    # The year goes with the words too: "where was it?" after the event of 2018 is the
    # event of 2018, which the year tells from the one of 2019.
    said = f"{question} {when.year}" if when is not None and when.year else question
    reply = answerer.clause(Clause(question, said, when), lang, region, place)
    return replace(reply, resolved=question)


def _no_figure_for(reply: Reply, when: When | None) -> bool:
    """Whether a reply says its figure has no value for the year asked ("Voor 2020 heb ik
    geen cijfer. …")."""
    if when is None or when.year is None:
        return False
    return reply.text.startswith(
        texts.text("figure_none_for_year", reply.language, year=when.year)
    )


def _not_for_year(answerer: Answerer, reply: Reply, when: When) -> Reply:
    """'And for 2023?' after a figure that has no value for 2023: the reply says so and
    gives the nearest figure, but the question asked is not answered, so it is no answer
    (the figure's entry offered as a button)."""
    if when.year is None or reply.entry is None or not reply.confident:
        return reply
    lang = reply.language
    if not _no_figure_for(reply, when):
        return reply
    entry = answerer.records.knowledge.entry(reply.entry)
    offered = (Link(reply.entry, entry.title(lang) if entry else reply.entry, reply.score),)
    return replace(reply, entry=None, confident=False, kind="unknown", alternatives=offered)
