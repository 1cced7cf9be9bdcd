"""`resolve()`: a message read as a follow-up of the context, or None to answer it on its own;
its readings tried in order."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.answerer import _Turn
from bot.context.ellipsis import (
    _more_of_its_kind,
    _more_where_it_is,
    _named_figure,
    _new_place,
    _new_record,
    _new_theme,
    _new_topic,
    _new_when,
    _pointed_place,
    _said_by,
    points_at_its_town,
)
from bot.context.fields import (
    _bare_field,
    _hub_for_the_place,
    _record_field,
    _where_in_its_town,
)
from bot.context.kept import (
    _of_the_topic,
    _offered_before,
    _same_entry,
    _unsure_settled,
    _what_it_says_about,
    _where_the_last_one_happened,
)
from bot.context.people import (
    _own_place,
    _person,
    _person_named_alone,
    _what_the_person_did,
)
from bot.context.picking import (
    _each_listed,
    _named_first,
    _named_part,
    _ordinal,
    _picked,
    _that_record,
    _which_of_list,
)
from bot.context.pointers import (
    _DEMONSTRATIVE,
    _ELLIPSIS,
    _PRONOMINAL,
    _content,
    _pointing,
    _read_words,
    points_back,
)
from bot.context.relative import (
    bare_count,
    count_then,
    counted_as_before,
    counted_of_its_own,
    year_of_the_last,
)
from bot.context.repeats import of_the_kind_stated
from bot.context.replies import (
    _answer,
    _joined,
    _no_figure_for,
    _not_known_of_record,
    _which_of,
    _which_one,
)
from bot.context.report_figures import _figures_in_the_report
from bot.context.requests import (
    _NEW_TOPIC,
    _TO_DUTCH,
    _TO_ENGLISH,
    ASIDE,
    _asks_of_the_last,
    _meta,
    asks_of_the_answer,
)
from bot.context.standalone import (
    _about_the_record,
    _leans_on_context,
    _not_to_the_bot,
    _own_subject,
    _subjectless,
    _unclear_reference,
    has_topic,
    leaning,
    stands_on_its_own,
)
from bot.context.thresholds import GOOD_STANDALONE
from bot.context.units import figure_it_states, kind_of_figure
from bot.context.words import _FIRST_PERSON, _OTHER
from bot.records import asks_person_contact
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.texts import text
from bot.understanding import Clause, Reading, When, read

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


def _introduces(reading: Reading) -> bool:
    """Whether the message tells about the asker ("wij zijn een drukkerij"); a statement
    about something else ("the one in Woensdrecht, what do they do?") is no introduction,
    nor what the asker will do with the answer ("dan bel ik hem even", "I want to look at
    it"): that leans on what was said."""
    if reading.intro is None:
        return False
    said = tokens(reading.intro)
    if (said[:1] and said[0] in _AFTERTHOUGHT) or _pointing(said):
        return False
    return bool(_FIRST_PERSON & set(said))


# "dan kan ik ne keer kijken", "so I can share it": what the asker will do next
_AFTERTHOUGHT = frozenset("dan zodat so then".split())


def refers_back(reading: Reading) -> bool:
    """Whether a message with no conversation before it still points back at something
    ("en die andere?", "what about the other one"): it is read as a follow-up of nothing,
    so it is asked about rather than guessed at."""
    if len(reading.clauses) != 1 or reading.intro is not None:
        return False
    words = tokens(reading.clauses[0].original)
    if len(words) > 6:
        return False  # both readings below are of a short message
    pointing = bool(_pointing(words)) or bool(_OTHER & set(words))
    elliptic = bool(_ELLIPSIS.match(" ".join(words)))
    bare_date = reading.clauses[0].when is not None and not _content(reading.clauses[0].text)
    if len(words) <= 4 and (_ordinal(words) is not None or _asks_of_the_last(words)):
        return True  # "de tweede", "meer?", "waar staat dat?" with nothing before them
    return len(words) <= 6 and elliptic and (pointing or bare_date)


def is_remark(clause: Clause) -> bool:
    """A clause that asks nothing: no question word, no pointer, at most two words
    ("jammer", "helaas niet")."""
    words = tokens(clause.original)
    return len(words) <= 2 and intent(clause.original) is None and not _pointing(words)


def _asks_of_the_record(answerer: Answerer, clause: Clause, context: Context, lang: str) -> bool:
    """Whether a clause of two words asks of the last answer or the record in view ("dank
    je! korter graag", "thanks! website"), or names a record or a place ("bedankt! en
    SPARK?"): no remark next to thanks."""
    words = _read_words(clause.original)
    if asks_of_the_answer(words) or _ELLIPSIS.match(" ".join(words)):
        return True
    if context.record is not None and answerer.records.answer(
        clause.text, lang, record=context.record
    ):
        return True
    return answerer.records.find(words, clause.names) is not None


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
    r"\b(?:er|daar|hier) ?voor in de plaats\b|\bin (?:de|zijn|haar) plaats\b|"
    # "en wat kwam er daarna?", "what came after it?": what followed it
    r"\b(?:kwam|komt) (?:er )?(?:daarna|erna|daar na|achteraan)\b|"
    r"\bcame (?:after|next)(?= (?:it|that|them|this)$|$)"
)


# "wat is zijn telefoonnummer dan bel ik hem even": what the asker will do with the answer
_AFTERTHOUGHT_TAIL = re.compile(
    r"\s+(?:dan|zodat|so that|so) (?:(?:kan|bel|mail|ga|kunnen|can|will) )?(?:ik|we|wij|i)\b.*$"
)


