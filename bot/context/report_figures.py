"""The figures a report gives ("what were the main numbers in it?" after the TNO
publication): the dated values of the figure entries that cite that report."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.context.replies import _joined
from bot.figures import figures_from
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.context.answerer import _Turn

# "numbers", "cijfers": what is asked of the report
_FIGURE_NOUNS = frozenset("numbers figures cijfers getallen kerncijfers stats statistics".split())
# "where do those numbers come from?", "welke bron?": the source is asked, not the numbers
_OF_THE_SOURCE = frozenset("waar where bron source sources bronnen from vandaan komt".split())
# "in it", "its", "daarin": the report is the one just answered, not one named now
_POINTERS = frozenset("it its daarin erin het die dat deze this that those there daar".split())


def _figures_in_the_report(turn: _Turn) -> Reply | None:
    """'what were the main numbers in it? money, companies, jobs' after the TNO
    publication: each figure that publication gives, in its own words and sources. None
    for a figure in view, a record named, or no figure that cites the report."""
    answerer, clause, words, context, lang, _ = turn
    if context.entry is None or len(words) > 12:
        return None
    if not (_FIGURE_NOUNS & set(words) and _POINTERS & set(words)) or _OF_THE_SOURCE & set(words):
        return None
    knowledge = answerer.records.knowledge
    report = knowledge.entry(context.entry)
    if report is None or report.figures or answerer.records.find(words, clause.names):
        return None
    urls = frozenset(s.url for s in report.sources if s.url)
    first = {e: n for n, e in enumerate(report.related)}
    citing = sorted(
        (e for e in knowledge.entries if e.id != report.id and e.figures),
        key=lambda e: first.get(e.id, len(first)),
    )
    parts: list[Reply] = []
    for entry in citing:
        given = figures_from(entry, urls, lang)
        card = answerer.entry(entry.id, lang) if given is not None else None
        if given is None or card is None:
            continue
        body, sources = given
        parts.append(replace(card, text=body, sources=sources, resolved=clause.text))
    # the report's own answer names its headline figures ("€240 million, 600 companies and
    # 430 jobs"): those, when it names any, not every figure that cites it
    own = _amounts(report.answer.get(lang) or report.answer.get("nl") or "")
    headline = [p for p in parts if _amounts(p.text) & own]
    return _joined(headline or parts) if parts else None


def _amounts(text: str) -> set[str]:
    """The numbers a text states that are no year: 240, 600, 430, not 2018."""
    return {n for n in re.findall(r"\d+", text) if not re.fullmatch(r"(?:19|20)\d\d", n)}
