"""`fieldbot report`: what people asked and what the bot could not answer, for Hub staff.

`build_report` is pure (rows in, a Report out) so the Telegram /unanswered command can use it
too; `run_report` is the command line: it reads the log read-only, loads the current knowledge
to find each cluster's nearest entry, and renders text, json, csv or one self-contained html
page.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import html
import io
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from bot.clustering import cluster_texts, phrasings
from bot.config import Config
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.matching import Matcher, MatchSettings
from bot.storage import (
    LOCAL_TZ,
    FeedbackRow,
    QuestionRow,
    Storage,
    StorageUnavailable,
    answered_pct,
    is_smalltalk,
)

FORMATS = ("text", "json", "csv", "html")
# An answer given with a score this close above the threshold may well be the wrong one.
LOW_CONFIDENCE_MARGIN = 8.0
EXAMPLES = 3
TEXT_CLUSTERS = 20
TOP_ENTRIES = 10
DAILY_UP_TO_DAYS = 31


@dataclass(frozen=True)
class Nearest:
    """The current entry closest to a cluster: what staff would extend or compare with."""

    entry: str
    score: float
    confident: bool  # the current knowledge would answer it now
    title: str = ""
    origin: str = ""  # "path:line" of the entry in the knowledge files


@dataclass(frozen=True)
class Cluster:
    """Questions that ask the same thing, with what the bot knows nearby."""

    count: int
    users: int
    unanswered: int
    low_confidence: int
    examples: tuple[str, ...]
    phrasings: tuple[str, ...]  # every distinct phrasing, most asked first
    langs: tuple[str, ...]
    last_asked: dt.datetime
    nearest: Nearest | None
    phrasing_langs: tuple[str, ...] = ()  # the language of each phrasing
    unknown_words: tuple[str, ...] = ()  # question words no entry knows: synonyms to add?

    def suggestion(self, settings: MatchSettings | None = None) -> str:
        """One line telling staff what to do with this cluster."""
        suggest = (settings or MatchSettings()).suggest
        near = self.nearest
        if near is None:
            return "Add a new entry with these phrasings (see the template)."
        where = f" ({near.origin})" if near.origin else ""
        if near.confident:
            return (
                f"Answered now by {near.entry}{where} (score {near.score:.0f}): "
                "check that its answer fits."
            )
        if near.score >= suggest:
            return (
                f"Close to {near.entry}{where}: if its answer fits, add these phrasings to its "
                "questions; otherwise add a new entry."
            )
        return "New topic: add a new entry with these phrasings (see the template)."


@dataclass(frozen=True)
class Downvote:
    """An answer someone rated 👎, with the question that got it."""

    when: dt.datetime
    question: str | None
    entry: str | None
    score: float | None


@dataclass(frozen=True)
class EntryCount:
    """How often an entry answered, and how people rated it."""

    entry: str
    count: int
    up: int
    down: int
    title: str = ""


@dataclass(frozen=True)
class RatePoint:
    """Answered rate in one day or week."""

    label: str
    questions: int
    answered: int
    pct: float | None


@dataclass(frozen=True)
class Totals:
    """The numbers in the report's header."""

    questions: int
    users: int
    answered: int
    unanswered: int
    low_confidence: int
    smalltalk: int
    answered_pct: float | None
    up: int
    down: int


@dataclass(frozen=True)
class Report:
    """Everything the report shows, ready to render in any format."""

    since: dt.datetime
    until: dt.datetime
    totals: Totals
    clusters: tuple[Cluster, ...]
    downvoted: tuple[Downvote, ...]
    top_entries: tuple[EntryCount, ...]
    rates: tuple[RatePoint, ...]
    rate_unit: str  # day | week
    notes: tuple[str, ...] = ()

    @property
    def days(self) -> int:
        return max(1, round((self.until - self.since).total_seconds() / 86400))


# --------------------------------------------------------------------------------------------
# Building


def is_low_confidence(row: QuestionRow, settings: MatchSettings | None = None) -> bool:
    """Answered, but only just above the threshold: worth a look by staff."""
    threshold = (settings or MatchSettings()).threshold
    return (
        row.confident
        and not is_smalltalk(row.entry)
        and row.score < threshold + LOW_CONFIDENCE_MARGIN
    )


