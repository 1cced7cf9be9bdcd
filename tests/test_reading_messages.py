"""Single chat messages as people really type them: several questions at once, words spelled
by ear, chat shorthand, context told after the question, the asker's own place as "here"."""

from __future__ import annotations

import pytest

from bot import texts
from bot.assistant import Assistant, render_plain
from bot.text import sound_key, tokens
from bot.understanding import read

# -- several questions in one message ----------------------------------------------------


def test_a_verb_first_question_with_a_determiner_is_a_question() -> None:
    reading = read("welke hubs zijn er allemaal? en kan elke ondernemer daar zomaar aankloppen")
    assert reading.intro is None
    assert len(reading.clauses) == 2


def test_a_conjunction_before_a_preposition_and_question_word_starts_a_second_question() -> None:
    reading = read("is Egbert-Jan Sol de programmadirecteur, en bij welke organisatie werkt hij?")
    assert [c.said for c in reading.clauses][1].endswith("bij welke organisatie werkt hij")


def test_two_yes_no_questions_joined_by_of_are_two_questions() -> None:
    reading = read("bestaan die hubs nog of is daar iets anders voor in de plaats gekomen")
    assert len(reading.clauses) == 2


def test_a_second_question_without_subject_keeps_the_first_subject(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "which organisations founded smart industry nl and in what year did it launch"
    )
    assert {"programme.founders", "programme.start"} <= set(reply.answered())


def test_a_person_pronoun_in_a_second_question_is_the_person_of_the_first(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Goedemorgen, is Egbert-Jan Sol nog steeds de programmadirecteur, en bij welke "
        "organisatie werkt hij eigenlijk?"
    )
    assert reply.answered() == ("smalltalk.greeting", "people.sol")
    assert "TNO" in render_plain(reply)


