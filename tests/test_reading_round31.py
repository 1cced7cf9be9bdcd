"""Single messages by fresh writers (round 31): a list of counted results in one clause, a
request for the answer's form before the question, a question announced in one breath after
words that told something, the purpose and the wording asked for around a question, a
generic word that is no typo, and a question about how the bot is built."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.reply import render_plain
from bot.understanding import read


def _texts(message: str) -> list[str]:
    return [clause.text for clause in read(message).clauses]


def test_a_list_of_counted_results_asks_each_of_them() -> None:
    texts = _texts(
        "Kunt u in één zin samenvatten: aantal fieldlabs, bedrijven, investeringen en banen,"
        " eind 2018?"
    )
    assert texts == [
        "hoeveel fieldlabs",
        "hoeveel bedrijven",
        "hoeveel investeringen",
        "hoeveel banen",
    ]


def test_all_four_results_are_answered_for_the_year_asked(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Kunt u in één zin samenvatten: aantal fieldlabs, bedrijven, investeringen en banen,"
        " eind 2018?"
    )
    assert reply.kind == "answer"
    for figure in ("35 Fieldlabs", "600 bedrijven", "240 miljoen", "430"):
        assert figure in reply.text


def test_a_noun_phrase_without_commas_is_not_cut_into_a_list() -> None:
    # "smart industry fieldlabs" is one thing: only result nouns make a list of three
    assert len(_texts("hoeveel smart industry fieldlabs en hubs zijn er")) <= 2


def test_english_list_of_counts_is_asked_of_each() -> None:
    assert _texts("could you summarise briefly: how many fieldlabs, companies and jobs?") == [
        "how many fieldlabs",
        "how many companies",
        "how many jobs",
    ]


def test_a_form_request_alone_is_still_read() -> None:
    # Said on its own it is a request about the last answer, not set aside
    assert read("kunt u het kort samenvatten").clauses


def test_a_question_announced_after_the_asker_named_himself(assistant: Assistant) -> None:
    message = (
        "goedemiddag met hennie nog een keer ik wil weten wie die ineke dezentje hamming is"
        " ik kan het niet goed uitspreken"
    )
    reading = read(message)
    assert reading.intro == "met hennie nog een keer"
    reply = assistant.answer(message)
    assert reply.kind == "answer"
    assert reply.greeting == "Goedemiddag!"
    assert "Dezentjé" in render_plain(reply)


def test_a_question_that_points_back_at_what_was_told_is_not_cut_off() -> None:
    # "daar" is Delft: the told sentence and the question stay together as before
    reading = read("ik heb een bedrijf in delft ik wil weten wat ze daar doen")
    assert reading.intro == "ik heb een bedrijf in delft"


def test_met_with_a_question_word_is_no_introduction() -> None:
    assert read("met welke fieldlabs werkt boost samen").intro is None


def test_purpose_and_wording_asked_for_are_set_aside(assistant: Assistant) -> None:
    message = (
        "Goedemiddag. Voor een raadsinformatiebrief zoek ik de omschrijving van een Fieldlab"
        " zoals het programma die zelf hanteert. Kunt u mij die geven?"
    )
    reply = assistant.answer(message)
    assert reply.kind == "answer"
    assert render_plain(reply).startswith("Goedemiddag!")
    assert "praktijkomgeving" in reply.text


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("voor mijn scriptie wil ik weten hoeveel fieldlabs er zijn", "hoeveel fieldlabs er zijn"),
        (
            "what is the definition of a fieldlab as the programme itself uses it",
            "what is the definition of a fieldlab",
        ),
    ],
)
def test_what_surrounds_the_question_is_not_matched(message: str, kept: str) -> None:
    assert _texts(message) == [kept]


def test_a_description_is_a_definition(assistant: Assistant) -> None:
    reply = assistant.answer("omschrijving van een fieldlab")
    assert reply.kind == "answer" and "praktijkomgeving" in reply.text


def test_a_generic_word_spelled_right_is_no_typo(assistant: Assistant) -> None:
    # "bedrag" was read as "bijdrage" and gave the Hubs' funding with confidence
    vague = assistant.answer("Wat was het geïnvesteerde bedrag?")
    assert vague.kind != "answer"
    dated = assistant.answer("Wat was het geïnvesteerde bedrag volgens de TNO-monitor van 2020?")
    assert dated.kind == "answer" and "367" in dated.text


@pytest.mark.parametrize(
    "message",
    [
        "ben jij ook gebouwd met chatgpt of zo 🤖",
        "were you built with chatgpt?",
        "ben je gemaakt met ai",
    ],
)
def test_how_the_bot_is_built_is_asked_of_the_bot(assistant: Assistant, message: str) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "smalltalk"
    assert "Fieldbot" in reply.text


def test_made_by_an_organisation_stays_a_question_about_the_programme(
    assistant: Assistant,
) -> None:
    assert assistant.answer("is dit gemaakt door TNO").kind != "smalltalk"
