"""Chat noise ("haha", "wtf"), a reason told after the question ("… want ik zie alleen maar
kosten") and a guess at its answer: not part of what is asked."""

from __future__ import annotations

import re

from bot.text import MENTION, REASON_WORDS, is_stopword
from bot.understanding.lexicon import _QUESTION_WORDS, _SPLIT_CONJUNCTIONS
from bot.understanding.questions import _is_question
from bot.understanding.words import _SENTENCE, _words

# "@bot hoeveel fieldlabs", "do u speak english @fieldbot": a mention addresses the bot, it
# asks nothing (an e-mail address has a word before its "@" and is left alone).
# Laughter, swearing and chat exclamations: "haha", "lol", "wtf is een fieldlab 😂".
_NOISE = re.compile(
    r"(?<![\w-])(?:(?:ha|he|hi|hah|heh){2,}h?|a?ha{2,}|lo+l+|lmf?ao+|rofl|xd+|wtf|omg|omfg|"
    r"jeez|damn|dammit|shit|fuck(?:ing)?|fck|ffs|pff+|tsja|tja|jeetje|jemig|sjonge|"
    # "wait, is that a lot?", "wacht even, hoeveel was het?": a pause before the question
    r"^(?:wait|hold on|wacht(?: even| eens)?)(?=,? (?:is|are|was|were|so|what|how|who|why|"
    r"do|does|did|but|hoeveel|hoe|wat|wie|is|zijn|waren|dus|maar)\b))(?![\w-])",
    re.IGNORECASE,
)

# "wtf is een fieldlab": the exclamation stands for the question word, when what follows is
# "is een/a …" (what something is); "wtf zijn er echt 47 fieldlabs?" stays a yes/no question.
_NOISE_ASKING = re.compile(
    r"^\s*wtf\s+(?=(?:is|zijn|are|does|doet|doen)\s+(?:een|a|an|de|het|the|die|dat|that|this)\b)",
    re.I,
)


# What the tidying of a piece below can change besides spaces: a mention ("@bot"), a space
# before a stop ("hoeveel banen ?") and a comma or semicolon at a piece's edge.
_MAY_TIDY = re.compile(r"@|\s[,.!?;:]|[,;]")


# "dezentje of hoe je het schrijft, wie is dat", "RoSF or whatever it's called": the
# asker's doubt about a name, not part of what is asked.
_NAME_DOUBT = re.compile(
    r",?\s+(?:of|or) (?:hoe (?:je|u|jij|ze) (?:het|dat|die|hem|dit) (?:ook )?(?:schrijft|spelt|"
    r"noemt|uitspreekt)|hoe (?:het|dat|die|dit) (?:ook )?(?:heet|genoemd wordt|gespeld wordt)|"
    r"zoiets|iets dergelijks|however (?:you|they|it'?s|its) (?:spell|spelt|spelled|write|"
    r"called)(?: it)?|whatever (?:it'?s|its|it is|they'?re|theyre) called|something like that)"
    r"(?=[\s,.!?]|$)|"
    # "…, als ik zo vrij mag zijn?", "…, if I may ask?": politeness, not what is asked
    r",?\s+(?:als ik zo vrij mag zijn|als ik vragen mag|als ik het vragen mag|"
    r"if i may ask|if i may|if you don'?t mind|if you do not mind)(?=\s*[,.!?]|\s*$)",
    re.IGNORECASE,
)


def without_noise(text: str) -> str:
    """'wtf is een fieldlab 😂' -> 'what is een fieldlab 😂', 'hoeveel banen ... haha' -> the
    question: chat noise around a question does not sink it. A sentence that asks nothing
    keeps its noise ("haha", "lol", "Haha nog eentje:"): it is a remark of its own."""
    text = _NAME_DOUBT.sub("", text)
    if _NOISE.search(text) is None and not _MAY_TIDY.search(text):
        # No noise, mention, comma or space before a stop (most messages): each piece would
        # be kept as it is, so only the sentences are put together again.
        return " ".join(" ".join(_SENTENCE.split(text)).split()) or text
    pieces = []
    for piece in _SENTENCE.split(MENTION.sub(" ", text)):
        cleaned = " ".join(_NOISE.sub(" ", _NOISE_ASKING.sub("what ", piece)).split())
        cleaned = re.sub(r"\s+([,.!?;:])", r"\1", cleaned).strip(" ,;")
        words = _words(cleaned)
        pieces.append(cleaned if len(words) >= 2 and _is_question(words, cleaned) else piece)
    return " ".join(" ".join(pieces).split()) or text


