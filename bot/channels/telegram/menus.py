"""The command menus: Dutch (default) and English for everyone, the staff commands for each
admin in their own chat only (BotCommandScopeChat)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot, BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError

from bot import texts
from bot.channels.telegram.context import BotContext, Services
from bot.logs import log_event
from bot.texts import LANGS

log = logging.getLogger("bot.telegram")


def _menu(rows: Sequence[tuple[str, str, str]], lang: str) -> list[BotCommand]:
    column = 1 if lang == "nl" else 2
    names = texts.EN_NAMES if lang == "en" else {}
    return [BotCommand(names.get(row[0], row[0]), row[column]) for row in rows]


async def register_commands(bot: Bot, services: Services) -> None:
    """Set both menus at start-up; an admin whose chat is missing gets theirs later."""
    for lang in LANGS:
        try:
            await bot.set_my_commands(
                _menu(texts.COMMANDS, lang), language_code=None if lang == "nl" else lang
            )
        except TelegramError as exc:
            log_event(
                "commands_failed", logging.WARNING, logger=log, lang=lang, error=type(exc).__name__
            )
    for admin_id in sorted(services.config.admin_ids):
        await _register_admin_menu(bot, services, admin_id)


async def _register_admin_menu(bot: Bot, services: Services, admin_id: int) -> bool:
    scope = BotCommandScopeChat(admin_id)
    try:
        for lang in LANGS:
            commands = _menu((*texts.COMMANDS, *texts.ADMIN_COMMANDS), lang)
            code = None if lang == "nl" else lang
            await bot.set_my_commands(commands, scope=scope, language_code=code)
    except TelegramError as exc:
        # Usually "chat not found": the admin has not started a chat with the bot yet.
        # Retried when they next send an admin command.
        services.admin_menu_missing.add(admin_id)
        log_event(
            "admin_commands_failed",
            logging.WARNING,
            logger=log,
            admin=services.pseudonyms(admin_id),
            error=type(exc).__name__,
            detail=str(exc)[:120],
        )
        return False
    services.admin_menu_missing.discard(admin_id)
    return True


async def retry_admin_menu(update: Update, context: BotContext) -> None:
    """An admin whose menu could not be set at start-up gets it now."""
    person = update.effective_user
    if person is not None and person.id in context.services.admin_menu_missing:
        await _register_admin_menu(context.bot, context.services, person.id)
