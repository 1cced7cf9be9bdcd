"""A record picked from the last list or answer: by an ordinal ("the second one"), a word of
its name ("the welding one"), "those two", "that fieldlab"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.fields import _field_asked
from bot.context.pointers import (
    _ELLIPSIS,
    _ELLIPSIS_WORDS,
    _existential,
    _pointing,
    _read_words,
    points_at_place,
)
from bot.context.replies import _joined, _which_of
from bot.context.words import _HOME_COUNTRY, _KIND_WORDS, _OTHER
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import Clause, Reading

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


_BOTH = re.compile(
    r"\b(?:(?:those|these|die|deze|alle|the) (?:two|twee|2)|both|allebei|beide|beiden)\b"
)

_SAME = re.compile(r"\b(?:same|zelfde|dezelfde|hetzelfde)\b")


# "het verschil tussen die twee", "the difference between them", "how do they differ"
_DIFFERENCE_OF_THEM = re.compile(
    r"\b(?:verschil(?:len)?|difference|differences|differ|verschillen) (?:\w+ )?"
    r"(?:tussen )?(?:die|deze|de|the|those|these|them|ze|they|between the|between those|"
    r"between them|between these)(?: twee| two| drie| three| beide| both)?\b"
)


def _each_listed(
    answerer: Answerer, reading: Reading, context: Context, lang: str, *, picked: bool = False
) -> Reply | None:
    """'which hub are those two in?', 'waar zitten ze allebei?': the field asked of each
    record of the last two or three, one part each; 'which hub were they under?' (no record
    of the list picked out) asks of them together: the one Hub they share."""
    if not 2 <= len(context.listed) <= 3 or len(reading.clauses) != 1:
        return None
    clause = reading.clauses[0]
    said = " ".join(tokens(clause.original))
    if _DIFFERENCE_OF_THEM.search(said):
        # "wat is het verschil tussen die twee?": each one's card, side by side
        cards = [answerer.entry(record, lang) for record in context.listed]
        if all(card is not None for card in cards):
            return _joined([card for card in cards if card is not None])
    both = _BOTH.search(said) is not None
    if not both and (picked or not _THEY & set(said.split())):
        return None
    if not both and answerer.records.find(said.split(), clause.names) is not None:
        return None  # "and which hub is SPARK under?" asks of the record it names
    if _SAME.search(" ".join(tokens(clause.original))):
        # "are they both in the same hub?" asks which one each is in
        clause = replace(clause, text=f"which {clause.text}")
    fields = []
    for record in context.listed:
        field = _field_asked(answerer, clause, lang, record)
        if field is None:
            return _what_each_does(answerer, clause, context, lang)
        fields.append(field)
    if not both and all(field.field == "hub" for field in fields):
        # "which hub were they under?": one Hub for all is that Hub, now in view
        shared = answerer.records.shared_hub(context.listed, lang)
        if shared is not None:
            return shared.reply(lang)
    return _joined([field.reply(lang) for field in fields])


def _what_each_does(
    answerer: Answerer, clause: Clause, context: Context, lang: str
) -> Reply | None:
    """'wat doen ze daar precies?' after the two Fieldlabs of Drachten: what each of them
    does, as its card says, not what a Fieldlab is in general."""
    if intent(clause.text, typos=True) not in ("do", "define"):
        return None
    if answerer.meaningful(_read_words(clause.original), lang):
        return None  # "wat doen ze aan scholing?" asks more than what they do
    cards = [answerer.entry(record, lang) for record in context.listed]
    if not all(
        card is not None and card.record == record
        for card, record in zip(cards, context.listed, strict=True)
    ):
        return None
    return _joined([card for card in cards if card is not None])


# "they", "ze", "hun": the records of the last list, all of them
_THEY = frozenset("ze zij hun hen they them their those these".split())


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
    if points_at_place(words) - {"daar", "there"}:
        return None  # "and which hub is for that province?" points at the place listed
    if _ELLIPSIS.match(" ".join(words)) and answerer.directory.find_place(words, clause.names)[0]:
        return None  # "hoe zit dat in Utrecht?" after a list asks the list of another place
    mentioned = [r for r in context.listed if answerer.mentions(r, words, lang, share=1.0)]
    if len(mentioned) == 1:
        # "wie heeft dat gelanceerd?" after two Fieldlabs of which one card says who launched
        # it: that one is meant.
        field = answerer.records.answer(clause.text, lang, record=mentioned[0])
        return field.reply(lang) if field is not None else answerer.entry(mentioned[0], lang)
    if answerer.records.answer(clause.text, lang, record=context.listed[0]) is None:
        return None
    return _which_of(answerer, context.listed, lang)


def _picked(answerer: Answerer, words: list[str], context: Context) -> str | None:
    """The one record of the last list that the message points at with a word of its name
    ("the welding one"), its place ("die andere in Woensdrecht") or else its theme ("the
    construction one"); None if not exactly one.
    Only a message that points ("die", "the one", "andere") picks."""
    if len(context.listed) < 2:
        return None
    nth = _ordinal(words)
    if nth is not None:
        return context.listed[nth] if nth < len(context.listed) else None
    pointers = _POINTERS & set(words) - _existential(words)
    if not (pointers or _which_one_there(answerer, words)):
        return None
    if pointers and pointers <= {"it", "the"} and context.record in context.listed:
        return None  # "It is located in which campus?": "it" is the one in view
    if _OTHER & set(words) and len(context.listed) == 2 and context.record in context.listed:
        # "and the other one?" after one of two listed records was discussed
        return next(r for r in context.listed if r != context.record)
    knowledge = answerer.records.knowledge
    place, _ = answerer.directory.find_place(words)
    place_words = set(tokens(place)) if place else set()
    asked = {w for w in words if _distinctive(w)} - place_words
    said = f" {' '.join(words)} "
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
        if hub is not None and hub.region and f" {' '.join(tokens(hub.region))} " in said:
            found.append((len(asked) + 2, record))  # "the one in the east": its region
        elif place and " ".join(tokens(place)) in places:
            found.append((len(asked) + 1, record))
        elif not place and asked & own:
            found.append((len(asked & own), record))
    if not found and not place:
        # "the construction one, when was it recognised?" after the Fieldlabs of Haarlem:
        # the one listed whose themes the message names
        themes = set(answerer.directory.themes_in(words))
        for record in context.listed:
            lab = knowledge.fieldlab(record)
            if themes and lab is not None and themes & set(lab.themes):
                found.append((len(themes & set(lab.themes)), record))
        if context.record in context.listed and any(r != context.record for _, r in found):
            return None  # "zijn daar ook scholen bij?" after one of the list: that one
    # The one that shares most words ("noord nederland": Hub Noord, not Oost-Nederland).
    best = max((n for n, _ in found), default=0)
    top = [r for n, r in found if n == best]
    return top[0] if len(top) == 1 else None


# "welke zit in Delft?" asks for one; "welke fieldlabs zijn er in Delft?" for a new list
_WHICH = frozenset("welke welk which".split())
_MANY = frozenset("fieldlabs labs hub hubs zijn are waren were er there".split())


def _which_one_there(answerer: Answerer, words: list[str]) -> bool:
    """'welke zit in Delft?', 'which is in Haarlem?' after a list: which one of it is in a
    place, not a new list by place."""
    if not _WHICH & set(words) or _MANY & set(words) or len(words) > 6:
        return False
    return answerer.directory.find_place(words)[0] is not None


_ORDINALS = {
    "first": 0, "eerste": 0, "1st": 0, "second": 1, "tweede": 1, "2nd": 1, "third": 2,
    "derde": 2, "3rd": 2, "fourth": 3, "vierde": 3, "4th": 3, "last": -1, "laatste": -1,
    "latter": -1, "former": 0,
}  # fmt: skip
# no "fifth": "de vijfde hub" is the name the sources give the Hub they do not name

# "waar zit de eerste?", "who leads the third?": an ordinal after an article that ends the
# question is a pick from the list as much as one that opens it.
_ARTICLES = frozenset("de het the".split())

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
        closing = not following and i > 0 and words[i - 1] in _ARTICLES
        if following in _AFTER_ORDINAL or opening or closing or word in ("former", "latter"):
            return _ORDINALS[word]
    return None


_DEMONSTRATIVES = frozenset("die dat deze dit the that this".split())
# What follows a number that is an amount or a share, not part of a name
_AMOUNT_AFTER = frozenset(
    "miljoen miljard million billion euro euros duizend thousand procent percent".split()
)


def _named_part(answerer: Answerer, words: list[str]) -> str | None:
    """'and the bending one?', 'wat doet dat innovatiecluster?': the one Hub or Fieldlab
    a word of whose name follows a demonstrative or comes before "one"; None if the
    message names a record in full, or the word is in no name or in several."""
    if answerer.records.find(words) is not None:
        return None
    marked = {
        w
        for i, w in enumerate(words)
        if ((i and words[i - 1] in _DEMONSTRATIVES) or words[i + 1 : i + 2] in (["one"], ["ones"]))
        # "en die 5,2 miljoen?" is an amount, not 5Groningen
        and not (w.isdigit() and set(words[i + 1 : i + 3]) & _AMOUNT_AFTER)
    }
    found = _by_part(answerer, {w for w in marked if _distinctive(w)})
    # "die proeftuin, wanneer is die begonnen?" may name the record in view too: about it,
    # not the programme's start
    return found


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


def _after_a_demonstrative(words: list[str], at: int) -> bool:
    """Whether the word at `at` follows a demonstrative: "dat fieldlab", or Dutch "wat is
    dat voor (een) fieldlab?" (what kind of Fieldlab is that)."""
    before = words[max(0, at - 3) : at]
    for lead in (before[-1:], before[-2:-1] if before[-1:] == ["voor"] else [],
                 before[-3:-2] if before[-2:] == ["voor", "een"] else []):  # fmt: skip
        if lead and lead[0] in _DEMONSTRATIVES - {"the"}:
            return True
    return False


def _that_record(
    answerer: Answerer, words: list[str], context: Context, lang: str
) -> tuple[str, ...]:
    """'where is that fieldlab?' after an answer about Jan Post: the Fieldlabs that answer
    names; none when the message says no "that fieldlab", or the record in view is one."""
    kinds = {
        _KIND_WORDS[w]
        for i, w in enumerate(words)
        if w in _KIND_WORDS and _after_a_demonstrative(words, i)
    }
    if len(kinds) != 1 or context.entry is None or answerer.records.find(words) is not None:
        return ()
    (kind,) = kinds
    if (context.record or "").startswith(kind):
        return ()  # "die hub" after a Hub's own answer: the record in view answers
    if context.listed:
        # "wat is dat voor fieldlab?" after a list: one of the listed ones
        return tuple(r for r in context.listed if r.startswith(kind))
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


def _name_words(*names: str) -> set[str]:
    return {w for n in names for w in tokens(n) if _distinctive(w)}


_POINTERS = frozenset(
    "die dat deze dit daar andere ander other one ones that this those it the".split()
)

# Words every record of a list shares: they pick none of them.
_LIST_WORDS = frozenset(
    "fieldlab fieldlabs lab labs hub hubs smart industry factory fabriek one ones".split()
)
