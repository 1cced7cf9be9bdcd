"""Single messages from writers the bot never saw: Belgian Dutch, smalltalk said in many
ways, a place with one Fieldlab, chatty openings, short questions about the Hubs, names
misheard in voice messages and long messages with several questions."""

from __future__ import annotations

from bot.assistant import Assistant, render_plain
from bot.understanding import read, standard_dutch

# -- Belgian (Flemish) Dutch -------------------------------------------------------------


def test_flemish_words_are_read_as_standard_dutch() -> None:
    assert standard_dutch("Allez, wa is dat nu juist, zo'n fieldlab?") == (
        "wat is dat nu precies, zo'n fieldlab?"
    )
    assert standard_dutch("Zijt gij ne echte mens? Ik weet het nie") == (
        "Ben jij een echte mens? Ik weet het niet"
    )


def test_flemish_keeps_names_in_capitals_and_juist_as_correct() -> None:
    assert standard_dutch("Is dat juist?") == "Is dat juist?"
    assert standard_dutch("Werkt GE ook mee?") == "Werkt GE ook mee?"


def test_a_flemish_question_gets_its_answer(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Allez, wa is dat nu juist, zo'n fieldlab? Mijn zoon zegt dat ik daar naartoe moet "
        "maar ik snap het concept nie goed"
    )
    assert reply.entry == "fieldlabs.what"
    assert reply.language == "nl"


def test_flemish_smalltalk_is_smalltalk(assistant: Assistant) -> None:
    assert assistant.answer("Zijt gij nu ne echte mens of ne computer?").entry == "smalltalk.who"
    assert (
        assistant.answer("Allez, ik moet terug de werkplaats in. Tot ne keer!").entry
        == "smalltalk.goodbye"
    )


# -- smalltalk -----------------------------------------------------------------------------


def test_thanks_with_praise_are_thanks_and_feedback_in_either_order(
    assistant: Assistant,
) -> None:
    # (round 30: the message does both, whichever comes first; both are taken in)
    thanked = assistant.answer(
        "Merci, dat was een goed antwoord, ik stuur het door naar mijn zoon"
    )
    assert {"smalltalk.thanks", "smalltalk.feedback"} <= set(thanked.answered())
    praised = assistant.answer("That answer was very useful, thank you for including the years.")
    assert {"smalltalk.thanks", "smalltalk.feedback"} <= set(praised.answered())


def test_praise_of_the_bot_and_a_complaint_about_an_answer_are_feedback(
    assistant: Assistant,
) -> None:
    for said in (
        "Goed gedaan, je bent beter dan de helpdesk van mijn bank",
        "Your answer was not clear for me, too much Dutch words inside.",
    ):
        assert assistant.answer(said).entry == "smalltalk.feedback", said


def test_someone_else_asking_in_english_is_a_question_about_the_language(
    assistant: Assistant,
) -> None:
    for said in (
        "Can my foreman from Poland also ask you things in English? His Dutch is not so good",
        "Hello, is it all right if I ask my questions in English?",
    ):
        assert assistant.answer(said).entry == "smalltalk.language", said


def test_a_sentence_ending_on_a_goodbye_takes_leave() -> None:
    assert read("ik ga stoppen ik ben er bijna doei").goodbye


def test_kind_words_with_a_hello_are_a_greeting(assistant: Assistant) -> None:
    reply = assistant.answer("Goedemiddag Fieldbot, fijn dat jullie er zijn.")
    assert reply.entry == "smalltalk.greeting"


def test_a_question_to_the_bot_next_to_asking_what_it_can_do_gets_the_help(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Kun je ook dingen samenvatten voor een notitie? Wat zijn je mogelijkheden precies?"
    )
    assert reply.entry == "smalltalk.help"
    assert "bronnen" not in render_plain(reply)


def test_who_runs_the_bot_is_about_the_bot(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Wie beheert deze bot eigenlijk, is dit een initiatief van het ministerie?"
    )
    assert reply.entry == "smalltalk.who"


def test_a_why_question_naming_a_theme_is_no_list(assistant: Assistant) -> None:
    reply = assistant.answer("Waarom zou ik als kleine metaalbewerker in een fieldlab stappen?")
    assert reply.kind != "list"


def test_an_exclamation_next_to_thanks_is_the_thanks(assistant: Assistant) -> None:
    assert assistant.answer("top! ty").entry == "smalltalk.thanks"
    assert assistant.answer("dankjewel!! echt top").entry == "smalltalk.thanks"


def test_thanks_with_two_letters_swapped_is_thanks(assistant: Assistant) -> None:
    assert (
        assistant.answer("Dnak je wel hoor, heel vriendelijk van je").entry == "smalltalk.thanks"
    )


def test_who_knows_before_a_goodbye_asks_nothing(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Dan wens ik u nog een fijne avond en wie weet tot een volgende keer!"
    )
    assert reply.entry == "smalltalk.goodbye"


