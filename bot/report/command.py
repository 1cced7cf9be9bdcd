"""`fieldbot report`: read the log read-only, load the current knowledge to find each
cluster's nearest entry, and write text, json, csv or one self-contained html page."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TextIO

from bot.assistant import Assistant
from bot.config import Config
from bot.knowledge import KnowledgeError, load_knowledge
from bot.report.as_csv import render_csv
from bot.report.as_html import render_html
from bot.report.as_json import report_json
from bot.report.as_text import render_text
from bot.report.build import LOCAL_TZ, Report, build_report
from bot.report.labels import LANGS, label, plural
from bot.storage import FeedbackRow, QuestionRow, Storage, StorageUnavailable

FORMATS = ("text", "json", "csv", "html")


def render(report: Report, fmt: str) -> str:
    """The report in one of FORMATS."""
    if fmt == "json":
        return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(report)
    if fmt == "html":
        return render_html(report)
    return render_text(report)


async def _read_log(
    path: Path, since: float
) -> tuple[list[QuestionRow], list[FeedbackRow], frozenset[str]]:
    storage = await Storage.open_read_only(path)
    try:
        questions = await storage.questions_since(since)
        return questions, await storage.feedback_since(since), await storage.hidden_questions()
    finally:
        await storage.close()


def _load_assistant(config: Config, lang: str) -> tuple[Assistant | None, list[str]]:
    try:
        knowledge = load_knowledge(config.knowledge_dir)
    except KnowledgeError as exc:
        folder = config.knowledge_dir
        return None, [plural("knowledge_problems", len(exc.problems), lang, folder=folder)]
    return Assistant(knowledge, default_lang=config.default_lang), []


def run_report(
    config: Config,
    since_days: int,
    fmt: str = "text",
    output: str | None = None,
    lang: str = "nl",
) -> int:
    """`fieldbot report`: read the log (read-only) and write the report; returns the exit code."""
    if fmt not in FORMATS:
        sys.stderr.write(f"Error: --format must be one of {', '.join(FORMATS)}\n")
        return 2
    if lang not in LANGS:
        sys.stderr.write(f"Error: --lang must be one of {', '.join(LANGS)}\n")
        return 2
    if since_days < 1:
        sys.stderr.write("Error: --since must be at least 1 day\n")
        return 2
    until = dt.datetime.now(LOCAL_TZ)
    since = until - dt.timedelta(days=since_days)
    path = config.database_path
    notes: list[str] = []
    if not path.is_file():
        line = label("no_log", lang, path=path)
        if fmt == "text":
            return _write(line + "\n", output)
        sys.stderr.write(line + "\n")
        questions: list[QuestionRow] = []
        feedback: list[FeedbackRow] = []
        hidden: frozenset[str] = frozenset()
        notes.append(line)
    else:
        try:
            questions, feedback, hidden = asyncio.run(_read_log(path, since.timestamp()))
        except StorageUnavailable as exc:
            sys.stderr.write(f"Error: cannot read the question log: {exc}\n")
            return 1
    assistant, problems = _load_assistant(config, lang)
    report = build_report(
        questions,
        feedback,
        since=since,
        until=until,
        assistant=assistant,
        notes=[*notes, *problems],
        lang=lang,
        hidden=hidden,
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
