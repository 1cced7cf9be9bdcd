"""`fieldbot report`: misses clustered for Hub staff, from a real log in tmp_path."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import datetime as dt
import io
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import WriteKnowledge

from bot.assistant import Assistant
from bot.cli import main
from bot.clustering import cluster_texts, similarity
from bot.config import Config
from bot.edits import suggest
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.matching import Matcher
from bot.report import recent_report, run_report
from bot.report.build import entry_name, is_noise
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


def report(config: Config, fmt: str, tmp_path: Path, since: int = 30, lang: str = "nl") -> str:
    output = tmp_path / f"report.{lang}.{fmt}"
    assert run_report(config, since_days=since, fmt=fmt, output=str(output), lang=lang) == 0
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
            "name": "Hoeveel banen hebben de fieldlabs opgeleverd?",
            "score": 100.0,
            "answer": "Honderden banen.",
            "answer_origin": "reasked",
        }
    ]
    assert data["top_entries"] == [
        {
            "entry": "results.jobs",
            "name": "Hoeveel banen hebben de fieldlabs opgeleverd?",
            "count": 2,
            "thumbs_up": 0,
            "thumbs_down": 1,
        }
    ]
    rate = data["answered_rate"]
    # Days before the first logged question are left out.
    assert rate["unit"] == "day" and 1 <= len(rate["points"]) <= 2
    assert sum(p["questions"] for p in rate["points"]) == 7
    assert sum(p["answered"] for p in rate["points"]) == 2


def test_each_group_names_the_entries_it_could_be_added_to_as_unanswered_offers(
    logged: Config, tmp_path: Path
) -> None:
    """The same three entries /unanswered offers as "voeg toe aan …" buttons."""
    data = json.loads(report(logged, "json", tmp_path))
    cost = data["clusters"][0]
    knowledge = load_knowledge(logged.knowledge_dir)
    offered = suggest(
        list(zip(cost["phrasings"], ["nl"] * len(cost["phrasings"]), strict=True)),
        Matcher(knowledge),
        knowledge,
    )
    assert offered.candidates  # the test knowledge has an entry near a question on costs
    assert [a["entry"] for a in cost["add_to"]] == list(offered.candidates)
    assert all(a["name"] for a in cost["add_to"])
    text = report(logged, "text", tmp_path)
    assert "toe te voegen aan (in Telegram twee tikken onder /unanswered): " in text
    page = report(logged, "html", tmp_path, lang="en")
    assert "could be added to (in Telegram two taps under /unanswered): " in page
    assert f"<code>{offered.candidates[0]}</code>" in page


def test_text_report_reads_well_for_hub_staff_in_english(logged: Config, tmp_path: Path) -> None:
    text = report(logged, "text", tmp_path, lang="en")
    assert text.startswith("Fieldbot report: ")
    assert "8 questions from 4 users" in text
    first = text.split("  1. ", 1)[1].split("  2. ", 1)[0]
    assert "3x by 3 users" in first
    assert f'"{COST_1}"' in first and f'"{COST_2}"' in first and TRAIN not in first
    assert "nearest entry: " in first and "words no entry knows: kost" in first
    assert "How to turn a cluster into knowledge" in text
    assert "  - id: topic.new-entry" in text and f'- "{COST_2}"' in text
    down = text.split("ANSWERS RATED 👎 NOT HELPFUL (1)", 1)[1]
    assert f'question: "{JOBS}"' in down and "answer given: Honderden banen." in down


def test_text_report_is_dutch_by_default(logged: Config, tmp_path: Path) -> None:
    text = report(logged, "text", tmp_path)
    assert text.startswith("Fieldbot-rapport: ")
    assert "8 vragen van 4 gebruikers" in text
    assert "3 keer door 3 gebruikers (3 onbeantwoord)" in text
    assert "dichtstbijzijnde item: " in text and "woorden die geen item kent: kost" in text
    assert "Zo maakt u van een groep kennis" in text
    assert "gegeven antwoord: Honderden banen." in text
    for english in ("questions from", "by 3 users", "nearest entry", "How to", "answer given"):
        assert english not in text


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
    assert "dichtstbijzijnde item: " in cluster and "woorden die geen item kent" in cluster
    assert '<html lang="nl">' in page


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
    assert "Nog geen vragen gelogd" in out and str(config.database_path) in out
    assert "fieldbot chat --log" in out  # how to get some without Telegram
    assert not config.database_path.exists()
    empty = json.loads(report(config, "json", tmp_path))
    assert empty["clusters"] == [] and empty["totals"]["questions"] == 0


def test_report_with_broken_knowledge_still_lists_the_clusters(
    logged: Config, tmp_path: Path
) -> None:
    (logged.knowledge_dir / "test.yaml").write_text("entries: [\n", encoding="utf-8")
    text = report(logged, "text", tmp_path)
    assert "draai `fieldbot check`" in text
    assert "3 keer door 3 gebruikers" in text and "dichtstbijzijnde item:" not in text


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
    assert "nieuw item" in top.suggestion() or "Lijkt op" in top.suggestion()
    assert "new entry" in top.suggestion(lang="en") or "Close to" in top.suggestion(lang="en")


# --------------------------------------------------------------------------------------------
# A report staff want to open: their language, labels, names, answers, a chart, no noise


def test_every_emoji_has_a_text_label_in_dutch_and_in_english(
    logged: Config, tmp_path: Path
) -> None:
    for lang, up, down in (("nl", "nuttig", "niet nuttig"), ("en", "helpful", "not helpful")):
        page = report(logged, "html", tmp_path, lang=lang)
        # Without an emoji font the symbol is an empty box; the word beside it still reads.
        assert f'<span aria-hidden="true">👍</span> {up}</div>' in page
        assert f'<span aria-hidden="true">👎</span> {down}</div>' in page
        assert f"👎</span> {down}</th>" in page and f"👍</span> {up}</th>" in page
        text = report(logged, "text", tmp_path, lang=lang)
        assert f"0 👍 {up}, 1 👎 {down}" in text


def test_english_report_has_no_dutch_labels(logged: Config, tmp_path: Path) -> None:
    page = report(logged, "html", tmp_path, lang="en")
    assert '<html lang="en">' in page and "<h1>Fieldbot report</h1>" in page
    for dutch in ("vragen", "gebruiker", "dichtstbijzijnde", "nuttig", "Geen in deze"):
        assert dutch not in page


def test_ids_are_shown_with_a_readable_name(knowledge: KnowledgeBase) -> None:
    names = {
        entry: entry_name(knowledge, entry, "nl")
        for entry in (
            "route.unknown",
            "fieldlabs.theme.bouw",
            "fieldlabs.place.delft",
            "hub.oost",
            "fieldlab.robohouse",
            "results.jobs",
        )
    }
    assert names == {
        "route.unknown": "Verwijzing naar een Hub: geen Hub bekend voor die plaats",
        "fieldlabs.theme.bouw": "Fieldlabs met thema bouw",
        "fieldlabs.place.delft": "Fieldlabs in Delft",
        "hub.oost": "Hub BOOST (Oost-Nederland)",
        "fieldlab.robohouse": "Fieldlab RoboHouse",
        "results.jobs": "Hoeveel banen hebben de Fieldlabs opgeleverd?",
    }
    assert entry_name(knowledge, "fieldlabs.theme.bouw", "en") == "Fieldlabs on construction"
    assert entry_name(knowledge, "no.such.entry", "nl") == ""


def test_most_asked_entries_show_their_name_beside_the_id(logged: Config, tmp_path: Path) -> None:
    page = report(logged, "html", tmp_path)
    top = page.split("<h2>Meest gevraagde items</h2>", 1)[1]
    name = '<span class="name">Hoeveel banen hebben de fieldlabs opgeleverd?</span>'
    assert f"{name}<br><code>results.jobs</code>" in top


async def downvote(config: Config, question: str, entry: str | None) -> None:
    """One user asks `question`, the log says `entry` answered it, and they rate it 👎."""
    storage = await Storage.open(config.database_path, secret=SECRET)
    try:
        key = storage.user_key(55)
        question_id = storage.log_question(
            user_key=key, text=question, lang="nl", entry=entry, score=90.0, confident=True
        )
        storage.record_feedback(question_id, key, entry, -1)
    finally:
        await storage.close()


def test_each_thumbs_down_shows_the_question_and_the_answer_it_got(
    logged: Config, tmp_path: Path
) -> None:
    page = report(logged, "html", tmp_path)
    down = page.split("<h2>Antwoorden met 👎 niet nuttig (1)</h2>", 1)[1].split("<h2>", 1)[0]
    assert "<th>vraag</th><th>gegeven antwoord</th>" in down
    assert f"<td>{JOBS}</td>" in down
    assert '<div class="answer">Honderden banen.</div>' in down
    assert "<code>results.jobs</code>" in down and "&ldquo;Hoeveel banen" in down
    # The log keeps the entry's id, not the text: the page says where the text comes from.
    assert "het log bewaart welk item antwoordde, niet de tekst" in down.casefold()


def test_a_thumbs_down_whose_question_now_gets_another_entry_shows_that_entrys_answer(
    config: Config, tmp_path: Path
) -> None:
    asyncio.run(downvote(config, JOBS, "fieldlabs.what"))  # answered by an older knowledge
    data = json.loads(report(config, "json", tmp_path))
    (down,) = data["downvoted"]
    assert down["answer_origin"] == "entry"
    assert down["answer"].startswith("Een Fieldlab is een praktijkomgeving")
    text = report(config, "text", tmp_path)
    assert "dit is het antwoord van dat item in de huidige kennis" in text


def test_a_thumbs_down_for_an_entry_that_is_gone_says_so(config: Config, tmp_path: Path) -> None:
    asyncio.run(downvote(config, "hoeveel fieldlabs waren er in 2016?", "results.removed"))
    (down,) = json.loads(report(config, "json", tmp_path))["downvoted"]
    assert (down["answer"], down["answer_origin"]) == (None, "unknown")
    page = report(config, "html", tmp_path, lang="en")
    assert "the entry is not in the current knowledge" in page


def test_answered_rate_per_day_is_an_inline_svg_chart_without_javascript(
    config: Config, tmp_path: Path
) -> None:
    asyncio.run(log_at(config, [(3, COST_1), (1, COST_2), (1, TRAIN)]))
    page = report(config, "html", tmp_path, since=7)
    chart = page.split("<h2>Beantwoord deel per dag</h2>", 1)[1].split("</svg>", 1)[0]
    assert chart.lstrip().startswith('<svg class="chart" viewBox=')
    assert (
        'role="img"' in chart and "<title>Beantwoord deel van de vragen per dag</title>" in chart
    )
    bars = chart.count("<rect ")
    assert bars == 4  # one per day from the first question to today, also the empty ones
    assert chart.count(": geen vragen</title>") == 2
    assert chart.count(": 0 van 1 beantwoord (0%)</title>") == 1
    assert chart.count(": 0 van 2 beantwoord (0%)</title>") == 1
    assert chart.count('fill="#d0463b"') == 2  # a day at 0 % is red, unlike a day without any
    for label in ("0%", "50%", "100%"):
        assert f">{label}</text>" in chart
    assert "<script" not in page and "javascript:" not in page.casefold()


@pytest.mark.parametrize("text", ["asdfgh", "🤔🤔", "???", "2019", "kjhkjh!"])
def test_emoji_symbols_and_one_word_gibberish_are_noise(
    knowledge: KnowledgeBase, text: str
) -> None:
    assert is_noise(text, Matcher(knowledge))


@pytest.mark.parametrize("text", ["subsidie", "Unilever banen", "wat kost een fieldlab", "hoi?"])
def test_real_questions_and_common_words_are_no_noise(knowledge: KnowledgeBase, text: str) -> None:
    assert not is_noise(text, Matcher(knowledge))


def test_suggestions_skip_noise_and_say_how_much_was_skipped(
    config: Config, tmp_path: Path
) -> None:
    asyncio.run(log_at(config, [(1, "asdfgh"), (1, "🤔🤔"), (1, "qwrtzp"), (1, COST_1)]))
    data = json.loads(report(config, "json", tmp_path))
    assert [c["phrasings"] for c in data["clusters"]] == [[COST_1]]
    assert data["noise"]["count"] == 3
    assert set(data["noise"]["examples"]) == {"asdfgh", "🤔🤔", "qwrtzp"}
    assert data["totals"]["unanswered"] == 4  # still counted, only not suggested
    text = report(config, "text", tmp_path)
    assert "3 berichten zonder vraag overgeslagen" in text
    assert "- id: topic.new-entry" in text and '- "asdfgh"' not in text


def test_entry_template_leaves_the_source_date_for_staff(
    config: Config, tmp_path: Path, write_knowledge: WriteKnowledge
) -> None:
    asyncio.run(log_at(config, [(0, COST_1)]))
    text = report(config, "text", tmp_path)
    template = text.split("Sjabloon voor de grootste groep:\n\n", 1)[1].split("\n\n", 1)[0]
    today = dt.date.today()
    assert today.isoformat() not in template and str(today.year) not in template
    assert "as_of" not in template
    (date_line,) = [line for line in template.splitlines() if line.strip().startswith("date:")]
    assert date_line.split("#")[0].strip() == "date:"  # empty, with a comment what to fill in
    # Saved as it is, `fieldbot check` points at the empty date; filled in, it loads.
    folder = write_knowledge({"new.yaml": template})
    with pytest.raises(KnowledgeError) as problems:
        load_knowledge(folder)
    line = template.splitlines().index(date_line) + 1
    assert [p.line for p in problems.value.problems] == [line]
    filled = template.replace("date:", "date: 2019-03-18", 1).replace('"..."', '"Een antwoord."')
    (folder / "new.yaml").write_text(filled, encoding="utf-8")
    assert load_knowledge(folder).entry("topic.new-entry") is not None


def test_counts_of_one_are_singular(config: Config, tmp_path: Path) -> None:
    asyncio.run(log_at(config, [(0, TRAIN)]))
    text = report(config, "text", tmp_path)
    assert "1 keer door 1 gebruiker (1 onbeantwoord)" in text
    assert "1 vraag van 1 gebruiker;" in text and "1 gebruikers" not in text
    english = report(config, "text", tmp_path, lang="en")
    assert "1x by 1 user (1 unanswered)" in english
    assert "1 question from 1 user;" in english and "1 users" not in english
    page = report(config, "html", tmp_path, lang="en")
    assert "1x by 1 user</span>" in page and "The phrasing and an entry template" in page
    assert "1 users" not in page and "All 1 phrasings" not in page