def _without_afterthought(clause: Clause) -> Clause:
    """The clause without a tail that says what the asker will do next: it asks nothing."""
    text = _AFTERTHOUGHT_TAIL.sub("", clause.text)
    original = _AFTERTHOUGHT_TAIL.sub("", clause.original)
    if text == clause.text or not text.strip():
        return clause
    return replace(clause, text=text, original=original)


def _idioms_said(clause: Clause) -> Clause:
    """A clause with an idiom that reads as a field word put in the words of its field."""
    text = _IN_ITS_PLACE.sub("als opvolger", clause.text)
    return clause if text == clause.text else replace(clause, text=text)


# "my Dutch is not so good", "ik spreek geen Engels": the language the asker does not read.
_NOT_READ = re.compile(
    r"\b(?:(?:my|mijn) (?P<mine>dutch|nederlands|english|engels)\b|(?:dont|cant|cannot|geen|"
    r"niet) (?:speak |read |spreek |lees |understand |versta )?(?P<not>dutch|nederlands|english|"
    r"engels)\b)"
)


def _wanted_language(text: str) -> str:
    """The language a message about language asks the last answer in: "can you say that in
    English?", "sorry my Dutch is not so good" (English), "spreek je Nederlands?" (Dutch)."""
    folded = " ".join(tokens(text))
    refused = _NOT_READ.search(folded)
    if refused is not None:
        said = refused.group("mine") or refused.group("not")
        return "nl" if said in ("english", "engels") else "en"
    if _TO_ENGLISH.search(folded) or _TO_DUTCH.search(folded):
        return "en" if _TO_ENGLISH.search(folded) else "nl"
    return "nl" if re.search(r"dutch|nederlands", folded) else "en"


# "do you speak Dutch?", "verstaat u Engels?": whether the bot can, asked of the bot
_CAN_YOU = re.compile(
    r"\b(?:(?:do|can|could) (?:you|u)|(?:you|u) (?:can|could)) (?:\w+ )?(?:speak|understand|"
    r"read)\b|\b(?:spreek|spreekt|versta|verstaat|begrijp|begrijpt|snap|snapt|praat) "
    r"(?:je|jij|u|ge|gij)\b|"
    # "sorry my english is not perfect, you understand me?", "mijn Nederlands is niet zo
    # goed": the asker's own language told, and whether the bot follows it
    r"\b(?:you|u) (?:understand|get|follow) (?:me|mij|my|what)\b|"
    r"\b(?:my|mijn|mn) (?:english|dutch|engels|nederlands|nederlandse?)\b"
)
# What asks for an answer again: "can you say that in English please?"
_SAY_AGAIN = frozenset(
    "say zeggen zeg answer antwoord antwoorden reply repeat herhalen please graag aub "
    "alsjeblieft alstublieft pls that dat it this dit vertalen translate".split()
)


def _of_the_bot(reading: Reading) -> bool:
    """Whether a message about language asks or tells the bot something rather than asking
    for the last answer again: whether it speaks a language ("do u speak dutch btw"), or
    thanks with a word about the asker's own ("Dank je wel, mijn Nederlands is nog niet zo
    goed")."""
    words = tokens(reading.text)
    if _SAY_AGAIN & set(words):
        return False
    if _CAN_YOU.search(" ".join(words)):
        return True
    return reading.thanks and "?" not in reading.text


# "…? dan wil hij misschien gaan", "…? so I can plan": what the asker or someone they speak
# for will do with the answer, said as a sentence of its own after the question
_WHAT_THEY_WILL_DO = re.compile(
    r"^(?:dan|zodat|so that|so|then) (?:\w+ )?(?:ik|we|wij|hij|zij|i|he|she|they)\b"
)


def _without_what_they_will_do(reading: Reading) -> Reading:
    """The message without a later sentence that only says what will be done with the
    answer: it asks nothing, and its "hij" points at no one in the last answer."""
    kept = tuple(
        c
        for n, c in enumerate(reading.clauses)
        if not (
            n
            and intent(c.original) is None
            and _WHAT_THEY_WILL_DO.match(" ".join(tokens(c.original)))
        )
    )
    return reading if len(kept) == len(reading.clauses) else replace(reading, clauses=kept)


# "haar uitspraak over de bottom-up aanpak, kern", "the numbers in it, briefly pls": a last
# word or two that only say how to answer; after an article ("wat is de kern?") it is asked
_HOW_TO_SAY_TAIL = re.compile(
    r"(?<!\bde)(?<!\bhet)(?<!\bthe)(?<!\ba) (?:kern|kernpunt|essentie|gist|kortom|in het kort|"
    r"samengevat|in short|briefly)(?: (?:graag|pls|please|aub|svp))?$"
)


def _without_how_to_say(reading: Reading) -> Reading:
    """The message without a tail that says how to answer it: it asks nothing itself."""
    clauses = tuple(
        replace(
            c,
            text=_HOW_TO_SAY_TAIL.sub("", c.text),
            original=_HOW_TO_SAY_TAIL.sub("", c.original),
        )
        if len(c.text.split()) > 3
        else c
        for c in reading.clauses
    )
    return reading if clauses == reading.clauses else replace(reading, clauses=clauses)


