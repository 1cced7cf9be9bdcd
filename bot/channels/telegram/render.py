"""Telegram HTML: escaped blocks, messages of at most 4096 characters, keyboards, and the
channel's rendering of a Reply and of a `bot.cards.Card`."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import MessageLimit

from bot import citations, texts
from bot.cards import Card
from bot.channels.telegram.callbacks import TICKET, Action, Kind
from bot.model import Source
from bot.reply import Link, Reply
from bot.text import strip_invisible

MAX_MESSAGE_CHARS: Final = int(MessageLimit.MAX_TEXT_LENGTH)  # counted after entity parsing
BUTTON_CHARS: Final = 60
QUOTE_CHARS: Final = 120

Rows = list[list[InlineKeyboardButton]]
# The replies that could not answer: they quote the question and offer the Hub finder.
# "fallback" is the older name of the three kinds the Assistant distinguishes now.
DECLINED_KINDS: Final = frozenset({"fallback", "unknown", "out_of_scope", "unsure"})


def escape(text: str) -> str:
    """Escape a knowledge or user string for Telegram HTML."""
    return html.escape(text, quote=False)


def units(text: str) -> int:
    """Telegram counts UTF-16 code units; counting them never undercounts characters."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Block:
    """One paragraph of plain text and how to style it: b, i, h (first line bold, a heading
    over a list) or nothing."""

    text: str
    style: str = ""

    def html(self) -> str:
        if self.style == "raw":  # already Telegram HTML (a citation line): in italics
            return f"<i>{self.text}</i>"
        if self.style == "h":
            head, newline, rest = self.text.partition("\n")
            return f"<b>{escape(head)}</b>{newline}{escape(rest)}"
        body = escape(self.text)
        return f"<{self.style}>{body}</{self.style}>" if self.style else body


