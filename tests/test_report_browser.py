"""The HTML report in a real browser: headless Chromium renders it to a PNG.

Runs scripts/report_screenshot.py as staff would (a demo log through the real Storage, the
real `fieldbot report`, a real Chromium) and reads the pixels back. Skipped only when no
Chromium is installed (Debian: `apt install chromium`).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO

SCRIPT = REPO / "scripts" / "report_screenshot.py"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM = os.environ.get("CHROMIUM") or next(filter(shutil.which, BROWSERS), None)
BAR_BLUE = (0x3B, 0x7D, 0xD8)  # the chart's bars (bot/report/as_html.py)
HINT_YELLOW = (0xFF, 0xF8, 0xE1)  # the suggestion under each cluster


def pixels(png: Path) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and the RGB pixels of an 8-bit, non-interlaced PNG (what Chromium saves)."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = {}, 8
    idat = b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IDAT":
            idat += body
        else:
            chunks[kind] = body
        offset += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, interlace) == (8, 0) and color in (2, 6)
    channels = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        rows.append(line)
        previous = line
    rgb = [(row[x], row[x + 1], row[x + 2]) for row in rows for x in range(0, stride, channels)]
    return width, height, rgb


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")
def test_headless_chromium_renders_the_report_with_its_chart(tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(png), "--width", "900", "--height", "4000"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "CHROMIUM": str(CHROMIUM)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    width, height, rgb = pixels(png)
    assert (width, height) == (900, 4000)
    colours = Counter(rgb)
    white = colours[(255, 255, 255)]
    assert white < 0.95 * len(rgb)  # a page was drawn, not an empty window
    assert colours[BAR_BLUE] > 2000  # the SVG chart's bars are drawn
    assert colours[HINT_YELLOW] > 2000  # the clusters with their suggestion


def test_the_script_says_so_when_no_chromium_is_installed(tmp_path: Path) -> None:
    env = {**os.environ, "CHROMIUM": str(tmp_path / "no-such-browser")}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert result.returncode == 3 and not (tmp_path / "x.png").exists()
    assert result.stderr == "Error: no Chromium found (apt install chromium, or set CHROMIUM)\n"
