"""The seams storage plugs into: a question log, a feedback sink and a preference store passed
to `build_application`, with the bot served in-process against the loopback Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from botapi import TOKEN, BotAPIServer, user, write_knowledge

from bot.assistant import Assistant, Reply
from bot.channels.telegram import MemoryPreferences, Pseudonyms, build_application, serve
from bot.config import Config
from bot.knowledge import load_knowledge

KEY = b"0123456789abcdef0123456789abcdef"


@dataclass
class QuestionBook:
    """A question log as storage keeps one: rows with a pseudonymous key, ids for feedback."""

    rows: list[tuple[str, str, str | None, bool, str]] = field(default_factory=list)

    async def record(self, user: str, question: str, reply: Reply, chat: str) -> str | None:
        self.rows.append((user, question, reply.entry, reply.confident, chat))
        return f"q{len(self.rows)}"


@dataclass
class VoteBook:
    votes: list[tuple[str, str, str, str, str | None]] = field(default_factory=list)

    async def record(
        self, user: str, entry: str, vote: str, lang: str, question_id: str | None
    ) -> None:
        self.votes.append((user, entry, vote, lang, question_id))


@dataclass
class Served:
    api: BotAPIServer
    questions: QuestionBook
    votes: VoteBook
    preferences: MemoryPreferences
    pseudonyms: Pseudonyms


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Served]:
    api = await BotAPIServer().start()
    config = Config(
        token=TOKEN,
        api_url=api.api_url,
        knowledge_dir=write_knowledge(tmp_path / "knowledge"),
        data_dir=tmp_path / "data",
    )
    world = Served(api, QuestionBook(), VoteBook(), MemoryPreferences(), Pseudonyms(KEY))
    app = build_application(
        config,
        Assistant(load_knowledge(config.knowledge_dir)),
        preferences=world.preferences,
        feedback=world.votes,
        questions=world.questions,
        pseudonyms=world.pseudonyms,
    )
    stop = asyncio.Event()
    running = asyncio.create_task(serve(app, config, stop))
    await api.wait_until(lambda: "getupdates" in api.arrivals or running.done())
    yield world
    stop.set()
    assert await asyncio.wait_for(running, 15) == 0
    await api.close()


async def test_questions_are_logged_under_a_pseudonym_and_votes_refer_to_them(
    served: Served,
) -> None:
    person = user(31337, "nl")
    (reply,) = await served.api.ask("hoeveel banen?", user=person)
    key = served.pseudonyms(31337)
    assert served.questions.rows == [(key, "hoeveel banen?", "results.jobs", True, "private")]
    assert reply.button("👍")["callback_data"] == "v:nl:u:results.jobs:q1"
    await served.api.tap(reply, "v:nl:u:results.jobs:q1", user=person)
    assert served.votes.votes == [(key, "results.jobs", "up", "nl", "q1")]


async def test_unanswered_questions_reach_the_log_too(served: Served) -> None:
    await served.api.ask("wat wordt het weer morgen", user=user(31338, "nl"))
    ((_, question, entry, confident, _),) = served.questions.rows
    assert (question, entry, confident) == ("wat wordt het weer morgen", None, False)


async def test_language_choice_goes_to_the_preference_store(served: Served) -> None:
    await served.api.ask("/lang en", user=user(31339, "nl"))
    assert await served.preferences.language(served.pseudonyms(31339)) == "en"
    await served.api.ask("/forget", user=user(31339, "nl"))
    assert await served.preferences.language(served.pseudonyms(31339)) is None


def test_pseudonyms_match_the_storage_key_format() -> None:
    key = Pseudonyms(KEY)(31337)
    assert len(key) == 32 and int(key, 16) >= 0