def build_report(
    questions: Sequence[QuestionRow],
    feedback: Sequence[FeedbackRow],
    *,
    since: dt.datetime,
    until: dt.datetime,
    matcher: Matcher | None = None,
    knowledge: KnowledgeBase | None = None,
    notes: Sequence[str] = (),
) -> Report:
    """Cluster the misses and count the rest. Pure: no I/O, the same rows give the same report."""
    settings = matcher.settings if matcher is not None else MatchSettings()
    misses = [q for q in questions if not q.confident or is_low_confidence(q, settings)]
    term = matcher.analyzer.term if matcher is not None else None
    groups = cluster_texts([q.text for q in misses], langs=[q.lang for q in misses], term=term)
    clusters = tuple(
        _cluster([misses[i] for i in g], matcher, knowledge, settings) for g in groups
    )

    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for f in feedback:
        if f.entry:
            votes[f.entry][f.vote] += 1
    downvoted = tuple(
        Downvote(_local(f.ts), f.question, f.entry, f.score)
        for f in sorted(feedback, key=lambda f: -f.ts)
        if f.vote < 0
    )
    asked = Counter(
        q.entry for q in questions if q.confident and q.entry and not is_smalltalk(q.entry)
    )
    top_entries = tuple(
        EntryCount(entry, n, votes[entry][1], votes[entry][-1], _title(knowledge, entry))
        for entry, n in sorted(asked.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ENTRIES]
    )
    smalltalk = sum(1 for q in questions if q.confident and is_smalltalk(q.entry))
    answered = sum(1 for q in questions if q.confident and not is_smalltalk(q.entry))
    totals = Totals(
        questions=len(questions),
        users=len({q.user_key for q in questions}),
        answered=answered,
        unanswered=sum(1 for q in questions if not q.confident),
        low_confidence=sum(1 for q in questions if is_low_confidence(q, settings)),
        smalltalk=smalltalk,
        answered_pct=answered_pct(questions),
        up=sum(1 for f in feedback if f.vote > 0),
        down=sum(1 for f in feedback if f.vote < 0),
    )
    unit = "day" if (until - since) <= dt.timedelta(days=DAILY_UP_TO_DAYS) else "week"
    return Report(
        since=since.astimezone(LOCAL_TZ),
        until=until.astimezone(LOCAL_TZ),
        totals=totals,
        clusters=clusters,
        downvoted=downvoted,
        top_entries=top_entries,
        rates=_rates(questions, since, until, unit),
        rate_unit=unit,
        notes=tuple(notes),
    )


def _cluster(
    rows: Sequence[QuestionRow],
    matcher: Matcher | None,
    knowledge: KnowledgeBase | None,
    settings: MatchSettings,
) -> Cluster:
    ordered = phrasings([r.text for r in rows])  # rows are oldest first
    lang_of: dict[str, str] = {}
    for row in rows:
        lang_of[" ".join(row.text.split()).casefold()] = row.lang
    langs_of = [lang_of[text.casefold()] for text in ordered]
    nearest: Nearest | None = None
    unknown: dict[str, None] = {}
    if matcher is not None:
        for text, lang in zip(ordered[:5], langs_of, strict=False):
            match = matcher.search(text, lang=lang)
            unknown.update(dict.fromkeys(match.unknown))
            best = match.best
            if best is None or (nearest is not None and best.score <= nearest.score):
                continue
            entry = knowledge.entry(best.entry) if knowledge is not None else None
            nearest = Nearest(
                entry=best.entry,
                score=best.score,
                confident=match.confident,
                title=entry.title(lang) if entry else "",
                origin=entry.origin if entry else "",
            )
    langs = tuple(sorted({r.lang for r in rows}))
    return Cluster(
        count=len(rows),
        users=len({r.user_key for r in rows}),
        unanswered=sum(1 for r in rows if not r.confident),
        low_confidence=sum(1 for r in rows if is_low_confidence(r, settings)),
        examples=tuple(ordered[:EXAMPLES]),
        phrasings=tuple(ordered[:20]),
        langs=langs,
        phrasing_langs=tuple(langs_of[:20]),
        unknown_words=tuple(unknown),
        last_asked=_local(max(r.ts for r in rows)),
        nearest=nearest,
    )


