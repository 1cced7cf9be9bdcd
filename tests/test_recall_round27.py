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


def test_a_short_question_after_a_told_sentence_asks_of_what_was_told(
    assistant: Assistant,
) -> None:
    cases = {
        "World Class Maintenance heeft buiten CAMPIONE ook nog een fieldlab SAMEN, heb ik "
        "gehoord. Waar gaat die over?": ("fieldlab.samen",),
        "tno said there are four types of field lab, which ones": ("fieldlabs.types",),
        "Mijn accountant noemde een regeling van de RVO voor Smart Industry Fieldlabs. "
        "Hoeveel geld zat daarin?": ("programme.subsidy",),
    }
    for question, expected in cases.items():
        assert assistant.answer(question).answered() == expected, question


def test_a_told_trouble_of_something_else_is_not_asked_about(assistant: Assistant) -> None:
    assert assistant.answer("mijn printer doet het niet meer, wat nu").answered() == ()


def test_an_everyday_word_is_no_typo_of_another(assistant: Assistant) -> None:
    terms = assistant.matcher.analyzer.query_terms("we print spare parts", "en")
    assert {t.term for t in terms}.isdisjoint({"point", "share"})
    reply = assistant.answer("What's the story with the Smart Industry Declaration?")
    assert reply.answered() == ("programme.declaration",)


def test_the_ambition_stated_at_the_annual_event_is_the_declarations(
    assistant: Assistant,
) -> None:
    for question in (
        "Welke ambitie werd er tijdens het Jaarevent uitgesproken?",
        "Which ambition was stated at the 2019 Jaarevent?",
    ):
        assert assistant.answer(question).answered() == ("programme.declaration",), question
