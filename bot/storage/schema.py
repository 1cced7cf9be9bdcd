"""The database schema and its migrations (PRAGMA user_version), and the SQLite file's
own housekeeping: WAL truncation, orphaned journals."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import Final

import aiosqlite

from bot.logs import event_line

log = logging.getLogger("bot.storage")

# Each migration moves the schema from version i to i + 1 (PRAGMA user_version). Never edit a
# released migration: add a new one. tests/test_storage.py rebuilds the old versions by hand.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    # 1: the question log, feedback and the language preference
    (
        """CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            ts REAL NOT NULL,
            user_key TEXT NOT NULL,
            chat_kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            lang TEXT NOT NULL,
            text TEXT NOT NULL,
            entry TEXT,
            score REAL NOT NULL,
            confident INTEGER NOT NULL CHECK (confident IN (0, 1))
        )""",
        "CREATE INDEX questions_ts ON questions (ts)",
        """CREATE TABLE feedback (
            question_id TEXT NOT NULL,
            user_key TEXT NOT NULL,
            entry TEXT,
            vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
            ts REAL NOT NULL,
            PRIMARY KEY (question_id, user_key)
        )""",
        """CREATE TABLE preferences (
            user_key TEXT PRIMARY KEY,
            lang TEXT,
            updated REAL NOT NULL
        )""",
    ),
    # 2: the user's region (for the hub hand-off); indexes that make /forget and purges cheap
    (
        "ALTER TABLE preferences ADD COLUMN region TEXT",
        "CREATE INDEX questions_user ON questions (user_key)",
        "CREATE INDEX feedback_user ON feedback (user_key)",
        "CREATE INDEX feedback_ts ON feedback (ts)",
    ),
    # 3: phrasings staff chose to ignore ("negeer" under /unanswered), kept out of reports
    (
        """CREATE TABLE hidden_questions (
            text_key TEXT PRIMARY KEY,
            ts REAL NOT NULL
        )""",
    ),
)
SCHEMA_VERSION: Final = len(MIGRATIONS)

INSERT_QUESTION = (
    "INSERT OR IGNORE INTO questions "
    "(id, ts, user_key, chat_kind, channel, lang, text, entry, score, confident) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
UPSERT_FEEDBACK = (
    "INSERT INTO feedback (question_id, user_key, entry, vote, ts) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (question_id, user_key) DO UPDATE SET "
    "entry = excluded.entry, vote = excluded.vote, ts = excluded.ts"
)
UPSERT_PREFERENCES = (
    "INSERT INTO preferences (user_key, lang, region, updated) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (user_key) DO UPDATE SET "
    "lang = excluded.lang, region = excluded.region, updated = excluded.updated"
)
# What /forget deletes about one user_key (each ? is that key).
FORGET: Final = (
    "DELETE FROM feedback WHERE user_key = ? OR question_id IN "
    "(SELECT id FROM questions WHERE user_key = ?)",
    "DELETE FROM questions WHERE user_key = ?",
    "DELETE FROM preferences WHERE user_key = ?",
)
HIDE_QUESTION = "INSERT OR REPLACE INTO hidden_questions (text_key, ts) VALUES (?, ?)"
QUESTION_COLUMNS = "id, ts, user_key, chat_kind, channel, lang, text, entry, score, confident"


class SchemaTooNew(Exception):
    """The file was written by a newer Fieldbot: leave it alone."""


async def migrate(conn: aiosqlite.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION, one transaction per step; returns the old version."""
    start = await _user_version(conn)
    if start > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"schema version {start} is newer than this Fieldbot knows ({SCHEMA_VERSION})"
        )
    if start == SCHEMA_VERSION:
        return start  # the common case takes no write lock
    while True:
        await conn.execute("BEGIN IMMEDIATE")
        try:
            version = await _user_version(conn)  # another process may have migrated meanwhile
            if version >= SCHEMA_VERSION:
                await conn.execute("COMMIT")
                return start
            for statement in MIGRATIONS[version]:
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {version + 1}")
            await conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                await conn.execute("ROLLBACK")
            raise
        log.info("%s", event_line("storage_migrated", **{"from": version, "to": version + 1}))


async def _user_version(conn: aiosqlite.Connection) -> int:
    rows = list(await conn.execute_fetchall("PRAGMA user_version"))
    return int(rows[0][0])


async def truncate_wal(conn: aiosqlite.Connection) -> None:
    """Fold the WAL into the database and empty it, so deleted text leaves the -wal file too."""
    with contextlib.suppress(sqlite3.Error):
        await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def has_wal(path: Path) -> bool:
    return Path(f"{path}-wal").exists()


def remove_orphan_journal(path: Path) -> None:
    """A removed database leaves its -wal/-shm behind: its old pages must not come back."""
    if path.exists():
        return
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
