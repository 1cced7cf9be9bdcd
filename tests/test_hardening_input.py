"""Chat input under attack, end to end: the real bot (`python -m bot run`) on the loopback Bot
API, which refuses what Telegram would refuse (invalid HTML, over-long texts, callback data
over 64 bytes) with a 400.

Over-long and invisible-character text, HTML and MarkdownV2 injection, SQL-looking questions,
forged and stale button data, a flood from one user, a hundred users at once, commands with
junk arguments and staff commands from strangers. The last test checks the whole run: no 400
from the API, no traceback, no raw user id in the log or the database, no token in the log,
and a flat task count in the `event=health` lines.

One bot process serves the module; every test talks as its own user (the rate limit is per
user). Tests that change the knowledge come last but one.
"""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from support.botapi import TOKEN, Sent, group_chat, user
from support.knowledge import knowledge_files, write_knowledge
from support.process import BotHarness, Users, eventually, running_bot
from support.telegram_html import parse_html

from bot import texts
from bot.text import shortened
from bot.texts import text as core_text

pytestmark = pytest.mark.asyncio(loop_scope="module")

ADMIN_ID = 731_904_265_999
ADMIN = user(ADMIN_ID, "nl", "Beheerder")
# Long, distinctive ids: their digits turning up in the log or the database by chance is
# negligible, so finding one there means it leaked.
users = Users(731_904_266_001)
new_user = users.new
FORMATTING = {"bold", "italic"}  # all the bot's own replies use; user text must add none


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("hardening-input")
    env = {"BOT_ADMIN_IDS": str(ADMIN_ID), "BOT_HEALTH_SECONDS": "1"}
    # The admin started a chat with the bot before.
    async with running_bot(root, env=env, admins=(ADMIN,)) as harness:
        yield harness


def only_formatting(sent: Sent) -> bool:
    return {e["type"] for e in sent.entities} <= FORMATTING


# -- text ------------------------------------------------------------------------------------


async def test_a_10000_character_message_is_answered_and_logged_cut_to_500(tg: BotHarness) -> None:
    person = new_user()
    words = random.Random(7).choices(["fieldlab", "banen", "bla", "€", "&", "<x>"], k=4000)
    question = ("hoeveel banen? " + " ".join(words))[:10_000]
    assert len(question) == 10_000
    (reply,) = await tg.api.ask(question, user=person)
    assert "lange tekst" in reply.text
    assert parse_html(reply.html)[0] == reply.text
    logged = await eventually(lambda: tg.questions_of(person))
    assert logged == [shortened(question)]  # what was answered, at most the question limit
    assert len(logged[0]) <= 500


@pytest.mark.parametrize(
    "question",
    [
        "hoe\u200bveel ba\u200dnen?",  # zero-width space and joiner inside words
        "\u202ehoeveel banen?\u202c",  # right-to-left override … pop
        "\u2067hoeveel\u2069 banen\u200f?",  # isolates and a right-to-left mark
        "\ufeffhoeveel banen?",  # a byte-order mark in front
        "hoeveel\x00 banen\x07?\x1b",  # NUL, bell, escape
    ],
    ids=["zero-width", "rtl-override", "bidi-isolates", "bom", "control"],
)
async def test_invisible_and_control_characters_do_not_hide_a_question(
    tg: BotHarness, question: str
) -> None:
    person = new_user()
    (reply,) = await tg.api.ask(question, user=person)
    assert "430" in reply.text
    assert await eventually(lambda: tg.questions_of(person)) == [question]  # stored verbatim


@pytest.mark.parametrize(
    "question", ["\u200b\u200b", "\x00", "\u202e\u202c", " \t\n ", "\x1b\x7f"]
)
async def test_a_message_of_only_invisible_characters_gets_the_ask_away_hint(
    tg: BotHarness, question: str
) -> None:
    (reply,) = await tg.api.ask(question, user=new_user())
    assert reply.text == core_text("empty", "nl")


