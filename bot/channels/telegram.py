"""The Telegram channel on python-telegram-bot 22: the only module that imports `telegram`.

Handlers translate between Telegram and the Assistant and nothing more. Everything is wired in
`build_application`; `run` loads the knowledge, starts polling (or a webhook) and stops cleanly
on SIGTERM. Per-user state (language choice, rate limit) sits behind small interfaces so the
storage module can take it over without touching the handlers.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import hmac
import html
import importlib.util
import json
import logging
import math
import re
import secrets
import signal
import sys
import time
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

import httpx
from telegram import (  # noqa: TID251 - this module is the Telegram channel
    Bot,
    BotCommand,
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

from bot import messages
from bot.assistant import Assistant, Link, Reply
from bot.channels import telegram_texts as texts
from bot.config import Config
from bot.directory import fieldlab_card, hub_card
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.reload import KnowledgeReloader

LANGS: Final = ("nl", "en")
MAX_MESSAGE_CHARS: Final = 4096  # Telegram's limit, counted after entity parsing
MAX_CALLBACK_BYTES: Final = 64
MAX_INLINE_RESULTS: Final = 5
LIST_PAGE_SIZE: Final = 8
BUTTON_CHARS: Final = 60
QUOTE_CHARS: Final = 120
SHUTDOWN_SECONDS: Final = 8.0  # SIGTERM must end the process within 10 s
# Few connections, kept busy: httpcore rescans every idle connection for each request, so a
# large pool costs CPU (measured: 256 connections 7.2 ms per reply, 8 connections 3.9 ms).
# Eight requests in flight carry well over Telegram's own cap of about 30 messages a second.
HTTP_CONNECTIONS: Final = 8
CONCURRENT_UPDATES: Final = 64
ALLOWED_UPDATES: Final = ("message", "edited_message", "callback_query", "inline_query")

TelegramApp = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE

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
        # Longest first, so the full token goes before its secret half.
        self._redact = sorted({s for s in redact if len(s) >= 6}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._redact:
            text = text.replace(secret, "<redacted>")
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
# Per-user state behind narrow interfaces (storage can plug in later)


class Preferences(Protocol):
    """Where a user's language choice lives; `user` is always a pseudonym."""

    async def language(self, user: str) -> str | None: ...

    async def set_language(self, user: str, lang: str) -> None: ...

    async def forget(self, user: str) -> None: ...


class MemoryPreferences:
    """Language choices in memory, bounded (least recently used go first); lost on restart."""

    def __init__(self, limit: int = 100_000) -> None:
        self._limit = limit
        self._langs: OrderedDict[str, str] = OrderedDict()

    async def language(self, user: str) -> str | None:
        lang = self._langs.get(user)
        if lang is not None:
            self._langs.move_to_end(user)
        return lang

    async def set_language(self, user: str, lang: str) -> None:
        self._langs[user] = lang
        self._langs.move_to_end(user)
        while len(self._langs) > self._limit:
            self._langs.popitem(last=False)

    async def forget(self, user: str) -> None:
        self._langs.pop(user, None)


class FeedbackSink(Protocol):
    """Where 👍/👎 votes go; `vote` is "up" or "down"; `question_id` is what the QuestionLog
    returned for the question answered (None for answers opened with a button)."""

    async def record(
        self, user: str, entry: str, vote: str, lang: str, question_id: str | None
    ) -> None: ...


class LogFeedback:
    """Feedback as one log line per vote."""

    async def record(
        self, user: str, entry: str, vote: str, lang: str, question_id: str | None
    ) -> None:
        log_event("feedback", entry=entry, vote=vote, lang=lang, question=question_id, user=user)


class QuestionLog(Protocol):
    """Where answered and unanswered questions go (storage turns them into a report). Returns
    an id for the question ([A-Za-z0-9_-], at most 16 characters) that feedback refers to."""

    async def record(self, user: str, question: str, reply: Reply, chat: str) -> str | None: ...


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
_NUMBER: Final = re.compile(r"[0-9]{1,3}\Z")
_TICKET: Final = re.compile(r"[A-Za-z0-9_-]{1,16}\Z")


