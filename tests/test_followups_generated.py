"""Follow-ups found weak by the generated check (scripts/followups.py): the other Hubs after
a Hub, other Fieldlabs "there" at the end, "hoe zit dat in …?", a record someone knows or
heard of, the short version of a card, "where did you read that?"."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_the_other_hubs_after_a_hub_lists_the_hubs(assistant: Assistant) -> None:
    for first, other in (
        ("wat is BOOST", "en de andere hubs?"),
        ("wat is SMITZH", "zijn er meer hubs"),
        ("what is Hub Noord?", "any other hubs"),
        ("What is Smart Industry Hub Zuid?", "are there other hubs too?"),
    ):
        _, hubs = talk(assistant, first, other)
        assert hubs.answered() == ("hubs.list",), other
        assert "BOOST" in hubs.text and "SMITZH" in hubs.text


def test_a_question_about_the_other_hubs_is_not_their_list(assistant: Assistant) -> None:
    _, money = talk(assistant, "wat is BOOST", "hoeveel geld kregen de andere hubs?")
    assert "hubs.list" not in money.answered()


def test_other_fieldlabs_there_said_last_lists_the_records_town(assistant: Assistant) -> None:
    for other in ("and other fieldlabs there", "anything else there?", "any other labs there?"):
        _, more = talk(assistant, "what is RoboHouse?", other)
        assert more.answered() == ("fieldlabs.place.delft",), other
        assert "SAM|XL" in more.text


def test_are_there_other_fieldlabs_says_there_of_no_town(assistant: Assistant) -> None:
    _, other = talk(assistant, "what is RoboHouse?", "are there other fieldlabs?")
    assert "fieldlabs.place.delft" not in other.answered()


def test_hoe_zit_dat_in_another_town_asks_the_list_of_that_town(assistant: Assistant) -> None:
    _, delft = talk(assistant, "welke fieldlabs zijn er in Groningen?", "hoe zit dat in Delft")
    assert delft.answered() == ("fieldlabs.place.delft",)


def test_hoe_zit_dat_in_a_province_is_no_record_of_the_list(assistant: Assistant) -> None:
    _, other = talk(
        assistant, "welke fieldlabs zitten er in Drenthe?", "hoe zit dat in Noord-Holland"
    )
    assert other.answered() == ("fieldlabs.province.noord-holland",)


def test_hoe_zit_het_dan_met_another_town_asks_its_hub(assistant: Assistant) -> None:
    _, north = talk(assistant, "bij welke hub hoort Zwolle?", "hoe zit het dan met Groningen?")
    assert north.answered() == ("hub.noord",)


def test_where_is_it_after_a_list_still_asks_which_one(assistant: Assistant) -> None:
    _, which = talk(assistant, "welke fieldlabs zitten er in Drenthe?", "en waar zit dat?")
    assert which.answered() == ()


def test_knowing_or_having_heard_of_a_record_asks_its_card(assistant: Assistant) -> None:
    for message, record in (
        ("goedemorgen, ken jij BouwLab", "fieldlab.bouwlab"),
        ("ken je RoboHouse", "fieldlab.robohouse"),
        ("heb je weleens van SAM|XL gehoord?", "fieldlab.samxl"),
        ("hello! ever heard of SPARK", "fieldlab.spark"),
        ("have you heard of BOOST?", "hub.oost"),
    ):
        (card,) = talk(assistant, message)
        assert record in card.answered(), message


def test_the_short_version_of_a_card_is_the_sentence_of_what_it_is(
    assistant: Assistant,
) -> None:
    card, short = talk(assistant, "wat is BOOST", "te lang, korter aub")
    assert short.answered() == ("hub.oost",)
    assert short.text.startswith("BOOST is het Smart Industry-netwerk van Oost-Nederland")
    assert len(short.text) < len(card.text) / 2


def test_short_version_please_in_english(assistant: Assistant) -> None:
    _, short = talk(assistant, "What is ICD?", "too long, short version pls")
    assert short.answered() == ("fieldlab.icd",)
    assert "Smart Industry Fieldlab" in short.text and "Themes:" not in short.text


def test_where_did_you_read_that_gives_the_sources(assistant: Assistant) -> None:
    _, sources = talk(assistant, "What is Fieldlab SAMEN?", "where did you read that")
    assert "sources of my last answer" in sources.text
    assert "World Class Maintenance" in sources.text
