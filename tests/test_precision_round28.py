"""Fewer confident wrong answers (round 28): the asked attribute, also in a follow-up, of
"what's the X of …", and a number asked of a record that names who takes part."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.attributes import asked_attribute, asks_count


@pytest.mark.parametrize(
    ("message", "attribute"),
    [
        ("What's the budget of the new EDIH?", ["budget"]),
        ("wat was de omzetgroei van Airborne?", ["omzetgroei"]),
        ("wat is de rol van Egbert-Jan Sol?", []),  # a description tells a role
        ("Wat waren de key findings van de evaluatie?", []),
        ("wat is de smart industry hub?", []),
    ],
)
def test_what_the_x_of_asks_the_x(message: str, attribute: list[str]) -> None:
    assert asked_attribute(message) == attribute


def test_how_many_is_asked_by_the_first_question_word() -> None:
    assert asks_count("hoeveel bedrijven heeft hub noord geholpen")
    assert asks_count("How many companies took part?")
    assert not asks_count("welke bedrijven doen mee, en hoeveel?")


def test_a_count_the_card_does_not_state_is_not_answered_with_it(assistant: Assistant) -> None:
    reply = assistant.answer("Hoeveel bedrijven heeft de Hub Noord in 2023 geholpen?")
    assert reply.answered() == ()
    assert reply.kind == "unknown"
    assert reply.record == "hub.noord"


def test_a_count_the_record_states_is_answered(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel bedrijven hielp BOOST met vouchers")
    assert "232" in reply.text


def test_a_budget_no_entry_holds_is_not_in_the_sources(assistant: Assistant) -> None:
    reply = assistant.answer("What's the budget of the new EDIH in West Netherlands?")
    assert reply.answered() == ()
    assert reply.kind == "unknown"


def test_a_follow_up_holds_what_it_asks(assistant: Assistant) -> None:
    _, context = assistant.converse("Waar was het Jaarevent van 2019?", None)
    reply, _ = assistant.converse("Hoeveel bezoekers trok het Jaarevent van 2019?", context)
    assert reply.answered() == ()
    assert reply.kind == "unknown"


def test_a_follow_up_on_a_cards_themes_is_answered_by_the_card(assistant: Assistant) -> None:
    _, context = assistant.converse("wat is Innovatiecluster Drachten?", None)
    reply, _ = assistant.converse("met welke technieken zijn ze bezig", context)
    assert "fieldlab.icd" in reply.answered()


def test_a_place_list_does_not_answer_which_companies_take_part(assistant: Assistant) -> None:
    reply = assistant.answer("Welke bedrijven uit Schouwen-Duiveland doen mee aan een fieldlab?")
    assert reply.answered() == ()
    assert reply.kind == "unknown"


@pytest.mark.parametrize(
    "message",
    [
        "heeft de Smart Industry Hub Zuid ook een vestiging in Antwerpen?",
        "Does BOOST have an office in Harderwijk also?",
    ],
)
def test_an_office_no_record_lists_is_not_in_the_sources(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ()
    assert reply.kind == "unknown"
    assert reply.text.startswith(("Welke vestigingen", "Which offices"))


def test_a_place_the_record_names_is_not_an_unknown_office(assistant: Assistant) -> None:
    reply = assistant.answer("heeft hub noord een vestiging in Drachten")
    assert reply.answered() == ("hub.noord",)
