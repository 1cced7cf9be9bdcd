"""Text normalisation shared by the loader, the matcher and the language detector.

Everything here is pure and cached: the same string always gives the same tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

LANGS = ("nl", "en")

# Apostrophes inside words carry no meaning for matching: mkb'ers = mkbers, firma's = firmas.
_APOSTROPHES = re.compile(r"['’‘`´]")
_TOKEN = re.compile(r"[a-z0-9]+")
# An English possessive ("TNO's monitor"), not a contraction ("what's", "it's") or a Dutch
# plural after a vowel ("regio's", "firma's").
_POSSESSIVE = re.compile(r"\b(\w+)['’]s\b")
_CONTRACTED = frozenset("what that it he she there here where who how let when why".split())


def _possessive(found: re.Match[str]) -> str:
    word = found.group(1)
    if word.lower() in _CONTRACTED or (word[-1] in "aiouy" and not word.isupper()):
        return found.group(0)
    return word


_LETTERS_AND = re.compile(r"(?<=\b[A-Za-z])&(?=[A-Za-z]\b)")
# Characters that stand for a word of their own.
_SYMBOLS = {"€": " euro ", "%": " procent ", "&": " en ", "+": " plus "}
# Control, format (zero-width, bidi) and private-use characters are dropped before anything else.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Co", "Cs"}

MAX_QUESTION_CHARS = 500
# Conjunctions that start a reason or a purpose told after a question: "…, want ik zie alleen
# kosten", "…, zodat ik het snap", "… so that I can explain it": set aside by the reading,
# weighed little by the matcher. Two-word ones with a space. Dutch "want" only: in English it
# is a wish ("I want to join").
REASON_WORDS = {
    "nl": frozenset(["want", "omdat", "aangezien", "zodat", "zo dat"]),
    "en": frozenset(["because", "so that"]),
}
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def shortened(text: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """A long message cut to `limit` characters, keeping what most likely asks something:
    people write their story first and the question last, so the questions (sentences with a
    question mark) and the last sentence are kept, then the opening sentences as far as they
    fit, all in their order; without any of them, the message's end."""
    if len(text) <= limit:
        return text
    sentences = _SENTENCE_END.split(text)
    wanted = {i for i, s in enumerate(sentences) if "?" in s} | {len(sentences) - 1}
    kept: list[int] = []
    room = limit
    for i in sorted(wanted, reverse=True):  # the last questions first: they are the newest
        if len(sentences[i]) + 1 <= room:
            kept.append(i)
            room -= len(sentences[i]) + 1
    if not kept:
        return text[-limit:].split(" ", 1)[-1]
    for i, sentence in enumerate(sentences):  # then the opening (a greeting, who is asking)
        if i not in kept and len(sentence) + 1 <= room:
            kept.append(i)
            room -= len(sentence) + 1
        elif i not in kept:
            break
    return " ".join(sentences[i] for i in sorted(kept))


