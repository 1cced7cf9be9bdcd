"""A follow-up that asks only a kind of fact of the long answer just given gets the sentences
that say it, not the whole answer again; a reason the answer never gives is said to be
unknown."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def _turns(assistant: Assistant, *messages: str) -> list[str]:
    return [reply.text for reply in talk(assistant, *messages)]


def test_how_many_then_after_a_long_answer_gives_only_the_sentence_with_the_figure(
    assistant: Assistant,
) -> None:
    first, then = _turns(
        assistant, "Wat zijn de vier typen fieldlabs volgens TNO?", "hoeveel waren er toen?"
    )
    assert "29" in then and "vier soorten" in first and "vier soorten" not in then


def test_where_was_it_held_gives_the_sentence_with_the_place(assistant: Assistant) -> None:
    first, then = _turns(assistant, "What happened at the Jaarevent 2019?", "where was it held?")
    assert "Hilversum" in then and len(then) < len(first)


def test_why_after_an_answer_that_gives_no_reason_says_so(assistant: Assistant) -> None:
    context = None
    for message in ("Wat zijn de vier typen fieldlabs volgens TNO?", "waarom?"):
        reply, context = assistant.converse(message, context)
    assert reply.kind == "unknown" and "vorige antwoord" in reply.text


def test_a_question_with_a_subject_of_its_own_is_not_a_field_of_the_card_before(
    assistant: Assistant,
) -> None:
    context = None
    for message in ("Wat is RoboHouse?", "wat kost een abonnement op netflix?"):
        reply, context = assistant.converse(message, context)
    assert "RoboHouse" not in reply.text and reply.declined
