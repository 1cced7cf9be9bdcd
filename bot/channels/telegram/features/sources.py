"""/bron (or /sources): every source of the last answer, with its address."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot import citations, texts
from bot.channels.telegram import conversations
from bot.channels.telegram.context import BotContext, TelegramApp
from bot.channels.telegram.guards import Turn, command
from bot.channels.telegram.render import Block, escape, paginate
from bot.logs import log_event

log = logging.getLogger("bot.telegram")


@command()
async def sources(update: Update, context: BotContext, turn: Turn) -> None:
    """The full list behind the short citation under the user's last answer."""
    user = context.services.user_key(turn.user)
    shown = citations.unique(conversations.last_sources(context, user), limit=None)
    if not shown:
        await turn.message.reply_text(escape(texts.text("no_sources_yet", turn.lang)))
        return
    lines = []
    for source in shown:
        line = citations.label(source, turn.lang)
        lines.append(f"• {line}" + (f" – {source.url}" if source.url else ""))
    blocks = [Block(texts.text("sources_of", turn.lang), "b"), Block("\n".join(lines))]
    for chunk in paginate(blocks):
        await turn.message.reply_text(chunk)
    log_event("command", logger=log, name="bron", user=user, count=len(shown))


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("bron", sources, filters=new))
    app.add_handler(CommandHandler("sources", sources, filters=new))
