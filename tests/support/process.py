"""The bot under test: `python -m bot run` as a subprocess against a BotAPIServer, and the
`BotHarness` every end-to-end test module starts it with."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.pseudonyms import load_or_create_secret, user_key
from support.botapi import TOKEN, BotAPIServer, private_chat, user
from support.knowledge import write_knowledge

REPO = Path(__file__).resolve().parents[2]


class BotProcess:
    """`python -m bot run` as a subprocess, pointed at a BotAPIServer."""

    def __init__(
        self,
        server: BotAPIServer,
        knowledge_dir: Path,
        data_dir: Path,
        *,
        env: dict[str, str] | None = None,
        token: str | None = TOKEN,
        log_path: Path | None = None,
        cwd: Path = REPO,
    ) -> None:
        self.server = server
        self.log_path = log_path or data_dir / "bot.log"
        self.cwd = cwd
        base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
        base.update(
            KNOWLEDGE_DIR=str(knowledge_dir),
            BOT_DATA_DIR=str(data_dir),
            TELEGRAM_API_URL=server.api_url,
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(REPO),
        )
        if token:
            base["TELEGRAM_BOT_TOKEN"] = token
        base.update(env or {})
        self.env = base
        self.process: subprocess.Popen[bytes] | None = None
        data_dir.mkdir(parents=True, exist_ok=True)

    def start(self) -> BotProcess:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=self.cwd,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    async def ready(self, within: float = 30.0) -> None:
        """Wait until the bot polls for updates (or has set its webhook)."""

        def up() -> bool:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"the bot exited with {self.process.returncode}:\n{self.log}")
            done = {c.method for c in self.server.calls if c.status == 200}
            return "getupdates" in self.server.arrivals or "setwebhook" in done

        try:
            await self.server.wait_until(up, within)
        except TimeoutError:
            raise TimeoutError(f"the bot did not come up:\n{self.log}") from None

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def signal(self, signum: int = signal.SIGTERM) -> None:
        assert self.process is not None
        self.process.send_signal(signum)

    async def wait(self, within: float = 15.0) -> int:
        """The exit status, waiting without blocking the event loop (the server must run)."""
        assert self.process is not None
        deadline = time.monotonic() + within
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not exit within {within} s:\n{self.log}")
            await asyncio.sleep(0.05)
        return self.process.returncode

    async def stop(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.signal(signal.SIGTERM)
        try:
            return await self.wait(15)
        except TimeoutError:
            self.process.kill()
            return self.process.wait()


class CannotMakeReadOnly(Exception):
    """Running as root on a file system without the immutable flag: nothing is read-only."""


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only: by mode for a normal user, immutable for root (who
    ignores modes). Everything is made writable again on the way out."""
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in paths}
    immutable: list[Path] = []
    try:
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        if os.access(paths[0], os.W_OK):
            for p in paths:
                done = subprocess.run(["chattr", "+i", str(p)], capture_output=True, check=False)
                if done.returncode != 0:
                    break
                immutable.append(p)
        if os.access(paths[0], os.W_OK):
            raise CannotMakeReadOnly(str(paths[0]))
        yield
    finally:
        for p in immutable:
            subprocess.run(["chattr", "-i", str(p)], check=True)
        for p, mode in modes.items():
            p.chmod(mode)


WEBHOOK_SECRET = "Hook-Secret_123456"


def webhook_env(port: int) -> dict[str, str]:
    """Webhook mode behind the README's proxy: Telegram posts to https on `port`, which the
    loopback Bot API sends to the bot's plain http on 127.0.0.1."""
    return {
        "BOT_WEBHOOK_URL": f"https://127.0.0.1:{port}/telegram-hook",
        "BOT_WEBHOOK_PORT": str(port),
        "BOT_WEBHOOK_SECRET": WEBHOOK_SECRET,
    }


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def eventually(check: Callable[[], Any], within: float = 20.0) -> Any:
    """Poll `check` (the bot writes its log in batches, off the reply path) until truthy."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        value = check()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not true within {within} s: {check}")
        await asyncio.sleep(0.1)


class Users:
    """New Telegram users for one test module, each with an id no other module uses."""

    def __init__(self, first_id: int) -> None:
        self._ids = itertools.count(first_id)
        self.made: list[int] = []

    def new(self, lang: str | None = "nl", name: str = "Ondernemer") -> dict[str, Any]:
        person = user(next(self._ids), lang, name)
        self.made.append(person["id"])
        return person


def db_rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of a query on the bot's database, opened read-only."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
        return conn.execute(sql, params).fetchall()


def db_questions(db: Path, sql: str = "SELECT text FROM questions", *params: Any) -> list[str]:
    """Logged question texts; none while the bot has not (re)created the file and tables."""
    try:
        return [str(r[0]) for r in db_rows(db, sql, *params)]
    except sqlite3.OperationalError:  # no such file or table (yet)
        return []


@dataclass
class BotHarness:
    """A Bot API server, the bot subprocess pointed at it, its data and knowledge folders."""

    api: BotAPIServer
    bot: BotProcess
    data: Path
    knowledge: Path

    @property
    def db(self) -> Path:
        return self.data / "fieldbot.sqlite3"

    def key(self, person: dict[str, Any]) -> str:
        """The pseudonymous key the bot files `person` under (same secret file, same HMAC)."""
        return user_key(load_or_create_secret(self.data, None), person["id"])

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return db_rows(self.db, sql, *params)

    def questions_of(self, person: dict[str, Any]) -> list[str]:
        """What `person` asked, oldest first, as the question log holds it."""
        sql = "SELECT text FROM questions WHERE user_key = ? ORDER BY ts"
        return db_questions(self.db, sql, self.key(person))

    def log_lines(self, marker: str) -> list[str]:
        return [line for line in self.bot.log.splitlines() if marker in line]

    def count(self, marker: str) -> int:
        return len(self.log_lines(marker))

    def database_bytes(self) -> bytes:
        """Every byte of the database and its -wal and -shm files."""
        files = [self.db, Path(f"{self.db}-wal"), Path(f"{self.db}-shm")]
        return b"".join(f.read_bytes() for f in files if f.exists())


@contextlib.asynccontextmanager
async def running_bot(
    root: Path,
    *,
    env: dict[str, str] | None = None,
    admins: tuple[dict[str, Any], ...] = (),
    extra_knowledge: dict[str, str] | None = None,
    clean_exit: bool = True,
) -> AsyncIterator[BotHarness]:
    """Start a Bot API server and the bot against it on the test knowledge (plus
    `extra_knowledge`: file name → YAML text); `admins` have started a chat with the bot.
    With `clean_exit`, stopping the bot must exit 0."""
    knowledge = write_knowledge(root / "knowledge")
    for name, text in (extra_knowledge or {}).items():
        (knowledge / name).write_text(text, encoding="utf-8")
    api = await BotAPIServer().start()
    for admin in admins:
        api.register_chat(private_chat(admin))
    bot = BotProcess(api, knowledge, root / "data", env=env).start()
    try:
        await bot.ready()
        yield BotHarness(api, bot, root / "data", knowledge)
    finally:
        code = await bot.stop()
        await api.close()
        if clean_exit:
            assert code == 0, bot.log
