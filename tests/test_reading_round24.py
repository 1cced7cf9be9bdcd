"""What fresh writers' messages showed in round 24: "ten tijde van" after a date, the
bot's help and languages asked in new words, leave-taking without "ik", thanks before
praise, a Hub's name as speech-to-text writes it, and the weather in a town."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding import numbers_as_digits, read


def test_at_the_time_of_after_a_date_is_the_date_again(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Hoeveel Fieldlabs waren er in februari 2018, ten tijde van de Implementatieagenda?"
    )
    assert reply.answered() == ("results.fieldlab-count",)
    assert "32" in reply.text


def test_dutch_ten_is_no_number(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs waren er ten tijde van februari 2018")
    assert "10" not in reply.text.split(".")[0]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wat kan je allemaal, ff kort", "smalltalk.help"),
        ("What sort of questions are you able to handle?", "smalltalk.help"),
        ("Dien ik mijn vraag op een bepaalde wijze te formuleren?", "smalltalk.help"),
        ("Mag ik gewoon mixen, beetje Nederlands beetje English?", "smalltalk.language"),
        ("mot weer aan t werk. doei", "smalltalk.goodbye"),
        ("das niet goed wat je zegt", "smalltalk.feedback"),
        ("love this bot tbh", "smalltalk.feedback"),
    ],
)
def test_smalltalk_in_new_words(assistant: Assistant, message: str, entry: str) -> None:
    assert assistant.answer(message).answered() == (entry,)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("great bot thanks", "smalltalk.thanks"),
        ("Dankjewel!! Super helpful", "smalltalk.thanks"),
        ("thanks. but that is wrong", "smalltalk.feedback"),
    ],
)
def test_praise_or_a_complaint_with_thanks_is_feedback_and_thanks(
    assistant: Assistant, message: str, shown: str
) -> None:
    # (round 30: both are taken in; a complaint gets the reply to feedback)
    reply = assistant.answer(message)
    assert set(reply.answered()) == {"smalltalk.thanks", "smalltalk.feedback"}
    assert reply.entry == shown


def test_smitzh_as_speech_to_text_writes_it(assistant: Assistant) -> None:
    reply = assistant.answer("is smits eigenlijk nog actief of zijn ze gestopt")
    assert reply.answered() == ("hub.zuid-holland",)


def test_the_weather_in_a_town_is_out_of_scope(assistant: Assistant) -> None:
    assert assistant.answer("gaat het straks regenen in delft").kind == "out_of_scope"


def test_a_firm_in_a_town_still_gets_its_hub(assistant: Assistant) -> None:
    assert assistant.answer("wij maken kozijnen in delft").answered() == ("hub.zuid-holland",)


def test_a_choice_between_two_gets_no_yes(assistant: Assistant) -> None:
    reply = assistant.answer("should we wait or get started?")
    assert reply.answered() == ("video.fieldlabs",)
    assert not reply.text.startswith("Yes")


def test_a_yes_no_question_keeps_its_yes(assistant: Assistant) -> None:
    assert assistant.answer("is er een video over de fieldlabs?").text.startswith("Ja")


def test_wait_before_a_question_is_a_pause_not_the_topic(assistant: Assistant) -> None:
    assert assistant.answer("wait, how many jobs?").answered() == ("results.jobs",)


def test_who_started_it_asks_the_founders_not_the_start(assistant: Assistant) -> None:
    reply = assistant.answer("who has started the Smart Industry programme")
    assert reply.answered() == ("programme.founders",)


def test_when_it_started_still_asks_the_start(assistant: Assistant) -> None:
    reply = assistant.answer("when did the smart industry programme start")
    assert reply.answered() == ("programme.start",)


def test_to_whom_rates_nothing(assistant: Assistant) -> None:
    assert "smalltalk.feedback" not in assistant.answer("Handed to whom?").answered()


def test_a_word_of_an_answer_counts_though_other_phrasings_have_it(
    assistant: Assistant,
) -> None:
    # "Hilversum" and "Keijzer" are in the event's answer; other entries are asked by them
    reply = assistant.answer("what did keijzer say at the event in hilversum")
    assert reply.answered() == ("jaarevent.2019",)


def test_a_word_many_entries_are_asked_by_is_no_such_evidence(assistant: Assistant) -> None:
    assert "results.jobs" not in assistant.answer("How many employees does TNO have?").answered()


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("30 duizend bedrijven", "30000 bedrijven"),
        ("120 thousand workers", "120000 workers"),
        ("honderdtwintig duizend", "120000"),
        ("in 2019 duizend bedrijven", "in 2019 1000 bedrijven"),
    ],
)
def test_so_many_thousands_is_one_number(said: str, digits: str) -> None:
    assert numbers_as_digits(said) == digits


def test_doubt_about_a_name_is_no_part_of_the_question(assistant: Assistant) -> None:
    reply = assistant.answer("dezentje of hoe je het schrijft, wie is dat")
    assert reply.answered() == ("people.dezentje",)


def test_where_the_asker_looked_is_no_question(assistant: Assistant) -> None:
    reply = assistant.answer("website van hub noord?? kan t niet vinden")
    assert reply.answered() == ()
    assert "Hub Noord" in reply.text


def test_a_real_word_is_no_typo_of_a_known_one(assistant: Assistant) -> None:
    reply = assistant.answer("Liverpool v Arsenal on Saturday, any prediction?")
    assert reply.kind == "out_of_scope"


def test_a_date_after_a_comma_dates_the_question(assistant: Assistant) -> None:
    reply = assistant.answer("Quick one. Number of Fieldlabs, January 2020?")
    assert reply.answered() == ("results.fieldlab-count",)
    assert "45" in reply.text


def test_the_asker_saying_who_is_back_is_no_question(assistant: Assistant) -> None:
    reply = assistant.answer(
        "kees hier nog een keer hoe kan ik meedoen met een fieldlab wat moet ik doen"
    )
    assert reply.answered() == ("fieldlabs.join",)


def test_money_put_in_is_invested_not_stopped(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel geld is er in de fieldlabs gestopt")
    assert reply.answered() == ("results.investments",)


def test_what_it_entails_asks_what_it_is(assistant: Assistant) -> None:
    reply = assistant.answer("Kunt u mij uitleggen wat Smart Industry precies inhoud?")
    assert reply.answered() == ("programme.what",)


def test_an_abbreviation_ends_no_sentence() -> None:
    reading = read("where do smart industry solutions come from acc. to the coordinators")
    assert len(reading.clauses) == 1


def test_a_bound_the_sources_contradict_gets_no(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Sol said in 2018 that over 3,000 companies were active in the Fieldlabs. Correct?"
    )
    assert reply.answered() == ("results.companies",)
    assert reply.text.startswith("No")


def test_a_bound_the_sources_bear_out_gets_yes(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat er meer dan 300 bedrijven meedoen?")
    assert reply.text.startswith("Ja")


def test_fewer_than_the_count_gets_no(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat er minder dan 10 fieldlabs zijn?")
    assert reply.text.startswith("Nee")


@pytest.mark.parametrize(
    ("message", "said"),
    [("over 3,000 companies?", "over 3000 companies"), ("30.000 bedrijven?", "30000 bedrijven")],
)
def test_a_thousands_mark_keeps_one_number(message: str, said: str) -> None:
    assert read(message).clauses[0].text == said


def test_morning_greets(assistant: Assistant) -> None:
    reply = assistant.answer("Morning. How many jobs did the fieldlabs create?")
    assert reply.answered() == ("smalltalk.greeting", "results.jobs")


def test_fewer_than_a_hundred_fieldlabs_is_borne_out(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat er minder dan 100 fieldlabs zijn?")
    assert reply.text.startswith("Ja")


def test_doubt_about_what_was_heard_asks_to_check_it(assistant: Assistant) -> None:
    reply = assistant.answer(
        "I read that the Fieldlabs had attracted 400 million euros by end-2018. That seems high."
    )
    assert reply.answered() == ("results.investments",)
    assert reply.text.startswith("No")


def test_being_told_is_hearsay_not_who_the_asker_is() -> None:
    reading = read("I'm told SMITZH got 7 million at the Bussum event. Sounds high to me.")
    assert reading.intro is None
    assert len(reading.clauses) == 1


@pytest.mark.parametrize(
    "message",
    [
        "Wat organiseren die hubs allemaal? events en zo?",
        "Wie zitten er eigenlijk allemaal in zo'n hub? Alleen bedrijven?",
        "Wat doet DCMC in Woensdrecht? Iets met composiet onderhoud right?",
    ],
)
def test_a_guess_at_the_answer_is_no_question_of_its_own(message: str) -> None:
    assert len(read(message).clauses) == 1


def test_only_for_big_firms_is_a_question_of_its_own() -> None:
    assert len(read("wat is een hub? alleen voor grote bedrijven?").clauses) == 2


def test_what_the_hubs_organise_is_no_list_of_hubs(assistant: Assistant) -> None:
    reply = assistant.answer("Wat organiseren die hubs allemaal?")
    assert reply.answered() == ("hubs.activities",)


def test_a_topic_the_question_takes_as_subject_asks_nothing_of_its_own() -> None:
    reading = read("die hubs, wanneer zijn die begonnen")
    assert [c.text for c in reading.clauses] == ["wanneer zijn hubs begonnen"]


def test_a_document_named_with_its_source_is_the_source() -> None:
    reading = read("hoeveel bedrijven zaten daar toen in volgens dat tno stuk")
    assert "stuk" not in reading.clauses[0].text


def test_a_cards_paragraph_is_not_said_twice_in_one_reply(assistant: Assistant) -> None:
    reply = assistant.answer("hoe zit dat met de hub noord, wie zit daor in?")
    assert reply.text.count("werd aangekondigd door Jan Post") == 1


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("die proeftuin precisielandbouw, waar zit dat", "zit in Colijnsplaat"),
        ("What about the Smart Welding Factory, where is it?", "is not in my sources"),
    ],
)
def test_a_record_named_as_the_subject_gets_the_answer_not_its_card(
    assistant: Assistant, message: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert said in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    "message",
    [
        "wat is nou het verschil tussen een hub en een field lab mijn baas vraagt het",
        "wat is t verschil tussen een hub en een fieldlab, kort",
    ],
)
def test_the_difference_between_two_explains_each(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("hubs.what", "fieldlabs.what")


def test_financial_support_is_funding(assistant: Assistant) -> None:
    reply = assistant.answer("welke Hub ontving als eerste een bijdrage?")
    assert reply.answered() == ("hubs.funding",)


def test_or_not_after_what_is_said_asks_to_check_it() -> None:
    reading = read("dus die hub zuid of niet")
    assert reading.intro is None
    assert [c.original for c in reading.clauses] == ["dus die hub zuid of niet"]


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("mijn baas wil dat ik uitzoek wat een hub is", "wat een hub is"),
        ("my boss asked me to find out what a fieldlab is", "what a fieldlab is"),
        (
            "ik ben noor, stagiair in nijmegen en mijn baas wil dat ik uitzoek wat smart "
            "industry is, can you help?",
            "wat smart industry is",
        ),
        (
            "What is a smart industry hub? My manager asked me to find out.",
            "what is a smart industry hub",
        ),
    ],
)
def test_what_the_asker_must_find_out_is_what_is_asked(message: str, asked: str) -> None:
    assert [c.text for c in read(message).clauses] == [asked]


def test_goedendag_at_the_end_takes_leave(assistant: Assistant) -> None:
    assert assistant.answer("Jammer, dan bel ik wel even. Goedendag.").answered() == (
        "smalltalk.goodbye",
    )
    assert assistant.answer("Goedendag. Hoeveel banen?").answered()[0] == "smalltalk.greeting"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("How many Fieldlabs are there at this moment?", "results.fieldlab-count"),
        ("Which Fieldlab for flexible manufacturing exists?", "fieldlab.flexible-manufacturing"),
        ("Wat verstaat men onder een Smart Industry Fieldlab?", "fieldlabs.what"),
    ],
)
def test_plain_questions_a_new_user_asked(assistant: Assistant, message: str, entry: str) -> None:
    assert assistant.answer(message).answered() == (entry,)


def test_which_one_exists_does_not_ask_whether_it_still_runs(assistant: Assistant) -> None:
    reply = assistant.answer("Which Fieldlab for flexible manufacturing exists?")
    assert "still active" not in reply.text


def test_a_four_letter_name_in_a_longer_message_is_no_goodbye() -> None:
    assert not read("is game savu in delft een fieldlab").goodbye
    assert read("deoi").goodbye


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Zou u zo vriendelijk willen zijn mij te vertellen wat de Implementatieagenda van "
            "2018 inhield, en aan wie die destijds is overhandigd?",
            "programme.implementatieagenda",
        ),
        (
            "Ik meen ook gelezen te hebben dat er voor 2030 heel veel nieuwe vakmensen nodig "
            "zijn; weet u toevallig hoeveel?",
            "results.workforce",
        ),
    ],
)
def test_polite_long_questions(assistant: Assistant, message: str, entry: str) -> None:
    assert assistant.answer(message).answered() == (entry,)


def test_who_did_something_is_no_question_to_the_bot(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Neemt u mij niet kwalijk dat ik het vraag, maar ik zou graag willen weten wanneer het "
        "Smart Industry programma precies is begonnen, en wie daar destijds het initiatief toe "
        "namen?"
    )
    assert "smalltalk.who" not in reply.answered()
    assert "programme.start" in reply.answered()


def test_never_mind_takes_leave(assistant: Assistant) -> None:
    assert assistant.answer("haha ok laat maar. doei").answered() == ("smalltalk.goodbye",)
    assert not read("laat maar zien welke fieldlabs er zijn").goodbye


def test_if_i_may_ask_is_no_part_of_the_question() -> None:
    reading = read("Wie is daar de contactpersoon, als ik vragen mag?")
    assert [c.text for c in reading.clauses] == ["wie is daar de contactpersoon"]


def test_a_source_frame_before_the_question_keeps_its_year() -> None:
    reading = read("Volgens de studie van 2017, waar zaten de meeste fieldlabs?")
    assert reading.intro is None
    assert reading.clauses[0].when is not None and reading.clauses[0].when.year == 2017
