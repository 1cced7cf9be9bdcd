"""/lang nl|en and the two language buttons: the choice is remembered per user."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import texts
from bot.channels.telegram.callbacks import Action, Kind, pattern
from bot.channels.telegram.context import BotContext, Limit, TelegramApp
from bot.channels.telegram.guards import Tap, Turn, button, command
from bot.channels.telegram.render import button as make_button
from bot.channels.telegram.render import escape, send_to_chat
from bot.logs import log_event
from bot.texts import LANGS

log = logging.getLogger("bot.telegram")


@command(needs_user=True)
async def lang(update: Update, context: BotContext, turn: Turn) -> None:
    """`/lang nl|en` remembers the choice; without an argument, offer two buttons."""
    assert turn.user is not None
    choice = (context.args or [""])[0].lower()
    if choice in LANGS:
        context.services.remember(turn.user, lang=choice)
        await turn.message.reply_text(escape(texts.text("lang_set", choice)))
        log_event("lang", logger=log, user=context.services.user_key(turn.user), lang=choice)
        return
    buttons = [
        make_button(texts.text("lang_name_nl", turn.lang), Action(Kind.LANGUAGE, "nl")),
        make_button(texts.text("lang_name_en", turn.lang), Action(Kind.LANGUAGE, "en")),
    ]
    await turn.message.reply_text(
        escape(texts.text("lang_choose", turn.lang)), reply_markup=InlineKeyboardMarkup([buttons])
    )


@button(limit=Limit.MESSAGES)
async def chosen(update: Update, context: BotContext, tap: Tap) -> None:
    """A language button: remember it and say so in that language."""
    context.services.remember(tap.user, lang=tap.lang)
    await tap.query.answer(texts.text("lang_set", tap.lang))
    if tap.chat_id is not None:
        body = escape(texts.text("lang_set", tap.lang))
        await send_to_chat(context.bot, tap.chat_id, [body], thread_id=tap.thread_id)
    log_event("lang", logger=log, user=context.services.user_key(tap.user), lang=tap.lang)


def register(app: TelegramApp) -> None:
    app.add_handler(CommandHandler("lang", lang, filters=filters.UpdateType.MESSAGE))
    app.add_handler(CallbackQueryHandler(chosen, pattern=pattern(Kind.LANGUAGE)))
