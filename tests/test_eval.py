"""`fieldbot eval`: the judge, dialogues in context, the peers at their best threshold."""

from __future__ import annotations

import textwrap
from io import StringIO
from pathlib import Path

from bot.assistant import Assistant
from bot.evaluation import Case, Outcome, evaluate, judge, load_cases, run_eval, summary
from bot.model import KnowledgeBase

SET = """\
- q: "Goedemorgen! hoeveel banen hebben de fieldlabs opgeleverd?"
  lang: nl
  kind: fact
  expect: [results.jobs]
  must: ["430"]
  style: greeting
- q: "wat wordt het weer morgen?"
  lang: nl
  kind: out
  expect: []
  style: short
- q: "hoeveel banen zijn er bij Unilever?"
  lang: nl
  kind: close
  expect: []
- id: d1
  lang: nl
  turns:
    - q: "Wat is SAM|XL?"
      turn: first
      kind: fact
      expect: [fieldlab.samxl]
    - q: "waar zit dat?"
      turn: followup
      kind: fact
      expect: [fieldlab.samxl]
      must: ["Delft"]
"""


def write_set(tmp_path: Path) -> Path:
    path = tmp_path / "set.yaml"
    path.write_text(textwrap.dedent(SET), encoding="utf-8")
    return path


def test_a_fact_is_right_only_with_its_entry_and_its_must_texts(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen?")
    right = Case("hoeveel banen?", "nl", "fact", ("results.jobs",), ("430",))
    wrong_figure = Case("hoeveel banen?", "nl", "fact", ("results.jobs",), ("999",))
    other = Case("hoeveel banen?", "nl", "fact", ("results.companies",))
    assert judge(right, reply) == (True, False)
    assert judge(wrong_figure, reply) == (False, False)
    assert judge(other, reply) == (False, True)  # a confident wrong answer


def test_a_declined_question_is_right_for_out_of_scope(assistant: Assistant) -> None:
    reply = assistant.answer("wat wordt het weer morgen?")
    assert judge(Case("…", "nl", "out"), reply) == (True, False)


def test_dialogue_turns_are_answered_in_context(tmp_path: Path, assistant: Assistant) -> None:
    cases = load_cases(write_set(tmp_path))
    assert [c.turn for c in cases if c.dialogue] == ["first", "followup"]
    outcome = evaluate(assistant, cases)
    assert outcome.right["fact"] == outcome.total["fact"] == 3
    assert outcome.by_right["turn"]["followup"] == 1


def test_eval_prints_kinds_turns_and_the_peers(tmp_path: Path, knowledge: KnowledgeBase) -> None:
    out = StringIO()
    assert run_eval(knowledge, write_set(tmp_path), out, quiet=True, peers=True) == 0
    text = out.getvalue()
    assert "fact questions right:" in text and "out of scope declined:" in text
    assert "followup" in text
    for peer in ("naive rapidfuzz", "tf-idf char n-grams", "bm25"):
        assert peer in text


def test_the_old_eval_format_still_loads() -> None:
    cases = load_cases(Path(__file__).resolve().parent.parent / "eval" / "holdout.yaml")
    assert {c.kind for c in cases} <= {"fact", "out", "close"}
    assert all(c.expect for c in cases if c.kind == "fact")


def test_a_later_turn_right_alone_but_wrong_in_context_counts_as_hurt(
    assistant: Assistant,
) -> None:
    case = Case("hoeveel banen?", "nl", "fact", ("results.jobs",), ("430",), turn="new_topic")
    outcome = Outcome()
    outcome.add(
        case, assistant.answer("wat wordt het weer morgen?"), assistant.answer(case.question)
    )
    outcome.add(case, assistant.answer(case.question), assistant.answer(case.question))
    assert outcome.alone_right["new_topic"] == 2 and outcome.hurt["new_topic"] == 1
    assert summary(outcome)["context_hurt_share"] == 0.5


def test_eval_reports_turns_answered_worse_because_of_context(
    tmp_path: Path, knowledge: KnowledgeBase
) -> None:
    out = StringIO()
    run_eval(knowledge, write_set(tmp_path), out, quiet=True)
    assert "answered worse because of context" in out.getvalue()


def test_a_figure_in_words_in_the_answer_is_the_figure_the_label_asks_for(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Hoeveel Hubs zijn er?")
    assert "vijf" in reply.text and "5 " not in reply.text
    assert judge(Case("…", "nl", "fact", ("hubs.what",), ("5",)), reply) == (True, False)


def test_an_english_decimal_point_is_the_decimal_comma_the_label_writes(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("How big was the budget of the RVO Smart Industry Fieldlabs scheme?")
    assert "14.55" in reply.text
    assert judge(Case("…", "en", "fact", ("programme.subsidy",), ("14,55",)), reply)[0]
    assert not judge(Case("…", "en", "fact", ("programme.subsidy",), ("14,56",)), reply)[0]


def test_a_town_label_in_another_spelling_is_the_list_of_that_town(
    tmp_path: Path, assistant: Assistant
) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(
        '- q: "fieldlabs in den bosch?"\n  lang: nl\n  kind: fact\n'
        "  expect: [fieldlabs.place.den-bosch]\n",
        encoding="utf-8",
    )
    outcome = evaluate(assistant, load_cases(path))
    assert outcome.right["fact"] == 1
