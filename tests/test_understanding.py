"""Reading real chat messages: greetings, introductions, several questions, years, number
words, record fields, places, and the three kinds of not-answering."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant, render_plain
from bot.understanding import numbers_as_digits, read

# -- the reading step on its own -----------------------------------------------------------


def test_greeting_in_front_is_set_aside_and_the_question_kept() -> None:
    reading = read("Dag! Hoeveel geld is er eigenlijk geïnvesteerd in die fieldlabs?")
    assert reading.greeting
    assert [c.text for c in reading.clauses] == [
        "hoeveel geld is er geinvesteerd in die fieldlabs"
    ]


def test_self_introduction_is_context_not_a_question() -> None:
    reading = read(
        "Hoi! Wij zijn een familiebedrijf in de voedingsindustrie. Hoeveel bedrijven doen er "
        "eigenlijk mee met die fieldlabs?"
    )
    assert reading.intro is not None and "familiebedrijf" in reading.intro
    assert len(reading.clauses) == 1 and "familiebedrijf" not in reading.clauses[0].text


def test_two_questions_joined_by_en_are_two_clauses() -> None:
    reading = read("hoeveel fieldlabs zijn er en hoeveel banen leverden ze op?")
    assert [c.text for c in reading.clauses] == [
        "hoeveel fieldlabs zijn er",
        "hoeveel banen leverden ze op",
    ]


def test_a_later_question_without_a_subject_borrows_the_first_ones() -> None:
    reading = read("What is a Smart Industry Hub and how many of them exist?")
    assert reading.clauses[1].text == "how many of smart industry hub exist"


def test_a_year_is_taken_out_of_the_question_and_kept_apart() -> None:
    (clause,) = read("hoeveel fieldlabs waren er eind 2018?").clauses
    assert clause.text == "hoeveel fieldlabs waren er"
    assert clause.when is not None and (clause.when.year, clause.when.part) == (2018, "eind")


def test_a_month_and_now_are_read_as_dates() -> None:
    (month,) = read("aantal fieldlabs okt 2018").clauses
    assert month.when is not None and (month.when.year, month.when.month) == (2018, 10)
    (latest,) = read("how many fieldlabs are there at the moment?").clauses
    assert latest.when is not None and latest.when.latest


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("vierhonderddertig banen", "430 banen"),
        ("tweehonderdveertig miljoen", "240 miljoen"),
        ("two hundred and forty million", "240 million"),
        ("tweeduizend driehonderdvijftig bedrijven", "2350 bedrijven"),
        ("drie komma vijf miljoen", "3,5 miljoen"),
        ("tot eind twintig achttien", "tot eind 2018"),
        ("een fieldlab", "een fieldlab"),
    ],
)
def test_numbers_written_as_words_become_digits(words: str, digits: str) -> None:
    assert numbers_as_digits(words) == digits


def test_thanks_and_sign_off_are_not_questions() -> None:
    reading = read("Hoeveel banen? Alvast bedankt, groetjes Piet")
    assert reading.thanks
    assert [c.text for c in reading.clauses] == ["hoeveel banen"]


# -- the assistant reading chat --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Dag! Hoeveel geld is er eigenlijk geïnvesteerd in die fieldlabs?",
            "results.investments",
        ),
        ("hi! how many jobs did the fieldlabs create so far?", "results.jobs"),
        (
            "Hoi! Wij zijn een familiebedrijf in de voedingsindustrie. Hoeveel bedrijven doen er "
            "eigenlijk mee met die fieldlabs?",
            "results.companies",
        ),
        ("klopt het dat er vierhonderddertig banen zijn bijgekomen?", "results.jobs"),
    ],
)
def test_chatter_around_a_known_question_does_not_sink_it(
    assistant: Assistant, question: str, entry: str
) -> None:
    reply = assistant.answer(question)
    assert entry in reply.answered()


def test_a_greeting_is_answered_in_front_of_the_answer(assistant: Assistant) -> None:
    reply = assistant.answer("Goedemorgen! Hoeveel banen hebben de fieldlabs opgeleverd?")
    assert render_plain(reply).startswith("Goedemorgen! ")
    assert "430" in reply.text


@pytest.mark.parametrize(
    ("message", "hub"),
    [
        ("Ik heb een bedrijf in Zwolle, waar moet ik heen?", "BOOST"),
        ("Goedemorgen, ik heb een drukkerij in Hengelo.", "BOOST"),
        ("We are in Assen, a team of 20 doing steel constructions. Which hub is for us?", "Noord"),
    ],
)
def test_a_place_in_a_self_introduction_finds_the_hub(
    assistant: Assistant, message: str, hub: str
) -> None:
    reply = assistant.answer(message)
    assert reply.confident and hub in reply.text


def test_in_front_of_a_word_that_is_no_place_is_not_read_as_a_place(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("welke hubs kunnen ons helpen met investeringen in robotisering?")
    assert "ken ik niet" not in reply.text


def test_a_village_that_is_also_a_word_needs_a_capital(assistant: Assistant) -> None:
    # Een (Drenthe) is a village; "een" in a sentence is the article.
    reply = assistant.answer("Ik heb een bedrijf in Zwolle, waar moet ik heen?")
    assert "Drenthe" not in reply.text


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("wat is de website van BOOST?", "boostsmartindustry.nl"),
        ("webiste van boost?", "boostsmartindustry.nl"),
        ("welke fieldlabs horen bij SMITZH?", "RoboHouse"),
        ("waar zit SAM|XL?", "Delft"),
        ("wie leidt BOOST?", "Burghard"),
        ("Is SMITZH nog actief?", "gestopt"),
        ("what is the website of BOOST?", "boostsmartindustry.nl"),
        ("Is SMITZH still active?", "stopped"),
    ],
)
def test_a_records_own_field_is_answered(assistant: Assistant, question: str, needle: str) -> None:
    reply = assistant.answer(question)
    assert reply.confident and needle in reply.text


def test_a_field_the_record_leaves_out_is_not_in_the_sources(assistant: Assistant) -> None:
    reply = assistant.answer("wat is de website van Smart Industry Hub Noord?")
    assert "niet in mijn bronnen" in reply.text


def test_two_questions_get_two_answers_in_order(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs zijn er en hoeveel banen leverden ze op?")
    assert reply.answered()[:2] == ("results.fieldlab-count", "results.jobs")
    assert reply.text.index("Fieldlabs") < reply.text.index("430")


@pytest.mark.parametrize(
    "question",
    [
        "Wat is BOOST, wie is de projectleider en wat is de website?",
        "Which hub covers Overijssel, and who is the project leader there?",
    ],
)
def test_a_person_the_first_answer_names_for_the_role_asked_is_not_told_again(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert reply.answered() == ("hub.oost",)
    assert "Burghard" in reply.text


def test_a_person_asked_by_name_next_to_another_question_keeps_their_answer(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wie is mona keijzer en wat vertelde ze op het jaarevent 2019?")
    assert "people.keijzer" in reply.answered()


@pytest.mark.parametrize(
    ("question", "entry", "told"),
    [
        ("wat is die tno publicatie over de fieldlabs, wanneer kwam die uit", "publication.tno",
         "2019"),
        ("What does the TNO Fieldlab publication describe, and at which event was it "
         "presented?", "publication.tno", "Hilversum"),
        ("Wie is Jan Post en wat heeft die met Region of Smart Factories te maken?",
         "people.post", "RoSF"),
    ],
)  # fmt: skip
def test_a_later_question_the_first_answer_already_answers_gets_no_other_entry(
    assistant: Assistant, question: str, entry: str, told: str
) -> None:
    reply = assistant.answer(question)
    assert reply.answered() == (entry,)
    assert told in reply.text


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("Wie heeft Smart Industry opgericht en wanneer begon het?",
         ("programme.founders", "programme.start")),
        ("How many hubs are there and which ones?", ("hubs.what", "hubs.list")),
        ("wat is smitzh en welke fieldlabs zitten er in zuid-holland",
         ("hub.zuid-holland", "fieldlabs.province.zuid-holland")),
    ],
)  # fmt: skip
def test_a_later_question_its_own_entry_is_written_for_keeps_its_answer(
    assistant: Assistant, question: str, entries: tuple[str, ...]
) -> None:
    assert assistant.answer(question).answered() == entries


def test_a_year_with_a_figure_answers_that_years_figure(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs waren er in 2017?")
    assert reply.entry == "results.fieldlab-count"
    assert "29" in reply.text


def test_a_year_without_a_figure_says_so_and_gives_the_nearest(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen waren er in 2016?")
    assert reply.entry == "results.jobs"
    assert reply.text.startswith("Voor 2016 heb ik geen cijfer.")
    assert "430" in reply.text


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("helo", "smalltalk.greeting"),
        ("wat kun je allemaal voor me doen", "smalltalk.help"),
        ("do you speak English?", "smalltalk.language"),
    ],
)
def test_smalltalk_variants_are_understood(assistant: Assistant, message: str, entry: str) -> None:
    assert entry in assistant.answer(message).answered()


def test_out_of_scope_says_what_the_bot_does_without_suggestions(assistant: Assistant) -> None:
    reply = assistant.answer("wat voor weer wordt het morgen?")
    assert reply.kind == "out_of_scope"
    assert not reply.alternatives
    assert "Fieldlabs" in reply.text


def test_in_scope_but_unknown_points_to_a_hub(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen zijn er bij Unilever?")
    assert reply.kind == "unknown"
    assert "Hub" in reply.text


@pytest.mark.parametrize(
    "question",
    ["What is Smart Industry in the Netherlands?", "wat betekent smart industry eigenlijk?"],
)
def test_what_is_smart_industry_is_the_programme_not_a_hub(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert reply.entry == "programme.what"


def test_a_salary_question_is_not_answered_with_a_biography(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel verdient Mona Keijzer?")
    assert not reply.confident


# -- claims to check ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "clause"),
    [
        ("Klopt het dat de fieldlabs 430 banen opleverden?", "de fieldlabs 430 banen opleverden"),
        ("47 fieldlabs in totaal, klopt dat nog wel?", "47 fieldlabs"),
        ("Is it true that 430 jobs were created?", "430 jobs were created"),
        ("so 240 million was invested, is that still correct or outdated?",
         "so 240 million was invested"),
    ],
)  # fmt: skip
def test_a_claim_to_check_is_matched_on_what_it_claims(message: str, clause: str) -> None:
    assert [c.text for c in read(message).clauses] == [clause]


def test_a_frame_alone_is_kept_as_the_question() -> None:
    assert [c.text for c in read("klopt dat?").clauses] == ["klopt dat"]


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Is it true the fieldlabs created 430 jobs, or is that exaggerated?", "results.jobs"),
        ("waren er in februari 2018 echt 32 fieldlabs, klopt dat?", "results.fieldlab-count"),
        ("klopt het dat er in oktober 2018 al 36 fieldlabs waren", "results.fieldlab-count"),
    ],
)  # fmt: skip
def test_a_claimed_figure_finds_the_entry_that_states_it(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).entry == entry


def test_a_year_said_aloud_in_english_is_a_year() -> None:
    assert numbers_as_digits("in january twenty twenty") == "in january 2020"
    assert numbers_as_digits("by twenty eighteen") == "by 2018"
    assert numbers_as_digits("twenty two jobs") == "22 jobs"


# -- several questions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "who works together in a hub, and who pays for them?",
        "Wie werken er samen in een Smart Industry hub, en wie betaalt ze?",
    ],
)
def test_a_later_question_about_them_asks_something_new_of_the_first_subject(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ("hubs.partners", "hubs.funding")


def test_a_later_question_does_not_borrow_a_subject_the_bot_does_not_know(
    assistant: Assistant,
) -> None:
    assert (
        assistant.answer("Bestaan er in Spanje ook hubs? En wie betaalt die dan?").answered() == ()
    )


def test_a_question_to_the_bot_after_a_statement_stays_about_the_bot(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Hi, I sell flowers in Breda, no idea what this bot does. What can you do for me?"
    )
    assert "smalltalk.help" in reply.answered()


@pytest.mark.parametrize(
    "message",
    [
        "hoeveel is er tussen 2015 en 2019 geïnvesteerd?",
        "hoeveel is er van 2015 tot en met 2019 geïnvesteerd?",
        "how much was invested over 2015-2019?",
    ],
)
def test_a_period_asks_for_the_figure_at_its_end(message: str) -> None:
    (clause,) = read(message).clauses
    assert clause.when is not None and clause.when.year == 2019
    assert "2015" not in clause.text


def test_a_cumulative_figure_over_a_period_is_given(assistant: Assistant) -> None:
    reply = assistant.answer("Wat was de totale investering in de fieldlabs tussen 2015 en 2019?")
    assert reply.entry == "results.investments" and "314" in reply.text


@pytest.mark.parametrize(
    ("message", "clause"),
    [
        ("hoeveel banen waren er volgens de TNO publicatie", "hoeveel banen waren er"),
        ("how many jobs according to the TNO report?", "how many jobs"),
        ("hoeveel bedrijven volgens Shell?", "hoeveel bedrijven volgens shell"),
    ],
)
def test_who_says_it_is_set_aside_unless_the_knowledge_does_not_know_the_source(
    message: str, clause: str
) -> None:
    assert [c.text for c in read(message).clauses] == [clause]


def test_a_figure_attributed_to_a_source_and_year_is_that_figure(assistant: Assistant) -> None:
    reply = assistant.answer(
        "hoeveel bedrijven waren er begin 2019 actief volgens de tno publicatie"
    )
    assert reply.entry == "results.companies" and "600" in reply.text


# -- records named in a question -------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "record"),
    [
        ("Wat is RAMLAB eigenlijk, doen ze daar ook iets met lassen?", "fieldlab.ramlab"),
        ("Is RoboHouse nou een echt fieldlab?", "fieldlab.robohouse"),
        ("what does RAMLAB do, are they into welding too?", "fieldlab.ramlab"),
    ],
)
def test_a_question_that_opens_on_a_record_is_about_that_record(
    assistant: Assistant, message: str, record: str
) -> None:
    assert assistant.answer(message).entry == record


def test_a_record_with_an_unknown_attribute_is_not_its_card(assistant: Assistant) -> None:
    assert assistant.answer("heeft RoboHouse vacatures?").answered() == ()


def test_is_there_a_fieldlab_for_that_takes_the_theme_the_asker_told(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "We zijn een akkerbouwbedrijf in Emmeloord en willen slimmer gaan boeren. "
        "Is daar ook een fieldlab voor?"
    )
    assert reply.entry == "fieldlabs.theme.landbouw"


def test_is_there_a_fieldlab_about_a_theme_asks_whether_one_exists(assistant: Assistant) -> None:
    reply = assistant.answer("Bestaat er ook een fieldlab voor sociale innovatie?")
    assert reply.confident and reply.kind != "unknown"
    still = assistant.answer("Bestaat Fieldlab Sociale Innovatie nog?")
    assert "actief" in still.text


@pytest.mark.parametrize(
    "message",
    [
        "hello, can I ask my questions in English?",
        "can I write in English? my Dutch is still very basic",
        "Mag ik ook in het Engels vragen stellen?",
    ],
)
def test_asking_about_the_language_is_smalltalk(assistant: Assistant, message: str) -> None:
    assert "smalltalk.language" in assistant.answer(message).answered()


def test_two_records_asked_together_are_both_answered(assistant: Assistant) -> None:
    reply = assistant.answer("wat is ramlab en wat is spark")
    assert reply.answered() == ("fieldlab.ramlab", "fieldlab.spark")


def test_a_short_thanks_after_a_question_is_thanks() -> None:
    reading = read("Hoeveel banen zijn er bij de fieldlabs bijgekomen? Dank!")
    assert reading.thanks and len(reading.clauses) == 1


def test_a_short_name_split_by_speech_to_text_is_still_found(assistant: Assistant) -> None:
    assert assistant.answer("wie heeft smits h opgezet").entry == "hub.zuid-holland"


def test_one_count_asked_of_two_things_is_two_questions() -> None:
    assert [c.text for c in read("hoeveel banen en bedrijven telden de fieldlabs?").clauses] == [
        "hoeveel banen telden de fieldlabs",
        "hoeveel bedrijven telden de fieldlabs",
    ]


def test_a_later_question_keeps_its_own_good_answer(assistant: Assistant) -> None:
    reply = assistant.answer("wat zijn fieldlabs en wat zijn hubs?")
    assert reply.answered() == ("fieldlabs.what", "hubs.what")


def test_the_difference_between_two_things_explains_both(assistant: Assistant) -> None:
    reply = assistant.answer("Wat is nou het verschil tussen een hub en een fieldlab?")
    assert set(reply.answered()) == {"hubs.what", "fieldlabs.what"}


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Where is RoboHouse? In Delft somewhere?", "fieldlab.robohouse"),
        ("Hoeveel banen leverden de fieldlabs op? Eind 2018 ofzo?", "results.jobs"),
        ("When were the hubs launched? Early 2018?", "hubs.announced"),
    ],
)
def test_a_guess_after_a_question_asks_nothing_of_its_own(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


@pytest.mark.parametrize(
    ("message", "clause"),
    [
        ("ik wou even vragen hoeveel banen er zijn", "hoeveel banen er zijn"),
        ("I wanted to ask how many jobs there are", "how many jobs there are"),
    ],
)
def test_a_spoken_opening_before_the_question_is_set_aside(message: str, clause: str) -> None:
    assert [c.text for c in read(message).clauses] == [clause]


def test_is_there_a_subsidy_to_get_is_the_subsidy_question(assistant: Assistant) -> None:
    assert (
        assistant.answer("Is er subsidie te krijgen voor fieldlabs?").entry == "programme.subsidy"
    )


def test_a_half_said_in_words_is_a_decimal() -> None:
    assert numbers_as_digits("three and a half million") == "3,5 million"
    assert numbers_as_digits("drie en een half miljoen") == "3,5 miljoen"


def test_counting_verbs_do_not_hide_a_count_question(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs telde ons land in 2017?")
    assert reply.entry == "results.fieldlab-count" and "29" in reply.text


def test_a_second_question_to_the_bot_stays_about_the_bot(assistant: Assistant) -> None:
    reply = assistant.answer("wie ben jij? werk je voor de overheid?")
    assert reply.answered() == ("smalltalk.who",)


def test_her_in_a_second_question_is_the_first_answers_person(assistant: Assistant) -> None:
    reply = assistant.answer("wie is ineke dezentje hamming en wat is haar rol bij smart industry")
    assert reply.answered() == ("people.dezentje",)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hellooo", "smalltalk.greeting"),
        ("heyyy", "smalltalk.greeting"),
        ("is daar iemand?", "smalltalk.greeting"),
        ("gracias", "smalltalk.thanks"),
        ("ciao", "smalltalk.goodbye"),
        ("welterusten", "smalltalk.goodbye"),
        ("have a good one", "smalltalk.goodbye"),
        ("ok", "smalltalk.feedback"),
        ("got it", "smalltalk.feedback"),
        ("je bent dom", "smalltalk.feedback"),
        ("stupid bot", "smalltalk.feedback"),
        ("hoe heet je", "smalltalk.who"),
        ("are you chatgpt", "smalltalk.who"),
        ("waar kan je me mee helpen", "smalltalk.help"),
    ],
)
def test_more_smalltalk_is_recognised(assistant: Assistant, message: str, entry: str) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "smalltalk" and reply.entry == entry


def test_a_word_with_three_same_letters_stays_when_it_is_no_smalltalk(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("hoeveel ideeen kwamen er binnen bij de eerste oproep?")
    assert reply.entry == "programme.actieagenda"


def test_a_compass_region_is_read_as_the_regions_name() -> None:
    from bot.understanding import regions_named

    assert regions_named("wie leidt de hub in het oosten") == "wie leidt de hub in oost-nederland"
    assert regions_named("the north of the country") == "noord-nederland"
    assert regions_named("noordelijke hub") == "noordelijke hub"


def test_a_guessed_number_does_not_decide_the_topic(assistant: Assistant) -> None:
    from bot.understanding import without_hedged_numbers

    assert (
        without_hedged_numbers("the fieldlabs made around 400 jobs") == "the fieldlabs made jobs"
    )
    assert without_hedged_numbers("was het nou 30000 of zo") == "was het nou"
    assert without_hedged_numbers("er zijn 430 banen") == "er zijn 430 banen"
    for message in (
        "My colleague keeps saying the fieldlabs made around four hundred jobs. Is this correct?",
        "klopt het dat de fieldlabs zo rond de vierhonderd banen opleverden?",
    ):
        reply = assistant.answer(message)
        assert reply.entry == "results.jobs" and "430" in render_plain(reply)


@pytest.mark.parametrize(
    ("message", "record"),
    [
        ("what is RAMLAB and which hub is it part of", "fieldlab.ramlab"),
        ("is do iot ook een fieldlab? bij welke hub hoort het", "fieldlab.do-iot"),
        (
            "wat is region of smart factories en hoeveel geld zat er in dat project",
            "fieldlab.rosf",
        ),
    ],
)
def test_it_in_a_second_question_is_the_first_answers_record(
    assistant: Assistant, message: str, record: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() and set(reply.answered()) <= {record}


@pytest.mark.parametrize(
    "message",
    [
        "mag ik iets vragen?",
        "can I ask you something?",
        "kan ik hier vragen stellen over fieldlabs?",
    ],
)
def test_asking_to_ask_gets_the_help(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "smalltalk.help"
    assert read(message).preamble


def test_a_greeting_with_a_preamble_stays_a_greeting(assistant: Assistant) -> None:
    assert assistant.answer("hallo, ik heb een vraag").entry == "smalltalk.greeting"


@pytest.mark.parametrize(
    "remark", ["Wauw.", "Snap ik.", "Haha nog eentje:", "Oké top 👍", "Nice one."]
)
def test_a_remark_beside_an_answered_question_gets_no_reply_of_its_own(
    assistant: Assistant, remark: str
) -> None:
    reply = assistant.answer(f"{remark} hoeveel banen hebben de fieldlabs opgeleverd?")
    assert reply.entry == "results.jobs" and len(reply.parts) <= 1
    assert not reply.text.startswith(("Daar kan ik", "Dat staat niet", "Bedankt voor"))


def test_a_reply_of_several_parts_says_each_thing_once(assistant: Assistant) -> None:
    reply = assistant.answer("wat is de smart industry declaration en wanneer is die getekend?")
    paragraphs = [p for p in reply.text.split("\n\n") if p]
    assert len(paragraphs) == len(set(paragraphs))
    sentences = [s for p in paragraphs if "\n" not in p for s in p.split(". ") if len(s) > 20]
    assert len(sentences) == len(set(sentences))
