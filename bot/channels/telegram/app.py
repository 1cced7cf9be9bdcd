"""Wiring and life cycle: build the Application with every feature's handlers, start it
(polling, or a webhook when BOT_WEBHOOK_URL is set), reload the knowledge when staff edit it,
and stop within 10 s on SIGTERM, closing the Storage last."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import secrets
import signal
import sys
from collections.abc import Callable, Coroutine
from datetime import timedelta
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, RetryAfter, TelegramError
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    Defaults,
    MessageHandler,
    filters,
)

from bot import texts
from bot.assistant import Assistant
from bot.channels.telegram import heartbeat
from bot.channels.telegram.context import (
    CONTEXT_TYPES,
    SERVICES,
    BotContext,
    Services,
    TelegramApp,
    is_private,
    telegram_language,
)
from bot.channels.telegram.features import (
    browse,
    files,
    inline,
    language,
    privacy,
    questions,
    region,
    sources,
    staff,
    start,
    unanswered,
    votes,
)
from bot.channels.telegram.guards import refuse_button, unknown_command
from bot.channels.telegram.menus import register_commands
from bot.channels.telegram.render import escape
from bot.channels.telegram.requests import HTTP_CONNECTIONS, PatientRequests, retry_after_seconds
from bot.channels.telegram.updates import UpdatesRequest
from bot.channels.telegram.webhook import WebhookServer
from bot.config import Config
from bot.knowledge import KnowledgeError, load_knowledge
from bot.logs import configure_logging, log_event
from bot.pseudonyms import Pseudonyms, RunSecret, load_or_create_secret, save_run_secret
from bot.reload import KnowledgeReloader
from bot.storage import Storage, StorageSettings

log = logging.getLogger("bot.telegram")

SHUTDOWN_SECONDS: Final = 8.0  # SIGTERM must end the process within 10 s
CONCURRENT_UPDATES: Final = 64
ALLOWED_UPDATES: Final = ("message", "edited_message", "callback_query", "inline_query")


def register(app: TelegramApp) -> None:
    """Every feature's handlers, in the order PTB tries them: the commands, then what is not a
    known command, then questions; the buttons each by their own prefix."""
    features = (start, language, region, privacy, sources, browse, staff, files, unanswered)
    for feature in (*features, votes, inline):
        feature.register(app)
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, unknown_command))
    questions.register(app)
    app.add_handler(CallbackQueryHandler(refuse_button))  # button data we did not make
    app.add_error_handler(error)


async def error(update: object, context: BotContext) -> None:
    """Log one line (no token, no raw id) and tell the user something polite."""
    exc = context.error
    tg_update = update if isinstance(update, Update) else None
    tg_user = tg_update.effective_user if tg_update else None
    # Network trouble (a TelegramError) is no bug: no traceback then, just what happened.
    network = isinstance(exc, TelegramError)
    log_event(
        "error",
        logging.WARNING if network else logging.ERROR,
        logger=log,
        exc_info=None if network else exc,
        detail=str(exc)[:200] if network else None,
        kind=type(exc).__name__,
        update=tg_update.update_id if tg_update else None,
        user=context.services.user_key(tg_user) if tg_user else None,
    )
    if tg_update is None:
        return
    code = tg_user.language_code if tg_user else None
    notice = texts.text("error", telegram_language(code, context.config.default_lang))
    try:
        if tg_update.callback_query is not None:
            await tg_update.callback_query.answer(notice)
        elif is_private(tg_update) and tg_update.effective_message is not None:
            await tg_update.effective_message.reply_text(escape(notice))
    except TelegramError:
        pass  # the API is what failed; nothing more we can say


# -- building --------------------------------------------------------------------------------


def build_application(
    config: Config,
    assistant: Assistant,
    *,
    secret: bytes | None = None,
    reloader: KnowledgeReloader | None = None,
) -> TelegramApp:
    """The whole bot: PTB Application with every handler, 429/5xx handling and timeouts.

    The Storage is opened in `post_init` (inside the event loop) with `secret` (else
    BOT_SECRET or the data dir's secret file) and closed in `post_shutdown`. With a
    `reloader`, /reload works and failed reloads are reported to the admins.
    """
    if not config.token:
        raise ValueError("a Telegram bot token is needed to build the application")
    # Until the Storage is open (start-up log lines): the key the Storage will use when the
    # secret is known, a throw-away one otherwise.
    pseudonyms = Pseudonyms(secret) if secret else Pseudonyms.from_config(config)
    services = Services(config, assistant, pseudonyms, reloader=reloader)
    notices = staff.ReloadNotices(services)
    if reloader is not None and reloader.on_result is None:
        reloader.on_result = notices

    async def post_init(app: TelegramApp) -> None:
        """Open the Storage (inside the event loop) and register the command menus."""
        notices.bot = app.bot
        if services.storage is None:
            key = secret or load_or_create_secret(config.data_dir, config.secret)
            services.pseudonyms = Pseudonyms(key)
            settings = StorageSettings(retention_days=config.retention_days)
            save_key = (
                functools.partial(save_run_secret, config.data_dir, key)
                if isinstance(key, RunSecret)
                else None
            )
            services.storage = await Storage.open(
                config.database_path, secret=key, settings=settings, save_key=save_key
            )
            healthy = services.storage.healthy
            log_event("storage_open", logger=log, path=config.database_path, healthy=healthy)
        await register_commands(app.bot, services)

    async def post_shutdown(app: TelegramApp) -> None:
        """Write what is still queued and close the Storage (its thread would keep the
        process alive otherwise)."""
        notices.cancel()  # a notice still waiting would be sent by a bot already shut down
        services.questions.flush()
        storage, services.storage = services.storage, None
        if storage is not None:
            await storage.close()
            written, dropped = storage.written, storage.dropped
            log_event("storage_closed", logger=log, written=written, dropped=dropped)

    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        allow_sending_without_reply=True,
    )
    app: TelegramApp = (
        ApplicationBuilder()
        .token(config.token)
        .base_url(config.api_url)
        .base_file_url(config.file_url)
        .defaults(defaults)
        .context_types(CONTEXT_TYPES)
        .concurrent_updates(CONCURRENT_UPDATES)
        .rate_limiter(
            PatientRequests(
                in_flight=HTTP_CONNECTIONS, group_per_minute=config.group_messages_per_minute
            )
        )
        .connect_timeout(5.0)
        .read_timeout(10.0)
        .write_timeout(10.0)
        .pool_timeout(5.0)
        .connection_pool_size(HTTP_CONNECTIONS)
        .get_updates_request(
            UpdatesRequest(
                connection_pool_size=1, connect_timeout=5.0, read_timeout=10.0, pool_timeout=5.0
            )
        )
        .job_queue(None)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    app.bot_data[SERVICES] = services
    register(app)
    return app


# -- health ----------------------------------------------------------------------------------


def _rss_mb() -> float | None:
    """Resident memory of this process in MiB (VmRSS), or None where /proc has no answer."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def log_health(services: Services) -> None:
    """`event=health tasks=… rss_mb=… pending=… dropped=… knowledge=…`: counts only."""
    storage = services.storage
    log_event(
        "health",
        logger=log,
        tasks=len(asyncio.all_tasks()),
        rss_mb=_rss_mb(),
        pending=storage.pending if storage is not None else None,
        dropped=storage.dropped if storage is not None else None,
        knowledge=len(services.assistant.knowledge.entries),
    )


async def _health_loop(services: Services, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            log_health(services)
        except Exception as exc:  # a health line is never worth the bot
            log_event("health_failed", logging.WARNING, logger=log, error=type(exc).__name__)


# -- running ---------------------------------------------------------------------------------


class WebhookRefused(Exception):
    """Telegram answered setWebhook with a 400 that the same request will always get."""


# A 400 from setWebhook is Telegram saying the request is wrong: the same request gets the
# same answer. Only a host that does not resolve (yet: DNS just set up) may come right.
_TRANSIENT_400: Final = ("resolve host", "temporarily", "try again")


def _permanent(exc: TelegramError) -> bool:
    detail = str(exc).lower()
    return isinstance(exc, BadRequest) and not any(m in detail for m in _TRANSIENT_400)


async def _until_up(
    action: Callable[[], Coroutine[Any, Any, object]],
    stop: asyncio.Event,
    what: str,
    *,
    permanent: Callable[[TelegramError], bool] | None = None,
) -> bool:
    """Run `action` until it succeeds, backing off 1 s … 30 s; False when stopped first.

    PTB's `bootstrap_retries` covers neither getMe nor a stop request: its loop cannot be
    interrupted by SIGTERM and logs no `step=` line. So PTB's bootstrap makes one attempt
    (`bootstrap_retries=0`) and this loop retries it."""
    delay = 1.0
    attempt = 0
    while not stop.is_set():
        attempt += 1
        try:
            await action()
            return True
        except InvalidToken:
            raise
        except TelegramError as exc:
            if permanent is not None and permanent(exc):
                raise WebhookRefused(str(exc)) from exc
            wait = max(delay, retry_after_seconds(exc)) if isinstance(exc, RetryAfter) else delay
            log_event(
                "startup_retry",
                logging.WARNING,
                logger=log,
                step=what,
                attempt=attempt,
                error=type(exc).__name__,
                wait=wait,
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
            delay = min(delay * 2, 30.0)
    return False


def _polling_error(exc: TelegramError) -> None:
    """getUpdates failed (PTB retries with backoff): one line instead of a traceback."""
    log_event(
        "polling_error",
        logging.WARNING,
        logger=log,
        error=type(exc).__name__,
        detail=str(exc)[:200],
    )


_REJECTED_NOTICE: Final = (
    "Error: the Bot API rejected TELEGRAM_BOT_TOKEN (or TELEGRAM_API_URL does not end in /bot). "
    "Check the token with @BotFather.\n"
)
_WEBHOOK_REFUSED_NOTICE: Final = (
    "Error: Telegram refused the webhook (setWebhook answered 400; see startup_failed above). "
    "Check BOT_WEBHOOK_URL, BOT_WEBHOOK_PORT and BOT_WEBHOOK_SECRET.\n"
)
_PORT_NOTICE: Final = (
    "Error: cannot listen on BOT_WEBHOOK_PORT {port} ({error}). Is another program using it?\n"
)
_POLLING_TASK: Final = "Updater:start_polling:polling_task"  # PTB 22's name for its poll loop


async def _until_stopped(stop: asyncio.Event) -> BaseException | None:
    """Wait for `stop` (None), or return the error that ended PTB's polling loop first. That
    loop only gives up on a rejected token (revoked in @BotFather while running): exiting then
    lets the supervisor see it, instead of a process that looks alive and never answers."""
    polling = next((t for t in asyncio.all_tasks() if t.get_name() == _POLLING_TASK), None)
    stopping = asyncio.create_task(stop.wait())
    watched: set[asyncio.Future[Any]] = {stopping}
    if polling is not None:
        watched.add(polling)
    await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
    if stopping.done() or polling is None:
        return None
    stopping.cancel()
    if polling.cancelled():
        return asyncio.CancelledError()
    return polling.exception() or RuntimeError("polling ended")


async def _bounded(step: Coroutine[Any, Any, object], name: str, deadline: float) -> None:
    remaining = deadline - asyncio.get_running_loop().time()
    try:
        await asyncio.wait_for(step, timeout=max(0.1, remaining))
    except TimeoutError:
        log_event("shutdown_timeout", logging.WARNING, logger=log, step=name)
    except Exception as exc:  # shutting down: report and carry on with the next step
        log_event(
            "shutdown_error", logging.WARNING, logger=log, step=name, error=type(exc).__name__
        )


async def _start_updates(
    app: TelegramApp, config: Config, stop: asyncio.Event
) -> WebhookServer | bool:
    """Start the polling loop, or set the webhook and start its server (each retried until up).
    False when stopped first; in webhook mode the running server, to stop at the end."""
    updater = app.updater
    assert updater is not None
    if not config.webhook_url:
        # start_polling deletes any webhook first (PTB's bootstrap, one attempt per try).
        return await _until_up(
            lambda: updater.start_polling(
                timeout=timedelta(seconds=25),
                allowed_updates=list(ALLOWED_UPDATES),
                bootstrap_retries=0,
                error_callback=_polling_error,
            ),
            stop,
            "startPolling",
        )
    url = config.webhook_url
    secret = config.webhook_secret or secrets.token_urlsafe(32)
    # Listen first: a port that is taken is an error of this machine, said before Telegram
    # is told to post to it.
    server = WebhookServer(
        app.bot,
        app.update_queue,
        listen=config.webhook_listen,
        port=config.webhook_port,
        path=urlsplit(url).path,
        secret=secret,
    )
    server.start()
    try:
        # setWebhook failing (5xx, refused) is retried like getMe, never a crash.
        if await _until_up(
            lambda: app.bot.set_webhook(
                url, allowed_updates=list(ALLOWED_UPDATES), secret_token=secret
            ),
            stop,
            "setWebhook",
            permanent=_permanent,
        ):
            return server
    except BaseException:
        await server.stop()
        raise
    await server.stop()
    return False


async def serve(
    app: TelegramApp,
    config: Config,
    stop: asyncio.Event | None = None,
    *,
    reloader: KnowledgeReloader | None = None,
) -> int:
    """Start the bot, run until SIGTERM/SIGINT (or `stop`), finish in-flight replies, exit 0.
    With a `reloader`, knowledge edits (and SIGHUP) are picked up while running. Logs
    `event=health` every BOT_HEALTH_SECONDS (0: never) and once when stopping."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    mode = "webhook" if config.webhook_url else "polling"
    background: set[asyncio.Task[Any]] = set()
    services = app.bot_data[SERVICES]
    assert isinstance(services, Services)
    health: asyncio.Task[None] | None = None
    webhook: WebhookServer | None = None

    def spawn(work: Coroutine[Any, Any, Any]) -> None:
        task = loop.create_task(work)
        background.add(task)
        task.add_done_callback(background.discard)

    async def start_up() -> int | None:
        """Everything before the bot answers; an exit status when it cannot start."""
        nonlocal health, webhook
        try:
            if not await _until_up(app.initialize, stop, "getMe"):
                return 0
        except InvalidToken:
            log_event("startup_failed", logging.ERROR, logger=log, reason="token rejected")
            sys.stderr.write(_REJECTED_NOTICE)
            return 1
        if app.post_init is not None:
            await app.post_init(app)
        try:
            started = await _start_updates(app, config, stop)
        except WebhookRefused as exc:
            # Logged through the redacting handler; the line names the setting to fix.
            log_event(
                "startup_failed",
                logging.ERROR,
                logger=log,
                reason="webhook refused",
                detail=str(exc)[:200],
            )
            sys.stderr.write(_WEBHOOK_REFUSED_NOTICE)
            return 1
        except OSError as exc:  # the webhook port: taken, or not ours to bind
            log_event(
                "startup_failed",
                logging.ERROR,
                logger=log,
                reason="webhook port unavailable",
                error=exc.strerror or type(exc).__name__,
                port=config.webhook_port,
            )
            sys.stderr.write(_PORT_NOTICE.format(port=config.webhook_port, error=exc.strerror))
            return 1
        if not started:
            return 0
        if isinstance(started, WebhookServer):
            webhook = started
        await app.start()
        if reloader is not None:
            spawn(reloader.watch())
            loop.add_signal_handler(signal.SIGHUP, lambda: spawn(reloader.reload()))
        log_event("started", logger=log, mode=mode, bot=f"@{app.bot.username}")
        polling = heartbeat.updating(app)
        server = webhook
        # Webhook mode runs our own server, not PTB's updater: alive while that one serves.
        alive = (lambda: app.running and server.running) if server is not None else polling
        spawn(heartbeat.beat(config.data_dir, stop, alive))
        log_health(services)
        if config.health_seconds > 0:
            health = loop.create_task(_health_loop(services, config.health_seconds), name="health")
        return None

    try:
        # A start-up step may hang (an API host that drops connections): SIGTERM must not
        # wait for its timeouts, so start-up runs as a task that stopping cancels.
        starting = loop.create_task(start_up(), name="start-up")
        stopping = loop.create_task(stop.wait())
        await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not starting.done():
            starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await starting
            log_event("stopped_during_start_up", logger=log)
            return 0
        status = starting.result()
        if status is not None:
            return status
        ended = await _until_stopped(stop)
        if ended is not None:
            log_event("polling_ended", logging.ERROR, logger=log, error=type(ended).__name__)
            if isinstance(ended, InvalidToken):
                sys.stderr.write(_REJECTED_NOTICE)
            return 1
        log_event("stopping", logger=log, mode=mode)
        return 0
    finally:
        deadline = loop.time() + SHUTDOWN_SECONDS
        if health is not None:
            health.cancel()
        if services.storage is not None:
            log_health(services)  # the last figures before shutting down
        if reloader is not None:
            reloader.stop()
            loop.remove_signal_handler(signal.SIGHUP)
        if webhook is not None:
            await _bounded(webhook.stop(), "webhook", deadline)
        if app.updater is not None and app.updater.running:
            await _bounded(app.updater.stop(), "updater", deadline)
        if app.running:
            await _bounded(app.stop(), "application", deadline)
        await _bounded(app.shutdown(), "shutdown", deadline)
        if background:
            await _bounded(asyncio.wait(background), "background", deadline)
        if app.post_shutdown is not None:
            # Not bounded: the Storage's connection is a thread that would keep the process
            # alive if closing were cut short. Its slowest case is SQLite's busy timeout.
            try:
                await app.post_shutdown(app)
            except Exception as exc:  # shutting down: report and carry on
                log_event(
                    "shutdown_error",
                    logging.WARNING,
                    logger=log,
                    step="post_shutdown",
                    error=type(exc).__name__,
                )
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        log_event("stopped", logger=log, mode=mode)


def run(config: Config) -> int:
    """`fieldbot run`: load the knowledge, then serve Telegram until SIGTERM. Exit status."""
    configure_logging(config)
    try:
        knowledge = load_knowledge(config.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem}\n")
        count = len(exc.problems)
        sys.stderr.write(f"Error: knowledge is invalid ({count} problem{'s' * (count != 1)})\n")
        return 1
    # Read (or create) the secret now: a BOT_SECRET that is too short stops the start with one
    # clear line (exit 2) instead of a traceback from inside the event loop.
    secret = load_or_create_secret(config.data_dir, config.secret)
    assistant = Assistant(knowledge, default_lang=config.default_lang)
    reloader = KnowledgeReloader(assistant, config.knowledge_dir)
    app = build_application(config, assistant, secret=secret, reloader=reloader)
    log_event("knowledge", logger=log, entries=len(knowledge.entries), dir=config.knowledge_dir)
    if config.ignored_admin_ids:
        # A group or channel id would get the staff menu and reload notices with server paths.
        log_event(
            "config_warning",
            logging.WARNING,
            logger=log,
            setting="BOT_ADMIN_IDS",
            ignored=config.ignored_admin_ids,
            reason="only positive user ids are staff (a negative id is a group or channel)",
        )
    try:
        return asyncio.run(serve(app, config, reloader=reloader))
    except Exception as exc:
        # Unexpected: one traceback through the redacting log handler (Python's own hook
        # would print the token if an error message carried it), and a non-zero exit.
        log_event("crashed", logging.ERROR, logger=log, exc_info=exc)
        return 1
