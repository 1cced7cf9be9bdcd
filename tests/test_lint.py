"""`fieldbot check --lint`: phrasings that, left out, go to another entry, and a summary."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from conftest import RunFieldbot, WriteKnowledge

from bot.evaluation import lint
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.matching import Matcher

# 'wanneer begon het programma' has no words of its own entry but those of programme.what.
KNOWLEDGE = """\
entries:
  - id: programme.what
    questions:
      nl: ["Wat is het programma Smart Industry?", "wat doet het programma", "programma uitleg"]
    answer:
      nl: "Een programma van bedrijfsleven en overheid."
    source: "TNO"
  - id: programme.start
    questions:
      nl:
        - "Wanneer is Smart Industry gestart?"
        - "startjaar smart industry"
        - "wanneer begon het programma"
    answer:
      nl: "In 2014."
    source: "TNO"
  - id: results.jobs
    questions:
      nl: ["Hoeveel banen zijn er gemaakt?", "banen fieldlabs", "werkgelegenheid"]
    answer:
      nl: "Naar schatting 430 banen."
    source: "TNO"
"""


def one_index_per_phrasing(knowledge: KnowledgeBase) -> set[tuple[str, str]]:
    """The slow reference: a fresh index without each phrasing, one at a time."""
    found = set()
    for entry in knowledge.entries:
        for lang, phrasings in entry.questions.items():
            for i, phrasing in enumerate(phrasings):
                if len(phrasings) < 2:
                    continue
                questions = dict(entry.questions)
                questions[lang] = phrasings[:i] + phrasings[i + 1 :]
                reduced = replace(entry, questions=MappingProxyType(questions))
                others = tuple(reduced if e.id == entry.id else e for e in knowledge.entries)
                best = Matcher(replace(knowledge, entries=others)).search(phrasing, lang=lang).best
                if best is None or best.entry != entry.id:
                    found.add((entry.id, phrasing))
    return found


def test_small_knowledge_is_linted_exactly(write_knowledge: WriteKnowledge) -> None:
    knowledge = load_knowledge(write_knowledge({"a.yaml": KNOWLEDGE}))
    result = lint(knowledge)
    assert result.tested == 9
    assert {(s.entry, s.phrasing) for s in result.steals} == one_index_per_phrasing(knowledge)
    assert ("programme.start", "wanneer begon het programma") in {
        (s.entry, s.phrasing) for s in result.steals
    }


def test_folds_find_what_one_index_per_phrasing_finds(knowledge: KnowledgeBase) -> None:
    # The results file of the real knowledge: 243 phrasings, 25 go elsewhere.
    results = tuple(e for e in knowledge.entries if "results.yaml:" in e.origin)
    subset = replace(knowledge, entries=results)
    folds = lint(subset, exact=False)
    exact = lint(subset, exact=True)
    assert folds.tested == exact.tested > 200
    assert {(s.entry, s.phrasing) for s in folds.steals} == {
        (s.entry, s.phrasing) for s in exact.steals
    }
    assert exact.steals


def test_check_lint_ends_with_a_summary_and_what_to_do(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge({"a.yaml": KNOWLEDGE})
    result = fieldbot("check", "--knowledge", str(folder), "--lint")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    steal = (
        f"{folder / 'a.yaml'}:8: lint: 'wanneer begon het programma' (nl) van "
        "'programme.start' gaat zonder zichzelf naar programme.what"
    )
    assert steal in lines
    count = next(i for i, line in enumerate(lines) if line.startswith("lint: "))
    assert (
        lines[count].startswith("lint: ")
        and " van de 9 vragen gaan zonder zichzelf" in (lines[count])
    )
    assert lines[count + 1] == "De vijf ergste (het andere item wint met de grootste voorsprong):"
    worst = [line for line in lines[count + 2 :] if line.startswith("  ")]
    assert 1 <= len(worst) <= 5
    assert any(
        "'wanneer begon het programma' (programme.start) → programme.what" in w for w in worst
    )
    assert lines[-1].startswith("Wat te doen: ")


def test_check_lint_in_english(write_knowledge: WriteKnowledge, fieldbot: RunFieldbot) -> None:
    folder = write_knowledge({"a.yaml": KNOWLEDGE})
    result = fieldbot("check", "--knowledge", str(folder), "--lint", "--lang", "en")
    assert f"{folder / 'a.yaml'}:8: lint: 'wanneer begon het programma' (nl) of " in result.stdout
    assert result.stdout.splitlines()[-1].startswith("What to do: ")


def test_lint_of_the_projects_knowledge_builds_one_index_per_fold_not_per_phrasing(
    knowledge: KnowledgeBase,
) -> None:
    # What keeps it fast enough to run after every save (its seconds are measured in the
    # README, not bounded here): a few dozen indexes for over a thousand phrasings.
    result = lint(knowledge)
    assert result.tested > 1000
    assert result.indexes * 10 < result.tested, result.indexes
