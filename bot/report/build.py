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

from bot import texts
from bot.assistant import Assistant
from bot.cards import hub_label
from bot.clustering import cluster_texts, phrasings
from bot.edits import suggest
from bot.frequency import zipf
from bot.matching import Matcher, MatchSettings
from bot.model import KnowledgeBase
from bot.report.labels import label
from bot.storage import FeedbackRow, QuestionRow, Storage, phrasing_key
from bot.text import tokens

try:
    LOCAL_TZ: dt.tzinfo = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:  # a slim image without tzdata: days then follow UTC
    LOCAL_TZ = dt.UTC

# An answer given with a score this close above the threshold may well be the wrong one.
LOW_CONFIDENCE_MARGIN = 8.0
EXAMPLES = 3
TOP_ENTRIES = 10
DAILY_UP_TO_DAYS = 31
# A lone word rarer than this (wordfreq Zipf) that no entry knows is taken for gibberish.
NOISE_ZIPF = 2.5
NOISE_EXAMPLES = 5
DETAILED_CLUSTERS = 200  # groups shown with their nearest entry and where to add them
# Distinct phrasings a group keeps: all that "negeer" must hide (a flood is cut here).
PHRASINGS_KEPT = 500


@dataclass(frozen=True)
class Nearest:
    """The current entry closest to a cluster: what staff would extend or compare with."""

    entry: str
    score: float
    confident: bool  # the current knowledge would answer it now
    title: str = ""  # a readable name: the entry's first phrasing, a Hub's or a list's name
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
    # The entries (id, readable name) the phrasings could be added to: the same three that
    # /unanswered offers as "voeg toe aan …" buttons (bot.edits.suggest).
    add_to: tuple[tuple[str, str], ...] = ()

    def suggestion(self, settings: MatchSettings | None = None, *, lang: str = "nl") -> str:
        """One line telling staff what to do with this cluster, in `lang`."""
        suggest = (settings or MatchSettings()).suggest
        near = self.nearest
        if near is None:
            return label("suggest_new", lang)
        where = f" ({near.origin})" if near.origin else ""
        entry = f"{near.entry} “{near.title}”" if near.title else near.entry
        if near.confident:
            return label(
                "suggest_answered", lang, entry=entry, where=where, score=f"{near.score:.0f}"
            )
        if near.score >= suggest:
            return label("suggest_close", lang, entry=entry, where=where)
        return label("suggest_topic", lang)


@dataclass(frozen=True)
class Downvote:
    """An answer someone rated 👎, with the question that got it and the answer it got.

    The log keeps the answering entry's id, not the text: `answer` is rebuilt from the current
    knowledge and `answer_origin` says how (README "The weekly report")."""

    when: dt.datetime
    question: str | None
    entry: str | None
    score: float | None
    name: str = ""  # the entry's readable name
    answer: str | None = None
    answer_origin: str = ""  # reasked | entry | unknown | "" (no entry, or no knowledge)


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
    lang: str = "nl"  # the language the report is written in
    noise: int = 0  # misses left out of the clusters: emoji only, one word of gibberish
    noise_examples: tuple[str, ...] = ()

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
    lang: str = "nl",
    assistant: Assistant | None = None,
    hidden: Collection[str] = (),
) -> Report:
    """Cluster the misses and count the rest. Pure: no I/O, the same rows give the same report.

    With `assistant` (over `knowledge`), each 👎 shows the answer the question gets now.
    Misses whose `phrasing_key` staff chose to ignore (`hidden`) are left out of the clusters."""
    if assistant is not None:
        matcher = matcher or assistant.matcher
        knowledge = knowledge or assistant.knowledge
    settings = matcher.settings if matcher is not None else MatchSettings()
    misses = [
        q
        for q in questions
        if (not q.confident or is_low_confidence(q, settings))
        and phrasing_key(q.text) not in hidden
    ]
    noisy = [is_noise(q.text, matcher) for q in misses]
    noise = [q for q, skip in zip(misses, noisy, strict=True) if skip]
    misses = [q for q, skip in zip(misses, noisy, strict=True) if not skip]
    term = matcher.analyzer.term if matcher is not None else None
    groups = cluster_texts([q.text for q in misses], langs=[q.lang for q in misses], term=term)
    # Only the biggest groups are matched against the knowledge (nearest entry, where to add
    # them): a flood of distinct misses would otherwise cost ten searches per group.
    clusters = tuple(
        _cluster(
            [misses[i] for i in g],
            matcher if n < DETAILED_CLUSTERS else None,
            knowledge,
            settings,
            lang,
        )
        for n, g in enumerate(groups)
    )
    lang_of = {q.id: q.lang for q in questions}

    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for f in feedback:
        if f.entry:
            votes[f.entry][f.vote] += 1
    downvoted = tuple(
        _downvote(f, lang_of.get(f.question_id, lang), knowledge, assistant, lang)
        for f in sorted(feedback, key=lambda f: -f.ts)
        if f.vote < 0
    )
    asked = Counter(
        q.entry for q in questions if q.confident and q.entry and not is_smalltalk(q.entry)
    )
    top_entries = tuple(
        EntryCount(entry, n, votes[entry][1], votes[entry][-1], entry_name(knowledge, entry, lang))
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
        lang=lang,
        noise=len(noise),
        noise_examples=tuple(phrasings([q.text for q in noise])[:NOISE_EXAMPLES]),
    )


def is_noise(text: str, matcher: Matcher | None = None) -> bool:
    """A message with nothing to turn into knowledge: only emoji, symbols or digits, or one
    word that no entry knows and that is not a common Dutch or English word ("asdfgh")."""
    words = tokens(text)
    if not any(any(char.isalpha() for char in word) for word in words):
        return True
    if len(words) != 1:
        return False
    word = words[0]
    if zipf(word) >= NOISE_ZIPF:
        return False
    return matcher is None or bool(matcher.search(text).unknown)


