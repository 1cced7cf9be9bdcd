"""Fewer confident wrong answers (round 30): places abroad, and what the sources do not hold."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.countries import country_of_place


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("antwerpen", "België"),
        ("vlaanderen", "België"),
        ("luik", "België"),
        ("aachen", "Duitsland"),
        ("munchen", "Duitsland"),
        ("keulen", "Duitsland"),
        ("bayern", "Duitsland"),
    ],
)
def test_a_town_or_region_abroad_is_known_with_its_country(name: str, country: str) -> None:
    assert country_of_place(name, "nl") == country


@pytest.mark.parametrize("name", ["venlo", "limburg", "enschede", "eindhoven", "leiden"])
def test_a_dutch_place_is_never_abroad(name: str) -> None:
    # Belgian Limburg and the like are left out by the generator: the Dutch one is meant.
    assert country_of_place(name, "nl") is None


@pytest.mark.parametrize(
    ("message", "country"),
    [
        ("fieldlabs in Antwerpen?", "Belgium"),
        ("zijn er ook veldlabs in vlaanderen voor landbouw", "België"),
        ("is er een hub in Aachen", "Duitsland"),
        ("zijn er fieldlabs voor robotica in Keulen?", "Duitsland"),
    ],
)
def test_fieldlabs_in_a_place_abroad_are_outside_the_sources(
    assistant: Assistant, message: str, country: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ()
    assert country in reply.text


@pytest.mark.parametrize(
    ("message", "place"),
    [("fieldlabs in Venlo", "Venlo"), ("ik zit in Limburg, welke hub", "Limburg")],
)
def test_a_dutch_border_place_is_still_routed_at_home(
    assistant: Assistant, message: str, place: str
) -> None:
    reply = assistant.answer(message)
    assert place in reply.text
    assert "Nederland" not in reply.text.split(".")[0]


def test_a_record_asked_of_an_office_abroad_keeps_its_own_not_known(
    assistant: Assistant,
) -> None:
    # the record's detail is what is asked; its field says it is not in the sources
    reply = assistant.answer("heeft de Smart Industry Hub Zuid ook een vestiging in Antwerpen?")
    assert reply.answered() == ()
    assert reply.text.startswith("Welke vestigingen")


@pytest.mark.parametrize(
    ("message", "country"),
    [
        ("how many jobs did smart industry create in the UK?", "United Kingdom"),
        ("hoeveel banen heeft smart industry in Antwerpen opgeleverd", "België"),
        ("How does Industrie 4.0 in Germany compare to Smart Industry in numbers?", "Germany"),
    ],
)
def test_the_programme_abroad_is_outside_the_sources_not_a_dutch_figure(
    assistant: Assistant, message: str, country: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ()
    assert country in reply.text


@pytest.mark.parametrize(
    "message",
    ["hoe laat is t in tokyo", "Who won the cricket match India vs Australia yesterday?"],
)
def test_a_question_of_nothing_in_scope_abroad_stays_out_of_scope(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).kind == "out_of_scope"


def test_a_scheme_named_in_capitals_the_sources_do_not_know_is_not_the_subsidy(
    assistant: Assistant,
) -> None:
    # "NOW" is a stopword in English: without its capitals the question is "hoe werkt de
    # regeling", which the Fieldlabs subsidy would answer
    assert assistant.answer("hoe werkt de NOW-regeling").answered() == ()
    assert assistant.answer("hoe werkt de RVO-regeling").answered() == ("programme.subsidy",)


def test_a_request_for_the_list_after_a_question_not_known_is_not_a_list_of_its_own(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Are there similar Fieldlabs in Germany also, for example in Munich? "
        "Kindly share the list."
    )
    assert reply.answered() == ()
    assert "Germany" in reply.text
    assert "five regional" not in reply.text  # not the list of the Dutch Hubs


def test_a_request_for_the_list_after_a_list_adds_nothing(assistant: Assistant) -> None:
    reply = assistant.answer("Welke fieldlabs zijn er in Delft? Graag een lijst.")
    assert reply.answered() == ("fieldlabs.place.delft",)
    assert "vijf regionale" not in reply.text
