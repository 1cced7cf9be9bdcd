"""Smalltalk from new writers (issue 11): letters signed with a name and firm, thanks after a
persona's story, a word typed with its last letter twice, marks and half-hearted verdicts on
an answer, help and language asked in more ways; and the questions that only look like it."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def _said(assistant: Assistant, message: str) -> tuple[str, ...]:
    return assistant.answer(message).answered()


# -- thanks and goodbyes after a story ------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Wij zijn een bakkerij in Tilburg. Bedankt voor de info!",
        "Ik ben student in Delft. Bedankt voor je antwoord",
        "Wij hebben een drukkerij in Zwolle en zoeken advies. Dank je voor de tips!",
        "I run a small startup in Utrecht. Thanks for pointing me to the hub.",
    ],
)
def test_thanks_after_the_askers_story_are_thanks_not_a_request_for_their_hub(
    assistant: Assistant, message: str
) -> None:
    assert _said(assistant, message) == ("smalltalk.thanks",)


@pytest.mark.parametrize(
    "message",
    [
        "Ik heb een bedrijf in Zwolle. Alvast bedankt!",
        "We are a company in Zwolle. Thanks in advance!",
    ],
)
def test_thanks_in_advance_after_a_town_still_get_the_hub(
    assistant: Assistant, message: str
) -> None:
    assert any(e.startswith(("hub.", "route.")) for e in _said(assistant, message))


@pytest.mark.parametrize(
    "message",
    [
        "Met vriendelijke groeten, Pieter de Vries, Bakkerij De Vries",
        "Vriendelijke groet, Anna",
        "best, Jan",
        "Sincerely, Maria",
        "With kind regards, Dr. Müller",
    ],
)
def test_a_letters_close_with_a_signature_takes_leave(assistant: Assistant, message: str) -> None:
    assert _said(assistant, message) == ("smalltalk.goodbye",)


def test_a_signature_after_a_question_is_not_asked(assistant: Assistant) -> None:
    reply = assistant.answer("Welke hub is er voor Drenthe? Met vriendelijke groet, Jan de Vries")
    assert "hub.noord" in reply.answered()
    assert "people.post" not in reply.answered()


@pytest.mark.parametrize(
    "message",
    [
        "doeidoei",
        "tot kijk",
        "de mazzel",
        "prettige avond",
        "geen vragen meer",
        "no more questions",
    ],
)
def test_more_ways_to_take_leave(assistant: Assistant, message: str) -> None:
    assert _said(assistant, message) == ("smalltalk.goodbye",)


# -- a letter held longer, said as it sounds ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("byee", "smalltalk.goodbye"),
        ("yoo", "smalltalk.greeting"),
        ("thankss", "smalltalk.thanks"),
        ("tenk joe", "smalltalk.thanks"),
        ("tq", "smalltalk.thanks"),
        ("ik ben je dankbaar", "smalltalk.thanks"),
    ],
)
def test_smalltalk_typed_with_its_last_letter_twice_or_by_ear(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert _said(assistant, message) == (entry,)


@pytest.mark.parametrize(
    "message",
    [
        "Hello dear, how are you doing today my friend",
        "hallo, hoe gaat het met je vandaag",
        "Hallo, ik hoop dat het goed met je gaat",
        "hallo daar bot, hoe is het leven",
        "how's life",
    ],
)
def test_how_are_you_after_a_hello_and_a_comma_greets(assistant: Assistant, message: str) -> None:
    assert _said(assistant, message) == ("smalltalk.greeting",)


# -- verdicts on an answer ------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "kan beter",
        "could be better",
        "hmm dat is niet helemaal juist",
        "not quite right",
        "dat is verouderd",
        "that info is outdated",
        "je zegt steeds hetzelfde",
        "you keep saying the same thing",
        "dat wist ik al",
        "I knew that already",
        "je hebt me niet geholpen",
        "je doet het goed",
        "mooi antwoord",
        "very clear",
        "heel fijn, echt top",
        "amazing",
        "lol wrong",
        "ik geef je een 8",
        "I give you 5 stars",
        "⭐⭐⭐⭐⭐",
    ],
)
def test_a_verdict_on_the_answer_is_feedback(assistant: Assistant, message: str) -> None:
    assert _said(assistant, message) == ("smalltalk.feedback",)


# -- what the bot can do, and in which language -----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "hoe kan je me helpen",
        "hoe kun jij mij helpen?",
        "hoe stel ik een vraag?",
        "what are you able to do",
        "how should I ask my question",
        "what is this chat about",
    ],
)
def test_how_the_bot_helps_gets_the_help(assistant: Assistant, message: str) -> None:
    assert _said(assistant, message) == ("smalltalk.help",)


@pytest.mark.parametrize(
    "message",
    ["is dit de helpdesk bot?", "hi, is this the smart industry bot?"],
)
def test_asking_whether_this_is_the_bot_gets_who_it_is(assistant: Assistant, message: str) -> None:
    assert "smalltalk.who" in _said(assistant, message)


@pytest.mark.parametrize(
    "message",
    [
        "English only please",
        "only english?",
        "kunnen we in het engels verder",
        "verander taal naar nederlands",
        "alleen in het Nederlands graag",
        "habla español?",
    ],
)
def test_more_ways_to_ask_for_a_language(assistant: Assistant, message: str) -> None:
    assert _said(assistant, message) == ("smalltalk.language",)


# -- questions that only look like smalltalk ----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "wat kan een hub voor mij doen?",
        "who are the people behind it?",
        "is er een engelstalige versie van het rapport?",
        "hoe kan een fieldlab mij helpen met robotisering?",
        "kan een fieldlab beter helpen dan een hub?",
        "is de informatie over de hubs verouderd?",
        "could a fieldlab be better for my company?",
        "is this the hub for Limburg?",
    ],
)
def test_a_question_about_the_programme_stays_a_question(
    assistant: Assistant, message: str
) -> None:
    assert not any(e.startswith("smalltalk.") for e in _said(assistant, message))


# -- what is told next to smalltalk ---------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Ah super, thanks! I will tell my manager.", "smalltalk.thanks"),
        ("Oké, dank u. Ik ga het doorsturen naar mijn collega.", "smalltalk.thanks"),
        ("This answer is not correct I think. You mix things.", "smalltalk.feedback"),
        ("Dat klopt niet. Je haalt dingen door elkaar.", "smalltalk.feedback"),
        ("Sorry, but are you a real person? I prefer to talk to a human.", "smalltalk.who"),
    ],
)
def test_a_told_sentence_next_to_smalltalk_is_not_refused(
    assistant: Assistant, message: str, entry: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == (entry,)
    assert reply.kind == "smalltalk"


@pytest.mark.parametrize(
    "message", ["Bedankt! Hoeveel hubs zijn er?", "Thanks! Which hub serves Zwolle?"]
)
def test_a_question_next_to_thanks_is_still_answered(assistant: Assistant, message: str) -> None:
    assert any(not e.startswith("smalltalk.") for e in _said(assistant, message))


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Wacht even, ben ik nu met een computer aan het praten?", "smalltalk.who"),
        ("ben je een echt persoon of een programma?", "smalltalk.who"),
        ("ik wil een medewerker spreken", "smalltalk.who"),
        ("I want to speak to a real person", "smalltalk.who"),
        ("vertel eens wat je kan", "smalltalk.help"),
        ("tell me what you can do", "smalltalk.help"),
        ("What is the purpose of this bot?", "smalltalk.help"),
        ("wat voor talen ken jij", "smalltalk.language"),
        ("kun je ook brabants", "smalltalk.language"),
        ("Jouw antwoord is te algemeen.", "smalltalk.feedback"),
        ("Your answer is too general.", "smalltalk.feedback"),
        ("volgens mij vergis je je", "smalltalk.feedback"),
        ("I'm disappointed with this answer", "smalltalk.feedback"),
        ("klopt als een bus", "smalltalk.feedback"),
    ],
)
def test_more_ways_to_ask_about_the_bot_or_rate_it(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert _said(assistant, message) == (entry,)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hoi, hoe is 't met oe?", "smalltalk.greeting"),
        ("hallo, hoe gaat 't er mee", "smalltalk.greeting"),
        ("goeiendag, alles goe?", "smalltalk.greeting"),
        ("ça va?", "smalltalk.greeting"),
        ("fawaka", "smalltalk.greeting"),
        ("Tschüss!", "smalltalk.goodbye"),
        ("à bientôt", "smalltalk.goodbye"),
        ("hasta luego", "smalltalk.goodbye"),
        ("Dat was het voor nu, misschien kom ik later terug.", "smalltalk.goodbye"),
        ("Sind Sie ein Mensch?", "smalltalk.who"),
        ("Êtes-vous un robot?", "smalltalk.who"),
        ("We zijn een kleine drukkerij. Mag ik vragen wie jij bent?", "smalltalk.who"),
        ("may I ask who you are?", "smalltalk.who"),
        ("Was können Sie?", "smalltalk.help"),
        ("Können Sie Deutsch?", "smalltalk.language"),
        (
            "Mijn vader komt uit Turkije. Kan hij ook in het Turks vragen stellen?",
            "smalltalk.language",
        ),
        ("Nee, ik bedoelde iets anders.", "smalltalk.feedback"),
        ("No, I meant something else.", "smalltalk.feedback"),
        ("Je geeft antwoord op een andere vraag.", "smalltalk.feedback"),
        ("You answered a different question.", "smalltalk.feedback"),
        ("I checked your answer with the report and it does not match.", "smalltalk.feedback"),
        ("Dit had ik niet verwacht, maar het is heel duidelijk uitgelegd.", "smalltalk.feedback"),
        ("super uitleg", "smalltalk.feedback"),
        ("I like your answers", "smalltalk.feedback"),
    ],
)
def test_smalltalk_in_dialect_a_neighbours_language_or_after_a_story(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert _said(assistant, message) == (entry,)


@pytest.mark.parametrize(
    "message",
    [
        "kan ik het rapport in het Engels krijgen?",
        "komen de cijfers van de hubs overeen met het rapport?",
        "wordt in het rapport duidelijk uitgelegd wat een fieldlab is?",
    ],
)
def test_questions_near_the_new_smalltalk_stay_questions(
    assistant: Assistant, message: str
) -> None:
    assert not any(e.startswith("smalltalk.") for e in _said(assistant, message))
