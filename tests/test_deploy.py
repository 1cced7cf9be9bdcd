"""Deploying for Hub staff: the README's first two commands, what `make run` installs, and a
Docker image whose knowledge can be mounted and whose health check asks the running bot."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")


def make_dry_run(target: str) -> str:
    """What `make TARGET` would run on a fresh machine (-B: as if nothing were installed)."""
    result = subprocess.run(
        ["make", "-n", "-B", target], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_readme_starts_with_exactly_make_run_and_make_test() -> None:
    assert README.startswith("# Fieldbot\n\n```sh\n")  # the first thing anyone reads
    block = README.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines()]
    assert commands == ["make run", "make test"]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_installs_only_the_runtime_lock() -> None:
    run = make_dry_run("run")
    assert "-r requirements-runtime.lock" in run
    assert "-r requirements.lock" not in run  # no pytest, ruff or mypy to start the bot


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_test_adds_the_test_tools_from_the_full_lock() -> None:
    test = make_dry_run("test")
    assert test.index("-r requirements-runtime.lock") < test.index("-r requirements.lock")
    assert "hadolint Dockerfile" in test and "mypy --strict bot" in test


def test_docker_health_check_asks_whether_the_bot_is_alive() -> None:
    (check,) = re.findall(r"HEALTHCHECK .*?CMD (\[.*?\])", DOCKERFILE, re.S)
    assert check == '["fieldbot", "health"]'  # the heartbeat, not `fieldbot check`


def test_docker_image_installs_only_the_runtime_lock() -> None:
    assert "requirements-runtime.lock" in DOCKERFILE
    assert "requirements.lock" not in DOCKERFILE.replace("requirements-runtime.lock", "")


def test_docker_knowledge_can_be_mounted_and_written_by_the_bots_user() -> None:
    (uid,) = set(re.findall(r"--uid (\d+)", DOCKERFILE))
    assert f"USER {uid}:{uid}" in DOCKERFILE
    assert f"COPY --chown={uid}:{uid} knowledge ./knowledge" in DOCKERFILE
    assert "VOLUME" not in DOCKERFILE.split("COPY --chown")[1].split("VOLUME")[0]
    # The README says how: mount, the uid, and how to own the folder.
    assert "-v ./knowledge:/app/knowledge" in README
    assert f"uid {uid}, gid {uid}" in README
    assert f"sudo chown -R {uid}:{uid} knowledge data" in README
    assert "--read-only fieldbot" not in README  # it would leave uploads nowhere to go


def test_readme_names_the_three_ways_knowledge_reaches_the_bot() -> None:
    section = README.split("### Deploying for Hub staff", 1)[1].split("\n### ", 1)[0]
    for way in (
        "**1. Edit on the server.**",
        "**2. From Telegram**",
        "**3. From a git checkout.**",
    ):
        assert way in section
    for command in ("/export", "/undo", "/history", "git pull", "fieldbot health"):
        assert command in section
