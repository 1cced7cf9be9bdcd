"""The report as one self-contained HTML page (inline CSS, no scripts, no external assets),
from a Jinja2 template with autoescaping: every value a stranger typed is escaped."""

from __future__ import annotations

import html
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from bot.report.build import HOW_TO, Cluster, Report, entry_template, percent

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


def _escaped(value: Any) -> Any:
    # Escape as html.escape does (quotes too, ' as &#x27;), the same as the other channels;
    # what the template itself marks safe stays as it is.
    if isinstance(value, Markup):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))  # noqa: S704


_ENV = Environment(
    loader=PackageLoader("bot.report", "templates"),
    autoescape=True,
    finalize=_escaped,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render_html(report: Report) -> str:
    """One self-contained page: inline CSS, no scripts, no external assets, all text escaped."""
    t = report.totals
    totals = (
        ("questions", t.questions),
        ("users", t.users),
        ("answered", percent(t.answered_pct)),
        ("unanswered", t.unanswered),
        ("low confidence", t.low_confidence),
        ("👍", t.up),
        ("👎", t.down),
    )

    def template(cluster: Cluster) -> str:
        return entry_template(cluster, report.until.date())

    return _ENV.get_template("report.html.j2").render(
        report=report,
        since=f"{report.since:%Y-%m-%d}",
        until=f"{report.until:%Y-%m-%d}",
        css=Markup(_CSS),  # noqa: S704 - our own constant
        totals=totals,
        how_to=HOW_TO,
        percent=percent,
        template=template,
    )
