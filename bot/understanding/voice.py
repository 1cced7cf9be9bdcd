"""Sentences said without punctuation (voice input, or typed in one breath): where one ends
and the next begins, so that the rest of the reading sees the sentences a writer would have
put stops between. "goedemorgen ik schrijf een scriptie weet iemand hoeveel fieldlabs er
zijn" -> "goedemorgen | ik schrijf een scriptie | weet iemand hoeveel fieldlabs er zijn"."""

from __future__ import annotations

import re
from itertools import accumulate

from bot.understanding.lexicon import _AUXILIARY_FIRST, _PREPOSITIONS, _QUESTION_WORDS
from bot.understanding.smalltalk import _strip_leading, closing_words
from bot.understanding.words import _has_content, _words

# A message with a stop of any kind, or a comma, has its sentences marked already.
_STOPS = re.compile(r"[.,!?;:\n…]")
_MIN_WORDS = 6

# Who tells something about themselves: "ik schrijf …", "we make …", "my boss asked …".
_TELLERS = frozenset("ik i we wij my mijn our onze im ive".split())
# The verbs a teller goes on with after a question: "… i need it for my thesis".
_TELLING_VERBS = frozenset(
    """need needed have had am m work write run want wanted think am was saw heard read make
    build are were live study hope got asked keep
    heb had ben zie wil wou schrijf werk zoek denk las hoorde lees hoor haal snap studeer
    zit zitten hebben maken bouwen woon wonen moet moeten kan vraag vroeg ga gaan""".split()
)
# Whom a verb in front asks about: "kan ik", "is there", "weet iemand", "do you".
_ASKED_SUBJECTS = frozenset(
    "ik i je jij u you we wij er there het it iemand anyone somebody someone ze they".split()
)
# Words after which a question word or a subject goes on the sentence, not a new one:
# "ik wil weten hoeveel", "kan ik", "that i", "voor mijn".
_GOES_ON = (
    _PREPOSITIONS
    | _AUXILIARY_FIRST
    | _QUESTION_WORDS
    | frozenset(
        """en and of or maar but dat that als if wanneer toen omdat because want so zodat
        die which who weten know wonder wondering vraag vroeg af tell me mij zeggen vertellen
        idea idee iemand anyone ask asked vragen wil wilt want wanted weet uitleggen explain
        hoe wat welke waar niet not geen no""".split()
    )
)
# Verbs that a complete question already holds before a second one starts after it.
_FINITE = _AUXILIARY_FIRST | frozenset(
    """zit zitten heeft hebben heb hebt was waren werd doet doen klopt kost kostte telde
    gaat ging kwam bestaat gebeurde betekent heet is are was were does did do has have had
    means cost came went happened started began whats wheres whos hows""".split()
)


def _asks(words: list[str]) -> bool:
    """A run of words that opens as a question does: a question word or a verb first."""
    return bool(words) and (words[0] in _QUESTION_WORDS or words[0] in _AUXILIARY_FIRST)


def _has_its_verb(words: list[str]) -> bool:
    """ "can you give me the names", "whats a fieldlab", "hoeveel fieldlabs zijn er": the
    question holds its verb (not "how many fieldlabs", which goes on with "are there")."""
    return (
        words[0] in _AUXILIARY_FIRST
        or words[0] in ("whats", "wheres", "whos", "hows")
        or bool(_FINITE & set(words[1:]))
    )


# Question words that open a question of their own with a noun after them ("hoeveel
# bedrijven doen mee"); the others need their verb straight after them ("waar zit", not the
# "waar ik" of "fieldlabs waar ik cobots kan uitproberen").
_COUNTING = frozenset("hoeveel how".split())
# Words that point back at what the sentence before told: a question with one goes with it
# ("… sam excel in delft wat doen ze daar precies").
_POINTING = frozenset(
    "dat die dit deze daar daarvan ze zij hun het that this those these there it they them".split()
)


# Who a question word is followed by when it opens a clause inside a sentence: "waar ik …",
# "when we were …", not a question of its own.
_SUBJECTS = _ASKED_SUBJECTS | frozenset("hij zij he she".split())
# A tag that asks to confirm what was said before it: "… 400 jobs is this correct".
_TAG = re.compile(
    r"^(?:is (?:this|that|it) (?:correct|right|true)|can that be (?:right|true)|is that so|"
    r"klopt (?:dat|dit|het)(?: wel| toch| echt)?|is dat (?:zo|waar|juist)|right|true|toch|"
    r"of niet|or not|echt waar)$"
)
# The asker's own people, after a question: "… my boss asked me to look into it".
_OWN = frozenset("my mijn our onze ons".split())
_SAYS = _TELLING_VERBS | _FINITE | frozenset("says say zegt use uses wants asked vroeg".split())


def _points_back(words: list[str]) -> bool:
    return any(w in _POINTING or w.startswith("daar") or w in _THERE_IN for w in words)


# "erin", "erbij": "er" with a preposition points back as "daarin" does.
_THERE_IN = frozenset("erin eronder erbij ermee ervoor erover eraan erachter".split())
# Words after which a Dutch main clause puts its verb before its subject ("hier kan ik mee
# verder"): a verb and subject after them tell, they do not ask.
_ADVERBS = frozenset(
    """hier daar nu dan toen dus daarom ook nog straks misschien vandaag morgen graag zo
    soms vaak altijd wel eerst verder nou here there then now so""".split()
)


