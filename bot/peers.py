"""The usual alternatives, scored on the same eval sets as Fieldbot (`fieldbot eval --peers`).

Each peer ranks the knowledge's phrasings for a question and answers the best entry when its
score clears a threshold; the threshold is chosen in hindsight on the set being scored (the
best the peer could do), so a peer's figure is an upper bound. Peers see the whole message:
they have no reading step, which is the point of the comparison.
- naive: `rapidfuzz.process.extractOne(q, phrasings, scorer=fuzz.WRatio,
  processor=utils.default_process)` (the baseline of README "Measured");
- tfidf: TF-IDF over character 3–5-grams with cosine similarity;
- bm25: Okapi BM25 (k1 1.5, b 0.75) over folded words.
TF-IDF and BM25 are written out here (the standard formulas) so `make test` needs no extra
packages.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.model import KnowledgeBase
from bot.text import tokens

Ranker = Callable[[str], tuple[str | None, float]]


@dataclass(frozen=True)
class Phrasings:
    texts: tuple[str, ...]
    owners: tuple[str, ...]

    @classmethod
    def of(cls, knowledge: KnowledgeBase) -> Phrasings:
        texts, owners = [], []
        for entry in knowledge.entries:
            for questions in entry.questions.values():
                for question in questions:
                    texts.append(question)
                    owners.append(entry.id)
        return cls(tuple(texts), tuple(owners))


def naive(knowledge: KnowledgeBase) -> Ranker:
    phrasings = Phrasings.of(knowledge)

    def rank(question: str) -> tuple[str | None, float]:
        found = process.extractOne(
            question, phrasings.texts, scorer=fuzz.WRatio, processor=utils.default_process
        )
        return (phrasings.owners[found[2]], float(found[1])) if found else (None, 0.0)

    return rank


def _grams(text: str) -> Counter[str]:
    padded = f" {' '.join(tokens(text))} "
    return Counter(padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))


def tfidf(knowledge: KnowledgeBase) -> Ranker:
    phrasings = Phrasings.of(knowledge)
    docs = [_grams(t) for t in phrasings.texts]
    df: Counter[str] = Counter(g for doc in docs for g in doc)
    idf = {g: math.log((1 + len(docs)) / (1 + n)) + 1 for g, n in df.items()}
    vectors = [_unit({g: c * idf[g] for g, c in doc.items()}) for doc in docs]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for gram in vector:
            postings[gram].append(index)

    def rank(question: str) -> tuple[str | None, float]:
        query = _unit({g: c * idf[g] for g, c in _grams(question).items() if g in idf})
        scores: dict[int, float] = defaultdict(float)
        for gram, weight in query.items():
            for index in postings[gram]:
                scores[index] += weight * vectors[index][gram]
        if not scores:
            return None, 0.0
        best = max(scores, key=lambda i: scores[i])
        return phrasings.owners[best], 100.0 * scores[best]

    return rank


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


def bm25(knowledge: KnowledgeBase, k1: float = 1.5, b: float = 0.75) -> Ranker:
    phrasings = Phrasings.of(knowledge)
    docs = [Counter(tokens(t)) for t in phrasings.texts]
    average = sum(sum(d.values()) for d in docs) / max(len(docs), 1)
    df: Counter[str] = Counter(w for doc in docs for w in doc)
    count = len(docs)
    idf = {w: math.log(1 + (count - n + 0.5) / (n + 0.5)) for w, n in df.items()}
    postings: dict[str, list[int]] = defaultdict(list)
    for index, doc in enumerate(docs):
        for word in doc:
            postings[word].append(index)
    lengths = [sum(d.values()) for d in docs]

    def rank(question: str) -> tuple[str | None, float]:
        scores: dict[int, float] = defaultdict(float)
        for word in set(tokens(question)):
            for index in postings.get(word, ()):
                tf = docs[index][word]
                norm = tf + k1 * (1 - b + b * lengths[index] / average)
                scores[index] += idf[word] * tf * (k1 + 1) / norm
        if not scores:
            return None, 0.0
        best = max(scores, key=lambda i: scores[i])
        return phrasings.owners[best], scores[best]

    return rank


PEERS: dict[str, Callable[[KnowledgeBase], Ranker]] = {
    "naive rapidfuzz": naive,
    "tf-idf char n-grams": tfidf,
    "bm25": bm25,
}


def best_threshold(
    ranked: Sequence[tuple[str | None, float]], right: Callable[[int, str | None], bool]
) -> tuple[float, int]:
    """The threshold that gets most cases right in hindsight: (threshold, cases right).
    `right(i, entry)` says whether answering `entry` (None: declining) is right for case i."""
    candidates = sorted({score for _, score in ranked} | {0.0, math.inf})
    best = (0.0, -1)
    for threshold in candidates:
        count = sum(
            right(i, entry if score >= threshold else None)
            for i, (entry, score) in enumerate(ranked)
        )
        if count > best[1]:
            best = (threshold, count)
    return best
