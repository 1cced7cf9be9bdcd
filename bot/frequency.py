"""How common a word is in Dutch and English (bot/data/wordfreq.tsv, from wordfreq).

The matcher weighs a question word that no entry knows by it: chatter is common language
("eigenlijk", "familiebedrijf", "so far"), while the subject of a close-but-wrong question is
usually a rare name ("Unilever", "ASML") or comes after "in"/"bij" ("in de zorg").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    table: dict[str, float] = {}
    data = resources.files("bot").joinpath("data/wordfreq.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        word, nl, en = line.split("\t")
        table[word] = max(float(nl), float(en))
    return table


def zipf(word: str) -> float:
    """Zipf frequency of a folded word, the higher of Dutch and English (0: rare/unknown)."""
    return _table().get(word, 0.0)


def load() -> None:
    """Read the table now, at start-up or reload, not during the first user's answer."""
    _table()