# Words that only colour a sentence: "hoeveel fieldlabs zijn er eigenlijk", "how btw many",
# "what actually is SMITZH". Wherever they stand they say nothing of what is asked.
_FILLERS = re.compile(
    r"(?<![\w'’-])(?:btw|by the way|actually|basically|eigenlijk|eigelijk|eig|nou|trouwens|"
    # "wat doet een hub concreet voor mij?": "concreet" asks the same, only plainer
    r"concreet|concretely|"
    # "wie is onze contactpersoon volgens jou?": the bot's view is all it can give anyway
    r"volgens (?:jou|u|jullie)|according to you|in your (?:opinion|view)|naar (?:jouw|uw) mening|"
    # "waarom zou ik in godsnaam …", "for heaven's sake": exasperation, not a subject
    r"in (?:godsnaam|vredesnaam|hemelsnaam|'s hemelsnaam)|for (?:god|heaven|pete)['’]?s sake|"
    # "hoeveel hubs zijn er in totaal", "how many altogether": a count asks for the total
    # already, and "in totaal" after "in" would weigh as a place the knowledge lacks
    r"in (?:het )?totaal|in total|altogether|all in all|all told|"
    r"(?:alles )?bij elkaar opgeteld|alles bij elkaar|"
    # "hey quick: which hub …", "snel even: hoeveel …": haste said before a colon
    r"(?:quick|quickly|snel|snel even|even snel|kort)(?=\s*:))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# "why on earth would I …": "on earth" after a question word only stresses it.
_ON_EARTH = re.compile(
    r"(?<![\w'’-])(why|what|how|who|where|which) on earth(?![\w'’-])", re.IGNORECASE
)


def without_fillers(text: str) -> str:
    """The message without its filler words, unless they are all it says ("nou...")."""
    text = _ON_EARTH.sub(r"\1", text)
    if _FILLERS.search(text) is None:
        return text
    kept = " ".join(_FILLERS.sub(" ", text).split())
    kept = re.sub(r"\s+([,.!?;:])", r"\1", kept)
    # "nou, hoeveel …", "Hello! btw, how …": the comma that set the filler apart goes too.
    kept = re.sub(r",+(?=[,.!?;:])", "", kept)
    kept = re.sub(r"([.!?;:]),+", r"\1", kept)
    kept = re.sub(r"^[,\s]+", "", kept)
    return kept if _words(kept) else text


# "… opgeleverd want ik zie alleen maar kosten", "… subsidie voor want anders begin ik er
# niet aan": a reason told after a question (Dutch "want" is "because"), not part of it.
_ASIDE = re.compile(
    rf"\s(?:{'|'.join(sorted(REASON_WORDS['nl']))})\s+"
    r"(?:ik|wij|we|bij|anders|het|dat|dan|er|die|ze|zij|mijn|onze|ons|hij|je|u|de|alles|"
    r"eigenlijk|toch|nu|hier)\b.*$"
)
# "what is a fieldlab so that I can explain it to my boss": the same in English, where the
# conjunction is never a verb as "want" can be, so one content word of question is enough.
_ASIDE_EN = re.compile(r"\s(?:because|so that|so)\s+(?:i|we|my|our)\b.*$")

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


# Whose wording is wanted, said last: "… de omschrijving van een fieldlab zoals het
# programma die zelf hanteert", "… the definition as the programme itself uses it". It names
# no subject of its own: the programme's own wording is what any answer from the sources is.
_AS_THEY_PUT_IT = re.compile(
    r"\s+(?:zoals|zo als|as) (?:\w+ ){1,4}?(?:(?:die|dat|het|hem|ze|it|them) )?"
    r"(?:(?:zelf|zelve|itself|themselves|themself) )?(?:hanteert|hanteren|gebruikt|gebruiken|"
    r"noemt|noemen|beschrijft|beschrijven|definieert|definieren|omschrijft|omschrijven|"
    r"formuleert|uses|use|defines|define|describes|describe|puts)"
    r"(?: (?:het|die|dat|it|them|zelf|itself))?$"
)


def without_aside(plain: str) -> str:
    """A question without the reason told after it ("… want ik zie alleen maar kosten") or
    the guess at its answer ("…, is dat de overheid of de fme")."""
    put = _AS_THEY_PUT_IT.search(plain)
    if put is not None and len(plain[: put.start()].split()) >= 2:
        plain = plain[: put.start()]
    # Only the end of a message can hold a guess (which also keeps the search linear).
    guessed = _GUESS.search(plain, max(0, len(plain) - _GUESS_REACH))
    if guessed is not None:
        head = plain[: guessed.start()].split()
        # "wie is het aanspreekpunt … of brabant" is one question: a guess follows a question
        # of its own, with a verb and what it asks ("wie zit er achter dat smart industry").
        if len(head) >= 3 and head[0] in _GUESSED_WORDS and head[-1] not in _SPLIT_CONJUNCTIONS:
            plain = " ".join(head)
    english = _ASIDE_EN.search(plain)
    found = _ASIDE.search(plain) or english
    if found is None:
        return plain
    head = plain[: found.start()].split()
    if head and head[-1] in _NOT_DUTCH_WANT and found is not english:
        return plain  # "what do you want"
    content = [w for w in head if not is_stopword(w) and w not in _QUESTION_WORDS]
    needed = 1 if found is english else 2
    if len(content) < needed or not _is_question(head, "?" if "?" in plain else ""):
        return plain
    return " ".join(head)
