"""Record names and fact questions as people really say them: names written down by ear
(voice-to-text, spelling by sound), letters said one by one, formal and precise questions
about the programme's figures and dates, and fields a record holds."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.text import rough_key, said_letters

# -- names written down by ear -------------------------------------------------------------


def test_a_name_and_its_hearing_share_a_rough_key() -> None:
    assert rough_key("technologies at it") == rough_key("Technologies Added")
    assert rough_key("bouw lap") == rough_key("BouwLab")
    assert rough_key("smits zh") == rough_key("SMITZH")


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("wat is technologies at it in emmen", "fieldlab.technologies-added"),
        ("wat is de bouw lap er en doe in haarlem", "fieldlab.bouwlab"),
        ("what is campy only from world class maintenance", "fieldlab.campione"),
        ("wat is de region of smart factorys", "fieldlab.rosf"),
        ("what does the dock optics centre do", "fieldlab.doc"),
        ("wat is de smid zee hub en waar zitten ze", "hub.zuid-holland"),
        ("wat is de website van smits zh", "hub.zuid-holland"),
        ("wat is de website van die boast hub in het oosten", "hub.oost"),
    ],
)
def test_a_record_name_misheard_by_voice_to_text_is_found(
    assistant: Assistant, question: str, record: str
) -> None:
    reply = assistant.answer(question)
    assert reply.confident
    assert record in reply.answered()


@pytest.mark.parametrize(
    "question",
    [
        "which hub for a company in almere",  # "company in" is not CAMPIONE
        "When was the Dialogic evaluation of Smart Industry sent to the Tweede Kamer?",
        "wat is de beste hub",  # "beste" is not BOOST
        "ik ben postdoc, wat doet die hub?",  # "postdoc" is one sound off BOOST, not spelled so
        "wij maken sauzen, is er een fieldlab voor ons?",  # "sauzen" is not Hub Zuid
        "a company we work with asked about a hub",  # "company we" is not CAMPIONE
    ],
)
def test_ordinary_words_are_not_taken_for_a_name_that_sounds_alike(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert not {"fieldlab.campione", "hub.zuid", "hub.oost"} & set(reply.answered())


def test_a_person_s_name_heard_as_two_words_is_the_person(assistant: Assistant) -> None:
    for question in ("wie is robin burg hart", "wie is robin burger hart"):
        assert "people.burghard" in assistant.answer(question).answered()


def test_two_everyday_words_are_no_rare_name_heard_in_two(assistant: Assistant) -> None:
    terms = assistant.matcher.analyzer.query_terms("we are a parts supplier", "en")
    assert all(t.term != "meedoen" for t in terms)
    assert (
        "fieldlab.samen"
        not in assistant.answer("ik zit in bergen op zoom en heb een vraag").answered()
    )


def test_a_source_heard_as_two_words_is_the_source(assistant: Assistant) -> None:
    reply = assistant.answer("wat zei die a logic nou over het smart industrie programma")
    assert "programme.evaluation" in reply.answered()


def test_letters_said_by_their_names_are_the_letters() -> None:
    assert said_letters("de tee en oo monitor".split(), 1) == ("tno", 4)
    assert said_letters("the tee and oh monitor".split(), 1) == ("tno", 4)
    assert said_letters("tee en koffie".split(), 0) is None


def test_an_organisation_said_letter_by_letter_is_the_organisation(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("what did the tee and oh monitor twenty twenty say about the hubs")
    assert reply.confident
    assert "results.monitor-2020" in reply.answered()


# -- formal and precise fact questions ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Op welke datum is de Actieagenda Smart Industry aan de minister aangeboden?",
        "On which date the Actieagenda Smart Industry was presented?",
    ],
)
def test_on_which_date_asks_when_and_finds_the_date(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert reply.confident
    assert "programme.actieagenda" in reply.answered()
    assert "2014" in reply.text


def test_ten_aanzien_van_is_regarding_not_the_number_ten(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Wat waren de belangrijkste conclusies van de TNO-monitoring 2020 ten aanzien van "
        "Fieldlabs versus Hubs?"
    )
    assert "results.monitor-2020" in reply.answered()


def test_according_without_to_still_names_the_source(assistant: Assistant) -> None:
    reply = assistant.answer(
        "How many companies are participating in the fieldlabs in 2020 according TNO?"
    )
    assert "results.companies" in reply.answered()
    assert "680" in reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Welke rol speelde Jan Post bij de oprichting van Hub Noord?", "people.post"),
        (
            "Who presented the results of the five Hubs at the opening of the 2019 Jaarevent?",
            "people.keijzer",
        ),
        (
            "wie zit er nou achter dat smart industry, is dat de overheid of de fme of allebei",
            "programme.founders",
        ),
    ],
)
def test_a_formal_or_chatty_way_of_asking_finds_its_entry(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert entry in assistant.answer(question).answered()


# -- what a record's own text holds --------------------------------------------------------


def test_an_amount_asked_of_a_hub_is_answered_from_its_own_description(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Hoeveel stelde de provincie Zuid-Holland beschikbaar voor de vervolgfase SMITZH-3?"
    )
    assert "hub.zuid-holland" in reply.answered()
    assert "5,2" in reply.text  # not "SMITZH is de Hub voor Zuid-Holland"


def test_what_the_region_contributed_to_a_hub_is_in_its_description(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Wat hebben de gemeente Den Haag en de MRDH bijgedragen aan SMITZH?")
    assert "750.000" in reply.text


def test_a_budget_for_a_year_the_record_never_names_is_not_answered_with_its_card(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Wat is het budget van de EDIH Noord Nederland voor 2025?")
    assert not reply.confident
    assert "hub.noord" not in reply.answered()


def test_a_mention_of_the_bot_is_not_part_of_the_question(assistant: Assistant) -> None:
    reply = assistant.answer("@bot hoeveel fieldlabs")
    assert "results.fieldlab-count" in reply.answered()


def test_number_of_is_a_count_not_a_place_or_organisation(assistant: Assistant) -> None:
    reply = assistant.answer("What is Dialogic evaluation telling about number of companies?")
    assert reply.confident
    assert "programme.evaluation" in reply.answered()


def test_ordinary_short_words_are_not_letters_of_a_name(assistant: Assistant) -> None:
    reply = assistant.answer("Welke Fieldlab is er in Dordrecht gevestigd?")
    assert "fieldlab.industrial-robotics" not in reply.answered()  # "is er" is not "IR"
    assert "Duurzaamheidsfabriek" in reply.text


def test_a_name_in_capitals_with_its_last_letters_said_by_name_is_found(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("is de smit zet hub nog actief of is dat gestopt")
    assert "hub.zuid-holland" in reply.answered()
    assert "EDIH" in reply.text


def test_a_rare_name_heard_as_a_common_word_is_the_name(assistant: Assistant) -> None:
    assert "people.burghard" in assistant.answer("who is robin burger from boost").answered()


def test_a_question_about_the_programme_is_not_taken_for_a_hub_said_by_ear(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("bestaat smart industry nog of is het opgevolgd door iets anders")
    assert "hub.oost" not in reply.answered()  # "bestaat smart industry" is not BOOST


def test_who_works_in_a_fieldlab_is_answered_from_its_own_description(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Which schools take part in Fieldlab Industrial Robotics?")
    assert reply.confident
    assert "Windesheim" in reply.text


@pytest.mark.parametrize(
    ("question", "entry", "fact"),
    [
        (
            "Who handed the Implementatieagenda to state secretary Keijzer, and at which event?",
            "programme.implementatieagenda",
            "Bussum",
        ),
        (
            "Van de vijfenvijftig ideeën uit de eerste call, hoeveel werden er geadopteerd?",
            "programme.actieagenda",
            "10",
        ),
    ],
)
def test_a_precise_question_about_the_programme_s_history_finds_its_fact(
    assistant: Assistant, question: str, entry: str, fact: str
) -> None:
    reply = assistant.answer(question)
    assert entry in reply.answered()
    assert fact in reply.text


def test_a_contribution_asked_in_another_verb_form_is_in_the_hub_s_description(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("hoeveel heeft EZK in 2018 aan SMITZH bijgedragen?")
    assert "hub.zuid-holland" in reply.answered()
    assert "700.000" in reply.text


def test_a_count_of_companies_institutes_and_governments_together_is_the_2020_count(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "In January 2020, how many companies, knowledge institutes and governments were "
        "working together in the fieldlabs?"
    )
    assert "results.companies" in reply.answered()
    assert "500" in reply.text


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("wat is een smart industrie hap en hoeveel zijn er van", "hubs.what"),
        ("welke smart industrie happs zijn er allemaal in nederland", "hubs.list"),
    ],
)
def test_hub_written_by_ear_is_a_hub(assistant: Assistant, question: str, entry: str) -> None:
    assert entry in assistant.answer(question).answered()


def test_a_reason_told_after_the_question_weighs_little(assistant: Assistant) -> None:
    reply = assistant.answer(
        "hoeveel banen hebben die fieldlabs nou opgeleverd want ik zie alleen maar kosten haha"
    )
    assert "results.jobs" in reply.answered()
    assert "430" in reply.text


def test_want_in_english_is_a_wish_not_a_reason(assistant: Assistant) -> None:
    reply = assistant.answer("how can I join a fieldlab, I want to test a cobot")
    assert "fieldlabs.join" in reply.answered()


def test_an_example_region_in_a_formal_question_keeps_its_topic(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Welke regionale actieagenda's zijn er binnen Smart Industry opgesteld, bijvoorbeeld "
        "in Oost-Nederland?"
    )
    assert "programme.regional-agendas" in reply.answered()


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Hoeveel fieldlabs werden er bij de start opgericht?", "Het eerste cijfer"),
        ("how many fieldlabs were there at the beginning?", "The earliest figure"),
    ],
)
def test_at_the_start_asks_for_the_earliest_figure(
    assistant: Assistant, question: str, lead: str
) -> None:
    reply = assistant.answer(question)
    assert reply.entry == "results.fieldlab-count"
    assert reply.text.startswith(lead) and "10" in reply.text
    assert ": begin 2015" in reply.text or ": the first" in reply.text.lower()


# -- a count a record's card does not hold ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["Hoeveel robots heeft RoboHouse staan?", "How many robots are there at RoboHouse?"],
)
def test_a_count_the_card_does_not_hold_is_not_answered_with_the_card(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert reply.declined
    assert "RoboHouse" in reply.text
    assert [link.entry for link in reply.alternatives] == ["fieldlab.robohouse"]


def test_a_count_the_card_holds_is_the_card_s_sentence(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel bedrijven heeft SMITZH bereikt?")
    assert reply.answered() == ("hub.zuid-holland",)
    assert "2.350" in reply.text or "2350" in reply.text