# "peildatum?", "doelgroep" after an answer: a bare noun for one thing asked of it, in the
# words of the question it stands for, so the readings of that question apply
_BARE_ASKED = {
    ("peildatum",): ("tot welk jaar is dat?", "up to which year is that?"),
    ("peiljaar",): ("tot welk jaar is dat?", "up to which year is that?"),
    ("reference", "date"): ("tot welk jaar is dat?", "up to which year is that?"),
    ("cut", "off", "date"): ("tot welk jaar is dat?", "up to which year is that?"),
    ("cutoff", "date"): ("tot welk jaar is dat?", "up to which year is that?"),
    ("datum",): ("wanneer was dat precies?", "when was it exactly?"),
    ("date",): ("wanneer was dat precies?", "when was it exactly?"),
    ("doelgroep",): ("voor wie is het?", "who is it for?"),
    ("doelgroepen",): ("voor wie is het?", "who is it for?"),
    ("target", "group"): ("voor wie is het?", "who is it for?"),
    ("target", "audience"): ("voor wie is het?", "who is it for?"),
}
_BARE_FRAME = frozenset(
    "en and de het the wat what is s was welke which dan then of van it that this dat "
    "daarvan ervan exact exacte precieze precies exactly".split()
)


def _bare_noun_asked(reading: Reading, context: Context) -> Reading | None:
    """'doelgroep' after a Fieldlab's card read as 'voor wie is het?'; None for anything
    more than the noun, or with no answer before it."""
    if len(reading.clauses) != 1 or (context.entry is None and context.record is None):
        return None
    said = tuple(w for w in tokens(reading.clauses[0].original) if w not in _BARE_FRAME)
    asked = _BARE_ASKED.get(said)
    if asked is None:
        return None
    return read(asked[0] if context.lang == "nl" else asked[1])


