"""Shared fixtures: the real knowledge, one Assistant, a `fieldbot` subprocess and tmp YAML."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from bot.assistant import Assistant, Reply
from bot.context import Context
from bot.knowledge import KnowledgeBase, load_knowledge

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
# Variables that would change what a `fieldbot` subprocess does; tests set them explicitly.
_ISOLATED = ("TELEGRAM_BOT_TOKEN", "KNOWLEDGE_DIR", "BOT_DEFAULT_LANG", "BOT_WEBHOOK_URL")

RunFieldbot = Callable[..., "subprocess.CompletedProcess[str]"]
WriteKnowledge = Callable[..., Path]


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    """The project's own knowledge folder, loaded once."""
    return load_knowledge(KNOWLEDGE)


@pytest.fixture(scope="session")
def assistant(knowledge: KnowledgeBase) -> Assistant:
    """One Assistant over the real knowledge, shared read-only by the core tests."""
    return Assistant(knowledge)


@pytest.fixture
def fieldbot(tmp_path: Path) -> RunFieldbot:
    """Run `python -m bot ARGS` in a real subprocess from the repository root."""

    def run(
        *args: str,
        stdin: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: Path = REPO,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if k not in _ISOLATED}
        environment["BOT_DATA_DIR"] = str(tmp_path / "data")
        environment.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd,
            env=environment,
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def write_knowledge(tmp_path: Path) -> WriteKnowledge:
    """Write YAML files (name -> text, dedented; or bytes as they are) into a fresh folder."""
    counter = iter(range(1_000_000))

    def write(files: Mapping[str, str | bytes]) -> Path:
        folder = tmp_path / f"knowledge{next(counter)}"
        folder.mkdir()
        for name, content in files.items():
            target = folder / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return folder

    return write


CONVERSATION_START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def talk(assistant: Assistant, *messages: str) -> list[Reply]:
    """One conversation: each message answered in the context of the ones before, a
    minute apart."""
    context: Context | None = None
    replies = []
    for n, message in enumerate(messages):
        now = CONVERSATION_START + dt.timedelta(minutes=n)
        reply, context = assistant.converse(message, context, now=now)
        replies.append(reply)
    return replies
