"""The kind of fact a follow-up asks (when, where, how many, who) and whether an answer holds
it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.reply import Reply
from bot.text import intent, tokens
from bot.understanding import Clause, numbers_as_digits

if TYPE_CHECKING:
    from bot.context.answerer import Answerer


def _can_answer(answerer: Answerer, entry: str, asked: str | None, lang: str) -> bool:
    """Whether an entry's answer can hold the kind of fact a question asks ("how many
    people work there?" a number, "since when?" a year): a figure, a phrasing of that
    kind, or the fact in its text. Who did something may be an organisation, which no
    test tells: that kind is not checked."""
    if asked not in _CHECKED_KINDS or asked in answerer.kinds(entry) or answerer.is_figure(entry):
        return True
    said = answerer.entry(entry, lang)
    if said is None:
        return False
    return _holds_kind(answerer, replace(said, text=numbers_as_digits(said.text)), asked)


_CHECKED_KINDS = frozenset("when where count".split())


def _own_kind(answerer: Answerer, clause: Clause, entry: str, alone: Reply) -> bool:
    """Whether a follow-up asks a kind of question (why, when…) that the last entry's
    phrasings never ask and those of its own standalone answer do: its "and" leans on
    nothing."""
    asked = intent(clause.text, typos=True)
    if asked is None or alone.entry is None or not alone.confident or alone.declined:
        return False
    return asked not in answerer.kinds(entry) and asked in answerer.kinds(alone.entry)


# The kinds of question whose answer a general entry only gives when it was written for it:
# "en sinds wanneer?" after the founders asks a date, which the founders entry is not about.
_STRICT_KINDS = frozenset("when who where count why".split())


def _holds_kind(answerer: Answerer, reply: Reply, kind: str) -> bool:
    """Whether an answer states the kind of fact asked: a year, a number, a place, a person."""
    if kind == "when":
        return bool(re.search(r"\b(?:19|20)\d\d\b", reply.text))
    if kind == "count":
        # a number that is no date: "de start in 2014" counts nothing
        return bool(re.search(r"\d", _YEAR.sub("", reply.text)))
    if kind == "where":
        return answerer.directory.find_place(tokens(reply.text))[0] is not None
    return reply.entry is not None and bool(answerer.people_named(reply.entry))


# A year or a day of a month ("11 november 2014") states a date, not a number of things.
_YEAR = re.compile(
    r"\b(?:(?:19|20)\d\d|\d{1,2} (?:jan|feb|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)"
    r"[a-z]*)\b",
    re.IGNORECASE,
)


# How an answer gives a reason: "omdat", "doordat", "because", "so that", "om … te".
_REASON = re.compile(
    r"\b(?:omdat|doordat|want|zodat|daardoor|waardoor|vanwege|reden|redenen|"
    r"because|since|so that|due to|reason|reasons|therefore|in order to)\b|\bom\b[^.]{0,80}\bte\b"
)


def gives_reason(said: str) -> bool:
    """Whether a text gives a reason ("omdat …", "because …"), so it can answer "why?"."""
    return _REASON.search(said.lower()) is not None


def _fits_kind(answerer: Answerer, reply: Reply, asked: str | None) -> bool:
    """Whether a reply's entry answers the kind of question a follow-up asks: a record's
    card and a list answer any kind; a general entry needs a phrasing of that kind."""
    if asked not in _STRICT_KINDS or reply.entry is None or reply.kind == "list":
        return True
    if reply.record is not None and reply.entry == reply.record:
        return True
    return asked in answerer.kinds(reply.entry)
