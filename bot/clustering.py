"""Group questions that ask the same thing: pure, synchronous, deterministic.

A question becomes a set of content terms (folded, stopwords and one- or two-letter words
dropped, stemmed, or mapped by the caller's `term` function, e.g. the matcher's synonyms).
Two questions are similar by a weighted Dice overlap of their terms: a term's weight is its
IDF over the questions being clustered (a word in every question, such as "fieldlab", says
little), and a term matches a near spelling in the other question at a discount (typos).
Greedy clustering: the most frequent question seeds a cluster, every next one joins the most
similar cluster at or above the threshold or starts its own. Biggest cluster first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.text import content_tokens, stem, tokens

TermFunction = Callable[[str, str], str]

DEFAULT_THRESHOLD = 0.6
# Two words count as the same when their spelling is this close (0-100) and both are long
# enough for a typo to be a typo ("kost"/"post" must stay apart).
TYPO_RATIO = 80.0
TYPO_MIN_LENGTH = 4
# Members a new question is compared with in each candidate cluster.
COMPARE_MEMBERS = 5
# Clusters a new question is compared with at most, taken from its rarest term prefixes
# first; from a prefix that many clusters share ("fie" of fieldlab), only the oldest, which
# are the biggest. This keeps clustering near-linear: 20,000 misses that all say "fieldlab"
# were quadratic (64 s inside /stats).
MAX_CANDIDATES = 16
# Distinct questions clustered at most, the most asked first; the rest (each asked about as
# rarely as the last one clustered) stay clusters of their own. A flood of distinct misses
# (one user can log 28,800 a day) then costs bounded time.
MAX_KEYS = 4000


@dataclass(frozen=True)
class _Key:
    terms: frozenset[str]
    fallback: str  # for questions without content words: the folded text itself


def question_terms(
    text: str, lang: str = "nl", term: TermFunction | None = None
) -> frozenset[str]:
    """The content terms clustering compares: 'Wat kost een Fieldlab?' -> {kost, fieldlab}."""
    words = [w for w in content_tokens(text) if len(w) > 2 or w.isdigit()]
    if term is None:
        return frozenset(stem(w, lang if lang in ("nl", "en") else "nl") for w in words)
    return frozenset(term(w, lang) for w in words)


def cluster_texts(
    texts: Sequence[str],
    *,
    langs: Sequence[str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    term: TermFunction | None = None,
) -> list[list[int]]:
    """Cluster `texts`; returns lists of indexes into `texts`, biggest cluster first.

    Within a cluster the indexes are in input order; ties between clusters keep the order in
    which their first question appeared.
    """
    if not texts:
        return []
    languages = list(langs) if langs is not None else ["nl"] * len(texts)
    # Identical term sets are one question asked several times: group them first.
    groups: dict[_Key, list[int]] = {}
    for index, text in enumerate(texts):
        terms = question_terms(text, languages[index], term)
        fallback = "" if terms else " ".join(tokens(text))
        groups.setdefault(_Key(terms, fallback), []).append(index)
    keys = sorted(groups, key=lambda k: (-len(groups[k]), groups[k][0]))
    weights = _weights([k.terms for k in keys])

    clusters: list[list[_Key]] = []
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for position, key in enumerate(keys):
        best, best_sim = -1, 0.0
        if key.terms and position < MAX_KEYS:
            for number in _candidates(_prefixes(key.terms), by_prefix):
                members = clusters[number][:COMPARE_MEMBERS]
                sim = max(_similarity(key.terms, m.terms, weights) for m in members)
                if sim > best_sim:
                    best, best_sim = number, sim
        if best >= 0 and best_sim >= threshold:
            clusters[best].append(key)
        else:
            best = len(clusters)
            clusters.append([key])
            if position < MAX_KEYS:
                for prefix in _prefixes(key.terms):
                    by_prefix[prefix].append(best)
    result = [sorted(i for k in members for i in groups[k]) for members in clusters]
    result.sort(key=lambda c: (-len(c), c[0]))
    return result


def phrasings(texts: Sequence[str]) -> list[str]:
    """Distinct phrasings (case and spacing ignored), most asked first, then the latest first."""
    counts: dict[str, int] = defaultdict(int)
    latest: dict[str, int] = {}
    shown: dict[str, str] = {}
    for position, text in enumerate(texts):
        clean = " ".join(text.split())
        key = clean.casefold()
        counts[key] += 1
        latest[key] = position
        shown[key] = clean
    return [shown[k] for k in sorted(counts, key=lambda k: (-counts[k], -latest[k]))]


def similarity(a: str, b: str, *, lang: str = "nl", term: TermFunction | None = None) -> float:
    """How alike two questions are (0-1), with both as the whole corpus (for tests, tuning)."""
    ta, tb = question_terms(a, lang, term), question_terms(b, lang, term)
    return _similarity(ta, tb, _weights([ta, tb]))


def _weights(term_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for terms in term_sets:
        for t in terms:
            df[t] += 1
    n = max(len(term_sets), 1)
    return {t: math.log(1.0 + n / count) for t, count in df.items()}


def _prefixes(terms: frozenset[str]) -> set[str]:
    # A typo seldom hits the first three letters: clusters sharing none are not compared.
    return {t[:3] for t in terms}


def _candidates(prefixes: set[str], by_prefix: dict[str, list[int]]) -> list[int]:
    """The clusters worth comparing, at most MAX_CANDIDATES, in cluster order."""
    postings = sorted((by_prefix[p] for p in prefixes if p in by_prefix), key=len)
    found: set[int] = set()
    for numbers in postings:
        found.update(numbers[:MAX_CANDIDATES])
        if len(found) >= MAX_CANDIDATES:
            break
    return sorted(found)


def _similarity(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    total = sum(weights.get(t, 1.0) for t in a) + sum(weights.get(t, 1.0) for t in b)
    matched = _covered(a, b, weights) + _covered(b, a, weights)
    return matched / total if total else 0.0


def _covered(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    covered = 0.0
    for t in a:
        if t in b:
            covered += weights.get(t, 1.0)
            continue
        if len(t) < TYPO_MIN_LENGTH:
            continue
        best = max(
            (fuzz.ratio(t, u) for u in b if len(u) >= TYPO_MIN_LENGTH and u[:1] == t[:1]),
            default=0.0,
        )
        if best >= TYPO_RATIO:
            covered += weights.get(t, 1.0) * best / 100.0
    return covered
