"""A question about two or three records named side by side ("waar zitten RoboHouse en
SAM|XL?") is asked of each of them; a name of two parties said with "en" stays one record."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.model import KnowledgeBase
from bot.records import RecordIndex
from bot.text import tokens


@pytest.mark.parametrize(
    ("message", "records", "said"),
    [
        ("waar zit RoboHouse en SAM|XL?", ("fieldlab.robohouse", "fieldlab.samxl"), "Delft"),
        ("where are SAM|XL and RoboHouse?", ("fieldlab.samxl", "fieldlab.robohouse"), "Delft"),
        (
            "wat is de website van BOOST en SMITZH?",
            ("hub.oost", "hub.zuid-holland"),
            "smitzh.nl",
        ),
        ("wat is RAMLAB en SPARK?", ("fieldlab.ramlab", "fieldlab.spark"), "Hertogenbosch"),
    ],
)
def test_a_question_about_records_side_by_side_is_answered_for_each(
    assistant: Assistant, message: str, records: tuple[str, ...], said: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == records
    assert said in reply.text


def test_a_name_of_two_parties_said_with_en_is_one_record(assistant: Assistant) -> None:
    assert assistant.answer("waar zit het fieldlab van Airborne en Siemens?").answered() == (
        "fieldlab.digital-factory",
    )


def test_records_side_by_side_are_found_in_the_order_said(knowledge: KnowledgeBase) -> None:
    records = RecordIndex(knowledge)
    found = records.find_each(tokens("waar zit robohouse en sam xl"))
    assert [record for record, _, _ in found] == ["fieldlab.robohouse", "fieldlab.samxl"]
    assert records.find_each(tokens("waar zit robohouse")) == [("fieldlab.robohouse", 2, 3)]


@pytest.mark.parametrize(
    ("message", "record", "said"),
    [
        ("wie leidt de hub in het zuiden?", "hub.zuid", "BOM"),
        ("wat is de website van de hub in het oosten?", "hub.oost", "boostsmartindustry"),
    ],
)
def test_a_hub_is_found_by_the_region_it_is_known_by(
    assistant: Assistant, message: str, record: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == (record,)
    assert said in reply.text


def test_a_province_with_a_compass_point_in_its_name_is_no_hub_region(
    assistant: Assistant,
) -> None:
    assert "hub.noord" not in assistant.answer("wie trekt de hub voor Noord-Holland?").answered()


@pytest.mark.parametrize(
    ("message", "record"),
    [
        ("sinds wanneer is dat cluster in drachten officieel fieldlab?", "fieldlab.icd"),
        ("wat doet die fabriek in Dordrecht?", "fieldlab.duurzaamheidsfabriek"),
    ],
)
def test_a_fieldlab_is_found_by_the_end_of_its_compound_name_and_its_town(
    assistant: Assistant, message: str, record: str
) -> None:
    assert assistant.answer(message).answered() == (record,)


def test_a_record_named_as_the_heading_of_a_question_is_its_subject(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "fieldlab industrial robotics in harderwijk, which schools are involved?"
    )
    assert reply.entry == "fieldlab.industrial-robotics"
    assert "Windesheim" in reply.text


@pytest.mark.parametrize(
    ("question", "entry", "said"),
    [
        (
            "wanneer kreeg het fieldlab in colijnsplaat zijn status",
            "fieldlab.precisielandbouw",
            "2017",
        ),
        ("wie leidt het fieldlab in woensdrecht", None, "DCMC"),
    ],
)
def test_a_question_about_the_fieldlab_of_a_town_is_asked_of_that_fieldlab(
    assistant: Assistant, question: str, entry: str | None, said: str
) -> None:
    reply = assistant.answer(question)
    assert reply.kind != "list"
    assert (reply.entry if reply.confident else None) == entry
    assert said in reply.text


def test_a_wish_to_know_said_without_punctuation_starts_the_question(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "ik ben boer in de buurt van assen en ik wil weten of er iets is voor precisielandbouw"
    )
    assert "fieldlab.precisielandbouw" in reply.answered()


@pytest.mark.parametrize(
    "question",
    ["Welke provincies vallen onder de hub BOOST?", "which provinces does BOOST cover?"],
)
def test_the_provinces_under_a_hub_are_its_region_not_which_hub_it_belongs_to(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert reply.entry == "hub.oost"
    assert "Gelderland" in reply.text and "Overijssel" in reply.text
