"""The core stays free of Telegram and the database (README "How it is built").

Who may import `telegram` and `aiosqlite` directly is checked once, by ruff's banned-api rule
(pyproject.toml: only bot/channels/telegram/** and bot/storage/** are exempt; `make lint`).
What ruff cannot see is checked here: that no core module reaches them through another import.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

CORE = [
    "bot.knowledge",
    "bot.text",
    "bot.understanding",
    "bot.context",
    "bot.matching",
    "bot.assistant",
    "bot.directory",
    "bot.records",
    "bot.premises",
    "bot.figures",
    # every module of the two core packages, not only what their __init__ re-exports
    *sorted(
        f"bot.{package}.{path.stem}"
        for package in ("understanding", "context")
        for path in (REPO / "bot" / package).glob("*.py")
        if path.stem != "__init__"
    ),
]


def test_core_imports_neither_telegram_nor_aiosqlite_even_transitively() -> None:
    modules = [*CORE, "bot.cli", "bot.channels.console", "bot.evaluation", "bot.bench"]
    code = (
        f"import sys, {', '.join(modules)}\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('telegram', 'aiosqlite'))\n"
        "print(leaked)\n"
        "assert not leaked, leaked\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_telegram_channel_really_imports_telegram() -> None:
    """Guards the test above: the subprocess check can see a telegram import when there is one."""
    code = (
        "import sys, bot.channels.telegram.app\n"
        "assert 'telegram' in sys.modules and 'bot.assistant' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
