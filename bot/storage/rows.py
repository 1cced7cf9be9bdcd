"""What the Storage keeps and hands out: preferences, logged questions, votes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

_KEY_RE: Final = re.compile(r"[0-9a-f]{32}")


class StorageUnavailable(Exception):
    """The database cannot be used right now (only raised by admin and report queries)."""


@dataclass(frozen=True)
class Preferences:
    """What a user chose; None means 'not set' (detect the language, ask for the region)."""

    lang: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class QuestionRow:
    """One logged question with the bot's verdict."""

    id: str
    ts: float
    user_key: str
    chat_kind: str
    channel: str
    lang: str
    text: str
    entry: str | None
    score: float
    confident: bool

    @classmethod
    def from_row(cls, r: Sequence[Any]) -> QuestionRow:
        """From a row of `SELECT {QUESTION_COLUMNS}`."""
        return cls(
            id=str(r[0]),
            ts=float(r[1]),
            user_key=str(r[2]),
            chat_kind=str(r[3]),
            channel=str(r[4]),
            lang=str(r[5]),
            text=str(r[6]),
            entry=None if r[7] is None else str(r[7]),
            score=float(r[8]),
            confident=bool(r[9]),
        )


@dataclass(frozen=True)
class FeedbackRow:
    """One 👍/👎 with the question that got the answer (None once that question is purged)."""

    question_id: str
    user_key: str
    entry: str | None
    vote: int
    ts: float
    question: str | None
    score: float | None

    @classmethod
    def from_row(cls, r: Sequence[Any]) -> FeedbackRow:
        """From a row of feedback joined with its question (text, score)."""
        return cls(
            question_id=str(r[0]),
            user_key=str(r[1]),
            entry=None if r[2] is None else str(r[2]),
            vote=int(r[3]),
            ts=float(r[4]),
            question=None if r[5] is None else str(r[5]),
            score=None if r[6] is None else float(r[6]),
        )


def phrasing_key(text: str) -> str:
    """One phrasing whatever its case and spacing: how a hidden question is recognised."""
    return " ".join(text.split()).casefold()


def check_key(key: str) -> None:
    # A guard for privacy: only keys made by user_key() may reach the database.
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key):
        raise ValueError("user_key must come from Storage.user_key(), never a raw id")
