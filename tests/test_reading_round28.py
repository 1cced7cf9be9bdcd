"""Single messages as people type them in Telegram: questions to the bot about itself said
with a courtesy first, two of them in one breath, or with the programme's name in them; a
Norwegian greeting."""

from __future__ import annotations

from bot.assistant import Assistant
from bot.text import tokens
from bot.understanding import about_the_bot


def test_what_one_can_consult_the_bot_about_asks_for_help() -> None:
    assert about_the_bot(tokens("Waarover kan ik u zoal raadplegen?")) == "smalltalk.help"
    assert about_the_bot(tokens("Waarover kan ik u informeren?")) is None


def test_two_questions_about_the_bot_in_one_breath_ask_for_help() -> None:
    words = tokens("hoe werkt dit eigenlijk moet ik iets speciaals typen")
    assert about_the_bot(words) == "smalltalk.help"
    # One half about the bot and one about the programme is no question about the bot.
    assert about_the_bot(tokens("hoe werkt dit moet ik een aanvraag doen")) is None


def test_a_courtesy_first_and_a_purpose_after_still_ask_what_the_bot_is_for() -> None:
    assert (
        about_the_bot(tokens("even voor mijn begrip wat is de scope van deze bot"))
        == "smalltalk.help"
    )
    assert (
        about_the_bot(tokens("waar kan ik je voor gebruiken richting mijn klanten"))
        == "smalltalk.help"
    )


def test_whose_tool_this_is_asks_who_the_bot_is_even_with_the_programme_named() -> None:
    words = tokens("is dit een officiele tool van smart industry of een third party")
    assert about_the_bot(words) == "smalltalk.who"
    assert about_the_bot(tokens("is dit een officieel fieldlab van smart industry")) is None


def test_what_the_bot_would_do_with_a_place_not_yet_told_asks_how_it_works() -> None:
    words = tokens("welke fieldlabs bij mij in de buurt zitten als ik mijn woonplaats noem")
    assert about_the_bot(words) == "smalltalk.help"
    assert about_the_bot(tokens("welke fieldlabs zitten bij mij in de buurt")) is None


def test_the_domain_said_as_a_guess_at_the_answer_still_asks_what_the_bot_can_do() -> None:
    words = tokens("wat kun je eigenlijk allemaal alleen smart industry")
    assert about_the_bot(words) == "smalltalk.help"
    assert about_the_bot(tokens("wat kun je over smart industry vertellen")) is None


def test_asking_for_the_sources_behind_a_figure_asks_how_the_bot_works(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "How does this work: can I ask you for the sources behind a figure as well?"
    )
    assert reply.entry == "smalltalk.help"


def test_a_norwegian_hei_is_a_greeting(assistant: Assistant) -> None:
    assert assistant.answer("Hei hei! good evening").entry == "smalltalk.greeting"
    assert assistant.answer("hei, wat is een fieldlab").entry == "fieldlabs.what"


# -- One Fieldlab on a theme in a place ---------------------------------------------------


