"""Per-user rate limit: at most N messages a minute, and the user is told once per episode."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import StrEnum


class Verdict(StrEnum):
    ALLOW = "allow"
    WARN = "warn"  # the first message over the limit: tell the user once
    DROP = "drop"  # every further one until the window frees up: stay silent


class UserRateLimiter:
    """At most `limit` messages per user in any `window` seconds; says so once per episode."""

    ALLOW = Verdict.ALLOW
    WARN = Verdict.WARN
    DROP = Verdict.DROP

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = max(1, limit)
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._warned: set[str] = set()
        self._checks = 0

    def check(self, user: str) -> Verdict:
        """ALLOW, WARN (the first one over the limit) or DROP, for the pseudonymous `user`."""
        now = self._clock()
        self._checks += 1
        if self._checks % 4096 == 0:
            self._sweep(now)
        hits = self._hits.setdefault(user, deque())
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(user)
            return Verdict.ALLOW
        if user in self._warned:
            return Verdict.DROP
        self._warned.add(user)
        return Verdict.WARN

    def _sweep(self, now: float) -> None:
        idle = [u for u, h in self._hits.items() if not h or now - h[-1] >= self.window]
        for user in idle:
            del self._hits[user]
            self._warned.discard(user)
