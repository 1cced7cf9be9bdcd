"""What Hub staff (BOT_ADMIN_IDS, in a private chat) can do: /whoami for everyone, and
/stats, /reload with the reload notices for staff only (/unanswered: features/unanswered.py,
the knowledge files: features/files.py)."""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Callable
from pathlib import PurePath
from typing import Final

from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, filters

from bot import texts
from bot.channels.telegram.context import BotContext, Services, TelegramApp, is_private
from bot.channels.telegram.guards import Turn, command, staff
from bot.channels.telegram.menus import retry_admin_menu
from bot.channels.telegram.render import (
    QUOTE_CHARS,
    Block,
    clip_text,
    escape,
    paginate,
    send,
)
from bot.logs import log_event
from bot.model import KnowledgeBase
from bot.nodes import Problem
from bot.reload import ReloadResult
from bot.report import Report, Stats, percent, recent_stats
from bot.storage import StorageUnavailable
from bot.texts import LANGS

log = logging.getLogger("bot.telegram")

UNANSWERED_SHOWN: Final = 10
# True while an admin's /reload runs: its outcome goes to that admin in the reply, so the
# reload callback does not also message every admin about it.
_manual_reload: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "manual_reload", default=False
)


# -- rendering -------------------------------------------------------------------------------


def render_stats(stats: Stats, knowledge: KnowledgeBase, lang: str) -> list[str]:
    """/stats as HTML messages: counts, answered %, the most asked entries and the top misses."""
    text = texts.text
    counts = text(
        "stats_counts",
        lang,
        today=stats.today,
        today_pct=percent(stats.answered_today_pct),
        week=stats.week,
        week_pct=percent(stats.answered_week_pct),
    )
    entries = []
    for entry_id, count in stats.top_entries:
        entry = knowledge.entry(entry_id)
        title = entry.title(lang) if entry is not None else ""
        about = f" ({clip_text(title, 50)})" if title and title != entry_id else ""
        entries.append(f"• {entry_id} – {count}×{about}")
    misses = [f"• “{clip_text(q, 80)}” – {count}×" for q, count in stats.top_misses]
    nothing = text("stats_nothing", lang)
    return paginate(
        [
            Block(text("stats_title", lang), "b"),
            Block(counts),
            Block(text("stats_top_entries", lang) + "\n" + ("\n".join(entries) or nothing), "h"),
            Block(text("stats_top_misses", lang) + "\n" + ("\n".join(misses) or nothing), "h"),
            Block(text("stats_more", lang), "i"),
        ]
    )


def render_unanswered(
    report: Report, days: int, lang: str, limit: int = UNANSWERED_SHOWN
) -> list[str]:
    """/unanswered as HTML messages: the biggest clusters with an example and the nearest entry."""
    text = texts.text
    blocks = [Block(text("unanswered_title", lang, days=days), "b")]
    clusters = report.clusters
    if not clusters:
        blocks.append(Block(text("unanswered_none", lang, days=days)))
    else:
        shown = min(limit, len(clusters))
        blocks.append(Block(text("unanswered_intro", lang, groups=len(clusters), shown=shown)))
    for n, cluster in enumerate(clusters[:limit], 1):
        example = clip_text(cluster.examples[0] if cluster.examples else "", QUOTE_CHARS)
        details = []
        if cluster.unanswered:
            details.append(text("unanswered_unanswered", lang, count=cluster.unanswered))
        if cluster.low_confidence:
            details.append(text("unanswered_doubtful", lang, count=cluster.low_confidence))
        counts = text("unanswered_counts", lang, count=cluster.count, details=", ".join(details))
        near = cluster.nearest
        if near is None:
            nearest = text("unanswered_no_nearest", lang)
        else:
            path, _, line = near.origin.rpartition(":")
            where = f", {PurePath(path).name}:{line}" if path else ""
            score = f"{near.score:.0f}{where}"
            nearest = text("unanswered_nearest", lang, entry=near.entry, score=score)
        blocks.append(Block(f"{n}. “{example}”\n{counts}\n{nearest}", "h"))
    blocks.append(Block(text("unanswered_more", lang, days=days), "i"))
    return paginate(blocks)


def render_reload(result: ReloadResult, lang: str, *, automatic: bool = False) -> list[str]:
    """`OK: N entries…`, or every `path:line: problem` (split over messages when long)."""
    if result.ok:
        seconds = texts.text("reload_seconds", lang, seconds=f"{result.seconds:.2f}")
        return paginate([Block(result.summary), Block(seconds, "i")])
    key = "reload_failed_auto" if automatic else "reload_failed"
    problems = problems_count(len(result.problems), lang)
    blocks = [
        Block(texts.text(key, lang, problems=problems), "b"),
        Block("\n".join(p.render(lang) for p in result.problems)),
    ]
    if automatic:
        blocks.append(Block(texts.text("reload_fix_hint", lang), "i"))
    return paginate(blocks)


# -- commands --------------------------------------------------------------------------------


