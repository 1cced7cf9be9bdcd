"""What reaches the bot from outside, and how it is let in: an update the library cannot
parse is skipped without its contents in the log (polling and webhook), the webhook checks
the secret before it reads a body and refuses bodies over 1 MiB, a webhook port in use is
one line, and SIGTERM while the API host never answers ends the start-up at once. Each runs
`python -m bot run` against the loopback Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from support.botapi import BotAPIServer, user
from support.knowledge import write_knowledge
from support.process import WEBHOOK_SECRET, BotProcess, free_port, webhook_env

from bot.logs import RedactingFormatter

SECRET = WEBHOOK_SECRET
# A user whose name, username and id must never reach the log.
STRANGER = {"id": 7_700_123, "is_bot": False, "first_name": "Geheimnaam", "username": "geheim_u"}
# A poll as an older Bot API server sends it: its options lack `persistent_id`, which PTB 22
# requires since Bot API 9.6.
OLD_POLL = {
    "id": "5120",
    "question": "Welke Hub is de beste? Groet, Geheimnaam",
    "options": [{"text": "Oost", "voter_count": 0}],
    "total_voter_count": 0,
    "is_closed": False,
    "is_anonymous": True,
    "type": "regular",
    "allows_multiple_answers": False,
}


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    yield server
    await server.close()


def bot_process(api: BotAPIServer, tmp_path: Path, **env: str) -> BotProcess:
    return BotProcess(api, write_knowledge(tmp_path / "knowledge"), tmp_path / "data", env=env)


def assert_nothing_of_the_stranger(log: str) -> None:
    for private in ("Geheimnaam", "geheim_u", str(STRANGER["id"]), "Welke Hub is de beste"):
        assert private not in log
    assert "Traceback" not in log


# -- an update the library cannot parse (#1, #7) --------------------------------------------


async def test_an_update_the_library_cannot_parse_is_skipped_and_polling_goes_on(
    api: BotAPIServer, tmp_path: Path
) -> None:
    bot = bot_process(api, tmp_path).start()
    try:
        await bot.ready()
        api.push_message(user=STRANGER, poll=OLD_POLL)
        asker = user(7_700_200, "nl")
        (reply,) = await api.ask("hoeveel banen?", user=asker)
        assert "430" in reply.text
        before = api.arrivals.count("getupdates")
        await asyncio.sleep(2.0)
        # Long polling again, not retrying the same batch (was: ~300 getUpdates a second).
        assert api.arrivals.count("getupdates") - before <= 2
    finally:
        assert await bot.stop() == 0
    skipped = [line for line in bot.log.splitlines() if "event=update_skipped" in line]
    assert len(skipped) == 1 and "via=polling" in skipped[0]
    assert re.search(r"update=\d+", skipped[0])  # its id, and nothing of its contents
    assert "CRITICAL" not in bot.log
    assert_nothing_of_the_stranger(bot.log)


async def test_an_unparseable_update_on_the_webhook_is_acknowledged_and_not_logged(
    api: BotAPIServer, tmp_path: Path
) -> None:
    port = free_port()
    bot = bot_process(api, tmp_path, **webhook_env(port)).start()
    try:
        await bot.ready()
        api.push_message(user=STRANGER, poll=OLD_POLL)
        (reply,) = await api.ask("hoeveel banen?", user=user(7_700_201, "nl"))
        assert "430" in reply.text
        delivered = dict(api.webhook_deliveries)
        assert delivered  # 200: Telegram would otherwise send it again and again
        assert all(status == 200 for status in delivered.values())
    finally:
        assert await bot.stop() == 0
    assert sum("event=update_skipped" in line for line in bot.log.splitlines()) == 1
    assert "CRITICAL" not in bot.log
    assert_nothing_of_the_stranger(bot.log)


def test_library_log_lines_never_carry_raw_update_data() -> None:
    """The logging layer itself leaves out what a library passes as data, for any logger but
    ours: PTB's "Received data was %r" keeps its words and loses the update."""
    formatter = RedactingFormatter("%(name)s %(message)s", redact=[])
    update = {"update_id": 9, "message": {"from": STRANGER, "text": "mijn geheime vraag"}}
    for name, msg, args in [
        ("telegram.Bot", "Error while parsing updates! Received data was %r", ([update],)),
        ("telegram.ext.Updater", "Received data was: %r", (update,)),
        ("tornado.access", "%s %s", ("POST", json.dumps(update).encode())),
        ("telegram.request", 'Can not load invalid JSON data: "%s"', (json.dumps(update),)),
    ]:
        record = logging.LogRecord(name, logging.CRITICAL, __file__, 1, msg, args, None)
        line = formatter.format(record)
        assert "Received data" in line or "POST" in line or "invalid JSON" in line
        assert "Geheimnaam" not in line and "geheime vraag" not in line
    ours = logging.LogRecord("bot.telegram", logging.INFO, __file__, 1, "%s", ("event=x",), None)
    assert formatter.format(ours) == "bot.telegram event=x"