# Words that carry no subject. Question words stay out of the content too: the prototype showed
# that penalising a question word the phrasings never use hurt more than it helped.
STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        """
        de het een en of maar want dus dan als dat die dit deze daar hier er is zijn was waren
        wordt worden werd werden ben bent heb hebt heeft hebben had hadden kan kun kunt kunnen
        kon konden zal zult zullen zou zouden moet moeten mag mogen wil wilt willen ga gaat gaan
        doe doet doen deed word zit zitten staat staan ligt liggen
        ik jij je u hij zij ze wij we jullie hun hen mij me mijn mn jouw uw zijn haar ons onze
        mijne jouwe uwe zijne hare
        men iemand iets niets alles allemaal
        in op aan bij van voor met naar uit over onder tot door om tegen zonder sinds tussen
        na via per binnen buiten achter naast
        wat wie waar wanneer waarom hoe welk welke waarmee waarvoor waarin waaruit waarover
        hoeveel hoelang hoeveelste aantal aantallen hoeveelheid
        niet geen wel ook nog steeds al toch nou even eens eigenlijk graag gewoon precies
        zo zeer heel erg veel meer meest weinig minder beetje
        ja nee oke ok hm hmm eh
        kunt weet weten vertellen vertel zeggen zeg vraag vraagje vragen uitleggen leg
        iemand welk soort eigen ervaring ongeveer zowat bijna
        er ergens nergens overal waar daarmee daarvoor daarin daarover hiermee hiervoor
        mee toe af heen terug
        iedere ieder elke elk alle allerlei zulke zulk zon zoiets dergelijke sommige enkele
        zei zegt zeiden vertelde vertelden verteld sprak spraken praten noemde noemt noemen
        nogal best vrij redelijk soms vaak altijd nooit misschien waarschijnlijk wellicht
        inmiddels intussen ooit destijds toen straks later eerder onlangs laatst hoor joh
        dus daarom omdat terwijl hoewel zodat mits tenzij alsof
        kun kunnen mogelijk ik wel zoal zoals bijvoorbeeld bv etc enz enzovoort
        meestal gewoonlijk normaal doorgaans vaak soms meestentijds alweer ook alweer ff
        zelf zelfs jezelf mezelf uzelf zichzelf elkaar
        eerlijk gezegd eerlijkgezegd serieus
        iets wat waarom waarvan waardoor waarop wiens wier
        zich jou ten vanaf net helemaal natuurlijk
        verstaat verstaan versta verstond
        """.split()
    ),
    "en": frozenset(
        """
        the a an and or but so then if that this these those there here is are was were be
        been being am do does did doing have has had having can could will would shall should
        may might must
        i you he she it we they me him her us them my your his its our their mine yours
        in on at by of for with to from about into over under through during since between
        via per within without
        what who whom whose where when why how which number quantity
        not no yes also too still just even really actually please ok okay hm
        very much many more most some any lot lots little bit
        tell know say explain question ask
        there anything something nothing everything
        up out off back
        every each all any said says told talk talked spoke speak speaking exactly basically
        roughly approximately around like really pretty quite maybe perhaps probably now then
        already ever once also again such whether because while although though
        r u ur pls plz im ive id youre thats whats theres hows whos wheres
        dont doesnt didnt cant wont isnt arent wasnt werent
        usually often normally generally typically mostly sometimes always never
        self myself yourself itself themselves ourselves own
        instead alone rather else either neither both yet whatever however anyway
        honestly frankly seriously truly
        as until till than down away hes against another
        """.split()
    ),
}

# Words that mark a language without being content; used by the detector only.
_LANGUAGE_MARKERS: dict[str, frozenset[str]] = {
    "nl": STOPWORDS["nl"]
    | frozenset(
        """
        hallo hoi goedemorgen goedemiddag goedenavond dag doei dank bedankt dankjewel
        banen bedrijven geld gemaakt opgeleverd geinvesteerd investeringen deelnemen meedoen
        ondernemer ondernemers regio provincie subsidie wat waar hoeveel mkb kosten
        """.split()
    ),
    "en": STOPWORDS["en"]
    | frozenset(
        """
        hello hi hey morning thanks thank bye goodbye jobs companies money invested
        investment created join region province business businesses firms cost costs
        """.split()
    ),
}

_STEMMERS = {"nl": Stemmer.Stemmer("dutch"), "en": Stemmer.Stemmer("english")}


ALL_STOPWORDS = STOPWORDS["nl"] | STOPWORDS["en"]
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


_URL = re.compile(r"\b(?:https?://|www\.)([^\s/?#<>]+)[^\s<>]*", re.I)
# A pasted link's own words ("<a href=…>klik hier</a>") say nothing of the question; a link
# shown as its address ("<a href=…>https://www.smitzh.nl</a>") keeps the address.
_ANCHOR = re.compile(r"<a\s[^<>]{0,2000}>([^<>]{0,200})</a>", re.IGNORECASE)


def _anchor(found: re.Match[str]) -> str:
    shown = found.group(1)
    return f" {shown} " if _URL.fullmatch(shown.strip()) else " "


_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
# A Telegram mention of the bot or anyone ("@bot", "@fieldbot_nl"), not an e-mail address.
MENTION = re.compile(r"(?<![\w.+@-])@\w{2,32}\b")  # "@bot", "@fieldbot_bot"


