"""Generated follow-up check: two-turn dialogues built from the knowledge's own records.

For every Hub, Fieldlab, town, province and dated figure the knowledge holds, a first turn
names it in several natural ways (a bare name, a greeting, a sentence about the asker first)
and a second turn follows up the way people do (issue 12): a pointer ("waar zit dat?",
"and its website?"), an ellipsis ("en in Overijssel?", "en in 2017?", "en SPARK?"), a request
about the last answer ("in English please", "korter", "bron?") or more of the same ("zit
daar nog meer?", "other hubs?"). Each template has three or more phrasings per language,
chat forms among them. The expected answer is the record or entry the template asks, with
the field as a `must` text, judged as `fieldbot eval` judges a dialogue turn.

    python scripts/followups.py            # per kind: right/total and confident wrong
    python scripts/followups.py --fails K  # also the wrong turns of kinds starting with K
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot import evaluation
from bot.assistant import Assistant, render_plain
from bot.config import load_config
from bot.context.relative import _year_counting
from bot.knowledge import load_knowledge
from bot.model import Fieldlab, Hub, KnowledgeBase
from bot.text import fold

Record = Hub | Fieldlab


@dataclass(frozen=True)
class Dialogue:
    """One generated dialogue of two turns (or three: `between`); the last is scored."""

    kind: str
    lang: str
    first: evaluation.Case
    followup: evaluation.Case
    want_lang: str = ""  # a language request: the language the answer must be in
    style: str = "plain"  # how the follow-up is typed (_STYLES)
    between: tuple[str, ...] = ()  # turns asked between the two, not scored


# How a follow-up is typed around its words: as it is, after thanks or "ok", with chatter
# after it, or with two letters of its longest plain word swapped.
_STYLES = ("plain", "thanks", "chatter", "typo", "ok")
_AROUND = {
    "thanks": {"nl": "dank je! {q}", "en": "thanks! {q}"},
    "ok": {"nl": "ok, {q}", "en": "ok cool, {q}"},
    "chatter": {"nl": "{q}? dan weet ik dat ook weer", "en": "{q}? asking for a colleague"},
}


def _typed(question: str, lang: str, style: str) -> str:
    """The follow-up as typed in `style`."""
    if style == "typo":
        plain = [w for w in question.split() if w.isalpha() and w.islower() and len(w) >= 5]
        if not plain:
            return question
        word = max(plain, key=len)
        slipped = word[0] + word[2] + word[1] + word[3:]
        return question.replace(word, slipped, 1)
    if style in _AROUND:
        return _AROUND[style][lang].format(q=question.rstrip("?").rstrip())
    return question


# A first turn that names a record, in several natural ways.
_NAMING = {
    "nl": (
        "Wat is {n}?",
        "Hoi! Wat doet {n} eigenlijk?",
        "Wij maken kozijnen en zoeken hulp met automatiseren. Kun je me iets vertellen over {n}?",
        "{n}",
        "goedemorgen, ken jij {n}",
    ),
    "en": (
        "What is {n}?",
        "Hi there, what does {n} do?",
        "I run a small machine shop and want to automate. Can you tell me about {n}?",
        "{n}?",
        "hello! ever heard of {n}",
    ),
}
_WHERE_FIRST = {
    "nl": ("Waar zit {n}?", "hoi, waar is {n} gevestigd", "Waar kan ik {n} vinden?"),
    "en": ("Where is {n}?", "hi, where is {n} based", "Where can I find {n}?"),
}

# Follow-ups that point at the record in view.
_POINTER: dict[str, dict[str, tuple[str, ...]]] = {
    "where": {
        "nl": (
            "waar zit dat?",
            "en waar zitten ze",
            "waar is dat gevestigd?",
            "in welke plaats?",
            "waar zitten die eigenlijk",
            "welke stad",
        ),
        "en": (
            "where is it?",
            "and where are they based",
            "btw where's that located",
            "which town",
            "where r they",
            "location?",
        ),
    },
    "website": {
        "nl": (
            "en de website?",
            "wat is hun website",
            "heb je een link?",
            "websiet?",
            "hebben ze een site?",
            "link?",
        ),
        "en": (
            "and its website?",
            "whats their website",
            "do you have a link",
            "url?",
            "do they have a site",
            "web address?",
        ),
    },
    "hub": {
        "nl": (
            "bij welke hub hoort dat?",
            "en welke hub is dat",
            "onder welke hub valt het?",
            "welke hub hoort daarbij",
            "btw welke hub is dat",
        ),
        "en": (
            "which hub is it part of?",
            "and which hub",
            "what hub do they belong to",
            "btw which hub",
            "which regional hub is that under",
        ),
    },
    "lead": {
        "nl": (
            "wie zit erachter?",
            "wie leidt dat",
            "en wie trekt dat?",
            "wie zitten daar achter",
            "wie is de baas daar",
            "wie organiseert het",
        ),
        "en": (
            "who is behind it?",
            "who runs it",
            "and who leads that?",
            "who's in charge there",
            "who organises it",
            "who's behind that",
        ),
    },
    "contact": {
        "nl": (
            "wie is daar de contactpersoon?",
            "bij wie moet ik daar zijn",
            "contactpersoon?",
            "met wie kan ik daar contact opnemen?",
            "wie kan ik bellen",
        ),
        "en": (
            "who is the contact person there?",
            "who should i talk to there",
            "contact person?",
            "who can i contact there",
            "any contact person",
        ),
    },
    "status": {
        "nl": (
            "bestaat dat nog?",
            "is het nog actief",
            "en zijn ze nog bezig?",
            "bestaat dat nog steeds",
            "zijn ze er nog",
            "bestaan ze nog?",
        ),
        "en": (
            "is it still active?",
            "does it still exist",
            "and are they still running?",
            "still around?",
            "are they still going",
            "is it still going?",
        ),
    },
    "successor": {
        "nl": ("en wat kwam er daarna?", "wat is de opvolger", "wat kwam ervoor in de plaats?"),
        "en": ("what came after it?", "and its successor?", "what replaced it"),
    },
    "what": {
        "nl": (
            "wat doen ze?",
            "en wat doen ze daar precies",
            "wat is dat eigenlijk?",
            "wat doet het",
            "wat doen die",
            "wat kan ik daar",
        ),
        "en": (
            "what do they do?",
            "and what do they do there exactly",
            "what is it actually?",
            "wat does it do",
            "what can i do there",
            "what r they doing",
        ),
    },
}

_WHEN_WAS_IT = {
    "nl": (
        "en wanneer was dat?",
        "in welk jaar was dat",
        "wanneer was dat eigenlijk?",
        "welk jaar?",
    ),
    "en": ("and when was that?", "what year was that", "when was this?", "which year?"),
}
_COUNT_THEN = {
    "nl": (
        "Hoeveel waren het er toen?",
        "en hoeveel waren er toen",
        "hoeveel waren het er in het begin",
    ),
    "en": (
        "how many were there at the time?",
        "and how many were there then",
        "how many at the start?",
    ),
}
_ELLIPSIS_PLACE = {
    "nl": ("en in {p}?", "en {p}", "en in {p} dan?", "hoe zit dat in {p}", "wat zit er in {p}"),
    "en": (
        "and in {p}?",
        "what about {p}",
        "and {p}",
        "how about in {p}?",
        "what is there in {p}",
    ),
}
_ELLIPSIS_YEAR = {
    "nl": ("en in {y}?", "en {y}", "hoeveel waren het er in {y}?", "en in het jaar {y} dan"),
    "en": ("and in {y}?", "what about {y}", "and {y}?", "how many were there in {y}"),
}
_ELLIPSIS_RECORD = {
    "nl": ("en {n}?", "en wat is {n} dan", "en hoe zit het met {n}", "en {n} dan"),
    "en": ("and {n}?", "what about {n}", "and how about {n}?", "and {n} then"),
}
_META: dict[str, dict[str, tuple[str, ...]]] = {
    "language": {
        "nl": (
            "in English please",
            "kan dat in het engels?",
            "engels aub",
            "can you say that in english",
        ),
        "en": (
            "in het Nederlands graag",
            "can you answer in dutch?",
            "dutch please",
            "kan dat in het nederlands",
        ),
    },
    "shorter": {
        "nl": ("korter graag", "kan het korter?", "in het kort?", "te lang, korter aub"),
        "en": (
            "shorter please",
            "can you make that shorter?",
            "tl;dr?",
            "too long, short version pls",
        ),
    },
    "measured": {
        "nl": ("wie heeft dat geteld?", "volgens welk onderzoek?", "wie heeft dat berekend"),
        "en": ("who measured that one?", "who counted that", "according to which study?"),
    },
    "source": {
        "nl": ("waar staat dat?", "bron?", "wat is je bron daarvoor", "waar heb je dat vandaan"),
        "en": (
            "source?",
            "where does that come from",
            "what's your source for that",
            "where did you read that",
        ),
    },
}
_MORE_THERE = {
    "nl": (
        "zit daar nog meer?",
        "zijn er nog meer fieldlabs daar",
        "welke fieldlabs zitten er nog meer in die plaats?",
        "en andere fieldlabs in die stad?",
    ),
    "en": (
        "anything else there?",
        "are there more fieldlabs in that town",
        "any other fieldlabs in the same city?",
        "and other fieldlabs there",
    ),
}
_MORE_HUBS = {
    "nl": (
        "welke hubs zijn er nog meer?",
        "en de andere hubs?",
        "zijn er meer hubs",
        "welke andere hubs zijn er",
    ),
    "en": (
        "what other hubs are there?",
        "and the other hubs?",
        "are there more hubs",
        "any other hubs",
    ),
}
_PLACE_LIST = {
    "nl": ("Welke fieldlabs zijn er in {p}?", "hoi, zit er een fieldlab in {p}", "fieldlabs {p}"),
    "en": (
        "Which fieldlabs are there in {p}?",
        "hi, is there a fieldlab in {p}",
        "fieldlabs in {p}?",
    ),
}
_ROUTE = {
    "nl": (
        "Bij welke hub hoort {p}?",
        "Ik heb een bedrijf in {p}, bij welke hub kan ik terecht?",
        "hub voor {p}?",
    ),
    "en": (
        "Which hub is for {p}?",
        "My company is in {p}, which hub can I go to?",
        "hub for {p}?",
    ),
}
# The figure question of an entry, asked for a year, and the year's own ask.
_FIGURE_FIRST = {
    "results.fieldlab-count": {
        "nl": "Hoeveel fieldlabs waren er in {y}?",
        "en": "How many fieldlabs were there in {y}?",
    },
    "results.investments": {
        "nl": "Hoeveel is er in {y} in de fieldlabs geïnvesteerd?",
        "en": "How much was invested in the fieldlabs in {y}?",
    },
    "results.companies": {
        "nl": "Hoeveel bedrijven deden er in {y} mee aan de fieldlabs?",
        "en": "How many companies took part in the fieldlabs in {y}?",
    },
}


def _slug(name: str) -> str:
    return fold(name).replace("'", "").replace(" ", "-").strip("-")


def _case(
    q: str,
    lang: str,
    kind: str,
    expect: tuple[str, ...],
    must: tuple[str, ...],
    turn: str,
    name: str,
) -> evaluation.Case:
    spelled = tuple(
        "|".join(evaluation._LABEL_SPELLINGS.get(alt, alt) for alt in option.split("|"))
        for option in expect
    )
    return evaluation.Case(q, lang, kind, spelled, must, turn=turn, dialogue=name)


def _names(record: Record) -> list[str]:
    """The record's name and one alias that reads differently."""
    first = record.name or ""
    names = [first] if first else []
    for alias in record.aliases:
        if fold(alias) != fold(first) and fold(first) not in fold(alias) and " in " not in alias:
            names.append(alias)
            break
    return names