def _rates(
    rows: Sequence[QuestionRow], since: dt.datetime, until: dt.datetime, unit: str
) -> tuple[RatePoint, ...]:
    def label(moment: dt.datetime) -> str:
        if unit == "day":
            return moment.date().isoformat()
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"

    buckets: dict[str, list[QuestionRow]] = {}
    day = since.astimezone(LOCAL_TZ)
    end = until.astimezone(LOCAL_TZ)
    while day <= end:  # every period appears, also one without questions
        buckets.setdefault(label(day), [])
        day += dt.timedelta(days=1)
    buckets.setdefault(label(end), [])
    for row in rows:
        buckets.setdefault(label(_local(row.ts)), []).append(row)
    names = sorted(buckets)
    while names and not buckets[names[0]] and len(names) > 1:
        names.pop(0)  # before the first question the log simply had not started
    points = []
    for name in names:
        members = buckets[name]
        real = [r for r in members if not (r.confident and is_smalltalk(r.entry))]
        points.append(
            RatePoint(name, len(real), sum(1 for r in real if r.confident), answered_pct(members))
        )
    return tuple(points)


def _title(knowledge: KnowledgeBase | None, entry_id: str) -> str:
    entry = knowledge.entry(entry_id) if knowledge is not None else None
    return entry.title("nl") if entry else ""


def _local(ts: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, LOCAL_TZ)


def entry_template(cluster: Cluster, today: dt.date) -> str:
    """A YAML entry to paste into a knowledge file, with the cluster's phrasings filled in."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for text, lang in zip(cluster.phrasings, cluster.phrasing_langs, strict=False):
        if len(by_lang[lang]) < 6:
            by_lang[lang].append(text)
    lines = [
        "  - id: topic.new-entry        # a short unique id: a-z, 0-9, . _ -",
        "    questions:",
    ]
    for lang, texts in sorted(by_lang.items()):
        lines.append(f"      {lang}:")
        lines += [f"        - {json.dumps(t, ensure_ascii=False)}" for t in texts]
    lines += [
        "    answer:",
        *[f'      {lang}: "..."' for lang in sorted(by_lang) or ["nl"]],
        '    source: "..."              # where the answer comes from',
        f"    as_of: {today.isoformat()}",
    ]
    return "\n".join(lines)


HOW_TO = (
    "How to turn a cluster into knowledge: if a nearest entry already answers it, add the "
    "phrasings to that entry's questions (file and line are given); otherwise paste the "
    "template into a file in the knowledge folder, write the answer with its source and "
    "date, and run `fieldbot check`. Words no entry knows may also be synonyms of words it "
    "does know (a `synonyms:` group). The running bot picks up a valid file by itself."
)


# --------------------------------------------------------------------------------------------
# Rendering


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _header_lines(report: Report) -> list[str]:
    t = report.totals
    return [
        f"Fieldbot report: {report.since:%Y-%m-%d} to {report.until:%Y-%m-%d} "
        f"({report.days} days)",
        f"{t.questions} questions from {t.users} users; answered {_pct(t.answered_pct)} "
        f"({t.answered} answered, {t.unanswered} unanswered, {t.low_confidence} low confidence); "
        f"{t.up} 👍, {t.down} 👎",
        f"Greetings and thanks ({t.smalltalk}) do not count in the answered rate.",
    ]


def render_text(report: Report, *, max_clusters: int = TEXT_CLUSTERS) -> str:
    """The report as plain text for a terminal or an e-mail."""
    out = [*_header_lines(report), *report.notes]
    out += ["", f"UNANSWERED AND LOW-CONFIDENCE QUESTIONS, BY TOPIC ({len(report.clusters)})"]
    if not report.clusters:
        out.append("  None in this period.")
    for number, cluster in enumerate(report.clusters[:max_clusters], 1):
        detail = f"{cluster.unanswered} unanswered"
        if cluster.low_confidence:
            detail += f", {cluster.low_confidence} low confidence"
        out.append(f"{number:>3}. {cluster.count}x by {cluster.users} users ({detail})")
        out += [f'       "{text}"' for text in cluster.examples]
        if cluster.nearest is not None:
            near = cluster.nearest
            out.append(f"       nearest entry: {near.entry} (score {near.score:.0f})")
        if cluster.unknown_words:
            out.append(f"       words no entry knows: {', '.join(cluster.unknown_words)}")
        out.append(f"       -> {cluster.suggestion()}")
    hidden = report.clusters[max_clusters:]
    if hidden:
        out.append(
            f"  ... {len(hidden)} smaller clusters ({sum(c.count for c in hidden)} questions): "
            "see --format html or csv."
        )
    if report.clusters:
        out += ["", HOW_TO, "Template for the biggest cluster:", ""]
        out.append(entry_template(report.clusters[0], report.until.date()))
    out += ["", f"👎 ANSWERS ({len(report.downvoted)})"]
    if not report.downvoted:
        out.append("  None in this period.")
    for down in report.downvoted:
        question = f'"{down.question}"' if down.question else "(question no longer in the log)"
        out.append(f"  {down.when:%Y-%m-%d}  {down.entry or '-'}  for {question}")
    out += ["", "MOST ASKED ENTRIES"]
    if not report.top_entries:
        out.append("  None in this period.")
    for item in report.top_entries:
        out.append(f"  {item.count:>5}  {item.entry}  (👍 {item.up}, 👎 {item.down})")
    out += ["", f"ANSWERED RATE PER {report.rate_unit.upper()}"]
    for point in report.rates:
        bar = "#" * round((point.pct or 0) / 5)
        counts = f"{point.answered:>4}/{point.questions:<4}"
        out.append(f"  {point.label}  {counts} {_pct(point.pct):>5}  {bar}")
    return "\n".join(out) + "\n"


def report_json(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict (stable keys, ISO dates)."""
    t = report.totals
    return {
        "period": {
            "since": report.since.isoformat(),
            "until": report.until.isoformat(),
            "days": report.days,
        },
        "totals": {
            "questions": t.questions,
            "users": t.users,
            "answered": t.answered,
            "unanswered": t.unanswered,
            "low_confidence": t.low_confidence,
            "smalltalk": t.smalltalk,
            "answered_pct": t.answered_pct,
            "thumbs_up": t.up,
            "thumbs_down": t.down,
        },
        "clusters": [
            {
                "count": c.count,
                "users": c.users,
                "unanswered": c.unanswered,
                "low_confidence": c.low_confidence,
                "examples": list(c.examples),
                "phrasings": list(c.phrasings),
                "langs": list(c.langs),
                "last_asked": c.last_asked.isoformat(),
                "nearest": None
                if c.nearest is None
                else {
                    "entry": c.nearest.entry,
                    "score": c.nearest.score,
                    "answered_now": c.nearest.confident,
                    "origin": c.nearest.origin or None,
                },
                "unknown_words": list(c.unknown_words),
                "suggestion": c.suggestion(),
            }
            for c in report.clusters
        ],
        "downvoted": [
            {
                "when": d.when.isoformat(),
                "question": d.question,
                "entry": d.entry,
                "score": d.score,
            }
            for d in report.downvoted
        ],
        "top_entries": [
            {"entry": e.entry, "count": e.count, "thumbs_up": e.up, "thumbs_down": e.down}
            for e in report.top_entries
        ],
        "answered_rate": {
            "unit": report.rate_unit,
            "points": [
                {"period": p.label, "questions": p.questions, "answered": p.answered, "pct": p.pct}
                for p in report.rates
            ],
        },
        "notes": list(report.notes),
    }


