"""The question log, feedback and preferences in SQLite: the only package that imports
aiosqlite. `store` holds the Storage, `schema` the tables and migrations, `rows` what
queries return; pseudonymous keys come from bot.pseudonyms."""

from bot.pseudonyms import load_or_create_secret, user_key
from bot.storage.rows import (
    FeedbackRow,
    Preferences,
    QuestionRow,
    StorageUnavailable,
    phrasing_key,
)
from bot.storage.schema import MIGRATIONS, SCHEMA_VERSION
from bot.storage.store import Storage, StorageSettings

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FeedbackRow",
    "Preferences",
    "QuestionRow",
    "Storage",
    "StorageSettings",
    "StorageUnavailable",
    "load_or_create_secret",
    "phrasing_key",
    "user_key",
]
