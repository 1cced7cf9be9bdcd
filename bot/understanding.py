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
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.text import fold, is_stopword, strip_invisible

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
)
_HOW_ARE_YOU = re.compile(
    # "hoe is het?" asks after the bot; "hoe is het programma georganiseerd?" does not.
    r"^(?:en )?(?:hoe gaat het|hoe gaat ie|"
    r"hoe is het(?= met (?:je|jou|u)\b| ermee\b| vandaag\b|$)|alles goed|how are you|how r u|"
    r"how is it going|hows it going|how do you do|whats up|wassup)\b"
)
_LANGUAGE_QUESTION = re.compile(
    r"\b(?:(?:do|can) you (?:speak|understand|answer in|talk)|spreek (?:je|jij|u)|"
    r"spreekt u|kan ik (?:ook )?in het (?:engels|nederlands)|"
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
    r"very helpful|super bot|goed bezig|top bot|handige bot|fijne bot|leuke bot|"
    r"(?:je bent|jij bent|wat ben je|you are|youre|what an?) (?:\w+ )?(?:dom|stom|stupid|dumb|"
    r"idiot|useless|waardeloos|slecht|bad|terrible|rubbish)|(?:stomme|domme|slechte|"
    r"waardeloze|stupid|dumb|bad|useless|terrible|rubbish) (?:bot|chatbot|robot|antwoord|answer)|"
    r"(?:this|deze) (?:bot|chatbot) (?:sucks|is (?:\w+ )?(?:bad|dumb|stupid|useless|slecht|dom|"
    r"waardeloos)))\b"
)
_FEEDBACK_ALONE = re.compile(
    r"^(?:(?:ah |oh |o )?(?:top|super|mooi|prima|perfect|great|nice|cool|awesome|ok|oke|okay|"
    r"okido|oki|k|kk|alright|allright|aha|helder|duidelijk|begrepen|got it|i see|understood|"
    r"mooi zo|goed zo|goed|fine|fair enough|interessant|interesting|wow|nou ja)(?: hoor| dan)?)$"
)


# Asking whether one may ask: "mag ik iets vragen?", "can I ask you something?".
_ASKING_TO_ASK = re.compile(
    r"^(?:mag|kan|kun|could|can|may) (?:ik|i) (?:je |jou |u |you )?(?:iets|wat|een vraag|"
    r"something|a question|een vraagje)(?: (?:vragen|stellen|ask))?$|"
    r"^(?:mag|kan|kun) ik (?:hier |je |jou |u )?(?:ook )?(?:een paar |wat |enkele )?vragen "
    r"(?:stellen|vragen)(?: over [a-z0-9 ]+)?$|"
    r"^(?:can|could|may) i ask (?:you )?(?:a few |some )?questions?(?: here)?"
    r"(?: about [a-z0-9 ]+)?$|"
    r"^(?:can|could|may) i ask (?:you )?(?:something|a (?:quick )?question)$"
)
# Openings that say a question is coming, not what it is.
_PREAMBLES = re.compile(
    r"^(?:ik heb een (?:vraag|vraagje)(?: over [^,.:?]*)?|ik (?:vroeg|vraag) me af|"
    r"ik (?:wou|wilde|wil|zou) (?:je |u )?(?:even |graag |eens )*(?:vragen|weten)|"
    r"(?:i|we) (?:wanted|want|would like|d like|wanna) to (?:ask|know)|"
    r"mag ik (?:iets|wat|een vraag) vragen|(?:nou |even |nog )*(?:een |a )?(?:simpele |korte |"
    r"snelle |kleine |andere |simple |quick |short |small |other )?(?:vraag(?:je)?|question)"
    r"(?: tussendoor| in between)?|ik wil graag weten|"
    r"ik wil (?:even )?weten|ik zou graag willen weten|weet jij|weet u|kun je me vertellen|"
    r"kunt u me vertellen|kun jij me vertellen|kunt u mij vertellen|kun je mij vertellen|"
    r"i have a question(?: about [^,.:?]*)?|quick question|i was wondering|i wonder|"
    r"i would like to know|i'd like to know|can you tell me|could you tell me|"
    r"do you know|i want to know|question)\b[\s,:]*",
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
    r"we zijn (?:net )?verhuisd|wij zijn gevestigd|we zijn gevestigd)\b"
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
    r"at the moment|at present|op het moment|for now|voor nu)\b"
)
_YEAR_PREPOSITIONS = re.compile(r"\b(?:in|per|tot|sinds|vanaf|rond|around|by|until|since)\s*$")


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


