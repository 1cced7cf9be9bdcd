"""Questions worded otherwise than the knowledge's phrasings: a word no phrasing has is
looked for in the answers, "one" before a noun is an article, a purpose told after the
question ("zo dat ik het snap") weighs little, and "I don't understand what …" asks what
follows it; a theme said alone ("3d printen?") asks for its Fieldlabs."""

from __future__ import annotations

import pytest
from conftest import WriteKnowledge, talk

from bot.assistant import Assistant
from bot.knowledge import load_knowledge
from bot.matching import Matcher
from bot.text import intent
from bot.understanding import read

DRINKS = """\
entries:
  - id: office.coffee
    questions:
      nl: ["Hoeveel koffie drinkt het team?"]
    answer:
      nl: "Het team drinkt twaalf koppen per dag, vooral espresso."
    source: "Teamtelling"
  - id: office.tea
    questions:
      nl: ["Hoeveel thee drinkt het team?"]
    answer:
      nl: "Het team drinkt vier koppen thee per dag. Cappuccino telt de telling niet."
    source: "Teamtelling"
"""


def _scores(matcher: Matcher, question: str) -> dict[str, float]:
    return {c.entry: c.score for c in matcher.search(question, lang="nl").candidates}


def test_a_word_no_phrasing_has_counts_for_the_entry_whose_answer_uses_it(
    write_knowledge: WriteKnowledge,
) -> None:
    matcher = Matcher(load_knowledge(write_knowledge({"drinks.yaml": DRINKS})))
    scores = _scores(matcher, "hoeveel espresso drinkt het team?")
    assert scores["office.coffee"] > scores["office.tea"]


def test_what_an_answer_says_it_does_not_count_is_no_evidence(
    write_knowledge: WriteKnowledge,
) -> None:
    matcher = Matcher(load_knowledge(write_knowledge({"drinks.yaml": DRINKS})))
    scores = _scores(matcher, "hoeveel cappuccino drinkt het team?")
    assert scores["office.tea"] == scores["office.coffee"]


def test_a_word_only_the_answer_uses_helps_its_entry_past_the_threshold(
    assistant: Assistant,
) -> None:
    # "faciliteiten" is in no phrasing; the answer on joining says the Hubs connect
    # entrepreneurs with Fieldlabs and facilities
    reply = assistant.answer("Hoe kan ik via faciliteiten meedoen aan een Fieldlab?")
    assert reply.entry == "fieldlabs.join"


def test_a_company_no_answer_names_still_declines_the_jobs_question(
    assistant: Assistant,
) -> None:
    for question in ("hoeveel banen bij Unilever?", "hoeveel banen zijn er in de zorg?"):
        reply = assistant.answer(question)
        assert reply.entry != "results.jobs", question


def test_one_before_a_noun_is_its_article(assistant: Assistant) -> None:
    reply = assistant.answer("Who is working together inside one hub?")
    assert reply.entry == "hubs.partners"


def test_a_purpose_told_after_the_question_weighs_little(assistant: Assistant) -> None:
    assert assistant.answer("wat is smart industry in t kort, zo dat ik t snap").entry == (
        "programme.what"
    )
    # "boss" is a word of the programme director's entry; the purpose is not the question
    reply = assistant.answer("what is a fieldlab so that I can explain it to my boss")
    assert reply.entry == "fieldlabs.what"


def test_not_understanding_what_something_is_asks_what_it_is(assistant: Assistant) -> None:
    message = (
        "I work in a food company in Apeldoorn, but still I dont understand what is "
        "exactly fieldlab."
    )
    reading = read(message)
    assert [c.text for c in reading.clauses] == ["what is exactly fieldlab"]
    assert reading.intro is not None and "apeldoorn" in reading.intro.lower()
    assert assistant.answer(message).entry == "fieldlabs.what"


def test_not_knowing_where_to_begin_is_told_not_asked() -> None:
    reading = read("Wij willen de data beter gebruiken, maar ik weet niet waar ik moet beginnen.")
    assert not any(c.text.startswith("waar ik") for c in reading.clauses)
    asked = read("ik weet niet hoe ik kan aansluiten bij een fieldlab?")
    assert [c.text for c in asked.clauses] == ["hoe ik kan aansluiten bij een fieldlab"]


def test_an_indirect_question_ending_on_its_verb_asks_what_something_does(
    assistant: Assistant,
) -> None:
    assert intent("ik snap niet goed wat een hub precies doet") == "do"
    assert intent("What exactly does the TNO Fieldlab publication cover") != "do"
    assert assistant.answer("ik snap niet goed wat een hub precies doet").entry == (
        "hubs.activities"
    )


def test_a_five_letter_non_word_one_letter_off_a_stopword_is_that_stopword(
    assistant: Assistant,
) -> None:
    matcher = assistant.matcher
    assert matcher.search("hoeveel fieldlabs warem er", lang="nl").unknown == ()
    # a word of the language stays itself, however close to a stopword: "shell" is no "shall"
    assert "shell" in matcher.search("how many jobs at shell", lang="en").unknown


def test_a_hedge_after_the_question_weighs_little(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs warem er in t begin, 2015 ofzo?")
    assert reply.entry == "results.fieldlab-count"
    assert "10" in reply.text


# -- a theme said alone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "theme"),
    [
        ("3d printen", "3d-printen"),
        ("3d printen metaal waar kan ik dat proberen", "3d-printen"),
        ("zetten bij jullie ook robots in? cobots enzo", "robotica"),
        ("where can I try 3d printing", "3d-printen"),
        ("robtica?", "robotica"),
    ],
)
def test_a_theme_said_with_nothing_but_where_to_try_it_lists_its_fieldlabs(
    assistant: Assistant, message: str, theme: str
) -> None:
    reply = assistant.answer(message)
    assert reply.kind == "list" and reply.entry == f"fieldlabs.theme.{theme}"


@pytest.mark.parametrize(
    "message",
    [
        "waar kan ik printen",
        "de metaalunie ook?",
        "ben jij een robot",
        "welke landbouwsubsidies zijn er voor boeren",
    ],
)
def test_an_everyday_word_or_a_compound_that_starts_with_a_theme_lists_nothing(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).kind != "list"


def test_and_a_theme_after_a_province_list_narrows_that_list(assistant: Assistant) -> None:
    _, narrowed = talk(assistant, "welke fieldlabs zijn er in zuid-holland", "en robots?")
    assert narrowed.entry == "fieldlabs.province.zuid-holland"
    assert "RoboHouse" in narrowed.text


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("can you give me the source url for the 367 million", "results.investments"),
        ("wat is de bron van die 430 banen", "results.jobs"),
    ],
)
def test_the_source_of_a_figure_asks_that_figure(
    assistant: Assistant, message: str, entry: str
) -> None:
    # Every answer names its sources; the figure is what is asked.
    assert assistant.answer(message).entry == entry


def test_the_url_of_a_hub_is_its_website_not_a_source(assistant: Assistant) -> None:
    reply = assistant.answer("Wat is de URL van Smart Industry Hub Noord?")
    assert "website" in reply.text.lower()
