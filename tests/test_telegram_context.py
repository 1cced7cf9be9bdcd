"""End-to-end conversation context in Telegram: the real bot (`python -m bot run`) against a
Bot API on loopback, on the test knowledge of `support.knowledge`.

Follow-ups lean on what was just answered ("waar zit dat?" after SAM|XL), per user even inside
one group, against the replied message's context for a reply, cleared by /start and /forget;
a deep link `/start <payload>` sets the region; a button sets the context to its entry.
One bot process serves the module; every test talks as its own user.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from support.botapi import Sent, group_chat
from support.process import BotHarness, Users, running_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

users = Users(7_770_001)
new_user = users.new
MENTION = "@fieldbot_test_bot"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("telegram-context")
    async with running_bot(root, clean_exit=False) as harness:
        yield harness


def not_about_sam_xl(reply: Sent) -> bool:
    return "SAM|XL" not in reply.text and "Delft" not in reply.text


# -- follow-ups in a private chat --------------------------------------------------------


async def test_where_is_it_after_sam_xl_names_delft(tg: BotHarness) -> None:
    person = new_user("nl")
    (card,) = await tg.api.ask("Wat is SAM|XL?", user=person)
    assert "SAM|XL" in card.text
    (reply,) = await tg.api.ask("waar zit dat?", user=person)
    assert "Delft" in reply.text
    assert "SAM|XL" in reply.text


async def test_where_is_it_without_a_conversation_is_not_answered_as_a_place(
    tg: BotHarness,
) -> None:
    (reply,) = await tg.api.ask("waar zit dat?", user=new_user("nl"))
    assert not_about_sam_xl(reply)
    assert "Emmen" not in reply.text


async def test_two_users_in_a_private_chat_each_keep_their_own_context(tg: BotHarness) -> None:
    first, second = new_user("nl"), new_user("nl")
    await tg.api.ask("Wat is SAM|XL?", user=first)
    await tg.api.ask("Wat is Technologies Added?", user=second)
    (one,) = await tg.api.ask("waar zit dat?", user=first)
    (two,) = await tg.api.ask("waar zit dat?", user=second)
    assert "Delft" in one.text and "Emmen" not in one.text
    assert "Emmen" in two.text and "Delft" not in two.text


# -- groups --------------------------------------------------------------------------------


async def test_two_users_in_a_group_keep_their_own_context(tg: BotHarness) -> None:
    chat = group_chat(-100_777_001)
    anna, bram = new_user("nl", "Anna"), new_user("nl", "Bram")
    (card,) = await tg.api.ask(f"{MENTION} Wat is SAM|XL?", user=anna, chat=chat)
    assert "SAM|XL" in card.text
    (hub,) = await tg.api.ask(f"{MENTION} Welke Hub is er voor Harderwijk?", user=bram, chat=chat)
    assert "BOOST" in hub.text
    (where,) = await tg.api.ask(f"{MENTION} waar zit dat?", user=anna, chat=chat)
    assert "Delft" in where.text and "BOOST" not in where.text
    (website,) = await tg.api.ask(f"{MENTION} en de website?", user=bram, chat=chat)
    assert "boostsmartindustry.nl" in website.text
    assert "SAM|XL" not in website.text


async def test_a_group_members_context_is_not_their_private_chats(tg: BotHarness) -> None:
    chat = group_chat(-100_777_002)
    person = new_user("nl")
    await tg.api.ask(f"{MENTION} Wat is SAM|XL?", user=person, chat=chat)
    (private,) = await tg.api.ask("waar zit dat?", user=person)
    assert not_about_sam_xl(private)


async def test_a_reply_to_the_bot_in_a_group_continues_without_a_mention(
    tg: BotHarness,
) -> None:
    chat = group_chat(-100_777_003)
    person = new_user("nl")
    (card,) = await tg.api.ask(f"{MENTION} Wat is Technologies Added?", user=person, chat=chat)
    (where,) = await tg.api.ask("waar zit dat?", user=person, chat=chat, reply_to=card)
    assert "Emmen" in where.text


# -- replies to an earlier answer ----------------------------------------------------------


async def test_reply_to_an_earlier_answer_uses_that_answers_context(tg: BotHarness) -> None:
    person = new_user("nl")
    (sam_xl,) = await tg.api.ask("Wat is SAM|XL?", user=person)
    (added,) = await tg.api.ask("Wat is Technologies Added?", user=person)
    assert "Emmen" in added.text
    (reply,) = await tg.api.ask("waar zit dat?", user=person, reply_to=sam_xl)
    assert "SAM|XL" in reply.text and "Delft" in reply.text
    assert "Emmen" not in reply.text
    # Each answer keeps its own context: a reply to the later one still means Emmen.
    (other,) = await tg.api.ask("waar zit dat?", user=person, reply_to=added)
    assert "Emmen" in other.text and "Delft" not in other.text


async def test_reply_to_an_earlier_answer_in_a_group_uses_that_answers_context(
    tg: BotHarness,
) -> None:
    chat = group_chat(-100_777_004)
    person = new_user("nl")
    (sam_xl,) = await tg.api.ask(f"{MENTION} Wat is SAM|XL?", user=person, chat=chat)
    await tg.api.ask(f"{MENTION} Wat is Technologies Added?", user=person, chat=chat)
    (reply,) = await tg.api.ask("waar zit dat?", user=person, chat=chat, reply_to=sam_xl)
    assert "Delft" in reply.text and "Emmen" not in reply.text


# -- /start and /forget ----------------------------------------------------------------------


async def test_start_clears_the_context(tg: BotHarness) -> None:
    person = new_user("nl")
    await tg.api.ask("Wat is SAM|XL?", user=person)
    (welcome,) = await tg.api.ask("/start", user=person)
    assert welcome.text.startswith("Welkom")
    (reply,) = await tg.api.ask("waar zit dat?", user=person)
    assert not_about_sam_xl(reply)


async def test_forget_clears_the_context(tg: BotHarness) -> None:
    person = new_user("nl")
    await tg.api.ask("Wat is SAM|XL?", user=person)
    (forgot,) = await tg.api.ask("/forget", user=person)
    assert forgot.text.startswith("Gedaan")
    (reply,) = await tg.api.ask("waar zit dat?", user=person)
    assert not_about_sam_xl(reply)


async def test_forget_in_private_clears_the_context_in_a_group_too(tg: BotHarness) -> None:
    chat = group_chat(-100_777_005)
    person = new_user("nl")
    await tg.api.ask(f"{MENTION} Wat is SAM|XL?", user=person, chat=chat)
    await tg.api.ask("/forget", user=person)
    (reply,) = await tg.api.ask(f"{MENTION} waar zit dat?", user=person, chat=chat)
    assert not_about_sam_xl(reply)


async def test_start_in_a_group_clears_only_that_members_context(tg: BotHarness) -> None:
    chat = group_chat(-100_777_006)
    anna, bram = new_user("nl", "Anna"), new_user("nl", "Bram")
    await tg.api.ask(f"{MENTION} Wat is SAM|XL?", user=anna, chat=chat)
    await tg.api.ask(f"{MENTION} Wat is Technologies Added?", user=bram, chat=chat)
    await tg.api.ask(f"/start@{MENTION[1:]}", user=anna, chat=chat)
    (cleared,) = await tg.api.ask(f"{MENTION} waar zit dat?", user=anna, chat=chat)
    assert not_about_sam_xl(cleared)
    (kept,) = await tg.api.ask(f"{MENTION} waar zit dat?", user=bram, chat=chat)
    assert "Emmen" in kept.text


# -- deep links ------------------------------------------------------------------------------


async def test_start_with_a_hub_payload_sets_the_region_and_names_the_hub(
    tg: BotHarness,
) -> None:
    person = new_user("nl")
    (welcome,) = await tg.api.ask("/start oost", user=person)
    assert "BOOST" in welcome.text
    assert "Welkom bij Fieldbot" in welcome.text
    assert len([b for b in welcome.buttons if b["callback_data"].startswith("q:nl:")]) == 3
    (unknown,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "BOOST" in unknown.text
    # Someone without the link is sent to the Hubs in general, not to BOOST.
    (elsewhere,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=new_user("nl"))
    assert "BOOST" not in elsewhere.text


@pytest.mark.parametrize(("payload", "hub"), [("hub-oost", "BOOST"), ("overijssel", "BOOST")])
async def test_start_with_a_hub_or_province_payload_names_that_hub(
    tg: BotHarness, payload: str, hub: str
) -> None:
    (welcome,) = await tg.api.ask(f"/start {payload}", user=new_user("nl"))
    assert hub in welcome.text


@pytest.mark.parametrize("payload", ["atlantis", "x" * 65, "oost!"])
async def test_unknown_start_payload_gets_the_normal_welcome(tg: BotHarness, payload: str) -> None:
    (plain,) = await tg.api.ask("/start", user=new_user("nl"))
    person = new_user("nl")
    (welcome,) = await tg.api.ask(f"/start {payload}", user=person)
    assert welcome.text == plain.text
    assert welcome.buttons == plain.buttons
    (unknown,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "BOOST" not in unknown.text


# -- buttons ---------------------------------------------------------------------------------


async def test_a_button_sets_the_context_to_the_entry_it_names(tg: BotHarness) -> None:
    person = new_user("nl")
    (card,) = await tg.api.ask("Wat is SAM|XL?", user=person)
    related = card.button("SMITZH")
    assert related["callback_data"].startswith("a:")
    since = len(tg.api.calls)
    await tg.api.tap(card, related["callback_data"], user=person)
    (smitzh,) = await tg.api.replies(card.chat_id, since)
    assert "SMITZH" in smitzh.text
    (website,) = await tg.api.ask("en de website?", user=person)
    assert "smitzh.nl" in website.text


async def test_a_did_you_mean_button_sets_the_context_to_the_entry_it_names(
    tg: BotHarness,
) -> None:
    person = new_user("nl")
    (reply,) = await tg.api.ask("fieldlab kosten subsidie", user=person)
    assert "Bedoelde u misschien:" in reply.text
    since = len(tg.api.calls)
    suggestion = reply.button("Is er subsidie voor Fieldlabs?")
    await tg.api.tap(reply, suggestion["callback_data"], user=person)
    (answer,) = await tg.api.replies(reply.chat_id, since)
    assert "RVO" in answer.text
    (source,) = await tg.api.ask("waar staat dat?", user=person)
    assert "RVO" in source.text


async def test_reply_to_a_buttons_answer_uses_that_answers_context(tg: BotHarness) -> None:
    person = new_user("nl")
    (card,) = await tg.api.ask("Wat is SAM|XL?", user=person)
    since = len(tg.api.calls)
    await tg.api.tap(card, card.button("SMITZH")["callback_data"], user=person)
    (smitzh,) = await tg.api.replies(card.chat_id, since)
    await tg.api.ask("Wat is Technologies Added?", user=person)
    (website,) = await tg.api.ask("en de website?", user=person, reply_to=smitzh)
    assert "smitzh.nl" in website.text


async def test_an_example_button_of_start_sets_the_context_to_its_question(
    tg: BotHarness,
) -> None:
    person = new_user("nl")
    (welcome,) = await tg.api.ask("/start", user=person)
    since = len(tg.api.calls)
    await tg.api.tap(welcome, "q:nl:0", user=person)
    (jobs,) = await tg.api.replies(welcome.chat_id, since)
    assert "430" in jobs.text
    (source,) = await tg.api.ask("waar staat dat?", user=person)
    assert "TNO" in source.text


# -- /bron ---------------------------------------------------------------------------------


async def test_bron_lists_every_source_of_the_last_answer(tg: BotHarness) -> None:
    person = new_user("nl")
    (answer,) = await tg.api.ask("hoeveel banen?", user=person)
    assert "430" in answer.text
    (sources,) = await tg.api.ask("/bron", user=person)
    assert sources.text.startswith("De bronnen van mijn vorige antwoord:")
    assert "TNO" in sources.text


async def test_bron_before_any_question_says_to_ask_first(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/bron", user=new_user("nl"))
    assert reply.text.startswith("Stel eerst een vraag")
