"""A Telegram Bot API server on 127.0.0.1 for end-to-end tests, and the bot run against it.

`BotAPIServer` serves `/bot<TOKEN>/<method>` with aiohttp and validates requests the way
Telegram does: Telegram's HTML subset must parse (balanced tags, every other `<`, `>`, `&`
escaped), message texts are 1–4096 characters after entity parsing, callback data is at most
64 bytes, an unknown method is a 404. It can fail the next N calls with a 429 (with
`retry_after`) or a 5xx, records every call, and has helpers to push updates (messages,
button taps, inline queries) and await the bot's replies.

`BotProcess` runs the real bot (`python -m bot run`) as a subprocess pointed at the server;
`write_knowledge` writes a small knowledge base of real YAML files for it to load.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import yaml
from aiohttp import ClientSession, ClientTimeout, web

from bot.storage import load_or_create_secret, user_key

REPO = Path(__file__).resolve().parent.parent
TOKEN = "123:TEST"
BOT_ID = 123
BOT_USERNAME = "fieldbot_test_bot"
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64

BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Fieldbot",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}

# Update types Telegram sends when allowed_updates is empty or not given.
_DEFAULT_EXCLUDED = {"chat_member", "message_reaction", "message_reaction_count"}


class APIError(Exception):
    """A Bot API error response: {"ok": false, "error_code": …, "description": …}."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad_request(description: str) -> APIError:
    return APIError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Telegram's HTML subset


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=]+))?)*)\s*>"
)
_ATTR = re.compile(r"([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>=]+)))?")
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of `text` in Telegram's HTML subset; APIError 400 otherwise."""
    out: list[str] = []
    units = 0
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict[str, Any]] = []
    i = 0

    def fail(what: str) -> APIError:
        offset = len(text[:i].encode("utf-8"))
        return bad_request(f"can't parse entities: {what} at byte offset {offset}")

    while i < len(text):
        ch = text[i]
        if ch == "<":
            tag = _TAG.match(text, i)
            if tag is None:
                raise fail("unsupported start tag or unescaped '<'")
            closing, name, raw_attrs = tag[1] == "/", tag[2].lower(), tag[3] or ""
            if name not in _ENTITY_TYPES:
                raise fail(f'unsupported start tag "{name}"')
            if closing:
                if raw_attrs.strip():
                    raise fail(f'end tag "{name}" has attributes')
                if not stack or stack[-1][0] != name:
                    raise fail(f'unexpected end tag "{name}"')
                open_name, start, attrs = stack.pop()
                if open_name == "code" and stack and stack[-1][0] == "pre" and "class" in attrs:
                    stack[-1][2]["class"] = attrs["class"]  # <pre><code class=…>: one entity
                elif units > start:
                    entities.append(_entity(open_name, start, units - start, attrs, stack))
            else:
                attrs = {
                    m[1].lower(): m[2] if m[2] is not None else (m[3] or m[4] or "")
                    for m in _ATTR.finditer(raw_attrs)
                }
                problem = _check_attrs(name, attrs, stack)
                if problem:
                    raise fail(problem)
                stack.append((name, units, {k: unescape(v) for k, v in attrs.items()}))
            i = tag.end()
        elif ch == "&":
            entity = _ENTITY.match(text, i)
            if entity is None:
                raise fail("unescaped '&' (use &amp;)")
            if entity[1]:
                decoded = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}[entity[1]]
            else:
                code = int(entity[2]) if entity[2] else int(entity[3], 16)
                if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise fail("invalid numeric entity")
                decoded = chr(code)
            out.append(decoded)
            units += utf16_len(decoded)
            i = entity.end()
        elif ch == ">":
            raise fail("unescaped '>' (use &gt;)")
        else:
            out.append(ch)
            units += utf16_len(ch)
            i += 1
    if stack:
        raise bad_request(
            "can't parse entities: can't find end tag corresponding to start tag "
            f'"{stack[-1][0]}"'
        )
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _check_attrs(name: str, attrs: dict[str, str], stack: list[Any]) -> str | None:
    allowed: dict[str, Callable[[str], bool]] = {}
    if name == "a":
        allowed = {"href": lambda v: bool(v.strip())}
        if "href" not in attrs:
            return 'tag "a" must have an href'
    elif name == "span":
        allowed = {"class": lambda v: v == "tg-spoiler"}
        if attrs.get("class") != "tg-spoiler":
            return 'tag "span" must have class "tg-spoiler"'
    elif name == "code" and stack and stack[-1][0] == "pre":
        allowed = {"class": lambda v: v.startswith("language-")}
    elif name == "blockquote":
        allowed = {"expandable": lambda v: True}
    for key, value in attrs.items():
        check = allowed.get(key)
        if check is None or not check(value):
            return f'unsupported attribute "{key}" in tag "{name}"'
    return None


def _entity(
    name: str, offset: int, length: int, attrs: dict[str, str], stack: list[Any]
) -> dict[str, Any]:
    kind = _ENTITY_TYPES[name]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if kind == "text_link":
        entity["url"] = attrs["href"]
    if kind == "pre" and attrs.get("class", "").startswith("language-"):
        entity["language"] = attrs["class"][len("language-") :]
    if kind == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    return entity


