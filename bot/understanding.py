"""Read a chat message before matching it: pure, synchronous, no I/O.

A message as people type it in Telegram is not one tidy question. This module cuts it into
what it holds:
- greetings, thanks and sign-offs ("Hoi!", "alvast bedankt", "groetjes"), set aside so the
  reply can greet back without the matcher seeing them;
- a self-introduction ("Wij zijn een drukkerij in Hengelo") whose place and sector say who
  is asking, not what is asked;
- the question clause(s), at most three, each matched on its own ("hoeveel fieldlabs zijn er
  en hoeveel banen leverden ze op?" is two questions);
- the year or date a clause asks about ("in 2017", "eind 2018", "nu"), taken out of the
  clause so that a year does not pull the match towards an entry that mentions it;
- numbers written as words, as digits ("vierhonderddertig" -> 430).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.directory import THEME_WORDS
from bot.text import MENTION, fold, is_stopword, strip_invisible

MAX_QUESTIONS = 3


@dataclass(frozen=True)
class When:
    """The moment a question asks about: a year (with early/late part or month), or the
    latest."""

    year: int | None = None
    part: str = ""  # "begin" | "eind" | "" (the whole year)
    latest: bool = False
    month: int = 0


@dataclass(frozen=True)
class Clause:
    """One question in a message, cleaned for matching."""

    text: str  # what the matcher sees (greetings, fillers and the year taken out)
    original: str  # the clause as the user wrote it
    when: When | None = None
    names: frozenset[str] = frozenset()  # words the user capitalised (folded): names
    said: str = ""  # a later question's own words, before it borrowed the first's subject


@dataclass(frozen=True)
class Reading:
    """What a message holds, in the order the user wrote it. `asked` is False when the
    clauses are only statements ("ik heb een bakkerij in Zwolle")."""

    text: str
    asked: bool = True
    greeting: bool = False
    thanks: bool = False
    goodbye: bool = False
    feedback: bool = False  # "dat klopt niet", "great bot": about the bot's answers
    language: bool = False  # "do you speak English?"
    preamble: bool = False  # "mag ik iets vragen?", "ik heb een vraag": a question is coming
    intro: str | None = None  # the self-introduction sentence(s), as written
    clauses: tuple[Clause, ...] = ()
    names: frozenset[str] = frozenset()  # words the user capitalised (folded)
    foreign: bool = False  # "Was ist ein Fieldlab?": written in neither Dutch nor English

    @property
    def smalltalk_only(self) -> bool:
        return not self.clauses and self.intro is None


# -- words ----------------------------------------------------------------------------------

_GREETINGS = frozenset(
    """
    hoi hallo hai hey heey hee hi hello hiya yo dag dagg goedemorgen goedemiddag goedenavond
    goedendag goeiedag hallootjes hoihoi hej
    goeiemorgen goeiemiddag goeienavond morgen middag avond moi moin mogge beste geachte
    greetings howdy hola bonjour salut merhaba namaste ola privet salam salaam shalom
    buongiorno ahoj czesc servus
    """.split()
)
_GREETING_PHRASES = (
    "goede morgen",
    "goede middag",
    "goeden avond",
    "goede avond",
    "good morning",
    "good afternoon",
    "good evening",
    "hi there",
    "hello there",
    "hey there",
    "dear sir",
    "dear madam",
    "dag allemaal",
    "hallo allemaal",
    "hoi allemaal",
    "dzien dobry",
    "buenos dias",
    "guten tag",
    "guten morgen",
    "bom dia",
    "buon giorno",
    "good day",
    "goeie middag",
    "goeie morgen",
    "goeie avond",
    "goeie dag",
)
_ADDRESSEES = frozenset("fieldbot bot allemaal daar there all team everyone guys".split())
_THANKS = (
    "alvast bedankt",
    "alvast dank",
    "bij voorbaat dank",
    "dank je wel",
    "dank u wel",
    "dankjewel",
    "dankuwel",
    "bedankt",
    "dank je",
    "dank u",
    "merci",
    "thanks in advance",
    "thank you",
    "thanks",
    "thx",
    "tnx",
    "thnx",
    "thanx",
    "thank u",
    "ty",
    "dankje",
    "cheers",
    "dank",
    "gracias",
    "vielen dank",
    "danke",
    "obrigado",
    "obrigada",
    "grazie",
    "dziekuje",
    "dzieki",
    "spasibo",
    "tesekkurler",
    "thankyou",
    "thnks",
    "tx",
    "dankzij je",
)
_GOODBYES = (
    "met vriendelijke groet",
    "vriendelijke groet",
    "vriendelijke groeten",
    "hartelijke groet",
    "groetjes",
    "groeten",
    "groet",
    "mvg",
    "gr",
    "doei",
    "tot ziens",
    "fijne dag",
    "best regards",
    "kind regards",
    "regards",
    "bye",
    "goodbye",
    "have a nice day",
    "dat was het",
    "dat was alles",
    "that was it",
    "thats all",
    "that is all",
    "fijne dag nog",
    "talk later",
    "speak soon",
    "see you",
    "tot later",
    "tot de volgende keer",
    "later",
    "laters",
    "ciao",
    "adios",
    "goodnight",
    "good night",
    "nite",
    "welterusten",
    "fijne avond",
    "fijn weekend",
    "prettige dag",
    "prettig weekend",
    "have a good one",
    "have a good day",
    "have a great day",
    "take care",
    "see ya",
    "cya",
    "tot straks",
    "tot morgen",
    "houdoe",
    "doeg",
    "ajuus",
    "over en uit",
    "have a nice weekend",
    "have nice weekend",
    "have a good weekend",
    "have a great weekend",
    "nice weekend",
    "good weekend",
    "enjoy your weekend",
    "enjoy the weekend",
    "goed weekend",
    "fijn weekend nog",
    "have a nice evening",
    "have a nice one",
    "ttyl",
    "doeii",
    "doeiii",
    "ik ben weg",
    "ik ga er vandoor",
    "ik ga er weer vandoor",
    "tot een volgende keer",
    "tot de volgende keer",
    "fijne avond nog",
    "gotta go",
    "gotta run",
    "gotta jump",
    "i have to go",
    "i must go",
    "i need to go",
    "ik moet gaan",
    "ik moet weer",
    "ik ga weer",
)
_HOW_ARE_YOU = re.compile(
    # "hoe is het?" asks after the bot; "hoe is het programma georganiseerd?" does not.
    r"^(?:en )?(?:hoe gaat het|hoe gaat ie|"
    r"hoe is het(?= met (?:je|jou|u)\b| ermee\b| vandaag\b|$)|alles goed|how are you|how r u|"
    r"how is it going|hows it going|how do you do|whats up|wassup)\b"
)
_LANGUAGE_QUESTION = re.compile(
    r"\b(?:(?:do|can) you (?:also |even |still )?(?:speak|understand|answer in|talk)|"
    r"spreek (?:je|jij|u)|"
    r"spreekt u|(?:kan|mag) ik (?:ook |mijn vragen |vragen |hier |gewoon )*in het "
    r"(?:engels|nederlands|limburgs|fries|duits|frans|spaans|pools|turks|arabisch|italiaans|"
    r"portugees|brabants|twents|gronings|dialect)|"
    # "Is it fine if I continue in English?", "can I switch to Dutch?"
    r"(?:is it|would it be|is that) (?:ok|okay|fine|alright|all right|possible|a problem) "
    r"(?:if|to|that) (?:i|we) (?:\w+ ){0,2}(?:in|to) (?:english|dutch)|"
    r"(?:continue|switch|go on|carry on) (?:in|to) (?:english|dutch)|"
    r"(?:verder|door) in het (?:engels|nederlands)|"
    r"can i (?:ask|write|type|talk|chat)(?: (?:my|the|a|\w+ questions?))? in|"
    r"mag ik (?:ook )?in het (?:engels|nederlands)|kan ik (?:mijn )?vragen (?:ook )?in het|"
    r"kun je (?:ook )?(?:engels|nederlands)|is english (?:ok|okay|fine|possible)|"
    r"in english (?:ok|okay|possible)|engels (?:ok|mag|kan))\b"
)
_LANGUAGE_NAMES = frozenset("dutch english engels nederlands nederlandse".split())
# About the bot's answer, not about the programme.
_FEEDBACK = re.compile(
    r"\b(?:klopt niet|klopt echt niet|klopt geen|niet juist|fout|onzin|waardeloos|slecht antwoord|"
    r"nutteloos|je snapt het niet|that'?s wrong|thats wrong|not correct|incorrect|wrong answer|"
    r"useless|nonsense|you don'?t understand|great bot|good bot|nice bot|helpful bot|"
    r"you are mistaken|youre mistaken|you are wrong|youre wrong|you made a mistake|"
    r"je vergist je|u vergist zich|je hebt het mis|u heeft het mis|dat is niet waar|"
    r"contradicts|in tegenspraak met|spreekt (?:dat|dit|het) tegen|"
    r"(?:exactly|precisely|just) what i (?:needed|wanted|was looking for)|"
    r"precies wat ik (?:nodig had|zocht|wilde weten|bedoelde)|"
    r"very helpful|super bot|goed bezig|top bot|handige bot|fijne bot|leuke bot|"
    # Praise or doubt of an answer or of the bot itself: "een keurig antwoord", "spot on",
    # "mijn complimenten", "je hebt mijn vraag niet goed begrepen", "slaat nergens op".
    r"(?:goed|keurig|bruikbaar|nuttig|helder|duidelijk|prima|sterk|good|great|nice|useful|"
    r"helpful|clear|excellent|perfect|brilliant) (?:\w+ )?(?:antwoord|answer)|"
    r"(?:antwoord|answer) (?:\w+ )?(?:was |is )?(?:\w+ )?(?:spot on|correct|klopt|perfect)|"
    r"spot on|thumbs up|duim omhoog|complimenten|compliments|would chat again|"
    r"(?:je bent|jij bent|you are|youre|u bent) (?:\w+ )?(?:slim|knap|handig|goed|smart|clever|"
    r"great|good|helpful)|"
    r"slaat (?:\w+ )?nergens op|makes no sense|(?:niet|verkeerd) (?:goed )?begrepen|"
    r"misunderstood|(?:niet|not) (?:\w+ )?(?:klopt|right|correct)|klopt (?:\w+ )?niet|"
    r"(?:number|figure|getal|cijfer) (?:\w+ ){0,4}(?:was|is|were) (?:\w+ )?different|"
    r"(?:je bent|jij bent|wat ben je|you are|youre|what an?) (?:\w+ )?(?:dom|stom|stupid|dumb|"
    r"idiot|useless|waardeloos|slecht|bad|terrible|rubbish)|(?:stomme|domme|slechte|"
    r"waardeloze|stupid|dumb|bad|useless|terrible|rubbish) (?:bot|chatbot|robot|antwoord|answer)|"
    r"(?:this|deze) (?:bot|chatbot) (?:sucks|is (?:\w+ )?(?:bad|dumb|stupid|useless|slecht|dom|"
    r"waardeloos)))\b"
)
_FEEDBACK_ALONE = re.compile(
    r"^(?:(?:ah |oh |o )?(?:top|super|mooi|prima|perfect|great|nice|cool|awesome|ok|oke|okay|"
    r"excellent|uitstekend|geweldig|fantastisch|fantastic|brilliant|splendid|"
    r"okido|oki|k|kk|alright|allright|aha|helder|duidelijk|begrepen|got it|i see|understood|"
    r"mooi zo|goed zo|goed|fine|fair enough|interessant|interesting|wow|nou ja)(?: hoor| dan)?)$"
)


# Asking whether one may ask: "mag ik iets vragen?", "can I ask you something?".
# A request to be called or mailed, its number or address already taken out.
_CONTACT_ME = re.compile(
    r"^(?:(?:wil|kun|kunt|kan) (?:je|u|jij) )?(?:mij |me )?(?:bel|bellen|mail|mailen|app|appen|"
    r"sms|sms'en|call|email|e-mail|text|contact|ring)(?: (?:me|mij|us|ons))?(?: (?:even|eens|"
    r"terug|back|maar|gerust))*(?: (?:op|at|on|via|naar|to))?(?: (?:nummer|number|mijn|my|"
    r"adres|address))*$"
)
_ASKING_TO_ASK = re.compile(
    r"^(?:mag|kan|kun|could|can|may) (?:ik|i) (?:je |jou |u |you )?(?:iets|wat|een vraag|"
    r"something|a question|een vraagje)(?: (?:vragen|stellen|ask))?$|"
    r"^(?:mag|kan|kun) ik (?:hier |je |jou |u )?(?:ook )?(?:een paar |wat |enkele )?vragen "
    r"(?:stellen|vragen)(?: over [a-z0-9 ]+)?$|"
    r"^(?:can|could|may) i ask (?:you )?(?:a few |some )?questions?(?: here)?"
    r"(?: about [a-z0-9 ]+)?$|"
    r"^(?:can|could|may) i ask (?:you )?(?:something|a (?:quick )?question)$"
)
# How to use the bot: "hoe werkt dit ding, moet ik gewoon typen?" ("typen" is no "types").
_HOW_TO_USE = re.compile(
    r"^(?:(?:hoe werkt (?:dit|deze)(?: ding| bot| chatbot| chat| systeem)?|how does "
    r"this(?: thing| bot| chat)? work)(?: eigenlijk| precies| exactly)?(?: |$))?"
    r"(?:(?:moet|kan) ik (?:hier )?(?:gewoon |maar |dan )*(?:typen|tikken|mijn vraag typen)|"
    r"do i (?:just )?type(?: my questions?)?(?: here)?)?$"
)
# Who wants to know: "My manager ask me how many fieldlabs exist", "mijn baas vraagt hoeveel
# banen …": the asker passes a question on; it is the question that is asked.
_ASKED_BY = re.compile(
    r"^(?:my|our|mijn|onze|ons) (?:\w+ )?(?:manager|boss|baas|begeleider|supervisor|teacher|"
    r"docent|leraar|colleague|collega|client|klant|director|directeur|chef|professor|lecturer|"
    r"mentor|father|vader|mother|moeder|son|zoon|partner|compagnon|wethouder|alderman)s? "
    r"(?:asks?|asked|is asking|vraagt|vroeg|wants to know|wanted to know|wil weten|wilde weten)"
    r"(?: (?:me|mij|us|ons))?(?: (?:om te weten|to find out))?\s+(?=\S)"
)
# Openings that say a question is coming, not what it is.
_PREAMBLES = re.compile(
    r"^(?:ik heb een (?:vraag|vraagje)(?: over [^,.:?]*)?|ik (?:vroeg|vraag) me af|"
    r"ik (?:wou|wilde|wil|zou) (?:je |u )?(?:even |graag |eens )*(?:vragen|weten)|"
    r"(?:i|we) (?:wanted|want|would like|d like|wanna) to (?:ask|know)|"
    r"mag ik (?:iets|wat|een vraag) vragen|(?:nou |even |nog )*(?:een |a )?(?:simpele |korte |"
    r"snelle |kleine |andere |simple |quick |short |small |other )?(?:vraag(?:je)?|question)"
    r"(?: tussendoor| in between)?|ik wil graag weten|"
    r"ik wil (?:even )?weten|ik zou graag willen weten|weet jij|weet u|"
    # "Kun je me in het kort vertellen wat …": the request to tell, not what is asked
    r"(?:kun|kunt|kan) (?:je|jij|u) (?:me|mij) (?:(?:in het kort|even|kort|eens|misschien) )*"
    r"(?:vertellen|uitleggen)|"
    r"i have a question(?: about [^,.:?]*)?|quick question|i was wondering|i wonder|"
    r"i would like to know|i'd like to know|can you tell me|could you tell me|"
    r"do you know|i want to know|before i (?:start|begin)|voor(?:dat)? ik begin|first of all|"
    # "zeg hoeveel fieldlabs zijn er nou": an interjection before the question word
    r"(?:zeg|say|so|dus|nou)(?= (?:hoeveel|wat|wie|waar|wanneer|welke|hoe|how|what|who|where|"
    r"when|which)\b)|"
    r"allereerst|question)\b[\s,:]*",
)
_INTRO = re.compile(
    r"^(?:ik ben|wij zijn|we zijn|ik heb een|wij hebben een|we hebben een|ik run|ik werk|"
    r"wij werken|we werken|ik zit|wij zitten|we zitten|mijn bedrijf|ons bedrijf|mijn naam|"
    r"ik heet|ik heb een bedrijf|ik ben eigenaar|ik ben ondernemer|ik ben zzp|"
    r"i am|i'm|im|we are|we're|were(?! (?:there|they|you|we|the|any|all|most|many|some|it)\b)|"
    r"i run|we run|i own|we own|i have a|we have a|i work|we work|"
    r"my company|our company|my name|my business|our business|i've got a|ive got a|"
    r"(?:i|we) (?:just |recently )?moved|(?:i|we) live|(?:we are|we're|were|i'm|im) based|"
    r"ik woon|wij wonen|we wonen|ik ben (?:net )?verhuisd|wij zijn (?:net )?verhuisd|"
    r"we zijn (?:net )?verhuisd|wij zijn gevestigd|we zijn gevestigd|"
    # Voice input on the road: "ik rij net langs eindhoven", "ik rij net hengelo uit".
    r"ik rij|ik reed|ik sta (?:net |nu )?(?:in|bij|op)|ik kom (?:net )?(?:uit|van)|"
    r"i'?m (?:driving|passing)|i am (?:driving|passing))\b"
)
# Where the asker's business is, said before the question: "bedrijf in enschede, …",
# "leeuwarden hier, welke hub".
_OWN_PLACE = re.compile(
    r"^(?:(?:(?:ons|mijn|our|my|een|a) )?(?:bedrijf|onderneming|company|business|firm) )?"
    r"(?:in|uit|from) \w+(?: \w+)?$|^\w+(?: \w+)? (?:hier|here)$"
)
# What the asker hears said, told after the question: "…, je hoort steeds andere getallen".
_HEARSAY = re.compile(
    r"^(?:je hoort|ik hoor|men hoort|you hear|i hear|i keep hearing|ik lees|je leest|i read|"
    r"you read|men zegt|iedereen zegt|people say|everyone says|everybody says)\b"
)
# Why the asker asks: "I need it for my thesis", "het is voor een raadsvoorstel".
_PURPOSE = re.compile(
    r"^(?:(?:i|we) need (?:it|this|that|the \w+)|(?:ik|wij|we) (?:heb|hebben) (?:het|dit|dat) "
    r"nodig|(?:it|its|this|thats|that is|het|dit|dat) (?:is )?(?:for|voor)|(?:for|voor) "
    r"(?:my|our|mijn|onze|ons|een|a|an)) "
)
# A clause asks something when it has a question word, a question mark, or starts with a verb.
_QUESTION_WORDS = frozenset(
    """
    hoeveel wat wie waar wanneer waarom hoe welke welk waarmee waarvoor waaraan hoelang
    how what who where when why which whats hows whos wheres
    """.split()
)
_VERB_FIRST = frozenset(
    """
    is zijn kan kun kunt kunnen heeft hebben heb hebt was waren zit zitten doet doen klopt
    bestaat bestaan mag mogen moet moeten wordt worden werd zal zullen zou zouden ga gaan
    are is was were do does did can could will would has have should shall
    """.split()
)
# Words after "en"/"and" that start a second question.
_SECOND_QUESTION = _QUESTION_WORDS | frozenset("is zijn kan heeft bestaat are does do can".split())
_SPLIT_CONJUNCTIONS = ("en", "and", "plus", "ook", "also", "maar", "but", "of", "or")
# A question that has its verb already: "how do i sign up", "what came after the hubs".
_OWN_VERBS = _VERB_FIRST | frozenset("came went happened started began kwam ging gebeurde".split())
_PREPOSITIONS = frozenset(
    "bij in op aan van voor met sinds tot door naar at in on of for with since from to by".split()
)

# Years the programme's figures can be about; other numbers are left alone.
_YEAR = re.compile(r"\b(20[0-3]\d)\b")
_YEAR_PART = re.compile(
    r"\b(?:(begin|eind|einde|halverwege|midden|start|end|early|late|beginning|the end of|"
    r"the beginning of|the start of)\s+(?:van\s+|of\s+)?)?(?:(?:het\s+)?jaar\s+|in\s+)?"
    r"(20[0-3]\d)\b"
)
_MONTHS = {
    "jan": 1, "feb": 2, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "mrt": 3, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_YEAR = re.compile(
    r"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|january|february|march|may|june|july|august|october|jan|feb|mrt|apr|jun|jul|"
    r"aug|sep|sept|okt|oct|nov|dec)\.?\s+(20[0-3]\d)\b"
)
_LATEST = re.compile(
    r"\b(?:nu|momenteel|op dit moment|tegenwoordig|inmiddels|vandaag de dag|actueel|"
    r"actuele|laatste|recentste|meest recente|nieuwste|currently|right now|now|today|"
    r"these days|latest|most recent|newest|so far|tot nu toe|up to now|to date|"
    r"at the moment|at present|op het moment|for now|voor nu|until now|till now|untill now|"
    r"up till now|up until now|tot nog toe|tot dusver|tot op heden|tot nu)\b"
)
_YEAR_PREPOSITIONS = re.compile(
    r"\b(?:in|per|tot|sinds|vanaf|rond|around|by|until|since|of|from|van|uit|for|voor)\s*$"
)


# -- numbers written as words -----------------------------------------------------------

_UNITS = {
    "nl": {
        "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
        "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
        "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
        "negentien": 19,
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    },
}  # fmt: skip
_TENS = {
    "nl": {
        "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
        "zeventig": 70, "tachtig": 80, "negentig": 90,
    },
    "en": {
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    },
}  # fmt: skip
_NL_UNIT = "|".join(sorted((w for w in _UNITS["nl"] if w != "één"), key=len, reverse=True))
_NL_TEN = "|".join(_TENS["nl"])
# A Dutch number is one word: (units)honderd(units)(en)(tens) ... duizend ...
_NL_BELOW_100 = rf"(?:(?:{_NL_UNIT})(?:en|ën)(?:{_NL_TEN})|{_NL_TEN}|{_NL_UNIT})"
_NL_BELOW_1000 = rf"(?:(?:{_NL_UNIT})?honderd(?:en)?{_NL_BELOW_100}?|{_NL_BELOW_100})"
_NL_NUMBER = re.compile(
    rf"\b((?:{_NL_BELOW_1000})?duizend(?:en)?(?:{_NL_BELOW_1000})?|{_NL_BELOW_1000})\b"
)
_EN_WORDS = {**_UNITS["en"], **_TENS["en"], "hundred": 100, "thousand": 1000}
_EN_NUMBER = re.compile(
    r"\b((?:" + "|".join(sorted(_EN_WORDS, key=len, reverse=True)) + r")"
    r"(?:(?:\s+|-|\s+and\s+)(?:" + "|".join(sorted(_EN_WORDS, key=len, reverse=True)) + r"))*)\b"
)
# Words that are numbers only in a context we do not want: "een" is "a" far more often.
_NOT_ALONE = frozenset({"een", "one"})


def _nl_value(word: str) -> int | None:
    total = 0
    rest = word
    if "duizend" in rest:
        head, _, rest = rest.partition("duizend")
        thousands = _nl_below_1000(head) if head else 1
        if thousands is None:
            return None
        total += thousands * 1000
        rest = rest.removeprefix("en")
    if rest:
        value = _nl_below_1000(rest)
        if value is None:
            return None
        total += value
    return total


def _nl_below_1000(word: str) -> int | None:
    total = 0
    if "honderd" in word:
        head, _, word = word.partition("honderd")
        total += (_UNITS["nl"].get(head, 0) if head else 1) * 100
        if head and head not in _UNITS["nl"]:
            return None
        word = word.removeprefix("en") if word.startswith("en") and word[2:] else word
    if not word:
        return total
    if word in _UNITS["nl"]:
        return total + _UNITS["nl"][word]
    if word in _TENS["nl"]:
        return total + _TENS["nl"][word]
    for unit, value in _UNITS["nl"].items():
        for joint in ("en", "ën"):
            tens = word.removeprefix(unit + joint)
            if tens != word and tens in _TENS["nl"]:
                return total + value + _TENS["nl"][tens]
    return None


def _en_value(phrase: str) -> int | None:
    words = [w for w in re.split(r"[\s-]+", phrase) if w]
    if len(words) >= 2 and words[0] == "twenty" and words[1] not in ("and", "hundred", "thousand"):
        rest = _en_value(" ".join(words[1:]))
        if rest is not None and 10 <= rest <= 39:
            return 2000 + rest  # "twenty eighteen", "twenty twenty": a year said aloud
    total, current = 0, 0
    for word in words:
        if word == "and" or not word:
            continue
        value = _EN_WORDS.get(word)
        if value is None:
            return None
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current


_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"\b(\d+000) (\d{1,3})\b")
_DECIMAL = re.compile(r"\b(\d+) (?:komma|point|punt) (\d+)\b")
_HALF = re.compile(r"\b(\d+) (?:and a half|en een half|en half)\b")
_SPOKEN_YEAR = re.compile(r"\b20 (1\d|2\d)\b")


# Dutch "ten" is "to the": "ten aanzien van", "ten opzichte van", "ten minste".
_DUTCH_TEN = re.compile(
    r" (?:aanzien|opzichte|minste|behoeve|gevolge|slotte|eerste|tweede|derde|einde|tijde|"
    r"noorden|zuiden|oosten|westen|laste|goede|koste|dienste|hoogste|grondslag|onrechte|"
    r"overstaan|name|volle)\b"
)


def numbers_as_digits(text: str) -> str:
    """'vierhonderddertig banen' -> '430 banen', 'two hundred and forty million' -> '240
    million'. Works on folded text; a lone 'een'/'one' stays a word."""

    def dutch(match: re.Match[str]) -> str:
        word = match.group(1)
        if word in _NOT_ALONE:
            return word
        value = _nl_value(word)
        return str(value) if value is not None else word

    def english(match: re.Match[str]) -> str:
        phrase = match.group(1)
        if phrase in _NOT_ALONE or (phrase == "ten" and _DUTCH_TEN.match(text, match.end())):
            return phrase
        value = _en_value(phrase)
        return str(value) if value is not None else phrase

    text = _EN_NUMBER.sub(english, _NL_NUMBER.sub(dutch, text))
    if _DIGIT.search(text) is None:
        return text  # each pattern below joins or marks digits
    # "tweeduizend driehonderdvijftig" -> 2350, "drie komma vijf" -> 3,5, "twintig achttien"
    # (a year said aloud) -> 2018.
    text = _THOUSANDS.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), text)
    text = _DECIMAL.sub(r"\1,\2", text)
    text = _HALF.sub(r"\1,5", text)  # "drie en een half miljoen" -> "3,5 miljoen"
    return _SPOKEN_YEAR.sub(r"20\1", text)


