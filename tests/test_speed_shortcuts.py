"""Shortcuts that make an answer faster give the same answer as the long way round: a
message without chat noise, a phrase looked for only where its first word is, a single
message answered without building a context for a next one, plain text only lower-cased,
a reload that reads again only the files that changed."""

from __future__ import annotations

import pytest
from conftest import WriteKnowledge, talk

from bot.assistant import Assistant
from bot.knowledge import KnowledgeError, load_knowledge
from bot.text import by_start, fold, intent, near_in_length, tokens
from bot.understanding.asides import without_noise
from bot.understanding.dialect import standard_dutch
from bot.understanding.smalltalk import _GOODBYES, _THANKS, _phrase_in

# -- a single message needs no context for the next one -------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "hoeveel fieldlabs zijn er?",
        "en die andere?",  # a follow-up as a first message
        "😍😍😍",  # asks nothing
        "hoi! ik zit in Enschede, bij welke hub hoor ik?",
    ],
)
def test_a_single_message_gets_the_answer_it_gets_as_a_conversations_first(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message) == talk(assistant, message)[0]


def test_a_conversation_still_carries_its_context(assistant: Assistant) -> None:
    first, second = talk(assistant, "wat is RoboHouse?", "en wie leidt het?")
    assert first.record == second.record == "fieldlab.robohouse"


# -- chat noise -------------------------------------------------------------------------


def test_a_message_without_noise_keeps_its_sentences_as_typed() -> None:
    assert without_noise("hoeveel  banen? en\nwat kost het!waarom") == (
        "hoeveel banen? en wat kost het! waarom"
    )


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("hoeveel banen zijn er , haha", "hoeveel banen zijn er"),
        ("wtf is een fieldlab", "what is een fieldlab"),
        ("@fieldbot hoeveel hubs zijn er?", "hoeveel hubs zijn er?"),
        ("hoeveel hubs zijn er ?", "hoeveel hubs zijn er?"),
        ("lol", "lol"),  # a remark of its own keeps its noise
    ],
)
def test_noise_a_mention_or_a_space_before_a_stop_is_still_tidied(
    message: str, expected: str
) -> None:
    assert without_noise(message) == expected


# -- thanks and goodbyes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "phrases", "expected"),
    [
        ("heel erg bedankt voor de hulp", _THANKS, "bedankt"),
        ("dank je wel", _THANKS, "dank je wel"),
        ("hoeveel banen zijn er", _THANKS, None),
        ("ok doei", _GOODBYES, "doei"),
        ("jammer", ("", "a  b"), None),  # an oddly spaced phrase is still looked for
    ],
)
def test_a_phrase_is_found_where_its_words_are(
    words: str, phrases: tuple[str, ...], expected: str | None
) -> None:
    assert _phrase_in(words.split(), phrases) == expected


# -- typos compared only with words of about their length --------------------------------


def test_a_word_is_compared_only_with_words_it_can_be_a_typo_of() -> None:
    buckets = by_start(["eindhoven", "enschede", "emmen", "echt", "enter", "edam"])
    assert near_in_length(buckets, "e", "enschde", 1) == ["enschede"]
    assert near_in_length(buckets, "e", "emen", 1) == ["emmen", "echt", "enter", "edam"]
    assert near_in_length(buckets, "x", "xanten", 1) == []


@pytest.mark.parametrize(
    ("message", "place"),
    [("welke fieldlabs zijn er in zwole?", "Zwolle"), ("fieldlabs in Enschde", "Enschede")],
)
def test_a_town_with_a_typo_is_still_found(assistant: Assistant, message: str, place: str) -> None:
    assert place in assistant.answer(message).text


def test_the_tokens_of_a_question_are_a_new_list_each_time() -> None:
    first = tokens("Hoeveel Fieldlabs zijn er?")
    first.append("extra")  # a caller may change its list: the next one is as cut
    assert tokens("Hoeveel Fieldlabs zijn er?") == ["hoeveel", "fieldlabs", "zijn", "er"]


# -- folding and Flemish words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hoeveel BANEN fieldlabs?", "hoeveel banen fieldlabs?"),  # only lower-cased
        ("R&D 50% + TNO's monitor", "rd 50 procent   plus  tno monitor"),
        ("tab\there", "tab here"),
        ("Geïnvesteerd €", "geinvesteerd  euro "),
    ],
)
def test_folding_plain_text_only_lowers_it_and_symbols_are_still_spelled_out(
    text: str, folded: str
) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("message", "standard"),
    [
        ("Wat is dat nu juist?", "Wat is dat nu precies?"),
        ("is dat juist?", "is dat juist?"),
        ("Allez, hoeveel banen?", "hoeveel banen?"),
        ("hoeveel banen?", "hoeveel banen?"),
    ],
)
def test_flemish_juist_and_allez_are_still_read_where_they_are(
    message: str, standard: str
) -> None:
    assert standard_dutch(message) == standard


def test_a_question_word_with_a_typo_still_says_what_is_asked() -> None:
    assert intent("hoevel banen", typos=True) == "count"
    assert intent("wanner begon het", typos=True) == "when"
    assert intent("vandaag banen", typos=True) is None


# -- a reload reads only the files that changed -----------------------------------------

_ENTRY = """\
entries:
  - id: {id}
    questions:
      nl: ["{question}"]
    answer:
      nl: "Een antwoord."
    source: "TNO"
"""


def test_a_reload_sees_the_edited_file_and_keeps_the_others(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge(
        {
            "a.yaml": _ENTRY.format(id="a.one", question="Hoeveel banen?"),
            "b.yaml": _ENTRY.format(id="b.one", question="Hoeveel bedrijven?"),
        }
    )
    first = load_knowledge(folder)
    (folder / "b.yaml").write_text(
        _ENTRY.format(id="b.two", question="Wie leidt de hub?"), encoding="utf-8"
    )
    again = load_knowledge(folder)
    assert [e.id for e in first.entries] == ["a.one", "b.one"]
    assert [e.id for e in again.entries] == ["a.one", "b.two"]
    assert again.entry("a.one") == first.entry("a.one")


def test_an_unchanged_broken_file_is_reported_again_at_each_load(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge(
        {
            "a.yaml": _ENTRY.format(id="a.one", question="Hoeveel banen?"),
            "b.yaml": _ENTRY.format(id="b.one", question="Hoeveel banen?").replace(
                '    source: "TNO"\n', ""
            ),
        }
    )
    reported = []
    for _ in range(2):
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(folder)
        reported.append([p.render("en") for p in caught.value.problems])
    assert reported[0] == reported[1]
    assert len(reported[0]) == 2  # no source, and the question of another entry


def test_places_given_in_two_files_are_reported_at_each_load(
    write_knowledge: WriteKnowledge,
) -> None:
    places = 'places:\n  source: "CBS"\n  provinces:\n    Utrecht: [Utrecht]\n'
    folder = write_knowledge(
        {
            "a.yaml": _ENTRY.format(id="a.one", question="Hoeveel banen?"),
            "p.yaml": places,
            "q.yaml": places,
        }
    )
    for _ in range(2):
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(folder)
        assert [p.path.endswith("q.yaml") for p in caught.value.problems] == [True]
