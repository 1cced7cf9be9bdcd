"""Work kept from one message for the next gives the same answers as reading afresh: a
message read once per answer, a word's themes, place typo and swapped letters looked up
once, a question to the bot itself recognised once, and the markup, contact and sentence
checks skipped where their sign is missing."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.directory import DirectoryIndex
from bot.text import without_contact, without_markup
from bot.understanding import read
from bot.understanding.about_bot import about_the_bot
from bot.understanding.voice import with_sentence_stops

# -- the same message, read again --------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Ik heb een bedrijf in Zwolle, waar moet ik heen?",
        "hoeveel fieldlabs zijn er en hoeveel banen leverden ze op?",
        "Goedemorgen, ik heb een drukkerij in Hengelo.",
    ],
)
def test_a_message_asked_twice_gets_the_same_reply(assistant: Assistant, message: str) -> None:
    first = assistant.answer(message)
    assert assistant.answer(message) == first
    assert read(message) == read(message)


def test_an_introduction_read_again_still_gives_its_place(assistant: Assistant) -> None:
    # the introduction is read for the place, then again for a record it names
    reply = assistant.answer("Ik heb een bedrijf in Zwolle, waar moet ik heen?")
    again = assistant.answer("Ik heb een bedrijf in Zwolle. Bij welke hub hoor ik?")
    assert reply.record == again.record
    assert reply.record is not None


# -- a word's themes, in the order a question names them ----------------------------------


def test_themes_come_in_the_order_they_are_named(assistant: Assistant) -> None:
    directory: DirectoryIndex = assistant.directory
    assert directory.themes_in(["sensoren", "en", "robots"]) == ["iot", "robotica"]
    assert directory.themes_in(["robots", "en", "sensoren"]) == ["robotica", "iot"]
    assert directory.themes_in(["robtica"]) == ["robotica"]  # a typo of a theme word
    assert directory.themes_in(["lezen"]) == []  # a word of its own, no typo


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (["fieldlabs", "in", "zwole"], "Zwolle"),  # a typo after "in"
        (["hub", "voor", "enschde"], "Enschede"),  # a longer word, anywhere
        (["ik", "zit", "in", "zeland"], "Zeeland"),  # a province, one letter off
        (["fieldlabs", "in", "zwole", "of", "enschde"], "Zwolle"),  # asked again: the same
    ],
)
def test_a_place_typo_is_read_as_the_place_each_time(
    assistant: Assistant, words: list[str], place: str
) -> None:
    for _ in range(2):
        assert assistant.directory.find_place(words)[0] == place


# -- questions to the bot itself -----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("mag ik vragen wie jij bent", "smalltalk.who"),  # asked indirectly
        ("ben je een echt persoon of een programma", "smalltalk.who"),
        ("ben je een programma", "smalltalk.who"),  # "een programma" said of the bot
        ("wat is het programma smart industry", None),
    ],
)
def test_a_question_to_the_bot_is_recognised_each_time(message: str, entry: str | None) -> None:
    for _ in range(2):
        assert about_the_bot(message.split()) == entry


# -- checks skipped where their sign is missing -------------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("<b>wat is een fieldlab</b>", ("wat is een fieldlab", False)),
        ("@fieldbot  hoeveel hubs", ("hoeveel hubs", False)),
        ("wat staat er op https://www.smitzh.nl?", ("wat staat er op smitzh", False)),
        ("www.smitzh.nl", ("smitzh", True)),
        ("hoeveel  banen   zijn er", ("hoeveel banen zijn er", False)),
    ],
)
def test_markup_is_taken_out_only_where_it_is(message: str, expected: tuple[str, bool]) -> None:
    assert without_markup(message) == expected


def test_contact_details_are_taken_out_only_where_they_are() -> None:
    assert without_contact("bel me op 06-12345678 aub") == ("bel me op [telefoon] aub", True)
    assert without_contact("mail naar a@b.nl") == ("mail naar [e-mail]", True)
    assert without_contact("hoeveel banen in 2018?") == ("hoeveel banen in 2018?", False)
    assert without_contact("hoeveel banen zijn er") == ("hoeveel banen zijn er", False)


def test_a_tag_said_in_one_breath_still_ends_a_sentence() -> None:
    assert with_sentence_stops("de fieldlabs hebben 400 banen opgeleverd klopt dat") == (
        "de fieldlabs hebben 400 banen opgeleverd\nklopt dat"
    )
    assert with_sentence_stops("ik schrijf een scriptie hoeveel fieldlabs zijn er") == (
        "ik schrijf een scriptie\nhoeveel fieldlabs zijn er"
    )


# -- a typo of a smalltalk word, looked for only among words of a near length -----------------


@pytest.mark.parametrize(
    ("word", "meant"),
    [("bedankr", "bedankt"), ("vriednelijke", "vriendelijke"), ("tidobo", None)],
)
def test_a_smalltalk_word_mistyped_is_still_found(word: str, meant: str | None) -> None:
    from bot.understanding.smalltalk import _smalltalk_word_meant

    assert _smalltalk_word_meant(word) == meant


def test_only_choices_one_edit_can_reach_are_kept_in_their_order() -> None:
    from bot.text import one_edit_in_length

    assert one_edit_in_length(("ab", "abcd", "abc", "abcdef", "a"), 3) == ("ab", "abcd", "abc")
