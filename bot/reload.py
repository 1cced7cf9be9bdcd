"""Live reload of the knowledge: validate and index off the event loop, then swap atomically.

A broken edit never reaches users: the Assistant keeps serving the last good knowledge and
the problems (`path:line: message`) go to whoever asked for the reload.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import stat
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from watchfiles import Change, awatch

from bot.assistant import Assistant
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.logs import log_event
from bot.matching import Matcher
from bot.nodes import Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: `ok` with the new summary, or the problems that kept the old one
    (each rendered in the reader's language: `Problem.render`)."""

    ok: bool
    summary: str
    problems: tuple[Problem, ...] = ()
    seconds: float = 0.0


def _build(folder: Path, assistant: Assistant) -> tuple[KnowledgeBase, Matcher]:
    knowledge = load_knowledge(folder)
    return knowledge, assistant.build(knowledge, assistant.settings)


def _knowledge_file(change: Change, path: str) -> bool:
    name = Path(path).name
    return name.endswith((".yaml", ".yml")) and not name.startswith((".", "~", "#"))


def _identity(folder: Path) -> tuple[int, int] | None:
    """Which folder `folder` names now (device, inode; through a symlink), None if none."""
    try:
        info = folder.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


class KnowledgeReloader:
    """Reloads `folder` into `assistant` on demand, on SIGHUP and on file changes."""

    def __init__(
        self,
        assistant: Assistant,
        folder: Path,
        *,
        on_result: Callable[[ReloadResult], Awaitable[None]] | None = None,
        debounce_ms: int = 800,
        check_seconds: float = 1.0,
    ) -> None:
        self.assistant = assistant
        self.folder = folder
        self.on_result = on_result
        self.debounce_ms = debounce_ms
        self.check_seconds = check_seconds  # how often the folder's identity is compared
        self._lock = asyncio.Lock()
        self._stop = asyncio.Event()

    async def reload(self) -> ReloadResult:
        """Validate and index in a worker thread; swap only when everything is valid."""
        async with self._lock:
            started = time.perf_counter()
            try:
                knowledge, matcher = await asyncio.to_thread(_build, self.folder, self.assistant)
            except KnowledgeError as exc:
                problems = exc.problems
                result = ReloadResult(False, "", problems, time.perf_counter() - started)
                log_event(
                    "reload",
                    logging.WARNING,
                    logger=log,
                    ok=False,
                    problems=len(problems),
                    first=str(problems[0]),
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
                result = ReloadResult(False, "", (Problem(str(self.folder), 0, str(exc)),))
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
        """Reload after every burst of saves in the folder, until `stop()`.

        A deploy often replaces the folder (a rename swap, `rm -rf` and a copy back, a symlink
        retargeted): a watch on the old folder would then never fire again. So the folder's
        identity is checked every `check_seconds`; when it changes the watch is re-armed on
        the new folder and the knowledge reloaded, and every stop is logged."""
        armed = told = False
        while not self._stop.is_set():
            identity = _identity(self.folder)
            if identity is None:
                if not armed and not told:
                    told = True
                    log_event(
                        "watch", logging.WARNING, logger=log, ok=False,
                        reason="folder_missing", folder=self.folder,
                    )  # fmt: skip
                armed = armed or told  # once it appears, load what it holds
                await self._pause()
                continue
            if armed:  # a new folder under the name: what it holds was never loaded
                log_event("watch", logger=log, ok=True, reason="rearmed", folder=self.folder)
                await self.reload()
            armed = True
            reason = await self._watch_folder(identity)
            if reason is None:
                return
            log_event(
                "watch", logging.WARNING, logger=log, ok=False, reason=reason, folder=self.folder
            )

    async def _pause(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=self.check_seconds)

    async def _watch_folder(self, identity: tuple[int, int]) -> str | None:
        """Watch the folder that has `identity` until it is replaced or gone (the reason) or
        `stop()` (None)."""
        done = asyncio.Event()
        reason: str | None = None

        async def compare() -> None:
            nonlocal reason
            while not done.is_set():
                await self._pause()
                if self._stop.is_set():
                    break
                now = _identity(self.folder)
                if now != identity:
                    reason = "folder_missing" if now is None else "folder_replaced"
                    break
            done.set()

        comparing = asyncio.create_task(compare())
        try:
            async for _changes in awatch(
                self.folder,
                watch_filter=_knowledge_file,
                debounce=self.debounce_ms,
                stop_event=done,
                recursive=False,
            ):
                if done.is_set():
                    break
                await self.reload()
            if reason is None and not self._stop.is_set():
                reason = "watch_ended"
        except FileNotFoundError:
            reason = "folder_missing"
        except Exception as exc:  # the watch must never take the bot down; it is re-armed
            log_event("watch_failed", logging.ERROR, logger=log, error=type(exc).__name__)
            reason = reason or "watch_failed"
            await self._pause()
        finally:
            done.set()
            await comparing
        return None if self._stop.is_set() else reason

    def stop(self) -> None:
        self._stop.set()
