"""The Storage: question log, feedback and preferences in SQLite, written off the reply path.

Privacy by design: rows carry a pseudonymous `user_key` (bot.pseudonyms), never a raw id,
name or username.

`log_question`, `record_feedback`, `set_language` and `set_region` are synchronous and only
append to an in-memory queue; a background task writes batches. A database fault (locked,
read-only, deleted, disk full) is logged once as a warning, the rows wait in the bounded queue
(oldest dropped when it is full) and writing resumes by itself when the fault clears. Nothing
on the reply path ever awaits the database or sees its errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

import aiosqlite

from bot.logs import log_event
from bot.pseudonyms import Pseudonyms
from bot.storage.rows import (
    FeedbackRow,
    Preferences,
    QuestionRow,
    StorageUnavailable,
    check_key,
    phrasing_key,
)
from bot.storage.schema import (
    FORGET,
    HIDE_QUESTION,
    INSERT_QUESTION,
    QUESTION_COLUMNS,
    UPSERT_FEEDBACK,
    UPSERT_PREFERENCES,
    SchemaTooNew,
    has_wal,
    migrate,
    remove_orphan_journal,
    truncate_wal,
)
from bot.text import MAX_QUESTION_CHARS, shortened, without_contact

log = logging.getLogger("bot.storage")

DAY = 86400.0


@dataclass(frozen=True)
class StorageSettings:
    """How long rows are kept and how the writer behaves; the defaults suit the bot."""

    retention_days: int = 180
    busy_timeout_ms: int = 5000
    batch_size: int = 200  # rows written in one transaction
    linger_seconds: float = 0.5  # how long a small batch waits for more rows
    max_queue: int = 10_000  # rows held while the database is away; then the oldest go
    retry_seconds: float = 2.0  # first wait after a fault, doubled up to max_retry_seconds
    max_retry_seconds: float = 60.0
    purge_check_seconds: float = 3600.0  # how often the daily purge checks whether it is due


# Opened for queries only: nothing is queued, written, retried or purged.
_READ_ONLY = StorageSettings(
    retention_days=0,
    batch_size=1,
    linger_seconds=0.0,
    max_queue=1,
    retry_seconds=1.0,
    max_retry_seconds=1.0,
    purge_check_seconds=0.0,
)


def _error_text(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    text = str(exc) or type(exc).__name__
    return f"{name}: {text}" if name else text


async def _wait(event: asyncio.Event, seconds: float) -> None:
    """Wait until `event` is set or `seconds` have passed."""
    if seconds <= 0 or event.is_set():
        return
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(event.wait(), timeout=seconds)


# Queue items: (kind, user_key, row). Plain tuples keep log_question at a few microseconds.
_QUESTION, _FEEDBACK, _PREFERENCES = "q", "f", "p"
_Item = tuple[str, str, tuple[Any, ...]]

# sqlite3 errors that say something is wrong with our code or data, not with the database
# file: retrying them would never succeed, so such a batch is dropped (and logged) instead.
_BUG_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError)


class Storage:
    """The bot's memory. Create with `await Storage.open(...)`, end with `await close()`."""

    def __init__(
        self,
        path: Path,
        *,
        secret: bytes,
        settings: StorageSettings,
        read_only: bool = False,
        save_key: Callable[[], bool] | None = None,
    ) -> None:
        self.path = path
        # Set while the secret lives only in memory: called before the first row is written,
        # and rows wait until it has saved the secret (a row under a key that a restart
        # forgets could never be found by /forget again).
        self._save_key = save_key
        self._pseudonyms = Pseudonyms(secret)
        self.settings = settings
        self.retention_days = settings.retention_days
        self._busy_timeout_ms = settings.busy_timeout_ms
        self._batch_size = max(1, settings.batch_size)
        self._linger = max(0.0, settings.linger_seconds)
        self._max_queue = max(1, settings.max_queue)
        self._retry_first = max(0.001, settings.retry_seconds)
        self._retry_max = max(self._retry_first, settings.max_retry_seconds)
        self._purge_check = settings.purge_check_seconds
        self._read_only = read_only

        self._queue: deque[_Item] = deque()
        self._prefs: dict[str, Preferences] = {}
        self._conn: aiosqlite.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self._empty = False  # read-only open of a database without tables yet
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._full = asyncio.Event()
        self._stop = asyncio.Event()
        self._closing = False
        self._closed = False
        self._writer: asyncio.Task[None] | None = None
        self._purger: asyncio.Task[None] | None = None

        self._fault: str | None = None
        self._fault_since = 0.0
        self._retry_delay = self._retry_first
        self._next_retry = 0.0
        self._last_purge: float | None = None
        self._overflowing = False
        self.dropped = 0
        self.written = 0

    # ------------------------------------------------------------------------------------
    # Life cycle

    @classmethod
    async def open(
        cls,
        path: Path | str,
        *,
        secret: bytes,
        settings: StorageSettings | None = None,
        save_key: Callable[[], bool] | None = None,
    ) -> Storage:
        """Open (create, migrate) the database and start the writer and the daily purge.

        Never raises for a database fault: the bot then runs without a log until it clears.
        With `save_key` (the secret is this run's only), no row is written before it returns
        True.
        """
        if not secret:
            raise ValueError("secret must not be empty")
        storage = cls(
            Path(path), secret=secret, settings=settings or StorageSettings(), save_key=save_key
        )
        try:
            storage.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            storage._set_fault("cannot_create_data_dir", exc)
        else:
            async with storage._lock:
                await storage._ensure_connection(force=True)
            if storage._conn is not None:
                with contextlib.suppress(StorageUnavailable):
                    await storage.purge(storage.retention_days)
        storage._writer = asyncio.create_task(storage._run_writer(), name="storage-writer")
        storage._purger = asyncio.create_task(storage._run_purger(), name="storage-purge")
        return storage

    @classmethod
    async def open_read_only(cls, path: Path | str) -> Storage:
        """Open an existing database for queries only (the report): no migration, no writes."""
        storage = cls(Path(path), secret=b"read-only", settings=_READ_ONLY, read_only=True)
        uri = f"file:{quote(str(storage.path.resolve()))}?mode=ro"
        try:
            conn = await aiosqlite.connect(uri, uri=True, isolation_level=None, timeout=5.0)
        except sqlite3.Error as exc:
            if has_wal(storage.path):
                raise StorageUnavailable(f"cannot open {path}: {_error_text(exc)}") from exc
            # A reader without write access to the folder cannot create the -shm file. With no
            # -wal file nobody is writing, so the file can be read as it is.
            try:
                conn = await aiosqlite.connect(
                    f"{uri}&immutable=1", uri=True, isolation_level=None, timeout=5.0
                )
            except sqlite3.Error:
                raise StorageUnavailable(f"cannot open {path}: {_error_text(exc)}") from exc
        storage._conn = conn
        try:
            rows = list(await conn.execute_fetchall("PRAGMA user_version"))
            tables = list(
                await conn.execute_fetchall(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'questions'"
                )
            )
        except sqlite3.Error as exc:
            await storage.close()
            raise StorageUnavailable(f"cannot read {path}: {_error_text(exc)}") from exc
        storage._empty = int(rows[0][0]) == 0 or not tables
        return storage

    async def close(self) -> None:
        """Write what is queued (one attempt), stop the background tasks, close the file."""
        if self._closed:
            return
        self._closing = True
        self._stop.set()
        self._wake.set()
        self._full.set()
        if self._purger is not None:
            self._purger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purger
        if self._writer is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
        async with self._lock:
            if self._queue and self._fault is None and not self._read_only:
                await self._drain(force=True)  # the writer was cancelled before its last round
            if self._queue and not self._read_only:
                log_event("storage_closed_with_unwritten_rows", logger=log, rows=len(self._queue))
            await self._disconnect()
        self._closed = True

    async def __aenter__(self) -> Storage:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # ------------------------------------------------------------------------------------
    # The reply path: synchronous, never awaits the database, never raises for a fault

    def user_key(self, user_id: int) -> str:
        """The pseudonymous key for a Telegram user id (what every table stores)."""
        return self._pseudonyms(user_id)

    def log_question(
        self,
        *,
        user_key: str,
        text: str,
        lang: str,
        entry: str | None,
        score: float,
        confident: bool,
        chat_kind: str = "private",
        channel: str = "telegram",
        ts: float | None = None,
    ) -> str:
        """Queue one question for the log and return its id at once (for callback data).

        `entry` is the answered entry, or for a miss the nearest candidate (or None).
        """
        check_key(user_key)
        self._check_writable()
        question_id = secrets.token_urlsafe(9)
        row = (
            question_id,
            time.time() if ts is None else float(ts),
            user_key,
            str(chat_kind)[:32],
            str(channel)[:32],
            str(lang)[:8],
            # What was answered: a long story keeps its question; no phone or e-mail kept.
            shortened(without_contact(str(text))[0])[:MAX_QUESTION_CHARS],
            None if entry is None else str(entry),
            float(score),
            1 if confident else 0,
        )
        self._enqueue((_QUESTION, user_key, row))
        return question_id

    def record_feedback(
        self,
        question_id: str,
        user_key: str,
        entry: str | None,
        vote: int,
        *,
        ts: float | None = None,
    ) -> None:
        """Queue a 👍 (+1) or 👎 (-1) on the answer to `question_id`; a new vote replaces one."""
        check_key(user_key)
        self._check_writable()
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        row = (
            str(question_id)[:64],
            user_key,
            None if entry is None else str(entry),
            vote,
            time.time() if ts is None else float(ts),
        )
        self._enqueue((_FEEDBACK, user_key, row))

    def get_preferences(self, user_key: str) -> Preferences:
        """The user's saved language and region (from memory: never waits for the database)."""
        return self._prefs.get(user_key, Preferences())

    def set_language(self, user_key: str, lang: str | None) -> None:
        """Remember the reply language (None forgets it); saved in the background."""
        self._set_preferences(user_key, lang=lang, region=self.get_preferences(user_key).region)

    def set_region(self, user_key: str, region: str | None) -> None:
        """Remember the user's region or hub id (None forgets it); saved in the background."""
        self._set_preferences(user_key, lang=self.get_preferences(user_key).lang, region=region)

    def _set_preferences(self, key: str, *, lang: str | None, region: str | None) -> None:
        check_key(key)
        self._check_writable()
        prefs = Preferences(lang, region)
        self._prefs[key] = prefs
        self._enqueue((_PREFERENCES, key, (key, lang, region, time.time())))

    @property
    def healthy(self) -> bool:
        """False while the database is unavailable (rows are then held or dropped)."""
        return self._fault is None

    @property
    def pending(self) -> int:
        """Rows queued and not yet written."""
        return len(self._queue)

    def _check_writable(self) -> None:
        if self._read_only:
            raise RuntimeError("this Storage was opened read-only")

    def _enqueue(self, item: _Item) -> None:
        if self._closing:  # a reply that finishes during shutdown: answered, not logged
            self.dropped += 1
            return
        queue = self._queue
        if len(queue) >= self._max_queue:
            queue.popleft()
            self.dropped += 1
            if self._fault is None and not self._overflowing:
                self._overflowing = True
                log_event(
                    "storage_queue_full",
                    logging.WARNING,
                    logger=log,
                    max_queue=self._max_queue,
                    action="dropping_oldest_rows",
                )
        queue.append(item)
        if len(queue) >= self._batch_size:
            self._full.set()
        if not self._wake.is_set():
            self._wake.set()

    # ------------------------------------------------------------------------------------
    # Writing

    async def flush(self) -> bool:
        """Write everything queued now (retrying a fault at once); False if rows remain."""
        if self._read_only:
            return True
        async with self._lock:
            return await self._drain(force=True)

    async def _run_writer(self) -> None:
        while True:
            try:
                if self._closing:
                    async with self._lock:
                        await self._drain(force=True)
                    return
                if not self._queue:
                    self._wake.clear()
                    await self._wake.wait()
                    continue
                if self._fault is not None:
                    await _wait(self._stop, self._next_retry - time.monotonic())
                elif len(self._queue) < self._batch_size and self._linger > 0:
                    self._full.clear()
                    await _wait(self._full, self._linger)
                if self._closing:
                    continue
                async with self._lock:
                    await self._drain(force=False)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the writer must outlive any surprise
                log_event(
                    "storage_writer_error",
                    logging.ERROR,
                    logger=log,
                    exc_info=exc,
                    action="retrying",
                )
                await _wait(self._stop, self._retry_first)

    async def _drain(self, *, force: bool) -> bool:
        """Write queued rows in batches until empty (True) or a fault stops us (False)."""
        while self._queue:
            conn = await self._ensure_connection(force=force)
            if conn is None:
                return False
            batch = [self._queue.popleft() for _ in range(min(self._batch_size, len(self._queue)))]
            try:
                await self._write(conn, batch)
            except _BUG_ERRORS as exc:
                log_event(
                    "storage_batch_rejected",
                    logging.ERROR,
                    logger=log,
                    rows=len(batch),
                    error=_error_text(exc),
                )
                self.dropped += len(batch)
                continue
            except (sqlite3.Error, OSError, ValueError) as exc:
                self._requeue(batch)
                self._set_fault("write_failed", exc)
                await self._disconnect()
                return False
            except BaseException:  # cancelled mid-write: keep the rows for close()
                self._requeue(batch)
                raise
            self.written += len(batch)
            self._overflowing = False
            self._set_recovered()
        return True

    async def _write(self, conn: aiosqlite.Connection, batch: Sequence[_Item]) -> None:
        questions = [row for kind, _, row in batch if kind == _QUESTION]
        feedback = [row for kind, _, row in batch if kind == _FEEDBACK]
        preferences = [row for kind, _, row in batch if kind == _PREFERENCES]
        await conn.execute("BEGIN IMMEDIATE")
        try:
            if questions:
                await conn.executemany(INSERT_QUESTION, questions)
            if feedback:
                await conn.executemany(UPSERT_FEEDBACK, feedback)
            if preferences:
                await conn.executemany(UPSERT_PREFERENCES, preferences)
            await conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                await conn.execute("ROLLBACK")
            raise

    def _requeue(self, batch: Sequence[_Item]) -> None:
        """Put a failed batch back in front; beyond the bound the oldest rows are dropped."""
        self._queue.extendleft(reversed(batch))
        while len(self._queue) > self._max_queue:
            self._queue.popleft()
            self.dropped += 1
        self._wake.set()  # the writer may have gone to sleep on the queue flush() emptied

    # ------------------------------------------------------------------------------------
    # Connection and faults

    async def _ensure_connection(self, *, force: bool) -> aiosqlite.Connection | None:
        """The open connection after checking the file is still ours and writable."""
        if self._conn is not None:
            problem = self._file_problem()
            if problem is None:
                return self._conn
            await self._disconnect()
            self._set_fault(problem, None)
            if problem == "read_only":
                return None
            force = True  # removed or replaced: open the file at the path now
        if not force and time.monotonic() < self._next_retry:
            return None
        if self._save_key is not None:
            if not self._save_key():
                self._set_fault("secret_not_saved", None)
                return None
            self._save_key = None
            log_event("secret_saved", logger=log, action="logging_from_now_on")
        try:
            if not self.path.parent.is_dir():
                # Only open() creates the data dir: a vanished dir may be an unmounted volume.
                raise FileNotFoundError(f"data directory {self.path.parent} is missing")
            self._conn = await self._connect()
        except (sqlite3.Error, OSError, SchemaTooNew) as exc:
            self._set_fault("cannot_open", exc)
            return None
        problem = self._file_problem()
        if problem is not None:
            await self._disconnect()
            self._set_fault(problem, None)
            return None
        return self._conn

    async def _connect(self) -> aiosqlite.Connection:
        created = not self.path.exists()
        conn = await aiosqlite.connect(
            self.path, isolation_level=None, timeout=self._busy_timeout_ms / 1000
        )
        try:
            if created:
                # Questions are personal data: owner-only, whatever the umask (SQLite gives
                # the -wal and -shm files the same mode).
                with contextlib.suppress(OSError):
                    self.path.chmod(0o600)
            await conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            # Deleted rows (forget, purge) are overwritten, not left in free pages.
            await conn.execute("PRAGMA secure_delete = ON")
            await migrate(conn)
            rows = await conn.execute_fetchall("SELECT user_key, lang, region FROM preferences")
            for key, lang, region in rows:
                # What the user set while the database was away is newer than the file.
                self._prefs.setdefault(str(key), Preferences(lang, region))
            stat = self.path.stat()
        except BaseException:
            with contextlib.suppress(Exception):
                await conn.close()
            raise
        self._identity = (stat.st_dev, stat.st_ino)
        return conn

    def _file_problem(self) -> str | None:
        """Why the open connection must not be written to now, or None when all is well."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return "file_removed"
        except OSError:
            return "file_unreachable"
        if (stat.st_dev, stat.st_ino) != self._identity:
            return "file_replaced"
        # A write through our old file handle would still succeed after a chmod: respect the
        # new permission (also an immutable file or a read-only remount) instead.
        if not os.access(self.path, os.W_OK):
            return "read_only"
        return None

    async def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()
        if not self._read_only:
            remove_orphan_journal(self.path)

    def _set_fault(self, reason: str, exc: BaseException | None) -> None:
        now = time.monotonic()
        error = _error_text(exc) if exc is not None else reason
        if self._fault is None:
            self._fault = reason
            self._fault_since = now
            self._retry_delay = self._retry_first
            log_event(
                "storage_unavailable",
                logging.WARNING,
                logger=log,
                reason=reason,
                error=error,
                path=self.path,
                queued=len(self._queue),
                action="answering_without_logging",
            )
        else:
            self._retry_delay = min(self._retry_delay * 2, self._retry_max)
            log_event(
                "storage_still_unavailable", logging.DEBUG, logger=log, reason=reason, error=error
            )
        self._next_retry = now + self._retry_delay

    def _set_recovered(self) -> None:
        if self._fault is not None:
            log_event(
                "storage_recovered",
                logger=log,
                after_s=round(time.monotonic() - self._fault_since, 1),
                dropped_total=self.dropped,
                queued=len(self._queue),
            )
            self._fault = None
            self._retry_delay = self._retry_first

    async def _connection(self) -> aiosqlite.Connection:
        """A connection for an admin or report query (caller holds the lock)."""
        if self._closed:
            raise StorageUnavailable("storage is closed")
        if self._read_only:
            if self._conn is None:
                raise StorageUnavailable("database is not open")
            return self._conn
        conn = await self._ensure_connection(force=True)
        if conn is None:
            raise StorageUnavailable(f"database unavailable: {self._fault}")
        return conn

    # ------------------------------------------------------------------------------------
    # Deletion and retention (admin side: these may raise StorageUnavailable)

    async def forget(self, user_key: str) -> int:
        """Delete every row about the user (queued ones too); returns how many were deleted."""
        check_key(user_key)
        self._check_writable()
        self._prefs.pop(user_key, None)
        async with self._lock:
            before = len(self._queue)
            self._queue = deque(item for item in self._queue if item[1] != user_key)
            queued = before - len(self._queue)
            try:
                conn = await self._connection()
            except StorageUnavailable:
                # Until a forget succeeds, a reconnect must not load the old preferences back.
                self._prefs[user_key] = Preferences()
                raise
            try:
                await conn.execute("BEGIN IMMEDIATE")
                deleted = 0
                for sql in FORGET:
                    cursor = await conn.execute(sql, (user_key,) * sql.count("?"))
                    deleted += max(cursor.rowcount, 0)
                await conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(Exception):
                    await conn.execute("ROLLBACK")
                self._prefs[user_key] = Preferences()
                raise StorageUnavailable(f"forget failed: {_error_text(exc)}") from exc
            self._prefs.pop(user_key, None)
            await truncate_wal(conn)
        log_event("storage_forgot", logger=log, rows=deleted + queued)
        return deleted + queued

    async def purge(self, older_than_days: float) -> int:
        """Delete questions and feedback older than `older_than_days`; returns the row count."""
        self._check_writable()
        cutoff = time.time() - float(older_than_days) * DAY
        async with self._lock:
            if self._fault is None:
                await self._drain(force=False)  # old rows still queued are purged as well
            conn = await self._connection()
            try:
                await conn.execute("BEGIN IMMEDIATE")
                deleted = 0
                for table in ("questions", "feedback", "hidden_questions"):
                    cursor = await conn.execute(f"DELETE FROM {table} WHERE ts < ?", (cutoff,))  # noqa: S608
                    deleted += max(cursor.rowcount, 0)
                await conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(Exception):
                    await conn.execute("ROLLBACK")
                raise StorageUnavailable(f"purge failed: {_error_text(exc)}") from exc
            if deleted:
                await truncate_wal(conn)
        self._last_purge = time.monotonic()
        log_event("storage_purged", logger=log, rows=deleted, older_than_days=older_than_days)
        return deleted

    async def _run_purger(self) -> None:
        if self._purge_check <= 0:
            return
        while not self._closing:
            await asyncio.sleep(self._purge_check)
            due = self._last_purge is None or time.monotonic() - self._last_purge >= DAY
            if due:
                try:
                    await self.purge(self.retention_days)
                except StorageUnavailable as exc:
                    log_event("storage_purge_postponed", logging.DEBUG, logger=log, error=exc)
                except Exception as exc:  # the daily purge must outlive any surprise
                    log_event(
                        "storage_purge_error",
                        logging.ERROR,
                        logger=log,
                        exc_info=exc,
                        action="retrying_later",
                    )

    # ------------------------------------------------------------------------------------
    # Queries for the report and the admin commands (may raise StorageUnavailable)

    async def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        if self._empty:
            return []
        async with self._lock:
            if not self._read_only and self._fault is None:
                await self._drain(force=False)  # an admin expects to see what was just asked
            conn = await self._connection()
            try:
                return list(await conn.execute_fetchall(sql, params))
            except sqlite3.Error as exc:
                raise StorageUnavailable(f"query failed: {_error_text(exc)}") from exc

    async def hide_questions(self, texts: Sequence[str]) -> int:
        """Keep these phrasings out of later reports ("negeer" under /unanswered); how many."""
        self._check_writable()
        keys = sorted({phrasing_key(t) for t in texts if t.strip()})
        now = time.time()
        async with self._lock:
            conn = await self._connection()
            try:
                await conn.execute("BEGIN IMMEDIATE")
                await conn.executemany(HIDE_QUESTION, [(k, now) for k in keys])
                await conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(Exception):
                    await conn.execute("ROLLBACK")
                raise StorageUnavailable(f"hide failed: {_error_text(exc)}") from exc
        log_event("storage_hid_questions", logger=log, phrasings=len(keys))
        return len(keys)

    async def hidden_questions(self) -> frozenset[str]:
        """The phrasing keys staff chose to ignore (none in a database older than the table,
        which a read-only report does not migrate)."""
        table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hidden_questions'"
        if not await self._fetch(table):
            return frozenset()
        rows = await self._fetch("SELECT text_key FROM hidden_questions")
        return frozenset(str(r[0]) for r in rows)

    async def questions_since(self, since: float, until: float | None = None) -> list[QuestionRow]:
        """Logged questions with since <= ts < until (unix seconds), oldest first."""
        end = float("inf") if until is None else until
        rows = await self._fetch(
            f"SELECT {QUESTION_COLUMNS} FROM questions WHERE ts >= ? AND ts < ? "  # noqa: S608
            "ORDER BY ts, id",
            (since, end),
        )
        return [QuestionRow.from_row(r) for r in rows]

    async def feedback_since(self, since: float, until: float | None = None) -> list[FeedbackRow]:
        """Votes with since <= ts < until, each with the question that got the answer."""
        end = float("inf") if until is None else until
        rows = await self._fetch(
            "SELECT f.question_id, f.user_key, f.entry, f.vote, f.ts, q.text, q.score "
            "FROM feedback f LEFT JOIN questions q ON q.id = f.question_id "
            "WHERE f.ts >= ? AND f.ts < ? ORDER BY f.ts, f.question_id",
            (since, end),
        )
        return [FeedbackRow.from_row(r) for r in rows]
