"""What the matcher sees of a clause: without idioms, frames, the asker's own company, a
leading conjunction and an offered alternative."""

from __future__ import annotations

import re

from bot.text import is_stopword
from bot.understanding.confirming import without_claim_frame
from bot.understanding.frames import (
    without_asker_of_the_question,
    without_attribution,
    without_hedged_numbers,
    without_source_frame,
)
from bot.understanding.lexicon import _AUXILIARY_FIRST, _ENGLISH_AUXILIARIES, _QUESTION_WORDS

# "kan mijn bedrijf meedoen?": the asker's own company is who asks, not what is asked.
_OWN_COMPANY = re.compile(
    r"\b(?:mijn|ons|onze|my|our)\s+(?:eigen\s+|own\s+|kleine\s+|small\s+)?"
    r"(?:bedrijf|bedrijfje|onderneming|zaak|firma|company|business|firm|startup|"
    r"organisatie|organisation|organization)\b"
)

_LEADING_CONJUNCTION = re.compile(r"^(?:en|and|of|or|ook|also|plus)\s+")

# Set phrases with "in" that do not narrow a question to a place or sector.
_IDIOMS = re.compile(
    r"\b(?:in a nutshell|in het kort|in het algemeen|in principe|in feite|in general|in short|"
    r"in detail|in het bijzonder|at all|in any case|in elk geval|in ieder geval|"
    r"in de praktijk|in practice|in real life|in a few words|in een paar woorden|"
    r"in simple terms|in jip[- ]en[- ]janneke[- ]taal|in (?:gewone?|simpele?|eenvoudige?|"
    r"normale?|makkelijke?|begrijpelijke?) (?:taal|woorden|mensentaal|nederlands|engels)|"
    r"in (?:plain|simple|easy|normal|layman'?s?) (?:words|english|dutch|terms|language)|"
    r"(?:explain )?like (?:im|i am) (?:5|five|a child|a kid)|(?:voor|for) (?:dummies|leken)|"
    # "the whole fieldlab thing", "this Smart Industry thing": the thing is what was named
    r"(?<!\ba)(?<!\bthe)(?<!\bthis)(?<!\bthat)(?<!\ban) thing(?= |$)|"
    # a cumulative figure is what is given anyway: "the total investment since the start"
    r"since the (?:start|beginning)|from the (?:start|beginning)|sinds (?:het begin|de start)|"
    r"vanaf (?:het begin|de start)|"
    # "yo what is smart industry in 1 sentence": how long the answer may be, not what about
    r"in (?:1|2|3|een|one|two|three|twee|drie|a few|een paar|a couple of) "
    r"(?:sentences?|zinn?e?n?|lines?|regels?|words?|woorden))\b"
)

# "hoeveel hubs zijn er in heel nederland": the Fieldlabs and Hubs are all in the country;
# "hoeveel bedrijven zijn er in Nederland" asks about the country itself and keeps it.
_NATIONWIDE = re.compile(
    r"\b(?:in (?:heel |geheel |het hele |heel het |de hele )?(?:nederland|holland)|"
    r"in (?:the whole of |all of )?(?:the )?netherlands)\b"
)

_PROGRAMME_WORDS = frozenset("fieldlab fieldlabs hub hubs".split())

_ALTERNATIVE = re.compile(r"\s(?:or|of)\s+((?:\w+\s*){1,4})$")


def _without_alternative(text: str, names: frozenset[str] = frozenset()) -> str:
    """'can any entrepreneur contact a hub or only members' -> the yes/no question without the
    alternative it offers, which names no subject of its own."""
    words = text.split()
    found = _ALTERNATIVE.search(text)
    if found is None or not words or words[0] not in _AUXILIARY_FIRST:
        return text
    before = text[: found.start()].split()
    if before and before[-1] in names and found.group(1).split()[0] in names:
        return text  # "over Region of Smart Factories": a name in capitals, no alternative
    english = words[0] in _ENGLISH_AUXILIARIES
    if (found.group(0).split()[0] == "or") != english:
        return text  # English "of" is no "or": "the names of all the hubs"
    rest = found.group(1).split()
    if _QUESTION_WORDS & set(rest) or rest[0] in _AUXILIARY_FIRST or len(words) - len(rest) < 5:
        return text
    return text[: found.start()].strip()


_WHICH_DATE_EN = re.compile(r"\b(?:on |at )?(?:which|what) (?:date|day)\b")

# "kan ik subsidie krijgen voor een robot", "funding for my company": what the asker would
# buy with it is theirs; the question is whether there is a subsidy.
_FUNDING_FOR_OWN = re.compile(
    r"\b((?:subsidie|subsidies|funding|financiering|grant|grants)(?: krijgen| get| aanvragen)?)"
    r" (?:voor|for) (?:een|mijn|onze|ons|my|our|a|an) \w+(?: \w+)?$"
)

