"""Fact questions that name where or when a figure comes from: "volgens Dialogic", "by TNO
monitor 2020", "Sol's blog of October 2018". The sources, dates and sentences of an entry's
dated figures are evidence for that entry, as an answer's own words are."""

from __future__ import annotations

import pytest
from conftest import WriteKnowledge

from bot.assistant import Assistant
from bot.knowledge import load_knowledge
from bot.matching import Matcher

# Two entries asked alike; only the second holds figures, given by Dialogic in March 2021.
TWO_COUNTS = """
entries:
  - id: counts.visitors
    questions:
      nl: ["Hoeveel bezoekers had de vereniging?", "aantal bezoekers"]
    answer:
      nl: "Er kwamen vierhonderd bezoekers op de open dag."
    source: "Eigen telling"
  - id: counts.members
    questions:
      nl: ["Hoeveel leden heeft de vereniging?", "aantal leden"]
    answer:
      nl: "Er zijn driehonderd leden."
    sources:
      - publisher: Dialogic
        title: "Evaluatie van de vereniging"
        date: 2021-03
    figures:
      - date: 2021-03
        value: 300
        text: {nl: "In maart 2021 telde Dialogic driehonderd leden."}
        sources:
          - publisher: Dialogic
            title: "Evaluatie van de vereniging"
            date: 2021-03
"""


def test_a_source_the_reading_set_aside_favours_the_entry_whose_figures_it_gave(
    write_knowledge: WriteKnowledge,
) -> None:
    matcher = Matcher(load_knowledge(write_knowledge({"counts.yaml": TWO_COUNTS})))
    plain = matcher.search("hoeveel personen telde de vereniging ongeveer", lang="nl")
    named = matcher.search(
        "hoeveel personen telde de vereniging ongeveer", lang="nl", cited=["dialogic"]
    )
    best = named.best
    assert best is not None and best.entry == "counts.members"
    assert best.score > next(c.score for c in plain.candidates if c.entry == "counts.members")


def test_a_month_and_year_set_aside_favour_the_entry_with_a_figure_of_that_date(
    write_knowledge: WriteKnowledge,
) -> None:
    matcher = Matcher(load_knowledge(write_knowledge({"counts.yaml": TWO_COUNTS})))
    dated = matcher.search(
        "hoeveel personen telde de vereniging ongeveer", lang="nl", cited=["maart", "2021"]
    )
    undated = matcher.search(
        "hoeveel personen telde de vereniging ongeveer", lang="nl", cited=["juli", "2019"]
    )
    members = [
        c.score for m in (dated, undated) for c in m.candidates if c.entry == "counts.members"
    ]
    assert members[0] > members[1]


def test_a_source_no_figure_names_lowers_no_entry(write_knowledge: WriteKnowledge) -> None:
    matcher = Matcher(load_knowledge(write_knowledge({"counts.yaml": TWO_COUNTS})))
    plain = matcher.search("hoeveel bezoekers had de vereniging", lang="nl")
    told = matcher.search("hoeveel bezoekers had de vereniging", lang="nl", cited=["buurman"])
    assert plain.candidates == told.candidates


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Dialogic say how much money for fieldlabs 2015 until 2019?", "314"),
        (
            "Welk bedrag noemt Dialogic voor de financiering van de Fieldlabs in 2015-2019?",
            "314",
        ),
        ("how much money is invested in fieldlabs by TNO monitor 2020?", "367"),
        (
            "how much is invested in fieldlabs, public and private together, by TNO monitor 2020?",
            "367",
        ),
    ],
)
def test_a_question_naming_who_gave_a_figure_gets_that_figure(
    assistant: Assistant, question: str, figure: str
) -> None:
    reply = assistant.answer(question)
    assert reply.confident and "results.investments" in reply.answered()
    assert figure in reply.text


def test_two_figures_of_one_date_asked_together_are_both_answered(assistant: Assistant) -> None:
    reply = assistant.answer(
        "hoeveel banen en hoeveel investeringen hebben de fieldlabs tot eind 2018 opgeleverd?"
    )
    assert reply.answered() == ("results.jobs", "results.investments")
    assert "430" in reply.text and "240" in reply.text


def test_an_organisation_named_alone_is_the_subject_not_the_source(assistant: Assistant) -> None:
    # TNO gave the jobs figure, but "does TNO have" asks about TNO's own staff.
    reply = assistant.answer("How many employees does TNO have?")
    assert "results.jobs" not in reply.answered()


def test_a_source_an_entry_cites_without_dated_figures_is_evidence_for_it(
    assistant: Assistant,
) -> None:
    # The Implementation Agenda's entry cites Dialogic for the nine projects.
    reply = assistant.answer(
        "Dialogic says the acceleration was delivered through how many projects?"
    )
    assert reply.confident and "programme.implementatieagenda" in reply.answered()
    assert "nine" in reply.text


def test_a_verb_of_saying_is_how_a_source_is_named_not_what_is_asked(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "What was the total public plus private investment mentioned in TNO monitor 2020?"
    )
    assert reply.confident and "results.investments" in reply.answered()
    assert "367" in reply.text


@pytest.mark.parametrize(
    ("question", "entry", "figure"),
    [
        (
            "In his blog of October 2018 Sol is telling how many companies were really "
            "active in fieldlabs?",
            "results.companies",
            "300",
        ),
        (
            "How many Dutch firms still had to get started, according to the programme "
            "director in 2018?",
            "results.reach",
            "30,000",
        ),
        (
            "Hoeveel Fieldlabs telde Nederland in januari 2020, en hoeveel bedrijven, "
            "kennisinstellingen en overheden werkten daarin samen?",
            "results.companies",
            "500",
        ),
    ],
)
def test_the_person_or_month_that_dates_a_figure_finds_its_entry(
    assistant: Assistant, question: str, entry: str, figure: str
) -> None:
    reply = assistant.answer(question)
    assert entry in reply.answered()
    assert figure in reply.text


def test_a_subject_another_rewrite_set_aside_is_no_source(assistant: Assistant) -> None:
    # "it" is the Action Agenda: its name moved, it was not said as who gave a figure.
    reply = assistant.answer(
        "What was the Actieagenda Smart Industry and when was it handed over?"
    )
    assert reply.answered() == ("programme.actieagenda",)


def test_the_kind_of_writing_its_address_names_finds_the_figure(assistant: Assistant) -> None:
    # Sol's count of October 2018 was a blog ("…/business/blog/2018/10/de-regios-aan-zet").
    reply = assistant.answer(
        "Sol's October 2018 blog: how many companies did he describe as fully active?"
    )
    assert reply.confident and "results.companies" in reply.answered()
    assert "300" in reply.text
