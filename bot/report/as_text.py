"""The report as plain text, for a terminal or an e-mail, in the report's language."""

from __future__ import annotations

from bot.report.build import Cluster, Downvote, Report, entry_template, percent
from bot.report.labels import label, plural

TEXT_CLUSTERS = 20
ANSWER_CHARS = 240  # a 👎 answer is shown this long in text; the html page shows it whole


def period_text(report: Report) -> str:
    """'2026-11-17 tot 2026-12-01 (14 dagen)' in the report's language."""
    return label(
        "period",
        report.lang,
        since=f"{report.since:%Y-%m-%d}",
        until=f"{report.until:%Y-%m-%d}",
        days=plural("days", report.days, report.lang),
    )


def _header_lines(report: Report) -> list[str]:
    t, lang = report.totals, report.lang
    period = period_text(report)
    counts = label(
        "header_counts",
        lang,
        questions=plural("questions", t.questions, lang),
        users=plural("users", t.users, lang),
        pct=percent(t.answered_pct),
        answered=t.answered,
        unanswered=t.unanswered,
        low=t.low_confidence,
        up=t.up,
        down=t.down,
    )
    return [
        f"{label('title', lang)}: {period}",
        counts,
        label("smalltalk_note", lang, n=t.smalltalk),
    ]


def cluster_headline(cluster: Cluster, lang: str, *, detail: bool = True) -> str:
    """'3 keer door 3 gebruikers (3 onbeantwoord)' / '1x by 1 user (1 unanswered)'."""
    times = label("times", lang, n=cluster.count)
    line = f"{times} {plural('by_users', cluster.users, lang)}"
    if not detail:
        return line
    counts = f"{cluster.unanswered} {label('tile_unanswered', lang)}"
    if cluster.low_confidence:
        counts += f", {cluster.low_confidence} {label('tile_low', lang)}"
    return f"{line} ({counts})"


def named(entry: str | None, name: str, lang: str) -> str:
    """An id with its readable name: `results.jobs “Hoeveel banen …?”`."""
    if not entry:
        return label("no_answer_entry", lang)
    return f"{entry} “{name}”" if name else entry


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= ANSWER_CHARS else flat[: ANSWER_CHARS - 1].rstrip() + "…"


def downvote_note(down: Downvote, lang: str) -> str:
    """How the answer beside a 👎 was found (the log keeps only the entry's id)."""
    key = {"reasked": "answer_reasked", "entry": "answer_from_entry"}.get(down.answer_origin)
    if key is None:
        return label("answer_unknown", lang) if down.answer_origin == "unknown" else ""
    return label(key, lang)


def render_text(report: Report, *, max_clusters: int = TEXT_CLUSTERS) -> str:
    """The report as plain text for a terminal or an e-mail."""
    lang = report.lang
    out = [*_header_lines(report), *report.notes]
    out += ["", label("clusters_heading", lang, n=len(report.clusters)).upper()]
    if not report.clusters:
        out.append("  " + label("none", lang))
    for number, cluster in enumerate(report.clusters[:max_clusters], 1):
        out.append(f"{number:>3}. {cluster_headline(cluster, lang)}")
        out += [f'       "{text}"' for text in cluster.examples]
        if cluster.nearest is not None:
            near = cluster.nearest
            out.append(
                f"       {label('nearest', lang)}: {named(near.entry, near.title, lang)} "
                f"({label('score', lang)} {near.score:.0f})"
            )
        if cluster.add_to:
            entries = ", ".join(named(entry, name, lang) for entry, name in cluster.add_to)
            out.append(f"       {label('add_to', lang)}: {entries}")
        if cluster.unknown_words:
            words = ", ".join(cluster.unknown_words)
            out.append(f"       {label('unknown_words', lang)}: {words}")
        out.append(f"       -> {cluster.suggestion(lang=lang)}")
    hidden = report.clusters[max_clusters:]
    if hidden:
        questions = plural("questions", sum(c.count for c in hidden), lang)
        out.append("  " + label("more_clusters", lang, n=len(hidden), questions=questions))
    if report.noise:
        examples = ", ".join(f'"{text}"' for text in report.noise_examples)
        out.append("  " + plural("noise", report.noise, lang, examples=examples))
    if report.clusters:
        out += ["", label("how_to", lang), label("template_heading", lang), ""]
        out.append(entry_template(report.clusters[0], lang))
    out += ["", label("down_heading", lang, n=len(report.downvoted)).upper()]
    if not report.downvoted:
        out.append("  " + label("none", lang))
    for down in report.downvoted:
        question = f'"{down.question}"' if down.question else label("question_gone", lang)
        out.append(f"  {down.when:%Y-%m-%d}  {label('col_question', lang)}: {question}")
        out.append(
            f"              {label('col_entry', lang)}: {named(down.entry, down.name, lang)}"
        )
        if down.answer:
            out.append(f"              {label('col_answer', lang)}: {_short(down.answer)}")
        note = downvote_note(down, lang)
        if note:
            out.append(f"              ({note})")
    out += ["", label("top_heading", lang).upper()]
    if not report.top_entries:
        out.append("  " + label("none", lang))
    for item in report.top_entries:
        votes = f"👍 {label('up', lang)}: {item.up}, 👎 {label('down', lang)}: {item.down}"
        out.append(f"  {item.count:>5}  {named(item.entry, item.title, lang)}  ({votes})")
    out += ["", label(f"rate_heading_{report.rate_unit}", lang).upper()]
    for point in report.rates:
        bar = "#" * round((point.pct or 0) / 5)
        counts = f"{point.answered:>4}/{point.questions:<4}"
        out.append(f"  {point.label}  {counts} {percent(point.pct):>5}  {bar}")
    return "\n".join(out) + "\n"
