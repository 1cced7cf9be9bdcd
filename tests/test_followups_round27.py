"""Follow-ups of round 27: since when the record in view runs ("sinds wanneer draait die?"),
"their website" after a person is the website of the Hub they work for, and "which hub were
they under?" after a list of Fieldlabs that share one Hub is that Hub, …"""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_since_when_it_runs_asks_its_start_not_whether_it_still_runs(
    assistant: Assistant,
) -> None:
    for then in ("sinds wanneer draait die?", "since when is it active?"):
        _, since = talk(assistant, "Wat is de Proeftuin Precisielandbouw?", then)
        assert since.answered() == ("fieldlab.precisielandbouw",), then
        assert "2017" in since.text, then
    _, still = talk(assistant, "Wat is de Proeftuin Precisielandbouw?", "draait die nog?")
    assert "2017" not in still.text


def test_their_website_after_a_person_is_the_website_of_their_hub(
    assistant: Assistant,
) -> None:
    _, site = talk(assistant, "Wie is Robin Burghard?", "en hoe kom ik op hun website?")
    assert site.answered() == ("hub.oost",)
    assert "boostsmartindustry.nl" in site.text


def test_which_hub_they_are_under_after_a_list_is_the_hub_they_share(
    assistant: Assistant,
) -> None:
    _, hub, still = talk(
        assistant,
        "fieldlabs in Delft?",
        "And which hub were they under?",
        "Is that hub still going?",
    )
    assert hub.answered() == ("hub.zuid-holland",)
    assert "RoboHouse" in hub.text and "SAM|XL" in hub.text and "SMITZH" in hub.text
    assert still.answered() == ("hub.zuid-holland",)  # the Hub is in view now
    assert "stopped" in still.text


def test_a_question_with_a_language_asked_beside_it_is_answered_in_that_language(
    assistant: Assistant,
) -> None:
    for message, lang, entry in (
        ("Wat is een fieldlab? Graag in het Engels", "en", "fieldlabs.what"),
        ("What is a fieldlab? In Dutch please", "nl", "fieldlabs.what"),
        ("Kun je hem dan uitleggen wat zo'n hub is? In het Engels graag", "en", "hubs.what"),
        ("Wat doet BOOST? Antwoord in het Engels aub", "en", "hub.oost"),
    ):
        reply = assistant.answer(message)
        assert reply.answered() == (entry,), message
        assert reply.language == lang, message
    _, again = talk(assistant, "Wat is een fieldlab?", "in English please")
    assert again.answered() == ("fieldlabs.what",)  # alone it still asks the answer again
    assert again.language == "en"


def test_whether_the_bot_speaks_a_language_is_asked_of_the_bot_mid_conversation(
    assistant: Assistant,
) -> None:
    for first, then in (
        ("Hello", "You can understand English or only Dutch?"),
        ("Who funds the hubs?", "do u speak dutch btw"),
        ("Wat is een fieldlab?", "spreek je ook Engels?"),
    ):
        _, asked = talk(assistant, first, then)
        assert asked.answered() == ("smalltalk.language",), then
    _, again = talk(assistant, "Wat is een fieldlab?", "can you say that in English?")
    assert again.answered() == ("fieldlabs.what",)


def test_thanks_with_a_word_about_ones_own_language_is_thanks(assistant: Assistant) -> None:
    _, thanks = talk(
        assistant,
        "En hoeveel ideeën kwamen er bij de eerste call?",
        "Dank je wel, mijn Nederlands is nog niet zo goed haha",
    )
    assert thanks.answered() == ("smalltalk.thanks",)


def test_where_or_when_that_was_after_a_person_is_what_their_answer_tells_they_did(
    assistant: Assistant,
) -> None:
    for first, then, entry in (
        ("wie is jan post", "waar was dat", "hub.noord"),
        ("wie is mona keijzer", "waar was dat", "jaarevent.2019"),
        ("Who is Egbert-Jan Sol?", "when was that?", "results.reach"),
    ):
        _, that = talk(assistant, first, then)
        assert that.answered() == (entry,), then
    _, her = talk(assistant, "wie is mona keijzer", "waar werkt ze?")
    assert "jaarevent.2019" not in her.answered()  # "ze" is she, not what she did
    _, source = talk(assistant, "wie is mona keijzer", "where does it say that?")
    assert "jaarevent.2019" not in source.answered()


def test_hap_said_for_hub_after_a_pointer_is_a_hub(assistant: Assistant) -> None:
    reply = assistant.answer("wat doen die haps nou concreet voor een ondernemer als ik")
    assert reply.answered() == ("hubs.activities",)


def test_a_question_of_its_own_after_a_claim_gets_no_verdict(assistant: Assistant) -> None:
    # "toch … ?" checked a claim; "wanneer was …" asks, it states nothing to say "Nee" to.
    _, when = talk(
        assistant,
        "Het programma is toch in 2013 begonnen?",
        "En wanneer was de landelijke aftrap?",
    )
    assert not when.text.startswith(("Nee,", "Ja."))
    assert "22 januari 2015" in when.text
