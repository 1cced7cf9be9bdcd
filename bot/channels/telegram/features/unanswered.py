"""/unanswered: the biggest groups of questions the bot could not answer, and under each of
the first groups the buttons that turn it into knowledge in two taps: "voeg toe aan ‹entry›"
(the matcher's three nearest entries) adds the group's phrasings to that entry's questions
in its file (bot/edits.py: comments and layout kept, checked, history, /undo), "negeer" keeps
the group out of later reports.

A button carries the group's short id (Services.suggestions maps it to the phrasings), never
the texts; only an admin's tap in a private chat changes anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Final

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import texts
from bot.channels.telegram.callbacks import NUMBER, Kind, add_to_entry, ignore_group, pattern
from bot.channels.telegram.context import BotContext, Services, TelegramApp
from bot.channels.telegram.features.files import describe, render_problems
from bot.channels.telegram.features.staff import reload_now, render_reload, render_unanswered
from bot.channels.telegram.guards import Tap, Turn, button, staff
from bot.channels.telegram.render import (
    BUTTON_CHARS,
    QUOTE_CHARS,
    Block,
    Rows,
    clip_text,
    escape,
    keyboard,
    paginate,
    send,
    send_to_chat,
)
from bot.channels.telegram.render import button as make_button
from bot.edits import MAX_ADDED, EditRefused, Suggestion, staff_label, suggest
from bot.logs import log_event
from bot.report import Cluster, recent_report
from bot.storage import StorageUnavailable

log = logging.getLogger("bot.telegram")

GROUPS_WITH_BUTTONS: Final = 5  # the biggest groups get their own message with buttons
SUGGESTIONS_KEPT: Final = 200  # groups whose buttons still work (oldest forgotten first)


@staff
async def unanswered(update: Update, context: BotContext, turn: Turn) -> None:
    """/unanswered [DAYS]: the biggest clusters of misses with the nearest entry, then the
    biggest few each with its buttons."""
    args = context.args or []
    days = 7
    if args:
        if len(args) > 1 or not NUMBER.match(args[0]) or not 1 <= int(args[0]) <= 365:
            await turn.message.reply_text(escape(texts.text("unanswered_usage", turn.lang)))
            return
        days = int(args[0])
    assistant = context.assistant
    knowledge, matcher = assistant.knowledge, assistant.matcher
    try:
        if context.storage is None:
            raise StorageUnavailable("storage is not open")
        report = await recent_report(
            context.storage, days=days, matcher=matcher, knowledge=knowledge, lang=turn.lang
        )
    except StorageUnavailable as exc:
        log_event("unanswered_failed", logging.WARNING, logger=log, error=str(exc)[:200])
        await turn.message.reply_text(escape(texts.text("storage_unavailable", turn.lang)))
        return
    await send(turn.message, render_unanswered(report, days, turn.lang))
    for n, cluster in enumerate(report.clusters[:GROUPS_WITH_BUTTONS], 1):
        suggestion = await asyncio.to_thread(suggest, _phrasings(cluster), matcher, knowledge)
        _keep(context.services, suggestion)
        example = clip_text(cluster.examples[0] if cluster.examples else "", QUOTE_CHARS)
        # Exactly what a tap would put in the knowledge file: staff see every phrasing first.
        shown = "\n".join(
            f"• {clip_text(text, QUOTE_CHARS)}" for text, _ in suggestion.phrasings[:MAX_ADDED]
        )
        text = texts.text("unanswered_actions", turn.lang, n=n, example=example, phrasings=shown)
        markup = keyboard(_buttons(context, suggestion, turn.lang))
        await turn.message.reply_text(escape(text), reply_markup=markup, do_quote=False)
    user = context.services.user_key(turn.user)
    log_event("command", logger=log, name="unanswered", user=user)


def _phrasings(cluster: Cluster) -> tuple[tuple[str, str], ...]:
    langs = cluster.phrasing_langs or ()
    default = cluster.langs[0] if cluster.langs else "nl"
    return tuple(
        (text, langs[n] if n < len(langs) else default) for n, text in enumerate(cluster.phrasings)
    )


def _keep(services: Services, suggestion: Suggestion) -> None:
    kept = services.suggestions
    kept.pop(suggestion.id, None)
    kept[suggestion.id] = suggestion
    while len(kept) > SUGGESTIONS_KEPT:
        kept.pop(next(iter(kept)))


def _buttons(context: BotContext, suggestion: Suggestion, lang: str) -> Rows:
    rows: Rows = []
    for n, entry_id in enumerate(suggestion.candidates):
        entry = context.assistant.knowledge.entry(entry_id)
        title = entry.title(lang) if entry is not None else entry_id
        text = clip_text(texts.text("unanswered_add_button", lang, title=title), BUTTON_CHARS)
        rows.append([make_button(text, add_to_entry(lang, suggestion.id, n))])
    ignore = texts.text("unanswered_ignore_button", lang)
    rows.append([make_button(ignore, ignore_group(lang, suggestion.id))])
    return rows


@button(needs_chat=True)
async def tapped(update: Update, context: BotContext, tap: Tap) -> None:
    """ "voeg toe aan …" or "negeer" under an /unanswered group."""
    services = context.services
    lang = tap.lang
    if not services.is_admin(update):
        await tap.query.answer(texts.text("stale_button", lang))
        return
    suggestion = services.suggestions.get(tap.action.group)
    if suggestion is None or (
        tap.action.vote == "add" and tap.action.number >= len(suggestion.candidates)
    ):
        await tap.query.answer(texts.text("unanswered_stale", lang), show_alert=True)
        return
    chat_id = tap.chat_id
    assert chat_id is not None
    label = staff_label(services.user_key(tap.user))
    if tap.action.vote == "ignore":
        ok, chunks = await _ignore(services, suggestion, lang)
    else:
        ok, chunks = await _add(context, suggestion, tap.action.number, label, lang)
    toast = "unanswered_tap_done" if ok else "unanswered_tap_failed"
    await tap.query.answer(texts.text(toast, lang))
    if ok:
        with contextlib.suppress(TelegramError):  # the buttons did their work: take them away
            await tap.query.edit_message_reply_markup(None)
    await send_to_chat(context.bot, chat_id, chunks, thread_id=tap.thread_id)
    action = tap.action.vote
    log_event("unanswered_tap", logger=log, action=action, ok=ok, group=suggestion.id, user=label)


async def _ignore(services: Services, suggestion: Suggestion, lang: str) -> tuple[bool, list[str]]:
    try:
        if services.storage is None:
            raise StorageUnavailable("storage is not open")
        await services.storage.hide_questions([text for text, _ in suggestion.phrasings])
    except StorageUnavailable as exc:
        log_event("unanswered_ignore_failed", logging.WARNING, logger=log, error=str(exc)[:200])
        return False, [escape(texts.text("storage_unavailable", lang))]
    return True, [escape(texts.text("unanswered_ignored", lang))]


async def _add(
    context: BotContext, suggestion: Suggestion, number: int, label: str, lang: str
) -> tuple[bool, list[str]]:
    """Add the group's phrasings to its `number`-th candidate and reload: whether that
    worked, and the reply."""
    knowledge = context.assistant.knowledge
    entry_id = suggestion.candidates[number]
    entry = knowledge.entry(entry_id)
    try:
        if entry is None:
            raise EditRefused("edit_entry_gone", entry=entry_id)
        outcome = await asyncio.to_thread(
            context.services.files.add_questions,
            entry,
            suggestion.phrasings,
            who=label,
            before=knowledge,
        )
    except EditRefused as exc:
        return False, [escape(texts.text(exc.key, lang, **exc.values))]
    except OSError as exc:
        log_event("unanswered_add_failed", logging.ERROR, logger=log, error=type(exc).__name__)
        return False, [escape(texts.text("files_failed", lang))]
    if not outcome.ok:
        return False, render_problems("files_invalid", outcome.file, outcome.problems, lang)
    result = await reload_now(context)
    key = "unanswered_added_one" if outcome.added == 1 else "unanswered_added"
    done = texts.text(key, lang, count=outcome.added, entry=entry_id, name=outcome.file)
    chunks = paginate(
        [
            Block(done),
            Block(describe(outcome.change, lang)),
            Block(texts.text("files_undo_hint", lang), "i"),
        ]
    )
    if result is not None and not result.ok:
        chunks += render_reload(result, lang)
    return True, chunks


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("unanswered", unanswered, filters=new))
    app.add_handler(CallbackQueryHandler(tapped, pattern=pattern(Kind.UNANSWERED)))
