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


def test_how_many_they_meant_to_start_then_is_the_count_of_the_agendas_time(
    assistant: Assistant,
) -> None:
    first, then = talk(
        assistant,
        "wanneer is de actieagenda smart industry aangeboden?",
        "hoeveel fieldlabs wilden ze toen starten?",
    )
    assert "2014" in first.text
    assert "10" in then.text and "2015" in then.text and "47" not in then.text


def test_fieldlabs_back_then_are_counted_for_the_year_of_the_last_answer(
    assistant: Assistant,
) -> None:
    _, then = talk(
        assistant,
        "Wat zijn de vier typen fieldlabs volgens TNO?",
        "en hoeveel fieldlabs waren er destijds?",
    )
    assert "29" in then.text and not then.text.startswith("Sinds het begin")
