"""Citations a person can read: at most three sources under an answer, short, deduplicated.

Built once here from the structured sources; the console and `ask --json` show the plain
line with addresses, Telegram links the titles. A staff `note` is never shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.model import Source
from bot.texts import text

MAX_SHOWN = 3


def unique(sources: Iterable[Source], limit: int | None = MAX_SHOWN) -> tuple[Source, ...]:
    """The sources without repeats, in order; at most `limit` (None: all)."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Source] = []
    for source in sources:
        key = source.key()
        if key in seen:
            continue
        seen.add(key)
        out.append(source)
        if limit is not None and len(out) >= limit:
            break
    return tuple(out)


def label(source: Source, lang: str) -> str:
    """'TNO, Smart Industry Fieldlab publicatie, 18 maart 2019' (no address)."""
    if source.plain:
        return source.plain
    parts = [p for p in (source.publisher, source.title) if p]
    if not parts and source.url:
        parts.append(_site(source.url))
    if source.date is not None:
        parts.append(source.date.text(lang))
    return ", ".join(parts)


def _site(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def line(sources: Iterable[Source], lang: str, *, urls: bool = True) -> str | None:
    """'Bron: TNO, …, 18 maart 2019 (https://…)' or None when there is no source."""
    shown = unique(sources)
    if not shown:
        return None
    items = []
    for source in shown:
        item = label(source, lang)
        if urls and source.url and not source.plain:
            item += f" ({source.url})"
        items.append(item)
    key = "source" if len(items) == 1 else "sources"
    return f"{text(key, lang)}: " + "; ".join(items)
