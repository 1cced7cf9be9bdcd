"""Find the entry that answers a question: pure, synchronous, no I/O.

How a question is scored (see README "How matching works"):
1. The question is cut into content terms: folded, stopwords dropped, split compounds joined,
   Snowball-stemmed, synonyms mapped to one term; an unknown word is corrected to a close
   vocabulary word (1 edit, 2 for long words) when one exists.
2. An inverted index with IDF weights gives every entry the weighted share of the question's
   terms it covers. A question word no entry knows ("zorg", "Shell") keeps its weight, so it
   pulls every entry's coverage down: that is what declines close-but-wrong questions.
3. The best candidates are re-scored on their closest phrasing (how much of that phrasing the
   question covers, plus a rapidfuzz ratio) into one 0-100 score.
4. Confident only above a threshold and with a margin over the runner-up entry.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.knowledge import KnowledgeBase
from bot.text import LANGS, STOPWORDS, fold, stem, tokens

# Words that do occur in questions but seldom carry their subject. They count for little,
# whether the knowledge knows them or not.
GENERIC_WORDS: frozenset[str] = frozenset(
    """
    mensen persoon personen iemand werken werkt gewerkt krijgen krijg kreeg gekregen maken maakt
    gemaakt komen komt kwamen gekomen geven geeft gegeven gaan gaat ging zien ziet gezien vinden
    vind vindt gevonden nieuw nieuwe nieuws groot grote klein kleine goed goede echt precies
    totaal totale huidig huidige nu tegenwoordig momenteel vandaag jaar jaren keer tijd
    info informatie details idee weetje vraag vragen antwoord nederland nederlandse land
    ding dingen zaak zaken manier soort sorts iets
    people person someone work works worked get gets got make makes made come came give gave
    go goes went see saw find found new big small good real exactly total current now today
    year years time info information details idea answer netherlands dutch country thing
    things way kind sort
    """.split()
)
GENERIC_FACTOR = 0.35
# Weight of a question word that no entry knows, relative to the rarest known word.
UNKNOWN_FACTOR = 0.8
# A word corrected for a typo counts a little less than one spelled right.
CORRECTED_FACTOR = 0.85
MAX_CANDIDATES = 12


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds on the 0-100 score; chosen on the eval set (README: "Thresholds")."""

    threshold: float = 62.0
    margin: float = 4.0
    suggest: float = 35.0
    smalltalk_ratio: float = 82.0


@dataclass(frozen=True)
class Candidate:
    """One entry with its score and the phrasing that matched best."""

    entry: str
    score: float
    question: str


@dataclass(frozen=True)
class Match:
    """The outcome of one search: ranked candidates and whether the first is trusted."""

    candidates: tuple[Candidate, ...]
    confident: bool
    unknown: tuple[str, ...] = ()

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Term:
    """A query word after analysis: its index term (None if unknown) and its weight factor."""

    surface: str
    term: str | None
    factor: float


@dataclass(frozen=True)
class _Phrasing:
    entry: str
    text: str
    lang: str
    terms: frozenset[str]
    folded: str