def resolve(
    answerer: Answerer,
    reading: Reading,
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """The reply to `reading` as a follow-up of `context`, or None to answer it on its own."""
    reading = _without_how_to_say(_without_what_they_will_do(reading))
    noun = _bare_noun_asked(reading, context)
    if noun is not None:
        return resolve(answerer, noun, context, lang, region)  # "peildatum?" after a figure
    answered = context.entry is not None or context.said is not None
    if reading.language and answered:
        # "can you say that in English?": the last answer in the language asked for.
        wanted = _wanted_language(reading.text)
        if wanted == context.lang:
            return None  # "do you speak english?" after an English answer asks the bot
        if _of_the_bot(reading):
            return None  # "spreek je ook Engels?", "dank je, mijn Nederlands is niet zo goed"
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
    if opens_a_new_topic(answerer, reading, context, lang):
        return None  # "andere vraag: wie betaalt die hubs?" says it is no follow-up
    checked = _understood_so(answerer, reading, context, lang)
    if checked is not None:
        return checked  # "dus het is een soort werkplaats?" after what a Fieldlab is
    if (reading.thanks or reading.goodbye) and all(
        is_remark(c) and not _asks_of_the_record(answerer, c, context, lang)
        for c in reading.clauses
    ):
        return None  # "jammer. bedankt": a remark and thanks, nothing asked
    if _new_topic_of_its_own(answerer, reading, context, lang, region):
        return None  # "Welke subsidies kan een mkb'er krijgen?" after a Fieldlab's card
    reached = _person_contact(answerer, reading, context, lang)
    if reached is not None:
        return reached
    if reading.clauses and all(intent(c.original) is None for c in reading.clauses[1:]):
        # "what were main numbers in it? money, companies, jobs": the later words only say
        # which numbers
        clause, words = _asked(reading.clauses[0])
        given = _figures_in_the_report(_Turn(answerer, clause, words, context, lang, region))
        if given is not None:
            return given  # "what were the main numbers in it?" after the TNO publication
    if len(reading.clauses) == 1:
        alone_named = _person_named_alone(answerer, reading.clauses[0].original, context, lang)
        if alone_named is not None:
            return alone_named  # "en Dezentjé?" after Keijzer: Dezentjé's own entry
        clause, words = _asked(reading.clauses[0])
        site = _where_in_its_town(_Turn(answerer, clause, words, context, lang, region))
        if site is not None:
            return site  # "waar precies in dordrecht" after the Duurzaamheidsfabriek
    asked = reading.clauses[0].original if len(reading.clauses) == 1 else reading.text
    others = _the_other_hubs(answerer, _read_words(asked), context, lang)
    if others is not None:
        return others  # "en de andere hubs?", "any other hubs" after BOOST: the list of Hubs
    if _the_others(_read_words(reading.text), context):
        return None  # "and the other four hubs, how much did each receive?" after SMITZH
    if len(reading.clauses) == 1 and not _introduces(reading):
        clause, words = _asked(reading.clauses[0])
        town = _more_where_it_is(_Turn(answerer, clause, words, context, lang, region))
        if town is not None:
            return town  # "zit daar nog meer?" after SAM|XL's card: the Fieldlabs of Delft
    picked = (
        None if _introduces(reading) else _picked(answerer, _read_words(reading.text), context)
    )
    both = _each_listed(answerer, reading, context, lang, picked=picked is not None)
    if both is not None:
        return both  # "which hub are those two in?"
    if picked is None and not _introduces(reading):
        picked = _named_part(answerer, _read_words(reading.text))
    if picked is None and not _introduces(reading):
        named = _that_record(answerer, _read_words(reading.text), context, lang)
        if len(named) > 1:
            return _which_of(answerer, named, lang, "which_of_named")  # of three it names
        picked = named[0] if named else None
    if picked is None and not _introduces(reading):
        picked = _named_by_region(answerer, reading, context)
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
    clause, words = _asked(reading.clauses[0])
    text = " ".join(words)
    meta = _meta(answerer, context, text, lang, lambda: _again_in(answerer, context, lang, region))
    if meta is not None:
        return meta  # "can you say that in English? my colleague reads no Dutch"
    report = _of_that_report(_Turn(answerer, clause, words, context, lang, region))
    if report is not None:
        return report  # "wanneer kwam dat rapport uit?" after Dialogic's count of companies
    cited = _of_the_source_cited(_Turn(answerer, clause, words, context, lang, region))
    if cited is not None:
        return cited  # "Waar werd die gepresenteerd?" after "Wat is de bron?"
    meant = _the_one_it_named(_Turn(answerer, clause, words, context, lang, region))
    if meant is not None:
        return meant  # "welke agenda precies?" after the Implementatieagenda's figure
    says = _what_it_says_about(answerer, words, context, lang)
    if says is not None:
        return says  # "wat zegt die over de hubs?" after the TNO monitor
    said_by = _said_by(_Turn(answerer, clause, words, context, lang, region))
    if said_by is not None:
        return said_by  # "Wat zei Dialogic dan?" after the money in the Fieldlabs
    figure = kind_of_figure(answerer, words, context, lang)
    if figure is not None:
        return figure  # "how much percent?" after the subsidy scheme
    nothing_before = context.entry is None and context.record is None and context.said is None
    of_the_last = _asks_of_the_last(words) or (_ordinal(words) is not None and len(words) <= 4)
    if nothing_before and of_the_last:
        return _which_one(answerer, context, lang)  # "meer?" with nothing before it
    which = _which_of_list(answerer, clause, words, context, lang)
    if which is not None:
        return which  # "waar zit dat?" after a list of three Fieldlabs
    if _introduces(reading):
        return None  # someone who introduces themselves starts afresh
    more = _more_of_its_kind(_Turn(answerer, clause, words, context, lang, region))
    if more is not None:
        return more  # "welke zijn er nog meer in Groningen?" after 5Groningen's card
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
    year = year_of_the_last(answerer, clause, words, context, lang)
    if year is not None:
        return year  # "uit welk jaar is dat?" after the TNO study of 2017
    counted = counted_of_its_own(answerer, clause, words, context, lang, region)
    if counted is not None:
        return counted  # "Hoeveel Fieldlabs waren er in dat jaar?" after the TNO study of 2017
    counted = count_then(answerer, clause, words, context, lang, region)
    if counted is not None:
        return counted  # "Hoeveel waren het er toen?" after when the Fieldlabs started
    counted = counted_as_before(answerer, clause, words, context, lang, region)
    if counted is not None:
        return counted  # "and how many were really active then?" after the companies
    bare = _bare_field(answerer, clause, words, context, lang)
    if bare is not None:
        return bare  # "website?" after BOOST's card
    if _subjectless(answerer, words, context, alone, lang):
        # "how many of those are there in the Netherlands?": its subject is "those", so a
        # good match of its other words is no answer of its own
        alone = replace(alone, score=min(alone.score, GOOD_STANDALONE - 1))
    offered = _offered_before(answerer, clause, words, context, alone, lang)
    if offered is not None:
        return offered  # "hoeveel was dat in totaal?" after "Bedoelde u: … subsidie …?"
    agenda = _of_the_topic(answerer, words, context, alone, lang)
    if agenda is not None:
        return agenda  # "Wanneer werd die van Oost-Nederland gepresenteerd?"
    elliptic = (
        (bool(_ELLIPSIS.match(text)) and len(words) <= 8)
        or _only_a_place(answerer, clause, words, context)
        or (clause.when is not None and bare_count(words))  # "how many were there in 2019?"
    )
    did = _what_the_person_did(answerer, clause, words, context, lang)
    if did is not None:
        return did  # "waar was dat?" after who Jan Post is: the Hub he announced
    happened = _where_the_last_one_happened(answerer, clause, words, context, lang)
    if happened is not None:
        return happened  # "en waar was dat?" after who announced the Hub: where that was
    then = _that_one_of_its_year(_Turn(answerer, clause, words, context, lang, region), alone)
    if then is not None:
        return then  # "Waar werd dat Jaarevent gehouden?" after the Declaration of 2019
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
    # "En in februari 2018?": a date and nothing else is no question of its own, however
    # well an entry about that month matches it
    only_a_date = clause.when is not None and not _undated(clause)
    good_alone = (
        alone.confident
        and not alone.declined
        and alone.score >= GOOD_STANDALONE
        and not only_a_date
    )
    # "Hoeveel medewerkers heeft RoboHouse?": a question word and a record named ask on
    # their own; the last question with its record swapped is no reading of it
    asked_kind = intent(text, typos=True)
    own_question = asked_kind is not None and bool(answerer.records.find(words, clause.names))
    for reading_of in (
        _named_figure,
        _pointed_place,
        _hub_for_the_place,
        _record_field,
        _new_when,
        _new_place,
        _new_theme,
        _new_record,
        _new_topic,
    ):
        if own_question and reading_of in (_new_place, _new_topic):
            continue
        if own_question and asked_kind == "count" and reading_of is _new_record:
            continue  # "hoeveel medewerkers heeft RoboHouse?" is no card of RoboHouse
        reply = reading_of(turn)
        if reply is None:
            continue
        if reply.confident and not reply.declined:
            if good_alone and reply.entry != alone.entry and reply.score < alone.score:
                return None  # "and the number of companies?": well asked on its own
            if good_alone and reply.entry != alone.entry and _defines_a_thing(words):
                return None  # "en wat is dat EDIH dan?" after SMITZH's successor: EDIH itself
            if (
                reading_of is _new_topic
                and _answered_nothing(context)
                and reply.entry != alone.entry
                and _sure(alone)
                # "ok, and in Zeeland?" is the last question for another place
                and answerer.directory.find_place(words, clause.names)[0] is None
            ):
                # "En sinds wanneer bestaat het?" after a question nothing answered: that
                # question's words are no frame to read it in, its own answer is
                return None
            return reply
        if reading_of is _record_field and reply.record == turn.context.record:
            return reply  # "en de website?" of a record without one: honestly not known
        if reading_of is _new_place and (reply.entry or "").startswith("fieldlabs."):
            return reply  # "en in Overijssel?": honestly none there
        if reading_of is _new_when and not _undated(clause) and not _pointing(words):
            return reply  # "en in 2020?" of a question with no figure for 2020: honestly not
        if reading_of is _new_when and _no_figure_for(reply, clause.when):
            return reply  # "En is er ook een cijfer voor 2020?": the figure has none for it
    settled = _unsure_settled(answerer, words, context, alone, lang, elliptic=elliptic)
    if settled is not None:
        return settled
    other = answerer.records.find(words, clause.names)
    if other is not None and other[0] != context.record and _pointing(words):
        # "is dat ook aangesloten bij de Hub Noord?" after a Fieldlab: the Hub it belongs to
        return _hub_of_the_record(answerer, context, other[0], lang)
    if _about_the_record(words, context, alone):
        return _not_known_of_record(answerer, context, lang)
    stated = figure_it_states(answerer, words, clause.names, context, alone, lang)
    if stated is not None:
        return stated  # "hoeveel heeft de provincie erin gestoken?" after SMITZH's card
    spoken = _spoken_of_on_its_card(answerer, words, context, alone, lang, elliptic=elliptic)
    if spoken is not None:
        return spoken  # "en hoeveel heeft de provincie gestoken?" after SMITZH's card
    bare_date = clause.when is not None and not _undated(clause)
    if alone.confident and not alone.declined and _names_what_it_points_at(words):
        return None  # "wanneer is die evaluatie naar de Kamer gegaan?": the evaluation
    if _unclear_reference(words, context, alone, bare_date=bare_date):
        # "Is that up to a certain year?" after the jobs figure: the year it states
        stated = of_the_kind_stated(answerer, clause, words, context, lang)
        return stated if stated is not None else _which_one(answerer, context, lang)
    return None


# "wat is dat EDIH dan?", "what's that TNO monitor?": what a thing the last answer named is
_DEFINES = re.compile(
    r"^(?:(?:ok|oke|okay|en|and|maar|but|so|dus) )*(?:wat|waat|what) (?:is|was|s) "
    r"(?:dat|die|deze|dit|that|this) (?P<thing>.+)$"
)
_FILLERS = frozenset("dan eigenlijk nou precies nu then exactly actually again".split())


def _defines_a_thing(words: list[str]) -> bool:
    """Whether the message asks what a thing is that it names after "that" ("wat is dat
    EDIH dan?"), not what that Hub or Fieldlab is."""
    asked = _DEFINES.match(" ".join(words))
    if asked is None:
        return False
    thing = [w for w in tokens(asked.group("thing")) if w not in _FILLERS]
    kinds = {"hub", "hubs", "fieldlab", "fieldlabs", "lab", "labs", "voor", "for"}
    return bool(thing) and not kinds & set(thing)


# "dus t is gwn n soort werkplaats?", "so it's basically a workshop?": the asker says back
# in their own words what the last answer said, to check they understood it
_SAID_BACK = re.compile(
    r"^(?:(?:huh|oh|ah|ok|oke|okay|dus|so|en|and|maar|but) )*(?:het|t|dat|dit|it|its|that|"
    r"thats|this|ze|zij|die|they|theyre|a fieldlab|een fieldlab|een hub|a hub) (?:is|zijn|are|"
    r"s|is dus|is eigenlijk|is gewoon|are basically)?\s*(?:\w+ )?(?:een soort|soort van|"
    r"a kind of|a sort of|kind of|sort of|like|basically|gewoon|eigenlijk|zoiets als|"
    r"something like)\b"
)


def _understood_so(
    answerer: Answerer, reading: Reading, context: Context, lang: str
) -> Reply | None:
    """The last answer again when the message says it back to check it was understood."""
    entry = context.entry
    if entry is None or entry.startswith(("smalltalk.", "route.")) or len(reading.clauses) != 1:
        return None
    said = " ".join(tokens(reading.clauses[0].original))
    if _SAID_BACK.match(said) is None or answerer.records.find(said.split()) is not None:
        return None
    again = answerer.entry(entry, lang)
    if again is None:
        return None
    return replace(again, text=f"{text('said_back', lang)} {again.text}")


# "dat rapport", "die studie", "that report": the publication the last answer came from
_THAT_REPORT = re.compile(
    r"\b(?:dat|die|dit|deze|that|this|the|het) (?:rapport|report|onderzoek|studie|study|"
    r"publicatie|publication|evaluatie|evaluation|stuk|document|blog|artikel|article|paper)\b"
)


def _of_that_report(turn: _Turn) -> Reply | None:
    """The question asked of the one rare name the last answer says ("Dialogic")."""
    answerer, clause, words, context, lang, region = turn
    if len(context.rare_names) != 1 or not _THAT_REPORT.search(" ".join(words)):
        return None
    by = "van" if lang == "nl" else "of"
    asked = f"{' '.join(words)} {by} {context.rare_names[0]}"
    reply = _answer(answerer, asked, clause.when, lang, region)
    return reply if reply.confident and not reply.declined else None


def _of_the_source_cited(turn: _Turn) -> Reply | None:
    """'Waar werd die gepresenteerd?' after 'Wat is de bron?': the one source just listed
    is what "die" points at, so the question is asked of that publication; None when it
    listed several, or the question names a record, or nothing answers it well."""
    answerer, clause, words, context, lang, region = turn
    pointers = _pointing(words)
    if len(context.cited) != 1 or not pointers or len(words) > 8:
        return None
    if answerer.records.find(words, clause.names) is not None:
        return None
    source = " ".join(tokens(context.cited[0]))
    asked = " ".join(source if w in pointers else w for w in words)
    reply = _answer(answerer, asked, clause.when, lang, region)
    good = reply.confident and not reply.declined and reply.kind == "answer"
    return reply if good and reply.entry not in (None, context.entry) else None


# "welke agenda precies?", "which agenda exactly?": which one of a kind the last answer meant
_WHICH_KIND = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oke|okay) )?(?:welke|welk|which|what) (?P<kind>[a-z]{4,})"
    r"(?: (?:precies|exactly|dan|then|bedoel je|bedoelt u|do you mean|is dat|is that|was dat|"
    r"was that))*$"
)