def check_text(text: Any, parse_mode: Any, entities: Any = None) -> tuple[str, list[Any]]:
    """A message text as Telegram checks it: parsed, then 1–4096 characters."""
    if not isinstance(text, str):
        raise bad_request("message text is empty")
    if parse_mode in (None, ""):
        plain, found = text, list(entities or [])
    elif str(parse_mode).upper() == "HTML":
        plain, found = parse_html(text)
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r} (this server speaks HTML)")
    if not plain.strip():
        raise bad_request("message text is empty")
    if utf16_len(plain) > MAX_TEXT:
        raise bad_request("message is too long")
    return plain, found


def check_markup(markup: Any) -> dict[str, Any] | None:
    """Validate an inline keyboard like Telegram: button texts, callback data ≤ 64 bytes."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup  # reply keyboards and the like: not used by this bot
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            kinds = [k for k in button if k != "text"]
            if len(kinds) != 1:
                raise bad_request("BUTTON_TYPE_INVALID")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise bad_request("BUTTON_DATA_INVALID")
    return markup


# --------------------------------------------------------------------------------------------
# The server


@dataclass
class Call:
    """One request the bot made, and what the server answered."""

    method: str
    params: dict[str, Any]
    status: int
    result: Any
    at: float


@dataclass
class Sent:
    """A message the bot sent (or the current state of one it edited)."""

    chat_id: int
    message_id: int
    html: str  # the text as the bot sent it
    text: str  # after entity parsing: what the user reads
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    reply_to: int | None
    raw: dict[str, Any]

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [b for row in rows for b in row]

    def button(self, contains: str) -> dict[str, Any]:
        """The first button whose label or callback data contains `contains`."""
        for b in self.buttons:
            if contains in b["text"] or contains in str(b.get("callback_data", "")):
                return b
        raise AssertionError(f"no button with {contains!r} in {self.buttons}")


@dataclass
class _Failure:
    method: str | None
    status: int
    remaining: int
    retry_after: int | None
    description: str | None


@dataclass
class _Delay:
    method: str | None
    seconds: float
    remaining: int


_JSON_FIELDS = {
    "reply_markup", "commands", "results", "entities", "allowed_updates", "scope",
    "reply_parameters", "link_preview_options", "button", "caption_entities",
}  # fmt: skip
_INT_FIELDS = {
    "chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "max_connections",
    "reply_to_message_id", "message_thread_id",
}  # fmt: skip
_BOOL_FIELDS = {
    "is_personal", "show_alert", "disable_notification", "drop_pending_updates",
    "protect_content", "allow_sending_without_reply", "disable_web_page_preview",
}  # fmt: skip


def _normalise(params: dict[str, Any]) -> dict[str, Any]:
    """Form bodies carry strings; turn them into what a JSON body would have held."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, str):
            if key in _JSON_FIELDS:
                try:
                    value = json.loads(value)
                except json.JSONDecodeError:
                    raise bad_request(f"can't parse {key} JSON object") from None
            elif key in _INT_FIELDS and re.fullmatch(r"-?[0-9]+", value):
                value = int(value)
            elif key in _BOOL_FIELDS and value.lower() in ("true", "false"):
                value = value.lower() == "true"
        out[key] = value
    return out


