"""Conversation context: what the last answers were about, so follow-ups can lean on it.

A `Context` is a frozen value: the Assistant takes one and returns the next, nothing is kept
behind the caller's back. It holds the last entry and record answered, the last question,
the date it asked about, the place, the language and when it was made; it expires after
`minutes`.

`resolve()` reads a message as a follow-up only when it needs the context: a pronoun with a
field ("waar zit dat?", "and its website?"), an ellipsis ("en in Overijssel?", "en eind
2019?", "and the companies?"), or a request about the last answer ("in English please",
"korter", "waar staat dat?", "meer?"). A message that makes sense on its own is answered on
its own: a follow-up reading never beats a good standalone match.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple, Protocol

from bot import citations, texts
from bot.figures import figures_naming
from bot.reply import Link, Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import Clause, Reading, When, numbers_as_digits, read, regions_named

if TYPE_CHECKING:
    from bot.directory import DirectoryIndex
    from bot.records import RecordAnswer, RecordIndex


class Answerer(Protocol):
    """What a follow-up needs from the Assistant: one question answered, one entry's answer,
    and the record and place look-ups of the same knowledge version."""

    records: RecordIndex
    directory: DirectoryIndex

    def clause(
        self, clause: Clause, lang: str, region: str | None, place: str | None = None
    ) -> Reply: ...

    def entry(self, entry_id: str, lang: str) -> Reply | None: ...

    def is_figure(self, entry_id: str) -> bool: ...

    def mentions(self, record: str, words: list[str], lang: str, share: float = 0.0) -> bool: ...

    def covers(
        self,
        entry_id: str,
        words: list[str],
        lang: str,
        *,
        empty: float = 0.0,
        known: bool = False,
    ) -> float: ...

    def people_named(self, entry_id: str) -> list[tuple[str, str]]: ...

    def kinds(self, entry_id: str) -> frozenset[str]: ...

    def meaningful(self, words: list[str], lang: str) -> list[str]: ...

    def speaks_of(self, text: str, words: list[str], lang: str) -> float: ...

    def known(self, words: list[str]) -> list[str]: ...


DEFAULT_MINUTES = 30.0

# Words that point back ("waar zit dat?"); not "zijn" or "het", which are mostly a verb and
# an article.
_PRONOUNS = frozenset(
    """
    dat die dit deze ze zij hun hen daar daarvan daarbij hij ervan erbij haar hem
    it its that this they them their there those these he his her she him
    """.split()
)
# Dutch pronominal adverbs point back too: "erachter", "daarin", "hiervoor" ("wie zat erachter?").
_PRONOMINAL = re.compile(
    r"^(?:daar|er|hier)(aan|achter|bij|in|mee|op|over|uit|van|voor|door|tegen|onder|naast|toe)$"
)
_ELLIPSIS = re.compile(
    r"^(?:en|and|of|or|maar|but|ook|also|what about|how about|en hoe zit het met|"
    r"hoe zit het met|en wat dacht je van|en voor|and for|en bij|en in|and in|en met)\b"
)
# Words that open a new topic: what follows is asked on its own.
_NEW_TOPIC = re.compile(
    r"^(?:(?:ok|oke|okay|top|thanks|dank je|bedankt) )?(?:andere vraag|nog een vraag|"
    r"nieuwe vraag|ander onderwerp|iets anders|los daarvan|another question|"
    r"different question|new question|something else|other topic|unrelated)\b"
    # ... unless it says what it is about: "another question about it: where is it?"
    r"(?!\s+(?:about|over|daarover|erover|hierover|on that|on this)\b)"
)
_TO_ENGLISH = re.compile(
    r"\b(?:in english|english please|in (?:het )?engels|engels graag|"
    r"say that in english|can you .*english|kun je .*engels)\b"
)
_TO_DUTCH = re.compile(
    r"\b(?:in (?:het )?(?:nederlands|dutch)|dutch please|"
    r"nederlands graag|kun je .*nederlands|can you .*dutch)\b"
)
_SHORTER = re.compile(
    r"\b(?:korter|kort samengevat|samenvatting|in het kort|shorter|"
    r"summari[sz]e|in short|tl ?dr|briefly)\b"
)
_SOURCE = re.compile(
    r"\b(?:(?:url|link|adres) (?:van|of) (?:die|dat|deze|dit|de|het|that|this|the) "
    r"(?:publicatie|rapport|onderzoek|artikel|bron|publication|report|study|article|source)|"
    r"bron|bronnen|waar staat dat|waar heb je dat|waar komt dat|"
    r"waar haal je dat|vandaan|source|sources|where does (?:that|it|this)(?: \w+)? come from|"
    r"where is that from|where did you get|"
    r"reference|says who|who (?:said|says) (?:that|so|this)|wie (?:zegt|zei|beweert) dat)\b"
)
_MORE = re.compile(
    r"^(?:(?:kun je )?meer (?:weten|info|informatie|daarover|over)?|"
    r"vertel (?:eens )?meer|tell me more|more info|more|meer|"
    r"and more|anything else|nog meer)\b"
)


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
            self = replace(self, shown=self.shown | {digest(reply.text)})
        if not _asks_language(reading):
            # "in English please" twice asks for the same answer: the message it stands for
            # stays the one to read again.
            self = replace(self, said=reading.text, before=replace(self, before=None, said=None))
        parts = reply.parts or (reply,)
        # "een filmpje op het jaarevent, waar ging dat over?": a clause nothing answered next
        # to one that is answered leaves the answered one as the topic.
        answered = [p for p in parts if p.kind not in _NOT_ANSWERED]
        last = answered[-1] if answered else parts[-1]
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
                record=last.record or self.record,
                # "fieldlabs in Overijssel?" (none) then "en in Limburg?": the same question
                question=(last.resolved or self.question)
                if follow_up
                else (asked.text if asked is not None else self.question),
                when=asked.when if asked is not None and not follow_up else self.when,
            )
        if last.kind == "smalltalk":
            return replace(self, at=now, lang=reply.language)
        clause = reading.clauses[-1] if reading.clauses else None
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
            record=last.record or (None if _routed_elsewhere(last) else self.record),
            question=question,
            when=clause.when if clause is not None and clause.when else None,
        )


# An answer this long is not given twice in one conversation: a follow-up that asks one
# thing of it gets the sentences that speak of that thing.
LONG_ANSWER = 300


def digest(text: str) -> int:
    """A stable digest of an answer's text, to tell whether it was given before."""
    return zlib.crc32(text.encode("utf-8"))


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


def _routed_elsewhere(reply: Reply) -> bool:
    """Whether a reply routes the asker to a place without naming a Hub for it."""
    return (reply.entry or "").startswith("route.") and reply.record is None


def _asks_language(reading: Reading) -> bool:
    """Whether a message asks for the last answer in another language."""
    if reading.language:
        return True
    asked = " ".join(tokens(reading.clauses[0].original)) if reading.clauses else ""
    return bool(_TO_ENGLISH.search(asked) or _TO_DUTCH.search(asked))


_FIRST_PERSON = frozenset("ik wij we mijn ons onze i my our im were us".split())


def _introduces(reading: Reading) -> bool:
    """Whether the message tells about the asker ("wij zijn een drukkerij"); a statement
    about something else ("the one in Woensdrecht, what do they do?") is no introduction."""
    return reading.intro is not None and bool(_FIRST_PERSON & set(tokens(reading.intro)))


def _read_words(text: str) -> list[str]:
    """The folded words of a follow-up, a region by its name ("en in het noorden?" ->
    "en in noord nederland"), so it can stand for a Hub."""
    words = tokens(regions_named(" ".join(tokens(text))))
    return " ".join(_PRONOMINAL.sub(r"daar \1", w) for w in words).split()


def points_back(words: list[str]) -> bool:
    """Whether a question points back at something said before it: a pronoun or
    demonstrative ("is it", "dat project", "daar"), or "het" as its subject ("hoort het")."""
    return bool(_pointing(words)) or (len(words) > 2 and words[-1] == "het")


def refers_back(reading: Reading) -> bool:
    """Whether a message with no conversation before it still points back at something
    ("en die andere?", "what about the other one"): it is read as a follow-up of nothing,
    so it is asked about rather than guessed at."""
    if len(reading.clauses) != 1 or reading.intro is not None:
        return False
    words = tokens(reading.clauses[0].original)
    pointing = bool(_pointing(words)) or bool(_OTHER & set(words))
    elliptic = bool(_ELLIPSIS.match(" ".join(words)))
    bare_date = reading.clauses[0].when is not None and not _content(reading.clauses[0].text)
    if len(words) <= 4 and (_ordinal(words) is not None or _asks_of_the_last(words)):
        return True  # "de tweede", "meer?", "waar staat dat?" with nothing before them
    return len(words) <= 6 and elliptic and (pointing or bare_date)


