"""The question log, feedback and preferences on real SQLite files in tmp_path."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import json
import logging
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from support.process import CannotMakeReadOnly, eventually, read_only

from bot.config import ConfigError
from bot.pseudonyms import RunSecret, save_run_secret
from bot.report import recent_stats
from bot.storage import (
    SCHEMA_VERSION,
    Preferences,
    Storage,
    StorageSettings,
    StorageUnavailable,
    load_or_create_secret,
    user_key,
)

SECRET = b"test-secret-0123456789abcdef"
RAW_ID = 987654321
OTHER_ID = 123123123
REPO = Path(__file__).resolve().parents[1]


_OPEN: list[Storage] = []


async def open_storage(path: Path, **options: Any) -> Storage:
    """A Storage tuned for tests: short linger, quick retries, short busy timeout."""
    settings: dict[str, Any] = {
        "retention_days": 180,
        "linger_seconds": 0.01,
        "retry_seconds": 0.05,
        "max_retry_seconds": 0.2,
        "busy_timeout_ms": 50,
    }
    settings.update(options)
    storage = await Storage.open(path, secret=SECRET, settings=StorageSettings(**settings))
    _OPEN.append(storage)
    return storage


@pytest.fixture(autouse=True)
async def _close_storages() -> AsyncIterator[None]:
    # An unclosed aiosqlite connection keeps a non-daemon thread: a failed test must not hang.
    yield
    while _OPEN:
        await _OPEN.pop().close()


def ask(storage: Storage, user_id: int, text: str, **fields: Any) -> str:
    """Log a question the way a channel does after answering it."""
    values: dict[str, Any] = {
        "lang": "nl",
        "entry": None,
        "score": 20.0,
        "confident": False,
        "chat_kind": "private",
    }
    values.update(fields)
    return storage.log_question(user_key=storage.user_key(user_id), text=text, **values)


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.execute(sql, params))


def count(path: Path, table: str = "questions") -> int:
    return int(query(path, f"SELECT count(*) FROM {table}")[0][0])


def written(path: Path) -> int:
    """Questions committed to the file so far (-1 while it is missing or being created)."""
    try:
        return count(path) if path.exists() else -1
    except sqlite3.Error:
        return -1


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def exists(path: Path | str) -> bool:
    return Path(path).exists()


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def file_bytes(path: Path) -> bytes:
    """The database and its -wal and -shm files, as they are on disk now."""
    data = b""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "bot.storage" and r.levelno >= logging.WARNING
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "fieldbot.sqlite3"


@pytest.fixture(autouse=True)
def _debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.storage")


# --------------------------------------------------------------------------------------------
# The secret and the pseudonymous key


def test_secret_file_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = load_or_create_secret(data, None)
    secret_file = data / "secret.key"
    assert mode(secret_file) == 0o600
    assert len(first) >= 32
    assert load_or_create_secret(data, None) == first  # same key after a restart
    assert [p.name for p in data.iterdir()] == ["secret.key"]  # no temporary file left


def test_secret_file_readable_by_others_is_tightened(tmp_path: Path) -> None:
    load_or_create_secret(tmp_path, None)
    (tmp_path / "secret.key").chmod(0o644)
    load_or_create_secret(tmp_path, None)
    assert mode(tmp_path / "secret.key") == 0o600


def test_bot_secret_from_the_environment_wins_and_a_short_one_is_refused(tmp_path: Path) -> None:
    assert load_or_create_secret(tmp_path, "  a-long-enough-secret-value ") == (
        b"a-long-enough-secret-value"
    )
    assert not (tmp_path / "secret.key").exists()
    with pytest.raises(ConfigError, match="at least 16"):
        load_or_create_secret(tmp_path, "short")


async def test_no_row_is_written_under_a_key_a_restart_would_forget(tmp_path: Path) -> None:
    """Issue 15 #8: a data dir read-only at start gives a secret for the run only; when the
    dir becomes writable the secret is saved before the first row, so /forget after a
    restart still finds the question."""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "fieldbot.sqlite3"
    try:
        with read_only(data):
            secret = load_or_create_secret(data, None)
            assert isinstance(secret, RunSecret)
            storage = await Storage.open(
                db,
                secret=secret,
                settings=StorageSettings(linger_seconds=0.01, retry_seconds=0.05),
                save_key=functools.partial(save_run_secret, data, secret),
            )
            _OPEN.append(storage)
            ask(storage, RAW_ID, "een vraag terwijl de map alleen-lezen is")
            assert not await storage.flush()
            assert not db.exists()
    except CannotMakeReadOnly:
        pytest.skip("running as root without the immutable flag: cannot make a dir read-only")
    await eventually(lambda: exists(db) and written(db) == 1)
    await storage.close()
    after_restart = load_or_create_secret(data, None)
    assert after_restart == secret and not isinstance(after_restart, RunSecret)
    restarted = await Storage.open(db, secret=after_restart)
    _OPEN.append(restarted)
    assert await restarted.forget(restarted.user_key(RAW_ID)) == 1
    assert written(db) == 0


async def test_rows_wait_while_another_secret_took_the_key_file(tmp_path: Path) -> None:
    """A run secret that can no longer be saved (another process wrote secret.key first)
    never gets a row: such rows could not be found again."""
    data = tmp_path / "data"
    data.mkdir()
    run_secret = RunSecret(b"r" * 64)
    (data / "secret.key").write_bytes(b"another-secret-that-won-the-race\n")
    storage = await Storage.open(
        data / "fieldbot.sqlite3",
        secret=run_secret,
        settings=StorageSettings(linger_seconds=0.01, retry_seconds=0.05),
        save_key=functools.partial(save_run_secret, data, run_secret),
    )
    _OPEN.append(storage)
    ask(storage, RAW_ID, "een vraag")
    assert not await storage.flush()
    assert not storage.healthy
    assert not (data / "fieldbot.sqlite3").exists()


def test_user_key_is_a_keyed_hash_not_the_id() -> None:
    key = user_key(SECRET, RAW_ID)
    assert len(key) == 32 and int(key, 16) >= 0
    assert str(RAW_ID) not in key
    assert user_key(SECRET, RAW_ID) == key
    assert user_key(b"another-secret-0123456789", RAW_ID) != key
    assert user_key(SECRET, OTHER_ID) != key


# --------------------------------------------------------------------------------------------
# Logging, feedback, preferences


async def test_questions_are_logged_with_a_pseudonymous_key_only(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await open_storage(db)
    question_id = ask(storage, RAW_ID, "hoeveel banen hebben de fieldlabs opgeleverd?")
    storage.record_feedback(question_id, storage.user_key(RAW_ID), "results.jobs", 1)
    storage.set_language(storage.user_key(RAW_ID), "en")
    assert await storage.flush()

    # While the bot runs the rows sit in the -wal file: check every file on disk.
    assert exists(f"{db}-wal")
    raw = str(RAW_ID).encode()
    assert raw not in file_bytes(db)
    assert [row[0] for row in query(db, "SELECT user_key FROM questions")] == [
        user_key(SECRET, RAW_ID)
    ]
    await storage.close()
    assert raw not in file_bytes(db)
    assert all(str(RAW_ID) not in message for message in caplog.messages)


async def test_log_question_returns_a_short_id_at_once(db: Path) -> None:
    storage = await open_storage(db, linger_seconds=60)
    question_id = ask(storage, RAW_ID, "wat is een fieldlab?")
    # The id exists before any database write: a button can carry it right away.
    assert storage.pending == 1
    assert 8 <= len(question_id) <= 16 and question_id.isascii()
    assert len(f"fb:-1:{question_id}".encode()) <= 64  # fits Telegram callback data
    assert await storage.flush()
    assert query(db, "SELECT id, text FROM questions") == [(question_id, "wat is een fieldlab?")]
    await storage.close()


async def test_a_phone_number_or_e_mail_address_in_a_question_is_never_logged(db: Path) -> None:
    storage = await open_storage(db)
    ask(storage, RAW_ID, "bel me op 06-12345678 of mail jan@bedrijf.nl over boost")
    assert await storage.flush()
    assert query(db, "SELECT text FROM questions") == [
        ("bel me op [telefoon] of mail [e-mail] over boost",)
    ]
    await storage.close()
    assert b"12345678" not in file_bytes(db) and b"jan@bedrijf" not in file_bytes(db)


async def test_log_question_refuses_a_raw_telegram_id(db: Path) -> None:
    storage = await open_storage(db)
    with pytest.raises(ValueError, match="user_key"):
        storage.log_question(
            user_key=str(RAW_ID), text="hoi", lang="nl", entry=None, score=0, confident=False
        )
    await storage.close()


async def test_a_second_vote_replaces_the_first(db: Path) -> None:
    storage = await open_storage(db)
    key = storage.user_key(RAW_ID)
    question_id = ask(storage, RAW_ID, "hoeveel banen?", entry="results.jobs", confident=True)
    storage.record_feedback(question_id, key, "results.jobs", 1)
    storage.record_feedback(question_id, key, "results.jobs", -1)
    with pytest.raises(ValueError, match="vote"):
        storage.record_feedback(question_id, key, "results.jobs", 0)
    votes = await storage.feedback_since(0)
    assert [(v.vote, v.question, v.entry) for v in votes] == [
        (-1, "hoeveel banen?", "results.jobs")
    ]
    await storage.close()


async def test_preferences_are_kept_across_a_restart(db: Path) -> None:
    storage = await open_storage(db)
    key = storage.user_key(RAW_ID)
    assert storage.get_preferences(key) == Preferences()
    storage.set_language(key, "en")
    storage.set_region(key, "hub.oost")
    assert storage.get_preferences(key) == Preferences("en", "hub.oost")  # at once
    await storage.close()

    reopened = await open_storage(db)
    assert reopened.get_preferences(key) == Preferences("en", "hub.oost")
    reopened.set_language(key, None)
    assert reopened.get_preferences(key) == Preferences(None, "hub.oost")
    await reopened.close()


async def test_database_uses_wal_and_owner_only_permissions(db: Path) -> None:
    storage = await open_storage(db)
    await storage.close()
    assert query(db, "PRAGMA journal_mode") == [("wal",)]
    assert mode(db) == 0o600


# --------------------------------------------------------------------------------------------
# Forget and retention


async def test_forget_removes_every_row_of_the_user_and_only_theirs(db: Path) -> None:
    storage = await open_storage(db)
    me, other = storage.user_key(RAW_ID), storage.user_key(OTHER_ID)
    mine = ask(storage, RAW_ID, "mijn geheime vraag over de kosten")
    ask(storage, OTHER_ID, "andermans vraag")
    storage.record_feedback(mine, me, None, -1)
    storage.record_feedback(mine, other, None, 1)  # someone else's vote on my question
    storage.set_region(me, "hub.oost")
    storage.set_language(other, "en")
    assert await storage.flush()
    ask(storage, RAW_ID, "nog een vraag, nog niet geschreven")  # still in the queue

    deleted = await storage.forget(me)

    # 2 questions (1 queued), 2 votes on my question, 1 preferences row
    assert deleted == 5
    assert await storage.flush()
    for table in ("questions", "feedback", "preferences"):
        assert query(db, f"SELECT count(*) FROM {table} WHERE user_key = ?", (me,)) == [(0,)]
    assert count(db) == 1 and count(db, "preferences") == 1
    assert storage.get_preferences(me) == Preferences()
    assert storage.get_preferences(other) == Preferences("en", None)
    # The deleted text is gone from the files too, not only from the tables.
    assert b"mijn geheime vraag" not in file_bytes(db)
    await storage.close()
    assert b"mijn geheime vraag" not in file_bytes(db)


async def test_rows_older_than_the_retention_are_purged_at_start_up(db: Path) -> None:
    old = time.time() - 40 * 86400
    storage = await open_storage(db)
    ask(storage, RAW_ID, "een oude vraag", ts=old)
    ask(storage, RAW_ID, "een nieuwe vraag")
    key = storage.user_key(RAW_ID)
    storage.record_feedback("oldquestion1", key, None, -1, ts=old)
    await storage.close()

    restarted = await open_storage(db, retention_days=30)
    assert [q.text for q in await restarted.questions_since(0)] == ["een nieuwe vraag"]
    assert await restarted.feedback_since(0) == []
    assert b"een oude vraag" not in file_bytes(db)
    await restarted.close()


async def test_purge_on_request_returns_the_number_of_rows(db: Path) -> None:
    storage = await open_storage(db)
    now = time.time()
    for days in (1, 10, 100, 200):
        ask(storage, RAW_ID, f"vraag van {days} dagen geleden", ts=now - days * 86400)
    assert await storage.purge(50) == 2
    assert sorted(q.text for q in await storage.questions_since(0)) == [
        "vraag van 1 dagen geleden",
        "vraag van 10 dagen geleden",
    ]
    await storage.close()


# --------------------------------------------------------------------------------------------
# Migrations

# The schema as version 1 shipped it, written out here on purpose: migrations must keep
# upgrading databases that were created by that release.
SCHEMA_V1 = """
CREATE TABLE questions (
    id TEXT PRIMARY KEY, ts REAL NOT NULL, user_key TEXT NOT NULL, chat_kind TEXT NOT NULL,
    channel TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL, entry TEXT,
    score REAL NOT NULL, confident INTEGER NOT NULL CHECK (confident IN (0, 1))
);
CREATE INDEX questions_ts ON questions (ts);
CREATE TABLE feedback (
    question_id TEXT NOT NULL, user_key TEXT NOT NULL, entry TEXT,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), ts REAL NOT NULL,
    PRIMARY KEY (question_id, user_key)
);
CREATE TABLE preferences (user_key TEXT PRIMARY KEY, lang TEXT, updated REAL NOT NULL);
PRAGMA user_version = 1;
"""


# What version 2 added, as it shipped.
SCHEMA_V2_STEP = """
ALTER TABLE preferences ADD COLUMN region TEXT;
CREATE INDEX questions_user ON questions (user_key);
CREATE INDEX feedback_user ON feedback (user_key);
CREATE INDEX feedback_ts ON feedback (ts);
PRAGMA user_version = 2;
"""


def build_version(path: Path, version: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        if version == 1:
            conn.executescript(SCHEMA_V1)
            key = user_key(SECRET, RAW_ID)
            conn.execute(
                "INSERT INTO questions VALUES ('v1question01', ?, ?, 'private', 'telegram', 'nl',"
                " 'een vraag uit versie 1', NULL, 12.5, 0)",
                (time.time(), key),
            )
            conn.execute("INSERT INTO preferences VALUES (?, 'en', ?)", (key, time.time()))
            conn.commit()
        if version == 2:
            conn.executescript(SCHEMA_V1.replace("PRAGMA user_version = 1;", SCHEMA_V2_STEP))
            conn.execute(
                "INSERT INTO questions VALUES ('v2question01', ?, ?, 'private', 'telegram', 'nl',"
                " 'een vraag uit versie 2', NULL, 12.5, 0)",
                (time.time(), user_key(SECRET, RAW_ID)),
            )
            conn.commit()


@pytest.mark.parametrize("version", [0, 1, 2])
async def test_migrates_from_every_earlier_version(db: Path, version: int) -> None:
    assert SCHEMA_VERSION == 3, "a new schema version needs its own case here"
    build_version(db, version)
    storage = await open_storage(db)
    key = storage.user_key(RAW_ID)
    storage.set_region(key, "hub.oost")
    ask(storage, RAW_ID, "een vraag na de migratie")
    assert await storage.flush()

    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    columns = [row[1] for row in query(db, "PRAGMA table_info(preferences)")]
    assert columns == ["user_key", "lang", "updated", "region"]
    indexes = {row[0] for row in query(db, "SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"questions_ts", "questions_user", "feedback_user", "feedback_ts"} <= indexes
    texts = [q.text for q in await storage.questions_since(0)]
    if version == 1:  # old rows survive, and the old preference is kept
        assert texts == ["een vraag uit versie 1", "een vraag na de migratie"]
        assert storage.get_preferences(key) == Preferences("en", "hub.oost")
    elif version == 2:
        assert texts == ["een vraag uit versie 2", "een vraag na de migratie"]
    else:
        assert texts == ["een vraag na de migratie"]
    # Version 3: phrasings staff chose to ignore, kept out of the report.
    assert await storage.hidden_questions() == frozenset()
    assert await storage.hide_questions(["Een  vraag na de MIGRATIE", "een vraag na de migratie"])
    assert await storage.hidden_questions() == {"een vraag na de migratie"}
    await storage.close()


async def test_a_database_from_a_newer_fieldbot_is_left_alone(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db.parent.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA user_version = 99")
    storage = await open_storage(db)
    assert ask(storage, RAW_ID, "hoi")  # still answers
    assert not await storage.flush()
    assert query(db, "PRAGMA user_version") == [(99,)]
    assert len(warnings(caplog)) == 1 and "newer" in warnings(caplog)[0]
    await storage.close()


# --------------------------------------------------------------------------------------------
# Faults: the reply path never sees them, one warning, writing resumes by itself


async def test_locked_database_holds_rows_and_writes_them_when_released(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await open_storage(db)
    ask(storage, RAW_ID, "voor de blokkade")
    assert await storage.flush()

    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    ids = [ask(storage, RAW_ID, f"tijdens de blokkade {n}") for n in range(20)]
    assert len(set(ids)) == 20
    assert not await storage.flush()
    await asyncio.sleep(0.3)  # several retries while the lock is held
    assert not storage.healthy
    blocker.execute("ROLLBACK")
    blocker.close()

    await eventually(lambda: written(db) == 21)
    assert storage.pending == 0
    found = warnings(caplog)
    assert len(found) == 1 and "storage_unavailable" in found[0] and "SQLITE_BUSY" in found[0]
    assert storage.healthy
    await storage.close()


async def test_database_made_read_only_mid_run_keeps_answering_and_resumes(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await open_storage(db)
    ask(storage, RAW_ID, "voor")
    assert await storage.flush()
    try:
        with read_only(db, db.parent):
            for n in range(10):
                assert ask(storage, RAW_ID, f"tijdens {n}")
            assert not await storage.flush()
            await asyncio.sleep(0.3)
            assert count(db) == 1 and not storage.healthy
    except CannotMakeReadOnly:
        await storage.close()
        pytest.skip("running as root without the immutable flag: cannot make a file read-only")
    await eventually(lambda: written(db) == 11)
    assert storage.pending == 0
    found = warnings(caplog)
    assert len(found) == 1 and "reason=read_only" in found[0]
    await storage.close()


async def test_database_read_only_at_start_up_still_opens(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build_version(db, 0)
    try:
        with read_only(db, db.parent):
            storage = await open_storage(db)
            assert ask(storage, RAW_ID, "vraag terwijl alles alleen-lezen is")
            assert not await storage.flush()
    except CannotMakeReadOnly:
        pytest.skip("running as root without the immutable flag: cannot make a file read-only")
    await eventually(lambda: written(db) == 1)
    assert [q.text for q in await storage.questions_since(0)] == [
        "vraag terwijl alles alleen-lezen is"
    ]
    assert len(warnings(caplog)) == 1
    await storage.close()


async def test_database_file_deleted_mid_run_is_created_again(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await open_storage(db)
    key = storage.user_key(RAW_ID)
    ask(storage, RAW_ID, "in het oude bestand")
    assert await storage.flush()
    remove_database(db)

    ask(storage, RAW_ID, "in het nieuwe bestand")
    storage.set_language(key, "en")
    assert await storage.flush()
    assert query(db, "SELECT text FROM questions") == [("in het nieuwe bestand",)]
    assert query(db, "SELECT lang FROM preferences") == [("en",)]
    found = warnings(caplog)
    assert len(found) == 1 and "reason=file_removed" in found[0]
    await storage.close()


async def test_data_dir_deleted_mid_run_resumes_when_it_is_back(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await open_storage(db)
    ask(storage, RAW_ID, "voor")
    assert await storage.flush()
    shutil.rmtree(db.parent)

    for n in range(5):
        assert ask(storage, RAW_ID, f"zonder map {n}")
    assert not await storage.flush()
    await asyncio.sleep(0.3)
    assert not db.parent.exists()  # an unmounted volume is not silently replaced
    db.parent.mkdir()

    await eventually(lambda: written(db) == 5)
    assert storage.pending == 0
    assert len(warnings(caplog)) == 1
    await storage.close()


DISK_FULL_SCENARIO = textwrap.dedent(
    """
    import asyncio, json, logging, resource, signal, sys, time
    from bot.storage import Storage, StorageSettings

    levels = []
    class Collect(logging.Handler):
        def emit(self, record):
            levels.append(record.levelname)
    logger = logging.getLogger("bot.storage")
    logger.addHandler(Collect())
    logger.setLevel(logging.INFO)

    async def main():
        settings = StorageSettings(linger_seconds=0.01, retry_seconds=0.05, max_retry_seconds=0.2)
        storage = await Storage.open(
            sys.argv[1], secret=b"disk-full-secret-0123456789", settings=settings
        )
        key = storage.user_key(42)
        def log(text):
            return storage.log_question(
                user_key=key, text=text, lang="nl", entry=None, score=10.0, confident=False
            )
        log("voor")
        assert await storage.flush()
        # Every write past 1 KiB now fails the way it does on a full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
        raised = 0
        for n in range(300):
            try:
                log(f"vraag {n} " + "x" * 300)
            except Exception:
                raised += 1
        flushed_while_full = await storage.flush()
        await asyncio.sleep(0.3)
        healthy_while_full = storage.healthy
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        deadline = time.monotonic() + 10
        while storage.pending and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        rows = len(await storage.questions_since(0))
        await storage.close()
        print(json.dumps({
            "raised": raised, "flushed_while_full": flushed_while_full,
            "healthy_while_full": healthy_while_full, "rows": rows,
            "warnings": levels.count("WARNING"), "errors": levels.count("ERROR"),
        }))

    asyncio.run(main())
    """
)


def test_disk_full_never_raises_and_writing_resumes(db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL_SCENARIO, str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {
        "raised": 0,
        "flushed_while_full": False,
        "healthy_while_full": False,
        "rows": 301,
        "warnings": 1,
        "errors": 0,
    }


async def test_queue_is_bounded_and_drops_the_oldest(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = await open_storage(db, max_queue=5, linger_seconds=60)
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    for n in range(12):
        ask(storage, RAW_ID, f"vraag {n}")
    assert storage.pending == 5 and storage.dropped == 7
    blocker.execute("ROLLBACK")
    blocker.close()
    assert await storage.flush()
    assert {q.text for q in await storage.questions_since(0)} == {
        f"vraag {n}" for n in range(7, 12)
    }
    assert len(warnings(caplog)) == 1  # one line for the full queue, not one per row
    await storage.close()


async def test_admin_queries_say_when_the_database_is_unavailable(db: Path) -> None:
    storage = await open_storage(db)
    shutil.rmtree(db.parent)
    with pytest.raises(StorageUnavailable):
        await recent_stats(storage)
    with pytest.raises(StorageUnavailable):
        await storage.forget(storage.user_key(RAW_ID))
    await storage.close()


async def test_after_close_a_late_reply_is_not_logged_and_does_not_fail(db: Path) -> None:
    storage = await open_storage(db)
    await storage.close()
    assert ask(storage, RAW_ID, "te laat")
    assert count(db) == 0


# --------------------------------------------------------------------------------------------
# Queries for /stats and the report


async def test_stats_counts_today_the_week_and_the_top_entries(db: Path) -> None:
    storage = await open_storage(db)
    now = dt.datetime(2024, 5, 15, 12, 0, tzinfo=dt.UTC)
    today, earlier = now.timestamp() - 3600, now.timestamp() - 3 * 86400
    jobs = {"entry": "results.jobs", "score": 90.0, "confident": True}
    ask(storage, RAW_ID, "hoeveel banen?", ts=today, **jobs)
    ask(storage, RAW_ID, "hoi", ts=today, entry="smalltalk.greeting", score=100.0, confident=True)
    ask(storage, OTHER_ID, "hoeveel kost een fieldlab", ts=today)
    ask(storage, OTHER_ID, "wat kost deelname aan een fieldlab", ts=earlier)
    ask(storage, OTHER_ID, "hoeveel banen zijn er?", ts=earlier, **jobs)
    ask(storage, OTHER_ID, "te oud", ts=now.timestamp() - 9 * 86400)

    stats = await recent_stats(storage, now)
    assert (stats.today, stats.week) == (3, 5)
    assert stats.answered_today_pct == 50.0  # the greeting does not count
    assert stats.answered_week_pct == 50.0
    assert stats.top_entries == (("results.jobs", 2),)
    assert stats.top_misses == (("hoeveel kost een fieldlab", 2),)
    await storage.close()


async def test_benchmark_logging_overhead(db: Path) -> None:
    """Figures for the closing note; run with -s to see them. Nothing is asserted on speed."""
    storage = await open_storage(db, linger_seconds=0.5, max_queue=100_000)
    rows = 20_000
    calls: list[int] = []
    for n in range(rows):
        started = time.perf_counter_ns()
        storage.log_question(
            user_key=storage.user_key(n % 500),
            text=f"hoeveel kost deelname aan fieldlab nummer {n}?",
            lang="nl",
            entry="results.investments",
            score=55.5,
            confident=False,
        )
        calls.append(time.perf_counter_ns() - started)
    calls.sort()
    started = time.perf_counter()
    assert await storage.flush()
    write = time.perf_counter() - started
    assert count(db) == rows
    print(
        f"\nper reply (user_key + log_question): median {calls[rows // 2] / 1000:.1f} us, "
        f"p99 {calls[rows * 99 // 100] / 1000:.1f} us; "
        f"writer: {rows / write:,.0f} rows/s ({rows} rows in {write:.2f} s, batches of 200)"
    )
