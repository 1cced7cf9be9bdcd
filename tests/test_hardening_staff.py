"""Staff tools under load and churn: /stats over a week of 20,000 distinct misses does not
hold up anyone else's answer, and an editor that autosaves broken and valid files in turn
sends the admins one notice per lasting problem, not one per save. Each runs
`python -m bot run` against the loopback Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from support.botapi import BotAPIServer, Sent, private_chat, user
from support.knowledge import BROKEN_ENTRY, EXTRA_ENTRY, write_knowledge
from support.process import BotProcess

from bot.pseudonyms import load_or_create_secret
from bot.storage import Storage, StorageSettings

ADMIN_ID = 424_250_001
ADMIN = user(ADMIN_ID, "nl", "Beheerder")
MISSES = 20_000


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    server.register_chat(private_chat(ADMIN))
    yield server
    await server.close()


async def _log_misses(data: Path, count: int) -> None:
    """What one user within the rate limit can log in under a day: distinct misses."""
    rng = random.Random(15)
    words = ["fieldlab", "subsidie", "robot", "kosten", "zwolle", "metaal", "data", "bouw"]
    storage = await Storage.open(
        data / "fieldbot.sqlite3",
        secret=load_or_create_secret(data, None),
        settings=StorageSettings(max_queue=count + 1),
    )
    now = time.time()
    for n in range(count):
        noise = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        text = f"hoeveel {' '.join(rng.sample(words, 3))} {noise}?"
        storage.log_question(
            user_key=storage.user_key(9_000_000 + n % 50),
            text=text,
            lang="nl",
            entry=None,
            score=10.0,
            confident=False,
            ts=now - n,
        )
    assert await storage.flush()
    await storage.close()


async def test_stats_over_20000_distinct_misses_does_not_hold_up_another_users_answer(
    api: BotAPIServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    await _log_misses(data, MISSES)
    bot = BotProcess(
        api, write_knowledge(tmp_path / "knowledge"), data, env={"BOT_ADMIN_IDS": str(ADMIN_ID)}
    ).start()
    try:
        await bot.ready()
        since = len(api.calls)
        api.push_message("/stats", user=ADMIN)
        await asyncio.sleep(0.3)  # /stats is busy clustering now
        asker = user(424_250_002, "nl")
        (answer,) = await api.ask("hoeveel banen?", user=asker, within=60)
        assert "430" in answer.text
        (stats,) = await api.wait_until(
            lambda: (
                [s for s in api.sent(ADMIN_ID, since) if "20000" in s.text.replace(".", "")]
                or [s for s in api.sent(ADMIN_ID, since) if s.text]
            ),
            within=120,
        )
        # The other user was answered first (was: after /stats, 64 s later).
        sent = [c for c in api.calls_to("sendMessage", since) if c.status == 200]
        order = [c.params["chat_id"] for c in sent]
        assert order.index(asker["id"]) < order.index(ADMIN_ID)
        assert stats.text
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log


BROKEN, VALID = BROKEN_ENTRY, EXTRA_ENTRY


def _notices(api: BotAPIServer, since: int, marker: str) -> list[Sent]:
    return [s for s in api.sent(ADMIN_ID, since) if s.text.startswith(marker)]


async def test_an_autosaving_editor_gets_the_admins_one_notice_per_lasting_problem(
    api: BotAPIServer, tmp_path: Path
) -> None:
    knowledge = write_knowledge(tmp_path / "knowledge")
    bot = BotProcess(
        api,
        knowledge,
        tmp_path / "data",
        env={"BOT_ADMIN_IDS": str(ADMIN_ID), "BOT_NOTICE_SECONDS": "3"},
    ).start()
    edited = knowledge / "extra.yaml"
    try:
        await bot.ready()
        since = len(api.calls)
        # Twelve saves, broken and valid in turn, each standing about a second and a half:
        # every reload happens, and no problem lasts the 3 s the admins are spared.
        for n in range(12):
            edited.write_text(BROKEN if n % 2 == 0 else VALID, encoding="utf-8")
            await asyncio.sleep(1.5)
        await asyncio.sleep(4)
        assert bot.log.count("event=reload ") >= 6  # the saves were each reloaded
        assert _notices(api, since, "⚠️") == [] and _notices(api, since, "✅") == []
        # A problem that stays: one notice; then fixed: one "weer in orde".
        edited.write_text(BROKEN, encoding="utf-8")
        (problem,) = await api.wait_until(lambda: _notices(api, since, "⚠️"), within=20)
        assert "extra.yaml:2:" in problem.text
        edited.write_text(VALID, encoding="utf-8")
        (fixed,) = await api.wait_until(lambda: _notices(api, since, "✅"), within=20)
        await api.settle(quiet=1.0)
        assert len(_notices(api, since, "⚠️")) == 1 and len(_notices(api, since, "✅")) == 1
        assert fixed.text
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log
