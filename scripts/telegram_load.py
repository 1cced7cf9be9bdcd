"""Load test of the Telegram channel: many simulated users against a Bot API on loopback.

Starts the test suite's Bot API server (tests/botapi.py) and the real bot (`python -m bot
run`) as a subprocess pointed at it. Throughput: every simulated user asks questions one
after the other (each waits for its answer, like a person) and all users at once saturate the
bot; replies per second is the figure. Latency: questions then arrive at a steady rate (from
different users) and the reply latency is measured from the update being queued at the API to
the bot's sendMessage arriving. Target: ≥ 200 replies/s from one bot process.

    .venv/bin/python scripts/telegram_load.py [--users 400] [--questions 10] [--rate 100]
    fieldbot bench --telegram        # the same, with the defaults
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from support.botapi import BotAPIServer, user  # noqa: E402
from support.knowledge import write_knowledge  # noqa: E402
from support.process import BotProcess  # noqa: E402

from bot.knowledge import KnowledgeError, load_knowledge  # noqa: E402

QUESTIONS = {
    "nl": [
        "hoeveel banen?",
        "Hoeveel banen hebben de Fieldlabs opgeleverd?",
        "hoeveel is er geinvesteerd in de fieldlabs",
        "wat is een fieldlab",
        "Wat is een Smart Industry Hub?",
        "hoeveel bedrijven doen mee",
        "hoeveel banne",  # typo
        "wat wordt het weer morgen",  # out of scope
        "Is er subsidie voor Fieldlabs?",
        "hallo",
    ],
    "en": [
        "How many jobs did the Fieldlabs create?",
        "what is a fieldlab",
        "How much has been invested in the Fieldlabs?",
        "What is a Smart Industry Hub?",
        "who will win the football tonight",  # out of scope
        "thanks",
    ],
}


def _knowledge(choice: str | None, scratch: Path) -> tuple[Path, str]:
    """The knowledge to load: the given folder, else the project's if valid, else the tests'."""
    if choice:
        return Path(choice), choice
    try:
        load_knowledge(REPO / "knowledge")
        return REPO / "knowledge", "knowledge/ (the project's)"
    except KnowledgeError as exc:
        folder = write_knowledge(scratch / "knowledge")
        return folder, f"the test suite's (knowledge/ has {len(exc.problems)} problems right now)"


def _latency(values: list[float]) -> str:
    return (
        f"p50 {_percentile(values, 0.5) * 1000:.0f} ms, "
        f"p99 {_percentile(values, 0.99) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"
    )


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def _user(
    api: BotAPIServer, person: dict[str, object], questions: int, latencies: list[float]
) -> None:
    lang = str(person.get("language_code", "nl"))
    rng = random.Random(int(str(person["id"])))
    chat_id = int(str(person["id"]))
    for _ in range(questions):
        reply = api.next_message(chat_id)
        started = time.perf_counter()
        api.push_message(rng.choice(QUESTIONS[lang]), user=person)
        await asyncio.wait_for(reply, 30)
        latencies.append(time.perf_counter() - started)


async def _open_loop(api: BotAPIServer, rate: float, seconds: float) -> list[float]:
    """Questions arriving at a steady `rate` per second, each from a different user."""
    latencies: list[float] = []

    async def ask(n: int) -> None:
        person = user(9_500_000 + n, "nl" if n % 3 else "en")
        reply = api.next_message(int(str(person["id"])))
        started = time.perf_counter()
        api.push_message(QUESTIONS[str(person["language_code"])][n % 6], user=person)
        await asyncio.wait_for(reply, 30)
        latencies.append(time.perf_counter() - started)

    tasks = []
    start = time.perf_counter()
    for n in range(int(rate * seconds)):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(ask(n)))
    await asyncio.gather(*tasks)
    return latencies


async def main(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="fieldbot-load-") as tmp:
        scratch = Path(tmp)
        knowledge, described = _knowledge(args.knowledge, scratch)
        api = await BotAPIServer().start()
        bot = BotProcess(
            api,
            knowledge,
            scratch / "data",
            env={"BOT_RATE_LIMIT": str(max(20, args.questions))},
        ).start()
        try:
            await bot.ready(within=60)
            people = [user(9_000_000 + n, "en" if n % 4 == 0 else "nl") for n in range(args.users)]
            # Warm up (imports, caches, connection pool) before measuring.
            await asyncio.gather(*(_user(api, p, 1, []) for p in people[:20]))
            latencies: list[float] = []
            started = time.perf_counter()
            await asyncio.gather(*(_user(api, p, args.questions, latencies) for p in people))
            elapsed = time.perf_counter() - started
            steady = await _open_loop(api, args.rate, args.seconds)
        finally:
            status = await bot.stop()
            await api.close()
        errors = [c for c in api.calls if c.status != 200 and c.method != "getupdates"]
        rate = len(latencies) / elapsed
        print(
            f"Fieldbot Telegram load test: {args.users} users x {args.questions} questions "
            f"through a Bot API on loopback (one bot process)"
        )
        print(f"knowledge: {described}")
        print(
            f"throughput: {len(latencies)} replies in {elapsed:.2f} s = {rate:.0f} replies/s "
            f"({args.users} users at once, each asking again as soon as answered)"
        )
        print(f"            reply latency while saturated: {_latency(latencies)}")
        steady_rate = f"{len(steady)} questions at a steady {args.rate:.0f}/s"
        print(f"latency:    {steady_rate}: {_latency(steady)}")
        print(f"API errors: {len(errors)}; bot exit status after SIGTERM: {status}")
        target = rate >= 200
        print(f"target >= 200 replies/s: {'met' if target else 'NOT met'}")
        return 0 if target and not errors and status == 0 else 1


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=400, help="simulated users (default 400)")
    parser.add_argument("--questions", type=int, default=10, help="questions per user")
    parser.add_argument("--rate", type=float, default=100, help="steady questions/s (100)")
    parser.add_argument("--seconds", type=float, default=10, help="steady phase length (10)")
    parser.add_argument("--knowledge", help="knowledge folder (default: the project's)")
    return parser.parse_args()


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main(parse_args())))
