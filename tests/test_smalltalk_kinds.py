"""Smalltalk as fresh writers say it: each kind (greeting, thanks, goodbye, who, help,
language, feedback) recognised by how Dutch and English say it, not by likeness to one stored
phrasing; and questions about the programme that look like smalltalk stay questions."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

# -- who or what the bot is -----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "ben jij kunstmatige intelligentie?",
        "zijde gij een mens",
        "met wie praat ik?",
        "wie heeft je geprogrammeerd?",
        "wie heeft deze chatbot ontwikkeld?",
        "who created you?",
        "who programmed you?",
        "who is behind this bot?",
        "are you powered by chatgpt?",
        "am i chatting with a robot",
        "who am i speaking with?",
    ],
)
def test_a_question_what_the_bot_is_or_who_made_it_gets_who_it_is(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.who",)


# -- what one can ask -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "menu",
        "/start",
        "ik heb hulp nodig",
        "waar dien je voor?",
        "wat weet je?",
        "waar heb je verstand van?",
        "ik weet niet wat ik moet vragen",
        "wat kan deze bot?",
        "how can you help me?",
        "what are you good for?",
        "what are the commands?",
        "I don't know what to ask",
    ],
)
def test_a_question_what_the_bot_can_do_gets_the_help(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.help",)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wat weet je over de fieldlabs?", "fieldlabs.what"),
        ("what can a fieldlab do for me?", None),
        ("kan de hub mij helpen met automatisering?", None),
        ("who founded smart industry?", "programme.founders"),
    ],
)
def test_a_question_about_the_programme_shaped_like_one_to_the_bot_is_no_smalltalk(
    assistant: Assistant, message: str, entry: str | None
) -> None:
    reply = assistant.answer(message)
    assert reply.kind != "smalltalk"
    if entry is not None:
        assert entry in reply.answered()


# -- greetings, thanks, goodbyes, language and feedback as the language says them ----------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("alles kits?", "smalltalk.greeting"),
        ("hoe staat het leven?", "smalltalk.greeting"),
        ("iemand thuis?", "smalltalk.greeting"),
        ("👋", "smalltalk.greeting"),
        ("hoi field bot ben jij een robot", "smalltalk.who"),
        ("🙏", "smalltalk.thanks"),
        ("tot gauw", "smalltalk.goodbye"),
        ("dag dag", "smalltalk.goodbye"),
        ("versta je Engels?", "smalltalk.language"),
        ("begrijp je duits?", "smalltalk.language"),
        ("sorry my dutch is bad", "smalltalk.language"),
        ("je begrijpt me niet", "smalltalk.feedback"),
        ("dat is niet wat ik vroeg", "smalltalk.feedback"),
        ("not helpful", "smalltalk.feedback"),
        ("wat een rotbot", "smalltalk.feedback"),
        ("dat is niet waar", "smalltalk.feedback"),
        ("👎", "smalltalk.feedback"),
        ("je bent top", "smalltalk.feedback"),
    ],
)
def test_each_kind_of_smalltalk_is_recognised_as_people_say_it(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


def test_how_is_it_going_with_something_else_is_no_greeting(assistant: Assistant) -> None:
    assert assistant.answer("hoe gaat het met Ajax?").kind != "smalltalk"


def test_a_greeting_with_a_story_and_no_question_is_greeted(assistant: Assistant) -> None:
    reply = assistant.answer(
        "hello, we are a small company making furniture, we have been thinking about robots "
        "for a while now."
    )
    assert reply.answered() == ("smalltalk.greeting",)


# -- round 22: remarks on the answers, a learner's word order, chat letters -------------------


@pytest.mark.parametrize(
    "message",
    [
        "uw antwoord van zonet heeft mij niet veel wijzer gemaakt. Met vriendelijke groet",
        "ik ben erg tevreden over de antwoorden van vorige week",
        "Helder, nuttige tool trouwens 👍",
        "Oké, dat komt overeen met mijn bron.",
        "ok, that matches what I found.",
        "the explanation was clear and useful",
    ],
)
def test_a_remark_that_rates_or_confirms_the_answers_is_feedback(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.feedback",)


def test_a_question_about_good_answers_is_no_feedback(assistant: Assistant) -> None:
    assert assistant.answer("is er een goed antwoord op de vraag wat een fieldlab is?").kind != (
        "smalltalk"
    )


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("wait r u a real person or an AI lol", "smalltalk.who"),
        ("hello, good morning, how you are today?", "smalltalk.greeting"),
        ("Can I also use this in English for my clients?", "smalltalk.language"),
        ("kan ik dit ook in het Engels gebruiken?", "smalltalk.language"),
        ("wat is de scope van deze bot?", "smalltalk.help"),
        ("is dit een officiële tool van TNO?", "smalltalk.who"),
        ("Wer bist du?", "smalltalk.who"),
    ],
)
def test_chat_letters_and_a_learners_word_order_are_read_as_meant(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


@pytest.mark.parametrize(
    ("message", "said"), [("ok", "Fijn!"), ("top!", "Fijn!"), ("great", "Good!")]
)
def test_an_answer_taken_in_gets_a_short_word_back_not_a_request_for_feedback(
    assistant: Assistant, message: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == ("smalltalk.feedback",)
    assert reply.text.startswith(said)


def test_a_complaint_still_gets_the_way_on(assistant: Assistant) -> None:
    assert "andere woorden" in assistant.answer("dat klopt niet").text


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("oke. doei", "smalltalk.goodbye"),
        ("tige tank hoor", "smalltalk.thanks"),
        ("Dat jaartal klopt volgens mij niet, kijk nog eens.", "smalltalk.feedback"),
        ("Hoe werkt dit? Kan ik gewoon vrije vragen stellen?", "smalltalk.help"),
        ("kan ik ook turks praten met je?", "smalltalk.language"),
        ("What kind of stuff can you help me with?", "smalltalk.help"),
    ],
)
def test_more_ways_people_say_smalltalk(assistant: Assistant, message: str, entry: str) -> None:
    assert entry in assistant.answer(message).answered()


@pytest.mark.parametrize("message", ["thx!", "ok cool", "thanks"])
def test_english_chat_words_in_a_dutch_chat_get_a_dutch_reply(
    assistant: Assistant, message: str
) -> None:
    _, context = assistant.converse("Hoeveel banen zijn er?", None)
    reply, _ = assistant.converse(message, context)
    assert reply.language == "nl"
