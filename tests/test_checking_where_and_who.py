"""Checking a claim about where a Fieldlab or Hub is, and about who gave a figure; plain
words that are no misspelt place."""

from __future__ import annotations

import pytest
from conftest import talk

from bot import texts
from bot.assistant import Assistant
from bot.understanding import read
from bot.understanding.numbers import numbers_as_digits

# -- where a record is ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Klopt het dat SPARK in Eindhoven zit?",
        "zit SPARK in Eindhoven?",
        "SPARK is in Eindhoven, right?",
    ],
)
def test_a_fieldlab_claimed_in_the_wrong_town_gets_no_and_its_card(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "fieldlab.spark"
    assert reply.text.startswith(("Nee,", "No,"))
    assert "'s-Hertogenbosch" in reply.text


def test_a_fieldlab_in_the_town_it_is_in_gets_yes(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat RoboHouse in Delft zit")
    assert reply.entry == "fieldlab.robohouse"
    assert reply.text.startswith("Ja.")


def test_a_hub_in_a_province_it_covers_gets_yes(assistant: Assistant) -> None:
    reply = assistant.answer("is BOOST in Gelderland?")
    assert reply.entry == "hub.oost"
    assert reply.text.startswith("Ja.")


def test_a_town_in_the_province_of_a_fieldlab_whose_town_is_not_known_gets_no_no(
    assistant: Assistant,
) -> None:
    # The sources give RAMLAB's province only: Rotterdam is neither confirmed nor denied.
    reply = assistant.answer("is RAMLAB in Rotterdam?")
    assert reply.entry == "fieldlab.ramlab"
    assert not reply.text.startswith(("Nee,", "No,", "Ja.", "Yes."))
    assert "Zuid-Holland" in reply.text


def test_a_town_outside_the_province_of_a_fieldlab_still_gets_no(assistant: Assistant) -> None:
    assert assistant.answer("is RAMLAB in Groningen?").text.startswith(("Nee,", "No,"))


@pytest.mark.parametrize(
    "message",
    [
        "Is Smart Industry the same as Industrie 4.0?",
        "is smart industry hetzelfde als industrie 4.0",
    ],
)
def test_a_version_name_is_no_figure_claimed(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert texts.text("claim_figure_absent", reply.language) not in reply.text


def test_a_question_about_more_than_the_place_gets_no_verdict(assistant: Assistant) -> None:
    reply = assistant.answer("zit er bij SPARK in Den Bosch ook iets met robots?")
    assert not reply.text.startswith(("Ja.", "Nee,"))


def test_a_tag_question_makes_the_statement_the_question(assistant: Assistant) -> None:
    reply = assistant.answer("er zijn 47 fieldlabs, right?")
    assert reply.entry == "results.fieldlab-count"
    assert reply.text.startswith("Ja.")


# -- who gave a figure -----------------------------------------------------------------------


def test_a_figure_claimed_for_the_wrong_source_gets_no(assistant: Assistant) -> None:
    reply = assistant.answer("Is it true that Dialogic counted 680 companies?")
    assert reply.text.startswith("No,")
    assert "550" in reply.text


def test_the_figure_of_the_named_source_gets_yes(assistant: Assistant) -> None:
    reply = assistant.answer("Klopt het dat Dialogic 550 bedrijven telde?")
    assert reply.text.startswith("Ja.")


# -- plain words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "wat is dat eigenlijk, een fieldlab, in gewone woorden",
        "what's a fieldlab in plain english?",
        "Kindly explain what is a fieldlab, in simple words.",
    ],
)
def test_in_plain_words_asks_how_to_say_it_not_about_woerden(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "fieldlabs.what"
    assert "Woerden" not in reply.text


def test_a_misspelt_town_is_still_found(assistant: Assistant) -> None:
    reply = assistant.answer("ik zit in Enschde, welke hub?")
    assert reply.entry == "hub.oost"


def test_a_hub_claimed_for_another_region_gets_no(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat BOOST de hub voor Noord-Nederland is?")
    assert reply.entry == "hub.oost"
    assert reply.text.startswith("Nee,")
    assert "Oost-Nederland" in reply.text


# -- the language of a question --------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Which fieldlab is in Harderwijk?",
        "website of the BOOST hub?",
        "Is LIOF one of the partners of Smart Industry Hub Zuid?",
    ],
)
def test_words_of_both_languages_and_place_names_do_not_make_english_dutch(
    assistant: Assistant, message: str
) -> None:
    assert assistant.language_of(message) == "en"


def test_dutch_with_words_of_both_languages_stays_dutch(assistant: Assistant) -> None:
    assert assistant.language_of("is er in Harderwijk ook een fieldlab?") == "nl"


# -- when something started ----------------------------------------------------------------


def test_a_claimed_start_year_the_sources_do_not_give_gets_no_and_the_real_start(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Klopt het dat Smart Industry in 2010 is gestart?")
    assert reply.entry == "programme.start"
    assert reply.text.startswith("Nee,")
    assert "2014" in reply.text


def test_a_year_asked_without_a_claim_still_says_it_is_not_known(assistant: Assistant) -> None:
    reply = assistant.answer("wat gebeurde er in 2010 met smart industry")
    assert not reply.text.startswith("Nee,")


# -- numbers said aloud ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("vier honderd dertig banen", "430 banen"),
        ("in twee duizend negentien", "in 2019"),
        ("twee honderd veertig miljoen", "240 miljoen"),
        ("tussen de tien en twintig fieldlabs", "tussen de 10 en 20 fieldlabs"),
    ],
)
def test_a_dutch_number_typed_as_separate_words_is_one_number(said: str, digits: str) -> None:
    assert numbers_as_digits(said) == digits