# -- reading --------------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?;:\n])\s+|\n+|(?<=[!?])(?=\S)")
_WORD = re.compile(r"[a-z0-9]+")
_ALL_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{2,}\b")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Þ][\w'-]+")


def _words(text: str) -> list[str]:
    return list(_read_words(text))


@lru_cache(maxsize=2048)
def _read_words(text: str) -> tuple[str, ...]:
    # One message is cut into words several times over (sentences, clauses, their checks).
    return tuple(_fix_domain_words([_squeezed(w) for w in _WORD.findall(fold(text))]))


_STRETCHED = re.compile(r"([a-z])\1{2,}")


def _squeezed(word: str) -> str:
    """'hellooo', 'heyyy', 'byeee', 'thanksss': a greeting, thanks or goodbye with a letter
    typed three or more times ("ideeen" is a word of its own and stays)."""
    if len(word) <= 3 or not _STRETCHED.search(word):
        return word
    for once in (_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)):
        if once in _SQUEEZE_TARGETS:
            return once
    return word


def _strip_leading(words: list[str]) -> int:
    """How many leading words are a greeting ('hoi', 'goedemorgen allemaal', 'helo')."""
    at = 0
    while at < len(words):
        word = words[at]
        pair = " ".join(words[at : at + 2])
        if pair in _GREETING_PHRASES:
            at += 2
            continue
        if word in _GREETINGS or (at > 0 and word in _ADDRESSEES):
            at += 1
            continue
        if len(word) >= 4 and _is_greeting_typo(word):
            at += 1
            continue
        break
    return at


