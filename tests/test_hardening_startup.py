"""Start-up refuses what cannot work with one clear line: webhook settings Telegram would
refuse, a setWebhook 400 that retrying cannot fix, an unreadable knowledge folder; and it
warns about BOT_ADMIN_IDS that are not users. Each runs `python -m bot …` as a subprocess,
the webhook ones against the loopback Bot API on 127.0.0.1."""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from support.botapi import TOKEN, BotAPIServer, user
from support.knowledge import write_knowledge
from support.process import REPO, BotProcess, free_port, webhook_env

from bot.config import ConfigError, load_config


def fieldbot(
    *args: str, env: dict[str, str], **kwargs: object
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    clean.update(env)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "bot", *args],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    return errors[0]


# -- webhook settings (#10) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "value", "named"),
    [
        ("BOT_WEBHOOK_SECRET", "has spaces and ü", "BOT_WEBHOOK_SECRET"),
        ("BOT_WEBHOOK_SECRET", "x" * 257, "BOT_WEBHOOK_SECRET"),
        ("BOT_WEBHOOK_SECRET", "semi;colon", "BOT_WEBHOOK_SECRET"),
        ("BOT_WEBHOOK_URL", "http://bot.example.nl/telegram-hook", "https://"),
        ("BOT_WEBHOOK_URL", "bot.example.nl/telegram-hook", "https://"),
        ("BOT_WEBHOOK_PORT", "99999", "BOT_WEBHOOK_PORT must be at most 65535"),
        ("BOT_WEBHOOK_PORT", "65536", "BOT_WEBHOOK_PORT must be at most 65535"),
        ("BOT_WEBHOOK_PORT", "0", "BOT_WEBHOOK_PORT must be at least 1"),
        ("BOT_WEBHOOK_LISTEN", "everywhere", "BOT_WEBHOOK_LISTEN"),
    ],
)
def test_a_webhook_setting_telegram_would_refuse_stops_the_start_with_one_line(
    tmp_path: Path, setting: str, value: str, named: str
) -> None:
    env = {
        "KNOWLEDGE_DIR": str(write_knowledge(tmp_path / "k")),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": f"http://127.0.0.1:{free_port()}/bot",  # nothing listens
        "BOT_DATA_DIR": str(tmp_path / "data"),
        "BOT_WEBHOOK_URL": "https://bot.example.nl/telegram-hook",
        setting: value,
    }
    line = assert_one_error_line(fieldbot("run", env=env), 1)  # as the issue asks: exit 1
    assert named in line
    if setting == "BOT_WEBHOOK_SECRET":
        assert value not in line  # a secret is never echoed


def test_good_webhook_settings_are_accepted() -> None:
    config = load_config(
        {
            "BOT_WEBHOOK_URL": "https://bot.example.nl/telegram-hook",
            "BOT_WEBHOOK_PORT": "65535",
            "BOT_WEBHOOK_SECRET": "A-z_0-9" * 36,
        }
    )
    assert config.webhook_port == 65535 and config.webhook_listen == "127.0.0.1"
    assert load_config({"BOT_WEBHOOK_LISTEN": "::1"}).webhook_listen == "::1"
    with pytest.raises(ConfigError):
        load_config({"BOT_WEBHOOK_SECRET": "A" * 257})


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    yield server
    await server.close()


def webhook_bot(api: BotAPIServer, tmp_path: Path, port: int, **env: str) -> BotProcess:
    return BotProcess(
        api,
        write_knowledge(tmp_path / "knowledge"),
        tmp_path / "data",
        env={**webhook_env(port), **env},
    )


