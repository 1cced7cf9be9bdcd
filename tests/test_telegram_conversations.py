"""End-to-end conversations: the real bot (`python -m bot run`) against a Bot API on loopback.

One bot process serves the whole module; every test talks as its own user so the per-user
rate limit of one test never touches another.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from support.botapi import (
    DOCUMENT,
    LOCATION,
    PHOTO,
    STICKER,
    TOKEN,
    VOICE,
    Sent,
    group_chat,
    user,
)
from support.process import BotHarness, Users, eventually, running_bot
from support.telegram_html import parse_html

pytestmark = pytest.mark.asyncio(loop_scope="module")

ADMIN_ID = 424242
users = Users(5_550_001)
new_user = users.new


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("telegram")
    env = {"BOT_ADMIN_IDS": str(ADMIN_ID)}
    async with running_bot(root, env=env, clean_exit=False) as harness:
        yield harness


def last_line(sent: Sent) -> str:
    return sent.text.rstrip().splitlines()[-1]


def italic_last_line(sent: Sent) -> bool:
    line = last_line(sent)
    start = len(sent.text.rstrip().encode("utf-16-le")) // 2 - len(line.encode("utf-16-le")) // 2
    return any(e["type"] == "italic" and e["offset"] == start for e in sent.entities)


# -- /start, /help and the command menu --------------------------------------------------


async def test_start_welcomes_a_dutch_user_in_dutch_with_three_example_buttons(
    tg: BotHarness,
) -> None:
    (reply,) = await tg.api.ask("/start", user=new_user("nl"))
    assert reply.text.startswith("Welkom bij Fieldbot")
    examples = [b for b in reply.buttons if b["callback_data"].startswith("q:nl:")]
    assert len(examples) == 3
    assert "Hoeveel banen hebben de Fieldlabs opgeleverd?" in examples[0]["text"]


async def test_start_welcomes_other_languages_in_english(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/start", user=new_user("de"))
    assert reply.text.startswith("Welcome to Fieldbot")
    assert [b["callback_data"] for b in reply.buttons] == ["q:en:0", "q:en:1", "q:en:2"]


async def test_tapping_an_example_question_answers_it(tg: BotHarness) -> None:
    person = new_user("nl")
    (welcome,) = await tg.api.ask("/start", user=person)
    since = len(tg.api.calls)
    answer = await tg.api.tap(welcome, "q:nl:0", user=person)
    assert "text" not in answer  # a plain acknowledgement, no notice
    (reply,) = await tg.api.replies(welcome.chat_id, since)
    assert "430" in reply.text


async def test_help_lists_the_commands_and_how_groups_work(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/help", user=new_user("nl"))
    for command in ("/fieldlabs", "/hubs", "/lang", "/privacy", "/forget", "/whoami"):
        assert command in reply.text
    assert "@fieldbot_test_bot" in reply.text


async def test_commands_are_registered_in_dutch_and_english(tg: BotHarness) -> None:
    names = [
        "start", "help", "fieldlabs", "hubs", "regio", "lang", "bron", "privacy", "forget",
        "whoami",
    ]  # fmt: skip
    english_names = {"regio": "region", "bron": "sources"}
    dutch, english = tg.api.commands[""], tg.api.commands["en"]
    assert [c["command"] for c in dutch] == names
    assert [c["command"] for c in english] == [english_names.get(n, n) for n in names]
    assert dutch[1]["description"] != english[1]["description"]


async def test_admin_menu_failing_to_register_is_only_logged(tg: BotHarness) -> None:
    # The admin never talked to this bot, so Telegram refuses a menu for their chat.
    assert tg.api.chat_commands == {}
    assert "event=admin_commands_failed" in tg.bot.log
    assert str(ADMIN_ID) not in tg.bot.log
    (reply,) = await tg.api.ask("hoeveel banen?", user=new_user("nl"))
    assert "430" in reply.text


async def test_unknown_command_points_to_help(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/weer", user=new_user("nl"))
    assert "/help" in reply.text


# -- free text ----------------------------------------------------------------------------


async def test_dutch_question_about_jobs_answers_430_with_source_and_date(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("hoeveel banen?", user=new_user("nl"))
    assert "430" in reply.text
    assert last_line(reply) == "Bron: TNO, Smart Industry Fieldlab publicatie, 18 maart 2019"
    assert italic_last_line(reply)
    assert reply.html.endswith("</i>")


async def test_english_question_gets_an_english_answer(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("How many jobs did the Fieldlabs create?", user=new_user("en"))
    assert "430 direct jobs" in reply.text
    assert last_line(reply).startswith("Source: TNO")
    assert reply.button("Helpful")["callback_data"].startswith("v:en:u:results.jobs:")


async def test_typo_in_question_still_finds_the_jobs_figure(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("hoeveel banne", user=new_user("nl"))
    assert "430" in reply.text


async def test_out_of_scope_question_is_sent_to_a_regional_hub(tg: BotHarness) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("wat wordt het weer morgen", user=person)
    assert "regionale Smart Industry Hub" in reply.text
    assert "“wat wordt het weer morgen”" in reply.text
    assert not any(b["callback_data"].startswith("v:") for b in reply.buttons)
    since = len(tg.api.calls)
    await tg.api.tap(reply, reply.button("Vind uw regionale Hub")["callback_data"], user=person)
    (hubs,) = await tg.api.replies(reply.chat_id, since)
    assert "BOOST" in hubs.text and "SMITZH" in hubs.text


async def test_did_you_mean_button_answers_the_suggested_entry(tg: BotHarness) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("fieldlab kosten subsidie", user=person)
    assert "Bedoelde u misschien:" in reply.text
    suggestion = reply.button("Is er subsidie voor Fieldlabs?")
    since = len(tg.api.calls)
    await tg.api.tap(reply, suggestion["callback_data"], user=person)
    (answer,) = await tg.api.replies(reply.chat_id, since)
    assert "RVO" in answer.text
    assert answer.button("Nuttig")["callback_data"] == "v:nl:u:fieldlabs.subsidy"


async def test_related_entry_button_answers_that_entry(tg: BotHarness) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("hoeveel banen?", user=person)
    since = len(tg.api.calls)
    await tg.api.tap(reply, reply.button("geïnvesteerd")["callback_data"], user=person)
    (answer,) = await tg.api.replies(reply.chat_id, since)
    assert "240 miljoen" in answer.text


async def test_feedback_is_recorded_once_and_the_buttons_turn_into_thanks(tg: BotHarness) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("Hoeveel bedrijven zijn betrokken bij de Fieldlabs?", user=person)
    vote = reply.button("👍")["callback_data"]
    answer = await tg.api.tap(reply, vote, user=person)
    assert answer["text"] == "Bedankt voor uw feedback!"
    now = await tg.api.wait_until(
        lambda: (sent := tg.api.current(reply)).buttons != reply.buttons and sent
    )
    assert not any(b["callback_data"].startswith("v:") for b in now.buttons)
    assert now.button("Bedankt voor uw feedback")["callback_data"] == "x:nl"
    assert now.text == reply.text
    # A second tap from a stale client is thanked but not counted again.
    again = await tg.api.tap(reply, vote, user=person)
    assert again["text"] == "Bedankt voor uw feedback!"
    await tg.api.settle()
    votes = [line for line in tg.bot.log.splitlines() if "event=feedback" in line]
    assert sum("entry=results.companies vote=up" in line for line in votes) == 1


@pytest.mark.parametrize(
    "data",
    [
        "admin:reload",
        "a:nl:does.not.exist",
        "a:fr:results.jobs",
        "a:nl:../../etc/passwd",
        "v:nl:x:results.jobs",
        "q:nl:99",
        "c:nl:fieldlab.nowhere",
        "💥",
        "x" * 64,
    ],
)
async def test_forged_or_stale_button_data_gets_a_short_notice(tg: BotHarness, data: str) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("hoeveel banen?", user=person)
    since = len(tg.api.calls)
    answer = await tg.api.tap(reply, data, user=person)
    assert any(
        notice in answer["text"]
        for notice in ("werkt niet", "niet meer beschikbaar", "niet meer actueel")
    )
    await tg.api.settle()
    assert tg.api.sent(reply.chat_id, since) == []
    assert "Traceback" not in tg.bot.log


async def test_question_with_html_is_echoed_escaped(tg: BotHarness) -> None:
    question = "<b>parkeren</b> bij u & de buren?"  # declined, so the question is quoted
    (reply,) = await tg.api.ask(question, user=new_user("nl"))
    assert "&lt;b&gt;parkeren&lt;/b&gt; bij u &amp; de buren?" in reply.html
    assert question in reply.text
    assert parse_html(reply.html)[0] == reply.text


async def test_5000_character_message_is_answered_from_its_question(tg: BotHarness) -> None:
    question = "hoeveel banen? " + "bla " * 1250
    assert len(question) >= 5000
    (reply,) = await tg.api.ask(question, user=new_user("nl"))
    assert "vooral de vragen erin gelezen" in reply.text and "430" in reply.text


async def test_10000_character_message_gets_a_friendly_answer(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("a" * 10_000, user=new_user("nl"))
    assert "lange tekst" in reply.text


async def test_long_answer_is_split_at_paragraphs_with_source_on_the_last(tg: BotHarness) -> None:
    (first, second) = await tg.api.ask(
        "Wat is de geschiedenis van het Smart Industry-programma?", user=new_user("nl"), count=2
    )
    assert len(first.text) <= 4096 and len(second.text) <= 4096
    assert first.text.startswith("1. ") and "\n\n2. " in first.text
    assert second.text.startswith("3. ")
    assert first.reply_markup is None and second.buttons
    assert last_line(second).startswith("Bron: Smart Industry, jaarverslagen 2014–2019 <archief>")
    assert "&lt;archief&gt; &amp; publicaties" in second.html


# -- /lang, lists, privacy ---------------------------------------------------------------


async def test_lang_en_is_remembered_for_later_questions(tg: BotHarness) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("/lang en", user=person)
    assert reply.text == "From now on I'll answer in English."
    (answer,) = await tg.api.ask("hoeveel banen?", user=person)
    assert "430 direct jobs" in answer.text
    (welcome,) = await tg.api.ask("/start", user=person)
    assert welcome.text.startswith("Welcome")


async def test_lang_without_argument_offers_buttons(tg: BotHarness) -> None:
    person = new_user("en")
    (reply,) = await tg.api.ask("/lang", user=person)
    since = len(tg.api.calls)
    answer = await tg.api.tap(reply, reply.button("Nederlands")["callback_data"], user=person)
    assert answer["text"] == "Ik antwoord voortaan in het Nederlands."
    await tg.api.replies(reply.chat_id, since)
    (welcome,) = await tg.api.ask("/start", user=person)
    assert welcome.text.startswith("Welkom")


async def test_privacy_says_what_is_kept_for_how_long_and_how_to_delete(tg: BotHarness) -> None:
    (privacy,) = await tg.api.ask("/privacy", user=new_user("nl"))
    text = privacy.text
    assert "gepseudonimiseerde sleutel" in text and "tekst van de vraag" in text
    assert "na 180 dagen automatisch gewist" in text
    assert "tot u ze wist" in text and "/forget" in text
    (english,) = await tg.api.ask("/privacy", user=new_user("en"))
    assert "deleted automatically after 180 days" in english.text


async def test_forget_erases_the_language_choice_and_says_so(tg: BotHarness) -> None:
    person = new_user("nl")
    await tg.api.ask("/lang en", user=person)
    (forgot,) = await tg.api.ask("/forget", user=person)
    assert forgot.text.startswith("Done: everything I had stored about you has been erased")
    (welcome,) = await tg.api.ask("/start", user=person)
    assert welcome.text.startswith("Welkom")
    (again,) = await tg.api.ask("/forget", user=person)
    assert again.text == "Er stond niets over u opgeslagen, dus er viel niets te wissen."


async def test_whoami_shows_the_numeric_id_in_private_only(tg: BotHarness) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("/whoami", user=person)
    assert str(person["id"]) in reply.text and "BOT_ADMIN_IDS" in reply.text
    assert {"type": "code", "offset": reply.text.index(str(person["id"])),
            "length": len(str(person["id"]))} in reply.entities  # fmt: skip
    (admin,) = await tg.api.ask("/whoami", user=user(ADMIN_ID, "nl"))
    assert "U staat al in BOT_ADMIN_IDS." in admin.text
    (group,) = await tg.api.ask("/whoami", user=person, chat=group_chat(-100_700))
    assert str(person["id"]) not in group.text


# -- groups ------------------------------------------------------------------------------


async def test_group_message_without_mention_is_ignored_with_mention_answered(
    tg: BotHarness,
) -> None:
    chat = group_chat(-100_200)
    person = new_user("nl")
    since = len(tg.api.calls)
    tg.api.push_message("hoeveel banen?", user=person, chat=chat)
    tg.api.push_message("Wat is een Fieldlab? Iemand?", user=new_user("nl"), chat=chat)
    (reply,) = await tg.api.ask("@fieldbot_test_bot hoeveel banen?", user=person, chat=chat)
    await tg.api.settle()
    assert tg.api.sent(chat["id"], since) == [reply]
    assert "430" in reply.text
    question_id = tg.api.calls_to("sendmessage", since)[0].params["reply_parameters"]["message_id"]
    assert reply.reply_to == question_id  # in a group the answer quotes the question


async def test_reply_to_the_bot_in_a_group_is_answered(tg: BotHarness) -> None:
    chat = group_chat(-100_201)
    person = new_user("nl")
    (first,) = await tg.api.ask("@fieldbot_test_bot wat is een fieldlab", user=person, chat=chat)
    (second,) = await tg.api.ask("en hoeveel banen?", user=person, chat=chat, reply_to=first)
    assert "430" in second.text


async def test_group_commands_are_answered_but_stickers_and_other_bots_are_not(
    tg: BotHarness,
) -> None:
    chat = group_chat(-100_202)
    person = new_user("nl")
    since = len(tg.api.calls)
    tg.api.push_message(user=person, chat=chat, sticker=STICKER)
    tg.api.push_message("/start@some_other_bot", user=person, chat=chat)
    tg.api.push_message("/onbekend", user=person, chat=chat)
    (reply,) = await tg.api.ask("/start@fieldbot_test_bot", user=person, chat=chat)
    await tg.api.settle()
    assert tg.api.sent(chat["id"], since) == [reply]
    assert reply.text.startswith("Welkom")


async def test_a_bare_mention_asks_for_a_question(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask(
        "@fieldbot_test_bot", user=new_user("nl"), chat=group_chat(-100_203)
    )
    assert "Stel uw vraag na mijn naam" in reply.text


# -- inline mode -------------------------------------------------------------------------


async def test_inline_query_offers_the_answer_and_related_articles(tg: BotHarness) -> None:
    results = await tg.api.inline("hoeveel banen", user=new_user("nl"))
    assert 1 <= len(results) <= 5
    first = results[0]
    assert first["title"] == "Hoeveel banen hebben de Fieldlabs opgeleverd?"
    content = first["input_message_content"]
    assert content["parse_mode"] == "HTML" and "430" in content["message_text"]
    assert len({r["id"] for r in results}) == len(results)


async def test_inline_query_without_text_offers_examples(tg: BotHarness) -> None:
    results = await tg.api.inline("", user=new_user("en"))
    assert [r["title"] for r in results][:1] == ["How many jobs have the Fieldlabs created?"]


async def test_inline_query_out_of_scope_offers_hub_advice(tg: BotHarness) -> None:
    results = await tg.api.inline("wat wordt het weer morgen", user=new_user("nl"))
    assert len(results) == 1
    assert "Hub" in results[0]["input_message_content"]["message_text"]


# -- everything else a user may send ------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"sticker": STICKER}, "Leuke sticker"),
        ({"photo": PHOTO}, "afbeeldingen"),
        ({"photo": PHOTO, "caption": ""}, "afbeeldingen"),
        ({"voice": VOICE}, "spraak"),
        ({"document": DOCUMENT}, "Bestanden"),
        ({"location": LOCATION}, "locatie"),
        ({"contact": {"phone_number": "+31600000000", "first_name": "Jan"}}, "tekstberichten"),
    ],
)
async def test_non_text_messages_get_a_friendly_explanation(
    tg: BotHarness, content: dict[str, Any], expected: str
) -> None:
    (reply,) = await tg.api.ask(None, user=new_user("nl"), **content)  # type: ignore[arg-type]
    assert expected in reply.text


async def test_photo_with_a_caption_answers_the_caption(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask(None, user=new_user("nl"), photo=PHOTO, caption="hoeveel banen?")  # type: ignore[arg-type]
    assert "430" in reply.text


async def test_edited_message_is_explained_not_answered_twice(tg: BotHarness) -> None:
    person = new_user("nl")
    message = tg.api.push_message("hoeveel banen?", user=person)
    await tg.api.replies(person["id"], 0)
    since = len(tg.api.calls)
    tg.api.push_message("hoeveel bedrijven?", user=person, edited=message)
    (reply,) = await tg.api.replies(person["id"], since)
    assert "bewerkte berichten" in reply.text


# -- limits and resilience ---------------------------------------------------------------


async def test_burst_of_50_messages_hits_the_rate_limit_message_exactly_once(
    tg: BotHarness,
) -> None:
    person = new_user("nl")
    since = len(tg.api.calls)
    for n in range(50):
        tg.api.push_message(f"hoeveel banen? ({n})", user=person)
    await tg.api.replies(person["id"], since, count=21, within=20)
    await tg.api.settle(quiet=0.5)
    replies = tg.api.sent(person["id"], since)
    warnings = [r for r in replies if "Even rustig aan" in r.text]
    assert len(warnings) == 1
    assert len(replies) == 21  # 20 answers a minute, then one friendly word, then silence
    (other,) = await tg.api.ask("hoeveel banen?", user=new_user("nl"))
    assert "430" in other.text  # other users are not slowed down


async def test_429_from_telegram_is_waited_out_and_the_reply_still_arrives(tg: BotHarness) -> None:
    person = new_user("nl")
    since = len(tg.api.calls)
    tg.api.fail_next("sendMessage", status=429, retry_after=1)
    (reply,) = await tg.api.ask("hoeveel banen?", user=person)
    assert "430" in reply.text
    sends = tg.api.calls_to("sendMessage", since)
    assert [c.status for c in sends][:2] == [429, 200]
    assert sends[1].at - sends[0].at >= 1.0  # retry_after honoured


async def test_5xx_from_telegram_is_retried(tg: BotHarness) -> None:
    tg.api.fail_next("sendMessage", status=502, count=2)
    (reply,) = await tg.api.ask("hoeveel banen?", user=new_user("nl"))
    assert "430" in reply.text


async def test_a_telegram_error_is_logged_and_the_user_gets_a_polite_word(tg: BotHarness) -> None:
    person = new_user("nl")
    tg.api.fail_next("sendMessage", status=400, description="Bad Request: something odd")
    (reply,) = await tg.api.ask("hoeveel banen?", user=person)
    assert reply.text.startswith("Sorry, er ging iets mis aan mijn kant.")
    await tg.api.settle()
    errors = [line for line in tg.bot.log.splitlines() if "event=error" in line]
    assert any("kind=BadRequest" in line and "omething odd" in line for line in errors)
    assert all(str(person["id"]) not in line for line in errors)
    (again,) = await tg.api.ask("hoeveel banen?", user=person)
    assert "430" in again.text  # and the bot carries on


async def test_logs_carry_no_raw_user_id_name_or_token(tg: BotHarness) -> None:
    person = new_user("nl", name="Hendrika")
    await tg.api.ask("hoeveel banen?", user=person)
    await tg.api.ask("/whoami", user=person)
    await tg.api.settle()
    log = tg.bot.log
    assert "event=answer" in log
    assert str(person["id"]) not in log
    assert "Hendrika" not in log
    assert TOKEN not in log


async def test_a_phone_number_in_a_message_is_not_passed_on_and_not_logged(
    tg: BotHarness,
) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("bel me op 06-12345678, hoeveel banen?", user=person)
    assert "Telefoonnummers en e-mailadressen geef ik niet door" in reply.text
    assert "430" in reply.text
    logged = await eventually(lambda: tg.questions_of(person))
    assert logged == ["bel me op [telefoon], hoeveel banen?"]
