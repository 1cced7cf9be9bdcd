"""Console chat: one question a line on stdin, each answer on stdout. No token needed.

Like `fieldbot run`, the chat picks up a saved knowledge file without a restart: before each
answer it looks at the folder's files (names, sizes, modification times) and, when they
changed, reloads through the same KnowledgeReloader, then says what changed or what is wrong.

With `--log` (ConsoleLog) every question goes to the bot's own SQLite question log, under one
pseudonymous local user, so `fieldbot report` can be tried without Telegram. The log is
written through bot.storage, imported only then: the console itself never touches aiosqlite.
"""

from __future__ import annotations

import asyncio
import getpass
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import texts
from bot.assistant import Assistant, Reply, render_plain
from bot.changes import changes
from bot.config import Config
from bot.context import Context
from bot.pseudonyms import load_or_create_secret, local_user_key
from bot.reload import KnowledgeReloader

if TYPE_CHECKING:
    from bot.storage import Storage

_Signature = frozenset[tuple[str, int, int]]


def _signature(folder: Path) -> _Signature:
    """The knowledge files as the reloader's watcher sees them: name, size, mtime."""
    found = set()
    try:
        for path in folder.iterdir():
            if path.suffix in (".yaml", ".yml") and not path.name.startswith((".", "~", "#")):
                try:
                    status = path.stat()
                except OSError:
                    continue
                found.add((path.name, status.st_size, status.st_mtime_ns))
    except OSError:
        pass
    return frozenset(found)


class _Reloads:
    """Reloads `folder` into `assistant` when its files changed since the last look."""

    def __init__(self, assistant: Assistant, folder: Path, lang: str) -> None:
        self.reloader = KnowledgeReloader(assistant, folder)
        self.assistant = assistant
        self.folder = folder
        self.lang = lang
        self.seen = _signature(folder)
        self.runner = asyncio.Runner()
        # The chat prints the problems itself; without logging set up, the reloader's warning
        # would be printed again on stderr by logging's last-resort handler.
        logging.getLogger("bot.reload").addHandler(logging.NullHandler())

    def check(self, stdout: TextIO) -> None:
        now = _signature(self.folder)
        if now == self.seen:
            return
        self.seen = now
        before = self.assistant.knowledge
        result = self.runner.run(self.reloader.reload())
        if result.ok:
            change = changes(before, self.assistant.knowledge).describe(self.lang)
            stdout.write(texts.text("console_reloaded", self.lang, changes=change) + "\n")
        else:
            stdout.write(texts.text("console_reload_failed", self.lang) + "\n")
            stdout.write("\n".join(p.render(self.lang) for p in result.problems) + "\n")
        stdout.flush()

    def close(self) -> None:
        self.runner.close()


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # a container uid without a passwd entry
        return f"uid{os.getuid()}"


class ConsoleLog:
    """`fieldbot chat --log`: the console's questions in the bot's question log.

    Rows look like the Telegram channel's (for a miss the nearest candidate is the entry), with
    channel `console` and the key of the local login name, never the name itself. Each row is
    written before the next question is read, so an interrupted chat loses nothing."""

    def __init__(self, config: Config) -> None:
        from bot.storage import Storage, StorageSettings  # only here: aiosqlite stays optional

        secret = load_or_create_secret(config.data_dir, config.secret)
        self.user = local_user_key(secret, _login())
        self.runner = asyncio.Runner()
        settings = StorageSettings(retention_days=config.retention_days)
        self.storage: Storage = self.runner.run(
            Storage.open(config.database_path, secret=secret, settings=settings)
        )

    def log(self, question: str, reply: Reply) -> None:
        """Write one answered question to the log (empty messages are not logged)."""
        if reply.kind == "empty":
            return
        if reply.confident:
            entry = reply.entry
        else:
            entry = reply.alternatives[0].entry if reply.alternatives else None
        self.storage.log_question(
            user_key=self.user,
            text=question,
            lang=reply.language,
            entry=entry,
            score=reply.score,
            confident=reply.confident,
            chat_kind="private",
            channel="console",
        )
        self.runner.run(self.storage.flush())

    def forget(self) -> int:
        """Erase the local user's logged questions, as /forget does in Telegram."""
        return self.runner.run(self.storage.forget(self.user))

    def close(self) -> None:
        """Write what is left and close the database."""
        try:
            self.runner.run(self.storage.close())
        finally:
            self.runner.close()


# "/start", "/help@fieldbot_bot extra": a Telegram-style command typed into the console.
_COMMAND = re.compile(r"^/([A-Za-z_]+)(?:@\w+)?(?:\s|$)")


def command(line: str, lang: str, log: ConsoleLog | None = None) -> tuple[str, bool] | None:
    """(the console's answer, whether the conversation starts over) to a command line, or
    None when the line is not a command.

    The console has no menus, regions or staff tools: /start and /forget start over (and
    /forget also erases the logged questions), /help says how to ask, and any other command
    says it belongs to Telegram, so a command is never matched as a question."""
    found = _COMMAND.match(line)
    if found is None:
        return None
    name = found.group(1).lower()
    if name == "start":
        examples = "\n".join(f"  {q}" for q in texts.examples(lang))
        return texts.text("console_welcome", lang) + "\n" + examples, True
    if name == "help":
        return texts.text("console_help", lang), False
    if name == "forget":
        logged = ""
        if log is not None:
            count = log.forget()
            key = "console_forgotten_log_one" if count == 1 else "console_forgotten_log"
            logged = texts.text(key, lang, count=count) if count else ""
        return texts.text("console_forgotten", lang, logged=logged), True
    return texts.text("console_command", lang, command=f"/{name}"), False


def chat(
    assistant: Assistant,
    stdin: TextIO,
    stdout: TextIO,
    *,
    lang: str | None = None,
    folder: Path | None = None,
    log: ConsoleLog | None = None,
) -> int:
    """Answer every line until end of input; interactive users get a prompt and a greeting.

    With `folder`, a change to its knowledge files is loaded before the next answer; with
    `log`, every question is written to the question log."""
    interactive = stdin.isatty()
    preferred = lang or assistant.default_lang
    context: Context | None = None
    reloads = _Reloads(assistant, folder, lang or "nl") if folder is not None else None
    if interactive:
        hello = "Fieldbot — stel uw vraag (Ctrl-D om te stoppen). Bijvoorbeeld:"
        stdout.write(hello + "\n" + "\n".join(f"  {q}" for q in texts.examples("nl")) + "\n")
    try:
        while True:
            if interactive:
                stdout.write("\n> ")
                stdout.flush()
            line = stdin.readline()
            if not line:
                break
            question = line.strip()
            if not question:
                continue
            if reloads is not None:
                reloads.check(stdout)
            handled = command(question, preferred, log)
            if handled is not None:
                said, over = handled
                if over:
                    context = None
                stdout.write(said + "\n" + ("" if interactive else "\n"))
                stdout.flush()
                continue
            reply, context = assistant.converse(
                question, context, lang=lang, preferred_lang=preferred
            )
            preferred = reply.language
            if log is not None:
                log.log(question, reply)
            stdout.write(render_plain(reply) + "\n")
            if not interactive:
                stdout.write("\n")
            stdout.flush()
    finally:
        if reloads is not None:
            reloads.close()
        if log is not None:
            log.close()
    return 0
