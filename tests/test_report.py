"""`fieldbot report`: misses clustered for Hub staff, from a real log in tmp_path."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from bot.assistant import Assistant
from bot.cli import main
from bot.clustering import cluster_texts, similarity
from bot.config import Config
from bot.knowledge import load_knowledge
from bot.matching import Matcher
from bot.report import recent_report, run_report
from bot.storage import Storage

SECRET = b"report-test-secret-0123456789"

KNOWLEDGE = """
entries:
  - id: fieldlabs.what
    questions:
      nl: ["Wat is een fieldlab?", "Wat doet een fieldlab?"]
      en: ["What is a fieldlab?"]
    answer:
      nl: "Een Fieldlab is een praktijkomgeving waar bedrijven samen technologie testen."
      en: "A Fieldlab is a practical environment where companies test technology together."
    source: "Smart Industry, 18 maart 2019"
  - id: results.jobs
    questions:
      nl: ["Hoeveel banen hebben de fieldlabs opgeleverd?", "banen fieldlabs"]
      en: ["How many jobs did the fieldlabs create?"]
    answer:
      nl: "Honderden banen."
      en: "Hundreds of jobs."
    source: "TNO, 18 maart 2019"
smalltalk:
  - id: smalltalk.greeting
    questions:
      nl: ["hoi", "hallo"]
      en: ["hi"]
    answer:
      nl: "Hallo!"
      en: "Hello!"
