"""Updates the library cannot parse are skipped, never retried and never logged raw.

An older self-hosted Bot API server may send an update without a field that PTB's newer
classes require (a poll without `type`). PTB then fails the whole getUpdates batch, retries
the same offset at once, and logs the raw batch (other users' names and texts). Here each
update is tried on its own first: one that fails becomes a bare `{"update_id": …}` (so the
offset still moves past it and no handler sees it), with one line that names only its id.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from telegram import Bot, Update
from telegram.request import HTTPXRequest

from bot.logs import log_event

log = logging.getLogger("bot.telegram")


def parsed(data: object, bot: Bot | None = None) -> Update | None:
    """The Update PTB makes of `data`, or None when it cannot read it."""
    if not isinstance(data, Mapping):
        return None
    try:
        return Update.de_json(dict(data), bot)
    except Exception:
        return None


def readable(data: object) -> bool:
    """True when PTB can turn `data` into an Update. (Polling parses twice: here, and PTB
    again for the whole batch, which it gives no way to skip one update of.)"""
    return parsed(data) is not None


def skipped(data: object, via: str) -> dict[str, Any] | None:
    """The stand-in for an update PTB cannot parse: only its id, or None without one. Logs
    `event=update_skipped update=<id>` and never the update's contents."""
    update_id = data.get("update_id") if isinstance(data, Mapping) else None
    kinds = sorted(k for k in data if k != "update_id") if isinstance(data, Mapping) else []
    log_event(
        "update_skipped",
        logging.WARNING,
        logger=log,
        update=update_id if isinstance(update_id, int) else None,
        kind=",".join(str(k)[:32] for k in kinds[:3]) or None,
        via=via,
        reason="the library cannot read this update (an older Bot API server?)",
    )
    return {"update_id": update_id} if isinstance(update_id, int) else None


def checked_batch(result: object) -> object:
    """A getUpdates result with every unreadable update replaced by its bare id."""
    if not isinstance(result, list):
        return result
    out: list[Any] = []
    for item in result:
        if readable(item):
            out.append(item)
        elif (stand_in := skipped(item, "polling")) is not None:
            out.append(stand_in)
    return out


class UpdatesRequest(HTTPXRequest):
    """The connection PTB keeps for getUpdates alone: each update is checked before PTB parses
    the batch."""

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        data = HTTPXRequest.parse_json_payload(payload)
        if isinstance(data, dict) and "result" in data:
            data["result"] = checked_batch(data["result"])
        return data
