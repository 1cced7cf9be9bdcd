"""The subject of a question said apart from it: first and pointed at ("fieldlab, wat is
dat?"), before a colon ("Region of Smart Factories: …"), or in the sentence before."""

from __future__ import annotations

import re

from bot.text import is_stopword
from bot.understanding.asker import _FIRST_PERSON
from bot.understanding.lexicon import _PREPOSITIONS, _QUESTION_WORDS, _SPLIT_CONJUNCTIONS
from bot.understanding.names import _CAPITALISED, _NAME_LIKE
from bot.understanding.smalltalk import _strip_leading
from bot.understanding.words import _words

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


# "RoboHouse vs SAM|XL, wat is het verschil?": two names side by side before a comma are
# the subject of the question after it, as before a colon.
_PAIR_TOPIC = re.compile(
    r"^([^.!?:,]{2,40}?\s(?:vs\.?|versus|tegenover|en|and|of|or|&)\s[^.!?:,]{2,40}),\s+"
    r"(\S.*\?)\s*$"
)


def _named_side_by_side(head: str) -> bool:
    """Whether both sides of 'X vs Y' start with a name written as one ("RoboHouse",
    "SAM|XL", "BOOST")."""
    sides = re.split(r"\s(?:vs\.?|versus|tegenover|en|and|of|or|&)\s", head, maxsplit=1)
    return len(sides) == 2 and all(
        _NAME_LIKE.match(side.strip()) or re.match(r"[A-Z]{2,}", side.strip()) for side in sides
    )


def _topic_with_colon(text: str) -> str:
    """'Region of Smart Factories: how much money was there for the project?' -> the question
    with its topic after it, so the name is in the question it belongs to; so too two names
    side by side before a comma."""
    found = _COLON_TOPIC.match(text)
    if found is None:
        pair = _PAIR_TOPIC.match(text)
        if pair is not None and _named_side_by_side(pair.group(1)):
            found = pair
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
