"""Numbers written as words, as digits ("vierhonderddertig" -> 430, "twenty eighteen" -> 2018)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot import frequency

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

# Any Dutch number word, itself made of parts or not ("vierhonderd", "dertig", "duizend").
_NL_WORD = rf"(?:{_NL_BELOW_1000})?(?:duizend|honderd)(?:en)?(?:{_NL_BELOW_100})?|{_NL_BELOW_100}"

# "vier honderd dertig", "vierhonderd dertig", "twee duizend negentien": a Dutch number said
# aloud and typed by voice-to-text as separate words; Dutch writes it as one.
_NL_SPLIT = re.compile(rf"\b(?:{_NL_WORD})(?:\s+(?:en\s+)?(?:{_NL_WORD}))+\b")


def _joined_dutch(match: re.Match[str]) -> str:
    """The longest runs of the words that make one Dutch number, written as one word."""
    words = match.group(0).split()
    out: list[str] = []
    at = 0
    while at < len(words):
        for end in range(len(words), at + 1, -1):
            joined = "".join(words[at:end])
            if words[end - 1] != "en" and _nl_value(joined) is not None:
                out.append(joined)
                at = end
                break
        else:
            out.append(words[at])
            at += 1
    return " ".join(out)


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


def is_number_word(word: str) -> bool:
    """ "vijf", "vijfenvijftig", "twenty": one word that says a number."""
    return word in _EN_WORDS or (bool(word) and _nl_value(word) is not None)


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
        if value >= 10:
            continue  # "tien en twintig" is ten and twenty, not 30
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
# "30 duizend", "120 thousand", and "120 1000" from words: so many thousands
_DIGITS_THOUSAND = re.compile(r"(?<![\d,.])\b([1-9]\d{0,2}) (?:duizend|thousand|1000)\b")

_DECIMAL = re.compile(r"\b(\d+) (?:komma|point|punt) (\d+)\b")

_HALF = re.compile(r"\b(\d+) (?:and a half|en een half|en half)\b")

_SPOKEN_YEAR = re.compile(r"\b20 (1\d|2\d)\b")

# Dutch "ten" is "to the": "ten aanzien van", "ten opzichte van", "ten minste".
_DUTCH_TEN = re.compile(
    r" (?:aanzien|opzichte|minste|behoeve|gevolge|slotte|eerste|tweede|derde|einde|tijde|"
    r"noorden|zuiden|oosten|westen|laste|goede|koste|dienste|hoogste|grondslag|onrechte|"
    r"overstaan|name|volle)\b"
)


# A Dutch number word is long and compound: a typo in it ("tweeduieznd", "zeesndertig")
# leaves a word no dictionary knows. Such a word one edit from a number word is that number.
_LONG_WORD = re.compile(r"\b[a-z]{8,}\b")
_NUMBER_LETTERS = "".join(
    sorted(set("".join(_UNITS["nl"]) + "".join(_TENS["nl"]) + "honderduizend"))
)


# The parts long Dutch number words are made of ("tweeduizend", "zevenendertig")
_NUMBER_ROOTS = (
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
    "twaalf", "tig", "honderd", "duizend", "dertien", "veertien",
)  # fmt: skip


@lru_cache(maxsize=4096)
def _number_misspelled(word: str) -> str | None:
    """The number word `word` is one typo away from (a letter swapped, left out, doubled or
    wrong), or None; a word people use is never taken for one."""
    if _NL_NUMBER.fullmatch(word) or frequency.zipf(word) > 0:
        return None
    if not any(root in word for root in _NUMBER_ROOTS):
        return None  # one typo in a long number word leaves one of its parts whole
    spelled = {word[:i] + word[i + 1 :] for i in range(len(word))}
    spelled |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    for letter in _NUMBER_LETTERS:
        spelled |= {word[:i] + letter + word[i + 1 :] for i in range(len(word))}
        spelled |= {word[:i] + letter + word[i:] for i in range(len(word) + 1)}
    found = sorted(w for w in spelled if _NL_NUMBER.fullmatch(w) and _nl_value(w) is not None)
    return found[0] if found else None


# A mobile network's generation said aloud: "vijf g", "five g" became "5 g".
_GENERATION = re.compile(r"\b([2-6]) g\b")


def _number_typos_fixed(text: str) -> str:
    return _LONG_WORD.sub(lambda m: _number_misspelled(m.group()) or m.group(), text)


# Pure on the text; the reading, the record look-up and the figure checks each ask it of the
# same clause.
@lru_cache(maxsize=8192)
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

    text = _DIGITS_THOUSAND.sub(lambda m: str(int(m.group(1)) * 1000), text)
    text = _number_typos_fixed(text)
    if "honderd" in text or "duizend" in text or " en " in text:
        text = _NL_SPLIT.sub(_joined_dutch, text)
    # Every Dutch number word holds a root, every English one is a word of its own; `text`
    # stays as it came in until both are done, as `english` reads it.
    spelled = _NL_NUMBER.sub(dutch, text) if any(r in text for r in _NUMBER_ROOTS) else text
    if any(word in spelled for word in _EN_WORDS):
        spelled = _EN_NUMBER.sub(english, spelled)
    text = spelled
    if _DIGIT.search(text) is None:
        return text  # each pattern below joins or marks digits
    # "tweeduizend driehonderdvijftig" -> 2350, "drie komma vijf" -> 3,5, "twintig achttien"
    # (a year said aloud) -> 2018.
    text = _THOUSANDS.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), text)
    # "honderdtwintig duizend": the words became "120 1000", which is 120000
    text = _DIGITS_THOUSAND.sub(lambda m: str(int(m.group(1)) * 1000), text)
    text = _DECIMAL.sub(r"\1,\2", text)
    text = _HALF.sub(r"\1,5", text)  # "drie en een half miljoen" -> "3,5 miljoen"
    text = _GENERATION.sub(r"\1g", text)  # "vijf g", "five g": a mobile network, 5G
    return _SPOKEN_YEAR.sub(r"20\1", text)
