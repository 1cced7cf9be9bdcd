"""Follow-up or new topic, decided from what a message shows rather than from phrasings: a
message that leans on nothing and names its own topic stands on its own; one that only
points back, or only replaces a part, is a follow-up."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant

# -- a new topic stands on its own ------------------------------------------------------


def test_an_aside_opens_a_new_topic(assistant: Assistant) -> None:
    # "trouwens" turns to something else: the EDIH is not asked of SAM|XL's card
    _, aside = talk(assistant, "Wat is SAM XL?", "Trouwens, wat is een EDIH?")
    assert aside.record is None
    assert "SAM|XL" not in aside.text


def test_an_aside_that_points_back_is_still_a_follow_up(assistant: Assistant) -> None:
    _, where = talk(assistant, "Wat is SAM XL?", "trouwens, waar zit dat eigenlijk?")
    assert where.answered() == ("fieldlab.samxl",)
    assert "Delft" in where.text


def test_a_question_with_a_subject_of_its_own_after_a_particle_stands_on_its_own(
    assistant: Assistant,
) -> None:
    # "ook nog" leans back only weakly; "het programma Smart Industry" is its own topic,
    # not the status ("nog") of the Hub just answered
    _, start = talk(
        assistant,
        "Welke hub is er voor Gelderland?",
        "Ook nog: wanneer is het programma Smart Industry begonnen?",
    )
    assert start.answered() == ("programme.start",)


# -- a follow-up stays one ----------------------------------------------------------------


def test_and_with_only_a_name_puts_that_record_beside_the_last(assistant: Assistant) -> None:
    *_, hubs = talk(
        assistant, "tell me about sam excel in delft", "and ram lab", "which hub are those two in"
    )
    assert set(hubs.answered()) == {"fieldlab.samxl", "fieldlab.ramlab"}


def test_a_new_date_after_and_is_a_follow_up_not_a_topic(assistant: Assistant) -> None:
    *_, dated = talk(assistant, "Hoeveel fieldlabs zijn er?", "En in februari 2018?")
    assert dated.answered() == ("results.fieldlab-count",)
    assert "32" in dated.text


def test_a_bare_field_word_is_no_topic_of_its_own(assistant: Assistant) -> None:
    _, site = talk(assistant, "Wat is BOOST?", "website?")
    assert site.answered() == ("hub.oost",)


# -- another record in place of the last one ----------------------------------------------


def test_and_with_another_record_asks_the_last_field_of_it(assistant: Assistant) -> None:
    _, hub = talk(assistant, "Bij welke hub hoort SAM XL?", "en RoboHouse?")
    assert hub.answered() == ("fieldlab.robohouse",)
    assert "SMITZH" in hub.text


def test_and_with_another_record_after_no_field_question_is_that_records_card(
    assistant: Assistant,
) -> None:
    # the last question asked no field of a record: the new one's own card, not a part of
    # it that the borrowed words happen to find ("vouchers")
    _, card = talk(assistant, "Hoeveel geld stak de provincie in SMITZH?", "en BOOST?")
    assert card.answered() == ("hub.oost",)
    assert card.text.startswith("BOOST\n")


# -- an "en …" with a date and a subject of its own asks that subject then ----------------


def test_and_then_with_a_new_figure_asks_that_figure_for_the_date_in_view(
    assistant: Assistant,
) -> None:
    # "toen" is the date of the count just given; "geïnvesteerd" is what is asked of it
    _, invested = talk(
        assistant, "Hoeveel fieldlabs waren er eind 2018?", "En hoeveel was er toen geïnvesteerd?"
    )
    assert invested.answered() == ("results.investments",)
    _, invested_en = talk(
        assistant,
        "How many fieldlabs were there at the end of 2018?",
        "And how much was invested then?",
    )
    assert invested_en.answered() == ("results.investments",)


def test_and_then_with_a_source_asks_the_last_figure_of_that_source(
    assistant: Assistant,
) -> None:
    # a name after "en volgens" is a source of the figure in view, not a subject of its own
    _, by_sol = talk(
        assistant,
        "Hoeveel fieldlabs waren er in 2017?",
        "En volgens Egbert-Jan Sol in oktober 2018?",
    )
    assert by_sol.answered() == ("results.fieldlab-count",)
    assert "36" in by_sol.text