def _person_entry(knowledge: KnowledgeBase, name: str) -> str:
    for entry in knowledge.entries:
        if entry.id.startswith("people.") and name in entry.answer.get("nl", ""):
            return entry.id
    return ""


def _hub(knowledge: KnowledgeBase, hub_id: str | None) -> Hub | None:
    return next((h for h in knowledge.hubs if h.id == hub_id), None)


def _province_hub(knowledge: KnowledgeBase, province: str) -> str:
    return next((h.id for h in knowledge.hubs if province in h.provinces), "route.unknown")


def _pointer_expect(
    knowledge: KnowledgeBase, record: Record, field: str
) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(kind, expect, must) the follow-up asking `field` of the record wants; None: skip."""
    rid = record.id
    if field == "where":
        if isinstance(record, Hub):
            return None
        if record.places:
            return "fact", (rid,), (record.places[0],)
        return "gap", (rid,), ()
    if field == "website":
        return (
            ("fact", (rid,), (record.website.split("//")[-1],))
            if record.website
            else ("gap", (rid,), ())
        )
    if field == "hub":
        if not isinstance(record, Fieldlab):
            return None
        hub = _hub(knowledge, record.hub)
        if hub is not None and hub.name:
            return "fact", (f"{rid}|{hub.id}",), (hub.name,)
        around = {_province_hub(knowledge, p) for p in record.provinces} - {"route.unknown"}
        return "gap", (rid, *sorted(around)), ()
    if field == "lead":
        if record.lead:
            return "fact", (rid,), (record.lead[0],)
        people = record.people if isinstance(record, Hub) else ()
        if people:
            entry = _person_entry(knowledge, people[0].name)
            return "fact", (f"{rid}|{entry}" if entry else rid,), (people[0].name,)
        return "gap", (rid,), ()
    if field == "contact":
        people = record.people if isinstance(record, Hub) else ()
        if people:
            entry = _person_entry(knowledge, people[0].name)
            return "fact", (f"{rid}|{entry}" if entry else rid,), (people[0].name,)
        return "gap", (rid,), ()
    if field == "status":
        if record.status == "stopped":
            return "fact", (rid,), ("EDIH",)
        if record.status == "active":
            return "fact", (rid,), ()
        return "gap", (rid,), ()
    if field == "successor":
        if isinstance(record, Hub) and record.successor:
            return "fact", (rid,), ("EDIH",)
        return "gap", (rid,), ()
    if field == "what":
        return "fact", (rid,), ()
    return None


def _records(knowledge: KnowledgeBase) -> list[Record]:
    records: list[Record] = [*knowledge.hubs, *knowledge.fieldlabs]
    return [r for r in records if r.name]


def _towns(knowledge: KnowledgeBase) -> list[str]:
    """Towns that have a Fieldlab, in the knowledge's order."""
    seen: list[str] = []
    for lab in knowledge.fieldlabs:
        for place in lab.places:
            if place not in seen:
                seen.append(place)
    return seen