@command(needs_user=True)
async def whoami(update: Update, context: BotContext, turn: Turn) -> None:
    """The user's numeric id, so staff can put it in BOT_ADMIN_IDS; only in private."""
    assert turn.user is not None
    if not is_private(update):
        await turn.message.reply_text(escape(texts.text("whoami_group", turn.lang)))
        return
    body = texts.text("whoami_html", turn.lang, user_id=int(turn.user.id))
    if turn.user.id in context.config.admin_ids:
        body += "\n" + escape(texts.text("whoami_admin", turn.lang))
    await turn.message.reply_text(body)
    log_event("command", logger=log, name="whoami", user=context.services.user_key(turn.user))
    await retry_admin_menu(update, context)


@staff
async def stats(update: Update, context: BotContext, turn: Turn) -> None:
    """/stats: questions today and in 7 days, answered %, top entries and top misses."""
    try:
        if context.storage is None:
            raise StorageUnavailable("storage is not open")
        figures = await recent_stats(context.storage)
    except StorageUnavailable as exc:
        log_event("stats_failed", logging.WARNING, logger=log, error=str(exc)[:200])
        await turn.message.reply_text(escape(texts.text("storage_unavailable", turn.lang)))
        return
    await send(turn.message, render_stats(figures, context.assistant.knowledge, turn.lang))
    log_event("command", logger=log, name="stats", user=context.services.user_key(turn.user))


async def reload_now(context: BotContext) -> ReloadResult | None:
    """Reload for an admin who reads the outcome in the reply (no notice to every admin);
    None when live reload is off in this process."""
    reloader = context.services.reloader
    if reloader is None:
        return None
    token = _manual_reload.set(True)
    try:
        return await reloader.reload()
    finally:
        _manual_reload.reset(token)


def problems_count(count: int, lang: str) -> str:
    """ "1 probleem", "3 problemen"."""
    return texts.text("problems_one" if count == 1 else "problems_many", lang, count=count)


@staff
async def reload(update: Update, context: BotContext, turn: Turn) -> None:
    """/reload: validate and swap in the knowledge now; `OK: …` or the path:line problems."""
    result = await reload_now(context)
    if result is None:
        await turn.message.reply_text(escape(texts.text("reload_off", turn.lang)))
        return
    await send(turn.message, render_reload(result, turn.lang))
    log_event(
        "command",
        logger=log,
        name="reload",
        user=context.services.user_key(turn.user),
        ok=result.ok,
        problems=len(result.problems),
    )


# -- reload notices --------------------------------------------------------------------------


class ReloadNotices:
    """After every reload: when a saved file (or SIGHUP) broke the knowledge and it stays
    broken for `settle` seconds, message each admin the problems, once per new set of
    problems; when it is valid again after such a notice, say so once.

    The wait is for editors that autosave while typing: their saves alternate between broken
    and valid, and 50 saves sent the admins 30-36 messages. A problem fixed within `settle`
    seconds is never reported, and then neither is its recovery."""

    def __init__(self, services: Services, *, settle: float | None = None) -> None:
        self.services = services
        self.settle = services.config.notice_seconds if settle is None else settle
        self.bot: Bot | None = None  # set once the application is up
        self._reported: tuple[Problem, ...] = ()  # what the admins were last told
        self._latest: ReloadResult | None = None  # the newest failed result, while broken
        self._pending: asyncio.Task[None] | None = None

    async def __call__(self, result: ReloadResult) -> None:
        if result.ok:
            self._latest = None
            if self._pending is not None:
                self._pending.cancel()
                self._pending = None
            was_reported, self._reported = bool(self._reported), ()
            if was_reported and not _manual_reload.get():
                await self._notify(
                    "reload_ok",
                    lambda lang: paginate(
                        [Block(texts.text("reload_recovered", lang, summary=result.summary))]
                    ),
                )
            return
        if _manual_reload.get():
            return  # the admin who asked reads it in the reply
        self._latest = result
        if self._pending is None:
            self._pending = asyncio.get_running_loop().create_task(
                self._report_if_it_stays(), name="reload-notice"
            )

    def cancel(self) -> None:
        """Forget a notice still waiting (at shutdown)."""
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    async def _report_if_it_stays(self) -> None:
        try:
            await asyncio.sleep(self.settle)
        finally:
            self._pending = None
        result = self._latest
        if result is None or result.problems == self._reported:
            return  # fixed meanwhile, or the same problems once is enough
        self._reported = result.problems
        await self._notify(
            "reload_failed", lambda lang: render_reload(result, lang, automatic=True)
        )

    async def _notify(self, what: str, render: Callable[[str], list[str]]) -> None:
        """Message every admin in their private chat, in their own language."""
        bot, services = self.bot, self.services
        if bot is None:
            return
        for admin_id in sorted(services.config.admin_ids):
            key = services.pseudonyms(admin_id)
            storage = services.storage
            chosen = storage.get_preferences(key).lang if storage is not None else None
            lang = chosen if chosen in LANGS else services.config.default_lang
            try:
                for chunk in render(lang):
                    await bot.send_message(admin_id, chunk)
            except TelegramError as exc:
                log_event(
                    "admin_notify_failed",
                    logging.WARNING,
                    logger=log,
                    what=what,
                    admin=key,
                    error=type(exc).__name__,
                )
            else:
                log_event("admin_notified", logger=log, what=what, admin=key)


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("whoami", whoami, filters=new))
    app.add_handler(CommandHandler("stats", stats, filters=new))
    app.add_handler(CommandHandler("reload", reload, filters=new))
