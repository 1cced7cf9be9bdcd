"""The webhook server: Telegram posts updates here, one HTTP request each.

PTB's own server reads the whole body before it looks at the secret (posts of 95 MB without
it took the process to 1.5 GB) and logs an update it cannot parse raw, names and texts
included. This one checks the secret header and the declared size before reading a byte of
the body, stops reading past `MAX_BODY_BYTES`, and skips an unreadable update with one line
(`bot.channels.telegram.updates`) while answering 200, so Telegram does not send it again.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
from http import HTTPStatus
from typing import Any, Final

import tornado.web
from telegram.ext import ExtBot
from tornado.httpserver import HTTPServer

from bot.channels.telegram.updates import parsed, skipped
from bot.logs import log_event

log = logging.getLogger("bot.telegram")

# Telegram's updates are a few KiB (a message is at most 4096 characters, plus its entities
# and a replied-to message): 1 MiB leaves room and bounds what a stranger can make us hold.
MAX_BODY_BYTES: Final = 1 << 20
SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name


@tornado.web.stream_request_body
class _UpdateHandler(tornado.web.RequestHandler):
    SUPPORTED_METHODS = ("POST",)

    def initialize(self, server: WebhookServer) -> None:
        self._server = server
        self._chunks: list[bytes] = []
        self._size = 0

    def prepare(self) -> None:
        # Called when the headers are in and before the body is read.
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self._server.secret.encode()):
            self._refuse(HTTPStatus.FORBIDDEN, "no_secret" if not given else "wrong_secret")
            return
        declared = self.request.headers.get("Content-Length", "0")
        if not declared.isdigit() or int(declared) > MAX_BODY_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large")

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return
        self._size += len(chunk)
        if self._size > MAX_BODY_BYTES:  # chunked bodies declare no length
            self._chunks.clear()
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large")
            return
        self._chunks.append(chunk)

    async def post(self) -> None:
        try:
            data: Any = json.loads(b"".join(self._chunks))
        except ValueError:
            self._refuse(HTTPStatus.BAD_REQUEST, "not_json")
            return
        update = parsed(data, self._server.bot)  # parsed once, here
        if update is not None:
            await self._server.queue.put(update)
        else:
            skipped(data, "webhook")
        self.set_status(HTTPStatus.OK)
        self.finish()

    def _refuse(self, status: HTTPStatus, reason: str) -> None:
        log_event(
            "webhook_refused", logging.WARNING, logger=log, status=int(status), reason=reason
        )
        self.set_status(status)
        # Close instead of reading a body nobody asked for.
        self.set_header("Connection", "close")
        self.finish()
        if self.request.connection is not None:
            self.request.connection.close()  # type: ignore[attr-defined]

    def log_exception(self, *args: Any) -> None:
        # Tornado's default would log the request (and its body) on an error.
        log_event("webhook_error", logging.WARNING, logger=log, error=str(args[0].__name__))


class _Quiet(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log: the request line carries the path, which holds nothing to keep."""


class WebhookServer:
    """Serves `path` on `listen:port`; every readable update goes to `queue`."""

    def __init__(
        self,
        bot: ExtBot[Any],
        queue: asyncio.Queue[object],
        *,
        listen: str,
        port: int,
        path: str,
        secret: str,
    ) -> None:
        self.bot = bot
        self.queue = queue
        self.secret = secret
        self.listen = listen
        self.port = port
        route = "/" + path.strip("/")
        app = _Quiet([(rf"{re.escape(route)}/?", _UpdateHandler, {"server": self})])
        self._http = HTTPServer(app, max_body_size=MAX_BODY_BYTES, idle_connection_timeout=60)
        self.running = False

    def start(self) -> None:
        """Bind and listen; raises OSError when the port is taken."""
        self._http.listen(self.port, address=self.listen)
        self.running = True

    async def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        self._http.stop()
        await self._http.close_all_connections()