class Analyzer:
    """Turns text into index terms; knows the vocabulary, the synonyms and the stopwords."""

    def __init__(self, synonyms: Mapping[str, Iterable[Iterable[str]]]) -> None:
        self._canon: dict[str, str] = {}
        for lang in LANGS:
            for group in synonyms.get(lang, ()):
                words = [w for w in group if w]
                if not words:
                    continue
                head = self._raw_term(words[0], lang)
                for word in words:
                    for form in {self._raw_term(word, lang), self._raw_term(word, _other(lang))}:
                        self._canon.setdefault(form, head)
        self.vocabulary: set[str] = set(self._canon.values())
        # Folded surface words of the knowledge, for typo correction.
        self._surface: dict[str, str] = {}

    @staticmethod
    def _raw_term(word: str, lang: str) -> str:
        joined = "".join(tokens(word))
        return stem(joined, lang)

    def term(self, token: str, lang: str) -> str:
        raw = stem(token, lang)
        return self._canon.get(raw, raw)

    def index_terms(self, text: str, lang: str) -> list[str]:
        """Terms of a knowledge phrasing, recorded in the vocabulary."""
        out = []
        for token in tokens(text):
            if token in STOPWORDS[lang]:
                continue
            term = self.term(token, lang)
            self.vocabulary.add(term)
            self._surface.setdefault(token, term)
            out.append(term)
        return out

    def freeze(self) -> None:
        for word, head in self._canon.items():
            self._surface.setdefault(word, head)
        self._surface_keys = list(self._surface)
        self._stopword_keys = sorted({w for lang in LANGS for w in STOPWORDS[lang] if len(w) >= 5})

    @lru_cache(maxsize=32768)  # noqa: B019 - the analyzer lives as long as its index
    def query_term(self, token: str, lang: str) -> _Term | None:
        """Analyse one question word; None when it is a stopword (also a misspelled one)."""
        if token in STOPWORDS[lang] or (token in STOPWORDS[_other(lang)] and len(token) > 2):
            return None
        for language in (lang, _other(lang)):
            term = self.term(token, language)
            if term in self.vocabulary:
                return _Term(token, term, 1.0)
        if token in self._surface:
            return _Term(token, self._surface[token], 1.0)
        if token.isdigit() or len(token) < 4:
            return _Term(token, None, 1.0)
        max_edits = 1 if len(token) < 8 else 2
        if process.extractOne(
            token, self._stopword_keys, scorer=Levenshtein.distance, score_cutoff=1
        ):
            return None  # "hoevel" is "hoeveel": a stopword with a typo
        found = process.extractOne(
            token, self._surface_keys, scorer=Levenshtein.distance, score_cutoff=max_edits
        )
        if found is not None:
            return _Term(token, self._surface[found[0]], CORRECTED_FACTOR)
        return _Term(token, None, 1.0)

    def query_terms(self, text: str, lang: str) -> list[_Term]:
        """Terms of a question, with split compounds ('field labs') joined first."""
        words = tokens(text)
        out: list[_Term] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words):
                joined = words[i] + words[i + 1]
                if any(self.term(joined, lg) in self.vocabulary for lg in LANGS):
                    analysed = self.query_term(joined, lang)
                    if analysed is not None and analysed.term is not None:
                        out.append(analysed)
                        i += 2
                        continue
            analysed = self.query_term(words[i], lang)
            if analysed is not None:
                out.append(analysed)
            i += 1
        return out


def _other(lang: str) -> str:
    return "en" if lang == "nl" else "nl"


