"""Who says it and what is only guessed: "volgens TNO", "Dialogic noemt …", "around 400":
the frame is set aside, the question stays (a claim's frame: `confirming.py`)."""

from __future__ import annotations

import re

from bot.understanding.lexicon import _TOPICS
from bot.understanding.questions import is_question

# "volgens TNO", "according to the 2019 TNO publication": who says it, not what is asked.
# The year in it has been taken out already and still says which figure is meant.
_ATTRIBUTION = re.compile(r"\b(?:volgens|ac?cc?ording(?: to)?|aldus|as per)\b")

_SOURCE_WORDS = frozenset(
    """
    de het die dat deze the a an van of from in zijn his haar her hun their hem him hen them
    tno dialogic monitor monitoring publicatie publication rapport report studie study
    evaluatie evaluation blog artikel article kamerbrief letter ezk rvo ministerie ministry
    sol egbert jan egbertjan coordinatoren coordinators onderzoek research cijfers figures
    programmabureau programme office programmadirecteur director implementatieagenda
    actieagenda agenda hij he she zij
    stuk stukje document documenten doc paper papers verslag onderzoekje bron source
    nieuwsbericht bericht post
    meneer mevrouw mr mrs ms dhr mevr heer man vrouw
    """.split()
)

_SAYS = frozenset(
    """
    noemt noemde mentions mentioned says said zegt zei schrijft schreef wrote writes meldt
    meldde reports reported rapporteert geeft gaf gives gave telt telde counts counted
    splits split onderscheidt distinguishes beschrijft describes
    """.split()
)

_WRITINGS = frozenset(
    "blog artikel article post stuk rapport report publicatie publication brief letter".split()
)


# "can you give me the source url for the 367 million", "wat is de bron van die 430 banen":
# every answer names its sources, so what is asked is the figure or topic after it.
_SOURCE_OF = re.compile(
    r"^(?:(?:can|could|would) you |kun je |kan je |kunt u |kun jij |kan jij )?"
    r"(?:(?:please|pls|graag|even|ff|mij|me) )*(?:(?:give|send|show|share|tell|geef|stuur|"
    r"noem|geven|sturen|noemen|delen) )?(?:(?:me|mij|us|ons) )?(?:(?:wat|what) (?:is|are|was) )?"
    r"(?:the |de |een |a |your |je |uw )?(?:source|sources|bron|bronnen|reference|"
    r"referentie|vindplaats)(?: (?:url|link))? (?:for|of|van|voor|bij|about|over|behind|achter) "
    r"(?:the |de |het |die |dat |this |that |deze |dit )?(?=\S+ \S)"
)


def without_source_frame(text: str) -> str:
    """'dialogic noemt een bedrag voor de financiering van fieldlabs' -> 'bedrag voor de
    financiering van fieldlabs': who says it frames what is asked, as "volgens" does. Only
    a source the knowledge names (TNO, Dialogic, Sol) and a verb of saying. A request for
    the source of something ("the source url for the 367 million") asks that something."""
    text = _SOURCE_OF.sub("", text, count=1)
    words = text.split()
    for at, word in enumerate(words[:6]):
        if word not in _SAYS:
            continue
        head = words[:at]
        if not head or not all(w in _SOURCE_WORDS or w.isdigit() for w in head):
            return text
        if not {w for w in head} - {"de", "het", "die", "the", "van", "of", "in", "zijn", "his"}:
            return text
        rest = words[at + 1 :]
        while rest and rest[0] in ("een", "a", "an", "the", "het", "de", "dat", "that", "er"):
            rest = rest[1:]
        if len(rest) > 2 and rest[0] in _WRITINGS and rest[1] in ("over", "about", "that", "dat"):
            rest = rest[2:]  # "schreef een blog over het aantal bedrijven"
        return " ".join(rest) if len(rest) >= 2 else text
    return text


_WHOSE = frozenset("fieldlab fieldlabs hub hubs smart industry".split())

