"""Every problem in a knowledge file is worded for staff in Dutch and in English.

The validator (bot/nodes.py, bot/knowledge.py, bot/slips.py) names a text key of
bot/texts.py for each problem and for the part of the file it is about; `Problem.render`
words it in the reader's language. These tests read the validator's source for the keys it
uses, so a new message cannot skip a language or a placeholder.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from conftest import REPO, RunFieldbot, WriteKnowledge

from bot.knowledge import KnowledgeError, load_knowledge
from bot.nodes import Problem
from bot.reload import ReloadResult
from bot.texts import LANGS, TEXTS, Phrase

VALIDATION = ("bot/nodes.py", "bot/knowledge.py", "bot/slips.py")
# Keyword arguments of Problem.plain that place a problem rather than fill its text.
NOT_VALUES = {"excerpt", "column", "missing"}


def placeholders(template: str) -> set[str]:
    return {
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    }


def _key_argument(call: ast.Call) -> ast.expr | None:
    """The argument that names the text key, for each way the validator words a problem."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in ("problem", "warning"):
        return call.args[1] if len(call.args) > 1 else None
    if isinstance(func, ast.Attribute) and func.attr == "plain":  # (path, line, key)
        return call.args[2] if len(call.args) > 2 else None
    phrase = isinstance(func, ast.Attribute) and ast.unparse(func) == "Phrase.of"
    if phrase:
        return call.args[0] if call.args else None
    if isinstance(func, ast.Name) and func.id == "_slip":  # _slip(lines, at, column, key)
        return call.args[3] if len(call.args) > 3 else None
    if isinstance(func, ast.Name) and func.id == "say":
        return call.args[0] if call.args else None
    return None


def validation_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, text key, keyword names or None when passed as **values) of every call
    in the validator that words a problem."""
    found = []
    for relative in VALIDATION:
        tree = ast.parse((REPO / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            argument = _key_argument(node)
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                names = {k.arg for k in node.keywords if k.arg is not None}
                spread = any(k.arg is None for k in node.keywords)
                found.append((relative, node.lineno, argument.value, None if spread else names))
    return found


def validation_keys() -> set[str]:
    used = {key for _, _, key, _ in validation_calls()}
    declared = {k for k in TEXTS if k.startswith(("check_", "what_", "yaml_"))}
    return used | declared


def test_the_source_walk_finds_the_validators_texts() -> None:
    """Guards the tests below: the walk sees the calls (a rename would make them vacuous)."""
    used = {key for _, _, key, _ in validation_calls()}
    assert {"check_key_unknown", "check_date", "check_figure_dutch", "what_entry"} <= used
    assert {"yaml_tab", "yaml_second_id", "check_related_unknown"} <= used
    assert len(used) > 70


def test_every_validation_message_has_dutch_and_english() -> None:
    missing = sorted(key for key in validation_keys() if key not in TEXTS)
    assert not missing, f"text keys used by the validator but not in bot/texts.py: {missing}"
    for key in sorted(validation_keys()):
        variants = TEXTS[key]
        assert set(variants) == set(LANGS), key
        assert all(variants[lang].strip() for lang in LANGS), key
        assert placeholders(variants["nl"]) == placeholders(variants["en"]), key
        if key.startswith("check_"):  # a whole message: really worded twice, not copied
            assert variants["nl"] != variants["en"], key


def test_every_validation_call_gives_the_values_its_text_needs() -> None:
    for path, line, key, names in validation_calls():
        if names is None or key not in TEXTS:
            continue  # values spread from a Slip; the key itself is checked above
        wanted = placeholders(TEXTS[key]["nl"]) - {"line"}  # the line comes from the Problem
        assert names - NOT_VALUES == wanted, f"{path}:{line}: {key}"


def test_no_problem_is_built_from_an_english_string() -> None:
    for relative in VALIDATION:
        tree = ast.parse((REPO / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                assert not (isinstance(func, ast.Name) and func.id == "Problem"), (
                    f"{relative}:{node.lineno}: Problem(...) with a fixed message; use "
                    "Problem.plain with a text key"
                )
                if isinstance(func, ast.Attribute) and func.attr in ("problem", "warning"):
                    assert not any(isinstance(a, ast.JoinedStr) for a in node.args), (
                        f"{relative}:{node.lineno}: an f-string message; use a text key"
                    )


# --------------------------------------------------------------------------------------------
# Real files, in both languages

THREE_SLIPS = """\
entries:
  - id: results.jobs
    questions:
      nl: ["Hoeveel banen zijn er gemaakt?"]
    answer:
      nl: "Naar schatting 430 banen."
    source: "TNO"
    colour: red
    as_of: 18-03-2019
    figures:
      - date: 2019-03
        text: {en: "430 jobs"}
