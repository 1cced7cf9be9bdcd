"""Whether an answer holds the attribute a question asks for.

"hoeveel hectare heeft die proeftuin in colijnsplaat" matches the Fieldlab in Colijnsplaat
on its place, but no word of its card speaks of hectares: the card would answer another
question. The asked attribute (`understanding/attributes.py`) must be spoken of by the
answer's own text, its entry's answer or its phrasings (synonyms count, as in matching).
What never decides it: record words ("fieldlabs"), generic words, the words that
ask for a record's own field ("welke provincies": the card names them), a sum of money
when the answer states one, its source when it has one. Pure, no I/O.
"""

from __future__ import annotations

import re

from bot.matching import Matcher
from bot.model import KnowledgeBase
from bot.records import FIELD_CUES, MONEY
from bot.reply import Reply
from bot.text import LANGS, is_stopword, tokens
from bot.understanding.attributes import asked_attribute, asks_count
from bot.understanding.numbers import is_number_word

# The records themselves, and the words that stand for them ("which ones", "welke andere").
_RECORD_WORDS = frozenset(
    "fieldlab fieldlabs lab labs hub hubs one ones andere anderen others other".split()
)
# "welke daarvan doet iets met de bouw": one of the records just named is asked.
_OF_THOSE = frozenset("daarvan ervan hiervan".split())
# Where a record is, said in more words than its field's ("op welke plekken", "in which
# places"): the card names them.
_WHERE_WORDS = frozenset("plek plekken plaatsen places place locaties locations sites".split())
# Asking where a figure comes from: the answer's source line says.
_SOURCE_WORDS = frozenset(
    "bron bronnen source sources onderzoek studie study studies publicatie publication "
    "rapport report document stuk".split()
)
# "how many Dutch firms": every record is Dutch; the word narrows nothing.
_HOME = frozenset("nederland nederlandse nederlands netherlands dutch".split())
# "welke bedrijven zitten in RoSF": a record's card names who takes part by their names.
_WHO_TAKES_PART = frozenset(
    "bedrijf bedrijven company companies firms firma organisatie organisaties "
    "ondernemingen consortium".split()
)
# "met welke technieken zijn ze bezig", "op welke doelgroep richt het zich": a record's card
# tells its themes and, in its description, whom it is for.
_CARD_TELLS = frozenset(
    "thema themas theme themes onderwerp onderwerpen topic topics techniek technieken "
    "technologie technologieen technology technologies techniques focus doelgroep "
    "doelgroepen audience".split()
)
# "welke periode", "which year": a time, told by the years an answer states.
_TIME_WORDS = frozenset(
    "periode periodes period periods jaar jaren year years datum date tijd time maand "
    "month".split()
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# An unknown word as long as this is spoken of when a word of the answer starts with it
# ("implementatie" in "implementatieagenda").
_PART_OF_A_WORD = 5
_AMOUNT = re.compile(r"€|\beuro\b|\bmiljoen\b|\bmillion\b|\bmiljard\b|\bbillion\b", re.I)


def missing_attribute(
    matcher: Matcher,
    knowledge: KnowledgeBase,
    question: str,
    reply: Reply,
    lang: str,
) -> list[str]:
    """The words of the attribute `question` asks for that `reply` does not speak of
    (empty when it asks none, or the reply speaks of all of them)."""
    compared = _compared_with(question)
    if compared is not None and not _FIGURE.search(_YEAR.sub(" ", reply.text)):
        # "Did Siemens invest more than Airborne?": a comparison of two parties is made by
        # figures of both; an answer that states none cannot make it
        return [compared]
    listed = _list_asked(question)
    if listed is not None and reply.record is None and reply.kind != "list":
        # "send me the list of all 680 companies from the TNO monitor": the monitor counts
        # them, it names none; a count is no list of names
        return [listed]
    words = set(tokens(question))
    # what the answer tells, and what its entry is asked by: an entry on the office's
    # opening hours holds them, whichever way its answer puts them
    own = knowledge.entry(reply.entry or "")
    asked_by = [q for qs in own.questions.values() for q in qs] if own is not None else []
    told = set(tokens(reply.text)) | {w for q in asked_by for w in tokens(q)}
    for kind in (_WEEKDAYS, _PLATFORMS):
        if words & kind and not told & kind:
            # "is it open on sunday?", "staat die film op joetjoep?": a day of the week or a
            # platform asked is told only by an answer that names one
            return sorted(words & kind)
    if (
        _OPENING_HOURS.search(" ".join(tokens(question)))
        and not told & _WEEKDAYS
        and not any(_OPENING_HOURS.search(" ".join(tokens(q))) for q in asked_by)
    ):
        # "wanneer is de proeftuin open voor bezoekers, welke dagen?": opening days or hours
        # are told by an answer that names the days
        return ["open"]
    if _EXACT_DATE.search(" ".join(tokens(question))) and not _DAY_MONTH.search(reply.text):
        # "The exact date of it?": a year alone ("Jaarevent 2018") is no date; a month is
        # the nearest the sources may give ("early February 2018")
        return ["date"]
    cost = (_COST | _EARNS) & words
    if cost and not _AMOUNT.search(reply.text):
        # "Wat heeft die evaluatie door Dialogic zelf gekost?": what something cost is an
        # amount; an answer that states none does not say it
        return sorted(cost)
    terms = matcher.analyzer.query_terms(" ".join(asked_attribute(question)), lang)
    if any(t.surface in _RECORD_WORDS | FIELD_CUES | _WHERE_WORDS for t in terms):
        # "welke fieldlabs richten zich op …", "welke regionale hub", "which provinces
        # belong to …": the records or a record's field are asked, which the answer names
        return []
    if terms[:1] and terms[0].surface in _OF_THOSE:
        return []
    counting = asks_count(question)
    if (
        counting
        and reply.record is not None
        and any(t.surface in _WHO_TAKES_PART for t in terms[:1])
    ):
        # "hoeveel bedrijven heeft de Hub Noord geholpen": a card that names who takes part
        # holds their number only when it states one
        return [] if _counts(reply.text, _WHO_TAKES_PART) else [terms[0].surface]
    asked = [
        t
        # only the first word is weighed: the next is as often the verb ("welke bedrijven
        # zaten daar in") as the rest of a name ("patent attorney")
        for t in terms[:1]
        if not matcher.is_generic(t)
        and t.surface not in _HOME
        and not (t.surface in _CARD_TELLS and reply.record is not None)
        and not (
            t.surface in _WHO_TAKES_PART and reply.record is not None and reply.kind != "list"
        )
        and not (t.surface in _SOURCE_WORDS and (reply.sources or "http" in reply.text))
        and not (t.surface in MONEY and _AMOUNT.search(reply.text))
        and not (t.surface in _TIME_WORDS and _YEAR.search(reply.text))
    ]
    if not asked:
        return []
    texts = [(reply.language, reply.text)]
    entry = knowledge.entry(reply.entry or "")
    if entry is not None:
        texts += list(entry.answer.items())
        texts += [(language, q) for language, qs in entry.questions.items() for q in qs]
    said = {
        matcher.analyzer.term(w, language)
        for text_lang, text in texts
        for language in {text_lang, *LANGS}
        for w in tokens(text)
    }
    written = {w for _, text in texts for w in tokens(text)}
    return [
        t.surface
        for t in asked
        if (t.term or matcher.analyzer.term(t.surface, lang)) not in said
        and not (
            t.term is None
            and len(t.surface) >= _PART_OF_A_WORD
            and any(w.startswith(t.surface) for w in written)
        )
    ]


# "more than Airborne", "meer dan Siemens": two parties compared, the second by its name.
_COMPARED = re.compile(
    r"\b(?:more|less|fewer|bigger|larger|smaller|higher|lower|meer|minder|groter|kleiner|"
    r"hoger|lager)(?: \w+)? (?:than|dan) (?P<other>\w+)"
)
# After "than" these are a quantity, not a party ("meer dan de helft", "more than half").
_QUANTITY = frozenset("half helft twice double dubbel keer times".split())
# A figure stated: digits that are no year (taken out first) or a number word.
_FIGURE = re.compile(r"\d")


def _compared_with(question: str) -> str | None:
    """The party a question compares with ("Airborne" in "more than Airborne"), or None."""
    found = _COMPARED.search(" ".join(tokens(question)))
    if found is None:
        return None
    other = found.group("other")
    if other.isdigit() or is_number_word(other) or is_stopword(other) or other in _QUANTITY:
        return None
    return other


# "the list of all 680 companies", "een lijst met alle bedrijven", "the names of the firms".
_LIST_OF = re.compile(
    r"\b(?:list|lijst|lijstje|overzicht|overview|namen|names) (?:of|van|met) "
    r"(?:(?:all|alle|the|de|die|those|these) )*(?:\d+ )?(?P<noun>\w+)"
)


def _list_asked(question: str) -> str | None:
    """The takers-part a question asks a list of ("companies"), or None."""
    found = _LIST_OF.search(" ".join(tokens(question)))
    if found is None or found.group("noun") not in _WHO_TAKES_PART:
        return None
    return found.group("noun")


# What someone earns, told as an amount as a cost is ("wat verdient een programmadirecteur").
_EARNS = frozenset(
    "verdient verdienen verdiende verdienden salaris salarissen loon inkomen earn earns "
    "earned earning earnings salary salaries wage wages income".split()
)
# The days of the week: when something is open or takes place on one.
_WEEKDAYS = frozenset(
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend weekends monday "
    "tuesday wednesday thursday friday saturday sunday sundays saturdays".split()
)
# Opening days or hours asked: "open voor bezoekers, welke dagen", "opening hours",
# "what times is it open".
_OPENING_HOURS = re.compile(
    r"\b(?:openingstijden|openingstijd|openingsuren|bezoekuren|bezoektijden|opening hours)\b|"
    r"\bopen\b(?: \w+){0,6} (?:dagen|days|uur|uren|hours|tijden|times)\b|"
    r"\b(?:dagen|days|uur|hours|tijden|times)\b(?: \w+){0,6} open\b|"
    # "wanneer is het open voor bezoekers", "when is it open to visitors" (not "wanneer
    # ging het open": when it opened, which a year tells)
    r"\b(?:wanneer|when)\b(?: \w+){0,6} open(?: (?:voor|for|to|op|on)\b.*)?$"
)
# An exact date asked, which a year alone does not tell.
_EXACT_DATE = re.compile(
    r"\b(?:exact|exacte|precise|precieze|juiste|specific|specifieke) (?:date|datum|dag|day)\b"
)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|january|february|march|may|june|july|august|october"
)
# A date as near as the sources give it: a month ("begin februari 2018") or a day.
_DAY_MONTH = re.compile(rf"\b(?:{_MONTHS})\b|\b\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}}\b", re.I)
# Where something can be watched or followed online.
_PLATFORMS = frozenset(
    "youtube joetjoep jutub vimeo linkedin instagram facebook twitter tiktok podcast "
    "spotify".split()
)


# What something costs: "wat kost het", "what did it cost", "de prijs van deelname".
_COST = frozenset(
    "kost kosten kostte kostten gekost prijs prijzen tarief tarieven cost costs costed price "
    "prices fee fees".split()
)


# A number is told of the words it is at most this many words in front of ("232 bedrijven",
# "zo'n 300 Nederlandse bedrijven").
_COUNT_REACH = 3


def _counts(text: str, nouns: frozenset[str]) -> bool:
    """Whether `text` puts a number in front of one of `nouns` ("232 bedrijven")."""
    words = tokens(text)
    return any(
        word in nouns
        and any(w.isdigit() or is_number_word(w) for w in words[max(0, at - _COUNT_REACH) : at])
        for at, word in enumerate(words)
    )
