"""Belgian (Flemish) and Limburg Dutch said in standard Dutch before it is read: "wa is dat
nu juist", "zijt gij ne echte mens", "ik weet nie", "tot ne keer", "waat is dat eigelik",
"is d'r ein fieldlab veur metaal?"."""

from __future__ import annotations

import re
from functools import lru_cache

from bot import frequency
from bot.text import detect_language

# Whole phrases first, so that "tot ne keer" is a goodbye before "ne keer" is "eens".
_PHRASES = (
    (r"tot ne keer", "tot de volgende keer"),
    (r"nog ne keer", "nog eens"),
    (r"ne keer", "eens"),
    (r"zijt gij", "ben jij"),
    (r"zijt ge", "ben je"),
    (r"ge zijt", "je bent"),
    (r"gij zijt", "jij bent"),
    (r"goe gedaan", "goed gedaan"),
    (r"bis doe", "ben jij"),
    (r"bis te", "ben je"),
)

# One word for one word; the Flemish forms are no words of standard Dutch or English, nor
# names in the knowledge ("ne" is "een", "nie" is "niet", "ge" is "je").
_WORDS = {
    "ne": "een",
    "nen": "een",
    "nie": "niet",
    "ge": "je",
    "gij": "jij",
    "zijt": "bent",
    "wa": "wat",
    "da": "dat",
    "goei": "goed",
    "rap": "snel",
    "mijnen": "mijn",
    "goeiendag": "goedendag",
    "efkes": "even",
    "ulder": "jullie",
    # Limburgs: "waat is CAMPIONE? get mit onderhoud, höb ich gehuurd", "is d'r ein fieldlab
    # veur metaal?", "kin ich diech in 't Limburgs get vraoge?"
    "waat": "wat",
    "ich": "ik",
    "diech": "jou",
    "mich": "mij",
    "mit": "met",
    "höb": "heb",
    "veur": "voor",
    "bie": "bij",
    "ierste": "eerste",
    "kaome": "kwamen",
    "hoeveul": "hoeveel",
    "veul": "veel",
    "d'r": "er",
    "neet": "niet",
    "dao": "daar",
    "gein": "geen",
    "kin": "kan",
    "vraoge": "vragen",
    "allemaol": "allemaal",
    "ein": "een",
    "eine": "een",
    "mins": "mens",
    "ligk": "ligt",
    "eigelik": "eigenlijk",
    "motte": "moeten",
    "bedrieve": "bedrijven",
    "oetgevonde": "uitgevonden",
    "euver": "over",
    "auch": "ook",
    "ideeë": "ideeën",
    "wie's": "wie is",
    "wo": "waar",
    "'n": "een",
    "ouch": "ook",
    "mot": "moet",
    "mien": "mijn",
    "daor": "daar",
    "da's": "dat is",
    "get": "iets",
    # Drents, Twents and Brabants: "waor is dat dan", "hoevul procent", "is der ook wat bie
    # ons in t noorden?", "kan ik dat nou nog aanvraogen?"
    "waor": "waar",
    "hoevul": "hoeveel",
    "hoevuul": "hoeveel",
    "percies": "precies",
    "uut": "uit",
    "der": "er",
    "aanvraogen": "aanvragen",
    "krieg": "krijg",
    "wodde": "worden",
    # Brabants and Limburgs "un" for "een", "hie" for "hier": "is d'r un fieldlab hie?"
    "un": "een",
    "hie": "hier",
}

# Fillers that carry nothing: "Allez, ik moet terug …", "Merci hé".
_FILLERS = re.compile(
    r"(?i)(?:(?:^|(?<=[.!?,;:] ))allez(?![\w-])[,!]?\s*|\s*(?<![\w-])hé(?![\w-]))"
)

# "wat is dat nu juist?", "waar staat die juist?": after a question word "juist" is
# "precies"; "is dat juist?", "hoe juist is dat?", "welke informatie is juist?" and "niet
# juist" keep the meaning "correct".
_JUST = re.compile(
    r"(?i)\b((?:wat|wie|waar|wanneer|hoeveel|welke|welk)\b[^.?!]*?)"
    r"(?<!niet )(?<!is )(?<!hoe )\bjuist\b"
)

_PHRASE = re.compile(
    r"(?<![\w-])(" + "|".join(p for p, _ in _PHRASES) + r")(?![\w-])", re.IGNORECASE
)

_WORD = re.compile(r"(?<![\w'-])(" + "|".join(_WORDS) + r")(?![\w'-])", re.IGNORECASE)

_PHRASE_FOR = {p: s for p, s in _PHRASES}

# Words of German that Limburgs does not use: a message with one is read as it is.
_GERMAN = re.compile(
    r"(?i)(?<![\w'-])(?:sind|sie|nicht|ist|können|konnen|sprechen|bitte|danke|gibt|haben|"
    r"welche|wieviele|und)(?![\w'-])"
)


# A verb or plural said without its last "n", as the south and east say them: "ik wil wete
# of", "bedrieve", "zoeke". Only in a message with other dialect words, and only a word that
# Dutch does not know whose form with "n" is common ("lasse" is a name, and stays).
_DROPPED_N = re.compile(r"(?<![\w'-])([a-zà-ÿ]{3,}e)(?![\w'-])")


def _with_n(found: re.Match[str]) -> str:
    word = found.group(1)
    if frequency.zipf_nl(word) < 1.0 and frequency.zipf_nl(word + "n") >= 4.0:
        return word + "n"
    return word


def _same_case(said: str, standard: str) -> str:
    """The standard word with the capital the writer gave ("Ge moet" -> "Je moet"); a word in
    capitals ("GE", "NE") is an abbreviation and stays as written."""
    if len(said) > 1 and said.isupper():
        return said
    return standard[:1].upper() + standard[1:] if said[:1].isupper() else standard


@lru_cache(maxsize=1024)
def standard_dutch(text: str) -> str:
    """`text` with Flemish words and phrases in standard Dutch; other text unchanged.
    Pure, so memoised: the assistant and the reading both ask it of the same message."""
    # ASCII text without "allez" has no filler ("hé" is not ASCII), and without "juist" no
    # "juist" to read as "precies": those two patterns are not run over it.
    if not text.isascii() or "allez" in text.lower():
        text = _FILLERS.sub("", text)
    text = _PHRASE.sub(lambda m: _same_case(m.group(), _PHRASE_FOR[m.group().lower()]), text)
    if (
        _WORD.search(text)
        and not _GERMAN.search(text)  # "Sind Sie ein Mensch?" is German, not Limburgs
        and detect_language(_WORD.sub(" ", text))[0] == "nl"
    ):
        # "I need a fieldlab for Ne robotics": one such word in English is no Flemish
        text = _WORD.sub(lambda m: _same_case(m.group(), _WORDS[m.group().lower()]), text)
        text = _DROPPED_N.sub(_with_n, text)
    if text.isascii() and "juist" not in text.lower():
        return text
    return _JUST.sub(r"\1precies", text)
