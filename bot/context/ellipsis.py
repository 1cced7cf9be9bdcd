"""The last question asked again of something new: another date, place, theme, record or
subject ("en in Overijssel?", "and the companies?")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.kinds import _STRICT_KINDS, _can_answer, _fits_kind, _holds_kind
from bot.context.pointers import (
    _ELLIPSIS,
    _ELLIPSIS_WORDS,
    _PLACE_NOUNS,
    _PRONOUNS,
    _content,
    _pointing,
    points_at_place,
)
from bot.context.replies import _answer, _not_for_year
from bot.context.thresholds import VERIFIED_SHARE
from bot.context.words import _KIND_WORDS, _LISTS
from bot.directory import asks_what_is_there
from bot.figures import figures_naming
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import read
from bot.understanding.confirming import checks_a_claim, is_claim

if TYPE_CHECKING:
    from bot.context.answerer import Answerer, _Turn
    from bot.context.state import Context
    from bot.model import Entry
    from bot.records import RecordAnswer


_ONE = frozenset("one ones".split())

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
    if all(w.rstrip("s") in _KIND_WORDS for w in asked):
        return None  # "en hubs?" after the count of Fieldlabs counts Hubs, names no source
    return _figures_named(answerer, entry, asked, context, lang)


# "wat zei Dialogic dan?", "and what does TNO say?": who said it, of the figure in view
_WHAT_SAID = re.compile(
    r"^(?:(?:en|and|maar|but) )?(?:wat|what) (?:zei|zeiden|zegt|zeggen|schreef|schrijft|"
    r"noemde|noemt|did|does|do) (?P<who>.+?)(?: (?:dan|daarover|erover|ervan|then|say|"
    r"says|about it|about that|over|of it))*$"
    # "en volgens dialogic?", "and according to TNO?": the same, said with "volgens"
    r"|^(?:(?:en|and|maar|but) )?(?:volgens|according to|according|as per|per) (?P<by>.+?)"
    r"(?: (?:dan|then))?$"
)


def _said_by(turn: _Turn) -> Reply | None:
    """'Wat zei Dialogic dan?' after the money in the Fieldlabs: the value of that figure
    that the source it names gives, as "en Dialogic?" asks it."""
    answerer, clause, words, context, lang, _region = turn
    if context.entry is None or len(words) > 7 or clause.when is not None:
        return None
    said = _WHAT_SAID.match(" ".join(words))
    entry = answerer.records.knowledge.entry(context.entry)
    if said is None or entry is None or not entry.figures:
        return None
    who = [w for w in _content(said.group("who") or said.group("by")) if w not in _ACCORDING]
    return _figures_named(answerer, entry, who, context, lang) if who else None


def _figures_named(
    answerer: Answerer, entry: Entry, who: list[str], context: Context, lang: str
) -> Reply | None:
    """The last entry's card told by the figures whose sources name `who` only."""
    named = figures_naming(entry, who, lang)
    card = answerer.entry(entry.id, lang) if named is not None else None
    if named is None or card is None:
        return None
    body, sources = named
    return replace(card, text=body, sources=sources, resolved=context.question)


def _new_when(turn: _Turn) -> Reply | None:
    """'en eind 2019?', 'and now?': the last question for another date."""
    answerer, clause, words, context, lang, region = turn
    if clause.when is None or context.question is None or len(words) > 8:
        return None
    # "2021?": the year the reader left in the text is the date asked, not a subject
    rest = [w for w in _content(clause.text) if w != str(clause.when.year)]
    elliptic = bool(_ELLIPSIS.match(" ".join(words)))
    topic = context.entry or context.record
    spoken = topic is None or answerer.covers(topic, rest, lang, empty=1.0)
    if rest and not elliptic and spoken < VERIFIED_SHARE:
        return None  # "what's the weather like in Utrecht today?" asks something else
    if elliptic and topic and _a_subject_of_its_own(turn, topic, rest):
        return None  # "En hoeveel was daar toen in geïnvesteerd?" after the count of Fieldlabs
    again = _answer(answerer, context.question, clause.when, lang, region)
    entry = answerer.records.knowledge.entry(context.entry) if context.entry else None
    if (again.entry != context.entry or not again.confident) and entry and entry.figures:
        # "en begin 2020 dan" after a figure the words of the last question only just
        # found: the figure's own question, for the new date
        own = _answer(answerer, entry.title(lang), clause.when, lang, region)
        if own.entry == context.entry:
            return _not_for_year(answerer, replace(own, resolved=context.question), clause.when)
    return _not_for_year(answerer, again, clause.when)


