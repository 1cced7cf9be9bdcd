"""Building the report: the question log's rows in, a `Report` (or the `Stats` of /stats) out.

Pure where it can be: the same rows give the same report. The Telegram commands /stats and
/unanswered and `fieldbot report` all count with these functions, so an answered rate is
one figure wherever staff read it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clustering import cluster_texts, phrasings
from bot.matching import Matcher, MatchSettings
from bot.model import KnowledgeBase
from bot.storage import FeedbackRow, QuestionRow, Storage, phrasing_key

try:
    LOCAL_TZ: dt.tzinfo = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:  # a slim image without tzdata: days then follow UTC
    LOCAL_TZ = dt.UTC

# An answer given with a score this close above the threshold may well be the wrong one.
LOW_CONFIDENCE_MARGIN = 8.0
EXAMPLES = 3
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
    hidden: Collection[str] = (),
) -> Report:
    """Cluster the misses and count the rest. Pure: no I/O, the same rows give the same report.
    Misses whose `phrasing_key` staff chose to ignore (`hidden`) are left out of the clusters."""
    settings = matcher.settings if matcher is not None else MatchSettings()
    misses = [
        q
        for q in questions
        if (not q.confident or is_low_confidence(q, settings))
        and phrasing_key(q.text) not in hidden
    ]
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
# Answered rates and /stats


def is_smalltalk(entry: str | None) -> bool:
    """True for greetings, thanks and the like: not a question about the programme."""
    return bool(entry) and str(entry).startswith("smalltalk.")


def answered_pct(rows: Sequence[QuestionRow]) -> float | None:
    """Share of real questions (smalltalk left out) answered confidently, or None if none."""
    real = [r for r in rows if not (r.confident and is_smalltalk(r.entry))]
    if not real:
        return None
    return round(100.0 * sum(1 for r in real if r.confident) / len(real), 1)


def percent(value: float | None) -> str:
    """An answered rate as staff read it: `67%`, or `–` without questions."""
    return "–" if value is None else f"{value:.0f}%"


@dataclass(frozen=True)
class Stats:
    """What /stats shows. Answered rates leave out greetings and thanks (smalltalk)."""

    today: int
    week: int
    answered_today_pct: float | None
    answered_week_pct: float | None
    top_entries: tuple[tuple[str, int], ...]
    top_misses: tuple[tuple[str, int], ...]


def build_stats(rows: Sequence[QuestionRow], now: dt.datetime, *, top: int = 5) -> Stats:
    """/stats from the last 7 days' rows: today, the week, top entries and top misses."""
    today_start = now.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
    today = [r for r in rows if r.ts >= today_start]
    entries = Counter(
        r.entry for r in rows if r.confident and r.entry and not is_smalltalk(r.entry)
    )
    misses = [r for r in rows if not r.confident]
    clusters = cluster_texts([r.text for r in misses], langs=[r.lang for r in misses])
    top_misses = tuple((phrasings([misses[i].text for i in c])[0], len(c)) for c in clusters[:top])
    return Stats(
        today=len(today),
        week=len(rows),
        answered_today_pct=answered_pct(today),
        answered_week_pct=answered_pct(rows),
        top_entries=tuple(sorted(entries.items(), key=lambda kv: (-kv[1], kv[0]))[:top]),
        top_misses=top_misses,
    )


async def recent_stats(storage: Storage, now: dt.datetime | None = None, *, top: int = 5) -> Stats:
    """/stats over a running bot's Storage: questions today and in the last 7 days.
    May raise StorageUnavailable."""
    now = now or dt.datetime.now(LOCAL_TZ)
    if now.tzinfo is None:
        now = now.replace(tzinfo=LOCAL_TZ)
    week_start = (now - dt.timedelta(days=7)).timestamp()
    rows = await storage.questions_since(week_start, now.timestamp() + 1e-6)
    return build_stats(rows, now, top=top)


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
    hidden = await storage.hidden_questions()
    return await asyncio.to_thread(
        build_report,
        questions,
        feedback,
        since=since,
        until=until,
        matcher=matcher,
        knowledge=knowledge,
        hidden=hidden,
    )
