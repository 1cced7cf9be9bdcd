"""Single chat messages with the noise of chat around the question: an @mention, laughter
and swearing, a reason told after it, a greeting or a drive in front of it, two questions
where the second says only its new place, smalltalk asked in many words, a town that shares
its name with its province, a theme asked without the word Fieldlab."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant, render_plain
from bot.understanding import read

# -- addressing and chat noise ------------------------------------------------------------


def test_an_at_mention_addresses_the_bot_and_is_no_part_of_the_question() -> None:
    reading = read("@fieldbot hoeveel fieldlabs zijn er")
    assert reading.clauses[0].text == "hoeveel fieldlabs zijn er"
    assert "bot" not in read("can you answer in english @bot").text


def test_a_mention_at_the_end_of_a_smalltalk_question_keeps_it_smalltalk(
    assistant: Assistant,
) -> None:
    assert assistant.answer("do you speak dutch @bot").answered() == ("smalltalk.language",)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wtf is een hub 😂", "hubs.what"),
        ("hoeveel bedrijven doen er mee aan die fieldlabs haha", "results.companies"),
        ("how many fieldlabs are there lol", "results.fieldlab-count"),
    ],
)
def test_laughter_and_swearing_do_not_sink_a_known_question(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_laughter_alone_is_still_a_remark(assistant: Assistant) -> None:
    assert read("hahaha").clauses[0].text == "hahaha"  # kept, not read as a question
    assert all(e.startswith("smalltalk.") for e in assistant.answer("hahaha").answered())


def test_an_exclamation_before_a_yes_no_question_is_dropped_not_made_a_what() -> None:
    assert read("omg is er een fieldlab in zwolle?").clauses[0].text.startswith("is er")
    assert read("wtf zijn er echt 47 fieldlabs?").clauses[0].text.startswith("zijn er")


def test_a_reason_told_after_the_question_is_not_matched() -> None:
    reading = read("hoeveel geld is er in de fieldlabs gestoken want bij ons is alles duur")
    assert reading.clauses[0].text.endswith("gestoken")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Hoeveel euro is er tot eind 2018 geïnvesteerd, en volgens welke bron?",
            "results.investments",
        ),
        ("How many jobs did the fieldlabs create, and what is the source?", "results.jobs"),
        ("hoeveel bedrijven doen er mee? bron graag", "results.companies"),
    ],
)
def test_asking_for_the_source_after_a_question_keeps_the_question(
    assistant: Assistant, question: str, entry: str
) -> None:
    reply = assistant.answer(question)
    assert entry in reply.answered()
    assert "Bron" in render_plain(reply) or "Source" in render_plain(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "What is CAMPIONE about? Predictive maintenance I think, for process industry?",
            "fieldlab.campione",
        ),
        ("Waar zit SPARK? In Eindhoven geloof ik, bij de campus?", "fieldlab.spark"),
    ],
)
def test_a_guess_with_a_hedge_after_the_question_is_told_not_asked(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert assistant.answer(question).answered() == (entry,)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Mijn accountant vroeg hoeveel geld er in die fieldlabs is gestoken. Weet u dat?",
            "results.investments",
        ),
        ("My boss asked me who runs BOOST. Do you know?", "hub.oost"),
    ],
)
def test_a_question_someone_else_asked_is_the_question(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert assistant.answer(question).answered() == (entry,)


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel banen heeft het opgeleverd? Want ik lees mooie verhalen maar wat levert het op?",
        "Hoeveel directe banen zijn er tot eind 2018 bijgekomen en door wie is dat geteld?",
        "How is the programme structured? national office, hubs... how does it all work?",
    ],
)
def test_an_answer_is_not_followed_by_not_in_my_sources_for_the_same_question(
    assistant: Assistant, question: str
) -> None:
    text = render_plain(assistant.answer(question))
    assert "niet in mijn bronnen. Met uw vraag" not in text
    assert "not in my sources. You can" not in text
    assert "Daar kan ik u niet mee helpen" not in text and "outside what I know" not in text


def test_how_long_the_answer_may_be_is_not_what_is_asked(assistant: Assistant) -> None:
    assert "programme.what" in assistant.answer("what is smart industry in 2 sentences").answered()


# -- a greeting or a drive before the question ----------------------------------------------


def test_a_drive_told_before_a_voice_question_is_an_introduction() -> None:
    reading = read("hoi ik rij net langs enschede welke hub is er voor overijssel")
    assert reading.intro == "ik rij net langs enschede"
    assert reading.clauses[0].text.startswith("welke hub")


def test_a_misheard_hub_after_smart_industry_is_a_hub(assistant: Assistant) -> None:
    assert (
        "hub.oost"
        in assistant.answer("welke smart industrie hap is er voor gelderland").answered()
    )
    # English "up" after "industry" is no hub said aloud.
    reply = assistant.answer("what has smart industry up to now achieved?")
    assert "people.telgenhof" not in reply.answered()


def test_a_choice_inside_one_question_is_no_guess_at_its_answer(assistant: Assistant) -> None:
    reply = assistant.answer("wie is het aanspreekpunt voor fieldlabs in limburg of brabant")
    assert reply.kind != "out_of_scope"
    assert read("waar is het programmabureau gevestigd of is het opgeheven?").clauses[0].text != (
        "waar"
    )


def test_an_asker_who_told_their_town_gets_its_fieldlabs_for_which_ones(
    assistant: Assistant,
) -> None:
    assert assistant.answer("ik zit in delft, welke fieldlabs zijn er?").entry == (
        "fieldlabs.place.delft"
    )


def test_until_now_asks_for_the_latest_figure() -> None:
    clause = read("how many companies joined the fieldlabs until now?").clauses[0]
    assert clause.when is not None and clause.when.latest
    assert "until" not in clause.text


def test_a_question_pointing_back_at_the_introduction_asks_about_what_it_ended_on(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "goeie morgen. wij hebben een lasbedrijf en de accountant zegt dat we iets met "
        "smart industry moeten. wat is dat eigenlijk"
    )
    assert "programme.what" in reply.answered()


def test_something_after_we_in_an_introduction_is_no_question_word() -> None:
    reading = read("ik heb een lasbedrijf en we willen wat met robots doen. welke hub helpt mij")
    assert reading.intro is not None and "wat met robots" in reading.intro
    assert [c.text for c in reading.clauses] == ["welke hub helpt mij"]


# -- two questions, the second with only its new place ---------------------------------------


def test_which_in_another_place_asks_the_first_question_of_that_place(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Welke fieldlabs zitten er in Eindhoven, en welke in Delft?")
    assert reply.answered() == ("fieldlabs.place.eindhoven", "fieldlabs.place.delft")


def test_a_second_province_asked_with_which_gets_its_own_list(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Which fieldlabs are in the province of Friesland, and which in Drenthe?"
    )
    assert reply.answered() == ("fieldlabs.province.friesland", "fieldlabs.province.drenthe")


# -- smalltalk in many words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hoe werkt dit ding eigenlijk?", "smalltalk.help"),
        ("What sort of questions can you answer?", "smalltalk.help"),
        ("?", "smalltalk.help"),
        ("r u a robot?", "smalltalk.who"),
        ("Good morning, before I start: am I talking to an automated system?", "smalltalk.who"),
        ("mag ik ook in het fries vragen stellen?", "smalltalk.language"),
        ("Would it be okay if I write in English?", "smalltalk.language"),
        ("thanks, bye, have a nice weekend", "smalltalk.goodbye"),
        ("Great, exactly what I was looking for.", "smalltalk.feedback"),
        ("I think you are mistaken about that.", "smalltalk.feedback"),
    ],
)
def test_smalltalk_said_in_other_words_is_smalltalk(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_a_remark_with_what_i_found_in_it_is_feedback_not_a_question(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("That contradicts what I read in the TNO report.")
    assert reply.answered() == ("smalltalk.feedback",)


def test_a_complaint_before_a_question_keeps_the_question(assistant: Assistant) -> None:
    assert "results.jobs" in assistant.answer("thats wrong, how many jobs were there").answered()


# -- places, routing and records --------------------------------------------------------------


def test_a_sentence_start_moved_behind_the_question_is_no_place(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Een klant uit Breda vroeg het ons: bij welke Smart Industry Hub kan hij aankloppen?"
    )
    assert reply.answered() == ("route.unknown",)
    assert "Breda" in render_plain(reply)


def test_fieldlab_is_er_is_no_typo_of_a_fieldlab_name(assistant: Assistant) -> None:
    reply = assistant.answer("Welk fieldlab is er in Dordrecht?")
    assert reply.answered() == ("fieldlabs.place.dordrecht",)


def test_a_town_that_shares_its_name_with_its_province_is_the_town(assistant: Assistant) -> None:
    reply = assistant.answer("fieldlabs groningen?")
    assert reply.answered() == ("fieldlabs.place.groningen",)
    assert "provincie Groningen" in render_plain(reply)
    english = assistant.answer("which fieldlabs are in groningen")
    assert english.answered() == ("fieldlabs.place.groningen",)
    assert "province of Groningen" in render_plain(english)


def test_saying_province_gets_the_province_list(assistant: Assistant) -> None:
    reply = assistant.answer("welke fieldlabs zijn er in de provincie groningen")
    assert reply.answered() == ("fieldlabs.province.groningen",)


# -- a theme asked without the word Fieldlab ---------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("is er iets met 3d printen?", "fieldlabs.theme.3d-printen"),
        ("hebben jullie ook wat met robots en cobots?", "fieldlabs.theme.robotica"),
        ("sociale innovatie fieldlabs?", "fieldlabs.theme.sociale-innovatie"),
    ],
)
def test_a_theme_asked_without_fieldlab_lists_the_theme(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


def test_the_fieldlab_named_after_a_theme_is_still_found_by_its_name(
    assistant: Assistant,
) -> None:
    assert assistant.answer("wat doet fieldlab sociale innovatie").answered() == (
        "fieldlab.sociale-innovatie",
    )


# -- frames around the question ---------------------------------------------------------------


def test_a_question_passed_on_from_someone_else_is_the_question(assistant: Assistant) -> None:
    reply = assistant.answer("My boss asks me how many jobs the fieldlabs created")
    assert "results.jobs" in reply.answered()


def test_according_without_to_is_an_attribution() -> None:
    clause = read("How many jobs did the fieldlabs create according TNO?").clauses[0]
    assert "tno" not in clause.text.split()


def test_a_source_named_with_its_fieldlab_coordinators_is_left_out_but_fieldlab_stays() -> None:
    clause = read("Why, according to the Fieldlab coordinators, should small firms join?").clauses[
        0
    ]
    assert "coordinators" not in clause.text and "fieldlab" in clause.text


def test_a_guess_at_who_after_the_question_is_not_asked(assistant: Assistant) -> None:
    reading = read("wie zit er achter smart industry, is dat de overheid of de fme")
    assert [c.text for c in reading.clauses] == ["wie zit er achter smart industry"]
    assert "programme.founders" in assistant.answer(reading.text).answered()


def test_a_second_question_offering_a_choice_stays_a_question() -> None:
    reading = read("welke hubs zijn er en is dat per provincie of per regio")
    assert "per provincie" in " ".join(c.text for c in reading.clauses)


def test_what_one_hears_said_after_the_question_is_context() -> None:
    reading = read("zeg hoeveel banen zijn er nou, je hoort steeds andere getallen")
    assert reading.clauses[0].text == "hoeveel banen zijn er"
    assert reading.intro == "je hoort steeds andere getallen"


def test_two_things_set_side_by_side_are_asked_one_by_one(assistant: Assistant) -> None:
    reply = assistant.answer("robohouse vs ramlab wat doen die")
    assert {"fieldlab.robohouse", "fieldlab.ramlab"} <= set(reply.answered())


def test_dutch_ten_aanzien_is_no_number() -> None:
    clause = read("wat zei TNO ten aanzien van de hubs").clauses[0]
    assert "10" not in clause.text.split()


def test_what_a_colon_asks_for_is_listed_after_it(assistant: Assistant) -> None:
    reading = read("I need the TNO figures: the number of jobs, and the number of companies.")
    assert [c.text for c in reading.clauses] == ["the number of jobs", "the number of companies"]
    reply = assistant.answer(reading.text)
    assert {"results.jobs", "results.companies"} <= set(reply.answered())


def test_what_is_that_after_a_told_sentence_asks_about_what_it_was_about(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Een klant stelde vragen over RoboHouse. Wat is dat precies?")
    assert reply.answered() == ("fieldlab.robohouse",)


# -- keywords, shared tails and short sentences about the asker ---------------------------------


def test_keywords_joined_by_plus_are_asked_one_by_one(assistant: Assistant) -> None:
    reading = read("banen + bedrijven fl 2018?")
    assert [c.text for c in reading.clauses] == ["banen fieldlab", "bedrijven fieldlab"]
    assert all(c.when is not None and c.when.year == 2018 for c in reading.clauses)
    reply = assistant.answer("invest + banen fl tm 2018?")
    assert {"results.investments", "results.jobs"} <= set(reply.answered())


def test_two_counts_share_the_tail_of_the_second() -> None:
    reading = read("hoeveel banen en hoeveel bedrijven hebben de fieldlabs opgeleverd")
    assert reading.clauses[0].text == "hoeveel banen hebben de fieldlabs opgeleverd"


def test_a_short_sentence_about_us_before_the_questions_is_an_introduction(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "hi! we're in Deventer, 20 people. we make trailers. how many fieldlabs are there, "
        "how many hubs, and is there one near us?"
    )
    assert reply.answered()[-1] == "hub.oost"


def test_in_one_hub_is_in_any_hub(assistant: Assistant) -> None:
    reply = assistant.answer("What kind of organisations work together in one hub?")
    assert reply.answered() == ("hubs.partners",)


def test_on_which_date_asks_when(assistant: Assistant) -> None:
    reply = assistant.answer("On which date the Smart Industry action agenda was presented?")
    assert reply.answered() == ("programme.actieagenda",)


def test_a_lone_question_word_asks_about_the_keyword_before_it() -> None:
    assert [c.text for c in read("hubs? hoeveel").clauses] == ["hoeveel hubs"]
    assert [c.text for c in read("bedankt! hoeveel?").clauses] == ["hoeveel"]
    assert [c.text for c in read("bel me op, hoeveel banen?").clauses][-1] == "hoeveel banen"


def test_a_request_to_tell_in_short_is_no_part_of_the_question() -> None:
    assert read("Kun je me in het kort vertellen wat een hub is?").clauses[0].text == (
        "wat een hub is"
    )


def test_a_question_word_with_only_its_noun_asks_the_first_questions_verb() -> None:
    reading = read("aan wie is de implementatieagenda overhandigd en op welk evenement?")
    assert reading.clauses[1].text == "op welk evenement is de implementatieagenda overhandigd"


def test_a_name_before_a_colon_is_what_the_questions_after_it_are_about(
    assistant: Assistant,
) -> None:
    reading = read("Mijn docent vraagt naar SMITZH: in welk jaar is de hub opgericht?")
    assert reading.clauses[0].text.endswith("smitzh")
    assert "hub.zuid-holland" in assistant.answer(reading.text).answered()
    purpose = read("For an article on European policy: what was signed at the 2019 Jaarevent?")
    assert "european" not in purpose.clauses[0].text


# -- a message in capitals, a region in everyday words ------------------------------------


def test_a_message_in_capitals_gives_no_names_by_its_capitals(assistant: Assistant) -> None:
    # Not the village "Een" in Drenthe: all capitals say nothing of what is a name.
    assert assistant.answer("WAT IS EEN FIELDLAB").answered() == ("fieldlabs.what",)
    assert assistant.answer("WAT IS EEN HUB").answered() == ("hubs.what",)
    assert assistant.answer("WAT DOET DCMC").answered() == ("fieldlab.dcmc",)


@pytest.mark.parametrize(
    ("message", "entry", "said"),
    [
        ("in twente", "hub.oost", "Twente (Overijssel)"),
        ("we zitten in de achterhoek", "hub.oost", "Achterhoek (Gelderland)"),
        ("bedrijf in frysland", "hub.noord", "Friesland"),
        ("bedrijf in overijssel", "hub.oost", "BOOST"),
        ("bedrijf in brabant", "route.unknown", "Noord-Brabant"),
        ("what about Zeeland", "route.unknown", "Zeeland"),
    ],
)
def test_a_region_or_a_message_that_only_names_a_place_routes_to_its_hub(
    assistant: Assistant, message: str, entry: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == (entry,)
    assert said in render_plain(reply)


def test_a_region_over_several_provinces_asks_which_one(assistant: Assistant) -> None:
    said = render_plain(assistant.answer("in de randstad"))
    assert "Noord-Holland, Zuid-Holland en Utrecht" in said
    assert "In welke provincie" in said


def test_no_fieldlab_in_a_province_still_points_to_its_hub(assistant: Assistant) -> None:
    for message in ("fieldlabs in overijssel", "fieldlabs in twente"):
        reply = assistant.answer(message)
        assert reply.declined  # which Fieldlabs there are is not known
        assert "BOOST (https://boostsmartindustry.nl)" in render_plain(reply)


def test_where_the_business_is_said_before_the_question_is_no_question_of_its_own() -> None:
    reading = read("bedrijf in almere, welke smart industry hub")
    assert reading.intro == "bedrijf in almere"
    assert [c.text for c in reading.clauses] == ["welke smart industry hub"]


# -- an entrepreneur who does not yet know what to ask -------------------------------------


def test_what_to_do_with_a_trade_and_a_town_gets_the_hub_and_the_fieldlabs_of_the_trade(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Ik heb een bedrijf van 40 man in de metaal in Enschede, wat moet ik doen en bij wie "
        "kan ik terecht?"
    )
    assert reply.answered()[:2] == ("hub.oost", "fieldlabs.theme.metaal")
    said = render_plain(reply)
    assert "https://boostsmartindustry.nl" in said
    assert "Smart Welding Factory" in said and "Smart Bending Factory" in said


@pytest.mark.parametrize(
    "message", ["ik wil automatiseren", "hulp nodig met digitaliseren", "we want to automate"]
)
def test_a_wish_to_digitise_points_to_the_hubs(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("hubs.contact",)


def test_what_to_do_said_alone_is_no_question_about_the_hubs() -> None:
    assert [c.text for c in read("wat moet ik doen").clauses] == ["wat moet ik doen"]


# -- the reply language --------------------------------------------------------------------


@pytest.mark.parametrize(
    "message", ["smart industry", "world class maintenance fieldlab", "a", "smart industry hubs"]
)
def test_keywords_and_names_in_english_say_no_language(assistant: Assistant, message: str) -> None:
    # Dutch users type the programme's English names as they are: the default stays.
    assert assistant.language_of(message) == "nl"
    assert assistant.language_of("What is Smart Industry?") == "en"


@pytest.mark.parametrize(
    "message", ["Was ist ein Fieldlab?", "Qu'est-ce qu'un fieldlab ?", "¿Qué es un fieldlab?"]
)
def test_a_question_in_another_language_says_which_languages_and_answers_it(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered()[-1] == "fieldlabs.what"
    assert render_plain(reply).startswith("Ik antwoord in het Nederlands of het Engels")


def test_a_dutch_or_english_question_is_not_taken_for_another_language() -> None:
    assert not read("wat is een fieldlab?").foreign
    assert not read("wie is de contactpersoon van de hub in limburg").foreign
    assert read("Gibt es Fieldlabs in Deutschland? Ich bin Unternehmer").foreign


# -- what is asked: how to join, a count of a year ------------------------------------------


def test_what_to_do_to_join_asks_how_to_join(assistant: Assistant) -> None:
    assert assistant.answer("wat moet ik doen om mee te doen aan een fieldlab").answered() == (
        "fieldlabs.join",
    )
    assert assistant.answer("what do i need to do to join a fieldlab").answered() == (
        "fieldlabs.join",
    )


def test_a_count_of_a_past_year_is_not_answered_with_todays_list(assistant: Assistant) -> None:
    reply = assistant.answer("Hoeveel fieldlabs in Zuid-Holland en Brainport volgens TNO 2017?")
    assert "fieldlabs.province.zuid-holland" not in reply.answered()
    listed = assistant.answer("hoeveel fieldlabs zijn er in zuid-holland")
    assert listed.answered() == ("fieldlabs.province.zuid-holland",)


# -- a told sentence before the question, contact details, a yes to a "when" ----------------


def test_the_article_het_does_not_point_back_to_the_sentence_before(
    assistant: Assistant,
) -> None:
    message = (
        "Goedemiddag, ik schrijf een scriptie over Smart Industry. Wanneer is het programma "
        "precies gestart?"
    )
    assert read(message).clauses[-1].text == "wanneer is het programma precies gestart"
    assert "programme.start" in assistant.answer(message).answered()


@pytest.mark.parametrize("message", ["bel me op 06-12345678", "call me at 0612345678"])
def test_a_message_of_contact_details_only_gets_only_the_privacy_note(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    said = render_plain(reply)
    assert reply.kind == "empty"
    assert "niet zeker" not in said and "not sure" not in said
    assert reply.contact_given or "e-mail" in said


def test_a_when_question_gets_no_yes_in_front_of_its_answer(assistant: Assistant) -> None:
    when = render_plain(assistant.answer("Wanneer verscheen de Dialogic evaluatie?"))
    assert when.startswith("Dialogic evalueerde")
    yes_no = render_plain(assistant.answer("is er een evaluatie van smart industry?"))
    assert yes_no.startswith("Ja: Dialogic")


def test_a_second_line_with_only_a_new_place_asks_the_question_again_for_it(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("welke hub voor groningen?\nen voor limburg?")
    assert reply.answered() == ("hub.noord", "route.unknown")
    assert "Limburg" in render_plain(reply)
    assert assistant.answer("en voor limburg?").answered() == ("route.unknown",)


# -- a theme near a place ------------------------------------------------------------------


def test_a_theme_with_no_fieldlab_near_the_place_lists_the_theme_and_names_the_hub(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("cobot fieldlab in de buurt van enschede")
    said = render_plain(reply)
    assert reply.answered() == ("fieldlabs.theme.robotica",)
    assert "Een Fieldlab voor robotica in Enschede (Overijssel) staat niet" in said
    assert "RoboHouse" in said and "BOOST (https://boostsmartindustry.nl)" in said
    # With one there, the place's own list.
    assert assistant.answer("robotica fieldlabs in delft").answered() == ("fieldlabs.place.delft",)


def test_any_other_labs_asked_without_a_question_mark_is_a_question() -> None:
    reading = read("cobots? any other labs with robots")
    assert [c.text for c in reading.clauses] == ["cobots", "any other labs with robots"]


def test_a_spoken_hub_after_welke_is_a_hub(assistant: Assistant) -> None:
    reading = read("ik zit in groningen welke hap is dat")
    assert reading.clauses[-1].text == "welke hub is dat"
    assert assistant.answer("ik zit in groningen welke hap is dat").answered() == ("hub.noord",)


def test_a_self_introduction_abroad_says_the_sources_are_dutch_only(
    assistant: Assistant,
) -> None:
    said = render_plain(assistant.answer("ik zit in belgië, antwerpen"))
    assert "alleen over Nederland" in said and "België" in said


def test_a_question_about_fieldlabs_is_no_smalltalk_about_the_bot(assistant: Assistant) -> None:
    assert assistant.answer("best fieldlab for AI?").kind == "unknown"
    assert assistant.answer("are you an AI?").answered() == ("smalltalk.who",)


def test_a_postcode_alone_asks_for_the_town(assistant: Assistant) -> None:
    # No offline source maps postcodes to provinces: the town or province is asked for.
    said = render_plain(assistant.answer("postcode 7511 AB"))
    assert "Noem uw plaats of provincie" in said
    assert assistant.answer("we zitten in 7511 AB Enschede").answered() == ("hub.oost",)


def test_what_the_asker_would_buy_with_a_subsidy_is_no_part_of_the_question(
    assistant: Assistant,
) -> None:
    assert assistant.answer("kan ik subsidie krijgen voor een robot").answered() == (
        "programme.subsidy",
    )


# -- smalltalk as fresh writers put it -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "entry"),
    [
        ("Nou, dat was een keurig antwoord, mijn complimenten aan de makers.", "feedback"),
        ("hmm volgens mij heb je mijn vraag niet goed begrepen", "feedback"),
        ("thumbs up, that answer was spot on", "feedback"),
        ("I think this answer is not correct. The number I have seen was different.", "feedback"),
        ("Ik ga er weer vandoor, de koffie wordt koud. Tot ziens!", "goodbye"),
        ("So, I must go to a meeting now. Goodbye and have a nice day.", "goodbye"),
        ("ttyl ✌️", "goodbye"),
        ("Do you also speak German? My English is not so perfect.", "language"),
        ("mag ik ook in het Engels vragen? mijn begeleider is Spaans", "language"),
        ("ben je een echt persoon of een computer?", "who"),
    ],
)
def test_smalltalk_with_a_remark_around_it_is_that_smalltalk(
    assistant: Assistant, said: str, entry: str
) -> None:
    assert assistant.answer(said).entry == f"smalltalk.{entry}"


def test_a_statement_next_to_smalltalk_is_not_asked_as_a_question() -> None:
    reading = read("Ik ga er weer vandoor, de koffie wordt koud. Tot ziens!")
    assert reading.goodbye and not reading.clauses