def test_one_in_a_later_question_is_one_of_the_first_questions_fieldlabs(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Which fieldlabs do 3D printing, and is there one for composites?")
    assert {"fieldlabs.theme.3d-printen", "fieldlabs.theme.composieten"} <= set(reply.answered())


def test_one_figure_asked_for_two_years_gives_both(assistant: Assistant) -> None:
    shown = render_plain(
        assistant.answer("Hoeveel fieldlabs waren er in 2017 en hoeveel in 2020?")
    )
    assert "29" in shown and "47" in shown


def test_and_which_ones_after_a_count_of_hubs_lists_them(assistant: Assistant) -> None:
    reply = assistant.answer("How many hubs are there and which ones?")
    assert {"hubs.what", "hubs.list"} <= set(reply.answered())


# -- context told around the question ------------------------------------------------------


def test_what_the_asker_tells_after_the_question_is_context() -> None:
    reading = read("Hello, can you give me the names of all the hub, I need it for my thesis")
    assert [c.text for c in reading.clauses] == ["can you give me the names of all the hub"]
    assert reading.intro == "I need it for my thesis"


def test_a_question_inside_a_spoken_introduction_starts_at_its_verb() -> None:
    reading = read("hello there i run a small plastics company in harderwijk are there any labs")
    assert reading.intro is not None and "harderwijk" in reading.intro
    assert reading.clauses[0].text.startswith("are there")


def test_here_is_the_place_the_asker_gave(assistant: Assistant) -> None:
    reply = assistant.answer("Hoi, ik ben Piotr, ik werk in Drachten. Welke fieldlabs zijn hier?")
    assert "fieldlabs.place.drachten" in reply.answered()


def test_a_topic_said_first_and_pointed_back_at_is_asked_about() -> None:
    reading = read("fiel lab wat is dat nou precies")
    assert reading.clauses[0].text.startswith("wat is fieldlab")


# -- words as people type and say them -------------------------------------------------------


def test_words_spelled_by_ear_share_a_sound() -> None:
    assert sound_key("kaiser") == sound_key("keijzer")
    assert sound_key("kontakt") == sound_key("contact")


def test_a_name_spelled_by_ear_still_finds_the_person(assistant: Assistant) -> None:
    reply = assistant.answer("who is mona kaiser she spoke at some smart industry event")
    assert reply.answered() == ("people.keijzer",)


def test_a_split_off_particle_is_joined_to_its_verb(assistant: Assistant) -> None:
    reply = assistant.answer("kan elke ondernemer zomaar bij een hub aan kloppen")
    assert reply.answered() == ("hubs.contact",)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hoevl hubs", "hubs.what"),
        ("wat is n fl precies", "fieldlabs.what"),
        ("hoeveel field laps zijn er nu in totaal gestart", "results.fieldlab-count"),
        ("how many fieldlabs r there rn? latest number u got", "results.fieldlab-count"),
        ("hoeveel banen zijn er ong bijgekomen door fl idd", "results.jobs"),
    ],
)
def test_chat_shorthand_and_voice_spellings_are_understood(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_a_short_name_written_in_capitals_finds_its_fieldlab(assistant: Assistant) -> None:
    assert assistant.answer("SAMEN, wat is dat dan?").answered() == ("fieldlab.samen",)


@pytest.mark.parametrize("message", ["ok cool", "lol", "top hoor"])
def test_a_word_or_two_about_the_answer_is_feedback(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).kind == "smalltalk"


# -- figures for a year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message", ["How many fieldlabs will there be in 2025?", "hoeveel fieldlabs in 2040"]
)
def test_a_figure_for_a_year_to_come_is_not_known(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "unknown" and not reply.answered()


def test_a_figure_for_a_year_to_come_names_the_newest_figure(assistant: Assistant) -> None:
    reply = assistant.answer("How many fieldlabs will there be in 2025?")
    assert "47" in reply.text
    assert reply.alternatives[0].entry == "results.fieldlab-count"


# -- records named as people say them ------------------------------------------------------


def test_a_name_of_two_parties_said_with_en_finds_the_fieldlab(assistant: Assistant) -> None:
    reply = assistant.answer("Waar zit het fieldlab van Airborne en Siemens?")
    assert reply.answered() == ("fieldlab.digital-factory",)
    assert "Den Haag" in reply.text


def test_the_rare_first_word_of_a_name_finds_the_fieldlab(assistant: Assistant) -> None:
    reply = assistant.answer("Where is Technologies Added, and where is the Innovatiecluster?")
    assert {"fieldlab.technologies-added", "fieldlab.icd"} <= set(reply.answered())


def test_which_fieldlabs_on_a_theme_a_fieldlab_is_named_after_lists_them(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Welke fieldlabs gaan over sociale innovatie?")
    assert reply.answered() == ("fieldlabs.theme.sociale-innovatie",)


def test_a_phrasing_that_names_the_record_beats_the_records_field(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Wanneer werd 'Boost', de regionale actieagenda Smart Industry van Oost-Nederland, "
        "gepresenteerd? Ik heb de exacte maand nodig."
    )
    assert reply.answered() == ("programme.regional-agendas",)


def test_in_which_year_a_hub_was_founded_asks_when(assistant: Assistant) -> None:
    shown = render_plain(assistant.answer("In welk jaar is SMITZH opgericht, en door wie?"))
    assert "2017" in shown and "InnovationQuarter" in shown


def test_a_topic_before_a_colon_belongs_to_the_question(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Region of Smart Factories: how much money was available for the project?"
    )
    assert reply.answered() == ("fieldlab.rosf",)
    assert "21" in reply.text


def test_what_a_hub_offers_answers_a_question_about_it(assistant: Assistant) -> None:
    reply = assistant.answer("How many companies did BOOST help with voucher applications?")
    assert reply.answered() == ("hub.oost",)
    assert "232" in reply.text


# -- words -----------------------------------------------------------------------------------


def test_an_english_possessive_is_its_owner() -> None:
    assert tokens("TNO's 2020 monitoring") == ["tno", "2020", "monitoring"]
    assert tokens("what's a fieldlab") == ["whats", "a", "fieldlab"]
    assert tokens("regio's") == ["regios"]


def test_a_first_person_sentence_after_the_question_is_context() -> None:
    reading = read(
        "TNO distinguishes types of fieldlab. Which are they? Ik heb de bron niet meer."
    )
    assert len(reading.clauses) == 1
    assert reading.intro is not None and "bron" in reading.intro


@pytest.mark.parametrize(
    "message",
    [
        "Hey, we're only 8 people, a CNC shop in Oss. Why would a fieldlab make sense for us?",
        "I'm a zzp'er in Amersfoort - honestly why would small companies bother with fieldlabs?",
    ],
)
def test_asking_whether_it_is_worth_it_asks_the_benefit(
    assistant: Assistant, message: str
) -> None:
    assert "fieldlabs.why-small-firms" in assistant.answer(message).answered()


def test_knocking_on_a_hubs_door_is_contacting_it(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Can any entrepreneur just knock on the door of a hub with a question, or do you "
        "need to be a member?"
    )
    assert "hubs.contact" in reply.answered()


# -- more ways of asking ---------------------------------------------------------------------


def test_an_alternative_after_a_yes_no_question_is_left_out() -> None:
    reading = read("Can any entrepreneur contact a regional hub, or only members?")
    assert reading.clauses[0].text == "can any entrepreneur contact a regional hub"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("waar zit technologie is added", "fieldlab.technologies-added"),
        ("what is smitz", "hub.zuid-holland"),
    ],
)
def test_a_name_misheard_by_speech_to_text_finds_its_record(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_letters_said_one_by_one_are_one_name() -> None:
    assert "tno" in read("volgens t n o in 2020").clauses[0].original.split()


def test_a_purpose_before_a_colon_is_context() -> None:
    reading = read("Voor mijn scriptie: hoeveel fieldlabs zijn er?")
    assert [c.text for c in reading.clauses] == ["hoeveel fieldlabs zijn er"]


def test_who_says_it_frames_what_is_asked(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Voor mijn scriptie: Dialogic noemt een bedrag voor de financiering van fieldlabs in "
        "2015-2019. Hoeveel was dat precies?"
    )
    assert "results.investments" in reply.answered()
    assert "314" in render_plain(reply)


def test_a_question_about_the_record_the_asker_just_named(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Ik zit in Limburg en iemand noemde de Smart Industry Hub Zuid. Welke organisatie "
        "voert daar de coördinatie?"
    )
    assert reply.answered() == ("hub.zuid",)
    assert "BOM" in reply.text


def test_reaching_a_number_of_companies_is_a_figure_not_a_contact(assistant: Assistant) -> None:
    reply = assistant.answer("Did SMITZH really reach more than 2350 companies?")
    assert reply.answered() == ("hub.zuid-holland",)
    assert "2350" in reply.text.replace(",", "")


def test_whos_asks_who(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Who's Egbert-Jan Sol, and how many companies did he say still needed to get started?"
    )
    assert {"people.sol", "results.reach"} <= set(reply.answered())


def test_how_is_the_programme_organised_is_no_how_are_you(assistant: Assistant) -> None:
    assert assistant.answer("Hoe is het programma georganiseerd?").entry == "programme.what"
    assert assistant.answer("hoi, hoe is het?").entry == "smalltalk.greeting"


def test_thanks_in_the_askers_own_language_is_thanks(assistant: Assistant) -> None:
    for said in ("obrigado, very helpful", "grazie mille", "vielen dank!"):
        assert assistant.answer(said).entry == "smalltalk.thanks", said


def test_anything_on_a_theme_without_the_word_fieldlab_lists_that_theme(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Anything Smart Industry for agriculture?")
    assert reply.answered() == ("fieldlabs.theme.landbouw",)
    assert assistant.answer("hebben jullie iets voor de bouw?").entry == "fieldlabs.theme.bouw"
    assert not assistant.answer("is er iets bekend over banen in de bouw?").answered()


def test_a_fieldlab_named_in_english_is_that_fieldlab(assistant: Assistant) -> None:
    reply = assistant.answer("When did the precision agriculture fieldlab start?")
    assert reply.entry == "fieldlab.precisielandbouw"
    assert "2017" in render_plain(reply)


@pytest.mark.parametrize(
    "message",
    [
        "SAM|XL, waar precies en wat is de focus?",
        "Zijn er ook fieldlabs voor de bouw? Wij doen best veel interieurbouw dus wie weet",
    ],
)
def test_an_answered_message_gets_no_out_of_scope_refusal_under_its_answer(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind in ("answer", "list")
    assert texts.text("out_of_scope", reply.language) not in reply.text


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("wat is RoboHouse en waar zit het", "Delft"),
        ("what is BOOST and what is their website", "boostsmartindustry.nl"),
    ],
)
def test_a_field_the_card_already_shows_is_not_said_twice(
    assistant: Assistant, message: str, fact: str
) -> None:
    reply = assistant.answer(message)
    assert fact in reply.text
    assert len(reply.parts) <= 1  # the card alone, not the card and "RoboHouse zit in Delft"


def test_a_field_the_card_does_not_show_is_still_answered(assistant: Assistant) -> None:
    reply = assistant.answer("wat is SPARK en wie leidt het")
    assert "Wie SPARK leidt, staat niet in mijn bronnen" in reply.text


def test_a_question_for_an_opinion_gets_no_yes_written_for_another_question(
    assistant: Assistant,
) -> None:
    # The evaluation's "Ja:" answers "is er een evaluatie?", not whether Fieldlabs succeed.
    assert not assistant.answer("zijn fieldlabs succesvol? wat vind jij").text.startswith("Ja")
    assert assistant.answer("is er een evaluatie van het programma?").text.startswith("Ja")


def test_a_formal_yes_no_question_and_a_second_one_are_two_questions() -> None:
    reading = read("Kunt u mij de Hubs noemen, en kan iedere ondernemer daar aankloppen?")
    assert len(reading.clauses) == 2