async def test_a_permanent_400_from_set_webhook_exits_1_without_retrying(
    api: BotAPIServer, tmp_path: Path
) -> None:
    api.fail_next(
        "setWebhook",
        status=400,
        count=50,
        description="Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 "
        "or 8443 (secret=Hook-Secret_123456)",
    )
    bot = webhook_bot(api, tmp_path, free_port()).start()
    code = await bot.wait(20)
    assert code == 1, bot.log
    assert len(api.calls_to("setWebhook")) == 1  # not retried: the answer would not change
    assert "Traceback" not in bot.log
    assert "Hook-Secret_123456" not in bot.log
    errors = [line for line in bot.log.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "BOT_WEBHOOK_URL" in errors[0]


# -- webhook listen address (#6) -------------------------------------------------------------


def _outward_address() -> str | None:
    """An address of this machine other than loopback, or None when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: nothing is sent
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


async def test_webhook_mode_listens_on_loopback_only_by_default(
    api: BotAPIServer, tmp_path: Path
) -> None:
    outward = _outward_address()
    if outward is None:
        pytest.skip("this machine has no address besides loopback")
    port = free_port()
    bot = webhook_bot(api, tmp_path, port).start()
    try:
        await bot.ready()
        person = user(8_100_001, "nl")
        (reply,) = await api.ask("hoeveel banen?", user=person)  # via the "proxy" on loopback
        assert "430" in reply.text
        assert _reachable("127.0.0.1", port)
        assert not _reachable(outward, port)  # was: 0.0.0.0, every interface
    finally:
        assert await bot.stop() == 0


async def test_bot_webhook_listen_opens_the_address_asked_for(
    api: BotAPIServer, tmp_path: Path
) -> None:
    outward = _outward_address()
    if outward is None:
        pytest.skip("this machine has no address besides loopback")
    port = free_port()
    bot = webhook_bot(api, tmp_path, port, BOT_WEBHOOK_LISTEN="0.0.0.0").start()
    try:
        await bot.ready()
        await api.wait_until(lambda: _reachable(outward, port), within=10)
    finally:
        assert await bot.stop() == 0


# -- an unreadable knowledge folder (#13) ----------------------------------------------------


def _without_root_file_powers() -> Callable[[], None] | None:
    """For root (who reads any folder): drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from
    the child's bounding set, so file modes count for it as for anyone else."""
    if os.geteuid() != 0:
        return None

    def drop() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


@pytest.mark.parametrize("command", ["run", "check"])
def test_an_unreadable_knowledge_folder_gives_one_line_and_exit_1(
    tmp_path: Path, command: str
) -> None:
    knowledge = write_knowledge(tmp_path / "k")
    knowledge.chmod(0o000)
    try:
        env = {
            "KNOWLEDGE_DIR": str(knowledge),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": f"http://127.0.0.1:{free_port()}/bot",
            "BOT_DATA_DIR": str(tmp_path / "data"),
        }
        result = fieldbot(command, env=env, preexec_fn=_without_root_file_powers())
    finally:
        knowledge.chmod(0o755)
    assert_one_error_line(result, 1)
    # In Dutch, as every knowledge problem by default; the reason is the system's own words.
    assert f"{knowledge}:0: de kennismap kan niet gelezen worden (Permission denied)" in (
        result.stderr
    )


# -- BOT_ADMIN_IDS (minor) -------------------------------------------------------------------


def test_only_positive_admin_ids_are_staff() -> None:
    config = load_config({"BOT_ADMIN_IDS": "424242, -1001234567890, 0"})
    assert config.admin_ids == frozenset({424242})
    assert config.ignored_admin_ids == 2


async def test_a_group_id_in_bot_admin_ids_is_warned_about_at_start(
    api: BotAPIServer, tmp_path: Path
) -> None:
    bot = BotProcess(
        api,
        write_knowledge(tmp_path / "knowledge"),
        tmp_path / "data",
        env={"BOT_ADMIN_IDS": "424242,-1001234567890"},
    ).start()
    try:
        await bot.ready()
    finally:
        assert await bot.stop() == 0
    warnings = [line for line in bot.log.splitlines() if "event=config_warning" in line]
    assert len(warnings) == 1 and "setting=BOT_ADMIN_IDS ignored=1" in warnings[0]
    assert "1001234567890" not in bot.log