async def test_an_unanswerable_question_is_quoted_back_without_bidi_or_control_characters(
    tg: BotHarness,
) -> None:
    (reply,) = await tg.api.ask("wat\u202e wordt\x07 het weer\u200b morgen", user=new_user())
    quote = reply.text.splitlines()[0]
    assert quote == "“wat wordt het weer morgen”"


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "</b>",
        "<b>vet",
        '<a href="tg://user?id=1">x</a>',
        "&amp; &lt; &#60; &",
        "*bold* _italic_ __underline__ ~strike~ ||spoiler||",
        "[x](tg://user?id=1)",
        "`code` ```pre```",
        "\\*escaped\\* \\[x\\]",
        "<tg-spoiler>geheim</tg-spoiler>",
    ],
)
async def test_html_and_markdown_in_a_question_are_shown_literally(
    tg: BotHarness, payload: str
) -> None:
    question = f"weerbericht {payload}"
    (reply,) = await tg.api.ask(question, user=new_user())
    assert reply.text.startswith(
        f"“{question}”"
    )  # the fallback quotes it, character for character
    assert only_formatting(reply)  # no link, no code, no spoiler made from user text
    assert parse_html(reply.html)[0] == reply.text


async def test_an_inline_query_with_markup_gets_valid_articles(tg: BotHarness) -> None:
    person = new_user()
    for query in ("<b>hoeveel</b> banen & *meer*", "\u202e" + "x" * 300, "</i>" * 60):
        articles = await tg.api.inline(query, user=person)
        assert articles  # the server parsed every article's HTML
        for article in articles:
            plain, entities = parse_html(article["input_message_content"]["message_text"])
            assert {e["type"] for e in entities} <= FORMATTING
            assert "\u202e" not in plain


async def test_a_mention_with_markup_in_a_group_is_answered_escaped(tg: BotHarness) -> None:
    chat = group_chat(-100_731_904_001)
    (reply,) = await tg.api.ask(
        "@fieldbot_test_bot <i>hoeveel</i> banen?</b>", user=new_user(), chat=chat
    )
    assert "430" in reply.text and only_formatting(reply)


@pytest.mark.parametrize(
    "question",
    [
        "'; DROP TABLE questions; --",
        "Robert'); DROP TABLE feedback;--",
        '" OR "1"="1',
        "1; DELETE FROM preferences WHERE 1=1",
        "%' UNION SELECT user_key, text FROM questions --",
        "'); ATTACH DATABASE '/tmp/x.db' AS x; --",
    ],
)
async def test_sql_looking_questions_are_stored_verbatim_and_the_tables_survive(
    tg: BotHarness, question: str
) -> None:
    person = new_user()
    (reply,) = await tg.api.ask(question, user=person)
    assert reply.text
    assert await eventually(lambda: tg.questions_of(person)) == [question]
    tables = {r[0] for r in tg.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"questions", "feedback", "preferences"} <= tables
    assert tg.rows("PRAGMA integrity_check") == [("ok",)]
    assert not attached_file_exists()


def attached_file_exists() -> bool:
    return Path("/tmp/x.db").exists()  # the file the ATTACH attack names


# -- buttons ---------------------------------------------------------------------------------


def forged_data() -> list[str]:
    rng = random.Random(20190318)
    data = [bytes(rng.randrange(256) for _ in range(40)).decode("latin-1") for _ in range(6)]
    data += [
        "",
        "\x00",
        "a:nl:" + "x" * 100,  # over 64 bytes: Telegram would refuse to make it
        "v:nl:u:results.jobs:" + "A" * 60,
        "d:nl:" + ":".join(["m"] * 40),
        "d:nl:p:zuid-holland:999999",
        "d:nl:f:#zzzzzzzzzzzz",
        "a:nl:#0123456789abcdef0123",
        "q:nl:-1",
        "q:nl:007",
        "l:xx",
        "l:nl:en",
        "x:nl:stats",
        "a:nl:results.jobs:extra",
        "a:nl:RESULTS.JOBS",
        "a:nl:results.jobs\n",
        "a:nl:results.jobs\u200b",
        "ä:nl:results.jobs",
        "💥" * 16,
    ]
    return data


async def test_random_and_oversized_button_data_gets_a_short_notice(tg: BotHarness) -> None:
    person = new_user()
    (reply,) = await tg.api.ask("hoeveel banen?", user=person)
    notices = {texts.text(k, "nl") for k in ("stale_button", "gone", "browse_gone")}
    for data in forged_data():
        since = len(tg.api.calls)
        answer = await tg.api.tap(reply, data, user=person)
        assert answer.get("text") in notices, repr(data)
        await tg.api.settle(quiet=0.1)
        assert tg.api.sent(person["id"], since) == [], repr(data)
        assert tg.api.calls_to("editMessageText", since) == [], repr(data)
        assert tg.api.calls_to("editMessageReplyMarkup", since) == [], repr(data)