def _asks_of_the_last(words: list[str]) -> bool:
    """Whether a message asks only for more of the last answer, or its source ("meer?",
    "waar staat dat?", "bron?")."""
    text = " ".join(words)
    return bool(_MORE.fullmatch(text) or (_SOURCE.search(text) and len(words) <= 3))


def is_remark(clause: Clause) -> bool:
    """A clause that asks nothing: no question word, no pointer, at most two words
    ("jammer", "helaas niet")."""
    words = tokens(clause.original)
    return len(words) <= 2 and intent(clause.original) is None and not _pointing(words)


def _adverbs_split(clause: Clause) -> Clause:
    """'wie zat erachter?' matched as 'wie zat er achter?': the preposition is what the
    knowledge's phrasings say; the pointer stays in the original words."""
    words = tokens(clause.text)
    if not any(_PRONOMINAL.match(w) for w in words):
        return clause
    split = [(f"er {m.group(1)}" if (m := _PRONOMINAL.match(w)) else w) for w in words]
    return replace(clause, text=" ".join(split))


# "wat kwam ervoor in de plaats?" asks the successor, not where ("plaats") it is.
_IN_ITS_PLACE = re.compile(
    r"\b(?:er|daar|hier) ?voor in de plaats\b|\bin (?:de|zijn|haar) plaats\b"
)


def _idioms_said(clause: Clause) -> Clause:
    """A clause with an idiom that reads as a field word put in the words of its field."""
    text = _IN_ITS_PLACE.sub("als opvolger", clause.text)
    return clause if text == clause.text else replace(clause, text=text)


def _content(text: str) -> list[str]:
    """The words of a clause that say what it is about (not "en", "in", "the")."""
    return [w for w in tokens(text) if not is_stopword(w) and w not in _ELLIPSIS_WORDS]


_OTHER = frozenset("andere ander other".split())
_ONE = frozenset("one ones".split())


