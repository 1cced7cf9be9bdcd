"""A message cut into words as typed: stretched letters ("hellooo"), chat shorthand ("hoevl
fl"), letters said one by one ("t n o") and the programme's own words misspelled ("field
labs")."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.text import STOPWORDS, fold, is_stopword, one_edit_in_length
from bot.understanding.smalltalk import _GOODBYES, _GREETINGS, _THANKS

# An abbreviation's stop ends no sentence: "acc. to the coordinators", "bijv. robots"
_ABBREVIATIONS = ("acc", "bijv", "vs", "ca", "incl", "o.a", "e.g", "i.e", "dhr", "mevr", "nr")
_NOT_AN_END = "".join(
    f"(?<!\\b{re.escape(a)}\\.)(?<!\\b{re.escape(a.capitalize())}\\.)" for a in _ABBREVIATIONS
)
# The stop is looked for first: the abbreviations' look-behinds are then tried only after
# a stop, not at every character (the same sentences, a tenth of the time).
_SENTENCE = re.compile(rf"(?<=[.!?;:\n]){_NOT_AN_END}\s+|\n+|(?<=[!?])(?=\S)")

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return list(_read_words(text))


@lru_cache(maxsize=2048)
def _read_words(text: str) -> tuple[str, ...]:
    # One message is cut into words several times over (sentences, clauses, their checks).
    return tuple(_fix_domain_words([_squeezed(w) for w in _WORD.findall(fold(text))]))


_STRETCHED = re.compile(r"([a-z])\1{2,}")


def _squeezed(word: str) -> str:
    """'hellooo', 'heyyy', 'byeee', 'thanksss': a greeting, thanks or goodbye with a letter
    typed three or more times ("ideeen" is a word of its own and stays); 'dnak', 'bednakt':
    thanks with two letters swapped or one off."""
    if len(word) <= 2:
        return word
    if word[-1] == word[-2] and word not in _SQUEEZE_TARGETS and word[:-1] in _HELD_TARGETS:
        # "byee", "yoo", "thankss": the last letter held a moment longer, typed twice
        return word[:-1]
    if len(word) <= 3:
        return word
    if not _STRETCHED.search(word):
        return _thanks_typo(word)
    squeezed = (_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word))
    for once in squeezed:
        if once in _SQUEEZE_TARGETS:
            return once
    if frequency.zipf(word) > 0:
        return word  # "ideeen" (ideeën) is a word with three letters of its own
    # "thank youuu", "sooo many", "hoeveeel": any word people use, a letter held longer
    for once in squeezed:
        if once in _STOPWORDS or frequency.zipf(once) >= _HELD_ZIPF:
            return once
    return word


# How common a word must be to be read in a word typed with a letter held ("soooo").
_HELD_ZIPF = 3.0


# How common a word must be for two swapped letters to be read as it ("wehre" is "where").
_COMMON = 3.5
_STOPWORDS = STOPWORDS["nl"] | STOPWORDS["en"]
# Each stopword with one letter left open ("wa?en"): a word one letter off a stopword
# shares one of these, found in one look-up per letter
_STOPWORD_ONE_OFF = frozenset(
    f"{stop[:at]}?{stop[at + 1 :]}" for stop in _STOPWORDS for at in range(len(stop))
)


@lru_cache(maxsize=8192)
def swapped_back(word: str) -> str:
    """A word no dictionary has that is a common word with two letters next to each other
    swapped ("wehre", "tehre", "aobut", "vlogens", "ovpolger"): that word. A rare name
    ("smitzh", "ramlab") swaps into no common word and stays."""
    if len(word) < 5 or word.isdigit() or frequency.zipf(word) > 0:
        return word  # "fiel lab" is a field lab said by ear, not a file
    if any(f"{word[:at]}?{word[at + 1 :]}" in _STOPWORD_ONE_OFF for at in range(len(word))):
        return word  # "warem" is "waren" mistyped as much as "warme" swapped
    found = [
        swapped
        for at in range(len(word) - 1)
        if word[at] != word[at + 1]
        and frequency.zipf(swapped := word[:at] + word[at + 1] + word[at] + word[at + 2 :])
        >= _COMMON
    ]
    return found[0] if len(found) == 1 else word


@lru_cache(maxsize=4096)
def _thanks_typo(word: str) -> str:
    """The thanks word `word` is one typo away from, when it is no word of its own."""
    if word in _THANKS_WORDS or frequency.zipf(word) >= 3.0:
        return word
    found = process.extractOne(
        word, one_edit_in_length(_THANKS_WORDS, len(word)), scorer=OSA.distance, score_cutoff=1
    )
    return found[0] if found is not None else word


_THANKS_WORDS = tuple(p for p in _THANKS if " " not in p and len(p) >= 4)

_SQUEEZE_TARGETS = (
    _GREETINGS
    | {p for p in _THANKS + _GOODBYES if " " not in p}
    | frozenset("ok oke okay cool nice super top great yes ja nee".split())
)


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
        if word == "hoe" and i + 1 < len(words) and words[i + 1] in ("veel", "vele"):
            out.append("hoeveel")  # "hoe veel fieldlabs zijn er": the count word split in two
            i += 2
            continue
        if word in _SPOKEN:
            out.append(_SPOKEN[word])
            i += 1
            continue
        if word in _COMPASS and (
            (out and out[-1] == "hub") or (i + 1 < len(words) and words[i + 1] == "hub")
        ):
            out.append(_COMPASS[word])  # "hub north?", "the south hub": the Hub's own name
            i += 1
            continue
        if word in _SPOKEN_AFTER_INDUSTRY and _hub_heard(words, i, out):
            out.append(_SPOKEN_AFTER_INDUSTRY[word])  # "welke smart industrie hap is er"
            i += 1
            continue
        if word == "r" and i + 1 < len(words) and words[i + 1] in ("u", "you", "there", "they"):
            out.append("are")  # "r u a bot?": chat shorthand, not a letter of a name
            i += 1
            continue
        spelled = len(word) == 1 and i + 1 < len(words) and len(words[i + 1]) == 1
        if word in _SHORTHAND and not spelled:  # "t n o" is TNO spelled, not "het n o"
            out += _SHORTHAND[word].split()
            i += 1
            continue
        run = i
        while run < len(words) and len(words[run]) == 1 and words[run].isalpha():
            run += 1
        if run - i >= 2 and not set(words[i:run]) <= _ONE_LETTER_WORDS:
            # "t n o", "r v o": a name spelled letter by letter ("r u a bot": words)
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

# Letters that are words of their own in chat ("u" for you, "a", "i"): two of them side by
# side spell no name.
_ONE_LETTER_WORDS = frozenset("a i u".split())

_FIELD_HALVES = frozenset("field fiel feel veld vield fields".split())

_LAB_HALVES = frozenset("lab labs lap laps lep leps leb lebs".split())

# How speech-to-text and quick typing spell the programme's own words.
_SPOKEN = {"hup": "hub", "hups": "hubs", "hubz": "hubs", "hubb": "hub", "hubbs": "hubs"}

# Words that are a "hub" misheard only after "smart industry" ("hap" is a Dutch word too).
_SPOKEN_AFTER_INDUSTRY = {
    "hap": "hub", "haps": "hubs", "happ": "hub", "happs": "hubs",
    "hab": "hub", "habs": "hubs", "hob": "hub", "hobs": "hubs",
}  # fmt: skip

# "smart industrie hap", "welke hap is dat": after these "hap" is a hub said aloud.
_BEFORE_SPOKEN_HUB = frozenset({"industry", "industrie", "welke", "which"})
# "die hap", "een hap in zuid holland", "jullie haps": after a determiner too, unless the
# message is about eating ("een snelle hap eten"), which is what a "hap" is in Dutch.
_DETERMINERS = frozenset(
    "die de een deze dat dit jullie hun zon regionale the that this a your their".split()
)
_EATING = frozenset(
    """eten eet eten lekker lekkere snel snelle drinken lunch lunchen diner ontbijt restaurant
    snack happen hapje food eat eating bite quick""".split()
)


def _hub_heard(words: list[str], at: int, out: list[str]) -> bool:
    """Whether "hap" (a bite, in Dutch) at `at` is "hub" misheard: after "smart industry"
    or "welke", or after a determiner in a message that says nothing of eating. Plural
    "haps" is no Dutch word ("happen" is), so it is hubs after a determiner however said."""
    if not out:
        return False
    if out[-1] in _BEFORE_SPOKEN_HUB:
        return True
    return out[-1] in _DETERMINERS and not _EATING & set(words)


# The Hubs are named by their region in Dutch ("Hub Noord", "Hub Zuid", "Hub Oost").
_COMPASS = {"north": "noord", "south": "zuid", "east": "oost"}

# Chat shorthand, written to save keystrokes ("hoevl fl waren er", "hub vr groningen").
_SHORTHAND = {
    "fl": "fieldlab", "fls": "fieldlabs", "hoevl": "hoeveel", "hvl": "hoeveel",
    "hoevee": "hoeveel", "n": "een", "vr": "voor", "vd": "van de", "wrm": "waarom",
    "wnr": "wanneer", "mn": "mijn", "impl": "implementatie", "invest": "investeringen",
    "tm": "tot", "ivm": "in verband met", "evt": "eventueel", "bijv": "bijvoorbeeld",
    "nr": "nummer", "info": "informatie", "prog": "programma", "org": "organisatie",
    # Dutch chat: "hoeveel zijn t er eig", "wss", "ff vragen"
    "eig": "eigenlijk", "eigl": "eigenlijk", "t": "het", "ff": "even", "wss": "waarschijnlijk",
    "mss": "misschien", "ng": "nog", "zn": "zijn", "k": "ik", "iig": "in ieder geval",
    "gwn": "gewoon", "sws": "sowieso", "nmn": "namelijk",
    "idd": "inderdaad", "aub": "alsjeblieft", "mbt": "met betrekking tot", "ipv": "in plaats van",
    "oid": "of iets dergelijks", "ong": "ongeveer", "vnl": "voornamelijk", "tis": "het is",
    # English chat: "how many r there rn", "whats ur source", "cuz idk"
    "acc": "according", "rn": "right now", "atm": "at the moment", "ur": "your",
    "pls": "please", "plz": "please",
    "abt": "about", "bc": "because", "cuz": "because", "coz": "because", "ppl": "people",
    "smth": "something", "govt": "government", "idk": "i do not know", "dunno": "do not know",
    "wanna": "want to", "gonna": "going to", "gotta": "have to", "gimme": "give me",
    "lemme": "let me", "b4": "before", "tho": "though", "btw": "by the way",
    # ordinals in digits: "5e hub naam?", "the 5th hub"
    "1e": "eerste", "2e": "tweede", "3e": "derde", "4e": "vierde", "5e": "vijfde",
    "5de": "vijfde", "4de": "vierde", "1ste": "eerste",
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
}  # fmt: skip


def _has_content(text: str) -> bool:
    return any(not is_stopword(w) and not w.isdigit() for w in text.split())


# "grr" is annoyance, not the sign-off "gr" held longer.
_HELD_TARGETS = _SQUEEZE_TARGETS - {"gr"}
