"""A Telegram Bot API server on 127.0.0.1 for end-to-end tests.

`BotAPIServer` serves `/bot<TOKEN>/<method>` with aiohttp and validates requests the way
Telegram does (support.telegram_html): message texts are 1–4096 characters after entity
parsing, callback data is at most 64 bytes, an unknown method is a 404. It can fail the next
N calls with a 429 (with `retry_after`) or a 5xx, records every call, and has helpers to push
updates (messages, button taps, inline queries) and await the bot's replies. Files work as
on Telegram: `upload()` sends the bot a document, `getFile` gives its `file_path`, and
`/file/bot<TOKEN>/<file_path>` serves its bytes; `sendDocument` takes a multipart upload and
`documents()` returns what the bot sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

from support.telegram_html import (
    APIError,
    bad_request,
    check_markup,
    check_text,
    utf16_len,
)

TOKEN = "123:TEST"
BOT_ID = 123
BOT_USERNAME = "fieldbot_test_bot"

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
class SentDocument:
    """A file the bot sent with sendDocument."""

    chat_id: int
    file_name: str
    content: bytes


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
        self._files: dict[str, bytes] = {}  # file_id -> content, both ways
        self._file_paths: dict[str, str] = {}  # file_path -> file_id
        self.downloads: list[str] = []  # every file_path the bot downloaded
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
            "getfile": self._get_file,
            "senddocument": self._send_document,
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
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._download)
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
                    for key, value in form.items():  # multipart uploads (sendDocument)
                        if isinstance(value, web.FileField):
                            content = value.file.read()
                            params[key] = {"file_name": value.filename, "content": content}
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

    async def _download(self, request: web.Request) -> web.Response:
        """`/file/bot<TOKEN>/<file_path>`: the bytes of a file getFile handed out."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        path = request.match_info["path"]
        file_id = self._file_paths.get(path)
        if file_id is None:
            return web.Response(status=404, text="Not Found")
        self.downloads.append(path)
        return web.Response(body=self._files[file_id], content_type="application/octet-stream")

    # -- methods -------------------------------------------------------------------------

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id") or "")
        if file_id not in self._files:
            raise bad_request("wrong file_id or the file is temporarily unavailable")
        path = f"documents/file_{len(self._file_paths) + 1}.yaml"
        self._file_paths[path] = file_id
        content = self._files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content),
            "file_path": path,
        }

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        document = params.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = params.get(document.removeprefix("attach://"))
        if not isinstance(document, dict):
            raise bad_request("there is no document in the request")
        self._counter += 1
        file_id = f"BQACAgsent{self._counter}"
        self._files[file_id] = document["content"]
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat["id"]),
            "from": dict(BOT_USER),
            "chat": chat,
            "date": int(time.time()),
            "document": {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_name": document["file_name"],
                "file_size": len(document["content"]),
            },
        }
        if params.get("caption"):
            message["caption"], _ = check_text(params["caption"], params.get("parse_mode"), None)
        self._messages[(chat["id"], message["message_id"])] = message
        return message

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
        thread = params.get("message_thread_id")
        if thread and chat.get("is_forum"):
            # Telegram: a message sent into a forum topic says so (General has no id).
            message.update(message_thread_id=int(thread), is_topic_message=True)
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
        url = str(self.webhook["url"])
        if url.startswith("https://127.0.0.1:"):
            # The TLS-terminating reverse proxy in front of the bot (README's nginx example):
            # Telegram posts to https, the bot itself serves plain http on 127.0.0.1.
            url = "http://" + url.removeprefix("https://")
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        for _ in range(100):  # like Telegram, keep trying while the bot comes up
            try:
                async with self._client.post(url, json=update, headers=headers) as response:
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

    def upload(
        self,
        content: bytes,
        file_name: str,
        *,
        user: dict[str, Any],
        file_size: int | None = None,
    ) -> dict[str, Any]:
        """Queue a document from `user` in their private chat; `file_size` is what the
        client claims (the real size unless given)."""
        self._counter += 1
        file_id = f"BQACAgup{self._counter}"
        self._files[file_id] = content
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "mime_type": "application/yaml",
            "file_size": len(content) if file_size is None else file_size,
        }
        return self.push_message(user=user, document=document)

    async def send_file(
        self,
        content: bytes,
        file_name: str,
        *,
        user: dict[str, Any],
        count: int = 1,
        within: float = 20.0,
        file_size: int | None = None,
    ) -> list[Sent]:
        """Send the bot a document as `user`; returns its first `count` replies."""
        since = len(self.calls)
        message = self.upload(content, file_name, user=user, file_size=file_size)
        return await self.replies(message["chat"]["id"], since, count, within)

    def documents(self, chat_id: int, since: int = 0) -> list[SentDocument]:
        """The files the bot sent to `chat_id` with sendDocument, from call number `since` on."""
        out = []
        for call in self.calls[since:]:
            if call.method != "senddocument" or call.status != 200:
                continue
            if call.result["chat"]["id"] == chat_id:
                doc = call.result["document"]
                out.append(SentDocument(chat_id, doc["file_name"], self._files[doc["file_id"]]))
        return out

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
    chat_id: int, title: str = "Ondernemers Oost", kind: str = "supergroup", *, forum: bool = False
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": kind, "title": title}
    if forum:
        chat["is_forum"] = True  # a supergroup with topics
    return chat


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
