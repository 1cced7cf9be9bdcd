"""Fact questions dressed in words that ask nothing more: "in totaal" in a count, "in
godsnaam", "de mijne", a Hub's door open without membership."""

from __future__ import annotations

from bot.assistant import Assistant
from bot.understanding import read


def test_in_total_adds_nothing_to_a_count(assistant: Assistant) -> None:
    for question in (
        "hoeveel hubs zijn er in totaal in nederland",
        "how many hubs are there altogether?",
    ):
        assert assistant.answer(question).answered() == ("hubs.what",), question


def test_exasperation_is_not_what_is_asked(assistant: Assistant) -> None:
    for question in (
        "waarom zou ik als klein bedrijf in godsnaam bij een fieldlab aansluiten",
        "why on earth would a small firm join a fieldlab?",
    ):
        assert read(question).clauses[0].text.count("naam") == 0
        assert assistant.answer(question).answered() == ("fieldlabs.why-small-firms",), question


def test_a_possessive_pronoun_names_nothing(assistant: Assistant) -> None:
    reply = assistant.answer("Wat doet zo'n hub voor een bedrijf als het mijne?")
    assert reply.answered() == ("hubs.activities",)


def test_registering_a_company_is_not_joining_a_fieldlab(assistant: Assistant) -> None:
    reply = assistant.answer("how do I register a BV at the KvK and what does it cost?")
    assert reply.answered() == ()


def test_whether_a_hub_asks_for_membership_is_answered_by_who_may_come(
    assistant: Assistant,
) -> None:
    for question in (
        "Kan iedere ondernemer zomaar bij zo'n hub aankloppen, of moet je lid zijn?",
        "Do I have to be a member before I can go to a hub?",
    ):
        assert assistant.answer(question).answered() == ("hubs.contact",), question