@lru_cache(maxsize=4096)
def _is_greeting_typo(word: str) -> bool:
    """'helo', 'goedemorgn': a greeting mistyped, not a real word near one ('join')."""
    if word in _NOT_GREETINGS or frequency.zipf(word) >= 3.0:
        return False
    found = process.extractOne(word, _GREETING_TYPO_TARGETS, scorer=OSA.distance, score_cutoff=1)
    return found is not None


_SQUEEZE_TARGETS = (
    _GREETINGS
    | {p for p in _THANKS + _GOODBYES if " " not in p}
    | frozenset("ok oke okay cool nice super top great yes ja nee".split())
)
_GREETING_TYPO_TARGETS = [w for w in _GREETINGS if len(w) >= 4 and w not in ("beste", "morgen")]
# Real words one letter away from a greeting.
_NOT_GREETINGS = frozenset("help held hele heel hier hall halo halen mooi moet hoe hoey".split())


def _phrase_in(words: list[str], phrases: tuple[str, ...]) -> str | None:
    joined = f" {' '.join(words)} "
    for phrase in phrases:
        if f" {phrase} " in joined:
            return phrase
    return None


def _is_question(words: list[str], raw: str) -> bool:
    """A question mark, a question word (but "wat" only in front: "wil wat cijfers" is
    "some"), or a verb first with its subject after it ("heb je", not "heb een bakkerij")."""
    if "?" in raw:
        return True
    if not words:
        return False
    if (_QUESTION_WORDS - {"wat"}) & set(words) or words[0] == "wat":
        return True
    if words[0] in _CONJUNCTIONS_FIRST and len(words) >= 4:
        words = words[1:]  # "en kan elke ondernemer daar zomaar aankloppen"
    if words[0] in _VERB_FIRST and bool(_SUBJECTS & set(words[1:3])):
        return True
    # "kan elke ondernemer …", "can any entrepreneur …": an auxiliary first with a subject
    # that starts on a determiner is a question too ("heb een bakkerij" is not: "heb" is
    # the asker's own verb).
    # "is Egbert-Jan Sol nog de directeur": so is a name after it, but not a place ("zijn
    # in Zwolle gevestigd" is a statement without its subject).
    return words[0] in _AUXILIARY_FIRST and len(words) >= 3 and words[1] not in _PREPOSITIONS


def is_question(text: str) -> bool:
    """Whether a clause asks something (see `_is_question`), not only remarks on something."""
    return _is_question(_words(text), text)


_SUBJECTS = frozenset(
    "je jij u jullie er het dat die ik we wij ze zij there you it they i he she this that".split()
)
_CONJUNCTIONS_FIRST = frozenset("en and of or maar but".split())
_AUXILIARY_FIRST = frozenset(
    """
    is zijn kan kun kunnen mag mogen moet moeten wordt worden zal zullen zou zouden bestaat
    bestaan doet doen heeft krijgt are is can could may might should will would does do did
    has
    """.split()
)


