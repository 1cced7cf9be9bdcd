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
