"""Find the entry that answers a question: pure, synchronous, no I/O.

How a question is scored (see README "How matching works"):
1. The question is cut into content terms: folded, stopwords dropped, split compounds joined,
   Snowball-stemmed, synonyms mapped to one term; an unknown word is corrected to a close
   vocabulary word (1 edit, 2 for long words) when one exists.
2. An inverted index with IDF weights gives every entry the weighted share of the question's
   terms it covers. A question word no entry knows ("zorg", "Shell") keeps its weight, so it
   pulls every entry's coverage down: that is what declines close-but-wrong questions,
   except for the entries whose own answer uses it, which it counts for at half its weight.
3. The best candidates are re-scored on their closest phrasing (how much of that phrasing the
   question covers, plus a rapidfuzz ratio) into one 0-100 score.
4. Confident only above a threshold and with a margin over the runner-up entry.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot import frequency
from bot.countries import country
from bot.heap import collector_paused
from bot.memo import Memo
from bot.model import MONTHS, Entry, KnowledgeBase, Source
from bot.text import (
    LANGS,
    REASON_WORDS,
    STOPWORDS,
    by_start,
    counted,
    intent,
    is_stopword,
    near_in_length,
    rough_key,
    said_letters,
    sound_key,
    stem,
    tokens,
)

# Words that do occur in questions but seldom carry their subject. They count for little,
# whether the knowledge knows them or not.
GENERIC_WORDS: frozenset[str] = frozenset(
    """
    interessant interessante belangrijk belangrijke handig nuttig leuk leuke mooi mooie snel
    makkelijk moeilijk duidelijk specifiek concreet algemeen algemene bepaald bepaalde
    verschillend verschillende diverse bekend bekende hele volledig volledige eerste laatste
    bestaan bestaat gebeurt gebeuren gebeurde helpt helpen geholpen hebben bedoel bedoelt
    betekent betekenen noemen gebruiken gebruikt zoeken zoek wilde willen wist weten snap
    snappen begrijp begrijpen vertellen uitleg uitleggen lezen lees gelezen horen gehoord
    interesting important useful nice quick easy hard clear specific general certain
    different various known whole full first last exist exists happen happens happened help
    helps helped mean means meant use used using look looking search want wanted wonder
    understand read heard hear explain explanation
    houdt houden behelst behelzen inhouden inhoudt inhoud inhield inhielden entail entails
    supposed country land iedereen zomaar anyone anybody everyone everybody
    telde telden telt tellen geteld counted counting
    gelegen ligt locatie adres located location address situated
    gaf gaven deden deed gedaan hadden gehad kwam kwamen gekomen ging gingen gegaan zag zagen liet
    lieten gelaten stond stonden gestaan hield hielden gehouden kreeg kregen maakten
    ontving ontvingen ontvangen received
    did done got gotten went gone came gave given took taken put kept held take takes
    taking give gives go going goes come comes coming keep keeps bring brings brought
    bringing brengen brengt bracht brachten gebracht
    bedrag bedragen cijfer cijfers getal getallen niveau omvang stand overzicht
    gedoe verhaal toestand stuff figure figures exact exacte precise precisely
    bevestigen bevestig confirm versus vs datum date ofzo zoiets
    noemt noemde genoemd mention mentions mentioned beschrijft beschreef beschreven describe
    describes described says said
    latest newest nieuwste recentste telling tells zegt zeggen allebei

    mensen persoon personen iemand werken werkt gewerkt krijgen krijg kreeg gekregen maken maakt
    gemaakt komen komt kwamen gekomen geven geeft gegeven gaan gaat ging zien ziet gezien vinden
    vind vindt gevonden nieuw nieuwe nieuws groot grote klein kleine goed goede echt precies
    totaal totale huidig huidige nu tegenwoordig momenteel vandaag jaar jaren keer tijd
    info informatie details idee weetje vraag vragen antwoord
    ding dingen zaak zaken manier soort sorts iets
    people person someone work works worked get gets got make makes made come came give gave
    go goes went see saw find found new big small good real exactly total current now today
    year years time info information details idea answer thing
    things way kind sort
    """.split()
)
GENERIC_FACTOR = 0.35
# Weight of a question word that no entry knows, relative to the rarest known word.
UNKNOWN_FACTOR = 0.8
# A word corrected for a typo counts a little less than one spelled right.
CORRECTED_FACTOR = 0.85
# A term in more entries than this only re-scores entries found by rarer terms.
COMMON_POSTINGS = 200
# Two spellings of one word in a short phrasing (a typo or an inflection), as fuzz.ratio.
_SAME_WORD = 75.0
# At most this many entries are compared phrasing by phrasing.
MAX_POOL = 60
# An unknown word right after "in"/"bij" narrows the question to something we don't know.
SCOPE_FACTOR = 1.6
# How much the nearest phrasing matters next to the coverage of the question (0..1).
SHAPE = 0.4
# Weight of the question's kind (how many / when / what is) at the phrasing level.
INTENT_WEIGHT = 2.0
# A count phrasing that counts something else than the question ("hoeveel bedrijven ...
# actief" for "hoeveel fieldlabs ... actief").
COUNTED_MISMATCH = 0.85
# At most this many figures of one entry are indexed as phrasings of their own.
MAX_FIGURES = 16
# A "how many" question scored against an entry that never answers a count.
COUNT_MISMATCH = 0.75
# A question word no phrasing has but an entry's own answer uses ("hoeveel fieldlabs telde
# die?" for the count whose answer says "telde") counts this much of its weight towards that
# entry's coverage: evidence, weaker than a phrasing that asks it.
ANSWER_EVIDENCE = 0.5
# The same for a word other entries' phrasings have: it counts this much of its weight.
KNOWN_EVIDENCE = 0.25
_FEW_POSTINGS = 3
# A word the reading set aside as who says it or when ("volgens Dialogic", "Sol's blog of
# October 2018") that names a dated figure's source or date: evidence for that entry, this
# much of its weight (rarer among the entries' sources and dates, heavier).
CITED_EVIDENCE = 1.0
# A word of the question itself (not set aside) that names who gave or dated one of an
# entry's figures, where the entry's phrasings lack it: this much of its weight.
CITED_TEXT_EVIDENCE = 0.6
# A word this common in the language is itself, not a typo two letters from another.
_REAL_WORD_ZIPF = 3.0
# An everyday word this common is what it says, not a typo one letter from another: "print"
# is no "point", "spare" no "share" (a name heard as one, "mona keizer", still is the name).
_EVERYDAY_ZIPF = 4.0


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds on the 0-100 score; chosen on the eval set (README: "Thresholds")."""

    threshold: float = 55.0
    margin: float = 3.0
    suggest: float = 35.0
    smalltalk_ratio: float = 66.0


@dataclass(frozen=True)
class Candidate:
    """One entry with its score and the phrasing that matched best."""

    entry: str
    score: float
    question: str


