"""/start (welcome with three example questions as buttons) and /help."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, filters

from bot import texts
from bot.channels.telegram.callbacks import Action, Kind
from bot.channels.telegram.context import BotContext, TelegramApp
from bot.channels.telegram.guards import Turn, command
from bot.channels.telegram.render import button, escape, label
from bot.logs import log_event

log = logging.getLogger("bot.telegram")


@command()
async def start(update: Update, context: BotContext, turn: Turn) -> None:
    """Welcome in the user's language with three example questions as buttons."""
    lang = turn.lang
    rows = [
        [button(label("💬 ", q), Action(Kind.EXAMPLE, lang, number=n))]
        for n, q in enumerate(texts.examples(lang)[:3])
    ]
    welcome = escape(texts.text("welcome", lang))
    await turn.message.reply_text(welcome, reply_markup=InlineKeyboardMarkup(rows))
    user = context.services.user_key(turn.user)
    log_event("command", logger=log, name="start", user=user, lang=lang)


@command()
async def help_(update: Update, context: BotContext, turn: Turn) -> None:
    """What the bot can do; staff also read their commands."""
    mention = f"@{context.bot.username}" if context.bot.username else "@bot"
    body = texts.text("help", turn.lang, mention=mention)
    if context.services.is_admin(update):
        body += "\n\n" + texts.text("help_admin", turn.lang)
    await turn.message.reply_text(escape(body))
    user = context.services.user_key(turn.user)
    log_event("command", logger=log, name="help", user=user, lang=turn.lang)


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("start", start, filters=new))
    app.add_handler(CommandHandler("help", help_, filters=new))
