"""Answering fast without answering differently: what one answer asks twice is looked up once,
per knowledge version, and the sentence cut finds the same sentences."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.assistant import Assistant
from bot.knowledge import load_knowledge
from bot.matching import Matcher
from bot.reload import KnowledgeReloader
from bot.understanding.words import _SENTENCE

JOBS = """\
entries:
  - id: results.jobs
    questions:
      nl: ["Hoeveel banen hebben de Fieldlabs opgeleverd?", "banen fieldlabs"]
    answer:
      nl: "Naar schatting {jobs} directe banen."
    source: "TNO, Fieldlab publicatie"
    as_of: 2019-03-18
"""
FUNDING = """\
  - id: results.funding
    questions:
      nl: ["Hoeveel subsidie is er?", "subsidie"]
    answer:
      nl: "Er is subsidie."
    source: "TNO, Fieldlab publicatie"
    as_of: 2019-03-18
"""


def test_the_same_search_twice_gives_the_same_match(tmp_path: Path) -> None:
    (tmp_path / "results.yaml").write_text(JOBS.format(jobs=430), encoding="utf-8")
    matcher = Matcher(load_knowledge(tmp_path))
    first = matcher.search("hoeveel banen?", lang="nl")
    assert first.best is not None and first.best.entry == "results.jobs"
    assert matcher.search("hoeveel banen?", lang="nl") == first
    # other arguments are another search
    assert matcher.search("hoeveel banen?", lang="nl", limit=1).candidates == first.candidates[:1]


def test_a_question_cut_into_terms_is_a_new_list_each_time(tmp_path: Path) -> None:
    (tmp_path / "results.yaml").write_text(JOBS.format(jobs=430), encoding="utf-8")
    analyzer = Matcher(load_knowledge(tmp_path)).analyzer
    terms = analyzer.query_terms("hoeveel banen fieldlabs", "nl")
    terms.clear()  # a caller may change its list
    assert (
        [t.term for t in analyzer.query_terms("hoeveel banen fieldlabs", "nl")]
        == [
            t.term
            for t in Matcher(load_knowledge(tmp_path)).analyzer.query_terms(
                "hoeveel banen fieldlabs", "nl"
            )
        ]
        != []
    )


def test_a_reload_answers_from_the_new_knowledge_not_from_the_memo(tmp_path: Path) -> None:
    (tmp_path / "results.yaml").write_text(JOBS.format(jobs=430), encoding="utf-8")
    assistant = Assistant(load_knowledge(tmp_path))
    assert "430" in assistant.answer("hoeveel banen?").text
    assert "430" in assistant.answer("hoeveel banen?").text
    (tmp_path / "results.yaml").write_text(JOBS.format(jobs=431) + FUNDING, encoding="utf-8")
    assert asyncio.run(KnowledgeReloader(assistant, tmp_path).reload()).ok
    assert "431" in assistant.answer("hoeveel banen?").text
    assert assistant.answer("subsidie?").entry == "results.funding"


def test_sentences_are_cut_at_their_stops_and_not_after_an_abbreviation() -> None:
    assert _SENTENCE.split("Hoi. Wat is een hub?") == ["Hoi.", "Wat is een hub?"]
    assert _SENTENCE.split("Top!Wat is een hub?") == ["Top!", "Wat is een hub?"]
    assert _SENTENCE.split("robots, bijv. cobots; en verder\n\nwat nog") == [
        "robots, bijv. cobots;",
        "en verder",
        "wat nog",
    ]
    assert _SENTENCE.split("acc. to the coordinators, Dhr. Jansen zegt") == [
        "acc. to the coordinators, Dhr. Jansen zegt"
    ]
    assert _SENTENCE.split("geen stop hier") == ["geen stop hier"]
