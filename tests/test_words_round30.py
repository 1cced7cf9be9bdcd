"""Words people glue together or name a region by: a compound of the programme's own word
asks its head too, an everyday compound stays one thing, Brainport is Eindhoven's region,
a Fieldlab in several places names every province, and what the asker tells before a
comma is what the question after it points at."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.numbers import numbers_as_digits


def test_a_compound_of_the_programmes_own_word_asks_what_its_head_names(
    assistant: Assistant,
) -> None:
    # "fieldlabsregeling" is the scheme, not the Fieldlabs' investments in general
    reply = assistant.answer("Hoeveel geld heeft EZ in de fieldlabsregeling gestopt?")
    assert reply.answered() == ("programme.subsidy",) and "14,55" in reply.text


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("doei, moet weer de werkplaats in", "smalltalk"),
        ("hoeveel studiefinanciering krijg ik als uitwonende student?", "out_of_scope"),
    ],
)
def test_an_everyday_compound_stays_one_word(
    assistant: Assistant, message: str, kind: str
) -> None:
    assert assistant.answer(message).kind == kind


@pytest.mark.parametrize(
    "message", ["how many fieldlabs are in Brainport?", "fieldlabs in de regio brainport"]
)
def test_brainport_is_the_eindhoven_region(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "list" and "Flexible Manufacturing" in reply.text


def test_a_fieldlab_in_several_places_names_every_province(assistant: Assistant) -> None:
    card = assistant.answer("wat is rosf").text
    assert "(Friesland, Drenthe, Groningen)" in card


def test_a_fieldlab_in_one_town_of_its_name_does_not_say_it_twice(
    assistant: Assistant,
) -> None:
    assert "Groningen (Groningen)" not in assistant.answer("wat is 5groningen").text


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("wie is de contactpersoon van SMITZH", "Een contactpersoon van SMITZH staat niet"),
        ("who is the contact person at RoboHouse?", "A contact person for RoboHouse is not"),
    ],
)
def test_a_contact_person_the_sources_do_not_name_is_said_to_be_unknown(
    assistant: Assistant, message: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert said in reply.text and not reply.confident


def test_a_contact_person_the_sources_name_is_given(assistant: Assistant) -> None:
    assert "Robin Burghard" in assistant.answer("wie is de contactpersoon van BOOST").text


def test_what_the_asker_tells_before_a_comma_is_what_the_question_points_at(
    assistant: Assistant,
) -> None:
    # "dat programma" is the Smart Industry the asker read about, as after a full stop
    reply = assistant.answer("Ik lees over Smart Industry, wie heeft dat programma opgericht?")
    assert reply.answered() == ("programme.founders",)


def test_a_source_called_mister_is_still_the_source_the_figure_is_from(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("hoeveel bedrijven moeten er volgens die meneer sol nog aan de slag")
    assert reply.answered() == ("results.reach",)


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("kan ik ergens terecht met smart maintenance", "fieldlabs.theme.onderhoud"),
        ("wat doen ze in woensdrecht", "fieldlabs.place.woensdrecht"),
        ("what do they do in Delft?", "fieldlabs.place.delft"),
    ],
)
def test_where_to_go_with_a_theme_or_what_they_do_in_a_town_lists_the_fieldlabs(
    assistant: Assistant, message: str, listed: str
) -> None:
    assert assistant.answer(message).answered() == (listed,)


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("vierhonderd dertig banen", "430 banen"),
        ("driehonderd zevenenzestig miljoen", "367 miljoen"),
        ("vier honderd dertig", "430"),
        ("zes of zeven fieldlabs", "6 of 7 fieldlabs"),
        ("tien twintig", "10 20"),
    ],
)
def test_a_dutch_number_dictated_in_parts_is_one_number(said: str, digits: str) -> None:
    assert numbers_as_digits(said) == digits


@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("Hoeveel gaf de provincie voor SMITZH-3?", "5,2 miljoen"),
        ("hoeveel kreeg smitzh van de MRDH?", "750.000"),
        ("how much did the MRDH give to SMITZH?", "750,000"),
    ],
)
def test_how_much_a_record_was_given_is_the_money_its_description_names(
    assistant: Assistant, message: str, figure: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ("hub.zuid-holland",) and figure in reply.text


def test_one_of_these_fieldlabs_is_any_of_them_not_a_count(assistant: Assistant) -> None:
    reply = assistant.answer("so how do i get involved in one of these field labs?")
    assert reply.answered() == ("fieldlabs.join",)


@pytest.mark.parametrize(
    ("message", "record"),
    [
        ("My boss keeps talking about SAM XL in Delft. what do they actually do there?",
         "fieldlab.samxl"),
        ("mijn collega heeft het steeds over RoboHouse, wat doen ze daar?", "fieldlab.robohouse"),
    ],
)  # fmt: skip
def test_who_keeps_talking_about_a_record_is_told_and_the_record_asked(
    assistant: Assistant, message: str, record: str
) -> None:
    assert assistant.answer(message).answered() == (record,)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Is Mona Keijzer still the state secretary today?", "What Mona Keijzer does today"),
        ("klopt het dat Sol nog steeds directeur is?", "Wat Egbert-Jan Sol nu doet"),
    ],
)
def test_what_a_person_does_today_is_said_to_be_unknown_before_what_they_did_then(
    assistant: Assistant, message: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert reply.text.startswith(said) and reply.entry is not None
    assert reply.entry.startswith("people.")


@pytest.mark.parametrize(
    "message",
    ["What's a fieldlab anyway, in one sentence", "wat is smart industry in 1 zin?"],
)
def test_a_question_asked_in_one_sentence_is_answered_in_one(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "answer" and reply.text.count(". ") == 0


def test_a_summary_asked_is_more_than_one_sentence(assistant: Assistant) -> None:
    reply = assistant.answer("Could you summarise the Dialogic evaluation of the programme?")
    assert reply.text.count(". ") >= 1


@pytest.mark.parametrize(
    "message",
    ["how much dough went into these fieldlabs?", "hoeveel poen is er in die fieldlabs gepompt?"],
)
def test_money_said_casually_is_money(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("results.investments",)


def test_something_on_a_theme_near_a_town_lists_the_fieldlabs_on_it(assistant: Assistant) -> None:
    reply = assistant.answer("is er iets voor lassen in de buurt van zaandam")
    assert reply.kind == "list" and "Smart Welding Factory" in reply.text
