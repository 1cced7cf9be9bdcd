"""Where the asker is, said the way people say it: as a Frisian or a Brabander, in Limburg
Dutch, and a province asked of with a town of it told."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant, render_plain
from bot.understanding.dialect import standard_dutch


@pytest.mark.parametrize(
    ("message", "hub"),
    [
        ("bij welke hub moet ik zijn as fries", "hub.noord"),
        ("bij welke hub hoor ik als Friese ondernemer", "hub.noord"),
        ("I'm a Frisian company, which hub?", "hub.noord"),
        ("ik ben tukker, welke hub", "hub.oost"),
    ],
)
def test_a_province_said_as_who_the_asker_is_routes_to_its_hub(
    assistant: Assistant, message: str, hub: str
) -> None:
    assert assistant.answer(message).answered() == (hub,)


def test_a_demonym_beats_a_hamlet_of_the_same_name(assistant: Assistant) -> None:
    reply = assistant.answer("ik ben een Brabander, welke hub?")
    assert "Noord-Brabant" in reply.text and "Limburg" not in reply.text


@pytest.mark.parametrize("message", ["friese koeien fieldlab?", "good fries in Delft?"])
def test_a_demonym_that_says_nothing_of_the_asker_is_no_place(
    assistant: Assistant, message: str
) -> None:
    assert "Friesland" not in assistant.answer(message).text


def test_a_town_told_says_more_than_its_province_asked(assistant: Assistant) -> None:
    reply = assistant.answer(
        "plaatwerkerij in hoogeveen hier. bij welke hub hoor ik als drentse ondernemer"
    )
    assert reply.answered() == ("hub.noord",) and "Hoogeveen" in reply.text


@pytest.mark.parametrize(
    ("message", "lang"),
    [("is er een fieldlab in Limburg?", "nl"), ("any fieldlabs in Limburg?", "en")],
)
def test_no_fieldlab_in_a_province_names_its_probable_hub(
    assistant: Assistant, message: str, lang: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == () and reply.language == lang
    assert "Hub Zuid" in render_plain(reply) and "BOM" in reply.text


def test_limburg_dutch_drops_the_last_n_and_says_un_for_een() -> None:
    said = standard_dutch("ik wil wete of d'r un fieldlab is hie in limburg")
    assert said == "ik wil weten of er een fieldlab is hier in limburg"
    assert standard_dutch("zijn er fieldlabs veur lasse") == "zijn er fieldlabs voor lasse"


def test_a_greeting_and_a_question_in_limburg_dutch_answers_the_question(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "hoi ik heb un gereedschapmakerij in venlo en ik wil wete of d'r un fieldlab is hie"
        " in limburg"
    )
    assert reply.kind != "smalltalk" and "Hub Zuid" in reply.text


def test_haste_said_before_a_colon_is_no_question(assistant: Assistant) -> None:
    reply = assistant.answer(
        "hey quick: which hub for Eindhoven and whats its website, also how many fieldlabs"
        " are there now"
    )
    assert "Hub Zuid" in reply.text and "47" in reply.text


def test_a_theme_near_the_town_told_lists_the_fieldlab_there(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Goeiemiddag! Wij zijn een metaalbedrijf in Harderwijk, is er iets met robots bij ons"
        " in de buurt?"
    )
    assert "Fieldlab Industrial Robotics" in reply.text
