"""Hub staff keep the knowledge from Telegram, end to end: the real bot as a subprocess on the
loopback Bot API, real knowledge files in tmp_path. An admin exports the files, uploads a
broken one (gets the file:line messages, nothing changes), uploads a fixed one (installed,
reloaded, the new question answered), taps "voeg toe aan …" under an unanswered group (the
phrasing is in the file with its comments, and now answered), and /undo puts every byte back.
Anyone else's document changes nothing; bad names and too-big files are refused.

One bot serves the module; the tests run in order, each building on the one before.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from support.botapi import Sent, user
from support.knowledge import STAFF_FILE
from support.process import BotHarness, Users, running_bot

from bot import texts

pytestmark = pytest.mark.asyncio(loop_scope="module")

ADMIN_ID = 424_243_301
ADMIN = user(ADMIN_ID, "nl", "Beheerder")
users = Users(987_654_322_001)

STAFF = STAFF_FILE
AGENDA_ENTRY = """\
  # Added from Telegram.
  - id: programme.agenda
    questions:
      nl: ["Wanneer is het volgende Smart Industry jaarevent?"]
    answer:
      nl: "Het Smart Industry jaarevent is elk voorjaar."
    source: "Smart Industry, agenda"
"""
AGENDA_QUESTION = "Wanneer is het volgende Smart Industry jaarevent?"
UNANSWERED = ("openingstijden kantoor", "openingstijden van het kantoor")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("files")
    # One admin does the whole session here: more than the default 20 messages a minute.
    env = {"BOT_ADMIN_IDS": str(ADMIN_ID), "BOT_RATE_LIMIT": "1000"}
    async with running_bot(
        root, env=env, admins=(ADMIN,), extra_knowledge={"staff.yaml": STAFF}
    ) as harness:
        yield harness


def knowledge_bytes(tg: BotHarness) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(tg.knowledge.iterdir())}


def history(tg: BotHarness) -> list[dict[str, object]]:
    path = tg.data / "history" / "changes.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


async def test_an_admin_exports_every_knowledge_file_as_a_document(tg: BotHarness) -> None:
    since = len(tg.api.calls)
    (intro,) = await tg.api.ask("/export", user=ADMIN)
    assert intro.text.startswith("De kennis: ")
    expected = knowledge_bytes(tg)
    await tg.api.wait_until(lambda: len(tg.api.documents(ADMIN_ID, since)) == len(expected))
    sent = {d.file_name: d.content for d in tg.api.documents(ADMIN_ID, since)}
    assert sent == expected
    since = len(tg.api.calls)
    await tg.api.ask("/export staff.yaml", user=ADMIN)
    await tg.api.wait_until(lambda: tg.api.documents(ADMIN_ID, since))
    assert [d.file_name for d in tg.api.documents(ADMIN_ID, since)] == ["staff.yaml"]


async def test_a_broken_upload_gets_file_and_line_messages_and_changes_nothing(
    tg: BotHarness,
) -> None:
    before = knowledge_bytes(tg)
    broken = STAFF + AGENDA_ENTRY.replace('voorjaar."', "voorjaar.")
    replies = await tg.api.send_file(broken.encode(), "staff.yaml", user=ADMIN)
    text = replies[0].text
    assert text.startswith("‘staff.yaml’ is niet geïnstalleerd (")
    assert "staff.yaml:19: regel 19: hier begint een tekst met een aanhalingsteken" in text
    assert tg.api.downloads  # fetched with getFile from /file/bot<TOKEN>/…
    assert knowledge_bytes(tg) == before and history(tg) == []
    (answer,) = await tg.api.ask(AGENDA_QUESTION, user=users.new())
    assert "voorjaar" not in answer.text


async def test_a_fixed_upload_is_installed_reloaded_and_answered(tg: BotHarness) -> None:
    fixed = STAFF + AGENDA_ENTRY
    replies = await tg.api.send_file(fixed.encode(), "staff.yaml", user=ADMIN)
    text = replies[0].text
    assert text.startswith("✅ ‘staff.yaml’ is geïnstalleerd en de kennis is opnieuw geladen.")
    assert "Wat er veranderde: nieuw: programme.agenda." in text
    assert "/undo" in text
    assert (tg.knowledge / "staff.yaml").read_text(encoding="utf-8") == fixed
    (answer,) = await tg.api.ask(AGENDA_QUESTION, user=users.new())
    assert "Het Smart Industry jaarevent is elk voorjaar." in answer.text
    (change,) = history(tg)
    assert change["action"] == "upload" and change["file"] == "staff.yaml"
    assert str(change["who"]).startswith("staff-") and str(ADMIN_ID) not in json.dumps(change)


async def unanswered_group(tg: BotHarness) -> Sent:
    """/unanswered, and the message of the office-hours group with its buttons."""
    since = len(tg.api.calls)
    tg.api.push_message("/unanswered", user=ADMIN)

    def found() -> Sent | None:
        sent = tg.api.sent(ADMIN_ID, since)
        return next((s for s in sent if s.reply_markup and "openingstijden" in s.text), None)

    group: Sent = await tg.api.wait_until(found)
    await tg.api.settle()  # every group's message is in
    return group


async def test_unanswered_adds_a_group_to_the_nearest_entry_in_two_taps(tg: BotHarness) -> None:
    for question in UNANSWERED:
        (miss,) = await tg.api.ask(question, user=users.new())
        assert "Het Hub-kantoor" not in miss.text
    group = await unanswered_group(tg)
    add = group.button("voeg toe aan Wanneer is het Hub-kantoor open?")
    ignore = group.button("negeer")
    for data in (add["callback_data"], ignore["callback_data"]):
        assert len(data.encode()) <= 64 and "openingstijden" not in data

    since = len(tg.api.calls)
    answered = await tg.api.tap(group, add["callback_data"], user=ADMIN)
    assert answered["text"] == "Gedaan"
    (confirm,) = await tg.api.replies(ADMIN_ID, since)
    # The second phrasing has the same words as the first: it would add nothing.
    assert confirm.text.startswith("✅ 1 vraag toegevoegd aan office.hours in ‘staff.yaml’")
    assert "vragen erbij: office.hours (+1)" in confirm.text
    assert tg.api.current(group).reply_markup is None  # no second tap on the same buttons

    text = (tg.knowledge / "staff.yaml").read_text(encoding="utf-8")
    for line in STAFF.splitlines() + AGENDA_ENTRY.splitlines():
        assert line in text  # every comment and line still there
    assert '        - "openingstijden van het kantoor"\n' in text  # the latest first
    (answer,) = await tg.api.ask("openingstijden kantoor", user=users.new())
    assert "Het Hub-kantoor is op werkdagen open van 9 tot 17 uur." in answer.text


async def test_history_lists_who_and_when_without_a_telegram_id(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/history", user=ADMIN)
    lines = [line for line in reply.text.splitlines() if line]
    assert lines[0] == "Laatste wijzigingen vanuit Telegram (nieuwste eerst):"
    label = history(tg)[0]["who"]
    assert lines[1].startswith("2. ") and lines[1].endswith(
        f"UTC – {label} – vragen toegevoegd aan office.hours in staff.yaml"
    )
    assert lines[2].endswith(f"– {label} – staff.yaml geüpload")
    assert str(ADMIN_ID) not in reply.text and "Beheerder" not in reply.text


async def test_undo_restores_the_file_byte_for_byte(tg: BotHarness) -> None:
    (first,) = await tg.api.ask("/undo", user=ADMIN)
    assert first.text.startswith("↩️ ‘staff.yaml’ is teruggezet")
    assert "vragen eraf: office.hours (−1)" in first.text
    assert (tg.knowledge / "staff.yaml").read_text(encoding="utf-8") == STAFF + AGENDA_ENTRY
    (second,) = await tg.api.ask("/undo", user=ADMIN)
    assert "weg: programme.agenda" in second.text
    assert (tg.knowledge / "staff.yaml").read_bytes() == STAFF.encode()
    (answer,) = await tg.api.ask(AGENDA_QUESTION, user=users.new())
    assert "voorjaar" not in answer.text
    (nothing,) = await tg.api.ask("/undo", user=ADMIN)
    assert nothing.text == texts.text("undo_nothing", "nl")
    (listed,) = await tg.api.ask("/history", user=ADMIN)
    assert listed.text.count("(teruggedraaid)") == 2


async def test_negeer_keeps_a_group_out_of_later_reports(tg: BotHarness) -> None:
    for question in UNANSWERED:
        await tg.api.ask(question, user=users.new())
    group = await unanswered_group(tg)
    since = len(tg.api.calls)
    await tg.api.tap(group, group.button("negeer")["callback_data"], user=ADMIN)
    (confirm,) = await tg.api.replies(ADMIN_ID, since)
    assert confirm.text.startswith("🙈 Genegeerd")
    overview = (await tg.api.ask("/unanswered", user=ADMIN))[0]
    await tg.api.settle()
    assert "openingstijden" not in overview.text
    assert not any("openingstijden" in s.text for s in tg.api.sent(ADMIN_ID, since))


async def test_a_non_admin_document_gets_the_normal_answer_and_nothing_is_stored(
    tg: BotHarness,
) -> None:
    person = users.new()
    before, changes = knowledge_bytes(tg), history(tg)
    downloads = list(tg.api.downloads)
    (reply,) = await tg.api.send_file((STAFF + AGENDA_ENTRY).encode(), "staff.yaml", user=person)
    assert reply.text == texts.text("document", "nl")
    assert knowledge_bytes(tg) == before and history(tg) == changes
    assert tg.api.downloads == downloads  # not even fetched
    forged = await tg.api.tap(reply, "u:nl:0123456789:a:0", user=person)
    assert forged["text"] == texts.text("stale_button", "nl")
    for command in ("/export", "/undo", "/history"):
        (unknown,) = await tg.api.ask(command, user=person)
        assert unknown.text == texts.text("unknown_command", "nl")


@pytest.mark.parametrize("name", ["../x.yaml", "a.txt", "sub/x.yaml"])
async def test_bad_file_names_are_refused(tg: BotHarness, name: str) -> None:
    before = knowledge_bytes(tg)
    (reply,) = await tg.api.send_file(STAFF.encode(), name, user=ADMIN)
    assert reply.text.startswith(f"‘{name}’ installeer ik niet")
    assert knowledge_bytes(tg) == before
    assert not (tg.knowledge.parent / "x.yaml").exists()


async def test_too_big_files_are_refused_before_and_after_downloading(tg: BotHarness) -> None:
    before = knowledge_bytes(tg)
    downloads = len(tg.api.downloads)
    (claimed,) = await tg.api.send_file(b"entries: []\n", "big.yaml", user=ADMIN, file_size=2**21)
    assert claimed.text.startswith("Het bestand is 2,097,152 bytes; de grens is 1,048,576")
    assert len(tg.api.downloads) == downloads
    big = STAFF.encode() + b"#" * (1024 * 1024) + b"\n"
    (real,) = await tg.api.send_file(big, "big.yaml", user=ADMIN, file_size=100)
    assert real.text.startswith("Het bestand is ")
    assert knowledge_bytes(tg) == before


async def test_an_english_speaking_admin_gets_the_problems_in_english(tg: BotHarness) -> None:
    await tg.api.ask("/lang en", user=ADMIN)
    broken = STAFF + AGENDA_ENTRY.replace('voorjaar."', "voorjaar.")
    text = (await tg.api.send_file(broken.encode(), "staff.yaml", user=ADMIN))[0].text
    assert text.startswith("‘staff.yaml’ was not installed (")
    assert "staff.yaml:19: line 19: a text starts here with a quote" in text
    (nothing,) = await tg.api.ask("/undo", user=ADMIN)
    assert nothing.text == "There is no change from Telegram to revert."
