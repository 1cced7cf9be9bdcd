"""Every `fieldbot` command is documented in the README (as sqlite-utils checks its CLI)."""

from __future__ import annotations

import argparse
import re

import pytest
from conftest import REPO

from bot.cli import build_parser

README = REPO / "README.md"


def commands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:  # argparse has no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    raise AssertionError("fieldbot has no sub-commands")


def test_the_cli_has_the_commands_of_the_design() -> None:
    assert {"check", "ask", "chat", "run", "report", "eval", "bench"} <= set(commands())


@pytest.mark.skipif(not README.exists(), reason="README.md is not written yet")
@pytest.mark.parametrize("command", commands())
def test_every_command_appears_in_the_readme(command: str) -> None:
    text = README.read_text(encoding="utf-8")
    assert re.search(rf"`fieldbot {re.escape(command)}\b", text), (
        f"README.md does not show `fieldbot {command}`"
    )
