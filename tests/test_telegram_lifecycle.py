"""Starting and stopping `fieldbot run`: missing token, broken knowledge, an API that is down
or failing at start-up, SIGTERM with a reply in flight, and webhook mode."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession
from support.botapi import BotAPIServer, user
from support.knowledge import write_knowledge
from support.process import REPO, BotProcess, free_port

# A token shaped like a real one, so a leak in the logs would be noticed.
REAL_LOOKING_TOKEN = "7012345678:AAF3kq9ZrXwLmN0pQ_secretpart-abcdefgh"


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer(REAL_LOOKING_TOKEN).start()
    yield server
    await server.close()


def bot_for(api: BotAPIServer, tmp_path: Path, **env: str) -> BotProcess:
    return BotProcess(
        api,
        write_knowledge(tmp_path / "knowledge"),
        tmp_path / "data",
        token=REAL_LOOKING_TOKEN,
        env=env,
    )


def run_cli(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_run_without_token_exits_2_and_says_how_to_get_one(tmp_path: Path) -> None:
    result = run_cli({"KNOWLEDGE_DIR": str(write_knowledge(tmp_path / "k"))})
    assert result.returncode == 2
    assert "@BotFather" in result.stderr and "fieldbot chat" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_with_broken_knowledge_exits_1_with_path_and_line(tmp_path: Path) -> None:
    knowledge = write_knowledge(tmp_path / "k")
    (knowledge / "broken.yaml").write_text("entries:\n  - id: Bad Id\n", encoding="utf-8")
    result = run_cli(
        {
            "KNOWLEDGE_DIR": str(knowledge),
            "TELEGRAM_BOT_TOKEN": REAL_LOOKING_TOKEN,
            "TELEGRAM_API_URL": f"http://127.0.0.1:{free_port()}/bot",
        }
    )
    assert result.returncode == 1
    assert "broken.yaml:2:" in result.stderr
    assert "Traceback" not in result.stderr


async def test_rejected_token_exits_1_without_printing_the_token(tmp_path: Path) -> None:
    server = await BotAPIServer("999:SOMETHING-ELSE").start()
    try:
        bot = bot_for(server, tmp_path).start()
        assert await bot.wait(20) == 1
        assert "rejected TELEGRAM_BOT_TOKEN" in bot.log
        assert "secretpart" not in bot.log
    finally:
        await server.close()


async def test_500s_at_start_up_are_retried_until_the_bot_runs(
    api: BotAPIServer, tmp_path: Path
) -> None:
    api.fail_next("getMe", status=500, count=3)
    bot = bot_for(api, tmp_path).start()
    try:
        await bot.ready(within=40)
        assert [c.status for c in api.calls_to("getMe")] == [500, 500, 500, 200]
        (reply,) = await api.ask("hoeveel banen?", user=user(8_000_001))
        assert "430" in reply.text
    finally:
        assert await bot.stop() == 0


async def test_api_down_at_start_up_is_waited_for(tmp_path: Path) -> None:
    port = free_port()
    server = BotAPIServer(REAL_LOOKING_TOKEN)
    server.expect_port(port)
    bot = bot_for(server, tmp_path).start()
    try:
        # The bot meets a refused connection and backs off; on a busy machine its start-up
        # takes a while, so wait for it to have tried rather than for a fixed time.
        for _ in range(600):
            if "method=getMe error=NetworkError" in bot.log:
                break
            await asyncio.sleep(0.1)
        assert bot.process is not None and bot.process.poll() is None
        await server.start(port)
        await bot.ready(within=40)
        (reply,) = await server.ask("hoeveel banen?", user=user(8_000_002))
        assert "430" in reply.text
        assert "method=getMe error=NetworkError" in bot.log  # it noticed, and kept trying
    finally:
        assert await bot.stop() == 0
        await server.close()


async def test_sigterm_finishes_the_reply_in_flight_and_exits_0_within_10_s(
    api: BotAPIServer, tmp_path: Path
) -> None:
    bot = bot_for(api, tmp_path).start()
    await bot.ready()
    person = user(8_000_003)
    api.fail_next("sendMessage", status=429, retry_after=2)
    api.push_message("hoeveel banen?", user=person)
    await api.wait_until(lambda: any(c.status == 429 for c in api.calls_to("sendMessage")))
    started = time.monotonic()
    bot.signal(signal.SIGTERM)
    assert await bot.wait(15) == 0
    assert time.monotonic() - started < 10
    (reply,) = api.sent(person["id"])
    assert "430" in reply.text
    assert "event=stopped" in bot.log


async def test_sigint_while_idle_exits_0(api: BotAPIServer, tmp_path: Path) -> None:
    bot = bot_for(api, tmp_path).start()
    await bot.ready()
    started = time.monotonic()
    bot.signal(signal.SIGINT)
    assert await bot.wait(15) == 0
    assert time.monotonic() - started < 10


async def test_webhook_mode_sets_the_webhook_and_checks_the_secret(
    api: BotAPIServer, tmp_path: Path
) -> None:
    port = free_port()
    url = f"https://127.0.0.1:{port}/telegram-hook"
    local = f"http://127.0.0.1:{port}/telegram-hook"  # behind the TLS-terminating proxy
    bot = bot_for(
        api,
        tmp_path,
        BOT_WEBHOOK_URL=url,
        BOT_WEBHOOK_PORT=str(port),
        BOT_WEBHOOK_SECRET="s3cret-Token_1",
    ).start()
    try:
        await bot.ready()
        assert api.webhook == {"url": url, "secret_token": "s3cret-Token_1"}
        person = user(8_000_004, "en")
        (reply,) = await api.ask("How many jobs did the Fieldlabs create?", user=person)
        assert "430" in reply.text
        forged = {
            "update_id": 1,
            "message": {
                "message_id": 99,
                "date": int(time.time()),
                "chat": {"id": person["id"], "type": "private", "first_name": "X"},
                "from": person,
                "text": "hoeveel banen?",
            },
        }
        async with ClientSession() as client:
            async with client.post(local, json=forged) as response:
                assert response.status == 403
            wrong = {"X-Telegram-Bot-Api-Secret-Token": "guess"}
            async with client.post(local, json=forged, headers=wrong) as response:
                assert response.status == 403
        await api.settle()
        assert len(api.sent(person["id"])) == 1
    finally:
        assert await bot.stop() == 0
    assert "s3cret-Token_1" not in bot.log


async def test_the_project_knowledge_answers_hoeveel_banen_with_430(
    api: BotAPIServer, tmp_path: Path
) -> None:
    bot = BotProcess(api, REPO / "knowledge", tmp_path / "data", token=REAL_LOOKING_TOKEN)
    bot.start()
    try:
        await bot.ready()
        (reply,) = await api.ask("hoeveel banen?", user=user(8_000_005))
        assert "430" in reply.text
        assert reply.text.rstrip().splitlines()[-1].startswith("Bron: ")
        assert reply.html.endswith("</i>")  # the server parsed it as Telegram HTML
    finally:
        assert await bot.stop() == 0


async def test_a_knowledge_edit_is_picked_up_without_a_restart(
    api: BotAPIServer, tmp_path: Path
) -> None:
    knowledge = write_knowledge(tmp_path / "knowledge")
    bot = BotProcess(api, knowledge, tmp_path / "data", token=REAL_LOOKING_TOKEN).start()
    person = user(8_000_006)
    try:
        await bot.ready()
        (before,) = await api.ask("hoeveel banen?", user=person)
        assert "430" in before.text
        results = knowledge / "results.yaml"
        results.write_text(results.read_text(encoding="utf-8").replace("430", "431"), "utf-8")

        askers = iter(range(8_100_000, 8_200_000))  # fresh users: no rate limit in the way

        async def jobs_answer() -> str:
            (reply,) = await api.ask("hoeveel banen?", user=user(next(askers)))
            return reply.text

        deadline = time.monotonic() + 15
        while "431" not in await jobs_answer():
            assert time.monotonic() < deadline, "the edit was not picked up"
            await asyncio.sleep(0.5)
        (knowledge / "broken.yaml").write_text("entries: [", encoding="utf-8")
        await asyncio.sleep(2.5)  # a broken edit must keep the last good knowledge
        assert "431" in await jobs_answer()
        assert "event=reload ok=false" in bot.log
    finally:
        assert await bot.stop() == 0
