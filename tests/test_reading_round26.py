"""Reading real chat, round 26: punctuation said aloud into a phone is punctuation wherever a
new clause plainly starts after it (and "punt" stays a word where it is a noun), a Dutch verb
before its subject keeps the particle said after it ("hoe stap ik in"), and a town in a
request about something else is not where the asker is."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding import said_punctuation


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "hoe stap ik in een veldlab komma waar moet ik beginnen vraagteken",
            "hoe stap ik in een veldlab, waar moet ik beginnen?",
        ),
        ("jammer punt en in gelderland dan", "jammer. en in gelderland dan"),
        ("hallo punt kun je mij verstaan", "hallo. kun je mij verstaan"),
        ("en hoe kom ik op hun website punt", "en hoe kom ik op hun website."),
        ("started in 2019 full stop how many are there", "started in 2019. how many are there"),
    ],
)  # fmt: skip
def test_punctuation_said_aloud_is_written_as_marks(said: str, written: str) -> None:
    assert said_punctuation(said) == written


@pytest.mark.parametrize(
    "message",
    [
        "het punt is dat ik geen tijd heb",
        "op dit punt wil ik weten hoeveel fieldlabs er zijn",
        "een belangrijk punt is de prijs",
        "wie helpt ons met industrie vier punt nul",
        "veertien komma vijfenvijftig miljoen klopt dat",
        "Over what period",
        "is it smitzh dot nl",
    ],
)
def test_punt_as_a_noun_and_a_decimal_comma_stay_words(message: str) -> None:
    assert said_punctuation(message) == message


def test_a_comma_said_aloud_splits_the_question_from_what_the_asker_tells(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "wat houdt die smart industry nou in in gewone woorden komma ik ben geen techneut"
    )
    assert reply.answered() == ("programme.what",)


@pytest.mark.parametrize(
    "message",
    [
        "hoe stap ik in een fieldlab",
        "hoe stap ik in een veldlab komma waar moet ik beginnen vraagteken",
    ],
)
def test_a_verb_before_its_subject_keeps_its_particle(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("fieldlabs.join",)


def test_the_first_steps_of_the_programme_are_still_its_steps(assistant: Assistant) -> None:
    reply = assistant.answer("wat zijn de eerste stappen van smart industry")
    assert reply.answered() == ("programme.actieagenda",)


@pytest.mark.parametrize(
    "message",
    [
        "weet jij een goeie sushi plek in rotterdam centrum 🍣",
        "Kindly suggest a good South Indian restaurant near Delft station.",
        "best restaurants in rotterdam",
    ],
)
def test_a_town_in_a_request_about_something_else_gets_no_hub(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind in ("out_of_scope", "unknown")
    assert not reply.answered()


@pytest.mark.parametrize(
    "message",
    [
        "ik zit in Hengelo",
        "Goedemorgen, ik heb een drukkerij in Hengelo.",
        "heb een bakkerij in zwolle",
        "in twente",
    ],
)
def test_a_town_the_asker_tells_of_themselves_still_gets_its_hub(
    assistant: Assistant, message: str
) -> None:
    assert "hub.oost" in assistant.answer(message).answered()


def test_fieldlabs_in_a_town_are_still_listed(assistant: Assistant) -> None:
    assert assistant.answer("fieldlabs in delft").answered() == ("fieldlabs.place.delft",)


def test_an_opening_that_asks_makes_what_follows_a_question(assistant: Assistant) -> None:
    reply = assistant.answer(
        "oke en iets heel anders: weet jij een goede pizzatent in nijmegen centrum 🍕 we "
        "hebben vrijdag teamuitje"
    )
    assert reply.kind == "out_of_scope"


def test_a_town_where_something_else_happened_asks_for_no_hub(assistant: Assistant) -> None:
    reply = assistant.answer("wat zei mona keizer op het jaar event in hilversum over de hubs")
    assert "route.unknown" not in reply.answered()
    assert "Hilversum" not in reply.text.split(".")[0]


@pytest.mark.parametrize(
    ("message", "hub"),
    [
        ("wich hub for company in leiden", "hub.zuid-holland"),
        ("hub voor Enschede", "hub.oost"),
        ("regionale hub leeuwaarden", "hub.noord"),
    ],
)
def test_a_hub_asked_for_a_town_still_routes(assistant: Assistant, message: str, hub: str) -> None:
    assert hub in assistant.answer(message).answered()


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("mooi zo wat doen die haps nou concreet voor een ondernemer als ik", "hubs.activities"),
        (
            "ik heb gehoord dat het rijk zevenhonderdduizend euro heeft gegeven aan een hap in "
            "zuid holland klopt dat",
            "hub.zuid-holland",
        ),
    ],
)
def test_a_hap_after_a_determiner_is_a_hub_misheard(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_a_quick_bite_is_still_a_bite(assistant: Assistant) -> None:
    assert assistant.answer("waar kan ik een snelle hap eten in delft").kind == "out_of_scope"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("vijf g proeftuin in groningen wat is dat", "fieldlab.5groningen"),
        ("welk fieldlab doet iets met vijf g", "fieldlabs.theme.5g"),
    ],
)
def test_a_network_generation_said_aloud_is_5g(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


def test_the_one_fieldlab_named_by_its_theme_and_place_is_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("robotica fieldlab in delft wat is dat")
    assert reply.answered() == ("fieldlab.robohouse",)


def test_a_town_abroad_heard_like_a_hub_is_still_abroad(assistant: Assistant) -> None:
    reply = assistant.answer("zijn er ook field laps in duitsland net over de grens bij nordhorn")
    assert not reply.answered()
    assert "Duitsland" in reply.text
