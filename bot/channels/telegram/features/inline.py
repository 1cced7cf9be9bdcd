"""Inline mode: `@bot vraag` in any chat gives up to five answers as articles."""

from __future__ import annotations

import hashlib
import logging
from typing import Final

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import InlineQueryHandler

from bot import texts
from bot.assistant import Assistant, Link, Reply
from bot.channels.telegram.context import BotContext, Limit, TelegramApp
from bot.channels.telegram.guards import admit
from bot.channels.telegram.render import BUTTON_CHARS, label, paginate, reply_blocks
from bot.logs import log_event

log = logging.getLogger("bot.telegram")

MAX_INLINE_RESULTS: Final = 5


async def inline(update: Update, context: BotContext) -> None:
    """`@bot vraag` in any chat: up to five answers as articles."""
    query = update.inline_query
    if query is None:
        return
    services, assistant = context.services, context.assistant
    prefs = services.preferences(query.from_user)
    chosen, lang = services.languages(query.from_user)
    # Not the shared guard: a refused inline query still needs an (empty) answer.
    if not await admit(update, context, lang, Limit.INLINE):
        await query.answer([], cache_time=5, is_personal=True)
        return
    question = " ".join(query.query.split())
    replies: list[Reply] = []
    if not question:
        for example in texts.examples(lang)[:3]:
            replies.append(assistant.answer(example, lang=lang))
    else:
        reply = assistant.answer(question, lang=chosen, preferred_lang=lang, region=prefs.region)
        kind = query.chat_type or "private"
        services.questions.log_later(
            query.from_user, question, reply, "private" if kind == "sender" else kind
        )
        lang = reply.language
        links: tuple[Link, ...] = ()
        if reply.confident and reply.entry:
            replies.append(reply)
            links = reply.related
        else:
            links = reply.alternatives
        for link in links:
            linked = assistant.answer_entry(link.entry, lang)
            if linked is not None:
                replies.append(linked)
        if not replies:
            replies.append(reply)
    seen: set[str] = set()
    results: list[InlineQueryResultArticle] = []
    for reply in replies:
        key = reply.entry or f"{reply.kind}.{reply.language}"
        if key in seen or len(results) >= MAX_INLINE_RESULTS:
            continue
        seen.add(key)
        results.append(_article(assistant, reply, question))
    # Personal: the answers depend on the user's language and region.
    await query.answer(results, cache_time=60, is_personal=True)
    user = services.user_key(query.from_user)
    log_event("inline", logger=log, user=user, results=len(results), lang=lang)


def _article(assistant: Assistant, reply: Reply, question: str) -> InlineQueryResultArticle:
    entry = assistant.knowledge.entry(reply.entry) if reply.entry else None
    if entry is not None:
        title = entry.title(reply.language)
    else:
        title = texts.text("inline_fallback_title", reply.language)
    body = paginate(reply_blocks(reply, question=question, max_text=3000))[0]
    key = f"{reply.entry or reply.kind}:{reply.language}"
    return InlineQueryResultArticle(
        id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
        title=label("", title),
        description=label("", reply.text)[:BUTTON_CHARS],
        input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML),
    )


def register(app: TelegramApp) -> None:
    app.add_handler(InlineQueryHandler(inline))
