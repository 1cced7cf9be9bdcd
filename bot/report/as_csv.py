"""The clusters as one CSV table for a spreadsheet; no cell can run as a formula."""

from __future__ import annotations

import csv
import io

from bot.report.build import EXAMPLES, Report

CSV_COLUMNS = (
    "rank",
    "count",
    "users",
    "unanswered",
    "low_confidence",
    "nearest_entry",
    "nearest_name",
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
                near.title if near else "",
                f"{near.score:.1f}" if near else "",
                ("yes" if near.confident else "no") if near else "",
                *examples,
                c.suggestion(lang=report.lang),
            )
        )
    return buffer.getvalue()
