"""The Telegram channel on python-telegram-bot 22: the only module that imports `telegram`.

Handlers translate between Telegram and the Assistant and nothing more. Everything is wired in
`build_application`; `serve` opens the Storage (question log, votes, preferences) inside the
event loop, polls (or runs a webhook), reloads the knowledge when staff edit it, and stops
cleanly on SIGTERM, closing the Storage last. The directory browser (/fieldlabs, /hubs) keeps
no state on the server: every screen is named by its button's callback data and edited in
place.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dt
import hashlib
import hmac
import html
import importlib.util
import json
import logging
import math
import os
import re
import secrets
import signal
import sys
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path, PurePath
from typing import Any, Final
from urllib.parse import urlsplit

import httpx
from telegram import (  # noqa: TID251 - this module is the Telegram channel
    Bot,
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode  # noqa: TID251
from telegram.error import (  # noqa: TID251
    BadRequest,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (  # noqa: TID251
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import texts
from bot.assistant import Assistant, Link, Reply
from bot.cards import hub_name, themes_text
from bot.config import Config, ConfigError
from bot.knowledge import Fieldlab, Hub, KnowledgeBase, KnowledgeError, load_knowledge
from bot.reload import KnowledgeReloader, ReloadResult
from bot.report import Report, recent_report
from bot.storage import Preferences, Stats, Storage, StorageUnavailable, load_or_create_secret
from bot.text import strip_invisible, tokens

LANGS: Final = ("nl", "en")
MAX_MESSAGE_CHARS: Final = 4096  # Telegram's limit, counted after entity parsing
MAX_CALLBACK_BYTES: Final = 64
MAX_INLINE_RESULTS: Final = 5
LIST_PAGE_SIZE: Final = 8  # Fieldlabs or Hubs on one page of the directory browser
PICKER_PAGE_SIZE: Final = 14  # provinces or themes on one page (two buttons a row)
BUTTON_CHARS: Final = 60
QUOTE_CHARS: Final = 120
SHUTDOWN_SECONDS: Final = 8.0  # SIGTERM must end the process within 10 s
# Few connections, kept busy: httpcore rescans every idle connection for each request, so a
# large pool costs CPU (measured: 256 connections 7.2 ms per reply, 8 connections 3.9 ms).
# Eight requests in flight carry well over Telegram's own cap of about 30 messages a second.
HTTP_CONNECTIONS: Final = 8
CONCURRENT_UPDATES: Final = 64
ALLOWED_UPDATES: Final = ("message", "edited_message", "callback_query", "inline_query")
# Telegram sends an inline query per keystroke: only the text a user stopped typing at for this
# long is logged, so the log holds "hoeveel banen?" and not "h", "ho", "hoe", …
INLINE_LOG_QUIET_SECONDS: Final = 2.5
UNANSWERED_SHOWN: Final = 10
HEALTH_SECONDS: Final = 60.0  # BOT_HEALTH_SECONDS: how often `event=health` is logged
REGION_CLEAR_WORDS: Final = frozenset({"wis", "wissen", "clear", "geen", "none", "-"})

TelegramApp = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE

log = logging.getLogger("bot.telegram")
# True while an admin's /reload runs: its outcome goes to that admin in the reply, so the
# reload callback does not also message every admin about it.
_manual_reload: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "manual_reload", default=False
)
log = logging.getLogger("bot.telegram")


# --------------------------------------------------------------------------------------------
# Logging: one line per event, key=value, never a raw user id, name or token


def _field(value: object) -> str:
    text = str(value)
    if not text or any(ch in text for ch in ' ="\n\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


def log_event(event: str, level: int = logging.INFO, **fields: object) -> None:
    """Log `event=… key=value …`; fields that are None are left out."""
    if log.isEnabledFor(level):
        parts = " ".join(f"{k}={_field(v)}" for k, v in fields.items() if v is not None)
        log.log(level, "event=%s%s", event, f" {parts}" if parts else "")


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
        text = super().format(record)
        if self._redact is not None:
            text = self._redact.sub("<redacted>", text)
        return text


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


class Pseudonyms:
    """Keyed hash of a Telegram user id: stable for one key, meaningless without it.
    HMAC-SHA256 of the decimal id, 32 hex characters: the same key as bot.storage makes."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    @classmethod
    def from_config(cls, config: Config) -> Pseudonyms:
        return cls(config.secret.encode("utf-8") if config.secret else None)

    def __call__(self, user_id: int | None) -> str:
        if user_id is None:
            return "anonymous"
        digest = hmac.new(self._key, str(int(user_id)).encode("ascii"), hashlib.sha256)
        return digest.hexdigest()[:32]


# --------------------------------------------------------------------------------------------
# Per-user rate limit


class UserRateLimiter:
    """At most `limit` messages per user in any `window` seconds; says so once per episode."""

    ALLOW: Final = "allow"
    WARN: Final = "warn"  # the first message over the limit: tell the user once
    DROP: Final = "drop"  # every further one until the window frees up: stay silent

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = max(1, limit)
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._warned: set[str] = set()
        self._checks = 0

    def check(self, user: str) -> str:
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
            return self.ALLOW
        if user in self._warned:
            return self.DROP
        self._warned.add(user)
        return self.WARN

    def _sweep(self, now: float) -> None:
        idle = [u for u, h in self._hits.items() if not h or now - h[-1] >= self.window]
        for user in idle:
            del self._hits[user]
            self._warned.discard(user)


# --------------------------------------------------------------------------------------------
# Talking to the Bot API: 429 and transient failures


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns about the int/timedelta migration
        value = exc.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)


def _may_retry(exc: NetworkError) -> bool:
    """True when the request surely did not get through (5xx, refused, pool exhausted)."""
    if isinstance(exc, BadRequest):
        return False
    if isinstance(exc, TimedOut):
        # A read or write timeout may come after Telegram acted: retrying could send twice.
        return isinstance(exc.__cause__, (httpx.ConnectTimeout, httpx.PoolTimeout))
    return True


class PatientRequests(BaseRateLimiter[int]):
    """Honours 429 `retry_after` (pausing every request meanwhile) and retries 5xx/refused
    connections with exponential backoff. getUpdates has its own retry loop in PTB."""

    def __init__(
        self,
        *,
        max_retries: int = 4,
        max_wait: float = 60.0,
        backoff: float = 0.5,
        in_flight: int = HTTP_CONNECTIONS,
    ) -> None:
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.backoff = backoff
        self._resume_at = 0.0
        # At most as many requests in flight as the connection pool holds: waiting here is
        # cheap, while httpcore rescans its whole pool for every queued request.
        self._slots = asyncio.Semaphore(in_flight)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        delay = self.backoff
        attempt = 0
        while True:
            pause = self._resume_at - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)  # a 429 elsewhere paused every request
            try:
                async with self._slots:
                    return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = _retry_after_seconds(exc)
                if attempt >= self.max_retries or wait > self.max_wait:
                    raise
                self._resume_at = max(self._resume_at, time.monotonic() + wait + 0.1)
                log_event("telegram_429", logging.WARNING, method=endpoint, retry_after=wait)
            except NetworkError as exc:
                if attempt >= self.max_retries or not _may_retry(exc):
                    raise
                log_event(
                    "telegram_retry",
                    logging.WARNING,
                    method=endpoint,
                    error=type(exc).__name__,
                    wait=delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 8.0)
            attempt += 1


# --------------------------------------------------------------------------------------------
# Callback data: short, versionless, validated; no action here can change anything but the
# tapping user's own language, vote or view.


_ID: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,43}\Z")
_REF: Final = re.compile(r"(?:[a-z0-9][a-z0-9._-]{0,43}|#[0-9a-f]{20})\Z")
_NUMBER: Final = re.compile(r"(?:0|[1-9][0-9]{0,2})\Z")  # no leading zeros: one spelling each
_TICKET: Final = re.compile(r"[A-Za-z0-9_-]{1,16}\Z")
_SHORT: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,23}\Z")
_VIEW_REF: Final = re.compile(r"(?:[a-z0-9][a-z0-9._-]{0,23}|#[0-9a-f]{12}|-)\Z")

# The screens of the directory browser and what each names in callback data:
#   m                the /fieldlabs menu          P, T page   province / theme picker
#   H page           the Hubs                     p, t ref page   Fieldlabs in a province / on
#   h ref page       the Fieldlabs of a Hub                        a theme ("-": none given)
#   f ref            a Fieldlab card              b ref       a Hub card
# A button carries the screen to show and, optionally, the screen its back button leads to.
_VIEW_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "m": (),
    "P": ("page",),
    "T": ("page",),
    "H": ("page",),
    "p": ("ref", "page"),
    "t": ("ref", "page"),
    "h": ("ref", "page"),
    "f": ("ref",),
    "b": ("ref",),
}


@dataclass(frozen=True)
class View:
    """One screen of the directory browser."""

    kind: str
    ref: str = ""  # a view_ref() of a record id, province or theme
    page: int = 0

    def encode(self) -> str:
        parts = [self.kind]
        for name in _VIEW_FIELDS[self.kind]:
            parts.append(self.ref if name == "ref" else str(self.page))
        return ":".join(parts)


def view_ref(value: str) -> str:
    """A record id, province or theme as a button carries it: itself when short and plain,
    else a hash that the browser maps back against the current knowledge."""
    if _SHORT.match(value):
        return value
    return "#" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


def _decode_views(args: Sequence[str]) -> tuple[View, View | None] | None:
    views: list[View] = []
    at = 0
    while at < len(args) and len(views) < 2:
        kind = args[at]
        names = _VIEW_FIELDS.get(kind)
        if names is None:
            return None
        values = args[at + 1 : at + 1 + len(names)]
        if len(values) != len(names):
            return None
        ref, page = "", 0
        for name, value in zip(names, values, strict=True):
            if name == "ref":
                if not _VIEW_REF.match(value):
                    return None
                ref = value
            elif _NUMBER.match(value):
                page = int(value)
            else:
                return None
        views.append(View(kind, ref, page))
        at += 1 + len(names)
    if at != len(args) or not views:
        return None
    return views[0], views[1] if len(views) > 1 else None