_COMMA_QUESTION = re.compile(
    r",\s+(?=(?:hoeveel|wat|wie|waar|wanneer|welke|hoe|how|what|who|where|when|which)\b)",
    re.IGNORECASE,
)
# "kan mijn bedrijf meedoen?": the asker's own company is who asks, not what is asked.
_OWN_COMPANY = re.compile(
    r"\b(?:mijn|ons|onze|my|our)\s+(?:eigen\s+|own\s+|kleine\s+|small\s+)?"
    r"(?:bedrijf|bedrijfje|onderneming|zaak|firma|company|business|firm|startup|"
    r"organisatie|organisation|organization)\b"
)
_LEADING_CONJUNCTION = re.compile(r"^(?:en|and|of|or|ook|also|plus)\s+")
_DEMONSTRATIVES = frozenset("dat dit die deze that this it those these".split())
_THEY = frozenset("they them their ze zij hun".split())
# Set phrases with "in" that do not narrow a question to a place or sector.
_IDIOMS = re.compile(
    r"\b(?:in a nutshell|in het kort|in het algemeen|in principe|in feite|in general|in short|"
    r"in detail|in het bijzonder|at all|in any case|in elk geval|in ieder geval|"
    r"in de praktijk|in practice|in real life|in a few words|in een paar woorden|"
    r"in simple terms|in jip en janneke taal|in gewone taal|in plain words|"
    # a cumulative figure is what is given anyway: "the total investment since the start"
    r"since the (?:start|beginning)|from the (?:start|beginning)|sinds (?:het begin|de start)|"
    r"vanaf (?:het begin|de start)|"
    # "yo what is smart industry in 1 sentence": how long the answer may be, not what about
    r"in (?:1|2|3|een|one|two|three|twee|drie|a few|een paar|a couple of) "
    r"(?:sentences?|zinn?e?n?|lines?|regels?|words?|woorden))\b"
)

# "Klopt het dat er 430 banen zijn?", "240 million, is that still correct?": a claim to check.
# The frame asks for the fact itself; its words would only dilute the claim.
_CLAIM_HEAD = re.compile(
    r"^(?:klopt het (?:nou |echt |wel |eigenlijk )*(?:dat )?|is het (?:waar|juist|correct) dat |"
    r"(?:is it|it is) (?:really )?(?:true|correct|right)(?: that)? |am i right that |"
    r"(?:(?:my|a|mijn|een|onze|our) (?:\w+ )?(?:colleague|collega|friend|vriend|boss|baas|"
    r"manager|contact|accountant|boekhouder|partner|neighbour|buurman)s? |someone |somebody |"
    r"iemand |people |they |men |ze )(?:keeps? saying|kept saying|says|said|told me|tells me|"
    r"claims?|zegt|zei|zeggen|beweert|beweerde|vertelde(?: me| mij)?|blijft zeggen)"
    r"(?: dat| that)? |"
    r"(?:so )?i (?:read|heard) (?:somewhere )?(?:that )?(?:it was )?|"
    r"ik (?:las|hoorde) (?:ergens |laatst )?(?:dat )?)"
)
_CLAIM_TAIL = re.compile(
    r"\s+(?:(?:klopt (?:dat|dit|het)(?: nog| wel| nou| eigenlijk| echt)*(?: een beetje)?)|"
    r"(?:(?:of|or) )?is (?:dat|dit|that|this|it) (?:nog |still |wel |really )?"
    r"(?:correct|right|true|accurate|juist|waar|klopt|overdreven|achterhaald|verouderd|"
    r"outdated|exaggerated)(?: (?:or|of) (?:outdated|exaggerated|not|niet|achterhaald|"
    r"verouderd))?|(?:of|or) (?:niet|not)|sounds like a lot|klinkt als veel)$"
)


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
    """.split()
)


_COMPASS = {
    "noorden": "noord", "north": "noord", "noord": "noord",
    "oosten": "oost", "east": "oost", "oost": "oost",
    "zuiden": "zuid", "south": "zuid", "zuid": "zuid",
}  # fmt: skip
_REGION_PHRASE = re.compile(
    r"\b(?:(?:het|the) (noorden|oosten|zuiden|north|east|south)"
    r"(?: (?:van|of) (?:het land|nederland|the netherlands|the country|holland))?"
    r"|(north|east|south)(?:ern)? (?:netherlands|holland)|(noord|oost|zuid)en van het land)\b"
)


def regions_named(text: str) -> str:
    """'het noorden', 'the north of the country', 'northern Netherlands' -> the region's
    name ("noord-nederland"), as the Hubs are known by it: "en in het noorden?" is a place."""

    def region(found: re.Match[str]) -> str:
        word = next(g for g in found.groups() if g)
        return f"{_COMPASS[word]}-nederland"

    return _REGION_PHRASE.sub(region, text)


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


def without_source_frame(text: str) -> str:
    """'dialogic noemt een bedrag voor de financiering van fieldlabs' -> 'bedrag voor de
    financiering van fieldlabs': who says it frames what is asked, as "volgens" does. Only
    a source the knowledge names (TNO, Dialogic, Sol) and a verb of saying."""
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


def without_claim_frame(text: str) -> str:
    """'klopt het dat er 430 banen zijn' -> 'er 430 banen zijn'; the text itself when
    nothing is left but the frame."""
    stripped = _CLAIM_TAIL.sub("", _CLAIM_HEAD.sub("", text)).strip()
    return stripped if len(stripped.split()) >= 2 else text


# A statement asks nothing: no question word, no question mark, no verb first, and no
# request ("ik zoek", "graag info over", "looking for", "interested in").
_REQUEST = frozenset(
    """
    zoek zoeken zoekt wil wilt willen graag benieuwd interesse geinteresseerd nodig help
    helpen info informatie uitleg vertel tips advies want wanted looking need interested
    curious information tell please pls
    """.split()
)


_ASKING_OPENERS = frozenset("any anything anyone other andere nog more meer".split())


def _is_statement(words: list[str], raw: str) -> bool:
    if len(words) < 4 or _is_question(words, raw) or _REQUEST & set(words):
        return False
    if words[0] in _ASKING_OPENERS:
        return False  # "any other labs with robots": chat asks without a question mark
    joined = f" {' '.join(words)} "
    return not any(wish in joined for wish in (" would like ", " id like ", " zou graag "))


def _fix_domain_words(words: list[str]) -> list[str]:
    """'fieldlbas', 'feldlab', 'field labs' -> 'fieldlabs': the one word every question
    about the programme hangs on, typed many ways."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _FIELD_HALVES and i + 1 < len(words) and words[i + 1] in _LAB_HALVES:
            # "field labs", voice-to-text "fiel lab", "field laps"
            out.append("fieldlabs" if words[i + 1].endswith("s") else "fieldlab")
            i += 2
            continue
        if word in _SPOKEN:
            out.append(_SPOKEN[word])
            i += 1
            continue
        if word in _SPOKEN_AFTER_INDUSTRY and out and out[-1] in _BEFORE_SPOKEN_HUB:
            out.append(_SPOKEN_AFTER_INDUSTRY[word])  # "welke smart industrie hap is er"
            i += 1
            continue
        if word == "r" and i + 1 < len(words) and words[i + 1] in ("u", "you", "there", "they"):
            out.append("are")  # "r u a bot?": chat shorthand, not a letter of a name
            i += 1
            continue
        if word in _SHORTHAND:
            out += _SHORTHAND[word].split()
            i += 1
            continue
        run = i
        while run < len(words) and len(words[run]) == 1 and words[run].isalpha():
            run += 1
        if run - i >= 2:  # "t n o", "r v o": a name spelled letter by letter
            out.append("".join(words[i:run]))
            i = run
            continue
        if word not in _DOMAIN and 6 <= len(word) <= 11 and word[0] in "fv":
            found = process.extractOne(word, _DOMAIN, scorer=OSA.distance, score_cutoff=2)
            if found is not None:
                word = found[0]
        out.append(word)
        i += 1
    return out


_DOMAIN = ("fieldlab", "fieldlabs")
_FIELD_HALVES = frozenset("field fiel feel veld vield fields".split())
_LAB_HALVES = frozenset("lab labs lap laps lep leps leb lebs".split())
# How speech-to-text and quick typing spell the programme's own words.
_SPOKEN = {"hup": "hub", "hups": "hubs", "hubz": "hubs", "hubb": "hub", "hubbs": "hubs"}
# Words that are a "hub" misheard only after "smart industry" ("hap" is a Dutch word too).
_SPOKEN_AFTER_INDUSTRY = {
    "hap": "hub", "haps": "hubs", "happ": "hub", "happs": "hubs",
    "hab": "hub", "habs": "hubs", "hob": "hub", "hobs": "hubs",
}  # fmt: skip
# "smart industrie hap", "welke hap is dat": only after these is "hap" a hub said aloud.
_BEFORE_SPOKEN_HUB = frozenset({"industry", "industrie", "welke", "which"})
# Chat shorthand, written to save keystrokes ("hoevl fl waren er", "hub vr groningen").
_SHORTHAND = {
    "fl": "fieldlab", "fls": "fieldlabs", "hoevl": "hoeveel", "hvl": "hoeveel",
    "hoevee": "hoeveel", "n": "een", "vr": "voor", "vd": "van de", "wrm": "waarom",
    "wnr": "wanneer", "mn": "mijn", "impl": "implementatie", "invest": "investeringen",
    "tm": "tot", "ivm": "in verband met", "evt": "eventueel", "bijv": "bijvoorbeeld",
    "nr": "nummer", "info": "informatie", "prog": "programma", "org": "organisatie",
}  # fmt: skip


# "tussen 2015 en 2019", "2015 tot en met 2019", "between 2015 and 2019", "2015-2019": a
# cumulative figure over a period is the figure at its end.
_YEAR_RANGE = re.compile(
    r"\b(?:(?:in )?de periode |the period |(?:over )?de jaren |tussen |between |from |van )?"
    r"(20[0-3]\d)\s*(?:-|–|/|tot en met|t/m|tm|tot|en|and|to|through|till|until|up to)?\s*"
    r"(20[0-3]\d)\b"
)


