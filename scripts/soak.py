"""Soak run: mixed traffic for a few minutes against the real bot on a loopback Bot API.

Questions from many users at a steady rate, 👍/👎 taps, directory browsing, and a knowledge
reload every `--reload-every` seconds that alternates a good and a broken file. Reports
replies/s, p99 reply latency, failed replies, the bot's RSS at start and end and its asyncio
task count (from its `event=health` log lines). Loopback only, bounded in time.

    .venv/bin/python scripts/soak.py [--seconds 180] [--rate 40] [--users 200]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from botapi import BotAPIServer, BotProcess, user  # noqa: E402

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
]
BROKEN = "entries:\n  - id: [broken\n"


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


async def _ask(
    api: BotAPIServer, person: dict[str, object], text: str, results: dict[str, list[float]]
) -> None:
    chat_id = int(str(person["id"]))
    reply = api.next_message(chat_id)
    started = time.perf_counter()
    api.push_message(text, user=person)
    try:
        sent = await asyncio.wait_for(reply, 30)
    except TimeoutError:
        results["failed"].append(1.0)
        return
    results["latency"].append(time.perf_counter() - started)
    markup = sent.get("reply_markup") or {}
    votes = [
        b
        for row in markup.get("inline_keyboard", [])
        for b in row
        if str(b.get("callback_data", "")).startswith("fb")
    ]
    if votes and random.random() < 0.2:
        found = [s for s in api.sent(chat_id) if s.message_id == sent.get("message_id")]
        if found:
            api.push_callback(found[-1], str(votes[0]["callback_data"]), user=person)
            results["votes"].append(1.0)


async def _reloads(folder: Path, every: float, until: float, log: list[str]) -> None:
    extra = folder / "zz-soak.yaml"
    good = (folder / "results.yaml").read_text(encoding="utf-8")
    n = 0
    while time.monotonic() + every < until:
        await asyncio.sleep(every)
        n += 1
        if n % 2:
            extra.write_text(BROKEN, encoding="utf-8")
            log.append("broken")
        else:
            extra.unlink(missing_ok=True)
            (folder / "results.yaml").write_text(good, encoding="utf-8")
            log.append("good")
    extra.unlink(missing_ok=True)


async def main(args: argparse.Namespace) -> int:
    random.seed(20190318)
    with tempfile.TemporaryDirectory(prefix="fieldbot-soak-") as tmp:
        scratch = Path(tmp)
        knowledge = scratch / "knowledge"
        shutil.copytree(REPO / "knowledge", knowledge)
        api = await BotAPIServer().start()
        bot = BotProcess(api, knowledge, scratch / "data", env={"BOT_RATE_LIMIT": "1000"}).start()
        assert bot.process is not None
        results: dict[str, list[float]] = {"latency": [], "failed": [], "votes": []}
        reload_log: list[str] = []
        try:
            await bot.ready(within=60)
            people = [user(7_000_000 + n, "en" if n % 4 == 0 else "nl") for n in range(args.users)]
            warm = [_ask(api, p, "hallo", results) for p in people[:20]]
            await asyncio.gather(*warm)
            results["latency"].clear()
            rss_start = _rss_mb(bot.process.pid)
            started = time.monotonic()
            until = started + args.seconds
            reloads = asyncio.create_task(
                _reloads(knowledge, args.reload_every, until, reload_log)
            )
            tasks = []
            n = 0
            while time.monotonic() < until:
                person = people[n % len(people)]
                tasks.append(asyncio.create_task(_ask(api, person, QUESTIONS[n % 11], results)))
                n += 1
                await asyncio.sleep(1 / args.rate)
            await asyncio.gather(*tasks)
            await reloads
            elapsed = time.monotonic() - started
            await asyncio.sleep(65)  # one more health line after the traffic
            rss_end = _rss_mb(bot.process.pid)
        finally:
            status = await bot.stop()
            await api.close()
        health = re.findall(r"event=health .*?tasks=(\d+)", bot.log)
        tracebacks = bot.log.count("Traceback")
        replies = len(results["latency"])
        growth = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
        print(f"Fieldbot soak: {args.seconds:.0f} s of mixed traffic on a loopback Bot API")
        print(f"questions sent: {n}; replies: {replies}; failed replies: {len(results['failed'])}")
        print(f"replies/s: {replies / elapsed:.1f} (offered {args.rate:.0f}/s)")
        print(
            f"reply latency: p50 {_percentile(results['latency'], 0.5) * 1000:.0f} ms, "
            f"p99 {_percentile(results['latency'], 0.99) * 1000:.0f} ms"
        )
        print(f"votes: {len(results['votes'])}; reloads: {', '.join(reload_log) or 'none'}")
        print(f"RSS: start {rss_start:.1f} MB, end {rss_end:.1f} MB ({growth:+.1f} %)")
        print(f"asyncio tasks (health lines): {', '.join(health) or 'no health lines'}")
        print(f"tracebacks in the bot log: {tracebacks}; exit status after SIGTERM: {status}")
        ok = not results["failed"] and growth < 10 and status == 0 and tracebacks == 0
        print("result: " + ("OK" if ok else "PROBLEMS"))
        return 0 if ok else 1


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=180, help="traffic phase (180)")
    parser.add_argument("--rate", type=float, default=40, help="questions per second (40)")
    parser.add_argument("--users", type=int, default=200, help="simulated users (200)")
    parser.add_argument("--reload-every", type=float, default=20, help="seconds (20)")
    return parser.parse_args()


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main(parse_args())))