@dataclass(frozen=True)
class Match:
    """The outcome of one search: ranked candidates and whether the first is trusted.

    `known_share` is the share of the question's weight that the knowledge knows at all
    (generic words aside): low for a question about something else entirely."""

    candidates: tuple[Candidate, ...]
    confident: bool
    unknown: tuple[str, ...] = ()
    known_share: float = 0.0
    narrowed: tuple[str, ...] = ()  # unknown words after "in"/"bij": "in de zorg"

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Term:
    """A query word after analysis: its index term (None if unknown) and its weight factor."""

    surface: str
    term: str | None
    factor: float
    scoped: bool = False


class _Phrasing(NamedTuple):
    """One indexed phrasing; a named tuple, as 40,000 of them are made at each load."""

    entry: str
    text: str
    lang: str
    terms: tuple[str, ...]  # distinct; a tuple is a quarter of a frozenset's size
    folded: str  # only for phrasings without terms ('wie ben jij?'), else empty
    intent: str | None
    counted: str | None = None  # the term a count phrasing counts ("bedrijven")


class Analyzer:
    """Turns text into index terms; knows the vocabulary, the synonyms and the stopwords."""

    def __init__(self, synonyms: Mapping[str, Iterable[Iterable[str]]]) -> None:
        self._canon: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._indexed: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
        self._phrases: dict[tuple[str, str], str] = {}
        # A cache per analyzer: a shared one would keep every reloaded index alive.
        self.query_term = lru_cache(maxsize=32768)(self._query_term)
        # One answer cuts the same clause into terms several times (search, the follow-up
        # and attribute checks); the terms are kept as a tuple, each caller gets a list.
        self._query_terms: Memo[tuple[str, str], tuple[_Term, ...]] = Memo()
        for lang in LANGS:
            for group in synonyms.get(lang, ()):
                words = [w for w in group if w]
                if not words:
                    continue
                head = self._raw_term(words[0], lang)
                for word in words:
                    # The word itself, and its stem in the group's own language. Stems in the
                    # other language collide too often (English "digital" ~ "digitize").
                    self._exact.setdefault("".join(tokens(word)), head)
                    self._canon.setdefault(self._raw_term(word, lang), head)
                    parts = tuple(tokens(word))
                    if len(parts) == 2:  # "take part" = "join"
                        self._phrases.setdefault(parts, head)
        # The first words of the two-word synonyms: only they can start one.
        self._phrase_starts = frozenset(first for first, _ in self._phrases)
        self.vocabulary: set[str] = set(self._canon.values())
        # Folded surface words of the knowledge, for typo correction.
        self._surface: dict[str, str] = {}

    @staticmethod
    def _raw_term(word: str, lang: str) -> str:
        joined = "".join(tokens(word))
        return stem(joined, lang)

    def term(self, token: str, lang: str) -> str:
        exact = self._exact.get(token)
        if exact is not None:
            return exact
        raw = stem(token, lang)
        return self._canon.get(raw, raw)

    def index_terms(self, text: str, lang: str, words: list[str] | None = None) -> list[str]:
        """Terms of a knowledge phrasing (its `words` if already cut), put in the vocabulary."""
        out = []
        words = tokens(text) if words is None else words
        stopwords = STOPWORDS[lang]
        seen = self._indexed[lang]
        starts = self._phrase_starts
        last = len(words) - 1
        i = 0
        while i <= last:
            word = words[i]
            starting = word in starts and i < last
            phrase = self._phrases.get((word, words[i + 1])) if starting else None
            if phrase is not None:
                self.vocabulary.add(phrase)
                self._surface.setdefault(word + words[i + 1], phrase)
                out.append(phrase)
                i += 2
                continue
            token = _number_word(word, lang)
            i += 1
            if token in stopwords:
                continue
            term = seen.get(token)
            if term is None:  # first time this word is indexed in this language
                term = seen[token] = self.term(token, lang)
                self.vocabulary.add(term)
                self._surface.setdefault(token, term)
            out.append(term)
        if self._still_there(words):
            self.vocabulary.add(STILL_THERE)
            out.append(STILL_THERE)
        return out

    def _still_there(self, words: list[str]) -> bool:
        """ "Bestaat het programma nog?", "Does it still exist today?": whether something
        still exists or still runs is asked. "still" and "nog" are stopwords; without
        them that question is only "does the programme exist", which the definition wins."""
        said = set(words)
        return bool(said & _STILL and said & _GOING_ON)

    def freeze(self) -> None:
        self._indexed = {lang: {} for lang in LANGS}  # only needed while indexing
        self._known_stems = frozenset(self._surface.values())
        self._roots: dict[str, str] = {}
        for word, term in self._surface.items():
            if len(word) >= 5:
                self._roots.setdefault(verb_root(word), term)
        for word, head in (*self._exact.items(), *self._canon.items()):
            self._surface.setdefault(word, head)
        self._surface_keys = by_start(self._surface)
        self._stopword_keys = by_start(
            {w for lang in LANGS for w in STOPWORDS[lang] if len(w) >= 5} - _CONTENT_LIKE
        )
        self._sorted_surface = sorted(self._surface)
        # Words spelled by ear ("kontakt", "kaiser"): the same sound key as one known word.
        sounds: dict[str, str | None] = {}
        for word, term in self._surface.items():
            if len(word) >= 4 and not word.isdigit():
                key = sound_key(word)
                sounds[key] = term if sounds.get(key, term) == term else None
        self._sounds = {key: term for key, term in sounds.items() if term is not None}
        # Names heard in two words ("robin burg hart", "die a logic"): rare known words of
        # seven letters or more, by their rough key.
        rough: dict[str, str | None] = {}
        for word, term in self._surface.items():
            if len(word) >= 7 and not word.isdigit() and frequency.zipf(word) < 2.5:
                key = rough_key(word)
                rough[key] = term if rough.get(key, term) == term else None
        self._rough = {key: term for key, term in rough.items() if term is not None}
        self._rough_keys = by_start(self._rough)
        self._rough_by_two = by_start(self._rough, 2)

    def _query_term(self, token: str, lang: str) -> _Term | None:
        """Analyse one question word; None when it is a stopword (also a misspelled one)."""
        if token in STOPWORDS[lang] or token in STOPWORDS[_other(lang)]:
            return None
        for language in (lang, _other(lang)):
            term = self.term(token, language)
            if term in self.vocabulary:
                return _Term(token, term, 1.0)
        if token in self._surface:
            return _Term(token, self._surface[token], 1.0)
        if token.isdigit() or len(token) < 3:
            return _Term(token, None, 1.0)
        if len(token) < 5:
            if frequency.zipf(token) >= 3.0:  # "one", "ict": a word, not a typo
                return _Term(token, None, 1.0)
            # "hav" is "have", "lezn" is "lezen": a short word with one letter left out.
            if _missing_one_letter(token, STOPWORDS["nl"] | STOPWORDS["en"]):
                return None
            filler = _missing_one_letter(token, GENERIC_WORDS)
            return _Term(filler or token, None, 1.0)
        root = self._roots.get(verb_root(token))
        if root is not None:  # "kondigden" ~ "aangekondigd"
            return _Term(token, root, CORRECTED_FACTOR)
        # Typos seldom touch the first letter; bucketing by it also keeps the search small.
        max_edits = 0 if frequency.zipf(token) >= _EVERYDAY_ZIPF else 1 if len(token) < 8 else 2
        near_stopword = process.extractOne(
            token,
            near_in_length(self._stopword_keys, token[0], token, 1),
            scorer=OSA.distance,
            score_cutoff=1,
        )
        # "hoevel" is "hoeveel", "zitte" is "zitten": a stopword with a typo. Five-letter
        # words only by a missing or extra letter, or when they are no word at all: "shell" is
        # not "shall", "warem" is "waren".
        if near_stopword is not None and (
            len(token) >= 6 or len(near_stopword[0]) != len(token) or frequency.zipf(token) == 0
        ):
            return None
        if process.extractOne(token, _QUESTION_WORDS, scorer=OSA.distance, score_cutoff=1):
            return None  # "mutch" is "much"
        found = process.extractOne(
            token,
            near_in_length(self._surface_keys, token[0], token, max_edits),
            scorer=OSA.distance,
            score_cutoff=max_edits,
        )
        if found is not None and not (found[1] > 1 and frequency.zipf(token) >= _REAL_WORD_ZIPF):
            # two letters off a known word is a typo only for a word the language lacks:
            # "prediction" is no "production"
            return _Term(token, self._surface[found[0]], CORRECTED_FACTOR)
        heard = self._sounds.get(sound_key(token))
        if heard is not None:
            return _Term(token, heard, CORRECTED_FACTOR)
        rough = rough_key(token)
        # "robin burger": a rare name heard as a word one sound off; a generic word spelled
        # right is none ("het geïnvesteerde bedrag" is no "bijdroegen")
        if len(rough) >= 6 and token not in GENERIC_WORDS:
            near = process.extractOne(
                rough,
                near_in_length(self._rough_keys, rough[0], rough, 1),
                scorer=OSA.distance,
                score_cutoff=1,
            )
            if near is not None and near[0][:2] == rough[:2]:
                return _Term(token, self._rough[near[0]], CORRECTED_FACTOR)
        derived = self._prefix(token) or self._compound(token)
        if derived is not None:
            return derived
        generic = process.extractOne(
            token,
            near_in_length(_GENERIC_BY_FIRST, token[0], token, 1),
            scorer=OSA.distance,
            score_cutoff=1,
        )
        if generic is not None and len(token) >= 6:  # "concreeet" is the filler "concreet"
            return _Term(generic[0], None, 1.0)
        return _Term(token, None, 1.0)

    def _prefix(self, token: str) -> _Term | None:
        """'program' -> 'programme': a cut-off word that starts a known one."""
        if len(token) < 6:
            return None
        at = bisect.bisect_left(self._sorted_surface, token)
        if at < len(self._sorted_surface):
            word = self._sorted_surface[at]
            if word.startswith(token) and len(word) - len(token) <= 3:
                return _Term(token, self._surface[word], CORRECTED_FACTOR)
        return None

    def _compound(self, token: str) -> _Term | None:
        """'investeringsbedrag' -> the term of 'investering': a Dutch compound whose first part
        is known. Only the first part counts: in 'zorgbanen' the unknown 'zorg' is the subject,
        so that word stays unknown."""
        if len(token) < 9:
            return None
        for cut in range(4, len(token) - 3):  # "hoeveelbanen": a question word glued on
            if token[:cut] in STOPWORDS["nl"] | STOPWORDS["en"]:
                rest = self._surface.get(token[cut:])
                if rest is not None:
                    return _Term(token, rest, CORRECTED_FACTOR)
        for cut in range(len(token) - 4, 3, -1):
            left, head = token[:cut], token[cut:]
            # The head names what is asked: 'innovatiebox' is about a box, not innovation.
            if head not in GENERIC_WORDS and head not in self._surface:
                continue
            for candidate in (left, left[:-1] if left.endswith("s") else ""):
                if len(candidate) < 4:
                    continue
                term = self._surface.get(candidate)
                if term is None:
                    for lang in LANGS:
                        if self.term(candidate, lang) in self._known_stems:
                            term = self.term(candidate, lang)
                            break
                if term is not None:
                    return _Term(token, term, CORRECTED_FACTOR)
        return None

    def _heard_in_two(self, words: list[str], i: int) -> _Term | None:
        """'burg hart' is 'Burghard', 'a logic' is 'Dialogic': two words no phrasing has that
        sound like one rare known name (a single letter may stand for its first syllable)."""
        if i + 1 >= len(words):
            return None
        first, second = words[i], words[i + 1]
        if first in self._surface or second in self._surface or is_stopword(second):
            return None
        if is_stopword(first) and len(first) > 1:
            return None
        key = rough_key(f"{first} {second}")
        if len(key) < 6:
            return None
        if len(first) == 1:
            # A single letter may be any first syllable heard wrong ("a logic"): the rest of
            # the name must then sound as the second word does.
            tail = rough_key(second)
            found = process.extractOne(
                key,
                [k for k in self._rough if k.endswith(tail)],
                scorer=OSA.distance,
                score_cutoff=1,
            )
        else:
            # Two words heard for one name begin as the name does: "burg hart" is Burghard,
            # "paar keer" is no "brochure"; two everyday words ("parts supplier") must come
            # closer still.
            everyday = frequency.zipf(first) >= 3.0 and frequency.zipf(second) >= 3.0
            edits = 1 if len(key) < 8 or everyday else 2
            found = process.extractOne(
                key,
                near_in_length(self._rough_by_two, key[:2], key, edits),
                scorer=OSA.distance,
                score_cutoff=edits,
            )
        if found is None:
            return None
        return _Term(first + second, self._rough[found[0]], CORRECTED_FACTOR)

    def _particle_after_subject(self, words: list[str], i: int) -> _Term | None:
        """ "hoe stap ik in een fieldlab", "sluit je aan": a Dutch verb before its subject
        leaves its particle after it; with the particle it is the known verb ("instappen")."""
        if i + 2 >= len(words) or words[i + 1] not in _SPLIT_SUBJECTS:
            return None
        particle = words[i + 2]
        if particle not in _PARTICLES or is_stopword(words[i]):
            return None
        joined = particle + words[i]
        term = self._surface.get(joined) or self.term(joined, "nl")
        if term not in self._known_stems or term == self._surface.get(words[i]):
            return None
        return _Term(joined, term, 1.0)

    def query_terms(self, text: str, lang: str) -> list[_Term]:
        """Terms of a question, with split compounds ('field labs') joined first. The reason
        the asker gives after it ("…, want ik zie alleen maar kosten") weighs little."""
        return list(self._query_terms.get((text, lang), lambda: tuple(self._cut(text, lang))))

    def _cut(self, text: str, lang: str) -> list[_Term]:
        words = tokens(text)
        cut = _reason_starts(words, lang)
        if cut is None:
            return self._terms(words, lang) + self._still_terms(words)
        aside = self._terms(words[cut + 1 :], lang)
        return (
            self._terms(words[:cut], lang)
            + self._still_terms(words[:cut])
            + [replace(t, factor=t.factor * ASIDE_FACTOR) for t in aside]
        )

    def _still_terms(self, words: list[str]) -> list[_Term]:
        return [_Term("still", STILL_THERE, 1.0)] if self._still_there(words) else []

    def _terms(self, words: list[str], lang: str) -> list[_Term]:
        out: list[_Term] = []
        i = 0
        while i < len(words):
            phrase = self._phrases.get((words[i], words[i + 1])) if i + 1 < len(words) else None
            if phrase is not None:  # "sign up" = "join", as in the knowledge's phrasings
                out.append(_Term(words[i] + words[i + 1], phrase, 1.0))
                i += 2
                continue
            if (words[i], words[i + 1] if i + 1 < len(words) else "") in _IDIOMS:
                i += 2  # "ten aanzien van": "regarding", not the number ten
                continue
            letters = said_letters(words, i)
            if letters is not None and letters[0] in self._surface:
                # "tee en oo", "tee and oh": a name said letter by letter
                out.append(_Term(letters[0], self._surface[letters[0]], 1.0))
                i = letters[1]
                continue
            heard = self._heard_in_two(words, i)
            if heard is not None:
                out.append(heard)
                i += 2
                continue
            if (
                words[i] in _PARTICLES
                and i + 1 < len(words)
                and self._surface.get(words[i] + words[i + 1]) is not None
            ):  # "aan kloppen", "op zetten": a Dutch verb with its particle split off
                out.append(
                    _Term(words[i] + words[i + 1], self._surface[words[i] + words[i + 1]], 1.0)
                )
                i += 2
                continue
            split_off = self._particle_after_subject(words, i)
            if split_off is not None:  # "hoe stap ik in": "instappen", not "stappen"
                out.append(split_off)
                i += 1
                continue
            if i + 1 < len(words) and not is_stopword(words[i]) and not is_stopword(words[i + 1]):
                joined = words[i] + words[i + 1]
                for language in (lang, _other(lang)):
                    term = self.term(joined, language)
                    if term in self._known_stems:
                        out.append(_Term(joined, term, 1.0))
                        i += 2
                        break
                else:
                    term = None
                if term is not None:
                    continue
            if (
                words[i] == "one"
                and i + 1 < len(words)
                and (not is_stopword(words[i + 1]) or words[i + 1] == "of")
            ):
                # "inside one hub": "one" before a noun is its article, as "a" is; "one of
                # these fieldlabs" is any of them, no count
                i += 1
                continue
            if words[i] == "te" and (i == 0 or words[i - 1] != "nog"):
                # "is er subsidie te krijgen" asks for the subsidy; "nog te gaan" (still to
                # go) keeps its "te", as the knowledge's phrasings do.
                i += 1
                continue
            analysed = self.query_term(_number_word(words[i], lang), lang)
            if analysed is not None:
                before = i - 1
                while before > 0 and words[before] in _ARTICLES:
                    before -= 1  # "in de zorg", "bij het ziekenhuis"
                if (
                    before >= 0
                    and words[before] in _SCOPE_WORDS
                    and not words[i].isdigit()
                    and not (before > 0 and words[before - 1] in _QUANTITY_OF)
                ):
                    analysed = replace(analysed, scoped=True)
                out.append(analysed)
                head = self._compound_head(words[i], analysed)
                if head is not None:
                    out.append(head)
            i += 1
        return out

    def _compound_head(self, token: str, analysed: _Term) -> _Term | None:
        """'fieldlabsregeling' is the scheme of the Fieldlabs: when a compound's first part
        was taken for its term and its head is a known word too, the head is asked as well
        (the head names what is asked; the first part alone would answer the Fieldlabs)."""
        if analysed.term is None or token in self._surface or len(token) < 9:
            return None
        for cut in range(len(token) - 4, 3, -1):
            left, head = token[:cut], token[cut:]
            term = self._surface.get(head)
            if term is None or term == analysed.term or head in GENERIC_WORDS:
                continue
            # Only a first part the language lacks, the programme's own words ("fieldlab",
            # "smitzh"): a "werkplaats" or "studiefinanciering" is one everyday thing.
            stem = left[:-1] if left.endswith("s") and left not in self._surface else left
            if self._surface.get(stem) == analysed.term and frequency.zipf(stem) < 2.0:
                return _Term(head, term, CORRECTED_FACTOR)
        return None


