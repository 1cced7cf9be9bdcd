"""Staff edits of the knowledge files without Telegram (bot/edits.py): real YAML files in
tmp_path, the real loader. A checked file is installed atomically with the old one kept, a
broken one changes nothing, /undo puts back the bytes, questions are added to an entry with
every comment and line of the file kept."""

from __future__ import annotations

import asyncio
import difflib
import json
from pathlib import Path

import pytest
from support.knowledge import STAFF_FILE, write_knowledge
from support.process import CannotMakeReadOnly, read_only

from bot.assistant import Assistant
from bot.channels.telegram.callbacks import (
    MAX_CALLBACK_BYTES,
    Kind,
    add_to_entry,
    decode_callback,
    ignore_group,
)
from bot.config import Config, load_config
from bot.edits import (
    EditRefused,
    KnowledgeFiles,
    add_phrasings,
    check_name,
    staff_label,
    suggest,
    suggestion_id,
)
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.report.command import run_report
from bot.storage import Storage

STAFF = STAFF_FILE
AGENDA = """\
entries:
  - id: programme.agenda
    questions:
      nl: ["Wanneer is het volgende Smart Industry jaarevent?"]
    answer:
      nl: "Het jaarevent is elk voorjaar."
    source: "Smart Industry, agenda"
"""
BROKEN = AGENDA.replace('"Het jaarevent is elk voorjaar."', '"Het jaarevent is elk voorjaar.')
WHO = staff_label("0123456789abcdef0123456789abcdef")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    knowledge = write_knowledge(tmp_path / "knowledge")
    (knowledge / "staff.yaml").write_text(STAFF, encoding="utf-8")
    return knowledge


@pytest.fixture
def files(folder: Path, tmp_path: Path) -> KnowledgeFiles:
    return KnowledgeFiles(folder, tmp_path / "data")


def served(folder: Path) -> KnowledgeBase:
    return load_knowledge(folder)


def test_a_valid_new_file_is_installed_and_says_what_is_new(
    files: KnowledgeFiles, folder: Path
) -> None:
    outcome = files.install("agenda.yaml", AGENDA.encode(), who=WHO, before=served(folder))
    assert outcome.ok and outcome.change is not None
    assert outcome.change.describe("nl") == "nieuw: programme.agenda"
    assert (folder / "agenda.yaml").read_text(encoding="utf-8") == AGENDA
    assert served(folder).entry("programme.agenda") is not None
    # No temp file is left behind in the knowledge folder, and the history is outside it.
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
    assert not files.history_dir.is_relative_to(folder)


def test_a_broken_file_is_refused_with_staff_messages_and_nothing_changes(
    files: KnowledgeFiles, folder: Path
) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    outcome = files.install("agenda.yaml", BROKEN.encode(), who=WHO, before=served(folder))
    assert not outcome.ok
    first = outcome.problems[0].render("nl")
    assert first.startswith(
        "agenda.yaml:6: regel 6: hier begint een tekst met een aanhalingsteken"
    )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert files.history() == []


def test_a_file_that_breaks_another_file_is_refused_naming_that_file(
    files: KnowledgeFiles, folder: Path
) -> None:
    # Another entry's question, word for word: the loader refuses the pair.
    clash = STAFF.replace("Wanneer is het Hub-kantoor open?", "hoeveel banen?")
    outcome = files.install("staff.yaml", clash.encode(), who=WHO, before=served(folder))
    assert not outcome.ok
    assert any("results.jobs" in p.render("en") for p in outcome.problems)
    assert (folder / "staff.yaml").read_text(encoding="utf-8") == STAFF


def test_undo_puts_back_the_previous_bytes_then_removes_a_new_file(
    files: KnowledgeFiles, folder: Path
) -> None:
    original = (folder / "staff.yaml").read_bytes()
    edited = original.replace(b"9 tot 17 uur", b"8 tot 18 uur")
    assert files.install("staff.yaml", edited, who=WHO, before=served(folder)).ok
    assert files.install("agenda.yaml", AGENDA.encode(), who=WHO, before=served(folder)).ok

    first = files.undo(who=WHO, before=served(folder))
    assert first.ok and first.file == "agenda.yaml" and not (folder / "agenda.yaml").exists()
    assert first.change is not None and first.change.describe("en") == "removed: programme.agenda"
    second = files.undo(who=WHO, before=served(folder))
    assert second.ok and (folder / "staff.yaml").read_bytes() == original
    with pytest.raises(EditRefused) as nothing:
        files.undo(who=WHO, before=served(folder))
    assert nothing.value.key == "undo_nothing"
    actions = [(i.action, i.file, i.undoes) for i in files.history()]
    assert actions == [
        ("undo", "staff.yaml", 1),
        ("undo", "agenda.yaml", 2),
        ("upload", "agenda.yaml", None),
        ("upload", "staff.yaml", None),
    ]
    assert files.undone() == {1, 2}


