"""Whether a message stands on its own or leans on the context: a subject of its own, only a
pointer for a subject, a reference too unclear to guess."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.context.picking import _ordinal
from bot.context.pointers import _ELLIPSIS, _determiners, _pointing
from bot.context.requests import _asks_of_the_last
from bot.context.thresholds import GOOD_STANDALONE, KEPT_SHARE
from bot.context.words import _FIRST_PERSON, _HOME_COUNTRY, _OTHER
from bot.records import FIELD_CUES
from bot.reply import Reply
from bot.text import tokens
from bot.understanding import Clause

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


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
    # "Wanneer is die gepresenteerd?": one everyday word, found in another subject's phrasing
    return not answerer.meaningful(own, lang) or answerer.of_something_else(own, alone.entry, lang)


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
    said = " ".join(words)
    defines = bool(_DEFINES.match(said)) and not _pointing(words) and not _THE_FIELD.match(said)
    subject = _subject_words(answerer, clause, tokens(clause.text), record, lang, defines)
    if not subject:
        return False
    mine = answerer.covers(record, subject, lang)
    if alone.confident and not alone.declined and alone.entry is not None:
        pointers = _pointing(words) | ({"het"} if words[-1:] == ["het"] else set())
        determiners = _determiners(words, pointers)
        subjects = pointers - determiners
        if subjects and (not determiners or subjects - {"het"}):
            # "which hub do they belong to?", "wat is het doel van die Hub?": "they", "die
            # Hub" are the record ("het" there only an article); in "is het nog open, die
            # subsidie?" "het" is the subsidy it names
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
# "wat is de opvolger?", "what's the website?": a field of the record in view, said with
# "the", not a thing to define ("wat is edih?")
_THE_FIELD = re.compile(
    r"^(?:(?:wat|what) (?:is|are|s|zijn|was|were)|whats|wats) (?:de|het|the|zijn|hun|its|their) "
    r"(?:opvolger|opvolgers|successor|successors|vervolg|website|site|status)$"
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
            alone = answerer.records.answer(word, lang, record=record)
            if without is None or without.field != asks.field:
                cues.add(word)
            elif alone is not None and alone.field == asks.field:
                cues.add(word)  # "nog actief": each word asks the status on its own
    place, _ = answerer.directory.find_place(words, clause.names)
    cues |= set(tokens(place or ""))
    return answerer.meaningful([w for w in words if w not in cues], lang)


def _name_like(word: str, clause: Clause) -> bool:
    """A word that names something ("ROI", "space53"), not a word of chatter or a typo."""
    return word in clause.names or (
        any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    )


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


def _leans_on_context(words: list[str], alone: Reply) -> bool:
    """A pronoun answered on its own with something generic: 'wat doen ze daar?'. A list,
    a route or a record's own answer stands on its own."""
    if alone.kind == "list" or (alone.record is not None and alone.entry == alone.record):
        return False  # an entry that only mentions a record ("wat komt er na de hubs") leans
    return bool(_pointing(words)) and len(words) <= 9


# Particles that lean on what was said without pointing at it ("welke is dan voor mij?",
# "hoeveel waren er toen?", "and the website too?"): weak signs, which a topic of the
# message's own outweighs ("ook nog: wanneer is het programma begonnen?").
_PARTICLES = frozenset(
    "dan toen daarna daarvoor nog ook eveneens zelfde then too also again instead same".split()
)

# A stand-in for a noun ("where's the welding one?") and the source of the last answer
# ("According to which source?"): they lean on what was said as a pointer does.
_STAND_INS = frozenset("one ones bron bronnen source sources".split())

_ME = frozenset("mij me mine".split())


def leaning(words: list[str], context: Context) -> str | None:
    """How a message shows that it goes on from the context: "strong" for a pointer
    ("waar zit dat?"), another one ("en die andere?"), an ordinal ("de tweede"), a
    stand-in ("the welding one"), a request about the last answer ("waar staat dat?") or
    the asker's own place said before ("bij welke hub kan ik terecht?" after "ik zit in
    Weert"); "weak" for "en …", "and …" or a particle ("dan", "toen", "also"); else None."""
    said = set(words)
    pointers = _pointing(words)
    # "wanneer is het programma begonnen?": "het" only the article of what it names; "die
    # subsidie" still points back at the one just discussed
    pointing = pointers - (_determiners(words, pointers) & {"het"}) or words[-1:] == ["het"]
    if pointing or _OTHER & said or _STAND_INS & said:
        return "strong"
    if _ordinal(words) is not None or _asks_of_the_last(words):
        return "strong"
    if context.place is not None and (_FIRST_PERSON | _ME) & said:
        return "strong"
    if _ELLIPSIS.match(" ".join(words)) or _PARTICLES & said:
        return "weak"
    return None


def own_topic(answerer: Answerer, clause: Clause, words: list[str], lang: str) -> list[str]:
    """What a message names itself: the name of a Hub or Fieldlab, or its meaningful words
    besides the words that ask a field of a record ("website", "waar"), the words for a
    Hub or Fieldlab and the place it names ("welke subsidies waren er voor het mkb?" ->
    "subsidies", "mkb"; nothing in "wat is de website?", "bij welke hub?")."""
    found = answerer.records.find(words, clause.names)
    if found is not None:
        return words[found[1] : found[2]]
    place, _ = answerer.directory.find_place(words, clause.names)
    skipped = FIELD_CUES | _RECORD_KINDS | _MONTH_NAMES | set(tokens(place or ""))
    # "en in februari 2018?": a date is a part put in place of the last one, no topic
    return [w for w in answerer.meaningful(words, lang) if w not in skipped and not w.isdigit()]


_RECORD_KINDS = frozenset("fieldlab fieldlabs lab labs hub hubs".split())

_MONTH_NAMES = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december"
    " january february march may june july august october".split()
)


def _new_subject(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> bool:
    """Whether a message asks of a subject that is not the one in view: two words of its
    own that the last answer does not speak of. A name alone after "and" ("and ram lab")
    puts that record beside the last one: a follow-up."""
    if answerer.records.find(words, clause.names) is not None:
        return False
    own = own_topic(answerer, clause, words, lang)
    topic = context.entry or context.record
    return len(own) >= 2 and (topic is None or answerer.covers(topic, own, lang) < KEPT_SHARE)


def stands_on_its_own(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    alone: Reply,
    lang: str,
) -> bool:
    """Whether a message is a new topic whatever came before: it matches well on its own,
    names its own topic, and nothing in it leans back, or only a particle or an "and"
    while its subject is a new one. A follow-up reading must never beat a good
    standalone match ("Welke subsidies kan een mkb'er krijgen?" after a Fieldlab's card)."""
    good = alone.confident and not alone.declined and alone.score >= GOOD_STANDALONE
    if not good or not has_topic(answerer, clause, words, lang):
        return False
    lean = leaning(words, context)
    return lean is None or (
        lean == "weak" and _new_subject(answerer, clause, words, context, lang)
    )


def has_topic(answerer: Answerer, clause: Clause, words: list[str], lang: str) -> bool:
    """Whether a message names a topic of its own: a Hub or Fieldlab by name, or two
    meaningful words besides field words ("welke subsidies waren er voor het mkb?")."""
    if answerer.records.find(words, clause.names) is not None:
        return True
    return len(own_topic(answerer, clause, words, lang)) >= 2