def _take_when(text: str) -> tuple[str, When | None]:
    """Cut the year or 'now' out of a clause: ('hoeveel fieldlabs waren er', When(2017))."""
    if "20" not in text:  # every year pattern below is 20xx
        latest = _LATEST.search(text)
        if latest is None:
            return text, None
        cleaned = f"{text[: latest.start()]} {text[latest.end() :]}".strip()
        return cleaned or text, When(latest=True)
    span = _YEAR_RANGE.search(text)
    if span is not None and int(span.group(2)) > int(span.group(1)):
        before = _YEAR_PREPOSITIONS.sub("", text[: span.start()]).rstrip()
        cleaned = f"{before} {text[span.end() :]}".strip()
        return cleaned, When(int(span.group(2)))
    month_match = _MONTH_YEAR.search(text)
    if month_match is not None:
        month = _MONTHS[month_match.group(1)[:3]]
        before = _YEAR_PREPOSITIONS.sub("", text[: month_match.start()]).rstrip()
        cleaned = f"{before} {text[month_match.end() :]}".strip()
        return cleaned, When(int(month_match.group(2)), "", False, month)
    match = _YEAR_PART.search(text)
    if match is not None:
        part_word = (match.group(1) or "").replace("the ", "").replace(" of", "")
        part = {"begin": "begin", "start": "begin", "early": "begin", "beginning": "begin"}.get(
            part_word, "eind" if part_word in ("eind", "einde", "end", "late") else ""
        )
        before = _YEAR_PREPOSITIONS.sub("", text[: match.start()]).rstrip()
        cleaned = f"{before} {text[match.end() :]}".strip()
        return cleaned, When(int(match.group(2)), part)
    latest = _LATEST.search(text)
    if latest is not None:
        cleaned = f"{text[: latest.start()]} {text[latest.end() :]}".strip()
        return cleaned or text, When(latest=True)
    return text, None


def _split_questions(words: list[str]) -> list[list[str]]:
    """The questions in `words`, a later one with the first one's subject for its pronoun."""
    parts = _split_raw(words)
    return [_with_subject(part, parts[0]) if n else part for n, part in enumerate(parts)]


_DIFFERENCE = re.compile(
    r"\b(?:verschil(?:len)? tussen|difference(?:s)? between)\s+(?:een |de |het |a |an |the )?"
    r"((?:\w+ ){0,2}?\w+)\s+(?:en|and)\s+(?:een |de |het |a |an |the )?((?:\w+ ){0,2}?\w+)$"
)


def _difference(words: list[str]) -> list[list[str]] | None:
    """'wat is het verschil tussen een fieldlab en een hub' -> 'wat is fieldlab', 'wat is
    hub': each of the two explained."""
    found = _DIFFERENCE.search(" ".join(words))
    if found is None:
        return None
    what = ["what", "is"] if found.group(0).startswith("diff") else ["wat", "is"]
    return [[*what, *found.group(1).split()], [*what, *found.group(2).split()]]


_VERSUS = frozenset("vs versus tegenover".split())


def _versus(words: list[str]) -> list[list[str]] | None:
    """'wat doen ramlab vs sam xl' -> 'wat doen ramlab', 'wat doen sam xl': a question asked
    of two things set side by side."""
    at = next((n for n, w in enumerate(words) if w in _VERSUS), 0)
    if not 3 <= at <= 5 or len(words) - at > 4 or words[0] not in _QUESTION_WORDS:
        return None
    head, first, second = words[:2], words[2:at], words[at + 1 :]
    if not _has_content(" ".join(first)) or not _has_content(" ".join(second)):
        return None
    return [[*head, *first], [*head, *second]]


_COUNT_WORDS = {("hoeveel",), ("how", "many"), ("how", "much")}


def _distributed_count(words: list[str]) -> list[list[str]] | None:
    """'hoeveel fieldlabs en hubs zijn er' -> 'hoeveel fieldlabs zijn er', 'hoeveel hubs zijn
    er': one count asked of two things."""
    for at in range(len(words)):
        for opener in _COUNT_WORDS:
            size = len(opener)
            if tuple(words[at : at + size]) != opener or at + size + 2 >= len(words):
                continue
            first, joint, second = words[at + size : at + size + 3]
            if joint not in ("en", "and") or is_stopword(first) or is_stopword(second):
                continue
            if second in _QUESTION_WORDS:
                continue
            head, tail = words[: at + size], words[at + size + 3 :]
            return [[*head, first, *tail], [*head, second, *tail]]
    return None


def _split_raw(words: list[str]) -> list[list[str]]:
    """'hoeveel fieldlabs zijn er en hoeveel banen' -> two clauses; a conjunction only
    splits when a question word follows it and both halves have words of their own."""
    parts: list[list[str]] = []
    current: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if following in _PREPOSITIONS and i + 2 < len(words) and words[i + 2] in _QUESTION_WORDS:
            following = words[i + 2]  # "en bij welke organisatie", "and in which year"
        if (
            word in _AUXILIARY_FIRST
            and following in ("there", "er")
            and len(current) >= 3
            and _QUESTION_WORDS & set(current)
            and _OWN_VERBS & set(current)  # not "how many fieldlabs are there"
            and current[-1] not in _QUESTION_WORDS | _AUXILIARY_FIRST
            and len(words) - i >= 3
        ):
            # Voice input without punctuation: "how do i sign up for a field lab is there a
            # form": a verb with "there" after it starts the next question.
            parts.append(current)
            current = [word]
            continue
        if (
            word in _SPLIT_CONJUNCTIONS
            and not (word in ("ook", "also") and following == "wat")  # "ook wat": "something"
            and following in _SECOND_QUESTION
            and len(current) >= 2
            and len(words) - i - 1 >= 2
            and (
                following in _QUESTION_WORDS
                or _QUESTION_WORDS & set(current)
                # "bestaan die hubs nog of is er iets anders voor gekomen?": two yes/no
                # questions, the first one verb first
                or (current[0] in _AUXILIARY_FIRST and following in _AUXILIARY_FIRST)
            )
        ):
            parts.append(current)
            current = []
            continue
        current.append(word)
    if current:
        parts.append(current)
    return parts


# Words that stand for the subject of the question before: "what is DCMC and where is it".
_SUBJECT_PRONOUNS = frozenset("it its they them their those ze zij die het hun deze".split())


def _question_start(words: list[str]) -> int:
    """Where a question begins inside an introduction (0: none after the first words)."""
    for at, word in enumerate(words):
        if word == "wat" and at and words[at - 1] in _BEFORE_SOMETHING:
            continue  # "… zegt dat we wat met smart industrie moeten": "wat" is "something"
        if at >= 3 and word in _QUESTION_WORDS - {"wat"} | {"welke", "wat", "waar", "wie"}:
            return at
        following = words[at + 1] if at + 1 < len(words) else ""
        if at >= 3 and word in _AUXILIARY_FIRST and following in _ASKED_SUBJECTS:
            return at  # "… in harderwijk are there any field labs near me"
    return 0


# Words after which "wat" is "something": "dat we wat met robots moeten", "willen wat doen".
_BEFORE_SOMETHING = frozenset(
    "ik je jij u we wij ze zij hij er willen wil wilt moeten moet zoeken zoek zoekt doen "
    "hebben heb hebt ook nog graag even al".split()
)
# After a verb, a subject that makes it a question ("are there", "is er", "kan ik").
_ASKED_SUBJECTS = frozenset("there er you je jij u".split())


def subject_of(words: list[str], size: int = 2) -> list[str]:
    """The last content words of a question, where its subject usually ends: "who works
    together in a smart industry hub" -> ["industry", "hub"]. A pronoun later stands for
    these, not for the verbs before them."""
    content = [w for w in words if not is_stopword(w) and w not in _QUESTION_WORDS]
    return content[-size:]


# "wat is dat nou eigenlijk precies", "what is that exactly": a question about what was just
# said, nothing of its own.
_POINTS_BACK_ONLY = re.compile(
    r"^((?:wat|what) (?:(?:exactly|precies|eigenlijk) )?(?:is|zijn|betekent|means|are)) "
    r"(?:dat|dit|that|this|it)"
    r"(?= *(?:(?:nou|nu|dan|eigenlijk|precies|exactly|then|allemaal|toch|eens|even)\b *)*$)"
)


_TOPIC_PREPOSITIONS = frozenset("over about met with on op".split())


def _topic_of(words: list[str]) -> list[str]:
    """What a sentence is about, for a "wat is dat?" after it: the words after its last "over"
    or "met" ("we krijgen vragen over de Duurzaamheidsfabriek"), else its last content words
    ("I'm citing the TNO Fieldlab publication of 2019" -> tno fieldlab publication)."""
    at = max((n for n, w in enumerate(words) if w in _TOPIC_PREPOSITIONS), default=-1)
    after = [w for w in words[at + 1 :] if not is_stopword(w) and not w.isdigit()]
    if at >= 0 and after:
        return after[:3]
    return [w for w in words if not is_stopword(w) and not w.isdigit()][-3:]


def _with_shared_tail(parts: list[list[str]]) -> list[list[str]]:
    """'hoeveel banen en hoeveel investeringen hebben de fieldlabs tot eind 2018 opgeleverd':
    the first question ("hoeveel banen") ends where the second goes on, and shares its
    tail."""
    if len(parts) != 2:
        return parts
    first, second = parts
    if (
        2 <= len(first) <= 3
        and first[0] == second[0]
        and first[0] in _QUESTION_WORDS
        and len(second) >= len(first) + 2
        and not (_OWN_VERBS | _AUXILIARY_FIRST) & set(first[1:])
    ):
        return [[*first, *second[len(first) :]], second]
    return parts


def _elliptic(part: list[str], first: list[str]) -> list[str]:
    """'welke fieldlabs liggen er in groningen, en welke in drenthe' -> the second question
    'welke fieldlabs liggen er in drenthe': the same question word with only a new place or
    year asks the first question again of that. 'aan wie is die overhandigd en op welk
    evenement' -> 'op welk evenement is die overhandigd': a question word with its
    preposition and noun only asks the first question's verb of that."""
    asked_at = next((n for n, w in enumerate(first) if w in _QUESTION_WORDS), None)
    if (
        2 <= len(part) <= 4
        and part[0] in _PREPOSITIONS
        and part[1] in _QUESTION_WORDS
        and not (_OWN_VERBS | _AUXILIARY_FIRST) & set(part[2:])
        and asked_at is not None
        and len(first) - asked_at >= 3
    ):
        # "in welk jaar is de hub opgericht en door welke partijen": from its verb on
        verb = next(
            (
                n
                for n in range(asked_at + 1, len(first))
                if first[n] in _AUXILIARY_FIRST | _OWN_VERBS
            ),
            asked_at + 1,
        )
        return [*part, *first[verb:]]
    if (
        len(part) > 5
        or len(part) < 3
        or not first
        or part[0] != first[0]
        or part[0] not in _QUESTION_WORDS
        or part[1] not in _PREPOSITIONS
    ):
        return part
    at = max((n for n, w in enumerate(first) if n and w in _PREPOSITIONS), default=len(first))
    return [*first[:at], *part[1:]]


_ONES = frozenset("one ones eentje eentjes".split())
_TOPICS = frozenset("fieldlab fieldlabs hub hubs".split())


