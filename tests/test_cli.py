"""The `fieldbot` command line, run as a real subprocess (`python -m bot …`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, RunFieldbot, WriteKnowledge

from bot.knowledge import KnowledgeBase

JSON_KEYS = {
    "question", "answer", "entry", "score", "confident", "lang", "alternatives", "kind"
}  # fmt: skip
VALID = """\
entries:
  - id: coffee.cups
    questions:
      nl: ["Hoeveel koffie drinkt het team?"]
    answer:
      nl: "Twaalf koppen per dag."
    source: "Teamtelling"
    as_of: 2024-01-31
"""


def one_json_object(stdout: str) -> dict[str, Any]:
    lines = stdout.splitlines()
    assert len(lines) == 1, stdout
    data = json.loads(lines[0])
    assert isinstance(data, dict)
    return data


def assert_one_line_usage_error(result: Any) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("Error: ")


# --------------------------------------------------------------------------------------------
# check


def test_check_prints_ok_with_entries_and_languages(
    fieldbot: RunFieldbot, knowledge: KnowledgeBase
) -> None:
    result = fieldbot("check")
    assert result.returncode == 0
    assert result.stderr == ""
    assert re.match(r"OK: \d+ entries, languages nl, en\b", result.stdout)
    assert result.stdout.splitlines()[0] == knowledge.summary()


def test_check_reads_knowledge_dir_from_the_environment(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"coffee.yaml": VALID})
    result = fieldbot("check", env={"KNOWLEDGE_DIR": str(folder)})
    assert (result.returncode, result.stdout) == (0, "OK: 1 entries, languages nl\n")


def test_knowledge_option_wins_over_the_environment(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge, tmp_path: Path
) -> None:
    folder = write_knowledge({"coffee.yaml": VALID})
    result = fieldbot(
        "check", "--knowledge", str(folder), env={"KNOWLEDGE_DIR": str(tmp_path / "nope")}
    )
    assert (result.returncode, result.stdout) == (0, "OK: 1 entries, languages nl\n")


def test_invalid_knowledge_exits_1_with_the_problem_and_no_traceback(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"coffee.yaml": VALID + "    related: [coffee.tea]\n"})
    result = fieldbot("check", env={"KNOWLEDGE_DIR": str(folder)})
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{folder / 'coffee.yaml'}:9: 'coffee.cups' verwijst onder 'related' naar 'coffee.tea', "
        "maar dat id bestaat niet; kijk de spelling na",
        "Error: knowledge is invalid (1 problem)",
    ]


def test_ask_with_invalid_knowledge_exits_1(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"coffee.yaml": VALID.replace("coffee.cups", "Coffee Cups")})
    result = fieldbot("ask", "--knowledge", str(folder), "hoeveel koffie?")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{folder / 'coffee.yaml'}:2: het id 'Coffee Cups' mag alleen kleine" in result.stderr


def test_missing_knowledge_folder_exits_1(fieldbot: RunFieldbot, tmp_path: Path) -> None:
    result = fieldbot("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == "knowledge:0: de kennismap is niet gevonden"


# --------------------------------------------------------------------------------------------
# usage errors: exit 2, one line, no traceback


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        (),
        ("ask",),
        ("ask", "   "),
        ("ask", "--lang", "de", "hoi"),
        ("ask", "--batch", "/does/not/exist.txt"),
        ("ask", "--batch", "-", "hoeveel banen?"),
        ("check", "--no-such-option"),
    ],
    ids=[
        "unknown-command",
        "no-command",
        "ask-without-question",
        "ask-blank-question",
        "ask-unknown-language",
        "ask-missing-batch-file",
        "ask-question-and-batch",
        "unknown-option",
    ],
)
def test_usage_error_exits_2_with_one_line(fieldbot: RunFieldbot, args: tuple[str, ...]) -> None:
    assert_one_line_usage_error(fieldbot(*args, stdin=""))


def test_ask_without_question_says_how_to_ask(fieldbot: RunFieldbot) -> None:
    result = fieldbot("ask")
    assert_one_line_usage_error(result)
    assert "QUESTION" in result.stderr


def test_unknown_command_points_to_fieldbot_help(fieldbot: RunFieldbot) -> None:
    result = fieldbot("frobnicate")
    assert "`fieldbot --help`" in result.stderr


def test_run_without_token_points_to_botfather_and_chat(fieldbot: RunFieldbot) -> None:
    result = fieldbot("run")  # the fixture removes TELEGRAM_BOT_TOKEN from the environment
    assert_one_line_usage_error(result)
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "BotFather" in result.stderr
    assert "fieldbot chat" in result.stderr


def test_run_with_empty_token_is_the_same_usage_error(fieldbot: RunFieldbot) -> None:
    result = fieldbot("run", env={"TELEGRAM_BOT_TOKEN": "  "})
    assert_one_line_usage_error(result)
    assert "BotFather" in result.stderr


# --------------------------------------------------------------------------------------------
# ask


def test_ask_json_follows_the_contract(fieldbot: RunFieldbot) -> None:
    result = fieldbot("ask", "--json", "How much was invested?")
    assert result.returncode == 0
    assert result.stderr == ""
    data = one_json_object(result.stdout)
    assert set(data) == JSON_KEYS
    assert data["question"] == "How much was invested?"
    assert data["entry"] == "results.investments"
    assert data["confident"] is True
    assert data["lang"] == "en"
    assert isinstance(data["score"], (int, float)) and not isinstance(data["score"], bool)
    assert 0 <= data["score"] <= 100
    assert isinstance(data["alternatives"], list)
    assert "240 million" in data["answer"]
    source_line = data["answer"].splitlines()[-1]
    assert re.match(r"Sources?: TNO", source_line)
    assert re.search(r"\b(19|20)\d{2}\b", source_line)


def test_ask_plain_prints_answer_and_source(fieldbot: RunFieldbot) -> None:
    result = fieldbot("ask", "hoeveel", "banen?")
    assert result.returncode == 0
    assert "430" in result.stdout
    assert "\nBron: TNO" in result.stdout
    assert "18 maart 2019 (https://smartindustry.nl/" in result.stdout.rstrip().splitlines()[-1]


def test_ask_lang_en_answers_a_dutch_question_in_english(fieldbot: RunFieldbot) -> None:
    result = fieldbot("ask", "--json", "--lang", "en", "hoeveel banen hebben de fieldlabs?")
    data = one_json_object(result.stdout)
    assert data["lang"] == "en"
    assert data["entry"] == "results.jobs"
    assert "430 direct jobs" in data["answer"]
    assert "\nSource: " in data["answer"]
    assert "Bron:" not in data["answer"]


def test_ask_lang_nl_answers_an_english_question_in_dutch(fieldbot: RunFieldbot) -> None:
    data = one_json_object(fieldbot("ask", "--json", "--lang", "nl", "How many jobs?").stdout)
    assert (data["lang"], data["entry"]) == ("nl", "results.jobs")
    assert "430 directe banen" in data["answer"]
    assert "\nBron: " in data["answer"]


def test_not_confident_answer_has_null_entry_and_alternatives(fieldbot: RunFieldbot) -> None:
    data = one_json_object(fieldbot("ask", "--json", "hoeveel banen zijn er in de zorg?").stdout)
    assert data["confident"] is False
    assert data["entry"] is None
    assert "Hub" in data["answer"]
    assert 1 <= len(data["alternatives"]) <= 3
    for alternative in data["alternatives"]:
        assert set(alternative) == {"entry", "score", "question"}
        assert isinstance(alternative["entry"], str)
        assert isinstance(alternative["question"], str) and alternative["question"]
        assert 0 <= alternative["score"] <= 100
    assert "results.jobs" in [a["entry"] for a in data["alternatives"]]
    assert "Bedoelde u misschien:" in data["answer"]


def test_smalltalk_is_confident_with_a_smalltalk_id(fieldbot: RunFieldbot) -> None:
    data = one_json_object(fieldbot("ask", "--json", "hoi").stdout)
    assert (data["entry"], data["confident"], data["lang"]) == ("smalltalk.greeting", True, "nl")


def test_batch_from_stdin_keeps_order_one_object_a_line(fieldbot: RunFieldbot) -> None:
    questions = [
        "hoeveel banen?",
        "How much was invested?",
        "wat wordt het weer morgen",
        "bedankt",
        "welke fieldlabs zijn er in Delft?",
    ]
    result = fieldbot("ask", "--json", "--batch", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["question"] for o in objects] == questions
    assert [o["entry"] for o in objects] == [
        "results.jobs",
        "results.investments",
        None,
        "smalltalk.thanks",
        "fieldlabs.place.delft",
    ]
    assert [o["lang"] for o in objects] == ["nl", "en", "nl", "nl", "nl"]
    assert all(set(o) == JSON_KEYS for o in objects)


def test_batch_from_a_file(fieldbot: RunFieldbot, tmp_path: Path) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text("How many jobs?\nhoeveel bedrijven doen mee?\n", encoding="utf-8")
    result = fieldbot("ask", "--json", "--batch", str(batch))
    entries = [json.loads(line)["entry"] for line in result.stdout.splitlines()]
    assert entries == ["results.jobs", "results.companies"]


def test_ask_uses_the_knowledge_option(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"coffee.yaml": VALID})
    result = fieldbot("ask", "--knowledge", str(folder), "hoeveel koffie drinkt het team")
    assert result.stdout.splitlines()[0] == "Twaalf koppen per dag."
    assert "Bron: Teamtelling, 31 januari 2024" in result.stdout


def test_python_m_bot_works_like_the_fieldbot_script(fieldbot: RunFieldbot) -> None:
    script = Path(sys.executable).parent / "fieldbot"
    if not script.exists():
        pytest.skip("the fieldbot console script is not installed in this environment")
    args = ["ask", "--knowledge", str(REPO / "knowledge"), "--json", "How much was invested?"]
    via_module = fieldbot(*args)
    via_script = subprocess.run(
        [str(script), *args], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert via_script.returncode == via_module.returncode == 0
    assert via_script.stdout == via_module.stdout
    usage = subprocess.run([str(script), "ask"], capture_output=True, text=True, cwd=REPO)
    assert usage.returncode == 2
    assert usage.stderr == fieldbot("ask").stderr