def test_how_do_you_do_and_hoping_the_bot_is_not_busy_are_a_greeting(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Goedemiddag, hoe maakt u het? Ik hoop dat u niet te druk bent.")
    assert reply.entry == "smalltalk.greeting"


# -- a place with one Fieldlab ---------------------------------------------------------------


def test_what_the_one_fieldlab_of_a_place_does_is_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("What the fieldlab in Harderwijk is doing for robots?")
    assert reply.entry == "fieldlab.industrial-robotics"
    told = assistant.answer(
        "Woensdrecht is hier niet zo ver. Wat doen ze daar in die fieldlab bij Aviolanda?"
    )
    assert told.entry == "fieldlab.dcmc"


def test_which_fieldlab_is_in_a_place_stays_the_list(assistant: Assistant) -> None:
    assert assistant.answer("Which fieldlab is in Harderwijk?").kind == "list"


def test_there_in_a_question_is_the_place_the_asker_just_passed(assistant: Assistant) -> None:
    reply = assistant.answer("ik rij net langs harderwijk zit daar niet een field lab robotica")
    assert "Fieldlab Industrial Robotics" in render_plain(reply)
    assert "BOOST" not in render_plain(reply)


# -- short questions about the Hubs ----------------------------------------------------------


def test_the_hubs_as_a_keyword_list_the_hubs(assistant: Assistant) -> None:
    for said in ("hubs", "hubs welke"):
        assert assistant.answer(said).entry == "hubs.list", said


def test_how_many_hubs_in_the_whole_country_is_how_many_hubs(assistant: Assistant) -> None:
    for said in (
        "hoeveel hubs zijn er in nederland",
        "Hoeveel van die hubs zijn er zo in heel Nederland?",
    ):
        assert assistant.answer(said).entry == "hubs.what", said


def test_how_many_companies_in_the_country_is_not_about_the_programme(
    assistant: Assistant,
) -> None:
    assert assistant.answer(
        "How many companies are registered in the Netherlands in total?"
    ).declined


def test_the_fifth_hub_in_digits_is_the_fifth_hub(assistant: Assistant) -> None:
    assert assistant.answer("5e hub naam?").entry == "hub.unknown"


def test_a_hub_named_by_its_english_compass_point(assistant: Assistant) -> None:
    reply = assistant.answer("hub north?")
    assert reply.entry == "hub.noord"
    assert reply.language == "en"


# -- chatty openings and regions -------------------------------------------------------------


def test_thanks_or_an_exclamation_before_en_opens_the_next_question(
    assistant: Assistant,
) -> None:
    assert assistant.answer("dankje en hoeveel geld is er geïnvesteerd").entry == (
        "results.investments"
    )
    assert assistant.answer("top, en hoeveel bedrijven doen mee?").entry == "results.companies"


def test_the_north_said_with_a_slip_is_routed_to_its_hub(assistant: Assistant) -> None:
    reply = assistant.answer("bij wie kan ik terecht met vragen over digitaliseren in het noorde?")
    assert reply.entry == "hub.noord"


def test_a_hub_named_by_its_region_is_not_a_route(assistant: Assistant) -> None:
    reply = assistant.answer("Wat was de rol van Jan Post bij de hub in het noorden?")
    assert reply.entry == "people.post"


def test_fieldlabs_of_a_hubs_region_are_listed(assistant: Assistant) -> None:
    reply = assistant.answer("fieldlabs in het noorden")
    assert reply.kind == "list"
    assert "Region of Smart Factories" in render_plain(reply)


# -- names misheard in voice messages --------------------------------------------------------


def test_names_heard_by_ear_find_their_fieldlab(assistant: Assistant) -> None:
    assert assistant.answer("waar zit robo haus precies").entry == "fieldlab.robohouse"
    assert assistant.answer("wat is ram lap en wat printen ze daar in 3d").entry == (
        "fieldlab.ramlab"
    )


def test_kampioen_next_to_fieldlab_is_campione_not_kampen(assistant: Assistant) -> None:
    assert assistant.answer("field lab kampioen").entry == "fieldlab.campione"
    said = "wat is het field lab kampioen van world glass maintenance"
    assert assistant.answer(said).entry == "fieldlab.campione"


def test_an_everyday_word_next_to_fieldlab_stays_a_word(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Ik zit in Assen met mijn bedrijf. Bij welke hub kan ik dan het beste terecht?"
    )
    assert reply.entry == "hub.noord"


# -- reply language of keywords --------------------------------------------------------------


def test_dutch_keywords_get_a_dutch_reply(assistant: Assistant) -> None:
    for said in ("landbouw fieldlab?", "field lab flexibel manufacturing eindhoven"):
        assert assistant.answer(said).language == "nl", said
    assert assistant.answer("robotics fieldlab?").language == "en"


# -- long messages ---------------------------------------------------------------------------


def test_answers_come_before_one_refusal(assistant: Assistant) -> None:
    shown = render_plain(
        assistant.answer(
            "Wat is een fieldlab? Hoeveel banen heeft het opgeleverd? Hoeveel kost een "
            "kantoorpand in Zwolle? En wat is het weer morgen?"
        )
    )
    assert shown.startswith("Een Smart Industry Fieldlab")
    refusals = shown.count("Daar kan ik u niet mee helpen") + shown.count("Dat staat niet in")
    assert refusals == 1


def test_a_flemish_looking_word_in_english_stays_english(assistant: Assistant) -> None:
    reply = assistant.answer("I need a fieldlab for Ne robotics")
    assert reply.language == "en" and "Een" not in reply.text


def test_juist_as_correct_stays_correct(assistant: Assistant) -> None:
    assert assistant.answer("Welke informatie is juist?").kind != "smalltalk"


def test_how_much_since_a_year_is_the_latest_figure(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel is er geïnvesteerd sinds 2014")
    assert "367" in reply.text and "Voor 2014" not in reply.text
