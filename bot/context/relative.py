"""A year said relative to the last answer ("het jaar daarvoor", "in dat jaar", "toen"), and
a count follow-up that names its own subject but borrows that year or source ("Hoeveel
Fieldlabs waren er in dat jaar?", "En hoeveel bedrijven noemt die publicatie?")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.kinds import _holds_kind
from bot.context.pointers import _pointing
from bot.context.replies import _answer
from bot.context.thresholds import VERIFIED_SHARE
from bot.reply import Reply
from bot.text import intent, is_stopword, tokens
from bot.understanding import Clause, When, numbers_as_digits

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


# "het jaar daarvoor", "the year before": one year before the one in view.
_BEFORE = re.compile(
    r"\b(?:(?:het|dat|een) )?jaar (?:daarvoor|ervoor|daarvóór|eerder)\b|\bhet vorige jaar\b"
    r"|\b(?:the )?(?:year|one) before\b|\bthe previous year\b"
)
# "het jaar daarna", "the year after": one year after it.
_AFTER = re.compile(
    r"\b(?:(?:het|dat|een) )?jaar (?:daarna|erna|later)\b|\bhet volgende jaar\b"
    r"|\b(?:the )?year after\b|\bthe next year\b|\bthe following year\b"
)
# "in dat jaar", "toen", "that year": the year in view itself; not "dat jaar event".
_SAME = re.compile(
    r"\b(?:in )?(?:dat|datzelfde|hetzelfde|die) jaar\b(?! event)|\btoen\b|\bdestijds\b"
    r"|\bop dat (?:moment|tijdstip)\b|\bin die tijd\b"
    r"|\b(?:in )?(?:that|the same) year\b|\bat (?:that|the) (?:time|moment|point)\b"
    r"|\bback then\b"
)

# "the year before last", "het jaar daarvoor weer": two years back, which the shifts do not
# say; "dit jaar" is this calendar year, not the year in view.
_TWO_BACK = re.compile(r"\bbefore last\b|\beerverleden\b|\bdaarvoor weer\b")

_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def _year_in_view(answerer: Answerer, context: Context, lang: str) -> int | None:
    """The year the last answer was about: the one its question asked, else the one year
    its entry's answer names ("Een TNO-studie uit 2017 …"); None when it names several
    (the evaluation over 2015–2020, sent to the Kamer in 2021: which is meant is unsure)."""
    if context.when is not None and context.when.year is not None:
        return context.when.year
    if context.entry is None:
        return None
    said = answerer.entry(context.entry, lang)
    years = set(_YEARS.findall(said.text)) if said is not None else set()
    return int(years.pop()) if len(years) == 1 else None


def said_relative(text: str) -> bool:
    """Whether a message says a year relative to the last answer ("toen", "dat jaar")."""
    folded = " ".join(tokens(text))
    return any(p.search(folded) for p in (_BEFORE, _AFTER, _SAME))


def dated(answerer: Answerer, clause: Clause, context: Context, lang: str) -> Clause:
    """The clause with a year said relative to the last answer made a year of its own
    ("en het jaar daarvoor?" after the annual event of 2019 asks of 2018), the words that
    said it taken out; the clause as it was when it names a year or none is in view."""
    if clause.when is not None:
        return clause
    text = " ".join(tokens(clause.text))
    if _TWO_BACK.search(text):
        return clause  # "the year before last": not one year back; asked as it is
    for pattern, shift in ((_BEFORE, -1), (_AFTER, 1), (_SAME, 0)):
        found = pattern.search(text)
        if found is None:
            continue
        year = _year_in_view(answerer, context, lang)
        if year is None:
            return clause
        rest = " ".join((text[: found.start()] + " " + text[found.end() :]).split())
        return replace(clause, text=rest, when=When(year=year + shift))
    return clause


_COUNT_WORDS = frozenset("hoeveel how many much".split())


def _counted_noun(words: list[str]) -> list[str]:
    """The words a 'how many' question counts, right after its question word: "hoeveel
    Fieldlabs waren er", "how many companies"; none in "hoeveel was dat in totaal?"."""
    for n, word in enumerate(words):
        if word not in _COUNT_WORDS:
            continue
        after = words[n + 1 :]
        while after and after[0] in _COUNT_WORDS:
            after = after[1:]  # "how many"
        noun: list[str] = []
        for word_after in after:
            if is_stopword(word_after) or _pointing([word_after]):
                break
            noun.append(word_after)
        return noun
    return []


