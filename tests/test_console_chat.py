"""`fieldbot chat` driven through stdin, as `echo "vraag" | fieldbot chat` does."""

from __future__ import annotations

import contextlib
import getpass
import re
import sqlite3
from pathlib import Path

from conftest import RunFieldbot, WriteKnowledge

from bot.pseudonyms import local_user_key


def test_echo_question_prints_430_jobs_with_source_and_exits_0(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="hoeveel banen?\n")
    assert result.returncode == 0
    assert result.stderr == ""
    assert "430" in result.stdout
    source = [line for line in result.stdout.splitlines() if line.startswith("Bron: ")]
    assert len(source) == 1
    assert source[0].startswith("Bron: TNO")
    assert ", 18 maart 2019 (https://" in source[0]


def test_several_lines_are_answered_in_order(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="hoi\nhoeveel banen?\nhoeveel bedrijven doen mee?\nbedankt\n")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("Hallo! Ik ben Fieldbot")
    marks = [out.find(text) for text in ("Hallo!", "430 directe banen", "600 bedrijven", "Graag")]
    assert -1 not in marks, out
    assert marks == sorted(marks)
    assert out.count("\nBron: ") + out.count("\nBronnen: ") == 2  # smalltalk has no source


def test_empty_lines_are_skipped(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="\n   \nhoeveel banen?\n\n\t\n")
    assert result.returncode == 0
    assert result.stdout == fieldbot("chat", stdin="hoeveel banen?\n").stdout
    assert result.stdout.count("430") == 1
    assert "Stel gerust een vraag" not in result.stdout  # no reply to the blank lines


def test_english_question_gets_an_english_answer(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="How many jobs did the Fieldlabs create?\n")
    assert result.returncode == 0
    assert "430 direct jobs" in result.stdout
    assert "\nSource: TNO" in result.stdout
    assert "Bron:" not in result.stdout


def test_last_line_without_newline_is_answered(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="hoeveel banen?")
    assert result.returncode == 0
    assert "430" in result.stdout


def test_empty_input_exits_0_quietly(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_unknown_question_gets_the_hub_fallback(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="wat wordt het weer morgen\n")
    assert result.returncode == 0
    assert "regionale Smart Industry Hub" in result.stdout
    assert "Bron:" not in result.stdout


def test_chat_gives_the_same_answer_as_ask(fieldbot: RunFieldbot) -> None:
    question = "hoevel bedrijfen doen er mee"
    chat = fieldbot("chat", stdin=question + "\n")
    ask = fieldbot("ask", question)
    assert chat.stdout.strip() == ask.stdout.strip()
    assert "600" in chat.stdout


def test_chat_uses_the_knowledge_option(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge(
        {
            "coffee.yaml": """\
            entries:
              - id: coffee.cups
                questions:
                  nl: ["Hoeveel koffie drinkt het team?"]
                answer:
                  nl: "Twaalf koppen per dag."
                source: "Teamtelling"
            """
        }
    )
    result = fieldbot("chat", "--knowledge", str(folder), stdin="koffie team hoeveel\n")
    assert result.returncode == 0
    assert result.stdout.startswith("Twaalf koppen per dag.\n\nBron: Teamtelling\n")


def test_chat_with_broken_knowledge_exits_1_without_traceback(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"broken.yaml": "entries: [\n"})
    result = fieldbot("chat", "--knowledge", str(folder), stdin="hoeveel banen?\n")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{folder / 'broken.yaml'}:1: regel 1: hier opent een '['")


# --------------------------------------------------------------------------------------------
# `fieldbot chat --log`: try the report without Telegram

LOGGED = ["hoeveel banen?", "hoe laat vertrekt de trein naar utrecht", "wat kost parkeren bij u?"]


def test_chat_with_log_then_report_html_shows_the_questions(
    fieldbot: RunFieldbot, tmp_path: Path
) -> None:
    chat = fieldbot("chat", "--log", stdin="\n".join(LOGGED) + "\n")
    assert chat.returncode == 0, chat.stderr
    assert "430" in chat.stdout  # logging changes nothing about the answers
    page = tmp_path / "report.html"
    result = fieldbot("report", "--format", "html", "-o", str(page))
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "trein naar utrecht" in html and "parkeren bij u" in html  # the two misses
    assert "<div><b>3</b>vragen</div>" in html  # all three counted, the answered one too


def test_chat_log_uses_the_bots_own_log_with_a_pseudonymous_local_user(
    fieldbot: RunFieldbot, tmp_path: Path
) -> None:
    assert fieldbot("chat", "--log", stdin="\n".join(LOGGED) + "\n").returncode == 0
    database = tmp_path / "data" / "fieldbot.sqlite3"  # BOT_DATA_DIR, as `fieldbot run` uses
    with contextlib.closing(sqlite3.connect(database)) as conn:
        rows = conn.execute("SELECT user_key, channel, text, entry, confident FROM questions")
        logged = sorted(rows.fetchall(), key=lambda row: LOGGED.index(row[2]))
    assert [row[2] for row in logged] == LOGGED
    assert {row[1] for row in logged} == {"console"}
    assert (logged[0][3], logged[0][4]) == ("results.jobs", 1)
    keys = {row[0] for row in logged}
    assert len(keys) == 1  # one local user
    # The key is the keyed hash of the login name (with the bot's own secret), never the name.
    secret = (tmp_path / "data" / "secret.key").read_bytes().strip()
    assert keys == {local_user_key(secret, getpass.getuser())}
    assert re.fullmatch(r"[0-9a-f]{32}", keys.pop())


def test_chat_without_log_writes_nothing(fieldbot: RunFieldbot, tmp_path: Path) -> None:
    assert fieldbot("chat", stdin="hoeveel banen?\n").returncode == 0
    assert not (tmp_path / "data").exists()


def test_start_and_forget_start_the_conversation_over(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="wat is SAM|XL?\n/forget\nwaar zit dat?\n/start\n")
    assert result.returncode == 0
    answers = result.stdout.split("\n\n")
    assert any("vergeten" in a for a in answers)
    assert "Delft" not in result.stdout.split("vergeten", 1)[1].split("Welkom")[0]
    assert "Welkom bij Fieldbot" in result.stdout


def test_a_telegram_command_in_the_console_is_explained_not_matched(
    fieldbot: RunFieldbot,
) -> None:
    result = fieldbot("chat", stdin="/stats\n/help\n")
    assert result.returncode == 0
    assert "/stats werkt alleen in Telegram" in result.stdout
    assert "/forget – het gesprek wissen" in result.stdout


def test_forget_in_the_console_erases_the_logged_questions(
    fieldbot: RunFieldbot, tmp_path: Path
) -> None:
    fieldbot("chat", "--log", stdin="hoeveel banen?\nhoeveel bedrijven?\n")
    result = fieldbot("chat", "--log", stdin="/forget\n")
    assert "uw 2 vragen uit het logboek gewist" in result.stdout
    database = tmp_path / "data" / "fieldbot.sqlite3"  # BOT_DATA_DIR, as `fieldbot run` uses
    with contextlib.closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT count(*) FROM questions").fetchone()[0] == 0
