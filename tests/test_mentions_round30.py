"""A name the knowledge only mentions ("Wat is de IoT Academy?") is told what the sources
say of it, as all they say; a name they never say stays "not in my sources"."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


@pytest.mark.parametrize(
    ("message", "opening", "said"),
    [
        ("Wat is de IoT Academy?", "Een eigen beschrijving van IoT Academy", "skills lab"),
        ("What is the IoT Academy?", "My sources have no description of IoT Academy", "skills"),
        ("wat betekent MRDH?", "Een eigen beschrijving van MRDH", "SMITZH"),
    ],
)
def test_a_name_only_mentioned_is_told_what_the_sources_say_of_it(
    assistant: Assistant, message: str, opening: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert reply.text.startswith(opening) and said in reply.text
    assert not reply.confident and reply.sources


def test_a_name_the_sources_never_say_stays_unknown(assistant: Assistant) -> None:
    reply = assistant.answer("wat is de Kaasrobot")
    assert reply.kind == "unknown" and "beschrijving" not in reply.text


def test_a_lowercase_word_is_not_taken_for_a_name(assistant: Assistant) -> None:
    # "wat is consortium": no name was written, so no sentence that happens to say it
    assert "beschrijving" not in assistant.answer("wat is consortium").text
