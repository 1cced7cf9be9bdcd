"""The running bot's heartbeat task (bot/heartbeat.py holds the file and its check).

Started by `serve` once the bot answers; it beats only while the Application runs, so a
blocked event loop or a stopped updater shows as a stale file, and it removes the file when
the bot stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

from bot import heartbeat
from bot.channels.telegram.context import TelegramApp
from bot.logs import log_event

log = logging.getLogger("bot.telegram")

CHECK_SECONDS = 1.0  # how soon a stop is noticed; a beat is written every BEAT_SECONDS


def updating(app: TelegramApp) -> Callable[[], bool]:
    """Alive means: the Application runs and its updater (polling or webhook) still runs."""
    return lambda: app.running and app.updater is not None and app.updater.running


async def beat(
    data_dir: Path,
    stop: asyncio.Event,
    alive: Callable[[], bool],
    every: float = heartbeat.BEAT_SECONDS,
) -> None:
    """Write the heartbeat every `every` seconds while `alive()` and until `stop` is set."""
    path = heartbeat.heartbeat_path(data_dir)
    last = float("-inf")
    failing = False
    try:
        while not stop.is_set() and alive():
            if time.monotonic() - last >= every:
                last = time.monotonic()
                try:
                    heartbeat.beat(path)
                    failing = False
                except OSError as exc:
                    if not failing:  # once per outage, not every beat
                        log_event(
                            "heartbeat_failed",
                            logging.WARNING,
                            logger=log,
                            path=path,
                            error=exc.strerror or type(exc).__name__,
                        )
                    failing = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=CHECK_SECONDS)
    finally:
        with contextlib.suppress(OSError):
            heartbeat.stop(path)
