"""/regio Enschede (or /region): remember the user's province and name its Hub."""

from __future__ import annotations

import logging
from typing import Final

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, filters

from bot import texts
from bot.assistant import Assistant
from bot.cards import hub_label, hub_name
from bot.channels.telegram.callbacks import Screen, View, browse, view_ref
from bot.channels.telegram.context import BotContext, TelegramApp
from bot.channels.telegram.guards import Turn, command
from bot.channels.telegram.render import button, clip_text, escape, label
from bot.logs import log_event
from bot.text import strip_invisible

log = logging.getLogger("bot.telegram")

REGION_CLEAR_WORDS: Final = frozenset({"wis", "wissen", "clear", "geen", "none", "-"})


@command(needs_user=True)
async def region(update: Update, context: BotContext, turn: Turn) -> None:
    """`/regio Enschede`: remember the province, name its Hub; without an argument, show the
    region; `/regio wis` clears it."""
    assert turn.user is not None
    services, lang, message = context.services, turn.lang, turn.message
    place = " ".join(strip_invisible(" ".join(context.args or [])).split())[:100]
    user = services.user_key(turn.user)
    if not place:
        current = services.preferences(turn.user).region
        if current:
            body = texts.text("region_current", lang, province=current)
            hub_text, keyboard = region_hub(context.assistant, current, lang)
            body += " " + hub_text + "\n\n" + texts.text("region_change", lang)
        else:
            body, keyboard = texts.text("region_none", lang), None
        await message.reply_text(escape(body), reply_markup=keyboard)
        return
    if place.casefold() in REGION_CLEAR_WORDS:
        services.remember(turn.user, region="")
        await message.reply_text(escape(texts.text("region_cleared", lang)))
        log_event("region", logger=log, user=user, region="cleared")
        return
    province = context.assistant.region_of(place)
    if province is None:
        shown = clip_text(place, 60)
        await message.reply_text(escape(texts.text("region_unknown", lang, place=shown)))
        log_event("region", logger=log, user=user, region="unknown")
        return
    services.remember(turn.user, region=province)
    if place.casefold() == province.casefold():
        body = texts.text("region_set", lang, province=province)
    else:
        body = texts.text("region_set_place", lang, place=place, province=province)
    hub_text, keyboard = region_hub(context.assistant, province, lang)
    await message.reply_text(escape(f"{body} {hub_text}"), reply_markup=keyboard)
    log_event("region", logger=log, user=user, region=province)


def region_hub(
    assistant: Assistant, province: str, lang: str
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What the sources say about the Hub for `province`, and a button to its card."""
    hub, confirmed, _ = assistant.hub_for(province)
    if hub is None:
        return texts.text("region_no_hub", lang, province=province), None
    name = hub_name(hub, lang)
    if not confirmed:
        body = texts.text("region_hub_unconfirmed", lang, province=province, hub=name)
    else:
        website = f" ({hub.website})" if hub.website else ""
        body = texts.text("region_hub", lang, hub=name, website=website)
    text = label("", texts.text("hub_button", lang, hub=hub_label(hub, lang)))
    card = browse(lang, View(Screen.HUB, view_ref(hub.id)))
    return body, InlineKeyboardMarkup([[button(text, card)]])


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("regio", region, filters=new))
    app.add_handler(CommandHandler("region", region, filters=new))
