"""What the Assistant says, before any channel renders it: `Reply` and its `Link`s.

A module of its own so that everything that builds or reads replies (the assistant, the
conversation context, the channels) depends on it, and it on nothing but texts and sources.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot import citations, texts
from bot.model import Source

DECLINED = ("unknown", "out_of_scope", "unsure")


@dataclass(frozen=True)
class Link:
    """A pointer to another entry: what a 'Bedoelde u…?' or 'Zie ook' button shows."""

    entry: str
    question: str
    score: float = 0.0


@dataclass(frozen=True)
class Reply:
    """What the Assistant says; channels decide how to render it.

    `kind`: answer | smalltalk | list | unknown | out_of_scope | unsure | empty. A message
    with several questions has one part per question in `parts` (`text` joins them).
    """

    text: str
    language: str
    entry: str | None = None
    score: float = 0.0
    confident: bool = False
    sources: tuple[Source, ...] = ()
    as_of: dt.date | None = None
    alternatives: tuple[Link, ...] = ()
    related: tuple[Link, ...] = ()
    kind: str = "unknown"
    truncated: bool = False
    contact_given: bool = False  # the message held a phone number or e-mail address
    greeting: str | None = None  # said in front of the answer ("Goedemorgen!")
    parts: tuple[Reply, ...] = ()
    record: str | None = None  # the Hub or Fieldlab the answer is about
    resolved: str | None = None  # a follow-up: the whole question it was read as
    listed: tuple[str, ...] = ()  # the records a list named: "the welding one" is among them

    @property
    def declined(self) -> bool:
        return self.kind in DECLINED

    @property
    def source(self) -> str | None:
        """The sources as one plain line, for logs and staff."""
        return citations.line(self.sources, self.language, urls=True)

    def answered(self) -> tuple[str, ...]:
        """The entries answered confidently, part by part (a greeting counts as one)."""
        found: list[str] = []
        if self.greeting:
            found.append("smalltalk.greeting")
        for part in self.parts or (self,):
            if part.confident and part.entry and part.entry not in found:
                found.append(part.entry)
        return tuple(found)

    def source_line(self) -> str | None:
        """'Bron: TNO, …, 18 maart 2019 (https://…)' or None when the answer has no source."""
        return citations.line(self.sources, self.language)


def render_plain(reply: Reply) -> str:
    """The reply as plain text (console, CLI): greeting, answer, alternatives, sources."""
    parts = []
    if reply.truncated:
        parts.append(texts.text("too_long", reply.language))
    if reply.contact_given:
        parts.append(texts.text("contact_not_passed", reply.language))
    body = reply.text
    if reply.greeting:
        body = f"{reply.greeting} {body}"
    parts.append(body)
    if reply.alternatives:
        lines = [texts.text("did_you_mean", reply.language)]
        lines += [f"- {alt.question}" for alt in reply.alternatives]
        parts.append("\n".join(lines))
    source = reply.source_line()
    if source:
        parts.append(source)
    return "\n\n".join(parts)
