"""Words that point back at what was said before ("dat", "they", "erachter") and an
ellipsis ("en …?")."""

from __future__ import annotations

import re

from bot.text import is_stopword, tokens
from bot.understanding import regions_named

# Words that point back ("waar zit dat?"); not "zijn" or "het", which are mostly a verb and
# an article.
_PRONOUNS = frozenset(
    """
    dat die dit deze ze zij hun hen daar daarvan daarbij hij ervan erbij haar hem
    it its that this they them their there those these he his her she him
    """.split()
)

# Dutch pronominal adverbs point back too: "erachter", "daarin", "hiervoor" ("wie zat erachter?").
_PRONOMINAL = re.compile(
    r"^(?:daar|er|hier)(aan|achter|bij|in|mee|op|over|uit|van|voor|door|tegen|onder|naast|toe)$"
)

_ELLIPSIS = re.compile(
    r"^(?:en|and|of|or|maar|but|ook|also|what about|how about|"
    # "hoe zit dat in Delft?", "en hoe is het dan met Groningen?"
    r"(?:en )?hoe (?:zit|is|staat) (?:het|dat)(?: (?:dan|er|nou|eigenlijk))* (?:met|in|voor|bij)|"
    r"en wat dacht je van|en voor|and for|en bij|en in|and in|en met)\b"
)


def _read_words(text: str) -> list[str]:
    """The folded words of a follow-up, a region by its name ("en in het noorden?" ->
    "en in noord nederland"), so it can stand for a Hub."""
    words = tokens(regions_named(" ".join(tokens(text))))
    return " ".join(_PRONOMINAL.sub(r"daar \1", w) for w in words).split()


def points_back(words: list[str]) -> bool:
    """Whether a question points back at something said before it: a pronoun or
    demonstrative ("is it", "dat project", "daar"), or "het" as its subject ("hoort het")."""
    return bool(_pointing(words)) or (len(words) > 2 and words[-1] == "het")


def _content(text: str) -> list[str]:
    """The words of a clause that say what it is about (not "en", "in", "the")."""
    return [w for w in tokens(text) if not is_stopword(w) and w not in _ELLIPSIS_WORDS]


# A participle after "het" makes it the subject ("wie heeft het gelanceerd?"); another word
# after a demonstrative is what it determines ("wanneer was dat jaar event?").
_PARTICIPLE = re.compile(
    r"^(?:(?:aan|af|op|uit|in|mee|toe|voor|na|terug|bij)?ge\w{2,}[dtn]|"
    r"(?:be|ver|ont|er|her|over)\w{2,}(?:[dt]|en))$"
)

_DEMONSTRATIVE = frozenset("dat die dit deze het that this those these".split())

_RECORD_NOUNS = frozenset("hub hubs fieldlab fieldlabs lab labs one ones project".split())


def _determiners(words: list[str], pointers: set[str]) -> set[str]:
    """The pointers of a message that only determine the noun after them ("het budget",
    "dat jaar event"), not the subject of their own ("wat doet dat?")."""
    found = set()
    for n, word in enumerate(words[:-1]):
        after = words[n + 1]
        if word in pointers and word in _DEMONSTRATIVE and not is_stopword(after):
            # "die hub", "that one" point at the record in view
            own = _PARTICIPLE.match(after) or after in _PRONOUNS or after in _RECORD_NOUNS
            if not own:
                found.add(word)
    return found - {w for n, w in enumerate(words) if w in pointers and n == len(words) - 1}


_ELLIPSIS_WORDS = frozenset(
    "en and of or maar but ook also what about how hoe zit het met voor for the de het".split()
)


def _existential(words: list[str]) -> set[str]:
    """ "there" in "is there a hub for…": no pointer back."""
    return {
        "there" for i, w in enumerate(words[1:], 1) if w == "there" and words[i - 1] in _BE
    } | ({"there"} if words[:1] == ["there"] else set())


_BE = frozenset("is are was were isnt arent".split())


def _noun_after(words: list[str], at: int) -> bool:
    """Whether the word after `at` is a noun that "het" is the article of: not a participle
    ("is het gelanceerd"), a stopword, "zich" or the end."""
    following = words[at + 1] if at + 1 < len(words) else ""
    return bool(following) and not (
        is_stopword(following)
        or following == "zich"
        or following in _PARTICLES
        or _PARTICIPLE.match(following)
    )


# The separable part of a verb at the end of a question: "werkt het samen?", "doet het mee?".
_PARTICLES = frozenset("samen mee op aan uit af toe terug weg bij na om voort".split())


def _pointing(words: list[str]) -> set[str]:
    """The words of a message that point back at what was just said; "het" only as the
    subject after its verb ("voor wie is het bedoeld?", not "het programma")."""
    # "op welke doelgroep richt het zich?": "het" before "zich" is the subject too
    subject = {
        "het"
        for i, w in enumerate(words[1:], 1)
        if w == "het"
        and (
            words[i - 1] in _VERBS
            or words[i + 1 : i + 2] == ["zich"]
            # a verb's third person: "werkt het", "leidt het", "biedt het"
            or (
                len(words[i - 1]) > 3 and words[i - 1][-1] == "t" and not is_stopword(words[i - 1])
            )
        )
        and not _noun_after(words, i)  # "wat is het weer?": "het" is the article of "weer"
    }
    adverbs = {w for w in words if _PRONOMINAL.match(w)}
    return (set(_PRONOUNS & set(words)) | adverbs | subject) - _existential(words)


_VERBS = frozenset(
    "is was zijn waren wordt werd heeft had zit zat bestaat kan kost doet deed gaat ging komt"
    " kwam".split()
)


_PLACE_NOUNS = frozenset(
    "provincie province regio region stad city plaats place gemeente town".split()
)
_THAT = frozenset("dat die deze dit that this".split())


def points_at_place(words: list[str]) -> set[str]:
    """The words of a message that point at the place in view: "daar", or "die provincie",
    "that region" ("and which hub is for that province?")."""
    found = {"daar", "there"} & set(words)
    for n, word in enumerate(words[:-1]):
        if word in _THAT and words[n + 1] in _PLACE_NOUNS:
            found |= {word, words[n + 1]}
    return found