def _a_subject_of_its_own(turn: _Turn, topic: str, rest: list[str]) -> bool:
    """Whether an "en …" with a date names a subject the last answer never speaks of and
    that another entry answers surely on its own: "en hoeveel was daar toen in
    geïnvesteerd?" after the count of Fieldlabs asks the investments of that date. A name
    ("en volgens Sol?") is a source of the last figure, not a subject."""
    answerer, clause, _, _, lang, region = turn
    own = [w for w in answerer.known(rest) if w not in clause.names]
    if not own or answerer.covers(topic, own, lang) > 0:
        return False
    alone = answerer.clause(clause, lang, region)
    return (
        alone.confident
        and not alone.declined
        and alone.entry not in (None, topic)
        and answerer.speaks_of(alone.text, own, lang) >= 0.999
    )


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
    if place is None or _of_its_council(words, place):
        return None
    record = answerer.records.find(words, clause.names)
    if record is not None and set(words[record[1] : record[2]]) - set(tokens(place)):
        return None  # "en Innovatiecluster Drachten?": the record its name says, not the town
    others = [w for w in words if not is_stopword(w) and w not in tokens(place)]
    # "what is there in Overijssel?" after a list asks that list of another place
    elliptic = bool(_ELLIPSIS.match(" ".join(words))) or asks_what_is_there(words)
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
    # the words of the last question as capitals: "een" in "zit er een fieldlab in …" is
    # the article, not the village Een, as it was when that question was read
    old, _ = answerer.directory.find_place(
        previous, frozenset(w for w in previous if not is_stopword(w))
    )
    if old is not None:
        province = answerer.directory.province_of
        if province(old) == old and province(place) == place:
            # "en in Groningen?" after the Fieldlabs of Drenthe: the province, not the town
            named = f"de provincie {place}" if lang == "nl" else f"the province of {place}"
            asked = " ".join(_place_replaced(answerer, previous, old, named))
            listed = _answer(answerer, asked, context.when, lang, region)
            if listed.kind == "list":
                return listed
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


# "van de gemeente Den Haag", "from the province of Zuid-Holland": a council that acts
_COUNCIL = frozenset("gemeente provincie municipality province council".split())
_BY_OR_OF = frozenset("van of from door by uit".split())
_ARTICLES = frozenset("de het the".split())


def _of_its_council(words: list[str], place: str) -> bool:
    """Whether a place is named as the council of it that gave or did something ("en van
    de gemeente Den Haag?" after what the state gave SMITZH): a party, not a place to ask
    the last question of again ("en in de provincie Groningen?" is one)."""
    named = tokens(place)
    for at in range(len(words) - len(named) + 1):
        if words[at : at + len(named)] != named:
            continue
        before = [w for w in words[:at] if w not in _ARTICLES and w != "of"] or [""]
        if before[-1] not in _COUNCIL:
            continue
        ahead = [w for w in words[: words.index(before[-1])] if w not in _ARTICLES]
        if ahead and ahead[-1] in _BY_OR_OF:
            return True
    return False


_WHICH = frozenset("welke which what wat".split())

# "welke zijn er nog meer in Groningen?": words that ask for more of the same kind
_MORE_OF = frozenset("nog meer ook andere other others more else also too".split())


def _more_of_its_kind(turn: _Turn) -> Reply | None:
    """'welke zijn er nog meer in Groningen?' after 5Groningen's card: a "which" question
    without a noun asks of the kind of the record in view, so the list of that kind in the
    place it names."""
    answerer, clause, words, context, lang, region = turn
    record = context.record
    if record is None or not words or words[0] not in _WHICH or len(words) > 9:
        return None
    if not _MORE_OF & set(words) or answerer.records.find(words, clause.names) is not None:
        return None
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is None:
        return None
    rest = [w for w in words[1:] if w not in _MORE_OF and w not in tokens(place)]
    if answerer.meaningful(rest, lang) or any(_kind(w) for w in rest):
        return None  # "welke hubs zijn er nog meer in …" names its own kind
    if record.startswith("fieldlab."):
        # a name that is a town and its province ("Groningen"): more of them is the province,
        # which holds the town
        wide = answerer.directory.province_of(place) == place
        where_nl = f"de provincie {place}" if wide else place
        where_en = f"the province of {place}" if wide else place
        nl, en = (
            f"welke fieldlabs zijn er in {where_nl}",
            f"which fieldlabs are there in {where_en}",
        )
    else:
        nl, en = f"welke hub is er voor {place}", f"which hub is there for {place}"
    reply = _answer(answerer, nl if lang == "nl" else en, None, lang, region)
    return reply if reply.confident and not reply.declined else None


# "the same city", "dezelfde plaats": the place of the record in view
_SAME = frozenset("same zelfde dezelfde hetzelfde".split())
_LAB_WORDS = frozenset("fieldlab fieldlabs lab labs".split())


# "are there", "there is": "there" that says something exists, not where
_TO_BE = frozenset("are is were was s be".split())


