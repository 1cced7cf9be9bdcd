"""Fewer confident wrong answers (round 31): what the answer found does not hold — the next
event, a comparison, a list of names, earnings, opening days, a platform, an exact date."""

from __future__ import annotations

import pytest
from conftest import talk

from bot.assistant import Assistant
from bot.reply import Reply


def _confident(reply: Reply) -> tuple[str, ...]:
    return tuple(e for e in reply.answered() if not e.startswith("smalltalk."))


@pytest.mark.parametrize(
    "message",
    [
        "wanneer is het volgende smart industry jaarevent? wil er wel heen",
        "When is the next Smart Industry annual event?",
        "wanneer is het eerstvolgende jaarevent van smart industry",
    ],
)
def test_the_next_event_is_not_answered_with_a_past_one(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert not _confident(reply)
    assert reply.declined
    # the last event the sources know is offered, not given as if it were the next
    assert any(link.entry.startswith("jaarevent.") for link in reply.alternatives)


def test_a_past_event_asked_by_its_year_is_still_answered(assistant: Assistant) -> None:
    assert "jaarevent.2019" in assistant.answer("wanneer was het jaarevent 2019?").answered()


@pytest.mark.parametrize(
    "message",
    [
        "Did Siemens invest more than Airborne in the Digital Factory?",
        "Heeft Airborne meer geïnvesteerd dan Siemens in de Digital Factory?",
    ],
)
def test_a_comparison_the_card_states_no_figures_for_is_not_answered(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert not _confident(reply)
    assert reply.record == "fieldlab.digital-factory"  # what was asked of it is not known


def test_a_claim_of_more_than_a_number_is_still_checked(assistant: Assistant) -> None:
    reply = assistant.answer("Klopt het dat er meer dan 400 banen zijn bijgekomen?")
    assert "results.jobs" in reply.answered()


@pytest.mark.parametrize(
    "message",
    [
        "Could you send me the list of all 680 companies from the TNO monitor?",
        "Kun je me de lijst met alle bedrijven uit de TNO monitor sturen?",
    ],
)
def test_a_list_of_companies_is_not_answered_by_their_count(
    assistant: Assistant, message: str
) -> None:
    assert not _confident(assistant.answer(message))


def test_a_list_of_the_hubs_is_still_given(assistant: Assistant) -> None:
    assert "hubs.list" in assistant.answer("give me the list of all hubs please").answered()


def test_what_someone_earns_is_not_answered_by_who_they_are(assistant: Assistant) -> None:
    replies = talk(
        assistant,
        "en die egbert jan sol wie is dat",
        "wat verdient zo een programmadirecteur eigenlijk",
    )
    assert "people.sol" in replies[0].answered()
    assert not _confident(replies[1])
    assert not _confident(assistant.answer("hoeveel verdient Mona Keijzer?"))


@pytest.mark.parametrize(
    "follow_up", ["is it open on sunday for visit?", "is die ook op zaterdag open?"]
)
def test_opening_days_are_not_answered_by_the_card(assistant: Assistant, follow_up: str) -> None:
    replies = talk(assistant, "Wat is DCMC in Woensdrecht?", follow_up)
    assert "fieldlab.dcmc" in replies[0].answered()
    assert not _confident(replies[1])
    assert replies[1].record == "fieldlab.dcmc"  # its card offered, honestly not known


def test_visiting_hours_asked_with_when_are_not_answered_by_the_card(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Wanneer is de proeftuin in Colijnsplaat open voor bezoekers?")
    assert "fieldlab.precisielandbouw" not in _confident(reply)


@pytest.mark.parametrize("platform", ["youtube", "joetjoep", "linkedin"])
def test_a_platform_asked_is_not_answered_by_what_the_video_said(
    assistant: Assistant, platform: str
) -> None:
    replies = talk(
        assistant,
        "ik zag een filmpje met twaalf fieldlabs wat zeiden die nou",
        f"staat die film ergens op {platform}",
    )
    assert "video.fieldlabs" in replies[0].answered()
    assert not _confident(replies[1])


def test_an_exact_date_is_not_answered_by_a_year_alone(assistant: Assistant) -> None:
    replies = talk(
        assistant, "What was the Jaarevent 2018, what happened there?", "The exact date of it?"
    )
    assert "hubs.announced" not in replies[1].answered()


def test_an_exact_date_the_sources_give_to_the_month_is_still_answered(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("What was the exact date of the Jaarevent 2018 in Bussum?")
    assert "jaarevent.2018" in reply.answered()
    assert "February" in reply.text