def _the_one_it_named(turn: _Turn) -> Reply | None:
    """'welke agenda precies?' after an answer that names the Implementatieagenda: the one
    of that kind the last answer names in one word, asked about; None when it names none or
    several, or nothing answers it well."""
    answerer, clause, words, context, lang, region = turn
    asked = _WHICH_KIND.match(" ".join(words))
    if asked is None or context.entry is None or context.entry.startswith("smalltalk."):
        return None
    kind = asked.group("kind")
    last = answerer.entry(context.entry, lang)
    if last is None:
        return None
    # in one word ("Implementatieagenda") or a name before it ("Implementation Agenda")
    named = {w for w in tokens(last.text) if w.endswith(kind) and len(w) > len(kind) + 3}
    before = re.finditer(rf"\b([A-Z][\w-]{{3,}}) {kind}\b", last.text, re.IGNORECASE)
    named |= {f"{m.group(1).lower()} {kind}" for m in before if m.group(1)[0].isupper()}
    if len(named) != 1:
        return None
    what = "wat is de" if lang == "nl" else "what is the"
    reply = _answer(answerer, f"{what} {named.pop()}", clause.when, lang, region)
    good = reply.confident and not reply.declined and reply.score >= GOOD_STANDALONE
    return reply if good and reply.entry != context.entry else None


