"""Sources a person can read: structured sources, short citations, figures with their dates,
Hubs as they are today, and the old plain `source:` string still loading."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.citations import MAX_LINE, line
from bot.knowledge import KnowledgeError, load_knowledge
from bot.model import KnowledgeBase, PartialDate

WriteKnowledge = Callable[[dict[str, str]], Path]

STRUCTURED = """\
entries:
  - id: coffee.cups
    questions:
      nl: ["Hoeveel koffie drinkt het team?"]
    answer:
      nl: "Twaalf koppen per dag."
    sources:
      - publisher: Teamtelling
        title: Koffieturf
        date: 2024-01
        url: https://example.org/koffie
        note: "alleen de ochtendploeg geteld"
      - publisher: Teamtelling
        title: Koffieturf
        date: 2024-01
        url: https://example.org/koffie
    figures:
      - date: 2023
        value: 10
        text: {nl: "In 2023 waren het er tien per dag."}
      - date: 2024-01
        value: 12
        text: {nl: "In januari 2024 waren het er twaalf per dag."}
"""


def citation_lines(knowledge: KnowledgeBase) -> list[tuple[str, str]]:
    out = []
    for entry in knowledge.entries:
        for lang in ("nl", "en"):
            shown = line(entry.sources, lang)
            if shown:
                out.append((entry.id, shown))
    return out


def test_every_citation_is_short_with_at_most_three_addresses(knowledge: KnowledgeBase) -> None:
    lines = citation_lines(knowledge)
    assert lines
    for entry_id, shown in lines:
        assert len(shown) <= MAX_LINE, (entry_id, shown)
        assert shown.count("http") <= 3, (entry_id, shown)


def test_no_citation_shows_a_staff_note_or_a_placeholder_date(knowledge: KnowledgeBase) -> None:
    notes = {s.note for e in knowledge.entries for s in e.sources if s.note}
    for entry_id, shown in citation_lines(knowledge):
        assert not any(note in shown for note in notes), entry_id
        assert "01-01-" not in shown and "1 januari" not in shown, (entry_id, shown)
        assert not re.search(r"\((?:year not|plaque|role of)", shown), (entry_id, shown)


def test_every_record_cites_a_source(knowledge: KnowledgeBase) -> None:
    for record in (*knowledge.hubs, *knowledge.fieldlabs):
        assert record.sources, record.id


def test_structured_sources_are_deduplicated_and_the_note_is_never_shown(
    write_knowledge: WriteKnowledge,
) -> None:
    knowledge = load_knowledge(write_knowledge({"coffee.yaml": STRUCTURED}))
    reply = Assistant(knowledge).answer("hoeveel koffie drinkt het team?")
    assert reply.source_line() == (
        "Bron: Teamtelling, Koffieturf, januari 2024 (https://example.org/koffie)"
    )


def test_a_partial_date_is_kept_as_precise_as_the_source(write_knowledge: WriteKnowledge) -> None:
    knowledge = load_knowledge(write_knowledge({"coffee.yaml": STRUCTURED}))
    (entry,) = [e for e in knowledge.entries if e.id == "coffee.cups"]
    assert entry.sources[0].date == PartialDate(2024, 1)
    assert [f.date for f in entry.figures] == [PartialDate(2023), PartialDate(2024, 1)]


def test_a_source_without_a_date_is_a_warning_not_an_error(
    write_knowledge: WriteKnowledge,
) -> None:
    undated = STRUCTURED.replace("        date: 2024-01\n        url", "        url", 1)
    knowledge = load_knowledge(write_knowledge({"coffee.yaml": undated}))
    assert any("has no date" in w.render("en") for w in knowledge.warnings)


def test_a_source_with_a_bad_url_is_refused_with_its_line(write_knowledge: WriteKnowledge) -> None:
    bad = STRUCTURED.replace("url: https://example.org/koffie", "url: example.org", 1)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(write_knowledge({"coffee.yaml": bad}))
    assert "url must start with https://" in caught.value.problems[0].render("en")
    assert "de url moet beginnen met https://" in str(caught.value)  # Dutch by default


def test_the_figure_of_the_year_asked_is_answered(write_knowledge: WriteKnowledge) -> None:
    assistant = Assistant(load_knowledge(write_knowledge({"coffee.yaml": STRUCTURED})))
    assert assistant.answer("hoeveel koffie drinkt het team in 2023?").text == (
        "In 2023 waren het er tien per dag."
    )
    latest = assistant.answer("hoeveel koffie drinkt het team nu?").text
    assert latest == (
        "Het nieuwste cijfer in mijn bronnen is van januari 2024: "
        "in januari 2024 waren het er twaalf per dag."
    )


def test_a_year_without_a_figure_names_the_nearest(write_knowledge: WriteKnowledge) -> None:
    assistant = Assistant(load_knowledge(write_knowledge({"coffee.yaml": STRUCTURED})))
    text = assistant.answer("hoeveel koffie drinkt het team in 2020?").text
    assert text == "Voor 2020 heb ik geen cijfer. In 2023 waren het er tien per dag."


def test_a_figure_that_states_early_next_year_answers_that_year(assistant: Assistant) -> None:
    early = assistant.answer("hoeveel fieldlabs waren er begin 2019?").text
    assert "geen cijfer" not in early and "begin 2019 kwamen er nog vier" in early
    late = assistant.answer("hoeveel fieldlabs waren er eind 2019?").text
    assert late.startswith("Voor 2019 heb ik geen cijfer.")
    assert assistant.answer("hoeveel banen in 2019?").text.startswith("Voor 2019 heb ik geen")


def test_a_stopped_hub_is_never_routed_to_without_saying_so(assistant: Assistant) -> None:
    reply = assistant.answer("hub voor Rotterdam")
    assert reply.entry == "hub.zuid-holland"
    assert "gestopt" in reply.text and "EDIH" in reply.text


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("wie leidt BOOST?", "Burghard"),
        ("welke fieldlabs horen bij de hub in het noorden?", "Technologies Added"),
        ("hoeveel fieldlabs waren er in 2017?", "29"),
        ("who leads BOOST?", "Burghard"),
        ("which fieldlabs belong to the hub in the north?", "Technologies Added"),
        ("how many fieldlabs were there in 2017?", "29"),
    ],
)
def test_the_issues_questions_get_sourced_answers(
    assistant: Assistant, question: str, needle: str
) -> None:
    reply = assistant.answer(question)
    assert reply.confident and needle in reply.text
    assert reply.source_line()


def test_every_fact_the_coverage_list_calls_answerable_has_its_entry(
    knowledge: KnowledgeBase,
) -> None:
    """docs/knowledge-coverage.md lists each reference fact with the entry that answers it."""
    doc = Path(__file__).resolve().parent.parent / "docs" / "knowledge-coverage.md"
    ids = {e.id for e in knowledge.entries} | {h.id for h in knowledge.hubs}
    ids |= {f.id for f in knowledge.fieldlabs}
    named: set[str] = set()
    for row in doc.read_text(encoding="utf-8").splitlines():
        if not row.startswith("|") or "left out" in row:
            continue
        cells = row.strip("|").split("|")
        where = cells[-1] if len(cells) >= 2 else ""
        named |= set(
            re.findall(
                r"\b((?:results|programme|fieldlabs?|hubs?|people|publication|"
                r"jaarevent|video|smalltalk)\.[a-z0-9.-]*[a-z0-9])\b",
                where,
            )
        )
    derived = {n for n in named if n.startswith(("fieldlabs.place.", "fieldlabs.theme."))}
    assert len(named) > 40
    assert named - derived <= ids, sorted(named - derived - ids)


def test_a_reply_with_two_answers_cites_both(assistant: Assistant) -> None:
    reply = assistant.answer("Wat is BOOST en wat is SMITZH?")
    assert len(reply.parts) == 2
    cited = {source.key() for source in reply.sources}
    for part in reply.parts:
        assert part.sources[0].key() in cited
