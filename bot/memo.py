"""A small bounded memo for look-ups that one answer repeats on the same words.

Reading a message asks the same question of an index several times (the message, each
clause, the record question, the follow-up check). An index keeps its last results in a
`Memo`; a reload builds new indexes, so a memo never outlives its knowledge version.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """At most `size` results by key; when full it starts again (no bookkeeping per hit)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._kept: dict[K, V] = {}

    def get(self, key: K, compute: Callable[[], V]) -> V:
        try:
            return self._kept[key]
        except KeyError:
            pass
        if len(self._kept) >= self.size:
            self._kept.clear()
        value = self._kept[key] = compute()
        return value
