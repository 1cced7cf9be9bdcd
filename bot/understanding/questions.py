"""Whether a sentence asks something or only tells or remarks on something."""

from __future__ import annotations

from bot.understanding.lexicon import (
    _AUXILIARY_FIRST,
    _CONJUNCTIONS_FIRST,
    _PREPOSITIONS,
    _QUESTION_WORDS,
    _SUBJECTS,
    _VERB_FIRST,
)
from bot.understanding.words import _words


def _is_question(words: list[str], raw: str) -> bool:
    """A question mark, a question word (but "wat" only in front: "wil wat cijfers" is
    "some"), or a verb first with its subject after it ("heb je", not "heb een bakkerij")."""
    if "?" in raw:
        return True
    if not words:
        return False
    if (_QUESTION_WORDS - {"wat"}) & set(words) or words[0] == "wat":
        return True
    if words[0] in _CONJUNCTIONS_FIRST and words[1:2] == ["wat"]:
        return True  # "en wat kwam er daarna"
    if words[0] in _CONJUNCTIONS_FIRST and len(words) >= 4:
        words = words[1:]  # "en kan elke ondernemer daar zomaar aankloppen"
    if words[0] in _VERB_FIRST and bool(_SUBJECTS_THERE & set(words[1:3])):
        return True  # "heb je …", "zit daar nog meer"
    # "kan elke ondernemer …", "can any entrepreneur …": an auxiliary first with a subject
    # that starts on a determiner is a question too ("heb een bakkerij" is not: "heb" is
    # the asker's own verb).
    # "is Egbert-Jan Sol nog de directeur": so is a name after it, but not a place ("zijn
    # in Zwolle gevestigd" is a statement without its subject).
    return words[0] in _AUXILIARY_FIRST and len(words) >= 3 and words[1] not in _PREPOSITIONS


# Who or where a verb first asks of: its subject, or "daar" ("zit daar nog meer").
_SUBJECTS_THERE = _SUBJECTS | frozenset("daar hier".split())

# A short follow-up said without a question mark: "en SPARK dan", "korter graag", "bron".
_FOLLOW_UP_OPENERS = frozenset("en and maar but ook also".split())
_POLITE = frozenset("graag please pls plz aub alsjeblieft alstublieft svp".split())
_FIRST_PERSON = frozenset("ik i we wij me mij my mijn our onze ons im".split())


_SAID_OF_IT = frozenset("dat dit that this thats".split())
# What a few words after thanks ask of the answer: "dank je! in het kort", "engels aub".
_ASKED_OF_IT = frozenset(
    """korter kort shorter short samenvatting summary engels english nederlands dutch bron
    bronnen source sources website site link url""".split()
)


def asks_briefly(words: list[str]) -> bool:
    """Whether a few words without a question mark ask something after thanks ("dank je!
    korter graag", "thanks! and SPARK?"): opened with "en", said with "graag", or one or two
    words; not the asker telling of themselves ("bedankt! ik kijk er even naar")."""
    if not words or _FIRST_PERSON & set(words):
        return False
    if words[0] in _FOLLOW_UP_OPENERS | _ASKING_OPENERS and len(words) >= 2:
        return words[1] not in _SAID_OF_IT  # "en dat is mooi" remarks on the answer
    if _ASKED_OF_IT & set(words) and len(words) <= 4:
        return True  # "dank je! in het kort"
    return (bool(_POLITE & set(words)) and len(words) >= 2) or len(words) <= 2


def is_question(text: str) -> bool:
    """Whether a clause asks something (see `_is_question`), not only remarks on something."""
    return _is_question(_words(text), text)


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
    if words[0] in ("was", "did") and not _REQUEST & set(words[1:2]):
        return False  # "was the Declaration signed in 2019, and at which event?"
    joined = f" {' '.join(words)} "
    return not any(wish in joined for wish in (" would like ", " id like ", " zou graag "))


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
        and not (w in ("what", "wat") and not at and words[1:2] in _EXCLAIMED_AFTER_WHAT)
        and not (w == "waar" and words[at - 1 : at] == ["niet"])
    ]
    return _is_question(kept, raw)


# "wat een rotbot", "what a useless answer", "wat slim": "what" that exclaims, not asks.
# ("dat is niet waar": "waar" is "true" there, no "where".)
_EXCLAIMED_AFTER_WHAT = [
    [w] for w in "een a an slim handig stom dom fijn mooi goed leuk knap jammer raar".split()
]