def _that_one_of_its_year(turn: _Turn, alone: Reply) -> Reply | None:
    """'Waar werd dat Jaarevent gehouden?' after the Declaration signed at the Jaarevent of
    2019: "dat Jaarevent" is the one the last answer dates, so it is asked of that year;
    None when the last answer names it with no year or several, or the question says one."""
    answerer, clause, words, context, lang, region = turn
    if clause.when is not None or context.entry is None or not _names_what_it_points_at(words):
        return None
    last = answerer.entry(context.entry, lang)
    if last is None:
        return None
    nouns = [
        words[at + 1]
        for at, word in enumerate(words[:-1])
        if word in _DEMONSTRATIVE - {"het"} and len(words[at + 1]) >= 4
    ]
    # a thing with a name ("het Smart Industry Jaarevent"), not a verb ("dat gelanceerd")
    named = [n for n in nouns if re.search(rf"\b{n[0].upper()}{re.escape(n[1:])}\b", last.text)]
    years = {
        year
        for sentence in re.split(r"(?<=[.!?])\s+", last.text)
        if any(noun in tokens(sentence) for noun in named)
        for year in re.findall(r"\b(?:19|20)\d\d\b", sentence)
    }
    if len(years) != 1:
        return None
    year = int(years.pop())
    reply = _answer(answerer, clause.text, When(year=year), lang, region)
    good = reply.confident and not reply.declined and reply.entry not in (None, context.entry)
    return reply if good and reply.entry != alone.entry else None


def _answered_nothing(context: Context) -> bool:
    """Whether the last message got no answer of an entry or record (a greeting at most)."""
    return context.entry is None and context.record is None


def _sure(reply: Reply) -> bool:
    return reply.confident and not reply.declined and reply.kind == "answer"