def test_undo_leaves_a_file_that_was_changed_on_the_server_since(
    files: KnowledgeFiles, folder: Path
) -> None:
    edited = STAFF.replace("9 tot 17 uur", "8 tot 18 uur")
    assert files.install("staff.yaml", edited.encode(), who=WHO, before=served(folder)).ok
    by_hand = edited.replace("8 tot 18 uur", "10 tot 16 uur")
    (folder / "staff.yaml").write_text(by_hand, encoding="utf-8")
    with pytest.raises(EditRefused) as refused:
        files.undo(who=WHO, before=served(folder))
    assert refused.value.key == "undo_changed_since"
    assert (folder / "staff.yaml").read_text(encoding="utf-8") == by_hand


def test_the_same_bytes_again_change_nothing(files: KnowledgeFiles, folder: Path) -> None:
    outcome = files.install("staff.yaml", STAFF.encode(), who=WHO, before=served(folder))
    assert outcome.ok and outcome.unchanged and files.history() == []


@pytest.mark.parametrize(
    "name",
    ["../x.yaml", "a.txt", "sub/x.yaml", "..\\x.yaml", ".hidden.yaml", "x.yml.exe", "", None],
)
def test_names_with_folders_or_of_other_types_are_refused(name: str | None) -> None:
    with pytest.raises(EditRefused) as refused:
        check_name(name)
    assert refused.value.key == "files_bad_name"


def test_a_file_over_the_size_limit_is_refused(files: KnowledgeFiles, folder: Path) -> None:
    big = AGENDA.encode() + b"# " + b"x" * (1024 * 1024) + b"\n"
    with pytest.raises(EditRefused) as refused:
        files.install("agenda.yaml", big, who=WHO, before=served(folder))
    assert refused.value.key == "files_too_big"
    assert not (folder / "agenda.yaml").exists()


