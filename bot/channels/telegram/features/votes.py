"""👍/👎 under an answer: recorded once, then the buttons become a thank-you."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot import texts
from bot.channels.telegram.callbacks import Action, Kind, pattern, resolve_ref
from bot.channels.telegram.context import BotContext, Limit, TelegramApp
from bot.channels.telegram.guards import Tap, button
from bot.channels.telegram.render import button as make_button
from bot.logs import log_event

log = logging.getLogger("bot.telegram")


def _is_vote(key: InlineKeyboardButton) -> bool:
    return isinstance(key.callback_data, str) and key.callback_data.startswith(f"{Kind.VOTE}:")


# A vote sends no message: it counts against the roomier budget of taps, like browsing.
@button(limit=Limit.BROWSE)
async def vote(update: Update, context: BotContext, tap: Tap) -> None:
    """Record 👍/👎 once and swap the vote buttons for a thank-you."""
    query, action, lang = tap.query, tap.action, tap.lang
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    rows = list(markup.inline_keyboard) if markup else []
    kept = [list(row) for row in rows if not any(_is_vote(b) for b in row)]
    if markup is not None and len(kept) == len(rows):
        await query.answer(texts.text("feedback_thanks", lang))  # voted already
        return
    entry = resolve_ref(action.target, context.assistant.knowledge)
    user = context.services.user_key(tap.user)
    # An answer opened with a button has no logged question: the vote is kept per entry.
    question_id = action.ticket or f"entry:{entry}"
    storage = context.storage
    if storage is not None:
        try:
            storage.record_feedback(question_id, user, entry, 1 if action.vote == "up" else -1)
        except Exception as exc:  # a vote is never worth an error for the user
            log_event("feedback_failed", logging.WARNING, logger=log, error=type(exc).__name__)
    log_event("feedback", logger=log, entry=entry, vote=action.vote, lang=lang, user=user)
    await query.answer(texts.text("feedback_thanks", lang))
    if markup is not None:
        done = make_button(texts.text("feedback_done", lang), Action(Kind.THANKS, lang))
        kept.append([done])
        try:
            await query.edit_message_reply_markup(InlineKeyboardMarkup(kept))
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
            # A double tap: the first tap already swapped the buttons; nothing went wrong.


@button(limit=Limit.BROWSE)
async def thanks(update: Update, context: BotContext, tap: Tap) -> None:
    """The thank-you button left after a vote."""
    await tap.query.answer(texts.text("feedback_thanks", tap.lang))


def register(app: TelegramApp) -> None:
    app.add_handler(CallbackQueryHandler(vote, pattern=pattern(Kind.VOTE)))
    app.add_handler(CallbackQueryHandler(thanks, pattern=pattern(Kind.THANKS)))