def _named_by_region(answerer: Answerer, reading: Reading, context: Context) -> str | None:
    """'Wie trekt de Hub in het zuiden?': "the Hub" with the region it serves ("het
    zuiden" is Zuid-Nederland) is that Hub, when the words name no record themselves; so
    is "the one in the south" while a Hub is in view, also when a question about it
    follows ("en die van Zuid-Holland, hoe heette die?")."""
    asked = [c for c in reading.clauses if not is_remark(c)] or list(reading.clauses)
    if not asked:
        return None
    clause = asked[0]
    words = _read_words(clause.original)
    if len(asked) > 1 and (len(words) > 5 or not _ONE & set(words)):
        return None  # two questions, the first no more than "the one of a region"
    # a Hub, or the Hubs in general ("What are the hubs for?"), is what "the one" is
    about_hubs = (context.record or "").startswith("hub.") or (context.entry or "").startswith(
        "hubs."
    )
    if not about_hubs and _ONE & set(words) and context.entry is not None:
        # "the one in the East?" after the EDIHs that build on the Hubs, region by region
        about_hubs = _names_hubs_by_region(answerer, context.entry, context.lang)
    hub_in_view = about_hubs and bool(_ONE & set(words))
    if not ({"hub", "hubs"} & set(words) or hub_in_view):
        return None
    found = [hub.id for hub in answerer.records.hub_regions.named_in(words)]
    named = answerer.records.find(words, clause.names)
    if named is not None and named[0] not in found:
        return None  # a record named of its own, not a Hub by its region ("Oost-Nederland")
    return found[0] if len(found) == 1 else None


# "the one in the south", "die in het zuiden": a pointer that stands for a noun
_ONE = frozenset("one die degene".split())


def _names_hubs_by_region(answerer: Answerer, entry: str, lang: str) -> bool:
    """Whether an answer speaks of the Hubs region by region (the EDIHs that build on them):
    "the one in the East" is then a Hub too."""
    said = answerer.entry(entry, lang)
    if said is None or entry.startswith(("smalltalk.", "route.")):
        return False
    words = tokens(said.text)
    regions = {hub.id for hub in answerer.records.hub_regions.named_in(words)}
    return bool({"hub", "hubs"} & set(words)) and len(regions) >= 2


def _names_what_it_points_at(words: list[str]) -> bool:
    """Whether a demonstrative is followed by a noun that says what it points at ("die
    evaluatie", "that report"), so the question can be read without the last answer."""
    return any(
        word in _DEMONSTRATIVE - {"het"}  # "het" is mostly an article
        and at + 1 < len(words)
        and len(words[at + 1]) >= 4
        and not is_stopword(words[at + 1])
        for at, word in enumerate(words)
    )


_WHAT_IS_A = re.compile(r"^(?:wat|what) (?:is|zijn|are|s) (?:een|a|an)\b")


def opens_a_new_topic(answerer: Answerer, reading: Reading, context: Context, lang: str) -> bool:
    """Whether a message says it turns to something else ("andere vraag: …", "trouwens,
    wat is een EDIH?"), unless what it then asks points back ("trouwens, waar zit dat
    eigenlijk?" still asks of what was said) or is only a field of the record in view
    ("btw which hub?", "trouwens, de website?")."""
    said = " ".join(tokens(reading.text))
    if _NEW_TOPIC.match(said):
        return True
    aside = ASIDE.match(said)
    if aside is None:
        return False
    rest = tokens(said[aside.end() :])
    if points_back(rest):
        return False
    if len(reading.clauses) == 1:
        # "btw which hub? asking for a colleague": what is asked, not the chatter after it
        asked = " ".join(tokens(reading.clauses[0].original))
        turned = ASIDE.match(asked)
        rest = tokens(asked[turned.end() :]) if turned else tokens(asked)
    while rest[:1] in (["en"], ["and"]):
        rest = rest[1:]  # "trouwens, wat …": the comma read as "en"
    content = [w for w in rest if not is_stopword(w)]
    defines = _WHAT_IS_A.match(" ".join(rest)) is not None  # "trouwens, wat is een EDIH?"
    field = (
        answerer.records.answer(" ".join(rest), lang, record=context.record)
        if context.record is not None and 0 < len(content) <= 2 and not defines
        else None
    )
    return field is None or answerer.records.find(rest, frozenset()) is not None


def _asked(said: Clause) -> tuple[Clause, list[str]]:
    """A single question as the follow-up readings read it, and its folded words."""
    clause = _idioms_said(_adverbs_split(_without_afterthought(said)))
    words = _read_words(clause.original)
    while words and words[0] in _ACKNOWLEDGEMENTS and len(words) > 1:
        words = words[1:]  # "ok en het webadres?"
    return clause, words


def _new_topic_of_its_own(
    answerer: Answerer, reading: Reading, context: Context, lang: str, region: str | None
) -> bool:
    """Whether a single question is a new topic that the context must not colour: nothing
    in it leans back, it names its own topic, and it matches well on its own."""
    # "Ook nog: wanneer is het programma begonnen?": a remark before it asks nothing
    asked = [c for c in reading.clauses if not is_remark(c)] or list(reading.clauses)
    if len(asked) != 1:
        return False
    clause, words = _asked(asked[0])
    if leaning(words, context) == "strong" or not has_topic(answerer, clause, words, lang):
        return False  # cheap tests first: most follow-ups stop here
    alone = answerer.clause(clause, lang, region)
    return stands_on_its_own(answerer, clause, words, context, alone, lang)


_PLURAL_KINDS = frozenset("hubs fieldlabs labs".split())
# "hebben die nog een ander fieldlab?": one other than the record in view
_ANOTHER_ONE = frozenset("hub fieldlab lab".split())


# What "en zijn er nog andere hubs?" says besides its kind and "other": that they are there.
_THERE_ARE = frozenset(
    "en de het and the zijn er is are there any welke which what nog meer more other others "
    "andere ander else dan then btw ook also too eigenlijk nou een a exist exists bestaan "
    "bestaat van die those of".split()
)
_MORE_THAN_ONE = _OTHER | frozenset("meer more else others".split())


