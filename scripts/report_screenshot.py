"""Render `fieldbot report --format html` in headless Chromium and save a PNG screenshot.

    python scripts/report_screenshot.py [--lang nl|en] [--out report.png] [--html FILE]

Without --html it first writes a demo question log (ten days of questions answered by the
real assistant over ./knowledge, with 👍/👎 votes, through the real Storage) in a temporary
folder and renders its report, so the page looks like one staff would get. Chromium is found
as $CHROMIUM, `chromium`, `chromium-browser` or `google-chrome` (Debian: apt install chromium).
Exit 0 with the PNG written, 1 when Chromium fails, 3 when no Chromium is installed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.assistant import Assistant  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.report import run_report  # noqa: E402
from bot.storage import Storage  # noqa: E402

NO_CHROMIUM = 3
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SECRET = b"demo-secret-for-the-screenshot-0123"
DAY = 86400.0

# (days ago, telegram user id, question, vote on the answer: 1, -1 or 0)
DEMO: tuple[tuple[int, int, str, int], ...] = (
    (9, 1, "hoeveel banen hebben de fieldlabs opgeleverd?", 1),
    (9, 2, "wat kost een fieldlab?", 0),
    (8, 3, "hoeveel kost deelname aan een fieldlab", 0),
    (8, 1, "welke fieldlabs doen iets met bouw?", -1),
    (7, 4, "Wat is RoboHouse?", 1),
    (7, 5, "hoe laat vertrekt de trein naar utrecht", 0),
    (6, 2, "bij welke hub kan ik terecht in Utrecht?", -1),
    (6, 6, "asdfgh", 0),
    (5, 3, "hoeveel banen?", -1),
    (5, 7, "wat kost een fieldlab per jaar", 0),
    (4, 4, "kan ik parkeren bij een fieldlab?", 0),
    (4, 8, "hoi", 0),
    (3, 5, "How many jobs did the Fieldlabs create?", 1),
    (3, 9, "wat is de website van BOOST?", 1),
    (2, 6, "parkeren bij het fieldlab", 0),
    (2, 1, "hoeveel is er geïnvesteerd?", 0),
    (1, 2, "kjhkjh", 0),
    (1, 7, "welke fieldlabs zijn er in Delft?", 1),
    (0, 8, "wat kost een fieldlab?", 0),
    (0, 9, "hoeveel bedrijven doen mee?", 0),
)


async def write_demo_log(config: Config) -> None:
    """The demo questions answered by the real assistant and logged as the bot logs them."""
    assistant = Assistant(load_knowledge(config.knowledge_dir))
    storage = await Storage.open(config.database_path, secret=SECRET)
    now = time.time()
    try:
        for days_ago, user_id, question, vote in DEMO:
            reply = assistant.answer(question)
            nearest = reply.alternatives[0].entry if reply.alternatives else None
            key = storage.user_key(user_id)
            asked = now - days_ago * DAY - 3600
            question_id = storage.log_question(
                user_key=key,
                text=question,
                lang=reply.language,
                entry=reply.entry if reply.confident else nearest,
                score=reply.score,
                confident=reply.confident,
                ts=asked,
            )
            if vote:
                storage.record_feedback(question_id, key, reply.entry, vote, ts=asked + 60)
        await storage.flush()
    finally:
        await storage.close()


def find_chromium() -> str | None:
    """Chromium's path: $CHROMIUM, else the first browser on PATH."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return shutil.which(configured)  # None when it is not an executable
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def screenshot(browser: str, page: Path, png: Path, *, width: int, height: int) -> int:
    """Chromium renders `page` headless into `png`; its exit status."""
    with tempfile.TemporaryDirectory(prefix="fieldbot-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",  # root in a container has no user namespace for the sandbox
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page.resolve().as_uri(),
        ]
        result = subprocess.run(  # noqa: S603 - our own arguments, no shell
            command, capture_output=True, text=True, check=False, timeout=120
        )
    if result.returncode != 0 or not png.is_file():
        sys.stderr.write(result.stderr[-2000:])
        return result.returncode or 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=Path("report.png"), help="the PNG to write")
    parser.add_argument("--html", type=Path, help="an existing report page (else a demo log)")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=3000)
    args = parser.parse_args(argv)
    browser = find_chromium()
    if browser is None:
        sys.stderr.write("Error: no Chromium found (apt install chromium, or set CHROMIUM)\n")
        return NO_CHROMIUM
    with tempfile.TemporaryDirectory(prefix="fieldbot-report-") as folder:
        page = args.html
        if page is None:
            config = Config(knowledge_dir=REPO / "knowledge", data_dir=Path(folder) / "data")
            asyncio.run(write_demo_log(config))
            page = Path(folder) / "report.html"
            status = run_report(
                config, since_days=14, fmt="html", output=str(page), lang=args.lang
            )
            if status != 0:
                return status
        status = screenshot(browser, page, args.out, width=args.width, height=args.height)
    if status == 0:
        print(f"wrote {args.out}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
