"""Memory and staff tools end to end: the real bot with a real SQLite file in tmp_path and a
tmp copy of the knowledge, on the loopback Bot API. Questions are logged under a pseudonym,
/forget leaves no row, /regio makes "I don't know" name the user's own Hub, admin commands are
for BOT_ADMIN_IDS only, and neither a broken knowledge file nor a read-only database costs a
reply.

One bot process serves the module; the tests that break things (the database, then the
knowledge) come last.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from support.botapi import Sent, group_chat, user
from support.knowledge import EXTRA_ENTRY
from support.process import (
    BotHarness,
    CannotMakeReadOnly,
    Users,
    eventually,
    read_only,
    running_bot,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

ADMIN_ID = 424_243_101
ADMIN = user(ADMIN_ID, "nl", "Beheerder")
# Long, distinctive ids: their digits turning up in the database file by chance is negligible.
users = Users(987_654_321_001)
new_user = users.new
UNKNOWN_COMMAND = "Dat commando ken ik niet. Kijk bij /help wat ik kan, of stel gewoon uw vraag."


def question_rows(tg: BotHarness, person: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What the log holds about `person`'s questions, oldest first."""
    return tg.rows(
        "SELECT text, chat_kind, channel, lang, entry, confident, id FROM questions "
        "WHERE user_key = ? ORDER BY ts",
        tg.key(person),
    )


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("staff")
    env = {"BOT_ADMIN_IDS": f"{ADMIN_ID}, 5"}
    # The admin started a chat with the bot before.
    async with running_bot(root, env=env, admins=(ADMIN,)) as harness:
        yield harness


# -- the question log --------------------------------------------------------------------


