"""Questions: free text, captions, edits and media, and the buttons that ask for an answer
(an alternative or related entry, an example question of /start)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from typing import Final

from telegram import Bot, Message, MessageEntity, Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot import texts
from bot.channels.telegram import conversations
from bot.channels.telegram.callbacks import Kind, pattern, resolve_ref
from bot.channels.telegram.context import BotContext, Limit, TelegramApp, is_private
from bot.channels.telegram.guards import Tap, Turn, admit, button, command
from bot.channels.telegram.render import (
    escape,
    render_reply,
    reply_keyboard,
    send,
    send_to_chat,
)
from bot.context import Context
from bot.logs import log_event
from bot.model import Source
from bot.reply import Reply

log = logging.getLogger("bot.telegram")

_MEDIA_TEXT: Final = (
    (filters.Sticker.ALL, "sticker"),
    (filters.PHOTO | filters.ANIMATION, "photo"),
    (filters.VOICE | filters.AUDIO | filters.VIDEO | filters.VIDEO_NOTE, "voice"),
    (filters.Document.ALL, "document"),
    (filters.LOCATION | filters.VENUE, "location"),
)


def addressed(message: Message, bot: Bot) -> str | None:
    """In a group: the question when the message mentions or replies to the bot, else None."""
    text = message.text or message.caption or ""
    username = (bot.username or "").lower()
    mentioned = False
    parsed = message.parse_entities() if message.text else message.parse_caption_entities()
    for entity, value in parsed.items():
        if entity.type == MessageEntity.MENTION and value.lower() == f"@{username}":
            mentioned = True
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user:
            mentioned = mentioned or entity.user.id == bot.id
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == bot.id)
    if not (mentioned or to_bot):
        return None
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


async def text_message(update: Update, context: BotContext) -> None:
    """A text message: a question in private chats, in groups only when addressed."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    await _question(update, context, message, message.text)


async def caption(update: Update, context: BotContext) -> None:
    """A photo or file with a caption: the caption is the question; empty ones explain."""
    message = update.effective_message
    if message is None:
        return
    if (message.caption or "").strip():
        await _question(update, context, message, message.caption or "")
    else:
        await other(update, context)


async def _question(update: Update, context: BotContext, message: Message, text: str) -> None:
    # Not the shared guard: which messages count as a question (not from a bot, not our own
    # inline answer, in groups only when addressed) is decided before the rate limit.
    tg_user = update.effective_user
    # An anonymous group admin (or a linked channel) writes as a chat, with a placeholder bot
    # as `from`: a person all the same. Any other bot is not answered.
    if tg_user is None or (tg_user.is_bot and message.sender_chat is None):
        return
    if message.via_bot is not None and message.via_bot.id == context.bot.id:
        return  # our own inline answer, sent into a chat with us
    question: str | None = text
    if not is_private(update):
        question = addressed(message, context.bot)
        if question is None:
            return
    services = context.services
    prefs = services.preferences(tg_user)
    chosen, lang = services.languages(tg_user)
    if not await admit(update, context, lang):
        return
    if not question:
        mention = f"@{context.bot.username}"
        await message.reply_text(escape(texts.text("mention_only", lang, mention=mention)))
        return
    started = time.perf_counter()
    key = services.user_key(tg_user)
    replied = message.reply_to_message
    earlier = conversations.current(context, key, replied.message_id if replied else None)
    reply, after = context.assistant.converse(
        question, earlier, lang=chosen, preferred_lang=lang, region=prefs.region
    )
    question_id = services.questions.log(
        tg_user, question, reply, chat_kind=message.chat.type, channel="telegram"
    )
    sent = await send(message, render_reply(reply, question), reply_keyboard(reply, question_id))
    conversations.keep(context, key, after, sent, sources=_all_sources(reply))
    log_event(
        "answer",
        logger=log,
        user=services.user_key(tg_user),
        chat=message.chat.type,
        lang=reply.language,
        kind=reply.kind,
        entry=reply.entry,
        score=round(reply.score, 1),
        confident=reply.confident,
        chars=len(text),
        ms=round((time.perf_counter() - started) * 1000, 1),
    )


