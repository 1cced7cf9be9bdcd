"""Follow-ups about the whole last reply: a request for another language after an answer to
several questions gives every answer again in that language."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_in_english_after_two_answers_gives_both_in_english(assistant: Assistant) -> None:
    first, english = talk(
        assistant,
        "Hoeveel fieldlabs zijn er en hoeveel bedrijven doen er mee?",
        "In English please",
    )
    assert len(first.parts) == 2
    assert english.language == "en" and len(english.parts) == 2
    assert "47 Fieldlabs" in english.text and "680 companies" in english.text


def test_in_dutch_after_one_answer_gives_that_answer_in_dutch(assistant: Assistant) -> None:
    _, dutch = talk(assistant, "what is RoSF?", "in het Nederlands graag")
    assert dutch.language == "nl" and dutch.entry == "fieldlab.rosf"