def _with_subject(
    part: list[str], first: list[str], previous: list[str] | None = None
) -> list[str]:
    """A later question's pronoun replaced by the first question's subject words, when it
    has no subject of its own ("and how many of them exist?", not "how many jobs did it
    bring?"); "one" is one of what the first question asked about ("which fieldlabs do 3D
    printing, and is there one for composites?")."""
    # "how many fieldlabs are there, how many hubs, and is there one near us?": one of the
    # question just before.
    topic = [w for w in (previous or first) if w in _TOPICS] or [w for w in first if w in _TOPICS]
    if _ONES & set(part) and topic and not _TOPICS & set(part):
        return [topic[-1] if w in _ONES else w for w in part]
    if not _SUBJECT_PRONOUNS & set(part):
        return part
    own = [w for w in part if not is_stopword(w) and w not in _SUBJECT_PRONOUNS]
    if len(own) >= 2:
        return part
    subject = [w for w in first if not is_stopword(w) and w not in _QUESTION_WORDS]
    if not subject:
        return part
    out: list[str] = []
    replaced = False
    for word in part:
        if word in _SUBJECT_PRONOUNS and not replaced:
            out += subject
            replaced = True
        else:
            out.append(word)
    return out


_TOPIC_FIRST = re.compile(
    r"^(?P<topic>(?:[a-z0-9]+ ){1,5}?)(?P<ask>(?:wat|what|wie|who|waar|where) "
    r"(?:is|zijn|are|was|waren|were|doet|doen|does|do))\s+(?:dat|dit|die|het|that|this|it|they|"
    r"those|ze)\b"
)


def _topic_first(text: str) -> str:
    """'fieldlab wat is dat nou precies' -> 'wat is fieldlab nou precies': the topic said
    first and pointed back at."""
    found = _TOPIC_FIRST.match(text)
    if found is None:
        return text
    topic = found.group("topic").split()
    if topic[0] in _SPLIT_CONJUNCTIONS:
        return text  # "and the Noordvleugel one, where was that?": a follow-up points back
    if topic[-1] in _SPLIT_CONJUNCTIONS:
        topic = topic[:-1]  # "SAMXL, what is that" reads "samxl en what is that"
    if not topic or _QUESTION_WORDS & set(topic) or not [w for w in topic if not is_stopword(w)]:
        return text
    return " ".join([found.group("ask"), *topic, text[found.end() :]]).strip()


_COLON_TOPIC = re.compile(r"^([^.!?:,]{3,60}):\s+(\S.*\?)\s*$")


def _topic_with_colon(text: str) -> str:
    """'Region of Smart Factories: how much money was there for the project?' -> the question
    with its topic after it, so the name is in the question it belongs to."""
    found = _COLON_TOPIC.match(text)
    if found is None:
        return text
    head, question = found.group(1), found.group(2)
    head_words = _words(head)
    if (
        not (_CAPITALISED.search(head) or _NAME_LIKE.search(head))
        or {"questions", "vragen", "vraag", "question"} & set(head_words)
        or _QUESTION_WORDS & set(head_words)
        or head_words[0] in _FIRST_PERSON | _PREPOSITIONS | {"even", "nou", "vraag", "question"}
        or _strip_leading(head_words)
        or len(head_words) > 6
    ):
        return text
    return f"{question.rstrip('?')} {head}?"


# "RoboHouse", "DCMC", "SAM|XL": a name by its capitals, also where a sentence starts.
_NAME_LIKE = re.compile(r"\b[A-Za-z]+[A-Z][\w'-]*")
_ENGLISH_AUXILIARIES = frozenset(
    "are is can could may might should will would does do did has".split()
)
_ALTERNATIVE = re.compile(r"\s(?:or|of)\s+((?:\w+\s*){1,4})$")


def _without_alternative(text: str) -> str:
    """'can any entrepreneur contact a hub or only members' -> the yes/no question without the
    alternative it offers, which names no subject of its own."""
    words = text.split()
    found = _ALTERNATIVE.search(text)
    if found is None or not words or words[0] not in _AUXILIARY_FIRST:
        return text
    english = words[0] in _ENGLISH_AUXILIARIES
    if (found.group(0).split()[0] == "or") != english:
        return text  # English "of" is no "or": "the names of all the hubs"
    rest = found.group(1).split()
    if _QUESTION_WORDS & set(rest) or rest[0] in _AUXILIARY_FIRST or len(words) - len(rest) < 5:
        return text
    return text[: found.start()].strip()


def _has_content(text: str) -> bool:
    return any(not is_stopword(w) and not w.isdigit() for w in text.split())


_FIRST_PERSON = frozenset("ik wij we i need".split())


def _tells_about_the_asker(words: list[str], raw: str) -> bool:
    """A sentence after a question that says what the asker needs or does, asking nothing
    itself: "Ik wil het goed citeren.", "Need it for chapter 3."."""
    return (
        len(words) >= 3
        and words[0] in _FIRST_PERSON
        and "?" not in raw
        and not _QUESTION_WORDS & set(words)
        and not (words[0] == "ik" and words[1] in ("wil", "zou", "vraag") and "weten" in words)
    )


def _without_phrases(words: list[str], phrases: tuple[str, ...]) -> list[str]:
    """`words` without every phrase of `phrases` in them: "ok bye have nice weekend" -> ["ok"]."""
    joined = f" {' '.join(words)} "
    present = set(words)
    for first, phrase in _longest_first(phrases):
        if first in present:  # a phrase can only be there if its first word is
            joined = joined.replace(phrase, " ")
    return joined.split()


