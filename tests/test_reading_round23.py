"""What fresh writers' messages showed in round 23: a remark before "maar", a greeting's
tail, "acc to", "to whom", a name's full form, a definition of a Hub after a town, a check
asked of the last answer, a phone number no source gives."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("wss een domme vraag maar wat is smart industry eig", "programme.what"),
        ("sorry to bother you but how many hubs are there", "hubs.what"),
        ("how many companies r in the fieldlabs acc to dialogic", "results.companies"),
        (
            "To whom was the Implementatieagenda handed over, and in which town?",
            "programme.implementatieagenda",
        ),
        ("What is the full form of SMITZH?", "hub.zuid-holland"),
        ("waar staat RoSF voor?", "fieldlab.rosf"),
        ("We make packaging in Tilburg. What is a Smart Industry Hub exactly?", "hubs.what"),
    ],
)
def test_the_question_is_found_behind_chat_around_it(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert entry in assistant.answer(question).answered()


def test_a_remark_before_but_keeps_what_it_points_at() -> None:
    from bot.understanding import read

    clause = read(
        "wij hebben interesse in 3D printen maar weten niet waar te beginnen, zijn er "
        "fieldlabs die daar mee bezig zijn?"
    ).clauses[-1]
    assert "3d" in clause.text or "printen" in clause.text or "daar" in clause.text


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Hello, good morning to you.", "smalltalk.greeting"),
        ("goedemorgen allemaal", "smalltalk.greeting"),
        ("Quick question before I start: who or what is answering here?", "smalltalk.who"),
        ("Dat cijfer klopt niet. Kun je dat nakijken?", "smalltalk.feedback"),
        ("klopt niet wat je zegt denk ik, ff checken", "smalltalk.feedback"),
        ("Nou, hier had ik echt wat aan hoor, topbot! 👍", "smalltalk.feedback"),
    ],
)
def test_smalltalk_in_fresh_forms(assistant: Assistant, message: str, entry: str) -> None:
    assert assistant.answer(message).answered() == (entry,)


def test_a_list_of_one_fieldlab_is_left_out_next_to_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("Er zit toch een fieldlab voor de bouw in Den Bosch? Hoe heet die?")
    assert reply.answered() == ("fieldlab.spark",)


@pytest.mark.parametrize(
    "question", ["wat is het telefoonnummer van de hub noord", "phone number of Hub Noord?"]
)
def test_a_hubs_phone_number_is_not_in_the_sources(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert not reply.confident
    assert "Hub Noord" in reply.text


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Bis doe ein mins of ein computer?", "smalltalk.who"),
        ("Is d'r ein fieldlab veur metaal?", "fieldlabs.theme.metaal"),
        ("Wo ligk die Smart Bending Factory eigelik?", "fieldlab.smart-bending-factory"),
        (
            "Hoeveul ideeë kaome d'r binne bie de ierste oproep veur fieldlabs?",
            "programme.actieagenda",
        ),
        ("Waat kin ich allemaol aan diech vraoge?", "smalltalk.help"),
        ("Kin ich diech auch in 't Limburgs get vraoge?", "smalltalk.language"),
    ],
)
def test_limburg_dutch_is_read_as_dutch(assistant: Assistant, message: str, entry: str) -> None:
    assert entry in assistant.answer(message).answered()


@pytest.mark.parametrize("message", ["how do I get started?", "what do I get from a hub?"])
def test_english_get_is_not_read_as_limburg(assistant: Assistant, message: str) -> None:
    assert assistant.language_of(message) == "en"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Different topic: what was the RVO subsidy scheme for Fieldlabs worth in total?",
            "programme.subsidy",
        ),
        (
            "Unrelated: was the Smart Industry Declaration signed in 2019, and at which event?",
            "programme.declaration",
        ),
        (
            "Ik heb gehoord van een fieldlab in Den Bosch voor de bouw. Hoe heet dat?",
            "fieldlabs.place.s-hertogenbosch",
        ),
        (
            "Ik heb een klant in Reusel en die zegt dat daar een fieldlab zit voor de landbouw. "
            "Klopt dat?",
            "fieldlabs.place.reusel",
        ),
        ("Gojenaovend! 👋", "smalltalk.greeting"),
        (
            "Zeg, kan ich ouch in 't Limburgs vraoge of mot dat in 't Nederlands?",
            "smalltalk.language",
        ),
    ],
)
def test_turns_hearsay_and_names_asked_of_what_was_told(
    assistant: Assistant, message: str, entry: str
) -> None:
    reply = assistant.answer(message)
    assert entry in reply.answered() or entry in [a.entry for a in reply.alternatives]


@pytest.mark.parametrize(
    "question",
    ["are there fieldlabs in germany near meppen or lingen?", "fieldlabs in duitsland bij venlo?"],
)
def test_a_country_abroad_wins_over_a_dutch_town_named_with_it(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert not reply.confident and reply.kind != "list"
    assert "Germany" in reply.text or "Duitsland" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "are there vacancies at smart bending factory? asking for a friend lol",
        "hoeveel mensen werken er bij technologies added in emmen",
    ],
)
def test_staff_and_vacancies_of_a_fieldlab_are_not_in_its_card(
    assistant: Assistant, question: str
) -> None:
    reply = assistant.answer(question)
    assert not reply.confident
    assert reply.alternatives  # the card is offered


@pytest.mark.parametrize(
    "message",
    [
        "Haha ik las net in de krant dat die fieldlabs honderden banen hebben opgeleverd. "
        "Hoeveel waren het er nou precies?",
        "I read that the fieldlabs created hundreds of jobs. How many were there exactly?",
    ],
)
def test_a_bare_count_asks_the_count_of_what_was_just_told(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.entry == "results.jobs" and "430" in reply.text
