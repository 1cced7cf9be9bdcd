"""Live reload of the knowledge: validate and index off the event loop, then swap atomically.

A broken edit never reaches users: the Assistant keeps serving the last good knowledge and
the problems (`path:line: message`) go to whoever asked for the reload.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from watchfiles import Change, awatch

from bot.assistant import Assistant
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.logs import log_event
from bot.matching import Matcher

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: `ok` with the new summary, or the problems that kept the old one."""

    ok: bool
    summary: str
    problems: tuple[str, ...] = ()
    seconds: float = 0.0


def _build(folder: Path, assistant: Assistant) -> tuple[KnowledgeBase, Matcher]:
    knowledge = load_knowledge(folder)
    return knowledge, assistant.build(knowledge, assistant.settings)


def _knowledge_file(change: Change, path: str) -> bool:
    name = Path(path).name
    return name.endswith((".yaml", ".yml")) and not name.startswith((".", "~", "#"))


class KnowledgeReloader:
    """Reloads `folder` into `assistant` on demand, on SIGHUP and on file changes."""

    def __init__(
        self,
        assistant: Assistant,
        folder: Path,
        *,
        on_result: Callable[[ReloadResult], Awaitable[None]] | None = None,
        debounce_ms: int = 800,
    ) -> None:
        self.assistant = assistant
        self.folder = folder
        self.on_result = on_result
        self.debounce_ms = debounce_ms
        self._lock = asyncio.Lock()
        self._stop = asyncio.Event()

    async def reload(self) -> ReloadResult:
        """Validate and index in a worker thread; swap only when everything is valid."""
        async with self._lock:
            started = time.perf_counter()
            try:
                knowledge, matcher = await asyncio.to_thread(_build, self.folder, self.assistant)
            except KnowledgeError as exc:
                problems = tuple(str(p) for p in exc.problems)
                result = ReloadResult(False, "", problems, time.perf_counter() - started)
                log_event(
                    "reload",
                    logging.WARNING,
                    logger=log,
                    ok=False,
                    problems=len(problems),
                    first=problems[0],
                )
            except Exception as exc:  # a reload must never take the bot down
                log_event(
                    "reload",
                    logging.ERROR,
                    logger=log,
                    exc_info=exc,
                    ok=False,
                    error=type(exc).__name__,
                )
                result = ReloadResult(False, "", (f"{self.folder}:0: {exc}",))
            else:
                self.assistant.swap(knowledge, matcher)
                result = ReloadResult(
                    True, self.assistant.knowledge.summary(), (), time.perf_counter() - started
                )
                log_event(
                    "reload",
                    logger=log,
                    ok=True,
                    seconds=round(result.seconds, 3),
                    summary=result.summary,
                )
        if self.on_result is not None:
            try:
                await self.on_result(result)
            except Exception as exc:
                log_event("reload_notify", logging.ERROR, logger=log, exc_info=exc, ok=False)
        return result

    async def watch(self) -> None:
        """Reload after every burst of saves in the folder, until `stop()`."""
        try:
            async for _changes in awatch(
                self.folder,
                watch_filter=_knowledge_file,
                debounce=self.debounce_ms,
                stop_event=self._stop,
                recursive=False,
            ):
                await self.reload()
        except FileNotFoundError:
            log_event(
                "watch",
                logging.WARNING,
                logger=log,
                ok=False,
                reason="folder_missing",
                folder=self.folder,
            )

    def stop(self) -> None:
        self._stop.set()
