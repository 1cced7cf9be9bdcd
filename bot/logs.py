"""Logging: one line per event, `event=name key=value …`, with secrets redacted.

Every module logs through `log_event`, so operators (and scripts/soak.py) read one format.
Never pass a raw Telegram user id, a name or a token: pseudonyms only (bot.pseudonyms).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Final

from bot.config import Config

_DEFAULT = logging.getLogger("bot")


def _field(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if not text or any(ch in text for ch in ' ="\n\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


def event_line(event: str, **fields: object) -> str:
    """`event=… key=value …`; fields that are None are left out."""
    parts = " ".join(f"{k}={_field(v)}" for k, v in fields.items() if v is not None)
    return f"event={event}{f' {parts}' if parts else ''}"


def log_event(
    event: str,
    level: int = logging.INFO,
    *,
    logger: logging.Logger = _DEFAULT,
    exc_info: BaseException | bool | None = None,
    **fields: object,
) -> None:
    """Log `event=… key=value …` on `logger`; with `exc_info`, the traceback follows."""
    if logger.isEnabledFor(level):
        logger.log(level, "%s", event_line(event, **fields), exc_info=exc_info)


class RedactingFormatter(logging.Formatter):
    """Formats records, then blanks out secrets (the token may hide in URLs and tracebacks)."""

    def __init__(self, fmt: str, redact: Sequence[str]) -> None:
        super().__init__(fmt)
        # Longest first, so the full token goes before its secret half. Any case: PTB passes
        # an API error's description through str.capitalize(), which lowercases a token in it.
        secrets_ = sorted({s for s in redact if len(s) >= 6}, key=len, reverse=True)
        self._redact = (
            re.compile("|".join(re.escape(s) for s in secrets_), re.IGNORECASE)
            if secrets_
            else None
        )

    def format(self, record: logging.LogRecord) -> str:
        _leave_out_raw_data(record)
        text = super().format(record)
        if self._redact is not None:
            text = self._redact.sub("<redacted>", text)
        return text


_RAW: Final = "<raw data left out>"


def _leave_out_raw_data(record: logging.LogRecord) -> None:
    """Libraries log whole updates as arguments (PTB: "Received data was %r"), and an update
    holds names, usernames and message texts. Our own lines are `event=…` strings; from any
    other logger an argument that is a dict, list, bytes or a text over 120 characters is
    replaced before formatting."""
    if record.name == "bot" or record.name.startswith("bot.") or not record.args:
        return
    args = record.args
    if isinstance(args, Mapping):
        if "%(" in str(record.msg):
            return  # named fields: the mapping is the format's, not data
        record.args = (_RAW,) * max(1, str(record.msg).count("%"))
        return
    record.args = tuple(
        _RAW if isinstance(a, _RAW_TYPES) or (isinstance(a, str) and len(a) > _LONG) else a
        for a in args
    )


_RAW_TYPES: Final = (Mapping, list, tuple, set, bytes, bytearray)
# A longer text argument is data too: PTB logs a body it cannot parse as JSON as a string.
_LONG: Final = 120


def configure_logging(config: Config, level: int = logging.INFO) -> None:
    """Log to stderr with the token and webhook secret redacted; quiet chatty libraries."""
    redact = [s for s in (config.token, config.webhook_secret, config.secret) if s]
    if config.token and ":" in config.token:
        redact.append(config.token.split(":", 1)[1])
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter("%(asctime)s level=%(levelname)s logger=%(name)s %(message)s", redact)
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL, token included, at INFO.
    for name in ("httpx", "httpcore", "telegram", "tornado"):
        logging.getLogger(name).setLevel(logging.WARNING)
