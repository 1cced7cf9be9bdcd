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


def test_what_to_do_about_a_private_mishap_is_outside_what_i_know(assistant: Assistant) -> None:
    assert assistant.answer("Mijn fiets is gestolen, wat moet ik doen?").kind == "out_of_scope"


@pytest.mark.parametrize(
    "message",
    ["We willen digitaliseren. Wat moet ik doen?", "Onze productie loopt vast. wat moet ik doen?"],
)
def test_what_to_do_about_the_business_is_where_to_go(assistant: Assistant, message: str) -> None:
    assert "hubs.contact" in assistant.answer(message).answered()


@pytest.mark.parametrize(
    "message",
    ["wat kost het om mee te doen aan een fieldlab", "what does joining a fieldlab cost?"],
)
def test_what_it_costs_is_not_answered_by_an_answer_that_states_no_amount(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.declined and not reply.confident