class BotAPIServer:
    """A Bot API on 127.0.0.1 (random port) that a real PTB bot can poll and post to."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.arrivals: list[str] = []  # every method called, when the request came in
        self.commands: dict[str, list[dict[str, Any]]] = {}  # default scope, by language
        self.chat_commands: dict[tuple[int, str], list[dict[str, Any]]] = {}  # chat scope
        self.webhook: dict[str, Any] = {}
        self.webhook_deliveries: list[tuple[int, int]] = []  # (update_id, HTTP status)
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._updates: list[dict[str, Any]] = []
        self._update_id = 1000
        self._allowed: set[str] | None = None
        self._updates_changed = asyncio.Event()
        self._calls_changed = asyncio.Event()
        self._chats: dict[int, dict[str, Any]] = {}
        self._next_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._callbacks: dict[str, dict[str, Any]] = {}
        self._inline: dict[str, dict[str, Any]] = {}
        self._failures: list[_Failure] = []
        self._delays: list[_Delay] = []
        self._counter = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._client: ClientSession | None = None
        self._waiting: dict[int, list[asyncio.Future[dict[str, Any]]]] = {}
        self._handlers: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "answerinlinequery": self._answer_inline_query,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletewebhook": self._delete_webhook,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendchataction": self._send_chat_action,
        }

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """What TELEGRAM_API_URL should be: PTB appends the token."""
        return f"http://127.0.0.1:{self._port}/bot"

    def expect_port(self, port: int) -> None:
        """Hand out the URL of `port` before `start(port)`: for an API that is down at first."""
        self._port = port

    async def start(self, port: int = 0) -> BotAPIServer:
        """Listen on 127.0.0.1:`port` (0: any free port)."""
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        # A short shutdown: close() cuts a pending long poll like a server going away would.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self._port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        """Stop listening (connections are then refused); `start(port)` may open it again
        with every recorded call, chat and queued update kept."""
        for task in list(self._tasks):
            task.cancel()
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- failure injection ---------------------------------------------------------------

    def fail_next(
        self,
        method: str | None = None,
        *,
        status: int = 500,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """Answer the next `count` calls (of `method`, or of any method) with an error.
        status 429 carries parameters.retry_after (default 1 s)."""
        if status == 429 and retry_after is None:
            retry_after = 1
        self._failures.append(
            _Failure(method and method.lower(), status, count, retry_after, description)
        )

    def delay_next(self, method: str | None = None, *, seconds: float, count: int = 1) -> None:
        """Hold the response to the next `count` calls (of `method`, or of any) for `seconds`
        after the call took effect, like a slow network: beyond the client's read timeout the
        message is sent all the same, but the client never hears so."""
        self._delays.append(_Delay(method and method.lower(), seconds, count))

    def _delay(self, method: str) -> float:
        for delay in self._delays:
            if delay.remaining > 0 and delay.method in (None, method):
                delay.remaining -= 1
                return delay.seconds
        return 0.0

    def _injected(self, method: str) -> APIError | None:
        for failure in self._failures:
            if failure.remaining > 0 and failure.method in (None, method):
                failure.remaining -= 1
                if failure.status == 429:
                    return APIError(
                        429,
                        failure.description
                        or f"Too Many Requests: retry after {failure.retry_after}",
                        {"retry_after": failure.retry_after},
                    )
                default = "Internal Server Error" if failure.status >= 500 else "Error"
                return APIError(failure.status, failure.description or default)
        return None

    # -- HTTP ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        self.arrivals.append(method)
        self._calls_changed.set()
        self._calls_changed = asyncio.Event()
        if request.match_info["token"] != self.token:
            return self._error(APIError(401, "Unauthorized"))
        try:
            params = dict(request.query)
            if request.method == "POST" and request.can_read_body:
                if request.content_type == "application/json":
                    body = await request.json()
                    if not isinstance(body, dict):
                        raise bad_request("the request body must be a JSON object")
                    params.update(body)
                else:
                    form = await request.post()
                    params.update({k: v for k, v in form.items() if isinstance(v, str)})
            params = _normalise(params)
        except APIError as exc:
            return self._error(exc, method, {})
        handler = self._handlers.get(method)
        if handler is None:
            return self._error(APIError(404, "Not Found"), method, params)
        injected = self._injected(method)
        if injected is not None:
            return self._error(injected, method, params)
        delay = self._delay(method)
        try:
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
        except APIError as exc:
            return self._error(exc, method, params)
        self._record(method, params, 200, result)
        if delay:
            # Cancelled when the client gives up (handler_cancellation): the call stands.
            await asyncio.sleep(delay)
        return web.json_response({"ok": True, "result": result})

    def _error(
        self, exc: APIError, method: str = "", params: dict[str, Any] | None = None
    ) -> web.Response:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": exc.code,
            "description": exc.description,
        }
        if exc.parameters:
            body["parameters"] = exc.parameters
        if method:
            self._record(method, params or {}, exc.code, body)
        return web.json_response(body, status=exc.code)

    def _record(self, method: str, params: dict[str, Any], status: int, result: Any) -> None:
        self.calls.append(Call(method, params, status, result, time.monotonic()))
        self._calls_changed.set()
        self._calls_changed = asyncio.Event()

    # -- methods -------------------------------------------------------------------------

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return dict(BOT_USER)

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = float(params.get("timeout") or 0)
        if self.webhook.get("url"):
            raise APIError(409, "Conflict: can't use getUpdates method while webhook is active")
        if "allowed_updates" in params and params["allowed_updates"] is not None:
            allowed = params["allowed_updates"]
            self._allowed = set(allowed) if allowed else None
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            ready = self._updates[:limit]
            remaining = deadline - asyncio.get_running_loop().time()
            if ready or remaining <= 0:
                return ready
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._updates_changed.wait(), remaining)

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        if not isinstance(chat_id, int) or chat_id not in self._chats:
            raise bad_request("chat not found")
        return self._chats[chat_id]

    def _new_message_id(self, chat_id: int) -> int:
        self._next_message_id[chat_id] = self._next_message_id.get(chat_id, 0) + 1
        return self._next_message_id[chat_id]

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        plain, entities = check_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = check_markup(params.get("reply_markup"))
        reply_to = (params.get("reply_parameters") or {}).get("message_id") or params.get(
            "reply_to_message_id"
        )
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat["id"]),
            "from": dict(BOT_USER),
            "chat": chat,
            "date": int(time.time()),
            "text": plain,
        }
        if entities:
            message["entities"] = entities
        if markup is not None:
            message["reply_markup"] = markup
        if reply_to:
            original = self._messages.get((chat["id"], int(reply_to)))
            if original is not None:
                message["reply_to_message"] = {
                    k: v for k, v in original.items() if k != "reply_to_message"
                }
        self._messages[(chat["id"], message["message_id"])] = message
        for waiter in self._waiting.pop(chat["id"], []):
            if not waiter.done():
                waiter.set_result(message)
        return message

    def next_message(self, chat_id: int) -> asyncio.Future[dict[str, Any]]:
        """A future for the next message the bot sends to `chat_id` (cheap: for load tests)."""
        waiter = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(chat_id, []).append(waiter)
        return waiter

    def _target(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(params.get("chat_id"))
        message = self._messages.get((chat["id"], params.get("message_id")))  # type: ignore[arg-type]
        if message is None or message.get("from", {}).get("id") != BOT_ID:
            raise bad_request("message to edit not found")
        return message

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._target(params)
        plain, entities = check_text(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = check_markup(params.get("reply_markup"))
        if (
            plain == message["text"]
            and entities == message.get("entities", [])
            and markup == message.get("reply_markup")
        ):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.update(text=plain, entities=entities, edit_date=int(time.time()))
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        return message

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._target(params)
        markup = check_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup"):
            raise bad_request("message is not modified")
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return message

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query = self._callbacks.get(str(params.get("callback_query_id")))
        if query is None or query.get("answered"):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query["answered"] = True
        query["answer"] = params
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query = self._inline.get(str(params.get("inline_query_id")))
        if query is None or query.get("answered"):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise bad_request(
                "RESULTS_TOO_MUCH" if isinstance(results, list) else "RESULTS_INVALID"
            )
        ids = set()
        for result in results:
            rid = str(result.get("id", ""))
            if not 1 <= len(rid.encode()) <= 64 or rid in ids:
                raise bad_request("RESULT_ID_INVALID" if rid not in ids else "RESULT_ID_DUPLICATE")
            ids.add(rid)
            if result.get("type") != "article" or not str(result.get("title", "")).strip():
                raise bad_request("RESULT_TYPE_INVALID")
            content = result.get("input_message_content") or {}
            check_text(
                content.get("message_text"), content.get("parse_mode"), content.get("entities")
            )
            check_markup(result.get("reply_markup"))
        query["answered"] = True
        query["results"] = results
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 BotCommand")
        for command in commands:
            name, description = command.get("command", ""), command.get("description", "")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        lang = params.get("language_code") or ""
        scope = params.get("scope") or {"type": "default"}
        if scope.get("type") == "default":
            self.commands[lang] = commands
        elif scope.get("type") == "chat":
            chat_id = scope.get("chat_id")
            if not isinstance(chat_id, int) or chat_id not in self._chats:
                raise bad_request("chat not found")  # the user never started the bot
            self.chat_commands[(chat_id, lang)] = commands
        else:
            raise bad_request(f"unsupported scope {scope.get('type')!r} (not used by this bot)")
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(params.get("language_code") or "", [])

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret} if url else {}
        if url:
            for update in self._updates:
                self._deliver(update)
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._chat(params.get("chat_id"))
        if params.get("action") not in {
            "typing", "upload_photo", "record_video", "upload_video", "record_voice",
            "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note",
        }:  # fmt: skip
            raise bad_request("wrong parameter action in request")
        return True

    # -- pushing updates -----------------------------------------------------------------

    def _push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        self._update_id += 1
        update = {"update_id": self._update_id, kind: payload}
        allowed = self._allowed
        if (allowed is not None and kind not in allowed) or (
            allowed is None and kind in _DEFAULT_EXCLUDED
        ):
            return update  # Telegram does not even create it
        if self.webhook.get("url"):
            self._deliver(update)
        else:
            self._updates.append(update)
            self._updates_changed.set()
            self._updates_changed = asyncio.Event()
        return update

    def _deliver(self, update: dict[str, Any]) -> None:
        task = asyncio.get_running_loop().create_task(self._post_webhook(update))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _post_webhook(self, update: dict[str, Any]) -> None:
        if self._client is None:
            self._client = ClientSession(timeout=ClientTimeout(total=10))
        headers = {}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        for _ in range(100):  # like Telegram, keep trying while the bot comes up
            try:
                async with self._client.post(
                    self.webhook["url"], json=update, headers=headers
                ) as response:
                    self.webhook_deliveries.append((update["update_id"], response.status))
                    if response.status < 500:
                        return
            except OSError:
                pass
            await asyncio.sleep(0.1)

    def register_chat(self, chat: dict[str, Any]) -> dict[str, Any]:
        self._chats.setdefault(chat["id"], chat)
        return self._chats[chat["id"]]

    def push_message(
        self,
        text: str | None = None,
        *,
        user: dict[str, Any],
        chat: dict[str, Any] | None = None,
        reply_to: Sent | dict[str, Any] | None = None,
        edited: dict[str, Any] | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """Queue a message from `user` (private chat unless `chat` is given). Commands and
        @mentions get their entities the way Telegram adds them. `edited` re-sends an earlier
        message as an edited_message with new text."""
        chat = self.register_chat(chat or private_chat(user))
        if edited is not None:
            message = dict(edited, edit_date=int(time.time()))
            if text is not None:
                message["text"] = text
                message["entities"] = _auto_entities(text)
            return self._push("edited_message", message)
        message = {
            "message_id": self._new_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        if text is not None:
            message["text"] = text
            entities = _auto_entities(text)
            if entities:
                message["entities"] = entities
        if content.get("caption"):
            entities = _auto_entities(content["caption"])
            if entities:
                message["caption_entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to.raw if isinstance(reply_to, Sent) else reply_to
        self._messages[(chat["id"], message["message_id"])] = message
        self._push("message", message)
        return message

    def push_callback(self, sent: Sent, data: str, *, user: dict[str, Any]) -> str:
        """Queue a tap on a button of `sent` carrying `data` (any string: forged data too)."""
        self._counter += 1
        query_id = f"cbq{self._counter}"
        current = self._messages.get((sent.chat_id, sent.message_id), sent.raw)
        self._callbacks[query_id] = {"answered": False}
        self._push(
            "callback_query",
            {
                "id": query_id,
                "from": user,
                "message": current,
                "chat_instance": f"ci{sent.chat_id}",
                "data": data,
            },
        )
        return query_id

    def push_inline_query(self, query: str, *, user: dict[str, Any]) -> str:
        self._counter += 1
        query_id = f"iq{self._counter}"
        self._inline[query_id] = {"answered": False}
        self._push(
            "inline_query",
            {"id": query_id, "from": user, "query": query, "offset": "", "chat_type": "sender"},
        )
        return query_id

    # -- observing the bot ---------------------------------------------------------------

    def sent(self, chat_id: int | None = None, since: int = 0) -> list[Sent]:
        """Messages the bot sent successfully (to `chat_id`), from call number `since` on."""
        out = []
        for call in self.calls[since:]:
            if call.method != "sendmessage" or call.status != 200:
                continue
            if chat_id is None or call.result["chat"]["id"] == chat_id:
                out.append(self._as_sent(call))
        return out

    def _as_sent(self, call: Call) -> Sent:
        message = call.result
        return Sent(
            chat_id=message["chat"]["id"],
            message_id=message["message_id"],
            html=call.params.get("text", ""),
            text=message["text"],
            entities=message.get("entities", []),
            reply_markup=message.get("reply_markup"),
            reply_to=(message.get("reply_to_message") or {}).get("message_id"),
            raw=message,
        )

    def current(self, sent: Sent) -> Sent:
        """The message as it is now (after edits)."""
        message = self._messages[(sent.chat_id, sent.message_id)]
        return Sent(
            sent.chat_id,
            sent.message_id,
            sent.html,
            message["text"],
            message.get("entities", []),
            message.get("reply_markup"),
            sent.reply_to,
            message,
        )

    def calls_to(self, method: str, since: int = 0) -> list[Call]:
        return [c for c in self.calls[since:] if c.method == method.lower()]

    def answered(self, query_id: str) -> dict[str, Any] | None:
        """What the bot answered to a callback or inline query (None while unanswered)."""
        query = self._callbacks.get(query_id) or self._inline.get(query_id) or {}
        if not query.get("answered"):
            return None
        return query.get("answer") or {"results": query.get("results")}

    async def wait_until(self, condition: Callable[[], Any], within: float = 10.0) -> Any:
        """Wait until `condition()` is truthy (re-checked after every call the bot makes)."""
        deadline = asyncio.get_running_loop().time() + within
        while True:
            event = self._calls_changed
            value = condition()
            if value:
                return value
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                recent = [(c.method, c.status) for c in self.calls[-8:]]
                raise TimeoutError(f"condition not met in {within} s; last calls: {recent}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.5))

    async def replies(
        self, chat_id: int, since: int, count: int = 1, within: float = 10.0
    ) -> list[Sent]:
        """Wait for `count` messages to `chat_id` sent after call number `since`."""
        return await self.wait_until(  # type: ignore[no-any-return]
            lambda: (found := self.sent(chat_id, since)) and len(found) >= count and found,
            within,
        )

    async def ask(
        self,
        text: str,
        *,
        user: dict[str, Any],
        chat: dict[str, Any] | None = None,
        count: int = 1,
        within: float = 10.0,
        **content: Any,
    ) -> list[Sent]:
        """Send `text` as `user` and return the bot's first `count` replies."""
        since = len(self.calls)
        message = self.push_message(text, user=user, chat=chat, **content)
        return await self.replies(message["chat"]["id"], since, count, within)

    async def tap(
        self, sent: Sent, data: str, *, user: dict[str, Any], within: float = 10.0
    ) -> dict[str, Any]:
        """Tap a button (or send forged data); returns the answerCallbackQuery parameters."""
        query_id = self.push_callback(sent, data, user=user)
        return await self.wait_until(lambda: self.answered(query_id), within)  # type: ignore[no-any-return]

    async def inline(
        self, query: str, *, user: dict[str, Any], within: float = 10.0
    ) -> list[dict[str, Any]]:
        """Type `@bot query`; returns the articles the bot offered."""
        query_id = self.push_inline_query(query, user=user)
        answer = await self.wait_until(lambda: self.answered(query_id), within)
        return answer["results"]  # type: ignore[no-any-return]

    async def settle(self, quiet: float = 0.3, within: float = 10.0) -> None:
        """Wait until the bot has made no call except getUpdates for `quiet` seconds."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            busy = [c for c in self.calls if c.method != "getupdates"]
            last = busy[-1].at if busy else 0.0
            if time.monotonic() - last >= quiet:
                return
            await asyncio.sleep(quiet / 3)


_MENTION = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{4,31}\b")
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z][A-Za-z0-9_]{4,31})?")


def _auto_entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities, as Telegram's clients and servers add them."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group()),
                }
            )
    return sorted(found, key=lambda e: e["offset"])


# --------------------------------------------------------------------------------------------
# Users and chats


def user(
    user_id: int, language_code: str | None = "nl", first_name: str = "Ondernemer"
) -> dict[str, Any]:
    person: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        person["language_code"] = language_code
    return person


def private_chat(person: dict[str, Any]) -> dict[str, Any]:
    return {"id": person["id"], "type": "private", "first_name": person["first_name"]}


def group_chat(
    chat_id: int, title: str = "Ondernemers Oost", kind: str = "supergroup"
) -> dict[str, Any]:
    return {"id": chat_id, "type": kind, "title": title}


STICKER = {
    "file_id": "CAACAgIAAxkBAAEBsticker",
    "file_unique_id": "AgADsticker",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
    "emoji": "👍",
}
PHOTO = [{"file_id": "AgACAgphoto", "file_unique_id": "AQADphoto", "width": 90, "height": 60}]
VOICE = {"file_id": "AwACAgvoice", "file_unique_id": "AgADvoice", "duration": 3}
DOCUMENT = {"file_id": "BQACAgdoc", "file_unique_id": "AgADdoc", "file_name": "offerte.pdf"}
LOCATION = {"latitude": 52.2215, "longitude": 6.8937}


# --------------------------------------------------------------------------------------------
# The bot under test


class BotProcess:
    """`python -m bot run` as a subprocess, pointed at a BotAPIServer."""

    def __init__(
        self,
        server: BotAPIServer,
        knowledge_dir: Path,
        data_dir: Path,
        *,
        env: dict[str, str] | None = None,
        token: str | None = TOKEN,
        log_path: Path | None = None,
        cwd: Path = REPO,
    ) -> None:
        self.server = server
        self.log_path = log_path or data_dir / "bot.log"
        self.cwd = cwd
        base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
        base.update(
            KNOWLEDGE_DIR=str(knowledge_dir),
            BOT_DATA_DIR=str(data_dir),
            TELEGRAM_API_URL=server.api_url,
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(REPO),
        )
        if token:
            base["TELEGRAM_BOT_TOKEN"] = token
        base.update(env or {})
        self.env = base
        self.process: subprocess.Popen[bytes] | None = None
        data_dir.mkdir(parents=True, exist_ok=True)

    def start(self) -> BotProcess:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=self.cwd,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    async def ready(self, within: float = 30.0) -> None:
        """Wait until the bot polls for updates (or has set its webhook)."""

        def up() -> bool:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"the bot exited with {self.process.returncode}:\n{self.log}")
            done = {c.method for c in self.server.calls if c.status == 200}
            return "getupdates" in self.server.arrivals or "setwebhook" in done

        try:
            await self.server.wait_until(up, within)
        except TimeoutError:
            raise TimeoutError(f"the bot did not come up:\n{self.log}") from None

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def signal(self, signum: int = signal.SIGTERM) -> None:
        assert self.process is not None
        self.process.send_signal(signum)

    async def wait(self, within: float = 15.0) -> int:
        """The exit status, waiting without blocking the event loop (the server must run)."""
        assert self.process is not None
        deadline = time.monotonic() + within
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not exit within {within} s:\n{self.log}")
            await asyncio.sleep(0.05)
        return self.process.returncode

    async def stop(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.signal(signal.SIGTERM)
        try:
            return await self.wait(15)
        except TimeoutError:
            self.process.kill()
            return self.process.wait()


# --------------------------------------------------------------------------------------------
# A small knowledge base of real YAML files


LONG_PARAGRAPH = (
    "Het Smart Industry-programma bracht bedrijven, kennisinstellingen en overheden samen om "
    "de Nederlandse maakindustrie te digitaliseren. "
) * 12
TNO = "TNO, Smart Industry Fieldlab publicatie"
MARCH_2019 = dt.date(2019, 3, 18)


def _entry(
    entry_id: str,
    nl: list[str],
    en: list[str],
    answer_nl: str,
    answer_en: str,
    source: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": entry_id,
        "questions": {"nl": nl, "en": en},
        "answer": {"nl": answer_nl, "en": answer_en},
    }
    if source:
        entry["source"] = source
    entry.update(more)
    return entry


def _lab(lab_id: str, name: str, summary: str, source: str, **more: Any) -> dict[str, Any]:
    return {
        "id": lab_id,
        "name": name,
        **more,
        "summary": {"nl": summary, "en": summary},
        "source": source,
    }


def knowledge_files() -> dict[str, dict[str, Any]]:
    """The test knowledge, file by file: the figures of the 18 March 2019 press item, four
    Hubs (one without a name, as in the sources), ten Fieldlabs, an answer too long for one
    Telegram message, and names and sources with `&`, `<` and `>` in them."""
    history = "\n\n".join(f"{n}. {LONG_PARAGRAPH.strip()}" for n in range(1, 4))
    results = [
        _entry(
            "results.jobs",
            ["Hoeveel banen hebben de Fieldlabs opgeleverd?", "hoeveel banen?",
             "banen fieldlabs", "Hoeveel werkgelegenheid is er door de Fieldlabs ontstaan?",
             "aantal arbeidsplaatsen"],
            ["How many jobs have the Fieldlabs created?",
             "How many jobs did the Fieldlabs create?", "fieldlab jobs", "number of jobs"],
            "Bij de Fieldlabs zijn tot eind 2018 naar schatting 430 directe banen gecreëerd.",
            "By the end of 2018 an estimated 430 direct jobs had been created at the Fieldlabs.",
            TNO, as_of=MARCH_2019, related=["results.investments", "results.companies"],
        ),
        _entry(
            "results.investments",
            ["Hoeveel is er geïnvesteerd in de Fieldlabs?", "investeringen fieldlabs",
             "Hoeveel geld is er in de Fieldlabs gestoken?"],
            ["How much has been invested in the Fieldlabs?", "fieldlab investments"],
            "Sinds de start in 2014 ging er € 240 miljoen aan investeringen om in de Fieldlabs.",
            "Since the start in 2014, €240 million in investments went into the Fieldlabs.",
            TNO, as_of=MARCH_2019, related=["results.jobs"],
        ),
        _entry(
            "results.companies",
            ["Hoeveel bedrijven zijn betrokken bij de Fieldlabs?", "aantal bedrijven fieldlabs"],
            ["How many companies are involved in the Fieldlabs?", "number of companies fieldlabs"],
            "Er zijn 600 bedrijven bij de Fieldlabs betrokken.",
            "600 companies are involved in the Fieldlabs.",
            TNO, as_of=MARCH_2019,
        ),
        _entry(
            "programme.history",
            ["Wat is de geschiedenis van het Smart Industry-programma?"],
            ["What is the history of the Smart Industry programme?"],
            history, history,
            "Smart Industry, jaarverslagen 2014–2019 <archief> & publicaties", as_of=MARCH_2019,
        ),
    ]  # fmt: skip
    general = [
        _entry(
            "fieldlabs.what",
            ["Wat is een Fieldlab?", "wat zijn fieldlabs", "definitie fieldlab"],
            ["What is a Fieldlab?", "what are field labs"],
            "Een Smart Industry Fieldlab is een praktijkomgeving waarin bedrijven en "
            "kennisinstellingen oplossingen ontwikkelen, testen en implementeren.",
            "A Smart Industry Fieldlab is a real-life environment where companies and knowledge "
            "institutions develop, test and implement solutions.",
            "RVO, Smart Industry Fieldlabs", related=["results.jobs"],
        ),
        _entry(
            "hubs.what",
            ["Wat is een Smart Industry Hub?", "wat is een hub",
             "Waarom zijn de regionale Hubs opgericht?"],
            ["What is a Smart Industry Hub?", "what is a hub"],
            "Er zijn vijf regionale Smart Industry Hubs. Iedere ondernemer kan bij een regionale "
            "hub aankloppen.",
            "There are five regional Smart Industry Hubs. Every entrepreneur can knock on the "
            "door of a regional hub.",
            "Smart Industry", as_of=MARCH_2019,
        ),
        _entry(
            "fieldlabs.subsidy",
            ["Is er subsidie voor Fieldlabs?", "subsidie fieldlab oprichten"],
            ["Is there a subsidy for Fieldlabs?"],
            "De regeling voor Smart Industry Fieldlabs liep via RVO.",
            "The scheme for Smart Industry Fieldlabs ran through RVO.",
            "RVO",
        ),
        _entry(
            "fieldlabs.costs",
            ["Wat kost deelname aan een Fieldlab?", "kosten fieldlab deelname"],
            ["What does it cost to take part in a Fieldlab?"],
            "Dat verschilt per Fieldlab; vraag het de Fieldlab zelf of uw regionale Hub.",
            "That differs per Fieldlab; ask the Fieldlab itself or your regional Hub.",
            "Smart Industry",
        ),
    ]  # fmt: skip
    smalltalk = [
        _entry("smalltalk.greeting", ["hoi", "hallo", "goedemorgen"], ["hi", "hello"],
               "Hallo! Ik ben Fieldbot. Vraag bijvoorbeeld: Wat is een Fieldlab?",
               "Hello! I'm Fieldbot. Try for example: What is a Fieldlab?"),
        _entry("smalltalk.thanks", ["bedankt", "dank je wel"], ["thanks", "thank you"],
               "Graag gedaan!", "You're welcome!"),
    ]  # fmt: skip
    synonyms = {
        "nl": [
            ["banen", "baan", "werkgelegenheid", "arbeidsplaatsen", "jobs"],
            ["bedrijven", "bedrijf", "ondernemingen", "mkb"],
            ["geld", "investeringen", "investering", "geïnvesteerd", "euro"],
            ["fieldlab", "fieldlabs", "proeftuin", "proeftuinen"],
        ],
        "en": [["jobs", "job", "employment", "positions"], ["companies", "company", "firms"]],
    }

    def hub(hub_id: str, summary: str, source: str, **more: Any) -> dict[str, Any]:
        return {"id": hub_id, **more, "summary": {"nl": summary, "en": summary}, "source": source}

    hubs = [
        hub("hub.noord", "De regionale Hub voor Noord-Nederland.", "rosf.nl",
            name="Smart Industry Hub Noord", region="Noord-Nederland",
            provinces=["Groningen", "Friesland", "Drenthe"]),
        hub("hub.oost", "Het Smart Industry-netwerk van Oost-Nederland.", "boostsmartindustry.nl",
            name="BOOST", aliases=["BOOST Smart Industry"], region="Oost-Nederland",
            provinces=["Gelderland", "Overijssel"], website="https://boostsmartindustry.nl",
            as_of=dt.date(2022, 7, 5)),
        hub("hub.zuid-holland", "De Smart Industry Hub van Zuid-Holland.", "tno.nl",
            name="SMITZH", region="Zuid-Holland", provinces=["Zuid-Holland"],
            website="https://smitzh.nl"),
        hub("hub.unknown", "Naam en regio van de vijfde Hub staan niet in de bronnen.",
            "smartindustry.nl"),
    ]  # fmt: skip
    fieldlabs = [
        _lab("fieldlab.robohouse", "RoboHouse", "Fieldlab voor robotica in Delft.", "robohouse.nl",
             place="Delft", province="Zuid-Holland", hub="hub.zuid-holland", themes=["robotica"]),
        _lab("fieldlab.samxl", "SAM|XL", "Automatisering van grote composietconstructies.",
             "samxl.com", place="Delft", province="Zuid-Holland", hub="hub.zuid-holland"),
        _lab("fieldlab.duurzaamheidsfabriek", "Duurzaamheidsfabriek", "Fieldlab in Dordrecht.",
             "duurzaamheidsfabriek.nl", place="Dordrecht", province="Zuid-Holland",
             hub="hub.zuid-holland"),
        _lab("fieldlab.rosf", "Region of Smart Factories", "Slimme fabrieken in het noorden.",
             "rosf.nl", place=["Drachten", "Hoogeveen"], province=["Friesland", "Drenthe"],
             hub="hub.noord"),
        _lab("fieldlab.5groningen", "5Groningen", "Proeftuin voor 5G.", "linkmagazine.nl",
             place="Groningen", province="Groningen", hub="hub.noord", themes=["5g"]),
        _lab("fieldlab.technologies-added", "Technologies Added",
             "Gedeelde slimme fabriek in Emmen.", "linkmagazine.nl", place="Emmen",
             province="Drenthe", hub="hub.noord"),
        _lab("fieldlab.bouwlab", "BouwLab R&Do", "Fieldlab voor de bouw <R&D>.", "bouwlab.com",
             place="Haarlem", province="Noord-Holland", themes=["bouw"]),
        _lab("fieldlab.industrial-robotics", "Fieldlab Industrial Robotics",
             "Robotica voor het mkb.", "fieldlab-ir.nl", place="Harderwijk",
             province="Gelderland", hub="hub.oost"),
        _lab("fieldlab.flexible-manufacturing", "Fieldlab Flexible Manufacturing",
             "Flexibele productie.", "brainportindustries.com", place="Eindhoven",
             province="Noord-Brabant"),
        _lab("fieldlab.sociale-innovatie", "Fieldlab Sociale Innovatie",
             "Landelijk fieldlab voor sociale innovatie.", "smartindustry.nl",
             themes=["sociale-innovatie"]),
    ]  # fmt: skip
    return {
        "results.yaml": {"entries": results},
        "general.yaml": {"entries": general},
        "smalltalk.yaml": {"smalltalk": smalltalk},
        "synonyms.yaml": {"synonyms": synonyms},
        "directory.yaml": {"hubs": hubs, "fieldlabs": fieldlabs},
    }


class _PlainDumper(yaml.SafeDumper):
    """YAML as staff write it: no anchors or aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write_knowledge(directory: Path, files: dict[str, dict[str, Any]] | None = None) -> Path:
    """Write the test knowledge base (or `files`, e.g. an edited `knowledge_files()`) into
    `directory` as real YAML files and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in (knowledge_files() if files is None else files).items():
        text = yaml.dump(
            content, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False, width=99
        )
        (directory / name).write_text(text, encoding="utf-8")
    return directory


class CannotMakeReadOnly(Exception):
    """Running as root on a file system without the immutable flag: nothing is read-only."""


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only: by mode for a normal user, immutable for root (who
    ignores modes). Everything is made writable again on the way out."""
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in paths}
    immutable: list[Path] = []
    try:
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        if os.access(paths[0], os.W_OK):
            for p in paths:
                done = subprocess.run(["chattr", "+i", str(p)], capture_output=True, check=False)
                if done.returncode != 0:
                    break
                immutable.append(p)
        if os.access(paths[0], os.W_OK):
            raise CannotMakeReadOnly(str(paths[0]))
        yield
    finally:
        for p in immutable:
            subprocess.run(["chattr", "-i", str(p)], check=True)
        for p, mode in modes.items():
            p.chmod(mode)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------------------
# What end-to-end tests share: the running pair and polling the bot's batched writes


async def eventually(check: Callable[[], Any], within: float = 20.0) -> Any:
    """Poll `check` (the bot writes its log in batches, off the reply path) until truthy."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        value = check()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not true within {within} s: {check}")
        await asyncio.sleep(0.1)


@dataclass
class BotHarness:
    """A Bot API server, the bot subprocess pointed at it, and the bot's data folder."""

    api: BotAPIServer
    bot: BotProcess
    data: Path

    @property
    def db(self) -> Path:
        return self.data / "fieldbot.sqlite3"

    def key(self, person: dict[str, Any]) -> str:
        """The pseudonymous key the bot files `person` under (same secret file, same HMAC)."""
        return user_key(load_or_create_secret(self.data, None), person["id"])

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with contextlib.closing(
            sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=5)
        ) as conn:
            return conn.execute(sql, params).fetchall()
