"""`fieldbot chat` picks up a saved knowledge file without a restart, as `fieldbot run` does."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

COFFEE = """\
entries:
  - id: coffee.cups
    questions:
      nl: ["Hoeveel koffie drinkt het team?", "koffie team"]
    answer:
      nl: "Twaalf koppen per dag."
    source: "Teamtelling"
"""

TEA = """\
  - id: coffee.tea
    questions:
      nl: ["Hoeveel thee drinkt het team?", "thee team"]
    answer:
      nl: "Vier koppen thee per dag."
    source: "Teamtelling"
"""


class Chat:
    """A real `python -m bot chat` process, one question in and one answer out at a time."""

    def __init__(self, folder: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
        env["PYTHONUNBUFFERED"] = "1"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat", "--knowledge", str(folder), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=0,
            cwd=REPO,
            env=env,
        )
        # A hung chat must fail the test, not the whole run.
        self.timer = threading.Timer(60, self.process.kill)
        self.timer.start()

    def ask(self, question: str) -> str:
        """Everything the chat prints for one line: output that ends in a blank line and is
        followed by a pause (an answer itself may hold blank lines)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(question + "\n")
        self.process.stdin.flush()
        fd = self.process.stdout.fileno()
        out = b""
        while True:
            ready, _, _ = select.select([fd], [], [], 0.5 if out.endswith(b"\n\n") else 30)
            if not ready:
                if out.endswith(b"\n\n"):
                    return out.decode("utf-8")
                raise AssertionError(f"no answer to {question!r}; so far {out!r}")
            chunk = os.read(fd, 65536)
            if not chunk:
                return out.decode("utf-8")
            out += chunk

    def close(self) -> str:
        assert self.process.stdin is not None and self.process.stderr is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.timer.cancel()
        return self.process.stderr.read()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "coffee.yaml").write_text(COFFEE, encoding="utf-8")
    return tmp_path


@pytest.fixture
def chat(folder: Path) -> Iterator[Chat]:
    process = Chat(folder)
    yield process
    if process.process.poll() is None:
        process.close()


def test_an_added_entry_is_answered_without_a_restart(chat: Chat, folder: Path) -> None:
    assert "Twaalf koppen" in chat.ask("hoeveel koffie drinkt het team?")
    (folder / "coffee.yaml").write_text(COFFEE + TEA, encoding="utf-8")
    out = chat.ask("hoeveel thee drinkt het team?")
    assert out.startswith("[kennis opnieuw geladen: nieuw: coffee.tea]\n"), out
    assert "Vier koppen thee" in out
    assert chat.close() == ""


def test_a_removed_entry_is_no_longer_answered(chat: Chat, folder: Path) -> None:
    (folder / "coffee.yaml").write_text(COFFEE + TEA, encoding="utf-8")
    assert "Vier koppen thee" in chat.ask("hoeveel thee drinkt het team?")
    (folder / "coffee.yaml").write_text(COFFEE, encoding="utf-8")
    out = chat.ask("hoeveel thee drinkt het team?")
    assert out.startswith("[kennis opnieuw geladen: weg: coffee.tea]\n"), out
    assert "Vier koppen thee" not in out


def test_added_questions_are_named(chat: Chat, folder: Path) -> None:
    chat.ask("koffie team")
    more = COFFEE.replace('"koffie team"]', '"koffie team", "bakjes koffie", "hoeveel bakkies"]')
    (folder / "coffee.yaml").write_text(more, encoding="utf-8")
    out = chat.ask("hoeveel bakkies")
    assert out.startswith("[kennis opnieuw geladen: vragen erbij: coffee.cups (+2)]\n"), out
    assert "Twaalf koppen" in out


def test_a_broken_save_prints_the_problem_once_and_keeps_the_old_answers(
    chat: Chat, folder: Path
) -> None:
    chat.ask("koffie team")
    broken = COFFEE.replace('nl: "Twaalf koppen per dag."', 'nl: "Dertien koppen per dag.')
    (folder / "coffee.yaml").write_text(broken, encoding="utf-8")
    out = chat.ask("hoeveel koffie drinkt het team?")
    lines = out.splitlines()
    assert lines[0].startswith("[kennis niet opnieuw geladen; ik antwoord met de vorige versie")
    assert lines[1] == (
        f"{folder / 'coffee.yaml'}:6: regel 6: hier begint een tekst met een aanhalingsteken "
        '(") dat niet wordt afgesloten; zet ook aan het eind van de tekst een "'
    )
    assert "Twaalf koppen" in out
    again = chat.ask("hoeveel koffie drinkt het team?")
    assert not again.startswith("[kennis"), again  # the same problem is not repeated
    (folder / "coffee.yaml").write_text(broken.replace("dag.\n", 'dag."\n'), encoding="utf-8")
    fixed = chat.ask("hoeveel koffie drinkt het team?")
    assert fixed.startswith("[kennis opnieuw geladen: antwoord gewijzigd: coffee.cups]\n")
    assert "Dertien koppen" in fixed


def test_english_chat_reports_the_reload_in_english(folder: Path) -> None:
    chat = Chat(folder, "--lang", "en")
    try:
        chat.ask("how much coffee")
        (folder / "coffee.yaml").write_text(COFFEE + TEA, encoding="utf-8")
        assert chat.ask("thee team").startswith("[knowledge reloaded: new: coffee.tea]\n")
    finally:
        chat.close()
