"""`fieldbot bench`: matching latency, accuracy and memory on synthetic knowledge.

Each size runs in a fresh subprocess so its RSS is its own. The naive baseline from
README's targets (`extractOne` with WRatio over every phrasing) runs on the same questions in the
same process, and the speed ratio is printed next to ours.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml
from rapidfuzz import fuzz, process, utils

from bot.assistant import Assistant
from bot.clustering import cluster_texts
from bot.knowledge import load_knowledge

SEED = 20190318
PHRASINGS = 4
ENTRIES_PER_FILE = 500
_CONSONANTS = "bdfghjklmnprstvwz"
_VOWELS = "aeiou"
_FILLERS = ["hoe", "wat", "is", "de", "het", "een", "van", "in", "bij", "voor", "zijn", "er"]


def _word(rng: random.Random) -> str:
    syllables = rng.randint(2, 4)
    return "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(syllables))


def synthetic_entries(count: int, seed: int = SEED) -> list[dict[str, Any]]:
    """`count` entries over a Zipf-like vocabulary; deterministic for a seed."""
    rng = random.Random(seed)
    vocabulary = sorted({_word(rng) for _ in range(max(count * 3, 3000))})
    rng.shuffle(vocabulary)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(vocabulary))]
    entries = []
    for index in range(count):
        # Two rare words make each entry's subject; common words fill the phrasings.
        subject = rng.sample(vocabulary[len(vocabulary) // 3 :], 2)
        phrasings = []
        for _ in range(PHRASINGS):
            common = rng.choices(vocabulary, weights=weights, k=rng.randint(1, 3))
            words = subject + common + rng.sample(_FILLERS, 2)
            rng.shuffle(words)
            phrasings.append(" ".join(words))
        entries.append(
            {
                "id": f"synthetic.{index}",
                "questions": {"nl": phrasings},
                "answer": {"nl": f"Antwoord {index}."},
                "source": "synthetic benchmark data",
            }
        )
    return entries


def perturb(text: str, rng: random.Random) -> str:
    """A typo, a dropped word or two swapped words, as users write."""
    words = text.split()
    kind = rng.randrange(3)
    if kind == 0:
        i = rng.randrange(len(words))
        word = words[i]
        if len(word) > 4:
            j = rng.randrange(1, len(word) - 1)
            words[i] = word[:j] + word[j + 1 :]
    elif kind == 1 and len(words) > 3:
        del words[rng.randrange(len(words))]
    elif len(words) > 1:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(size: int, queries: int) -> dict[str, Any]:
    """Run one size: write YAML, load + index, time our matcher and the baseline."""
    entries = synthetic_entries(size)
    with tempfile.TemporaryDirectory(prefix="fieldbot-bench-") as folder:
        for start in range(0, size, ENTRIES_PER_FILE):
            chunk = entries[start : start + ENTRIES_PER_FILE]
            path = Path(folder) / f"part{start // ENTRIES_PER_FILE:03d}.yaml"
            path.write_text(yaml.safe_dump({"entries": chunk}, allow_unicode=True), "utf-8")
        rss_before = _rss_mb()
        started = time.perf_counter()
        knowledge = load_knowledge(folder)
        loaded = time.perf_counter()
        assistant = Assistant(knowledge)
        indexed = time.perf_counter()
    rss_loaded = _rss_mb()
    rng = random.Random(SEED + size)
    cases = []
    for _ in range(queries):
        entry = rng.choice(entries)
        cases.append((perturb(rng.choice(entry["questions"]["nl"]), rng), entry["id"]))
    # The whole answer, reading step included (greeting, clauses, records, directory, match),
    # as every channel calls it; the bare matcher beside it.
    ours: list[float] = []
    matcher_ms: list[float] = []
    right = 0
    for question, expected in cases:
        t0 = time.perf_counter()
        reply = assistant.answer(question, lang="nl")
        ours.append((time.perf_counter() - t0) * 1000)
        right += expected in reply.answered() or reply.entry == expected
        t0 = time.perf_counter()
        assistant.matcher.search(question, lang="nl")
        matcher_ms.append((time.perf_counter() - t0) * 1000)
    choices = [q for e in entries for q in e["questions"]["nl"]]
    owners = [e["id"] for e in entries for _ in e["questions"]["nl"]]
    baseline: list[float] = []
    baseline_right = 0
    baseline_cases = cases[: max(50, queries // 10)]  # the baseline is slow: a sample
    for question, expected in baseline_cases:
        t0 = time.perf_counter()
        found = process.extractOne(
            question, choices, scorer=fuzz.WRatio, processor=utils.default_process
        )
        baseline.append((time.perf_counter() - t0) * 1000)
        baseline_right += found is not None and owners[found[2]] == expected
    return {
        "entries": size,
        "phrasings": len(choices),
        "load_s": round(loaded - started, 3),
        "index_s": round(indexed - loaded, 3),
        "rss_mb": round(rss_loaded, 1),
        "rss_growth_mb": round(rss_loaded - rss_before, 1),
        "p50_ms": round(_percentile(ours, 0.5), 3),
        "p99_ms": round(_percentile(ours, 0.99), 3),
        "matcher_p99_ms": round(_percentile(matcher_ms, 0.99), 3),
        "accuracy": round(right / len(cases), 4),
        "baseline_p50_ms": round(_percentile(baseline, 0.5), 3),
        "baseline_p99_ms": round(_percentile(baseline, 0.99), 3),
        "baseline_accuracy": round(baseline_right / len(baseline_cases), 4),
        "speedup_p50": round(_percentile(baseline, 0.5) / max(_percentile(ours, 0.5), 1e-6), 1),
        "queries": len(cases),
        "baseline_queries": len(baseline_cases),
    }


def synthetic_misses(count: int, seed: int = SEED) -> list[str]:
    """Distinct unanswered questions as one flooding user could log them in a day: a few
    common words each (so every question shares prefixes with thousands of others) plus a
    made-up one."""
    rng = random.Random(seed)
    common = [_word(rng) for _ in range(20)]
    return [
        f"hoeveel {' '.join(rng.sample(common, 3))} {_word(rng)}{_word(rng)} fieldlab?"
        for _ in range(count)
    ]


def measure_clustering(sizes: Sequence[int] = (5000, 20000)) -> dict[str, float]:
    """Seconds to cluster each number of distinct misses (what /stats and /unanswered do)."""
    figures: dict[str, float] = {}
    for size in sizes:
        texts = synthetic_misses(size)
        started = time.perf_counter()
        cluster_texts(texts)
        figures[f"cluster_{size}_s"] = round(time.perf_counter() - started, 3)
    return figures


def run_bench(sizes: list[int], queries: int, out: TextIO, *, telegram: bool = False) -> int:
    """Print one block per size; every size runs in its own subprocess. Then clustering."""
    if telegram:
        script = Path(__file__).resolve().parent.parent / "scripts" / "telegram_load.py"
        return subprocess.call([sys.executable, str(script)])  # noqa: S603 - our own script
    for size in sizes:
        result = subprocess.run(  # noqa: S603 - runs this module with our own arguments
            [sys.executable, "-m", "bot.bench", str(size), str(queries)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            out.write(f"Error: bench at {size} entries failed:\n{result.stderr}\n")
            return 1
        figures = json.loads(result.stdout)
        out.write(
            f"{size:>6} entries ({figures['phrasings']} phrasings): "
            f"load {figures['load_s']:.2f} s + index {figures['index_s']:.2f} s, "
            f"RSS {figures['rss_mb']:.0f} MB\n"
            f"        fieldbot  p50 {figures['p50_ms']:.3f} ms  p99 {figures['p99_ms']:.3f} ms  "
            f"accuracy {figures['accuracy']:.1%} ({figures['queries']} questions, whole answer; "
            f"matcher alone p99 {figures['matcher_p99_ms']:.3f} ms)\n"
            f"        baseline  p50 {figures['baseline_p50_ms']:.3f} ms  "
            f"p99 {figures['baseline_p99_ms']:.3f} ms  "
            f"accuracy {figures['baseline_accuracy']:.1%} ({figures['baseline_queries']} "
            f"questions)\n"
            f"        speed-up  {figures['speedup_p50']:.0f}x at p50\n"
        )
        out.write("json: " + json.dumps(figures) + "\n")
        out.flush()
    clustering = measure_clustering()
    small, large = clustering["cluster_5000_s"], clustering["cluster_20000_s"]
    out.write(
        f"clustering misses: 5,000 in {small:.2f} s, 20,000 in {large:.2f} s "
        f"({large / max(small, 1e-9):.1f}x for 4x the misses; quadratic would be 16x)\n"
    )
    out.write("json: " + json.dumps(clustering) + "\n")
    return 0


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), int(sys.argv[2]))))