async def test_a_vote_forged_with_another_users_question_id_changes_only_the_voters_own_vote(
    tg: BotHarness,
) -> None:
    asker, other = new_user(), new_user()
    (answer,) = await tg.api.ask("hoeveel banen?", user=asker)
    up = answer.button("v:nl:u:")["callback_data"]
    ticket = up.rsplit(":", 1)[1]
    await tg.api.tap(answer, up, user=asker)
    (own,) = await tg.api.ask("Wat is een Fieldlab?", user=other)
    # The other user taps a button of their own message, carrying the asker's question id.
    forged = f"v:nl:d:results.jobs:{ticket}"
    assert (await tg.api.tap(own, forged, user=other))["text"] == texts.text(
        "feedback_thanks", "nl"
    )

    def votes() -> dict[str, int]:
        found = tg.rows("SELECT user_key, vote FROM feedback WHERE question_id = ?", ticket)
        return {str(k): int(v) for k, v in found}

    found = await eventually(lambda: len(votes()) == 2 and votes())
    assert found == {tg.key(asker): 1, tg.key(other): -1}  # the asker's own 👍 stands
    # The asker's message is untouched by the other user's tap.
    assert tg.api.current(answer).button("Bedankt voor uw feedback")


STAFF_LOOKING_DATA = (
    "reload",
    "stats",
    "/reload",
    "/stats",
    "admin:reload",
    "r:nl",
    "s:nl",
    "u:nl:30",
    "d:nl:reload",
    "l:nl:reload",
    "h:nl:stats",
    "a:nl:reload",
    "a:nl:stats",
)


async def test_button_data_cannot_run_a_staff_command(tg: BotHarness) -> None:
    # Not even the admin's own taps: staff commands are commands, never buttons.
    notices = {texts.text(k, "nl") for k in ("stale_button", "gone")}
    for person in (new_user(), ADMIN):
        (reply,) = await tg.api.ask("hoeveel banen?", user=person)
        for data in STAFF_LOOKING_DATA:
            reloads = len(tg.log_lines("event=reload "))
            staff = len(tg.log_lines("event=command name=stats")) + len(
                tg.log_lines("event=command name=unanswered")
            )
            since = len(tg.api.calls)
            answer = await tg.api.tap(reply, data, user=person)
            assert answer.get("text") in notices, data
            await tg.api.settle(quiet=0.1)
            assert tg.api.sent(person["id"], since) == [], data
            assert len(tg.log_lines("event=reload ")) == reloads
            assert (
                len(tg.log_lines("event=command name=stats"))
                + len(tg.log_lines("event=command name=unanswered"))
                == staff
            )


# -- commands --------------------------------------------------------------------------------


UNKNOWN = texts.text("unknown_command", "nl")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/lang xx", texts.text("lang_choose", "nl")),
        ("/lang " + "nl" * 300, texts.text("lang_choose", "nl")),
        ("/lang <b>en</b>", texts.text("lang_choose", "nl")),
        ("/regio " + "Zwolle-Zuid " * 45, "De plaats ‘"),
        ("/regio \u202eDelft\x00", "Zuid-Holland"),
        ("/regio <script>", "De plaats ‘<script>’ ken ik niet"),
        ("/unanswered -5", UNKNOWN),
        ("/stats now please", UNKNOWN),
        ("/reload ../../etc/passwd", UNKNOWN),
        ("/start payload_<script>&amp;", texts.text("welcome", "nl")),
        ("/start " + "x" * 64, texts.text("welcome", "nl")),
        ("/help me " * 50, "Stel uw vraag gewoon"),
        ("/forget everything 'now'; --", texts.text("forget_none", "nl")),
        ("/fieldlabs ../../etc", "Fieldlabs"),
        ("/hubs 99999999999999999999", "Hubs"),
        ("/start@other_bot", UNKNOWN),
        ("/weer_" + "x" * 25, UNKNOWN),
    ],
)
async def test_commands_with_junk_arguments_get_their_ordinary_answer(
    tg: BotHarness, command: str, expected: str
) -> None:
    (reply,) = await tg.api.ask(command, user=new_user())
    assert reply.text.startswith(expected) or expected in reply.text
    assert only_formatting(reply)
    await tg.api.settle(quiet=0.1)


async def test_the_region_echo_is_clipped(tg: BotHarness) -> None:
    (reply,) = await tg.api.ask("/regio " + "Zwolle-Zuid " * 45, user=new_user())
    place = reply.text.split("‘", 1)[1].split("’", 1)[0]
    assert len(place) <= 60 and place.endswith("…")