@dataclass(frozen=True)
class Action:
    """A decoded button: what to do, in which language, on what."""

    kind: str  # a=answer entry, q=example question, v=vote, c=card, p=list page,
    # h=hubs list, l=set language, x=nothing (a thank-you button)
    lang: str
    target: str = ""
    number: int = 0
    vote: str = ""
    ticket: str = ""  # the logged question a vote is about, when it fits

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
    """One paragraph of plain text and how to style it (b, i or nothing)."""

    text: str
    style: str = ""

    def html(self) -> str:
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
        Block(part.strip(), block.style)
        for block in blocks
        for part in _split_text(block.text, limit)
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
        blocks.append(Block(messages.text("too_long", reply.language), "i"))
    body = reply.text
    if max_text is not None and len(body) > max_text:
        body = body[: max_text - 1].rstrip() + "…"
    blocks += paragraphs(body)
    if reply.alternatives:
        blocks.append(Block(messages.text("did_you_mean", reply.language), "b"))
    source = reply.source_line()
    if source:
        blocks.append(Block(source, "i"))
    return blocks


def render_reply(reply: Reply, question: str | None = None) -> list[str]:
    """The reply as one or more HTML messages; the source line ends the last one."""
    return paginate(reply_blocks(reply, question=question))


def _clip_text(text: str, limit: int) -> str:
    text = " ".join(text.split())
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
    return Block(f"{messages.text('source', lang)}: {source}{date}", "i")