CSV_COLUMNS = (
    "rank",
    "count",
    "users",
    "unanswered",
    "low_confidence",
    "nearest_entry",
    "nearest_score",
    "answered_now",
    "example_1",
    "example_2",
    "example_3",
    "suggestion",
)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # Questions are typed by strangers: never let a spreadsheet run one as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(report: Report) -> str:
    """The clusters as one table (one row per cluster) for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for rank, c in enumerate(report.clusters, 1):
        examples = [*c.examples, "", "", ""][:EXAMPLES]
        near = c.nearest
        writer.writerow(
            _cell(v)
            for v in (
                rank,
                c.count,
                c.users,
                c.unanswered,
                c.low_confidence,
                near.entry if near else "",
                f"{near.score:.1f}" if near else "",
                ("yes" if near.confident else "no") if near else "",
                *examples,
                c.suggestion(),
            )
        )
    return buffer.getvalue()


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:60rem;padding:0 1rem;color:#1d2733;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:2px solid #dde3ea;padding-bottom:.2rem}
.muted{color:#5b6b7c}.totals{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.totals div{background:#f2f5f8;border-radius:.4rem;padding:.5rem .8rem}
.totals b{display:block;font-size:1.3rem}
.cluster{border:1px solid #dde3ea;border-radius:.4rem;padding:.6rem .9rem;margin:.7rem 0}
.count{font-weight:700;font-size:1.1rem}.hint{background:#fff8e1;padding:.3rem .5rem;
border-radius:.3rem}ul{margin:.3rem 0}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eef1f4}
.bar{background:#3b7dd8;height:.8rem;border-radius:.2rem}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;border-radius:.3rem}
code{background:#f2f5f8;padding:0 .2rem}
"""


