"""A question dressed up the way people chat stays the same question: thanks or a goodbye
typed straight after it without a stop, a filler word anywhere in it, several sentences said
in one breath (voice input), a self-introduction or a greeting in front of it, a typo in a
number written as a word or in thanks and goodbyes (scripts/perturb.py measures these over the
dev sets)."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant, render_plain
from bot.understanding import numbers_as_digits, read
from bot.understanding.voice import with_sentence_stops

# -- thanks and goodbyes after the question ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wheres robohouse thanks!", "fieldlab.robohouse"),
        ("wat is smart industry alvast bedankt!", "programme.what"),
        (
            "hoeveel fieldlabs telde nederland in januari 2020 dank je wel alvast",
            "results.fieldlab-count",
        ),
        ("how many jobs did the fieldlabs create thanks in advance, cheers", "results.jobs"),
    ],
)
def test_thanks_typed_straight_after_the_question_are_thanks_not_part_of_it(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()
    assert read(message).thanks


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("total investment fieldlabs 2020. Cheers!", "results.investments"),
        ("list all the smart industry hubs pls thanks!", "hubs.list"),
        ("fieldlabs in delft. groetjes", "fieldlabs.place.delft"),
    ],
)
def test_a_request_in_keywords_closed_with_thanks_is_still_asked(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("stop maar doei", "smalltalk.goodbye"),
        ("Ah super, thanks! I will tell my manager.", "smalltalk.thanks"),
        (
            "Dan wens ik u nog een fijne avond en wie weet tot een volgende keer!",
            "smalltalk.goodbye",
        ),
    ],
)
def test_what_is_told_around_thanks_or_a_goodbye_asks_nothing(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


# -- filler words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("how btw many jobs did the fieldlabs create?", "results.jobs"),
        ("What actually is a fieldlab?", "fieldlabs.what"),
        ("Wie is Marloes nou Telgenhof?", "people.telgenhof"),
        ("hoeveel bedrijven doen er trouwens mee aan de fieldlabs", "results.companies"),
    ],
)
def test_a_filler_word_anywhere_in_the_question_changes_nothing(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()
    assert not {"btw", "actually", "nou", "trouwens"} & set(read(message).clauses[0].text.split())


def test_a_filler_said_on_its_own_is_not_taken_away() -> None:
    assert read("nou").text == "nou"


# -- sentences said in one breath ---------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "goedemorgen wij maken meubels in zwolle weet iemand hoeveel fieldlabs er zijn",
            "results.fieldlab-count",
        ),
        (
            "hi im writing a piece for a local paper how many jobs did the fieldlabs create "
            "i need the exact figure",
            "results.jobs",
        ),
        ("for my report how many companies take part in the fieldlabs", "results.companies"),
        (
            "my neighbour says the fieldlabs made about four hundred jobs is that right",
            "results.jobs",
        ),
        ("hoeveel hubs zijn er hoeveel fieldlabs zijn er", "results.fieldlab-count"),
    ],
)
def test_sentences_said_without_punctuation_are_read_as_sentences(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_what_is_told_in_one_breath_around_the_question_is_context() -> None:
    reading = read(
        "hi im writing a piece for a local paper how many jobs did the fieldlabs create "
        "i need the exact figure"
    )
    assert [c.text for c in reading.clauses] == ["how many jobs did the fieldlabs create"]
    assert "local paper" in (reading.intro or "")


@pytest.mark.parametrize(
    "message",
    [
        "zijn er fieldlabs waar ik cobots kan uitproberen",  # "waar ik": a clause, no question
        "super dank hier kan ik mee verder voor mijn verslag",  # Dutch word order after "hier"
        "ik heb last van mijn rug van het lassen wat moet ik doen",  # asks of no subject
        "how many fieldlabs are there in the netherlands right now",  # one question
        "wat is die publicatie, wanneer kwam die uit",  # punctuated: the comma marks it
    ],
)
def test_a_sentence_said_in_one_breath_is_not_cut_where_it_goes_on(message: str) -> None:
    assert with_sentence_stops(message) == message


# -- a self-introduction in front ---------------------------------------------------------


def test_the_place_told_last_is_the_one_the_question_asks_about(assistant: Assistant) -> None:
    told_twice = (
        "Wij zitten in Hengelo. We hebben ook een vestiging in Gouda. Bij welke hub horen we daar?"
    )
    assert assistant.answer(told_twice).answered() == ("hub.zuid-holland",)
    assert assistant.answer("Wij zitten in Hengelo. Bij welke hub horen we?").answered() == (
        "hub.oost",
    )


def test_the_askers_trade_is_not_the_subject_of_a_question_that_names_its_own(
    assistant: Assistant,
) -> None:
    message = (
        "Wij zijn een metaalbedrijf uit Hengelo. Die video met twaalf fieldlabs, wat zei men daar?"
    )
    assert assistant.answer(message).answered() == ("video.fieldlabs",)
    # …while "daar" with nothing else named is still the trade told before it
    said = "Wij willen iets met cobots gaan doen. Welke fieldlabs doen daar iets mee?"
    assert "fieldlabs.theme.robotica" in assistant.answer(said).answered()


# -- a greeting in front of smalltalk -----------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Hallo, bedankt!", "smalltalk.thanks"),
        ("Good morning, thanks a lot!", "smalltalk.thanks"),
    ],
)
def test_thanks_after_a_greeting_are_answered_and_greeted_back(
    assistant: Assistant, message: str, entry: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ("smalltalk.greeting", entry)
    assert render_plain(reply).split()[0].rstrip("!,") in ("Hallo", "Good")


# -- a typo in a number said in words -----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("tweeduziend zeventien", "2017"),  # a letter swapped
        ("zesendertg fieldlabs", "36 fieldlabs"),  # a letter left out
        ("honderdtwintigduizendd", "120000"),  # a letter doubled
    ],
)
def test_a_number_word_with_a_typo_is_still_that_number(typed: str, digits: str) -> None:
    assert numbers_as_digits(typed) == digits


def test_a_word_people_use_is_never_taken_for_a_misspelt_number() -> None:
    assert numbers_as_digits("investeringen in de fieldlabs") == "investeringen in de fieldlabs"
    assert numbers_as_digits("echt") == "echt"  # one letter from "acht", but a word


# -- a typo in thanks or a goodbye --------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("oke deoi", "smalltalk.goodbye"),
        ("Goed, tot zeins.", "smalltalk.goodbye"),
        ("tot de volgedne keer", "smalltalk.goodbye"),
    ],
)
def test_a_typo_in_thanks_or_a_goodbye_is_still_smalltalk(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_a_name_or_word_near_a_greeting_is_not_taken_for_one() -> None:
    reading = read("Wat doet Dialogic met de hubs?")
    assert not reading.greeting
    assert "dialogic" in reading.clauses[0].text