# "still exists": one term for a question whether something is still there, in a
# phrasing and a question alike (it is no word, so no word is read as it).
STILL_THERE = "still~there"
_STILL = frozenset("still nog anymore nowadays tegenwoordig steeds".split())
_GOING_ON = frozenset(
    """exist exists existing bestaan bestaat bestond bestonden around running operating
    operational open lopend loopt draait beschikbaar available""".split()
)  # "is de subsidie nog open?" asks it of the scheme as "bestaat die nog?" does
# Prepositions that put a question in a place or organisation: "in België", "bij Unilever",
# "van de gemeente", "for bakeries".
_SCOPE_WORDS = frozenset("in bij uit buiten van voor at from near inside of for".split())
# "number of companies", "kind of research": "of" after these counts or sorts, it does not
# put the question in a place or organisation.
_QUANTITY_OF = frozenset(
    "number numbers amount amounts kind kinds type types sort sorts share part percentage "
    "most all some many one each aantal deel".split()
)
# Who a Dutch verb before its subject is said of: "stap ik in", "sluit je aan".
_SPLIT_SUBJECTS = frozenset("ik je jij u we wij ze zij men".split())
_PARTICLES = frozenset("aan op mee uit af toe in door bij terug voor over samen".split())
_ARTICLES = frozenset(
    "de het een die dat deze dit the a an one this that my mijn ons onze".split()
)


