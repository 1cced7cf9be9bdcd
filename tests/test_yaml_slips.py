"""YAML slips staff make, each reported once, in plain Dutch, at the line where it is.

Every case is a real file next to a second file that links to the broken file's entries: the
follow-on "unknown id" problems are left out with one "herstel eerst" line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RunFieldbot, WriteKnowledge

from bot.knowledge import KnowledgeError, load_knowledge

# Two entries; line numbers below refer to this text.
GOOD = """\
entries:
  - id: ok.one
    questions:
      nl: ["Hoeveel banen zijn er gemaakt?", "banen"]
      en:
        - "How many jobs?"
        - "jobs"
    answer:
      nl: "Naar schatting 430 banen."
      en: "An estimated 430 jobs."
    source: "TNO, 18 maart 2019"
  - id: ok.two
    questions:
      nl: ["Wie is de voorzitter?"]
    answer:
      nl: "Een antwoord."
    source: "TNO"
"""

# Relates to both entries of GOOD: when GOOD's file breaks, these would be follow-ons.
OTHER = """\
entries:
  - id: ok.three
    questions:
      nl: ["Wat doet een fieldlab?"]
    answer:
      nl: "Het test nieuwe technologie."
    source: "TNO"
    related: [ok.one, ok.two]
"""


def with_line(number: int, new: str) -> str:
    lines = GOOD.splitlines(keepends=True)
    lines[number - 1] = new + "\n"
    return "".join(lines)


def report(write_knowledge: WriteKnowledge, text: str) -> tuple[Path, list[str]]:
    """The problems for a broken results.yaml beside OTHER, each as printed (Dutch)."""
    folder = write_knowledge({"results.yaml": text.encode(), "zz-other.yaml": OTHER})
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return folder / "results.yaml", [str(p) for p in caught.value.problems]


SLIPS = [
    # (name, broken text, line of the cause, start of the message, column of the caret)
    (
        "closing quote missing",
        with_line(9, '      nl: "Naar schatting 430 banen.'),
        9,
        'regel 9: hier begint een tekst met een aanhalingsteken (") dat niet wordt afgesloten',
        10,
    ),
    (
        "closing quote missing in a list",
        with_line(4, '      nl: ["Hoeveel banen zijn er gemaakt?, "banen"]'),
        4,
        "regel 4: hier begint een tekst met een aanhalingsteken",
        11,
    ),
    (
        "closing quote missing at the end of the file",
        GOOD + "    tags: 'banen\n",
        18,
        "regel 18: hier begint een tekst met een aanhalingsteken (')",
        10,
    ),
    (
        "key indented one space too far",
        with_line(8, "     answer:"),
        8,
        "regel 8: het aantal spaties vooraan (5) past bij geen regel erboven; waarschijnlijk "
        "moeten het er 4 zijn, net als op regel 3",
        5,
    ),
    (
        "key indented one space too little",
        with_line(8, "   answer:"),
        8,
        "regel 8: het aantal spaties vooraan (3) past bij geen regel erboven",
        3,
    ),
    (
        "list item indented one space too little",
        with_line(7, '       - "jobs"'),
        7,
        "regel 7: het aantal spaties vooraan (7) past bij geen regel erboven; waarschijnlijk "
        "moeten het er 8 zijn, net als op regel 6",
        7,
    ),
    (
        "a tab",
        with_line(8, "\tanswer:"),
        8,
        "regel 8: hier staat een tab; in deze bestanden spring je alleen met spaties in",
        0,
    ),
    (
        "colon missing after a key",
        with_line(8, "    answer"),
        8,
        "regel 8: na 'answer' ontbreekt de dubbele punt; schrijf 'answer:'",
        10,
    ),
    (
        "colon missing before a value",
        with_line(11, '    source "TNO, 18 maart 2019"'),
        11,
        "regel 11: na 'source' ontbreekt de dubbele punt",
        10,
    ),
    (
        "colon missing after an id",
        with_line(12, "  - id ok.two"),
        12,
        "regel 12: na 'id' ontbreekt de dubbele punt; schrijf 'id:'",
        6,
    ),
    (
        "dash missing before a question",
        with_line(7, '        "jobs"'),
        7,
        "regel 7: dit lijkt een nieuw onderdeel van de lijst, maar het streepje ontbreekt; "
        "begin de regel met '- ', zoals regel 6",
        8,
    ),
    (
        "dash missing before an entry",
        with_line(12, "  id: ok.two"),
        12,
        "regel 12: dit lijkt een nieuw onderdeel van de lijst, maar het streepje ontbreekt",
        2,
    ),
    (
        "dash and its indentation missing before an entry",
        with_line(12, "    id: ok.two"),
        12,
        "regel 12: hier staat een tweede 'id' in hetzelfde item; begint hier een nieuw item? "
        "Zet er dan '- ' voor, zoals op regel 2",
        4,
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "message", "column"),
    [slip[1:] for slip in SLIPS],
    ids=[slip[0] for slip in SLIPS],
)
def test_each_slip_gives_one_plain_dutch_message_at_its_line(
    write_knowledge: WriteKnowledge, text: str, line: int, message: str, column: int
) -> None:
    path, found = report(write_knowledge, text)
    assert len(found) == 1, found  # no follow-on "unknown id" problems from zz-other.yaml
    head = f"{path}:{line}: "
    shown = found[0].splitlines()
    assert shown[0].startswith(head + message), shown[0]
    offending = text.splitlines()[line - 1].replace("\t", "→")
    assert shown[1] == head + offending
    assert shown[2] == head + " " * column + "^"
    assert shown[3].startswith(head + "herstel eerst het bestand hierboven (")
    assert len(shown) == 4


def test_the_follow_ons_that_were_left_out_are_counted(write_knowledge: WriteKnowledge) -> None:
    _path, found = report(write_knowledge, with_line(8, "    answer"))
    assert (
        found[0]
        .splitlines()[-1]
        .endswith(
            "herstel eerst het bestand hierboven (2 meldingen die daaruit volgen zijn weggelaten)"
        )
    )


def test_a_link_to_an_id_the_broken_file_never_held_is_still_reported(
    write_knowledge: WriteKnowledge,
) -> None:
    other = OTHER.replace("[ok.one, ok.two]", "[ok.one, ok.nothing]")
    folder = write_knowledge({"results.yaml": with_line(8, "    answer"), "zz-other.yaml": other})
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    found = [str(p) for p in caught.value.problems]
    assert len(found) == 2
    assert found[0].splitlines()[-1].endswith("(1 melding die daaruit volgt is weggelaten)")
    assert found[1] == (
        f"{folder / 'zz-other.yaml'}:8: 'ok.three' verwijst onder 'related' naar 'ok.nothing', "
        "maar dat id bestaat niet; kijk de spelling na"
    )


def test_check_gives_the_slip_in_english_with_lang_en(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge(
        {"results.yaml": with_line(9, '      nl: "Naar schatting 430 banen.'), "z.yaml": OTHER}
    )
    result = fieldbot("check", "--knowledge", str(folder), "--lang", "en")
    assert result.returncode == 1
    head = f"{folder / 'results.yaml'}:9: "
    assert result.stderr.splitlines() == [
        head + 'line 9: a text starts here with a quote (") that is never closed; put a " at '
        "the end of the text too",
        head + '      nl: "Naar schatting 430 banen.',
        head + " " * 10 + "^",
        head + "fix the file above first (2 problems that follow from it are left out)",
        "Error: knowledge is invalid (1 problem)",
    ]


def test_check_gives_the_slip_in_dutch_by_default(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge({"results.yaml": with_line(8, "\tanswer:")})
    result = fieldbot("check", "--knowledge", str(folder))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"{folder / 'results.yaml'}:8: regel 8: hier staat een tab; in deze bestanden spring je "
        "alleen met spaties in: vervang de tab door spaties"
    )
    assert lines[1:3] == [
        f"{folder / 'results.yaml'}:8: →answer:",
        f"{folder / 'results.yaml'}:8: ^",
    ]


def test_every_problem_line_starts_with_path_and_line(
    write_knowledge: WriteKnowledge, fieldbot: RunFieldbot
) -> None:
    folder = write_knowledge(
        {"results.yaml": with_line(12, "  - id ok.two"), "z.yaml": OTHER + "    colour: red\n"}
    )
    result = fieldbot("check", "--knowledge", str(folder))
    assert result.returncode == 1
    *problems, summary = result.stderr.splitlines()
    assert summary == "Error: knowledge is invalid (2 problems)"
    for line in problems:
        assert line.startswith((f"{folder / 'results.yaml'}:12: ", f"{folder / 'z.yaml'}:9: "))
