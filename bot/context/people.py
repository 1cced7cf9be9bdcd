"""The one person "haar", "he" stands for, and the asker's own place ("welke hub is voor
mij?")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.repeats import of_the_kind_stated
from bot.context.replies import _answer
from bot.reply import Reply
from bot.text import intent, tokens
from bot.understanding import Clause

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


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
    if context.entry is not None and context.entry.startswith("people.") and "ze" in words:
        # "wie is Mona Keijzer?" … "wat zei ze op het jaarevent?": after an answer about one
        # person, "ze" is she (it is "they" too, so only then)
        said |= {"ze"}
        if said == {"ze"} and _asks_a_field_of_the_record(answerer, clause, context, lang):
            return None  # "en hebben ze een website?" after the Hub's coordinator: the Hub's
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
    if _SAYING & set(words) and _WHAT_WAS_SAID & set(words):
        # "In welk jaar zei hij dat precies?" after his count: the year the last answer
        # gives for what he said
        stated = of_the_kind_stated(answerer, clause, words, context, lang)
        if stated is not None:
            return stated
    asked = " ".join(name if w in said else w for w in tokens(clause.text))
    reply = _answer(answerer, asked, clause.when, lang, region)
    own = _said_in_that_year(answerer, person, clause, lang)
    if own is not None and reply.entry != person:
        return replace(own, resolved=asked)  # "What has she said at the Jaarevent 2019?"
    if reply.confident and not reply.declined:
        return reply
    if intent(clause.text, typos=True) in ("who", "define"):
        found = answerer.entry(person, lang)  # "who is she?": her own entry
        return replace(found, resolved=asked) if found is not None else None
    if _SAYING & set(words):
        return _what_the_person_said(answerer, person, words, lang)
    return None


# "zei hij dat", "did she say this": what the last answer says was said
_WHAT_WAS_SAID = frozenset("dat dit that this".split())

# "wat zei ze over …?", "what did he say about …?": what a person said
_SAYING = frozenset(
    "zei zeiden zegt zeggen vertelde vertelt benadrukte noemde said say says told tell "
    "stressed mentioned".split()
)


def _what_the_person_said(
    answerer: Answerer, person: str, words: list[str], lang: str
) -> Reply | None:
    """'Wat zei zij over de hubs?' after who chaired Team Smart Industry: the sentences of
    her own entry that speak most of what she is asked to have said about; None when no
    sentence of it does."""
    found = answerer.entry(person, lang)
    if found is None:
        return None
    asked = [w for w in words if w not in _SAYING and w not in PERSON_PRONOUNS]
    sentences = re.split(r"(?<=[.!?])\s+", found.text)
    shares = [answerer.speaks_of(s, asked, lang) for s in sentences]
    best = max(shares, default=0.0)
    if best < _SAID_SHARE:
        return None
    kept = [s for s, share in zip(sentences, shares, strict=True) if share == best]
    return replace(found, text=" ".join(kept))


# How much of what a person is asked to have said about their sentence must speak of.
_SAID_SHARE = 0.3


# The fields of a Hub or Fieldlab that no person has: "ze" asking one means "they".
_NO_PERSONS_FIELDS = frozenset("website status labs hub successor partners".split())


def _asks_a_field_of_the_record(
    answerer: Answerer, clause: Clause, context: Context, lang: str
) -> bool:
    """Whether a message asks a field of the record in view that a person cannot have (a
    website, whether it still runs): its "ze" is the record's people, not the one person."""
    if context.record is None:
        return False
    field = answerer.records.answer(clause.text, lang, record=context.record)
    return field is not None and field.field in _NO_PERSONS_FIELDS


def _said_in_that_year(answerer: Answerer, person: str, clause: Clause, lang: str) -> Reply | None:
    """The sentences of a person's own entry that speak of the year the question names
    ("In maart 2019 benadrukte zij …"), or None."""
    year = clause.when.year if clause.when is not None else None
    found = answerer.entry(person, lang) if year is not None else None
    if found is None:
        return None
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", found.text) if str(year) in s]
    if not sentences or len(sentences) == len(re.split(r"(?<=[.!?])\s+", found.text)):
        return None
    return replace(found, text=" ".join(sentences))


# "waar was dat?", "when was that?": a pointer at what was told, not at the person
_THAT = frozenset("dat dit het that this it".split())
_HE_OR_SHE = frozenset("hij zij ze hem haar he she him her his".split())
_YEAR_OR_DATE = re.compile(r"\b(?:19|20)\d\d\b")
# "where does it say that?", "waar staat dat?": where it is written, its source
_WRITTEN = frozenset("say says said staat stond zegt zei source bron bronnen written".split())


def _what_the_person_did(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> Reply | None:
    """'waar was dat?', 'when was that?' after who someone is: "that" is what their answer
    tells they did, the entry it links to that says where or when (the annual event, the
    Hub announced), not the person again; the entry the person was asked of first."""
    person = context.entry or ""
    if not person.startswith("people.") or len(words) > 6:
        return None
    asked = intent(clause.text, typos=True)
    if asked not in ("where", "when") or _HE_OR_SHE & set(words) or _WRITTEN & set(words):
        return None  # "waar werkt ze?" asks of her, "waar staat dat?" the source
    if len(words) > 2 and not _THAT & set(words):
        return None
    if answerer.records.find(words, clause.names) is not None:
        return None
    entry = answerer.records.knowledge.entry(person)
    if entry is None:
        return None
    before = context.before.entry if context.before is not None else None
    first = [before] if before is not None and before in entry.related else []
    for linked in (*first, *entry.related):
        if linked.startswith("people."):
            continue
        card = answerer.entry(linked, lang)
        if card is None:
            continue
        if asked == "when" and not _YEAR_OR_DATE.search(card.text):
            continue
        if asked == "where" and answerer.directory.find_place(tokens(card.text))[0] is None:
            continue
        return replace(card, resolved=context.question)
    return None


# "en Dezentjé?", "and what about Sol?": words that only hand the turn to the name
_HANDING_OVER = frozenset(
    "en and of or wat what about over met with dan then die deze that mevrouw meneer "
    "mr mrs ms de van der".split()
)


def _person_named_alone(
    answerer: Answerer, text: str, context: Context, lang: str
) -> Reply | None:
    """'en Dezentjé?' after what Keijzer said: a person named and nothing asked is that
    person's own entry, not the last question with the name swapped in."""
    said = [w for w in tokens(text) if w not in _HANDING_OVER]
    if not said or len(said) > 4:
        return None
    person = answerer.person_called(said)
    if person is None or person == context.entry:
        return None
    return answerer.entry(person, lang)