_THOUSANDS = re.compile(r"\b(\d+000) (\d{1,3})\b")
_DECIMAL = re.compile(r"\b(\d+) (?:komma|point|punt) (\d+)\b")
_HALF = re.compile(r"\b(\d+) (?:and a half|en een half|en half)\b")
_SPOKEN_YEAR = re.compile(r"\b20 (1\d|2\d)\b")


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
        if phrase in _NOT_ALONE:
            return phrase
        value = _en_value(phrase)
        return str(value) if value is not None else phrase

    text = _EN_NUMBER.sub(english, _NL_NUMBER.sub(dutch, text))
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
    r"in simple terms|in jip en janneke taal|in gewone taal|in plain words)\b"
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


def without_attribution(text: str) -> str:
    """'hoeveel bedrijven deden mee volgens de tno monitor' -> 'hoeveel bedrijven deden
    mee'; an attribution to a source the knowledge does not name stays."""
    found = _ATTRIBUTION.search(text)
    if found is None:
        return text
    rest = text[found.end() :].split()
    taken = 0
    while taken < len(rest) and (rest[taken] in _SOURCE_WORDS or rest[taken].isdigit()):
        taken += 1
    if not taken or not {w for w in rest[:taken]} - {"de", "het", "die", "the", "van", "of"}:
        return text
    stripped = f"{text[: found.start()]} {' '.join(rest[taken:])}".split()
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


def _is_statement(words: list[str], raw: str) -> bool:
    if len(words) < 4 or _is_question(words, raw) or _REQUEST & set(words):
        return False
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
_SPOKEN = {
    "hup": "hub",
    "hups": "hubs",
    "hubz": "hubs",
    "hubb": "hub",
    "hubbs": "hubs",
    "hap": "hub",
    "happs": "hubs",
}
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
        if at >= 3 and word in _QUESTION_WORDS - {"wat"} | {"welke", "wat", "waar", "wie"}:
            return at
        following = words[at + 1] if at + 1 < len(words) else ""
        if at >= 3 and word in _AUXILIARY_FIRST and following in _ASKED_SUBJECTS:
            return at  # "… in harderwijk are there any field labs near me"
    return 0


# After a verb, a subject that makes it a question ("are there", "is er", "kan ik").
_ASKED_SUBJECTS = frozenset("there er you je jij u".split())


def subject_of(words: list[str], size: int = 2) -> list[str]:
    """The last content words of a question, where its subject usually ends: "who works
    together in a smart industry hub" -> ["industry", "hub"]. A pronoun later stands for
    these, not for the verbs before them."""
    content = [w for w in words if not is_stopword(w) and w not in _QUESTION_WORDS]
    return content[-size:]


_ONES = frozenset("one ones eentje eentjes".split())
_TOPICS = frozenset("fieldlab fieldlabs hub hubs".split())


def _with_subject(part: list[str], first: list[str]) -> list[str]:
    """A later question's pronoun replaced by the first question's subject words, when it
    has no subject of its own ("and how many of them exist?", not "how many jobs did it
    bring?"); "one" is one of what the first question asked about ("which fieldlabs do 3D
    printing, and is there one for composites?")."""
    topic = [w for w in first if w in _TOPICS]
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


def _partition(sentence: str) -> tuple[str, str, str]:
    """The sentence cut at its first comma or dash: "I'm a zzp'er in Amersfoort - why…"."""
    found = re.search(r", | [-–] ", sentence)
    if found is None:
        return sentence, "", ""
    return sentence[: found.start()], found.group(), sentence[found.end() :]