def _missing_one_letter(token: str, words: frozenset[str]) -> str | None:
    """A word of `words` that is `token` with one letter put back ("hav" -> "have"), the
    first letter kept; None when there is none."""
    for at in range(1, len(token) + 1):
        for letter in "abcdefghijklmnopqrstuvwxyz":
            word = token[:at] + letter + token[at:]
            if word in words:
                return word
    return None


def _common_factor(word: str) -> float:
    """How much an unknown, unscoped word counts: very common language ("eigenlijk",
    "so far") counts little, everyday words somewhat less, rare words and names in full."""
    zipf = frequency.zipf(word)
    if zipf >= 5.0:
        return 0.5
    if zipf >= 4.0:
        return 0.8
    return 1.0


# Small numbers as words and as digits are one term: "vier typen" = "4 typen". "een" and
# "one" stay words: they are articles far more often.
_NUMBER_WORDS = {
    word: str(value)
    for value, words in enumerate(
        (
            "", "", "twee two", "drie three", "vier four", "vijf five", "zes six",
            "zeven seven", "acht eight", "negen nine", "tien ten", "elf eleven",
            "twaalf twelve",
        )
    )
    for word in words.split()
}  # fmt: skip


def _number_word(word: str, lang: str) -> str:
    """A small number word as its digits; Dutch "ten" is "to the" ("ten tijde van")."""
    if word == "ten" and lang == "nl":
        return word
    return _NUMBER_WORDS.get(word, word)


# What a reason told after the question weighs (`REASON_WORDS`).
ASIDE_FACTOR = 0.3


def _reason_starts(words: list[str], lang: str) -> int | None:
    """Where a reason after the question begins, or None: at least three words of question
    before it and some words after."""
    starts = REASON_WORDS.get(lang, frozenset())
    for at in range(3, len(words) - 1):
        if words[at] in starts:
            return at
        if f"{words[at]} {words[at + 1]}" in starts and at + 2 < len(words):
            return at + 1  # "zo dat ik het snap": the reason starts after "dat"
    return None


