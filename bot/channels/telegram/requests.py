"""Talking to the Bot API: honour 429 `retry_after` per chat, keep groups within their
message limit, retry 5xx and refused connections."""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine, Mapping
from datetime import timedelta
from typing import Any, Final

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from bot.logs import log_event

log = logging.getLogger("bot.telegram")

# Few connections, kept busy: httpcore rescans every idle connection for each request, so a
# large pool costs CPU (measured: 256 connections 7.2 ms per reply, 8 connections 3.9 ms).
# Eight requests in flight carry well over Telegram's own cap of about 30 messages a second.
HTTP_CONNECTIONS: Final = 8


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait a 429 asks for, in seconds."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns about the int/timedelta migration
        value = exc.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


def may_retry(exc: NetworkError) -> bool:
    """True when the request surely did not get through (5xx, refused, pool exhausted)."""
    if isinstance(exc, BadRequest):
        return False
    if isinstance(exc, TimedOut):
        # A read or write timeout may come after Telegram acted: retrying could send twice.
        return isinstance(exc.__cause__, (httpx.ConnectTimeout, httpx.PoolTimeout))
    return True


# Telegram's limits are per chat: about one message a second in a private chat, about 20 a
# minute in a group, about 30 a second for the bot as a whole. A 429 names no scope, so it
# pauses its own chat; only when several chats get one at once is the whole bot paused.
GROUP_MESSAGES_PER_MINUTE: Final = 20
GLOBAL_FLOOD_CHATS: Final = 3  # distinct chats refused within GLOBAL_FLOOD_WINDOW
GLOBAL_FLOOD_WINDOW: Final = 1.0
_MAX_LANES: Final = 2048  # idle lanes beyond this are forgotten
# Replies one group may have waiting beyond what its window lets through; more are dropped
# (each waiting reply holds one of the 64 updates PTB handles at once).
GROUP_BACKLOG: Final = 6


class GroupBusy(NetworkError):
    """A reply not sent: its chat is paused for longer than we wait, or its group's queue is
    full. A NetworkError, so the error handler logs one line and no traceback."""


class _Lane:
    """One chat's state: until when it is paused, and (groups) when its messages went out."""

    __slots__ = ("lock", "resume_at", "sent", "waiting")

    def __init__(self) -> None:
        self.resume_at = 0.0
        self.sent: deque[float] = deque()
        self.lock = asyncio.Lock()
        self.waiting = 0  # replies queued behind the lock

    def idle(self, now: float, window: float) -> bool:
        return (
            not self.lock.locked()
            and not self.waiting
            and self.resume_at <= now
            and (not self.sent or self.sent[-1] < now - window)
        )


def chat_of(data: Mapping[str, Any]) -> int | str | None:
    """The chat a request goes to, or None for requests that belong to no chat."""
    chat = data.get("chat_id")
    if isinstance(chat, bool) or not isinstance(chat, (int, str)) or chat == "":
        return None
    return chat


def is_group(chat: int | str | None) -> bool:
    """Group, supergroup and channel ids are negative; "@name" is a public group or channel."""
    return (isinstance(chat, int) and chat < 0) or (isinstance(chat, str) and chat[:1] in "-@")


def _new_message(endpoint: str) -> bool:
    """The requests a group's message limit counts: sending, not editing or chat actions."""
    name = endpoint.lower()
    return name.startswith(("send", "copymessage", "forwardmessage")) and name != "sendchataction"


