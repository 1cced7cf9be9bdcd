"""Knowledge files under attack: generated structures, huge files, saves half-way a reload.

Each case must end in a clear `path:line: message` (a KnowledgeError), never a traceback,
and a running Assistant keeps its old knowledge.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.assistant import Assistant
from bot.knowledge import KnowledgeError, load_knowledge
from bot.reload import KnowledgeReloader

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
entries:
  - id: results.jobs
    questions:
      nl: ["Hoeveel banen hebben de Fieldlabs opgeleverd?"]
    answer:
      nl: "Naar schatting 430 directe banen."
    source: "TNO, Fieldlab publicatie"
"""

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.dates(),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=12), children, max_size=4),
    ),
    max_leaves=25,
)
entry_like = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=20), st.integers(), st.none()),
        "questions": documents,
        "answer": documents,
        "source": documents,
        "as_of": documents,
        "related": documents,
        "tags": documents,
    },
)


def _load_or_problems(folder: Path) -> list[str]:
    try:
        load_knowledge(folder)
    except KnowledgeError as exc:
        return [p.render("en") for p in exc.problems]
    return []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=st.one_of(documents, st.fixed_dictionaries({"entries": st.lists(entry_like)})))
def test_any_generated_yaml_structure_loads_or_is_reported_with_a_line(
    tmp_path: Path, document: object
) -> None:
    path = tmp_path / "gen.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    for problem in _load_or_problems(tmp_path):
        where, _, message = problem.partition(": ")
        assert where.rsplit(":", 1)[1].isdigit(), problem
        assert message


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_unicode_text_as_a_file_loads_or_is_reported(tmp_path: Path, text: str) -> None:
    (tmp_path / "gen.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    for problem in _load_or_problems(tmp_path):
        assert problem.startswith(str(tmp_path)), problem


def test_hundred_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    # A sparse 100 MB file: refused on its size, so memory stays small. Run in a subprocess
    # with an address-space limit to prove the file is never read into memory.
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (600 * 1024 * 1024, 600 * 1024 * 1024))\n"
        "from bot.knowledge import load_knowledge, KnowledgeError\n"
        "try:\n"
        f"    load_knowledge({str(tmp_path)!r})\n"
        "except KnowledgeError as exc:\n"
        "    print(exc.problems[0].render('en'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert f"{huge}:1: file is 104,857,600 bytes; the limit is 1,048,576 (1 MiB)" in result.stdout
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 600 * 1024


def test_symlink_to_a_file_inside_the_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.yml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "real.yml")
    problems = _load_or_problems(tmp_path)
    # The same entry twice (through the link): a duplicate id, reported, not followed out.
    assert any("already used" in p for p in problems)


async def test_half_written_file_during_reload_keeps_the_old_knowledge(tmp_path: Path) -> None:
    (tmp_path / "results.yaml").write_text(GOOD, encoding="utf-8")
    assistant = Assistant(load_knowledge(tmp_path))
    reloader = KnowledgeReloader(assistant, tmp_path)
    half = GOOD[: GOOD.index("answer:") + 12]  # an editor's save caught half-way
    (tmp_path / "results.yaml").write_text(half, encoding="utf-8")
    result = await reloader.reload()
    assert not result.ok
    assert str(result.problems[0]).startswith(f"{tmp_path / 'results.yaml'}:")
    assert "430" in assistant.answer("hoeveel banen?").text


async def test_file_deleted_during_reload_keeps_the_old_knowledge(tmp_path: Path) -> None:
    (tmp_path / "results.yaml").write_text(GOOD, encoding="utf-8")
    assistant = Assistant(load_knowledge(tmp_path))
    reloader = KnowledgeReloader(assistant, tmp_path)
    (tmp_path / "results.yaml").unlink()
    result = await reloader.reload()
    assert [p.render("en") for p in result.problems] == [
        f"{tmp_path}:0: no .yaml files in this folder"
    ]
    assert "430" in assistant.answer("hoeveel banen?").text


async def test_reloads_racing_with_saves_never_serve_a_partial_knowledge(tmp_path: Path) -> None:
    (tmp_path / "results.yaml").write_text(GOOD, encoding="utf-8")
    assistant = Assistant(load_knowledge(tmp_path))
    reloader = KnowledgeReloader(assistant, tmp_path)

    async def saves() -> None:
        for i in range(30):
            text = GOOD if i % 2 else GOOD[: len(GOOD) // 2]
            (tmp_path / "results.yaml").write_text(text, encoding="utf-8")
            await asyncio.sleep(0.002)
        (tmp_path / "results.yaml").write_text(GOOD, encoding="utf-8")

    async def reloads() -> None:
        for _ in range(15):
            await reloader.reload()

    await asyncio.gather(saves(), reloads())
    reply = assistant.answer("hoeveel banen hebben de fieldlabs opgeleverd?")
    assert reply.entry == "results.jobs"
    assert (await reloader.reload()).ok