def test_adding_questions_keeps_every_comment_and_line_of_the_file(
    files: KnowledgeFiles, folder: Path
) -> None:
    knowledge = served(folder)
    entry = knowledge.entry("office.hours")
    assert entry is not None
    phrasings = [("openingstijden kantoor", "nl"), ("office opening hours", "en")]
    outcome = files.add_questions(entry, phrasings, who=WHO, before=knowledge)
    assert outcome.ok and outcome.added == 2
    after = (folder / "staff.yaml").read_text(encoding="utf-8")
    diff = [
        line
        for line in difflib.unified_diff(STAFF.splitlines(), after.splitlines(), lineterm="")
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert diff == ['+        - "openingstijden kantoor"', '+        - "office opening hours"']
    answer = Assistant(served(folder)).answer("openingstijden kantoor")
    assert answer.confident and answer.entry == "office.hours"
    assert files.history()[0].action == "questions"
    assert files.history()[0].entry == "office.hours"


def test_a_second_tap_before_the_reload_adds_nothing_twice(
    files: KnowledgeFiles, folder: Path
) -> None:
    """Two taps (or two admins) on the same group, both against the knowledge in service:
    the file's own list decides what is new."""
    knowledge = served(folder)  # not reloaded between the taps, as in the running bot
    entry = knowledge.entry("office.hours")
    assert entry is not None
    phrasings = [("openingstijden kantoor", "nl")]
    assert files.add_questions(entry, phrasings, who=WHO, before=knowledge).added == 1
    with pytest.raises(EditRefused):
        files.add_questions(entry, phrasings, who=WHO, before=knowledge)
    text = (folder / "staff.yaml").read_text(encoding="utf-8")
    assert text.count("openingstijden kantoor") == 1
    assert len(files.history()) == 1


def test_a_torn_history_line_loses_no_later_change(files: KnowledgeFiles, folder: Path) -> None:
    """A crash while appending leaves half a line: the next change starts a line of its own
    and takes a number no kept version has."""
    original = (folder / "staff.yaml").read_bytes()
    first = original.replace(b"9 tot 17 uur", b"8 tot 18 uur")
    assert files.install("staff.yaml", first, who=WHO, before=served(folder)).ok
    changes_file = next(p for p in files.history_dir.iterdir() if p.suffix == ".jsonl")
    changes_file.write_bytes(changes_file.read_bytes() + b'{"seq": 2, "file": "sta')
    second = first.replace(b"8 tot 18 uur", b"8 tot 17 uur")
    outcome = files.install("staff.yaml", second, who=WHO, before=served(folder))
    assert outcome.ok and outcome.item is not None and outcome.item.seq == 2
    assert [item.seq for item in files.history()] == [2, 1]
    undone = files.undo(who=WHO, before=served(folder))
    assert undone.ok and (folder / "staff.yaml").read_bytes() == first


def test_phrasings_the_knowledge_has_or_cannot_tell_apart_are_left_out(
    files: KnowledgeFiles, folder: Path
) -> None:
    knowledge = served(folder)
    entry = knowledge.entry("office.hours")
    assert entry is not None
    with pytest.raises(EditRefused) as refused:
        files.add_questions(
            entry,
            [("Wanneer is het Hub-kantoor open", "nl"), ("Hoeveel banen?", "nl")],
            who=WHO,
            before=knowledge,
        )
    assert refused.value.key == "edit_nothing_new"
    assert (folder / "staff.yaml").read_text(encoding="utf-8") == STAFF


def test_a_file_dumped_by_another_tool_keeps_its_own_indentation() -> None:
    dumped = "entries:\n- id: a.b\n  questions:\n    nl:\n    - eerste vraag\n"
    edited = add_phrasings(dumped, "a.b", {"nl": ["tweede vraag"]})
    assert edited == dumped + '    - "tweede vraag"\n'
    flow = 'entries:\n  - id: a.b  # note\n    questions:\n      nl: ["een", "twee"]\n'
    assert add_phrasings(flow, "a.b", {"nl": ["drie"]}) == flow.replace(
        '"twee"]', '"twee", "drie"]'
    )


def test_suggestions_name_the_nearest_entries_of_a_group(folder: Path) -> None:
    knowledge = served(folder)
    phrasings = [("openingstijden kantoor", "nl"), ("openingstijden van het kantoor", "nl")]
    found = suggest(phrasings, Assistant(knowledge).matcher, knowledge)
    assert found.candidates[0] == "office.hours" and len(found.candidates) <= 3
    assert found.id == suggestion_id(list(reversed(phrasings))) and len(found.id) == 10


def test_unanswered_buttons_carry_a_short_id_never_texts() -> None:
    group = "0123456789"
    for action in (add_to_entry("nl", group, 2), ignore_group("en", group)):
        data = action.encode()
        assert len(data.encode()) <= MAX_CALLBACK_BYTES and data.startswith("u:")
        assert decode_callback(data) == action
    assert decode_callback("u:nl:0123456789:a:7") is None  # only three candidates
    assert decode_callback("u:nl:not-an-id:i") is None
    assert Kind.UNANSWERED == "u"


def test_the_file_url_is_the_api_url_with_file_before_bot() -> None:
    assert Config().file_url == "https://api.telegram.org/file/bot"
    local = load_config({"TELEGRAM_API_URL": "http://127.0.0.1:8081/bot"})
    assert local.file_url == "http://127.0.0.1:8081/file/bot"


def test_staff_labels_are_short_and_never_the_id() -> None:
    assert WHO == "staff-012345"


async def test_a_group_staff_ignored_is_left_out_of_fieldbot_report(
    folder: Path, tmp_path: Path
) -> None:
    config = Config(knowledge_dir=folder, data_dir=tmp_path / "data")
    storage = await Storage.open(config.database_path, secret=b"0123456789abcdef0123")
    for n, text in enumerate(["openingstijden kantoor", "Openingstijden  kantoor", "parkeren"]):
        storage.log_question(
            user_key=storage.user_key(n + 1), text=text, lang="nl", entry=None, score=10.0,
            confident=False,
        )  # fmt: skip
    assert await storage.flush()
    assert await storage.hide_questions(["openingstijden kantoor"]) == 1
    await storage.close()
    output = tmp_path / "report.json"
    assert await asyncio.to_thread(run_report, config, 7, "json", str(output)) == 0
    clusters = json.loads(output.read_text(encoding="utf-8"))["clusters"]
    assert [c["phrasings"] for c in clusters] == [["parkeren"]]


def test_a_read_only_knowledge_folder_is_an_error_and_changes_nothing(
    files: KnowledgeFiles, folder: Path
) -> None:
    before = (folder / "staff.yaml").read_bytes()
    edited = before.replace(b"9 tot 17 uur", b"8 tot 18 uur")
    try:
        with read_only(folder), pytest.raises(OSError):
            files.install("staff.yaml", edited, who=WHO, before=served(folder))
    except CannotMakeReadOnly:
        pytest.skip("running as root without the immutable flag: cannot make a folder read-only")
    assert (folder / "staff.yaml").read_bytes() == before
    assert files.history() == []
