"""Questions about one Hub or Fieldlab's own fields: its website, where it is, who leads it,
its Hub or its Fieldlabs, whether it is still active and what succeeded it.

The record is found by its name or an alias (typos allowed in longer names); the field by
the words of the question. A field the record leaves out is answered as "not in my sources",
never guessed. Pure, synchronous, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.cards import hub_name, themes_text
from bot.directory import HubRegions
from bot.memo import Memo
from bot.model import Fieldlab, Hub, KnowledgeBase, Person, Source
from bot.reply import Reply
from bot.text import LETTER_NAMES, by_start, is_stopword, near_in_length, rough_key, tokens
from bot.texts import text

# Words that ask for one field, compared on folded words. Order matters: the first field
# whose words occur wins ("wie leidt de hub van RoboHouse" asks for the Hub).
_FIELD_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("successor", frozenset("opvolger opvolgers vervolg opgevolgd opvolging successor successors "
                            "succeeded replaced vervangen vervanger edih".split())),
    ("status", frozenset("actief active nog still bestaat bestaan exist exists gestopt stopt "
                         "stopped opgeheven closed running lopend operational draait "
                         "functioneert ended beeindigd".split())),
    ("website", frozenset("website websites site url webadres webpagina homepage internetadres "
                          "webstek link".split())),
    ("contact", frozenset("contact contactpersoon contactgegevens bellen mailen email mail "
                          "telefoon telefoonnummer bereiken reach phone call emailadres "
                          "mailadres".split())),
    ("labs", frozenset("fieldlabs labs".split())),
    ("hub", frozenset("hub hubs".split())),
    ("when", frozenset("wanneer when sinds since erkend erkenning recognised recognized status "
                       "predicaat label plaquette".split())),
    ("lead", frozenset("run leidt leiden leidde leidden leiding trekker trekkers trekt "
                       "trekken coordineert coordinating coordineren leading managing "
                       "heading "
                       "coordinator organisatie organisation organization organisaties "
                       "opgericht oprichter "
                       "coordinatie runs leads led lead behind achter erachter daarachter "
                       "eigenaar coordinates "
                       "coordinated organises organiseert opgezet oprichter oprichters "
                       "founded founder founders bedacht bedenker ontwikkeld devised "
                       "conceived developed "
                       # the everyday words for who is in charge: "wie is de baas van …",
                       # "wie is verantwoordelijk voor …", "who manages …", "kartrekker"
                       "verantwoordelijk verantwoordelijke baas directeur director manager "
                       "manages managed management beheert beheerder heads charge "
                       "responsible kartrekker kartrekkers initiatiefnemer initiatiefnemers "
                       "leider leiders leader leaders".split())),
    ("where", frozenset("waar where locatie adres gevestigd located location plaats stad city "
                        "town vestiging based situated address regio region provincie "
                        "province provincies provinces".split())),
    # "which schools take part in Fieldlab IR", "met welke onderwijsinstellingen werkt het
    # samen": who works in it, as its own description tells.
    ("partners", frozenset("partners partner partijen schools scholen onderwijsinstellingen "
                           "onderwijsinstelling hogescholen hogeschool universiteiten "
                           "universities kennisinstellingen deelnemers participants members "
                           "samenwerkingspartners cooperate".split())),
    # "What's the theme of SAM|XL?", "waar richt RoboHouse zich op": what it works on, as
    # its themes and description say (asked last: "welk thema heeft de hub" is no field).
    ("themes", frozenset("thema themas theme themes focus focusgebied focusgebieden "
                         "specialisatie specialism speciality specialty onderwerp "
                         "onderwerpen topic topics richt".split())),
)  # fmt: skip


COMMON_NAME_ZIPF = 5.0
_RECORD_WORDS = frozenset("fieldlab fieldlabs lab hub hubs".split())
_JOINERS = frozenset("en and".split())
# "de hub in het noorden", "the hub of the east": the words between "hub" and its region.
_REGION_OPENERS = ("in", "of", "van", "voor", "for", "uit", "from")
_POINTED = frozenset("dat die dit deze that this the het de".split())
# Words between two names said side by side, and how many names a question asks of at once.
_SIDE_BY_SIDE = frozenset("en and of or & ook also fieldlab hub vs versus tegenover".split())
_MAX_SIDE_BY_SIDE = 3
_PROGRAMME_WORDS = frozenset("smart industry industrie".split())

# A word this common is itself, however it sounds: "werkt het fieldlab samen".
EVERYDAY_ZIPF = 5.0

# What a record is, by the first part of its id: "smits de hub" speaks of a Hub.
_KIND_WORDS = {
    "hub": frozenset("hub hubs".split()),
    "fieldlab": frozenset("fieldlab fieldlabs lab".split()),
}

# "lab" as speech-to-text writes it at the end of a name ("ram lap", "bouw lap").
_LAB_SAID = frozenset("lab lap labs laps".split())
_REACHED = frozenset("reach bereiken".split())
_COMPANY_WORDS = frozenset(
    "companies bedrijven firms businesses ondernemers ondernemingen".split()
)
_WHICH_YEAR = ("welk jaar", "what year", "which year", "welk jaartal")


@dataclass(frozen=True)
class RecordAnswer:
    """A field of one record, in words, with the record's sources."""

    record: str
    field: str
    text: str
    sources: tuple[Source, ...]
    known: bool  # False: the sources leave this field out

    def reply(self, lang: str) -> Reply:
        """The field as a Reply; one the sources leave out is an honest "not known", never
        a confident answer."""
        return Reply(
            self.text,
            lang,
            entry=self.record,
            score=100.0 if self.known else 0.0,
            confident=self.known,
            sources=self.sources,
            kind="answer" if self.known else "unknown",
            record=self.record,
        )


_SPELLED = re.compile(r"[A-Z]{2,4}")


def spoken_forms(name: str) -> set[str]:
    """A name whose capitals are said letter by letter, joined and folded: "SAM|XL" ->
    "samexel", "DCMC" -> "deeseeemsee"; none for a name without a run of 2-4 capitals. A run
    that reads as a word ("SAM") is also kept as it is."""
    parts = re.findall(r"[A-Za-z]+|\d+", name)
    if not any(_SPELLED.fullmatch(p) for p in parts):
        return set()
    forms = set()
    for letters in LETTER_NAMES.values():
        variants = [""]
        for part in parts:
            options = {part.lower()}
            if _SPELLED.fullmatch(part):
                options.add("".join(letters[c] for c in part.lower()))
            variants = [v + o for v in variants for o in options]
        forms |= {v for v in variants if len(v) >= 6 and v != "".join(parts).lower()}
    return forms


