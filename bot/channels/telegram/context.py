"""The services a handler needs, reached through a typed `CallbackContext`.

`build_application` puts one `Services` in `bot_data`; handlers take a `BotContext` and use
`context.assistant`, `context.storage`, `context.config` and `context.pseudonyms`.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from telegram import Update, User
from telegram.constants import ChatType
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.assistant import Assistant, Reply
from bot.config import Config
from bot.edits import KnowledgeFiles, Suggestion
from bot.logs import log_event
from bot.pseudonyms import Pseudonyms
from bot.ratelimit import UserRateLimiter
from bot.reload import KnowledgeReloader
from bot.storage import Preferences, Storage
from bot.texts import LANGS

log = logging.getLogger("bot.telegram")

SERVICES: Final = "services"
# Telegram sends an inline query per keystroke: only the text a user stopped typing at for this
# long is logged, so the log holds "hoeveel banen?" and not "h", "ho", "hoe", …
INLINE_LOG_QUIET_SECONDS: Final = 2.5


class Limit(StrEnum):
    """The per-user budgets: messages, inline queries (one per keystroke), browser taps."""

    MESSAGES = "messages"
    INLINE = "inline"
    BROWSE = "browse"


def telegram_language(language_code: str | None, default: str) -> str:
    """Telegram's language_code → nl or en: nl (and nl-BE) → nl, any other → en."""
    if not language_code:
        return default
    return "nl" if language_code.lower().startswith("nl") else "en"


@dataclass
class _Pending:
    """The last inline query of a user who may still be typing."""

    timer: asyncio.TimerHandle
    row: dict[str, Any]


class QuestionLog:
    """Queues asked questions for the Storage: synchronous, never waits, never raises."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._pending: dict[str, _Pending] = {}

    def row(
        self, user: User, question: str, reply: Reply, chat_kind: str, channel: str
    ) -> dict[str, Any]:
        # For a miss the nearest candidate goes in, so the report can show what came close.
        if reply.confident:
            entry = reply.entry
        else:
            entry = reply.alternatives[0].entry if reply.alternatives else None
        return {
            "user_key": self._services.pseudonyms(user.id),
            "text": question,
            "lang": reply.language,
            "entry": entry,
            "score": reply.score,
            "confident": reply.confident,
            "chat_kind": chat_kind,
            "channel": channel,
        }

    def log(
        self, user: User, question: str, reply: Reply, *, chat_kind: str, channel: str
    ) -> str | None:
        """Queue the question; its id (for the vote buttons), or None when not logged."""
        if self._services.storage is None or reply.kind == "empty":
            return None
        return self._write(self.row(user, question, reply, chat_kind, channel))

    def log_later(self, user: User, question: str, reply: Reply, chat_kind: str) -> None:
        """Log an inline query once the user stopped typing (a newer query replaces it)."""
        if self._services.storage is None or reply.kind == "empty":
            return
        key = self._services.pseudonyms(user.id)
        self.cancel(key)
        row = self.row(user, question, reply, chat_kind, "inline")
        timer = asyncio.get_running_loop().call_later(INLINE_LOG_QUIET_SECONDS, self._log_now, key)
        self._pending[key] = _Pending(timer, row)

    def cancel(self, key: str) -> None:
        """Forget the inline query still waiting for `key` (a user who asked to be forgotten)."""
        pending = self._pending.pop(key, None)
        if pending is not None:
            pending.timer.cancel()

    def flush(self) -> None:
        """Queue every inline query still waiting (at shutdown)."""
        for key in list(self._pending):
            self._pending[key].timer.cancel()
            self._log_now(key)

    def _log_now(self, key: str) -> None:
        pending = self._pending.pop(key, None)
        if pending is not None:
            self._write(pending.row)

    def _write(self, row: dict[str, Any]) -> str | None:
        storage = self._services.storage
        if storage is None:
            return None
        try:
            return storage.log_question(**row)
        except Exception as exc:  # the log is never worth a lost reply
            log_event("question_log_failed", logging.WARNING, logger=log, error=type(exc).__name__)
            return None


@dataclass
class Services:
    """What the handlers share. The Storage is opened in `post_init`, inside the loop."""

    config: Config
    assistant: Assistant
    pseudonyms: Pseudonyms
    reloader: KnowledgeReloader | None = None
    storage: Storage | None = None
    limits: dict[Limit, UserRateLimiter] = field(default_factory=dict)
    admin_menu_missing: set[int] = field(default_factory=set)
    questions: QuestionLog = field(init=False)
    files: KnowledgeFiles = field(init=False)  # staff edits from the chat, with their history
    # The /unanswered groups shown with buttons, by id: a button carries the id, never texts.
    suggestions: dict[str, Suggestion] = field(default_factory=dict)

    def __post_init__(self) -> None:
        per_minute = self.config.rate_limit_per_minute
        # Typing an inline query sends one update per keystroke, and browsing the directory is
        # a tap per screen: both get a roomier budget of their own.
        self.limits = {
            Limit.MESSAGES: UserRateLimiter(per_minute),
            Limit.INLINE: UserRateLimiter(per_minute * 5),
            Limit.BROWSE: UserRateLimiter(per_minute * 3),
        }
        self.questions = QuestionLog(self)
        self.files = KnowledgeFiles(self.config.knowledge_dir, self.config.data_dir)

    def user_key(self, user: User | None) -> str:
        """The pseudonymous key of a Telegram user: what storage and logs carry."""
        return self.pseudonyms(user.id) if user is not None else "anonymous"

    def preferences(self, user: User | None) -> Preferences:
        """The user's saved language and region (from memory: never waits for the database)."""
        storage = self.storage
        if user is None or storage is None:
            return Preferences()
        return storage.get_preferences(self.pseudonyms(user.id))

    def languages(self, user: User | None) -> tuple[str | None, str]:
        """(the user's explicit /lang choice or None, the language to speak to them)."""
        chosen = self.preferences(user).lang
        if chosen not in LANGS:
            chosen = None
        code = user.language_code if user else None
        return chosen, chosen or telegram_language(code, self.config.default_lang)

    def remember(self, user: User, *, lang: str | None = None, region: str | None = None) -> None:
        """Save a language (`lang`) or a region (`region`, "" to clear) in the background."""
        storage = self.storage
        if storage is None:
            return
        try:
            if lang is not None:
                storage.set_language(self.pseudonyms(user.id), lang)
            if region is not None:
                storage.set_region(self.pseudonyms(user.id), region or None)
        except Exception as exc:  # a preference is never worth a lost reply
            log_event("preference_failed", logging.WARNING, logger=log, error=type(exc).__name__)

    def is_admin(self, update: Update) -> bool:
        """Hub staff (BOT_ADMIN_IDS) in a private chat with the bot."""
        person = update.effective_user
        return person is not None and person.id in self.config.admin_ids and is_private(update)


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


class BotContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's context with the bot's services as typed attributes."""

    @property
    def services(self) -> Services:
        services = self.bot_data[SERVICES]
        assert isinstance(services, Services)
        return services

    @property
    def assistant(self) -> Assistant:
        return self.services.assistant

    @property
    def storage(self) -> Storage | None:
        return self.services.storage

    @property
    def config(self) -> Config:
        return self.services.config

    @property
    def pseudonyms(self) -> Pseudonyms:
        return self.services.pseudonyms


CONTEXT_TYPES: Final = ContextTypes(context=BotContext)
TelegramApp = Application[ExtBot[Any], BotContext, Any, Any, Any, Any]
