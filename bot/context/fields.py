"""A field of the record in view asked ("website?", "waar zit dat?")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.context.kinds import _can_answer, gives_reason
from bot.context.pointers import _pointing
from bot.context.replies import _not_known_of_record
from bot.context.thresholds import GOOD_STANDALONE
from bot.context.words import _FIRST_PERSON, _KIND_WORDS, _LISTS, _OTHER
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import Clause

if TYPE_CHECKING:
    from bot.context.answerer import Answerer, _Turn
    from bot.context.state import Context
    from bot.records import RecordAnswer


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
    if field is None and set(content) <= _FOCUS and intent(clause.text) != "count":
        return answerer.entry(context.record, lang)  # "thema?": what it works on, its card
    return field.reply(lang) if field is not None else None


# Fields that hold no number: "how many companies did they reach?" asks no contact.
_NO_COUNT = frozenset("contact website where status successor".split())


def _field_asked(
    answerer: Answerer, clause: Clause, lang: str, record: str | None
) -> RecordAnswer | None:
    """The field of `record` a follow-up asks, unless it asks a count the field cannot hold."""
    field = answerer.records.answer(_kind_noun_dropped(clause.text), lang, record=record)
    if field is not None and field.field in _NO_COUNT and intent(clause.text) == "count":
        return None
    if (
        field is not None
        and intent(clause.text, typos=True) == "why"
        and not gives_reason(field.text)
    ):
        return None  # "waarom is het gestopt?": that it stopped is no answer to why
    return field


# "die hub", "dat fieldlab", "that lab": a demonstrative and the kind of the record in view
_POINTED_KIND = re.compile(
    r"\b(dat|die|dit|deze|that|this) (?:hub|fieldlab|lab|proeftuin|project|one)\b"
)


def _kind_noun_dropped(text: str) -> str:
    """The question without the noun that only points at the record ("wat is het doel van
    die hub?"): that "hub" names the record, it does not ask which Hub it belongs to."""
    return _POINTED_KIND.sub(r"\1", text)


_PLURAL = frozenset("ze zij hun hen they them their those these".split())


def _the_topic_not_the_record(words: list[str], context: Context) -> bool:
    """'wanneer zijn ze begonnen?' after an answer about the Hubs in general that names one
    Hub: "ze" are the Hubs, not the one record the answer kept in view."""
    entry = context.entry
    if entry is None or entry == context.record or entry.startswith(_LISTS) or context.listed:
        return False  # "what do they do?" after a list of one Fieldlab is that Fieldlab
    if entry.startswith("people."):
        return False  # "their website?" after Marloes Telgenhof: the Hub she works for
    return bool(_PLURAL & set(words))


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
    if field is None and _asks_its_focus(words, clause.text):
        return answerer.entry(context.record, lang)  # "what's their focus?": its card
    if field is None and _asks_whom_to_talk_to(words) and answerer.people_named(context.record):
        return answerer.entry(context.record, lang)  # "who can I talk to there?": its people
    if field is None and _asks_its_members(words, clause.text):
        # "welke bedrijven doen mee?", "wie zitten daar allemaal in?": who works in it, as
        # its own description tells (the partners field)
        members = answerer.records.answer("partners", lang, record=context.record)
        if members is not None and members.known:
            return members.reply(lang)
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
            (len(more) != 1 and not _NAMED_PROPERTY.match(" ".join(words)))
            or answerer.mentions(context.record, more, lang)
            or answerer.covers(context.record, more, lang) > 0
            or not _answered_alone(turn)
        )
        if _pointing(words) and asks_what and len(words) <= 9 and not unheard and spoken:
            return _card_if_it_holds(answerer, clause, context, lang)  # "wat doen ze daar?"
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
            return _card_if_it_holds(answerer, clause, context, lang)
        return None
    return field.reply(lang)


# What a record works on, which its card says (its themes and description): "what's their
# focus?", "met welke technieken zijn ze bezig?", "op welke doelgroep richt het zich?".
_FOCUS = frozenset(
    "focus focussen focust focused focuses richten richt specialise specialize specialises "
    "specializes specialised specialized specialiseren specialiseert gespecialiseerd "
    "specialisatie specialisation specialization specialty speciality expertise thema themas "
    "theme themes technologie technologieen technology technologies techniek technieken "
    "onderwerp onderwerpen topic topics doelgroep doelgroepen".split()
)

