"""The knowledge validator: every rule on a real bad file, reported as `path:line: message`."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from conftest import RunFieldbot, WriteKnowledge

from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge

# Line 1 `entries:`, line 2 `- id: ok.one`; keys below it on lines 3-7.
JOBS = """\
entries:
  - id: ok.one
    questions:
      nl: ["Hoeveel banen zijn er gemaakt?"]
    answer:
      nl: "Naar schatting 430 banen."
    source: "TNO, 18 maart 2019"
"""


def entry(entry_id: str, question: str, answer: str = "Een antwoord.") -> str:
    """One more entry in the same shape as JOBS (six lines)."""
    return (
        f"  - id: {entry_id}\n"
        "    questions:\n"
        f'      nl: ["{question}"]\n'
        "    answer:\n"
        f'      nl: "{answer}"\n'
        '    source: "TNO"\n'
    )


def problems(folder: Path, lang: str = "en") -> list[str]:
    """The problems `load_knowledge` reports for `folder`, as printed by `fieldbot check
    --lang en` (or in `lang`)."""
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [problem.render(lang) for problem in caught.value.problems]


def only_problem(folder: Path, lang: str = "en") -> str:
    found = problems(folder, lang)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------
# Valid knowledge


def test_valid_file_loads_its_entry(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"results.yaml": JOBS + "    as_of: 2019-03-18\n"})
    kb = load_knowledge(folder)
    jobs = kb.entry("ok.one")
    assert jobs is not None
    assert jobs.questions["nl"] == ("Hoeveel banen zijn er gemaakt?",)
    assert jobs.answer["nl"] == "Naar schatting 430 banen."
    assert jobs.as_of is not None and jobs.as_of.isoformat() == "2019-03-18"
    assert kb.summary() == "OK: 1 entries, languages nl"


def test_all_yaml_files_in_the_folder_are_merged(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": JOBS,
            "b.yaml": "entries:\n" + entry("ok.two", "Wie is de voorzitter?"),
            "notes.txt": "not knowledge",
        }
    )
    kb = load_knowledge(folder)
    assert [e.id for e in kb.entries] == ["ok.one", "ok.two"]


def test_same_words_with_a_different_question_kind_are_allowed(
    write_knowledge: WriteKnowledge,
) -> None:
    # "how many jobs" and "when were the jobs made" share their words but not their kind.
    folder = write_knowledge(
        {"a.yaml": JOBS + entry("ok.two", "Wanneer zijn er banen gemaakt?", "In 2018.")}
    )
    assert {e.id for e in load_knowledge(folder).entries} == {"ok.one", "ok.two"}


def test_the_projects_own_knowledge_is_valid(knowledge: KnowledgeBase) -> None:
    assert knowledge.languages == ("nl", "en")
    assert knowledge.entry("results.jobs") is not None
    assert knowledge.entry("results.investments") is not None


# --------------------------------------------------------------------------------------------
# One rule at a time


def test_yaml_syntax_error_names_file_and_line(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {"a.yaml": 'entries:\n  - id: x.y\n    questions: {nl: ["a"\n    answer: x\n'}
    )
    # Issue 14: at the line of the cause (the '[' never closed), in words staff can act on.
    problem = only_problem(folder, "nl")
    assert problem.startswith(f"{folder / 'a.yaml'}:3: regel 3: hier opent een '['")


def test_tab_indentation_is_a_syntax_error_on_its_line(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": "entries:\n\t- id: x.y\n"})
    assert only_problem(folder, "nl").startswith(
        f"{folder / 'a.yaml'}:2: regel 2: hier staat een tab"
    )


def test_unknown_key_in_an_entry(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + "    colour: red\n"})
    assert only_problem(folder).startswith(
        f"{folder / 'a.yaml'}:8: entry: unknown key 'colour' (allowed: "
    )


def test_unknown_top_level_section(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + "faq: []\n"})
    assert only_problem(folder).startswith(
        f"{folder / 'a.yaml'}:8: the file: unknown key 'faq' (allowed: "
    )


def test_key_written_twice_in_an_entry(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + '    source: "again"\n'})
    assert only_problem(folder) == f"{folder / 'a.yaml'}:8: entry: key 'source' appears twice"


def test_duplicate_id_in_one_file(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + entry("ok.one", "Wie is de voorzitter?")})
    path = folder / "a.yaml"
    assert only_problem(folder) == f"{path}:8: id 'ok.one' is already used at {path}:2"


def test_duplicate_id_across_two_files(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": JOBS,
            "b.yaml": "# more\nentries:\n" + entry("ok.one", "Wie is de voorzitter?"),
        }
    )
    assert only_problem(folder) == (
        f"{folder / 'b.yaml'}:3: id 'ok.one' is already used at {folder / 'a.yaml'}:2"
    )


def test_dangling_related_points_at_the_unknown_id(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {"a.yaml": JOBS + "    related:\n      - ok.one\n      - ok.nothing\n"}
    )
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:10: 'ok.one' is related to unknown id 'ok.nothing'"
    )


def test_related_may_point_into_another_file(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": JOBS + "    related: [ok.two]\n",
            "b.yaml": "entries:\n" + entry("ok.two", "Wie is de voorzitter?"),
        }
    )
    jobs = load_knowledge(folder).entry("ok.one")
    assert jobs is not None
    assert jobs.related == ("ok.two",)


def test_empty_answer_is_reported(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS.replace('"Naar schatting 430 banen."', '""')})
    assert f"{folder / 'a.yaml'}:6: answer of 'ok.one' (nl) is empty" in problems(folder)


def test_empty_answer_is_one_problem(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS.replace('"Naar schatting 430 banen."', '""')})
    assert problems(folder) == [f"{folder / 'a.yaml'}:6: answer of 'ok.one' (nl) is empty"]


def test_questions_written_as_text_instead_of_a_list_is_one_problem(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge(
        {"a.yaml": JOBS.replace('["Hoeveel banen zijn er gemaakt?"]', '"Hoeveel banen?"')}
    )
    assert problems(folder) == [
        f"{folder / 'a.yaml'}:4: questions of 'ok.one' (nl) must be a list"
    ]


def test_answer_without_dutch_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": """\
            entries:
              - id: x.y
                questions:
                  en: ["What is x?"]
                answer:
                  en: "X."
                source: "s"
            """
        }
    )
    assert only_problem(folder) == f"{folder / 'a.yaml'}:6: entry 'x.y' needs a Dutch (nl) answer"


def test_english_questions_need_an_english_answer(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {"a.yaml": JOBS.replace("    answer:", '      en: ["How many jobs?"]\n    answer:')}
    )
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:7: entry 'ok.one' has en questions but no en answer"
    )


def test_fact_without_source_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS.replace('    source: "TNO, 18 maart 2019"\n', "")})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:2: entry 'ok.one' has no 'source': every fact needs one"
    )


def test_same_question_text_under_two_entries(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {"a.yaml": JOBS + entry("ok.two", "hoeveel banen zijn er gemaakt", "600.")}
    )
    path = folder / "a.yaml"
    assert only_problem(folder) == (
        f"{path}:8: question 'hoeveel banen zijn er gemaakt' of 'ok.two' is also a question "
        f"of 'ok.one' ({path}:2)"
    )


def test_questions_that_cannot_be_told_apart(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {"a.yaml": JOBS + entry("ok.two", "Hoeveel zijn er gemaakt aan banen?", "600.")}
    )
    path = folder / "a.yaml"
    assert only_problem(folder) == (
        f"{path}:8: question 'Hoeveel zijn er gemaakt aan banen?' of 'ok.two' cannot be told "
        f"apart from a question of 'ok.one' ({path}:2): they have the same words"
    )


@pytest.mark.parametrize("bad_id", ["Results.Jobs", "-jobs", "results jobs", "banen!"])
def test_bad_id_pattern(write_knowledge: WriteKnowledge, bad_id: str) -> None:
    folder = write_knowledge({"a.yaml": JOBS.replace("id: ok.one", f'id: "{bad_id}"')})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:2: id '{bad_id}' must be lowercase letters, digits, . _ -"
    )


@pytest.mark.parametrize("bad_date", ["18-03-2019", "gisteren", "2019"])
def test_bad_date(write_knowledge: WriteKnowledge, bad_date: str) -> None:
    folder = write_knowledge({"a.yaml": JOBS + f"    as_of: {bad_date}\n"})
    assert only_problem(folder) == (f"{folder / 'a.yaml'}:8: as_of must be a date like 2019-03-18")


def test_impossible_date_is_one_problem(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + "    as_of: 2019-02-30\n"})
    assert len(problems(folder)) == 1


def test_unknown_hub_in_a_fieldlab(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": """\
            fieldlabs:
              - id: fieldlab.x
                name: X Lab
                place: Delft
                hub: hub.nowhere
                summary: {nl: "Een lab."}
                source: "s"
            """
        }
    )
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:5: 'fieldlab.x' names unknown hub 'hub.nowhere'"
    )


def test_unknown_theme_in_a_fieldlab(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": """\
            fieldlabs:
              - id: fieldlab.x
                name: X Lab
                themes: [robotica, chocolade]
                summary: {nl: "Een lab."}
                source: "s"
            """
        }
    )
    assert only_problem(folder).startswith(
        f"{folder / 'a.yaml'}:4: theme 'chocolade' of 'fieldlab.x' is not one of: robotica, "
    )


# --------------------------------------------------------------------------------------------
# Hostile files: refused with a clear message, never executed


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!!python/object/apply:subprocess.call",
    ],
)
def test_python_tag_is_refused_and_never_executed(
    write_knowledge: WriteKnowledge, tmp_path: Path, tag: str
) -> None:
    marker = tmp_path / "pwned"
    command = f'["touch {marker}"]' if "os.system" in tag else f'[["touch", "{marker}"]]'
    folder = write_knowledge({"a.yaml": JOBS + f"    tags: {tag} {command}\n"})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:8: tag {tag} is not allowed in knowledge files; use plain text"
    )
    assert not marker.exists()


def test_python_name_tag_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + "    source2: !!python/name:os.system\n"})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:8: tag !!python/name:os.system is not allowed in knowledge "
        "files; use plain text"
    )


def test_custom_local_tag_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + "    tags: !secret [a]\n"})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:8: tag !secret is not allowed in knowledge files; use plain text"
    )


BILLION_LAUGHS = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]\n"
            for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    ]
)


def test_billion_laughs_is_refused_before_it_is_expanded(write_knowledge: WriteKnowledge) -> None:
    # Refused on the alias count, so nothing is ever expanded: the test would not finish
    # (or run out of memory) otherwise. Its time is not bounded here.
    folder = write_knowledge({"a.yaml": BILLION_LAUGHS})
    problem = only_problem(folder)
    assert problem.startswith(f"{folder / 'a.yaml'}:1: ")
    assert "too many aliases" in problem
    assert "refused" in problem


def test_file_over_one_mebibyte_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS + "# " + "x" * (1024 * 1024) + "\n"})
    size = (folder / "a.yaml").stat().st_size
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:1: file is {size:,} bytes; the limit is 1,048,576 (1 MiB)"
    )


def test_file_of_exactly_the_limit_is_read(write_knowledge: WriteKnowledge) -> None:
    padding = 1024 * 1024 - len(JOBS.encode()) - 3
    folder = write_knowledge({"a.yaml": JOBS + "# " + "x" * padding + "\n"})
    assert (folder / "a.yaml").stat().st_size == 1024 * 1024
    assert load_knowledge(folder).entry("ok.one") is not None


def test_non_utf8_bytes_name_the_line_and_byte(write_knowledge: WriteKnowledge) -> None:
    content = JOBS.encode("utf-8").replace(b"430 banen", b"430 banen \xe9\xe9n")
    folder = write_knowledge({"a.yaml": content})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:6: not UTF-8 text (byte 0xe9); save as UTF-8"
    )


def test_binary_file_named_yaml_is_refused(write_knowledge: WriteKnowledge) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    folder = write_knowledge({"logo.yaml": png})
    assert only_problem(folder) == (
        f"{folder / 'logo.yaml'}:1: not UTF-8 text (byte 0x89); save as UTF-8"
    )


def test_nul_bytes_in_utf8_are_binary_data(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": JOBS.encode() + b"# \x00\x00\n"})
    assert only_problem(folder) == f"{folder / 'a.yaml'}:8: binary data, not a YAML text file"


@pytest.mark.parametrize(
    "deep",
    [
        "[" * 10_000 + "]" * 10_000 + "\n",
        "{a: " * 10_000 + "1" + "}" * 10_000 + "\n",
        "- " * 10_000 + "x\n",
    ],
    ids=["flow-lists", "flow-mappings", "block-dashes"],
)
def test_ten_thousand_deep_nesting_is_refused(write_knowledge: WriteKnowledge, deep: str) -> None:
    folder = write_knowledge({"a.yaml": deep})
    problem = only_problem(folder)
    assert problem.startswith(f"{folder / 'a.yaml'}:1: ")
    assert "nesting" in problem


def test_nesting_beyond_forty_levels_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": "entries: " + "[" * 45 + "]" * 45 + "\n"})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:1: nesting deeper than 40 levels; refused"
    )


def test_file_that_is_a_list_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": "- a\n- b\n"})
    assert only_problem(folder) == (
        f"{folder / 'a.yaml'}:1: the file must be a mapping (key: value lines)"
    )


def test_empty_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    assert only_problem(folder) == f"{folder}:0: no .yaml files in this folder"


def test_directory_without_yaml_files_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"notes.txt": "entries: []\n", "backup.yaml.bak": JOBS})
    assert only_problem(folder) == f"{folder}:0: no .yaml files in this folder"


@pytest.mark.parametrize("content", ["", "# nog niets\n", "entries:\n", "entries: []\n"])
def test_yaml_files_without_entries_are_refused(
    write_knowledge: WriteKnowledge, content: str
) -> None:
    folder = write_knowledge({"a.yaml": content})
    with pytest.raises(KnowledgeError):
        load_knowledge(folder)


def test_missing_directory_is_refused(tmp_path: Path) -> None:
    assert only_problem(tmp_path / "nope") == f"{tmp_path / 'nope'}:0: knowledge folder not found"


def test_symlink_pointing_outside_the_folder_is_refused(
    write_knowledge: WriteKnowledge, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(
        "entries:\n" + entry("secret.entry", "Wat is het geheim?", "Geheim."), encoding="utf-8"
    )
    folder = write_knowledge({"a.yaml": JOBS})
    os.symlink(outside, folder / "link.yaml")
    assert only_problem(folder) == (
        f"{folder / 'link.yaml'}:1: symbolic link points outside the knowledge folder"
    )


# --------------------------------------------------------------------------------------------
# All problems at once


FOUR_PROBLEMS = """\
entries:
  - id: Bad_ID
    questions:
      nl: ["Wat is x?"]
    answer:
      nl: "X."
    source: "s"
  - id: ok.two
    colour: red
    questions:
      nl: ["Wat is y?"]
    answer:
      nl: "Y."
    source: "s"
    as_of: gisteren
    related: [ok.nothing]