def render_html(report: Report) -> str:
    """One self-contained page: inline CSS, no scripts, no external assets, all text escaped."""

    def e(value: object) -> str:
        return html.escape("" if value is None else str(value), quote=True)

    t = report.totals
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Fieldbot report {e(f'{report.since:%Y-%m-%d}')} to "
        f"{e(f'{report.until:%Y-%m-%d}')}</title>",
        f"<style>{_CSS}</style></head><body>",
        f'<h1>Fieldbot report</h1><p class="muted">{e(f"{report.since:%Y-%m-%d}")} to '
        f"{e(f'{report.until:%Y-%m-%d}')} ({report.days} days). Greetings and thanks do not "
        "count in the answered rate.</p>",
        '<div class="totals">',
    ]
    for label, value in (
        ("questions", t.questions),
        ("users", t.users),
        ("answered", _pct(t.answered_pct)),
        ("unanswered", t.unanswered),
        ("low confidence", t.low_confidence),
        ("👍", t.up),
        ("👎", t.down),
    ):
        parts.append(f"<div><b>{e(value)}</b>{e(label)}</div>")
    parts.append("</div>")
    parts += [f'<p class="muted">{e(note)}</p>' for note in report.notes]

    parts.append(
        f"<h2>Unanswered and low-confidence questions by topic ({len(report.clusters)})</h2>"
    )
    parts.append(f"<p>{e(HOW_TO)}</p>")
    if not report.clusters:
        parts.append("<p>None in this period.</p>")
    for number, c in enumerate(report.clusters, 1):
        parts.append('<div class="cluster">')
        parts.append(
            f'<div><span class="count">{number}. {c.count}&times;</span> '
            f'<span class="muted">by {c.users} users; {c.unanswered} unanswered, '
            f"{c.low_confidence} low confidence; last {e(f'{c.last_asked:%Y-%m-%d}')}</span></div>"
        )
        parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in c.examples) + "</ul>")
        if c.nearest is not None:
            near = c.nearest
            title = f" &ldquo;{e(near.title)}&rdquo;" if near.title else ""
            parts.append(
                f'<div class="muted">nearest entry: <code>{e(near.entry)}</code>{title}, '
                f"score {near.score:.0f}</div>"
            )
        if c.unknown_words:
            words = ", ".join(f"<code>{e(w)}</code>" for w in c.unknown_words)
            parts.append(f'<div class="muted">words no entry knows: {words}</div>')
        parts.append(f'<div class="hint">{e(c.suggestion())}</div>')
        template = entry_template(c, report.until.date())
        parts.append(
            f"<details><summary>All {len(c.phrasings)} phrasings and an entry template"
            f"</summary><ul>{''.join(f'<li>{e(x)}</li>' for x in c.phrasings)}</ul>"
            f"<pre>{e(template)}</pre></details>"
        )
        parts.append("</div>")

    parts.append(f"<h2>👎 answers ({len(report.downvoted)})</h2>")
    if report.downvoted:
        parts.append("<table><tr><th>date</th><th>entry</th><th>question</th></tr>")
        for d in report.downvoted:
            question = e(d.question) if d.question else "<i>no longer in the log</i>"
            parts.append(
                f"<tr><td>{e(f'{d.when:%Y-%m-%d}')}</td><td><code>{e(d.entry or '-')}</code>"
                f"</td><td>{question}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>None in this period.</p>")

    parts.append("<h2>Most asked entries</h2>")
    if report.top_entries:
        parts.append("<table><tr><th>times</th><th>entry</th><th>👍</th><th>👎</th></tr>")
        for item in report.top_entries:
            title = f'<br><span class="muted">{e(item.title)}</span>' if item.title else ""
            parts.append(
                f"<tr><td>{item.count}</td><td><code>{e(item.entry)}</code>{title}</td>"
                f"<td>{item.up}</td><td>{item.down}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>None in this period.</p>")

    parts.append(f"<h2>Answered rate per {e(report.rate_unit)}</h2><table>")
    parts.append("<tr><th>period</th><th>answered</th><th>rate</th><th></th></tr>")
    for p in report.rates:
        width = 0 if p.pct is None else max(1, round(p.pct))
        bar = f'<div class="bar" style="width:{width}%"></div>' if p.pct is not None else ""
        parts.append(
            f"<tr><td>{e(p.label)}</td><td>{p.answered}/{p.questions}</td>"
            f'<td>{e(_pct(p.pct))}</td><td style="width:40%">{bar}</td></tr>'
        )
    parts.append("</table></body></html>")
    return "\n".join(parts) + "\n"