@dataclass(frozen=True)
class Action:
    """A decoded button: what to do, in which language, on what."""

    kind: str  # a=answer entry, q=example question, v=vote, d=directory screen, h=the Hubs
    # (as a new message), l=set language, x=nothing (a thank-you button); c=card and
    # p=list page are buttons of earlier versions, still understood
    lang: str
    target: str = ""
    number: int = 0
    vote: str = ""
    ticket: str = ""  # the logged question a vote is about, when it fits
    view: View | None = None  # d: the screen to show
    back: View | None = None  # d: where its back button leads (None: the screen's default)

    def encode(self) -> str:
        if self.kind in ("a", "c"):
            data = f"{self.kind}:{self.lang}:{entry_ref(self.target)}"
        elif self.kind == "v":
            data = f"v:{self.lang}:{self.vote[0]}:{entry_ref(self.target)}"
            if self.ticket and len(data) + 1 + len(self.ticket) <= MAX_CALLBACK_BYTES:
                data += f":{self.ticket}"
        elif self.kind == "q":
            data = f"q:{self.lang}:{self.number}"
        elif self.kind == "p":
            data = f"p:{self.lang}:{self.target}:{self.number}"
        elif self.kind == "d":
            assert self.view is not None
            data = f"d:{self.lang}:{self.view.encode()}"
            if self.back is not None:
                with_back = f"{data}:{self.back.encode()}"
                # Too long only for unusual pairs: the screen's default back button then.
                if len(with_back.encode("utf-8")) <= MAX_CALLBACK_BYTES:
                    data = with_back
        else:
            data = f"{self.kind}:{self.lang}"
        assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
        return data


def entry_ref(item_id: str) -> str:
    """The id itself when it is short and plain, else a hash that `resolve_ref` maps back."""
    if _ID.match(item_id) or (item_id.startswith("#") and _REF.match(item_id)):
        return item_id
    return "#" + hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:20]


def decode_callback(data: str | None) -> Action | None:
    """The Action a button carries, or None for anything we did not make."""
    if not data or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        return None
    kind, _, rest = data.partition(":")
    lang, _, rest = rest.partition(":")
    if lang not in LANGS:
        return None
    args = rest.split(":") if rest else []
    if kind in ("a", "c") and len(args) == 1 and _REF.match(args[0]):
        return Action(kind, lang, target=args[0])
    if kind == "v" and len(args) in (2, 3) and args[0] in ("u", "d") and _REF.match(args[1]):
        ticket = args[2] if len(args) == 3 else ""
        if ticket and not _TICKET.match(ticket):
            return None
        vote = "up" if args[0] == "u" else "down"
        return Action(kind, lang, target=args[1], vote=vote, ticket=ticket)
    if kind == "q" and len(args) == 1 and _NUMBER.match(args[0]):
        return Action(kind, lang, number=int(args[0]))
    if kind == "p" and len(args) == 2 and args[0] in ("f", "h") and _NUMBER.match(args[1]):
        return Action(kind, lang, target=args[0], number=int(args[1]))
    if kind == "d":
        views = _decode_views(args)
        if views is None:
            return None
        return Action(kind, lang, view=views[0], back=views[1])
    if kind in ("h", "l", "x") and not args:
        return Action(kind, lang)
    return None


_hashed_ids: tuple[int, dict[str, str]] = (0, {})


def resolve_ref(ref: str, knowledge: KnowledgeBase) -> str:
    """The id behind an `entry_ref`; unknown hashes give a string no record has."""
    global _hashed_ids
    if not ref.startswith("#"):
        return ref
    if _hashed_ids[0] != id(knowledge):
        ids = [e.id for e in knowledge.entries]
        ids += [h.id for h in knowledge.hubs] + [f.id for f in knowledge.fieldlabs]
        _hashed_ids = (id(knowledge), {entry_ref(i): i for i in ids})
    return _hashed_ids[1].get(ref, ref)


# --------------------------------------------------------------------------------------------
# Rendering: escaped HTML in messages of at most 4096 characters


def escape(text: str) -> str:
    """Escape a knowledge or user string for Telegram HTML."""
    return html.escape(text, quote=False)


def _units(text: str) -> int:
    # Telegram counts UTF-16 code units; counting them never undercounts characters.
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Block:
    """One paragraph of plain text and how to style it: b, i, h (first line bold, a heading
    over a list) or nothing."""

    text: str
    style: str = ""

    def html(self) -> str:
        if self.style == "h":
            head, newline, rest = self.text.partition("\n")
            return f"<b>{escape(head)}</b>{newline}{escape(rest)}"
        body = escape(self.text)
        return f"<{self.style}>{body}</{self.style}>" if self.style else body