def test_is_there_a_fieldlab_on_a_theme_in_a_place_with_one_answers_with_its_card(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Is there a Fieldlab for robotics in Harderwijk?")
    assert reply.entry == "fieldlab.industrial-robotics"
    reply = assistant.answer("is er een field lap voor drie d printen in zuid holland")
    assert reply.entry == "fieldlab.ramlab"


def test_is_there_a_fieldlab_on_a_theme_said_of_no_place_lists_the_theme(
    assistant: Assistant,
) -> None:
    assert assistant.answer("is there a fieldlab for optics").entry == "fieldlabs.theme.optica"


def test_that_themed_fieldlab_in_a_place_is_asked_about_itself(assistant: Assistant) -> None:
    reply = assistant.answer("welke scholen doen mee met dat robot fieldlab in harderwijk")
    assert reply.entry == "fieldlab.industrial-robotics"
    assert "Windesheim" in reply.text


# -- A year said in one question of several ----------------------------------------------


def test_a_later_question_not_known_of_the_first_ones_year_is_asked_of_no_year(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "wat zijn de main takeaways van de TNO monitor 2020, en wat is precies de rol van een Hub?"
    )
    assert reply.answered() == ("results.monitor-2020", "hubs.what")


def test_a_later_question_still_borrows_the_year_it_is_known_of(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs waren er in 2018 en hoeveel bedrijven?")
    assert "results.fieldlab-count" in reply.answered()


# -- A Fieldlab named with words of the asker's own ---------------------------------------


def test_a_fieldlab_named_by_ear_with_a_question_around_it_gets_its_card(
    assistant: Assistant,
) -> None:
    assert assistant.answer("wat is de rows f region of smart factories").entry == "fieldlab.rosf"
    reply = assistant.answer(
        "klopt het dat fokker hoogeveen meedoet in die region of smart factorys"
    )
    assert reply.entry == "fieldlab.rosf" and "Fokker" in reply.text


def test_a_field_asked_of_a_named_fieldlab_is_not_answered_with_the_whole_card(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("welke vacatures heeft technologies added op dit moment open")
    assert reply.declined and reply.kind != "unsure"
    assert "Technologies Added" in reply.text.split("\n")[0]


def test_which_companies_take_part_in_a_named_fieldlab_is_its_card(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Welke bedrijven doen er mee in RoSF?")
    assert reply.entry == "fieldlab.rosf" and "Philips" in reply.text


def test_a_figure_of_a_year_asked_of_a_named_hub_is_not_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("Wat is het budget van BOOST voor 2025?")
    assert "hub.oost" not in reply.answered()


# -- A Fieldlab asked whether it belongs to a named Hub -----------------------------------


def test_whether_a_fieldlab_belongs_to_a_named_hub_is_asked_of_the_fieldlab(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("innovatiecluser drachten, hoort die ook bij hub noord?")
    assert reply.entry == "fieldlab.icd"
    assert "Hub Noord" in reply.text


def test_a_hub_asked_of_the_fieldlab_just_named_is_that_fieldlabs_hub(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wat testen ze precies bij 5groningen en hoort dat ook bij hub noord")
    assert reply.entry == "fieldlab.5groningen"
    assert "Hub Noord" in reply.text


def test_which_fieldlabs_belong_to_a_hub_still_lists_them(assistant: Assistant) -> None:
    reply = assistant.answer("welke fieldlabs horen bij hub noord")
    assert "5Groningen" in reply.text and "Technologies Added" in reply.text


def test_which_state_secretary_spoke_asks_for_the_person(assistant: Assistant) -> None:
    reply = assistant.answer("welke staatssecretaris sprak bij de opening van het jaarevent")
    assert reply.entry == "people.keijzer"


def test_do_iot_spelled_as_dutch_doe_is_the_fieldlab(assistant: Assistant) -> None:
    assert assistant.answer("wat is doe iot").entry == "fieldlab.do-iot"
    assert assistant.answer("wat doe je").entry != "fieldlab.do-iot"


def test_a_letter_to_sir_or_madam_is_greeted_and_answered(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Geachte heer/mevrouw, Kunt u aangeven hoe een onderneming zoals de onze kan deelnemen"
        " aan een Fieldlab, en waar ik mij daarvoor in eerste instantie dient te melden?"
    )
    assert "fieldlabs.join" in reply.answered()


def test_concreet_only_asks_plainer(assistant: Assistant) -> None:
    reply = assistant.answer(
        "mss domme vraag maar wat doet zo'n hub nou concreet voor iemand als ik"
    )
    assert reply.entry == "hubs.activities"


# -- What the asker tells after the question, the "ik" dropped ------------------------------


def test_a_purpose_told_without_ik_after_the_question_is_no_question(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wat is een fieldlab, moet het uitleggen in mijn verslag")
    assert reply.answered() == ("fieldlabs.what",)
    reply = assistant.answer("wat zijn de 4 soorten fieldlabs? moet het in mn verslag zetten")
    assert reply.answered() == ("fieldlabs.types",)


def test_moet_je_after_a_question_still_asks(assistant: Assistant) -> None:
    reply = assistant.answer("kan ik daar bij zo'n hub gewoon aankloppen of moet je lid zijn")
    assert reply.entry == "hubs.contact"


def test_a_question_to_the_bot_after_a_remark_in_one_breath_asks_for_help() -> None:
    assert about_the_bot(tokens("ja dat dacht ik al wat kun jij dan wel")) == "smalltalk.help"
    assert about_the_bot(tokens("ik zoek subsidie wat kun jij")) is None


def test_when_the_hubs_were_announced_is_not_when_one_hub_was(assistant: Assistant) -> None:
    assert assistant.answer("wanneer zijn de hubs aangekondigd").entry == "hubs.announced"
    assert assistant.answer("wanneer werd hub noord aangekondigd").entry != "hubs.announced"
