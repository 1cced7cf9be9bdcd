"""The Docker health check asks whether the bot is alive: `fieldbot health` reads the heartbeat
file that a running `fieldbot run` rewrites, and that a stopped or stuck bot leaves stale."""

from __future__ import annotations

import asyncio
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from support.botapi import BotAPIServer, user
from support.knowledge import write_knowledge
from support.process import REPO, BotProcess, free_port, webhook_env

from bot.channels.telegram.heartbeat import beat as beating
from bot.heartbeat import beat, heartbeat_path


async def until(condition: Callable[[], bool]) -> None:
    """Let the heartbeat task run until `condition()` holds."""
    while True:
        if condition():
            return
        await asyncio.sleep(0.01)


def health(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env["BOT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "bot", "health", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_health_fails_when_no_bot_is_running(tmp_path: Path) -> None:
    result = health(tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: no heartbeat at {tmp_path / 'heartbeat'}: the bot is not running (fieldbot run)\n"
    )


def test_health_is_ok_for_a_fresh_heartbeat(tmp_path: Path) -> None:
    beat(heartbeat_path(tmp_path))
    result = health(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: heartbeat ") and result.stderr == ""


def test_health_fails_for_a_stale_heartbeat_and_says_how_old(tmp_path: Path) -> None:
    path = heartbeat_path(tmp_path)
    beat(path)
    two_minutes_ago = time.time() - 120
    os.utime(path, (two_minutes_ago, two_minutes_ago))  # a bot that stopped beating
    result = health(tmp_path)
    assert result.returncode == 1
    assert re.search(
        r"last heartbeat 1[23]\d s ago \(limit 60 s\): the bot is stuck", result.stderr
    )
    assert health(tmp_path, "--max-age", "300").returncode == 0


async def test_the_heartbeat_is_rewritten_while_alive_and_removed_at_stop(tmp_path: Path) -> None:
    path = heartbeat_path(tmp_path)
    stop = asyncio.Event()
    task = asyncio.create_task(beating(tmp_path, stop, lambda: True, every=0.01))
    await until(path.exists)
    first = path.read_text(encoding="utf-8")
    os.utime(path, (0, 0))
    await until(lambda: path.stat().st_mtime > 0)  # rewritten: the file is fresh again
    assert first.split()[1] == f"pid={os.getpid()}"
    stop.set()
    await task
    assert not path.exists()


async def test_the_heartbeat_stops_when_the_application_stops_running(tmp_path: Path) -> None:
    running = [True]
    stop = asyncio.Event()
    task = asyncio.create_task(beating(tmp_path, stop, lambda: running[0], every=0.01))
    path = heartbeat_path(tmp_path)
    await until(path.exists)
    running[0] = False  # e.g. the updater died: no more beats, and the file goes
    await task
    assert not path.exists() and not stop.is_set()


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    yield server
    await server.close()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_running_bot_is_healthy_and_a_stopped_one_is_not(
    api: BotAPIServer, tmp_path: Path, mode: str
) -> None:
    data = tmp_path / "data"
    env = webhook_env(free_port()) if mode == "webhook" else {}
    bot = BotProcess(api, write_knowledge(tmp_path / "knowledge"), data, env=env).start()
    try:
        await bot.ready()
        (reply,) = await api.ask("hoeveel banen?", user=user(8_100_001))
        assert "430" in reply.text
        await api.wait_until(lambda: heartbeat_path(data).exists())
        result = await asyncio.to_thread(health, data)
        assert result.returncode == 0, result.stderr
    finally:
        assert await bot.stop() == 0
    assert not heartbeat_path(data).exists()
    assert (await asyncio.to_thread(health, data)).returncode == 1


def test_the_heartbeat_is_owner_only_like_the_rest_of_the_data_folder(tmp_path: Path) -> None:
    path = heartbeat_path(tmp_path)
    beat(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["heartbeat"]  # no temp file left behind
