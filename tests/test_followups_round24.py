"""Follow-ups that fresh writers and new users showed in round 24: more in the town of the
record in view, the difference between the two listed, the one on a theme, a source's own
figure and its report, where or when what is in view took place, the answer said back, an
out-of-scope remark in between, a long paragraph not sent twice."""

from __future__ import annotations

import pytest
from conftest import talk

from bot.assistant import Assistant


def test_more_there_after_a_card_lists_the_fieldlabs_of_its_town(assistant: Assistant) -> None:
    _, more = talk(assistant, "waar zit SAM|XL?", "en zit daar nog meer?")
    assert more.answered() == ("fieldlabs.place.delft",)
    assert "RoboHouse" in more.text


def test_other_fieldlabs_in_the_same_city_lists_its_town(assistant: Assistant) -> None:
    _, more = talk(assistant, "where is RoboHouse?", "Are there other fieldlabs in the same city?")
    assert more.answered() == ("fieldlabs.place.delft",)
    assert "SAM|XL" in more.text


def test_other_fieldlabs_without_a_place_is_not_its_town(assistant: Assistant) -> None:
    _, more = talk(assistant, "wat is RoboHouse", "are there other fieldlabs?")
    assert "fieldlabs.place.delft" not in more.answered()


def test_something_else_there_is_not_the_list_of_its_town(assistant: Assistant) -> None:
    _, jobs = talk(assistant, "wat is RoboHouse", "zijn daar nog meer vacatures?")
    assert "fieldlabs.place.delft" not in jobs.answered()


def test_what_they_do_there_after_a_list_of_one_is_its_card(assistant: Assistant) -> None:
    # "een" in the earlier question is the article, not the village Een in Drenthe
    _, card = talk(assistant, "zit er een fieldlab in dordrecht?", "wat doen ze daar")
    assert card.answered() == ("fieldlab.duurzaamheidsfabriek",)


def test_a_word_of_the_answer_said_back_is_a_remark(assistant: Assistant) -> None:
    _, more = talk(
        assistant,
        "Die 3D Makers Zone, waar zit die?",
        "Oh Haarlem! Zit daar nog meer? Dan maak ik er meteen een dagje uit van",
    )
    assert more.answered() == ("fieldlabs.place.haarlem",)


def test_which_hubs_more_after_a_hub_is_the_list_of_hubs(assistant: Assistant) -> None:
    _, others = talk(assistant, "wat is BOOST", "en welke hubs zijn er nog meer?")
    assert others.answered() == ("hubs.list",)


def test_another_fieldlab_is_not_the_card_in_view_again(assistant: Assistant) -> None:
    _, other = talk(assistant, "wat is fieldlab samen", "hebben die nog een ander fieldlab")
    assert "fieldlab.samen" not in other.answered()


def test_nog_meer_asks_for_more_not_whether_it_still_runs(assistant: Assistant) -> None:
    _, jobs = talk(assistant, "wat is RoboHouse", "zijn daar nog meer vacatures?")
    assert "nog actief" not in jobs.text


def test_a_request_after_the_question_leaves_the_question_in_view(
    assistant: Assistant,
) -> None:
    _, whom = talk(
        assistant,
        "Hello, what is the Implementatieagenda? Kindly explain in brief.",
        "To whom was it handed over?",
    )
    assert whom.answered() == ("programme.implementatieagenda",)
    assert "Keijzer" in whom.text


def test_where_was_it_held_after_an_event_is_where_it_was(assistant: Assistant) -> None:
    _, where = talk(
        assistant, "What did the 2018 Jaarevent actually deliver?", "Where was it held?"
    )
    assert where.answered() == ("jaarevent.2018",)
    assert "Bussum" in where.text


def test_where_were_most_after_a_dated_count_keeps_the_date(assistant: Assistant) -> None:
    _, where = talk(assistant, "hoeveel fieldlabs waren er in 2017", "en waar zaten die vooral?")
    assert where.answered() == ("results.fieldlab-count",)
    assert "Zuid-Holland" in where.text


def test_until_which_year_after_a_figure_is_its_year(assistant: Assistant) -> None:
    _, year = talk(
        assistant,
        "hoeveel mensen heeft de maakindustrie de komende jaren nodig?",
        "Tot welk jaar is dat gerekend?",
    )
    assert year.answered() == ("results.workforce",)
    assert "2030" in year.text


def test_as_per_that_after_a_monitor_asks_its_count(assistant: Assistant) -> None:
    _, count = talk(
        assistant,
        "what was the outcome of the TNO monitoring of 2020?",
        "How many companies participated as per that?",
    )
    assert "680" in count.text


def test_the_answer_said_back_gets_the_sources_words_again(assistant: Assistant) -> None:
    _, back = talk(assistant, "yo wat is n fieldlab", "huh dus t is gwn n soort werkplaats?")
    assert back.answered() == ("fieldlabs.what",)
    assert back.text.startswith("Zo zeggen mijn bronnen het:")


def test_an_out_of_scope_remark_leaves_the_topic_in_view(assistant: Assistant) -> None:
    *_, count = talk(
        assistant, "wat is een fieldlab", "is het weer mooi vandaag?", "hoeveel zijn er"
    )
    assert count.answered() == ("results.fieldlab-count",)