def generate(knowledge: KnowledgeBase) -> Iterator[Dialogue]:
    """Every generated dialogue, deterministic."""
    n = 0

    def make(
        kind: str,
        lang: str,
        q1: str,
        e1: tuple[tuple[str, ...], tuple[str, ...], str],
        q2: str,
        e2: tuple[str, tuple[str, ...], tuple[str, ...]],
        want_lang: str = "",
    ) -> Dialogue:
        nonlocal n
        n += 1
        name = f"gen-{n}"
        k1, x1, m1 = e1[2], e1[0], e1[1]
        style = _STYLES[n % len(_STYLES)]
        return Dialogue(
            kind,
            lang,
            _case(q1, lang, k1, x1, m1, "first", name),
            _case(_typed(q2, lang, style), lang, e2[0], e2[1], e2[2], "followup", name),
            want_lang,
            style,
        )

    records = _records(knowledge)
    for lang in ("nl", "en"):
        naming, where_first = _NAMING[lang], _WHERE_FIRST[lang]
        for r_i, record in enumerate(records):
            names = _names(record)
            for field, phrasings in _POINTER.items():
                want = _pointer_expect(knowledge, record, field)
                if want is None:
                    continue
                for p_i, q2 in enumerate(phrasings[lang]):
                    label = names[(r_i + p_i) % len(names)]
                    if field == "what":
                        q1 = where_first[(r_i + p_i) % len(where_first)].format(n=label)
                        first_kind = (
                            "fact" if isinstance(record, Fieldlab) and record.places else "gap"
                        )
                    else:
                        q1 = naming[(r_i + p_i) % len(naming)].format(n=label)
                        first_kind = "fact"
                    yield make(
                        f"pointer.{field}", lang, q1, ((record.id,), (), first_kind), q2, want
                    )
            # a third turn: another field after a field, a request or another language
            fields = ("where", "hub", "lead", "status", "website", "what")
            chained = [
                f for f in fields if (_pointer_expect(knowledge, record, f) or ("",))[0] == "fact"
            ]
            for f_i, field in enumerate(chained):
                before = chained[(f_i + 1) % len(chained)]
                for b_i, said in enumerate(
                    (_POINTER[before][lang][r_i % len(_POINTER[before][lang])],
                     _META["shorter"][lang][f_i % 4], _META["source"][lang][f_i % 4])
                ):  # fmt: skip
                    if before == field and b_i == 0:
                        continue
                    want = _pointer_expect(knowledge, record, field)
                    assert want is not None
                    asked_so = _POINTER[field][lang]
                    dialogue = make(
                        f"chain.{field}",
                        lang,
                        naming[(r_i + f_i) % len(naming)].format(n=names[0]),
                        ((record.id,), (), "fact"),
                        asked_so[(r_i + b_i) % len(asked_so)],
                        want,
                    )
                    yield replace(dialogue, between=(said,))
            # ellipsis: the same question of another record of its kind
            same = [o for o in records if type(o) is type(record) and o.id != record.id]
            for p_i, q2 in enumerate(_ELLIPSIS_RECORD[lang]):
                other = same[(r_i * 3 + p_i) % len(same)]
                label = _names(other)[p_i % len(_names(other))]
                q1 = naming[(r_i + p_i) % len(naming)].format(n=names[0])
                yield make(
                    "ellipsis.record",
                    lang,
                    q1,
                    ((record.id,), (), "fact"),
                    q2.format(n=label),
                    ("fact", (other.id,), ()),
                )
            # the place of another record, after the place of this one
            if isinstance(record, Fieldlab) and record.places:
                placed = [
                    o
                    for o in same
                    if isinstance(o, Fieldlab) and o.places and o.places[0] != record.places[0]
                ]
                for p_i, q2 in enumerate(_ELLIPSIS_RECORD[lang][:2]):
                    other = placed[(r_i + p_i) % len(placed)]
                    q1 = where_first[(r_i + p_i) % len(where_first)].format(n=names[0])
                    yield make(
                        "ellipsis.record-where",
                        lang,
                        q1,
                        ((record.id,), (record.places[0],), "fact"),
                        q2.format(n=other.name),
                        ("fact", (other.id,), (other.places[0],)),
                    )
            # requests about the last answer
            for request, options in _META.items():
                if request == "measured":
                    continue  # asked of a figure, below
                for p_i, q2 in enumerate(options[lang]):
                    q1 = naming[(r_i + p_i) % len(naming)].format(n=names[p_i % len(names)])
                    want_lang = ("en" if lang == "nl" else "nl") if request == "language" else ""
                    yield make(
                        f"meta.{request}",
                        lang,
                        q1,
                        ((record.id,), (), "fact"),
                        q2,
                        ("fact", (record.id,), ()),
                        want_lang,
                    )
            # more of the same
            if isinstance(record, Fieldlab) and len(record.places) == 1:
                town = record.places[0]
                for p_i, q2 in enumerate(_MORE_THERE[lang]):
                    q1 = naming[(r_i + p_i) % len(naming)].format(n=names[p_i % len(names)])
                    yield make(
                        "more.there",
                        lang,
                        q1,
                        ((record.id,), (), "fact"),
                        q2,
                        ("fact", (f"fieldlabs.place.{_slug(town)}",), ()),
                    )
            if isinstance(record, Hub):
                for p_i, q2 in enumerate(_MORE_HUBS[lang]):
                    q1 = naming[(r_i + p_i) % len(naming)].format(n=names[p_i % len(names)])
                    yield make(
                        "more.hubs",
                        lang,
                        q1,
                        ((record.id,), (), "fact"),
                        q2,
                        ("fact", ("hubs.list",), ()),
                    )
        # ellipsis: another town, another province, another town's Hub
        towns = _towns(knowledge)
        for t_i, town in enumerate(towns):
            for p_i, q2 in enumerate(_ELLIPSIS_PLACE[lang]):
                elsewhere = towns[(t_i + 1 + p_i) % len(towns)]
                q1 = _PLACE_LIST[lang][(t_i + p_i) % 3].format(p=town)
                yield make(
                    "ellipsis.town",
                    lang,
                    q1,
                    ((f"fieldlabs.place.{_slug(town)}",), (), "fact"),
                    q2.format(p=elsewhere),
                    ("fact", (f"fieldlabs.place.{_slug(elsewhere)}",), ()),
                )
        with_labs = {p for lab in knowledge.fieldlabs for p in lab.provinces}
        provinces = sorted(knowledge.places.provinces)
        for v_i, province in enumerate(provinces):
            for p_i, q2 in enumerate(_ELLIPSIS_PLACE[lang]):
                elsewhere = provinces[(v_i + 1 + 2 * p_i) % len(provinces)]
                q1 = _PLACE_LIST[lang][(v_i + p_i) % 3].format(p=province)
                first = (
                    ((f"fieldlabs.province.{_slug(province)}",), (), "fact")
                    if (province in with_labs)
                    else ((_province_hub(knowledge, province),), (), "gap")
                )
                second = (
                    ("fact", (f"fieldlabs.province.{_slug(elsewhere)}",), ())
                    if (elsewhere in with_labs)
                    else ("gap", (_province_hub(knowledge, elsewhere),), ())
                )
                yield make("ellipsis.province", lang, q1, first, q2.format(p=elsewhere), second)
            towns_here = knowledge.places.provinces[province][:2]
            for p_i, q2 in enumerate(_ELLIPSIS_PLACE[lang][:4]):
                there = provinces[(v_i + 3 + p_i) % len(provinces)]
                elsewhere = knowledge.places.provinces[there][p_i % 2]
                q1 = _ROUTE[lang][(v_i + p_i) % 3].format(p=towns_here[p_i % 2])
                yield make(
                    "ellipsis.route",
                    lang,
                    q1,
                    ((_province_hub(knowledge, province),), (), "fact"),
                    q2.format(p=elsewhere),
                    ("fact", (_province_hub(knowledge, there),), ()),
                )
        # the knowledge's own entries: a question of their own, then a request about the
        # answer or the one year it names
        for e_i, entry in enumerate(knowledge.entries):
            its_questions = entry.questions.get(lang, ())
            if entry.kind != "faq" or not its_questions:
                continue
            q1 = its_questions[e_i % len(its_questions)]
            first = ((entry.id,), (), "fact")
            for request in ("language", "shorter", "source"):
                said_so = _META[request][lang]
                q2 = said_so[e_i % len(said_so)]
                want_lang = ("en" if lang == "nl" else "nl") if request == "language" else ""
                yield make(
                    f"entry.{request}", lang, q1, first, q2, ("fact", (entry.id,), ()), want_lang
                )
            named_years = set(re.findall(r"\b(?:19|20)\d\d\b", entry.answer.get(lang, "")))
            if len(named_years) == 1:
                for p_i, q2 in enumerate(_WHEN_WAS_IT[lang]):
                    if (e_i + p_i) % 2 == 0:  # half of them; each phrasing still its_questions
                        yield make(
                            "entry.when",
                            lang,
                            q1,
                            first,
                            q2,
                            ("fact", (entry.id,), tuple(named_years)),
                        )
        # a count "then": what the last question asked about, in the year its answer counts it
        for entry in knowledge.entries:
            its_questions = entry.questions.get(lang, ())
            if entry.kind != "faq" or not its_questions or entry.figures:
                continue
            for noun in ("fieldlabs", "hubs", "bedrijven", "companies"):
                if noun not in fold(its_questions[0]).split():
                    continue
                year = _year_counting(entry.answer.get(lang, ""), noun)
                counted = next(
                    (e for e in knowledge.entries if e.figures and noun in fold(e.title(lang))),
                    None,
                )
                if year is None or counted is None:
                    continue
                then = [f for f in counted.figures if f.date.year == year and f.value]
                if len(then) != 1:
                    continue
                for q2 in _COUNT_THEN[lang]:
                    yield make(
                        "relative.count-then",
                        lang,
                        its_questions[0],
                        ((entry.id,), (), "fact"),
                        q2,
                        ("fact", (f"{counted.id}|{entry.id}",), (_figure_text(then[0].value),)),
                    )
        # ellipsis: another year of a dated figure
        for entry in knowledge.entries:
            ask = _FIGURE_FIRST.get(entry.id)
            if ask is None:
                continue
            per_year = Counter(f.date.year for f in entry.figures)
            years = [f for f in entry.figures if per_year[f.date.year] == 1 and f.value]
            for y_i, one in enumerate(years):
                publisher = next((src.publisher for src in one.sources if src.publisher), "")
                for q2 in _META["measured"][lang]:
                    yield make(
                        "meta.measured",
                        lang,
                        ask[lang].format(y=one.date.year),
                        ((entry.id,), (_figure_text(one.value),), "fact"),
                        q2,
                        ("fact", (entry.id,), (publisher,) if publisher else ()),
                    )
                for p_i, q2 in enumerate(_ELLIPSIS_YEAR[lang]):
                    later = years[(y_i + 1 + p_i) % len(years)]
                    if later is one:
                        continue
                    yield make(
                        "ellipsis.year",
                        lang,
                        ask[lang].format(y=one.date.year),
                        ((entry.id,), (_figure_text(one.value),), "fact"),
                        q2.format(y=later.date.year),
                        ("fact", (entry.id,), (_figure_text(later.value),)),
                    )


