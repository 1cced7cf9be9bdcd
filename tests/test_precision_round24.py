"""Fewer confident wrong answers (round 24): an opening that only announces a question or
introduces the asker is not itself a question to answer."""

from __future__ import annotations

import pytest
from conftest import talk

from bot.assistant import Assistant


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Nog een losse vraag: volgens welke bron zijn er sinds de start 47 fieldlabs gestart?",
            "results.fieldlab-count",
        ),
        (
            "Even voorstellen: kunststofbedrijf uit Kerkrade, we leveren aan de bouw. "
            "Zijn er fieldlabs speciaal voor de bouwsector?",
            "fieldlabs.theme.bouw",
        ),
    ],
)
def test_an_opening_that_announces_the_question_is_not_answered_itself(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


@pytest.mark.parametrize(
    "message",
    [
        "How many Fieldlabs does Belgium have under its own Made Different programme?",
        "Are there fieldlabs in the US too, like the Manufacturing USA institutes?",
        "Heeft Duitsland ook zulke fieldlabs?",
    ],
)
def test_a_country_abroad_named_as_the_subject_is_outside_the_sources(
    assistant: Assistant, message: str
) -> None:
    # not the Fieldlabs of Made (a Dutch town) or of a theme the question happens to name
    reply = assistant.answer(message)
    assert reply.answered() == ()
    assert reply.kind == "unknown"


def test_where_the_asker_comes_from_is_not_what_is_asked(assistant: Assistant) -> None:
    reply = assistant.answer("Hello, I'm from Poland. Is there a fieldlab in Eindhoven?")
    assert "fieldlabs.place.eindhoven" in reply.answered()


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Which source states that 600 companies were involved in the Fieldlabs, and in "
            "which year was it published?",
            "results.companies",
        ),
        (
            "Was there any regional action agenda for the Noord-Holland side? Where was it "
            "presented?",
            "programme.regional-agendas",
        ),
    ],
)
def test_a_later_question_on_one_everyday_word_is_not_another_entrys_phrasing(
    assistant: Assistant, message: str, entry: str
) -> None:
    # "published" is the subsidy scheme's, "presented" the annual event's: not what "it" is
    assert assistant.answer(message).answered() == (entry,)


def test_a_later_question_about_what_the_first_one_named_is_still_answered(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Who did the official evaluation of the program, and when did it go to Parliament?"
    )
    assert "programme.evaluation" in reply.answered()


def test_ze_after_an_answer_about_one_person_is_she(assistant: Assistant) -> None:
    _, said = talk(assistant, "wie is mona keijzer", "wat zei ze op het jaarevent")
    assert said.answered() == ("people.keijzer",)


def test_ze_after_an_answer_about_a_thing_is_not_a_person(assistant: Assistant) -> None:
    _, where = talk(assistant, "Wat is SAM XL?", "waar zitten ze?")
    assert not any(e.startswith("people.") for e in where.answered())


def test_when_that_was_presented_asks_of_the_agenda_just_told(assistant: Assistant) -> None:
    # "gepresenteerd" alone is no subject: "die" is the regional agenda, not the Actieagenda
    _, presented = talk(
        assistant,
        "Is er voor Noord-Holland een regionale actieagenda geweest?",
        "Wanneer en waar is die gepresenteerd?",
    )
    assert presented.answered() == ("programme.regional-agendas",)
    assert "Alkmaar" in presented.text


def test_the_actieagenda_named_is_still_the_actieagenda(assistant: Assistant) -> None:
    _, named = talk(
        assistant,
        "Is er voor Noord-Holland een regionale actieagenda geweest?",
        "Wanneer is de Actieagenda Smart Industry gepresenteerd?",
    )
    assert named.answered() == ("programme.actieagenda",)


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel machinebouwers zijn er in Gelderland gevestigd?",
        "hoeveel bedrijven zitten er in Gelderland",
    ],
)
def test_a_count_of_something_in_a_province_is_not_where_to_go(
    assistant: Assistant, question: str
) -> None:
    assert "hub.oost" not in assistant.answer(question).answered()


def test_where_to_go_in_a_province_is_still_its_hub(assistant: Assistant) -> None:
    assert assistant.answer("bij welke hub zit ik in Gelderland?").answered() == ("hub.oost",)
