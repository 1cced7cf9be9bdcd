"""Soak run: mixed traffic for a few minutes against the real bot on a loopback Bot API.

Questions from many users at a steady rate (answers, fallbacks, typos, markup, 3000-character
texts), 👍/👎 taps, directory browsing (/fieldlabs, then a province), and a knowledge reload
every `--reload-every` seconds that alternates a broken and a good file. Reports replies/s,
p50/p99 reply latency, failed replies, Bot API errors, rows in the question log against
questions asked, the bot's RSS at start (after a warm-up of every kind of traffic and one
reload) and at the end, and its asyncio task count over the run (from its `event=health` lines,
logged every `--health-every` seconds). Loopback only; bounded in time: the traffic phase plus
at most about a minute of warm-up, last health line and shutdown.

    .venv/bin/python scripts/soak.py [--seconds 180] [--rate 40] [--users 200]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from support.botapi import BotAPIServer, user  # noqa: E402
from support.process import BotProcess  # noqa: E402

QUESTIONS = [
    "hoeveel banen?",
    "Hoeveel is er geinvesteerd in de fieldlabs?",
    "wat is een fieldlab",
    "welke fieldlabs zijn er in Delft?",
    "bij welke hub kan ik terecht, ik zit in Enschede",
    "How many companies take part?",
    "hoevel bedrijfen doen er mee",
    "wat wordt het weer morgen",
    "hoeveel banen zijn er in de zorg?",
    "<b>hallo</b> & welkom",
    "x" * 3000,
    "/fieldlabs",
]
BROKEN = "entries:\n  - id: [broken\n"
HEALTH = re.compile(r"event=health tasks=(\d+) rss_mb=([\d.]+)")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def _health(log: str) -> list[tuple[int, float]]:
    return [(int(tasks), float(rss)) for tasks, rss in HEALTH.findall(log)]


class Soak:
    """The traffic, and what came of it."""

    def __init__(self, api: BotAPIServer, rng: random.Random) -> None:
        self.api = api
        self.rng = rng
        self.latency: list[float] = []
        self.failed = 0
        self.votes = 0
        self.browsed = 0
        self.asked = 0
        self.logged_questions = 0  # asked texts the bot logs (not the /fieldlabs commands)

    async def ask(self, person: dict[str, Any], text: str) -> None:
        chat_id = int(person["id"])
        reply = self.api.next_message(chat_id)
        started = time.perf_counter()
        self.asked += 1
        self.logged_questions += not text.startswith("/")
        self.api.push_message(text, user=person)
        try:
            message = await asyncio.wait_for(reply, 30)
        except TimeoutError:
            self.failed += 1
            return
        self.latency.append(time.perf_counter() - started)
        buttons = [
            str(b.get("callback_data", ""))
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row
        ]
        votes = [data for data in buttons if data.startswith("v:")]
        pages = [data for data in buttons if data.startswith("d:") and ":P" in data]
        tap = (votes if votes and self.rng.random() < 0.2 else []) or pages[:1]
        if tap:
            found = [s for s in self.api.sent(chat_id) if s.message_id == message["message_id"]]
            if found:
                self.api.push_callback(found[-1], tap[0], user=person)
                if tap[0].startswith("v:"):
                    self.votes += 1
                else:
                    self.browsed += 1


async def _reloads(folder: Path, every: float, until: float, log: list[str]) -> None:
    extra = folder / "zz-soak.yaml"
    n = 0
    while time.monotonic() + every < until:
        await asyncio.sleep(every)
        n += 1
        if n % 2:
            extra.write_text(BROKEN, encoding="utf-8")
            log.append("broken")
        else:
            extra.unlink(missing_ok=True)
            log.append("good")
    extra.unlink(missing_ok=True)


async def _reload_once(folder: Path, bot: BotProcess) -> None:
    """A broken save, then the fix: two reloads, waited for in the bot's log."""
    extra = folder / "zz-soak.yaml"
    for write, marker in ((True, "event=reload ok=false"), (False, "event=reload ok=true")):
        seen = bot.log.count(marker)
        if write:
            extra.write_text(BROKEN, encoding="utf-8")
        else:
            extra.unlink()
        deadline = time.monotonic() + 20
        while True:  # the bot is another process: its log file is all there is to watch
            if bot.log.count(marker) > seen or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.2)


async def _next_health_line(bot: BotProcess, within: float) -> None:
    seen = len(_health(bot.log))
    deadline = time.monotonic() + within
    while True:  # the bot is another process: its log file is all there is to watch
        if len(_health(bot.log)) > seen or time.monotonic() > deadline:
            return
        await asyncio.sleep(0.5)


