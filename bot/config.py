"""Settings read once from the environment (see the table in README.md)."""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_API_URL = "https://api.telegram.org/bot"
LANGUAGES = ("nl", "en")
# What Telegram's setWebhook accepts as secret_token; anything else is a 400 at every start.
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(ValueError):
    """An environment variable holds a value we cannot use."""


class WebhookSettingError(ConfigError):
    """A webhook setting Telegram would refuse: the start stops with exit 1 (the deployment
    is wrong, as with a rejected token), where other bad settings are usage errors (2)."""


@dataclass(frozen=True)
class Config:
    """Everything the bot needs to know about its surroundings."""

    knowledge_dir: Path = Path("knowledge")
    data_dir: Path = Path("data")
    token: str | None = None
    api_url: str = DEFAULT_API_URL
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    ignored_admin_ids: int = 0  # non-positive ids in BOT_ADMIN_IDS (groups, channels): left out
    default_lang: str = "nl"
    retention_days: int = 180
    webhook_url: str | None = None
    webhook_port: int = 8443
    webhook_listen: str = "127.0.0.1"  # the reverse proxy in front reaches us here
    webhook_secret: str | None = None
    secret: str | None = None
    rate_limit_per_minute: int = 20
    group_messages_per_minute: int = 20  # what the bot sends one group (Telegram's limit)
    health_seconds: float = 60.0  # between `event=health` lines; 0: only at shutdown
    context_minutes: float = 30.0  # how long a conversation's context lasts
    notice_seconds: float = 10.0  # how long broken knowledge stays broken before admins hear

    @property
    def database_path(self) -> Path:
        return self.data_dir / "fieldbot.sqlite3"

    @property
    def file_url(self) -> str:
        """Where the Bot API serves files (PTB's base_file_url): TELEGRAM_API_URL with its
        final `/bot` replaced by `/file/bot`, so a local Bot API serves its own files."""
        head, found, tail = self.api_url.rpartition("/bot")
        return f"{head}/file/bot{tail}" if found else self.api_url.rstrip("/") + "/file/bot"


def _int(
    env: Mapping[str, str], name: str, default: int, minimum: int = 0, maximum: int | None = None
) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"{name} must be at most {maximum}, got {value}")
    return value


def _seconds(env: Mapping[str, str], name: str, default: float, unit: str = "seconds") -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not math.isfinite(value) or value < 0:
        raise ConfigError(f"{name} must be 0 or more {unit}, got {raw!r}")
    return value


def _admin_ids(raw: str) -> tuple[frozenset[int], int]:
    """The positive ids (Telegram users) and how many others were left out: a group or
    channel id (negative) must never get the staff menu or reload notices."""
    ids: set[int] = set()
    ignored = 0
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            number = int(part)
        except ValueError:
            raise ConfigError(
                "BOT_ADMIN_IDS must be comma-separated numeric Telegram user ids "
                "(send /whoami to the bot to learn yours)"
            ) from None
        if number > 0:
            ids.add(number)
        else:
            ignored += 1
    return frozenset(ids), ignored


def _webhook_url(env: Mapping[str, str]) -> str | None:
    url = (env.get("BOT_WEBHOOK_URL") or "").strip()
    if not url:
        return None
    # Telegram accepts only https; an http:// URL would be refused at every start.
    if not url.lower().startswith("https://") or len(url) <= len("https://"):
        raise ConfigError("BOT_WEBHOOK_URL must start with https:// (Telegram refuses others)")
    return url


def _webhook_secret(env: Mapping[str, str]) -> str | None:
    secret = (env.get("BOT_WEBHOOK_SECRET") or "").strip()
    if not secret:
        return None
    if not WEBHOOK_SECRET.fullmatch(secret):
        # The value itself is not echoed: it is a secret.
        raise ConfigError(
            "BOT_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, "
            f"1 to 256 characters (got {len(secret)} characters)"
        )
    return secret


def _listen(env: Mapping[str, str]) -> str:
    raw = (env.get("BOT_WEBHOOK_LISTEN") or "").strip()
    if not raw:
        return "127.0.0.1"
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        raise ConfigError(
            f"BOT_WEBHOOK_LISTEN must be an IP address such as 127.0.0.1 or 0.0.0.0, got {raw!r}"
        ) from None


def load_config(env: Mapping[str, str] | None = None) -> Config:
    """Read the configuration from `env` (default: the process environment)."""
    env = os.environ if env is None else env
    lang = env.get("BOT_DEFAULT_LANG", "nl").strip().lower() or "nl"
    if lang not in LANGUAGES:
        raise ConfigError(f"BOT_DEFAULT_LANG must be nl or en, got {lang!r}")
    admin_ids, ignored_admin_ids = _admin_ids(env.get("BOT_ADMIN_IDS", ""))
    try:
        webhook_url, webhook_secret = _webhook_url(env), _webhook_secret(env)
        webhook_port = _int(env, "BOT_WEBHOOK_PORT", 8443, minimum=1, maximum=65535)
        webhook_listen = _listen(env)
    except ConfigError as exc:
        raise WebhookSettingError(str(exc)) from None
    return Config(
        knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or "knowledge"),
        data_dir=Path(env.get("BOT_DATA_DIR") or "data"),
        token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
        api_url=env.get("TELEGRAM_API_URL") or DEFAULT_API_URL,
        admin_ids=admin_ids,
        ignored_admin_ids=ignored_admin_ids,
        default_lang=lang,
        retention_days=_int(env, "BOT_RETENTION_DAYS", 180, minimum=1),
        webhook_url=webhook_url,
        webhook_port=webhook_port,
        webhook_listen=webhook_listen,
        webhook_secret=webhook_secret,
        secret=(env.get("BOT_SECRET") or "").strip() or None,
        rate_limit_per_minute=_int(env, "BOT_RATE_LIMIT", 20, minimum=1),
        group_messages_per_minute=_int(env, "BOT_GROUP_MESSAGES_PER_MINUTE", 20, minimum=1),
        health_seconds=_seconds(env, "BOT_HEALTH_SECONDS", 60.0),
        context_minutes=_seconds(env, "BOT_CONTEXT_MINUTES", 30.0, "minutes"),
        notice_seconds=_seconds(env, "BOT_NOTICE_SECONDS", 10.0),
    )
