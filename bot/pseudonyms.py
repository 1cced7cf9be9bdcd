"""Pseudonyms: a Telegram user id becomes a keyed hash, and the key stays in the data dir.

Rows in storage and fields in logs carry `user_key(secret, id)` (HMAC-SHA256, 32 hex
characters), never the raw id: stable for one secret, meaningless without it.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from bot.config import Config, ConfigError
from bot.logs import log_event

log = logging.getLogger("bot.storage")

SECRET_FILE = "secret.key"  # noqa: S105 - a file name, not a secret
MIN_SECRET_CHARS = 16
KEY_CHARS = 32


def user_key(secret: bytes, user_id: int) -> str:
    """The pseudonymous key of a Telegram user: HMAC-SHA256(secret, id), 32 hex characters."""
    return hmac.new(secret, str(int(user_id)).encode(), hashlib.sha256).hexdigest()[:KEY_CHARS]


def local_user_key(secret: bytes, name: str) -> str:
    """The pseudonymous key of a console user (`fieldbot chat --log`), by login name.

    Keyed like `user_key` but in its own name space, so it never equals a Telegram user's."""
    message = f"local:{name}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:KEY_CHARS]


class Pseudonyms:
    """`user_key` with its secret: what the channel and the storage call for every user."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    @classmethod
    def from_config(cls, config: Config) -> Pseudonyms:
        """BOT_SECRET's pseudonyms, or throw-away ones until the secret file is read."""
        return cls(config.secret.encode("utf-8") if config.secret else None)

    def __call__(self, user_id: int | None) -> str:
        if user_id is None:
            return "anonymous"
        return user_key(self._secret, user_id)


class RunSecret(bytes):
    """A secret that is not (yet) saved in the data dir: keys made with it would not survive
    a restart, so nothing may be stored under them until `save_run_secret` succeeds."""


def load_or_create_secret(data_dir: Path | str, env_secret: str | None) -> bytes:
    """BOT_SECRET when given, else `data_dir/secret.key`, created once with mode 0600.

    When the data dir cannot hold the file, a `RunSecret` for this run only is used (one
    warning): the bot keeps answering, and the Storage saves the secret before its first row.
    """
    if env_secret is not None and env_secret.strip():
        secret = env_secret.strip()
        if len(secret) < MIN_SECRET_CHARS:
            raise ConfigError(
                f"BOT_SECRET must be at least {MIN_SECRET_CHARS} characters "
                "(or leave it unset to generate one in BOT_DATA_DIR)"
            )
        return secret.encode()
    directory = Path(data_dir)
    path = directory / SECRET_FILE
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        existing = _read_secret(path)
        if existing is not None:
            return existing
        return _create_secret(path)
    except OSError as exc:
        log_event(
            "secret_unavailable",
            logging.WARNING,
            logger=log,
            path=path,
            error=exc.strerror or str(exc),
            action="using_a_secret_for_this_run_only",
        )
        return RunSecret(secrets.token_hex(32).encode())


def save_run_secret(data_dir: Path | str, secret: bytes) -> bool:
    """Save a run's secret as `data_dir/secret.key` when there is none yet. True when the file
    now holds exactly `secret` (rows keyed with it will be found again after a restart)."""
    path = Path(data_dir) / SECRET_FILE
    try:
        existing = _read_secret(path)
        if existing is None:
            existing = _create_secret(path, bytes(secret))
    except (OSError, ConfigError):
        return False
    return existing == bytes(secret)


def _read_secret(path: Path) -> bytes | None:
    try:
        raw = path.read_bytes().strip()
    except FileNotFoundError:
        return None
    if len(raw) < MIN_SECRET_CHARS:
        raise ConfigError(
            f"{path} is empty or too short; delete it to generate a new one "
            "(keys of users already in the log will then no longer match)"
        )
    if path.stat().st_mode & 0o077:
        try:
            path.chmod(0o600)
        except OSError as exc:  # e.g. a read-only volume: the key itself is still good
            log_event(
                "secret_readable_by_others",
                logging.WARNING,
                logger=log,
                path=path,
                error=exc.strerror,
            )
        else:
            log_event(
                "secret_permissions_fixed", logging.WARNING, logger=log, path=path, mode="0600"
            )
    return raw


def _create_secret(path: Path, value: bytes | None = None) -> bytes:
    value = value or secrets.token_hex(32).encode()
    temp = path.with_name(f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, value + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        try:
            # link() publishes the complete file and fails if another process was first.
            os.link(temp, path)
        except FileExistsError:
            pass
        except OSError:
            # A file system without hard links: publish by rename, never over an existing key.
            if not path.exists():
                temp.rename(path)
    finally:
        temp.unlink(missing_ok=True)
    existing = _read_secret(path)
    if existing is None:
        raise FileNotFoundError(f"{path} vanished while it was created")
    if existing == value:
        log_event("secret_created", logger=log, path=path, mode="0600")
    return existing
