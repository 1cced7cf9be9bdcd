"""Smalltalk as fresh writers say it: each kind (greeting, thanks, goodbye, who, help,
language, feedback) recognised by how Dutch and English say it, not by likeness to one stored
phrasing; and questions about the programme that look like smalltalk stay questions."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

# -- who or what the bot is -----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "ben jij kunstmatige intelligentie?",
        "zijde gij een mens",
        "met wie praat ik?",
        "wie heeft je geprogrammeerd?",
        "wie heeft deze chatbot ontwikkeld?",
        "who created you?",
        "who programmed you?",
        "who is behind this bot?",
        "are you powered by chatgpt?",
        "am i chatting with a robot",
        "who am i speaking with?",
    ],
)
def test_a_question_what_the_bot_is_or_who_made_it_gets_who_it_is(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.who",)


# -- what one can ask -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "menu",
        "/start",
        "ik heb hulp nodig",
        "waar dien je voor?",
        "wat weet je?",
        "waar heb je verstand van?",
        "ik weet niet wat ik moet vragen",
        "wat kan deze bot?",
        "how can you help me?",
        "what are you good for?",
        "what are the commands?",
        "I don't know what to ask",
    ],
)
def test_a_question_what_the_bot_can_do_gets_the_help(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.help",)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wat weet je over de fieldlabs?", "fieldlabs.what"),
        ("what can a fieldlab do for me?", None),
        ("kan de hub mij helpen met automatisering?", None),
        ("who founded smart industry?", "programme.founders"),
    ],
)
def test_a_question_about_the_programme_shaped_like_one_to_the_bot_is_no_smalltalk(
    assistant: Assistant, message: str, entry: str | None
) -> None:
    reply = assistant.answer(message)
    assert reply.kind != "smalltalk"
    if entry is not None:
        assert entry in reply.answered()