class Matcher:
    """An index over one KnowledgeBase. Build once per knowledge version; search is pure."""

    def __init__(self, knowledge: KnowledgeBase, settings: MatchSettings | None = None) -> None:
        self.settings = settings or MatchSettings()
        self.analyzer = Analyzer(knowledge.synonyms)
        self._phrasings: dict[str, list[_Phrasing]] = defaultdict(list)
        self._smalltalk: list[_Phrasing] = []
        entry_terms: dict[str, set[str]] = defaultdict(set)
        for entry in knowledge.entries:
            for lang, questions in entry.questions.items():
                for question in questions:
                    terms = frozenset(self.analyzer.index_terms(question, lang))
                    phrasing = _Phrasing(
                        entry.id, question, lang, terms, " ".join(tokens(question))
                    )
                    self._phrasings[entry.id].append(phrasing)
                    entry_terms[entry.id] |= terms
                    if len(terms) <= 1:
                        self._smalltalk.append(phrasing)
        self.analyzer.freeze()
        count = max(len(entry_terms), 1)
        df: dict[str, int] = defaultdict(int)
        for terms in entry_terms.values():
            for term in terms:
                df[term] += 1
        self._idf = {term: math.log(1.0 + count / n) for term, n in df.items()}
        self._unknown_weight = math.log(1.0 + count) * UNKNOWN_FACTOR
        self._postings: dict[str, list[str]] = defaultdict(list)
        for entry_id, terms in entry_terms.items():
            for term in terms:
                self._postings[term].append(entry_id)
        self._smalltalk_texts = [p.folded for p in self._smalltalk]

    def weight(self, term: _Term) -> float:
        base = self._idf.get(term.term, 0.0) if term.term else self._unknown_weight
        if term.surface in GENERIC_WORDS or (term.term and term.term in _GENERIC_STEMS):
            base *= GENERIC_FACTOR
        return base * term.factor

    def search(self, question: str, *, lang: str = "nl", limit: int = 4) -> Match:
        """Rank entries for `question`; `confident` says whether the first one is trusted."""
        terms = self.analyzer.query_terms(question, lang)
        unknown = tuple(t.surface for t in terms if t.term is None)
        short = self._search_short(question) if len(terms) <= 1 else None
        if not terms:
            return short or Match((), False, unknown)
        weights = [(t, self.weight(t)) for t in terms]
        total = sum(w for _, w in weights) or 1.0
        coverage: dict[str, float] = defaultdict(float)
        query_terms: dict[str, float] = {}
        for term, weight in weights:
            if term.term is None:
                continue
            query_terms[term.term] = max(query_terms.get(term.term, 0.0), weight)
        for term_name, weight in query_terms.items():
            for entry_id in self._postings.get(term_name, ()):
                coverage[entry_id] += weight
        if not coverage:
            return short or Match((), False, unknown)
        ranked = sorted(coverage.items(), key=lambda item: (-item[1], item[0]))[:MAX_CANDIDATES]
        folded_query = " ".join(t.term or t.surface for t in terms)
        scored = [
            self._score(entry_id, covered / total, query_terms, folded_query)
            for entry_id, covered in ranked
        ]
        scored.sort(key=lambda c: (-c.score, c.entry))
        if short is not None and short.best and (not scored or short.best.score >= scored[0].score):
            return short
        return self._decide(tuple(scored[:limit]), unknown)

    def _score(
        self, entry_id: str, query_coverage: float, query_terms: Mapping[str, float], folded: str
    ) -> Candidate:
        best_value, best_text = -1.0, ""
        for phrasing in self._phrasings[entry_id]:
            weight = sum(self._idf.get(t, 0.0) for t in phrasing.terms) or 1.0
            shared = sum(self._idf.get(t, 0.0) for t in phrasing.terms if t in query_terms)
            phrasing_coverage = shared / weight
            ratio = fuzz.token_sort_ratio(folded, " ".join(sorted(phrasing.terms))) / 100.0
            value = 0.75 * phrasing_coverage + 0.25 * ratio
            if value > best_value:
                best_value, best_text = value, phrasing.text
        score = 100.0 * (0.7 * query_coverage + 0.3 * best_value)
        return Candidate(entry_id, round(min(max(score, 0.0), 100.0), 1), best_text)

    def _search_short(self, question: str) -> Match | None:
        """Questions without content words ('wie ben jij?'): compare whole phrasings."""
        folded = " ".join(tokens(question))
        if not folded or not self._smalltalk_texts:
            return None
        found = process.extractOne(
            folded, self._smalltalk_texts, scorer=fuzz.ratio, score_cutoff=self.settings.suggest
        )
        if found is None:
            return None
        phrasing = self._smalltalk[found[2]]
        score = round(float(found[1]), 1)
        candidate = Candidate(phrasing.entry, score, phrasing.text)
        return Match((candidate,), score >= self.settings.smalltalk_ratio)

    def _decide(self, candidates: tuple[Candidate, ...], unknown: tuple[str, ...]) -> Match:
        if not candidates:
            return Match((), False, unknown)
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        confident = (
            best.score >= self.settings.threshold
            and best.score - runner_up >= self.settings.margin
        )
        return Match(candidates, confident, unknown)


_GENERIC_STEMS = frozenset(stem(w, lang) for w in GENERIC_WORDS for lang in LANGS)


def fold_question(text: str) -> str:
    """The folded form of a question, as used for logging and clustering."""
    return " ".join(fold(text).split())
