"""Work done once per knowledge version or once per sentence gives the same answers as doing
it again for every question: the entry whose figures a message quotes found through an index
of figure values (not by walking every entry)."""

from __future__ import annotations

import re

import pytest

from bot.assistant import Assistant, _figure_owners, _figures_told
from bot.knowledge import KnowledgeBase
from bot.model import Entry, Figure, PartialDate
from bot.text import fold
from bot.understanding.numbers import numbers_as_digits

# -- the entry whose figures are quoted --------------------------------------------------


def _quoted_by_walking(knowledge: KnowledgeBase, told: str) -> str | None:
    """The plain reading: every entry, counting its figures the message says."""
    said = {float(n) for n in re.findall(r"\d+", numbers_as_digits(fold(told)))}
    said |= {n * 1_000_000 for n in said}
    best: tuple[int, str] | None = None
    for entry in knowledge.entries:
        quoted = sum(1 for f in entry.figures if f.value is not None and f.value in said)
        if quoted >= 2 and (best is None or quoted > best[0]):
            best = (quoted, entry.id)
    return best[1] if best else None


def _valued(entry: Entry) -> list[float]:
    return [f.value for f in entry.figures if f.value is not None]


def test_every_entry_with_two_figures_is_found_when_both_are_quoted(
    assistant: Assistant, knowledge: KnowledgeBase
) -> None:
    served = assistant._served
    quoted = [e for e in knowledge.entries if len(set(_valued(e))) >= 2]
    assert quoted  # the real knowledge holds dated figures
    for entry in quoted:
        first, second = sorted(set(_valued(entry)))[:2]
        told = f"de ene bron zegt {first:.0f}, de andere {second:.0f}"
        assert _figures_told(served, told) == _quoted_by_walking(knowledge, told)
        assert _figures_told(served, told) is not None


@pytest.mark.parametrize(
    "told",
    [
        "Dialogic spreekt van zo'n 550 bedrijven, TNO van 680. Hoe zit dat verschil?",
        "ik zie 35, 36 en 45 fieldlabs staan",
        "one piece says 600 companies, another says 550",
        "het ging om 165 miljoen en later 240 miljoen",
        "hoeveel fieldlabs zijn er?",
        "drie of vier",
    ],
)
def test_the_figure_index_finds_what_walking_every_entry_finds(
    assistant: Assistant, knowledge: KnowledgeBase, told: str
) -> None:
    assert _figures_told(assistant._served, told) == _quoted_by_walking(knowledge, told)


def _figured(entry_id: str, *values: float) -> Entry:
    day = PartialDate(2020)
    return Entry(
        entry_id,
        {"nl": (entry_id,)},
        {"nl": "."},
        figures=tuple(Figure(day, {"nl": "."}, value=v) for v in values),
    )


def test_on_a_tie_the_first_entry_wins_and_a_value_stated_twice_counts_twice() -> None:
    knowledge = KnowledgeBase(
        (
            _figured("a", 10, 20),
            _figured("b", 10, 20),
            _figured("c", 30, 30),
            _figured("d", 10, 20, 40),
        )
    )
    owners = _figure_owners(knowledge)
    assert owners[10.0] == (0, 1, 3) and owners[30.0] == (2, 2)
    served = Assistant(knowledge)._served
    for told in ("10 en 20", "30 alleen", "10, 20 en 40", "10 en 30", "20"):
        assert _figures_told(served, told) == _quoted_by_walking(knowledge, told)
    assert _figures_told(served, "10 en 20") == "a"
    assert _figures_told(served, "30 alleen") == "c"
    assert _figures_told(served, "10, 20 en 40") == "d"
