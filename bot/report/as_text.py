"""The report as plain text, for a terminal or an e-mail."""

from __future__ import annotations

from bot.report.build import HOW_TO, Report, entry_template, percent

TEXT_CLUSTERS = 20


def _header_lines(report: Report) -> list[str]:
    t = report.totals
    return [
        f"Fieldbot report: {report.since:%Y-%m-%d} to {report.until:%Y-%m-%d} "
        f"({report.days} days)",
        f"{t.questions} questions from {t.users} users; answered {percent(t.answered_pct)} "
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
        out.append(f"  {point.label}  {counts} {percent(point.pct):>5}  {bar}")
    return "\n".join(out) + "\n"
