"""What a new user tried at the start of round 22: a question about the weather or a hotel in a
town the Fieldlabs are in is outside what the bot does, the clock is no smalltalk, which
language to use is, and "zeker weten?" after one field of a card cites what that answer cited."""

from __future__ import annotations

import pytest
from conftest import talk

from bot.assistant import Assistant


@pytest.mark.parametrize(
    "message",
    [
        "wat is het weer morgen in eindhoven",
        "wordt het morgen droog in Delft?",
        "What is the weather in Delft tomorrow?",
        "Can you book me a hotel in Eindhoven?",
        "restaurants in enschede",
        # a town of two words, and everyday words the knowledge happens to know
        "wat voor weer wordt het morgen in Den Helder?",
        "hoe laat gaat de trein van Emmen naar Zwolle",
        "waar kan ik goed eten in Tilburg?",
        "weet je een goed restaurant in maastricht",
    ],
)
def test_an_everyday_question_about_a_fieldlab_town_is_out_of_scope(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).kind == "out_of_scope"


@pytest.mark.parametrize("message", ["welke fieldlabs zitten in Eindhoven?", "hub voor Enschede"])
def test_a_town_with_a_question_about_fieldlabs_or_hubs_is_still_answered(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).kind in ("answer", "list")


def test_asking_the_time_is_no_question_about_the_bot(assistant: Assistant) -> None:
    assert assistant.answer("what time is it").kind == "out_of_scope"


@pytest.mark.parametrize(
    "message",
    [
        "In welke taal kan ik de bot gebruiken?",
        "what language do you speak?",
        "which language should I use?",
    ],
)
def test_which_language_to_use_is_the_language_smalltalk(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.language",)


def test_the_language_of_a_report_is_no_question_to_the_bot(assistant: Assistant) -> None:
    assert assistant.answer("in welke taal is het rapport van Dialogic?").kind != "smalltalk"


def test_sources_after_a_field_are_the_ones_that_answer_cited(assistant: Assistant) -> None:
    _, after_field = talk(assistant, "wat is de website van SMITZH?", "zeker weten?")
    _, after_card = talk(assistant, "wat is SMITZH?", "zeker weten?")
    assert 0 < after_field.text.count("•") < after_card.text.count("•")


@pytest.mark.parametrize(
    "message", ["Welke fieldlabs zijn er in het zuiden?", "fieldlabs in Zuid-Nederland?"]
)
def test_the_fieldlabs_of_the_south_are_those_in_its_provinces(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "list"
    assert "SPARK" in reply.text
    assert "Flexible Manufacturing" in reply.text


def test_a_story_before_a_question_about_those_hubs_is_no_subject_of_it(
    assistant: Assistant,
) -> None:
    message = (
        "Goedendag, mijn vrouw las in de krant over Smart Industry Hubs. "
        "Hoeveel van die hubs zijn er in Nederland?"
    )
    reply = assistant.answer(message)
    assert "hubs.what" in reply.answered()
    assert "vijf" in reply.text


def test_a_question_word_said_last_asks_the_same_of_another_part(assistant: Assistant) -> None:
    reply = assistant.answer("wie heeft het programma opgezet en wanneer?")
    assert reply.answered() == ("programme.founders", "programme.start")


@pytest.mark.parametrize(
    "message", ["Welke bronnen gebruik je?", "where do you get your information from?"]
)
def test_where_the_bot_gets_its_knowledge_is_who_it_is(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.who",)


def test_a_question_about_a_figure_it_names_gets_that_figure_and_its_source(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Wat is de bron voor 240 miljoen?")
    assert reply.answered() == ("results.investments",)
    assert "240" in reply.text and "367" not in reply.text
    assert [s.publisher for s in reply.sources] == ["TNO"]


def test_a_claimed_figure_still_gets_the_newer_one(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat er 240 miljoen is geïnvesteerd?")
    assert "367" in reply.text


def test_a_figure_named_with_its_kind_finds_its_entry_past_the_publication_that_gave_it(
    assistant: Assistant,
) -> None:
    assert assistant.answer("waar komt die 430 banen vandaan?").answered() == ("results.jobs",)


def test_two_questions_do_not_suggest_what_the_reply_already_answers(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Klopt het dat er in 2030 heel veel extra technische mensen nodig zijn? Hoeveel precies?"
    )
    assert "results.workforce" in reply.answered()
    assert "results.workforce" not in [a.entry for a in reply.alternatives]
    assert "niet zeker" not in reply.text


def test_a_narrow_question_that_names_a_record_gets_the_sentence_that_answers_it(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Wie lanceerde het Fieldlab Sociale Innovatie?")
    assert reply.answered() == ("fieldlab.sociale-innovatie",)
    assert "Asscher" in reply.text
    assert "Regio:" not in reply.text  # not the whole card


def test_what_a_record_is_still_gets_its_card(assistant: Assistant) -> None:
    assert "Regio:" in assistant.answer("Wat is het Fieldlab Sociale Innovatie?").text


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wat is smart industry in simpel nederlands pls", "programme.what"),
        ("wat is een fieldlab, explain like im 5", "fieldlabs.what"),
        ("So what exactly is this Smart Industry thing?", "programme.what"),
        ("hee fieldbot wat is een field lab eigenlijk punt", "fieldlabs.what"),
    ],
)
def test_how_the_answer_should_be_said_or_punctuation_said_aloud_is_not_the_topic(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_guesses_after_a_question_are_no_question_of_their_own(assistant: Assistant) -> None:
    reply = assistant.answer("Who's actually behind the program? Government, industry, both?")
    assert reply.answered() == ("programme.founders",)


def test_the_word_punt_inside_a_sentence_stays_a_word(assistant: Assistant) -> None:
    assert assistant.answer("het punt is dat ik geen tijd heb").kind != "answer"


def test_a_claimed_founding_year_is_no_question_who_leads(assistant: Assistant) -> None:
    reply = assistant.answer("is SMITZH in 2019 opgericht?")
    assert reply.answered() == ("hub.zuid-holland",)
    assert "2017" in reply.text


def test_the_weather_after_an_answer_about_a_town_is_still_out_of_scope(
    assistant: Assistant,
) -> None:
    _, weather = talk(
        assistant, "waar zitten RoboHouse en SAM|XL?", "wat is het weer morgen in Delft?"
    )
    assert weather.kind == "out_of_scope"


def test_het_as_the_subject_still_points_back(assistant: Assistant) -> None:
    _, when = talk(assistant, "wat is SPARK?", "wanneer is het gestart?")
    assert when.answered() == ("fieldlab.spark",)


def test_where_to_go_for_advice_after_a_town_is_its_hub(assistant: Assistant) -> None:
    reply, context = assistant.converse("ik zit in groningen welke field labs zijn hier", None)
    reply, _ = assistant.converse("en waar kan ik heen voor advies", context)
    assert reply.entry == "hub.noord"


def test_here_after_a_town_without_a_fieldlab_says_so_and_names_its_hub(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Ik zit in Hengelo. Is hier een fieldlab?")
    assert "geen Fieldlab in Hengelo" in reply.text and "BOOST" in reply.text