async def test_junk_arguments_to_staff_commands_from_the_admin_get_the_usage(
    tg: BotHarness,
) -> None:
    for junk in ("-5", "0", "366", "99999999999999999999", "7 8", "<b>7</b>", "٣"):
        (reply,) = await tg.api.ask(f"/unanswered {junk}", user=ADMIN)
        assert reply.text.startswith("Gebruik /unanswered"), junk
    (ok,) = await tg.api.ask("/unanswered 1", user=ADMIN)
    assert "afgelopen 1 dagen" in ok.text or "afgelopen 1 dag" in ok.text


async def test_staff_commands_from_a_stranger_run_nothing(tg: BotHarness) -> None:
    person = new_user()
    reloads = len(tg.log_lines("event=reload "))
    for command in ("/stats", "/unanswered 30", "/reload", "/stats@fieldbot_test_bot"):
        (reply,) = await tg.api.ask(command, user=person)
        assert reply.text == UNKNOWN, command
    await tg.api.settle()
    assert len(tg.log_lines("event=reload ")) == reloads
    key = tg.key(person)
    assert not [line for line in tg.log_lines("event=command ") if f"user={key}" in line]


# -- volume ----------------------------------------------------------------------------------


async def test_a_flood_of_messages_commands_and_taps_gets_one_slow_down_notice(
    tg: BotHarness,
) -> None:
    person = new_user()
    (first,) = await tg.api.ask("hoeveel banen?", user=person)
    related = first.button("a:nl:")["callback_data"]
    since = len(tg.api.calls)
    taps = []
    for n in range(60):
        if n % 6 == 5:
            taps.append(tg.api.push_callback(first, related, user=person))
        else:
            kind = n % 3
            text = ("/help", f"hoeveel banen? {n}", "/start")[kind]
            tg.api.push_message(text, user=person)
    await tg.api.wait_until(lambda: all(tg.api.answered(q) is not None for q in taps), 30)
    await tg.api.settle(quiet=0.5, within=30)
    replies = tg.api.sent(person["id"], since)
    slow_down = texts.text("rate_limited", "nl")
    notices = [r for r in replies if r.text == slow_down]
    tapped = [tg.api.answered(q) or {} for q in taps]
    tap_notices = [a for a in tapped if a.get("text") == texts.text("slow_down_button", "nl")]
    assert len(notices) + len(tap_notices) == 1  # said once, then silence
    assert len(replies) <= 20 + len(notices)  # 20 a minute (the first ask counted too)
    (other,) = await tg.api.ask("hoeveel banen?", user=new_user())
    assert "430" in other.text  # nobody else is slowed down


async def test_anonymous_admins_of_two_groups_each_have_a_budget_of_their_own(
    tg: BotHarness,
) -> None:
    """Issue 15 (minor): an anonymous group admin writes as the group, with Telegram's one
    placeholder user as `from`; two such groups no longer share one rate-limit bucket."""
    placeholder = {"id": 1_087_968_824, "is_bot": True, "first_name": "Group"}
    placeholder["username"] = "GroupAnonymousBot"
    groups = [group_chat(-100_731_905_001, "Oost"), group_chat(-100_731_905_002, "West")]
    since = len(tg.api.calls)
    for n in range(12):
        for chat in groups:
            tg.api.push_message(
                f"@fieldbot_test_bot hoeveel banen? {n}",
                user=placeholder,
                chat=chat,
                sender_chat=chat,
            )
    await tg.api.settle(quiet=0.5, within=30)
    slow_down = texts.text("rate_limited", "nl")
    for chat in groups:
        replies = tg.api.sent(chat["id"], since)
        assert len(replies) == 12  # was: 20 between the two groups, then "Even rustig aan"
        assert all(r.text != slow_down for r in replies)