# "wat moet ik doen om mee te doen aan een fieldlab": asks how to, not what a Fieldlab is.
_WHAT_TO_DO_TO = re.compile(
    r"\bwat (?:moet|kan) (?:ik|je|men|u|we|wij) doen om (?:te )?|"
    r"\bwhat (?:do|should|must|can) (?:i|we|you) (?:need to |have to )?do to "
)

_FULL_NAME = re.compile(
    r"\b(?:what is|whats|wat is|wat betekent) (?:the |de )?(?:full (?:form|name)|long form|"
    r"volledige naam|voluit|afkorting|abbreviation|acronym) (?:of|van) "
)
_STANDS_FOR = re.compile(
    r"\b(?:waar staat|what does|wat betekent de afkorting|what do the letters) (\w+) "
    r"(?:voor|stand for|mean)\b"
)
_WHICH_DATE_NL = re.compile(r"\bop welke (?:datum|dag)\b")


_MONEY_WORDS = frozenset("geld euro euros miljoen miljard bedrag budget".split())
_PUT_IN = re.compile(r"\b(?:gestopt|gepompt)\b")


# "wie is de hub in t noorden?", "who is the hub for the east?", "hoe heet de hub in het
# oosten?": which Hub it is, asked with "who" as of a party or by its name; not "wie is de
# hub coördinator?", which asks for a person
_WHO_IS_THE_KIND = re.compile(
    r"^(?:(?:wie|who) (?:is|zijn|are|was|s)|hoe heet|hoe heten|whats? (?:is )?the name of) "
    r"(?:de|het|the) (?=(?:hub|hubs|fieldlab|fieldlabs)"
    r"(?: (?:in|van|voor|of|for|at|bij|daar|there)\b|$))"
)


# "welk fieldlab is het dichtst bij?", "which one is closest to us?", "the nearest one":
# the nearest is one near the asker, as "bij ons in de buurt" asks
_NEAREST = re.compile(
    r"\b(?:(?:het |de )?(?:dichtst ?bij(?:zijnde)?|dichtste)(?: (?:bij )?(?:mij|ons|me))?"
    r"|(?:the )?(?:closest|nearest)(?: (?:to )?(?:me|us))?)(?= |$)"
)


def _cleaned(clause_text: str, names: frozenset[str] = frozenset()) -> str:
    """What the matcher sees of a clause: without idioms, a claim's frame, guessed numbers,
    who says it, the asker's own company, a leading conjunction and an offered alternative
    (not the "of" inside a name in capitals: "Region of Smart Factories")."""
    clause_text = without_claim_frame(_IDIOMS.sub(" ", clause_text).strip())
    clause_text = without_asker_of_the_question(clause_text)
    if _PROGRAMME_WORDS & set(clause_text.split()):
        clause_text = " ".join(_NATIONWIDE.sub(" ", clause_text).split())
    clause_text = without_hedged_numbers(clause_text)
    clause_text = without_source_frame(without_attribution(clause_text))
    without_own = _OWN_COMPANY.sub(" ", clause_text).strip()
    if len([w for w in without_own.split() if not is_stopword(w)]) >= 2:
        clause_text = without_own  # else "what's in it for my business" keeps it
    clause_text = _LEADING_CONJUNCTION.sub("", clause_text)
    if _MONEY_WORDS & set(clause_text.split()):
        # "hoeveel geld is er in die fieldlabs gestopt": money put in is invested, not
        # something that stopped
        clause_text = _PUT_IN.sub("geinvesteerd", clause_text)
    clause_text = _FUNDING_FOR_OWN.sub(r"\1", clause_text)
    clause_text = _WHAT_TO_DO_TO.sub(
        lambda m: "how can i " if m.group(0).startswith("what") else "hoe kan ik ", clause_text
    )
    # "What is the full form of SMITZH?", "waar staat SMITZH voor?": what the name is
    clause_text = _FULL_NAME.sub("what is ", clause_text)
    clause_text = _STANDS_FOR.sub(r"wat is \1", clause_text)
    if _PROGRAMME_WORDS & set(clause_text.split()):  # not "het dichtstbijzijnde tankstation"
        clause_text = _NEAREST.sub(
            lambda m: (
                "near me"
                if m.group(0).startswith(("the", "clos", "near"))
                else "bij ons in de buurt"
            ),
            clause_text,
        )
    clause_text = _WHO_IS_THE_KIND.sub(
        lambda m: "what is the " if m.group(0).startswith("wh") else "wat is de ", clause_text
    )
    # "On which date the Actieagenda was presented?", "op welke datum": asks when
    clause_text = _WHICH_DATE_EN.sub("when", _WHICH_DATE_NL.sub("wanneer", clause_text))
    # "working together in one hub": any one, as "a hub" (the count is not asked)
    clause_text = re.sub(r"\b(in|at|for|of) one (?=(?:fieldlab|hub)\b)", r"\1 a ", clause_text)
    return _without_alternative(clause_text, names)