async def test_questions_are_logged_under_a_pseudonym_never_the_raw_id(tg: BotHarness) -> None:
    person = new_user(name="Hendrika")
    (answer,) = await tg.api.ask("hoeveel banen?", user=person)
    assert "430" in answer.text
    (fallback,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "regionale Smart Industry Hub" in fallback.text

    rows = await eventually(
        lambda: len(question_rows(tg, person)) == 2 and question_rows(tg, person)
    )
    assert [r[:6] for r in rows] == [
        ("hoeveel banen?", "private", "telegram", "nl", "results.jobs", 1),
        ("hoeveel banen zijn er in de zorg?", "private", "telegram", "nl", "results.jobs", 0),
    ]
    content = tg.database_bytes()
    assert str(person["id"]).encode() not in content
    assert b"Hendrika" not in content
    assert str(person["id"]) not in tg.bot.log


async def test_a_vote_refers_to_the_logged_question(tg: BotHarness) -> None:
    person = new_user()
    (answer,) = await tg.api.ask("Hoeveel bedrijven zijn betrokken bij de Fieldlabs?", user=person)
    data = answer.button("👎")["callback_data"]
    ticket = data.rsplit(":", 1)[1]
    await tg.api.tap(answer, data, user=person)
    votes = await eventually(
        lambda: tg.rows(
            "SELECT question_id, entry, vote FROM feedback WHERE user_key = ?", tg.key(person)
        )
    )
    assert votes == [(ticket, "results.companies", -1)]
    assert [r[6] for r in question_rows(tg, person)] == [ticket]


async def test_group_and_inline_questions_are_logged_with_their_chat_and_channel(
    tg: BotHarness,
) -> None:
    person = new_user()
    chat = group_chat(-100_900)
    await tg.api.ask("@fieldbot_test_bot hoeveel banen?", user=person, chat=chat)
    # An inline query arrives per keystroke: only where the user stopped typing is logged.
    await tg.api.inline("hoeveel ba", user=person)
    await tg.api.inline("hoeveel banen", user=person)
    rows = await eventually(
        lambda: len(question_rows(tg, person)) >= 2 and question_rows(tg, person)
    )
    await asyncio.sleep(0.5)
    rows = question_rows(tg, person)
    assert [r[:3] for r in rows] == [
        ("hoeveel banen?", "supergroup", "telegram"),
        ("hoeveel banen", "private", "inline"),
    ]


# -- preferences: /regio and /lang -----------------------------------------------------------


async def test_regio_overijssel_makes_the_fallback_name_boost(tg: BotHarness) -> None:
    person = new_user()
    (before,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "BOOST" not in before.text
    (set_region,) = await tg.api.ask("/regio Overijssel", user=person)
    assert set_region.text.startswith(
        "Uw regio is nu Overijssel. Uw regionale Smart Industry Hub is BOOST "
        "(https://boostsmartindustry.nl)."
    )
    assert set_region.button("📍 Hub: BOOST")["callback_data"] == "d:nl:b:hub.oost"
    (fallback,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "BOOST" in fallback.text and "boostsmartindustry.nl" in fallback.text
    (status,) = await tg.api.ask("/regio", user=person)
    assert status.text.startswith("Uw regio is Overijssel. Uw regionale Smart Industry Hub is")
    assert "/regio wis" in status.text
    stored = await eventually(
        lambda: tg.rows("SELECT region FROM preferences WHERE user_key = ?", tg.key(person))
    )
    assert stored == [("Overijssel",)]


async def test_regio_with_a_town_names_its_province_and_hub(tg: BotHarness) -> None:
    person = new_user("en")
    (reply,) = await tg.api.ask("/region Delft", user=person)
    assert reply.text.startswith("Delft is in Zuid-Holland; your region is now Zuid-Holland.")
    assert "SMITZH (https://smitzh.nl)" in reply.text
    since = len(tg.api.calls)
    await tg.api.tap(reply, reply.button("SMITZH")["callback_data"], user=person)
    card = await tg.api.wait_until(lambda: tg.api.current(reply).text.startswith("SMITZH"))
    assert card and tg.api.sent(reply.chat_id, since) == []


async def test_regio_without_a_confirmed_hub_says_so_honestly(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/regio Noord-Holland", user=new_user())
    assert reply.text.startswith("Uw regio is nu Noord-Holland. Welke Smart Industry Hub")
    assert "staat niet in onze bronnen" in reply.text and "smartindustry.nl" in reply.text
    assert reply.reply_markup is None


async def test_regio_for_an_unknown_place_gives_a_hint(tg: BotHarness) -> None:
    person = new_user()
    (reply,) = await tg.api.ask("/regio Atlantis", user=person)
    assert reply.text.startswith("De plaats ‘Atlantis’ ken ik niet.")
    assert "/regio Overijssel" in reply.text
    (status,) = await tg.api.ask("/regio", user=person)
    assert status.text.startswith("U heeft nog geen regio ingesteld.")


async def test_regio_wis_clears_the_region(tg: BotHarness) -> None:
    person = new_user()
    await tg.api.ask("/regio Gelderland", user=person)
    (cleared,) = await tg.api.ask("/regio wis", user=person)
    assert cleared.text == "Uw regio is gewist."
    (fallback,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "BOOST" not in fallback.text


async def test_language_choice_survives_in_the_database(tg: BotHarness) -> None:
    person = new_user("nl")
    await tg.api.ask("/lang en", user=person)
    stored = await eventually(
        lambda: tg.rows("SELECT lang FROM preferences WHERE user_key = ?", tg.key(person))
    )
    assert stored == [("en",)]


# -- /forget and /privacy ---------------------------------------------------------------


async def test_forget_deletes_every_row_of_that_user_and_no_one_else(tg: BotHarness) -> None:
    person, other = new_user(), new_user()
    (answer,) = await tg.api.ask("hoeveel banen?", user=person)
    await tg.api.ask("wat wordt het weer morgen", user=person)
    await tg.api.tap(answer, answer.button("👍")["callback_data"], user=person)
    await tg.api.ask("/regio Overijssel", user=person)
    await tg.api.ask("hoeveel banen?", user=other)
    key = tg.key(person)

    def count(table: str, who: str) -> int:
        return int(tg.rows(f"SELECT count(*) FROM {table} WHERE user_key = ?", who)[0][0])

    await eventually(
        lambda: (
            (count("questions", key), count("feedback", key), count("preferences", key))
            == (2, 1, 1)
        )
    )
    (reply,) = await tg.api.ask("/forget", user=person)
    assert reply.text.startswith("Gedaan: alles wat ik over u had opgeslagen is gewist")
    assert "4 in totaal" in reply.text
    for table in ("questions", "feedback", "preferences"):
        assert count(table, key) == 0, table
    assert count("questions", tg.key(other)) == 1
    (fallback,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
    assert "BOOST" not in fallback.text  # the region went too
    assert b"hoeveel banen?" in tg.database_bytes()  # the other user's question stays


async def test_privacy_names_the_retention_period(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/privacy", user=new_user())
    assert "na 180 dagen automatisch gewist" in reply.text
    assert "/forget" in reply.text


# -- staff commands ----------------------------------------------------------------------


async def test_staff_commands_look_unknown_to_everyone_else(tg: BotHarness) -> None:
    person = new_user()
    (unknown,) = await tg.api.ask("/weer", user=person)
    assert unknown.text == UNKNOWN_COMMAND
    for command in ("/stats", "/unanswered", "/reload", "/unanswered 30"):
        (reply,) = await tg.api.ask(command, user=person)
        assert reply.text == unknown.text, command
        assert reply.reply_markup is None
    (helped,) = await tg.api.ask("/help", user=person)
    assert "/stats" not in helped.text


async def test_staff_commands_stay_silent_in_groups_even_for_an_admin(tg: BotHarness) -> None:
    chat = group_chat(-100_901)
    since = len(tg.api.calls)
    tg.api.push_message("/stats", user=ADMIN, chat=chat)
    (start,) = await tg.api.ask("/start", user=ADMIN, chat=chat)
    await tg.api.settle()
    assert tg.api.sent(chat["id"], since) == [start]


async def test_the_admin_menu_is_registered_for_the_admin_chat_only(tg: BotHarness) -> None:
    names = [c["command"] for c in tg.api.chat_commands[(ADMIN_ID, "")]]
    staff = ["stats", "unanswered", "reload", "export", "history", "undo"]
    assert names[-6:] == staff and "regio" in names
    english = [c["command"] for c in tg.api.chat_commands[(ADMIN_ID, "en")]]
    assert "region" in english and "stats" in english
    assert "stats" not in [c["command"] for c in tg.api.commands[""]]
    assert "event=admin_commands_failed" in tg.bot.log  # the second admin, 5, has no chat
    (helped,) = await tg.api.ask("/help", user=ADMIN)
    assert "/stats" in helped.text and "/reload" in helped.text


async def test_stats_shows_counts_answered_share_and_top_entries(tg: BotHarness) -> None:
    await tg.api.ask("hoeveel banen?", user=new_user())
    (reply,) = await tg.api.ask("/stats", user=ADMIN)
    text = reply.text
    assert text.startswith("📊 Fieldbot in cijfers\n\nVandaag: ")
    today = re.search(r"Vandaag: (\d+) vragen, (\d+)% beantwoord", text)
    week = re.search(r"Afgelopen 7 dagen: (\d+) vragen, (\d+)% beantwoord", text)
    assert today and week and int(today[1]) >= 10 and int(week[1]) >= int(today[1])
    assert "Meest gevraagd (7 dagen):\n• results.jobs – " in text
    assert "“hoeveel banen zijn er in de zorg?”" in text.split("Meest gemist")[1]


async def test_unanswered_shows_clusters_with_an_example_and_the_nearest_entry(
    tg: BotHarness,
) -> None:
    for question in ("kan ik subsidie krijgen voor een robot", "subsidie voor robots"):
        await tg.api.ask(question, user=new_user())
    # The overview first; then the biggest groups, each with its buttons (test_telegram_files).
    text = (await tg.api.ask("/unanswered", user=ADMIN))[0].text
    await tg.api.settle()
    assert text.startswith("Onbeantwoorde en twijfelachtige vragen, afgelopen 7 dagen")
    assert "1. “" in text and "dichtstbij: " in text
    assert re.search(r"\n\d+× gevraagd: \d+ onbeantwoord", text)
    assert text.rstrip().endswith("fieldbot report --since 7 --format html")
    (usage,) = await tg.api.ask("/unanswered veel", user=ADMIN)
    assert usage.text.startswith("Gebruik /unanswered")
    month = (await tg.api.ask("/unanswered 30", user=ADMIN))[0]
    assert "afgelopen 30 dagen" in month.text
    await tg.api.settle()


# -- faults: a read-only database, then a broken knowledge file ----------------------------


async def test_database_made_read_only_mid_run_still_answers(tg: BotHarness) -> None:
    person, leaver = new_user(), new_user()
    await tg.api.ask("hoeveel banen?", user=person)
    await eventually(lambda: len(question_rows(tg, person)) == 1)
    try:
        with read_only(tg.db, tg.data):
            (answer,) = await tg.api.ask("Wat is een Fieldlab?", user=person)
            assert "praktijkomgeving" in answer.text
            (fallback,) = await tg.api.ask("hoeveel banen zijn er in de zorg?", user=person)
            assert "regionale Smart Industry Hub" in fallback.text
            (forget,) = await tg.api.ask("/forget", user=leaver)
            assert forget.text.startswith("Het lukt nu niet om uw gegevens volledig te wissen")
            (stats,) = await tg.api.ask("/stats", user=ADMIN)
            assert stats.text.startswith("De database is nu niet bereikbaar")
            assert len(question_rows(tg, person)) == 1
    except CannotMakeReadOnly:
        pytest.skip("running as root without the immutable flag: cannot make a file read-only")
    assert "storage_unavailable reason=read_only" in tg.bot.log
    # Writing resumes by itself once the fault clears; nothing asked meanwhile was lost.
    rows = await eventually(lambda: len(question_rows(tg, person)) == 3, within=40)
    assert rows
    (again,) = await tg.api.ask("/stats", user=ADMIN)
    assert again.text.startswith("📊")


FIXED = EXTRA_ENTRY


def notices(tg: BotHarness, since: int, marker: str) -> list[Sent]:
    return [s for s in tg.api.sent(ADMIN_ID, since) if s.text.startswith(marker)]


async def test_a_broken_knowledge_file_is_reported_while_answers_continue(tg: BotHarness) -> None:
    broken = tg.knowledge / "broken.yaml"
    since = len(tg.api.calls)
    try:
        broken.write_text("entries:\n  - id: Bad Id\n", encoding="utf-8")
        # The file watcher's reload fails: the admin hears about it, with file and line.
        (notice,) = await tg.api.wait_until(lambda: notices(tg, since, "⚠️"), within=20)
        assert "broken.yaml:2:" in notice.text
        assert "vorige kennis" in notice.text

        (reply,) = await tg.api.ask("/reload", user=ADMIN)
        assert reply.text.startswith("Herladen mislukt (3 problemen); de vorige kennis blijft")
        assert f"{broken}:2: " in reply.text
        (answer,) = await tg.api.ask("hoeveel banen?", user=new_user())
        assert "430" in answer.text  # the last good knowledge stays in service
        (unknown,) = await tg.api.ask("Hoeveel Fieldlabs zijn er in totaal?", user=new_user())
        assert "39" not in unknown.text

        broken.write_text(FIXED, encoding="utf-8")
        (fixed,) = await tg.api.wait_until(lambda: notices(tg, since, "✅"), within=20)
        assert "OK: " in fixed.text
        (ok,) = await tg.api.ask("/reload", user=ADMIN)
        assert re.match(r"OK: \d+ entries, languages nl, en, 4 hubs, 10 fieldlabs\n", ok.text)
        (known,) = await tg.api.ask("Hoeveel Fieldlabs zijn er in totaal?", user=new_user())
        assert "39 Fieldlabs" in known.text
        await tg.api.settle()
        assert len(notices(tg, since, "⚠️")) == 1  # once per failed reload, not per admin ask
    finally:
        broken.unlink(missing_ok=True)
