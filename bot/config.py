"""Settings read once from the environment (see the table in README.md)."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_API_URL = "https://api.telegram.org/bot"
LANGUAGES = ("nl", "en")


class ConfigError(ValueError):
    """An environment variable holds a value we cannot use."""


@dataclass(frozen=True)
class Config:
    """Everything the bot needs to know about its surroundings."""

    knowledge_dir: Path = Path("knowledge")
    data_dir: Path = Path("data")
    token: str | None = None
    api_url: str = DEFAULT_API_URL
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    default_lang: str = "nl"
    retention_days: int = 180
    webhook_url: str | None = None
    webhook_port: int = 8443
    webhook_secret: str | None = None
    secret: str | None = None
    rate_limit_per_minute: int = 20
    health_seconds: float = 60.0  # between `event=health` lines; 0: only at shutdown
    context_minutes: float = 30.0  # how long a conversation's context lasts

    @property
    def database_path(self) -> Path:
        return self.data_dir / "fieldbot.sqlite3"


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
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


def _admin_ids(raw: str) -> frozenset[int]:
    ids: set[int] = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(
                "BOT_ADMIN_IDS must be comma-separated numeric Telegram user ids "
                "(send /whoami to the bot to learn yours)"
            ) from None
    return frozenset(ids)


def load_config(env: Mapping[str, str] | None = None) -> Config:
    """Read the configuration from `env` (default: the process environment)."""
    env = os.environ if env is None else env
    lang = env.get("BOT_DEFAULT_LANG", "nl").strip().lower() or "nl"
    if lang not in LANGUAGES:
        raise ConfigError(f"BOT_DEFAULT_LANG must be nl or en, got {lang!r}")
    return Config(
        knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or "knowledge"),
        data_dir=Path(env.get("BOT_DATA_DIR") or "data"),
        token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
        api_url=env.get("TELEGRAM_API_URL") or DEFAULT_API_URL,
        admin_ids=_admin_ids(env.get("BOT_ADMIN_IDS", "")),
        default_lang=lang,
        retention_days=_int(env, "BOT_RETENTION_DAYS", 180, minimum=1),
        webhook_url=(env.get("BOT_WEBHOOK_URL") or "").strip() or None,
        webhook_port=_int(env, "BOT_WEBHOOK_PORT", 8443, minimum=1),
        webhook_secret=(env.get("BOT_WEBHOOK_SECRET") or "").strip() or None,
        secret=(env.get("BOT_SECRET") or "").strip() or None,
        rate_limit_per_minute=_int(env, "BOT_RATE_LIMIT", 20, minimum=1),
        health_seconds=_seconds(env, "BOT_HEALTH_SECONDS", 60.0),
        context_minutes=_seconds(env, "BOT_CONTEXT_MINUTES", 30.0, "minutes"),
    )
