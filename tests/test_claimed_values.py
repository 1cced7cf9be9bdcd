"""A claim with a wrong or extra value (a year, a place, a name, a post, a number) finds
its topic with the value set aside, and is answered "Ja."/"Nee, …" against the sentence
of the answer that speaks of it; no verdict where the answer says nothing of that value."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.claims import set_aside, values_in
from bot.directory import DirectoryIndex
from bot.knowledge import KnowledgeBase
from bot.text import tokens
from bot.understanding.confirming import checks_a_claim, is_claim

NO = ("Nee, volgens mijn bronnen niet.", "No, not according to my sources.")
YES = ("Ja.", "Yes.")


# -- recognising a claim ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Klopt het dat het Jaarevent van 2019 in Utrecht was?",
        "Is it true that smart industry started in 2019?",
        "Were the Smart Industry Hubs announced in 2016?",
        "Marloes Telgenhof works for BOOST, right?",
        "Mona Keijzer was toch minister van Onderwijs?",
        "I heard twenty fieldlabs spoke in that video",
    ],
)
def test_a_claim_is_recognised_by_its_form(message: str) -> None:
    assert is_claim(message)


@pytest.mark.parametrize(
    "message",
    [
        "Wanneer was het Jaarevent van 2019?",
        "zijn er fieldlabs in utrecht",
        "is there a fieldlab in Delft?",
        "ik wil toch weten wat fieldlab 3 doet",
    ],
)
def test_a_question_that_claims_nothing_is_no_claim(message: str) -> None:
    assert not is_claim(message)


@pytest.mark.parametrize(
    "message",
    ["hoeveel fieldlabs zijn er, 47 klopt dat?", "how many hubs are there, five right?"],
)
def test_asking_to_confirm_beside_a_question_word_checks_a_figure_but_claims_no_value(
    message: str,
) -> None:
    # The figure checker reads the words that ask to confirm; the value checker also wants
    # no question word, which asks the fact itself. Both read them in one place.
    assert checks_a_claim(message)
    assert not is_claim(message)


def test_the_claimed_values_are_typed_and_set_aside(knowledge: KnowledgeBase) -> None:
    directory = DirectoryIndex(knowledge)
    words = tokens("het jaarevent in utrecht was")
    values = values_in(words, frozenset({"utrecht"}), 2019, directory, frozenset(), 2026)
    assert {v.kind for v in values} == {"year", "place"}
    assert set_aside(words, values, "nl") == "het jaarevent in was"
    assert set_aside(words, values, "nl", keep_years=True) == "het jaarevent in was 2019"


def test_a_claimed_number_asks_how_many_of_what_it_counts(knowledge: KnowledgeBase) -> None:
    words = tokens("there are 74 fieldlabs")
    values = values_in(words, frozenset(), None, DirectoryIndex(knowledge), frozenset(), 2026)
    assert set_aside(words, values, "en") == "how many fieldlabs there are"


def test_a_year_still_to_come_is_no_claimed_value(knowledge: KnowledgeBase) -> None:
    words = tokens("new funding in 2028")
    values = values_in(words, frozenset(), 2028, DirectoryIndex(knowledge), frozenset(), 2026)
    assert not values


# -- a year --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Were the Smart Industry Hubs announced in 2016?",
        "Klopt het dat de Hubs in 2016 werden aangekondigd?",
    ],
)
def test_a_wrong_year_gets_no_and_the_year_of_the_sources(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "hubs.announced"
    assert reply.text.startswith(NO)
    assert "2018" in reply.text


def test_the_right_year_gets_yes(assistant: Assistant) -> None:
    reply = assistant.answer("Were the Smart Industry Hubs announced in 2018?")
    assert reply.entry == "hubs.announced"
    assert reply.text.startswith("Yes.")


def test_a_wrong_date_of_the_action_agenda_gets_no(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Is de Actieagenda Smart Industry echt op 11 november 2016 aangeboden?"
    )
    assert reply.entry == "programme.actieagenda"
    assert reply.text.startswith("Nee,")
    assert "2014" in reply.text


def test_a_claim_about_a_year_to_come_gets_no_verdict(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Is it true that the Smart Industry programme will get new funding in 2028?"
    )
    assert not reply.text.startswith(NO + YES)


# -- a place -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Klopt het dat het Jaarevent van 2019 in Utrecht was?", "nl"),
        ("Was the 2019 Smart Industry annual event held in Rotterdam?", "en"),
    ],
)
def test_a_wrong_place_gets_no_and_the_place_of_the_sources(
    assistant: Assistant, message: str, lang: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "jaarevent.2019"
    assert reply.text.startswith(NO[0] if lang == "nl" else NO[1])
    assert "Hilversum" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Klopt het dat het Jaarevent van 2019 in Hilversum was?",
        "Was the 2019 Smart Industry annual event in Hilversum?",
    ],
)
def test_the_right_place_gets_yes(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "jaarevent.2019"
    assert reply.text.startswith(YES)


# -- an organisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Marloes Telgenhof works for BOOST, right?",
        "Klopt het dat Marloes Telgenhof voor BOOST werkt?",
    ],
)
def test_a_person_claimed_of_the_wrong_hub_gets_no_and_her_hub(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "people.telgenhof"
    assert reply.text.startswith(NO)
    assert "Noord" in reply.text


def test_a_person_of_the_right_hub_gets_yes(assistant: Assistant) -> None:
    reply = assistant.answer("Marloes Telgenhof is process coordinator of Hub Noord, right?")
    assert reply.entry == "people.telgenhof"
    assert reply.text.startswith("Yes.")


@pytest.mark.parametrize(
    "message",
    [
        "Was Ineke Dezentjé Hamming-Bluemink the chair of VNO-NCW?",
        "Was Ineke Dezentjé Hamming-Bluemink voorzitter van VNO-NCW?",
    ],
)
def test_the_wrong_organisation_of_a_post_gets_no(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "people.dezentje"
    assert reply.text.startswith(NO)
    assert "FME" in reply.text


def test_an_organisation_the_answer_does_not_name_gets_no_yes(assistant: Assistant) -> None:
    # He was a director at TNO: "directeur" holds, the KvK does not.
    reply = assistant.answer("Klopt het dat Egbert-Jan Sol directeur van de KvK is?")
    assert reply.entry == "people.sol"
    assert not reply.text.startswith("Ja.")


# -- a post --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Is Marloes Telgenhof the director of Hub Noord?",
        "Mona Keijzer was toch minister van Onderwijs?",
    ],
)
def test_the_wrong_post_gets_no(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.entry is not None and reply.entry.startswith("people.")
    assert reply.text.startswith(NO)


@pytest.mark.parametrize(
    "message",
    [
        "Is Robin Burghard projectleider van BOOST?",
        "Is Marloes Telgenhof the process coordinator of Hub Noord?",
    ],
)
def test_the_right_post_gets_yes(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.text.startswith(YES)


# -- a number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("Someone told me there are 74 fieldlabs according to Dialogic. Can that be right?", "47"),
        ("Iemand zei dat er 74 fieldlabs zijn volgens Dialogic, klopt dat?", "47"),
    ],
)
def test_a_wrong_count_is_found_as_the_count_and_gets_no(
    assistant: Assistant, message: str, figure: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "results.fieldlab-count"
    assert reply.text.startswith(NO)
    assert figure in reply.text


# -- no verdict, no wrong entry ------------------------------------------------------------


def test_a_claim_without_a_typed_value_is_answered_without_verdict(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Is het waar dat Smart Industry alleen door de overheid is opgezet, zonder bedrijfsleven?"
    )
    assert reply.entry == "programme.founders"
    assert "VNO-NCW" in reply.text
    assert not reply.text.startswith(NO + YES)


@pytest.mark.parametrize(
    "message",
    [
        "Klopt het dat Philips Drachten 2000 mensen in dienst heeft?",
        "Is it true that goldfish have a three-second memory?",
        "zijn er fieldlabs in utrecht",
        "Heeft Hub Zuid een website?",
    ],
)
def test_a_claim_of_what_the_knowledge_does_not_hold_pulls_no_entry(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.declined
    assert not reply.text.startswith(NO + YES)


def test_what_a_person_said_is_not_a_claim_about_the_person(assistant: Assistant) -> None:
    reply = assistant.answer("Egbert-Jan Sol zei toch dat nog 3000 bedrijven aan de slag moesten?")
    assert reply.entry != "people.sol"


@pytest.mark.parametrize(
    "message",
    [
        "I heard twenty fieldlabs spoke in that video at the annual event. Is that right?",
        "Ik hoorde dat er twintig fieldlabs in de video op het jaarevent spraken. Klopt dat?",
    ],
)
def test_a_count_is_checked_against_the_answer_that_counts_the_same(
    assistant: Assistant, message: str
) -> None:
    # Twelve Fieldlabs spoke in the video: not the 47 of the whole programme.
    reply = assistant.answer(message)
    assert reply.entry == "video.fieldlabs"
    assert reply.text.startswith(NO)


# -- a tag on a sentence of its own ----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "In de Implementatieagenda stond dat we voor 2030 twaalfduizend nieuwe medewerkers "
        "nodig hebben. Klopt dat getal?",
        "I heard Robin Burghard is the project leader of BOOST. True?",
    ],
)
def test_a_tag_sentence_confirms_the_sentence_before(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "answer"
    assert reply.text.startswith(NO + YES)


def test_a_value_the_answer_gives_elsewhere_is_not_denied(assistant: Assistant) -> None:
    # The sentence most like the claim says 2015-2020; the report itself is of 2021.
    reply = assistant.answer("Klopt het dat de Dialogic evaluatie in 2021 verscheen?")
    assert reply.entry == "programme.evaluation"
    assert not reply.text.startswith("Nee,")


def test_a_claimed_kind_of_a_figure_must_be_the_kind_the_answer_counts(
    assistant: Assistant,
) -> None:
    assert assistant.answer("Klopt het dat er 430 indirecte banen zijn ontstaan?").text.startswith(
        "Nee"
    )
    assert assistant.answer("Klopt het dat er 430 directe banen zijn ontstaan?").text.startswith(
        "Ja"
    )


# -- a person claimed by a post, a year the answer does not speak of ---------------------------


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Was it minister Kamp who spoke about the hubs at the 2019 Jaarevent?", "en"),
        ("Was het minister Kamp die het Jaarevent 2019 opende?", "nl"),
    ],
)
def test_a_person_claimed_by_the_wrong_post_gets_no_and_who_it_was(
    assistant: Assistant, message: str, lang: str
) -> None:
    reply = assistant.answer(message)
    assert reply.text.startswith(NO[0] if lang == "nl" else NO[1])
    assert "Mona Keijzer" in reply.text


def test_a_post_held_by_someone_else_in_the_answer_is_no_yes(assistant: Assistant) -> None:
    # The answer says "staatssecretaris Mona Keijzer" and "minister Kamp": not his post.
    reply = assistant.answer("Was Kamp staatssecretaris?")
    assert not reply.text.startswith(YES)


def test_a_cleft_sentence_is_a_claim() -> None:
    assert is_claim("Was it minister Kamp who opened the event?")
    assert is_claim("Was het Kamp die het Jaarevent opende?")


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("Did the programme start in 2010?", "en"),
        ("Is Smart Industry in 2010 begonnen?", "nl"),
    ],
)
def test_a_wrong_start_year_gets_no_and_the_start_dates_of_the_sources(
    assistant: Assistant, message: str, lang: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "programme.start"
    assert reply.text.startswith(NO[0] if lang == "nl" else NO[1])
    assert "2014" in reply.text and "2015" in reply.text


# -- "the first", a figure no source gives -------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("Was RoboHouse the first fieldlab?", "My sources do not say it was the first."),
        ("Was RoboHouse het eerste fieldlab?", "Dat het de eerste was, staat zo niet in mijn"),
    ],
)
def test_the_first_claimed_of_a_fieldlab_is_no_yes_and_says_when_the_first_ones_started(
    assistant: Assistant, message: str, lead: str
) -> None:
    reply = assistant.answer(message)
    assert reply.text.startswith(lead)
    assert "2015" in reply.text


@pytest.mark.parametrize(
    "message",
    ["Klopt het dat CAMPIONE het eerste fieldlab was?", "Was CAMPIONE the frist fieldlab?"],
)
def test_the_first_claimed_of_a_fieldlab_gives_what_its_own_source_says(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert not reply.text.startswith(YES)
    assert "World Class Maintenance" in reply.text


def test_a_figure_no_source_gives_is_said_to_be_missing(assistant: Assistant) -> None:
    reply = assistant.answer("Did the hubs help 10,000 SMEs in 2019?")
    assert reply.text.startswith("My sources do not give that figure.")


@pytest.mark.parametrize(
    "message",
    [
        "Did the hubs help 10,000 SMEs in 2019?",
        "Hebben de Hubs in 2019 10.000 mkb-bedrijven geholpen?",
        "Helpen de hubs 10000 ondernemers met digitalisering?",
    ],
)
def test_a_figure_no_source_gives_gets_no_yes(assistant: Assistant, message: str) -> None:
    assert not assistant.answer(message).text.startswith(YES)