def render(report: Report, fmt: str) -> str:
    """The report in one of FORMATS."""
    if fmt == "json":
        return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(report)
    if fmt == "html":
        return render_html(report)
    return render_text(report)


# --------------------------------------------------------------------------------------------
# The command


async def recent_report(
    storage: Storage,
    *,
    days: int = 7,
    matcher: Matcher | None = None,
    knowledge: KnowledgeBase | None = None,
) -> Report:
    """The report over the last `days` from a running bot's Storage (for /unanswered).

    Clustering runs in a worker thread so the event loop keeps answering meanwhile.
    May raise StorageUnavailable.
    """
    until = dt.datetime.now(LOCAL_TZ)
    since = until - dt.timedelta(days=days)
    questions = await storage.questions_since(since.timestamp())
    feedback = await storage.feedback_since(since.timestamp())
    return await asyncio.to_thread(
        build_report,
        questions,
        feedback,
        since=since,
        until=until,
        matcher=matcher,
        knowledge=knowledge,
    )


async def _read_log(path: Path, since: float) -> tuple[list[QuestionRow], list[FeedbackRow]]:
    storage = await Storage.open_read_only(path)
    try:
        return await storage.questions_since(since), await storage.feedback_since(since)
    finally:
        await storage.close()


def _load_matcher(config: Config) -> tuple[Matcher | None, KnowledgeBase | None, list[str]]:
    try:
        knowledge = load_knowledge(config.knowledge_dir)
    except KnowledgeError as exc:
        count = len(exc.problems)
        return (
            None,
            None,
            [
                f"Note: the knowledge in {config.knowledge_dir} has {count} problem"
                f"{'s' * (count != 1)} (run `fieldbot check`), so nearest entries are not shown."
            ],
        )
    return Matcher(knowledge), knowledge, []


def run_report(
    config: Config, since_days: int, fmt: str = "text", output: str | None = None
) -> int:
    """`fieldbot report`: read the log (read-only) and write the report; returns the exit code."""
    if fmt not in FORMATS:
        sys.stderr.write(f"Error: --format must be one of {', '.join(FORMATS)}\n")
        return 2
    if since_days < 1:
        sys.stderr.write("Error: --since must be at least 1 day\n")
        return 2
    until = dt.datetime.now(LOCAL_TZ)
    since = until - dt.timedelta(days=since_days)
    path = config.database_path
    notes: list[str] = []
    if not path.is_file():
        line = (
            f"No questions logged yet: {path} does not exist. Run the bot (fieldbot run) and "
            "ask it something, or set BOT_DATA_DIR to the bot's data folder."
        )
        if fmt == "text":
            return _write(line + "\n", output)
        sys.stderr.write(line + "\n")
        questions: list[QuestionRow] = []
        feedback: list[FeedbackRow] = []
        notes.append(line)
    else:
        try:
            questions, feedback = asyncio.run(_read_log(path, since.timestamp()))
        except StorageUnavailable as exc:
            sys.stderr.write(f"Error: cannot read the question log: {exc}\n")
            return 1
    matcher, knowledge, problems = _load_matcher(config)
    report = build_report(
        questions,
        feedback,
        since=since,
        until=until,
        matcher=matcher,
        knowledge=knowledge,
        notes=[*notes, *problems],
    )
    return _write(render(report, fmt), output)


def _write(text: str, output: str | None) -> int:
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            sys.stderr.write(f"Error: cannot write {output}: {exc.strerror or exc}\n")
            return 1
        return 0
    stream: TextIO = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")  # a terminal without UTF-8 still gets the report
    stream.write(text)
    return 0
