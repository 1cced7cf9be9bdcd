"""Property tests: any Unicode input is answered calmly, within bounds, and the same each time."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.assistant import Assistant, render_plain
from bot.knowledge import KnowledgeBase
from bot.text import LANGS, detect_language, fold, tokens

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that tend to break text handling: emoji, RTL text and marks, zero-width and bidi
# controls, combining marks, control characters, surrogate-free astral planes.
AWKWARD = st.sampled_from(
    [
        "😀",
        "👩‍🔧",
        "🇳🇱",
        "\u202e",
        "\u202c",
        "\u200f",
        "\u200e",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\u00ad",
        "\u0301",
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\n",
        "\t",
        "שלום",
        "مرحبا",
        "日本語",
        "€",
        "%",
        "&",
        "ï",
        "?",
        " ",
    ]
)
WORDS = st.sampled_from(
    ["hoeveel", "banen", "fieldlabs", "hub", "Delft", "how", "many", "jobs", "wat", "is"]
)
QUESTIONS = st.one_of(
    st.text(),
    st.lists(st.one_of(AWKWARD, WORDS), max_size=30).map("".join),
    st.lists(st.one_of(AWKWARD, WORDS), max_size=30).map(" ".join),
)
LONG = [
    "x" * 10_000,
    "hoeveel banen " * 800,
    "😀" * 10_000,
    "\u202e" * 10_000,
    "\u200b" * 10_000,
    "\x00" * 10_000,
    "ﷺ" * 3_000,
]


@pytest.fixture(scope="module")
def second(knowledge: KnowledgeBase) -> Assistant:
    """An independent Assistant: answers must not depend on what one instance saw before."""
    return Assistant(knowledge)


@BOUNDED
@given(question=QUESTIONS)
@example(question="")
@example(question=" \t\n ")
@example(question="\u202ehoeveel banen\u202c")
@example(question="hoe\u200bveel ba\u200dnen")
@example(question="\x00\x01\x02\x1b[31m")
@example(question="🇳🇱👩‍🔧😀")
@example(question="שלום, כמה משרות?")
def test_any_text_gets_a_calm_bounded_reply(
    assistant: Assistant, second: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert 0 <= reply.score <= 100
    assert reply.language in LANGS
    assert len(reply.alternatives) <= 3
    assert all(0 <= alternative.score <= 100 for alternative in reply.alternatives)
    if reply.confident:
        assert reply.entry is not None
    text = render_plain(reply)
    assert text.strip()
    assert assistant.answer(question) == reply
    assert second.answer(question) == reply


@pytest.mark.parametrize("question", LONG, ids=lambda q: f"{len(q)}x{q[:1]!r}")
def test_ten_thousand_characters_get_a_calm_reply(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert 0 <= reply.score <= 100
    assert reply == assistant.answer(question)
    assert len(render_plain(reply)) < 3000


@BOUNDED
@given(question=QUESTIONS, lang=st.sampled_from(LANGS))
def test_matcher_scores_stay_within_0_and_100(
    assistant: Assistant, question: str, lang: str
) -> None:
    match = assistant.matcher.search(question, lang=lang)
    scores = [candidate.score for candidate in match.candidates]
    assert all(0 <= score <= 100 for score in scores)
    assert scores == sorted(scores, reverse=True)
    assert match == assistant.matcher.search(question, lang=lang)


@BOUNDED
@given(text=st.text())
def test_language_guess_is_nl_or_en_with_confidence_0_to_1(text: str) -> None:
    lang, confidence = detect_language(text)
    assert lang in LANGS
    assert 0.0 <= confidence <= 1.0


@BOUNDED
@given(text=st.text())
def test_tokens_are_plain_lowercase_ascii_and_a_fixed_point(text: str) -> None:
    words = tokens(text)
    assert all(re.fullmatch(r"[a-z0-9]+", word) for word in words)
    assert tokens(" ".join(words)) == words


@BOUNDED
@given(text=st.text())
def test_fold_leaves_no_combining_marks(text: str) -> None:
    assert not any(unicodedata.combining(ch) for ch in fold(text))


@BOUNDED
@given(text=st.text(alphabet=st.characters(max_codepoint=0x24F)))
def test_fold_of_fold_is_fold_for_latin_text(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@BOUNDED
@given(text=st.text(alphabet=st.characters(max_codepoint=0x24F)))
def test_tokens_of_folded_text_are_the_same(text: str) -> None:
    assert tokens(fold(text)) == tokens(text)