# "… ik wil weten wie …", "… i want to know how many …": the asker saying a question comes,
# after words that told something ("met hennie nog een keer | ik wil weten wie …").
_WANTS_TO_KNOW = re.compile(
    r"(?:ik|wij|we) (?:wil|wou|wilde|willen|zou|zouden) (?:graag |even |eens |nou |nu )*"
    r"(?:weten|vragen) \w|(?:ik|wij|we) (?:vraag|vroeg|vragen) (?:me|mij|ons) af \w|"
    r"(?:i|we) (?:want|wanted|would like|d like|wanna|need) (?:to )?(?:know|ask) \w|"
    r"(?:i|we) (?:wonder|was wondering|were wondering) \w"
)


_DETERMINERS = frozenset("die deze dat dit that this those these".split())


def _own_question(after: list[str]) -> list[str]:
    """The words of the question `after` opens, up to what the asker tells after it ("… is |
    ik kan het niet goed uitspreken"), less the "die" of "die ineke …" that points at no
    sentence before but at the name after it."""
    end = next((n for n in range(2, len(after) - 1) if _tells_after(after, n)), len(after))
    own = after[:end]
    return [
        w
        for n, w in enumerate(own)
        if not (w in _DETERMINERS and n + 1 < len(own) and _has_content(own[n + 1]))
    ]


def _starts_question(words: list[str], at: int, *, told_before: bool) -> bool:
    word, following = words[at], words[at + 1]
    if word in _QUESTION_WORDS:
        if told_before:  # "… near breda | which fieldlabs work on composites"
            return following not in _SUBJECTS
        return word in _COUNTING or following in _FINITE
    return (
        word in _AUXILIARY_FIRST and following in _ASKED_SUBJECTS and words[at - 1] not in _ADVERBS
    )


def _tells_after(words: list[str], at: int) -> bool:
    """ "… i need it for my thesis", "… my boss asked me", "… sorry for my english"."""
    word, following = words[at], words[at + 1]
    if word == "sorry":
        return True
    if word in _TELLERS and following in _TELLING_VERBS:
        return True
    return word in _OWN and at + 2 < len(words) and words[at + 2] in _SAYS


# The first words `_TAG` can start with: any other word opens no tag, and the words after it
# need not be joined to be matched.
_TAG_OPENERS = frozenset("is can klopt right true toch of or echt".split())


def _boundary(words: list[str], start: int, at: int, content: list[int]) -> bool:
    """Whether a new sentence starts at `at`, the current one having started at `start`.
    `content[i]` counts the words with content among the first i (`_has_content`)."""
    before, after, previous = words[start:at], words[at:], words[at - 1]
    if len(before) < 3 or len(after) < 2 or previous in _GOES_ON:
        return False
    if after[0] in _TAG_OPENERS and _TAG.match(" ".join(after)):
        return True  # "… made around 400 jobs | is this correct"
    if not (content[at] > content[start] and content[len(words)] > content[at]):
        return False  # "… van het lassen wat moet ik doen": a question of no subject goes on
    # "bij welke hub moet ik zijn"; but "ik wil weten wie … is | ik kan het niet goed
    # uitspreken" asks its question inside by the way it opens
    asked_inside = bool(_QUESTION_WORDS & set(before[1:])) and not _WANTS_TO_KNOW.match(
        " ".join(before)
    )
    if asked_inside:
        return False
    if not _asks(before):
        # "ik schrijf een scriptie | weet iemand …", "for my thesis | how many …", unless the
        # question points back at what was told ("… sam excel in delft wat doen ze daar")
        if _WANTS_TO_KNOW.match(" ".join(after)):
            return not _points_back(_own_question(after))
        return not _points_back(after) and _starts_question(words, at, told_before=True)
    if _has_its_verb(before):
        # "how many jobs did they create | i need the exact number", "whats a fieldlab | is
        # it like a lab"
        return _tells_after(words, at) or _starts_question(words, at, told_before=False)
    return False


def said_in_one_breath(message: str) -> bool:
    """A message with no punctuation at all (voice input): its sentences are not marked."""
    return _STOPS.search(message) is None


def with_sentence_stops(text: str) -> str:
    """The message with a stop where each sentence said in one breath ends; a message with
    any punctuation of its own, or a short one, is left as it is."""
    if _STOPS.search(text):
        return text
    tokens = text.split()
    plain: list[str] = []
    first_of: dict[int, int] = {}  # word -> the token it opens
    for n, token in enumerate(tokens):
        first_of[len(plain)] = n
        plain += _words(token)
    if len(plain) < _MIN_WORDS:
        return text
    cuts = []
    # "goedemorgen ik schrijf …": the sentence after a greeting starts after it (the greeting
    # is set aside later, as at the start of any sentence).
    start = greeting = _strip_leading(plain)
    # "… wat moet ik doen groetjes": thanks or a goodbye at the end are no part of a sentence
    end = len(plain) - closing_words(plain)
    plain = plain[:end]
    # Whether a run of words has content, for every run tried: counted once, not per run.
    content = [0, *accumulate(_has_content(w) for w in plain)]
    for at in range(start + 1, end - 1):
        if at not in first_of or tokens[first_of[at] - 1].endswith(","):
            continue  # a comma marks it already: "wat is die publicatie, wanneer kwam die uit"
        if _boundary(plain, start, at, content):
            cuts.append(first_of[at])
            start = at
    if not cuts:
        return text
    if greeting and greeting in first_of:
        cuts.insert(0, first_of[greeting])  # "hoi | ik rij net langs enschede | welke hub …"
    spans = zip([0, *cuts], [*cuts, len(tokens)], strict=True)
    # A line break ends a sentence as a stop does, and leaves no stop in what is told.
    return "\n".join(" ".join(tokens[a:b]) for a, b in spans)
