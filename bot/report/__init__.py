"""The report for Hub staff: what people asked and what the bot could not answer.

`build` turns the log's rows into a Report (and the Stats of /stats); `as_text`, `as_json`,
`as_csv` and `as_html` render it; `command` is `fieldbot report`.
"""

from bot.report.build import (
    LOCAL_TZ,
    Cluster,
    Nearest,
    Report,
    Stats,
    answered_pct,
    build_report,
    build_stats,
    entry_template,
    is_smalltalk,
    percent,
    recent_report,
    recent_stats,
)
from bot.report.command import FORMATS, render, run_report

__all__ = [
    "FORMATS",
    "LOCAL_TZ",
    "Cluster",
    "Nearest",
    "Report",
    "Stats",
    "answered_pct",
    "build_report",
    "build_stats",
    "entry_template",
    "is_smalltalk",
    "percent",
    "recent_report",
    "recent_stats",
    "render",
    "run_report",
]
