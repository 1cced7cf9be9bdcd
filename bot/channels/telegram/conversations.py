"""Conversation context in Telegram: one `bot.context.Context` per user per chat, in memory.

A private chat has one person; in a group each member keeps their own context, so two people
asking at once do not answer each other's follow-ups. A reply to one of the bot's messages
continues from the context of *that* message. Contexts live in PTB's `chat_data` (memory
only, keyed by the pseudonymous user key): a restart forgets them, which costs a user at most
one repeated question, and nothing about the conversation is ever written to disk.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any, Final

from bot.channels.telegram.context import BotContext
from bot.context import Context
from bot.model import Source

_BY_USER: Final = "contexts"
_SOURCES: Final = "last_sources"
_BY_MESSAGE: Final = "message_contexts"
MESSAGES_KEPT: Final = 64  # contexts of the bot's last messages per chat, for replies to them


def _store(context: BotContext, key: str) -> OrderedDict[Any, Context]:
    data = context.chat_data
    if data is None:
        return OrderedDict()
    found = data.get(key)
    if not isinstance(found, OrderedDict):
        found = data[key] = OrderedDict()
    return found


def current(context: BotContext, user: str, reply_to: int | None = None) -> Context | None:
    """The user's context in this chat; a reply to a bot message uses that message's."""
    if reply_to is not None:
        earlier = _store(context, _BY_MESSAGE).get(reply_to)
        if earlier is not None:
            return earlier
    return _store(context, _BY_USER).get(user)


def keep(
    context: BotContext,
    user: str,
    new: Context,
    sent: list[int],
    sources: tuple[Source, ...] | None = None,
) -> None:
    """Remember the context after an answer, for the user and for the messages just sent;
    with `sources`, the answer's sources for /bron."""
    if sources is not None and context.chat_data is not None:
        context.chat_data.setdefault(_SOURCES, {})[user] = sources
    minutes = context.config.context_minutes
    new = replace(new, minutes=minutes)
    _store(context, _BY_USER)[user] = new
    by_message = _store(context, _BY_MESSAGE)
    for message_id in sent:
        by_message[message_id] = new
    while len(by_message) > MESSAGES_KEPT:
        by_message.popitem(last=False)


def last_sources(context: BotContext, user: str) -> tuple[Source, ...]:
    """The sources of the user's last answer in this chat (for /bron)."""
    data = context.chat_data
    found = data.get(_SOURCES, {}).get(user, ()) if data is not None else ()
    return tuple(found)


def forget(context: BotContext, user: str) -> None:
    """Drop the user's context in this chat (/start, /forget)."""
    _store(context, _BY_USER).pop(user, None)
    if context.chat_data is not None:
        context.chat_data.get(_SOURCES, {}).pop(user, None)


def forget_everywhere(context: BotContext, user: str) -> None:
    """Drop the user's context in every chat (/forget)."""
    for data in context.application.chat_data.values():
        contexts = data.get(_BY_USER)
        if isinstance(contexts, OrderedDict):
            contexts.pop(user, None)
