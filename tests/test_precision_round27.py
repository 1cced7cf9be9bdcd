"""Fewer confident wrong answers (round 27): what a question asks for must be in the answer."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.attributes import asked_attribute


@pytest.mark.parametrize(
    ("message", "attribute"),
    [
        ("hoeveel hectare heeft de proeftuin?", ["hectare"]),
        ("Which patent attorney does RoboHouse use?", ["patent", "attorney"]),
        ("wat voor bedrijven doen mee?", ["bedrijven"]),
        ("what brand does RoboHouse use", ["brand"]),
        ("hoeveel stelde de provincie beschikbaar?", []),  # the verb, before its subject
        ("wat betekent EDIH?", []),
        ("wat is RoboHouse?", []),
    ],
)
def test_the_attribute_asked_is_what_the_question_word_puts_in_front(
    message: str, attribute: list[str]
) -> None:
    assert asked_attribute(message) == attribute


@pytest.mark.parametrize(
    ("message", "record"),
    [
        ("Welk merk robots gebruikt RoboHouse?", "fieldlab.robohouse"),
        ("hoeveel hectare grond heeft de proeftuin in Reusel", "fieldlab.precisielandbouw"),
        ("What brand of robots does RoboHouse use?", "fieldlab.robohouse"),
    ],
)
def test_an_attribute_the_record_does_not_hold_is_not_answered_with_its_card(
    assistant: Assistant, message: str, record: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ()
    assert reply.kind == "unknown"
    assert reply.record == record  # named, and its card offered as a button
    assert [link.entry for link in reply.alternatives] == [record]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Welke fieldlabs richten zich op robotica?", "fieldlabs.theme.robotica"),
        ("welke provincies vallen onder BOOST?", "hub.oost"),
        ("hoeveel geld is er beschikbaar voor RoSF?", "fieldlab.rosf"),
        ("welke bedrijven zitten in Region of Smart Factories?", "fieldlab.rosf"),
        ("hoeveel banen hebben de fieldlabs opgeleverd?", "results.jobs"),
    ],
)
def test_an_attribute_the_answer_speaks_of_is_still_answered(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


@pytest.mark.parametrize(
    "message",
    [
        "The figure you gave is not matching with the report I have. Please correct it.",
        "Kindly update your data.",
        "corrigeer dat even",
        "ik snap er nog steeds niets van, je bent nogal onduidelijk",
        "You are vague.",
    ],
)
def test_doubt_of_an_answer_or_of_the_bot_is_feedback(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.feedback",)


def test_not_understanding_a_topic_before_a_question_still_gets_the_answer(
    assistant: Assistant,
) -> None:
    assert (
        "fieldlabs.what"
        in assistant.answer("ik snap er nog niks van, wat is een fieldlab?").answered()
    )


@pytest.mark.parametrize(
    ("message", "records"),
    [
        ("BOOST vs SMITZH, wat is het verschil?", ("hub.oost", "hub.zuid-holland")),
        ("RAMLAB versus SAM|XL, what's the difference?", ("fieldlab.ramlab", "fieldlab.samxl")),
        ("RoboHouse vs SAM|XL", ("fieldlab.robohouse", "fieldlab.samxl")),
    ],
)
def test_two_records_compared_are_both_answered(
    assistant: Assistant, message: str, records: tuple[str, ...]
) -> None:
    assert assistant.answer(message).answered() == records


def test_a_second_theme_said_alone_borrows_what_the_first_question_asked_for(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Fieldlabs voor 3D printen? En landbouw?")
    assert reply.answered() == ("fieldlabs.theme.3d-printen", "fieldlabs.theme.landbouw")


@pytest.mark.parametrize(
    "message",
    ["good coffee places near Groningen station", "een goede sushi tent in Delft centrum"],
)
def test_a_town_after_an_everyday_thing_is_not_where_the_asker_is(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ()


def test_a_town_the_asker_tells_of_themselves_still_names_their_hub(
    assistant: Assistant,
) -> None:
    assert assistant.answer("heb een bakkerij in zwolle").answered() == ("hub.oost",)
