"""Follow-ups found weak by the generated check (scripts/followups.py): the other Hubs after
a Hub, other Fieldlabs "there" at the end, "hoe zit dat in …?", a record someone knows or
heard of, the short version of a card, "where did you read that?"."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_the_other_hubs_after_a_hub_lists_the_hubs(assistant: Assistant) -> None:
    for first, other in (
        ("wat is BOOST", "en de andere hubs?"),
        ("wat is SMITZH", "zijn er meer hubs"),
        ("what is Hub Noord?", "any other hubs"),
        ("What is Smart Industry Hub Zuid?", "are there other hubs too?"),
    ):
        _, hubs = talk(assistant, first, other)
        assert hubs.answered() == ("hubs.list",), other
        assert "BOOST" in hubs.text and "SMITZH" in hubs.text


def test_a_question_about_the_other_hubs_is_not_their_list(assistant: Assistant) -> None:
    _, money = talk(assistant, "wat is BOOST", "hoeveel geld kregen de andere hubs?")
    assert "hubs.list" not in money.answered()


def test_other_fieldlabs_there_said_last_lists_the_records_town(assistant: Assistant) -> None:
    for other in ("and other fieldlabs there", "anything else there?", "any other labs there?"):
        _, more = talk(assistant, "what is RoboHouse?", other)
        assert more.answered() == ("fieldlabs.place.delft",), other
        assert "SAM|XL" in more.text


def test_are_there_other_fieldlabs_says_there_of_no_town(assistant: Assistant) -> None:
    _, other = talk(assistant, "what is RoboHouse?", "are there other fieldlabs?")
    assert "fieldlabs.place.delft" not in other.answered()


def test_hoe_zit_dat_in_another_town_asks_the_list_of_that_town(assistant: Assistant) -> None:
    _, delft = talk(assistant, "welke fieldlabs zijn er in Groningen?", "hoe zit dat in Delft")
    assert delft.answered() == ("fieldlabs.place.delft",)


def test_hoe_zit_dat_in_a_province_is_no_record_of_the_list(assistant: Assistant) -> None:
    _, other = talk(
        assistant, "welke fieldlabs zitten er in Drenthe?", "hoe zit dat in Noord-Holland"
    )
    assert other.answered() == ("fieldlabs.province.noord-holland",)


def test_hoe_zit_het_dan_met_another_town_asks_its_hub(assistant: Assistant) -> None:
    _, north = talk(assistant, "bij welke hub hoort Zwolle?", "hoe zit het dan met Groningen?")
    assert north.answered() == ("hub.noord",)


def test_where_is_it_after_a_list_still_asks_which_one(assistant: Assistant) -> None:
    _, which = talk(assistant, "welke fieldlabs zitten er in Drenthe?", "en waar zit dat?")
    assert which.answered() == ()


def test_knowing_or_having_heard_of_a_record_asks_its_card(assistant: Assistant) -> None:
    for message, record in (
        ("goedemorgen, ken jij BouwLab", "fieldlab.bouwlab"),
        ("ken je RoboHouse", "fieldlab.robohouse"),
        ("heb je weleens van SAM|XL gehoord?", "fieldlab.samxl"),
        ("hello! ever heard of SPARK", "fieldlab.spark"),
        ("have you heard of BOOST?", "hub.oost"),
    ):
        (card,) = talk(assistant, message)
        assert record in card.answered(), message


def test_the_short_version_of_a_card_is_the_sentence_of_what_it_is(
    assistant: Assistant,
) -> None:
    card, short = talk(assistant, "wat is BOOST", "te lang, korter aub")
    assert short.answered() == ("hub.oost",)
    assert short.text.startswith("BOOST is het Smart Industry-netwerk van Oost-Nederland")
    assert len(short.text) < len(card.text) / 2


def test_short_version_please_in_english(assistant: Assistant) -> None:
    _, short = talk(assistant, "What is ICD?", "too long, short version pls")
    assert short.answered() == ("fieldlab.icd",)
    assert "Smart Industry Fieldlab" in short.text and "Themes:" not in short.text


def test_where_did_you_read_that_gives_the_sources(assistant: Assistant) -> None:
    _, sources = talk(assistant, "What is Fieldlab SAMEN?", "where did you read that")
    assert "sources of my last answer" in sources.text
    assert "World Class Maintenance" in sources.text


def test_what_came_after_a_hub_is_its_successor(assistant: Assistant) -> None:
    for first, after, hub in (
        ("wat is SMITZH", "en wat kwam er daarna", "hub.zuid-holland"),
        ("what is SMITZH?", "what came after it?", "hub.zuid-holland"),
        ("wat is BOOST", "wat is de opvolger", "hub.oost"),
        ("what is SMITZH", "what is the successor", "hub.zuid-holland"),
    ):
        _, successor = talk(assistant, first, after)
        assert successor.answered() == (hub,), after
        assert "EDIH" in successor.text


def test_what_is_a_name_after_a_fieldlab_still_defines_it(assistant: Assistant) -> None:
    _, edih = talk(assistant, "wat is RoboHouse", "wat is edih?")
    assert "fieldlab.robohouse" not in edih.answered()


def test_who_measured_that_gives_the_figures_source(assistant: Assistant) -> None:
    for first, who in (
        ("how many fieldlabs were there in 2020?", "who measured that one?"),
        ("hoeveel banen hebben de fieldlabs opgeleverd?", "wie heeft dat geteld"),
        ("hoeveel is er geinvesteerd in de fieldlabs?", "volgens welk onderzoek?"),
    ):
        _, sources = talk(assistant, first, who)
        assert "TNO" in sources.text, who
        assert sources.text.startswith(("The sources of", "De bronnen van")), who


def test_what_is_there_in_a_town_lists_its_fieldlabs(assistant: Assistant) -> None:
    (delft,) = talk(assistant, "wat zit er in Delft?")
    assert delft.answered() == ("fieldlabs.place.delft",)
    _, hoogeveen = talk(
        assistant, "welke fieldlabs zijn er in Drenthe", "wat zit er in hoogeveen dan"
    )
    assert hoogeveen.answered() == ("fieldlabs.place.hoogeveen",)
    (haarlem,) = talk(assistant, "what is there in Haarlem?")
    assert haarlem.answered() == ("fieldlabs.place.haarlem",)


def test_where_i_am_is_still_the_route_to_my_hub(assistant: Assistant) -> None:
    (route,) = talk(assistant, "ik zit in Hoogeveen, waar kan ik terecht?")
    assert route.answered() == ("hub.noord",)


def test_what_is_there_in_another_province_after_a_list(assistant: Assistant) -> None:
    _, east = talk(
        assistant, "Which fieldlabs are there in Zuid-Holland?", "what is there in Overijssel"
    )
    assert "fieldlabs.province.zuid-holland" not in east.answered()
    assert "no Fieldlab in Overijssel" in east.text


def test_een_in_the_last_question_is_the_article_not_the_village(assistant: Assistant) -> None:
    _, flevoland = talk(assistant, "zit er een fieldlab in Overijssel", "en in Flevoland dan?")
    assert flevoland.answered() == ()
    assert "geen Fieldlab in Flevoland" in flevoland.text


def test_a_follow_up_after_thanks_is_still_asked(assistant: Assistant) -> None:
    for first, after, expected in (
        ("wat is RoboHouse", "dank je! zit daar nog meer", "fieldlabs.place.delft"),
        ("wat is RoboHouse", "dankjewel! korter graag", "fieldlab.robohouse"),
        ("wat is BOOST", "thanks! website?", "hub.oost"),
        ("what is RoboHouse?", "thanks! anything else there", "fieldlabs.place.delft"),
        ("wat is RoboHouse", "dank je! en SPARK dan", "fieldlab.spark"),
        ("what is SMITZH?", "thanks! and Smart Bending Factory", "fieldlab.smart-bending-factory"),
        ("what is BOOST?", "thanks! where is that from?", "hub.oost"),
    ):
        _, reply = talk(assistant, first, after)
        assert expected in reply.answered(), after


def test_thanks_and_a_remark_or_own_plans_ask_nothing(assistant: Assistant) -> None:
    for after in ("bedankt! en dat is mooi", "bedankt! ik kijk er even naar", "jammer. bedankt"):
        _, reply = talk(assistant, "wat is BOOST", after)
        assert reply.answered() == ("smalltalk.thanks",), after


def test_two_swapped_letters_in_a_follow_up_are_read_as_meant(assistant: Assistant) -> None:
    for first, after, expected, shown in (
        ("wat is SPARK", "wehre r they", "fieldlab.spark", "'s-Hertogenbosch"),
        ("what is SMITZH?", "what came atfer it?", "hub.zuid-holland", "EDIH"),
        ("fieldlabs in Delft", "what aobut Drenthe", "fieldlabs.province.drenthe", "Emmen"),
        ("hoeveel banen hebben de fieldlabs opgeleverd?", "vlogens welk onderzoek?",
         "results.jobs", "TNO"),
    ):  # fmt: skip
        _, reply = talk(assistant, first, after)
        assert reply.answered() == (expected,), after
        assert shown in reply.text, after


def test_a_place_or_a_field_lab_said_by_ear_is_no_swapped_word(assistant: Assistant) -> None:
    (emst,) = talk(assistant, "zijn er fieldlabs in Emst?")
    assert "Emst" in emst.text
    (lab,) = talk(assistant, "wat is een fiel lab precies")
    assert lab.answered() == ("fieldlabs.what",)


def test_ok_cool_before_a_follow_up_is_an_acknowledgement(assistant: Assistant) -> None:
    _, more = talk(assistant, "What is DCMC?", "ok cool, anything else there")
    assert more.answered() == ("fieldlabs.place.woensdrecht",)


def test_engels_aub_asks_the_last_answer_in_english(assistant: Assistant) -> None:
    _, english = talk(assistant, "wat is RoboHouse", "ok, engels aub")
    assert english.answered() == ("fieldlab.robohouse",)
    assert english.language == "en"


def test_a_date_asked_with_chatter_after_it_asks_the_last_figure(assistant: Assistant) -> None:
    _, later = talk(
        assistant,
        "How much was invested in the fieldlabs in 2019?",
        "and in 2020? asking for a colleague",
    )
    assert later.answered() == ("results.investments",)
    assert "367" in later.text
    _, earlier = talk(
        assistant, "Hoeveel fieldlabs waren er in 2015?", "en in 2017? dan weet ik dat ook weer"
    )
    assert "29" in earlier.text


def test_in_short_or_its_website_after_thanks(assistant: Assistant) -> None:
    _, short = talk(assistant, "wat is BOOST", "dank je! in het kort")
    assert short.answered() == ("hub.oost",)
    assert "Provincies:" not in short.text
    _, site = talk(assistant, "wat is BOOST", "thanks! and its website")
    assert "boostsmartindustry.nl" in site.text


def test_the_other_hubs_with_chatter_after_it(assistant: Assistant) -> None:
    _, hubs = talk(assistant, "Hub Zuid?", "and the other hubs? asking for a colleague")
    assert hubs.answered() == ("hubs.list",)


def test_btw_and_a_field_asks_the_record_in_view(assistant: Assistant) -> None:
    _, hub = talk(assistant, "What is RAMLAB?", "btw which hub")
    assert hub.answered() == ("fieldlab.ramlab",)
    assert "SMITZH" in hub.text


def test_btw_what_is_a_thing_is_still_a_new_topic(assistant: Assistant) -> None:
    _, edih = talk(assistant, "wat is RoboHouse", "trouwens, wat is een EDIH?")
    assert "fieldlab.robohouse" not in edih.answered()


def test_a_record_named_after_its_town_is_the_record_not_the_town(assistant: Assistant) -> None:
    _, icd = talk(assistant, "wat is RoboHouse", "en Innovatiecluster Drachten?")
    assert icd.answered() == ("fieldlab.icd",)
    _, five_g = talk(assistant, "SPARK", "en wat is 5G Groningen dan")
    assert five_g.answered() == ("fieldlab.5groningen",)
    _, town = talk(assistant, "wat is RoboHouse", "en in Drachten?")
    assert town.answered() == ("fieldlabs.place.drachten",)


def test_what_is_there_in_a_province_without_fieldlabs_says_none(assistant: Assistant) -> None:
    (none,) = talk(assistant, "wat zit er in Flevoland")
    assert none.answered() == ()
    assert "geen Fieldlab in Flevoland" in none.text


def test_which_year_alone_asks_the_year_the_last_answer_names(assistant: Assistant) -> None:
    for year in ("which year?", "ok, welk jaar", "in what year?"):
        _, types = talk(assistant, "What is a demo and business fieldlab?", year)
        assert types.answered() == ("fieldlabs.types",), year
        assert "2017" in types.text


def test_other_hubs_said_in_other_words(assistant: Assistant) -> None:
    for other in (
        "and what other hubs exist?",
        "zijn er nog meer van die hubs?",
        "nog andere hubs?",
    ):
        _, hubs = talk(assistant, "wat is BOOST", other)
        assert hubs.answered() == ("hubs.list",), other


def test_how_many_were_there_then_counts_what_was_asked_in_its_year(
    assistant: Assistant,
) -> None:
    for first, then in (
        ("In welk jaar zijn de Fieldlabs van start gegaan?", "Hoeveel waren het er toen?"),
        ("When did the fieldlabs start?", "how many were there at the time?"),
    ):
        _, count = talk(assistant, first, then)
        assert count.answered() == ("results.fieldlab-count",), then
        assert "10" in count.text and "2015" in count.text


def test_how_many_then_after_a_count_stays_on_that_count(assistant: Assistant) -> None:
    _, jobs = talk(assistant, "hoeveel banen?", "hoeveel waren het er toen?")
    assert jobs.answered() == ("results.jobs",)


def test_another_province_after_a_province_of_two_words(assistant: Assistant) -> None:
    _, none = talk(
        assistant, "Welke fieldlabs zijn er in Noord-Brabant?", "hoe zit dat in Flevoland"
    )
    assert none.answered() == ()
    assert "geen Fieldlab in Flevoland" in none.text
    _, town = talk(assistant, "fieldlabs Drachten", "en in Emmen dan?")
    assert town.answered() == ("fieldlabs.place.emmen",)


def test_how_many_were_there_in_another_year_asks_the_last_count(assistant: Assistant) -> None:
    _, later = talk(
        assistant,
        "How many companies took part in the fieldlabs in 2018?",
        "how many were there in 2019",
    )
    assert later.answered() == ("results.companies",)
    assert "600" in later.text


def test_of_inside_a_name_in_capitals_is_no_alternative(assistant: Assistant) -> None:
    (rosf,) = talk(assistant, "Kun je me iets vertellen over Region of Smart Factories?")
    assert rosf.answered() == ("fieldlab.rosf",)
    (members,) = talk(assistant, "kan elke ondernemer bij een hub aankloppen of alleen leden?")
    assert members.answered() == ("hubs.contact",)


def test_a_third_turn_asks_the_record_still_in_view(assistant: Assistant) -> None:
    _, _, hub = talk(assistant, "wat is RAMLAB", "korter graag", "bij welke hub hoort dat?")
    assert hub.answered() == ("fieldlab.ramlab",)
    assert "SMITZH" in hub.text
    _, _, what = talk(
        assistant,
        "Kun je me iets vertellen over Region of Smart Factories?",
        "waar staat dat?",
        "wat doen die",
    )
    assert what.answered() == ("fieldlab.rosf",)


def test_btw_a_field_with_chatter_after_it(assistant: Assistant) -> None:
    _, hub = talk(assistant, "What is RAMLAB?", "btw which hub? asking for a colleague")
    assert hub.answered() == ("fieldlab.ramlab",)
