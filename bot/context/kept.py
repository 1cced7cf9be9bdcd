"""A follow-up kept on the last entry: its words are what that answer speaks of."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.kinds import (
    _CHECKED_KINDS,
    _STRICT_KINDS,
    _can_answer,
    _own_kind,
    gives_reason,
)
from bot.context.pointers import _ELLIPSIS, _pointing
from bot.context.replies import _answer
from bot.context.standalone import has_topic
from bot.context.thresholds import GOOD_STANDALONE, KEPT_SHARE, SETTLED_SCORE
from bot.context.words import _HOME_COUNTRY, _LISTS
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import Clause

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


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
    if _NOW.search(" ".join(words)) and not answerer.is_figure(entry):
        return None  # "en wie is nu de staatssecretaris?" after the event of 2019: not then
    share = answerer.covers(entry, words, lang)
    if (
        share < KEPT_SHARE
        and not entry.startswith(_LISTS)  # "waar zit die?" after a list: one of the list
        and entry != context.record  # a record's card: where it is, is its field
        and _where_or_when_it_happened(answerer, clause, words, lang)
    ):
        # "Where was it held?" after the 2018 event: where the event was; "where were most
        # of them?" after the count of 2017: of that year's count
        if context.when is not None and context.question is not None:
            dated = _answer(answerer, context.question, context.when, lang, region)
            return dated if dated.entry == entry else None
        share = 1.0
    if share < KEPT_SHARE:
        return None
    if not _can_answer(answerer, entry, intent(clause.text, typos=True), lang):
        return None  # "how many people work at Brainport Industries Campus?" after a card
    if _why_it_never_says(answerer, clause, words, entry, lang):
        return None  # "waarom precies gestopt?" after SMITZH's card, which tells no reason
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
    other = _of_the_kind_asked(answerer, clause, words, context, lang, region)
    if other is not None:
        return other  # "wanneer begonnen?" after what Smart Industry is: when it started
    kept = answerer.entry(entry, lang)
    return replace(kept, resolved=context.question) if kept is not None else None


def _why_it_never_says(
    answerer: Answerer, clause: Clause, words: list[str], entry: str, lang: str
) -> bool:
    """Whether a follow-up asks why something it names happened ("waarom is het gestopt?")
    of an answer that gives no reason. A bare "waarom?" asks of the answer itself, which
    says for itself that it gives no reason (bot/context/repeats.py)."""
    if intent(clause.text, typos=True) != "why" or not answerer.meaningful(words, lang):
        return False
    said = answerer.entry(entry, lang)
    return said is not None and not gives_reason(said.text)


# "nu", "this year", "nowadays": the present, which an answer about what once happened does
# not tell (a figure's latest value does)
_NOW = re.compile(
    r"\b(?:nu|tegenwoordig|momenteel|huidige|now|nowadays|currently|current|today|vandaag|"
    r"dit jaar|this year)\b"
)


# Verbs that say something took place or is somewhere ("vooral", "de meeste", "meer dan de
# helft": where most of it is):
# asked of what is in view, they add no subject.
_HAPPENING = frozenset(
    "held hold holding gehouden houden plaats plaatsgevonden plaatsvinden vond vonden took "
    "take place happen happened happening gebeurd gebeurde georganiseerd organised organized "
    "gepresenteerd presented zit zitten zat zaten ligt liggen lag lagen gevestigd based "
    "located situated vooral meestal mostly mainly gerekend berekend calculated counted "
    "geteld until till meeste most helft half meerderheid majority grootste".split()
)


def _where_or_when_it_happened(
    answerer: Answerer, clause: Clause, words: list[str], lang: str
) -> bool:
    """ "Where was it held?", "wanneer vond dat plaats?": where or when what is in view
    took place, a pointer and no subject of its own."""
    if intent(clause.text, typos=True) not in ("where", "when") or not _pointing(words):
        return False
    return all(w in _HAPPENING for w in answerer.meaningful(words, lang))


def _of_the_kind_asked(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'wanneer begonnen?' after what Smart Industry is, whose answer happens to name a
    year: a kind of question (when, where, who, how many) the last entry is not written
    for, asked of its subject, is the entry that is written for it, when the follow-up
    with that subject finds one surely."""
    entry = context.entry
    asked = intent(clause.text, typos=True)
    # not "who": the last answer's people are asked of ("wie sprak er tijdens de opening?"
    # after the annual event is that event, not the speaker's own entry)
    if entry is None or context.question is None or asked not in _CHECKED_KINDS:
        return None
    if asked in answerer.kinds(entry):
        return None
    own = [w for w in words if not _pointing([w])]
    # the subject as the last question said it, or as the last entry's own question does
    # ("wie heeft dat opgericht?" says no more than "dat")
    found = answerer.records.knowledge.entry(entry)
    said = [context.question] + ([found.title(lang)] if found is not None else [])
    for question in said:
        subject = [w for w in tokens(question) if not is_stopword(w)]
        when = clause.when or context.when
        reply = _answer(answerer, " ".join(own + subject), when, lang, region)
        if not reply.confident or reply.declined or reply.entry in (None, entry):
            continue
        if reply.record is not None:
            continue  # a Hub the last question named is no entry written for the kind asked
        if asked in answerer.kinds(reply.entry or ""):
            return reply
    return None


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


