"""Questions answered from the Hub and Fieldlab records: lists and routing to a Hub."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.cards import hub_card, hub_name, themes_text
from bot.countries import country, country_of_place
from bot.memo import Memo
from bot.model import Fieldlab, Hub, KnowledgeBase, Source
from bot.text import by_start, intent, is_stopword, near_in_length, tokens
from bot.texts import text as _text
from bot.understanding.regions import regions_named

# --------------------------------------------------------------------------------------------
# Questions answered from the records: lists by place, province or theme, and routing.

# Words that tie a question word to a theme; compared after folding, by prefix.
_ABOUT = frozenset("over about on op voor for rond around met with".split())
THEME_WORDS: dict[str, tuple[str, ...]] = {
    "robotica": ("robot", "cobot", "robotica", "robotics", "automatiser", "automation"),
    "3d-printen": ("3d", "printen", "printing", "print", "additive", "additief"),
    "onderhoud": ("onderhoud", "maintenance", "reparatie", "repair"),
    "bouw": ("bouw", "construction", "building", "woningbouw"),
    "composieten": ("composiet", "composite"),
    "optica": ("optica", "optics", "optisch", "optical", "fotonica", "photonics"),
    "iot": ("iot", "sensor", "sensoren", "sensors"),
    "5g": ("5g", "mobiel", "mobile"),
    "landbouw": ("landbouw", "agri", "agriculture", "farming", "boeren", "akkerbouw"),
    "scholing": (
        "scholing",
        "skills",
        "opleiding",
        "opleiden",
        "training",
        "onderwijs",
        "education",
        "leren",
        "mbo",
        "vaardigheden",
    ),
    "sociale-innovatie": ("sociaal", "sociale", "social"),
    "slimme-fabriek": (
        "fabriek",
        "factory",
        "factories",
        "productie",
        "manufacturing",
        "maakindustrie",
    ),
    "metaal": ("metaal", "metal", "lassen", "welding", "buigen", "bending", "plaatwerk"),
}
_HUB_WORDS = frozenset("hub hubs aanspreekpunt loket".split())
_WHY_WORDS = frozenset("waarom why".split())
_WHICH = frozenset("welke welk which".split())
# "ik rij langs harderwijk, zit daar niet een field lab robotica": whether there is one.
_THERE_IS = re.compile(
    r"\b(?:zit|zitten|ligt|liggen|staat|is|zijn|there is|is there|are there)"
    r"(?: (?:daar|er|hier|there|here|niet|ook|nog|soms|toevallig))* (?:een|a|an|any) fieldlabs?\b"
)
# "wat zit er in Hoogeveen?", "what is there in Delft?": what the directory holds there, its
# Fieldlabs; not where to go ("ik zit in Hoogeveen")
_WHAT_IS_THERE = re.compile(
    r"^(?:en |and |dan |so )?(?:wat|what) (?:zit|zitten|ligt|liggen|is|s|zijn|have you got|"
    r"do you have|doen ze|doen zij|do they)(?: (?:er|there|daar|allemaal|zoal|nog|dan|then|"
    r"so|eigenlijk|precies|do))* (?:in|rond|around|near) "
)


def asks_what_is_there(words: list[str]) -> bool:
    """Whether a question asks what there is in a place ("wat zit er in Hoogeveen?")."""
    return bool(_WHAT_IS_THERE.match(" ".join(words)))


# Words that say "this is where my business is" next to a place name.
_LOCATED_WORDS = frozenset(
    """
    terecht aankloppen gevestigd vestiging based located zit zitten sit heen naartoe helpt
    helpen hulp help contact turn go
    """.split()
)
_FIELDLAB_WORDS = frozenset("fieldlab fieldlabs proeftuin proeftuinen labs lab".split())
_OFFER_WORDS = frozenset("anything something iets".split())
# "kan ik ergens terecht met smart maintenance?" asks where there is something; "ergens"
# alone guesses ("in Noord-Holland somewhere?").
_SOMEWHERE = frozenset("ergens somewhere anywhere".split())
_GO_TO = frozenset("terecht go turn kan can".split())
_OFFER_FRAME = _OFFER_WORDS | frozenset(
    "smart industry industrie hebben jullie heb je have you got is er there voor for "
    "terecht kan ik can i go mee buurt omgeving near nearby around close".split()
)


def _names_theme(word: str) -> bool:
    """Whether a word is a theme word or one with a short ending ("robots", "printing"), not
    a compound that starts with one ("metaalunie", "landbouwsubsidies")."""
    return any(
        word.startswith(p) and word[len(p) :] in _THEME_ENDINGS
        for prefixes in THEME_WORDS.values()
        for p in prefixes
    )


def _without_last_n(word: str, prefixes: tuple[str, ...]) -> bool:
    """ "veur lasse", "met sensore": a theme word said without its last "n", as the south
    and east say a verb or plural. Known words of their own ("lasse" is a name) count too:
    the writer who drops the "n" of "lassen" means the theme, not the name."""
    return len(word) >= 4 and word.endswith("e") and word + "n" in prefixes


_THEME_ENDINGS = frozenset("- s e en er ers es ing ica ics".split()) | {""}


def _starts_theme(word: str) -> bool:
    return any(word.startswith(p) for prefixes in THEME_WORDS.values() for p in prefixes)


@lru_cache(maxsize=8192)
def _themes_of_word(word: str) -> tuple[str, ...]:
    """The themes one word names, in the table's order: pure on the word, and asked of the
    same words by every clause of a message (a fuzzy look-up for each theme)."""
    return tuple(
        theme
        for theme, prefixes in THEME_WORDS.items()
        if any(word.startswith(p) for p in prefixes)
        or _without_last_n(word, prefixes)
        or (
            len(word) >= 5
            and not is_stopword(word)
            and frequency.zipf(word) < 3.0  # "lezen" is a word, "optcs" a typo
            and process.extractOne(
                word, [p for p in prefixes if len(p) >= 5], scorer=OSA.distance, score_cutoff=1
            )
        )  # "optcs", "robtica"
    )


# Theme words with an everyday sense of their own: alone they name no theme.
_WEAK_THEME_WORDS = frozenset(
    """
    print printen printing prints mobiel mobile leren training onderwijs opleiding sociaal
    sociale social fabriek factory productie building bouw
    """.split()
)
_ADDRESSING = frozenset("jij je you u ben bent are wat what wie who hoe how".split())
# Words around a theme that ask where to try it, and nothing else.
_TRY_FRAME = frozenset(
    """
    waar where kan can could ik i we wij proberen uitproberen probeer try testen test leren
    learn doen do slag zetten inzetten jullie you ook also enzo etc gebruiken use
    werken work met with iets something anything bezig mee experimenteren experiment
    """.split()
)
_SECTOR_WORDS = frozenset("maakindustrie productie manufacturing industrie industry".split())
_LIST_CUES = frozenset(
    """
    welke welk which lijst list overzicht overview alle all any zijn are fieldlabs buurt near
    nearby dichtbij omgeving er there
    """.split()
)
# A run of capitalised words in the Dutch answers: a name ("Smart Industry", "World Class
# Maintenance"), which Dutch writers use in English as it is.
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")
WELL_KNOWN_PER_PROVINCE = 30
_TOWN_WORDS = frozenset("stad city town gemeente municipality".split())
# "provincie", "province", typed "provinsie", "provintie": by their first letters.
_PROVINCE_STARTS = ("provin", "provic", "provni")
COMMON_ZIPF = 4.8
_NATIONAL = frozenset("nederland netherlands holland nl".split())
# The words of a region said by its direction ("het noorden", "the east").
_COMPASS = frozenset(
    "noorden oosten zuiden westen noord oost zuid west north east south west northern "
    "eastern southern western".split()
)
_PREPOSITIONS = frozenset("in uit te near bij rond around omgeving op".split())
# Where the asker comes from, not what is asked about: "I'm from Poland", "ik kom uit Polen".
_ORIGIN = frozenset("from uit van".split())
# Well-known regions that are no town or province, with the province(s) they lie in: a fact
# of geography ("we zitten in de achterhoek", "fieldlabs in twente"). Kept small by hand;
# the towns themselves come from the generated knowledge/places.yaml. "Frysland" is a common
# spelling of Fryslân; Texel an island municipality the places table has no town for.
REGIONS: dict[str, tuple[str, ...]] = {
    "Twente": ("Overijssel",),
    "Salland": ("Overijssel",),
    "Achterhoek": ("Gelderland",),
    "Veluwe": ("Gelderland",),
    "Betuwe": ("Gelderland",),
    "Liemers": ("Gelderland",),
    "Frysland": ("Friesland",),
    "Texel": ("Noord-Holland",),
    "West-Friesland": ("Noord-Holland",),
    "Het Gooi": ("Noord-Holland",),
    "Zeeuws-Vlaanderen": ("Zeeland",),
    "Drechtsteden": ("Zuid-Holland",),
    "Zuid-Limburg": ("Limburg",),
    "Noord-Limburg": ("Limburg",),
    "West-Brabant": ("Noord-Brabant",),
    "Oost-Brabant": ("Noord-Brabant",),
    "Midden-Brabant": ("Noord-Brabant",),
    "Zuidoost-Brabant": ("Noord-Brabant",),
    "Noordoost-Brabant": ("Noord-Brabant",),
    "Randstad": ("Noord-Holland", "Zuid-Holland", "Utrecht"),
}
# What people of a province call themselves, a fact of language like the regions above:
# "bij welke hub hoor ik als Fries", "ik ben een Brabander", "a Frisian company". Read only
# where it says who the asker is (`_DEMONYM_CUES`), as "friese koeien" or English "fries"
# name no place; before the place table, where a hamlet may bear the same name (Brabander).
DEMONYMS: dict[str, str] = {
    **dict.fromkeys("fries friese friezen frisian fryske".split(), "Friesland"),
    **dict.fromkeys("groninger groningers groningse gronings".split(), "Groningen"),
    **dict.fromkeys("drent drenten drentse drents".split(), "Drenthe"),
    **dict.fromkeys("overijsselaar overijsselaars overijsselse".split(), "Overijssel"),
    **dict.fromkeys("gelderlander gelderlanders gelderse gelders".split(), "Gelderland"),
    **dict.fromkeys("utrechter utrechters utrechtse".split(), "Utrecht"),
    **dict.fromkeys("zeeuw zeeuwen zeeuwse zeeuws".split(), "Zeeland"),
    **dict.fromkeys("brabander brabanders brabantse brabants brabantian".split(), "Noord-Brabant"),
    **dict.fromkeys("limburger limburgers limburgse limburgs".split(), "Limburg"),
    **dict.fromkeys("flevolander flevolanders flevolandse".split(), "Flevoland"),
    **dict.fromkeys("twentenaar twentenaren tukker tukkers twentse".split(), "Twente"),
}
# The word before a demonym that makes it the asker ("als Fries", "ik ben een Brabander",
# "we're Frisian"), or the word after it that makes it their firm ("Friese ondernemer").
_DEMONYM_CUES = frozenset("als as ben een zijn am a an are were we're i'm im".split())
_DEMONYM_FIRMS = frozenset(
    """bedrijf bedrijfje bedrijven onderneming ondernemer ondernemers mkb mkber mkbers
    maakbedrijf company companies business firm firms sme smes manufacturer""".split()
)
_POSTCODE_WORDS = frozenset("postcode zip zipcode postal".split())
# Words around a place that ask nothing else: "bedrijf in brabant", "what about Zeeland",
# "ik zit in groningen welke hap is dat" (a typed "hub"): the asker tells where they are.
_PLACE_FRAME = frozenset(
    """
    bedrijf bedrijfje onderneming ondernemer ondernemers company business firm mkb we wij ik
    zit zitten sit en and regio region mijn my onze our gevestigd based located de het the
    een a an is are am ben also ook voor for
    """.split()
)
# Who is somewhere, said before the place as the asker says it of their firm: "bedrijven in
# Twente", "a workshop in Delft" is no other thing's place.
_OWN_KIND = frozenset(
    """bedrijven ondernemingen companies firms businesses werkplaats fabriek vestiging
    workshop factory plant site mkber mkbers smes sme""".split()
)
_OPENERS = (("what", "about"), ("how", "about"), ("en", "in"), ("and", "in"))


@dataclass(frozen=True)
class DirectoryAnswer:
    """A reply computed from the records; `entry` names what was answered."""

    entry: str | None
    text: str
    sources: tuple[Source, ...]
    confident: bool
    records: tuple[str, ...] = ()  # the records listed: one of them is what "dat" means


def provinces_of(knowledge: KnowledgeBase) -> set[str]:
    """The provinces the places table and the records name."""
    provinces = set(knowledge.places.provinces)
    for lab in knowledge.fieldlabs:
        provinces.update(lab.provinces)
    for hub in knowledge.hubs:
        provinces.update(hub.provinces + hub.provinces_unconfirmed)
    return provinces


class HubRegions:
    """The Hubs by the region each is named for ("Noord-Nederland"), and the region words
    say: the one look-up of a Hub by its region, for the lists and routes ("fieldlabs in
    het noorden") and for the records ("de hub in het oosten"). A region that is a province
    ("Zuid-Holland") is the province's name, not a Hub's region."""

    def __init__(self, knowledge: KnowledgeBase, provinces: Collection[str] | None = None):
        if provinces is None:
            provinces = provinces_of(knowledge)
        self.hubs: dict[str, Hub] = {
            hub.region: hub for hub in knowledge.hubs if hub.region and hub.region not in provinces
        }
        # Every Hub by its region's folded words, a province too ("SMITZH, de hub voor
        # Zuid-Holland"), in the knowledge's order.
        self._named = tuple((_key(hub.region), hub) for hub in knowledge.hubs if hub.region)
        self._by_words = dict(self._named)

    def said_in(
        self, words: list[str], before: Collection[str], first: bool = False
    ) -> str | None:
        """A Hub's region said as a place, by its everyday name too ("het noorden"): first
        or after one of `before` ("in het noorden", "noord-nederland?"), not inside a name
        ("EDIH Noord Nederland"); with `first` only at the start of `words`."""
        joined = " ".join(tokens(regions_named(" ".join(words))))
        opening = "|".join(before)
        opening = rf"^(?:(?:{opening}) )?" if first else rf"(?:^|\b(?:{opening}) )"
        for region in self.hubs:
            if re.search(rf"{opening}{_key(region)}\b", joined) is not None:
                return region
        return None

    def of(self, words: list[str]) -> Hub | None:
        """The Hub whose region, a province too, is these words ("noord nederland")."""
        return self._by_words.get(" ".join(words))

    def named_in(self, words: list[str]) -> list[Hub]:
        """The Hubs whose region, a province too, the words name anywhere."""
        said = f" {' '.join(words)} "
        return [hub for key, hub in self._named if f" {key} " in said]


class DirectoryIndex:
    """Place, province and theme look-ups over one KnowledgeBase's records."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        # One answer asks both of the same words several times (bot/memo.py).
        self._places_found: Memo[
            tuple[tuple[str, ...], frozenset[str] | None], tuple[str | None, str | None]
        ] = Memo()
        self._records_mentioned: Memo[tuple[str, ...], bool] = Memo()
        # The place a word is a typo of, by (word, edits allowed): the same words come back in
        # message after message, and each look-up is a fuzzy search over many places.
        self._near_places: Memo[tuple[str, int], str | None] = Memo(8192)
        self._near_provinces: Memo[str, str | None] = Memo(8192)
        self._names: dict[str, str] = {}  # folded place/province name -> canonical name
        self._provinces = provinces_of(knowledge)
        for province in self._provinces:
            self._names[_key(province)] = province
        # The larger places of each province (the table lists them most populous first) are
        # found with typos too; a small village only when spelled right, and one whose name
        # is also a common word ("Een", "Best", "Son") only when written with a capital.
        self._well_known = set(self._names)
        self._ambiguous: set[str] = set()
        self._small: set[str] = set()  # villages: named after "in"/"uit" or with a capital
        self._province_by_key: dict[str, str] = {_key(p): p for p in self._provinces}
        for province, places in knowledge.places.provinces.items():
            for rank, place in enumerate(places):
                key = _key(place)
                if key in self._names:
                    continue
                self._names[key] = place
                self._province_by_key.setdefault(key, province)
                if rank < WELL_KNOWN_PER_PROVINCE:
                    self._well_known.add(key)
                else:
                    self._small.add(key)
                if is_stopword(key) or len(key) <= 2 or frequency.zipf(key) >= COMMON_ZIPF:
                    self._ambiguous.add(key)
        for lab in knowledge.fieldlabs:
            for place in lab.places:
                self._names.setdefault(_key(place), place)
                self._well_known.add(_key(place))
                self._ambiguous.discard(_key(place))
        for alias, target in knowledge.places.aliases.items():
            self._names.setdefault(_key(alias), target)
            self._well_known.add(_key(alias))
        # "Noord-Nederland", "Oost-Nederland": the region a Hub is named for is routed to it.
        # Only lists and routes read them (`answer`): elsewhere "het noorden" stays a Hub's
        # name, as the follow-ups read it.
        self._regions_of_hubs = HubRegions(knowledge, self._provinces)
        self._hub_regions = self._regions_of_hubs.hubs
        self._regions: dict[str, tuple[str, ...]] = {}
        for region, provinces in REGIONS.items():
            key = _key(region.removeprefix("Het "))
            self._names.setdefault(key, region)
            self._well_known.add(key)
            self._regions[region] = provinces
            if len(provinces) == 1:
                self._province_by_key.setdefault(key, provinces[0])
        # Record names without spaces, so "innovatie cluster" finds "Innovatiecluster".
        names = [n for lab in knowledge.fieldlabs for n in (lab.name, *lab.aliases)]
        names += [n for hub in knowledge.hubs for n in (hub.name, *hub.aliases) if n]
        self._record_names = {
            _key(name).replace(" ", "") for name in names if len(_key(name).replace(" ", "")) >= 3
        }
        self._record_lengths = frozenset(len(n) for n in self._record_names)
        # For typo matching: names without the word "fieldlab", so the distinctive part counts.
        self._fuzzy_names: dict[str, list[str]] = {}
        for name in names:
            distinctive = "".join(w for w in tokens(name) if w not in _FIELDLAB_WORDS)
            if len(distinctive) >= 6:
                self._fuzzy_names.setdefault(distinctive[:1], []).append(distinctive)
        self._province_keys = [_key(p) for p in self._provinces]
        self.name_phrases: frozenset[tuple[str, ...]] = frozenset(
            gram
            for entry in knowledge.entries
            for run in _NAME_RUN.findall(entry.answer.get("nl", ""))
            for gram in _grams(tuple(tokens(run)))
        )
        self._by_first = by_start(self._well_known)

    def province_of(self, place: str) -> str | None:
        """Province of a place or province name from the places table or the records."""
        if place in self._provinces:
            return place
        found = self._province_by_key.get(_key(place)) or self.knowledge.places.province_of(place)
        if found:
            return found
        for lab in self.knowledge.fieldlabs:
            if place in lab.places and len(lab.provinces) == 1:
                return lab.provinces[0]
        return None

    def find_place(
        self, words: list[str], names: frozenset[str] | None = None
    ) -> tuple[str | None, str | None]:
        """(canonical place, unknown word after 'in') found in the question's words.

        `names`: the words the user capitalised, when known; a place name that is also a
        common word counts only when capitalised."""
        return self._places_found.get(
            (tuple(words), names), lambda: self._find_place(words, names)
        )

    def _find_place(
        self, words: list[str], names: frozenset[str] | None
    ) -> tuple[str | None, str | None]:
        for i, word in enumerate(words):
            province = DEMONYMS.get(word)
            if province is not None and (
                (i and words[i - 1] in _DEMONYM_CUES) or set(words[i + 1 : i + 2]) & _DEMONYM_FIRMS
            ):
                # "plaatwerkerij in hoogeveen, als drentse ondernemer": the town, if it
                # lies there, says more; a hamlet called "Brabander" in Limburg does not.
                rest = [*words[:i], *words[i + 1 :]]
                town = self._find_named_place(rest, names)
                if town[0] is not None and self.province_of(town[0]) == self.province_of(province):
                    return town
                return province, None
        return self._find_named_place(words, names)

    def _find_named_place(
        self, words: list[str], names: frozenset[str] | None
    ) -> tuple[str | None, str | None]:
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                key = " ".join(words[i : i + size])
                if key in self._names and key not in _NATIONAL:
                    capital = names is None or words[i] in names
                    after_preposition = i > 0 and words[i - 1] in _PREPOSITIONS
                    # "in leiden" is the town, "wie leiden de hub" the verb.
                    town = after_preposition and key in self._well_known
                    if key in self._ambiguous and not capital and not town:
                        continue
                    if key in self._small and not (capital or after_preposition):
                        continue
                    return self._names[key], None
        for i, word in enumerate(words):  # "in zwole": a town with a typo after "in"
            if 5 <= len(word) <= 6 and i > 0 and words[i - 1] in _PREPOSITIONS:
                near = self._near_place(word, 1)
                if near is not None and not self._is_word(word):
                    return self._names[near], None
        for word in words:  # typo tolerance on single words: "Enschde", "Overijsel"
            # Short words are too often real words near a town: leden~Leiden, hoort~Hoorn.
            # Six letters only against provinces ("zeland").
            if len(word) == 6 and word not in _NATIONAL and not self._is_word(word):
                near = self._near_province(word)
                if near is not None:
                    return self._names[near], None
            if len(word) >= 7 and word not in _NATIONAL and not self._is_word(word):
                near = self._near_place(word, 1 if len(word) < 8 else 2)
                if near is not None:
                    return self._names[near], None
        for i, word in enumerate(words[:-1]):
            following = words[i + 1]
            if (
                word in _PREPOSITIONS
                and not is_stopword(following)
                and following not in _NATIONAL | _FIELDLAB_WORDS | _HUB_WORDS
                and not following.isdigit()
            ):
                return None, following
        return None, None

    def _near_place(self, word: str, edits: int) -> str | None:
        """The key of the well-known place within `edits` edits of `word`, or None."""
        return self._near_places.get((word, edits), lambda: self._nearest_place(word, edits))

    def _nearest_place(self, word: str, edits: int) -> str | None:
        found = process.extractOne(
            word,
            near_in_length(self._by_first, word[:1], word, edits),
            scorer=OSA.distance,
            score_cutoff=edits,
        )
        return None if found is None else str(found[0])

    def _near_province(self, word: str) -> str | None:
        """The key of the province one edit from `word` ("zeland"), or None."""
        return self._near_provinces.get(word, lambda: self._nearest_province(word))

    def _nearest_province(self, word: str) -> str | None:
        found = process.extractOne(word, self._province_keys, scorer=OSA.distance, score_cutoff=1)
        return None if found is None else str(found[0])

    def _is_word(self, word: str) -> bool:
        """A stopword or a common Dutch/English word that names no place, so no misspelt
        place: "in gewone woorden" is not Woerden, although one letter apart."""
        if word in self._names:
            return is_stopword(word)
        return is_stopword(word) or frequency.zipf(word) >= 3.5

    def themes_in(self, words: list[str]) -> list[str]:
        """The themes a question names, in the order it names them (in the table's order
        where one word names several)."""
        return list(dict.fromkeys(theme for word in words for theme in _themes_of_word(word)))

    def _asks_offer(self, words: list[str], placed: bool = False) -> bool:
        """ "Anything Smart Industry for agriculture?", "hebben jullie iets voor de bouw?": what
        there is on a theme, asked without the word Fieldlab and nothing else asked."""
        # "is er wat voor de bouw", "hebben ze ook wat met robots": "wat" after the verb is
        # "something", as "iets" is.
        said = set(words)
        offered = (
            _OFFER_WORDS & said or "wat" in words[1:] or (_SOMEWHERE & said and _GO_TO & said)
        )
        if not offered:
            return False
        rest = [
            w for w in words if not is_stopword(w) and w not in _OFFER_FRAME | _SOMEWHERE | {"wat"}
        ]
        # Every word left names a theme: "3d printen", "robots en cobots"; with a place said
        # ("is er iets in Limburg?") nothing need be left.
        return (bool(rest) or placed) and all(self.themes_in([w]) for w in rest)

    def _without_place(self, words: list[str], place: str) -> list[str]:
        """The words without the place found in them and the region words that said it
        ("in het noorden", "in Groningen")."""
        said = set(tokens(place)) | _COMPASS
        return [w for w in words if w not in said and not self.is_place(w)]

    def theme_only(self, question: str, lang: str) -> DirectoryAnswer | None:
        """The Fieldlabs on a theme said with nothing but where-can-I words, or None. A
        fallback for a question nothing else answered: "en robots?" after a list of a
        province narrows that list (bot/context) before it is read on its own."""
        words = tokens(question)
        if not words or not self._asks_theme_only(words) or self.mentions_record(words):
            return None
        return self._fieldlabs_on(self.themes_in(words), lang)

    def _asks_theme_only(self, words: list[str]) -> bool:
        """ "3d printen?", "robots? cobots enzo", "waar kan ik 3d printen proberen", "where can
        I try 3d printing": a theme said with nothing but where-can-I words asks for the
        Fieldlabs on it, though the word Fieldlab is not said."""
        if _ADDRESSING & set(words) or _LOCATED_WORDS & set(words) or len(words) > 10:
            return False  # "ben jij zo'n robot", "waar kan ik heen met robots": not a list
        rest = [w for w in words if not is_stopword(w) and w not in _TRY_FRAME]
        if not rest or not set(rest) - _SECTOR_WORDS:
            return False  # "maakindustrie?" is the whole programme's sector, no theme
        if not set(rest) - _WEAK_THEME_WORDS:
            return False  # "waar kan ik printen?" is a print shop; "3d printen" a theme
        return all(
            _names_theme(w) or (len(w) >= 5 and not _starts_theme(w) and self.themes_in([w]))
            for w in rest
        )  # a typo ("robtica") counts, a compound ("landbouwsubsidies") does not

    def _theme_after_cue(self, words: list[str]) -> set[int] | None:
        """The places of theme words right after "over", "about", "on", "voor" in a question
        about Fieldlabs ("welke fieldlabs gaan over sociale innovatie"), else None."""
        if not any(w in _FIELDLAB_WORDS for w in words):
            return None
        for at, word in enumerate(words):
            # "sociale innovatie fieldlabs?": the theme said in front of the plural.
            if word == "fieldlabs" and at:
                span = [n for n in range(max(0, at - 2), at) if not is_stopword(words[n])]
                if span and self.themes_in([words[span[0]]]):
                    return set(span)
        for at, word in enumerate(words[:-1]):
            if word not in _ABOUT:
                continue
            span = [n for n in range(at + 1, min(at + 3, len(words))) if not is_stopword(words[n])]
            if span and self.themes_in([words[span[0]]]):
                return set(span)
        return None

    def mentions_record(self, words: list[str]) -> bool:
        """True when the question names a Fieldlab or Hub (typos and split words allowed)."""
        return self._records_mentioned.get(tuple(words), lambda: self._mentions_record(words))

    def _mentions_record(self, words: list[str]) -> bool:
        # Fuzzy only on distinctive words: "fieldlabs are" must not look like "SAMEN".
        if not self._record_names:
            return False
        plain = [is_stopword(w) or w in _FIELDLAB_WORDS for w in words]
        ends = list(accumulate((len(w) for w in words), initial=0))
        for size in (4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                length = ends[i + size] - ends[i]
                if length not in self._record_lengths and (
                    length < 8 or not self._fuzzy_names.get(words[i][:1])
                ):
                    continue  # neither a name of that length nor one to be near to
                gram_words = words[i : i + size]
                gram = "".join(gram_words)
                if gram in self._record_names:
                    return True
                if any(plain[i : i + size]):
                    continue
                if len(gram) < 8 or " ".join(gram_words) in self._names:
                    continue  # a place is not a typo of a record ("groningen" ~ "5groningen")
                found = process.extractOne(
                    gram,
                    self._fuzzy_names.get(gram[:1], ()),
                    scorer=OSA.distance,
                    score_cutoff=1 if len(gram) < 14 else 2,
                )
                if found is not None:
                    return True
        return False

    def answer(
        self, question: str, lang: str, names: frozenset[str] = frozenset()
    ) -> DirectoryAnswer | None:
        """A list or routing answer when the question asks for one; None otherwise.

        `names` are the words the user capitalised: only such a word after "in" is taken for
        a place we do not know ("fieldlabs in Parijs"), not "in robotisering"."""
        words = tokens(question)
        if not words:
            return None
        if self.mentions_record(words):  # "de hub in het noorden" names a Hub
            # "is there a fieldlab about social innovation?": a theme that one Fieldlab is
            # named after asks for the Fieldlabs on it, unless another name is said too.
            theme = self._theme_after_cue(words)
            if theme is None or self.mentions_record(
                [w for at, w in enumerate(words) if at not in theme]
            ):
                return None
        if _has_postcode(words) and self.find_place(words, names)[0] is None:
            # "postcode 7511 AB": the places table has no postcodes; the town tells.
            return DirectoryAnswer(None, _text("postcode_unknown", lang), (), False)
        about_hubs = any(w in _HUB_WORDS for w in words)
        place, unknown_place = self.find_place(words, names)
        if place is None:
            # "in het noorden", "the east": the region by the name its Hub is known by
            place = self._regions_of_hubs.said_in(words, _PREPOSITIONS)
        about_fieldlabs = (
            any(w in _FIELDLAB_WORDS for w in words)
            or self._asks_offer(words)
            # "is er ook iets met 5g in het noorden": the place said next to the offer asks
            # where, as "5g fieldlab in het noorden" does
            or (place is not None and self._asks_offer(self._without_place(words, place), True))
            or bool(_WHAT_IS_THERE.match(" ".join(words)))
        )
        if unknown_place is not None and unknown_place not in names:
            unknown_place = None
        content = [w for w in words if not is_stopword(w)]
        # "welke fieldlabs…", "fieldlabs in Delft": a list. A long story that happens to name a
        # theme ("ik heb een metaalbedrijf… hoe sluit ik aan bij een fieldlab") is not.
        wants_list = (
            bool(_LIST_CUES & set(words))
            or len(content) <= 4
            or bool(_THERE_IS.search(" ".join(words)))
        )
        # "waarom zou ik als kleine metaalbewerker in een fieldlab stappen": a reason is
        # asked, not which Fieldlabs there are.
        wants_list = wants_list and not _WHY_WORDS & set(words)
        if about_fieldlabs and not about_hubs and wants_list:
            themes = self.themes_in([w for w in words if w not in _FIELDLAB_WORDS])
            if place in self._hub_regions and themes and self._themed_in(place, themes):
                # "5g lab in het noorden?", "iets met 3d printen in het noorden": those of
                # the region on the theme; the theme is what is asked after
                found = self._on_themes(self._fieldlabs_at(place, lang), themes, place, lang)
                return replace(found, entry=f"fieldlabs.theme.{themes[0]}")
            if place is not None and themes and not self._themed_in(place, themes):
                return self._themed_near(place, themes, lang)
            if place is not None:
                # "Groningen stad", "Utrecht city": the town, not the province; "provincie
                # Groningen" the province; "groningen fieldlabs?" the town, as writers mean.
                town = True if _TOWN_WORDS & set(words) else None
                if any(w.startswith(_PROVINCE_STARTS) or w == "prov" for w in words):
                    town = False
                found = self._fieldlabs_at(place, lang, town)
                return self._on_themes(found, themes, place, lang) if themes else found
            themes = self.themes_in([w for w in words if w not in _FIELDLAB_WORDS])
            if themes:
                return self._fieldlabs_on(themes, lang)
            if unknown_place is not None:
                return self._unknown_place(unknown_place, lang)
            return None
        wants_route = about_hubs or any(w in _LOCATED_WORDS for w in words)
        place_only = False
        if place is not None and not about_fieldlabs:
            # "bedrijf in brabant", "in twente": only where the asker is, so which Hub.
            said = set(tokens(place)) | {w for w in words if self.is_place(w)}
            told = words[2:] if tuple(words[:2]) in _OPENERS else words
            place_only = not [w for w in told if w not in said | _PLACE_FRAME | _PREPOSITIONS]
            wants_route = wants_route or place_only
            # "hub in het zuiden": the Hub and the place, nothing else asked
            place_only = not [
                w for w in told if w not in said | _PLACE_FRAME | _PREPOSITIONS | _HUB_WORDS
            ]
        if (
            place in self._hub_regions
            and not any(w in _LOCATED_WORDS | _WHICH for w in words)
            and not place_only
        ):
            # "Wat was de rol van Jan Post bij de hub in het noorden?": the region names the
            # Hub asked about; only "bij wie kan ik terecht in het noorden" asks where to go.
            wants_route = False
        if (
            wants_route
            and place is not None
            and not any(w in _LOCATED_WORDS | _WHICH for w in words)
            and not place_only
            and self._place_of_something_else(words, place)
        ):
            # "wat zei mona keizer op het jaarevent in hilversum over de hubs": the town is
            # where something else happened; "de hub voor Enschede" asks where to go.
            wants_route = False
        if wants_route and place is not None and not about_hubs and intent(question) == "count":
            # "hoeveel machinebouwers zitten er in Gelderland?": a count of something else
            # in the place, not where to go there
            wants_route = False
        if wants_route and place is not None:
            return self.route(place, lang)
        if about_hubs and unknown_place is not None:
            return self._unknown_place(unknown_place, lang)
        return None

    def _place_of_something_else(self, words: list[str], place: str) -> bool:
        """ "op het jaarevent in hilversum", "companies from Twente": the place is said of
        another thing the question names, not of the asker or a Hub."""
        said = set(tokens(place))
        for at, word in enumerate(words):
            if at < 2 or not (word in said or self.is_place(word)):
                continue
            if words[at - 1] not in _PREPOSITIONS | _ORIGIN:
                continue
            before = words[at - 2]
            if (
                not is_stopword(before)
                and before not in _HUB_WORDS | _FIELDLAB_WORDS | _PLACE_FRAME | _LOCATED_WORDS
                and before not in _OWN_KIND
                and not self.is_place(before)
            ):
                return True
        return False

    def only_the_place(self, words: list[str], place: str) -> bool:
        """ "bedrijf in brabant", "in twente", "Rotterdam": nothing told but where."""
        said = set(tokens(place)) | {w for w in words if self.is_place(w)}
        return not [w for w in words if w not in said | _PLACE_FRAME | _PREPOSITIONS]

    def is_place(self, word: str) -> bool:
        return word in self._names

    @staticmethod
    def wants_fieldlabs(words: list[str]) -> bool:
        return any(w in _FIELDLAB_WORDS for w in words)

    def fieldlabs_on(self, themes: list[str], lang: str) -> DirectoryAnswer:
        """The Fieldlabs working on `themes` (from themes_in)."""
        return self._fieldlabs_on(themes, lang)

    def fieldlabs_near(self, place: str, lang: str) -> DirectoryAnswer:
        """The Fieldlabs in a place, or else in its province ("bij mij in de buurt")."""
        return self._fieldlabs_at(place, lang)

    def hub_for(self, place: str) -> tuple[Hub | None, bool, str | None]:
        """(hub, confirmed, province) for a place; hub None when the sources do not say."""
        if place in self._hub_regions:
            return self._hub_regions[place], True, None
        province = self.province_of(place)
        if province is None:
            return None, False, None
        for hub in self.knowledge.hubs:
            if province in hub.provinces:
                return hub, True, province
        for hub in self.knowledge.hubs:
            if province in hub.provinces_unconfirmed:
                return hub, False, province
        return None, False, province

    def route(self, place: str, lang: str) -> DirectoryAnswer:
        """Which Hub an entrepreneur in `place` can go to, honest about what is unconfirmed
        and about a Hub that has stopped (naming its successor)."""
        if len(self._regions.get(place, ())) > 1:
            return self._which_province(place, lang)
        hub, confirmed, province = self.hub_for(place)
        national = _text("national", lang)
        where = place if province in (None, place) else f"{place} ({province})"
        if hub is not None and confirmed:
            site = f" ({hub.website})" if hub.website else ""
            name = hub_name(hub, lang)
            if hub.status == "stopped":
                successor = hub.successor.get(lang) or hub.successor.get("nl") or ""
                key = "route_stopped_successor" if successor else "route_stopped"
                text = _text(key, lang, where=where, hub=name, site=site, successor=successor)
            else:
                text = _text("route_hub", lang, where=where, hub=name, site=site)
            card = hub_card(hub, lang).plain()
            return DirectoryAnswer(hub.id, text + "\n\n" + card, hub.sources, True)
        if hub is not None:
            # "Hub Zuid (met de BOM als trekker)": who to ask there, where the sources say it.
            led = _text("route_led", lang, lead=", ".join(hub.lead)) if hub.lead else ""
            text = _text("route_unconfirmed", lang, where=where, hub=hub_name(hub, lang), led=led)
            # The probable Hub is what a next "wie coördineert die?" asks about.
            return DirectoryAnswer(
                "route.unknown", f"{text} {national}", hub.sources, True, (hub.id,)
            )
        text = _text("route_none", lang, where=where)
        return DirectoryAnswer("route.unknown", f"{text} {national}", (), True)

    def _themed_in(self, place: str, themes: list[str]) -> bool:
        """Whether a Fieldlab on `themes` is in the place or its province (a region over
        several provinces counts as having one: it asks which province first)."""
        if len(self._regions.get(place, ())) > 1:
            return True
        if place in self._hub_regions:  # "5g lab in het noorden"
            hub = self._hub_regions[place]
            return any(
                set(lab.themes) & set(themes)
                and (lab.region == place or set(lab.provinces) & set(hub.provinces))
                for lab in self.knowledge.fieldlabs
            )
        province = self.province_of(place)
        return any(
            set(lab.themes) & set(themes) and (place in lab.places or province in lab.provinces)
            for lab in self.knowledge.fieldlabs
        )

    def _themed_near(self, place: str, themes: list[str], lang: str) -> DirectoryAnswer:
        """ "cobot fieldlab in de buurt van enschede": the Fieldlabs on the theme (they are
        few, wherever they are), and the Hub of the place, which knows what is near."""
        listed = self._fieldlabs_on(themes, lang)
        pointer = self._hub_pointer(place, lang)
        if not listed.confident:
            return DirectoryAnswer(None, f"{listed.text} {pointer or ''}".strip(), (), False)
        province = self.province_of(place)
        where = place if province in (None, place) else f"{place} ({province})"
        none_here = _text("labs_none_on_in", lang, theme=themes_text(themes, lang), place=where)
        text = f"{none_here} {listed.text}" + (f"\n\n{pointer}" if pointer else "")
        return DirectoryAnswer(listed.entry, text, listed.sources, True, listed.records)

    def _which_province(self, region: str, lang: str) -> DirectoryAnswer:
        """ "in de randstad": a region over several provinces, each with its own Hub."""
        provinces = self._regions[region]
        text = _text(
            "region_provinces",
            lang,
            region=region,
            provinces=", ".join(provinces[:-1]),
            last=provinces[-1],
        )
        return DirectoryAnswer(None, text, (), False)

    def _hub_pointer(self, place: str, lang: str) -> str | None:
        """ "fieldlabs in overijssel": no Fieldlab there, but the Hub of the province helps."""
        hub, confirmed, province = self.hub_for(place)
        if hub is None or hub.status == "stopped":
            return None
        where = province if province is not None else place
        if not confirmed:
            # "fieldlabs in limburg": none listed, and the Hub there only probable; said so,
            # as the route for the province says it, not the national site alone.
            led = _text("route_led", lang, lead=", ".join(hub.lead)) if hub.lead else ""
            probable = _text(
                "route_unconfirmed", lang, where=where, hub=hub_name(hub, lang), led=led
            )
            return f"{probable} {_text('national', lang)}"
        site = f" ({hub.website})" if hub.website else ""
        return _text("route_hub", lang, where=where, hub=hub_name(hub, lang), site=site)

    def abroad(
        self,
        words: list[str],
        lang: str,
        names: frozenset[str] = frozenset(),
        *,
        places: bool = True,
    ) -> DirectoryAnswer | None:
        """ "ik zit in belgië, antwerpen": a country the asker is in, outside the sources;
        "How many Fieldlabs does Belgium have?": a country named as the subject, in capitals
        (not where the asker comes from: "I'm from Poland"). `places`: a town or region abroad
        counts too ("fieldlabs in Antwerpen?")."""
        for at, word in enumerate(words):
            before = words[at - 1] if at else ""
            if places and self._abroad_place(word, lang) is not None and before in _PREPOSITIONS:
                # "fieldlabs in Antwerpen?", "a hub near Aachen": a town or region abroad,
                # only after a preposition (a name alone may be a person's: "Genk")
                return self._unknown_place(word, lang)
            if country(word, lang) is None:
                continue
            if before in _PREPOSITIONS:
                return self._unknown_place(word, lang)
            if word in names and before not in _ORIGIN:
                return self._unknown_place(word, lang)
        return None

    def unknown_place(self, word: str, lang: str) -> DirectoryAnswer:
        """'De plaats X ken ik niet': asks for the province or a larger town."""
        return self._unknown_place(word, lang)

    def _abroad_place(self, word: str, lang: str) -> str | None:
        """The country of a town or region abroad `word` names, unless it is a Dutch place."""
        return None if self.is_place(word) else country_of_place(word, lang)

    def _unknown_place(self, word: str, lang: str) -> DirectoryAnswer:
        abroad = country(word, lang)
        if abroad is None and (land := self._abroad_place(word, lang)) is not None:
            abroad = f"{word.title()} ({land})"  # "Antwerpen (België)": the place, and where
        if abroad is not None:  # "fieldlabs in Duitsland?": the sources are Dutch only
            return DirectoryAnswer(None, _text("abroad", lang, country=abroad), (), False)
        return DirectoryAnswer(None, _text("unknown_place", lang, place=word), (), False)

    def _list(self, labs: list[Fieldlab], lang: str) -> str:
        lines = []
        for lab in _sorted_for_list(labs):
            where = ", ".join(lab.places) or ", ".join(lab.provinces)
            theme = themes_text(lab.themes, lang)
            extras = " — ".join(x for x in (where, theme) if x)
            lines.append(f"• {lab.name}" + (f" ({extras})" if extras else ""))
        return "\n".join(lines)

    @staticmethod
    def _sources(labs: list[Fieldlab]) -> tuple[Source, ...]:
        # A list cites once: the first sources of its records, deduplicated by the renderer.
        return tuple(source for lab in labs for source in lab.sources[:1])

    def _is_town_too(self, province: str) -> bool:
        """Whether a province shares its name with a town ("Groningen", "Utrecht")."""
        towns = self.knowledge.places.provinces.get(province, ())
        return province in towns or any(province in lab.places for lab in self.knowledge.fieldlabs)

    def _fieldlabs_at(self, place: str, lang: str, town: bool | None = None) -> DirectoryAnswer:
        """The Fieldlabs in a town or province. A name that is both, said without "stad" or
        "provincie" (`town` None), is the town, with a line naming the province's other
        Fieldlabs: "ik zit in groningen welke field labs zijn hier" means the town."""
        if len(self._regions.get(place, ())) > 1:
            return self._which_province(place, lang)
        both = place in self._provinces and self._is_town_too(place)
        if town is None:
            town = both
        found = self._fieldlabs_in(place, lang, town)
        if not (both and town and found.confident):
            return found
        shown = set(found.records)
        others = [lab for lab in self.knowledge.fieldlabs if place in lab.provinces]
        others = [lab for lab in _sorted_for_list(others) if lab.id not in shown]
        names = ", ".join(lab.name for lab in others)
        line = (
            _text("labs_province_also", lang, province=place, names=names)
            if others
            else _text("labs_province_no_others", lang, province=place)
        )
        return DirectoryAnswer(
            found.entry, f"{found.text}\n{line}", found.sources, True, found.records
        )

    def _fieldlabs_in(self, place: str, lang: str, town: bool) -> DirectoryAnswer:
        is_province = place in self._provinces and not town
        key = "province" if is_province else "place"
        entry = f"fieldlabs.{key}.{_slug(place)}"
        if is_province:
            labs = [lab for lab in self.knowledge.fieldlabs if place in lab.provinces]
        elif place in self._hub_regions:  # "fieldlabs in het noorden"
            hub = self._hub_regions[place]
            labs = [
                lab
                for lab in self.knowledge.fieldlabs
                # The region's provinces, also where the sources do not confirm that its Hub
                # serves them: "Zuid-Nederland" is Noord-Brabant, Limburg and Zeeland
                if lab.region == place
                or set(lab.provinces) & {*hub.provinces, *hub.provinces_unconfirmed}
            ]
        else:
            labs = [lab for lab in self.knowledge.fieldlabs if place in lab.places]
        if labs:
            head = _text("labs_in", lang, place=place)
            return DirectoryAnswer(
                entry,
                head + "\n" + self._list(labs, lang),
                self._sources(labs),
                True,
                _shown_order(labs),
            )
        province = None if is_province else self.province_of(place)
        nearby = [
            lab for lab in self.knowledge.fieldlabs if province and province in lab.provinces
        ]
        text = _text("labs_none_in", lang, place=place)
        if nearby and province:
            text += " " + _text("labs_nearby", lang, province=province)
            text += "\n" + self._list(nearby, lang)
            found = _shown_order(nearby)
            return DirectoryAnswer(entry, text, self._sources(nearby), True, found)
        # Nothing to list: in scope, but not in the records; the Hub there can help further.
        # Still a decline: what Fieldlabs there are is not known, only who can help.
        pointer = self._hub_pointer(place, lang) or _text("national", lang)
        return DirectoryAnswer(entry, f"{text} {pointer}", (), False)

    def _on_themes(
        self, found: DirectoryAnswer, themes: list[str], place: str, lang: str
    ) -> DirectoryAnswer:
        """'is er in Delft een fieldlab voor robotica?': of the Fieldlabs a place list
        shows, those on the themes asked (the whole list when it shows none of them)."""
        labs = [
            lab
            for lab in self.knowledge.fieldlabs
            if lab.id in found.records and set(lab.themes) & set(themes)
        ]
        if not found.confident or not labs or len(labs) == len(found.records):
            return found
        theme = themes_text(themes, lang)
        head = _text("labs_in_on", lang, place=place, theme=theme)
        province = self.province_of(place)
        if province and not all(place in lab.places or place in lab.provinces for lab in labs):
            # "geen Fieldlab in Oss; wel in Noord-Brabant", on the theme asked
            head = (
                _text("labs_none_in", lang, place=place)
                + " "
                + _text("labs_nearby_on", lang, province=province, theme=theme)
            )
        return DirectoryAnswer(
            found.entry,
            head + "\n" + self._list(labs, lang),
            self._sources(labs),
            True,
            _shown_order(labs),
        )

    def _fieldlabs_on(self, themes: list[str], lang: str) -> DirectoryAnswer:
        labs = [lab for lab in self.knowledge.fieldlabs if set(lab.themes) & set(themes)]
        label = themes_text(themes, lang)
        entry = f"fieldlabs.theme.{themes[0]}"
        if not labs:
            return DirectoryAnswer(entry, _text("labs_none_on", lang, theme=label), (), False)
        head = _text("labs_on", lang, theme=label)
        return DirectoryAnswer(
            entry,
            head + "\n" + self._list(labs, lang),
            self._sources(labs),
            True,
            _shown_order(labs),
        )


def _grams(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The runs of two or more words inside a name, not starting with a word like "De"."""
    return [
        words[i:j]
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
        if not is_stopword(words[i])
    ]


def without_names(words: list[str], names: frozenset[tuple[str, ...]]) -> list[str]:
    """`words` less the names in them: "world class maintenance fieldlab" -> ["fieldlab"]."""
    out: list[str] = []
    i = 0
    while i < len(words):
        size = next((n for n in (4, 3, 2) if tuple(words[i : i + n]) in names), 0)
        if size:
            i += size
            continue
        out.append(words[i])
        i += 1
    return out


def _has_postcode(words: list[str]) -> bool:
    """ "postcode 7511 AB", "7511ab": a Dutch postcode (four digits, two letters)."""
    for at, word in enumerate(words):
        if len(word) == 6 and word[:4].isdigit() and word[4:].isalpha():
            return True
        following = words[at + 1] if at + 1 < len(words) else ""
        if len(word) == 4 and word.isdigit() and word[0] != "0":
            said = len(following) == 2 and following.isalpha() and not is_stopword(following)
            if said or (at and words[at - 1] in _POSTCODE_WORDS):
                return True
    return False


def _key(name: str) -> str:
    return " ".join(tokens(name))


def _slug(name: str) -> str:
    return "-".join(tokens(name))


def _sorted_for_list(labs: list[Fieldlab]) -> list[Fieldlab]:
    """A list shows its Fieldlabs by name."""
    return sorted(labs, key=lambda f: f.name.casefold())


def _shown_order(labs: list[Fieldlab]) -> tuple[str, ...]:
    """The ids of a list's Fieldlabs as it shows them: "de tweede" is the second one shown."""
    return tuple(lab.id for lab in _sorted_for_list(labs))