def _host_word(found: re.Match[str]) -> str:
    """ "https://www.smitzh.nl/nieuws" -> "smitzh": the name a pasted link stands for."""
    host = found.group(1).lower().removeprefix("www.").split(":")[0]
    parts = [p for p in host.split(".") if p]
    return " " + (parts[-2] if len(parts) >= 2 else (parts[0] if parts else "")) + " "


def without_markup(text: str) -> tuple[str, bool]:
    """(text, whether it was only a link): pasted HTML tags (and scripts) and @mentions left
    out, and each link replaced by its site's name, so "<b>wat is een fieldlab</b>" is the
    question itself and "wat staat er op https://www.smitzh.nl?" asks about SMITZH."""
    # Each pattern needs its sign ("<", "@", "://" or the dot of "www."): most messages have
    # none of them and are only spaced again.
    if "<" in text:
        text = _TAG.sub(" ", _ANCHOR.sub(_anchor, _SCRIPT.sub(" ", text)))
    if "@" in text:
        text = MENTION.sub(" ", text)  # "@bot hoeveel fieldlabs": the mention addresses the bot
    if "://" not in text and "." not in text:
        return " ".join(text.split()), False
    only_link = _URL.search(text) is not None and not _URL.sub("", text).strip(" ?!.,:;()\"'")
    return " ".join(_URL.sub(_host_word, text).split()), only_link


# A phone number as people type it ("06-12345678", "06.12345678", "(020) 123 4567",
# "+31 6 1234 5678", "+1 (555) 123-4567") and an e-mail address. Both patterns are bounded,
# so a long word costs linear time. A year or a figure is no phone number: see _phone.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s./()-]{6,22}\d(?!\w)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def _phone(found: re.Match[str], mark: str) -> str:
    """The mark for a phone number: 9 to 15 digits, starting with +, 00 or 0 ("2015 2016
    2017" and "01.02.2019" are not one)."""
    number = found.group(0)
    digits = sum(c.isdigit() for c in number)
    if 9 <= digits <= 15 and number.lstrip("(").startswith(("+", "0")):
        return mark
    return number


def without_contact(text: str, *, marked: bool = True) -> tuple[str, bool]:
    """(text, whether it held contact details): phone numbers and e-mail addresses replaced by
    "[telefoon]" and "[e-mail]" (or left out, `marked=False`), so they are neither matched nor
    written to the log."""
    out = _EMAIL.sub("[e-mail]" if marked else " ", text) if "@" in text else text
    if _ANY_DIGIT.search(out) is None:
        return out, out != text  # no phone number without a digit
    mark = "[telefoon]" if marked else " "
    out = _PHONE.sub(lambda found: _phone(found, mark), out)
    return out, out != text


_ANY_DIGIT = re.compile(r"\d")


def strip_invisible(text: str) -> str:
    """Drop control, zero-width, bidi and private-use characters; keep line breaks as spaces."""
    if text.isascii():
        return _ASCII_CONTROL.sub(" ", text)
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append(" ")  # a control character separates words, as in ASCII text
        elif category not in _INVISIBLE_CATEGORIES and category not in ("Zl", "Zp"):
            out.append(ch)
        elif category in ("Zl", "Zp"):
            out.append(" ")
    return "".join(out)