class PatientRequests(BaseRateLimiter[int]):
    """Honours 429 `retry_after` for the chat it came from (every chat only in a bot-wide
    flood), keeps each group within its message limit by queueing its sends in order, and
    retries 5xx/refused connections with exponential backoff. getUpdates has its own retry
    loop in PTB."""

    def __init__(
        self,
        *,
        max_retries: int = 4,
        max_wait: float = 60.0,
        backoff: float = 0.5,
        in_flight: int = HTTP_CONNECTIONS,
        group_per_minute: int = GROUP_MESSAGES_PER_MINUTE,
        group_window: float = 60.0,
        group_backlog: int = GROUP_BACKLOG,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.backoff = backoff
        self.group_per_minute = max(1, group_per_minute)
        self.group_window = group_window  # Telegram's is a minute; tests use less
        self.group_backlog = max(1, group_backlog)
        self._clock = clock
        self._resume_at = 0.0  # the whole bot (a global flood)
        self._lanes: dict[int | str, _Lane] = {}
        self._refusals: deque[tuple[float, int | str | None]] = deque()
        # At most as many requests in flight as the connection pool holds: waiting here is
        # cheap, while httpcore rescans its whole pool for every queued request.
        self._slots = asyncio.Semaphore(in_flight)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _lane(self, chat: int | str) -> _Lane:
        lane = self._lanes.get(chat)
        if lane is None:
            if len(self._lanes) >= _MAX_LANES:
                now = self._clock()
                for key in [k for k, v in self._lanes.items() if v.idle(now, self.group_window)]:
                    del self._lanes[key]
            lane = self._lanes[chat] = _Lane()
        return lane

    def pause_for(self, chat: int | str | None) -> float:
        """Seconds until a request to `chat` may go (0: now)."""
        now = self._clock()
        resume = self._resume_at
        lane = self._lanes.get(chat) if chat is not None else None
        if lane is not None:
            resume = max(resume, lane.resume_at)
        return max(0.0, resume - now)

    def _in_window(self, lane: _Lane) -> int:
        """The group's messages sent within the window (older ones are forgotten)."""
        since = self._clock() - self.group_window
        while lane.sent and lane.sent[0] <= since:
            lane.sent.popleft()
        return len(lane.sent)

    def _group_wait(self, lane: _Lane) -> float:
        """Seconds until the group's next message keeps within `group_per_minute`."""
        if self._in_window(lane) < self.group_per_minute:
            return 0.0
        return lane.sent[0] + self.group_window - self._clock()

    def _room(self, lane: _Lane) -> int:
        """Replies a group may have queued: what its window still lets through at once, plus
        a short backlog that waits for the window to move."""
        return max(0, self.group_per_minute - self._in_window(lane)) + self.group_backlog

    def refused(self, chat: int | str | None, wait: float) -> None:
        """A 429 asking `chat` (for a request of no chat: "method:<name>") to wait `wait`
        seconds; None pauses the whole bot."""
        now = self._clock()
        until = now + wait + 0.1
        self._refusals.append((now, chat))
        while self._refusals and self._refusals[0][0] < now - GLOBAL_FLOOD_WINDOW:
            self._refusals.popleft()
        chats = {c for _, c in self._refusals}
        if chat is None or len(chats) >= GLOBAL_FLOOD_CHATS:
            self._resume_at = max(self._resume_at, until)
        else:
            lane = self._lane(chat)
            lane.resume_at = max(lane.resume_at, until)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat = chat_of(data)
        if is_group(chat) and _new_message(endpoint):
            assert chat is not None
            lane = self._lane(chat)
            # Each waiting reply holds one of PTB's concurrent-update slots: a group that asks
            # faster than its limit lets it send gets its extra replies dropped, so it can
            # never take the slots private chats need.
            if lane.waiting >= self._room(lane):
                log_event("group_reply_dropped", logging.WARNING, logger=log, method=endpoint)
                raise GroupBusy("this group is over its message limit; reply dropped")
            # One group's messages leave in order and within its limit; other chats do not
            # wait for them.
            lane.waiting += 1
            try:
                await lane.lock.acquire()
            finally:
                lane.waiting -= 1
            try:
                while (wait := self._group_wait(lane)) > 0:
                    log_event("group_queue", logging.DEBUG, logger=log, method=endpoint, wait=wait)
                    await asyncio.sleep(wait)
                result = await self._send(callback, args, kwargs, endpoint, chat)
                lane.sent.append(self._clock())
                return result
            finally:
                lane.lock.release()
        return await self._send(callback, args, kwargs, endpoint, chat)

    async def _send(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        chat: int | str | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        # A request of no chat (answerCallbackQuery, answerInlineQuery) is paused per method.
        key = chat if chat is not None else f"method:{endpoint}"
        delay = self.backoff
        attempt = 0
        while True:
            for _ in range(self.max_retries + 1):  # a pause may grow while we wait
                pause = self.pause_for(key)
                if pause <= 0:
                    break
                if pause > self.max_wait:
                    raise GroupBusy(f"{endpoint} paused for {pause:.0f} s by Telegram")
                await asyncio.sleep(pause)  # a 429 paused this chat (or, in a flood, all)
            try:
                async with self._slots:
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                self.refused(key, wait)
                if attempt >= self.max_retries or wait > self.max_wait:
                    raise  # remembered all the same: later requests do not run into it
                log_event(
                    "telegram_429",
                    logging.WARNING,
                    logger=log,
                    method=endpoint,
                    retry_after=wait,
                    scope="chat" if chat is not None and self.pause_for(None) == 0 else "bot",
                )
            except NetworkError as exc:
                if attempt >= self.max_retries or not may_retry(exc):
                    raise
                log_event(
                    "telegram_retry",
                    logging.WARNING,
                    logger=log,
                    method=endpoint,
                    error=type(exc).__name__,
                    wait=delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 8.0)
            attempt += 1