def _rows(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM questions").fetchone()[0])


async def main(args: argparse.Namespace) -> int:
    rng = random.Random(20190318)
    with tempfile.TemporaryDirectory(prefix="fieldbot-soak-") as tmp:
        scratch = Path(tmp)
        knowledge = scratch / "knowledge"
        shutil.copytree(REPO / "knowledge", knowledge)
        api = await BotAPIServer().start()
        bot = BotProcess(
            api,
            knowledge,
            scratch / "data",
            env={"BOT_RATE_LIMIT": "1000", "BOT_HEALTH_SECONDS": str(args.health_every)},
        ).start()
        assert bot.process is not None
        soak = Soak(api, rng)
        reload_log: list[str] = []
        try:
            await bot.ready(within=60)
            people = [user(7_000_000 + n, "en" if n % 4 == 0 else "nl") for n in range(args.users)]
            # Warm-up: every kind of traffic once and one broken + good reload, so that what
            # is built on first use (the directory browser, a second index during a reload)
            # is in the start figure and the growth measured is the steady state's.
            rss_boot = _health(bot.log)[0][1] if _health(bot.log) else _rss_mb(bot.process.pid)
            for question in QUESTIONS:
                await asyncio.gather(*(soak.ask(p, question) for p in people[:20]))
            await _reload_once(knowledge, bot)
            await _next_health_line(bot, args.health_every + 10)
            soak.latency.clear()
            warm_up = soak.asked
            rss_start = _rss_mb(bot.process.pid)
            health_start = len(_health(bot.log)) - 1
            calls_start = len(api.calls)
            started = time.monotonic()
            until = started + args.seconds
            reloads = asyncio.create_task(
                _reloads(knowledge, args.reload_every, until, reload_log)
            )
            tasks = []
            n = 0
            while time.monotonic() < until:
                person = people[n % len(people)]
                question = QUESTIONS[n % len(QUESTIONS)]
                tasks.append(asyncio.create_task(soak.ask(person, question)))
                n += 1
                await asyncio.sleep(1 / args.rate)
            await asyncio.gather(*tasks)
            await reloads
            elapsed = time.monotonic() - started
            await api.settle(quiet=1.0, within=30)
            await _next_health_line(bot, args.health_every + 10)  # idle again
            rss_end = _rss_mb(bot.process.pid)
            errors = [c for c in api.calls[calls_start:] if c.status != 200]
        finally:
            status = await bot.stop()
            await api.close()
        log = bot.log
        rows = _rows(scratch / "data" / "fieldbot.sqlite3")
    health = _health(log)[health_start:]
    tasks_seen = [t for t, _ in health]
    tracebacks = log.count("Traceback")
    replies = len(soak.latency)
    growth = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
    expected_rows = soak.logged_questions  # the warm-up's questions included
    # The last line is the one at shutdown; the one before it is the bot idle after the run.
    idle_tasks = tasks_seen[-2] if len(tasks_seen) >= 2 else -1
    tasks_stable = bool(tasks_seen) and idle_tasks <= tasks_seen[0] + 2
    print(f"Fieldbot soak: {args.seconds:.0f} s of mixed traffic on a loopback Bot API")
    print(f"machine: {platform.node()} {platform.machine()}, {_cpus()} cores, Python "
          f"{platform.python_version()}; ended {time.strftime('%Y-%m-%d %H:%M %Z')}")  # fmt: skip
    sent = soak.asked - warm_up
    print(f"questions sent: {sent}; replies: {replies}; failed replies: {soak.failed}")
    print(f"replies/s: {replies / elapsed:.1f} (offered {args.rate:.0f}/s)")
    print(
        f"reply latency: p50 {_percentile(soak.latency, 0.5) * 1000:.1f} ms, "
        f"p99 {_percentile(soak.latency, 0.99) * 1000:.1f} ms, "
        f"max {max(soak.latency, default=0) * 1000:.1f} ms"
    )
    print(f"votes: {soak.votes}; directory taps: {soak.browsed}; Bot API errors: {len(errors)}")
    print(f"reloads: {', '.join(reload_log) or 'none'}")
    print(f"question log: {rows} rows for {expected_rows} questions asked")
    print(
        f"RSS: start {rss_start:.1f} MB (after warm-up; {rss_boot:.1f} MB at start-up), "
        f"end {rss_end:.1f} MB ({growth:+.1f} %)"
    )
    print(f"RSS (health lines, MB): {', '.join(f'{rss:.1f}' for _, rss in health)}")
    print(
        f"asyncio tasks (health lines every {args.health_every:.0f} s): "
        f"{', '.join(map(str, tasks_seen)) or 'no health lines'}"
    )
    print(f"tracebacks in the bot log: {tracebacks}; exit status after SIGTERM: {status}")
    ok = (
        not soak.failed
        and not errors
        and growth < 10
        and tasks_stable
        and rows == expected_rows
        and status == 0
        and tracebacks == 0
    )
    print("result: " + ("OK" if ok else "PROBLEMS"))
    return 0 if ok else 1


def _cpus() -> int:
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=180, help="traffic phase (180)")
    parser.add_argument("--rate", type=float, default=40, help="questions per second (40)")
    parser.add_argument("--users", type=int, default=200, help="simulated users (200)")
    parser.add_argument("--reload-every", type=float, default=20, help="seconds (20)")
    parser.add_argument("--health-every", type=float, default=15, help="seconds (15)")
    return parser.parse_args()


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main(parse_args())))