# What fold() changes in ASCII text besides the case: control characters, the symbols that
# stand for words and apostrophes. Text without them (most phrasings) is only lower-cased.
_FOLD_WORK = re.compile(r"[\x00-\x1f\x7f&%+'`]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and symbols: 'Geïnvesteerd €' -> 'geinvesteerd  euro '."""
    if text.isascii() and _FOLD_WORK.search(text) is None:
        return text.lower()
    text = strip_invisible(text)
    if "&" in text:
        text = _LETTERS_AND.sub("", text)  # "R&D", "M&A": one abbreviation, not "r en d"
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub(_possessive, text)  # "TNO's monitor" is the monitor of TNO
    if text.isascii():  # the common case: no accents to strip
        return _APOSTROPHES.sub("", text.lower())
    # Decompose first: compatibility letters ('ℍ', '™') become plain capitals, then fold them.
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _APOSTROPHES.sub("", text)


def tokens(text: str) -> list[str]:
    """All word and number tokens of `text`, folded; stopwords kept."""
    return list(_tokens_of(text))


@lru_cache(maxsize=4096)
def _tokens_of(text: str) -> tuple[str, ...]:
    # One answer cuts the same question into tokens a dozen times (records, directory,
    # matcher, follow-up checks); a new list each time, as a caller may change it.
    return tuple(_TOKEN.findall(fold(text[: MAX_QUESTION_CHARS * 4])))


# Stems already made, by language: a plain dict look-up is a quarter of an lru_cache call
# with two arguments, and indexing 10,000 entries asks for 300,000 stems.
_STEMMED: dict[str, dict[str, str]] = {}
_MAX_STEMMED = 131072


def stem(token: str, lang: str) -> str:
    """Snowball stem of one folded token; numbers and very short tokens stay as they are."""
    made = _STEMMED.get(lang)
    if made is not None:
        found = made.get(token)
        if found is not None:
            return found
    if token.isdigit() or len(token) <= 3:
        return token
    result: str = _STEMMERS[lang].stemWord(token)
    if made is None:
        made = _STEMMED[lang] = {}
    elif len(made) >= _MAX_STEMMED:
        made.clear()  # a flood of new words must not grow the memory without end
    made[token] = result
    return result


def is_stopword(token: str, lang: str | None = None) -> bool:
    """True when the token carries no subject in `lang` (or in any language)."""
    return token in (ALL_STOPWORDS if lang is None else STOPWORDS[lang])


def content_tokens(text: str, lang: str | None = None) -> list[str]:
    """Tokens without stopwords, in order."""
    return [t for t in tokens(text) if not is_stopword(t, lang)]


_SHARED_MARKERS = _LANGUAGE_MARKERS["nl"] & _LANGUAGE_MARKERS["en"]


def detect_language(
    text: str, default: str = "nl", vocabulary: Mapping[str, str] | None = None
) -> tuple[str, float]:
    """Guess nl or en for a short question; returns (language, confidence 0..1).

    `vocabulary` maps words that the knowledge uses in one language only to that language.
    Confidence is low when nothing tells the languages apart; callers then fall back to the
    user's preference.
    """
    words = tokens(text)
    if len("".join(words)) < 2:  # "a", "?": one letter tells no language
        return default, 0.0
    counts = language_evidence(words, vocabulary)
    nl, en = counts["nl"], counts["en"]
    if nl == en:
        return default, 0.0
    lang = "nl" if nl > en else "en"
    confidence = abs(nl - en) / (nl + en)
    return lang, confidence


def language_evidence(
    words: list[str], vocabulary: Mapping[str, str] | None = None
) -> dict[str, float]:
    """How much speaks for each language: marker words (1 each), words the knowledge uses in
    one language (0.8), spelling patterns (0.4 each)."""
    counts = {"nl": 0.0, "en": 0.0}
    for word in words:
        for lang in LANGS:
            # "is", "in", "of": a word of both languages tells neither
            if word in _LANGUAGE_MARKERS[lang] and word not in _SHARED_MARKERS:
                counts[lang] += 1.0
        if vocabulary and word in vocabulary:
            counts[vocabulary[word]] += 0.8
    folded = " ".join(words)
    # Spelling patterns that only one of the two languages uses often.
    counts["nl"] += 0.4 * len(re.findall(r"ij|oe|aa|uu|sch|cht|eu|heid\b|tje\b", folded))
    counts["en"] += 0.4 * len(
        re.findall(r"th|wh|ing\b|w[aeio]|ou|ea|ck|ph|y\b|oa|ght|tion\b|ce\b", folded)
    )
    return counts


# What kind of answer a question asks for. Used as a soft signal only: a phrasing that asks the
# same kind of thing scores a little higher, a different kind is never penalised.
_INTENT_PAIRS = {
    ("how", "many"): "count",
    ("how", "much"): "count",
    ("what", "year"): "when",
    ("welk", "jaar"): "when",
    ("which", "year"): "when",
    ("welke", "datum"): "when",  # "op welke datum is … aangeboden"
    ("which", "date"): "when",
    ("what", "date"): "when",
    ("wat", "doet"): "do",
    ("wat", "doen"): "do",
    ("what", "does"): "do",
    ("what", "do"): "do",
    ("wat", "is"): "define",
    ("wat", "zijn"): "define",
    ("what", "is"): "define",
    ("what", "are"): "define",
    ("whats", None): "define",
    ("count", "of"): "count",
    ("wat", "betekent"): "define",
    ("wat", "verstaat"): "define",  # "wat verstaat men onder een fieldlab?"
    ("wat", "verstaan"): "define",
    ("what", "means"): "define",
}
_INTENT_WORDS = {
    "hoeveel": "count",
    "aantal": "count",
    "hoeveelheid": "count",
    "number": "count",
    "quantity": "count",
    "wanneer": "when",
    "when": "when",
    "wie": "who",
    "who": "who",
    "whos": "who",
    "whom": "who",  # "handed to whom?"
    "wheres": "where",
    "waar": "where",
    "where": "where",
    "waarom": "why",
    "why": "why",
    "hoe": "how",
    "how": "how",
    "welke": "which",
    "which": "which",
}


# Every word with which the checks below can find a kind of question.
_INTENT_STARTS = frozenset({first for first, _ in _INTENT_PAIRS} | set(_INTENT_WORDS))
_FUZZY_INTENTS = [word for word in _INTENT_WORDS if len(word) >= 5]
_GLUED_INTENT = re.compile(rf"({'|'.join(sorted(_FUZZY_INTENTS, key=len, reverse=True))})\w{{4,}}")
# Ordinary words one letter away from a question word.
_NOT_INTENT = frozenset("waaron".split())


@lru_cache(maxsize=65536)
def intent(text: str, *, typos: bool = False) -> str | None:
    """The kind of answer asked for: count, when, who, where, why, how, which, do, define.

    With `typos`, also "hoevel", "wanner" and "hoeveelbanen" (for users' questions; the
    knowledge's own phrasings are spelled right, which keeps loading fast).
    """
    words = tokens(text)
    for i, word in enumerate(words):
        if not typos and word not in _INTENT_STARTS:
            continue  # spelled right, a word that starts no question asks nothing
        following = words[i + 1] if i + 1 < len(words) else None
        pair = _INTENT_PAIRS.get((word, following)) or _INTENT_PAIRS.get((word, None))
        after = i + 2 if (word, following) in _INTENT_PAIRS else i + 1
        if pair == "define" and _counts_a_number(words[after:]):
            return "count"  # "what's the number of fieldlabs", "wat is het aantal banen"
        if pair:
            return pair
        if typos and word == "how" and following and len(following) >= 4:
            near = process.extractOne(following, ("much", "many"), scorer=OSA.distance)
            if near is not None and near[1] <= 1:  # "how mutch", "how manny"
                return "count"
        if word in _INTENT_WORDS:
            return _INTENT_WORDS[word]
        if word in ("wat", "what") and _DEFINING & set(words):
            return "define"  # "can you explain what a field lab is"
        if word in ("wat", "what") and i + 2 < len(words) and words[-1] in _DO_LAST:
            return "do"  # "ik snap niet wat een hub precies doet": an indirect question
        if not typos or len(word) < 5:
            continue
        glued = _GLUED_INTENT.match(word)
        if glued is not None:  # "hoeveelbanen"
            return _INTENT_WORDS[glued.group(1)]
        if len(word) <= 9 and word not in _NOT_INTENT:  # "hoevel", "wanner": a typo
            found = _misspelled_intent(word)
            if found is not None:
                return found
    return None


@lru_cache(maxsize=8192)
def _misspelled_intent(word: str) -> str | None:
    """The kind asked by a question word one typo away from `word` ("hoevel": count); the
    same words come back in every message, so each is compared once."""
    found = process.extractOne(word, _FUZZY_INTENTS, scorer=OSA.distance, score_cutoff=1)
    return _INTENT_WORDS[found[0]] if found is not None else None


# Verbs with which "wat"/"what" asks what something is: "wat Smart Industry inhoudt".
_DEFINING = frozenset(
    "is zijn are betekent means inhoudt inhoud inhouden inhield inhielden behelst behelsde "
    "entails entail".split()
)

# The verb an indirect question ends on: "wat een hub doet", "what a fieldlab does".
_DO_LAST = frozenset("doet doen does".split())

_COUNT_OPENERS = {
    ("hoeveel",), ("how", "many"), ("aantal",), ("number", "of"), ("amount", "of"),
    ("count", "of"), ("hoeveelheid",),
}  # fmt: skip

# What "what is …" asks when its object is a number: "the (total) number of", "het aantal".
_NUMBER_NOUNS = frozenset("number aantal count amount hoeveelheid totaal".split())
_BEFORE_NUMBER = frozenset(
    "the het de a an een total totale latest laatste current huidige".split()
)


def _counts_a_number(words: list[str]) -> bool:
    """Whether `words` (what follows "what is") open with a number of something: "the number
    of fieldlabs", "het totale aantal banen"; not "the goal of" or "a fieldlab"."""
    for at, word in enumerate(words[:4]):
        if word in _NUMBER_NOUNS:
            following = words[at + 1] if at + 1 < len(words) else ""
            return word not in ("number", "count") or following == "of"
        if word not in _BEFORE_NUMBER:
            return False
    return False


def counted(words: list[str]) -> str | None:
    """What a count question counts: the first content word after "hoeveel", "how many",
    "aantal" ("hoeveel bedrijven doen mee" -> "bedrijven"); None when it counts nothing
    named."""
    for at in range(len(words)):
        for opener in _COUNT_OPENERS:
            if tuple(words[at : at + len(opener)]) == opener:
                for following in words[at + len(opener) : at + len(opener) + 3]:
                    if not is_stopword(following):
                        return following
                return None
    return None


def question_key(text: str) -> tuple[str, ...]:
    """What a phrasing looks like to the matcher: its stemmed content words and its intent."""
    terms = sorted({stem(t, "nl") for t in tokens(text) if t not in ALL_STOPWORDS})
    return (*terms, f"?{intent(text) or ''}")


class QuestionKeys:
    """`question_key` for every phrasing of one load: a word is looked up in the stems of
    this load, which spares the call to `stem` for each of the 200,000 words of 40,000
    phrasings (most words come back in many phrasings)."""

    def __init__(self) -> None:
        self._stems: dict[str, str] = {}

    def __call__(self, text: str) -> tuple[str, ...]:
        stems = self._stems
        terms: set[str] = set()
        for token in _tokens_of(text):
            if token in ALL_STOPWORDS:
                continue
            found = stems.get(token)
            if found is None:
                found = stems[token] = stem(token, "nl")
            terms.add(found)
        return (*sorted(terms), f"?{intent(text) or ''}")


# Each rule with the letters it needs: a word without them is left as it is, which saves
# running every pattern over each of the knowledge's 20,000 words at every load.
_SOUNDS = (
    (re.compile(r"ph"), "f", ("ph",)),
    (re.compile(r"th"), "t", ("th",)),
    (re.compile(r"ck"), "k", ("ck",)),
    (re.compile(r"qu"), "kw", ("qu",)),
    (re.compile(r"x"), "ks", ("x",)),
    (re.compile(r"c(?=[eiy])"), "s", ("c",)),
    (re.compile(r"c"), "k", ("c",)),
    (re.compile(r"eij|aij|ij|ei|ai|ay|ey|y"), "ei", ("i", "y")),
    (re.compile(r"ou|au"), "au", ("u",)),
    (re.compile(r"oe"), "u", ("oe",)),
    (re.compile(r"z"), "s", ("z",)),
    (re.compile(r"v"), "f", ("v",)),
    (re.compile(r"dt|d\b"), "t", ("d",)),
    (re.compile(r"(.)\1+"), r"\1", ("",)),
)


def _sounded(word: str, rules: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]) -> str:
    for pattern, replacement, needs in rules:
        for letters in needs:
            if letters in word:
                word = pattern.sub(replacement, word)
                break
    return word