async def test_a_hundred_users_asking_three_questions_at_once_all_get_three_answers(
    tg: BotHarness,
) -> None:
    people = [new_user("en" if n % 5 == 0 else "nl") for n in range(100)]
    questions = ("hoeveel banen?", "Wat is een Fieldlab?", "wat wordt het weer morgen")
    since = len(tg.api.calls)
    for round_ in questions:
        for person in people:
            tg.api.push_message(round_, user=person)

    def everyone_answered() -> bool:
        counts: dict[int, int] = {}
        for sent in tg.api.sent(since=since):
            counts[sent.chat_id] = counts.get(sent.chat_id, 0) + 1
        return all(counts.get(p["id"], 0) >= 3 for p in people)

    await tg.api.wait_until(everyone_answered, within=90)
    await tg.api.settle(quiet=0.5)
    for person in people:
        replies = tg.api.sent(person["id"], since)
        assert len(replies) == 3
        assert any("430" in r.text for r in replies)
        assert all(only_formatting(r) for r in replies)
    logged = await eventually(
        lambda: (n := tg.rows("SELECT count(*) FROM questions")[0][0]) >= 300 and n, 30
    )
    assert logged >= 300


# -- stale buttons after a reload ------------------------------------------------------------


def without_investments() -> dict[str, dict[str, Any]]:
    files = knowledge_files()
    entries = files["results.yaml"]["entries"]
    files["results.yaml"]["entries"] = [e for e in entries if e["id"] != "results.investments"]
    for entry in files["results.yaml"]["entries"] + files["general.yaml"]["entries"]:
        if "related" in entry:
            entry["related"] = [r for r in entry["related"] if r != "results.investments"]
    return files


async def reloaded(tg: BotHarness, before: int) -> None:
    await eventually(lambda: len(tg.log_lines("event=reload ok=true")) > before, within=20)


async def test_buttons_naming_an_entry_removed_by_a_reload_say_it_is_gone(tg: BotHarness) -> None:
    person = new_user()
    (answer,) = await tg.api.ask("hoeveel banen?", user=person)
    investments = answer.button("a:nl:results.investments")["callback_data"]
    before = len(tg.log_lines("event=reload ok=true"))
    try:
        write_knowledge(tg.knowledge, without_investments())
        await reloaded(tg, before)
        since = len(tg.api.calls)
        gone = await tg.api.tap(answer, investments, user=person)
        assert gone["text"] == texts.text("gone", "nl")
        vote = answer.button("v:nl:u:")["callback_data"]
        assert (await tg.api.tap(answer, vote, user=person))["text"] == texts.text(
            "feedback_thanks", "nl"
        )
        await tg.api.settle(quiet=0.2)
        assert tg.api.sent(person["id"], since) == []
        (fresh,) = await tg.api.ask("hoeveel banen?", user=person)
        assert "results.investments" not in str(fresh.reply_markup)
    finally:
        before = len(tg.log_lines("event=reload ok=true"))
        write_knowledge(tg.knowledge)
        await reloaded(tg, before)


# -- the whole run ---------------------------------------------------------------------------


def health(tg: BotHarness) -> list[dict[str, str]]:
    return [
        dict(re.findall(r"(\w+)=(\S+)", line.split("event=health", 1)[1]))
        for line in tg.log_lines("event=health ")
    ]


async def test_health_lines_carry_counts_only_and_the_task_count_comes_back_down(
    tg: BotHarness,
) -> None:
    await tg.api.settle(quiet=0.5)
    seen = len(health(tg))
    await eventually(lambda: len(health(tg)) >= seen + 2, within=10)
    lines = health(tg)
    assert all(set(h) == {"tasks", "rss_mb", "pending", "dropped", "knowledge"} for h in lines)
    # One entry fewer while a test had removed it, the same again once it was restored.
    assert lines[-1]["knowledge"] == lines[0]["knowledge"]
    assert {int(h["knowledge"]) for h in lines} <= {
        int(lines[0]["knowledge"]) - 1,
        int(lines[0]["knowledge"]),
    }
    assert int(lines[-1]["dropped"]) == 0
    tasks = [int(h["tasks"]) for h in lines]
    # Idle again after hundreds of replies: back to what it was before any traffic.
    assert tasks[-1] <= tasks[1] + 2, tasks
    assert float(lines[-1]["rss_mb"]) > 0


async def test_after_all_of_it_no_400_no_traceback_no_raw_id_and_no_token(tg: BotHarness) -> None:
    await tg.api.settle(quiet=0.5)
    refused = [(c.method, c.result.get("description")) for c in tg.api.calls if c.status >= 400]
    assert refused == []  # every message, edit and article was valid Telegram HTML
    log = tg.bot.log
    assert "Traceback" not in log
    assert TOKEN not in log
    files = [tg.db, Path(f"{tg.db}-wal")]
    database = b"".join(f.read_bytes() for f in files if f.exists())
    for raw in [ADMIN_ID, *users.made]:
        assert str(raw) not in log
        assert str(raw).encode() not in database