# Two words that only join a sentence: "ten aanzien van" (regarding) is not ten of anything.
_IDIOMS = frozenset(
    {("ten", "aanzien"), ("ten", "opzichte"), ("ten", "behoeve"), ("ten", "minste")}
)

# Chat fillers that change nothing in a short question: "wie ben jij eigenlijk".
_FILLERS = frozenset(
    "eigenlijk nou even toch precies gewoon dan hoor joh actually really basically then".split()
)

# Stopwords that look like content words; a typo must not turn "nummer" into "number".
_CONTENT_LIKE = frozenset("number quantity aantal aantallen".split())
# Question words a typo may hit even when they are short ("mutch", "wich").
_QUESTION_WORDS = [
    w for w in "much many what where when which hoeveel wanneer welke waarom".split()
]

# Only prefixes that split off or form the participle: "be", "ver", "her" and "ont" make
# another verb ("verdienen" is not "dienen").
_PREFIXES = sorted(
    "aange opge uitge meege bijge afge toege terugge voorge doorge ge aan op uit mee bij af "
    "toe terug voor door".split(),
    key=len,
    reverse=True,
)
# The same, longest first, by their first letter: a word is tried only on its own.
_PREFIXES_BY_FIRST = by_start(_PREFIXES)


@lru_cache(maxsize=65536)
def verb_root(word: str) -> str:
    """A crude root for Dutch verb forms: 'kondigden', 'aangekondigd' -> 'kondig'."""
    for prefix in _PREFIXES_BY_FIRST.get(word[:1], ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            word = word[len(prefix) :]
            break
    root = stem(word, "nl")
    if len(root) > 4 and root[-1] in "dt":
        root = root[:-1]
    return root


_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")
_FIGURE = re.compile(r"\b\d{2,}\b")


_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_NEGATION = frozenset("niet geen nooit noch not no never nor none".split())


def _spoken_of(analyzer: Analyzer, entry: Entry) -> frozenset[str]:
    """The words an entry's answers and sources use, as their stems in both languages (a
    question's language is not always the answer's), stopwords and numbers left out ("vijf
    hubs" says nothing of "de vijfde hub")."""
    # A dated figure's own sentence and who gave it speak of the entry as its answer does
    # ("fully active" in Sol's count of October 2018, "Dialogic", "monitor").
    written = [*entry.answer.values(), *(t for f in entry.figures for t in f.text.values())]
    cited = {s for s in (*entry.sources, *(s for f in entry.figures for s in f.sources))}
    written += [f"{s.publisher} {s.title}" for s in cited]
    said = [
        sentence
        for text in written
        for sentence in _SENTENCE.split(text)
        # "De naam van de vijfde Hub staat niet in mijn bronnen": what an answer says it
        # does not know is no evidence that it answers it.
        if _NEGATION.isdisjoint(tokens(sentence))
    ]
    out: set[str] = set()
    for word in {w for text in said for w in tokens(text)}:
        if word.isdigit() or word in _NUMBER_WORDS or len(word) < 3 or is_stopword(word):
            continue
        out.add(word)
        for lang in LANGS:
            out.add(analyzer.term(word, lang))
    return frozenset(out)


def _cited_by(analyzer: Analyzer, entry: Entry) -> frozenset[str]:
    """The words by which a question can name where or when an entry's figures were given:
    the publishers and titles of its sources, the names in its figures' sentences ("Egbert-Jan
    Sol", "Een TNO-studie"), and the years and months of their dates, in both languages."""
    sources: list[Source] = [*entry.sources, *(s for f in entry.figures for s in f.sources)]
    if not entry.figures:
        # An entry without dated figures is named by who it cites ("Dialogic spreekt van
        # negen projecten"); its sources' titles and dates are what it is about or when
        # they were published, not when a figure held.
        words = [w for s in entry.sources for w in tokens(s.publisher)]
        sources = []
    else:
        words = [w for s in sources for w in tokens(f"{s.publisher} {s.title}")]
        # The page's address names the kind of writing and its subject too ("…/blog/2018/10/
        # de-regios-aan-zet": Sol's blog), where its title does not.
        paths = [" ".join(s.url.split("/")[3:]).replace("-", " ") for s in sources]
        words += [w for path in paths for w in tokens(path) if not w.isdigit()]
    for figure in entry.figures:
        for sentence in figure.text.values():
            words += [t for w in sentence.split()[1:] if w[:1].isupper() for t in tokens(w)]
    dates = [f.date for f in entry.figures] + [s.date for s in sources if s.date is not None]
    for date in dates:
        words.append(str(date.year))
        if date.month:
            words += [MONTHS[lang].split()[date.month - 1].lower() for lang in LANGS]
    out: set[str] = set()
    for word in words:
        if len(word) < 3 or is_stopword(word):
            continue
        out.add(word)
        if not word.isdigit():
            out.update(analyzer.term(word, lang) for lang in LANGS)
    return frozenset(out)


def numbers_of(entry: Entry) -> list[str]:
    """The numbers of two or more digits an entry's answers and figures state, years left
    out (a year says when, not what)."""
    found: dict[str, None] = {}
    texts_ = [*entry.answer.values(), *(t for f in entry.figures for t in f.text.values())]
    for text in texts_:
        for number in _FIGURE.findall(_THOUSANDS_SEPARATOR.sub("", text)):
            if not (len(number) == 4 and number.startswith(("19", "20"))):
                found.setdefault(number, None)
    for figure in entry.figures:
        if figure.value is not None and figure.value == int(figure.value):
            found.setdefault(str(int(figure.value)), None)
    return list(found)


def _other(lang: str) -> str:
    return "en" if lang == "nl" else "nl"


class Matcher:
    """An index over one KnowledgeBase. Build once per knowledge version; search is pure."""

    def __init__(self, knowledge: KnowledgeBase, settings: MatchSettings | None = None) -> None:
        # The same words come back in every question: their answer keys once per index
        self._keys = lru_cache(maxsize=16384)(self._keys_of)
        # A message's clauses are searched again by the checks after the first answer.
        self._searched: Memo[tuple[str, str, int, frozenset[str], tuple[str, ...]], Match] = Memo()
        self.settings = settings or MatchSettings()
        with collector_paused():
            self._build(knowledge)

    def _build(self, knowledge: KnowledgeBase) -> None:
        self.analyzer = Analyzer(knowledge.synonyms)
        analyzer = self.analyzer
        phrasings: list[_Phrasing] = []
        entry_terms: dict[str, set[str]] = defaultdict(set)
        words_in: dict[str, set[str]] = {}  # language -> the words its phrasings use
        for entry in knowledge.entries:
            for lang, questions in entry.questions.items():
                used = words_in.setdefault(lang, set())
                for question in questions:
                    words = tokens(question)
                    used.update(words)
                    terms = tuple(dict.fromkeys(analyzer.index_terms(question, lang, words)))
                    kind = intent(question)
                    what = counted(words) if kind == "count" else None
                    phrasings.append(
                        _Phrasing(
                            entry.id,
                            question,
                            lang,
                            terms,
                            "" if terms else " ".join(words),
                            kind,
                            analyzer.term(what, lang) if what else None,
                        )
                    )
                    entry_terms[entry.id].update(terms)
            numbers = numbers_of(entry)
            if numbers and entry.kind != "smalltalk":
                # "klopt het dat er 430 banen zijn?": a figure the answer gives is evidence
                # for that entry, as if a phrasing named it.
                # One phrasing per figure, in the words of the entry's title: "36 fieldlabs"
                # is as near to the count entry as to a biography that mentions 36.
                title = entry.title("nl")
                own = analyzer.index_terms(title, "nl")
                for number in numbers[:MAX_FIGURES]:
                    figure = analyzer.index_terms(number, "nl")
                    terms = tuple(dict.fromkeys([*figure, *own]))
                    phrasings.append(_Phrasing(entry.id, title, "nl", terms, "", intent(title)))
                    entry_terms[entry.id].update(terms)
        # What each entry's answer and sources speak of, by stem in both languages; kept
        # out of the vocabulary, so it changes no word's known or unknown status.
        self._answer_terms: dict[str, frozenset[str]] = {}
        for entry in knowledge.entries:
            # A list names every record it lists: naming one is no evidence the list is asked.
            if entry.kind not in ("smalltalk", "list"):
                self._answer_terms[entry.id] = _spoken_of(analyzer, entry)
        # Only a word that not many answers use tells one entry from another: "Dialogic",
        # not "fieldlabs" or "smart", which nearly every answer says.
        spread: dict[str, int] = defaultdict(int)
        for said in self._answer_terms.values():
            for key in said:
                spread[key] += 1
        rare = max(len(self._answer_terms) // 3, 3)
        self._answer_terms = {
            entry_id: frozenset(k for k in said if spread[k] <= rare)
            for entry_id, said in self._answer_terms.items()
        }
        del spread
        analyzer.freeze()
        count = max(len(entry_terms), 1)
        # Each entry's terms are distinct, so a term's postings count its entries.
        postings: dict[str, list[str]] = defaultdict(list)
        for entry_id, known in entry_terms.items():
            for term in known:
                postings[term].append(entry_id)
        self._entry_postings = postings
        self._idf = {term: math.log(1.0 + count / len(ids)) for term, ids in postings.items()}
        self._unknown_weight = math.log(1.0 + count) * UNKNOWN_FACTOR
        # Membership sets only for the few common terms that re-score candidates.
        self._common: dict[str, frozenset[str]] = {
            term: frozenset(ids) for term, ids in postings.items() if len(ids) > COMMON_POSTINGS
        }
        del entry_terms
        self._phrasings = phrasings
        self._entry_phrasings: dict[str, list[int]] = defaultdict(list)
        idf = self._idf.__getitem__
        self._phrasing_weight: list[float] = [
            sum(map(idf, phrasing.terms)) + (INTENT_WEIGHT if phrasing.intent else 0.0)
            for phrasing in phrasings
        ]
        for index, phrasing in enumerate(phrasings):
            self._entry_phrasings[phrasing.entry].append(index)
        self._intents: dict[str, frozenset[str]] = defaultdict(frozenset)
        for entry_id, indexes in self._entry_phrasings.items():
            kinds = {phrasings[i].intent for i in indexes if phrasings[i].intent}
            dated = knowledge.entry(entry_id)
            if dated is not None and dated.figures:
                kinds.add("count")
            self._intents[entry_id] = frozenset(k for k in kinds if k)
        # What each entry's count phrasings count ("bedrijven", "euro"), and all of those.
        self._counts: dict[str, frozenset[str]] = {
            entry_id: frozenset(c for i in indexes if (c := phrasings[i].counted) is not None)
            for entry_id, indexes in self._entry_phrasings.items()
        }
        self._counted_anywhere = frozenset(c for cs in self._counts.values() for c in cs)
        # Who gave each entry's figures and when, and how rare each such word is among them.
        self._cited: dict[str, frozenset[str]] = {}
        for entry in knowledge.entries:
            if (entry.figures or entry.sources) and entry.kind not in ("smalltalk", "list"):
                # a title's word for what the knowledge counts ("financiering", "banen")
                # is the figure's topic, not who gave it
                self._cited[entry.id] = _cited_by(analyzer, entry) - self._counted_anywhere
        # How rare a word is among the sources and dates of the dated figures (the other
        # entries' publishers weigh as those do).
        with_figures = [e.id for e in knowledge.entries if e.figures and e.id in self._cited]
        citing: dict[str, int] = defaultdict(int)
        for entry_id in with_figures:
            for word in self._cited[entry_id]:
                citing[word] += 1
        cited_by = max(len(with_figures), 1)
        self._cited_weight = {w: math.log(1.0 + cited_by / n) for w, n in citing.items()}
        del citing
        self._shortest = {
            entry_id: min(self._phrasing_weight[i] for i in indexes)
            for entry_id, indexes in self._entry_phrasings.items()
        }
        # Words the knowledge uses in one language only tell the language of a question.
        self.language_words = {
            word: lang
            for lang, used in words_in.items()
            for word in used.difference(*(o for other, o in words_in.items() if other != lang))
        }
        # 'wie ben jij?': phrasings of nothing but function words are compared as whole text.
        self._smalltalk = [p for p in phrasings if not p.terms]
        self._smalltalk_texts = [p.folded for p in self._smalltalk]

    def uncovered(self, question: str, entry_id: str, lang: str = "nl") -> tuple[str, ...]:
        """The question's meaningful words that no phrasing of `entry_id` knows (generic
        words and stopwords aside): what the entry would leave unanswered."""
        out = []
        common = max(len(self._entry_phrasings) // 10, 3)
        for term in self.analyzer.query_terms(question, lang):
            if self.is_generic(term) or term.surface.isdigit():
                continue
            postings = self._entry_postings.get(term.term or "", [])
            if len(postings) > common:
                continue  # the programme's own words: "fieldlabs", "hubs"
            if entry_id not in postings:
                out.append(term.surface)
        return tuple(out)

    def knows(self, entry_id: str, term: str) -> bool:
        """Whether any phrasing of `entry_id` has the index term `term`."""
        return entry_id in self._entry_postings.get(term, ())

    def is_generic(self, term: _Term) -> bool:
        """Chat words and generic verbs, and unknown one- or two-letter shorthand ('r', 'u')."""
        known = term.term is not None and term.term in self._idf
        return (
            term.surface in GENERIC_WORDS
            or (term.term is not None and term.term in _GENERIC_STEMS)
            or (not known and len(term.surface) <= 2)
        )

    def weight(self, term: _Term, names: frozenset[str] = frozenset()) -> float:
        """IDF weight; a word no entry uses weighs like a rare word, so it lowers coverage,
        unless it is common language outside a "in/bij …" phrase (chatter, not subject)."""
        known = term.term is not None and term.term in self._idf
        base = self._idf[term.term] if known and term.term else self._unknown_weight
        if self.is_generic(term) and not (term.surface in names and country(term.surface, "en")):
            # "in the UK": a country in capitals is a subject, however short its name
            base *= GENERIC_FACTOR
        elif (
            not known
            and not term.scoped
            and not term.surface.isdigit()
            and term.surface not in names  # "Duitsland", "Frankrijk": a name is a subject
        ):
            base *= _common_factor(term.surface)
        return base * term.factor

    def search(
        self,
        question: str,
        *,
        lang: str = "nl",
        limit: int = 4,
        names: frozenset[str] = frozenset(),
        cited: Iterable[str] = (),
    ) -> Match:
        """Rank entries for `question`; `confident` says whether the first one is trusted.
        `cited`: the words the reading set aside as who says it and when ("Dialogic",
        "oktober", "2018"); an entry whose dated figures they name gains by them.
        A Match is frozen: the same search gives the same one again, from a memo.

        An entry's score is the share of the question's weight it knows (over all its
        phrasings) times how close its nearest phrasing is: a weighted Dice over terms, where
        the kind of question (how many, when, what is) counts as one more term.
        """
        said = tuple(cited)
        return self._searched.get(
            (question, lang, limit, names, said),
            lambda: self._search(question, lang, limit, names, said),
        )

    def _search(
        self, question: str, lang: str, limit: int, names: frozenset[str], cited: tuple[str, ...]
    ) -> Match:
        terms = self.analyzer.query_terms(question, lang)
        unknown = tuple(t.surface for t in terms if t.term is None or t.term not in self._idf)
        query_terms: dict[str, float] = {}
        total = 0.0
        unknown_weights: list[tuple[float, _Term]] = []
        for term in terms:
            weight = self.weight(term, names)
            if term.term is not None and term.term in self._idf:
                previous = query_terms.get(term.term, 0.0)
                query_terms[term.term] = max(previous, weight)
                total += max(weight - previous, 0.0)
            else:
                if term.scoped:  # "in België", "bij Unilever": narrows what is asked
                    weight *= SCOPE_FACTOR
                unknown_weights.append((weight, term))
        # A question is about one or two things: the first unknown words count in full, more of
        # them are likely chatter ("ik hoor het overal op beurzen"), so each counts less.
        unknown_shares: list[tuple[_Term, float]] = []
        for rank, (weight, term) in enumerate(sorted(unknown_weights, key=lambda w: -w[0])):
            total += weight / (1 + 0.5 * rank)
            unknown_shares.append((term, weight / (1 + 0.5 * rank)))
        meaningful = sum(
            self.weight(t)
            for t in terms
            if t.term is not None and t.term in self._idf and not self.is_generic(t)
        )
        known_share = min(meaningful / total, 1.0) if total else 0.0
        narrowed = tuple(
            t.surface
            for t in terms
            if t.scoped
            and (t.term is None or t.term not in self._idf)
            and not t.surface.isdigit()
            and not self.is_generic(t)  # "the north of the country" is no other place
        )
        if not query_terms:
            # "wat is thinkeast": a rare word no entry knows is a name asked about, not the
            # bot's "who is this"
            named = any(
                t.term is None and len(t.surface) >= 5 and frequency.zipf(t.surface) < 3.0
                for t in terms
            )
            short = self._search_short(question) if len(terms) <= 1 and not named else None
            return short or Match((), False, unknown, known_share, narrowed)
        coverage: dict[str, float] = defaultdict(float)
        # Rare terms first. A very common term only adds to entries that rarer terms found
        # already, so one frequent word cannot make the search walk half the index.
        # A generic word is never the rare one that seeds the search: "how many fieldlabs
        # in total" is about the Fieldlabs, not about what "total" is said of.
        generic = {t.term for t in terms if t.term is not None and self.is_generic(t)}
        ordered = sorted(query_terms, key=lambda t: (t in generic, len(self._entry_postings[t])))
        for position, term_name in enumerate(ordered):
            weight = query_terms[term_name]
            postings = self._entry_postings[term_name]
            if position == 0 or len(postings) <= COMMON_POSTINGS:
                for entry_id in postings:
                    coverage[entry_id] += weight
            else:
                for entry_id in coverage:
                    if entry_id in self._common[term_name]:
                        coverage[entry_id] += weight
        # Only the entries that know most of the question are compared phrasing by phrasing;
        # among equals, the one with the shortest phrasing can come closest.
        floor = max(coverage.values()) * 0.5
        pool = [e for e, c in coverage.items() if c >= floor]
        if len(pool) > MAX_POOL:
            pool.sort(key=lambda e: (-coverage[e], self._shortest[e], e))
            del pool[MAX_POOL:]
        evidence = self._evidence(pool, unknown_shares, lang)
        self._add_cited(evidence, pool, cited, lang)
        citing = self._naming_entries(pool, terms, cited, lang)
        # A word some phrasings have, said of an entry whose own phrasings lack it but whose
        # answer or sources speak of it ("what did the TNO monitor say about the money"):
        # weaker evidence than a word no phrasing has, as its phrasings place it elsewhere.
        for term in terms:
            if term.term is None or term.term not in query_terms or self.is_generic(term):
                continue
            if term.surface.isdigit():
                continue
            keys = self._keys(term.surface, lang) | {term.term}
            share = query_terms[term.term] * _common_factor(term.surface) * KNOWN_EVIDENCE
            posted = self._entry_postings[term.term]
            few = len(posted) <= _FEW_POSTINGS  # "TNO": a word many entries are asked by
            own = len(posted) > max(len(self._entry_phrasings) // 10, 3)  # "hubs", "smart"
            for entry_id in pool:
                if entry_id in posted:
                    continue
                if not own and entry_id in citing and not keys.isdisjoint(self._cited[entry_id]):
                    # "the investment mentioned in the TNO monitor": who gave one of its
                    # figures, named in the question itself
                    evidence[entry_id] = evidence.get(entry_id, 0.0) + (
                        query_terms[term.term] * CITED_TEXT_EVIDENCE
                    )
                    continue
                said = self._answer_terms.get(entry_id)
                if few and said and not keys.isdisjoint(said):
                    evidence[entry_id] = evidence.get(entry_id, 0.0) + share
        asked = intent(question, typos=True)
        asked_weight = INTENT_WEIGHT if asked else 0.0
        what = counted(tokens(question)) if asked == "count" else None
        analysed = self.analyzer.query_term(what, lang) if what else None
        asked_counts = analysed.term if analysed is not None else None
        best: dict[str, tuple[float, int]] = {}
        weight_of = query_terms.get
        # This loop runs over every phrasing of the pool: what it reads is in locals, and
        # each entry's best phrasing is kept aside until its phrasings are done.
        phrasings, phrasing_weight = self._phrasings, self._phrasing_weight
        entry_phrasings = self._entry_phrasings
        below = total + asked_weight
        for entry_id in pool:
            top = -1.0
            top_index = -1
            for index in entry_phrasings[entry_id]:
                phrasing = phrasings[index]
                # dict.get mapped in C
                common = sum(map(weight_of, phrasing.terms, repeat(0.0)))
                if asked and phrasing.intent == asked:
                    common += INTENT_WEIGHT
                dice = 2.0 * common / (below + phrasing_weight[index])
                if asked_counts and phrasing.counted and phrasing.counted != asked_counts:
                    dice *= COUNTED_MISMATCH  # "hoeveel fieldlabs" is not "hoeveel bedrijven"
                if top_index < 0 or dice > top:
                    top, top_index = dice, index
            if top_index >= 0:
                best[entry_id] = (top, top_index)
        # (-score, entry, score, phrasing): the order of the candidates; only the first
        # `limit` are made into candidates.
        scored: list[tuple[float, str, float, int]] = []
        for entry_id, (dice, index) in best.items():
            covered = min((coverage[entry_id] + evidence.get(entry_id, 0.0)) / total, 1.0)
            score = 100.0 * covered * (SHAPE + (1 - SHAPE) * min(dice, 1.0))
            if asked == "count" and "count" not in self._intents[entry_id]:
                score *= COUNT_MISMATCH  # "hoeveel verdient X?" is not X's biography
            elif (
                asked_counts in self._counted_anywhere
                and self._counts.get(entry_id)
                and not self._counts[entry_id] & query_terms.keys()
            ):
                # "how many fieldlabs in total?" is not the investments' "how many euros":
                # an entry that counts other things than the one asked does not answer it.
                score *= COUNTED_MISMATCH
            score = round(min(max(score, 0.0), 100.0), 1)
            scored.append((-score, entry_id, score, index))
        scored.sort()  # entries are distinct: the phrasing never decides
        ranked = tuple(
            Candidate(entry_id, score, phrasings[index].text)
            for _, entry_id, score, index in scored[:limit]
        )
        return self.decide(ranked, unknown, known_share, narrowed)

    def _evidence(
        self, pool: list[str], unknown_shares: list[tuple[_Term, float]], lang: str
    ) -> dict[str, float]:
        """For each entry of the pool, the weight of the question's words that no phrasing
        at all has but its answer speaks of, times `ANSWER_EVIDENCE`. A word some phrasing
        has already says which entries it belongs to; one none has pulls every entry down
        alike, and an answer that uses it is the only evidence of where it belongs."""
        # An answer uses everyday words in passing ("samen", "actief"): the more common a
        # word is in the language, the less its use in an answer says.
        spoken = [
            (self._keys(term.surface, lang), share * _common_factor(term.surface))
            for term, share in unknown_shares
            if not term.surface.isdigit()
        ]
        out: dict[str, float] = {}
        if not spoken:
            return out
        for entry_id in pool:
            said = self._answer_terms.get(entry_id)
            if said:
                extra = sum(weight for keys, weight in spoken if not keys.isdisjoint(said))
                if extra:
                    out[entry_id] = extra * ANSWER_EVIDENCE
        return out

    def _add_cited(
        self, evidence: dict[str, float], pool: list[str], cited: Iterable[str], lang: str
    ) -> None:
        """Adds to each entry of the pool the weight of the cited words that name its
        figures' sources or dates, or that its answer speaks of as `_evidence` weighs them
        ("volgens de programmadirecteur"); not to the question's total: a source or date no entry
        gives ("volgens mijn collega") lowers none, and one an entry does not give lowers
        that entry no more than the question without it (tried: counted in the total, it
        took the right entry from questions whose source the entry's figures do not name)."""
        said = [
            (keys, weight, spoken)
            for word in dict.fromkeys(cited)
            if (keys := self._keys(word, lang) if not word.isdigit() else frozenset([word]))
            and (
                (weight := max((self._cited_weight.get(k, 0.0) for k in keys), default=0.0))
                or not word.isdigit()
            )
            for spoken in [self._unknown_weight * _common_factor(word) * ANSWER_EVIDENCE]
        ]
        if not said:
            return
        for entry_id in pool:
            own = self._cited.get(entry_id, frozenset())
            answer = self._answer_terms.get(entry_id, frozenset())
            extra = 0.0
            for keys, weight, spoken in said:
                if weight and not keys.isdisjoint(own):
                    extra += weight * CITED_EVIDENCE
                elif not keys.isdisjoint(answer):
                    extra += spoken
            if extra:
                evidence[entry_id] = evidence.get(entry_id, 0.0) + extra

    def _naming_entries(
        self, pool: list[str], terms: list[_Term], cited: Iterable[str], lang: str
    ) -> frozenset[str]:
        """The entries of the pool of which the question names at least two words of who
        gave or dated a figure ("TNO" and "monitor", "Dialogic" and "2021"): one alone
        ("how many employees does TNO have?") is the subject, not the source."""
        words = [t.surface for t in terms if not t.surface.isdigit()]
        keys = [self._keys(w, lang) for w in dict.fromkeys([*words, *cited])]
        out = []
        for entry_id in pool:
            own = self._cited.get(entry_id)
            if own and sum(1 for k in keys if not k.isdisjoint(own)) >= 2:
                out.append(entry_id)
        return frozenset(out)

    def _keys_of(self, surface: str, lang: str) -> frozenset[str]:
        """How a question word may appear among an answer's stems."""
        return frozenset(
            [surface, *(self.analyzer.term(surface, lg) for lg in (lang, _other(lang)))]
        )

    def counts_other(self, entry_id: str, question: str, lang: str) -> bool:
        """Whether `question` counts something `entry_id` never counts, where another entry
        does count it: "en hoeveel hubs waren er in dat jaar?" after the Fieldlab count."""
        what = counted(tokens(question)) if intent(question, typos=True) == "count" else None
        analysed = self.analyzer.query_term(what, lang) if what else None
        asked = analysed.term if analysed is not None else None
        counts = self._counts.get(entry_id)
        return bool(asked in self._counted_anywhere and counts and asked not in counts)

    def _search_short(self, question: str) -> Match | None:
        """Questions without content words ('wie ben jij?'): compare whole phrasings."""
        folded = " ".join(t for t in tokens(question) if t not in _FILLERS)
        if not folded or not self._smalltalk_texts:
            return None
        found = process.extractOne(
            folded, self._smalltalk_texts, scorer=fuzz.ratio, score_cutoff=self.settings.suggest
        )
        if found is None:
            return None
        phrasing = self._smalltalk[found[2]]
        said = tokens(phrasing.text)
        if any(
            not is_stopword(w) and not any(fuzz.ratio(w, p) >= _SAME_WORD for p in said)
            for w in folded.split()
        ):
            return None  # "what time is it" is not "what is it": its one word is not there
        score = round(float(found[1]), 1)
        candidate = Candidate(phrasing.entry, score, phrasing.text)
        return Match((candidate,), score >= self.settings.smalltalk_ratio)

    def decide(
        self,
        candidates: tuple[Candidate, ...],
        unknown: tuple[str, ...],
        known_share: float,
        narrowed: tuple[str, ...] = (),
    ) -> Match:
        if not candidates:
            return Match((), False, unknown, known_share, narrowed)
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        confident = (
            best.score >= self.settings.threshold
            and best.score - runner_up >= self.settings.margin
        )
        return Match(candidates, confident, unknown, known_share, narrowed)


_GENERIC_BY_FIRST = by_start(w for w in GENERIC_WORDS if len(w) >= 5)
_GENERIC_STEMS = frozenset(stem(w, lang) for w in GENERIC_WORDS for lang in LANGS)