class Bucket(list[str]):
    """Words that start alike, in their order. A word within `edits` edits of another differs
    from it in length by `edits` letters at most, so an edit-distance search needs only the
    words of about its length: `within` keeps them in their order, and the search finds the
    same nearest word (the first of equals) among fewer ("enschde" is not compared with
    "eindhoven" and "eemnes")."""

    def __init__(self) -> None:
        super().__init__()
        self._within: dict[tuple[int, int], list[str]] = {}

    def within(self, length: int, edits: int) -> list[str]:
        """The words `length` ± `edits` letters long, in their order (made once, then kept)."""
        found = self._within.get((length, edits))
        if found is None:
            found = [w for w in self if abs(len(w) - length) <= edits]
            self._within[(length, edits)] = found
        return found


def by_start(words: Iterable[str], size: int = 1) -> dict[str, Bucket]:
    """The words by their first `size` letters: a typo or a name heard wrong is compared only
    with the words that start as it does."""
    buckets: dict[str, Bucket] = {}
    for word in words:
        if word:
            buckets.setdefault(word[:size], Bucket()).append(word)
    return buckets


@lru_cache(maxsize=256)
def one_edit_in_length(choices: tuple[str, ...], length: int) -> tuple[str, ...]:
    """The choices a word of `length` letters can be one edit from, in their order: an edit
    changes the length by one at most, so a fuzzy look-up within one edit needs no others
    (and finds what it would have found among all)."""
    return tuple(choice for choice in choices if abs(len(choice) - length) <= 1)


