"""`fieldbot chat` driven through stdin, as `echo "vraag" | fieldbot chat` does."""

from __future__ import annotations

from conftest import RunFieldbot, WriteKnowledge


def test_echo_question_prints_430_jobs_with_source_and_exits_0(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="hoeveel banen?\n")
    assert result.returncode == 0
    assert result.stderr == ""
    assert "430" in result.stdout
    source = [line for line in result.stdout.splitlines() if line.startswith("Bron: ")]
    assert len(source) == 1
    assert source[0].startswith("Bron: TNO")
    assert ", 18 maart 2019 (https://" in source[0]


def test_several_lines_are_answered_in_order(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="hoi\nhoeveel banen?\nhoeveel bedrijven doen mee?\nbedankt\n")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("Hallo! Ik ben Fieldbot")
    marks = [out.find(text) for text in ("Hallo!", "430 directe banen", "600 bedrijven", "Graag")]
    assert -1 not in marks, out
    assert marks == sorted(marks)
    assert out.count("\nBron: ") + out.count("\nBronnen: ") == 2  # smalltalk has no source


def test_empty_lines_are_skipped(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="\n   \nhoeveel banen?\n\n\t\n")
    assert result.returncode == 0
    assert result.stdout == fieldbot("chat", stdin="hoeveel banen?\n").stdout
    assert result.stdout.count("430") == 1
    assert "Stel gerust een vraag" not in result.stdout  # no reply to the blank lines


def test_english_question_gets_an_english_answer(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="How many jobs did the Fieldlabs create?\n")
    assert result.returncode == 0
    assert "430 direct jobs" in result.stdout
    assert "\nSource: TNO" in result.stdout
    assert "Bron:" not in result.stdout


def test_last_line_without_newline_is_answered(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="hoeveel banen?")
    assert result.returncode == 0
    assert "430" in result.stdout


def test_empty_input_exits_0_quietly(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_unknown_question_gets_the_hub_fallback(fieldbot: RunFieldbot) -> None:
    result = fieldbot("chat", stdin="wat wordt het weer morgen\n")
    assert result.returncode == 0
    assert "regionale Smart Industry Hub" in result.stdout
    assert "Bron:" not in result.stdout


def test_chat_gives_the_same_answer_as_ask(fieldbot: RunFieldbot) -> None:
    question = "hoevel bedrijfen doen er mee"
    chat = fieldbot("chat", stdin=question + "\n")
    ask = fieldbot("ask", question)
    assert chat.stdout.strip() == ask.stdout.strip()
    assert "600" in chat.stdout


def test_chat_uses_the_knowledge_option(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge(
        {
            "coffee.yaml": """\
            entries:
              - id: coffee.cups
                questions:
                  nl: ["Hoeveel koffie drinkt het team?"]
                answer:
                  nl: "Twaalf koppen per dag."
                source: "Teamtelling"
            """
        }
    )
    result = fieldbot("chat", "--knowledge", str(folder), stdin="koffie team hoeveel\n")
    assert result.returncode == 0
    assert result.stdout.startswith("Twaalf koppen per dag.\n\nBron: Teamtelling\n")


def test_chat_with_broken_knowledge_exits_1_without_traceback(
    fieldbot: RunFieldbot, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"broken.yaml": "entries: [\n"})
    result = fieldbot("chat", "--knowledge", str(folder), stdin="hoeveel banen?\n")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{folder / 'broken.yaml'}:1: regel 1: hier opent een '['")