# -- the webhook's door (#6) ----------------------------------------------------------------


def _post_headers(port: int, headers: dict[str, str], body: bytes = b"") -> bytes:
    """Send a POST's headers (and `body`, possibly much shorter than declared) and return the
    status line the bot answers, without sending the rest."""
    lines = ["POST /telegram-hook HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        return conn.recv(200).split(b"\r\n", 1)[0]


async def test_the_webhook_refuses_a_post_without_the_secret_before_reading_its_body(
    api: BotAPIServer, tmp_path: Path
) -> None:
    port = free_port()
    bot = bot_process(api, tmp_path, **webhook_env(port)).start()
    try:
        await bot.ready()
        huge = {"Content-Type": "application/json", "Content-Length": str(95 * 2**20)}
        # The 95 MB are never sent: the answer comes on the headers alone (was: none until
        # the whole body had been buffered).
        status = await asyncio.to_thread(_post_headers, port, huge, b"{")
        assert status.startswith(b"HTTP/1.1 403")
        wrong = {**huge, "X-Telegram-Bot-Api-Secret-Token": "not-the-secret"}
        status = await asyncio.to_thread(_post_headers, port, wrong, b"{")
        assert status.startswith(b"HTTP/1.1 403")
        (reply,) = await api.ask("hoeveel banen?", user=user(7_700_202, "nl"))
        assert "430" in reply.text
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log


async def test_the_webhook_refuses_a_body_over_1_mib_even_with_the_secret(
    api: BotAPIServer, tmp_path: Path
) -> None:
    port = free_port()
    bot = bot_process(api, tmp_path, **webhook_env(port)).start()
    try:
        await bot.ready()
        declared = {
            "Content-Type": "application/json",
            "Content-Length": str(2**20 + 1),
            "X-Telegram-Bot-Api-Secret-Token": SECRET,
        }
        status = await asyncio.to_thread(_post_headers, port, declared, b"{")
        assert status.startswith(b"HTTP/1.1 413")
        chunked = {
            "Content-Type": "application/json",
            "Transfer-Encoding": "chunked",
            "X-Telegram-Bot-Api-Secret-Token": SECRET,
        }
        block = b"x" * 65536
        body = (f"{len(block):x}\r\n".encode() + block + b"\r\n") * 17  # 1.06 MiB, no length
        status = await asyncio.to_thread(_post_headers, port, chunked, body)
        assert status.split()[1] in (b"400", b"413")  # cut off at the limit, not read on
        (reply,) = await api.ask("hoeveel banen?", user=user(7_700_203, "nl"))
        assert "430" in reply.text
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log


async def test_a_webhook_port_in_use_gives_one_line_and_exit_1(
    api: BotAPIServer, tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = bot_process(api, tmp_path, **webhook_env(port)).start()
        assert await bot.wait(30) == 1
    assert "Traceback" not in bot.log
    errors = [line for line in bot.log.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and f"BOT_WEBHOOK_PORT {port}" in errors[0]
    assert not api.calls_to("setWebhook")  # Telegram is not told to post to a port not ours


# -- SIGTERM during start-up (#11) -----------------------------------------------------------


async def test_sigterm_while_the_api_host_never_answers_ends_the_start_up_at_once(
    tmp_path: Path,
) -> None:
    """A host that accepts connections and never answers: getMe waits for its read timeout,
    then retries. SIGTERM must not wait for either (Docker's grace period is 10 s)."""
    connected = asyncio.Event()
    held: list[asyncio.StreamWriter] = []

    async def silent(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        connected.set()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    shape = BotAPIServer()  # not started: the bot talks to `silent` only
    bot = BotProcess(
        shape,
        write_knowledge(tmp_path / "knowledge"),
        tmp_path / "data",
        env={"TELEGRAM_API_URL": f"http://127.0.0.1:{port}/bot"},
    ).start()
    try:
        await asyncio.wait_for(connected.wait(), 30)
        await asyncio.sleep(1.0)  # well inside getMe's 10 s read timeout
        signalled = time.monotonic()
        bot.signal()
        code = await bot.wait(10)
        took = time.monotonic() - signalled
    finally:
        await bot.stop()
        for writer in held:
            writer.close()
        server.close()
    assert code == 0, bot.log
    assert took < 10, bot.log  # the promise; was ~30 s
    assert "Traceback" not in bot.log