"""


def rendered(folder: Path, lang: str) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [problem.render(lang) for problem in caught.value.problems]


def test_unknown_key_bad_date_and_figure_without_dutch_in_dutch_and_english(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge({"a.yaml": THREE_SLIPS})
    path = folder / "a.yaml"
    allowed = "answer, as_of, figures, id, questions, related, review_by, source, sources, tags"
    assert rendered(folder, "nl") == [
        f"{path}:8: dit item: onbekend veld 'colour' (toegestaan: {allowed}); kijk de spelling na",
        f"{path}:9: 'as_of' moet een datum zijn zoals 2019-03-18 (jaar-maand-dag)",
        f"{path}:12: een cijfer van 'results.jobs' heeft een Nederlandse tekst nodig: zet "
        "onder 'text' een regel 'nl: …'",
    ]
    assert rendered(folder, "en") == [
        f"{path}:8: entry: unknown key 'colour' (allowed: {allowed})",
        f"{path}:9: as_of must be a date like 2019-03-18",
        f"{path}:12: figure text of 'results.jobs' needs Dutch (nl)",
    ]


def test_what_a_problem_is_about_is_worded_in_the_readers_language(
    write_knowledge: WriteKnowledge,
) -> None:
    """The `what` part ("the date of the source of …") is translated too, nested or not."""
    folder = write_knowledge(
        {
            "a.yaml": THREE_SLIPS.replace("    colour: red\n", "")
            .replace("as_of: 18-03-2019", "review_by: 2030-01-01")
            .replace('source: "TNO"', "source: {publisher: TNO, date: ooit}")
            .replace('{en: "430 jobs"}', '{nl: "", en: "430 jobs"}')
        }
    )
    path = folder / "a.yaml"
    assert rendered(folder, "nl") == [
        f"{path}:7: de datum van de bron van 'results.jobs' moet een datum zijn zoals 2019, "
        "2019-03 of 2019-03-18 (jaar-maand-dag)",
        f"{path}:11: de tekst van een cijfer van 'results.jobs' (nl) is leeg; vul een tekst "
        "in of haal de regel weg",
        f"{path}:11: een cijfer van 'results.jobs' heeft een Nederlandse tekst nodig: zet "
        "onder 'text' een regel 'nl: …'",
    ]
    assert rendered(folder, "en") == [
        f"{path}:7: source of 'results.jobs' date must be a date like 2019, 2019-03 or 2019-03-18",
        f"{path}:11: figure text of 'results.jobs' (nl) is empty",
        f"{path}:11: figure text of 'results.jobs' needs Dutch (nl)",
    ]


def test_the_dutch_wording_is_the_default_and_the_message(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"a.yaml": THREE_SLIPS})
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    first = caught.value.problems[0]
    assert str(first) == first.render("nl") == first.render() == first.render("de")
    assert first.message in str(first)
    assert first.text == Phrase(first.key, first.values)


def test_check_lists_the_problems_in_dutch_and_in_english_with_lang_en(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge({"a.yaml": THREE_SLIPS})
    dutch = fieldbot("check", "--knowledge", str(folder)).stderr.splitlines()
    english = fieldbot("check", "--knowledge", str(folder), "--lang", "en").stderr.splitlines()
    assert dutch[1] == f"{folder / 'a.yaml'}:9: 'as_of' moet een datum zijn zoals 2019-03-18 " + (
        "(jaar-maand-dag)"
    )
    assert dutch[-1] == english[-1] == "Error: knowledge is invalid (3 problems)"
    assert english[1] == f"{folder / 'a.yaml'}:9: as_of must be a date like 2019-03-18"


def test_warnings_are_worded_in_both_languages(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge(
        {
            "a.yaml": THREE_SLIPS.replace("    colour: red\n", "")
            .replace("as_of: 18-03-2019", "review_by: 2020-01-01")
            .replace('{en: "430 jobs"}', '{nl: "430 banen"}')
            .replace('source: "TNO"', "source: {publisher: TNO}")
        }
    )
    path = folder / "a.yaml"
    knowledge = load_knowledge(folder)
    assert [w.render("nl") for w in knowledge.warnings] == [
        f"{path}:2: 'results.jobs' had op 2020-01-01 nagekeken moeten worden; kijk het na en "
        "zet een nieuwe datum bij 'review_by'",
        f"{path}:7: de bron van 'results.jobs' heeft geen datum: voeg 'date' toe als de bron "
        "er een noemt",
    ]
    assert [w.render("en") for w in knowledge.warnings] == [
        f"{path}:2: 'results.jobs' was due for review on 2020-01-01",
        f"{path}:7: source of 'results.jobs' has no date: add one when the source gives it",
    ]
    dutch = fieldbot("check", "--knowledge", str(folder)).stdout.splitlines()
    assert dutch[1].endswith("nieuwe datum bij 'review_by' (waarschuwing)")
    assert dutch[2].startswith("1 bron heeft geen datum; voeg er een toe")
    english = fieldbot("check", "--knowledge", str(folder), "--lang", "en", "--warnings")
    assert english.stdout.splitlines()[1:] == [
        f"{path}:2: 'results.jobs' was due for review on 2020-01-01 (warning)",
        f"{path}:7: source of 'results.jobs' has no date: add one when the source gives it "
        "(warning)",
    ]


def test_a_reload_keeps_the_problems_to_word_them_for_each_admin(
    write_knowledge: WriteKnowledge,
) -> None:
    from bot.channels.telegram.features.staff import render_reload

    folder = write_knowledge({"a.yaml": THREE_SLIPS})
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    result = ReloadResult(False, "", caught.value.problems)
    dutch, english = render_reload(result, "nl")[0], render_reload(result, "en")[0]
    assert "'as_of' moet een datum zijn zoals 2019-03-18" in dutch
    assert "as_of must be a date like 2019-03-18" in english
    assert "moet een datum" not in english


def test_a_problem_without_a_text_key_shows_its_message_as_it_is() -> None:
    """Only for a failure that is no problem of a file (an internal error on reload)."""
    problem = Problem("knowledge", 0, "MemoryError")
    assert problem.render("en") == problem.render("nl") == "knowledge:0: MemoryError"