def test_a_record_named_with_its_own_question_borrows_no_list(assistant: Assistant) -> None:
    _, staff = talk(
        assistant, "Welke fieldlabs zitten in Delft?", "Hoeveel medewerkers heeft RoboHouse?"
    )
    assert staff.answered() == ()


@pytest.mark.parametrize(
    ("first", "then", "entry"),
    [
        (
            "is der ook n fieldlab veur de landbouw?",
            "waor is dat dan",
            "fieldlab.precisielandbouw",
        ),
        (
            "krieg ik subsidie as ik met n fieldlab mee doe?",
            "hoevul procent dan",
            "programme.subsidy",
        ),
    ],
)
def test_regional_dutch_in_a_follow_up(
    assistant: Assistant, first: str, then: str, entry: str
) -> None:
    _, reply = talk(assistant, first, then)
    assert reply.answered() == (entry,)


def test_a_card_sent_again_keeps_of_its_shown_paragraph_what_is_asked(
    assistant: Assistant,
) -> None:
    *_, again = talk(
        assistant,
        "hoe zit dat met de hub noord, wie zit daor in?",
        "en wie is daor de coördinator?",
        "zit Drachten der ook bij?",
    )
    assert "Drachten" in again.text
    assert "Jan Post" not in again.text  # the announcement was told already


def test_a_card_sent_again_keeps_a_paragraph_no_sentence_of_which_says_it_all(
    assistant: Assistant,
) -> None:
    *_, contact = talk(
        assistant,
        "wij zitten in groningen, bij welke hub moet ik zijn",
        "en hun website?",
        "wie is daar het aanspreekpunt dan",
    )
    assert "Telgenhof" in contact.text


def test_the_difference_between_the_two_listed_is_both_cards(assistant: Assistant) -> None:
    _, both = talk(
        assistant, "Welke fieldlabs zitten in Delft?", "Wat is het verschil tussen die twee?"
    )
    assert both.answered() == ("fieldlab.robohouse", "fieldlab.samxl")


def test_a_count_of_a_record_named_is_no_card_of_it(assistant: Assistant) -> None:
    *_, staff = talk(
        assistant,
        "Welke fieldlabs zitten in Delft?",
        "Wat is het verschil tussen die twee?",
        "Hoeveel medewerkers heeft RoboHouse?",
    )
    assert staff.answered() == ()


def test_out_of_scope_words_about_what_is_in_view_are_not_known(assistant: Assistant) -> None:
    _, schools = talk(
        assistant, "welke fieldlabs werken aan robotica?", "welke scholen doen daar mee?"
    )
    assert schools.kind == "unknown"


def test_it_after_one_picked_from_a_list_is_that_one(assistant: Assistant) -> None:
    *_, campus = talk(
        assistant,
        "which fieldlabs are working on robotics and cobots?",
        "The one in Eindhoven, what they are doing exactly?",
        "It is located in which campus?",
    )
    assert campus.answered() == ("fieldlab.flexible-manufacturing",)


def test_the_one_on_a_theme_picks_that_one_of_the_list(assistant: Assistant) -> None:
    _, built = talk(
        assistant, "Any Fieldlabs in Haarlem?", "The construction one. When was it recognised?"
    )
    assert built.answered() == ("fieldlab.bouwlab",)


def test_according_to_a_source_after_a_figure_is_that_sources_figure(
    assistant: Assistant,
) -> None:
    _, dialogic = talk(
        assistant, "hoeveel bedrijven doen nu mee met die fieldlabs", "en volgens dialogic"
    )
    assert dialogic.text.startswith("Dialogic")
    assert "680" not in dialogic.text


def test_that_report_is_the_one_the_last_answer_names(assistant: Assistant) -> None:
    *_, report = talk(
        assistant,
        "hoeveel bedrijven doen nu mee met die fieldlabs",
        "en volgens dialogic",
        "wanneer kwam dat rapport uit",
    )
    assert report.answered() == ("programme.evaluation",)


def test_a_word_of_the_name_of_the_record_in_view_keeps_it(assistant: Assistant) -> None:
    _, started = talk(
        assistant, "zijn er fieldlabs in zeeland?", "die proeftuin wanneer is die begonnen"
    )
    assert started.answered() == ("fieldlab.precisielandbouw",)
    assert "2017" in started.text


def test_a_remark_on_the_answer_before_the_question_asks_nothing(assistant: Assistant) -> None:
    _, still = talk(assistant, "wat is smart welding factory", "kk oud. bestaat die nog wel?")
    assert still.answered() == ()
    assert "Smart Welding Factory" in still.text


def test_what_she_said_in_a_year_is_from_her_own_entry(assistant: Assistant) -> None:
    _, said = talk(
        assistant,
        "And the chairwoman of Team Smart Industry, who is she?",
        "What has she said at the Jaarevent 2019?",
    )
    assert said.answered() == ("people.dezentje",)
    assert "2019" in said.text


def test_an_amount_after_die_is_no_name_of_a_record(assistant: Assistant) -> None:
    _, amount = talk(
        assistant, "hoeveel geld kreeg SMITZH?", "en die 5,2 miljoen, waar was dat voor?"
    )
    assert "fieldlab.5groningen" not in amount.answered()