def points_at_its_town(words: list[str]) -> set[str]:
    """The words that point at the town of the record in view: "daar", "die stad", "the
    same city", "other fieldlabs there"; "are there other fieldlabs?" says "there" of
    nothing."""
    pointer = {w for w in points_at_place(words) if w != "there"}
    for n, word in enumerate(words):
        before = words[n - 1] if n else ""
        after = words[n + 1] if n + 1 < len(words) else ""
        if word == "there" and before not in _TO_BE and after not in _TO_BE:
            pointer.add(word)  # "anything else there?", "and other fieldlabs there"
    for n, word in enumerate(words[:-1]):
        if word in _SAME and words[n + 1] in _PLACE_NOUNS:
            pointer |= {word, words[n + 1]}
    return pointer


def _more_where_it_is(turn: _Turn) -> Reply | None:
    """'zit daar nog meer?', 'are there other fieldlabs in the same city?' after a
    Fieldlab's card: the Fieldlabs of the town the record is in."""
    answerer, clause, words, context, lang, region = turn
    record = context.record or ""
    lab = answerer.records.knowledge.fieldlab(record) if record.startswith("fieldlab.") else None
    if lab is None or not lab.places or len(words) > 12 or not _MORE_OF & set(words):
        return None
    pointer = points_at_its_town(words)
    if not pointer or answerer.records.find(words, clause.names) is not None:
        return None
    if answerer.directory.find_place(words, clause.names)[0] is not None:
        return None  # "zit er in Delft nog meer?" names its own place
    rest = [w for w in words if w not in pointer and w not in _MORE_OF and w not in _LAB_WORDS]
    if answerer.meaningful(rest, lang):
        return None  # "zijn daar nog meer vacatures?" asks of something else there
    place = lab.places[0]
    nl, en = f"welke fieldlabs zijn er in {place}", f"which fieldlabs are there in {place}"
    asked = nl if lang == "nl" else en
    reply = _answer(answerer, asked, None, lang, region)
    return reply if reply.confident and not reply.declined else None


_THERE = frozenset("daar there".split())


def _pointed_place(turn: _Turn) -> Reply | None:
    """'welke hub is daar?' after the Fieldlabs of Drenthe: "daar" is the place the last
    list or route was about, put in its place ("welke hub is voor drenthe")."""
    answerer, clause, words, context, lang, region = turn
    entry = context.entry or ""
    pointer = points_at_place(words)
    if not entry.startswith(_LISTS) or context.question is None or not pointer:
        return None
    if len(words) > 8 or answerer.directory.find_place(words, clause.names)[0] is not None:
        return None
    # The earlier question's own capitals: "zit er een fieldlab in dordrecht?" is about
    # Dordrecht, not the village Een that every lowercase "een" would otherwise name.
    place, _ = answerer.directory.find_place(
        tokens(context.question), read(context.question).names
    )
    if place is None:
        return None
    preposition = "voor" if lang == "nl" else "for"
    asked = [w for w in words if w not in pointer and w not in ("voor", "for", "in")]
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
    if found[0] == context.record and len(words) > found[2] - found[1] + 1:
        # "subsidiebedrag Duurzaamheidsfabriek per jaar" after its card: the same record
        # with something new asked, not the last question again
        return None
    own = answerer.records.answer(clause.text, lang, names=clause.names)
    if own is not None and own.record == found[0]:
        return own.reply(lang)  # "telefoonnummer van boost?" asks a field of its own
    name = " ".join(words[found[1] : found[2]])
    question = _swap_record(answerer, context.question, name)
    field = answerer.records.answer(question, lang)
    if field is None or field.record != found[0]:
        # "en RoboHouse, wat doen ze?", or "en RoboHouse?" after a question that asked no
        # field of a record: the last question says nothing of the new one, so a confident
        # answer of its own about the record it names is meant
        alone = answerer.clause(clause, lang, region)
        if alone.confident and not alone.declined and found[0] in (alone.entry, alone.record):
            return None
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
    if intent(" ".join(words), typos=True) is not None and answerer.records.find(
        words, clause.names
    ):
        return None  # "Hoeveel medewerkers heeft RoboHouse?" names and asks on its own
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
        if checks_a_claim(context.question) or is_claim(context.question):
            # "Het programma is toch in 2013 begonnen?", then "En wanneer was de aftrap?":
            # the claim's frame ("het is toch …") is no frame for a question of its own.
            questions.remove(" ".join(frame + rest))
    # "het" said last stands for a thing ("en wie betaalt het?"), no article of a noun
    if topic is not None and (_pointing(words) or words[-1:] == ["het"]):
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
            end = i + size
            while (
                start > 0
                and words[start - 1] not in _PLACE_PREPOSITIONS
                and answerer.directory.is_place(" ".join(words[start - 1 : end]))
            ):
                start -= 1  # "noord brabant": all of its name, not "brabant" alone
            return [*words[:start], *tokens(new), *words[end:]]
    return [*words, *tokens(new)]


_PLACE_PREPOSITIONS = frozenset("in uit bij rond near around at from voor for".split())
