"""Live reload: new knowledge is swapped in whole, a broken file keeps the old knowledge."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.knowledge import load_knowledge
from bot.reload import KnowledgeReloader, ReloadResult

ROOT = Path(__file__).resolve().parent.parent

JOBS = """\
entries:
  - id: results.jobs
    questions:
      nl: ["Hoeveel banen hebben de Fieldlabs opgeleverd?", "banen fieldlabs"]
      en: ["How many jobs did the Fieldlabs create?"]
    answer:
      nl: "Naar schatting {jobs} directe banen."
      en: "An estimated {jobs} direct jobs."
    source: "TNO, Fieldlab publicatie"
    as_of: 2019-03-18
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "results.yaml").write_text(JOBS.format(jobs=430), encoding="utf-8")
    return tmp_path


async def test_reload_with_a_good_file_serves_the_new_answer(folder: Path) -> None:
    assistant = Assistant(load_knowledge(folder))
    (folder / "results.yaml").write_text(JOBS.format(jobs=431), encoding="utf-8")
    result = await KnowledgeReloader(assistant, folder).reload()
    assert result.ok and result.summary.startswith("OK: 1 entries")
    assert "431" in assistant.answer("hoeveel banen?").text


async def test_reload_with_a_broken_file_keeps_the_old_answers_and_names_the_line(
    folder: Path,
) -> None:
    assistant = Assistant(load_knowledge(folder))
    (folder / "results.yaml").write_text(JOBS.format(jobs=999) + "  - id: [broken\n")
    result = await KnowledgeReloader(assistant, folder).reload()
    assert not result.ok
    assert str(result.problems[0]).startswith(
        f"{folder / 'results.yaml'}:11: regel 11: hier opent"
    )
    assert "430" in assistant.answer("hoeveel banen?").text


async def test_questions_asked_during_reloads_are_all_answered(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", folder)
    assistant = Assistant(load_knowledge(folder))
    reloader = KnowledgeReloader(assistant, folder)
    broken = folder / "zz-broken.yaml"
    answers: list[str] = []

    async def ask_many() -> None:
        for _ in range(200):
            reply = assistant.answer("hoeveel banen hebben de fieldlabs opgeleverd?")
            answers.append(reply.entry or "")
            await asyncio.sleep(0)

    async def reload_twice() -> list[ReloadResult]:
        good = await reloader.reload()
        broken.write_text("entries: [\n", encoding="utf-8")
        bad = await reloader.reload()
        return [good, bad]

    results, _ = await asyncio.gather(reload_twice(), ask_many())
    assert [r.ok for r in results] == [True, False]
    assert answers == ["results.jobs"] * 200


async def test_watching_the_folder_reloads_after_a_save(folder: Path) -> None:
    assistant = Assistant(load_knowledge(folder))
    seen: asyncio.Queue[ReloadResult] = asyncio.Queue()

    async def report(result: ReloadResult) -> None:
        await seen.put(result)

    reloader = KnowledgeReloader(assistant, folder, on_result=report, debounce_ms=100)
    watcher = asyncio.create_task(reloader.watch())
    await asyncio.sleep(0.5)  # let the watcher start before the save
    (folder / "results.yaml").write_text(JOBS.format(jobs=432), encoding="utf-8")
    result = await asyncio.wait_for(seen.get(), timeout=20)
    reloader.stop()
    await asyncio.wait_for(watcher, timeout=10)
    assert result.ok
    assert "432" in assistant.answer("hoeveel banen?").text


async def _watching(folder: Path) -> tuple[Assistant, KnowledgeReloader, asyncio.Task[None]]:
    assistant = Assistant(load_knowledge(folder))
    reloader = KnowledgeReloader(assistant, folder, debounce_ms=100, check_seconds=0.2)
    watcher = asyncio.create_task(reloader.watch())
    await asyncio.sleep(0.5)  # let the watcher start before the deploy
    return assistant, reloader, watcher


async def _answers(assistant: Assistant, figure: str, within: float = 20.0) -> bool:
    deadline = asyncio.get_running_loop().time() + within
    while asyncio.get_running_loop().time() < deadline:
        if figure in assistant.answer("hoeveel banen?").text:
            return True
        await asyncio.sleep(0.1)
    return False


async def test_a_folder_replaced_by_a_rename_swap_is_still_watched(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "results.yaml").write_text(JOBS.format(jobs=430), encoding="utf-8")
    assistant, reloader, watcher = await _watching(folder)
    try:
        # The usual deploy: build the new folder beside it, then swap the names.
        new = tmp_path / "knowledge.new"
        new.mkdir()
        (new / "results.yaml").write_text(JOBS.format(jobs=433), encoding="utf-8")
        folder.rename(tmp_path / "knowledge.old")
        new.rename(folder)
        assert await _answers(assistant, "433")
        # And the watch now follows the new folder: a later save is picked up as well.
        await asyncio.sleep(0.5)
        (folder / "results.yaml").write_text(JOBS.format(jobs=434), encoding="utf-8")
        assert await _answers(assistant, "434")
    finally:
        reloader.stop()
        await asyncio.wait_for(watcher, timeout=10)
    assert "reason=folder_replaced" in caplog.text


async def test_a_folder_removed_and_copied_back_is_still_watched(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "results.yaml").write_text(JOBS.format(jobs=430), encoding="utf-8")
    assistant, reloader, watcher = await _watching(folder)
    try:
        shutil.rmtree(folder)
        await asyncio.sleep(0.6)  # long enough for the watcher to see it gone
        staged = tmp_path / "staged"
        staged.mkdir()
        (staged / "results.yaml").write_text(JOBS.format(jobs=435), encoding="utf-8")
        shutil.copytree(staged, folder)
        assert await _answers(assistant, "435")
        await asyncio.sleep(0.5)
        (folder / "results.yaml").write_text(JOBS.format(jobs=436), encoding="utf-8")
        assert await _answers(assistant, "436")
    finally:
        reloader.stop()
        await asyncio.wait_for(watcher, timeout=10)
    assert "event=watch" in caplog.text and "reason=folder_missing" in caplog.text