@command(private=True)
async def edited(update: Update, context: BotContext, turn: Turn) -> None:
    """An edited message is not answered again: say so, in private."""
    await turn.message.reply_text(escape(texts.text("edited", turn.lang)))


async def other(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice, files, locations …: explain in private, ignore in groups."""
    message = update.effective_message
    if message is not None and message.from_user is not None and message.from_user.is_bot:
        return
    await _explain_media(update, context)


@command(private=True)
async def _explain_media(update: Update, context: BotContext, turn: Turn) -> None:
    key = next((name for accepted, name in _MEDIA_TEXT if accepted.check_update(update)), "other")
    await turn.message.reply_text(escape(texts.text(key, turn.lang)))
    log_event("unsupported", logger=log, kind=key, user=context.services.user_key(turn.user))


@button(limit=Limit.MESSAGES, needs_chat=True)
async def answer_button(update: Update, context: BotContext, tap: Tap) -> None:
    """An alternative or related entry under an answer: send its answer."""
    assert tap.chat_id is not None
    entry = resolve_ref(tap.action.target, context.assistant.knowledge)
    reply = context.assistant.answer_entry(entry, tap.lang)
    if reply is None:
        await tap.query.answer(texts.text("gone", tap.lang))
        return
    # The button names an entry, never text: the next follow-up refers to what was chosen.
    key = context.services.user_key(tap.user)
    now = dt.datetime.now(dt.UTC)
    base = conversations.current(context, key) or Context(lang=tap.lang, at=now)
    log_event("button_answer", logger=log, user=key, entry=reply.entry, lang=tap.lang)
    await tap.query.answer()
    chunks, markup = render_reply(reply), reply_keyboard(reply)
    sent = await send_to_chat(context.bot, tap.chat_id, chunks, markup, thread_id=tap.thread_id)
    # Kept for the messages too: a reply to this answer continues from the chosen entry.
    conversations.keep(context, key, base.chosen(reply, now), sent)


@button(limit=Limit.MESSAGES, needs_chat=True)
async def example_button(update: Update, context: BotContext, tap: Tap) -> None:
    """One of the example questions of /start: ask it."""
    assert tap.chat_id is not None
    examples = texts.examples(tap.lang)
    if tap.action.number >= len(examples):
        await tap.query.answer(texts.text("stale_button", tap.lang))
        return
    region = context.services.preferences(tap.user).region
    # Asked afresh (no earlier context), but the answer becomes the conversation's topic.
    reply, after = context.assistant.converse(
        examples[tap.action.number], None, lang=tap.chosen or tap.lang, region=region
    )
    key = context.services.user_key(tap.user)
    log_event("button_example", logger=log, user=key, entry=reply.entry, lang=reply.language)
    await tap.query.answer()
    chunks, markup = render_reply(reply), reply_keyboard(reply)
    sent = await send_to_chat(context.bot, tap.chat_id, chunks, markup, thread_id=tap.thread_id)
    conversations.keep(context, key, after, sent, sources=_all_sources(reply))


def _all_sources(reply: Reply) -> tuple[Source, ...]:
    """Every source behind a reply (the citation under it shows at most three)."""
    return tuple(s for part in (reply.parts or (reply,)) for s in part.sources)


def register(app: TelegramApp) -> None:
    """Questions come last among the message handlers: commands are matched before them."""
    new = filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(new & filters.TEXT, text_message))
    app.add_handler(MessageHandler(new & filters.CAPTION, caption))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited))
    app.add_handler(MessageHandler(new & ~filters.StatusUpdate.ALL, other))
    app.add_handler(CallbackQueryHandler(answer_button, pattern=pattern(Kind.ANSWER)))
    app.add_handler(CallbackQueryHandler(example_button, pattern=pattern(Kind.EXAMPLE)))
