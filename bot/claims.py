"""A claim whose claimed value dilutes the match ("Klopt het dat het Jaarevent van 2019 in
Utrecht was?", "Were the Hubs announced in 2016?", "Marloes Telgenhof works for BOOST,
right?"): the value is read as a typed slot (a year, a number, a place, a name the
knowledge writes in capitals), set aside to find the topic, and then checked against the
sentence of the answer that speaks of the claim: "Ja." when that sentence says the value,
"Nee, …" when it says another value of the same kind, no verdict when it says none.

A value the knowledge does not know ("Philips", "Germany") is never set aside: it is what
the claim is about, and without it a general entry would answer a question nobody asked.
Pure: the directory and the records are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.model import KnowledgeBase
from bot.text import is_stopword, tokens
from bot.understanding.confirming import without_claim_tag

if TYPE_CHECKING:  # only their types: the directory reads through the understanding step
    from bot.directory import DirectoryIndex
    from bot.records import RecordIndex

# Words that only shade the claim ("only started in 2019", "pas in 2019", "echt"): the
# fact is the same without them, and the matcher would weigh them as asked.
_SHADES = frozenset(
    """
    only just really actually already first time ever alleen slechts pas al echt wel nou
    eigenlijk toch maar zomaar gewoon ooit
    """.split()
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A name the knowledge writes in capitals: TNO, FME, VNO-NCW, EZK, SMITZH, SAM|XL.
_CAPITALS = re.compile(
    r"(?<![\w|-])(?:[A-Z][A-Z0-9]+(?:[-|&][A-Z0-9]+)*|[A-Z][a-z][A-Z])(?![\w|-])"
)


# The posts a person holds in the programme, a word class of their own: a claim of the
# wrong post ("the director of Hub Noord") is checked against the post the answer names.
_ROLES = frozenset(
    """
    voorzitter chair chairman chairwoman president directeur director programmadirecteur
    minister staatssecretaris secretary coordinator coordinatoren coordinators
    procescoordinator projectleider leader manager oprichter founder ceo wethouder
    gedeputeerde trekker kwartiermaker ambassadeur ambassador
    """.split()
)


@dataclass(frozen=True)
class Value:
    """A value the claim states: its kind ("year", "number", "place", "name", "role") and its
    words as they stand in the clause."""

    kind: str
    words: tuple[str, ...]


def known_names(knowledge: KnowledgeBase) -> frozenset[tuple[str, ...]]:
    """The names the knowledge writes in capitals, as folded words ("vno", "ncw"): the
    organisations, Hubs and Fieldlabs a claim may name as a value."""
    written = [t for e in knowledge.entries for t in e.answer.values()]
    written += [h.name or "" for h in knowledge.hubs]
    written += [f.name or "" for f in knowledge.fieldlabs]
    found = {tuple(tokens(m)) for t in written for m in _CAPITALS.findall(t)}
    return frozenset(n for n in found if n and not all(w.isdigit() for w in n))


def values_in(
    words: list[str],
    names: frozenset[str],
    year: int | None,
    directory: DirectoryIndex,
    capitals: frozenset[tuple[str, ...]],
    this_year: int,
) -> list[Value]:
    """The typed values of a claim's words: its year (not one still to come), its
    numbers, the place it names, the posts it names and the names in capitals the
    knowledge knows. A word the knowledge does not know is no
    value: "Philips" is what "klopt het dat Philips 2000 mensen heeft?" is about."""
    found: list[Value] = []
    if year is not None and year <= this_year:
        found.append(Value("year", (str(year),)))
    for word in words:
        if _YEAR.fullmatch(word) and int(word) > this_year:
            continue  # "new funding in 2028": no source can say it is not so
        if _YEAR.fullmatch(word):
            if all(v.words != (word,) for v in found):
                found.append(Value("year", (word,)))
        elif _NUMBER.fullmatch(word):
            found.append(Value("number", (word,)))
    known = {w for n in capitals for w in n}
    for n, word in enumerate(words):
        if word in _ROLES and all(v.words != (word,) for v in found):
            found.append(Value("role", (word,)))
            # "minister Kamp": a person the knowledge may not know, claimed by their post
            person = tuple(
                w
                for w in words[n + 1 : n + 3]
                if w in {t for n in names for t in tokens(n)} and w not in known
            )
            if person and words[n + 1] == person[0]:
                found.append(Value("person", person))
    place, _ = directory.find_place(words, names)
    if place is not None:
        spoken = tuple(tokens(place))
        if _at(words, spoken) is not None:
            found.append(Value("place", spoken))
    for name in sorted(capitals, key=len, reverse=True):
        at = _at(words, name)
        if at is None or not all(w in names for w in name):
            continue
        if any(_overlaps(name, v.words) for v in found):
            continue
        found.append(Value("name", name))
    return found


def set_aside(
    words: list[str], values: Iterable[Value], lang: str, keep_years: bool = False
) -> str:
    """The claim's words without its values, the words that only shade it, what it says
    is missing ("zonder bedrijfsleven") and the tag that asks to confirm it: what the
    matcher should look for. A claimed number asks how many of what it counts ("er zijn
    74 fieldlabs" -> "er zijn hoeveel fieldlabs"); with `keep_years` a claimed year stays
    asked ("het Jaarevent van 2019 in Utrecht": which event is meant)."""
    kept = list(words)
    years: list[str] = []
    for value in values:
        at = _at(kept, value.words)
        if value.kind == "role":
            continue  # "the chair": what is asked of the person, a word to match on
        if value.kind == "person" and at is not None:
            kept[at : at + len(value.words)] = []  # "minister Kamp": asks who the minister was
            continue
        if value.kind == "year" and keep_years:
            years += [] if at is not None else list(value.words)
            continue
        if at is None:
            continue
        counted = value.kind == "number" and at + 1 < len(kept) and kept[at + 1].isalpha()
        if counted:  # "er zijn 74 fieldlabs" asks "hoeveel fieldlabs zijn er"
            kept = [_HOW_MANY[lang], kept[at + 1], *kept[:at], *kept[at + 2 :]]
        else:
            kept[at : at + len(value.words)] = []
    text = _WITHOUT.sub("", " ".join(w for w in kept + years if w not in _SHADES))
    return " ".join(without_claim_tag(text).split())


_HOW_MANY = {"nl": "hoeveel", "en": "how many"}
# "zonder bedrijfsleven", "without companies": a part the claim says was missing.
_WITHOUT = re.compile(r"\b(?:zonder|without)\b(?:\s+\w+){1,3}\s*$")


def checked(
    values: list[Value],
    answer: str,
    claim: list[str],
    titles: Iterable[str],
    directory: DirectoryIndex,
    records: RecordIndex,
    capitals: frozenset[tuple[str, ...]],
    names: frozenset[str] = frozenset(),
) -> bool | None:
    """Whether the answer bears the claim out: False when the sentence that speaks most of
    the claim gives another value of a claimed kind (another year, place or name), True
    when it gives every claimed value, None when it speaks of none of them. A value the
    entry's title says ("het Jaarevent van 2019") is the topic, not the claim; a
    number is left to the figures (`bot/premises.py`). A name the claim writes with a
    capital (`names`) that neither the title nor that sentence says keeps it from being
    borne out: "Sol directeur van de KvK" is no "Ja" because he was a director."""
    asked = {w for t in titles for w in tokens(t)}
    claimed = list(
        dict.fromkeys(
            v for v in values if v.kind != "number" and not all(w in asked for w in v.words)
        )
    )
    if not claimed or len({v.kind for v in claimed}) < len(claimed):
        return None  # "2014 or 2015?": two of a kind ask which, they claim neither
    sentence = tokens(_speaking_of(answer, claim))
    verdicts = [_one(v, sentence, directory, records, capitals) for v in claimed]
    # "Klopt het dat de evaluatie in 2021 verscheen?": the sentence most like the claim
    # says 2015-2020, the next one 2021. A value the answer gives anywhere is never denied.
    whole = tokens(answer)
    verdicts = [
        None if held is False and _at(whole, v.words) is not None else held
        for v, held in zip(claimed, verdicts, strict=True)
    ]
    verdicts = [
        _role_of(v, whole, names, capitals, claimed)
        if v.kind == "role" and held is not False
        else held
        for v, held in zip(claimed, verdicts, strict=True)
    ]
    if False in verdicts:
        return False
    if verdicts and all(v is True for v in verdicts) and _all_said(claim, names, asked, sentence):
        # A number only guessed at ("zo'n 24 miljoen") is checked by no one: no "Ja".
        return None if any(v.kind == "number" for v in values) else True
    return None


def _one(
    value: Value,
    sentence: list[str],
    directory: DirectoryIndex,
    records: RecordIndex,
    capitals: frozenset[tuple[str, ...]],
) -> bool | None:
    if _at(sentence, value.words) is not None:
        return True
    if value.kind == "role":
        # "director" is said by "programme director", "coordinator" by "procescoördinator"
        if any(value.words[0] in w for w in sentence):
            return True
        return False if any(r in w for w in sentence for r in _ROLES) else None
    if value.kind == "year":
        return False if any(_YEAR.fullmatch(w) for w in sentence) else None
    if value.kind == "person":
        return None  # a person the answer does not name: the post next to a name tells
    if value.kind == "place":
        said, _ = directory.find_place(sentence, None)
        if said is None:
            return None
        province = directory.province_of(said)
        # "in Noord-Holland?" of a sentence that says Hilversum: the same place
        return province is not None and tuple(tokens(province)) == value.words
    # A name: another organisation, Hub or Fieldlab in the sentence says whose it is.
    named = records.find(list(value.words), None)
    other = records.find(sentence, None)
    if named is not None and other is not None:
        return named[0] == other[0]
    if any(_at(sentence, n) is not None for n in capitals if not _overlaps(n, value.words)):
        return False
    return None


def _role_of(
    value: Value,
    whole: list[str],
    names: frozenset[str],
    capitals: frozenset[tuple[str, ...]],
    claimed: list[Value],
) -> bool | None:
    """A post claimed of a person holds only where the answer says it next to their name:
    "Was Kamp staatssecretaris?" is not borne out by "staatssecretaris Mona Keijzer; …
    minister Kamp". Another post next to the name denies it; a claim naming no person, or
    an answer not naming them, keeps the verdict of the sentence."""
    known = {w for n in capitals for w in n}
    by_post = {w for v in claimed if v.kind == "person" for w in v.words}
    person = by_post or {w for n in names for w in tokens(n)} - known - _ROLES
    at = [i for i, w in enumerate(whole) if w in person]
    if not at and by_post:
        # "minister Kamp" of an answer that names someone else by another post
        if any(value.words[0] in w for w in whole):
            return None
        return False if any(r in w for w in whole for r in _ROLES) else None
    if not at:
        return True if not person else None
    near = [w for i in at for w in whole[max(0, i - 4) : i + 4]]
    if any(value.words[0] in w for w in near):
        return True
    return False if any(r in w for w in near for r in _ROLES) else None


def _all_said(
    claim: list[str], names: frozenset[str], asked: set[str], sentence: list[str]
) -> bool:
    """Whether the title or the sentence says every word of the claim that means
    something (by its first five letters) and every name it writes with a capital: "is
    de regeling nog open?" is not borne out by a sentence that names the RVO but says
    the regeling is closed; "Sol directeur van de KvK" not by "directeur bij TNO"."""
    said = {w[:5] for w in [*asked, *sentence]}
    named = {w for n in names for w in tokens(n)}
    meant = [w for w in claim if not is_stopword(w) and w not in _SHADES and len(w) > 2]
    return all(w[:5] in said for w in [*meant, *named])


def _speaking_of(answer: str, claim: list[str]) -> str:
    """The sentence of the answer that shares most words with the claim (by their first
    five letters: "aangekondigd" ~ "aankondiging" is not needed, "announced" is)."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", answer) if s.strip()]
    if not sentences:
        return answer
    said = {w[:5] for w in claim if not is_stopword(w) and len(w) > 2}

    def shared(sentence: str) -> int:
        return len(said & {w[:5] for w in tokens(sentence)})

    return max(sentences, key=shared)


def _at(words: list[str], part: tuple[str, ...]) -> int | None:
    size = len(part)
    for at in range(len(words) - size + 1):
        if tuple(words[at : at + size]) == part:
            return at
    return None


def _overlaps(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(set(a) & set(b))