def _offered_before(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    alone: Reply,
    lang: str,
) -> Reply | None:
    """'hoeveel was dat in totaal?' after a question the bot was unsure of ("Bedoelde u:
    Is er subsidie voor Fieldlabs?"): "dat" is what the asker asked, so the one entry
    offered then is meant when it holds the kind of fact asked. Not a question with a
    topic of its own ("en wat gebeurde er het jaar daarvoor op het jaarevent?"), nor one
    that matches well on its own; with several offered, the other readings decide."""
    if context.entry is not None or len(context.offered) != 1 or not _pointing(words):
        return None
    if context.record is not None:
        return None  # a Hub or Fieldlab still in view is what "erbij" points at
    if alone.confident and not alone.declined and alone.score >= GOOD_STANDALONE:
        return None
    if has_topic(answerer, clause, words, lang):
        return None
    (offered,) = context.offered
    if not _can_answer(answerer, offered, intent(clause.text, typos=True), lang):
        return None
    reply = answerer.entry(offered, lang)
    return replace(reply, resolved=context.question) if reply is not None else None


# "wat zegt die over de hubs?", "what does it say about the Hubs?": what the source or
# report in view says of a subject
_SAYS_ABOUT = re.compile(
    r"^(?:(?:en|and|maar|but) )?(?:wat|what) (?:zegt|zei|zeggen|zeiden|schrijft|schreef|"
    r"concludeert|concludeerde|does|did|do) (?:die|dat|deze|dit|het|ze|zij|it|that|this|they)"
    r"(?: (?:er|daar))?(?: (?:say|says|write|conclude|concludes))? (?:over|about|of) (?P<rest>.+)$"
)


def _what_it_says_about(
    answerer: Answerer, words: list[str], context: Context, lang: str
) -> Reply | None:
    """'wat zegt die over de hubs?' after the TNO monitor: "die" is the entry in view, and
    the subject is one its own answer speaks of, so that answer is meant, not the best
    entry about the subject; None when the answer does not speak of it."""
    said = _SAYS_ABOUT.match(" ".join(words))
    entry = context.entry
    if said is None or entry is None or entry.startswith(("smalltalk.", *_LISTS)):
        return None
    if entry == context.record:
        return None  # a card is read by the record's own fields
    subject = answerer.meaningful(tokens(said.group("rest")), lang)
    kept = answerer.entry(entry, lang)
    if not subject or kept is None:
        return None
    if answerer.speaks_of(kept.text, subject, lang) < 1.0:
        return None
    return replace(kept, resolved=context.question)


# "waar was dat?", "where did that happen?": a past event asked of, not where a thing is
_WAS = frozenset("was waren were did gebeurde happened vond".split())
_PART = re.compile(r"(?<=[.!?])\s+|\n+")
_YEAR_OR_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2} [a-z]{3,9}\b")


def _where_the_last_one_happened(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> Reply | None:
    """'en waar was dat?' after who announced the Hub of the north: where what the last
    question asked of took place, the part of the record's description that speaks of it
    (the Techniekpact conference in Assen), not where the record is; None when the last
    question asked where or when itself, or no part of the description says it."""
    record, said = context.record, context.said
    if record is None or context.entry != record or said is None:
        return None
    asked = intent(clause.text, typos=True)
    bare = len(words) == 1  # "where?" after who announced it
    if asked not in ("where", "when") or not (bare or _WAS & set(words)):
        return None
    if not bare and not _where_or_when_it_happened(answerer, clause, words, lang):
        return None
    before = tokens(said)
    if intent(said, typos=True) in ("where", "when"):
        return None  # "waar zit het? … en waar was dat?": the same question again
    named = answerer.records.find(before)
    of_it = before[: named[1]] + before[named[2] :] if named else before
    subject = [w for w in answerer.meaningful(of_it, lang) if not is_stopword(w)]
    card = answerer.entry(record, lang)
    if not subject or card is None:
        return None
    for part in _PART.split(card.text):
        if answerer.speaks_of(part, subject, lang) < 1.0:
            continue
        if asked == "where" and answerer.directory.find_place(tokens(part))[0] is None:
            continue
        if asked == "when" and not _YEAR_OR_DATE.search(part):
            continue
        return replace(card, text=part.strip(), resolved=context.question)
    return None