"""


def four_problem_lines(path: Path) -> list[str]:
    return [
        f"{path}:2: id 'Bad_ID' must be lowercase letters, digits, . _ -",
        f"{path}:9: entry: unknown key 'colour' (allowed: answer, as_of, figures, id, "
        "questions, related, review_by, source, sources, tags)",
        f"{path}:15: as_of must be a date like 2019-03-18",
        f"{path}:16: 'ok.two' is related to unknown id 'ok.nothing'",
    ]


def test_four_problems_in_one_file_give_four_lines(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": FOUR_PROBLEMS})
    assert problems(folder) == four_problem_lines(folder / "a.yaml")


def test_check_prints_four_problems_of_one_file_and_exits_1(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge({"a.yaml": FOUR_PROBLEMS})
    result = fieldbot("check", "--knowledge", str(folder), "--lang", "en")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        *four_problem_lines(folder / "a.yaml"),
        "Error: knowledge is invalid (4 problems)",
    ]


def test_problems_of_several_files_are_reported_together(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(
        {
            "a.yaml": JOBS + "    colour: red\n",
            "b.yaml": "entries:\n  - id: [\n",
            "c.yaml": b"entries: caf\xe9\n",
        }
    )
    found = problems(folder)
    assert [p.split(":")[0] for p in found] == [
        str(folder / "a.yaml"),
        str(folder / "b.yaml"),
        str(folder / "c.yaml"),
    ]


def test_issue_example_gives_four_errors_and_exit_1(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot, tmp_path: Path
) -> None:
    """Issue 2, done when: duplicate id, dangling related, syntax error, python tag."""
    marker = tmp_path / "pwned"
    folder = write_knowledge(
        {
            "a.yaml": JOBS,
            "b.yaml": "entries:\n"
            + entry("ok.one", "Wie is de voorzitter?")
            + entry("ok.two", "Wat is een hub?")
            + "    related: [ok.missing]\n",
            "c.yaml": 'entries:\n  - id: x.y\n    questions: {nl: ["a"\n',
            "d.yaml": "entries:\n"
            + entry("ok.four", "Wat doet een fieldlab?")
            + f'    tags: !!python/object/apply:os.system ["touch {marker}"]\n',
        }
    )
    result = fieldbot("check", "--knowledge", str(folder))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    # In Dutch, as `fieldbot check` reports to staff by default.
    assert lines == [
        f"{folder / 'b.yaml'}:2: het id 'ok.one' wordt al gebruikt op {folder / 'a.yaml'}:2; "
        "kies een ander id",
        f"{folder / 'b.yaml'}:14: 'ok.two' verwijst onder 'related' naar 'ok.missing', maar "
        "dat id bestaat niet; kijk de spelling na",
        *lines[2:5],  # the syntax error, its line and a caret
        f"{folder / 'd.yaml'}:8: !!python/object/apply:os.system mag niet in een "
        "kennisbestand; schrijf gewone tekst zonder '!'",
        "Error: knowledge is invalid (4 problems)",
    ]
    assert lines[2].startswith(f"{folder / 'c.yaml'}:3: regel 3: hier opent een '['")
    assert lines[3:5] == [
        f'{folder / "c.yaml"}:3:     questions: {{nl: ["a"',
        f"{folder / 'c.yaml'}:3: " + " " * 20 + "^",
    ]
    assert not marker.exists()


# --------------------------------------------------------------------------------------------
# The loaded knowledge cannot be changed


def test_knowledge_base_attributes_cannot_be_assigned(knowledge: KnowledgeBase) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        knowledge.entries = ()  # type: ignore[misc]
    jobs = knowledge.entry("results.jobs")
    assert jobs is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        jobs.source = "made up"  # type: ignore[misc]
    assert isinstance(knowledge.entries, tuple)


def test_knowledge_mappings_are_read_only(knowledge: KnowledgeBase) -> None:
    jobs = knowledge.entry("results.jobs")
    assert jobs is not None
    with pytest.raises(TypeError):
        jobs.answer["nl"] = "Er zijn 5 banen."  # type: ignore[index]
    with pytest.raises(TypeError):
        jobs.questions["nl"] = ("anders",)  # type: ignore[index]
    with pytest.raises(TypeError):
        knowledge.synonyms["nl"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        knowledge.hubs[0].summary["nl"] = "x"  # type: ignore[index]
    with pytest.raises(TypeError):
        knowledge.places.provinces["Utrecht"] = ()  # type: ignore[index]
    assert "430" in jobs.answer["nl"]
