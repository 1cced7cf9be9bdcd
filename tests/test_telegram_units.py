"""The Telegram channel's pure parts (rendering, button data, rate limit, pseudonyms, log
redaction) and the loopback Bot API's own checks, without starting a bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import time
import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from hypothesis import given, settings
from hypothesis import strategies as st
from support.botapi import TOKEN, BotAPIServer, user
from support.telegram_html import APIError, check_markup, parse_html, utf16_len

from bot.assistant import Link, Reply
from bot.channels.telegram.callbacks import (
    MAX_CALLBACK_BYTES,
    Action,
    View,
    decode_callback,
    entry_ref,
)
from bot.channels.telegram.context import telegram_language
from bot.channels.telegram.features.browse import render_view
from bot.channels.telegram.features.staff import render_reload
from bot.channels.telegram.render import (
    MAX_MESSAGE_CHARS,
    Block,
    paginate,
    render_reply,
    reply_keyboard,
)
from bot.channels.telegram.requests import GroupBusy, PatientRequests, RetryAfter
from bot.knowledge import Fieldlab, Hub, KnowledgeBase, load_knowledge
from bot.logs import RedactingFormatter
from bot.model import PartialDate, Source
from bot.nodes import Problem
from bot.pseudonyms import Pseudonyms, user_key
from bot.ratelimit import UserRateLimiter
from bot.reload import ReloadResult

REPO = Path(__file__).resolve().parent.parent

# Text as users and staff write it: any character, markup-like ones on purpose.
any_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from("<>&;#/\"' \n")),
    max_size=300,
)


# -- rendering -------------------------------------------------------------------------


@given(any_text)
def test_any_user_or_knowledge_text_becomes_valid_telegram_html(text: str) -> None:
    for style in ("", "b", "i"):
        html = Block(text, style).html()
        plain, _ = parse_html(html) if html else ("", [])
        assert plain == text


@settings(max_examples=60)
@given(st.lists(any_text, min_size=1, max_size=40), st.integers(min_value=50, max_value=4096))
def test_paginate_keeps_every_message_within_the_limit_and_loses_nothing(
    texts: list[str], limit: int
) -> None:
    blocks = [Block(t, "i" if n % 3 == 0 else "") for n, t in enumerate(texts)]
    chunks = paginate(blocks, limit)
    plain = [parse_html(chunk)[0] for chunk in chunks]
    assert all(1 <= utf16_len(p) <= limit for p in plain)
    assert "".join("".join(p.split()) for p in plain) == "".join("".join(t.split()) for t in texts)


def test_paginate_splits_between_paragraphs_not_inside_them() -> None:
    paragraphs = [f"{n}. " + "woord " * 300 for n in range(1, 6)]  # ~1,800 characters each
    chunks = paginate([Block(p.strip()) for p in paragraphs])
    assert len(chunks) == 3
    for chunk in chunks:
        assert all(part[0].isdigit() for part in chunk.split("\n\n"))


def test_reply_has_source_and_date_in_italics_on_the_last_line() -> None:
    reply = Reply(
        "Er zijn 430 banen & meer <veel>.",
        "nl",
        entry="results.jobs",
        confident=True,
        sources=(
            Source(
                publisher="TNO <x>",
                title="publicatie",
                date=PartialDate(2019, 3, 18),
                url="https://example.org/a?b=1&c=2",
                note="staff only",
            ),
        ),
        kind="answer",
    )
    (html,) = render_reply(reply)
    assert html == (
        "Er zijn 430 banen &amp; meer &lt;veel&gt;.\n\n"
        '<i>Bron: <a href="https://example.org/a?b=1&amp;c=2">TNO &lt;x&gt;, publicatie</a>, '
        "18 maart 2019</i>"
    )


def test_fallback_quotes_the_question_and_offers_suggestions_and_the_hubs() -> None:
    reply = Reply(
        "Dat weet ik helaas niet zeker.",
        "nl",
        alternatives=(Link("fieldlabs.subsidy", "Is er subsidie voor Fieldlabs?", 50.0),),
        kind="fallback",
    )
    (html,) = render_reply(reply, "subsidie <b>&</b>")
    assert html.startswith("<i>“subsidie &lt;b&gt;&amp;&lt;/b&gt;”</i>")
    assert html.endswith("<b>Bedoelde u misschien:</b>")
    keyboard = reply_keyboard(reply)
    assert keyboard is not None
    data = [b.callback_data for row in keyboard.inline_keyboard for b in row]
    assert data == ["a:nl:fieldlabs.subsidy", "h:nl"]  # no 👍/👎 under a fallback


def test_telegram_language_code_nl_gives_dutch_anything_else_english() -> None:
    assert telegram_language("nl", "en") == "nl"
    assert telegram_language("nl-BE", "en") == "nl"
    assert telegram_language("de", "nl") == "en"
    assert telegram_language(None, "nl") == "nl"


# -- button data -----------------------------------------------------------------------

entry_ids = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,120}", fullmatch=True)


@given(entry_ids, st.sampled_from(["a", "c", "v"]), st.sampled_from(["nl", "en"]))
def test_button_data_fits_64_bytes_and_decodes_to_the_same_action(
    entry: str, kind: str, lang: str
) -> None:
    action = Action(kind, lang, entry, vote="up" if kind == "v" else "")
    data = action.encode()
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    decoded = decode_callback(data)
    assert decoded is not None
    assert decoded.kind == kind and decoded.lang == lang
    assert decoded.target == entry_ref(entry)


def test_a_vote_carries_the_logged_question_when_it_fits() -> None:
    vote = Action("v", "nl", "results.jobs", vote="down", ticket="Ab_9-xYz12")
    assert vote.encode() == "v:nl:d:results.jobs:Ab_9-xYz12"
    assert decode_callback(vote.encode()) == vote
    long_id = Action("v", "nl", "x" * 44, vote="up", ticket="0123456789abcdef")
    assert len(long_id.encode().encode()) <= MAX_CALLBACK_BYTES


@given(st.text(max_size=80))
def test_any_other_button_data_is_refused_or_means_exactly_what_it_says(data: str) -> None:
    action = decode_callback(data)
    assert action is None or action.encode() == data


@pytest.mark.parametrize(
    "data",
    [
        "admin:reload",
        "reload",
        "a:nl",
        "a:nl:X",
        "a:nl:a b",
        "p:nl:f:-1",
        "l:de",
        "x:nl:1",
        "v:nl:u:results.jobs:not/an/id",
        "v:nl:u:results.jobs:q1:extra",
        "",
        "d:nl",
        "d:nl:f",
        "d:nl:P:01",
        "d:nl:m:m:m",
        "d:nl:f:RoboHouse",
        "d:nl:q:1",
        "d:nl:p:zuid-holland",
        "d:nl:b:#0123",
    ],
)
def test_button_data_we_did_not_make_is_refused(data: str) -> None:
    assert decode_callback(data) is None


# -- rate limit, pseudonyms, logs ------------------------------------------------------


def test_rate_limit_allows_the_limit_then_warns_once_then_drops_until_the_window_frees() -> None:
    now = [0.0]
    limiter = UserRateLimiter(3, window=60.0, clock=lambda: now[0])
    verdicts = [limiter.check("u1") for _ in range(6)]
    assert verdicts == ["allow"] * 3 + ["warn", "drop", "drop"]
    assert limiter.check("u2") == "allow"  # per user
    now[0] = 61.0
    assert [limiter.check("u1") for _ in range(5)] == ["allow"] * 3 + ["warn", "drop"]


def test_pseudonyms_are_stable_per_key_and_do_not_contain_the_id() -> None:
    one, other = Pseudonyms(b"key-one"), Pseudonyms(b"key-two")
    assert one(5550001) == one(5550001) != other(5550001)
    assert one(5550001) != one(5550002)
    assert "5550001" not in one(5550001)
    assert re.fullmatch(r"[0-9a-f]{32}", one(5550001))


def test_pseudonyms_are_the_keys_the_storage_makes() -> None:
    key = b"0123456789abcdef0123456789abcdef"
    assert Pseudonyms(key)(31337) == user_key(key, 31337)


def test_log_formatter_redacts_the_token_even_in_tracebacks() -> None:
    token = "7012345678:AAF3kq9ZrXwLmN0pQ_secretpart"
    formatter = RedactingFormatter("%(message)s", [token, token.split(":")[1]])
    try:
        raise RuntimeError(f"GET https://api.telegram.org/bot{token}/getMe failed")
    except RuntimeError as exc:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom %s", (token,), None)
        record.exc_info = (type(exc), exc, exc.__traceback__)
    text = formatter.format(record)
    assert "secretpart" not in text and "<redacted>" in text


# -- the directory browser -------------------------------------------------------------


def every_screen(knowledge: KnowledgeBase, lang: str) -> dict[str, tuple[str, Any]]:
    """Every screen reachable from /fieldlabs and /hubs by tapping buttons, by callback data."""
    start = [
        Action("d", lang, view=View("m")).encode(),
        Action("d", lang, view=View("H")).encode(),
    ]
    seen: dict[str, tuple[str, Any]] = {}
    todo = list(start)
    while todo:
        data = todo.pop()
        if data in seen:
            continue
        assert len(data.encode()) <= MAX_CALLBACK_BYTES, data
        action = decode_callback(data)
        assert action is not None and action.view is not None, data
        assert action.encode() == data
        screen = render_view(knowledge, lang, action.view, action.back)
        assert screen is not None, f"{data} leads nowhere"
        seen[data] = screen
        body, keyboard = screen
        plain, _ = parse_html(body)
        assert 1 <= utf16_len(plain) <= MAX_MESSAGE_CHARS
        for row in keyboard.inline_keyboard if keyboard else ():
            for button in row:
                assert isinstance(button.callback_data, str)
                todo.append(button.callback_data)
    return seen


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_button_of_the_directory_fits_and_opens_a_screen(lang: str) -> None:
    knowledge = load_knowledge(REPO / "knowledge")
    screens = every_screen(knowledge, lang)
    cards = [d for d in screens if d.split(":")[2] in ("f", "b")]
    assert len({d.split(":")[3] for d in cards}) == len(knowledge.fieldlabs) + len(knowledge.hubs)


def test_long_ids_and_names_still_fit_in_64_bytes() -> None:
    hub = Hub(
        id="hub." + "y" * 40,
        source="bron",
        summary={"nl": "Hub.", "en": "Hub."},
        name="Hub " + "Ü" * 50,
        provinces=("Provincie Met Een Heel Lange Naam Die Nergens Op Slaat",),
    )
    labs = tuple(
        Fieldlab(
            id=(f"fieldlab.{n:02d}-" + "heel-lange-naam-" * 3)[:44],
            name=f"Fieldlab {n} " + "lang " * 20,
            source="bron",
            summary={"nl": "Lab.", "en": "Lab."},
            provinces=hub.provinces,
            themes=("thema-met-een-naam-langer-dan-vierentwintig-tekens",),
            hub=hub.id,
        )
        for n in range(10)
    )
    knowledge = KnowledgeBase(entries=(), hubs=(hub,), fieldlabs=labs)
    screens = every_screen(knowledge, "nl")
    assert any(":#" in data for data in screens)  # the long ones travel as hashes
    assert len({d.split(":")[3] for d in screens if d.startswith("d:nl:f:")}) == 10


def test_a_page_that_a_reload_removed_shows_the_last_page() -> None:
    knowledge = load_knowledge(REPO / "knowledge")
    screen = render_view(knowledge, "nl", View("p", "zuid-holland", 99))
    assert screen is not None and "Fieldlabs in Zuid-Holland" in screen[0]


def test_a_long_list_of_reload_problems_is_split_and_keeps_every_line() -> None:
    problems = tuple(
        Problem.plain(
            "knowledge/big.yaml", n, "check_key_unknown", what="entry", key="x", allowed="y"
        )
        for n in range(400)
    )
    chunks = render_reload(ReloadResult(False, "", problems), "en")
    assert len(chunks) > 1
    plain = "\n".join(parse_html(chunk)[0] for chunk in chunks)
    assert all(utf16_len(parse_html(chunk)[0]) <= MAX_MESSAGE_CHARS for chunk in chunks)
    assert all(problem.render("en") in plain for problem in problems)
    assert "knowledge/big.yaml:399: entry: unknown key 'x' (allowed: y)" in plain
    assert chunks[0].startswith("<b>Reload failed (400 problems)")


# -- the loopback Bot API checks requests like Telegram ---------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<b>open",
        "<b>cross <i>ed</b></i>",
        "<foo>x</foo>",
        "a & b",
        "a < b",
        "a > b",
        "<a>no href</a>",
        '<span class="red">x</span>',
        '<b onclick="x">x</b>',
        "&nbsp;",
    ],
)
def test_bot_api_refuses_html_telegram_would_refuse(html: str) -> None:
    with pytest.raises(APIError, match="can't parse entities"):
        parse_html(html)


def test_bot_api_accepts_telegram_html_and_reports_entities() -> None:
    plain, entities = parse_html(
        '<b>Bold</b> &amp; <i>it</i> <a href="https://x.nl/?a=1&amp;b=2">link</a> '
        '<span class="tg-spoiler">s</span> <pre><code class="language-py">x</code></pre> &#x1F600;'
    )
    assert plain == "Bold & it link s x 😀"
    types = [e["type"] for e in entities]
    assert types == ["bold", "italic", "text_link", "spoiler", "pre"]
    assert entities[2]["url"] == "https://x.nl/?a=1&b=2"
    assert entities[4]["language"] == "py"


def test_bot_api_refuses_callback_data_over_64_bytes() -> None:
    button = {"text": "x", "callback_data": "é" * 33}
    with pytest.raises(APIError, match="BUTTON_DATA_INVALID"):
        check_markup({"inline_keyboard": [[button]]})


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    server.register_chat({"id": 42, "type": "private", "first_name": "A"})
    yield server
    await server.close()


async def call(api: BotAPIServer, method: str, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    async with (
        ClientSession() as client,
        client.post(f"{api.api_url}{TOKEN}/{method}", **kwargs) as response,
    ):
        return response.status, await response.json()


async def test_bot_api_answers_an_unknown_method_with_404(api: BotAPIServer) -> None:
    assert await call(api, "sendPigeon", json={}) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )


async def test_bot_api_accepts_json_and_form_bodies_and_checks_length(api: BotAPIServer) -> None:
    status, body = await call(api, "sendMessage", data={"chat_id": "42", "text": "hoi"})
    assert status == 200 and body["result"]["text"] == "hoi"
    status, body = await call(api, "sendMessage", json={"chat_id": 42, "text": "x" * 4097})
    assert status == 400 and body["description"] == "Bad Request: message is too long"
    status, body = await call(
        api, "sendMessage", json={"chat_id": 42, "text": "<b></b>", "parse_mode": "HTML"}
    )
    assert status == 400 and "empty" in body["description"]


async def test_bot_api_injects_429_with_retry_after_then_recovers(api: BotAPIServer) -> None:
    api.fail_next("sendMessage", status=429, retry_after=3)
    status, body = await call(api, "sendMessage", json={"chat_id": 42, "text": "a"})
    assert status == 429 and body["parameters"] == {"retry_after": 3}
    status, _ = await call(api, "sendMessage", json={"chat_id": 42, "text": "a"})
    assert status == 200


async def test_bot_api_long_poll_returns_as_soon_as_an_update_arrives(api: BotAPIServer) -> None:
    poll = asyncio.create_task(call(api, "getUpdates", json={"timeout": 30, "offset": 0}))
    await api.wait_until(lambda: "getupdates" in api.arrivals)
    api.push_message("hoi", user=user(7))
    status, body = await asyncio.wait_for(poll, 10)
    assert status == 200 and body["result"][0]["message"]["text"] == "hoi"
    update_id = body["result"][0]["update_id"]
    _, body = await call(api, "getUpdates", json={"offset": update_id + 1, "timeout": 0})
    assert body["result"] == []  # confirmed by the offset


# -- the request layer: per-chat back-off and group pacing (issue 15 #3) ---------------------


class _Calls:
    """A stand-in for PTB's HTTP call: records when each chat's request went out, and answers
    429 to the chats told to refuse once."""

    def __init__(self, refuse: dict[int, float] | None = None) -> None:
        self.sent: list[tuple[int, str, float]] = []
        self.refuse = dict(refuse or {})
        self.start = time.monotonic()

    async def __call__(self, endpoint: str, data: dict[str, Any]) -> dict[str, Any]:
        chat = int(data["chat_id"])
        if chat in self.refuse:
            with warnings.catch_warnings():  # PTB 22.2 warns while it builds the message
                warnings.simplefilter("ignore")
                refusal = RetryAfter(dt.timedelta(seconds=self.refuse.pop(chat)))
            raise refusal
        self.sent.append((chat, str(data.get("text")), time.monotonic() - self.start))
        return {"ok": True}


async def _send(limiter: PatientRequests, calls: _Calls, chat: int, text: str) -> None:
    data = {"chat_id": chat, "text": text}
    await limiter.process_request(calls, ("sendMessage", data), {}, "sendMessage", data, None)


async def test_a_429_for_one_group_pauses_that_group_and_no_other_chat() -> None:
    limiter = PatientRequests(backoff=0.01)
    calls = _Calls(refuse={-100: 1.0})
    group = asyncio.create_task(_send(limiter, calls, -100, "groep"))
    await asyncio.sleep(0.05)  # the group has its 429 now
    await asyncio.gather(*(_send(limiter, calls, chat, "privé") for chat in (1, 2, 3)))
    await group
    at = {chat: when for chat, _, when in calls.sent}
    assert all(at[chat] < 0.5 for chat in (1, 2, 3))  # was: every chat waited the full second
    assert at[-100] >= 1.0


async def test_429s_from_several_chats_at_once_pause_the_whole_bot() -> None:
    limiter = PatientRequests(backoff=0.01)
    calls = _Calls(refuse={-1: 0.6, -2: 0.6, -3: 0.6})
    await asyncio.gather(*(_send(limiter, calls, chat, "x") for chat in (-1, -2, -3)))
    await _send(limiter, calls, 4, "privé")  # a bot-wide flood: this one waits too
    assert min(when for *_, when in calls.sent) >= 0.6


async def test_a_group_gets_its_limit_per_window_in_order_while_private_chats_go_at_once() -> None:
    limiter = PatientRequests(group_per_minute=3, group_window=0.5)
    calls = _Calls()
    await asyncio.gather(
        *(_send(limiter, calls, -100, f"antwoord {n}") for n in range(7)),
        _send(limiter, calls, 5, "privé"),
    )
    group = [(text, when) for chat, text, when in calls.sent if chat == -100]
    assert [text for text, _ in group] == [f"antwoord {n}" for n in range(7)]  # in order
    times = [when for _, when in group]
    for n in range(3, 7):  # never more than 3 within any 0.5 s
        assert times[n] - times[n - 3] >= 0.5 - 0.01
    (private,) = [when for chat, _, when in calls.sent if chat == 5]
    assert private < 0.2


async def test_a_group_asking_faster_than_its_limit_gets_the_extra_replies_dropped() -> None:
    """Each waiting reply holds one of PTB's concurrent-update slots: a group's queue beyond
    its window plus a short backlog is dropped, so private chats keep their slots."""
    limiter = PatientRequests(group_per_minute=3, group_window=30.0, group_backlog=2)
    calls = _Calls()
    sends = [asyncio.create_task(_send(limiter, calls, -100, f"antwoord {n}")) for n in range(8)]
    await asyncio.sleep(0.1)
    dropped = [t for t in sends if t.done() and isinstance(t.exception(), GroupBusy)]
    # Arriving together: one sends, 3 + 2 queue (the window's room and the backlog), 2 are
    # dropped; of the queued, two more fit the window and three wait for it to move.
    assert len(dropped) == 2
    assert [text for chat, text, _ in calls.sent if chat == -100] == [
        "antwoord 0",
        "antwoord 1",
        "antwoord 2",
    ]
    await _send(limiter, calls, 7, "privé")  # not held up
    for task in sends:
        task.cancel()
    await asyncio.gather(*sends, return_exceptions=True)


async def test_a_429_longer_than_we_wait_is_remembered_for_the_next_request() -> None:
    limiter = PatientRequests(backoff=0.01, max_wait=5.0)
    calls = _Calls(refuse={-200: 120.0})
    with pytest.raises(RetryAfter):
        await _send(limiter, calls, -200, "eerste")
    assert limiter.pause_for(-200) > 100
    with pytest.raises(GroupBusy):  # not sent into the pause (Telegram lengthens it)
        await _send(limiter, calls, -200, "tweede")
    assert calls.sent == []
