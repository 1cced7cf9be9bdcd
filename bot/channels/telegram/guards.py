"""The opening every handler shares, written once: the update has what the handler needs →
the user's languages → the per-user rate limit (one friendly notice when it is hit).

`@command` and `@staff` guard message handlers, `@button` guards one kind of button; each
hands the handler a `Turn` or a `Tap` instead of the raw checks.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, Message, Update, User

from bot import texts
from bot.channels.telegram.callbacks import Action, decode_callback
from bot.channels.telegram.context import BotContext, Limit, Services, is_private
from bot.channels.telegram.menus import retry_admin_menu
from bot.channels.telegram.render import escape
from bot.logs import log_event
from bot.ratelimit import Verdict

log = logging.getLogger("bot.telegram")

Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class Turn:
    """A message that passed the guard: who sent it and which language to answer in."""

    message: Message
    user: User | None
    chosen: str | None  # the user's /lang choice, None when they made none
    lang: str  # the language to speak to them


@dataclass(frozen=True)
class Tap:
    """A button that passed the guard: the query, what its data says, where it was tapped."""

    query: CallbackQuery
    action: Action
    chosen: str | None
    chat_id: int | None
    thread_id: int | None = None  # the forum topic of the message holding the button

    @property
    def lang(self) -> str:
        return self.action.lang

    @property
    def user(self) -> User:
        return self.query.from_user


def sender_key(update: Update, services: Services) -> str:
    """Whose budget a message spends. An anonymous group admin or a channel writes as the
    chat itself (`sender_chat`, with Telegram's one shared placeholder user as `from`), so
    each such chat gets a budget of its own instead of all of them sharing one."""
    # A button's message is the bot's own (in a channel its sender_chat is the channel): a
    # tap is spent by the person tapping.
    message = update.effective_message if update.callback_query is None else None
    sender_chat = message.sender_chat if message is not None else None
    if sender_chat is not None:
        return services.pseudonyms(sender_chat.id)
    if update.effective_user is None and update.effective_chat is not None:
        return services.pseudonyms(update.effective_chat.id)
    return services.user_key(update.effective_user)


async def admit(
    update: Update, context: BotContext, lang: str, limit: Limit = Limit.MESSAGES
) -> bool:
    """Apply the per-user rate limit; the first message over it gets one friendly reply."""
    services = context.services
    user = sender_key(update, services)
    verdict = services.limits[limit].check(user)
    if verdict == Verdict.ALLOW:
        return True
    if verdict == Verdict.WARN:
        log_event("rate_limited", logger=log, user=user)
        if update.callback_query is not None:
            await update.callback_query.answer(texts.text("slow_down_button", lang))
        elif update.inline_query is None and update.effective_message is not None:
            await update.effective_message.reply_text(escape(texts.text("rate_limited", lang)))
    elif update.callback_query is not None:
        await update.callback_query.answer()
    return False


async def opening(
    update: Update, context: BotContext, *, private: bool = False, needs_user: bool = False
) -> Turn | None:
    """The Turn of a message the handler may answer, or None (the user has been told
    whatever there is to tell)."""
    message, user = update.effective_message, update.effective_user
    if message is None or (needs_user and user is None) or (private and not is_private(update)):
        return None
    chosen, lang = context.services.languages(user)
    if not await admit(update, context, lang):
        return None
    return Turn(message, user, chosen, lang)


TurnHandler = Callable[[Update, BotContext, Turn], Awaitable[None]]


def command(
    *, private: bool = False, needs_user: bool = False
) -> Callable[[TurnHandler], Handler]:
    """Guard a message handler: it runs only with a message (and a user, when `needs_user`),
    in a private chat when `private`, and within the sender's rate limit."""

    def wrap(handler: TurnHandler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: BotContext) -> None:
            turn = await opening(update, context, private=private, needs_user=needs_user)
            if turn is not None:
                await handler(update, context, turn)

        return guarded

    return wrap


@command(private=True)
async def unknown_command(update: Update, context: BotContext, turn: Turn) -> None:
    """A command we do not have, in private (in groups it may be meant for another bot)."""
    await turn.message.reply_text(escape(texts.text("unknown_command", turn.lang)))


def staff(handler: TurnHandler) -> Handler:
    """Guard a command for Hub staff: anyone else gets exactly what an unknown command gets,
    so nothing hints that the command exists."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        if update.effective_message is None or not context.services.is_admin(update):
            await unknown_command(update, context)
            return
        turn = await opening(update, context)
        if turn is None:
            return
        await retry_admin_menu(update, context)
        await handler(update, context, turn)

    return guarded


TapHandler = Callable[[Update, BotContext, Tap], Awaitable[None]]


async def refuse_button(update: Update, context: BotContext) -> None:
    """Button data we did not make (or that no longer decodes): a short notice, never an
    error."""
    query = update.callback_query
    if query is None:
        return
    _, lang = context.services.languages(query.from_user)
    user = context.services.user_key(query.from_user)
    log_event("callback_invalid", logger=log, user=user, bytes=len((query.data or "").encode()))
    await query.answer(texts.text("stale_button", lang))


def _topic(query: CallbackQuery) -> int | None:
    """The forum topic the tapped message is in: what the button's answer must go to."""
    message = query.message
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None


def button(
    *, limit: Limit = Limit.MESSAGES, needs_chat: bool = False
) -> Callable[[TapHandler], Handler]:
    """Guard a button handler: the data must decode; with `needs_chat` the button must sit
    in a chat (not an inline message); every tap counts against the `limit` budget, the
    same admission as a message (a button is no way around BOT_RATE_LIMIT)."""

    def wrap(handler: TapHandler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: BotContext) -> None:
            query = update.callback_query
            if query is None:
                return
            action = decode_callback(query.data)
            if action is None:
                await refuse_button(update, context)
                return
            chosen, _ = context.services.languages(query.from_user)
            chat_id = query.message.chat.id if query.message is not None else None
            if needs_chat and chat_id is None:
                await query.answer(texts.text("stale_button", action.lang))
                return
            if not await admit(update, context, action.lang, limit):
                return
            await handler(update, context, Tap(query, action, chosen, chat_id, _topic(query)))

        return guarded

    return wrap
