"""How common a word is in Dutch and English (bot/data/wordfreq.tsv, from wordfreq).

The matcher weighs a question word that no entry knows by it: chatter is common language
("eigenlijk", "familiebedrijf", "so far"), while the subject of a close-but-wrong question is
usually a rare name ("Unilever", "ASML") or comes after "in"/"bij" ("in de zorg").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _per_language() -> dict[str, tuple[float, float]]:
    table: dict[str, tuple[float, float]] = {}
    data = resources.files("bot").joinpath("data/wordfreq.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        word, nl, en = line.split("\t")
        table[word] = (float(nl), float(en))
    return table


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    return {word: max(nl, en) for word, (nl, en) in _per_language().items()}


def language_of_word(word: str, margin: float = 1.0) -> str | None:
    """'nl' or 'en' for a word much more common in one of the two ("landbouw": nl), else None."""
    nl, en = _per_language().get(word, (0.0, 0.0))
    if abs(nl - en) < margin:
        return None
    return "nl" if nl > en else "en"


def zipf(word: str) -> float:
    """Zipf frequency of a folded word, the higher of Dutch and English (0: rare/unknown)."""
    return _table().get(word, 0.0)


def zipf_nl(word: str) -> float:
    """Zipf frequency of a folded word in Dutch alone (0: rare/unknown)."""
    return _per_language().get(word, (0.0, 0.0))[0]


def load() -> None:
    """Read the table now, at start-up or reload, not during the first user's answer."""
    _table()
