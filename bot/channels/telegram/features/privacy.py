"""/privacy (what is kept, how long) and /forget (delete every row about the user)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot import texts
from bot.channels.telegram import conversations
from bot.channels.telegram.context import BotContext, TelegramApp
from bot.channels.telegram.guards import Turn, command
from bot.channels.telegram.render import escape
from bot.logs import log_event
from bot.storage import StorageUnavailable

log = logging.getLogger("bot.telegram")


@command()
async def privacy(update: Update, context: BotContext, turn: Turn) -> None:
    body = texts.text("privacy", turn.lang, days=context.config.retention_days)
    await turn.message.reply_text(escape(body))


@command(needs_user=True)
async def forget(update: Update, context: BotContext, turn: Turn) -> None:
    """Delete every row about the user and say how many; never confirm what failed."""
    services, lang = context.services, turn.lang
    user = services.user_key(turn.user)
    services.questions.cancel(user)
    conversations.forget_everywhere(context, user)
    removed = 0
    if services.storage is not None:
        try:
            removed = await services.storage.forget(user)
        except StorageUnavailable as exc:
            log_event(
                "forget_failed", logging.WARNING, logger=log, user=user, error=str(exc)[:200]
            )
            await turn.message.reply_text(escape(texts.text("forget_failed", lang)))
            return
    key = "forget_done" if removed else "forget_none"
    await turn.message.reply_text(escape(texts.text(key, lang, count=removed)))
    log_event("forget", logger=log, user=user, rows=removed)


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("privacy", privacy, filters=new))
    app.add_handler(CommandHandler("forget", forget, filters=new))