@lru_cache(maxsize=16)
def _longest_first(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each phrase's first word and its " phrase " form, longest phrase first."""
    ordered = sorted(phrases, key=len, reverse=True)
    return tuple((p.split()[0] if p.split() else "", f" {p} ") for p in ordered)


# "contradicts what I found", "exactly what I needed": "what" with a subject after it, not in
# front, joins a remark; it asks nothing.
_SUBJECT_AFTER_WHAT = frozenset("i you we he she they ik je jij u we wij ze zij".split())


def _asks_beyond_remark(words: list[str], raw: str) -> bool:
    """Whether a sentence asks something, a relative "what" not counted: "That figure
    contradicts what I found in the Dialogic report" is a remark on the answer."""
    if "?" in raw or not words:
        return "?" in raw
    kept = [
        w
        for at, w in enumerate(words)
        if not (
            w in ("what", "wat")
            and at
            and at + 1 < len(words)
            and words[at + 1] in _SUBJECT_AFTER_WHAT
        )
    ]
    return _is_question(kept, raw)


def _partition(sentence: str) -> tuple[str, str, str]:
    """The sentence cut at its first comma or dash: "I'm a zzp'er in Amersfoort - why…"."""
    found = re.search(r", | [-–] ", sentence)
    if found is None:
        return sentence, "", ""
    return sentence[: found.start()], found.group(), sentence[found.end() :]


# "@bot hoeveel fieldlabs", "do u speak english @fieldbot": a mention addresses the bot, it
# asks nothing (an e-mail address has a word before its "@" and is left alone).
# Laughter, swearing and chat exclamations: "haha", "lol", "wtf is een fieldlab 😂".
_NOISE = re.compile(
    r"(?<![\w-])(?:(?:ha|he|hi|hah|heh){2,}h?|a?ha{2,}|lo+l+|lmf?ao+|rofl|xd+|wtf|omg|omfg|"
    r"jeez|damn|dammit|shit|fuck(?:ing)?|fck|ffs|pff+|tsja|tja|jeetje|jemig|sjonge)(?![\w-])",
    re.IGNORECASE,
)
# "wtf is een fieldlab": the exclamation stands for the question word, when what follows is
# "is een/a …" (what something is); "wtf zijn er echt 47 fieldlabs?" stays a yes/no question.
_NOISE_ASKING = re.compile(
    r"^\s*wtf\s+(?=(?:is|zijn|are|does|doet|doen)\s+(?:een|a|an|de|het|the|die|dat|that|this)\b)",
    re.I,
)


def without_noise(text: str) -> str:
    """'wtf is een fieldlab 😂' -> 'what is een fieldlab 😂', 'hoeveel banen ... haha' -> the
    question: chat noise around a question does not sink it. A sentence that asks nothing
    keeps its noise ("haha", "lol", "Haha nog eentje:"): it is a remark of its own."""
    pieces = []
    for piece in _SENTENCE.split(MENTION.sub(" ", text)):
        cleaned = " ".join(_NOISE.sub(" ", _NOISE_ASKING.sub("what ", piece)).split())
        cleaned = re.sub(r"\s+([,.!?;:])", r"\1", cleaned).strip(" ,;")
        words = _words(cleaned)
        pieces.append(cleaned if len(words) >= 2 and _is_question(words, cleaned) else piece)
    return " ".join(" ".join(pieces).split()) or text


# "… opgeleverd want ik zie alleen maar kosten", "… subsidie voor want anders begin ik er
# niet aan": a reason told after a question (Dutch "want" is "because"), not part of it.
_ASIDE = re.compile(
    r"\s(?:want|omdat|aangezien)\s+(?:ik|wij|we|bij|anders|het|dat|dan|er|die|ze|zij|mijn|"
    r"onze|ons|hij|je|u|de|alles|eigenlijk|toch|nu|hier)\b.*$"
)
_NOT_DUTCH_WANT = frozenset("i we you they u do dont would people companies if who".split())


# "wie zit er achter smart industry, is dat de overheid of de fme of allebei": a guess at
# the answer, offered as a choice, after a question that asks it.
_GUESS = re.compile(
    r"\s(?:is|was|zijn|waren|is it|was it|are they|were they) (?:dat|het|die|dit|ze|that|this)?"
    r"(?: nou| dan| soms| toch| then)* \S.* (?:of|or) \S.*$"
)


# Questions whose answer a guess can offer a choice for: who, where.
_GUESSED_WORDS = frozenset("wie who waar where".split())
_GUESS_REACH = 160


def without_aside(plain: str) -> str:
    """A question without the reason told after it ("… want ik zie alleen maar kosten") or
    the guess at its answer ("…, is dat de overheid of de fme")."""
    # Only the end of a message can hold a guess (which also keeps the search linear).
    guessed = _GUESS.search(plain, max(0, len(plain) - _GUESS_REACH))
    if guessed is not None:
        head = plain[: guessed.start()].split()
        # "wie is het aanspreekpunt … of brabant" is one question: a guess follows a question
        # of its own, with a verb and what it asks ("wie zit er achter dat smart industry").
        if len(head) >= 3 and head[0] in _GUESSED_WORDS and head[-1] not in _SPLIT_CONJUNCTIONS:
            plain = " ".join(head)
    found = _ASIDE.search(plain)
    if found is None:
        return plain
    head = plain[: found.start()].split()
    if head and head[-1] in _NOT_DUTCH_WANT:
        return plain  # "what do you want"
    content = [w for w in head if not is_stopword(w) and w not in _QUESTION_WORDS]
    if len(content) < 2 or not _is_question(head, "?" if "?" in plain else ""):
        return plain
    return " ".join(head)


_LIST_ITEMS = re.compile(
    r",\s*(?:and|en|plus)?\s*|\s+(?:and|en|plus)\s+(?=(?:the|de|het|a|an|een)\b)"
)
_NEEDING = frozenset(
    "need nodig zoek zoeken looking want wil wilt graag figures cijfers numbers data".split()
)


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
_WHICH_DATE_NL = re.compile(r"\bop welke (?:datum|dag)\b")


def _cleaned(clause_text: str) -> str:
    """What the matcher sees of a clause: without idioms, a claim's frame, guessed numbers,
    who says it, the asker's own company, a leading conjunction and an offered alternative."""
    clause_text = without_claim_frame(_IDIOMS.sub(" ", clause_text).strip())
    clause_text = without_hedged_numbers(clause_text)
    clause_text = without_source_frame(without_attribution(clause_text))
    without_own = _OWN_COMPANY.sub(" ", clause_text).strip()
    if len([w for w in without_own.split() if not is_stopword(w)]) >= 2:
        clause_text = without_own  # else "what's in it for my business" keeps it
    clause_text = _LEADING_CONJUNCTION.sub("", clause_text)
    clause_text = _FUNDING_FOR_OWN.sub(r"\1", clause_text)
    clause_text = _WHAT_TO_DO_TO.sub(
        lambda m: "how can i " if m.group(0).startswith("what") else "hoe kan ik ", clause_text
    )
    # "On which date the Actieagenda was presented?", "op welke datum": asks when
    clause_text = _WHICH_DATE_EN.sub("when", _WHICH_DATE_NL.sub("wanneer", clause_text))
    # "working together in one hub": any one, as "a hub" (the count is not asked)
    clause_text = re.sub(r"\b(in|at|for|of) one (?=(?:fieldlab|hub)\b)", r"\1 a ", clause_text)
    return _without_alternative(clause_text)


def _keyword_list(sentence: str) -> list[Clause]:
    """'invest + banen + bedrijven fl tm 2018?' -> one question per keyword, each about the
    topic ("fieldlab") and the year said once for all of them."""
    pieces = [_words(p) for p in re.split(r"\s[+&]\s", sentence)]
    if len(pieces) < 2 or not all(pieces) or any(_QUESTION_WORDS & set(p) for p in pieces):
        return []
    whole = numbers_as_digits(" ".join(w for p in pieces for w in p))
    when = _take_when(whole)[1]
    topic = [w for p in pieces for w in p if w in _TOPICS][:1]
    clauses = []
    for piece in pieces:
        asked, own_when = _take_when(numbers_as_digits(" ".join(piece)))
        words = asked.split()
        if not _has_content(asked):
            continue
        if not _TOPICS & set(words):
            words += topic
        clauses.append(Clause(_cleaned(" ".join(words)), " ".join(piece), own_when or when))
    return clauses


def _listed_after_colon(sentences: list[str]) -> set[int]:
    """The sentences that list what the one before asked for after its colon: "I need the
    2019 TNO figures: the total investment since the start, and the number of companies
    involved." holds two questions, said without a question word."""
    listed = set()
    for n in range(1, len(sentences)):
        before, after = sentences[n - 1], sentences[n]
        after_words = _words(after)
        if (
            before.rstrip().endswith(":")
            and _NEEDING & set(_words(before))
            and "?" not in after
            and after_words
            and not _is_question(after_words, after)
            and _LIST_ITEMS.search(after)
        ):
            listed.add(n)
    return listed


def _keyword_then_question_word(sentences: list[str]) -> list[str]:
    """'hubs? hoeveel' -> 'hoeveel hubs?': a lone question word asks about the keyword said
    just before it."""
    out: list[str] = []
    for sentence in sentences:
        words = _words(sentence)
        before = _words(out[-1]) if out else []
        if (
            1 <= len(words) <= 2
            and words[0] in _QUESTION_WORDS
            and all(w in _QUESTION_WORDS or w in ("dan", "nou", "er", "then") for w in words)
            and 1 <= len(before) <= 3
            and not _QUESTION_WORDS & set(before)
            and _has_content(" ".join(before))
            and not _strip_leading(before)
            and _phrase_in(before, _THANKS + _GOODBYES) is None
            and not _FEEDBACK_ALONE.match(" ".join(before))
        ):
            out[-1] = f"{' '.join(words)} {out[-1].rstrip(' ?!.')}?"
            continue
        out.append(sentence)
    return out


def _sentence_capital(text: str) -> frozenset[str]:
    """The first word of `text` when only its place at the start of the sentence gave it a
    capital: "Een ondernemer uit Tilburg belde ons: bij welke Hub …?" moves that sentence
    behind the question, where its "Een" is no name (the village Een)."""
    first = text.split()[0] if text.split() else ""
    if not first or _ALL_CAPS.fullmatch(first) or _NAME_LIKE.fullmatch(first):
        return frozenset()
    said = {fold(w) for w in _CAPITALISED.findall(text)}
    return frozenset({fold(first)} - said)


# What an entrepreneur asks without saying what: "wat moet ik doen", "ik wil automatiseren",
# "hulp nodig met digitaliseren". Helping with that is what the regional Hubs are for.
_VAGUE_ASK = re.compile(
    r"(?:^|\s)(?:(?:en|and|dus|so) )?(?:wat (?:moet|kan|zou) ik (?:nu |daarvoor |dan )?doen|"
    r"waar (?:moet|kan) ik (?:beginnen|starten)|hoe (?:begin|start) ik|"
    r"what (?:should|can|do) i do|where (?:do|should|can) i (?:start|begin))$"
)
_NEED = re.compile(
    r"^(?:ik wil|wij willen|we willen|i want to|we want to|ik heb hulp nodig (?:met|bij)|"
    r"hulp nodig (?:met|bij)|ik zoek hulp (?:met|bij)|(?:i|we) need help (?:with|to)|"
    r"need help (?:with|to)|help (?:met|bij|with)) (?:\w+ ){0,2}(?:automatiser\w*|"
    r"digitaliser\w*|robotiser\w*|automate|automating|automation|digitise|digitize|"
    r"digitising|digitizing|digitalisation|digitalization|digitalisering|automatisering|"
    r"robotisering)$"
)
_HUB_ASK = {"nl": "bij welke hub kan ik terecht", "en": "which hub can i go to"}


def _vague_asks(
    clauses: list[Clause], intro: str, names: frozenset[str]
) -> tuple[list[Clause], list[str]]:
    """ "Ik heb een metaalbedrijf in Enschede, wat moet ik doen?": asks where to go (the Hub)
    and, when the asker names their trade, which Fieldlabs work on it. "ik wil automatiseren"
    asks where to go too. Returns the clauses and what the asker told in them."""
    out: list[Clause] = []
    told_more: list[str] = []
    for clause in clauses:
        found = _VAGUE_ASK.search(clause.text)
        told = clause.text[: found.start()].strip() if found else ""
        if found and told and not _INTRO.match(told):
            found = None
        if (found is None or not (told or intro)) and not _NEED.match(clause.text):
            out.append(clause)
            continue
        english = bool({"i", "we", "what", "where", "help"} & set(clause.text.split()))
        out.append(replace(clause, text=_HUB_ASK["en" if english else "nl"]))
        if told:
            told_more.append(told)
        said = f"{intro} {told}".split() if found else []
        for prefixes in THEME_WORDS.values():
            word = next((w for w in said if w.startswith(prefixes)), None)
            if word is not None:
                asked = (
                    f"which fieldlabs are there for {word}"
                    if english
                    else (f"welke fieldlabs zijn er voor {word}")
                )
                out.append(replace(clause, text=asked))
    return out, told_more


# Words of German, French or Spanish that Dutch and English do not use: two of them, or a
# "what is" of those languages, say the message is in neither of the bot's languages.
_FOREIGN_WORDS = frozenset(
    """
    ist eine einen und nicht gibt welche können ich sind mein meine für bitte
    est une quel quelle quels comment pourquoi suis vous avec dans c'est
    qué cuántos cuántas dónde cómo es una hay para por pero
    """.split()
)
# "Was ist ein Fieldlab?", "Qu'est-ce qu'un fieldlab ?", "¿Qué es un fieldlab?": what is a …
_FOREIGN_WHAT = re.compile(
    r"^(?:was (?:ist|sind)(?: (?:ein|eine|der|die|das))?|qu'est[- ]ce (?:que |qu')(?:un |une "
    r"|le |la |les )?|¿?qu[ée] (?:es|son)(?: (?:un|una|el|la|los|las))?) ?(?P<rest>[^?¿]+)\??$",
    re.IGNORECASE,
)


def _foreign(text: str) -> tuple[str, bool]:
    """(the message, as a Dutch question where one is clear; whether it is foreign)."""
    said = text.strip()
    what = _FOREIGN_WHAT.match(said)
    if what is not None and what.group("rest").strip():
        return f"wat is een {what.group('rest').strip()}?", True
    words = [w.strip("¿?¡!.,").lower() for w in said.split()]
    return text, len(_FOREIGN_WORDS & set(words)) >= 2


_POINTING_WORDS = frozenset({"het", "daar", "there"})


def _without_articles(plain: str) -> list[str]:
    """The words less "het" used as an article: "wanneer is het programma gestart" points
    back to nothing, "wanneer is het gestart" does."""
    words = plain.split()
    return [
        w
        for n, w in enumerate(words)
        if not (w == "het" and n + 1 < len(words) and not is_stopword(words[n + 1]))
    ]


def _unshouted(text: str) -> str:
    """ "WAT IS EEN FIELDLAB": a message typed in capitals tells no names by them (not the
    village "Een"), so it is read as if typed in lower case. A lone name ("DCMC?") stays."""
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 2]
    if len(words) >= 3 and len(letters) >= 8 and not any(c.islower() for c in letters):
        return text.lower()
    return text


