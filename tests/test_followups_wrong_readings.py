"""Follow-ups that were answered confidently wrong: the record a follow-up points at by its
kind ("die hub"), a date said alone, the asker's own source, "which others", a fact the card
does not hold, a Hub named by its region, "what kind of Fieldlab is that?" after a list."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant

# -- "die hub", "dat fieldlab": the record in view, not the Hubs in general ----------------


def test_the_goal_of_that_hub_is_the_hub_in_view(assistant: Assistant) -> None:
    _, goal = talk(assistant, "Wie leidt BOOST?", "Wat is het doel van die hub eigenlijk?")
    assert goal.entry == "hub.oost"
    assert "zelf een regionale" not in goal.text  # not "BOOST is itself a Hub"


def test_what_they_do_in_that_testbed_is_the_one_listed(assistant: Assistant) -> None:
    _, done = talk(assistant, "Zijn er fieldlabs in Zeeland?", "Wat doen ze in die proeftuin?")
    assert done.entry is not None and done.entry.startswith("fieldlab.")


def test_what_kind_of_fieldlab_is_that_after_a_list_of_two_asks_which(
    assistant: Assistant,
) -> None:
    _, which = talk(assistant, "Welke fieldlabs zijn er in Delft?", "Wat is dat voor fieldlab?")
    assert which.kind == "unsure"
    assert {a.entry for a in which.alternatives} == {"fieldlab.robohouse", "fieldlab.samxl"}


# -- a date alone asks the last question again ---------------------------------------------


def test_a_month_said_alone_asks_the_last_figure_for_that_month(assistant: Assistant) -> None:
    _, february = talk(
        assistant,
        "Klopt het dat er tot eind 2018 ongeveer 200 miljoen in de Fieldlabs is geïnvesteerd?",
        "En in februari 2018?",  # not the annual event of February 2018
    )
    assert february.entry == "results.investments"
    assert "165" in february.text


# -- the asker's own source ----------------------------------------------------------------


def test_the_askers_own_source_is_no_request_for_the_bots(assistant: Assistant) -> None:
    _, remark = talk(assistant, "Hoeveel banen hebben de Fieldlabs opgeleverd?",
                     "Oké, dat klopt met mijn eigen bron.")  # fmt: skip
    assert "bronnen van mijn vorige antwoord" not in remark.text
    assert not (remark.confident and remark.entry == "results.jobs")


# -- "which others": the kind of the record in view -----------------------------------------


def test_which_others_are_there_in_a_place_lists_fieldlabs_after_a_fieldlab(
    assistant: Assistant,
) -> None:
    _, others = talk(assistant, "Wat is RoboHouse?", "Welke zijn er nog meer in Delft?")
    assert others.kind == "list"
    assert "SAM|XL" in others.text


def test_which_others_in_a_town_that_is_also_a_province_lists_the_province(
    assistant: Assistant,
) -> None:
    _, others = talk(assistant, "wat is 5groningen", "welke zijn er nog meer in groningen")
    assert others.entry == "fieldlabs.province.groningen"


# -- a fact the card does not hold ---------------------------------------------------------


def test_a_count_the_card_does_not_hold_says_so_instead_of_the_card(
    assistant: Assistant,
) -> None:
    _, count = talk(assistant, "Wat is RoboHouse?", "Hoeveel bedrijven uit Utrecht doen daar mee?")
    assert count.kind == "unknown"
    assert "RoboHouse" in count.text
    assert count.entry is None


def test_a_count_the_last_answer_gives_is_not_taken_from_another_figure(
    assistant: Assistant,
) -> None:
    _, extra = talk(
        assistant,
        "Implementatieagenda 2018-2021: wat is het en hoeveel actielijnen?",
        "Hoeveel extra budget kwam erbij?",
    )
    assert extra.entry in (None, "programme.implementatieagenda")  # not the jobs figure


# -- a Hub named by its region --------------------------------------------------------------


def test_who_leads_the_hub_in_the_south_after_the_list_of_hubs(assistant: Assistant) -> None:
    _, lead = talk(assistant, "Geef me een overzicht van de vijf Hubs.",
                   "Wie trekt de Hub in het zuiden?")  # fmt: skip
    assert lead.entry == "hub.zuid"
    assert "BOM" in lead.text


# -- a follow-up of a question the bot was unsure of -----------------------------------------


def test_how_much_was_that_after_a_did_you_mean_asks_the_one_offered(
    assistant: Assistant,
) -> None:
    unsure, total = talk(
        assistant,
        "Was er vroeger nie ne subsidie speciaal voor fieldlabs?",
        "hoeveel was dat in totaal?",
    )
    assert unsure.kind == "unsure"
    assert [a.entry for a in unsure.alternatives] == ["programme.subsidy"]
    assert total.entry == "programme.subsidy"
    assert "14,55" in total.text


def test_a_question_of_its_own_after_a_did_you_mean_is_not_the_one_offered(
    assistant: Assistant,
) -> None:
    _, other = talk(
        assistant,
        "wat zei mona kaiser op het jaar event in hilversum",
        "en wat gebeurde er het jaar daarvoor op het jaar event",
    )
    assert other.entry != "people.keijzer"


# -- whether the Hub in view serves a place ---------------------------------------------------


def test_does_it_cover_a_province_after_a_hub_is_the_route_for_that_province(
    assistant: Assistant,
) -> None:
    _, covers = talk(assistant, "Who coordinates Hub Zuid?", "Does it officially cover Limburg?")
    assert covers.entry == "route.unknown"
    assert "Limburg" in covers.text


def test_the_weather_there_after_a_hub_is_no_route(assistant: Assistant) -> None:
    _, weather = talk(assistant, "Wat is BOOST?", "Is het daar morgen mooi weer in Enschede?")
    assert not (weather.entry or "").startswith("route.")
    assert weather.record != "hub.oost" or not weather.confident


# -- a person the card names, a kind of fact the last entry is not written for ------------------


def test_who_is_the_coordinator_there_after_hub_noord_is_her_own_answer(
    assistant: Assistant,
) -> None:
    _, who = talk(assistant, "Welke Hub is er voor Drachten?", "Wie is daar de procescoördinator?")
    assert who.entry == "people.telgenhof"


def test_when_started_after_what_smart_industry_is_asks_when_it_started(
    assistant: Assistant,
) -> None:
    _, when = talk(assistant, "wat is smart industry", "wanneer begonnen?")
    assert when.entry == "programme.start"


def test_who_spoke_at_the_opening_stays_on_the_annual_event(assistant: Assistant) -> None:
    _, who = talk(assistant, "Waar was het jaarevent in 2019?", "Wie sprak er tijdens de opening?")
    assert who.entry == "jaarevent.2019"


# -- who said it, and what "they" counted ---------------------------------------------------


def test_who_said_this_after_an_answer_quoting_one_person_is_that_person(
    assistant: Assistant,
) -> None:
    _, who = talk(assistant, "how many companies still must start with smart industry?",
                  "who said this?")  # fmt: skip
    assert who.entry == "people.sol"


def test_how_many_did_they_count_after_the_evaluation_is_its_own_count(
    assistant: Assistant,
) -> None:
    _, counted = talk(assistant, "When did the Dialogic evaluation come out?",
                      "how many fieldlabs did they count?")  # fmt: skip
    assert counted.entry == "programme.evaluation"
    assert "47" in counted.text


def test_how_many_according_to_him_after_a_person_is_the_dated_figure(
    assistant: Assistant,
) -> None:
    *_, counted = talk(
        assistant,
        "wie is egbert jan sol",
        "wat zei hij over hoeveel bedrijven nog aan de slag moeten?",
        "en hoeveel fieldlabs waren er toen volgens hem?",
    )
    assert counted.entry == "results.fieldlab-count"


# -- the Hub one part of a message answered stays in view -------------------------------------


def test_the_hub_of_one_part_of_the_first_message_stays_in_view(assistant: Assistant) -> None:
    *_, labs = talk(
        assistant,
        "Hoi, ik zit in Veendam, Groningen. Wie kan mij helpen, is er een hub?",
        "Welke fieldlabs horen erbij?",
    )
    assert labs.entry == "hub.noord"
    assert "5Groningen" in labs.text


# -- what a named source said of the figure in view -------------------------------------------


def test_what_did_dialogic_say_after_the_investments_is_dialogics_figure(
    assistant: Assistant,
) -> None:
    _, said = talk(
        assistant, "Hoeveel is er in de Fieldlabs geïnvesteerd?", "Wat zei Dialogic dan?"
    )
    assert said.entry == "results.investments"
    assert "314" in said.text


def test_when_did_that_start_after_the_founders_asks_when_the_programme_started(
    assistant: Assistant,
) -> None:
    _, when = talk(assistant, "Wie zit er achter Smart Industry, wie heeft dat opgericht?",
                   "en wanneer is dat begonnen?")  # fmt: skip
    assert when.entry == "programme.start"


def test_it_after_a_verb_and_before_its_particle_points_back(assistant: Assistant) -> None:
    _, context = assistant.converse("Wat is SAM|XL?", None)
    reply, _ = assistant.converse("En hoort het bij SMITZH of niet?", context)
    assert reply.entry == "fieldlab.samxl"


def test_a_later_question_about_the_one_fieldlab_a_list_named_is_about_that_fieldlab(
    assistant: Assistant,
) -> None:
    question = "Wat voor Fieldlab zit er in Harderwijk, en met welke scholen werkt het samen?"
    reply = assistant.answer(question)
    assert "fieldlab.industrial-robotics" in reply.answered()
    assert "Windesheim" in reply.text