def test_a_claim_said_aloud_is_checked(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat er vier honderd dertig banen zijn bijgekomen")
    assert reply.entry == "results.jobs"
    assert reply.text.startswith("Ja.")


# -- who someone is ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "person", "truth"),
    [
        ("Klopt het dat Egbert-Jan Sol directeur van de KvK is?", "people.sol", "TNO"),
        ("Is het waar dat Mona Keijzer staatssecretaris van OCW was?", "people.keijzer", "EZK"),
    ],
)
def test_a_wrong_role_claimed_for_a_person_gets_who_they_are(
    assistant: Assistant, message: str, person: str, truth: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == person
    assert truth in reply.text


def test_a_claimed_salary_is_still_not_known(assistant: Assistant) -> None:
    assert assistant.answer("klopt het dat mona keijzer 10000 euro verdient").declined


def test_an_answers_own_yes_is_not_said_to_a_claim(assistant: Assistant) -> None:
    reply = assistant.answer("Klopt het dat Berenschot Smart Industry in 2021 evalueerde?")
    assert reply.entry == "programme.evaluation"
    assert not reply.text.startswith("Ja")
    assert "Dialogic" in reply.text


# -- short follow-ups ------------------------------------------------------------------------


def test_are_you_sure_after_an_answer_gives_its_sources(assistant: Assistant) -> None:
    replies = talk(assistant, "hoeveel banen", "zeker weten?")
    assert replies[1].entry == "results.jobs"
    assert "TNO" in replies[1].text


def test_according_to_whom_after_a_figure_gives_its_sources(assistant: Assistant) -> None:
    replies = talk(assistant, "hoeveel fieldlabs zijn er", "volgens wie")
    assert replies[1].entry == "results.fieldlab-count"


def test_until_when_is_no_goodbye(assistant: Assistant) -> None:
    assert assistant.answer("tot wanneer").kind != "smalltalk"
    assert assistant.answer("tot ziens").kind == "smalltalk"


def test_the_probable_hub_of_a_province_is_what_the_next_question_is_about(
    assistant: Assistant,
) -> None:
    replies = talk(assistant, "Welke hub is er voor Zeeland?", "wie voert daar de coördinatie")
    assert "niet vast" in replies[0].text  # still honest that it is not confirmed
    assert replies[1].entry == "hub.zuid"
    assert "BOM" in replies[1].text


def test_a_count_claimed_for_a_hub_is_checked_against_its_card(assistant: Assistant) -> None:
    wrong = assistant.answer("Klopt het dat SMITZH 5000 bedrijven bereikte?")
    right = assistant.answer("klopt het dat SMITZH 2350 bedrijven bereikte")
    assert wrong.text.startswith("Nee,")
    assert right.text.startswith("Ja.")


def test_a_claim_on_a_card_that_counts_nothing_of_it_gets_no_verdict(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat robohouse 3 fieldlabs heeft")
    assert not reply.text.startswith(("Ja.", "Nee,"))


def test_how_much_percent_after_the_subsidy_is_its_share(assistant: Assistant) -> None:
    replies = talk(assistant, "can companies get subsidy for a fieldlab?", "how much percent?")
    assert replies[1].entry == "programme.subsidy"
    assert "60%" in replies[1].text
    assert "closed" not in replies[1].text  # only the sentence that gives the share


def test_a_kind_of_figure_the_last_answer_does_not_state_is_no_follow_up(
    assistant: Assistant,
) -> None:
    replies = talk(assistant, "hoeveel banen", "hoeveel procent")
    assert replies[1].entry != "results.jobs"


def test_a_demonstrative_with_its_own_noun_is_read_on_its_own(assistant: Assistant) -> None:
    replies = talk(
        assistant,
        "Volgens de Dialogic-evaluatie is 500 miljoen geïnvesteerd, klopt dat?",
        "wanneer is die evaluatie naar de Kamer gegaan",
    )
    assert replies[1].entry == "programme.evaluation"
    assert "2021" in replies[1].text


def test_which_period_after_a_figure_over_years_gives_those_years(assistant: Assistant) -> None:
    replies = talk(assistant, "hoeveel is er geinvesteerd in de fieldlabs", "welke periode")
    assert replies[1].entry == "results.investments"
    assert "2015–2019" in replies[1].text


# -- lists of questions ------------------------------------------------------------------------


def test_each_item_of_a_numbered_list_is_a_question() -> None:
    reading = read(
        "Twee vragen: 1) hoe kan mijn klant instappen bij een Fieldlab, 2) welke Hub is "
        "voor Limburg het aanspreekpunt?"
    )
    assert [c.text for c in reading.clauses][-2:] == [
        "hoe kan mijn klant instappen bij een fieldlab",
        "welke hub is voor limburg het aanspreekpunt",
    ]


def test_each_bullet_of_a_list_is_answered(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Even checken voor een stakeholder map: - wie zitten in de coalitie achter Smart "
        "Industry - wat is de rol van Egbert-Jan Sol"
    )
    assert {"programme.founders", "people.sol"} <= set(reply.answered())


def test_one_dash_or_one_number_is_no_list() -> None:
    assert len(read("Hub Noord - Groningen?").clauses) == 1


def test_a_letters_close_after_thanks_is_no_goodbye(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Hartelijk dank voor uw uitgebreide antwoord, daar kan ik mee verder. "
        "Met vriendelijke groet"
    )
    assert reply.entry == "smalltalk.thanks"
    assert assistant.answer("Met vriendelijke groet").entry == "smalltalk.goodbye"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hoeveel fieldlabs zijn t er nu eig", "results.fieldlab-count"),
        ("hoeveel hubs zijn er eig?? 🤷", "hubs.what"),
        ("k wil ff weten wat een fieldlab is", "fieldlabs.what"),
    ],
)
def test_dutch_chat_shorthand_is_read(assistant: Assistant, message: str, entry: str) -> None:
    assert assistant.answer(message).entry == entry


def test_a_name_spelled_letter_by_letter_keeps_its_t() -> None:
    assert "tno" in read("hoeveel fieldlabs volgens t n o in 2020").clauses[0].said


@pytest.mark.parametrize("message", ["who leads hub noord-west", "wie leidt hub noord-west?"])
def test_a_hub_named_by_two_directions_is_not_the_hub_of_one(
    assistant: Assistant, message: str
) -> None:
    # "Hub Noord-West" is no Hub of the sources: Hub Noord's people are not its leaders.
    assert "hub.noord" not in assistant.answer(message).answered()