def resolve(
    answerer: Answerer,
    reading: Reading,
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """The reply to `reading` as a follow-up of `context`, or None to answer it on its own."""
    answered = context.entry is not None or context.said is not None
    if reading.language and answered:
        # "can you say that in English?": the last answer in the language asked for.
        wanted = "nl" if re.search(r"dutch|nederlands", reading.text, re.IGNORECASE) else "en"
        if wanted == context.lang:
            return None  # "do you speak english?" after an English answer asks the bot
        return _again_in(answerer, context, wanted, region)
    if reading.clauses and answered:
        # "kun je dat in het Nederlands zeggen? wil het doorsturen": a request for another
        # language holds whatever else the message says about why.
        asked = " ".join(tokens(reading.clauses[0].original))
        if _TO_ENGLISH.search(asked) or _TO_DUTCH.search(asked):
            wanted = "en" if _TO_ENGLISH.search(asked) else "nl"
            if wanted == context.lang:
                return None  # "can you answer in english please" after an English answer
            return _again_in(answerer, context, wanted, region)
    if _NEW_TOPIC.match(" ".join(tokens(reading.text))):
        return None  # "andere vraag: wie betaalt die hubs?" says it is no follow-up
    if (reading.thanks or reading.goodbye) and all(is_remark(c) for c in reading.clauses):
        return None  # "jammer. bedankt": a remark and thanks, nothing asked
    picked = (
        None if _introduces(reading) else _picked(answerer, _read_words(reading.text), context)
    )
    both = _each_listed(answerer, reading, context, lang)
    if both is not None:
        return both  # "which hub are those two in?"
    if picked is None and not _introduces(reading):
        picked = _named_part(answerer, _read_words(reading.text), context)
    if picked is None and not _introduces(reading):
        named = _that_record(answerer, _read_words(reading.text), context, lang)
        if len(named) > 1:
            return _which_of(answerer, named, lang, "which_of_named")  # of three it names
        picked = named[0] if named else None
    if picked is not None:
        # "where's the welding one?", "en die in Woensdrecht, wat doen die?": one record of
        # the list just given is now what the conversation is about.
        for asked_clause in reading.clauses:
            field = answerer.records.answer(asked_clause.text, lang, record=picked)
            if field is not None:
                return field.reply(lang)
        card = answerer.entry(picked, lang)
        if card is not None:
            return card
    if len(reading.clauses) > 1:
        return _each_clause(answerer, reading, context, lang, region)
    if len(reading.clauses) != 1:
        return None
    clause = _idioms_said(_adverbs_split(reading.clauses[0]))
    words = _read_words(clause.original)
    while words and words[0] in _ACKNOWLEDGEMENTS and len(words) > 1:
        words = words[1:]  # "ok en het webadres?"
    text = " ".join(words)
    meta = _meta(answerer, context, text, lang)
    if meta is not None:
        return meta  # "can you say that in English? my colleague reads no Dutch"
    nothing_before = context.entry is None and context.record is None and context.said is None
    of_the_last = _asks_of_the_last(words) or (_ordinal(words) is not None and len(words) <= 4)
    if nothing_before and of_the_last:
        return _which_one(answerer, context, lang)  # "meer?" with nothing before it
    which = _which_of_list(answerer, clause, words, context, lang)
    if which is not None:
        return which  # "waar zit dat?" after a list of three Fieldlabs
    if _introduces(reading):
        return None  # someone who introduces themselves starts afresh
    mine = _own_place(answerer, clause, words, context, lang, region)
    if mine is not None:
        return mine  # "en welke hub is voor mij?" after the asker said where they are
    person = _person(answerer, clause, words, context, lang, region)
    if person is not None:
        return person  # "wat is haar rol?" after an answer that names Mona Keijzer
    alone = answerer.clause(clause, lang, region)
    if _not_to_the_bot(words, context, alone):
        # "is dat van de overheid?" after who is behind Smart Industry: "dat" is the
        # programme, not the bot ("ben jij van de overheid?")
        alone = replace(alone, kind="unsure", confident=False, entry=None, score=0.0)
    if _own_subject(answerer, clause, words, context, alone, lang):
        # "wanneer was het jaarevent 2019?" after BOOST's card asks of the event, not BOOST
        return None
    bare = _bare_field(answerer, clause, words, context, lang)
    if bare is not None:
        return bare  # "website?" after BOOST's card
    if _subjectless(answerer, words, context, alone, lang):
        # "how many of those are there in the Netherlands?": its subject is "those", so a
        # good match of its other words is no answer of its own
        alone = replace(alone, score=min(alone.score, GOOD_STANDALONE - 1))
    agenda = _of_the_topic(answerer, words, context, alone, lang)
    if agenda is not None:
        return agenda  # "Wanneer werd die van Oost-Nederland gepresenteerd?"
    elliptic = bool(_ELLIPSIS.match(text)) and len(words) <= 8
    kept = _same_entry(answerer, clause, words, context, alone, lang, region)
    if kept is not None:
        return kept
    if (
        alone.confident
        and not alone.declined
        and not elliptic
        and not _leans_on_context(words, alone)
    ):
        return None
    turn = _Turn(answerer, clause, words, context, lang, region)
    good_alone = alone.confident and not alone.declined and alone.score >= GOOD_STANDALONE
    for reading_of in (
        _named_figure,
        _pointed_place,
        _record_field,
        _new_when,
        _new_place,
        _new_theme,
        _new_record,
        _new_topic,
    ):
        reply = reading_of(turn)
        if reply is None:
            continue
        if reply.confident and not reply.declined:
            if good_alone and reply.entry != alone.entry and reply.score < alone.score:
                return None  # "and the number of companies?": well asked on its own
            return reply
        if reading_of is _record_field and reply.record == turn.context.record:
            return reply  # "en de website?" of a record without one: honestly not known
        if reading_of is _new_place and (reply.entry or "").startswith("fieldlabs."):
            return reply  # "en in Overijssel?": honestly none there
        if reading_of is _new_when and not _content(clause.text) and not _pointing(words):
            return reply  # "en in 2020?" of a question with no figure for 2020: honestly not
        if reading_of is _new_when and _no_figure_for(reply, clause.when):
            return reply  # "En is er ook een cijfer voor 2020?": the figure has none for it
    settled = _unsure_settled(answerer, words, context, alone, lang, elliptic=elliptic)
    if settled is not None:
        return settled
    if _about_the_record(words, context, alone):
        return _not_known_of_record(answerer, context, lang)
    bare_date = clause.when is not None and not _content(clause.text)
    if _unclear_reference(words, context, alone, bare_date=bare_date):
        return _which_one(answerer, context, lang)
    return None


_BOTH = re.compile(
    r"\b(?:(?:those|these|die|deze|alle|the) (?:two|twee|2)|both|allebei|beide|beiden)\b"
)


_SAME = re.compile(r"\b(?:same|zelfde|dezelfde|hetzelfde)\b")


def _each_listed(
    answerer: Answerer, reading: Reading, context: Context, lang: str
) -> Reply | None:
    """'which hub are those two in?', 'waar zitten ze allebei?': the field asked of each
    record of the last two or three, one part each."""
    if not 2 <= len(context.listed) <= 3 or len(reading.clauses) != 1:
        return None
    clause = reading.clauses[0]
    if not _BOTH.search(" ".join(tokens(clause.original))):
        return None
    if _SAME.search(" ".join(tokens(clause.original))):
        # "are they both in the same hub?" asks which one each is in
        clause = replace(clause, text=f"which {clause.text}")
    parts = []
    for record in context.listed:
        field = _field_asked(answerer, clause, lang, record)
        if field is None:
            return None
        parts.append(field.reply(lang))
    return _joined(parts)


def _joined(parts: list[Reply]) -> Reply:
    """Several answers as one reply, one part each (as the Assistant joins questions)."""
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


def _each_clause(
    answerer: Answerer, reading: Reading, context: Context, lang: str, region: str | None
) -> Reply | None:
    """'where is it and which hub is it in?': each question of the message read as a
    follow-up of the same context, when the first one is one; a message whose first
    question stands on its own lends its subject to the next ones instead (None)."""
    if _introduces(reading):
        return None
    # A later question's own words: the subject it borrowed from the first is the context's.
    clauses = [
        replace(c, text=c.said, original=c.said) if n and c.said and c.said != c.original else c
        for n, c in enumerate(reading.clauses)
    ]
    named = _named_first(answerer, clauses, lang)
    if named is not None:
        return named  # "en SAMEN, wat is dat dan?"
    for clause in clauses:
        words = _read_words(clause.original)
        if not (_pointing(words) or _ELLIPSIS.match(" ".join(words))):
            return None  # "andere vraag: wat is een EDIH?": only a pointer in each leans back
        if answerer.records.find(words, clause.names) is not None:
            return None  # "what about Campione, where is that?": "that" is Campione
        if answerer.directory.find_place(words, clause.names)[0] is not None:
            return None  # "en Drachten, wat is daar?": "daar" is Drachten
    parts: list[Reply] = []
    for n, clause in enumerate(clauses):
        one = replace(reading, text=clause.original, clauses=(clause,), greeting=False)
        part = resolve(answerer, one, context, lang, region)
        if part is None and n == 0:
            return None
        parts.append(part if part is not None else answerer.clause(clause, lang, region))
    return _joined([p for n, p in enumerate(parts) if p.text not in {q.text for q in parts[:n]}])


def _named_first(answerer: Answerer, clauses: list[Clause], lang: str) -> Reply | None:
    """'en SAMEN, wat is dat dan?', 'what about Campione, where is that?': a first part
    that only names a record, and questions after it that point at it: each asks that
    record (its field, else its card)."""
    first = _read_words(clauses[0].original)
    if len(first) > 4 or len(clauses) < 2:
        return None
    found = answerer.records.find(first, clauses[0].names)
    if found is not None:
        record, rest = found[0], first[: found[1]] + first[found[2] :]
    else:
        # "en SAMEN": a capitalised word of one record's name ("Fieldlab SAMEN")
        named = {w for w in first if w in clauses[0].names and _distinctive(w)}
        if answerer.directory.find_place(sorted(named))[0] is not None:
            return None  # "en Drachten, wat is daar?" names a place, not a record
        by_name = _by_part(answerer, named)
        if by_name is None:
            return None
        record, rest = by_name, [w for w in first if w not in named]
    if [w for w in rest if w not in _ELLIPSIS_WORDS]:
        return None  # "wat doet SAMEN, en waar zit dat?" asks in its first part already
    parts: list[Reply] = []
    for clause in clauses[1:]:
        words = _read_words(clause.original)
        if not _pointing(words) or answerer.records.find(words, clause.names) is not None:
            return None
        field = _field_asked(answerer, clause, lang, record)
        part = field.reply(lang) if field is not None else answerer.entry(record, lang)
        if part is None:
            return None
        parts.append(part)
    return _joined([p for n, p in enumerate(parts) if p.text not in {q.text for q in parts[:n]}])


def _subjectless(
    answerer: Answerer, words: list[str], context: Context, alone: Reply, lang: str
) -> bool:
    """Whether a message's only subject is a pointer: apart from it, the place and the
    country, it names nothing the knowledge weighs ("how many of those are there?")."""
    if not _pointing(words) or alone.kind in ("smalltalk", "list") or len(words) > 9:
        return False
    if alone.entry in (context.entry, context.record) or alone.entry is None:
        return False
    if alone.record is not None and alone.entry == alone.record:
        return False  # a record's own answer: it named the record
    place, _ = answerer.directory.find_place(words)
    own = [w for w in words if w not in _HOME_COUNTRY and w not in tokens(place or "")]
    return not answerer.meaningful(own, lang)


def _of_the_topic(
    answerer: Answerer, words: list[str], context: Context, alone: Reply, lang: str
) -> Reply | None:
    """'Wanneer werd die van Oost-Nederland gepresenteerd?' after the regional agendas:
    'die van <record>' asks for one of the things the last general answer was about (an
    agenda), of that record; the record's own card is no answer, the last answer is when it
    speaks of what the message asks."""
    entry = context.entry
    if entry is None or entry == context.record or entry.startswith(_LISTS) or len(words) > 9:
        return None
    if not alone.declined and (alone.record is None or alone.entry != alone.record):
        return None  # a record's own card is the wrong reading; another entry may be right
    if not _OF_THAT.search(" ".join(words)) or answerer.covers(entry, words, lang) < KEPT_SHARE:
        return None
    kept = answerer.entry(entry, lang)
    return replace(kept, resolved=context.question) if kept is not None else None


_OF_THAT = re.compile(r"\b(?:die|dat|diegene|the one|that|those|the ones) (?:van|of|voor|for)\b")


# A standalone answer at least this sure is a good match: no follow-up reading beats it.
GOOD_STANDALONE = 80.0
# The weighted share of a short follow-up's meaningful words (unknown words included) that
# the last entry must speak of to keep the conversation on it.
KEPT_SHARE = 0.6


def _same_entry(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    alone: Reply,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'aan wie is die overhandigd?', 'how big was the total budget?' after an answer that
    says so: a short message whose meaningful words the last entry's own answer speaks of
    stays on that entry, unless it names another record or place or stands well on its own
    (a good standalone match, smalltalk, a list)."""
    entry = context.entry
    if entry is None or entry.startswith(("smalltalk.", "route.")) or len(words) > 10:
        return None
    if alone.entry == entry or alone.kind in ("smalltalk", "list", "empty"):
        return None
    if alone.confident and not alone.declined and alone.score >= GOOD_STANDALONE:
        return None
    if answerer.records.find(words) is not None:
        return None
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is not None:
        return None
    share = answerer.covers(entry, words, lang)
    if share < KEPT_SHARE:
        return None
    if not _can_answer(answerer, entry, intent(clause.text, typos=True), lang):
        return None  # "how many people work at Brainport Industries Campus?" after a card
    if _counts_another(answerer, clause, entry, alone, lang):
        # "en hoeveel labs waren dat?" after the money in the Fieldlabs: the count of labs,
        # at the date the last question asked about
        counted = _answer(answerer, clause.text, clause.when or context.when, lang, region)
        return counted if counted.entry == alone.entry else None
    elliptic = bool(_ELLIPSIS.match(" ".join(words)))
    if not _pointing(words) and _own_kind(answerer, clause, entry, alone):
        elliptic = False  # "and why good for small firms?" after where solutions come from
    evidence = bool(_pointing(words)) or elliptic or clause.when is not None
    own = alone.confident and not alone.declined and alone.entry is not None
    if own and not evidence and answerer.covers(alone.entry or "", words, lang) >= share:
        # "Wat kwam er na de Hubs?" after what the programme is: a question of its own that
        # its own answer speaks of as much as the last one does is no follow-up.
        return None
    if clause.when is not None and context.question is not None:
        dated = _answer(answerer, context.question, clause.when, lang, region)
        return dated if dated.entry == entry else None
    kept = answerer.entry(entry, lang)
    return replace(kept, resolved=context.question) if kept is not None else None


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


_ME = frozenset("mij me ik wij we ons onze mijn mine my our us".split())
_HUB_WORDS = frozenset("hub hubs".split())


def _own_place(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'en welke hub is voor mij?' after "ik heb een bedrijf in Eindhoven": the Hub for the
    asker's own place, not for the record just discussed."""
    if context.place is None or not (_ME & set(words) and _HUB_WORDS & set(words)):
        return None
    if len(words) > 9 or answerer.directory.find_place(words, clause.names)[0] is not None:
        return None
    if answerer.records.find(words, clause.names) is not None:
        return None
    reply = answerer.clause(clause, lang, region, context.place)
    return reply if reply.confident and not reply.declined else None


def _counts_another(
    answerer: Answerer, clause: Clause, entry: str, alone: Reply, lang: str
) -> bool:
    """Whether a 'how many' follow-up is answered on its own by another figure than the
    last one: it names something else it counts (labs, not euros)."""
    if intent(clause.text, typos=True) != "count" or not alone.confident or alone.declined:
        return False
    if not answerer.meaningful([w for w in tokens(clause.text) if w not in _HOME_COUNTRY], lang):
        return False  # "how many of those are there?" names nothing it counts
    other = alone.entry
    return (
        other is not None
        and other != entry
        and answerer.is_figure(other)
        and answerer.is_figure(entry)
    )


PERSON_PRONOUNS = frozenset("haar hem hij zij she her hers he him his".split())


def _person(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'wat is haar rol?', 'who is he?': the one person the last answer is about or names,
    put in the pronoun's place; None when the answer names no one or several people."""
    said = PERSON_PRONOUNS & set(words)
    if not said or context.entry is None or len(words) > 10:
        return None
    if answerer.records.find(words, clause.names) is not None:
        return None
    people = answerer.people_named(context.entry)
    if len(people) != 1:
        return None
    person, name = people[0]
    if not said & set(tokens(clause.text)):
        return None  # "volgens hem" was set aside as attribution: the question is the rest
    asked = " ".join(name if w in said else w for w in tokens(clause.text))
    reply = _answer(answerer, asked, clause.when, lang, region)
    if reply.confident and not reply.declined:
        return reply
    if intent(clause.text, typos=True) in ("who", "define"):
        found = answerer.entry(person, lang)  # "who is she?": her own entry
        return replace(found, resolved=asked) if found is not None else None
    return None


_SINGULAR = frozenset("dat die dit deze it its that this".split())


def _which_of_list(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> Reply | None:
    """'waar zit dat?' right after a list of several records, none of them picked: a field
    of one of them is asked, so ask which one, with the listed records as buttons."""
    if len(context.listed) < 2 or context.record in context.listed or len(words) > 8:
        return None
    if not _SINGULAR & set(words) or answerer.records.find(words, clause.names) is not None:
        return None
    mentioned = [r for r in context.listed if answerer.mentions(r, words, lang, share=1.0)]
    if len(mentioned) == 1:
        # "wie heeft dat gelanceerd?" after two Fieldlabs of which one card says who launched
        # it: that one is meant.
        field = answerer.records.answer(clause.text, lang, record=mentioned[0])
        return field.reply(lang) if field is not None else answerer.entry(mentioned[0], lang)
    if answerer.records.answer(clause.text, lang, record=context.listed[0]) is None:
        return None
    return _which_of(answerer, context.listed, lang)


def _which_of(
    answerer: Answerer, records: tuple[str, ...], lang: str, key: str = "which_of_list"
) -> Reply:
    """'Welke van de genoemde bedoelt u?', the records as buttons."""
    knowledge = answerer.records.knowledge
    offered = tuple(Link(r, card.title(lang)) for r in records if (card := knowledge.entry(r)))
    return Reply(texts.text(key, lang), lang, kind="unsure", alternatives=offered[:3])


_YOU = frozenset("jij je jou jouw u uw jullie you your yourself bot fieldbot".split())


def _not_to_the_bot(words: list[str], context: Context, alone: Reply) -> bool:
    """Whether a message that alone reads as a question about the bot points back at the
    last answer instead: a pointer, no word for the bot, and an answer before it."""
    if (
        alone.kind != "smalltalk"
        or context.entry is None
        or context.entry.startswith("smalltalk.")
    ):
        return False
    if not (alone.entry or "").startswith("smalltalk.who"):
        return False
    return bool(_pointing(words) - {"het"}) and not _YOU & set(words)


def _own_subject(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    alone: Reply,
    lang: str,
) -> bool:
    """Whether a message names a subject of its own besides the field it may ask of the
    record in view, one that record's card does not speak of: "wanneer was het jaarevent
    2019?" or "Wat was het budget van de RVO regeling?" after BOOST's card, which a
    confident standalone answer speaks of better, or "Wat is de ROI van fieldlabs?" after
    a Fieldlab, whose "ROI" is a name the knowledge does not know at all. A follow-up
    reading must never beat a good standalone match."""
    record = context.record
    if record is None or alone.kind in ("smalltalk", "list") or alone.entry == record:
        return False
    if answerer.records.find(words, clause.names) is not None:
        return False  # a record it names is read elsewhere
    # "wat is edih?" after a Fieldlab asks what the EDIH is, not the Fieldlab's successor
    defines = bool(_DEFINES.match(" ".join(words))) and not _pointing(words)
    subject = _subject_words(answerer, clause, tokens(clause.text), record, lang, defines)
    if not subject:
        return False
    mine = answerer.covers(record, subject, lang)
    if alone.confident and not alone.declined and alone.entry is not None:
        pointers = _pointing(words) | ({"het"} if words[-1:] == ["het"] else set())
        determiners = _determiners(words, pointers)
        if pointers - determiners and not determiners:
            # "which hub do they belong to?": "they" is the record; in "is het nog open,
            # die subsidie?" "het" is the subsidy it names
            return False
        theirs = answerer.covers(alone.entry, subject, lang)
        # "wat was het eerste fieldlab?": "het" only an article, so a standalone answer
        # that speaks of the subject as well as the card does is meant
        return theirs > mine or (bool(determiners) and theirs >= mine and theirs > 0)
    unheard = [w for w in subject if _name_like(w, clause) and not answerer.known([w])]
    if not unheard or mine >= KEPT_SHARE:
        return False
    # "space53, is dat een fieldlab?": the pointer after the name is that name; one before
    # it is the record ("hoeveel banen heeft dat bij Philips opgeleverd?").
    first = min((words.index(w) for w in unheard if w in words), default=0)
    strong = _pointing(words) - _determiners(words, _pointing(words))
    return not _pointing(words[:first]) & strong


_DEFINES = re.compile(
    r"^(?:(?:wat|what) (?:is|are|s|zijn)|whats|wats) (?:de |het |een |the |an? )?\w+$"
)


def _subject_words(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    record: str,
    lang: str,
    defines: bool = False,
) -> list[str]:
    """The meaningful words of a message apart from those that ask a field of the record
    ("wanneer", "website", "hub" in "bij welke hub hoort die?") and the place it names; a
    question what one thing is (`defines`) keeps its thing."""
    asks = None if defines else answerer.records.answer(" ".join(words), lang, record=record)
    cues = set()
    if asks is not None:
        for n, word in enumerate(words):
            rest = words[:n] + words[n + 1 :]
            without = answerer.records.answer(" ".join(rest), lang, record=record)
            if without is None or without.field != asks.field:
                cues.add(word)
    place, _ = answerer.directory.find_place(words, clause.names)
    cues |= set(tokens(place or ""))
    return answerer.meaningful([w for w in words if w not in cues], lang)


# A participle after "het" makes it the subject ("wie heeft het gelanceerd?"); another word
# after a demonstrative is what it determines ("wanneer was dat jaar event?").
_PARTICIPLE = re.compile(
    r"^(?:(?:aan|af|op|uit|in|mee|toe|voor|na|terug|bij)?ge\w{2,}[dtn]|"
    r"(?:be|ver|ont|er|her|over)\w{2,}(?:[dt]|en))$"
)
_DEMONSTRATIVE = frozenset("dat die dit deze het that this those these".split())
_RECORD_NOUNS = frozenset("hub hubs fieldlab fieldlabs lab labs one ones project".split())


def _determiners(words: list[str], pointers: set[str]) -> set[str]:
    """The pointers of a message that only determine the noun after them ("het budget",
    "dat jaar event"), not the subject of their own ("wat doet dat?")."""
    found = set()
    for n, word in enumerate(words[:-1]):
        after = words[n + 1]
        if word in pointers and word in _DEMONSTRATIVE and not is_stopword(after):
            # "die hub", "that one" point at the record in view
            own = _PARTICIPLE.match(after) or after in _PRONOUNS or after in _RECORD_NOUNS
            if not own:
                found.add(word)
    return found - {w for n, w in enumerate(words) if w in pointers and n == len(words) - 1}


def _name_like(word: str, clause: Clause) -> bool:
    """A word that names something ("ROI", "space53"), not a word of chatter or a typo."""
    return word in clause.names or (
        any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    )


def _bare_field(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> Reply | None:
    """A message of a few words that asks only a record's field ("website?", "contact?",
    "who runs it?") is about the record just discussed, even if a general entry matches
    the words; not when it names a record or a place of its own."""
    content = [w for w in words if not is_stopword(w)]
    if context.record is None or not content or len(content) > 3 or len(words) > 5:
        return None
    if _the_topic_not_the_record(words, context):
        return None
    if answerer.records.find(words, clause.names) is not None:
        return None
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is not None:
        return None
    field = _field_asked(answerer, clause, lang, context.record)
    return field.reply(lang) if field is not None else None


# Fields that hold no number: "how many companies did they reach?" asks no contact.
_NO_COUNT = frozenset("contact website where status successor".split())


def _field_asked(
    answerer: Answerer, clause: Clause, lang: str, record: str | None
) -> RecordAnswer | None:
    """The field of `record` a follow-up asks, unless it asks a count the field cannot hold."""
    field = answerer.records.answer(clause.text, lang, record=record)
    if field is not None and field.field in _NO_COUNT and intent(clause.text) == "count":
        return None
    return field


_PLURAL = frozenset("ze zij hun hen they them their those these".split())


def _the_topic_not_the_record(words: list[str], context: Context) -> bool:
    """'wanneer zijn ze begonnen?' after an answer about the Hubs in general that names one
    Hub: "ze" are the Hubs, not the one record the answer kept in view."""
    entry = context.entry
    if entry is None or entry == context.record or entry.startswith(_LISTS) or context.listed:
        return False  # "what do they do?" after a list of one Fieldlab is that Fieldlab
    return bool(_PLURAL & set(words))


_LISTS = ("fieldlabs.place.", "fieldlabs.province.", "fieldlabs.theme.", "route.")


# An unsure candidate this good is one the context may settle ("wordt het morgen droog in
# Utrecht?" finds the regional agendas at 40: no candidate, whatever came before).
SETTLED_SCORE = 50.0


def _family(entry: str) -> str:
    """'hub.zuid' and 'hubs.funding' are one family: a Hub and the Hubs in general."""
    return entry.split(".", 1)[0].removesuffix("s")


def _unsure_settled(
    answerer: Answerer,
    words: list[str],
    context: Context,
    alone: Reply,
    lang: str,
    *,
    elliptic: bool,
) -> Reply | None:
    """'en kan ik die nu nog aanvragen?' after the subsidy, 'and can any business just walk
    in there?' after who works in the Hubs: alone the words doubt between entries, and
    the one of them on the topic in view (that entry, or one of its family) is meant."""
    topic = context.entry
    if topic is None or alone.kind != "unsure" or not (_pointing(words) or elliptic):
        return None
    if topic.startswith(("smalltalk.", "route.")):
        return None
    asked = intent(" ".join(words), typos=True)
    near = [
        link.entry
        for link in alone.alternatives
        if link.score >= SETTLED_SCORE
        and (link.entry == topic or _family(link.entry) == _family(topic))
        # "where was that launched?" is not settled by when the programme was launched
        and (asked not in _STRICT_KINDS or asked in answerer.kinds(link.entry))
    ]
    if len(near) != 1:
        return None
    reply = answerer.entry(near[0], lang)
    return replace(reply, resolved=context.question) if reply is not None else None


def _about_the_record(words: list[str], context: Context, alone: Reply) -> bool:
    """'hoeveel mensen werken daar?' right after RoboHouse's card, that no field or reading
    answered: "daar" is RoboHouse, so a general entry that the words alone find is no
    answer, unless it matches well on its own."""
    if context.record is None or context.entry not in (None, context.record):
        return False  # after a general answer that keeps a record in view, "daar" may be it
    if not _pointing(words) or len(words) > 9 or alone.kind in ("smalltalk", "list"):
        return False
    good = alone.confident and not alone.declined and alone.score >= GOOD_STANDALONE
    return not good and alone.entry != context.record


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


def _unclear_reference(
    words: list[str], context: Context, alone: Reply, *, bare_date: bool = False
) -> bool:
    """A short message that points back ("which fieldlabs form the basis of it?") and that
    no follow-up reading resolved: guessing from the words alone is worse than asking,
    unless the words alone match well or match what was just discussed."""
    if len(words) > 9 or alone.kind in ("smalltalk", "list"):
        return False
    if context.entry is None and context.record is None:
        if bare_date and context.question is None and _ELLIPSIS.match(" ".join(words)):
            return True  # "en in 2020?" with nothing before it
        # "en die andere?" with nothing said before; "is die nog actief?" after a question
        # that found nothing: what "die" is was never said
        pointed = bool(_pointing(words) or _OTHER & set(words))
        guessed = alone.confident and alone.score < GOOD_STANDALONE
        return pointed and (alone.declined or (guessed and context.question is not None))
    if not _pointing(words):
        return False
    if context.listed:
        return False  # "they" are the records just listed; their answer may well fit
    if alone.kind == "out_of_scope" and context.entry is not None:
        return True  # "Hoeveel waren het er toen?": out of scope alone, it leans on something
    return (
        alone.confident
        and not alone.declined
        and alone.score < GOOD_STANDALONE
        and alone.entry not in (context.entry, context.record)
        and _leans_on_context(words, alone)
    )


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


def _again_in(answerer: Answerer, context: Context, lang: str, region: str | None) -> Reply | None:
    """The last answer in another language: the last message read again against the
    context it was read against (a field, a 'not in my sources', a list), else its entry,
    else the last question asked again."""
    if context.said is not None and context.before is not None:
        message = read(context.said)
        reply = resolve(answerer, message, context.before, lang, region)
        if reply is None and len(message.clauses) == 1:
            reply = answerer.clause(message.clauses[0], lang, region, context.before.place)
        # "in English please" after a card that answered "Wie gaf het de kwalificatie?": read
        # in English that may find nothing, but the card is what was answered
        declined = reply is not None and reply.declined and context.entry is not None
        if reply is not None and reply.kind != "smalltalk" and not declined:
            return reply
    if context.entry is not None:
        again = answerer.entry(context.entry, lang)
        if again is not None:
            return again
    if context.question is None:
        return None
    question = Clause(context.question, context.question, context.when)
    return answerer.clause(question, lang, region, context.place)


class _Turn(NamedTuple):
    """A message read as a follow-up: what every reading of it needs."""

    answerer: Answerer
    clause: Clause
    words: list[str]
    context: Context
    lang: str
    region: str | None


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


_ACCORDING = frozenset("volgens according to dan then".split())


def _named_figure(turn: _Turn) -> Reply | None:
    """'en Dialogic?', 'and according to TNO?' after a figure: the dated values of that
    figure whose own sentence or source names it."""
    answerer, clause, words, context, lang, _region = turn
    if context.entry is None or len(words) > 5 or clause.when is not None:
        return None
    if intent(clause.text) is not None:
        return None  # "en hoeveel fieldlabs?" asks another figure, not another source
    entry = answerer.records.knowledge.entry(context.entry)
    asked = [w for w in _content(clause.text) if w not in _ACCORDING]
    if entry is None or not asked:
        return None
    named = figures_naming(entry, asked, lang)
    card = answerer.entry(context.entry, lang) if named is not None else None
    if named is None or card is None:
        return None
    body, sources = named
    return replace(card, text=body, sources=sources, resolved=context.question)


def _record_field(turn: _Turn) -> Reply | None:
    """'waar zit dat?', 'and its website?': a field of the record just discussed."""
    answerer, clause, words, context, lang, _region = turn
    if context.record is None or answerer.records.find(words) is not None:
        return None
    if _the_topic_not_the_record(words, context):
        return None
    field = _field_asked(answerer, clause, lang, context.record)
    if field is not None and not _of_the_record(answerer, clause, words, field.field):
        return None
    if field is None:
        # "what is their revenue?" asks only what the knowledge never speaks of
        more = answerer.meaningful([w for w in words if w not in _WHAT_CUES], lang)
        unheard = bool(more) and not answerer.known(more)
        # "is it only for dutch companies?" asks yes or no, not what the record is; "wat
        # kost dat?" after BOOST's card asks what the card does not speak of
        asks_what = bool(_WHAT_CUES & set(words[1:] if words[:1] == ["is"] else words))
        # the one thing it asks ("kost"), not a question with more to it ("voor wie is het
        # bedoeld, studenten?"), which the card may well answer
        spoken = (
            len(more) != 1
            or answerer.mentions(context.record, more, lang)
            or answerer.covers(context.record, more, lang) > 0
            or not _answered_alone(turn)
        )
        if _pointing(words) and asks_what and len(words) <= 9 and not unheard and spoken:
            return answerer.entry(context.record, lang)  # "wat doen ze daar?"
        # "is it only for dutch companies?" asks yes or no: the card answers it only when it
        # speaks of all it asks
        share = 1.0 if words[:1] and words[0] in _YES_NO else 0.0
        if (
            _pointing(words)
            and len(words) <= 9
            and answerer.mentions(context.record, words, lang, share=share)
        ):
            # "hoeveel geld zit daar in?", "met welke scholen werken ze samen?": what the
            # record's own description says; its card answers.
            return answerer.entry(context.record, lang)
        return None
    return field.reply(lang)


_OF = frozenset("van of".split())
_YES_NO = frozenset("is are zijn was were does do did kan can heeft has have".split())


def _answered_alone(turn: _Turn) -> bool:
    """Whether the message has a confident answer of its own ("wat kost dat?": what it
    costs to join, which is not in the sources)."""
    alone = turn.answerer.clause(turn.clause, turn.lang, turn.region)
    return alone.confident and not alone.declined and alone.kind != "smalltalk"


def _of_the_record(answerer: Answerer, clause: Clause, words: list[str], field: str) -> bool:
    """Whether a field the message asks is asked of the record in view: not when it names a
    place ("and which hub is for Gelderland?"), asks of another one ("hebben die nog een
    ander fieldlab?") or of a subject the knowledge does not know ("wat is de opvolger van
    smid zee?")."""
    if _OTHER & set(words):
        return False
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is not None and (field != "where" or _FIRST_PERSON & set(words)):
        return False  # "en ik heb ook een vestiging in Eindhoven" tells where the asker is
    if field in ("where", "when") and _FIRST_PERSON & set(words) and not _pointing(words):
        return False  # "waar was ik gebleven?" asks of the asker
    if _pointing(words):
        return True
    after = next((words[n + 1 :] for n, w in enumerate(words) if w in _OF), [])
    named = [w for w in after if not is_stopword(w) and w.rstrip("s") not in _KIND_WORDS]
    return len(answerer.known(named)) == len(named)


def _new_when(turn: _Turn) -> Reply | None:
    """'en eind 2019?', 'and now?': the last question for another date."""
    answerer, clause, words, context, lang, region = turn
    if clause.when is None or context.question is None or len(words) > 8:
        return None
    rest = _content(clause.text)
    elliptic = bool(_ELLIPSIS.match(" ".join(words)))
    topic = context.entry or context.record
    spoken = topic is None or answerer.covers(topic, rest, lang, empty=1.0)
    if rest and not elliptic and spoken < VERIFIED_SHARE:
        return None  # "what's the weather like in Utrecht today?" asks something else
    again = _answer(answerer, context.question, clause.when, lang, region)
    entry = answerer.records.knowledge.entry(context.entry) if context.entry else None
    if (again.entry != context.entry or not again.confident) and entry and entry.figures:
        # "en begin 2020 dan" after a figure the words of the last question only just
        # found: the figure's own question, for the new date
        own = _answer(answerer, entry.title(lang), clause.when, lang, region)
        if own.entry == context.entry:
            return _not_for_year(answerer, replace(own, resolved=context.question), clause.when)
    return _not_for_year(answerer, again, clause.when)


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


def _kind(word: str) -> str | None:
    """The kind of record a word names ("hubs" → "hub"; "labs", "fieldlab" → "fieldlab")."""
    stem = word[:-1] if word.endswith("s") else word
    return {"hub": "hub", "fieldlab": "fieldlab", "lab": "fieldlab"}.get(stem)


def _new_place(turn: _Turn) -> Reply | None:
    """'en in Overijssel?', 'en voor Limburg?': the last question for another place."""
    answerer, clause, words, context, lang, region = turn
    if context.question is None or len(words) > 6:
        return None
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is None:
        return None
    others = [w for w in words if not is_stopword(w) and w not in tokens(place)]
    elliptic = bool(_ELLIPSIS.match(" ".join(words)))
    if not elliptic and len(others) > 1:
        return None  # "wordt het morgen droog in Utrecht?" asks something else of Utrecht
    topic = context.entry or context.record
    spoken = topic is None or answerer.covers(topic, others, lang, empty=1.0)
    if not elliptic and spoken < VERIFIED_SHARE:
        return None  # "what's the weather like in Amsterdam?" after a Fieldlab's card
    previous = tokens(context.question)
    kinds = {_kind(w) for w in others} - {None}
    if kinds and not kinds & {_kind(w) for w in previous}:
        return None  # "and which hub is for Gelderland?" after the Fieldlabs in Harderwijk
    old, _ = answerer.directory.find_place(previous)
    if old is not None:
        question = " ".join(_place_replaced(answerer, previous, old, place))
    elif context.entry is not None and context.entry.startswith(("hub.", "route.")):
        question = f"welke hub voor {place}" if lang == "nl" else f"which hub for {place}"
    elif answerer.records.find(previous) is not None:
        # "en in Drachten?" after RoboHouse: the Fieldlabs there, not RoboHouse again
        question = (
            f"welke fieldlabs zijn er in {place}"
            if lang == "nl"
            else f"which fieldlabs are there in {place}"
        )
    else:
        question = f"{context.question} in {place}"
    return _answer(answerer, question, context.when, lang, region)


_THERE = frozenset("daar there".split())


def _pointed_place(turn: _Turn) -> Reply | None:
    """'welke hub is daar?' after the Fieldlabs of Drenthe: "daar" is the place the last
    list or route was about, put in its place ("welke hub is voor drenthe")."""
    answerer, clause, words, context, lang, region = turn
    entry = context.entry or ""
    if not entry.startswith(_LISTS) or context.question is None or not _THERE & set(words):
        return None
    if len(words) > 8 or answerer.directory.find_place(words, clause.names)[0] is not None:
        return None
    place, _ = answerer.directory.find_place(tokens(context.question))
    if place is None:
        return None
    preposition = "voor" if lang == "nl" else "for"
    asked = [w for w in words if w not in _THERE and w not in ("voor", "for")]
    reply = _answer(answerer, " ".join([*asked, preposition, place]), clause.when, lang, region)
    return reply if reply.confident and not reply.declined else None


def _new_theme(turn: _Turn) -> Reply | None:
    """'en voor 3d printen?' after the Fieldlabs on robotics: the same list for the new
    theme, not for both."""
    answerer, clause, words, context, lang, region = turn
    if not (context.entry or "").startswith("fieldlabs.theme.") or len(words) > 6:
        return None
    if answerer.records.find(words, clause.names) is not None:
        return None
    themes = answerer.directory.themes_in(words)
    if not themes or answerer.directory.find_place(words, clause.names)[0] is not None:
        return None
    rest = [w for w in words if w not in _ELLIPSIS_WORDS and not is_stopword(w)]
    which = "welke fieldlabs werken aan" if lang == "nl" else "which fieldlabs work on"
    return _answer(answerer, f"{which} {' '.join(rest)}", None, lang, region)


def _new_record(turn: _Turn) -> Reply | None:
    """'en RoboHouse?': the last question about another Hub or Fieldlab."""
    answerer, clause, words, context, lang, region = turn
    if context.question is None or context.record is None or len(words) > 6:
        return None
    found = answerer.records.find(words)
    if found is None:
        return None
    own = answerer.records.answer(clause.text, lang, names=clause.names)
    if own is not None and own.record == found[0]:
        return own.reply(lang)  # "telefoonnummer van boost?" asks a field of its own
    name = " ".join(words[found[1] : found[2]])
    question = _swap_record(answerer, context.question, name)
    field = answerer.records.answer(question, lang)
    if field is not None and _itself(field):
        # "welke hub is er in Zuid-Holland?", "en in het noorden?": the Hub of the north is
        # meant, not that it "is itself a Hub"
        card = answerer.entry(field.record, lang)
        if card is not None:
            return replace(card, resolved=question)
    return _answer(answerer, question, clause.when or context.when, lang, region)


def _itself(field: RecordAnswer) -> bool:
    """Whether a field asks of a record what it is itself: the Hub of a Hub, the Fieldlabs
    of a Fieldlab."""
    kind = "hub." if field.field == "hub" else "fieldlab." if field.field == "labs" else None
    return kind is not None and field.record.startswith(kind)


def _new_topic(turn: _Turn) -> Reply | None:
    """'and the companies?': the last question's frame (how many, what, who) with the new
    subject, or the last question with the new words added."""
    answerer, clause, words, context, lang, region = turn
    if context.question is None or len(words) > 6:
        return None
    opening = _ELLIPSIS.match(" ".join(words))
    content = [w for w in words if not is_stopword(w)]
    if not opening and not _pointing(words) | {"one", "ones"} & set(words) and len(content) > 2:
        return None  # "wat kost een huis in Utrecht?" is a question of its own
    about_record = context.record is not None and context.entry in (None, context.record)
    if about_record and _pointing(words):
        return None  # "hoeveel mensen werken daar?" after a card: about that record only
    own = tokens(" ".join(words)[opening.end() :]) if opening else list(words)
    rest = [w for w in own if w not in _ELLIPSIS_WORDS]
    if not rest:
        return None
    frame = [w for w in tokens(context.question) if is_stopword(w)]
    subject = [w for w in tokens(context.question) if not is_stopword(w) and w not in rest]
    counted = intent(context.question, typos=True) == "count" or bool(
        context.entry and answerer.is_figure(context.entry)
    )
    how_many = "hoeveel" if lang == "nl" else "how many"
    topic = _topic_word(context.entry)
    questions = [
        # "banen?" then "en bedrijven?": the same kind of question about the new subject
        f"{how_many} {' '.join(rest)}" if counted and not frame else " ".join(frame + rest),
        f"{context.question} {' '.join(rest)}",
        " ".join(subject + own),  # "and how many are there?" after "what is a fieldlab"
    ]
    if intent(" ".join(own), typos=True) is not None:
        # The follow-up asks its own kind of question: it only borrows the subject.
        questions.insert(0, questions.pop())
    if topic is not None and _pointing(words):
        # "en kan iedereen daar zomaar aankloppen?" after an answer about the Hubs: "daar"
        # is a Hub.
        # "welke zijn dat?" -> "welke hubs zijn er": the pointer becomes "er", the topic
        # follows the question word.
        there = "er" if lang == "nl" else "there"
        said = [there if w in _PRONOUNS or w == "het" else w for w in own]
        asks = said[:1] if said[:1] and intent(said[0]) in ("which", "define") else []
        questions.insert(0, " ".join([*asks, topic, *said[len(asks) :]]))
    asked = intent(" ".join(own), typos=True)
    first: Reply | None = None
    for question in questions:
        reply = _answer(answerer, question, clause.when or context.when, lang, region)
        if not reply.confident or reply.declined or not _verified(turn, reply, own, asked):
            continue
        if _fits_kind(answerer, reply, asked):
            return reply
        first = first or reply
    return first


# The kinds of question whose answer a general entry only gives when it was written for it:
# "en sinds wanneer?" after the founders asks a date, which the founders entry is not about.
_STRICT_KINDS = frozenset("when who where count".split())
# The weighted share of a follow-up's own meaningful words that the entry a composed
# question found must speak of ("and the bending one?" is not the welding Fieldlab).
VERIFIED_SHARE = 0.5


def _verified(turn: _Turn, reply: Reply, own: list[str], asked: str | None) -> bool:
    """Whether the answer a composed question found is about what the follow-up adds: its
    entry speaks of the follow-up's own words, and a follow-up that changes the kind of
    question ("wanneer …?", then "en wie zat erachter?") is answered by an entry that
    holds that kind of fact, not by the last answer again."""
    answerer, _clause, _words, context, lang, _region = turn
    said = [w for w in own if w not in _ELLIPSIS_WORDS and w not in _ONE and not _pointing([w])]
    if reply.kind == "list":
        # "en in Overijssel?" lists again; "hoe laat is het?" after a list does not: every
        # word it adds besides a place must be one the knowledge knows.
        place, _ = answerer.directory.find_place(said)
        rest = [w for w in said if not is_stopword(w) and (not place or w not in tokens(place))]
        return len(answerer.known(rest)) == len(rest)
    if reply.entry is None:
        return True
    if answerer.covers(reply.entry, said, lang, empty=1.0, known=True) < VERIFIED_SHARE:
        return False
    if answerer.covers(reply.entry, said, lang, empty=1.0) == 0.0:
        return False  # "wat is het weer morgen?": nothing it asks is in the entry
    named = [w for w in said if w in turn.clause.names]
    if answerer.covers(reply.entry, named, lang, empty=1.0) < VERIFIED_SHARE:
        return False  # "and Brainport?": a name the answer never mentions is not its subject
    if reply.entry == context.entry and not _can_answer(answerer, reply.entry, asked, lang):
        return False  # "Hoeveel waren het er toen?" after the year it started: no count in it
    before = intent(context.question, typos=True) if context.question else None
    changed = asked in _STRICT_KINDS and before in _STRICT_KINDS and asked != before
    if changed and reply.entry == context.entry and asked not in answerer.kinds(reply.entry):
        return _holds_kind(answerer, reply, asked or "")
    return True


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


def _fits_kind(answerer: Answerer, reply: Reply, asked: str | None) -> bool:
    """Whether a reply's entry answers the kind of question a follow-up asks: a record's
    card and a list answer any kind; a general entry needs a phrasing of that kind."""
    if asked not in _STRICT_KINDS or reply.entry is None or reply.kind == "list":
        return True
    if reply.record is not None and reply.entry == reply.record:
        return True
    return asked in answerer.kinds(reply.entry)


_ACKNOWLEDGEMENTS = frozenset(
    "ok oke okay oké top prima mooi thanks dank helder duidelijk".split()
)
_WHAT_CUES = frozenset("wat doen doet what do does doing about over is".split())
_ELLIPSIS_WORDS = frozenset(
    "en and of or maar but ook also what about how hoe zit het met voor for the de het".split()
)


def _picked(answerer: Answerer, words: list[str], context: Context) -> str | None:
    """The one record of the last list that the message points at with a word of its name
    ("the welding one") or its place ("die andere in Woensdrecht"); None if not exactly one.
    Only a message that points ("die", "the one", "andere") picks."""
    if len(context.listed) < 2:
        return None
    nth = _ordinal(words)
    if nth is not None:
        return context.listed[nth] if nth < len(context.listed) else None
    if not (_POINTERS & set(words) - _existential(words)):
        return None
    if _OTHER & set(words) and len(context.listed) == 2 and context.record in context.listed:
        # "and the other one?" after one of two listed records was discussed
        return next(r for r in context.listed if r != context.record)
    knowledge = answerer.records.knowledge
    place, _ = answerer.directory.find_place(words)
    place_words = set(tokens(place)) if place else set()
    asked = {w for w in words if _distinctive(w)} - place_words
    found = []
    for record in context.listed:
        lab = knowledge.fieldlab(record)
        hub = knowledge.hub(record)
        names: list[str] = []
        if lab is not None:
            names = [lab.name, *lab.aliases]
        elif hub is not None:
            names = [n for n in (hub.name, *hub.aliases) if n]
        places = {" ".join(tokens(p)) for p in lab.places} if lab else set()
        own = {w for n in names for w in tokens(n)} - _LIST_WORDS
        if place and " ".join(tokens(place)) in places:
            found.append((len(asked) + 1, record))
        elif not place and asked & own:
            found.append((len(asked & own), record))
    # The one that shares most words ("noord nederland": Hub Noord, not Oost-Nederland).
    best = max((n for n, _ in found), default=0)
    top = [r for n, r in found if n == best]
    return top[0] if len(top) == 1 else None


_ORDINALS = {
    "first": 0, "eerste": 0, "1st": 0, "second": 1, "tweede": 1, "2nd": 1, "third": 2,
    "derde": 2, "3rd": 2, "last": -1, "laatste": -1, "latter": -1, "former": 0,
}  # fmt: skip
# What may follow an ordinal that points into a list ("the second one", "de tweede daarvan").
_AFTER_ORDINAL = frozenset(
    "one ones fieldlab hub lab daarvan of van genoemd genoemde mentioned listed".split()
)


# A question word right after "de tweede," starts what is asked of it.
_ASKING = frozenset("wat wie waar wanneer hoe welke what who where when how which".split())


def _ordinal(words: list[str]) -> int | None:
    """The place in the last list an ordinal points at ("the second one, what do they
    do?", "en de laatste?"); None for "de eerste oproep" (a first call, no list)."""
    for i, word in enumerate(words):
        if word not in _ORDINALS:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        opening = i <= 2 and (
            not following or following in _ASKING or intent(following) is not None
        )
        if following in _AFTER_ORDINAL or opening or word in ("former", "latter"):
            return _ORDINALS[word]
    return None


_DEMONSTRATIVES = frozenset("die dat deze dit the that this".split())


def _named_part(answerer: Answerer, words: list[str], context: Context) -> str | None:
    """'and the bending one?', 'wat doet dat innovatiecluster?': the one Hub or Fieldlab
    a word of whose name follows a demonstrative or comes before "one"; None if the
    message names a record in full, or the word is in no name or in several."""
    if answerer.records.find(words) is not None:
        return None
    marked = {
        w
        for i, w in enumerate(words)
        if (i and words[i - 1] in _DEMONSTRATIVES) or words[i + 1 : i + 2] in (["one"], ["ones"])
    }
    found = _by_part(answerer, {w for w in marked if _distinctive(w)})
    return found if found != context.record else None


def _by_part(answerer: Answerer, asked: set[str]) -> str | None:
    """The one Hub or Fieldlab whose name holds one of `asked`; None if none or several."""
    if not asked:
        return None
    knowledge = answerer.records.knowledge
    found = []
    for lab in knowledge.fieldlabs:
        if asked & _name_words(lab.name, *lab.aliases):
            found.append(lab.id)
    for hub in knowledge.hubs:
        if asked & _name_words(*(n for n in (hub.name, *hub.aliases) if n)):
            found.append(hub.id)
    return found[0] if len(found) == 1 else None


_KIND_WORDS = {"fieldlab": "fieldlab.", "lab": "fieldlab.", "hub": "hub."}


def _that_record(
    answerer: Answerer, words: list[str], context: Context, lang: str
) -> tuple[str, ...]:
    """'where is that fieldlab?' after an answer about Jan Post: the Fieldlabs that answer
    names; none when the message says no "that fieldlab", or the record in view is one."""
    kinds = {
        _KIND_WORDS[w]
        for i, w in enumerate(words)
        if w in _KIND_WORDS and i and words[i - 1] in _DEMONSTRATIVES - {"the"}
    }
    if len(kinds) != 1 or context.entry is None or answerer.records.find(words) is not None:
        return ()
    (kind,) = kinds
    if (context.record or "").startswith(kind):
        return ()  # "die hub" after a Hub's own answer: the record in view answers
    last = answerer.entry(context.entry, lang)
    if last is None:
        return ()
    said = tokens(last.text)
    named: list[str] = []
    while (found := answerer.records.find(said)) is not None:
        named.append(found[0])
        said = [*said[: found[1]], "|", *said[found[2] :]]
    return tuple(dict.fromkeys(r for r in named if r.startswith(kind)))


def _distinctive(word: str) -> bool:
    """A word that can pick a record by its name: not a stopword nor a word all share."""
    return (len(word) >= 4 or any(c.isdigit() for c in word)) and not (
        is_stopword(word) or word in _LIST_WORDS or word in _HOME_COUNTRY
    )


_HOME_COUNTRY = frozenset("nederland netherlands holland dutch nederlandse".split())


def _name_words(*names: str) -> set[str]:
    return {w for n in names for w in tokens(n) if _distinctive(w)}


_POINTERS = frozenset(
    "die dat deze dit daar andere ander other one ones that this those it the".split()
)
# Words every record of a list shares: they pick none of them.
_LIST_WORDS = frozenset(
    "fieldlab fieldlabs lab labs hub hubs smart industry factory fabriek one ones".split()
)


def _topic_word(entry: str | None) -> str | None:
    """'hub' after an answer about the Hubs in general, 'fieldlab' after one about the
    Fieldlabs; None after anything else."""
    if entry is None:
        return None
    if entry.startswith("hubs."):
        return "hubs"
    if entry.startswith("fieldlabs."):
        return "fieldlabs"
    return None


def _existential(words: list[str]) -> set[str]:
    """ "there" in "is there a hub for…": no pointer back."""
    return {
        "there" for i, w in enumerate(words[1:], 1) if w == "there" and words[i - 1] in _BE
    } | ({"there"} if words[:1] == ["there"] else set())


_BE = frozenset("is are was were isnt arent".split())


def _pointing(words: list[str]) -> set[str]:
    """The words of a message that point back at what was just said; "het" only as the
    subject after its verb ("voor wie is het bedoeld?", not "het programma")."""
    # "op welke doelgroep richt het zich?": "het" before "zich" is the subject too
    subject = {
        "het"
        for i, w in enumerate(words[1:], 1)
        if w == "het" and (words[i - 1] in _VERBS or words[i + 1 : i + 2] == ["zich"])
    }
    adverbs = {w for w in words if _PRONOMINAL.match(w)}
    return (set(_PRONOUNS & set(words)) | adverbs | subject) - _existential(words)


_VERBS = frozenset(
    "is was zijn waren wordt werd heeft had zit zat bestaat kan kost doet deed gaat ging komt"
    " kwam".split()
)


def _leans_on_context(words: list[str], alone: Reply) -> bool:
    """A pronoun answered on its own with something generic: 'wat doen ze daar?'. A list,
    a route or a record's own answer stands on its own."""
    if alone.kind == "list" or (alone.record is not None and alone.entry == alone.record):
        return False  # an entry that only mentions a record ("wat komt er na de hubs") leans
    return bool(_pointing(words)) and len(words) <= 9


def _swap_record(answerer: Answerer, question: str, new_name: str) -> str:
    """The last question about another record: the record it named, or else the place it
    named ("… in Zuid-Holland" -> "… in noord nederland"), gives way to the new name."""
    words = tokens(question)
    found = answerer.records.find(words)
    if found is None:
        place, _ = answerer.directory.find_place(words)
        if place is None:
            return f"{question} {new_name}"
        return " ".join(_place_replaced(answerer, words, place, new_name))
    _, start, end = found
    return " ".join([*words[:start], new_name, *words[end:]])


def _place_replaced(answerer: Answerer, words: list[str], old: str, new: str) -> list[str]:
    """The words with `new` put in place of the place `old` as the user spelled it:
    "welke fieldlabs zijn er in brabant" -> "… in zeeland", though the place found is
    "Noord-Brabant" (a shorter name or a typo of it)."""
    for size in (1, 2, 3):  # the fewest words that name it
        for i in range(len(words) - size + 1):
            if answerer.directory.find_place(words[i : i + size])[0] != old:
                continue
            start = i + 1 if size > 1 and words[i] in _PLACE_PREPOSITIONS else i  # "in zwole"
            return [*words[:start], *tokens(new), *words[i + size :]]
    return [*words, *tokens(new)]


_PLACE_PREPOSITIONS = frozenset("in uit bij rond near around at from voor for".split())


def _meta(answerer: Answerer, context: Context, text: str, lang: str) -> Reply | None:
    """Requests about the last answer: another language, shorter, its source, more."""
    if context.entry is None:
        return None
    last = answerer.entry(context.entry, lang)
    if last is None:
        return None
    if _TO_ENGLISH.search(text):
        return answerer.entry(context.entry, "en")
    if _TO_DUTCH.search(text):
        return answerer.entry(context.entry, "nl")
    if len(text.split()) > (12 if _SOURCE.search(text) else 7):
        return None  # "could you give me the source for that, please?" is still short
    if _SHORTER.search(text):
        first = re.split(r"(?<=[.!?])\s", last.text.strip(), maxsplit=1)[0]
        return replace(last, text=first)
    if _SOURCE.search(text):
        every = citations.unique(last.sources, limit=None)
        lines = [f"• {citations.label(s, lang)}" + (f" ({s.url})" if s.url else "") for s in every]
        body = (
            texts.text("sources_of", lang) + "\n" + "\n".join(lines)
            if lines
            else (texts.text("no_sources", lang))
        )
        return replace(last, text=body, sources=())
    if _MORE.match(text):
        if not last.related:
            return replace(last, text=texts.text("no_more", lang), related=())
        links = tuple(Link(r.entry, r.question) for r in last.related)
        body = texts.text("more_about", lang) + "\n" + "\n".join(f"• {r.question}" for r in links)
        return Reply(body, lang, entry=context.entry, confident=True, kind="answer",
                     related=links, score=100.0)  # fmt: skip
    return None