def read(message: str) -> Reading:
    """Cut a chat message into greeting, thanks, sign-off, self-introduction and questions."""
    text = " ".join(strip_invisible(message or "").split())
    text, foreign = _foreign(_unshouted(without_noise(text)))
    written = text
    text = _topic_with_colon(text)
    sentences = []
    context: set[str] = set()  # parts that tell, not ask: "…, I need it for my thesis"
    pending_when: When | None = None  # a sentence that only says when
    for sentence in _SENTENCE.split(text):
        # "Ik heb een bedrijf in Zwolle, waar moet ik heen?": the introduction is a part.
        head, comma, tail = _partition(sentence)
        head_words = _words(head)
        head_words = head_words[_strip_leading(head_words) :]
        if (
            comma
            and head_words
            and head_words[0] not in _SPLIT_CONJUNCTIONS  # "and the one in Woensdrecht, …"
            and (
                _INTRO.match(" ".join(head_words))
                or _is_statement(head_words, head)
                or (len(head_words) == 3 and not _is_question(head_words, head))
            )
            and _is_question(_words(tail), tail)
            and not _DEMONSTRATIVES & set(_words(tail))
        ):
            sentences += [head, _COMMA_QUESTION.sub(" en ", tail)]
        else:
            # "can you give me the names of all the hubs, I need it for my thesis": what the
            # asker tells after the question is context, as it is in front of it.
            body, _, told = sentence.rpartition(", ")
            told_words = _words(told)
            if (
                body
                and len(told_words) >= 3
                and (
                    _INTRO.match(" ".join(told_words))
                    or _PURPOSE.match(" ".join(told_words))
                    or _tells_about_the_asker(told_words, told)
                    or _HEARSAY.match(" ".join(told_words))
                )
                and "?" not in told
                and not _is_question(told_words, told)
                and _is_question(_words(body), body + "?")
                and len(_words(body)) >= 3
            ):
                sentences += [_COMMA_QUESTION.sub(" en ", body), told]
                context.add(told)
            else:
                sentences.append(_COMMA_QUESTION.sub(" en ", sentence))  # "hoeveel X, hoeveel Y"
    sentences = _keyword_then_question_word(
        [s.strip() for s in sentences if s and s.strip(" .!?,;")]
    )
    # "SAMEN, wat is dat?": a word in capitals is a name, also where a sentence starts.
    names = frozenset(fold(w) for w in _CAPITALISED.findall(text) + _ALL_CAPS.findall(text))
    if text != written:
        names -= _sentence_capital(written)
    greeting = thanks = goodbye = feedback = language = preamble = False
    asked = True
    intro: list[str] = []
    clauses: list[Clause] = []
    statements: list[tuple[int, str, str]] = []
    listed = _listed_after_colon(sentences)
    told_names: list[str] = []  # names said before a colon: what the questions after are about
    for n, sentence in enumerate(sentences):
        if sentence in context and clauses:
            intro.append(sentence)
            continue
        words = _words(sentence)
        if n + 1 in listed:
            # "For my thesis I need the 2019 TNO figures: …": what is asked follows the
            # colon; the year said here holds for it.
            intro.append(sentence)
            pending_when = _take_when(numbers_as_digits(" ".join(words)))[1] or pending_when
            continue
        if (
            not clauses
            and sentence.endswith(":")
            and n + 1 < len(sentences)
            and "?" in sentences[n + 1]
            and not _is_question(words, sentence)
        ):
            # "Mijn begeleider vraagt naar de oprichting van SMITZH: in welk jaar is de hub
            # opgericht?": the name said before the colon is what the question is about.
            # only a name by its capitals ("SMITZH", "RoboHouse"), not "For an article on
            # European manufacturing policy:"
            said_names = {
                fold(w) for w in _ALL_CAPS.findall(sentence) + _NAME_LIKE.findall(sentence)
            }
            colon_names = [w for w in words[1:] if w in said_names]
            if colon_names:
                intro.append(sentence)
                told_names = colon_names
                continue
        keywords = _keyword_list(sentence)
        if keywords:
            clauses += keywords  # "invest + banen + bedrijven fl tm 2018?"
            continue
        if n in listed:
            for item in _LIST_ITEMS.split(sentence.rstrip(" .")):
                item_words = " ".join(_words(item))
                if _has_content(item_words):
                    asked_text, when = _take_when(numbers_as_digits(item_words))
                    clauses.append(
                        Clause(_cleaned(asked_text), item_words, when or pending_when, names)
                    )
            continue
        if _PURPOSE.match(" ".join(words) + " ") and "?" not in sentence and len(words) <= 6:
            intro.append(sentence)  # "Voor mijn scriptie: …"
            continue
        if clauses and _tells_about_the_asker(words, sentence):
            intro.append(sentence)  # "… gepresenteerd? Ik heb de exacte maand nodig."
            continue
        if n < len(sentences) - 1 and "?" not in sentence and _OWN_PLACE.match(" ".join(words)):
            intro.append(sentence)  # "bedrijf in enschede, bij welke hub hoor ik"
            continue
        if (
            n < len(sentences) - 1
            and words[:1] in (["we"], ["wij"])
            and not _is_question(words, sentence)
            and not (_REQUEST | _QUESTION_WORDS) & set(words)
        ):
            intro.append(sentence)  # "we're in Zwolle. we build trailers. how many …?"
            continue
        skip = _strip_leading(words)
        if (skip and n == 0) or (skip and not clauses):
            greeting = True
        words = words[skip:]
        if not words:
            continue
        found_thanks = _phrase_in(words, _THANKS)
        found_bye = _phrase_in(words, _GOODBYES)
        plain = " ".join(words)
        asks = _is_question(words, sentence)
        if _HOW_ARE_YOU.match(plain) and len(words) <= 7:
            greeting = True  # "hey there how are you doing today"
            continue
        if _LANGUAGE_QUESTION.search(plain) and not clauses:
            language = True
            continue
        if language and _LANGUAGE_NAMES & set(words) and not clauses:
            continue  # "can I ask in Dutch? my Dutch is not so good": still about language
        said_bye = len(words) - len(_without_phrases(words, _GOODBYES + _THANKS))
        if found_bye and not asks and (len(words) <= said_bye + 3 or found_thanks):
            goodbye = True  # "cheers, talk later": a goodbye with thanks in it
            thanks = thanks or bool(found_thanks)
            continue
        if found_thanks and (len(words) <= len(found_thanks.split()) + 3 or not asks):
            thanks = True  # "Top, heel erg bedankt voor de snelle hulp!"
            continue
        if (_FEEDBACK.search(plain) and not _asks_beyond_remark(words, sentence)) or (
            _FEEDBACK_ALONE.match(plain)
        ):
            feedback = True
            continue
        if found_thanks:  # "bedankt, en hoeveel banen?": the rest is a question
            thanks = True
        plain = without_aside(_PREAMBLES.sub("", _ASKED_BY.sub("", plain)))
        if _CONTACT_ME.match(plain):
            continue  # "bel me op 06-…": the number was taken out; the note says why
        if not plain or _ASKING_TO_ASK.match(plain) or _HOW_TO_USE.match(plain):
            preamble = True
            continue
        if _INTRO.match(plain) and "?" not in sentence:
            # Voice input without punctuation: "wij zijn een plaatwerkerij uit lochem welke
            # fieldlabs zijn er voor de metaal": the question starts at its question word.
            split = _question_start(plain.split())
            if split:
                intro.append(" ".join(plain.split()[:split]))
                plain = " ".join(plain.split()[split:])
            elif not _is_question(plain.split(), sentence):
                intro.append(sentence)
                continue
        elif _INTRO.match(plain) and not _is_question(plain.split(), sentence):
            intro.append(sentence)
            continue
        plain = _topic_first(numbers_as_digits(plain))
        dated_text, dated = _take_when(plain)
        if (
            dated is not None
            and dated.year is not None
            and not _has_content(dated_text)
            and n < len(sentences) - 1  # "en in 2017?" alone asks the last figure again
        ):
            pending_when = dated  # "In January 2020, how many companies …?": the date only
            continue
        if _is_statement(plain.split(), sentence):
            statements.append((len(clauses), sentence, plain))
            continue
        refers = (_DEMONSTRATIVES | _THEY) & set(plain.split()) or (
            len(plain.split()) <= 6 and bool(_POINTING_WORDS & set(_without_articles(plain)))
        )
        told_before = statements[-1][2] if statements else intro[-1] if intro else ""
        if told_before and not clauses and _POINTS_BACK_ONLY.match(plain):
            # "… mijn zoon zegt dat we wat met smart industrie moeten. wat is dat nou
            # eigenlijk precies": "dat" is what the sentence before ended on.
            told = " ".join(_topic_of(_words(told_before)))
            if told and not _INTRO.match(told):
                plain = _POINTS_BACK_ONLY.sub(rf"\1 {told}", plain)
                statements = statements[:-1] if statements else statements
                if told_before not in intro:
                    intro.append(told_before)
        if statements and statements[-1][0] == len(clauses) and refers:
            # "240 miljoen aan investeringen... uit welk onderzoek komt dat getal?": the
            # statement just before holds what "dat" is.
            plain = f"{statements.pop()[2]} {plain}"
        raw = [
            piece
            for part in _split_raw(plain.split())
            for piece in (_distributed_count(part) or _difference(part) or _versus(part) or [part])
        ]
        raw = _with_shared_tail(raw)
        parts = [
            _with_subject(_elliptic(part, raw[0]), raw[0], raw[n - 1]) if n else part
            for n, part in enumerate(raw)
        ]
        taken = [_take_when(" ".join(part)) for part in parts]
        shared = next((w for _, w in taken if w is not None), pending_when)
        for part, said, (clause_text, when) in zip(parts, raw, taken, strict=True):
            clause_text = _cleaned(clause_text)
            if told_names and not set(told_names) & set(clause_text.split()):
                clause_text = f"{clause_text} {' '.join(told_names)}"
            original = " ".join(part)
            clauses.append(
                Clause(clause_text or original, original, when or shared, names, " ".join(said))
            )
    # Statements are what the asker tells about themselves when they also ask something;
    # when nothing else is asked, a statement is the question ("fieldlabs in Delft").
    if clauses or (statements and (goodbye or thanks or feedback or language)):
        # "Ik ga er weer vandoor, de koffie wordt koud. Tot ziens!": told next to a goodbye,
        # thanks or feedback, a statement is chatter, not the question.
        intro += [sentence for _, sentence, _ in statements]
    else:
        for _, _, plain in statements:
            clause_text, when = _take_when(plain)
            clauses.append(Clause(clause_text or plain, plain, when, names))
        asked = not statements
    clauses, told_more = _vague_asks(clauses, " ".join(intro), names)
    intro += told_more
    return Reading(
        text=text,
        asked=asked,
        greeting=greeting,
        thanks=thanks,
        goodbye=goodbye,
        feedback=feedback and not clauses,
        language=language,
        # "?" alone asks what one can ask: it gets the help text ("?!" or "..." asks nothing).
        preamble=(preamble or bool(text.strip() and not text.strip(" ?"))) and not clauses,
        intro=" ".join(intro) or None,
        clauses=tuple(clauses[:MAX_QUESTIONS]),
        names=names,
        foreign=foreign,
    )