def said_forms(name: str) -> set[str]:
    """The rough keys of a name as it may be said aloud: a lone capital by its name, "&" as
    "en" or "and" ("BouwLab R&Do": "bouw lap er en doe"). Runs of capitals said letter by
    letter are `spoken_forms`: their rough keys are too short to tell apart."""
    parts = re.findall(r"[A-Za-z]+|\d+|&", name)
    variants = [""]
    for part in parts:
        options = {"en", "and"} if part == "&" else {part.lower()}
        if re.fullmatch(r"[A-Z]", part):
            options |= {letters[part.lower()] for letters in LETTER_NAMES.values()}
        elif re.fullmatch(r"[A-Z]{5,}", part) and len(parts) == 1:
            # "smit zet (haa)": a long name in capitals read as a word, its last letters
            # said by their names
            low = part.lower()
            for letters in LETTER_NAMES.values():
                options |= {
                    low[:-2] + " " + letters[low[-2]] + " " + letters[low[-1]],
                    low[:-2] + " " + letters[low[-2]],
                    low[:-1] + " " + letters[low[-1]],
                }
        variants = [f"{v} {o}" for v in variants for o in options]
    return {rough_key(v) for v in variants}


# (record id, first word, end) of a name found in a list of words.
Found = tuple[str, int, int]


def _among(record: str, found: list[Found]) -> bool:
    return any(record == f[0] for f in found)


# Directions: a Hub named by a direction ("Hub Noord") and another direction right after it
# ("Hub Noord-West") is a region the record does not have.
_COMPASS = frozenset("noord oost zuid west north east south".split())
_COMPASS_ONE = [[w] for w in _COMPASS]


