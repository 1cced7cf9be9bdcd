"""/start (welcome with three example questions as buttons) and /help."""

from __future__ import annotations

import logging
import re
from typing import Final

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, filters

from bot import texts
from bot.cards import hub_label
from bot.channels.telegram import conversations
from bot.channels.telegram.callbacks import Action, Kind
from bot.channels.telegram.context import BotContext, TelegramApp
from bot.channels.telegram.guards import Turn, command
from bot.channels.telegram.render import button, escape, label
from bot.logs import log_event

log = logging.getLogger("bot.telegram")


# Telegram deep links: t.me/<bot>?start=<payload>, payload [A-Za-z0-9_-]{1,64}.
_PAYLOAD: Final = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")


@command()
async def start(update: Update, context: BotContext, turn: Turn) -> None:
    """Welcome in the user's language with three example questions as buttons. A deep link
    from a Hub's flyer (`/start oost`, `/start enschede`) sets the region and names the Hub."""
    lang = turn.lang
    user = context.services.user_key(turn.user)
    conversations.forget(context, user)
    rows = [
        [button(label("💬 ", q), Action(Kind.EXAMPLE, lang, number=n))]
        for n, q in enumerate(texts.examples(lang)[:3])
    ]
    welcome = texts.text("welcome", lang)
    payload = (context.args or [""])[0]
    region = _region_of(context, payload, lang) if _PAYLOAD.match(payload) else None
    if region is not None and turn.user is not None:
        province, hub = region
        context.services.remember(turn.user, region=province)
        welcome = texts.text("welcome_hub", lang, hub=hub) + "\n\n" + welcome
    await turn.message.reply_text(escape(welcome), reply_markup=InlineKeyboardMarkup(rows))
    log_event("command", logger=log, name="start", user=user, lang=lang, linked=region is not None)


def _region_of(context: BotContext, payload: str, lang: str) -> tuple[str, str] | None:
    """(province, Hub name) for a payload naming a Hub ("oost", "hub-oost"), a province or a
    place ("noord-holland", "enschede"); None when it names nothing we know."""
    assistant = context.assistant
    wanted = payload.lower().removeprefix("hub-").removeprefix("hub_")
    for hub in assistant.knowledge.hubs:
        if hub.id.removeprefix("hub.") == wanted.replace("_", "-"):
            provinces = hub.provinces or hub.provinces_unconfirmed
            if provinces:
                return provinces[0], hub_label(hub, lang)
    province = assistant.region_of(wanted.replace("-", " ").replace("_", " "))
    if province is None:
        province = assistant.region_of(wanted.replace("_", " "))
    if province is None:
        return None
    found, _, _ = assistant.hub_for(province)
    name = hub_label(found, lang) if found is not None else province
    return province, name


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