def _the_other_hubs(
    answerer: Answerer, words: list[str], context: Context, lang: str
) -> Reply | None:
    """The list of Hubs for a message after a Hub that asks only which others there are
    ("en de andere hubs?", "zijn er meer hubs", "any other hubs"), nothing of them."""
    said = set(words)
    if not (context.record or "").startswith("hub.") or context.listed:
        return None
    if not {"hub", "hubs"} & said or not _MORE_THAN_ONE & said:
        return None
    if said - _THERE_ARE - {"hub", "hubs"}:
        return None  # "and the other four hubs, how much did each receive?" asks of them
    return answerer.entry("hubs.list", lang)


def _the_others(words: list[str], context: Context) -> bool:
    """Whether a message asks of the others of a kind than the record in view ("en de
    andere hubs?" after SMITZH): not that record, and with no list to pick from."""
    if context.record is None or context.listed or points_at_its_town(words):
        return False  # "other fieldlabs in the same city" asks of its town
    more = " nog meer " in f" {' '.join(words)} " or "else" in words  # "welke hubs nog meer"
    if _OTHER & set(words) and _ANOTHER_ONE & set(words):
        return True
    return (bool(_OTHER & set(words)) or more) and bool(_PLURAL_KINDS & set(words))


def _spoken_of_on_its_card(
    answerer: Answerer,
    words: list[str],
    context: Context,
    alone: Reply,
    lang: str,
    *,
    elliptic: bool,
) -> Reply | None:
    """'and the gemeente Den Haag also gave money?' right after SMITZH's card, which no
    reading resolved and nothing answers well on its own: "and" goes on about that record,
    whose card speaks of all it asks."""
    record = context.record
    if record is None or context.entry not in (None, record) or not elliptic:
        return None
    if (alone.confident and not alone.declined) or alone.kind in ("smalltalk", "list"):
        return None
    if len(words) > 12 or not answerer.mentions(record, words, lang, share=1.0):
        return None
    card = answerer.entry(record, lang)
    return replace(card, resolved=context.question) if card is not None else None


def _undated(clause: Clause) -> list[str]:
    """The words a clause is about besides its date: none in "2021?" (the year the reader
    left in its text is the date it asks)."""
    year = clause.when.year if clause.when is not None else None
    return [w for w in _content(clause.text) if year is None or w != str(year)]


def _hub_of_the_record(
    answerer: Answerer, context: Context, named: str, lang: str
) -> Reply | None:
    """The Hub the Fieldlab in view belongs to, when the message names a Hub ("is dat ook
    aangesloten bij de Hub Noord?"); None for another record named, which is asked about
    on its own ("and for Gelderland, is that BOOST again?" after the Hub of the north)."""
    record = context.record or ""
    if not (record.startswith("fieldlab.") and named.startswith("hub.")):
        return None
    asked = "bij welke hub hoort het" if lang == "nl" else "which hub is it part of"
    field = answerer.records.answer(asked, lang, record=record)
    return field.reply(lang) if field is not None and field.field == "hub" else None


def _only_a_place(answerer: Answerer, clause: Clause, words: list[str], context: Context) -> bool:
    """'haarlem?' after the Fieldlabs on 3D printing: a message that is only a place asks
    the last list again for that place, as "en in Haarlem?" does."""
    if not (context.entry or "").startswith("fieldlabs.") or context.question is None:
        return False
    place, _ = answerer.directory.find_place(words, clause.names)
    if place is None:
        return False
    return all(w in _PLACE_ONLY or w in tokens(place) for w in words)


# "haarlem?", "in delft dan?": the words of a message that names only a place
_PLACE_ONLY = frozenset("in at near bij rond around dan then en and ook also".split())


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


# The person just answered about: "zijn telefoonnummer", "haar e-mail", "his number".
_HIS_OR_HER = frozenset("zijn haar hem hij zij his her him he she".split())


def _person_contact(
    answerer: Answerer, reading: Reading, context: Context, lang: str
) -> Reply | None:
    """'wat is zijn telefoonnummer?' after the answer about Robin Burghard: his contact
    details are not in the sources (with his Hub's website), not the Hub's contact field."""
    if context.entry is None or not context.entry.startswith("people."):
        return None
    if len(reading.clauses) != 1:
        return None
    clause = reading.clauses[0]
    words = tokens(clause.original)
    if not asks_person_contact(words) or not _HIS_OR_HER & set(words):
        return None  # "wat is jouw telefoonnummer?", "… van het programmabureau?"
    if answerer.records.find(words, clause.names) is not None or clause.names:
        return None  # "en het telefoonnummer van BOOST / van Egbert-Jan Sol?" asks of them
    said = answerer.person_contact(context.entry, lang)
    if said is None:
        return None
    return Reply(said, lang, kind="unknown")


def _again_in(answerer: Answerer, context: Context, lang: str, region: str | None) -> Reply | None:
    """The last answer in another language: the last message read again against the
    context it was read against (a field, a 'not in my sources', a list), else its entry,
    else the last question asked again."""
    if context.said is not None and context.before is not None:
        message = read(context.said)
        reply = resolve(answerer, message, context.before, lang, region)
        if reply is None and len(message.clauses) == 1:
            reply = answerer.clause(message.clauses[0], lang, region, context.before.place)
        elif reply is None:
            # "In English please" after the answers to three questions: all three again
            reply = answerer.message(context.said, lang, context.before, region)
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


_ACKNOWLEDGEMENTS = frozenset(
    "ok oke okay oké top prima mooi thanks dank helder duidelijk cool nice great super "
    "alright perfect perfekt".split()
)
