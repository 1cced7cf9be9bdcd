"""Console chat: one question a line on stdin, each answer on stdout. No token needed.

Like `fieldbot run`, the chat picks up a saved knowledge file without a restart: before each
answer it looks at the folder's files (names, sizes, modification times) and, when they
changed, reloads through the same KnowledgeReloader, then says what changed or what is wrong.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TextIO

from bot import texts
from bot.assistant import Assistant, render_plain
from bot.changes import changes
from bot.context import Context
from bot.reload import KnowledgeReloader

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
            stdout.write("\n".join(result.problems) + "\n")
        stdout.flush()

    def close(self) -> None:
        self.runner.close()


def chat(
    assistant: Assistant,
    stdin: TextIO,
    stdout: TextIO,
    *,
    lang: str | None = None,
    folder: Path | None = None,
) -> int:
    """Answer every line until end of input; interactive users get a prompt and a greeting.

    With `folder`, a change to its knowledge files is loaded before the next answer."""
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
            reply, context = assistant.converse(
                question, context, lang=lang, preferred_lang=preferred
            )
            preferred = reply.language
            stdout.write(render_plain(reply) + "\n")
            if not interactive:
                stdout.write("\n")
            stdout.flush()
    finally:
        if reloads is not None:
            reloads.close()
    return 0