# "waar gaat dat over?", "what is it about?": what it is about
_ABOUT = re.compile(r"^(?:(?:en|and) )?(?:waar (?:gaat|gaan) \S+ over|what (?:is|are) \S+ about)$")


def _asks_its_focus(words: list[str], text: str) -> bool:
    """Whether a short question pointing at the record in view asks what it works on; not
    a count ("hoeveel technieken?") or a yes or no ("is robotica hun focus?")."""
    if len(words) > 9 or not _pointing(words) or intent(text) == "count":
        return False
    if words[0] in _YES_NO:
        return False
    return bool(_FOCUS & set(words)) or _ABOUT.match(" ".join(words)) is not None


# Who take part in a record: "welke bedrijven", "which companies", "wie zitten erin"
_MEMBERS = frozenset(
    "bedrijven companies firms ondernemingen organisaties organisations organizations "
    "partijen leden members deelnemers participants".split()
)
_WHO_WHICH = frozenset("welke welk wie which who".split())
_TALK = frozenset("talk speak praten spreken aanspreekpunt".split())
_IN_IT = re.compile(
    r"\b(?:wie|who) (?:zitten|zit|doen|doet|zijn|are|is|take) (?:er |daar |part )?"
    r"(?:allemaal |all )?(?:in|mee|erin|daarin|involved|betrokken|part)\b"
)


def _asks_whom_to_talk_to(words: list[str]) -> bool:
    """'who can I talk to there?', 'met wie kan ik daar praten?'"""
    return bool(_TALK & set(words) and _WHO_WHICH & set(words) and _pointing(words))


def _asks_its_members(words: list[str], text: str) -> bool:
    """Whether a short question pointing at the record in view asks who take part in it;
    not how many ("hoeveel bedrijven doen mee?"): that is a count the card may not hold."""
    leans = bool(_pointing(words)) or words[:1] in (["en"], ["and"])  # "en welke bedrijven?"
    if len(words) > 9 or not leans or intent(text) == "count":
        return False
    said = " ".join(words)
    if _IN_IT.search(said):
        return True
    return bool(_MEMBERS & set(words)) and bool(_WHO_WHICH & set(words))


def _card_if_it_holds(
    answerer: Answerer, clause: Clause, context: Context, lang: str
) -> Reply | None:
    """The card of the record in view, when it can hold the kind of fact asked; "Dat staat
    over … niet in mijn bronnen" when it cannot ("hoeveel bedrijven uit Limburg doen daar
    mee?" of a card that counts nothing): the card again would be no answer."""
    record = context.record or ""
    if not _can_answer(answerer, record, intent(clause.text, typos=True), lang):
        return _not_known_of_record(answerer, context, lang)
    asked = intent(clause.text, typos=True)
    card = answerer.entry(record, lang)
    if asked == "why" and (card is None or not gives_reason(card.text)):
        return _not_known_of_record(answerer, context, lang)  # a card that gives no reason
    counts = asked == "count"
    if counts and _counted_elsewhere(answerer, clause, record, lang):
        return _not_known_of_record(answerer, context, lang)
    if _lists_what_it_never_names(answerer, tokens(clause.text), record, lang):
        return _not_known_of_record(answerer, context, lang)
    if intent(clause.text, typos=True) == "who":
        # "Wie is daar de procescoördinator?" after Hub Noord: the person the card names,
        # whose own answer the question finds well, rather than the whole card again
        alone = answerer.clause(clause, lang, None)
        named = {person for person, _ in answerer.people_named(record)}
        good = alone.confident and not alone.declined and alone.score >= GOOD_STANDALONE
        if good and alone.entry in named:
            return alone
    return answerer.entry(record, lang)


# "welke boeren doen mee?", "which farmers take part?": the kind of thing it asks to list
_WHICH_NOUN = re.compile(r"\b(?:welke|which|wat voor|what kind of) (?P<noun>[a-z]{4,})\b")


def _lists_what_it_never_names(
    answerer: Answerer, words: list[str], record: str, lang: str
) -> bool:
    """Whether a question asks which things of a kind take part ("welke boeren doen daar
    mee?") that the record's card never speaks of: its card lists none of them."""
    asked = _WHICH_NOUN.search(" ".join(words))
    if asked is None or is_stopword(asked.group("noun")):
        return False
    noun = asked.group("noun")
    card = answerer.entry(record, lang)
    if card is None:
        return False
    said = tokens(card.text)
    stem = noun[:5]
    return not any(w == noun or w.startswith(stem) for w in said) and not answerer.mentions(
        record, [noun], lang
    )