def near_in_length(buckets: Mapping[str, Bucket], start: str, word: str, edits: int) -> list[str]:
    """The words of `start`'s bucket that can be within `edits` edits of `word`."""
    bucket = buckets.get(start)
    return bucket.within(len(word), edits) if bucket is not None else []


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """How a folded word sounds, roughly, in Dutch or English: 'kaiser' and 'keijzer',
    'kontakt' and 'contact' share a key (speech-to-text and spelling by ear)."""
    return _sounded(word, _SOUNDS)


_ROUGH = (
    # "dutch", "smitzh": an h after a consonant is silent
    (re.compile(r"(?<=[^aeiou])h"), "", ("h",)),
    (re.compile(r"(?<=[aeiou])w"), "", ("w",)),  # "bouw" sounds as "bau"
    # "lab" and "lap" sound the same at the end of a Dutch word
    (re.compile(r"b"), "p", ("b",)),
    (re.compile(r"d"), "t", ("d",)),  # "added" and "at it"
    (re.compile(r"[aeiou]+"), "a", ("",)),  # voice-to-text guesses the vowels of a name
    (re.compile(r"(.)\1+"), r"\1", ("",)),
)


@lru_cache(maxsize=65536)
def rough_key(text: str) -> str:
    """A coarser sound key of a name said aloud and written down by ear, words joined: the
    consonants count, the vowels are one sound. "technologies at it" and "Technologies Added",
    "bouw lap" and "BouwLab", "campy only" and "CAMPIONE" come close."""
    return _sounded(sound_key("".join(tokens(text))), _ROUGH)


