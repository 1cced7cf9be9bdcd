"""Building the knowledge without the cyclic garbage collector scanning it over and over.

Loading and indexing 10,000 entries makes a few million objects that all live on (nodes,
entries, phrasings, postings). Each time enough of them pile up, Python's collector walks
every object made so far looking for cycles that are not there: about a sixth of the
build. While a build runs the collector waits; reference counting still frees what a file
or a phrasing leaves behind, and the collector runs again as usual afterwards.

The pause is process-wide: during a live reload in a worker thread, cycles the serving
thread makes wait for the collector too. A build takes seconds, so that is harmless.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many builds hold the collector off, and whether it ran before the first one (a
    reload in a worker thread may overlap the start-up build; the last one restores it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = False


_PAUSE = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector off for the duration of a build."""
    with _PAUSE.lock:
        if _PAUSE.holders == 0:
            _PAUSE.was_enabled = gc.isenabled()
            gc.disable()
        _PAUSE.holders += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.holders -= 1
            if _PAUSE.holders == 0 and _PAUSE.was_enabled:
                # What the build made lives on: put it with the oldest objects at once (freeze,
                # then unfreeze moves it there), else the first collection after the build
                # would walk all of it only to find that it lives.
                gc.freeze()
                gc.unfreeze()
                gc.enable()