def _counted_elsewhere(answerer: Answerer, clause: Clause, record: str, lang: str) -> bool:
    """Whether a count asks of a place the record's card never names ("hoeveel bedrijven uit
    Hengelo doen daar mee?" of BOOST): the card's figure is for all of it, not that place."""
    place, _ = answerer.directory.find_place(tokens(clause.text), clause.names)
    card = answerer.entry(record, lang)
    if place is None or card is None:
        return False
    return not set(tokens(place)) <= set(tokens(card.text))


# "what is the monthly fee for joining there?": a property asked by its name, which a
# card that never speaks of it does not answer
_NAMED_PROPERTY = re.compile(
    r"^(?:(?:en|and) )?(?:what|wat) (?:is|are|was|were|zijn|waren) "
    r"(?:the|their|its|de|het|hun|zijn|haar) "
)

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
    if len(words) >= 4 and len(
        answerer.known(content := [w for w in words if not is_stopword(w)])
    ) < len(content):
        # "wat is het btw-tarief op machines?" after a card names a subject of its own
        # that the knowledge has never heard of, with nothing pointing back at the record
        return False
    after = next((words[n + 1 :] for n, w in enumerate(words) if w in _OF), [])
    named = [w for w in after if not is_stopword(w) and w.rstrip("s") not in _KIND_WORDS]
    return len(answerer.known(named)) == len(named)


_WHAT_CUES = frozenset("wat doen doet what do does doing about over is".split())


# "valt Zeeland daaronder?", "hoort Limburg erbij?", "covers it Zeeland?"
_SERVES = frozenset("valt vallen hoort horen bedient covers serves".split())

_FIELDLAB_WORDS = frozenset("fieldlab fieldlabs lab labs proeftuin proeftuinen".split())


def _hub_for_the_place(turn: _Turn) -> Reply | None:
    """'Does it officially cover Zeeland?', 'valt Zeeland daar ook onder?' after a Hub: whether
    that Hub serves the place is the route for the place, which says which Hub does (or
    that the sources do not confirm it), not the Hub's card again."""
    answerer, clause, words, context, lang, region = turn
    record = context.record or ""
    if not record.startswith("hub.") or not _pointing(words) or len(words) > 10:
        return None
    if _FIRST_PERSON & set(words) or _FIELDLAB_WORDS & set(words):
        return None  # "ik zit in Goes", "welke fieldlabs zijn er in Zeeland?" ask otherwise
    if answerer.records.find(words, clause.names) is not None:
        return None
    if words[0] not in _YES_NO and words[0] not in _SERVES:
        return None  # "wat voor weer is het daar in Utrecht?" asks no yes or no of the Hub
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is None:
        return None
    if turn.answerer.clause(clause, lang, region).kind == "out_of_scope":
        return None  # "is het daar mooi weer in Zeeland?": nothing of the programme asked
    asked = f"welke hub is er voor {place}" if lang == "nl" else f"which hub is there for {place}"
    route = answerer.clause(Clause(asked, asked), lang, region)
    routed = (route.entry or "").startswith("route.") or route.record is not None
    return route if route.confident and not route.declined and routed else None


# "waar precies in dordrecht", "where in Haarlem?": where, a town and nothing else asked
_WHERE_IN_TOWN = frozenset(
    "waar where whereabouts precies exact exactly ergens in zit zitten ligt is it dat die "
    "het dan then located they ze".split()
)


def _where_in_its_town(turn: _Turn) -> Reply | None:
    """'waar precies in dordrecht' after a list with one Fieldlab in Dordrecht, or after
    that Fieldlab's card: the place in that town where it is, not the list of the town."""
    answerer, clause, words, context, lang, _ = turn
    if not {"waar", "where", "whereabouts"} & set(words) or len(words) > 7:
        return None
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is None:
        return None
    town = set(tokens(place))
    if any(w not in _WHERE_IN_TOWN and w not in town for w in words):
        return None
    seen = (*context.listed, *([context.record] if context.record else []))
    there = {
        lab.id
        for lab in answerer.records.knowledge.fieldlabs
        if lab.id in seen and any(p.casefold() == place.casefold() for p in lab.places)
    }
    if len(there) != 1:
        return None
    found = answerer.records.answer("waar zit het precies", lang, record=there.pop())
    return found.reply(lang) if found is not None and found.known else None