# How letters are said, in English and in Dutch ("DCMC": "dee see em see", "dee cee em cee").
LETTER_NAMES = {
    "en": dict(zip("abcdefghijklmnopqrstuvwxyz", (
        "ay bee see dee ee ef gee aitch eye jay kay el em en oh pee cue ar es tee you vee "
        "doubleyou ex why zed").split(), strict=True)),
    "nl": dict(zip("abcdefghijklmnopqrstuvwxyz", (
        "aa bee cee dee ee ef gee haa ie jee kaa el em en oo pee kuu er es tee uu vee wee "
        "iks ij zet").split(), strict=True)),
}  # fmt: skip
# A letter's name as speech-to-text writes it: "tee and oh" is T-N-O, "zee" the American Z.
_SAID_LETTERS = {
    said: letter for names in LETTER_NAMES.values() for letter, said in names.items()
} | {"and": "n", "o": "o", "zee": "z", "ha": "h", "ar": "r", "tea": "t", "oh": "o"}


def said_letters(words: list[str], start: int) -> tuple[str, int] | None:
    """The letters of a name said letter by letter from `words[start]` ("tee en oo" ->
    ("tno", 3)), at least three of them, or None. "and" counts as the letter N only between
    two other letters."""
    letters: list[str] = []
    end = start
    while end < len(words) and words[end] in _SAID_LETTERS:
        letters.append(_SAID_LETTERS[words[end]])
        end += 1
    if words[start : start + 1] == ["and"]:
        return None
    if end - start >= 2 and words[end - 1] == "and":
        letters.pop()
        end -= 1
    if len(letters) < 3:
        return None
    return "".join(letters), end