def read(message: str) -> Reading:
    """Cut a chat message into greeting, thanks, sign-off, self-introduction and questions."""
    text = " ".join(strip_invisible(message or "").split())
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
    sentences = [s.strip() for s in sentences if s and s.strip(" .!?,;")]
    # "SAMEN, wat is dat?": a word in capitals is a name, also where a sentence starts.
    names = frozenset(fold(w) for w in _CAPITALISED.findall(text) + _ALL_CAPS.findall(text))
    greeting = thanks = goodbye = feedback = language = preamble = False
    asked = True
    intro: list[str] = []
    clauses: list[Clause] = []
    statements: list[tuple[int, str, str]] = []
    for n, sentence in enumerate(sentences):
        if sentence in context and clauses:
            intro.append(sentence)
            continue
        words = _words(sentence)
        if _PURPOSE.match(" ".join(words) + " ") and "?" not in sentence and len(words) <= 6:
            intro.append(sentence)  # "Voor mijn scriptie: …"
            continue
        if clauses and _tells_about_the_asker(words, sentence):
            intro.append(sentence)  # "… gepresenteerd? Ik heb de exacte maand nodig."
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
        if found_bye and not asks and (len(words) <= len(found_bye.split()) + 3 or found_thanks):
            goodbye = True  # "cheers, talk later": a goodbye with thanks in it
            thanks = thanks or bool(found_thanks)
            continue
        if found_thanks and (len(words) <= len(found_thanks.split()) + 3 or not asks):
            thanks = True  # "Top, heel erg bedankt voor de snelle hulp!"
            continue
        if (_FEEDBACK.search(plain) and not asks) or _FEEDBACK_ALONE.match(plain):
            feedback = True
            continue
        if found_thanks:  # "bedankt, en hoeveel banen?": the rest is a question
            thanks = True
        plain = _PREAMBLES.sub("", plain)
        if not plain or _ASKING_TO_ASK.match(plain):
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
            len(plain.split()) <= 6 and {"het", "daar", "there"} & set(plain.split())
        )
        if statements and statements[-1][0] == len(clauses) and refers:
            # "240 miljoen aan investeringen... uit welk onderzoek komt dat getal?": the
            # statement just before holds what "dat" is.
            plain = f"{statements.pop()[2]} {plain}"
        raw = [
            piece
            for part in _split_raw(plain.split())
            for piece in (_distributed_count(part) or _difference(part) or [part])
        ]
        parts = [_with_subject(part, raw[0]) if n else part for n, part in enumerate(raw)]
        taken = [_take_when(" ".join(part)) for part in parts]
        shared = next((w for _, w in taken if w is not None), pending_when)
        for part, said, (clause_text, when) in zip(parts, raw, taken, strict=True):
            clause_text = without_claim_frame(_IDIOMS.sub(" ", clause_text).strip())
            clause_text = without_hedged_numbers(clause_text)
            clause_text = without_source_frame(without_attribution(clause_text))
            without_own = _OWN_COMPANY.sub(" ", clause_text).strip()
            if len([w for w in without_own.split() if not is_stopword(w)]) >= 2:
                clause_text = without_own  # else "what's in it for my business" keeps it
            clause_text = _LEADING_CONJUNCTION.sub("", clause_text)
            clause_text = _without_alternative(clause_text)
            original = " ".join(part)
            clauses.append(
                Clause(clause_text or original, original, when or shared, names, " ".join(said))
            )
    # Statements are what the asker tells about themselves when they also ask something;
    # when nothing else is asked, a statement is the question ("fieldlabs in Delft").
    if clauses:
        intro += [sentence for _, sentence, _ in statements]
    else:
        for _, _, plain in statements:
            clause_text, when = _take_when(plain)
            clauses.append(Clause(clause_text or plain, plain, when, names))
        asked = not statements
    return Reading(
        text=text,
        asked=asked,
        greeting=greeting,
        thanks=thanks,
        goodbye=goodbye,
        feedback=feedback and not clauses,
        language=language,
        preamble=preamble and not clauses,
        intro=" ".join(intro) or None,
        clauses=tuple(clauses[:MAX_QUESTIONS]),
        names=names,
    )
