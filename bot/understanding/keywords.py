"""Questions said without a question word: keywords joined by "+", items listed after a colon,
a keyword with a lone question word after it ("hubs? hoeveel")."""

from __future__ import annotations

import re

from bot.understanding.cleaning import _cleaned
from bot.understanding.dates import _take_when
from bot.understanding.lexicon import _QUESTION_WORDS, _TOPICS
from bot.understanding.model import Clause
from bot.understanding.numbers import numbers_as_digits
from bot.understanding.questions import _is_question
from bot.understanding.smalltalk import (
    _FEEDBACK_ALONE,
    _GOODBYES,
    _THANKS,
    _phrase_in,
    _strip_leading,
)
from bot.understanding.words import _has_content, _words

_LIST_ITEMS = re.compile(
    r",\s*(?:and|en|plus)?\s*|\s+(?:and|en|plus)\s+(?=(?:the|de|het|a|an|een)\b)"
)

_NEEDING = frozenset(
    "need nodig zoek zoeken looking want wil wilt graag figures cijfers numbers data".split()
)


def _keyword_list(sentence: str) -> list[Clause]:
    """'invest + banen + bedrijven fl tm 2018?' -> one question per keyword, each about the
    topic ("fieldlab") and the year said once for all of them."""
    pieces = [_words(p) for p in re.split(r"\s[+&]\s", sentence)]
    if len(pieces) < 2 or not all(pieces) or any(_QUESTION_WORDS & set(p) for p in pieces):
        return []
    whole = numbers_as_digits(" ".join(w for p in pieces for w in p))
    when = _take_when(whole)[1]
    topic = [w for p in pieces for w in p if w in _TOPICS][:1]
    clauses = []
    for piece in pieces:
        asked, own_when = _take_when(numbers_as_digits(" ".join(piece)))
        words = asked.split()
        if not _has_content(asked):
            continue
        if not _TOPICS & set(words):
            words += topic
        clauses.append(Clause(_cleaned(" ".join(words)), " ".join(piece), own_when or when))
    return clauses


def _listed_after_colon(sentences: list[str]) -> set[int]:
    """The sentences that list what the one before asked for after its colon: "I need the
    2019 TNO figures: the total investment since the start, and the number of companies
    involved." holds two questions, said without a question word."""
    listed = set()
    for n in range(1, len(sentences)):
        before, after = sentences[n - 1], sentences[n]
        after_words = _words(after)
        if (
            before.rstrip().endswith(":")
            and _NEEDING & set(_words(before))
            and "?" not in after
            and after_words
            and not _is_question(after_words, after)
            and _LIST_ITEMS.search(after)
        ):
            listed.add(n)
    return listed


def _keyword_then_question_word(sentences: list[str]) -> list[str]:
    """'hubs? hoeveel' -> 'hoeveel hubs?': a lone question word asks about the keyword said
    just before it."""
    out: list[str] = []
    for sentence in sentences:
        words = _words(sentence)
        before = _words(out[-1]) if out else []
        if (
            1 <= len(words) <= 2
            and words[0] in _QUESTION_WORDS
            and all(w in _QUESTION_WORDS or w in ("dan", "nou", "er", "then") for w in words)
            and 1 <= len(before) <= 3
            and not _QUESTION_WORDS & set(before)
            and _has_content(" ".join(before))
            and not _strip_leading(before)
            and _phrase_in(before, _THANKS + _GOODBYES) is None
            and not _FEEDBACK_ALONE.match(" ".join(before))
        ):
            out[-1] = f"{' '.join(words)} {out[-1].rstrip(' ?!.')}?"
            continue
        out.append(sentence)
    return out
