"""The report as JSON: stable keys, ISO dates."""

from __future__ import annotations

from typing import Any

from bot.report.build import Report


def report_json(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict (stable keys, ISO dates)."""
    t = report.totals
    return {
        "lang": report.lang,
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
                    "name": c.nearest.title or None,
                    "score": c.nearest.score,
                    "answered_now": c.nearest.confident,
                    "origin": c.nearest.origin or None,
                },
                "unknown_words": list(c.unknown_words),
                "add_to": [{"entry": e, "name": n or None} for e, n in c.add_to],
                "suggestion": c.suggestion(lang=report.lang),
            }
            for c in report.clusters
        ],
        "downvoted": [
            {
                "when": d.when.isoformat(),
                "question": d.question,
                "entry": d.entry,
                "name": d.name or None,
                "score": d.score,
                "answer": d.answer,
                "answer_origin": d.answer_origin or None,
            }
            for d in report.downvoted
        ],
        "top_entries": [
            {
                "entry": e.entry,
                "name": e.title or None,
                "count": e.count,
                "thumbs_up": e.up,
                "thumbs_down": e.down,
            }
            for e in report.top_entries
        ],
        "answered_rate": {
            "unit": report.rate_unit,
            "points": [
                {"period": p.label, "questions": p.questions, "answered": p.answered, "pct": p.pct}
                for p in report.rates
            ],
        },
        "noise": {"count": report.noise, "examples": list(report.noise_examples)},
        "notes": list(report.notes),
    }
