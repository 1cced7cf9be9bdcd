"""Security, end to end: secrets stay out of every log line and error message, a revoked token
stops the bot instead of leaving a silent process, and the bot writes nowhere but its data
dir (our stand-in for the container's read-only root file system: Docker cannot run here).

Admin commands from strangers and admin actions hidden in button data are in
test_hardening_input.py (and test_telegram_staff.py); pseudonymisation of the log and the
database is checked there over a whole run, and here over the data dir of a separate run.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import ClientSession
from support.botapi import BotAPIServer, private_chat, user
from support.knowledge import write_knowledge
from support.process import REPO, BotProcess, free_port

pytestmark = pytest.mark.asyncio(loop_scope="module")

# Distinctive values: finding any of them (or their secret halves) anywhere means a leak.
TOKEN = "987654:SECRET-TOKEN-abcdef"
TOKEN_SECRET = "SECRET-TOKEN-abcdef"
WEBHOOK_SECRET = "WEBHOOK-SECRET-q7Zp2LmX9"
PERSON = user(552_086_317_004, "nl", "Geertruida")
ADMIN = user(552_086_317_005, "nl", "Beheerder")


def assert_no_secrets(text: str) -> None:
    # In any case: PTB capitalises API error texts, which lowercases a token inside them.
    for secret in (TOKEN, TOKEN_SECRET, "SECRET-TOKEN", WEBHOOK_SECRET):
        assert secret.lower() not in text.lower()


@pytest_asyncio.fixture(loop_scope="module")
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer(TOKEN).start()
    yield server
    await server.close()


async def test_a_rejected_token_is_never_printed(tmp_path: Path) -> None:
    other = await BotAPIServer("987654:SOMETHING-ELSE").start()  # answers 401 to our token
    try:
        bot = BotProcess(
            other, write_knowledge(tmp_path / "knowledge"), tmp_path / "data", token=TOKEN
        ).start()
        assert await bot.wait(30) == 1
    finally:
        await other.close()
    output = bot.log  # stdout and stderr, both
    assert "rejected TELEGRAM_BOT_TOKEN" in output
    assert_no_secrets(output)


async def test_api_errors_that_echo_the_token_are_redacted_in_the_log(
    api: BotAPIServer, tmp_path: Path
) -> None:
    # A broken proxy in front of the Bot API that puts the request URL in its errors.
    echo = f"Internal Server Error at /bot{TOKEN}/getMe"
    api.fail_next("getMe", status=500, count=2, description=echo)
    api.fail_next("sendMessage", status=400, description=f"Bad Request: /bot{TOKEN}/sendMessage")
    bot = BotProcess(
        api, write_knowledge(tmp_path / "knowledge"), tmp_path / "data", token=TOKEN
    ).start()
    try:
        await bot.ready(within=60)
        (notice,) = await api.ask("hoeveel banen?", user=PERSON)
        assert notice.text.startswith("Sorry")  # the 400: a polite word, not the error
        (reply,) = await api.ask("hoeveel banen?", user=PERSON)
        assert "430" in reply.text
    finally:
        assert await bot.stop() == 0
    output = bot.log
    assert "<redacted>" in output  # the echoed token was there, and was blanked
    assert_no_secrets(output)
    for sent in api.sent():
        assert_no_secrets(sent.html)


async def test_the_webhook_secret_is_never_printed(api: BotAPIServer, tmp_path: Path) -> None:
    port = free_port()
    url = f"https://127.0.0.1:{port}/telegram-hook"
    local = f"http://127.0.0.1:{port}/telegram-hook"  # behind the TLS-terminating proxy
    api.fail_next("setWebhook", status=502, description=f"Bad Gateway: secret={WEBHOOK_SECRET}")
    # Telegram could not reach the URL yet (DNS, certificate): retried, never a crash.
    api.fail_next(
        "setWebhook",
        status=400,
        count=2,
        description=(
            f"Bad Request: bad webhook: Failed to resolve host: {url}?secret={WEBHOOK_SECRET}"
        ),
    )
    bot = BotProcess(
        api,
        write_knowledge(tmp_path / "knowledge"),
        tmp_path / "data",
        token=TOKEN,
        env={
            "BOT_WEBHOOK_URL": url,
            "BOT_WEBHOOK_PORT": str(port),
            "BOT_WEBHOOK_SECRET": WEBHOOK_SECRET,
        },
    ).start()
    try:
        await bot.ready(within=60)  # setWebhook failing is retried, never a crash
        assert api.webhook == {"url": url, "secret_token": WEBHOOK_SECRET}
        api.fail_next("sendMessage", status=400, description=f"Bad Request: {WEBHOOK_SECRET}")
        (notice,) = await api.ask("hoeveel banen?", user=PERSON)
        assert notice.text.startswith("Sorry")
        (reply,) = await api.ask("hoeveel banen?", user=PERSON)
        assert "430" in reply.text
        async with ClientSession() as client:
            for header in ({}, {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET[:-1]}):
                async with client.post(local, json={"update_id": 1}, headers=header) as response:
                    assert response.status == 403
    finally:
        assert await bot.stop() == 0
    assert "step=setWebhook" in bot.log
    assert "Traceback" not in bot.log
    assert "event=error detail=<redacted> kind=BadRequest" in bot.log
    assert_no_secrets(bot.log)


async def test_a_token_revoked_while_running_stops_the_bot_with_exit_1(
    api: BotAPIServer, tmp_path: Path
) -> None:
    bot = BotProcess(
        api, write_knowledge(tmp_path / "knowledge"), tmp_path / "data", token=TOKEN
    ).start()
    try:
        await bot.ready()
        (reply,) = await api.ask("hoeveel banen?", user=PERSON)
        assert "430" in reply.text
        api.token = "987654:NEW-TOKEN-from-BotFather"  # /revoke in @BotFather
        api.push_message("hoeveel banen?", user=PERSON)  # wakes the long poll
        # Not a process that looks alive and never answers again: it exits, the supervisor
        # (Docker's restart policy, systemd) notices, staff put in the new token.
        assert await bot.wait(30) == 1
    finally:
        await bot.stop()
    assert "event=polling_ended error=InvalidToken" in bot.log
    assert "rejected TELEGRAM_BOT_TOKEN" in bot.log
    assert_no_secrets(bot.log)


# -- nothing written outside BOT_DATA_DIR ----------------------------------------------------


SKIPPED = {".git", "__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}


def listing(root: Path) -> dict[str, tuple[int, int, int]]:
    """Every file and folder under `root` with its size, mtime and mode (caches left out:
    Python's bytecode cache is written by the interpreter, not the bot, and the image sets
    PYTHONDONTWRITEBYTECODE)."""
    found: dict[str, tuple[int, int, int]] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED]
        for name in [*dirs, *files]:
            path = Path(folder, name)
            info = path.lstat()
            found[str(path.relative_to(root))] = (info.st_size, info.st_mtime_ns, info.st_mode)
    return found


def read_only_tree(root: Path) -> None:
    """chmod -R a-w: enough for any user but root, whom the listings below catch instead."""
    for folder, dirs, files in os.walk(root):
        for name in [*files, *dirs]:
            path = Path(folder, name)
            path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
    root.chmod(stat.S_IMODE(root.stat().st_mode) & ~0o222)


def writable_tree(root: Path) -> None:
    root.chmod(0o755)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            Path(folder, name).chmod(0o755)
        for name in files:
            Path(folder, name).chmod(0o644)


def database_bytes(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data.iterdir() if p.name.startswith("fieldbot"))


async def test_the_bot_writes_nothing_outside_its_data_dir(
    api: BotAPIServer, tmp_path: Path
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge)
    read_only_tree(knowledge)
    home, cwd, scratch, data = (tmp_path / d for d in ("home", "cwd", "tmp", "data"))
    for folder in (home, cwd, scratch):
        folder.mkdir()
    logs = tmp_path / "logs"
    logs.mkdir()
    repo_before, knowledge_before = listing(REPO), listing(knowledge)
    api.register_chat(private_chat(ADMIN))
    bot = BotProcess(
        api,
        knowledge,
        data,
        token=TOKEN,
        cwd=cwd,
        log_path=logs / "bot.log",  # what the container runtime would collect from stderr
        env={
            "HOME": str(home),
            "TMPDIR": str(scratch),
            "BOT_ADMIN_IDS": str(ADMIN["id"]),
            "BOT_HEALTH_SECONDS": "1",
        },
    ).start()
    leaver = user(552_086_317_006, "en", "Anneke")
    try:
        await bot.ready()
        # Everything that writes: questions, votes, preferences, /forget, inline, staff.
        (answer,) = await api.ask("hoeveel banen?", user=PERSON)
        await api.tap(answer, answer.button("v:nl:u:")["callback_data"], user=PERSON)
        await api.ask("/lang en", user=PERSON)
        await api.ask("/regio Enschede", user=PERSON)
        await api.ask("How many jobs?", user=leaver)
        await api.inline("hoeveel banen", user=leaver)
        await api.ask("/forget", user=leaver)
        await api.ask("/stats", user=ADMIN)
        await api.ask("/unanswered", user=ADMIN)
        (reloaded,) = await api.ask("/reload", user=ADMIN)
        assert reloaded.text.startswith("OK: ")
        await asyncio.sleep(3)  # the inline query is logged once typing stopped (2.5 s)
    finally:
        assert await bot.stop() == 0
        knowledge_after = listing(knowledge)
        writable_tree(knowledge)
    assert knowledge_after == knowledge_before
    assert listing(REPO) == repo_before
    assert [p.name for p in (home, cwd, scratch) for p in p.iterdir()] == []
    # (the heartbeat is there only while the bot runs)
    assert sorted(p.name for p in data.iterdir()) == ["fieldbot.sqlite3", "secret.key"]
    # … and what is in it is pseudonymous.
    content = database_bytes(data)
    for person in (PERSON, leaver, ADMIN):
        assert str(person["id"]).encode() not in content
        assert person["first_name"].encode() not in content
        assert str(person["id"]) not in bot.log
    with contextlib.closing(sqlite3.connect(data / "fieldbot.sqlite3")) as conn:
        kept = [r[0] for r in conn.execute("SELECT text FROM questions")]
    assert kept == ["hoeveel banen?"]  # the leaver's question and inline query went with /forget
    assert_no_secrets(bot.log)


async def test_the_data_dir_and_database_are_owner_only(api: BotAPIServer, tmp_path: Path) -> None:
    bot = BotProcess(
        api, write_knowledge(tmp_path / "knowledge"), tmp_path / "data", token=TOKEN
    ).start()
    try:
        await bot.ready()
        await api.ask("hoeveel banen?", user=PERSON)
        started = time.monotonic()
        while not (tmp_path / "data" / "fieldbot.sqlite3-wal").exists():
            assert time.monotonic() - started < 10
            await asyncio.sleep(0.1)
        modes: dict[str, Any] = {
            p.name: stat.S_IMODE(p.stat().st_mode)
            for p in (tmp_path / "data").iterdir()
            if p.name != "bot.log"
        }
    finally:
        assert await bot.stop() == 0
    assert modes == {
        "heartbeat": 0o600,  # while it runs (README "Is it alive?")
        "secret.key": 0o600,
        "fieldbot.sqlite3": 0o600,
        "fieldbot.sqlite3-wal": 0o600,
        "fieldbot.sqlite3-shm": 0o600,
    }
