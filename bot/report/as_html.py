"""The report as one self-contained HTML page (inline CSS and SVG, no scripts, no external
assets), from a Jinja2 template with autoescaping: every value a stranger typed is escaped."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from bot.report.as_text import cluster_headline, downvote_note, period_text
from bot.report.build import Cluster, RatePoint, Report, entry_template, percent
from bot.report.labels import label, plural

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2733;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:2px solid #dde3ea;padding-bottom:.2rem}
.muted{color:#5b6b7c}.totals{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.totals div{background:#f2f5f8;border-radius:.4rem;padding:.5rem .8rem;min-width:6rem}
.totals b{display:block;font-size:1.3rem}
.cluster{border:1px solid #dde3ea;border-radius:.4rem;padding:.6rem .9rem;margin:.7rem 0}
.count{font-weight:700;font-size:1.1rem}.hint{background:#fff8e1;padding:.3rem .5rem;
border-radius:.3rem}ul{margin:.3rem 0}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eef1f4;vertical-align:top}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;border-radius:.3rem}
code{background:#f2f5f8;padding:0 .2rem}.name{color:#1d2733}.date{white-space:nowrap}
.answer{white-space:pre-line;max-width:28rem}.note{font-size:.85rem}
svg.chart{width:100%;max-width:44rem;height:auto;display:block;margin:.6rem 0}
"""

# The answered-rate chart, in SVG user units (it scales with the page).
_W, _H = 640, 190
_LEFT, _RIGHT, _TOP, _BOTTOM = 42, 8, 10, 30
_X_LABELS = 10  # at most this many period labels under the bars


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


def _short_label(point: RatePoint, unit: str) -> str:
    if unit == "day":  # 2026-12-01 -> 01-12, the Dutch day-month order
        _, month, day = point.label.split("-")
        return f"{day}-{month}"
    return point.label.split("-", 1)[-1]  # 2026-W48 -> W48


def rate_chart(points: Sequence[RatePoint], unit: str, lang: str) -> Markup:
    """The answered rate per day or week as an inline SVG bar chart (no script needed):
    one bar per period, 0-100 %, a grey tick for a period without questions."""
    esc = html.escape
    plot_w, plot_h = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM
    title = label("chart_title", lang, unit=label(f"unit_{unit}", lang))
    parts = [
        f'<svg class="chart" viewBox="0 0 {_W} {_H}" role="img" aria-label="{esc(title)}">',
        f"<title>{esc(title)}</title>",
    ]
    for pct in (0, 50, 100):
        y = _TOP + plot_h * (1 - pct / 100)
        dash = "" if pct == 0 else ' stroke-dasharray="3 3"'
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{_W - _RIGHT}" y2="{y:.1f}" '
            f'stroke="#c9d2dc"{dash}/>'
            f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#5b6b7c">{pct}%</text>'
        )
    count = max(1, len(points))
    slot = plot_w / count
    width = max(2.0, min(40.0, slot * 0.7))
    every = max(1, -(-count // _X_LABELS))  # ceiling division
    for index, point in enumerate(points):
        x = _LEFT + slot * index + (slot - width) / 2
        if point.pct is None or point.questions == 0:
            tip = label("chart_empty", lang, label=point.label)
            parts.append(
                f'<rect x="{x:.1f}" y="{_TOP + plot_h - 2:.1f}" width="{width:.1f}" '
                f'height="2" fill="#c9d2dc"><title>{esc(tip)}</title></rect>'
            )
        else:
            height = max(3.0, plot_h * point.pct / 100)
            colour = "#3b7dd8" if point.pct > 0 else "#d0463b"  # 0 %: red, not "no questions"
            tip = label(
                "chart_point",
                lang,
                label=point.label,
                answered=point.answered,
                questions=point.questions,
                pct=percent(point.pct),
            )
            parts.append(
                f'<rect x="{x:.1f}" y="{_TOP + plot_h - height:.1f}" width="{width:.1f}" '
                f'height="{height:.1f}" rx="1" fill="{colour}"><title>{esc(tip)}</title></rect>'
            )
        if index % every == 0 or index == count - 1:
            parts.append(
                f'<text x="{x + width / 2:.1f}" y="{_H - 10}" font-size="11" '
                f'text-anchor="middle" fill="#5b6b7c">{esc(_short_label(point, unit))}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - built here, every text escaped above


def render_html(report: Report) -> str:
    """One self-contained page: inline CSS and SVG, no scripts, no external assets."""
    t, lang = report.totals, report.lang
    totals = (
        (t.questions, "", label("tile_questions", lang)),
        (t.users, "", label("tile_users", lang)),
        (percent(t.answered_pct), "", label("tile_answered", lang)),
        (t.unanswered, "", label("tile_unanswered", lang)),
        (t.low_confidence, "", label("tile_low", lang)),
        (t.up, "👍", label("up", lang)),
        (t.down, "👎", label("down", lang)),
    )

    def text(key: str, **values: Any) -> str:
        return label(key, lang, **values)

    def many(key: str, n: int, **values: Any) -> str:
        return plural(key, n, lang, **values)

    def template(cluster: Cluster) -> str:
        return entry_template(cluster, lang)

    period = period_text(report)
    return _ENV.get_template("report.html.j2").render(
        report=report,
        lang=lang,
        period=period,
        css=Markup(_CSS),  # noqa: S704 - our own constant
        totals=totals,
        chart=rate_chart(report.rates, report.rate_unit, lang),
        headline=lambda c: cluster_headline(c, lang, detail=False),
        note=lambda d: downvote_note(d, lang),
        t=text,
        many=many,
        percent=percent,
        template=template,
    )