def entry_name(knowledge: KnowledgeBase | None, entry_id: str | None, lang: str) -> str:
    """A readable name beside an id: a Hub's or Fieldlab's name, an entry's first phrasing,
    or what a directory answer lists ("Fieldlabs met thema bouw"); "" when there is none."""
    if not entry_id:
        return ""
    if knowledge is not None:
        hub = knowledge.hub(entry_id)
        if hub is not None:
            region = f" ({hub.region})" if hub.name and hub.region else ""
            return label("name_hub", lang, name=hub_label(hub, lang) + region)
        lab = knowledge.fieldlab(entry_id)
        if lab is not None:
            return label("name_fieldlab", lang, name=lab.name)
        entry = knowledge.entry(entry_id)
        if entry is not None:
            return entry.title(lang)
    if entry_id == "route.unknown":
        return label("name_route_unknown", lang)
    kind, _, rest = entry_id.removeprefix("fieldlabs.").partition(".")
    if entry_id.startswith("fieldlabs.") and rest:
        if kind == "theme":
            theme = texts.TEXTS.get(f"theme.{rest}", {}).get(lang, rest)
            return label("name_theme", lang, theme=theme)
        if kind in ("place", "province"):
            place = " ".join(part.capitalize() for part in rest.split("-"))
            return label("name_place", lang, place=place)
    return ""


def _downvote(
    row: FeedbackRow,
    question_lang: str,
    knowledge: KnowledgeBase | None,
    assistant: Assistant | None,
    lang: str,
) -> Downvote:
    answer: str | None = None
    origin = ""
    if row.entry and knowledge is not None:
        # Asked again, the question gives the same entry: its answer now is the best guess
        # of what was said (a Hub's website, a list, the figure of the year asked).
        if assistant is not None and row.question:
            reply = assistant.answer(row.question, lang=question_lang)
            if reply.confident and reply.entry == row.entry:
                answer, origin = reply.text, "reasked"
        entry = knowledge.entry(row.entry)
        if answer is None and entry is not None:
            answer = entry.answer.get(question_lang) or entry.answer.get("nl")
            origin = "entry"
        if answer is None:
            origin = "unknown"
    return Downvote(
        when=_local(row.ts),
        question=row.question,
        entry=row.entry,
        score=row.score,
        name=entry_name(knowledge, row.entry, lang),
        answer=answer,
        answer_origin=origin,
    )


def _cluster(
    rows: Sequence[QuestionRow],
    matcher: Matcher | None,
    knowledge: KnowledgeBase | None,
    settings: MatchSettings,
    report_lang: str,
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
                title=entry_name(knowledge, best.entry, report_lang),
                origin=entry.origin if entry else "",
            )
    langs = tuple(sorted({r.lang for r in rows}))
    add_to: tuple[tuple[str, str], ...] = ()
    if matcher is not None and knowledge is not None:
        offered = suggest(list(zip(ordered, langs_of, strict=True)), matcher, knowledge)
        add_to = tuple((e, entry_name(knowledge, e, report_lang)) for e in offered.candidates)
    return Cluster(
        count=len(rows),
        users=len({r.user_key for r in rows}),
        unanswered=sum(1 for r in rows if not r.confident),
        low_confidence=sum(1 for r in rows if is_low_confidence(r, settings)),
        examples=tuple(ordered[:EXAMPLES]),
        phrasings=tuple(ordered[:PHRASINGS_KEPT]),
        langs=langs,
        phrasing_langs=tuple(langs_of[:PHRASINGS_KEPT]),
        unknown_words=tuple(unknown),
        last_asked=_local(max(r.ts for r in rows)),
        nearest=nearest,
        add_to=add_to,
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


def _local(ts: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, LOCAL_TZ)


def entry_template(cluster: Cluster, lang: str = "nl") -> str:
    """A YAML entry to paste into a knowledge file, with the cluster's phrasings filled in.

    The source's date is left for staff to fill: the day of the report is not the date of a
    source, and a guessed date would be shown to users as fact."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for text, text_lang in zip(cluster.phrasings, cluster.phrasing_langs, strict=False):
        if len(by_lang[text_lang]) < 6:
            by_lang[text_lang].append(text)
    lines = [
        label("tpl_file", lang),
        "entries:",
        f"  - id: topic.new-entry        {label('tpl_id', lang)}",
        "    questions:",
    ]
    for text_lang, phrases in sorted(by_lang.items()):
        lines.append(f"      {text_lang}:")
        lines += [f"        - {json.dumps(t, ensure_ascii=False)}" for t in phrases]
    lines += [
        f"    answer:                    {label('tpl_answer', lang)}",
        *[f'      {text_lang}: "..."' for text_lang in sorted(by_lang) or ["nl"]],
        "    sources:",
        f'      - publisher: "..."       {label("tpl_publisher", lang)}',
        f'        title: "..."           {label("tpl_title", lang)}',
        f"        date:                  {label('tpl_date', lang)}",
    ]
    return "\n".join(lines)


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
    # Clustering a week of misses is CPU work: in a worker thread, the loop keeps answering.
    return await asyncio.to_thread(build_stats, rows, now, top=top)


async def recent_report(
    storage: Storage,
    *,
    days: int = 7,
    matcher: Matcher | None = None,
    knowledge: KnowledgeBase | None = None,
    lang: str = "nl",
) -> Report:
    """The report over the last `days` from a running bot's Storage (for /unanswered), with
    names and suggestions in `lang`.

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
        lang=lang,
        hidden=hidden,
    )