def paragraphs(text: str, style: str = "") -> list[Block]:
    return [Block(p.strip(), style) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _split_text(text: str, limit: int) -> list[str]:
    """Cut a paragraph longer than `limit` at line breaks, then spaces, then anywhere."""
    if _units(text) <= limit:
        return [text]
    for sep in ("\n", " "):
        parts = text.split(sep)
        if len(parts) > 1:
            out: list[str] = []
            current = ""
            for part in parts:
                candidate = f"{current}{sep}{part}" if current else part
                if _units(candidate) <= limit:
                    current = candidate
                    continue
                if current:
                    out.append(current)
                current = part
            out.append(current)
            return [piece for chunk in out for piece in _split_text(chunk, limit) if piece]
    cut = limit
    while _units(text[:cut]) > limit:
        cut -= 1
    return [text[:cut], *_split_text(text[cut:], limit)]


def paginate(blocks: Sequence[Block], limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """HTML messages of at most `limit` visible characters, split between paragraphs."""
    pieces = [
        # A heading block split in two: only the first part starts with the heading.
        Block(part.strip(), "" if n and block.style == "h" else block.style)
        for block in blocks
        for n, part in enumerate(_split_text(block.text, limit))
        if part.strip()
    ]
    chunks: list[list[Block]] = []
    size = 0
    for piece in pieces:
        units = _units(piece.text)
        if chunks and size + 2 + units <= limit:
            chunks[-1].append(piece)
            size += 2 + units
        else:
            chunks.append([piece])
            size = units
    return ["\n\n".join(b.html() for b in chunk) for chunk in chunks]


def reply_blocks(
    reply: Reply, *, question: str | None = None, max_text: int | None = None
) -> list[Block]:
    """The blocks of an answer: notice, answer, 'did you mean', source line last. A fallback
    quotes the question it could not answer, so it is clear which one (in groups especially)."""
    blocks: list[Block] = []
    if question and reply.kind == "fallback":
        blocks.append(Block(f"“{_clip_text(question, QUOTE_CHARS)}”", "i"))
    if reply.truncated:
        blocks.append(Block(texts.text("too_long", reply.language), "i"))
    body = reply.text
    if max_text is not None and len(body) > max_text:
        body = body[: max_text - 1].rstrip() + "…"
    blocks += paragraphs(body)
    if reply.alternatives:
        blocks.append(Block(texts.text("did_you_mean", reply.language), "b"))
    source = reply.source_line()
    if source:
        blocks.append(Block(source, "i"))
    return blocks


def render_reply(reply: Reply, question: str | None = None) -> list[str]:
    """The reply as one or more HTML messages; the source line ends the last one."""
    return paginate(reply_blocks(reply, question=question))


def _clip_text(text: str, limit: int) -> str:
    # User text quoted back (a fallback, /regio, /stats) loses control and bidi characters: a
    # right-to-left override must not turn the bot's own message around.
    text = " ".join(strip_invisible(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label(prefix: str, text: str) -> str:
    return f"{prefix}{_clip_text(text, BUTTON_CHARS)}"


def _button(label: str, action: Action) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=action.encode())


def _is_vote(button: InlineKeyboardButton) -> bool:
    return isinstance(button.callback_data, str) and button.callback_data.startswith("v:")


def reply_keyboard(reply: Reply, question_id: str | None = None) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: alternatives, related entries, Hub finder, 👍/👎."""
    lang = reply.language
    rows: list[list[InlineKeyboardButton]] = []
    links: list[tuple[str, Link]] = [("❓ ", a) for a in reply.alternatives[:3]]
    links += [("↪ ", r) for r in reply.related[:3]]
    for prefix, link in links:
        rows.append([_button(_label(prefix, link.question), Action("a", lang, target=link.entry))])
    if reply.kind == "fallback":
        rows.append([_button(texts.text("find_hub", lang), Action("h", lang))])
    if reply.kind == "answer" and reply.entry:
        ticket = question_id if question_id and _TICKET.match(question_id) else ""
        up = Action("v", lang, reply.entry, vote="up", ticket=ticket)
        down = Action("v", lang, reply.entry, vote="down", ticket=ticket)
        rows.append(
            [
                _button(texts.text("vote_up", lang), up),
                _button(texts.text("vote_down", lang), down),
            ]
        )
    return InlineKeyboardMarkup(rows) if rows else None


def _source_line(source: str | None, as_of: dt.date | None, lang: str) -> Block | None:
    if not source:
        return None
    date = f", {as_of.strftime('%d-%m-%Y')}" if as_of else ""
    return Block(f"{texts.text('source', lang)}: {source}{date}", "i")


def _clip(blocks: list[Block]) -> str:
    """One message from blocks that would need two: shorten the middle, keep title and source."""
    head, *middle, tail = blocks
    budget = MAX_MESSAGE_CHARS - _units(head.text) - _units(tail.text) - 8
    text = "\n".join(b.text for b in middle)
    if _units(text) > budget:
        text = text[: max(0, budget - 1)] + "…"
    return "\n\n".join((head.html(), escape(text), tail.html()))


def _one_message(blocks: list[Block]) -> str:
    """The blocks as one message; a card too long for one keeps its title and source line."""
    pages = paginate(blocks)
    return pages[0] if len(pages) == 1 or len(blocks) < 2 else _clip(blocks)


# --------------------------------------------------------------------------------------------
# The directory browser: /fieldlabs by province or by theme, /hubs, and the cards. Every screen
# is a pure function of (knowledge, view, language), so a button works after a restart, and a
# button naming something a reload removed gets a short notice instead of a wrong screen.

Screen = tuple[str, InlineKeyboardMarkup | None]
Rows = list[list[InlineKeyboardButton]]


@dataclass(frozen=True)
class Group:
    """The Fieldlabs that share a province or a theme; key "" holds those without one."""

    ref: str
    key: str
    labs: tuple[Fieldlab, ...]


def _group_ref(key: str) -> str:
    return view_ref("-".join(tokens(key)) or key) if key else "-"


def _groups(labs: Sequence[Fieldlab], keys: Callable[[Fieldlab], Sequence[str]]) -> list[Group]:
    found: dict[str, list[Fieldlab]] = {}
    for lab in labs:
        for key in dict.fromkeys(keys(lab)) or ("",):
            found.setdefault(key, []).append(lab)
    ordered = sorted(found, key=lambda key: (key == "", key.casefold()))
    return [Group(_group_ref(key), key, tuple(found[key])) for key in ordered]


def _page(items: Sequence[Any], page: int, size: int) -> tuple[Sequence[Any], int, int]:
    """(the items on `page`, the page shown, the number of pages): a page a reload made
    disappear shows the last one."""
    pages = max(1, math.ceil(len(items) / size))
    page = min(max(page, 0), pages - 1)
    return items[page * size : (page + 1) * size], page, pages


def _pairs(buttons: Sequence[InlineKeyboardButton]) -> Rows:
    return [list(buttons[n : n + 2]) for n in range(0, len(buttons), 2)]


def hub_label(hub: Hub, lang: str) -> str:
    """A Hub's name for lists and buttons; the unnamed one says so."""
    return hub.name or texts.text("unnamed_hub", lang)


def _hub_detail(hub: Hub, lang: str) -> str:
    if hub.name is None and not (hub.region or hub.provinces or hub.provinces_unconfirmed):
        return texts.text("unnamed_hub_line", lang)
    where = ", ".join(hub.provinces)
    if not where and hub.provinces_unconfirmed:
        unconfirmed = texts.text("unconfirmed", lang)
        where = f"{', '.join(hub.provinces_unconfirmed)} ({unconfirmed})"
    region = hub.region or ""
    if region and where and where != region:
        return f"{region}: {where}"
    return region or where


class Browser:
    """One knowledge version as the browser shows it: Fieldlabs by province and by theme, the
    Hubs, and the short refs their buttons carry."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        labs = sorted(knowledge.fieldlabs, key=lambda lab: (lab.name.casefold(), lab.id))
        self.labs: dict[str, Fieldlab] = {}
        for lab in labs:
            self.labs.setdefault(view_ref(lab.id), lab)
        self.hubs = sorted(
            knowledge.hubs, key=lambda hub: (hub.name is None, (hub.name or "").casefold(), hub.id)
        )
        self.hub_refs: dict[str, Hub] = {}
        for hub in self.hubs:
            self.hub_refs.setdefault(view_ref(hub.id), hub)
        self.provinces = _groups(labs, lambda lab: lab.provinces)
        self._themes = _groups(labs, lambda lab: lab.themes)
        self.of_hub = {
            hub.id: tuple(lab for lab in labs if lab.hub == hub.id) for hub in self.hubs
        }

    # -- look-ups -------------------------------------------------------------------------

    def groups(self, kind: str, lang: str) -> list[Group]:
        """Provinces (kind p) by name, or themes (kind t) by their label in `lang`."""
        if kind == "p":
            return self.provinces
        return sorted(
            self._themes,
            key=lambda g: (g.key == "", self.group_name("t", g.key, lang).casefold()),
        )

    def group(self, kind: str, ref: str, lang: str) -> Group | None:
        return next((g for g in self.groups(kind, lang) if g.ref == ref), None)

    @staticmethod
    def group_name(kind: str, key: str, lang: str) -> str:
        if kind == "p":
            return key or texts.text("no_province", lang)
        return themes_text([key], lang) if key else texts.text("no_theme", lang)

    def default_back(self, view: View, lang: str) -> View | None:
        """Where a screen's back button leads when its button did not say."""
        kind = view.kind
        if kind in ("P", "T"):
            return View("m")
        if kind in ("p", "t"):
            groups = self.groups(kind, lang)
            at = next((n for n, g in enumerate(groups) if g.ref == view.ref), 0)
            return View(kind.upper(), page=at // PICKER_PAGE_SIZE)
        if kind == "h":
            return View("b", view.ref)
        if kind == "f":
            lab = self.labs.get(view.ref)
            key = lab.provinces[0] if lab is not None and lab.provinces else ""
            group = next((g for g in self.provinces if g.key == key), None)
            if lab is None or group is None:
                return View("m")
            return View("p", group.ref, group.labs.index(lab) // LIST_PAGE_SIZE)
        if kind == "b":
            hub = self.hub_refs.get(view.ref)
            at = self.hubs.index(hub) if hub is not None else 0
            return View("H", page=at // LIST_PAGE_SIZE)
        return None

    # -- screens --------------------------------------------------------------------------

    def screen(self, view: View, back: View | None, lang: str) -> Screen | None:
        """The text and buttons of `view`; None when it names a record, province or theme the
        current knowledge does not have."""
        if view.kind == "m":
            return self._menu(lang)
        if view.kind in ("P", "T"):
            return self._picker(view, back, lang)
        if view.kind == "H":
            return self._hubs(view, back, lang)
        if view.kind in ("p", "t", "h"):
            return self._labs(view, back, lang)
        if view.kind == "f":
            return self._lab_card(view, back, lang)
        return self._hub_card(view, back, lang)

    def _menu(self, lang: str) -> Screen:
        text = texts.text
        rows: Rows = []
        if self.knowledge.fieldlabs:
            body = text("fieldlabs_menu", lang, count=len(self.knowledge.fieldlabs))
            rows.append(
                [
                    _button(text("by_province", lang), Action("d", lang, view=View("P"))),
                    _button(text("by_theme", lang), Action("d", lang, view=View("T"))),
                ]
            )
        else:
            body = text("none_fieldlabs", lang)
        if self.hubs:
            hubs = Action("d", lang, view=View("H"), back=View("m"))
            rows.append([_button(text("hubs_button", lang), hubs)])
        return escape(body), InlineKeyboardMarkup(rows) if rows else None

    def _nav(self, view: View, back: View | None, page: int, pages: int, lang: str) -> Rows:
        nav = []
        if page > 0:
            previous = Action("d", lang, view=View(view.kind, view.ref, page - 1), back=back)
            nav.append(_button(texts.text("previous", lang), previous))
        if page < pages - 1:
            following = Action("d", lang, view=View(view.kind, view.ref, page + 1), back=back)
            nav.append(_button(texts.text("next", lang), following))
        return [nav] if nav else []

    def _back_row(self, view: View, back: View | None, lang: str) -> Rows:
        target = back or self.default_back(view, lang)
        if target is None:
            return []
        return [[_button(texts.text("back", lang), Action("d", lang, view=target))]]

    @staticmethod
    def _page_line(page: int, pages: int, lang: str) -> list[str]:
        if pages <= 1:
            return []
        return [f"<i>{escape(texts.text('page', lang, page=page + 1, pages=pages))}</i>"]

    def _picker(self, view: View, back: View | None, lang: str) -> Screen:
        kind = view.kind.lower()
        groups = self.groups(kind, lang)
        if not groups:
            body = escape(texts.text("none_fieldlabs", lang))
            return body, InlineKeyboardMarkup(self._back_row(view, back, lang))
        shown, page, pages = _page(groups, view.page, PICKER_PAGE_SIZE)
        title = texts.text("provinces_title" if kind == "p" else "themes_title", lang)
        buttons = [
            _button(
                _label("", f"{self.group_name(kind, g.key, lang)} ({len(g.labs)})"),
                Action("d", lang, view=View(kind, g.ref, 0)),
            )
            for g in shown
        ]
        rows = _pairs(buttons) + self._nav(view, back, page, pages, lang)
        rows += self._back_row(view, back, lang)
        body = "\n\n".join([f"<b>{escape(title)}</b>", *self._page_line(page, pages, lang)])
        return body, InlineKeyboardMarkup(rows)

    def _labs(self, view: View, back: View | None, lang: str) -> Screen | None:
        if view.kind == "h":
            hub = self.hub_refs.get(view.ref)
            if hub is None:
                return None
            labs: Sequence[Fieldlab] = self.of_hub.get(hub.id, ())
            title = texts.text("labs_of_hub", lang, name=hub_label(hub, lang))
        else:
            group = self.group(view.kind, view.ref, lang)
            if group is None:
                return None
            labs = group.labs
            key = "labs_in_province" if view.kind == "p" else "labs_on_theme"
            title = texts.text(key, lang, name=self.group_name(view.kind, group.key, lang))
        shown, page, pages = _page(labs, view.page, LIST_PAGE_SIZE)
        lines = [f"<b>{escape(title)}</b> ({len(labs)})"]
        for lab in shown:
            where = ", ".join(lab.places) or ", ".join(lab.provinces)
            lines.append(f"• {escape(lab.name)}" + (f" – {escape(where)}" if where else ""))
        here = View(view.kind, view.ref, page)
        rows: Rows = [
            [
                _button(
                    _label("", lab.name),
                    Action("d", lang, view=View("f", view_ref(lab.id)), back=here),
                )
            ]
            for lab in shown
        ]
        rows += self._nav(view, back, page, pages, lang) + self._back_row(view, back, lang)
        body = "\n\n".join(["\n".join(lines), *self._page_line(page, pages, lang)])
        return body, InlineKeyboardMarkup(rows)

    def _hubs(self, view: View, back: View | None, lang: str) -> Screen:
        if not self.hubs:
            back_row = self._back_row(view, back, lang)
            markup = InlineKeyboardMarkup(back_row) if back_row else None
            return escape(texts.text("none_hubs", lang)), markup
        shown, page, pages = _page(self.hubs, view.page, LIST_PAGE_SIZE)
        lines = [escape(texts.text("hubs_title", lang, count=len(self.hubs)))]
        for hub in shown:
            detail = _hub_detail(hub, lang)
            name = f"<b>{escape(hub_label(hub, lang))}</b>"
            lines.append(f"• {name}" + (f" – {escape(detail)}" if detail else ""))
        rows: Rows = [
            [
                _button(
                    _label("", hub_label(hub, lang)),
                    Action("d", lang, view=View("b", view_ref(hub.id))),
                )
            ]
            for hub in shown
        ]
        rows += self._nav(view, back, page, pages, lang) + self._back_row(view, back, lang)
        body = "\n\n".join(["\n".join(lines), *self._page_line(page, pages, lang)])
        return body, InlineKeyboardMarkup(rows)

    def _lab_card(self, view: View, back: View | None, lang: str) -> Screen | None:
        lab = self.labs.get(view.ref)
        if lab is None:
            return None
        text = texts.text
        hub = self.knowledge.hub(lab.hub) if lab.hub else None
        facts = []
        places = ", ".join(lab.places)
        provinces = ", ".join(p for p in lab.provinces if p not in lab.places)
        if places:
            facts.append(
                f"{text('card_place', lang)}: {places}" + (f" ({provinces})" if provinces else "")
            )
        elif provinces:
            facts.append(f"{text('card_province', lang)}: {provinces}")
        elif lab.region:
            facts.append(f"{text('card_region', lang)}: {lab.region}")
        if lab.themes:
            facts.append(f"{text('card_themes', lang)}: {themes_text(lab.themes, lang)}")
        blocks = [Block(lab.name, "b")]
        if facts:
            blocks.append(Block("\n".join(facts)))
        blocks += paragraphs(lab.summary.get(lang) or lab.summary.get("nl", ""))
        links = [f"Website: {lab.website}"] if lab.website else []
        if hub is not None:
            links.append(f"{text('card_hub', lang)}: {hub_label(hub, lang)}")
        if links:
            blocks.append(Block("\n".join(links)))
        source = _source_line(lab.source, lab.as_of, lang)
        if source is not None:
            blocks.append(source)
        rows: Rows = []
        if hub is not None:
            label = _label("", text("hub_button", lang, hub=hub_label(hub, lang)))
            to_hub = Action("d", lang, view=View("b", view_ref(hub.id)), back=view)
            rows.append([_button(label, to_hub)])
        rows += self._back_row(view, back, lang)
        return _one_message(blocks), InlineKeyboardMarkup(rows) if rows else None

    def _hub_card(self, view: View, back: View | None, lang: str) -> Screen | None:
        hub = self.hub_refs.get(view.ref)
        if hub is None:
            return None
        text = texts.text
        facts = []
        if hub.region:
            facts.append(f"{text('card_region', lang)}: {hub.region}")
        if hub.provinces:
            facts.append(f"{text('card_provinces', lang)}: {', '.join(hub.provinces)}")
        if hub.provinces_unconfirmed:
            unconfirmed = ", ".join(hub.provinces_unconfirmed)
            facts.append(f"{text('card_unconfirmed', lang)}: {unconfirmed}")
        if hub.lead:
            facts.append(f"{text('card_lead', lang)}: {', '.join(hub.lead)}")
        blocks = [Block(hub.name or text("unnamed_hub_title", lang), "b")]
        if facts:
            blocks.append(Block("\n".join(facts)))
        blocks += paragraphs(hub.summary.get(lang) or hub.summary.get("nl", ""))
        blocks += paragraphs(hub.offers.get(lang) or hub.offers.get("nl", ""))
        if hub.website:
            blocks.append(Block(f"Website: {hub.website}"))
        elif hub.name is None:
            blocks.append(Block(texts.text("national", lang)))
        source = _source_line(hub.source, hub.as_of, lang)
        if source is not None:
            blocks.append(source)
        rows: Rows = []
        labs = self.of_hub.get(hub.id, ())
        if labs:
            label = text("hub_labs_button", lang, count=len(labs))
            rows.append([_button(label, Action("d", lang, view=View("h", view.ref, 0)))])
        rows += self._back_row(view, back, lang)
        return _one_message(blocks), InlineKeyboardMarkup(rows) if rows else None


_browser: Browser | None = None


def browser_for(knowledge: KnowledgeBase) -> Browser:
    """The Browser of `knowledge`, built once per knowledge version."""
    global _browser
    if _browser is None or _browser.knowledge is not knowledge:
        _browser = Browser(knowledge)
    return _browser


def render_view(
    knowledge: KnowledgeBase, lang: str, view: View, back: View | None = None
) -> Screen | None:
    """One screen of the directory browser, or None when it names something now unknown."""
    return browser_for(knowledge).screen(view, back, lang)


# --------------------------------------------------------------------------------------------
# What staff see: /stats, /unanswered, /reload and the reload notices


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def render_stats(stats: Stats, knowledge: KnowledgeBase, lang: str) -> list[str]:
    """/stats as HTML messages: counts, answered %, the most asked entries and the top misses."""
    text = texts.text
    counts = text(
        "stats_counts",
        lang,
        today=stats.today,
        today_pct=_pct(stats.answered_today_pct),
        week=stats.week,
        week_pct=_pct(stats.answered_week_pct),
    )
    entries = []
    for entry_id, count in stats.top_entries:
        entry = knowledge.entry(entry_id)
        title = entry.title(lang) if entry is not None else ""
        about = f" ({_clip_text(title, 50)})" if title and title != entry_id else ""
        entries.append(f"• {entry_id} – {count}×{about}")
    misses = [f"• “{_clip_text(q, 80)}” – {count}×" for q, count in stats.top_misses]
    nothing = text("stats_nothing", lang)
    return paginate(
        [
            Block(text("stats_title", lang), "b"),
            Block(counts),
            Block(text("stats_top_entries", lang) + "\n" + ("\n".join(entries) or nothing), "h"),
            Block(text("stats_top_misses", lang) + "\n" + ("\n".join(misses) or nothing), "h"),
            Block(text("stats_more", lang), "i"),
        ]
    )


def render_unanswered(
    report: Report, days: int, lang: str, limit: int = UNANSWERED_SHOWN
) -> list[str]:
    """/unanswered as HTML messages: the biggest clusters with an example and the nearest entry."""
    text = texts.text
    blocks = [Block(text("unanswered_title", lang, days=days), "b")]
    clusters = report.clusters
    if not clusters:
        blocks.append(Block(text("unanswered_none", lang, days=days)))
    else:
        shown = min(limit, len(clusters))
        blocks.append(Block(text("unanswered_intro", lang, groups=len(clusters), shown=shown)))
    for n, cluster in enumerate(clusters[:limit], 1):
        example = _clip_text(cluster.examples[0] if cluster.examples else "", QUOTE_CHARS)
        details = []
        if cluster.unanswered:
            details.append(text("unanswered_unanswered", lang, count=cluster.unanswered))
        if cluster.low_confidence:
            details.append(text("unanswered_doubtful", lang, count=cluster.low_confidence))
        counts = text("unanswered_counts", lang, count=cluster.count, details=", ".join(details))
        near = cluster.nearest
        if near is None:
            nearest = text("unanswered_no_nearest", lang)
        else:
            path, _, line = near.origin.rpartition(":")
            where = f", {PurePath(path).name}:{line}" if path else ""
            score = f"{near.score:.0f}{where}"
            nearest = text("unanswered_nearest", lang, entry=near.entry, score=score)
        blocks.append(Block(f"{n}. “{example}”\n{counts}\n{nearest}", "h"))
    blocks.append(Block(text("unanswered_more", lang, days=days), "i"))
    return paginate(blocks)


def render_reload(result: ReloadResult, lang: str, *, automatic: bool = False) -> list[str]:
    """`OK: N entries…`, or every `path:line: problem` (split over messages when long)."""
    if result.ok:
        seconds = texts.text("reload_seconds", lang, seconds=f"{result.seconds:.2f}")
        return paginate([Block(result.summary), Block(seconds, "i")])
    key = "reload_failed_auto" if automatic else "reload_failed"
    count = len(result.problems)
    problems = texts.text("problems_one" if count == 1 else "problems_many", lang, count=count)
    blocks = [
        Block(texts.text(key, lang, problems=problems), "b"),
        Block("\n".join(result.problems)),
    ]
    if automatic:
        blocks.append(Block(texts.text("reload_fix_hint", lang), "i"))
    return paginate(blocks)


def telegram_language(language_code: str | None, default: str) -> str:
    """Telegram's language_code → nl or en: nl (and nl-BE) → nl, any other → en."""
    if not language_code:
        return default
    return "nl" if language_code.lower().startswith("nl") else "en"


# --------------------------------------------------------------------------------------------
# Handlers


_MEDIA_TEXT: Final = (
    (filters.Sticker.ALL, "sticker"),
    (filters.PHOTO | filters.ANIMATION, "photo"),
    (filters.VOICE | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE, "voice"),
    (filters.Document.ALL, "document"),
    (filters.LOCATION | filters.VENUE, "location"),
)

Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


@dataclass
class _PendingInline:
    """The last inline query of a user who may still be typing."""

    timer: asyncio.TimerHandle
    row: dict[str, Any] = field(default_factory=dict)


class TelegramChannel:
    """The handlers: each translates one kind of update into a call on the Assistant; the
    Storage keeps the question log, votes and preferences (opened in `post_init`)."""

    def __init__(
        self,
        config: Config,
        assistant: Assistant,
        *,
        secret: bytes | None = None,
        reloader: KnowledgeReloader | None = None,
    ) -> None:
        self.config = config
        self.assistant = assistant
        self.storage: Storage | None = None
        self.bot: Bot | None = None
        self._secret = secret
        # Used only until the Storage is open (start-up log lines): the same key as the Storage
        # makes when the secret is known, a throw-away one otherwise.
        self.pseudonyms = Pseudonyms(secret) if secret else Pseudonyms.from_config(config)
        self.limiter = UserRateLimiter(config.rate_limit_per_minute)
        # Typing an inline query sends one update per keystroke, and browsing the directory is
        # a tap per screen: both get a roomier budget of their own.
        self.inline_limiter = UserRateLimiter(config.rate_limit_per_minute * 5)
        self.browse_limiter = UserRateLimiter(config.rate_limit_per_minute * 3)
        self.reloader = reloader
        if reloader is not None and reloader.on_result is None:
            reloader.on_result = self.reload_finished
        self._reported_problems: tuple[str, ...] = ()  # what the admins were last told
        self._inline_pending: dict[str, _PendingInline] = {}
        self._admin_menu_missing: set[int] = set()

    # -- wiring -------------------------------------------------------------------------

    def register(self, app: TelegramApp) -> None:
        """Add every handler and the error handler to `app`."""
        new = filters.UpdateType.MESSAGE
        commands: list[tuple[str, Handler]] = [
            ("start", self.start),
            ("help", self.help),
            ("lang", self.lang),
            ("regio", self.region),
            ("region", self.region),
            ("fieldlabs", self.fieldlabs),
            ("hubs", self.hubs),
            ("privacy", self.privacy),
            ("forget", self.forget),
            ("whoami", self.whoami),
            ("stats", self.stats),
            ("unanswered", self.unanswered),
            ("reload", self.reload),
        ]
        for name, callback in commands:
            app.add_handler(CommandHandler(name, callback, filters=new))
        app.add_handler(MessageHandler(new & filters.COMMAND, self.unknown_command))
        app.add_handler(MessageHandler(new & filters.TEXT, self.text))
        app.add_handler(MessageHandler(new & filters.CAPTION, self.caption))
        app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, self.edited))
        app.add_handler(MessageHandler(new & ~filters.StatusUpdate.ALL, self.other))
        app.add_handler(CallbackQueryHandler(self.button))
        app.add_handler(InlineQueryHandler(self.inline))
        app.add_error_handler(self.error)

    async def post_init(self, app: TelegramApp) -> None:
        """Open the Storage (inside the event loop) and register the command menus."""
        self.bot = app.bot
        if self.storage is None:
            secret = self._secret or load_or_create_secret(
                self.config.data_dir, self.config.secret
            )
            self.storage = await Storage.open(
                self.config.database_path,
                secret=secret,
                retention_days=self.config.retention_days,
            )
            log_event(
                "storage_open", path=str(self.config.database_path), healthy=self.storage.healthy
            )
        await self._register_commands(app.bot)

    async def post_shutdown(self, app: TelegramApp) -> None:
        """Write what is still queued and close the Storage (its thread would keep the
        process alive otherwise)."""
        self._flush_inline_log()
        storage, self.storage = self.storage, None
        if storage is not None:
            await storage.close()
            log_event("storage_closed", written=storage.written, dropped=storage.dropped)

    @staticmethod
    def _menu(rows: Sequence[tuple[str, str, str]], lang: str) -> list[BotCommand]:
        column = 1 if lang == "nl" else 2
        names = texts.EN_NAMES if lang == "en" else {}
        return [BotCommand(names.get(row[0], row[0]), row[column]) for row in rows]

    async def _register_commands(self, bot: Bot) -> None:
        """The command menu in Dutch (default) and English; admins also see their commands,
        in their own chats only (BotCommandScopeChat)."""
        for lang in LANGS:
            try:
                await bot.set_my_commands(
                    self._menu(texts.COMMANDS, lang), language_code=None if lang == "nl" else lang
                )
            except TelegramError as exc:
                log_event("commands_failed", logging.WARNING, lang=lang, error=type(exc).__name__)
        for admin_id in sorted(self.config.admin_ids):
            await self._register_admin_menu(bot, admin_id)

    async def _register_admin_menu(self, bot: Bot, admin_id: int) -> bool:
        scope = BotCommandScopeChat(admin_id)
        try:
            for lang in LANGS:
                commands = self._menu((*texts.COMMANDS, *texts.ADMIN_COMMANDS), lang)
                code = None if lang == "nl" else lang
                await bot.set_my_commands(commands, scope=scope, language_code=code)
        except TelegramError as exc:
            # Usually "chat not found": the admin has not started a chat with the bot yet.
            # Retried when they next send an admin command.
            self._admin_menu_missing.add(admin_id)
            log_event(
                "admin_commands_failed",
                logging.WARNING,
                admin=self.key_of(admin_id),
                error=type(exc).__name__,
                detail=str(exc)[:120],
            )
            return False
        self._admin_menu_missing.discard(admin_id)
        return True

    # -- helpers ------------------------------------------------------------------------

    def key_of(self, user_id: int) -> str:
        """The pseudonymous key of a Telegram user id: what storage and logs carry."""
        storage = self.storage
        return storage.user_key(user_id) if storage is not None else self.pseudonyms(user_id)

    def user_key(self, user: User | None) -> str:
        return self.key_of(user.id) if user is not None else "anonymous"

    def preferences(self, user: User | None) -> Preferences:
        """The user's saved language and region (from memory: never waits for the database)."""
        storage = self.storage
        if user is None or storage is None:
            return Preferences()
        return storage.get_preferences(self.key_of(user.id))

    def languages(self, user: User | None) -> tuple[str | None, str]:
        """(the user's explicit /lang choice or None, the language to speak to them)."""
        chosen = self.preferences(user).lang
        if chosen not in LANGS:
            chosen = None
        spoken = telegram_language(user.language_code if user else None, self.config.default_lang)
        return chosen, chosen or spoken

    def _remember(self, user: User, *, lang: str | None = None, region: str | None = None) -> None:
        """Save a language (`lang`) or a region (`region`, "" to clear) in the background."""
        storage = self.storage
        if storage is None:
            return
        try:
            if lang is not None:
                storage.set_language(self.key_of(user.id), lang)
            if region is not None:
                storage.set_region(self.key_of(user.id), region or None)
        except Exception as exc:  # a preference is never worth a lost reply
            log_event("preference_failed", logging.WARNING, error=type(exc).__name__)

    def _log_question(
        self, user: User, question: str, reply: Reply, *, chat_kind: str, channel: str
    ) -> str | None:
        """Queue the question for the log (synchronous, never waits); its id for the vote."""
        storage = self.storage
        if storage is None or reply.kind == "empty":
            return None
        return self._write_question(
            storage, self._question_row(user, question, reply, chat_kind, channel)
        )

    def _question_row(
        self, user: User, question: str, reply: Reply, chat_kind: str, channel: str
    ) -> dict[str, Any]:
        # For a miss the nearest candidate goes in, so the report can show what came close.
        if reply.confident:
            entry = reply.entry
        else:
            entry = reply.alternatives[0].entry if reply.alternatives else None
        return {
            "user_key": self.key_of(user.id),
            "text": question,
            "lang": reply.language,
            "entry": entry,
            "score": reply.score,
            "confident": reply.confident,
            "chat_kind": chat_kind,
            "channel": channel,
        }

    @staticmethod
    def _write_question(storage: Storage, row: dict[str, Any]) -> str | None:
        try:
            return storage.log_question(**row)
        except Exception as exc:  # the log is never worth a lost reply
            log_event("question_log_failed", logging.WARNING, error=type(exc).__name__)
            return None

    def _log_inline_later(self, user: User, question: str, reply: Reply, chat_kind: str) -> None:
        """Log an inline query once the user stopped typing (a newer query replaces it)."""
        if self.storage is None or reply.kind == "empty":
            return
        key = self.key_of(user.id)
        pending = self._inline_pending.pop(key, None)
        if pending is not None:
            pending.timer.cancel()
        row = self._question_row(user, question, reply, chat_kind, "inline")
        timer = asyncio.get_running_loop().call_later(
            INLINE_LOG_QUIET_SECONDS, self._log_inline_now, key
        )
        self._inline_pending[key] = _PendingInline(timer, row)

    def _log_inline_now(self, key: str) -> None:
        pending = self._inline_pending.pop(key, None)
        storage = self.storage
        if pending is not None and storage is not None:
            self._write_question(storage, pending.row)

    def _flush_inline_log(self) -> None:
        for key in list(self._inline_pending):
            self._inline_pending[key].timer.cancel()
            self._log_inline_now(key)

    async def admit(
        self, update: Update, lang: str, limiter: UserRateLimiter | None = None
    ) -> bool:
        """Apply the per-user rate limit; the first message over it gets one friendly reply."""
        user = self.user_key(update.effective_user)
        verdict = (limiter or self.limiter).check(user)
        if verdict == UserRateLimiter.ALLOW:
            return True
        if verdict == UserRateLimiter.WARN:
            log_event("rate_limited", user=user)
            if update.callback_query is not None:
                await update.callback_query.answer(texts.text("slow_down_button", lang))
            elif update.inline_query is None and update.effective_message is not None:
                await update.effective_message.reply_text(escape(texts.text("rate_limited", lang)))
        elif update.callback_query is not None:
            await update.callback_query.answer()
        return False

    @staticmethod
    def is_private(update: Update) -> bool:
        chat = update.effective_chat
        return chat is not None and chat.type == ChatType.PRIVATE

    def is_admin(self, update: Update) -> bool:
        """Hub staff (BOT_ADMIN_IDS) in a private chat with the bot."""
        person = update.effective_user
        return (
            person is not None and person.id in self.config.admin_ids and self.is_private(update)
        )

    @staticmethod
    async def send(
        message: Message, chunks: Sequence[str], keyboard: InlineKeyboardMarkup | None
    ) -> None:
        """Reply with every chunk; only the first quotes the question (in groups), only the
        last carries the buttons."""
        for n, chunk in enumerate(chunks):
            last = n == len(chunks) - 1
            await message.reply_text(
                chunk, reply_markup=keyboard if last else None, do_quote=None if n == 0 else False
            )

    async def send_to_chat(
        self,
        context: Context,
        chat_id: int,
        chunks: Sequence[str],
        keyboard: InlineKeyboardMarkup | None,
    ) -> None:
        for n, chunk in enumerate(chunks):
            last = n == len(chunks) - 1
            await context.bot.send_message(chat_id, chunk, reply_markup=keyboard if last else None)

    def addressed(self, message: Message, bot: Bot) -> str | None:
        """In a group: the question when the message mentions or replies to the bot, else None."""
        text = message.text or message.caption or ""
        username = (bot.username or "").lower()
        mentioned = False
        parsed = message.parse_entities() if message.text else message.parse_caption_entities()
        for entity, value in parsed.items():
            if entity.type == MessageEntity.MENTION and value.lower() == f"@{username}":
                mentioned = True
            elif entity.type == MessageEntity.TEXT_MENTION and entity.user:
                mentioned = mentioned or entity.user.id == bot.id
        replied = message.reply_to_message
        to_bot = bool(replied and replied.from_user and replied.from_user.id == bot.id)
        if not (mentioned or to_bot):
            return None
        if username:
            text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
        return " ".join(text.split())

    # -- commands -----------------------------------------------------------------------

    async def start(self, update: Update, context: Context) -> None:
        """Welcome in the user's language with three example questions as buttons."""
        message = update.effective_message
        if message is None:
            return
        _, lang = self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        examples = texts.examples(lang)[:3]
        rows = [
            [_button(_label("💬 ", q), Action("q", lang, number=n))]
            for n, q in enumerate(examples)
        ]
        keyboard = InlineKeyboardMarkup(rows)
        await message.reply_text(escape(texts.text("welcome", lang)), reply_markup=keyboard)
        log_event("command", name="start", user=self.user_key(update.effective_user), lang=lang)

    async def help(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        _, lang = self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        mention = f"@{context.bot.username}" if context.bot.username else "@bot"
        body = texts.text("help", lang, mention=mention)
        if self.is_admin(update):
            body += "\n\n" + texts.text("help_admin", lang)
        await message.reply_text(escape(body))
        log_event("command", name="help", user=self.user_key(update.effective_user), lang=lang)

    async def lang(self, update: Update, context: Context) -> None:
        """`/lang nl|en` remembers the choice; without an argument, offer two buttons."""
        message, tg_user = update.effective_message, update.effective_user
        if message is None or tg_user is None:
            return
        _, lang = self.languages(tg_user)
        if not await self.admit(update, lang):
            return
        choice = (context.args or [""])[0].lower()
        if choice in LANGS:
            self._remember(tg_user, lang=choice)
            await message.reply_text(escape(texts.text("lang_set", choice)))
            log_event("lang", user=self.user_key(tg_user), lang=choice)
            return
        keyboard = InlineKeyboardMarkup(
            [
                [
                    _button(texts.text("lang_name_nl", lang), Action("l", "nl")),
                    _button(texts.text("lang_name_en", lang), Action("l", "en")),
                ]
            ]
        )
        await message.reply_text(escape(texts.text("lang_choose", lang)), reply_markup=keyboard)

    async def region(self, update: Update, context: Context) -> None:
        """`/regio Enschede` (or `/region`): remember the province, name its Hub; without an
        argument, show the region; `/regio wis` clears it."""
        message, tg_user = update.effective_message, update.effective_user
        if message is None or tg_user is None:
            return
        _, lang = self.languages(tg_user)
        if not await self.admit(update, lang):
            return
        place = " ".join(strip_invisible(" ".join(context.args or [])).split())[:100]
        user = self.user_key(tg_user)
        if not place:
            current = self.preferences(tg_user).region
            if current:
                body = texts.text("region_current", lang, province=current)
                hub_text, keyboard = self._region_hub(current, lang)
                body += " " + hub_text + "\n\n" + texts.text("region_change", lang)
            else:
                body, keyboard = texts.text("region_none", lang), None
            await message.reply_text(escape(body), reply_markup=keyboard)
            return
        if place.casefold() in REGION_CLEAR_WORDS:
            self._remember(tg_user, region="")
            await message.reply_text(escape(texts.text("region_cleared", lang)))
            log_event("region", user=user, region="cleared")
            return
        province = self.assistant.region_of(place)
        if province is None:
            shown = _clip_text(place, 60)
            await message.reply_text(escape(texts.text("region_unknown", lang, place=shown)))
            log_event("region", user=user, region="unknown")
            return
        self._remember(tg_user, region=province)
        if place.casefold() == province.casefold():
            body = texts.text("region_set", lang, province=province)
        else:
            body = texts.text("region_set_place", lang, place=place, province=province)
        hub_text, keyboard = self._region_hub(province, lang)
        await message.reply_text(escape(f"{body} {hub_text}"), reply_markup=keyboard)
        log_event("region", user=user, region=province)

    def _region_hub(self, province: str, lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
        """What the sources say about the Hub for `province`, and a button to its card."""
        hub, confirmed, _ = self.assistant.hub_for(province)
        if hub is None:
            return texts.text("region_no_hub", lang, province=province), None
        name = hub_name(hub, lang)
        if not confirmed:
            body = texts.text("region_hub_unconfirmed", lang, province=province, hub=name)
        else:
            website = f" ({hub.website})" if hub.website else ""
            body = texts.text("region_hub", lang, hub=name, website=website)
        label = _label("", texts.text("hub_button", lang, hub=hub_label(hub, lang)))
        card = Action("d", lang, view=View("b", view_ref(hub.id)))
        return body, InlineKeyboardMarkup([[_button(label, card)]])

    async def fieldlabs(self, update: Update, context: Context) -> None:
        """The directory browser's menu: Fieldlabs by province or by theme."""
        await self._browse_command(update, View("m"), "fieldlabs")

    async def hubs(self, update: Update, context: Context) -> None:
        """The Hubs as buttons, each opening its card."""
        await self._browse_command(update, View("H"), "hubs")

    async def _browse_command(self, update: Update, view: View, name: str) -> None:
        message = update.effective_message
        if message is None:
            return
        _, lang = self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        screen = render_view(self.assistant.knowledge, lang, view)
        if screen is None:  # the menu and the Hubs list always render
            return
        body, keyboard = screen
        await message.reply_text(body, reply_markup=keyboard)
        log_event("command", name=name, user=self.user_key(update.effective_user), lang=lang)

    async def privacy(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        _, lang = self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        body = texts.text("privacy", lang, days=self.config.retention_days)
        await message.reply_text(escape(body))

    async def forget(self, update: Update, context: Context) -> None:
        """Delete every row about the user and say how many; never confirm what failed."""
        message, tg_user = update.effective_message, update.effective_user
        if message is None or tg_user is None:
            return
        _, lang = self.languages(tg_user)
        if not await self.admit(update, lang):
            return
        user = self.user_key(tg_user)
        pending = self._inline_pending.pop(user, None)
        if pending is not None:
            pending.timer.cancel()
        storage = self.storage
        removed = 0
        if storage is not None:
            try:
                removed = await storage.forget(user)
            except StorageUnavailable as exc:
                log_event("forget_failed", logging.WARNING, user=user, error=str(exc)[:200])
                await message.reply_text(escape(texts.text("forget_failed", lang)))
                return
        key = "forget_done" if removed else "forget_none"
        await message.reply_text(escape(texts.text(key, lang, count=removed)))
        log_event("forget", user=user, rows=removed)

    async def whoami(self, update: Update, context: Context) -> None:
        """The user's numeric id, so staff can put it in BOT_ADMIN_IDS; only in private."""
        message, tg_user = update.effective_message, update.effective_user
        if message is None or tg_user is None:
            return
        _, lang = self.languages(tg_user)
        if not await self.admit(update, lang):
            return
        if not self.is_private(update):
            await message.reply_text(escape(texts.text("whoami_group", lang)))
            return
        body = texts.text("whoami_html", lang, user_id=int(tg_user.id))
        if tg_user.id in self.config.admin_ids:
            body += "\n" + escape(texts.text("whoami_admin", lang))
        await message.reply_text(body)
        log_event("command", name="whoami", user=self.user_key(tg_user))
        await self._retry_admin_menu(update, context)

    async def unknown_command(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or not self.is_private(update):
            return  # in groups a command may be meant for another bot
        _, lang = self.languages(update.effective_user)
        if await self.admit(update, lang):
            await message.reply_text(escape(texts.text("unknown_command", lang)))

    # -- commands for Hub staff ---------------------------------------------------------

    async def _staff(self, update: Update, context: Context) -> tuple[Message, str] | None:
        """(message, language) when an admin may go on; anyone else gets exactly what an
        unknown command gets, so nothing hints that the command exists."""
        message = update.effective_message
        if message is None or not self.is_admin(update):
            await self.unknown_command(update, context)
            return None
        _, lang = self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return None
        await self._retry_admin_menu(update, context)
        return message, lang

    async def _retry_admin_menu(self, update: Update, context: Context) -> None:
        person = update.effective_user
        if person is not None and person.id in self._admin_menu_missing:
            await self._register_admin_menu(context.bot, person.id)

    async def stats(self, update: Update, context: Context) -> None:
        """/stats: questions today and in 7 days, answered %, top entries and top misses."""
        staff = await self._staff(update, context)
        if staff is None:
            return
        message, lang = staff
        try:
            if self.storage is None:
                raise StorageUnavailable("storage is not open")
            figures = await self.storage.stats()
        except StorageUnavailable as exc:
            log_event("stats_failed", logging.WARNING, error=str(exc)[:200])
            await message.reply_text(escape(texts.text("storage_unavailable", lang)))
            return
        await self.send(message, render_stats(figures, self.assistant.knowledge, lang), None)
        log_event("command", name="stats", user=self.user_key(update.effective_user))

    async def unanswered(self, update: Update, context: Context) -> None:
        """/unanswered [DAYS]: the biggest clusters of misses, with the nearest entry."""
        staff = await self._staff(update, context)
        if staff is None:
            return
        message, lang = staff
        args = context.args or []
        days = 7
        if args:
            if len(args) > 1 or not _NUMBER.match(args[0]) or not 1 <= int(args[0]) <= 365:
                await message.reply_text(escape(texts.text("unanswered_usage", lang)))
                return
            days = int(args[0])
        try:
            if self.storage is None:
                raise StorageUnavailable("storage is not open")
            report = await recent_report(
                self.storage,
                days=days,
                matcher=self.assistant.matcher,
                knowledge=self.assistant.knowledge,
            )
        except StorageUnavailable as exc:
            log_event("unanswered_failed", logging.WARNING, error=str(exc)[:200])
            await message.reply_text(escape(texts.text("storage_unavailable", lang)))
            return
        await self.send(message, render_unanswered(report, days, lang), None)
        log_event("command", name="unanswered", user=self.user_key(update.effective_user))

    async def reload(self, update: Update, context: Context) -> None:
        """/reload: validate and swap in the knowledge now; `OK: …` or the path:line problems."""
        staff = await self._staff(update, context)
        if staff is None:
            return
        message, lang = staff
        if self.reloader is None:
            await message.reply_text(escape(texts.text("reload_off", lang)))
            return
        token = _manual_reload.set(True)
        try:
            result = await self.reloader.reload()
        finally:
            _manual_reload.reset(token)
        await self.send(message, render_reload(result, lang), None)
        log_event(
            "command",
            name="reload",
            user=self.user_key(update.effective_user),
            ok=result.ok,
            problems=len(result.problems),
        )

    async def reload_finished(self, result: ReloadResult) -> None:
        """After every reload: when a saved file (or SIGHUP) broke the knowledge, message each
        admin the problems, once per new set of problems; when it is valid again, say so."""
        if result.ok:
            was_reported, self._reported_problems = bool(self._reported_problems), ()
            if was_reported and not _manual_reload.get():
                await self._notify_admins(
                    "reload_ok",
                    lambda lang: paginate(
                        [Block(texts.text("reload_recovered", lang, summary=result.summary))]
                    ),
                )
            return
        if _manual_reload.get() or result.problems == self._reported_problems:
            return  # the admin who asked reads it in the reply; the same problems once is enough
        self._reported_problems = result.problems
        await self._notify_admins(
            "reload_failed", lambda lang: render_reload(result, lang, automatic=True)
        )

    async def _notify_admins(self, what: str, render: Callable[[str], list[str]]) -> None:
        """Message every admin in their private chat, in their own language."""
        bot = self.bot
        if bot is None:
            return
        for admin_id in sorted(self.config.admin_ids):
            key = self.key_of(admin_id)
            storage = self.storage
            chosen = storage.get_preferences(key).lang if storage is not None else None
            lang = chosen if chosen in LANGS else self.config.default_lang
            try:
                for chunk in render(lang):
                    await bot.send_message(admin_id, chunk)
            except TelegramError as exc:
                log_event(
                    "admin_notify_failed",
                    logging.WARNING,
                    what=what,
                    admin=key,
                    error=type(exc).__name__,
                )
            else:
                log_event("admin_notified", what=what, admin=key)

    # -- questions ----------------------------------------------------------------------

    async def text(self, update: Update, context: Context) -> None:
        """A text message: a question in private chats, in groups only when addressed."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        await self._question(update, context, message, message.text)

    async def caption(self, update: Update, context: Context) -> None:
        """A photo or file with a caption: the caption is the question; empty ones explain."""
        message = update.effective_message
        if message is None:
            return
        if (message.caption or "").strip():
            await self._question(update, context, message, message.caption or "")
        else:
            await self.other(update, context)

    async def _question(
        self, update: Update, context: Context, message: Message, text: str
    ) -> None:
        tg_user = update.effective_user
        if tg_user is None or tg_user.is_bot:
            return
        if message.via_bot is not None and message.via_bot.id == context.bot.id:
            return  # our own inline answer, sent into a chat with us
        question: str | None = text
        if not self.is_private(update):
            question = self.addressed(message, context.bot)
            if question is None:
                return
        prefs = self.preferences(tg_user)
        chosen, lang = self.languages(tg_user)
        if not await self.admit(update, lang):
            return
        if not question:
            mention = f"@{context.bot.username}"
            await message.reply_text(escape(texts.text("mention_only", lang, mention=mention)))
            return
        started = time.perf_counter()
        reply = self.assistant.answer(
            question, lang=chosen, preferred_lang=lang, region=prefs.region
        )
        question_id = self._log_question(
            tg_user, question, reply, chat_kind=message.chat.type, channel="telegram"
        )
        keyboard = reply_keyboard(reply, question_id)
        await self.send(message, render_reply(reply, question), keyboard)
        log_event(
            "answer",
            user=self.user_key(tg_user),
            chat=message.chat.type,
            lang=reply.language,
            kind=reply.kind,
            entry=reply.entry,
            score=round(reply.score, 1),
            confident=reply.confident,
            chars=len(text),
            ms=round((time.perf_counter() - started) * 1000, 1),
        )

    async def edited(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or not self.is_private(update):
            return
        _, lang = self.languages(update.effective_user)
        if await self.admit(update, lang):
            await message.reply_text(escape(texts.text("edited", lang)))

    async def other(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice, files, locations …: explain in private, ignore in groups."""
        message = update.effective_message
        if message is None or not self.is_private(update):
            return
        if message.from_user is not None and message.from_user.is_bot:
            return
        key = "other"
        for accepted, name in _MEDIA_TEXT:
            if accepted.check_update(update):
                key = name
                break
        _, lang = self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        await message.reply_text(escape(texts.text(key, lang)))
        log_event("unsupported", kind=key, user=self.user_key(update.effective_user))

    # -- buttons ------------------------------------------------------------------------

    async def button(self, update: Update, context: Context) -> None:
        """A tapped button. Anything we did not make gets a short notice, never an error."""
        query = update.callback_query
        if query is None:
            return
        chosen, fallback_lang = self.languages(query.from_user)
        action = decode_callback(query.data)
        user = self.user_key(query.from_user)
        if action is None:
            log_event("callback_invalid", user=user, bytes=len((query.data or "").encode()))
            await query.answer(texts.text("stale_button", fallback_lang))
            return
        lang = action.lang
        chat_id = query.message.chat.id if query.message is not None else None
        if action.kind == "x":
            await query.answer(texts.text("feedback_thanks", lang))
        elif action.kind == "v":
            await self._vote(query, action, query.from_user)
        elif action.kind == "l":
            self._remember(query.from_user, lang=lang)
            await query.answer(texts.text("lang_set", lang))
            if chat_id is not None:
                await context.bot.send_message(chat_id, escape(texts.text("lang_set", lang)))
            log_event("lang", user=user, lang=lang)
        elif chat_id is None:
            await query.answer(texts.text("stale_button", lang))
        elif action.kind in ("d", "c", "p"):
            if await self.admit(update, lang, self.browse_limiter):
                await self._browse(query, action, context, chat_id)
        elif await self.admit(update, lang):
            await self._open(query, action, context, chat_id, chosen, query.from_user)

    async def _open(
        self,
        query: CallbackQuery,
        action: Action,
        context: Context,
        chat_id: int,
        chosen: str | None,
        tg_user: User,
    ) -> None:
        """Send what a button points at: an entry's answer, an example, the Hubs."""
        lang = action.lang
        knowledge = self.assistant.knowledge
        user = self.user_key(tg_user)
        keyboard: InlineKeyboardMarkup | None
        if action.kind == "a":
            reply = self.assistant.answer_entry(resolve_ref(action.target, knowledge), lang)
            if reply is None:
                await query.answer(texts.text("gone", lang))
                return
            chunks, keyboard = render_reply(reply), reply_keyboard(reply)
            log_event("button_answer", user=user, entry=reply.entry, lang=lang)
        elif action.kind == "q":
            examples = texts.examples(lang)
            if action.number >= len(examples):
                await query.answer(texts.text("stale_button", lang))
                return
            region = self.preferences(tg_user).region
            reply = self.assistant.answer(
                examples[action.number], lang=chosen or lang, region=region
            )
            chunks, keyboard = render_reply(reply), reply_keyboard(reply)
            log_event("button_example", user=user, entry=reply.entry, lang=reply.language)
        else:  # "h": the Hubs, offered under a fallback answer (which stays as it is)
            screen = render_view(knowledge, lang, View("H"))
            assert screen is not None  # the Hubs list always renders
            chunks, keyboard = [screen[0]], screen[1]
        await query.answer()
        await self.send_to_chat(context, chat_id, chunks, keyboard)

    def _browse_view(self, action: Action) -> tuple[View | None, View | None]:
        """The screen a browser button asks for; buttons of earlier versions map onto one."""
        if action.kind == "d":
            return action.view, action.back
        if action.kind == "p":
            return (View("m") if action.target == "f" else View("H", page=action.number)), None
        knowledge = self.assistant.knowledge
        item = resolve_ref(action.target, knowledge)
        if knowledge.fieldlab(item) is not None:
            return View("f", view_ref(item)), None
        if knowledge.hub(item) is not None:
            return View("b", view_ref(item)), None
        return None, None

    async def _browse(
        self, query: CallbackQuery, action: Action, context: Context, chat_id: int
    ) -> None:
        """Show a directory screen in the message that holds the tapped button."""
        lang = action.lang
        view, back = self._browse_view(action)
        screen = render_view(self.assistant.knowledge, lang, view, back) if view else None
        if screen is None:
            log_event("browse_gone", user=self.user_key(query.from_user), data=query.data)
            await query.answer(texts.text("browse_gone", lang))
            return
        body, keyboard = screen
        await query.answer()
        try:
            await query.edit_message_text(body, reply_markup=keyboard)
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return  # a double tap: the screen is already showing
            # The message cannot be edited (deleted, too old): show the screen anew instead.
            log_event("browse_edit_failed", logging.WARNING, detail=str(exc)[:120])
            await context.bot.send_message(chat_id, body, reply_markup=keyboard)

    async def _vote(self, query: CallbackQuery, action: Action, tg_user: User) -> None:
        """Record 👍/👎 once and swap the vote buttons for a thank-you."""
        message = query.message
        lang = action.lang
        markup = message.reply_markup if isinstance(message, Message) else None
        rows = list(markup.inline_keyboard) if markup else []
        kept = [list(row) for row in rows if not any(_is_vote(b) for b in row)]
        if markup is not None and len(kept) == len(rows):
            await query.answer(texts.text("feedback_thanks", lang))  # voted already
            return
        entry = resolve_ref(action.target, self.assistant.knowledge)
        user = self.user_key(tg_user)
        # An answer opened with a button has no logged question: the vote is kept per entry.
        question_id = action.ticket or f"entry:{entry}"
        storage = self.storage
        if storage is not None:
            try:
                storage.record_feedback(question_id, user, entry, 1 if action.vote == "up" else -1)
            except Exception as exc:  # a vote is never worth an error for the user
                log_event("feedback_failed", logging.WARNING, error=type(exc).__name__)
        log_event("feedback", entry=entry, vote=action.vote, lang=lang, user=user)
        await query.answer(texts.text("feedback_thanks", lang))
        if markup is not None:
            kept.append([_button(texts.text("feedback_done", lang), Action("x", lang))])
            await query.edit_message_reply_markup(InlineKeyboardMarkup(kept))

    # -- inline mode --------------------------------------------------------------------

    async def inline(self, update: Update, context: Context) -> None:
        """`@bot vraag` in any chat: up to five answers as articles."""
        query = update.inline_query
        if query is None:
            return
        prefs = self.preferences(query.from_user)
        chosen, lang = self.languages(query.from_user)
        if not await self.admit(update, lang, self.inline_limiter):
            await query.answer([], cache_time=5, is_personal=True)
            return
        question = " ".join(query.query.split())
        replies: list[Reply] = []
        if not question:
            for example in texts.examples(lang)[:3]:
                replies.append(self.assistant.answer(example, lang=lang))
        else:
            reply = self.assistant.answer(
                question, lang=chosen, preferred_lang=lang, region=prefs.region
            )
            kind = query.chat_type or "private"
            self._log_inline_later(
                query.from_user, question, reply, "private" if kind == "sender" else kind
            )
            lang = reply.language
            links: tuple[Link, ...] = ()
            if reply.confident and reply.entry:
                replies.append(reply)
                links = reply.related
            else:
                links = reply.alternatives
            for link in links:
                linked = self.assistant.answer_entry(link.entry, lang)
                if linked is not None:
                    replies.append(linked)
            if not replies:
                replies.append(reply)
        seen: set[str] = set()
        results: list[InlineQueryResultArticle] = []
        for reply in replies:
            key = reply.entry or f"{reply.kind}.{reply.language}"
            if key in seen or len(results) >= MAX_INLINE_RESULTS:
                continue
            seen.add(key)
            results.append(self._article(reply, question))
        # Personal: the answers depend on the user's language and region.
        await query.answer(results, cache_time=60, is_personal=True)
        log_event("inline", user=self.user_key(query.from_user), results=len(results), lang=lang)

    def _article(self, reply: Reply, question: str) -> InlineQueryResultArticle:
        entry = self.assistant.knowledge.entry(reply.entry) if reply.entry else None
        if entry is not None:
            title = entry.title(reply.language)
        else:
            title = texts.text("inline_fallback_title", reply.language)
        body = paginate(reply_blocks(reply, question=question, max_text=3000))[0]
        key = f"{reply.entry or reply.kind}:{reply.language}"
        return InlineQueryResultArticle(
            id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
            title=_label("", title),
            description=_label("", reply.text)[:BUTTON_CHARS],
            input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML),
        )

    # -- errors -------------------------------------------------------------------------

    async def error(self, update: object, context: Context) -> None:
        """Log one line (no token, no raw id) and tell the user something polite."""
        exc = context.error
        tg_update = update if isinstance(update, Update) else None
        tg_user = tg_update.effective_user if tg_update else None
        fields: dict[str, object] = {
            "kind": type(exc).__name__,
            "update": tg_update.update_id if tg_update else None,
            "user": self.user_key(tg_user) if tg_user else None,
        }
        if isinstance(exc, TelegramError):
            # Network trouble, not a bug: no traceback, just what happened.
            log_event("error", logging.WARNING, detail=str(exc)[:200], **fields)
        else:
            log.error(
                "event=error %s",
                " ".join(f"{k}={_field(v)}" for k, v in fields.items() if v is not None),
                exc_info=exc,
            )
        if tg_update is None:
            return
        code = tg_user.language_code if tg_user else None
        lang = telegram_language(code, self.config.default_lang)
        notice = texts.text("error", lang)
        try:
            if tg_update.callback_query is not None:
                await tg_update.callback_query.answer(notice)
            elif self.is_private(tg_update) and tg_update.effective_message is not None:
                await tg_update.effective_message.reply_text(escape(notice))
        except TelegramError:
            pass  # the API is what failed; nothing more we can say


# --------------------------------------------------------------------------------------------
# Health: one line a minute that an operator (or scripts/soak.py) can follow over months


def health_seconds(env: Mapping[str, str] | None = None) -> float:
    """BOT_HEALTH_SECONDS: seconds between `event=health` lines (default 60). 0 turns the
    periodic line off; the one at shutdown stays."""
    raw = (os.environ if env is None else env).get("BOT_HEALTH_SECONDS", "").strip()
    if not raw:
        return HEALTH_SECONDS
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not math.isfinite(value) or value < 0:
        raise ConfigError(f"BOT_HEALTH_SECONDS must be 0 or more seconds, got {raw!r}")
    return value


def _rss_mb() -> float | None:
    """Resident memory of this process in MiB (VmRSS), or None where /proc has no answer."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def log_health(channel: TelegramChannel) -> None:
    """`event=health tasks=… rss_mb=… pending=… dropped=… knowledge=…`: counts only."""
    storage = channel.storage
    log_event(
        "health",
        tasks=len(asyncio.all_tasks()),
        rss_mb=_rss_mb(),
        pending=storage.pending if storage is not None else None,
        dropped=storage.dropped if storage is not None else None,
        knowledge=len(channel.assistant.knowledge.entries),
    )


async def _health_loop(channel: TelegramChannel, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            log_health(channel)
        except Exception as exc:  # a health line is never worth the bot
            log_event("health_failed", logging.WARNING, error=type(exc).__name__)


# --------------------------------------------------------------------------------------------
# Building and running the application


def _spare_httpcore_a_failing_import() -> None:
    """httpcore imports `sniffio` on every request; when it is not installed, every failed
    import searches all of sys.path again (a fifth of the CPU per reply under load). Recording
    its absence once makes the import fail at once, with the same outcome: asyncio."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def build_application(
    config: Config,
    assistant: Assistant,
    *,
    secret: bytes | None = None,
    reloader: KnowledgeReloader | None = None,
) -> TelegramApp:
    """The whole bot: PTB Application with every handler, 429/5xx handling and timeouts.

    The Storage is opened in `post_init` (inside the event loop) with `secret` (else
    BOT_SECRET or the data dir's secret file) and closed in `post_shutdown`. With a
    `reloader`, /reload works and failed reloads are reported to the admins.
    """
    if not config.token:
        raise ValueError("a Telegram bot token is needed to build the application")
    _spare_httpcore_a_failing_import()
    channel = TelegramChannel(config, assistant, secret=secret, reloader=reloader)
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        allow_sending_without_reply=True,
    )
    app: TelegramApp = (
        ApplicationBuilder()
        .token(config.token)
        .base_url(config.api_url)
        .defaults(defaults)
        .concurrent_updates(CONCURRENT_UPDATES)
        .rate_limiter(PatientRequests(in_flight=HTTP_CONNECTIONS))
        .connect_timeout(5.0)
        .read_timeout(10.0)
        .write_timeout(10.0)
        .pool_timeout(5.0)
        .connection_pool_size(HTTP_CONNECTIONS)
        .get_updates_connect_timeout(5.0)
        .get_updates_read_timeout(10.0)
        .get_updates_pool_timeout(5.0)
        .job_queue(None)
        .post_init(channel.post_init)
        .post_shutdown(channel.post_shutdown)
        .build()
    )
    channel.register(app)
    app.bot_data["channel"] = channel
    return app


async def _until_up(
    action: Callable[[], Coroutine[Any, Any, object]], stop: asyncio.Event, what: str
) -> bool:
    """Run `action` until it succeeds, backing off 1 s … 30 s; False when stopped first."""
    delay = 1.0
    attempt = 0
    while not stop.is_set():
        attempt += 1
        try:
            await action()
            return True
        except InvalidToken:
            raise
        except TelegramError as exc:
            wait = max(delay, _retry_after_seconds(exc)) if isinstance(exc, RetryAfter) else delay
            log_event(
                "startup_retry",
                logging.WARNING,
                step=what,
                attempt=attempt,
                error=type(exc).__name__,
                wait=wait,
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
            delay = min(delay * 2, 30.0)
    return False


def _polling_error(exc: TelegramError) -> None:
    """getUpdates failed (PTB retries with backoff): one line instead of a traceback."""
    log_event("polling_error", logging.WARNING, error=type(exc).__name__, detail=str(exc)[:200])


_REJECTED_NOTICE: Final = (
    "Error: the Bot API rejected TELEGRAM_BOT_TOKEN (or TELEGRAM_API_URL does not end in /bot). "
    "Check the token with @BotFather.\n"
)
_POLLING_TASK: Final = "Updater:start_polling:polling_task"  # PTB 22's name for its poll loop


async def _until_stopped(stop: asyncio.Event) -> BaseException | None:
    """Wait for `stop` (None), or return the error that ended PTB's polling loop first. That
    loop only gives up on a rejected token (revoked in @BotFather while running): exiting then
    lets the supervisor see it, instead of a process that looks alive and never answers."""
    polling = next((t for t in asyncio.all_tasks() if t.get_name() == _POLLING_TASK), None)
    stopping = asyncio.create_task(stop.wait())
    watched: set[asyncio.Future[Any]] = {stopping}
    if polling is not None:
        watched.add(polling)
    await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
    if stopping.done() or polling is None:
        return None
    stopping.cancel()
    if polling.cancelled():
        return asyncio.CancelledError()
    return polling.exception() or RuntimeError("polling ended")


async def _bounded(step: Coroutine[Any, Any, object], name: str, deadline: float) -> None:
    remaining = deadline - asyncio.get_running_loop().time()
    try:
        await asyncio.wait_for(step, timeout=max(0.1, remaining))
    except TimeoutError:
        log_event("shutdown_timeout", logging.WARNING, step=name)
    except Exception as exc:  # shutting down: report and carry on with the next step
        log_event("shutdown_error", logging.WARNING, step=name, error=type(exc).__name__)


async def serve(
    app: TelegramApp,
    config: Config,
    stop: asyncio.Event | None = None,
    *,
    reloader: KnowledgeReloader | None = None,
    health_every: float = HEALTH_SECONDS,
) -> int:
    """Start the bot, run until SIGTERM/SIGINT (or `stop`), finish in-flight replies, exit 0.
    With a `reloader`, knowledge edits (and SIGHUP) are picked up while running. Logs
    `event=health` every `health_every` seconds (0: never) and once when stopping."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    mode = "webhook" if config.webhook_url else "polling"
    background: set[asyncio.Task[Any]] = set()
    channel = app.bot_data.get("channel")
    health: asyncio.Task[None] | None = None

    def spawn(work: Coroutine[Any, Any, Any]) -> None:
        task = loop.create_task(work)
        background.add(task)
        task.add_done_callback(background.discard)

    try:
        try:
            if not await _until_up(app.initialize, stop, "getMe"):
                return 0
        except InvalidToken:
            log_event("startup_failed", logging.ERROR, reason="token rejected")
            sys.stderr.write(_REJECTED_NOTICE)
            return 1
        if app.post_init is not None:
            await app.post_init(app)
        updater = app.updater
        assert updater is not None
        if config.webhook_url:
            secret = config.webhook_secret or secrets.token_urlsafe(32)
            path = urlsplit(config.webhook_url).path.lstrip("/")
            # setWebhook failing (5xx, refused) is retried like getMe, never a crash: first on
            # its own (PTB's bootstrap would log a traceback per failure), then for real.
            if not await _until_up(
                lambda: app.bot.set_webhook(
                    config.webhook_url or "",
                    allowed_updates=list(ALLOWED_UPDATES),
                    secret_token=secret,
                ),
                stop,
                "setWebhook",
            ):
                return 0
            started = await _until_up(
                lambda: updater.start_webhook(
                    listen="0.0.0.0",  # noqa: S104 - the reverse proxy in front reaches us here
                    port=config.webhook_port,
                    url_path=path,
                    webhook_url=config.webhook_url,
                    secret_token=secret,
                    allowed_updates=list(ALLOWED_UPDATES),
                    bootstrap_retries=0,
                ),
                stop,
                "setWebhook",
            )
        else:
            if not await _until_up(app.bot.delete_webhook, stop, "deleteWebhook"):
                return 0
            started = await _until_up(
                lambda: updater.start_polling(
                    timeout=timedelta(seconds=25),
                    allowed_updates=list(ALLOWED_UPDATES),
                    bootstrap_retries=0,
                    error_callback=_polling_error,
                ),
                stop,
                "startPolling",
            )
        if not started:
            return 0
        await app.start()
        if reloader is not None:
            spawn(reloader.watch())
            loop.add_signal_handler(signal.SIGHUP, lambda: spawn(reloader.reload()))
        log_event("started", mode=mode, bot=f"@{app.bot.username}")
        if isinstance(channel, TelegramChannel):
            log_health(channel)
            if health_every > 0:
                health = loop.create_task(_health_loop(channel, health_every), name="health")
        ended = await _until_stopped(stop)
        if ended is not None:
            log_event("polling_ended", logging.ERROR, error=type(ended).__name__)
            if isinstance(ended, InvalidToken):
                sys.stderr.write(_REJECTED_NOTICE)
            return 1
        log_event("stopping", mode=mode)
        return 0
    finally:
        deadline = loop.time() + SHUTDOWN_SECONDS
        if health is not None:
            health.cancel()
        if isinstance(channel, TelegramChannel) and channel.storage is not None:
            log_health(channel)  # the last figures before shutting down
        if reloader is not None:
            reloader.stop()
            loop.remove_signal_handler(signal.SIGHUP)
        if app.updater is not None and app.updater.running:
            await _bounded(app.updater.stop(), "updater", deadline)
        if app.running:
            await _bounded(app.stop(), "application", deadline)
        await _bounded(app.shutdown(), "shutdown", deadline)
        if background:
            await _bounded(asyncio.wait(background), "background", deadline)
        if app.post_shutdown is not None:
            # Not bounded: the Storage's connection is a thread that would keep the process
            # alive if closing were cut short. Its slowest case is SQLite's busy timeout.
            try:
                await app.post_shutdown(app)
            except Exception as exc:  # shutting down: report and carry on
                log_event(
                    "shutdown_error",
                    logging.WARNING,
                    step="post_shutdown",
                    error=type(exc).__name__,
                )
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        log_event("stopped", mode=mode)


def run(config: Config) -> int:
    """`fieldbot run`: load the knowledge, then serve Telegram until SIGTERM. Exit status."""
    health_every = health_seconds()  # a bad value stops the start (exit 2) before anything else
    configure_logging(config)
    try:
        knowledge = load_knowledge(config.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem}\n")
        count = len(exc.problems)
        sys.stderr.write(f"Error: knowledge is invalid ({count} problem{'s' * (count != 1)})\n")
        return 1
    # Read (or create) the secret now: a BOT_SECRET that is too short stops the start with one
    # clear line (exit 2) instead of a traceback from inside the event loop.
    secret = load_or_create_secret(config.data_dir, config.secret)
    assistant = Assistant(knowledge, default_lang=config.default_lang)
    reloader = KnowledgeReloader(assistant, config.knowledge_dir)
    app = build_application(config, assistant, secret=secret, reloader=reloader)
    log_event("knowledge", entries=len(knowledge.entries), dir=str(config.knowledge_dir))
    try:
        return asyncio.run(serve(app, config, reloader=reloader, health_every=health_every))
    except Exception:
        # Unexpected: one traceback through the redacting log handler (Python's own hook
        # would print the token if an error message carried it), and a non-zero exit.
        log.exception("event=crashed")
        return 1