def _figure_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value / 1_000_000)) if value >= 1_000_000 else str(int(value))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--fails", default="", help="print wrong follow-ups of kinds starting so")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    knowledge = load_knowledge(load_config().knowledge_dir)
    assistant = Assistant(knowledge)
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    first_bad: Counter[str] = Counter()
    after_good: Counter[str] = Counter()  # right follow-ups after a right first turn
    shown = 0
    for dialogue in generate(knowledge):
        reply, context = assistant.converse(dialogue.first.question, None)
        first_ok = evaluation.judge(dialogue.first, reply)[0]
        if dialogue.want_lang and reply.language == dialogue.want_lang:
            continue  # a bare name answered in the language asked next: nothing to ask
        for said in dialogue.between:
            _, context = assistant.converse(said, context)
        second, _ = assistant.converse(dialogue.followup.question, context)
        ok, bad = evaluation.judge(dialogue.followup, second)
        if dialogue.want_lang and second.language != dialogue.want_lang:
            ok = False
        keys = (dialogue.kind, f"{dialogue.kind.split('.')[0]}.*", f"~{dialogue.style}", "all")
        for key in keys:
            total[key] += 1
            right[key] += ok
            wrong[key] += bad
            first_bad[key] += not first_ok
            after_good[key] += ok and first_ok
        picked = dialogue.kind.startswith(args.fails) or f"~{dialogue.style}" == args.fails
        if args.fails and not ok and picked and shown < args.limit:
            shown += 1
            print(
                f"--- {dialogue.kind}/{dialogue.lang} {dialogue.first.question!r} -> "
                f"{dialogue.followup.question!r}\n    expect {dialogue.followup.expect} "
                f"{dialogue.followup.must}; got {second.answered()} {second.kind}"
                f"{' WRONG' if bad else ''}\n    {render_plain(second)[:160]!r}"
            )
    print(
        f"{'kind':<24} {'right':>11} {'%':>6} {'wrong':>6} {'1st bad':>8} {'after right 1st':>16}"
    )
    for key in sorted(
        total, key=lambda k: (k == "all", k[0] == "~", k.split(".")[0], "*" not in k, k)
    ):
        print(
            f"{key:<24} {right[key]:>5}/{total[key]:<5} {right[key] / total[key]:>6.1%} "
            f"{wrong[key]:>6} {first_bad[key]:>8} "
            f"{after_good[key] / max(1, total[key] - first_bad[key]):>18.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
