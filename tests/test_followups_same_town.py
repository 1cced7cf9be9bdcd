"""Follow-ups that ask what else is in the town of the record in view ("zit daar nog
meer?"), and "daar" after a list of one place."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_more_there_after_a_card_lists_the_fieldlabs_of_its_town(assistant: Assistant) -> None:
    _, more = talk(assistant, "waar zit SAM|XL?", "en zit daar nog meer?")
    assert more.answered() == ("fieldlabs.place.delft",)
    assert "RoboHouse" in more.text


def test_other_fieldlabs_in_the_same_city_lists_its_town(assistant: Assistant) -> None:
    _, more = talk(assistant, "where is RoboHouse?", "Are there other fieldlabs in the same city?")
    assert more.answered() == ("fieldlabs.place.delft",)
    assert "SAM|XL" in more.text


def test_other_fieldlabs_without_a_place_is_not_its_town(assistant: Assistant) -> None:
    _, more = talk(assistant, "wat is RoboHouse", "are there other fieldlabs?")
    assert "fieldlabs.place.delft" not in more.answered()


def test_something_else_there_is_not_the_list_of_its_town(assistant: Assistant) -> None:
    _, jobs = talk(assistant, "wat is RoboHouse", "zijn daar nog meer vacatures?")
    assert "fieldlabs.place.delft" not in jobs.answered()


def test_what_they_do_there_after_a_list_of_one_is_its_card(assistant: Assistant) -> None:
    # "een" in the earlier question is the article, not the village Een in Drenthe
    _, card = talk(assistant, "zit er een fieldlab in dordrecht?", "wat doen ze daar")
    assert card.answered() == ("fieldlab.duurzaamheidsfabriek",)