def counted_of_its_own(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'Hoeveel Fieldlabs waren er in dat jaar?' after the TNO study of 2017, 'en hoeveel
    fieldlabs tellen ze?' after Dialogic's figure: a count that names what it counts asks
    that figure; its pointer only lends the year or the source in view. Not of a record
    ("hoeveel bedrijven hebben ze bereikt?" after SMITZH asks SMITZH's own figure), nor
    one that names nothing it counts ("hoeveel was dat in totaal?")."""
    if intent(clause.text, typos=True) != "count":
        return None
    if not _pointing(words) and not said_relative(clause.original):
        return None
    if context.entry is None or context.entry == context.record:
        return None
    noun = _counted_noun(tokens(clause.text))
    if not answerer.meaningful(noun, lang):
        return None
    own = " ".join(w for w in tokens(clause.text) if not _pointing([w]))
    how_many = "hoeveel" if lang == "nl" else "how many"
    # "hoeveel fieldlabs tellen" finds nothing sure; "hoeveel fieldlabs" does
    shorter = [f"{how_many} {' '.join(noun[:size])}" for size in range(len(noun), 0, -1)]
    stated = _stated_counts(answerer, context.entry, noun[0], lang)
    if _AUTHORS & set(words) and _counts_it_itself(answerer, context.entry, noun, lang):
        # "how many fieldlabs did they count?" after Dialogic's evaluation, which gives its
        # own count: "they" are its authors, whose figure another source's is not
        kept = answerer.entry(context.entry, lang)
        return replace(kept, resolved=context.question) if kept is not None else None
    when = clause.when or context.when or _then_of_its_count(answerer, clause, context, noun, lang)
    for question in dict.fromkeys([own, *shorter]):
        reply = _answer(answerer, question, when, lang, region)
        if not _a_figure_of(answerer, reply, noun, lang):
            continue
        if reply.entry != context.entry and _own_count_of_the_last(
            answerer, context.entry, reply, noun, lang
        ):
            # "Hoeveel extra budget kwam erbij?" after the Implementatieagenda, whose answer
            # gives "3,5 miljoen euro extra": its own count, not another figure's
            return None
        if stated and not stated & set(_NUMBER.findall(numbers_as_digits(reply.text))):
            # "hoeveel fieldlabs deden daaraan mee?" after the video of twelve Fieldlabs:
            # the last answer's own count, which the general figure does not give
            return None
        return reply
    return None


_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _then_of_its_count(
    answerer: Answerer, clause: Clause, context: Context, noun: list[str], lang: str
) -> When | None:
    """'hoeveel fieldlabs wilden ze toen starten?' after the Actieagenda of 2014, whose
    answer names more than one year: "toen" is the year of its sentence that counts what is
    asked ("10 Fieldlabs begin 2015"), not today."""
    if not said_relative(clause.original) or context.entry is None:
        return None
    said = answerer.entry(context.entry, lang)
    year = _year_counting(said.text, noun[0]) if said is not None else None
    return When(year=year) if year is not None else None


# Who wrote the last answer's report: "volgens hen", "how many did they count?"
_AUTHORS = frozenset("ze zij hen hun they them their".split())


def _counts_it_itself(answerer: Answerer, entry: str, noun: list[str], lang: str) -> bool:
    """Whether an entry that is no figure of its own (a report, an evaluation) speaks of
    what is counted and gives a number. Not a person's entry: what someone said is dated
    and sourced in the figure itself ("en hoeveel fieldlabs waren er toen volgens hem?")."""
    if entry.startswith("people.") or answerer.is_figure(entry):
        return False
    if answerer.covers(entry, noun, lang) < VERIFIED_SHARE:
        return False
    said = answerer.entry(entry, lang)
    return said is not None and said.record is None and _holds_kind(answerer, said, "count")


def _own_count_of_the_last(
    answerer: Answerer, entry: str, found: Reply, noun: list[str], lang: str
) -> bool:
    """Whether the figure found speaks of only part of what is counted ("extra", not
    "budget"), the last answer of as much, and that answer gives a number: the count asked
    is its own. A figure of all that is counted is the figure asked."""
    if found.entry is None:
        return False
    mine = answerer.covers(entry, noun, lang)
    theirs = answerer.covers(found.entry, noun, lang)
    if theirs >= 1.0 or mine <= 0 or mine < theirs:
        return False
    said = answerer.entry(entry, lang)
    return said is not None and _holds_kind(answerer, said, "count")


def _stated_counts(answerer: Answerer, entry: str, counted: str, lang: str) -> set[str]:
    """The numbers an entry's answer gives of what is counted ("twaalf Fieldlabs" -> 12)."""
    said = answerer.entry(entry, lang)
    if said is None:
        return set()
    text = numbers_as_digits(said.text).lower()
    found = re.finditer(rf"({_NUMBER.pattern}) (?:[a-z]+ )?{re.escape(counted[:5])}", text)
    return {m.group(1) for m in found}


def _a_figure_of(answerer: Answerer, reply: Reply, noun: list[str], lang: str) -> bool:
    """Whether a reply is a sure figure, of no record, that speaks of what is counted."""
    if not reply.confident or reply.declined or reply.entry is None:
        return False
    if not answerer.is_figure(reply.entry) or reply.record is not None:
        return False
    return answerer.covers(reply.entry, noun, lang) >= VERIFIED_SHARE


# "uit welk jaar is dat", "from which year is that": the year asked, with a pointer for its
# only subject ("sinds wanneer bestaan ze?" asks more than the year the answer names)
_WHICH_YEAR = re.compile(r"\b(?:welk jaar|which year|what year)\b")
_YEAR_WORDS = frozenset("uit in van welk jaar from which what year".split())
_ONLY_ASKED = frozenset("en and ok oke okay dan then btw eigenlijk precies".split())


def year_of_the_last(
    answerer: Answerer, clause: Clause, words: list[str], context: Context, lang: str
) -> Reply | None:
    """'uit welk jaar is dat?' after the four types of Fieldlab of the TNO study: the year
    is the one the last answer names ("Een TNO-studie uit 2017"), so that answer is meant,
    not another entry that speaks of years; None when it names no single year."""
    if context.entry is None or context.entry.startswith(("smalltalk.", "route.")):
        return None
    if not _WHICH_YEAR.search(" ".join(words)) or len(words) > 7:
        return None
    rest = [w for w in words if w not in _YEAR_WORDS and not _pointing([w])]
    if not _pointing(words) and [w for w in rest if w not in _ONLY_ASKED]:
        return None  # "welk jaar?" alone asks it of the last answer too
    if answerer.meaningful(rest, lang) or _year_in_view(answerer, context, lang) is None:
        return None
    kept = answerer.entry(context.entry, lang)
    return replace(kept, resolved=context.question) if kept is not None else None


# "Hoeveel waren het er toen?", "and how many were there at the start?": a count with no
# subject of its own, of a time the last answer gives.
_COUNT_THEN = re.compile(
    r"^(?:(?:en|and|maar|but|ok) )?(?:hoeveel|how many)(?: (?:waren|zijn|were|are|was|is))?"
    r"(?: (?:het|er|there|dat|those|they|ze|of them))*"
    r"(?: (?:nou|nu|dan|precies|exactly|then|eigenlijk|toen|at the time|back then|at the start|"
    r"bij de start|in het begin|at the beginning|aan het begin|in the beginning|at first))+$"
)
# What such a count can count: the plural the last question asked about.
_COUNTABLE = frozenset(
    "fieldlabs labs hubs bedrijven companies banen jobs ondernemers deelnemers".split()
)


def count_then(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'Hoeveel waren het er toen?' after when the Fieldlabs started: the count of what the
    last question asked about ("Fieldlabs"), for the year of the sentence of the last answer
    that counts them ("De eerste tien Fieldlabs gingen begin 2015 van start"), else the one
    year it names; only a figure of that count answers it."""
    if context.entry is None or context.question is None or clause.when is not None:
        return None
    if not _COUNT_THEN.match(" ".join(words)):
        return None
    nouns = [w for w in tokens(context.question) if w in _COUNTABLE]
    said = answerer.entry(context.entry, lang)
    if not nouns or said is None:
        return None
    year = _year_counting(said.text, nouns[0]) or _year_in_view(answerer, context, lang)
    if year is None:
        return None
    how_many = "hoeveel" if lang == "nl" else "how many"
    reply = _answer(answerer, f"{how_many} {nouns[0]}", When(year=year), lang, region)
    return reply if _a_figure_of(answerer, reply, nouns[:1], lang) else None


def _year_counting(text: str, noun: str) -> int | None:
    """The one year of the first sentence that gives a number of `noun` ("tien Fieldlabs")."""
    for sentence in re.split(r"(?<=[.!?])\s+", numbers_as_digits(text)):
        folded = " ".join(tokens(sentence))
        if not re.search(rf"\b\d+ (?:[a-z]+ )?{re.escape(noun[:5])}", folded):
            continue
        years = set(_YEARS.findall(folded))
        if len(years) == 1:
            return int(years.pop())
    return None


# "how many were there?", "hoeveel waren het er dan?": a count that names nothing it counts.
_BARE_COUNT = re.compile(
    r"^(?:(?:en|and|maar|but|ok) )?(?:hoeveel|how many)(?: (?:waren|zijn|were|are|was|is))?"
    r"(?: (?:het|er|there|dat|those|they|ze))*(?: (?:nou|nu|dan|precies|exactly|then|eigenlijk))*$"
)


def bare_count(words: list[str]) -> bool:
    """Whether a message only asks how many, of nothing it names, a date aside ("how many
    were there in 2019?" after the companies of 2018 asks the companies again)."""
    rest = [w for w in words if not w.isdigit() and w not in ("in", "op", "at")]
    return bool(_BARE_COUNT.match(" ".join(rest)))


# What a count can name of its own: then it borrows nothing from the last question.
_OWN_COUNTED = _COUNTABLE | frozenset(
    "bedrijf company firms mensen people medewerkers employees werknemers workers euro euros "
    "geld money miljoen million procent percent vouchers aanvragen applications scholen "
    "schools projecten projects regio regions provincies provinces lab hub".split()
)
_HOW_MANY = re.compile(r"\b(?:hoeveel|how many)\b")
# "hoeveel daarvan", "how many of them": a part of what was counted, not the same count
_PART_OF = frozenset("daarvan ervan hiervan them those these".split())


def counted_as_before(
    answerer: Answerer,
    clause: Clause,
    words: list[str],
    context: Context,
    lang: str,
    region: str | None,
) -> Reply | None:
    """'and how many were already really active then?' after how many companies still had
    to start: a count that says more of what it counts but names nothing it counts counts
    what the last question counted ("companies"); only a figure of that answers it."""
    if context.question is None or intent(clause.text, typos=True) != "count":
        return None
    said = tokens(clause.text)
    if _OWN_COUNTED & set(said) or not _HOW_MANY.search(" ".join(said)):
        return None
    if _pointing(words) or _PART_OF & set(said):
        return None  # "how many of those are there?", "hoeveel daarvan …": "those" counted
    if not answerer.meaningful(said, lang):
        return None  # "hoeveel waren het er?": a bare count, read elsewhere
    nouns = [w for w in tokens(context.question) if w in _COUNTABLE]
    if not nouns:
        return None
    asked = _HOW_MANY.sub(lambda m: f"{m.group(0)} {nouns[0]}", " ".join(said), count=1)
    reply = _answer(answerer, asked, clause.when or context.when, lang, region)
    return reply if _a_figure_of(answerer, reply, nouns[:1], lang) else None
