"""Faults, end to end: the real bot on the loopback Bot API while the API answers 429 and 5xx,
answers too slowly or not at all, and while its database is locked, deleted or on a full disk;
then SIGTERM in the middle of a burst and `kill -9` followed by a restart on the same data.

What the bot must do: keep answering (the log is written off the reply path), say what is
wrong once, pick up by itself when the fault clears, and lose nothing it acknowledged — a
question whose row is in the database stays there, whatever happens to the process.

The first tests share one bot; the ones that stop or kill the bot, or need a disk of their own,
start their own. Faults already covered elsewhere (see docs/RELIABILITY.md): the API down at
start-up and 5xx at getMe (test_telegram_lifecycle.py), a read-only database
(test_telegram_staff.py, test_storage.py), disk full at the storage level (test_storage.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import pytest_asyncio
from support.botapi import BotAPIServer, Sent, group_chat
from support.knowledge import write_knowledge
from support.process import (
    REPO,
    BotHarness,
    BotProcess,
    Users,
    db_questions,
    db_rows,
    eventually,
    running_bot,
)

from bot import texts

pytestmark = pytest.mark.asyncio(loop_scope="module")

users = Users(640_118_273_001)
new_user = users.new
HISTORY = "Wat is de geschiedenis van het Smart Industry-programma?"  # a two-message answer


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("hardening-faults")
    async with running_bot(root, env={"BOT_HEALTH_SECONDS": "1"}) as harness:
        yield harness
    assert "Traceback" not in harness.bot.log


# -- the Bot API misbehaves ------------------------------------------------------------------


async def test_a_429_for_a_busy_group_delays_that_group_only_and_every_reply_arrives(
    tg: BotHarness,
) -> None:
    """Issue 15 #3: Telegram's limits are per chat, so a 429 for one group pauses that group
    (its replies then arrive in order) and never a private user elsewhere."""
    group = group_chat(-100_715_003)
    members = [new_user() for _ in range(3)]
    elsewhere = [new_user() for _ in range(3)]
    since = len(tg.api.calls)
    tg.api.fail_next("sendMessage", status=429, retry_after=3)
    tg.api.push_message("@fieldbot_test_bot hoeveel banen?", user=members[0], chat=group)
    (refused,) = await tg.api.wait_until(
        lambda: [c for c in tg.api.calls_to("sendMessage", since) if c.status == 429]
    )
    for person in members[1:]:
        tg.api.push_message("@fieldbot_test_bot Wat is een Fieldlab?", user=person, chat=group)
    await asyncio.sleep(0.2)
    for person in elsewhere:  # asked during the group's pause, in their own chats
        tg.api.push_message("Wat is een Fieldlab?", user=person)
    for person in elsewhere:
        (reply,) = await tg.api.replies(person["id"], since, within=20)
        assert reply.text
    sent = [c for c in tg.api.calls_to("sendMessage", since) if c.status == 200]
    private = [c for c in sent if c.params["chat_id"] > 0]
    assert len(private) == 3
    assert all(c.at < refused.at + 3.0 for c in private)  # was: all waited for the group
    group_replies = await tg.api.wait_until(
        lambda: len(found := tg.api.sent(group["id"], since)) == 3 and found, within=20
    )
    assert all(r.text for r in group_replies)
    in_group = [c for c in tg.api.calls_to("sendMessage", since) if c.params["chat_id"] < 0]
    assert all(c.at >= refused.at + 3.0 for c in in_group if c.status == 200)


async def test_429_and_502_while_browsing_still_change_the_screen(tg: BotHarness) -> None:
    person = new_user()
    (menu,) = await tg.api.ask("/fieldlabs", user=person)
    tg.api.fail_next("editMessageText", status=429, retry_after=1)
    tg.api.fail_next("answerCallbackQuery", status=502, count=2)
    answer = await tg.api.tap(menu, menu.button("d:nl:P")["callback_data"], user=person)
    assert "text" not in answer
    screen = await tg.api.wait_until(
        lambda: (now := tg.api.current(menu)).text != menu.text and now
    )
    assert screen.button("Zuid-Holland")  # the province picker


async def test_500s_and_502s_on_a_two_message_answer_send_each_part_once_in_order(
    tg: BotHarness,
) -> None:
    person = new_user()
    since = len(tg.api.calls)
    tg.api.fail_next("sendMessage", status=500)
    tg.api.fail_next("sendMessage", status=502)
    tg.api.fail_next("sendMessage", status=503)
    first, second = await tg.api.ask(HISTORY, user=person, count=2, within=30)
    assert first.text.startswith("1. ") and second.text.rstrip().splitlines()[-1].startswith(
        "Bron: "
    )
    await tg.api.settle()
    assert tg.api.sent(person["id"], since) == [first, second]  # no part twice
    statuses = [c.status for c in tg.api.calls_to("sendMessage", since)]
    assert statuses == [500, 502, 503, 200, 200]


async def test_502s_on_get_updates_are_retried_and_questions_still_answered(
    tg: BotHarness,
) -> None:
    since = len(tg.api.calls)
    tg.api.fail_next("getUpdates", status=502, count=3)
    # The long poll already waiting returns this one; the three polls after it fail.
    (first,) = await tg.api.ask("Wat is een Fieldlab?", user=new_user())
    assert "praktijkomgeving" in first.text
    await tg.api.wait_until(
        lambda: len([c for c in tg.api.calls_to("getUpdates", since) if c.status == 502]) == 3,
        within=40,
    )
    (reply,) = await tg.api.ask("hoeveel banen?", user=new_user(), within=30)
    assert "430" in reply.text
    assert tg.count("event=polling_error error=NetworkError") >= 3


async def test_a_slow_reply_does_not_hold_up_other_users(tg: BotHarness) -> None:
    slow, quick = new_user(), new_user()
    since = len(tg.api.calls)
    tg.api.delay_next("sendMessage", seconds=3)
    tg.api.push_message("hoeveel banen?", user=slow)
    await tg.api.replies(slow["id"], since)  # sent, but its response is still on its way
    (reply,) = await tg.api.ask("Wat is een Fieldlab?", user=quick)
    assert "praktijkomgeving" in reply.text
    slow_key = tg.key(slow)
    assert not any("event=answer" in line and slow_key in line for line in tg.bot.log.splitlines())
    await eventually(lambda: any(slow_key in line for line in tg.bot.log.splitlines()))


async def test_a_response_slower_than_the_read_timeout_is_not_sent_twice(tg: BotHarness) -> None:
    person, other = new_user(), new_user()
    since = len(tg.api.calls)
    tg.api.delay_next("sendMessage", seconds=12)  # PTB's read timeout is 10 s
    tg.api.push_message("hoeveel banen?", user=person)
    (answer,) = await tg.api.replies(person["id"], since)
    assert "430" in answer.text  # Telegram acted; the bot just never heard so
    (meanwhile,) = await tg.api.ask("hoeveel banen?", user=other)
    assert "430" in meanwhile.text
    # After the timeout: one line in the log and a polite word, never the answer again.
    _, notice = await tg.api.replies(person["id"], since, count=2, within=20)
    assert notice.text == texts.text("error", "nl")
    await tg.api.settle()
    assert len(tg.api.sent(person["id"], since)) == 2
    assert tg.count("kind=TimedOut") == 1
    (again,) = await tg.api.ask("hoeveel banen?", user=person)
    assert "430" in again.text


async def test_the_bot_api_going_away_mid_run_is_waited_for(tg: BotHarness) -> None:
    port = urlsplit(tg.api.api_url).port
    assert port is not None
    person = new_user()
    since = len(tg.api.calls)
    await tg.api.close()  # connections refused from now on
    tg.api.push_message("hoeveel banen?", user=person)  # Telegram keeps it meanwhile
    await asyncio.sleep(3)
    await tg.api.start(port)
    (reply,) = await tg.api.replies(person["id"], since, within=45)
    assert "430" in reply.text
    (later,) = await tg.api.ask("Wat is een Fieldlab?", user=new_user())
    assert "praktijkomgeving" in later.text


# -- the database misbehaves -----------------------------------------------------------------


async def test_a_locked_database_delays_the_log_never_a_reply(tg: BotHarness) -> None:
    people = [new_user() for _ in range(5)]
    warned = tg.count("storage_unavailable")
    recovered = tg.count("storage_recovered")
    blocker = sqlite3.connect(tg.db, isolation_level=None, timeout=10)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        locked_at = time.monotonic()
        for person in people:
            # Answered while the lock is held: the reply path never waits for the database.
            (reply,) = await tg.api.ask("hoeveel banen?", user=person)
            assert "430" in reply.text
        assert all(tg.questions_of(p) == [] for p in people)
        # Longer than the bot's busy timeout (5 s): its writer gives up once and says so.
        await asyncio.sleep(max(0.0, 6.5 - (time.monotonic() - locked_at)))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    await eventually(lambda: all(tg.questions_of(p) == ["hoeveel banen?"] for p in people), 30)
    assert tg.count("storage_unavailable") == warned + 1
    assert "SQLITE_BUSY" in tg.bot.log
    await eventually(lambda: tg.count("storage_recovered") == recovered + 1)


def remove_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


async def test_a_database_deleted_mid_run_is_replaced_by_a_new_file(tg: BotHarness) -> None:
    before, after = new_user(), new_user()
    await tg.api.ask("hoeveel banen?", user=before)
    await eventually(lambda: tg.questions_of(before))
    warned = tg.count("reason=file_removed")
    remove_database(tg.db)
    (reply,) = await tg.api.ask("Wat is een Fieldlab?", user=after)
    assert "praktijkomgeving" in reply.text
    await eventually(lambda: tg.questions_of(after) == ["Wat is een Fieldlab?"])
    assert tg.questions_of(before) == []  # gone with the file that was removed
    assert tg.count("reason=file_removed") == warned + 1
    assert db_rows(tg.db, "PRAGMA integrity_check") == [("ok",)]


async def test_health_lines_show_the_bot_idle_again_after_the_faults(tg: BotHarness) -> None:
    await tg.api.settle(quiet=0.5)
    seen = tg.count("event=health ")
    await eventually(lambda: tg.count("event=health ") >= seen + 2, within=10)
    last = [line for line in tg.bot.log.splitlines() if "event=health " in line][-1]
    assert " pending=0 dropped=0 " in last


# -- a full disk (a tiny tmpfs of its own) ---------------------------------------------------


@contextlib.contextmanager
def tiny_disk(path: Path, size: str = "2m") -> Iterator[Path]:
    """A file system of `size` at `path`; skips the test where mounting is not allowed."""
    path.mkdir(parents=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); test_storage.py covers disk full")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(path: Path) -> None:
    """Write `path` until the file system is full."""
    with path.open("wb", buffering=0) as out:
        for chunk in (1 << 16, 1 << 12, 1 << 9):
            try:
                while True:
                    out.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    assert path.stat().st_size > 0


async def test_a_full_disk_costs_no_reply_and_the_rows_arrive_when_space_is_back(
    tmp_path: Path,
) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        api = await BotAPIServer().start()
        knowledge = write_knowledge(tmp_path / "knowledge")
        bot = BotProcess(
            api,
            knowledge,
            disk / "data",
            log_path=tmp_path / "bot.log",  # the log is not on the full disk
        ).start()
        harness = BotHarness(api, bot, disk / "data", knowledge)
        try:
            await bot.ready()
            first = new_user()
            await api.ask("hoeveel banen?", user=first)
            await eventually(lambda: harness.questions_of(first))
            filler = disk / "filler"
            fill(filler)
            people = [new_user() for _ in range(10)]
            for person in people:
                (reply,) = await api.ask("hoeveel banen?", user=person)
                assert "430" in reply.text
            await eventually(lambda: harness.count("storage_unavailable") == 1)
            assert "SQLITE_FULL" in bot.log or "disk is full" in bot.log
            filler.unlink()
            await eventually(
                lambda: all(harness.questions_of(p) == ["hoeveel banen?"] for p in people), 60
            )
            assert harness.count("storage_unavailable") == 1  # said once
            assert harness.questions_of(first) == ["hoeveel banen?"]
        finally:
            assert await bot.stop() == 0
            await api.close()
        assert db_rows(harness.db, "PRAGMA integrity_check") == [("ok",)]
        assert "Traceback" not in bot.log


# -- stopping: SIGTERM in a burst, kill -9 ---------------------------------------------------


def replies_by_chat(api: BotAPIServer) -> dict[int, list[Sent]]:
    found: dict[int, list[Sent]] = {}
    for sent in api.sent():
        found.setdefault(sent.chat_id, []).append(sent)
    return found


async def test_sigterm_in_a_burst_exits_0_in_10_s_with_every_answer_whole_and_logged(
    tmp_path: Path,
) -> None:
    api = await BotAPIServer().start()
    knowledge, data = write_knowledge(tmp_path / "knowledge"), tmp_path / "data"
    bot = BotProcess(api, knowledge, data).start()
    people = [new_user() for _ in range(40)]
    asked = {
        p["id"]: (HISTORY if n % 10 == 0 else f"hoeveel banen? ({n})")
        for n, p in enumerate(people)
    }
    try:
        await bot.ready()
        api.delay_next("sendMessage", seconds=1.5, count=8)  # replies in flight at SIGTERM
        for person in people:
            api.push_message(asked[person["id"]], user=person)
        await api.wait_until(lambda: "sendmessage" in api.arrivals)
        started = time.monotonic()
        bot.signal(signal.SIGTERM)
        assert await bot.wait(15) == 0
        assert time.monotonic() - started < 10
        answered = replies_by_chat(api)
        for chat_id, replies in answered.items():
            whole = 2 if asked[chat_id] == HISTORY else 1
            assert len(replies) == whole, asked[chat_id]  # whole, and once
            assert replies[-1].text.rstrip().splitlines()[-1].startswith(("Bron: ", "Bronnen: "))
        # Every answered question is in the log; nothing half-written, nothing extra.
        db = data / "fieldbot.sqlite3"
        assert sorted(db_questions(db)) == sorted(asked[c] for c in answered)
        assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
        assert "Traceback" not in bot.log and "event=stopped" in bot.log

        # Questions it had not fetched yet wait at Telegram and are answered after a restart.
        api.arrivals.clear()
        again = BotProcess(api, knowledge, data).start()
        await again.ready()
        await api.wait_until(lambda: len(replies_by_chat(api)) == len(people), within=30)
        await api.settle()
        for chat_id, replies in replies_by_chat(api).items():
            assert len(replies) == (2 if asked[chat_id] == HISTORY else 1)
        assert await again.stop() == 0
        assert sorted(db_questions(db)) == sorted(asked.values())
    finally:
        await bot.stop()
        await api.close()


async def test_kill_9_then_restart_keeps_every_row_that_was_written(tmp_path: Path) -> None:
    api = await BotAPIServer().start()
    knowledge, data = write_knowledge(tmp_path / "knowledge"), tmp_path / "data"
    db = data / "fieldbot.sqlite3"
    bot = BotProcess(api, knowledge, data).start()
    try:
        await bot.ready()
        first = [new_user() for _ in range(20)]
        for n, person in enumerate(first):
            api.push_message(f"hoeveel banen? ({n})", user=person)
        await eventually(lambda: len(db_questions(db)) == 20)  # written: acknowledged

        burst = [new_user() for _ in range(40)]
        since = len(api.calls)
        for n, person in enumerate(burst):
            api.push_message(f"Wat is een Fieldlab? ({n})", user=person)
        await api.wait_until(lambda: len(api.sent(since=since)) >= 10)
        written = set(db_questions(db))
        assert bot.process is not None
        bot.process.kill()  # SIGKILL: no shutdown, no flush
        assert await bot.wait(10) == -signal.SIGKILL

        api.arrivals.clear()
        again = BotProcess(api, knowledge, data).start()
        await again.ready()
        (reply,) = await api.ask("hoeveel banen?", user=new_user())
        assert "430" in reply.text
        assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
        assert written <= set(db_questions(db))  # every row written before the kill
        assert await again.stop() == 0
        assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
        assert "Traceback" not in again.log
    finally:
        await bot.stop()
        await api.close()


# -- configuration ---------------------------------------------------------------------------


async def test_a_bad_health_interval_stops_the_start_with_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env.update(
        TELEGRAM_BOT_TOKEN="123:TEST",
        KNOWLEDGE_DIR=str(write_knowledge(tmp_path / "knowledge")),
        BOT_DATA_DIR=str(tmp_path / "data"),
        BOT_HEALTH_SECONDS="soon",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=REPO,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 2
    assert stderr.decode().strip() == (
        "Error: BOT_HEALTH_SECONDS must be 0 or more seconds, got 'soon'"
    )
