"""Talking to the Bot API: honour 429 `retry_after`, retry 5xx and refused connections."""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections.abc import Callable, Coroutine
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


class PatientRequests(BaseRateLimiter[int]):
    """Honours 429 `retry_after` (pausing every request meanwhile) and retries 5xx/refused
    connections with exponential backoff. getUpdates has its own retry loop in PTB."""

    def __init__(
        self,
        *,
        max_retries: int = 4,
        max_wait: float = 60.0,
        backoff: float = 0.5,
        in_flight: int = HTTP_CONNECTIONS,
    ) -> None:
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.backoff = backoff
        self._resume_at = 0.0
        # At most as many requests in flight as the connection pool holds: waiting here is
        # cheap, while httpcore rescans its whole pool for every queued request.
        self._slots = asyncio.Semaphore(in_flight)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        delay = self.backoff
        attempt = 0
        while True:
            pause = self._resume_at - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)  # a 429 elsewhere paused every request
            try:
                async with self._slots:
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                if attempt >= self.max_retries or wait > self.max_wait:
                    raise
                self._resume_at = max(self._resume_at, time.monotonic() + wait + 0.1)
                log_event(
                    "telegram_429", logging.WARNING, logger=log, method=endpoint, retry_after=wait
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
