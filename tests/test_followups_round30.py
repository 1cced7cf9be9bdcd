"""Round 30: a follow-up that names a kind of record by its region ("wie is de hub in t
noorden?") gets that record, and the next pointer ("heeft die een website?") points at it,
the record named last, not the Fieldlab of the turn before."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_who_is_the_hub_in_the_north_names_hub_noord(assistant: Assistant) -> None:
    reply = assistant.answer("wie is de hub in t noorden")
    assert reply.entry == "hub.noord" and "Hub Noord" in reply.text


def test_who_is_the_hub_asked_in_english_names_the_hub(assistant: Assistant) -> None:
    assert assistant.answer("who is the hub in the north?").entry == "hub.noord"


def test_the_name_of_the_hub_of_a_region_is_that_hub(assistant: Assistant) -> None:
    assert assistant.answer("hoe heet de hub in het oosten?").entry == "hub.oost"


def test_who_is_the_hub_coordinator_still_asks_for_the_person(assistant: Assistant) -> None:
    reply = assistant.answer("wie is de hub coordinator in het noorden")
    assert reply.entry == "people.telgenhof"


def test_its_website_after_the_hub_named_by_region_is_the_hubs_not_the_fieldlabs(
    assistant: Assistant,
) -> None:
    *_, hub, website = talk(
        assistant,
        "is er een fieldlab in friesland voor robots",
        "sinds wanneer is innovatiecluster drachten officieel fieldlab",
        "wie is de hub in t noorden",
        "en heeft die een website dan",
    )
    assert hub.entry == "hub.noord"
    assert website.record == "hub.noord" and "Hub Noord" in website.text
    assert "Drachten" not in website.text
