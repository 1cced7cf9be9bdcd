"""Buttons under attack and in forum topics: a button is no way around the rate limit, its
answer goes to the topic it was tapped in, and a double tap on 👍 is no error. One bot (the
real `python -m bot run`) against the loopback Bot API serves the module."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from support.botapi import group_chat
from support.process import BotHarness, Users, running_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

users = Users(5_770_001)
TOPIC = 77


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("buttons")
    async with running_bot(root) as harness:
        yield harness


async def test_forty_taps_on_the_language_button_stay_within_the_rate_limit(
    tg: BotHarness,
) -> None:
    chat = group_chat(-100_770_001)
    person = users.new("nl")
    (offer,) = await tg.api.ask("/lang", user=person, chat=chat)
    data = offer.button("Nederlands")["callback_data"]
    since = len(tg.api.calls)
    taps = [tg.api.push_callback(offer, data, user=person) for _ in range(40)]
    await tg.api.wait_until(lambda: all(tg.api.answered(t) for t in taps), within=20)
    await tg.api.settle(quiet=0.5)
    sent = tg.api.sent(chat["id"], since)
    # /lang took one of the 20 a minute; the taps may send at most the other 19 (was: 40).
    assert len(sent) == 19, [s.text for s in sent]
    notices = [t for t in taps if "rustig" in str((tg.api.answered(t) or {}).get("text", ""))]
    assert len(notices) == 1  # one friendly word on a button, then silent taps


async def test_a_button_answer_in_a_forum_topic_goes_to_that_topic(tg: BotHarness) -> None:
    chat = group_chat(-100_770_002, forum=True)
    person = users.new("nl")
    topic = {"message_thread_id": TOPIC, "is_topic_message": True}
    (reply,) = await tg.api.ask(
        "@fieldbot_test_bot hoeveel banen?", user=person, chat=chat, **topic
    )
    assert reply.raw.get("message_thread_id") == TOPIC  # a message's answer: already right
    since = len(tg.api.calls)
    await tg.api.tap(reply, reply.button("geïnvesteerd")["callback_data"], user=person)
    (answer,) = await tg.api.replies(chat["id"], since)
    assert "240 miljoen" in answer.text
    assert answer.raw.get("message_thread_id") == TOPIC  # was: the General topic


async def test_every_button_that_sends_a_message_keeps_the_topic(tg: BotHarness) -> None:
    chat = group_chat(-100_770_003, forum=True)
    person = users.new("nl")
    topic = {"message_thread_id": TOPIC, "is_topic_message": True}
    (offer,) = await tg.api.ask("/lang", user=person, chat=chat, **topic)
    since = len(tg.api.calls)
    await tg.api.tap(offer, offer.button("English")["callback_data"], user=person)
    (said,) = await tg.api.replies(chat["id"], since)
    assert said.raw.get("message_thread_id") == TOPIC
    (advice,) = await tg.api.ask(
        "@fieldbot_test_bot what will the weather be tomorrow", user=person, chat=chat, **topic
    )
    since = len(tg.api.calls)
    await tg.api.tap(advice, advice.button("Hub")["callback_data"], user=person)
    (hubs,) = await tg.api.replies(chat["id"], since)
    assert "BOOST" in hubs.text
    assert hubs.raw.get("message_thread_id") == TOPIC


async def test_a_double_tap_on_thumbs_up_is_thanked_twice_and_logs_no_error(
    tg: BotHarness,
) -> None:
    person = users.new("nl")
    (reply,) = await tg.api.ask("hoeveel banen?", user=person)
    vote = reply.button("👍")["callback_data"]
    errors_before = tg.count("event=error")
    # Both taps leave the phone before the first one changes the buttons.
    taps = [tg.api.push_callback(reply, vote, user=person) for _ in range(2)]
    await tg.api.wait_until(lambda: all(tg.api.answered(t) for t in taps))
    await tg.api.settle(quiet=0.5)
    assert [tg.api.answered(t)["text"] for t in taps] == ["Bedankt voor uw feedback!"] * 2  # type: ignore[index]
    assert tg.count("event=error") == errors_before
    assert "Traceback" not in tg.bot.log
    now = tg.api.current(reply)
    assert not any(b["callback_data"].startswith("v:") for b in now.buttons)
