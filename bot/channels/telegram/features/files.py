"""Hub staff edit the knowledge from the chat: /export sends the files, a .yaml file sent back
as a document is checked against the rest of the knowledge and installed (bot/edits.py),
/undo reverts the last change byte for byte, /history lists the changes.

Admins only, in a private chat: anyone else's document gets the ordinary answer (the
document handler's filter only lets admins' documents through), and the commands look
unknown to them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, MessageHandler, filters

from bot import texts
from bot.changes import KnowledgeChange
from bot.channels.telegram.context import SERVICES, BotContext, Services, TelegramApp
from bot.channels.telegram.features.staff import problems_count, reload_now, render_reload
from bot.channels.telegram.guards import Turn, staff
from bot.channels.telegram.render import Block, escape, paginate, send
from bot.edits import (
    EditRefused,
    HistoryItem,
    Outcome,
    check_name,
    check_size,
    staff_label,
)
from bot.logs import log_event
from bot.nodes import Problem

log = logging.getLogger("bot.telegram")

HISTORY_SHOWN = 10


def who(context: BotContext, turn: Turn) -> str:
    """The pseudonymous label /history shows for the staff member: never an id or a name."""
    return staff_label(context.services.user_key(turn.user))


def render_problems(key: str, name: str, problems: Sequence[Problem], lang: str) -> list[str]:
    """A heading and every `file:line: message`, in the staff member's language."""
    heading = texts.text(key, lang, name=name, problems=problems_count(len(problems), lang))
    body = "\n".join(p.render(lang) for p in problems)
    return paginate([Block(heading, "b"), Block(body)])


def describe(change: KnowledgeChange | None, lang: str) -> str:
    """ "Wat er veranderde: nieuw: programme.agenda; vragen erbij: results.jobs (+2)."."""
    if change is None:
        return ""
    return texts.text("change_summary", lang, changes=change.describe(lang))


async def finish(
    context: BotContext, turn: Turn, outcome: Outcome, done_key: str, **values: object
) -> None:
    """Reply to an install or undo: the problems that kept the old file, or what changed
    after reloading the knowledge."""
    lang = turn.lang
    if outcome.unchanged:
        unchanged = texts.text("files_unchanged", lang, name=outcome.file)
        await turn.message.reply_text(escape(unchanged))
        return
    if not outcome.ok:
        failed = "undo_invalid" if done_key == "undo_done" else "files_invalid"
        await send(turn.message, render_problems(failed, outcome.file, outcome.problems, lang))
        return
    result = await reload_now(context)
    done = texts.text(done_key, lang, name=outcome.file, changes=describe(outcome.change, lang))
    chunks = paginate([Block(done, "h"), Block(texts.text("files_undo_hint", lang), "i")])
    if result is not None and not result.ok:
        chunks += render_reload(result, lang)
    await send(turn.message, chunks)


async def refused(turn: Turn, exc: EditRefused) -> None:
    await turn.message.reply_text(escape(texts.text(exc.key, turn.lang, **exc.values)))


@staff
async def export(update: Update, context: BotContext, turn: Turn) -> None:
    """/export [FILE]: every knowledge file (or one) as a .yaml document."""
    files = await asyncio.to_thread(context.services.files.export)
    args = context.args or []
    if args:
        wanted = args[0]
        files = [(name, data) for name, data in files if name == wanted]
        if not files:
            text = texts.text("files_export_unknown", turn.lang, name=wanted)
            await turn.message.reply_text(escape(text))
            return
    await turn.message.reply_text(escape(texts.text("files_export", turn.lang, count=len(files))))
    for name, data in files:
        await turn.message.reply_document(data, filename=name, do_quote=False)
    log_event("command", logger=log, name="export", files=len(files), user=who(context, turn))


@staff
async def upload(update: Update, context: BotContext, turn: Turn) -> None:
    """A document from an admin: check name, size and contents; install when valid."""
    document = turn.message.document
    if document is None:
        return
    services = context.services
    try:
        name = check_name(document.file_name)
        check_size(document.file_size)
        try:
            handle = await document.get_file()
            data = bytes(await handle.download_as_bytearray())
        except TelegramError as exc:
            log_event("upload_failed", logging.WARNING, logger=log, error=type(exc).__name__)
            text = texts.text("files_download_failed", turn.lang)
            await turn.message.reply_text(escape(text))
            return
        check_size(len(data))  # Telegram's file_size is only what the client said
        outcome = await asyncio.to_thread(
            services.files.install,
            name,
            data,
            who=who(context, turn),
            before=services.assistant.knowledge,
        )
    except EditRefused as exc:
        log_event("upload_refused", logger=log, reason=exc.key, user=who(context, turn))
        await refused(turn, exc)
        return
    except OSError as exc:
        log_event("upload_failed", logging.ERROR, logger=log, error=type(exc).__name__)
        await turn.message.reply_text(escape(texts.text("files_failed", turn.lang)))
        return
    log_event(
        "upload",
        logger=log,
        file=outcome.file,
        ok=outcome.ok,
        problems=len(outcome.problems),
        user=who(context, turn),
    )
    await finish(context, turn, outcome, "files_installed")


@staff
async def undo(update: Update, context: BotContext, turn: Turn) -> None:
    """/undo: put back what the last change from Telegram replaced, byte for byte."""
    services = context.services
    try:
        outcome = await asyncio.to_thread(
            services.files.undo, who=who(context, turn), before=services.assistant.knowledge
        )
    except EditRefused as exc:
        await refused(turn, exc)
        return
    except OSError as exc:
        log_event("undo_failed", logging.ERROR, logger=log, error=type(exc).__name__)
        await turn.message.reply_text(escape(texts.text("files_failed", turn.lang)))
        return
    log_event("undo", logger=log, file=outcome.file, ok=outcome.ok, user=who(context, turn))
    await finish(context, turn, outcome, "undo_done")


def history_line(item: HistoryItem, undone: set[int], lang: str) -> str:
    """ "3. 2026-12-01 11:20 UTC – staff-3fa2c1 – results.yaml geüpload (teruggedraaid)"."""
    action = texts.text(f"history_{item.action}", lang, name=item.file, entry=item.entry or "")
    when = texts.text("history_when", lang, when=item.moment.strftime("%Y-%m-%d %H:%M"))
    line = f"{item.seq}. {when} – {item.who} – {action}"
    if item.seq in undone:
        line += " " + texts.text("history_undone", lang)
    return line


@staff
async def history(update: Update, context: BotContext, turn: Turn) -> None:
    """/history: the last changes from Telegram, who (a staff label) and when."""
    files = context.services.files
    items = await asyncio.to_thread(files.history, HISTORY_SHOWN)
    if not items:
        await turn.message.reply_text(escape(texts.text("history_none", turn.lang)))
        return
    undone = await asyncio.to_thread(files.undone)
    lines = "\n".join(history_line(i, undone, turn.lang) for i in items)
    title = texts.text("history_title", turn.lang)
    await send(turn.message, paginate([Block(title, "b"), Block(lines)]))


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    services = app.bot_data[SERVICES]
    assert isinstance(services, Services)
    app.add_handler(CommandHandler("export", export, filters=new))
    app.add_handler(CommandHandler("undo", undo, filters=new))
    app.add_handler(CommandHandler("history", history, filters=new))
    # Only an admin's document in a private chat reaches `upload`; any other document goes on
    # to the ordinary handlers and gets the ordinary answer.
    admins = filters.User(user_id=sorted(services.config.admin_ids))
    app.add_handler(
        MessageHandler(new & filters.Document.ALL & filters.ChatType.PRIVATE & admins, upload)
    )
