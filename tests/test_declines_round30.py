"""A message nothing answers gets one kind of decline, not two that contradict each other:
a did-you-mean with its suggestions before "not in my sources", and "outside what I know"
only for a message that is not about the programme."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def test_a_did_you_mean_is_not_preceded_by_not_in_my_sources(assistant: Assistant) -> None:
    reply = assistant.answer(
        "What is the UK version, Made Smarter, and how much funding does it get?"
    )
    assert reply.kind == "unsure" and "not in my sources" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "how do I register a BV at the KvK and what does it cost?",
        "hoe haal ik een drone brevet en wat kost dat bij de i l t",
    ],
)
def test_a_message_not_about_the_programme_is_only_outside_what_i_know(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "out_of_scope"
    assert "bronnen" not in reply.text and "sources" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "is er een fieldlab voor de horeca? nee zeker",
        "where's the Smart Welding Factory located? city?",
    ],
)
def test_a_question_about_the_programme_is_not_called_outside_what_i_know(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "unknown"
    assert "niet mee helpen" not in reply.text and "outside what I know" not in reply.text