"""

COST_1 = "hoeveel kost een fieldlab"
COST_2 = "wat kost deelname aan een fieldlab"
TRAIN = "hoe laat vertrekt de trein naar utrecht"
HOSTILE = "=1+2 <script>alert('x')</script> parkeren?"
JOBS = "hoeveel banen hebben de fieldlabs opgeleverd?"

# (telegram user id, question); the bot answers each one with the knowledge above.
CONVERSATION = [
    (101, COST_1),
    (202, COST_1.capitalize() + "?"),
    (303, COST_2),
    (101, TRAIN),
    (404, HOSTILE),
    (202, JOBS),
    (303, JOBS),
    (404, "hoi"),
]


@pytest.fixture
def config(tmp_path: Path) -> Config:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "test.yaml").write_text(KNOWLEDGE, encoding="utf-8")
    return Config(knowledge_dir=knowledge, data_dir=tmp_path / "data")


async def answer_and_log(config: Config) -> None:
    """The bot answers CONVERSATION; user 202 rates the jobs answer 👎."""
    assistant = Assistant(load_knowledge(config.knowledge_dir))
    storage = await Storage.open(config.database_path, secret=SECRET)
    try:
        for user_id, question in CONVERSATION:
            reply = assistant.answer(question)
            nearest = reply.alternatives[0].entry if reply.alternatives else None
            question_id = storage.log_question(
                user_key=storage.user_key(user_id),
                text=question,
                lang=reply.language,
                entry=reply.entry or nearest,
                score=reply.score,
                confident=reply.confident,
            )
            if user_id == 202 and question == JOBS:
                storage.record_feedback(question_id, storage.user_key(202), reply.entry, -1)
        assert await storage.flush()
    finally:
        await storage.close()


@pytest.fixture
def logged(config: Config) -> Config:
    """A question log written by the real Storage (the report itself is a sync command)."""
    asyncio.run(answer_and_log(config))
    return config


async def log_at(config: Config, questions: list[tuple[float, str]]) -> None:
    storage = await Storage.open(config.database_path, secret=SECRET)
    for days_ago, text in questions:
        storage.log_question(
            user_key=storage.user_key(7),
            text=text,
            lang="nl",
            entry=None,
            score=10.0,
            confident=False,
            ts=time.time() - days_ago * 86400,
        )
    await storage.close()


def report(config: Config, fmt: str, tmp_path: Path, since: int = 30) -> str:
    output = tmp_path / f"report.{fmt}"
    assert run_report(config, since_days=since, fmt=fmt, output=str(output)) == 0
    return output.read_text(encoding="utf-8")


def cluster_with(clusters: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(c for c in clusters if text in c["phrasings"])


# --------------------------------------------------------------------------------------------
# Clustering


def test_two_wordings_of_the_cost_question_are_alike_and_a_train_question_is_not() -> None:
    assert similarity(COST_1, COST_2) >= 0.6
    assert similarity(COST_1, TRAIN) == 0.0
    assert similarity(COST_1, "welke fieldlabs zijn er in limburg") < 0.6


def test_clusters_come_biggest_first_and_tolerate_a_typo() -> None:
    texts = [TRAIN, COST_1, "hoeveel kosst een fieldlab?", COST_2, "fieldlabs in limburg"]
    clusters = cluster_texts(texts)
    assert clusters[0] == [1, 2, 3]
    assert sorted(map(len, clusters[1:])) == [1, 1]


# --------------------------------------------------------------------------------------------
# The report


def test_report_clusters_the_same_question_in_different_words(
    logged: Config, tmp_path: Path
) -> None:
    data = json.loads(report(logged, "json", tmp_path))
    clusters = data["clusters"]
    cost = clusters[0]  # the biggest first
    assert cost["count"] == 3 and cost["users"] == 3 and cost["unanswered"] == 3
    assert COST_2 in cost["examples"] and COST_1 in cost["examples"]
    assert len(cost["examples"]) <= 3
    assert TRAIN not in cost["phrasings"]
    assert cluster_with(clusters, TRAIN)["count"] == 1
    # The nearest current entry is what the bot's own matcher finds for the most asked phrasing.
    best = Matcher(load_knowledge(logged.knowledge_dir)).search(COST_1).best
    assert best is not None
    assert cost["nearest"]["entry"] == best.entry and cost["nearest"]["score"] == best.score
    assert cost["nearest"]["answered_now"] is False
    assert cost["nearest"]["origin"].startswith(str(logged.knowledge_dir / "test.yaml") + ":")
    assert "kost" in cost["unknown_words"]
    # Answered questions and greetings are no misses.
    assert all(JOBS not in c["phrasings"] and "hoi" not in c["phrasings"] for c in clusters)


def test_report_shows_totals_thumbs_down_top_entries_and_answered_rate(
    logged: Config, tmp_path: Path
) -> None:
    data = json.loads(report(logged, "json", tmp_path, since=7))
    assert data["period"]["days"] == 7
    totals = data["totals"]
    assert (totals["questions"], totals["users"], totals["unanswered"]) == (8, 4, 5)
    assert (totals["answered"], totals["smalltalk"], totals["thumbs_down"]) == (2, 1, 1)
    assert totals["answered_pct"] == round(100 * 2 / 7, 1)  # the greeting does not count
    assert data["downvoted"] == [
        {
            "when": data["downvoted"][0]["when"],
            "question": JOBS,
            "entry": "results.jobs",
            "score": 100.0,
        }
    ]
    assert data["top_entries"] == [
        {"entry": "results.jobs", "count": 2, "thumbs_up": 0, "thumbs_down": 1}
    ]
    rate = data["answered_rate"]
    # Days before the first logged question are left out.
    assert rate["unit"] == "day" and 1 <= len(rate["points"]) <= 2
    assert sum(p["questions"] for p in rate["points"]) == 7
    assert sum(p["answered"] for p in rate["points"]) == 2


def test_text_report_reads_well_for_hub_staff(logged: Config, tmp_path: Path) -> None:
    text = report(logged, "text", tmp_path)
    assert text.startswith("Fieldbot report: ")
    assert "8 questions from 4 users" in text
    first = text.split("  1. ", 1)[1].split("  2. ", 1)[0]
    assert "3x by 3 users" in first
    assert f'"{COST_1}"' in first and f'"{COST_2}"' in first and TRAIN not in first
    assert "nearest entry: " in first and "words no entry knows: kost" in first
    assert "How to turn a cluster into knowledge" in text
    assert "  - id: topic.new-entry" in text and f'- "{COST_2}"' in text
    assert f'results.jobs  for "{JOBS}"' in text


def test_csv_report_has_one_row_per_cluster_and_defuses_formulas(
    logged: Config, tmp_path: Path
) -> None:
    rows = list(csv.DictReader(io.StringIO(report(logged, "csv", tmp_path))))
    assert rows[0]["count"] == "3" and rows[0]["nearest_entry"] in (
        "results.jobs",
        "fieldlabs.what",
    )
    assert {COST_1, COST_2} <= {rows[0]["example_1"], rows[0]["example_2"], rows[0]["example_3"]}
    hostile = next(r for r in rows if "parkeren" in r["example_1"])
    assert hostile["example_1"] == "'" + HOSTILE  # a spreadsheet shows it, never runs it
    assert len(rows) == 3


def test_html_report_is_one_self_contained_escaped_page(logged: Config, tmp_path: Path) -> None:
    page = report(logged, "html", tmp_path)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<style>" in page
    for external in ("<script", "<link", "src=", "url(", "http://", "https://", "@import"):
        assert external not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    cluster = page.split('<div class="cluster">')[1]
    assert COST_1 in cluster and COST_2 in cluster and TRAIN not in cluster
    assert "nearest entry: <code>" in cluster and "words no entry knows" in cluster


def test_report_through_the_command_line(
    logged: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("BOT_DATA_DIR", str(logged.data_dir))
    monkeypatch.setenv("KNOWLEDGE_DIR", str(logged.knowledge_dir))
    assert main(["report", "--since", "7", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["clusters"][0]["count"] == 3


def test_report_leaves_the_database_untouched(logged: Config, tmp_path: Path) -> None:
    before = logged.database_path.read_bytes()
    report(logged, "text", tmp_path)
    assert logged.database_path.read_bytes() == before
    wal = Path(f"{logged.database_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's reader files, nothing written


def test_report_only_covers_the_period_asked_for(config: Config, tmp_path: Path) -> None:
    asyncio.run(log_at(config, [(2, COST_1), (20, COST_2)]))
    data = json.loads(report(config, "json", tmp_path, since=7))
    assert [c["phrasings"] for c in data["clusters"]] == [[COST_1]]
    assert data["answered_rate"]["unit"] == "day"
    assert json.loads(report(config, "json", tmp_path, since=60))["answered_rate"]["unit"] == (
        "week"
    )


def test_report_without_a_database_says_so_and_exits_0(
    config: Config, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run_report(config, since_days=30, fmt="text", output=None) == 0
    out = capsys.readouterr().out
    assert "No questions logged yet" in out and str(config.database_path) in out
    assert not config.database_path.exists()
    empty = json.loads(report(config, "json", tmp_path))
    assert empty["clusters"] == [] and empty["totals"]["questions"] == 0


def test_report_with_broken_knowledge_still_lists_the_clusters(
    logged: Config, tmp_path: Path
) -> None:
    (logged.knowledge_dir / "test.yaml").write_text("entries: [\n", encoding="utf-8")
    text = report(logged, "text", tmp_path)
    assert "run `fieldbot check`" in text
    assert "3x by 3 users" in text and "nearest entry:" not in text


def test_report_refuses_a_period_below_one_day(config: Config) -> None:
    assert run_report(config, since_days=0, fmt="text", output=None) == 2


def test_report_reads_a_database_of_an_older_schema(config: Config, tmp_path: Path) -> None:
    config.data_dir.mkdir()
    with contextlib.closing(sqlite3.connect(config.database_path)) as conn:
        conn.executescript(
            """
            CREATE TABLE questions (
                id TEXT PRIMARY KEY, ts REAL NOT NULL, user_key TEXT NOT NULL,
                chat_kind TEXT NOT NULL, channel TEXT NOT NULL, lang TEXT NOT NULL,
                text TEXT NOT NULL, entry TEXT, score REAL NOT NULL, confident INTEGER NOT NULL
            );
            CREATE TABLE feedback (
                question_id TEXT NOT NULL, user_key TEXT NOT NULL, entry TEXT,
                vote INTEGER NOT NULL, ts REAL NOT NULL, PRIMARY KEY (question_id, user_key)
            );
            CREATE TABLE preferences (user_key TEXT PRIMARY KEY, lang TEXT, updated REAL);
            PRAGMA user_version = 1;
            """
        )
        conn.execute(
            "INSERT INTO questions VALUES ('q1', ?, 'k', 'private', 'telegram', 'nl', ?, NULL,"
            " 10, 0)",
            (time.time(), COST_1),
        )
        conn.commit()
    data = json.loads(report(config, "json", tmp_path))
    assert data["clusters"][0]["phrasings"] == [COST_1]
    with contextlib.closing(sqlite3.connect(config.database_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)  # not migrated


async def test_unanswered_clusters_for_an_admin_command(config: Config) -> None:
    await answer_and_log(config)
    knowledge = load_knowledge(config.knowledge_dir)
    storage = await Storage.open(config.database_path, secret=SECRET)
    try:
        recent = await recent_report(
            storage, days=7, matcher=Matcher(knowledge), knowledge=knowledge
        )
    finally:
        await storage.close()
    top = recent.clusters[0]
    assert top.count == 3 and COST_2 in top.examples and top.nearest is not None
    assert "new entry" in top.suggestion() or "Close to" in top.suggestion()