def paragraphs(text: str, style: str = "") -> list[Block]:
    """A text's paragraphs (split at blank lines) as blocks."""
    return [Block(p.strip(), style) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _split_text(text: str, limit: int) -> list[str]:
    """Cut a paragraph longer than `limit` at line breaks, then spaces, then anywhere."""
    if units(text) <= limit:
        return [text]
    for sep in ("\n", " "):
        parts = text.split(sep)
        if len(parts) > 1:
            out: list[str] = []
            current = ""
            for part in parts:
                candidate = f"{current}{sep}{part}" if current else part
                if units(candidate) <= limit:
                    current = candidate
                    continue
                if current:
                    out.append(current)
                current = part
            out.append(current)
            return [piece for chunk in out for piece in _split_text(chunk, limit) if piece]
    cut = limit
    while units(text[:cut]) > limit:
        cut -= 1
    return [text[:cut], *_split_text(text[cut:], limit)]


def paginate(blocks: Sequence[Block], limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """HTML messages of at most `limit` visible characters, split between paragraphs."""
    pieces = [
        # A heading block split in two: only the first part starts with the heading.
        Block(part.strip(), "" if n and block.style == "h" else block.style)
        for block in blocks
        for n, part in enumerate(_split_text(block.text, limit))
        if part.strip()
    ]
    chunks: list[list[Block]] = []
    size = 0
    for piece in pieces:
        size_of = units(piece.text)
        if chunks and size + 2 + size_of <= limit:
            chunks[-1].append(piece)
            size += 2 + size_of
        else:
            chunks.append([piece])
            size = size_of
    return ["\n\n".join(b.html() for b in chunk) for chunk in chunks]


def one_message(blocks: list[Block]) -> str:
    """The blocks as one message; a card too long for one keeps its title and source line."""
    pages = paginate(blocks)
    if len(pages) == 1 or len(blocks) < 2:
        return pages[0]
    head, *middle, tail = blocks
    budget = MAX_MESSAGE_CHARS - units(head.text) - units(tail.text) - 8
    text = "\n".join(b.text for b in middle)
    if units(text) > budget:
        text = text[: max(0, budget - 1)] + "…"
    return "\n\n".join((head.html(), escape(text), tail.html()))


def clip_text(text: str, limit: int) -> str:
    """User text quoted back (a fallback, /regio, /stats) on one line, at most `limit` long,
    without control and bidi characters: a right-to-left override must not turn the bot's
    own message around."""
    text = " ".join(strip_invisible(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def label(prefix: str, text: str) -> str:
    """A button's label: `prefix` and the text, clipped."""
    return f"{prefix}{clip_text(text, BUTTON_CHARS)}"


def button(text: str, action: Action) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=action.encode())


def keyboard(rows: Rows) -> InlineKeyboardMarkup | None:
    """The rows as a keyboard; None when there are none."""
    return InlineKeyboardMarkup(rows) if rows else None


def card_blocks(card: Card, source: Block | None) -> list[Block]:
    """A card: bold title, its facts, paragraphs, links, the source line last."""
    blocks = [Block(card.title, "b")]
    if card.facts:
        blocks.append(Block("\n".join(f"{name}: {value}" for name, value in card.facts)))
    for paragraph in card.paragraphs:
        blocks += paragraphs(paragraph)
    if card.links:
        blocks.append(Block("\n".join(f"{name}: {value}" for name, value in card.links)))
    if source is not None:
        blocks.append(source)
    return blocks


# -- replies ---------------------------------------------------------------------------------


def reply_blocks(
    reply: Reply, *, question: str | None = None, max_text: int | None = None
) -> list[Block]:
    """The blocks of an answer: notice, answer, 'did you mean', source line last. A fallback
    quotes the question it could not answer, so it is clear which one (in groups especially)."""
    blocks: list[Block] = []
    if question and reply.kind in DECLINED_KINDS:
        blocks.append(Block(f"“{clip_text(question, QUOTE_CHARS)}”", "i"))
    if reply.truncated:
        blocks.append(Block(texts.text("too_long", reply.language), "i"))
    if reply.contact_given:
        blocks.append(Block(texts.text("contact_not_passed", reply.language), "i"))
    body = f"{reply.greeting} {reply.text}" if reply.greeting else reply.text
    if max_text is not None and len(body) > max_text:
        body = body[: max_text - 1].rstrip() + "…"
    blocks += paragraphs(body)
    if reply.alternatives:
        blocks.append(Block(texts.text("did_you_mean", reply.language), "b"))
    source = citation_block(reply.sources, reply.language)
    if source is not None:
        blocks.append(source)
    return blocks


def citation_block(sources: Sequence[Source], lang: str) -> Block | None:
    """'Bron: <a href=…>TNO, Fieldlab-publicatie</a>, 18 maart 2019' in italics: at most
    three sources, the title linked, no bare addresses."""
    shown = citations.unique(sources)
    if not shown:
        return None
    items = []
    for source in shown:
        if source.plain or not source.url:
            items.append(escape(citations.label(source, lang)))
            continue
        name = ", ".join(p for p in (source.publisher, source.title) if p) or source.url
        link = f'<a href="{html.escape(source.url, quote=True)}">{escape(name)}</a>'
        items.append(link + (f", {escape(source.date.text(lang))}" if source.date else ""))
    key = "source" if len(items) == 1 else "sources"
    return Block(f"{texts.text(key, lang)}: " + "; ".join(items), "raw")


def render_reply(reply: Reply, question: str | None = None) -> list[str]:
    """The reply as one or more HTML messages; the source line ends the last one."""
    return paginate(reply_blocks(reply, question=question))


def reply_keyboard(reply: Reply, question_id: str | None = None) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: alternatives, related entries, Hub finder, 👍/👎."""
    lang = reply.language
    rows: Rows = []
    links: list[tuple[str, Link]] = [("❓ ", a) for a in reply.alternatives[:3]]
    links += [("↪ ", r) for r in reply.related[:3]]
    for prefix, link in links:
        rows.append(
            [button(label(prefix, link.question), Action(Kind.ANSWER, lang, target=link.entry))]
        )
    if reply.kind in DECLINED_KINDS:
        rows.append([button(texts.text("find_hub", lang), Action(Kind.HUBS, lang))])
    if reply.kind == "answer" and reply.entry:
        ticket = question_id if question_id and TICKET.match(question_id) else ""
        up = Action(Kind.VOTE, lang, reply.entry, vote="up", ticket=ticket)
        down = Action(Kind.VOTE, lang, reply.entry, vote="down", ticket=ticket)
        rows.append(
            [
                button(texts.text("vote_up", lang), up),
                button(texts.text("vote_down", lang), down),
            ]
        )
    return keyboard(rows)


# -- sending ---------------------------------------------------------------------------------


async def send(
    message: Message, chunks: Sequence[str], markup: InlineKeyboardMarkup | None = None
) -> list[int]:
    """Reply with every chunk; only the first quotes the question (in groups), only the
    last carries the buttons. Returns the ids of the messages sent."""
    sent = []
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        reply = await message.reply_text(
            chunk, reply_markup=markup if last else None, do_quote=None if n == 0 else False
        )
        sent.append(reply.message_id)
    return sent


async def send_to_chat(
    bot: Bot,
    chat_id: int,
    chunks: Sequence[str],
    markup: InlineKeyboardMarkup | None = None,
    *,
    thread_id: int | None = None,
) -> list[int]:
    """Send every chunk to `chat_id` (in forum topic `thread_id`, if any) as new messages;
    only the last carries the buttons. Returns the ids of the messages sent."""
    sent = []
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        message = await bot.send_message(
            chat_id, chunk, reply_markup=markup if last else None, message_thread_id=thread_id
        )
        sent.append(message.message_id)
    return sent
