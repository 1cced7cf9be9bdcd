"""Citations a person can read: at most three sources under an answer, short, deduplicated.

Built once here from the structured sources; the console and `ask --json` show the plain
line with addresses, Telegram links the titles. A staff `note` is never shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.model import Source
from bot.texts import text

MAX_SHOWN = 3
MAX_LINE = 250


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


def across(parts: Sequence[Sequence[Source]]) -> tuple[Source, ...]:
    """The sources of a reply with several answers: each answer's first source before any
    answer's second, so every answer shows where it comes from."""
    longest = max((len(p) for p in parts), default=0)
    ordered = [p[i] for i in range(longest) for p in parts if i < len(p)]
    return unique(ordered, max(MAX_SHOWN, sum(1 for p in parts if p)))


def label(source: Source, lang: str) -> str:
    """'TNO, Smart Industry Fieldlab publicatie, 18 maart 2019' (no address)."""
    if source.plain:
        return source.plain + (f", {source.date.text(lang)}" if source.date else "")
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
    # Full addresses when they fit in one short line; else the site's name; else fewer.
    for style in ("url", "site"):
        for count in range(len(shown), 0, -1):
            items = [_item(s, lang, style if urls else "") for s in shown[:count]]
            key = "source" if len(items) == 1 else "sources"
            result = f"{text(key, lang)}: " + "; ".join(items)
            if len(result) <= MAX_LINE or (style == "site" and count == 1):
                if style == "url" and count < len(shown):
                    break  # dropping a source loses more than shortening addresses
                return result if len(result) <= MAX_LINE else result[: MAX_LINE - 1] + "…"
    return None


def _item(source: Source, lang: str, style: str) -> str:
    item = label(source, lang)
    if source.url and not source.plain:
        if style == "url":
            item += f" ({source.url})"
        elif style == "site" and _site(source.url) not in item:
            item += f" ({_site(source.url)})"
    return item
