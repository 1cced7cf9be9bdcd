"""What a follow-up needs from the Assistant (`Answerer`), and a message read as a follow-up
(`_Turn`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from bot.reply import Reply
from bot.understanding import Clause

if TYPE_CHECKING:
    from bot.context.state import Context
    from bot.directory import DirectoryIndex
    from bot.records import RecordIndex


class Answerer(Protocol):
    """What a follow-up needs from the Assistant: one question answered, one entry's answer,
    and the record and place look-ups of the same knowledge version."""

    records: RecordIndex
    directory: DirectoryIndex

    def clause(
        self, clause: Clause, lang: str, region: str | None, place: str | None = None
    ) -> Reply: ...

    def entry(self, entry_id: str, lang: str) -> Reply | None: ...

    def message(
        self, text: str, lang: str, context: Context | None, region: str | None
    ) -> Reply: ...

    def is_figure(self, entry_id: str) -> bool: ...

    def mentions(self, record: str, words: list[str], lang: str, share: float = 0.0) -> bool: ...

    def covers(
        self,
        entry_id: str,
        words: list[str],
        lang: str,
        *,
        empty: float = 0.0,
        known: bool = False,
    ) -> float: ...

    def people_named(self, entry_id: str) -> list[tuple[str, str]]: ...

    def person_contact(self, person: str, lang: str) -> str | None: ...

    def person_called(self, words: list[str]) -> str | None: ...

    def kinds(self, entry_id: str) -> frozenset[str]: ...

    def of_something_else(self, words: list[str], entry_id: str, lang: str) -> bool: ...

    def meaningful(self, words: list[str], lang: str) -> list[str]: ...

    def speaks_of(self, text: str, words: list[str], lang: str) -> float: ...

    def known(self, words: list[str]) -> list[str]: ...


class _Turn(NamedTuple):
    """A message read as a follow-up: what every reading of it needs."""

    answerer: Answerer
    clause: Clause
    words: list[str]
    context: Context
    lang: str
    region: str | None