# "hoeveel is er geïnvesteerd, en volgens welke bron?", "… and what is the source?", "bron
# graag": every answer names its sources, so asking for them adds nothing to match on.
_SOURCE_ASKED = re.compile(
    r"(?:^|\s*[,;:]\s*(?:(?:en|and|plus)\s+)?|\s+(?:en|and|plus)\s+)(?:"
    r"(?:volgens|uit) (?:welke|wat voor|wie)(?: bron(?:nen)?)?|(?:wat|welke) (?:is|zijn|was) "
    r"(?:de|je|uw|jouw|het) (?:bron(?:nen)?|bronvermelding)|(?:de |je |uw )?bron(?:nen)?"
    r"(?:vermelding)?(?: (?:erbij|graag|aub|alsjeblieft|alstublieft|svp))?|"
    r"waar komt (?:dat|dit|het) (?:cijfer |getal |bedrag )?vandaan|"
    r"(?:door|van) (?:wie|welke (?:organisatie|instantie|partij|bron|onderzoeker))(?: is| werd)?"
    r" (?:dat|dit|het)(?: cijfer| getal| bedrag)? (?:vastgesteld|berekend|geteld|gemeten|"
    r"geschat|onderzocht|bekendgemaakt|gepubliceerd)|who (?:counted|measured|estimated|"
    r"calculated|established|published|reported) (?:that|this|it)|"
    r"(?:what|which) (?:is|are|was|were) (?:the|your) sources?|(?:(?:the|your|a) )?sources? "
    r"(?:please|pls|too|as well)|(?:the|your|a) sources?|according to (?:whom|which|what)"
    r"(?: sources?)?|where (?:is|does) (?:that|this|it) (?:figure |number )?(?:come )?from)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def without_source_request(sentences: list[str]) -> list[str]:
    """The sentences without a request for the source after a question: cut from the end of
    a sentence with a question before it, or dropped as a sentence of its own ("bron
    graag") after one. A request alone ("welke bron?", or after thanks) stays: it asks
    about the last answer."""
    kept: list[str] = []
    for sentence in sentences:
        asked = _SOURCE_ASKED.search(sentence)
        if asked is None:
            kept.append(sentence)
        elif len(sentence[: asked.start()].split()) >= 3:
            kept.append(sentence[: asked.start()].rstrip(" ,;:") + "?")
        elif not kept or asked.start() > 0 or not any(is_question(k) for k in kept):
            kept.append(sentence)  # "thanks! where is that from?": no question before it
    return kept


def without_attribution(text: str) -> str:
    """'hoeveel bedrijven deden mee volgens de tno monitor' -> 'hoeveel bedrijven deden
    mee'; an attribution to a source the knowledge does not name stays."""
    found = _ATTRIBUTION.search(text)
    if found is None:
        return text
    rest = text[found.end() :].split()
    taken = 0
    while (
        taken < len(rest)
        and (
            rest[taken] in _SOURCE_WORDS
            or rest[taken].isdigit()
            # "according to the Fieldlab coordinators": whose coordinators
            or (
                rest[taken] in _WHOSE
                and rest[taken + 1 : taken + 2]
                and rest[taken + 1] in _SOURCE_WORDS
            )
        )
    ):
        taken += 1
    if not taken or not {w for w in rest[:taken]} - {"de", "het", "die", "the", "van", "of"}:
        return text
    # "according to the Fieldlab coordinators": what the source is about stays asked.
    about = [w for w in rest[:taken] if w in _TOPICS]
    stripped = f"{text[: found.start()]} {' '.join(rest[taken:] + about)}".split()
    return " ".join(stripped) if len(stripped) >= 2 else text


_HEDGED_NUMBER = re.compile(
    r"\b(?:(?:zo )?(?:rond|rondom) (?:de )?|ongeveer |circa |ca |zon |pakweg |bijna |ruim |"
    r"around |about |roughly |approximately |approx |some |like |nearly |almost |"
    r"more than |meer dan |over )(\d+)\b|\b(\d+)(?: \w+)? (?:or so|of zo|ofzo|of zoiets|"
    r"something|iets|or something)\b"
)


def without_hedged_numbers(text: str) -> str:
    """'around 400 jobs', 'dertig duizend of zo': a number the asker only guesses at says
    nothing about which figure is meant (the answer gives the real one), so it is left out."""
    stripped = " ".join(_HEDGED_NUMBER.sub(" ", text).split())
    return stripped if len(stripped.split()) >= 2 else text


# "mijn accountant vroeg hoeveel geld er is gestoken", "my boss asked me who runs BOOST": the
# question someone else asked, passed on; who asked it is no part of it.
_ASKED_BY_SOMEONE = re.compile(
    r"^(?:(?:mijn|onze|ons|een|de|m'n|my|our|a|the) )?(?:\w+ ){0,2}?"
    r"(?:vroeg|vraagt|vroegen|vragen|wil weten|wilde weten|wou weten|asked|asks|"
    r"wants to know|wanted to know|was wondering|wondered)"
    r"(?: (?:me|mij|ons|us|zich af|af|laatst|gisteren))*\s+"
    r"(?=(?:hoeveel|wat|wie|waar|wanneer|welke|hoe|waarom|how|what|who|where|when|which|why)\b)"
)


def without_asker_of_the_question(text: str) -> str:
    """'mijn accountant vroeg hoeveel geld er is gestoken' -> 'hoeveel geld er is gestoken'."""
    return _ASKED_BY_SOMEONE.sub("", text, count=1)
