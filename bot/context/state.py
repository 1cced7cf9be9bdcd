"""The conversation context: a frozen `Context` of what the last answers were about."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, replace

from bot.context.requests import _TO_DUTCH, _TO_ENGLISH
from bot.frequency import zipf
from bot.reply import Reply
from bot.text import fold, tokens
from bot.texts import text
from bot.texts import text as text_of
from bot.understanding import Reading, When

DEFAULT_MINUTES = 30.0

_NOT_ANSWERED = frozenset("unknown out_of_scope unsure empty".split())


@dataclass(frozen=True)
class Context:
    """What a conversation was about, as of `at`."""

    lang: str
    at: dt.datetime
    entry: str | None = None
    record: str | None = None
    question: str | None = None
    when: When | None = None
    place: str | None = None  # the asker's place, from a self-introduction or a route
    listed: tuple[str, ...] = ()  # the records of the last list ("the welding one")
    minutes: float = DEFAULT_MINUTES
    said: str | None = None  # the last message answered, as written
    before: Context | None = None  # the context that message was read against
    shown: frozenset[int] = frozenset()  # digests of the long answers given so far
    # the entries a reply that answered nothing offered ("Bedoelde u…?"): what a follow-up
    # of it may point at ("hoeveel was dat in totaal?")
    offered: tuple[str, ...] = ()
    # the rare names the last answer says ("Dialogic komt in zijn evaluatie op 550"):
    # "wanneer kwam dat rapport uit?" after it asks of Dialogic's report
    rare_names: tuple[str, ...] = ()
    # the sources the last answer listed when asked for them ("Wat is de bron?"): what a
    # next "waar werd die gepresenteerd?" points at
    cited: tuple[str, ...] = ()

    def expired(self, now: dt.datetime) -> bool:
        return now - self.at > dt.timedelta(minutes=self.minutes)

    def chosen(self, reply: Reply, now: dt.datetime) -> Context:
        """The context once the user chose an entry with a button: that entry is the topic."""
        return replace(
            self,
            at=now,
            lang=reply.language,
            entry=reply.entry,
            record=reply.record,
            question=None,
            when=None,
            offered=(),
        )

    def after(
        self,
        reply: Reply,
        reading: Reading,
        now: dt.datetime,
        place: str | None = None,
        *,
        follow_up: bool = False,
    ) -> Context:
        """The context once `reply` is given: what it answered replaces what came before. A
        follow-up keeps the question it was read against ("en in 2020?" asks the same)."""
        if place is not None and place != self.place:
            self = replace(self, place=place)
        if len(reply.text) >= LONG_ANSWER:
            # "No, not according to my sources. The Hubs announced …" shows the answer too
            plain = _VERDICT.sub("", reply.text)
            # and each long paragraph of it: a card sent again around it is still a repeat
            lines = {digest(line) for line in reply.text.split("\n") if len(line) >= LONG_ANSWER}
            self = replace(self, shown=self.shown | {digest(reply.text), digest(plain)} | lines)
        if not _asks_language(reading):
            # "in English please" twice asks for the same answer: the message it stands for
            # stays the one to read again.
            self = replace(self, said=reading.text, before=replace(self, before=None, said=None))
        parts = reply.parts or (reply,)
        # "een filmpje op het jaarevent, waar ging dat over?": a clause nothing answered next
        # to one that is answered leaves the answered one as the topic.
        answered = [p for p in parts if p.kind not in _NOT_ANSWERED]
        last = answered[-1] if answered else parts[-1]
        if last.kind == "out_of_scope" and self.entry is not None:
            # "huh dus t is gwn n soort werkplaats?" read as out of scope: the topic before it
            # is still the one a next "hoeveel zijn er" asks about
            return replace(self, at=now, lang=reply.language)
        if last.kind in _NOT_ANSWERED:
            # "waar staat dat?" after a "not in my sources" must not cite an older answer;
            # a record the message named is still what it is about ("waar zit X?" unknown,
            # then "wie heeft het opgericht?").
            asked = reading.clauses[-1] if reading.clauses else None
            return replace(
                self,
                at=now,
                lang=reply.language,
                entry=None,
                cited=(),
                offered=tuple(dict.fromkeys(a.entry for a in last.alternatives)),
                record=last.record or self.record,
                # "fieldlabs in Overijssel?" (none) then "en in Limburg?": the same question
                question=(last.resolved or self.question)
                if follow_up
                else (asked.text if asked is not None else self.question),
                when=asked.when if asked is not None and not follow_up else self.when,
            )
        if last.kind == "smalltalk":
            return replace(self, at=now, lang=reply.language)
        self = replace(self, offered=())
        clause = reading.clauses[-1] if reading.clauses else None
        if clause is not None and not reply.parts and len(reading.clauses) > 1:
            # "What is the Implementatieagenda? Kindly explain in brief.": one answer to two
            # clauses answered the one that says most, not the request after it
            clause = max(reading.clauses, key=lambda c: len(c.text.split()))
        question = clause.text if clause is not None else self.question
        if follow_up:
            question = last.resolved or self.question
        named = tuple(dict.fromkeys(p.record for p in reply.parts if p.record and p.confident))
        swapped = (
            (self.record, last.record)
            if follow_up and self.record and last.record and self.record != last.record
            else ()
        )  # "tell me about SAM|XL", "and RAMLAB?": "those two"
        # "En welke hub hoort daarbij?" after a list of Fieldlabs: the Hub is in view now,
        # so the next "bestaat die nog?" is about it, not one of the list.
        left = last.record is not None and last.record not in self.listed
        return replace(
            self,
            lang=reply.language,
            at=now,
            listed=last.listed
            or (named if len(named) > 1 else ())
            or (self.listed if follow_up and not left else ())
            or swapped,
            entry=last.entry or self.entry,
            # A general answer keeps the record in view; a route to a place no Hub is known
            # for moves away from it ("en in Utrecht?", then "and its website?" is not BOOST's).
            record=last.record
            # "wie kan mij helpen, is er een hub?": the Hub one part answered stays in view
            # next to a general last part
            or (named[0] if len(named) == 1 else None)
            or (None if _routed_elsewhere(last) else self.record),
            question=question,
            when=clause.when if clause is not None and clause.when else None,
            rare_names=_rare_names(reply.text),
            cited=_cited(reply.text),
        )


_NAME = re.compile(r"\b[A-Z][a-zA-Z]{2,}\b(?![-&])")
_OWN_WORDS = frozenset("fieldlab fieldlabs smart industry hub hubs".split())


# "• TNO, Smart Industry Fieldlab publicatie, 18 maart 2019 (https://…)": a source listed
# in a reply to "what is the source?", its date and link left off
_CITED_LINE = re.compile(
    r"^• (?P<label>[^(\n]+?)(?:, (?:\d{1,2} )?(?:[a-zA-Z]+ )?(?:19|20)\d\d)?(?: \(.*\))?$"
)


def _cited(text: str) -> tuple[str, ...]:
    """The sources a reply that lists its sources names, one per bullet line after the
    line that introduces them ("De bronnen van mijn vorige antwoord:")."""
    lines = text.split("\n\n")[0].split("\n")
    if not any(lines[0] == text_of("sources_of", lang) for lang in ("nl", "en")):
        return ()
    found = (_CITED_LINE.match(line) for line in lines[1:])
    return tuple(m.group("label").strip() for m in found if m is not None)


def _rare_names(text: str) -> tuple[str, ...]:
    """The names an answer says that are no everyday words ("Dialogic", "TNO")."""
    found = (fold(name) for name in _NAME.findall(text.split("\n\n")[0]))
    return tuple(dict.fromkeys(n for n in found if n not in _OWN_WORDS and zipf(n) < 3.0))


# An answer this long is not given twice in one conversation: a follow-up that asks one
# thing of it gets the sentences that speak of that thing.
LONG_ANSWER = 300


# The verdict in front of the answer to a claim (`bot/premises.py`, `bot/claims.py`).
_VERDICT = re.compile(
    "^(?:"
    + "|".join(
        re.escape(text(key, lang))
        for key in ("premise_yes", "premise_no", "premise_earlier")
        for lang in ("nl", "en")
    )
    + r")\s+"
)


def digest(text: str) -> int:
    """A stable digest of an answer's text, to tell whether it was given before."""
    return zlib.crc32(text.encode("utf-8"))


def _routed_elsewhere(reply: Reply) -> bool:
    """Whether a reply routes the asker to a place without naming a Hub for it."""
    return (reply.entry or "").startswith("route.") and reply.record is None


def _asks_language(reading: Reading) -> bool:
    """Whether a message asks for the last answer in another language."""
    if reading.language:
        return True
    asked = " ".join(tokens(reading.clauses[0].original)) if reading.clauses else ""
    return bool(_TO_ENGLISH.search(asked) or _TO_DUTCH.search(asked))
