"""The core stays free of Telegram and the database: import rules from DESIGN.md."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

BOT = REPO / "bot"
# module -> the only file allowed to import it
ALLOWED = {"telegram": "bot/channels/telegram.py", "aiosqlite": "bot/storage.py"}
CORE = ["bot.knowledge", "bot.text", "bot.matching", "bot.assistant", "bot.directory"]


def imported_roots(path: Path) -> set[str]:
    """Top-level names of every module `path` imports, wherever the import statement is."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            roots.add(node.args[0].value.split(".")[0])
    return roots


def bot_files() -> list[Path]:
    return sorted(BOT.rglob("*.py"))


def test_the_package_has_the_expected_modules() -> None:
    names = {path.relative_to(REPO).as_posix() for path in bot_files()}
    assert (
        set(ALLOWED.values())
        | {
            "bot/knowledge.py",
            "bot/text.py",
            "bot/matching.py",
            "bot/assistant.py",
            "bot/directory.py",
        }
        <= names
    )


@pytest.mark.parametrize("banned", sorted(ALLOWED))
def test_only_one_module_imports(banned: str) -> None:
    importers = sorted(
        path.relative_to(REPO).as_posix() for path in bot_files() if banned in imported_roots(path)
    )
    assert importers == [ALLOWED[banned]]


def test_the_import_scanner_sees_nested_and_from_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os.path\n"
        "from telegram.ext import Application\n"
        "def later():\n"
        "    import aiosqlite\n"
        "    importlib.import_module('httpx')\n"
        "from . import sibling\n",
        encoding="utf-8",
    )
    assert imported_roots(sample) == {"os", "telegram", "aiosqlite", "httpx"}


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
        "import sys, bot.channels.telegram\n"
        "assert 'telegram' in sys.modules and 'bot.assistant' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