def render_card(
    knowledge: KnowledgeBase, item_id: str, lang: str
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """A Hub or Fieldlab card (HTML, keyboard), or None when the id is unknown."""
    lab = knowledge.fieldlab(item_id)
    hub = knowledge.hub(item_id)
    if lab is not None:
        own_hub = knowledge.hub(lab.hub) if lab.hub else None
        card, source, as_of = fieldlab_card(lab, own_hub, lang), lab.source, lab.as_of
    elif hub is not None:
        own_hub = None
        card, source, as_of = hub_card(hub, lang), hub.source, hub.as_of
    else:
        return None
    title, _, rest = card.partition("\n")
    blocks = [Block(title, "b"), *paragraphs(rest)]
    line = _source_line(source, as_of, lang)
    if line:
        blocks.append(line)
    pages = paginate(blocks)
    html_text = pages[0] if len(pages) == 1 else _clip(blocks)
    keyboard: InlineKeyboardMarkup | None = None
    if own_hub is not None:
        name = own_hub.name or texts.text("unnamed_hub", lang)
        label = _label("", texts.text("hub_card_button", lang, hub=name))
        keyboard = InlineKeyboardMarkup([[_button(label, Action("c", lang, own_hub.id))]])
    return html_text, keyboard


def _clip(blocks: list[Block]) -> str:
    """One message from blocks that would need two: shorten the middle, keep title and source."""
    head, *middle, tail = blocks
    budget = MAX_MESSAGE_CHARS - _units(head.text) - _units(tail.text) - 8
    text = "\n".join(b.text for b in middle)
    if _units(text) > budget:
        text = text[: max(0, budget - 1)] + "…"
    return "\n\n".join((head.html(), escape(text), tail.html()))


@dataclass(frozen=True)
class ListItem:
    """One line of the /fieldlabs or /hubs list and the card its button opens."""

    item_id: str
    name: str
    detail: str
    group: str


def fieldlab_items(knowledge: KnowledgeBase, lang: str) -> list[ListItem]:
    """Fieldlabs grouped by their first province (else region), sorted by group and name."""
    other = texts.text("no_province", lang)
    items = [
        ListItem(
            lab.id,
            lab.name,
            ", ".join(lab.places),
            lab.provinces[0] if lab.provinces else (lab.region or other),
        )
        for lab in knowledge.fieldlabs
    ]
    return sorted(items, key=lambda i: (i.group == other, i.group.casefold(), i.name.casefold()))


def hub_items(knowledge: KnowledgeBase, lang: str) -> list[ListItem]:
    """Hubs grouped by region; a Hub whose name the sources do not give says so."""
    other = texts.text("no_region", lang)
    items = [
        ListItem(
            hub.id,
            hub.name or texts.text("unnamed_hub", lang),
            ", ".join(hub.provinces),
            hub.region or other,
        )
        for hub in knowledge.hubs
    ]
    return sorted(items, key=lambda i: (i.group == other, i.group.casefold(), i.name.casefold()))


def render_list(
    items: Sequence[ListItem], which: str, page: int, lang: str
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of a list: grouped lines, a card button per item, previous/next buttons."""
    if not items:
        return escape(texts.text("none_fieldlabs" if which == "f" else "none_hubs", lang)), None
    pages = math.ceil(len(items) / LIST_PAGE_SIZE)
    page = min(max(page, 0), pages - 1)
    shown = items[page * LIST_PAGE_SIZE : (page + 1) * LIST_PAGE_SIZE]
    title = texts.text("fieldlabs_title" if which == "f" else "hubs_title", lang, count=len(items))
    parts = [escape(title)]
    group: str | None = None
    lines: list[str] = []
    for item in shown:
        if item.group != group:
            if lines:
                parts.append("\n".join(lines))
            group = item.group
            lines = [f"<b>{escape(group)}</b>"]
        detail = f" – {escape(item.detail)}" if item.detail else ""
        lines.append(f"• {escape(item.name)}{detail}")
    parts.append("\n".join(lines))
    if pages > 1:
        parts.append(f"<i>{escape(texts.text('page', lang, page=page + 1, pages=pages))}</i>")
    buttons = [_button(_label("", i.name), Action("c", lang, i.item_id)) for i in shown]
    rows = [buttons[n : n + 2] for n in range(0, len(buttons), 2)]
    nav = []
    if page > 0:
        nav.append(_button(texts.text("previous", lang), Action("p", lang, which, page - 1)))
    if page < pages - 1:
        nav.append(_button(texts.text("next", lang), Action("p", lang, which, page + 1)))
    if nav:
        rows.append(nav)
    return "\n\n".join(parts), InlineKeyboardMarkup(rows)


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


class TelegramChannel:
    """The handlers: each translates one kind of update into a call on the Assistant."""

    def __init__(
        self,
        config: Config,
        assistant: Assistant,
        *,
        preferences: Preferences | None = None,
        feedback: FeedbackSink | None = None,
        questions: QuestionLog | None = None,
        pseudonyms: Pseudonyms | None = None,
    ) -> None:
        self.config = config
        self.assistant = assistant
        self.preferences: Preferences = preferences or MemoryPreferences()
        self.feedback: FeedbackSink = feedback or LogFeedback()
        self.questions = questions
        self.pseudonyms = pseudonyms or Pseudonyms.from_config(config)
        self.limiter = UserRateLimiter(config.rate_limit_per_minute)
        # Typing an inline query sends one update per keystroke: a roomier budget of its own.
        self.inline_limiter = UserRateLimiter(config.rate_limit_per_minute * 5)

    # -- wiring -------------------------------------------------------------------------

    def register(self, app: TelegramApp) -> None:
        """Add every handler and the error handler to `app`."""
        new = filters.UpdateType.MESSAGE
        commands: list[tuple[str, Callable[[Update, Context], Coroutine[Any, Any, None]]]] = [
            ("start", self.start),
            ("help", self.help),
            ("lang", self.lang),
            ("fieldlabs", self.fieldlabs),
            ("hubs", self.hubs),
            ("privacy", self.privacy),
            ("forget", self.forget),
            ("whoami", self.whoami),
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
        """Register the command menu in Dutch (default) and English."""
        for lang, column in (("nl", 1), ("en", 2)):
            commands = [BotCommand(row[0], row[column]) for row in texts.COMMANDS]
            try:
                await app.bot.set_my_commands(
                    commands, language_code=None if lang == "nl" else lang
                )
            except TelegramError as exc:
                log_event("commands_failed", logging.WARNING, lang=lang, error=type(exc).__name__)

    # -- helpers ------------------------------------------------------------------------

    def user_key(self, user: User | None) -> str:
        return self.pseudonyms(user.id if user else None)

    async def languages(self, user: User | None) -> tuple[str | None, str]:
        """(the user's explicit /lang choice or None, the language to speak to them)."""
        chosen = await self.preferences.language(self.user_key(user))
        spoken = telegram_language(user.language_code if user else None, self.config.default_lang)
        return chosen, chosen or spoken

    async def admit(self, update: Update, lang: str, *, inline: bool = False) -> bool:
        """Apply the per-user rate limit; the first message over it gets one friendly reply."""
        user = self.user_key(update.effective_user)
        verdict = (self.inline_limiter if inline else self.limiter).check(user)
        if verdict == UserRateLimiter.ALLOW:
            return True
        if verdict == UserRateLimiter.WARN:
            log_event("rate_limited", user=user)
            if update.callback_query is not None:
                await update.callback_query.answer(texts.text("slow_down_button", lang))
            elif update.effective_message is not None and not inline:
                await update.effective_message.reply_text(escape(texts.text("rate_limited", lang)))
        elif update.callback_query is not None:
            await update.callback_query.answer()
        return False

    @staticmethod
    def is_private(update: Update) -> bool:
        chat = update.effective_chat
        return chat is not None and chat.type == ChatType.PRIVATE

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
        _, lang = await self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        examples = messages.examples(lang)[:3]
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
        _, lang = await self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        mention = f"@{context.bot.username}" if context.bot.username else "@bot"
        await message.reply_text(escape(texts.text("help", lang, mention=mention)))
        log_event("command", name="help", user=self.user_key(update.effective_user), lang=lang)

    async def lang(self, update: Update, context: Context) -> None:
        """`/lang nl|en` remembers the choice; without an argument, offer two buttons."""
        message = update.effective_message
        if message is None:
            return
        user = self.user_key(update.effective_user)
        _, lang = await self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        choice = (context.args or [""])[0].lower()
        if choice in LANGS:
            await self.preferences.set_language(user, choice)
            await message.reply_text(escape(texts.text("lang_set", choice)))
            log_event("lang", user=user, lang=choice)
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

    async def fieldlabs(self, update: Update, context: Context) -> None:
        await self._list(update, "f")

    async def hubs(self, update: Update, context: Context) -> None:
        await self._list(update, "h")

    async def _list(self, update: Update, which: str) -> None:
        message = update.effective_message
        if message is None:
            return
        _, lang = await self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        knowledge = self.assistant.knowledge
        items = fieldlab_items(knowledge, lang) if which == "f" else hub_items(knowledge, lang)
        body, keyboard = render_list(items, which, 0, lang)
        await message.reply_text(body, reply_markup=keyboard)
        name = "fieldlabs" if which == "f" else "hubs"
        log_event("command", name=name, user=self.user_key(update.effective_user), lang=lang)

    async def privacy(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        _, lang = await self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        await message.reply_text(escape(texts.text("privacy", lang)))

    async def forget(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        user = self.user_key(update.effective_user)
        _, lang = await self.languages(update.effective_user)
        if not await self.admit(update, lang):
            return
        await self.preferences.forget(user)
        await message.reply_text(escape(texts.text("forget_done", lang)))
        log_event("forget", user=user)

    async def whoami(self, update: Update, context: Context) -> None:
        """The user's numeric id, so staff can put it in BOT_ADMIN_IDS; only in private."""
        message, tg_user = update.effective_message, update.effective_user
        if message is None or tg_user is None:
            return
        _, lang = await self.languages(tg_user)
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

    async def unknown_command(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or not self.is_private(update):
            return  # in groups a command may be meant for another bot
        _, lang = await self.languages(update.effective_user)
        if await self.admit(update, lang):
            await message.reply_text(escape(texts.text("unknown_command", lang)))

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
        chosen, lang = await self.languages(tg_user)
        if not await self.admit(update, lang):
            return
        if not question:
            mention = f"@{context.bot.username}"
            await message.reply_text(escape(texts.text("mention_only", lang, mention=mention)))
            return
        started = time.perf_counter()
        reply = self.assistant.answer(question, lang=chosen, preferred_lang=lang)
        user = self.user_key(tg_user)
        question_id = None
        if self.questions is not None:
            question_id = await self.questions.record(user, question, reply, message.chat.type)
        keyboard = reply_keyboard(reply, question_id)
        await self.send(message, render_reply(reply, question), keyboard)
        log_event(
            "answer",
            user=user,
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
        _, lang = await self.languages(update.effective_user)
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
        _, lang = await self.languages(update.effective_user)
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
        chosen, fallback_lang = await self.languages(query.from_user)
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
            await self._vote(query, action, user)
        elif action.kind == "l":
            await self.preferences.set_language(user, lang)
            await query.answer(texts.text("lang_set", lang))
            if chat_id is not None:
                await context.bot.send_message(chat_id, escape(texts.text("lang_set", lang)))
            log_event("lang", user=user, lang=lang)
        elif chat_id is None:
            await query.answer(texts.text("stale_button", lang))
        elif not await self.admit(update, lang):
            return
        elif action.kind == "p":
            await self._page(query, action)
        else:
            await self._open(query, action, context, chat_id, chosen, user)

    async def _open(
        self,
        query: CallbackQuery,
        action: Action,
        context: Context,
        chat_id: int,
        chosen: str | None,
        user: str,
    ) -> None:
        """Send what a button points at: an entry's answer, an example, a card, the Hubs."""
        lang = action.lang
        knowledge = self.assistant.knowledge
        keyboard: InlineKeyboardMarkup | None
        if action.kind == "a":
            reply = self.assistant.answer_entry(resolve_ref(action.target, knowledge), lang)
            if reply is None:
                await query.answer(texts.text("gone", lang))
                return
            chunks, keyboard = render_reply(reply), reply_keyboard(reply)
            log_event("button_answer", user=user, entry=reply.entry, lang=lang)
        elif action.kind == "q":
            examples = messages.examples(lang)
            if action.number >= len(examples):
                await query.answer(texts.text("stale_button", lang))
                return
            reply = self.assistant.answer(examples[action.number], lang=chosen or lang)
            chunks, keyboard = render_reply(reply), reply_keyboard(reply)
            log_event("button_example", user=user, entry=reply.entry, lang=reply.language)
        elif action.kind == "c":
            card = render_card(knowledge, resolve_ref(action.target, knowledge), lang)
            if card is None:
                await query.answer(texts.text("gone", lang))
                return
            chunks, keyboard = [card[0]], card[1]
        else:  # "h": the Hubs list, offered under a fallback answer
            body, keyboard = render_list(hub_items(knowledge, lang), "h", 0, lang)
            chunks = [body]
        await query.answer()
        await self.send_to_chat(context, chat_id, chunks, keyboard)

    async def _vote(self, query: CallbackQuery, action: Action, user: str) -> None:
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
        await self.feedback.record(user, entry, action.vote, lang, action.ticket or None)
        await query.answer(texts.text("feedback_thanks", lang))
        if markup is not None:
            kept.append([_button(texts.text("feedback_done", lang), Action("x", lang))])
            await query.edit_message_reply_markup(InlineKeyboardMarkup(kept))

    async def _page(self, query: CallbackQuery, action: Action) -> None:
        knowledge = self.assistant.knowledge
        lang = action.lang
        if action.target == "f":
            items = fieldlab_items(knowledge, lang)
        else:
            items = hub_items(knowledge, lang)
        body, keyboard = render_list(items, action.target, action.number, lang)
        await query.answer()
        message = query.message
        if isinstance(message, Message) and message.text_html == body:
            return  # Telegram refuses an edit that changes nothing
        await query.edit_message_text(body, reply_markup=keyboard)

    # -- inline mode --------------------------------------------------------------------

    async def inline(self, update: Update, context: Context) -> None:
        """`@bot vraag` in any chat: up to five answers as articles."""
        query = update.inline_query
        if query is None:
            return
        chosen, lang = await self.languages(query.from_user)
        if not await self.admit(update, lang, inline=True):
            await query.answer([], cache_time=5, is_personal=True)
            return
        question = " ".join(query.query.split())
        replies: list[Reply] = []
        if not question:
            for example in messages.examples(lang)[:3]:
                replies.append(self.assistant.answer(example, lang=lang))
        else:
            reply = self.assistant.answer(question, lang=chosen, preferred_lang=lang)
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
        await query.answer(results, cache_time=60, is_personal=chosen is not None)
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
    preferences: Preferences | None = None,
    feedback: FeedbackSink | None = None,
    questions: QuestionLog | None = None,
    pseudonyms: Pseudonyms | None = None,
) -> TelegramApp:
    """The whole bot: PTB Application with every handler, 429/5xx handling and timeouts."""
    if not config.token:
        raise ValueError("a Telegram bot token is needed to build the application")
    _spare_httpcore_a_failing_import()
    channel = TelegramChannel(
        config,
        assistant,
        preferences=preferences,
        feedback=feedback,
        questions=questions,
        pseudonyms=pseudonyms,
    )
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
) -> int:
    """Start the bot, run until SIGTERM/SIGINT (or `stop`), finish in-flight replies, exit 0.
    With a `reloader`, knowledge edits (and SIGHUP) are picked up while running."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    mode = "webhook" if config.webhook_url else "polling"
    background: set[asyncio.Task[Any]] = set()

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
            sys.stderr.write(
                "Error: the Bot API rejected TELEGRAM_BOT_TOKEN (or TELEGRAM_API_URL does not "
                "end in /bot). Check the token with @BotFather.\n"
            )
            return 1
        if app.post_init is not None:
            await app.post_init(app)
        updater = app.updater
        assert updater is not None
        if config.webhook_url:
            secret = config.webhook_secret or secrets.token_urlsafe(32)
            path = urlsplit(config.webhook_url).path.lstrip("/")
            await updater.start_webhook(
                listen="0.0.0.0",  # noqa: S104 - the reverse proxy in front reaches us here
                port=config.webhook_port,
                url_path=path,
                webhook_url=config.webhook_url,
                secret_token=secret,
                allowed_updates=list(ALLOWED_UPDATES),
                bootstrap_retries=3,
            )
        else:
            if not await _until_up(app.bot.delete_webhook, stop, "deleteWebhook"):
                return 0
            await updater.start_polling(
                timeout=timedelta(seconds=25),
                allowed_updates=list(ALLOWED_UPDATES),
                bootstrap_retries=3,
                error_callback=_polling_error,
            )
        await app.start()
        if reloader is not None:
            spawn(reloader.watch())
            loop.add_signal_handler(signal.SIGHUP, lambda: spawn(reloader.reload()))
        log_event("started", mode=mode, bot=f"@{app.bot.username}")
        await stop.wait()
        log_event("stopping", mode=mode)
        return 0
    finally:
        deadline = loop.time() + SHUTDOWN_SECONDS
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
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        log_event("stopped", mode=mode)


def run(config: Config) -> int:
    """`fieldbot run`: load the knowledge, then serve Telegram until SIGTERM. Exit status."""
    configure_logging(config)
    try:
        knowledge = load_knowledge(config.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem}\n")
        count = len(exc.problems)
        sys.stderr.write(f"Error: knowledge is invalid ({count} problem{'s' * (count != 1)})\n")
        return 1
    assistant = Assistant(knowledge, default_lang=config.default_lang)
    app = build_application(config, assistant)
    log_event("knowledge", entries=len(knowledge.entries), dir=str(config.knowledge_dir))
    reloader = KnowledgeReloader(assistant, config.knowledge_dir)
    return asyncio.run(serve(app, config, reloader=reloader))