class RecordIndex:
    """The Hub and Fieldlab names of one KnowledgeBase, for finding a named record."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        self.hub_regions = HubRegions(knowledge)  # the Hubs by their regions, for all readers
        self._names: dict[str, str] = {}  # joined folded name -> record id
        self._name_words: list[tuple[str, str]] = []  # (name as written, record id)
        for hub in knowledge.hubs:
            for name in (hub.name, *hub.aliases):
                if name:
                    self._add(name, hub.id)
        for lab in knowledge.fieldlabs:
            for name in (lab.name, *lab.aliases):
                self._add(name, lab.id)
        # The last parts of the compounds in Fieldlab names ("cluster" of "Innovatiecluster"),
        # each with the Fieldlabs and their towns: looked up, not searched, per message.
        self._tails: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for lab in knowledge.fieldlabs:
            towns = frozenset(t for place in lab.places for t in tokens(place))
            for word in tokens(lab.name or ""):
                for cut in range(1, len(word) - 3):
                    self._tails.setdefault(word[cut:], []).append((lab.id, towns))
        # Typos are matched on the distinctive part of a name: "fieldlab smart" must not
        # look like "Fieldlab SPARK".
        self._fuzzy: dict[str, str] = {}
        self._short: dict[str, str] = {}  # 5-6 letter names, for a name split in two
        self._bare: dict[str, str] = {}  # "samen" of "Fieldlab SAMEN", when capitalised
        heads: dict[str, set[str]] = {}
        for name, record in self._name_words:
            parts = [w for w in tokens(name) if w not in _RECORD_WORDS]
            if len(parts) >= 2 and len(parts[0]) >= 8 and frequency.zipf(parts[0]) < 2.5:
                heads.setdefault(parts[0], set()).add(record)
        # "innovatiecluster" of "Innovatiecluster Drachten", when no other name starts so.
        self._heads = {w: next(iter(r)) for w, r in heads.items() if len(r) == 1}
        for name, record in list(self._names.items()):
            bare = name
            for word in sorted(_RECORD_WORDS, key=len, reverse=True):
                bare = bare.replace(word, "") if bare != word else bare
            if bare != name and len(bare) >= 3:
                self._bare.setdefault(bare, record)
            if len(bare) >= 7:
                self._fuzzy.setdefault(bare, record)
            elif len(bare) >= 5:
                self._short.setdefault(bare, record)
        # "groningen" is the town, not a typo of "5Groningen": places are never fuzzy names.
        self._places = {
            "".join(tokens(p))
            for places in knowledge.places.provinces.values()
            for p in (*places,)
        } | {"".join(tokens(p)) for p in knowledge.places.provinces}
        # "technologies at it", "campy only", "smid zee": a name written down by ear. Only
        # keys of five sounds or more, and only one record per key.
        rough: dict[str, str | None] = {}
        self._rough_spelled: dict[str, set[str]] = {}  # key -> the names' letters, joined
        for name, record in self._name_words:
            parts = re.findall(r"[A-Za-z]+|\d+|&", name)
            bare = " ".join(w for w in parts if w.lower() not in _RECORD_WORDS)
            if bare.lower().split()[:1] in (["smart"], ["industry"]):
                continue  # "smart industry sent" is not "Smart Industry South"
            if "".join(tokens(bare)) in self._places:
                continue  # "South Holland" is the province, not "Hub Zuid-Holland"
            for key in said_forms(bare):
                if len(key) >= 5:
                    rough[key] = record if rough.get(key, record) == record else None
                    self._rough_spelled.setdefault(key, set()).add("".join(tokens(bare)))
        self._rough = {key: record for key, record in rough.items() if record is not None}
        self._rough_by_start = by_start(self._rough)
        self._name_lengths = frozenset(len(n) for n in self._names)
        # "dee see em see", "sam excel": a name with letters in it as speech-to-text writes
        # it when the letters are said one by one, in Dutch or English.
        self._spoken: dict[str, str] = {}
        for hub in knowledge.hubs:
            for name in (hub.name, *hub.aliases):
                for said in spoken_forms(name or ""):
                    self._spoken.setdefault(said, hub.id)
        for lab in knowledge.fieldlabs:
            for name in (lab.name, *lab.aliases):
                for said in spoken_forms(name):
                    self._spoken.setdefault(said, lab.id)
        self._spoken_by_start = by_start(self._spoken, 2)
        self._short_names, self._fuzzy_names = list(self._short), list(self._fuzzy)
        # One answer looks for a name in the same words several times (the message, its
        # clause, the record question): the last results are kept.
        self._found: Memo[tuple[tuple[str, ...], frozenset[str] | None], Found | None] = Memo()

    def _add(self, name: str, record: str) -> None:
        self._name_words.append((name, record))
        joined = "".join(tokens(name))
        if len(joined) >= 3:
            self._names.setdefault(joined, record)

    def find(self, words: list[str], names: frozenset[str] | None = None) -> Found | None:
        """(record id, start, end) of the longest record name in `words`, typos allowed. A
        name that is also a common word ("SAMEN") counts when capitalised (`names`: the
        words the user capitalised, None when unknown) or next to "fieldlab"/"hub"."""
        return self._found.get(
            (tuple(words), names), lambda: self._find_with_joiners(words, names)
        )

    def find_each(self, words: list[str], names: frozenset[str] | None = None) -> list[Found]:
        """Records named side by side with "en"/"and"/"of"/"or" ("waar zitten RoboHouse en
        SAM|XL?"): each distinct record with its span, in the order said; one or none when the
        message does not name two like that."""
        first = self.find(words, names)
        if first is None:
            return []
        found = [first]
        while len(found) < _MAX_SIDE_BY_SIDE:  # names after the longest one
            at = found[-1][2]
            while at < len(words) and words[at] in _SIDE_BY_SIDE:
                at += 1
            following = self.find(words[at:], names) if at > found[-1][2] else None
            if following is None or following[1] != 0 or _among(following[0], found):
                break
            found.append((following[0], at, at + following[2]))
        while len(found) < _MAX_SIDE_BY_SIDE:  # and before it: the longest need not be first
            at = found[0][1]
            while at > 0 and words[at - 1] in _SIDE_BY_SIDE:
                at -= 1
            before = self.find(words[:at], names) if at < found[0][1] else None
            if before is None or before[2] != at or _among(before[0], found):
                break
            found.insert(0, before)
        return found

    def _lab_of_hub_asked(
        self, words: list[str], found: Found, record: str | None, names: frozenset[str] | None
    ) -> tuple[str, list[str]] | None:
        """The Fieldlab (and the words asked of it) when a question names a Hub as the one
        a Fieldlab belongs to: the Fieldlab named beside it, or the one in view (`record`)."""
        hub, start, end = found
        if self.knowledge.hub(hub) is None:
            return None
        rest = words[:start] + words[end:]
        other = self.find(rest, names)
        if other is not None and self.knowledge.fieldlab(other[0]) is not None:
            lab, rest = other[0], rest[: other[1]] + rest[other[2] :]
        elif record is not None and self.knowledge.fieldlab(record) is not None:
            lab = record
        else:
            return None
        asked = [*rest, "hub"]
        return (lab, asked) if _field(asked) == "hub" else None

    def _find_with_joiners(self, words: list[str], names: frozenset[str] | None) -> Found | None:
        found = (
            self._find(words, names) or self._hub_of_region(words) or self._by_compound_tail(words)
        )
        if found is not None or not _JOINERS & set(words[1:-1]):
            return found
        # "het fieldlab van Airborne en Siemens": a name of two parties said with "en".
        kept = [
            at
            for at, word in enumerate(words)
            if not (
                word in _JOINERS and 0 < at < len(words) - 1 and not is_stopword(words[at - 1])
            )
        ]
        joined = self._find([words[at] for at in kept], names)
        if joined is None:
            return None
        record, start, end = joined
        return record, kept[start], kept[end - 1] + 1

    def _by_compound_tail(self, words: list[str]) -> Found | None:
        """ "dat cluster in Drachten", "die fabriek in Dordrecht": a Fieldlab named by the
        last part of a compound in its name ("Innovatiecluster", "Duurzaamheidsfabriek"),
        after a demonstrative, with the town it is in; the span is that word."""
        for at, word in enumerate(words[1:], 1):
            if words[at - 1] not in _POINTED or word in _RECORD_WORDS or word not in self._tails:
                continue
            said = set(words) - {word}  # the town is said besides the name's part
            found = {lab for lab, towns in self._tails[word] if towns & said}
            if len(found) == 1:
                return found.pop(), at, at + 1
        return None

    def _hub_of_region(self, words: list[str]) -> Found | None:
        """ "the hub in the east", "de hub in het noorden": the Hub of the region said right
        after the word "hub"; the span is that word."""
        at = next((i for i, w in enumerate(words) if w in ("hub", "hubs")), None)
        if at is None:
            return None
        region = self.hub_regions.said_in(words[at + 1 :], _REGION_OPENERS, first=True)
        if region is None:
            return None
        return self.hub_regions.hubs[region].id, at, at + 1

    def _find(self, words: list[str], names: frozenset[str] | None) -> Found | None:
        ends = list(accumulate((len(w) for w in words), initial=0))
        for size in range(min(6, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                if ends[i + size] - ends[i] not in self._name_lengths:
                    continue  # no name is that long: nothing to join and look up
                gram = words[i : i + size]
                joined = "".join(gram)
                if joined in self._names:
                    if gram[-1] in _COMPASS and words[i + size : i + size + 1] in _COMPASS_ONE:
                        continue  # "hub noord-west" names another region than Hub Noord's
                    if size == 1 and frequency.zipf(joined) >= COMMON_NAME_ZIPF:
                        near = {
                            words[i - 1] if i else "",
                            words[i + 1] if i + 1 < len(words) else "",
                        }
                        if not (names is None or joined in names or near & _RECORD_WORDS):
                            continue
                    return self._names[joined], i, i + size
        for i, word in enumerate(words):
            # "en SAMEN, wat is dat?": the name without its "Fieldlab", as the user wrote it.
            if names and word in names and word in self._bare:
                return self._bare[word], i, i + 1
            # "where is the Innovatiecluster?": the one rare word that starts one name.
            if word in self._heads:
                return self._heads[word], i, i + 1
        record_word = [w in _RECORD_WORDS for w in words]
        stop = [is_stopword(w) for w in words]
        for size in (3, 2, 1) if self._short_names or self._fuzzy_names else ():
            for i in range(len(words) - size + 1):
                # "doe iot": a short name split on a word that is a stopword as well
                spoken_first = size == 2 and len(words[i]) == 3 and not stop[i + 1]
                if (
                    any(record_word[i : i + size])
                    or (stop[i] and not spoken_first)
                    or stop[i + size - 1]
                ):
                    continue
                # "technologie is added": speech-to-text splits a name on a short word
                if size == 3 and stop[i + 1] and len(words[i + 1]) > 3:
                    continue
                gram = words[i : i + size]
                joined = "".join(gram)
                # "smits h", "doe iot": a short name that speech-to-text split in two.
                split = size >= 2 and len(joined) >= 5 and min(len(w) for w in gram) <= 3
                # "smitz": a short name misheard, a word no dictionary has
                rare = size == 1 and len(joined) >= 5 and frequency.zipf(joined) < 1.0
                # "die boast hub": a short name misheard as a word, said with "hub"
                rare = rare or (
                    size == 1
                    and len(joined) >= 5
                    and bool(_RECORD_WORDS & {*words[i + 1 : i + 2]})
                )
                if (len(joined) < 7 and not split and not rare) or joined in self._places:
                    continue
                pool, pool_names = (
                    (self._short, self._short_names)
                    if len(joined) < 7
                    else (self._fuzzy, self._fuzzy_names)
                )
                found = process.extractOne(
                    joined,
                    pool_names,
                    scorer=OSA.distance,
                    score_cutoff=1 if len(joined) < 11 else 2,
                )
                if found is not None:
                    return pool[found[0]], i, i + size
        for size in (5, 4, 3, 2):
            for i in range(len(words) - size + 1):
                # Only where a spoken name could begin: its first two letters.
                forms = self._spoken_by_start.get(words[i][:2])
                if not forms or words[i + size - 1] in _RECORD_WORDS:
                    continue
                if all(stop[j] or record_word[j] for j in range(i, i + size)):
                    continue  # "welke fieldlab is er": "is er" is no "IR" said aloud
                joined = "".join(words[i : i + size])
                if len(joined) < 6:
                    continue
                found = process.extractOne(joined, forms, scorer=OSA.distance, score_cutoff=1)
                if found is not None:
                    return self._spoken[found[0]], i, i + size
        return self._find_by_ear(words, stop, record_word)

    def _find_by_ear(
        self, words: list[str], stop: list[bool], record_word: list[bool]
    ) -> Found | None:
        """A name written down as it sounds ("bouw lap er en doe"): its rough key is a name's,
        or one sound off when the name is long or a word is rare ("smid zee", "campy only")."""
        if not self._rough:
            return None
        # A name's key starts as its first word's does: where no name starts with that sound,
        # no longer stretch of words needs a key of its own (most words of most messages).
        starts = [
            not stop[i] and rough_key(w)[:1] in self._rough_by_start for i, w in enumerate(words)
        ]
        for size in (5, 4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                if not starts[i]:
                    continue
                gram = words[i : i + size]
                if any(record_word[i : i + size]) or "".join(gram) in self._places:
                    continue
                if gram[0] in _PROGRAMME_WORDS:
                    continue
                common = size == 1 and frequency.zipf(gram[0]) >= 3.0
                if size == 1 and len(gram[0]) < 5:
                    continue
                key = rough_key(" ".join(gram))
                if len(key) < 5:
                    continue  # "vidoe": too few sounds to tell names apart
                if common:
                    # "field lab kampioen", "smits de hub": a common word is a name said by
                    # ear only when it sounds exactly like one (a silent final e aside) and
                    # what that record is is said next to it (not "het beste", "samen").
                    same = self._rough.get(key) or self._rough.get(key + "a")
                    around = {*words[max(0, i - 2) : i], *words[i + 1 : i + 3]}
                    if (
                        same is not None
                        and frequency.zipf(gram[0]) < EVERYDAY_ZIPF  # not "samen", "beste"
                        and _KIND_WORDS[same.split(".")[0]] & around
                    ):
                        return same, i, i + 1
                    continue
                # Common words ("company in") sound like a name only exactly, unless the name
                # is long: "dock optics centre".
                # "die smid zee hub": said where a name goes.
                near = (
                    len(key) >= 10
                    or any(frequency.zipf(w) < 3.0 for w in gram)
                    or words[i + size : i + size + 1] in (["hub"], ["fieldlab"])
                )
                # "zoom en" is no "SAMEN", "company we" no "CAMPIONE": common words sound like a
                # short name only said where a name goes ("smid zee hub") or with letters
                # that are no word ("smits zh").
                if (
                    len(key) < 8
                    and all(frequency.zipf(w) >= 3.5 for w in gram)
                    and words[i + size : i + size + 1] not in (["hub"], ["fieldlab"])
                    and not any(len(w) <= 2 and not is_stopword(w) for w in gram)
                    and gram[-1] not in _LAB_SAID  # "ram lap": a lab said by ear
                ):
                    continue
                # "robo haus": voice-to-text drops the silent final e of "house"
                near = near or (size >= 2 and key + "a" in self._rough)
                edits = 1 if near else 0
                found = process.extractOne(
                    key,
                    near_in_length(self._rough_by_start, key[:1], key, edits),
                    scorer=OSA.distance,
                    score_cutoff=edits,
                )
                if found is None:
                    continue
                # One word one sound off must also be spelled close to the name: "die boast
                # hub" is BOOST, "postdoc hub" or "sauzen" is not.
                if (
                    size == 1
                    and found[1]
                    and not any(
                        OSA.distance(gram[0], spelled) <= 2
                        for spelled in self._rough_spelled.get(found[0], ())
                    )
                ):
                    continue
                return self._rough[found[0]], i, i + size
        return None

    def holds(self, record: str, words: list[str], year: int | None) -> bool:
        """Whether the record's own text can hold what the question asks: the year it names,
        and an amount when it asks one ("het budget van de EDIH voor 2025" is not in a card
        without that year or any sum of money)."""
        entry = self.knowledge.entry(record)
        if entry is None:
            return False
        said = " ".join(entry.answer.values())
        if year is not None and str(year) not in said:
            return False
        asks_amount = bool(MONEY & set(words)) or " how much " in f" {' '.join(words)} "
        return not asks_amount or bool(re.search(r"€|\beuro\b|miljoen|million", said))

    def shared_hub(self, records: tuple[str, ...], lang: str) -> RecordAnswer | None:
        """The one Hub that every Fieldlab of `records` belongs to, as that Hub's answer
        ("RoboHouse en SAM|XL horen bij SMITZH."), or None when they differ or one has none."""
        found = [self.knowledge.fieldlab(record) for record in records]
        labs = [lab for lab in found if lab is not None and lab.hub]
        hubs = {lab.hub for lab in labs if lab.hub}
        hub = self.knowledge.hub(hubs.pop()) if len(hubs) == 1 else None
        if hub is None or len(labs) < 2 or len(labs) < len(found):
            return None
        names = [lab.name for lab in labs]
        joined = f"{', '.join(names[:-1])} {'en' if lang == 'nl' else 'and'} {names[-1]}"
        body = text("record_labs_hub", lang, names=joined, hub=hub_name(hub, lang))
        if hub.status == "stopped":
            body += " " + _status(hub.id, hub_name(hub, lang), hub.status, hub.status_date,
                                  hub.successor, lang, hub.sources).text  # fmt: skip
        sources = tuple(dict.fromkeys(s for lab in labs for s in lab.sources))
        return RecordAnswer(hub.id, "hub", body, sources + hub.sources, True)

    def answer(
        self,
        question: str,
        lang: str,
        record: str | None = None,
        names: frozenset[str] | None = None,
    ) -> RecordAnswer | None:
        """The field a question asks of the record it names (or of `record`, from context)."""
        words = tokens(question)
        found = self.find(words, names)
        rest = words
        if found is not None:
            of_lab = self._lab_of_hub_asked(words, found, record, names)
            if of_lab is not None:
                # "hoort 5groningen bij hub noord?", "… en hoort dat ook bij hub noord?": the
                # Fieldlab is asked about; the Hub named is the value asked of it.
                record, rest = of_lab
            else:
                record, start, end = found
                rest = words[:start] + words[end:]
        if record is None:
            return None
        field = _field(rest)
        hub = self.knowledge.hub(record)
        if hub is not None and field == "hub" and _AREA_WORDS & set(rest):
            field = "where"  # "welke provincies vallen onder de hub BOOST?": its region
        province = _province_in(self.knowledge, rest)
        if (
            hub is not None
            and province is not None
            and field in (None, "hub", "where")
            and ({"hub", "hubs"} & set(rest) or field == "where")
            and not _ASKING & set(rest)
            and ((words[:1] and words[0] in _CLAIMING) or _CLAIM_TAIL & set(words))
        ):
            # "Is SMITZH de hub van Noord-Holland?": a claim about its province.
            return _hub_province(self.knowledge, hub, province, lang)
        found_record = hub or self.knowledge.fieldlab(record)
        if field in (None, "where") and found_record and _office_elsewhere(found_record, rest):
            # "heeft Hub Zuid ook een vestiging in Antwerpen?": no record lists its offices
            return _detail_unknown(self.knowledge, found_record, "offices", lang)
        if field is None:
            return None
        if hub is not None:
            if field == "themes":
                return None  # a Hub has no themes of its own; its card tells what it does
            return _hub_field(self.knowledge, hub, field, lang, set(rest))
        lab = self.knowledge.fieldlab(record)
        if lab is not None and field == "themes" and not lab.themes:
            return None  # its card says that its theme is not in the sources
        if lab is not None:
            return _lab_field(self.knowledge, lab, field, lang, set(rest))
        return None


# "een vestiging in Harderwijk", "an office in Antwerp": one of a record's offices, asked by
# the place it would be in.
_OFFICE = frozenset(
    "vestiging vestigingen kantoor kantoren filiaal filialen office offices branch "
    "branches".split()
)


def _office_elsewhere(record: Hub | Fieldlab, words: list[str]) -> bool:
    """Whether `words` ask for an office of `record` in a place its own text does not name
    (Hub Noord's planned locations Drachten, Groningen and Emmen are named)."""
    if not _OFFICE & set(words):
        return False
    places = [
        words[at + 1]
        for at, word in enumerate(words[:-1])
        if word in ("in", "te", "at") and not is_stopword(words[at + 1])
    ]
    if not places:
        return False
    told = {
        w
        for texts in (record.summary, getattr(record, "offers", {}))
        for value in texts.values()
        for w in tokens(value)
    }
    told |= {w for place in getattr(record, "places", ()) for w in tokens(place)}
    return any(place not in told for place in places)


# Words that ask for the area a Hub covers.
_AREA_WORDS = frozenset(
    "provincie provincies province provinces regio regios region regions gebied area".split()
)


# Every word that asks a field of a record ("website", "waar", "actief"): no topic of its own.
FIELD_CUES = frozenset(cue for _, cues in _FIELD_WORDS for cue in cues)
_ALL_CUES = sorted({cue for _, cues in _FIELD_WORDS for cue in cues if len(cue) >= 6})
# Every word that asks for one of a record's own fields ("welke provincies", "which
# organisation"): the card answers it by its values, not by the word.
FIELD_CUES = frozenset(cue for _, cues in _FIELD_WORDS for cue in cues)


# "bestaat er een fieldlab voor…", "is there a fieldlab that…": whether one exists, not
# whether a named one still runs.
_EXISTS = frozenset("bestaat bestaan exist exists".split())
_STILL = frozenset("nog still meer anymore longer".split())
_MORE = frozenset("meer andere anderen een iets wat".split())
# The status words that say a record runs: "since" before one asks when it began.
_RUNS = _EXISTS | frozenset("actief active draait running lopend operational functioneert".split())


# Words that ask for a sum of money.
MONEY = frozenset(
    "budget budgetten bedrag bedragen bijdrage bijgedragen geld euro miljoen money amount "
    "funding contributed contribution".split()
)
_AMOUNT = MONEY | {"beschikbaar"}  # "hoeveel stelde de provincie beschikbaar"
# "hoeveel gaf de provincie voor SMITZH-3?", "how much did the MRDH contribute?": a verb of
# giving after "how much" asks an amount too.
_GIVEN = frozenset(
    "gaf gaven geeft geven gegeven kreeg kregen krijgt gekregen droeg droegen bijgedragen "
    "bijdrage legde legden gelegd investeerde investeerden geinvesteerd betaalde betaalden "
    "betaald gave give gives given got get gets received contributed contribute paid pay "
    "invested".split()
)


# Details no record holds ("robohouse prijs?", "what is the monthly fee for joining there?",
# "openingstijden SPARK", "het adres van RoboHouse"): each is answered as "not in my
# sources", naming the record, never with its card.
_PRICE = frozenset(
    "prijs prijzen prijskaartje tarief tarieven kost kosten kostprijs fee fees price prices "
    "pricing cost costs lidmaatschap lidgeld contributie abonnement membership subscription "
    "maandelijks monthly".split()
)
_YEARLY = frozenset("jaarlijks jaarlijkse jaarbudget annual annually yearly".split())
_PER_YEAR = (" per jaar ", " per year ", " a year ", " each year ", " elk jaar ", " ieder jaar ")
_HOURS = frozenset("openingstijden openingstijd openingsuren bezoekuren hours".split())
_ADDRESS = frozenset("adres address bezoekadres postadres straat street postcode".split())
_FUNDING = frozenset(
    "betaalt betalen betaald financiert gefinancierd financiering funding funded pays paid "
    "bekostigd subsidie subsidies".split()
)
DETAILS = ("price", "yearly", "hours", "address")
_WEBSITE = frozenset("website websites site url webadres webpagina homepage internet".split())


def _detail(words: list[str], present: set[str]) -> str | None:
    """The detail no record holds that a question asks for, or None."""
    joined = f" {' '.join(words)} "
    if _PHONE_MAIL & present - _ADDRESS or {"contactgegevens", "contact"} & present:
        return None  # a phone number or e-mail address: the contact field says so
    if _WEBSITE & present:
        return None  # "het adres van de website van BOOST": the website
    if _AMOUNT & present and (_YEARLY & present or any(p in joined for p in _PER_YEAR)):
        return "yearly"  # "hoeveel budget hebben die per jaar?"
    if _PRICE & present and not _FUNDING & present:
        return "price"  # not "wie betaalt de kosten van SMITZH?": who funds it
    if _HOURS & present:
        return "hours"
    if _ADDRESS & present:
        return "address"
    return None


# Dutch splits a pronominal adverb: "waar gaat dat over?" is "waarover", what it is about,
# and "waar richten ze zich op?" is "waarop"; "waar" then asks no place. The particle ends
# the question, or comes before a last word that only colours it ("precies", "eigenlijk").
_WHERE_PARTICLE = re.compile(
    r" waar (?:\S+ )+?(?:over|op|mee|aan|voor|naar|om|uit|door|toe) "
    r"(?:(?:precies|eigenlijk|dan|nou|nu|zo|allemaal|zoal) )?$"
)


def asks_amount_given(words: list[str]) -> bool:
    """ "hoeveel kreeg SMITZH van de MRDH?", "how much did they get": money is asked,
    though no word of money is said."""
    present = set(words)
    return bool(_GIVEN & present and {"hoeveel", "much"} & present)


def _field(words: list[str]) -> str | None:
    present = set(words)
    detail = _detail(words, present)
    if detail is not None:
        return detail
    existential = {
        word
        for at, word in enumerate(words[:-1])
        if word in _EXISTS and words[at + 1] in ("er", "there") and not _STILL & present
    }
    for word in words:  # "webiste", "wesbite": a field word with a typo
        if (
            len(word) >= 6
            and word not in present - {word}
            and not is_stopword(word)
            and word not in _RECORD_WORDS  # "fieldlab" is no typo of the field "fieldlabs"
        ):
            found = process.extractOne(word, _ALL_CUES, scorer=OSA.distance, score_cutoff=1)
            if found is not None:
                present.add(found[0])
    present -= existential
    if words[:1] and words[0] in ("welke", "welk", "which", "what", "wat") and _EXISTS & present:
        present -= _EXISTS  # "which fieldlab for flexible manufacturing exists?": which one
    if any(w == "nog" and words[n + 1] in _MORE for n, w in enumerate(words[:-1])):
        present -= {"nog"}  # "zijn er nog meer?", "nog een vraag": more, not still running
    if _WHERE_PARTICLE.search(f" {' '.join(words)} "):
        present -= {"waar"}  # "waar gaat dat over?", "waar richten ze zich op?": no place
    if _REACHED & present and (any(w.isdigit() for w in words) or _COMPANY_WORDS & present):
        present -= _REACHED  # "did SMITZH reach 2350 companies?": a figure, not how to contact
    joined = f" {' '.join(words)} "
    given = asks_amount_given(words)
    if (_AMOUNT & present or given or " how much " in joined) and not {
        "fieldlabs",
        "labs",
    } & present:
        # "hoeveel stelde de provincie beschikbaar", "budget van de EDIH": an amount, which
        # no field holds; only how many Fieldlabs a Hub has is a field.
        return None
    if any(f" {ask} " in joined for ask in _WHICH_YEAR) and "door" not in present:
        return "when"  # "in welk jaar is SMITZH opgericht": when, not who founded it
    since = {"sinds", "since"} & present or " hoe lang " in joined or " how long " in joined
    if _RUNS & present and since and not _STILL & present:
        # "sinds wanneer bestaat het?", "sinds wanneer draait die?", "how long has it been
        # running?": since when, not whether it still runs
        return "when"
    for field, cues in _FIELD_WORDS:
        if cues & present:
            if field == "labs" and not (
                {"welke", "which", "horen", "belong", "belongs"} & present
                or {"van", "of", "bij", "onder", "members"} & present
            ):
                continue
            if field == "hub" and not (
                {
                    "welke",
                    "which",
                    "hoort",
                    "belongs",
                    "belong",
                    "bij",
                    "part",
                    "onder",
                    "under",
                    "van",
                    "of",
                }
                & present
            ):
                continue  # fmt: skip
            return field
    return None


def _unknown(
    record: str, field: str, name: str, lang: str, sources: tuple[Source, ...]
) -> RecordAnswer:
    body = text(f"record_{field}_unknown", lang, name=name) + " " + text("national", lang)
    return RecordAnswer(record, field, body, sources, False)


def asks_phone_or_mail(words: list[str]) -> bool:
    """Whether a question asks for a phone number or an e-mail address."""
    return bool(_PHONE_MAIL & set(words))


_PHONE_MAIL = frozenset(
    "telefoon telefoonnummer nummer bellen phone call mail mailen email emailadres mailadres "
    "e-mail 06 adres address".split()
)


# "wie is de contactpersoon", "who can I talk to": a person is asked, not a website.
_A_PERSON = frozenset(
    "contactpersoon contactpersonen persoon aanspreekpunt wie iemand who person someone "
    "somebody".split()
)


def _person_unknown(record: str, name: str, website: str | None, lang: str,
                    sources: tuple[Source, ...]) -> RecordAnswer:  # fmt: skip
    """No person is named for the record; where to ask instead: its website, else the
    national programme."""
    body = text("record_person_unknown", lang, name=name) + " "
    if website:
        body += text("record_website", lang, name=name, website=website)
    else:
        body += text("national", lang)
    return RecordAnswer(record, "contact", body, sources, False)


def _contact_unknown(record: str, name: str, website: str | None, lang: str,
                     sources: tuple[Source, ...]) -> RecordAnswer:  # fmt: skip
    """A phone number or e-mail address is not in the sources; the website may be."""
    body = text("record_contact_unknown", lang, name=name)
    if website:
        body += " " + text("record_website", lang, name=name, website=website)
    return RecordAnswer(record, "contact", body, sources, False)


def _detail_unknown(
    knowledge: KnowledgeBase, record: Hub | Fieldlab, field: str, lang: str
) -> RecordAnswer:
    """'De prijs van deelname aan RoboHouse staat niet in mijn bronnen', with where to ask:
    the record's website, else its Hub's, else the national programme; for an address,
    the place the sources do give."""
    name = hub_name(record, lang) if isinstance(record, Hub) else record.name
    body = text(f"record_{field}_unknown", lang, name=name)
    if field == "address" and isinstance(record, Fieldlab) and record.places:
        body += " " + text("record_lab_where", lang, name=name, where=", ".join(record.places))
    hub = knowledge.hub(record.hub) if isinstance(record, Fieldlab) and record.hub else None
    if record.website:
        body += " " + text("record_ask_website", lang, website=record.website)
    elif hub is not None and hub.status != "stopped" and hub.website:
        body += " " + text("record_ask_hub", lang, hub=hub_name(hub, lang), website=hub.website)
    else:
        body += " " + text("national", lang)
    return RecordAnswer(record.id, field, body, record.sources, False)


# "who founded it?", "wie heeft het opgericht/opgezet?": who set it up, which need not be
# who leads it now
_FOUNDING = frozenset(
    "opgericht oprichter oprichters opgezet bedacht bedenker ontwikkeld founded founder "
    "founders established devised conceived developed".split()
)
# A sentence of a record's description that tells who set it up.
_FOUNDED_BY = re.compile(
    r"\b(?:opgericht|opgezet|ontwikkeld|founded|set up|established|developed)\b.*\b(?:door|by)\b"
    r"|\b(?:door|by)\b.*\b(?:opgericht|opgezet|ontwikkeld|founded|set up|established|"
    r"developed)\b",
    re.IGNORECASE,
)


def _asks_founding(words: set[str]) -> bool:
    """Whether a question asks who founded a record, a typo allowed ("ontwikkelt")."""
    return any(
        word in _FOUNDING
        or (len(word) >= 7 and any(OSA.distance(word, said) <= 1 for said in _FOUNDING))
        for word in words
    )


def _founding_told(summary: Mapping[str, str], lang: str) -> str | None:
    """The sentence of a description that says who founded the record, if one does."""
    told = summary.get(lang) or summary.get("nl") or ""
    for sentence in re.split(r"(?<=[.!?])\s+", told):
        if _FOUNDED_BY.search(sentence):
            return sentence
    return None


def _hub_field(
    knowledge: KnowledgeBase, hub: Hub, field: str, lang: str, words: set[str] | None = None
) -> RecordAnswer:
    name = hub_name(hub, lang)
    say = text
    sources = hub.sources
    if field in DETAILS:
        return _detail_unknown(knowledge, hub, field, lang)
    if field == "contact" and words and _PHONE_MAIL & words:
        return _contact_unknown(hub.id, name, hub.website, lang, sources)
    if field == "contact" and not hub.people and words and _A_PERSON & words:
        return _person_unknown(hub.id, name, hub.website, lang, sources)
    if field == "website" or (field == "contact" and not hub.people):
        if not hub.website:
            return _unknown(hub.id, "website", name, lang, sources)
        return RecordAnswer(hub.id, field, say("record_website", lang, name=name,
                                                website=hub.website), sources, True)  # fmt: skip
    if field == "contact":
        people = "; ".join(_person(p, lang) for p in hub.people)
        body = say("record_people", lang, name=name, people=people)
        if hub.website:
            body += " " + say("record_website", lang, name=name, website=hub.website)
        return RecordAnswer(hub.id, field, body, sources, True)
    if field == "labs":
        labs = sorted(lab.name for lab in knowledge.fieldlabs if lab.hub == hub.id)
        if not labs:
            return _unknown(hub.id, "labs", name, lang, sources)
        return RecordAnswer(hub.id, field, say("record_labs", lang, name=name,
                                               labs=", ".join(labs)), sources, True)  # fmt: skip
    if field == "lead" and words and _asks_founding(words):
        founded = _founding_told(hub.summary, lang)
        if founded is not None:  # "who founded it?": its founders, not who leads it now
            return RecordAnswer(hub.id, field, founded, sources, True)
    if field == "lead":
        lead = ", ".join(hub.lead)
        people = "; ".join(_person(p, lang) for p in hub.people)
        if not lead and not people:
            return _unknown(hub.id, "lead", name, lang, sources)
        parts = []
        if lead:
            parts.append(say("record_lead", lang, name=name, lead=lead))
        if people:
            parts.append(say("record_people", lang, name=name, people=people))
        return RecordAnswer(hub.id, field, " ".join(parts), sources, True)
    if field in ("status", "successor"):
        return _status(
            hub.id, name, hub.status, hub.status_date, hub.successor, lang, sources, field
        )
    if field in ("when", "partners"):
        summary = hub.summary.get(lang) or hub.summary.get("nl") or ""
        return RecordAnswer(hub.id, field, summary, sources, bool(summary))
    if field == "hub":
        return RecordAnswer(hub.id, field, say("record_is_hub", lang, name=name), sources, True)
    where = ", ".join(hub.provinces) or hub.region or ""
    if hub.provinces_unconfirmed and not hub.provinces:
        unconfirmed = ", ".join(hub.provinces_unconfirmed)
        body = say("record_hub_region_unconfirmed", lang, name=name, region=hub.region or "",
                   provinces=unconfirmed)  # fmt: skip
        return RecordAnswer(hub.id, field, body, sources, True)
    if not where:
        return _unknown(hub.id, "where", name, lang, sources)
    region = hub.region or where
    if region == where:  # "Zuid-Holland (Zuid-Holland)"
        body = say("record_hub_region_only", lang, name=name, region=region)
        return RecordAnswer(hub.id, field, body, sources, True)
    body = say("record_hub_region", lang, name=name, region=region, provinces=where)
    return RecordAnswer(hub.id, field, body, sources, True)


# "Is SMITZH de hub van …?", "SMITZH is de hub voor …, toch?": a yes/no claim, not "I would
# like to know more about SMITZH, the Hub in Zuid-Holland".
_CLAIMING = frozenset("is zijn hoort valt werkt bedient klopt was does do is are covers".split())
_CLAIM_TAIL = frozenset("toch right correct klopt".split())
# "welke provincies vallen onder BOOST, Gelderland of ook Overijssel?" asks, claims nothing.
_ASKING = frozenset("welke welk wat waar which what where".split())


def _province_in(knowledge: KnowledgeBase, words: list[str]) -> str | None:
    """The one province a question names in full ("noord holland", "overijssel"); None
    for none or several."""
    said = set(words)
    provinces = knowledge.places.provinces
    named = [(p, p) for p in provinces] + [
        (alias, target)  # "brabant", "fryslan": a province by its everyday name
        for alias, target in knowledge.places.aliases.items()
        if target in provinces
    ]
    found = list(dict.fromkeys(p for name, p in named if set(tokens(name)) <= said))
    # "zuid holland" names Zuid-Holland only; "holland" alone names none
    return found[0] if len(found) == 1 else None


def _hub_province(knowledge: KnowledgeBase, hub: Hub, province: str, lang: str) -> RecordAnswer:
    """'Is SMITZH de hub van Noord-Holland?': Ja when its sources confirm that province;
    else Nee, with the Hub its sources do name for that province (or none)."""
    name = hub_name(hub, lang)
    if province in hub.provinces:
        body = text("record_hub_province_yes", lang, name=name, province=province)
        return RecordAnswer(hub.id, "where", body, hub.sources, True)
    if province in hub.provinces_unconfirmed:
        body = text("record_hub_region_unconfirmed", lang, name=name, region=hub.region or "",
                    provinces=", ".join(hub.provinces_unconfirmed))  # fmt: skip
        return RecordAnswer(hub.id, "where", body, hub.sources, True)
    where = ", ".join(hub.provinces) or hub.region or ""
    body = text("record_hub_province_no", lang, name=name, where=where)
    other = next((h for h in knowledge.hubs if province in h.provinces), None)
    sources = hub.sources
    if other is not None:
        body += " " + text("record_hub_province_other", lang, province=province,
                           hub=hub_name(other, lang))  # fmt: skip
        sources += other.sources
    else:
        body += " " + text("record_hub_province_none", lang, province=province)
    return RecordAnswer(hub.id, "where", body, sources, True)


def _person(person: Person, lang: str) -> str:
    role = person.role.get(lang) or person.role.get("nl") or ""
    return f"{person.name} ({role})" if role else person.name


def _status(
    record: str,
    name: str,
    status: str | None,
    date: object,
    successor: object,
    lang: str,
    sources: tuple[Source, ...],
    asked: str = "status",
) -> RecordAnswer:
    follow = ""
    if hasattr(successor, "get"):
        follow = successor.get(lang) or successor.get("nl") or ""
    when = f" ({date.text(lang)})" if hasattr(date, "text") and date is not None else ""
    if status == "stopped":
        body = text("record_stopped", lang, name=name, when=when)
        if follow:
            body += " " + text("record_successor", lang, successor=follow)
        return RecordAnswer(record, "status", body, sources, True)
    if status == "active":
        # "what's the successor of BOOST?": a Hub still active in its sources may already
        # have the EDIH that builds on it.
        body = text("record_active", lang, name=name, when=when)
        if follow:
            body += " " + text("record_successor", lang, successor=follow)
        elif asked == "successor":
            body += " " + text("record_successor_unknown", lang, name=name)
        return RecordAnswer(record, "status", body, sources, True)
    body = text("record_status_unknown", lang, name=name)
    if follow:
        body += " " + text("record_successor", lang, successor=follow)
    return RecordAnswer(record, "status", body, sources, False)


def _lab_field(
    knowledge: KnowledgeBase, lab: Fieldlab, field: str, lang: str, words: set[str] | None = None
) -> RecordAnswer:
    say = text
    sources = lab.sources
    name = lab.name
    if field in DETAILS:
        return _detail_unknown(knowledge, lab, field, lang)
    if field == "contact" and words and _PHONE_MAIL & words:
        return _contact_unknown(lab.id, name, lab.website, lang, sources)
    if field == "contact" and words and _A_PERSON & words:
        return _person_unknown(lab.id, name, lab.website, lang, sources)
    if field == "website" or field == "contact":
        if not lab.website:
            return _unknown(lab.id, "website", name, lang, sources)
        body = say("record_website", lang, name=name, website=lab.website)
        return RecordAnswer(lab.id, field, body, sources, True)
    if field == "hub":
        hub = knowledge.hub(lab.hub) if lab.hub else None
        if hub is None:
            return _unknown(lab.id, "hub", name, lang, sources)
        body = say("record_lab_hub", lang, name=name, hub=hub_name(hub, lang))
        if hub.status == "stopped":
            body += " " + _status(hub.id, hub_name(hub, lang), hub.status, hub.status_date,
                                  hub.successor, lang, hub.sources).text  # fmt: skip
        return RecordAnswer(lab.id, field, body, sources + hub.sources, True)
    if field == "lead" and words and _asks_founding(words):
        founded = _founding_told(lab.summary, lang)
        if founded is not None:  # "wie heeft het opgezet?": who founded it, as it is told
            return RecordAnswer(lab.id, field, founded, sources, True)
    if field == "lead":
        if not lab.lead:
            return _unknown(lab.id, "lead", name, lang, sources)
        body = say("record_lead", lang, name=name, lead=", ".join(lab.lead))
        return RecordAnswer(lab.id, field, body, sources, True)
    if field in ("status", "successor"):
        return _status(lab.id, name, lab.status, lab.status_date, {}, lang, sources, field)
    if field in ("when", "partners"):
        summary = lab.summary.get(lang) or lab.summary.get("nl") or ""
        return RecordAnswer(lab.id, field, summary, sources, bool(summary))
    if field == "themes":
        # its description's first sentence says what it works on; its themes name it
        # ("Innovatiecluster Drachten … Thema's zijn onder meer …": the sentence that names
        # them, else the first, which says what it is for)
        summary = lab.summary.get(lang) or lab.summary.get("nl") or ""
        said = re.split(r"(?<=[.!?])\s", summary.strip())
        named = [x for x in said if _THEMES_SAID.search(x)]
        first = named[0] if named else said[0]
        themes = say("record_lab_themes", lang, themes=themes_text(lab.themes, lang))
        body = first if named else " ".join(x for x in (first, themes) if x)
        return RecordAnswer(lab.id, field, body, sources, bool(body))
    if field == "labs":
        return RecordAnswer(lab.id, field, say("record_is_lab", lang, name=name), sources, True)
    places = ", ".join(lab.places)
    provinces = ", ".join(p for p in lab.provinces if p not in lab.places)
    if not places and not provinces:
        return _unknown(lab.id, "where", name, lang, sources)
    where = places + (f" ({provinces})" if places and provinces else provinces)
    body = say("record_lab_where", lang, name=name, where=where)
    site = _site(lab, knowledge)
    if site is not None:
        body += " " + say("record_lab_site", lang, site=site)
    if lab.themes:
        body += " " + say("record_lab_themes", lang, themes=themes_text(lab.themes, lang))
    return RecordAnswer(lab.id, field, body, sources, True)


# A sentence of a description that names the themes: "Thema's zijn onder meer …".
_THEMES_SAID = re.compile(r"(?i)\b(?:thema'?s|themes?|richt zich op|focuses on|focus(?:t)? op)\b")


# Where in its town a Fieldlab's description puts it: "op de Brainport Industries Campus in
# Eindhoven", "bij Aviolanda in Woensdrecht", "in de Waarderpolder in Haarlem", "in Den Haag
# (Ypenburg)".
_SITE_NAME = r"([A-Z][\w'’&|.-]*(?: (?:[A-Z][\w'’&|.-]*|van|de|der))*)"


def _site(lab: Fieldlab, knowledge: KnowledgeBase) -> str | None:
    """The site in its town that a Fieldlab's Dutch description names, as written; None
    when it names none besides the Fieldlab itself or a province."""
    described = lab.summary.get("nl", "")
    own = {n.casefold() for n in (lab.name, *lab.aliases)}
    provinces = {p.casefold() for p in knowledge.places.provinces}
    for town in lab.places:
        at = re.escape(town)
        found = (
            re.search(rf"\b(?:op|bij) (?:de |het )?{_SITE_NAME} (?:in|te) {at}\b", described)
            or re.search(
                # "in de Waarderpolder in Haarlem": an article says it is a site, not a region
                rf"\bin (?:de|het) {_SITE_NAME} (?:in|te) {at}\b",
                described,
            )
            or re.search(rf"\b{at} \({_SITE_NAME}\)", described)
        )
        if found is not None and found.group(1).casefold() not in own | provinces:
            return found.group(1)
    return None


# "Wat is het e-mailadres van Marloes Telgenhof?", "wat is zijn telefoonnummer": a way to
# reach a person, which no source gives.
_REACH_PERSON = _PHONE_MAIL | frozenset("contactgegevens bereikbaar linkedin".split())


def asks_person_contact(words: list[str]) -> bool:
    """Whether a question about a person asks how to reach them."""
    return bool(_REACH_PERSON & set(words))


# "Wie is Marloes Telgenhof?": the phrasing that holds a person's name as written.
_WHO_IS = re.compile(r"(?:Wie is|Who is) ([A-Z][^\s?]*(?: [A-Z][^\s?]*){0,3})\?")


def person_contact_unknown(knowledge: KnowledgeBase, person: str, lang: str) -> str | None:
    """'De contactgegevens van Marloes Telgenhof staan niet in mijn bronnen', with where to
    ask: the website of the one Hub or Fieldlab the person's entry links to, else the
    national programme. None when `person` is no person's entry."""
    entry = knowledge.entry(person)
    if entry is None or not person.startswith("people."):
        return None
    name = next(
        (
            found.group(1)
            for phrasings in entry.questions.values()
            for phrasing in phrasings
            if (found := _WHO_IS.fullmatch(phrasing.strip()))
        ),
        None,
    )
    if name is None:
        return None
    body = text("person_contact_unknown", lang, name=name)
    linked = [knowledge.hub(r) or knowledge.fieldlab(r) for r in entry.related]
    records = [r for r in linked if r is not None]
    site = records[0].website if len(records) == 1 else None
    if site:
        body += " " + text("record_ask_website", lang, website=site)
    else:
        body += " " + text("national", lang)
    return body
