"""The running bot's heartbeat: a file in the data folder whose age says whether it is alive.

`fieldbot run` rewrites `$BOT_DATA_DIR/heartbeat` every BEAT_SECONDS while its event loop
runs and its Telegram updates are flowing (bot/channels/telegram/heartbeat.py), and removes
it when it stops. `fieldbot health` (the Docker HEALTHCHECK) reads its age: a hung, crashed or
stopped bot stops beating, whatever the knowledge files say.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

HEARTBEAT_FILE = "heartbeat"
BEAT_SECONDS = 15.0
MAX_AGE_SECONDS = 60.0  # four missed beats: the default limit of `fieldbot health`


def heartbeat_path(data_dir: Path) -> Path:
    """Where the running bot keeps its heartbeat."""
    return Path(data_dir) / HEARTBEAT_FILE


def beat(path: Path, now: float | None = None) -> None:
    """Write one heartbeat (the time and the process id), replacing the last one whole.

    Owner-only like everything in the data folder."""
    moment = time.time() if now is None else now
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, f"{moment:.0f} pid={os.getpid()}\n".encode())
    finally:
        os.close(fd)
    temp.replace(path)


def stop(path: Path) -> None:
    """The bot stopped: no heartbeat means not running."""
    path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Health:
    """What `fieldbot health` found: alive or not, and one line saying why."""

    alive: bool
    line: str


def check(path: Path, max_age: float = MAX_AGE_SECONDS, now: float | None = None) -> Health:
    """Alive when the heartbeat file is younger than `max_age` seconds."""
    try:
        written = path.stat().st_mtime
    except FileNotFoundError:
        return Health(False, f"no heartbeat at {path}: the bot is not running (fieldbot run)")
    except OSError as exc:
        return Health(False, f"cannot read the heartbeat {path}: {exc.strerror or exc}")
    age = max(0.0, (time.time() if now is None else now) - written)
    if age > max_age:
        return Health(
            False,
            f"last heartbeat {age:.0f} s ago (limit {max_age:.0f} s): the bot is stuck or "
            f"was stopped without cleaning up ({path})",
        )
    return Health(True, f"OK: heartbeat {age:.0f} s ago ({path})")
