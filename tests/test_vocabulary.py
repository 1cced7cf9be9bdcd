"""The words people use for what the knowledge speaks of: everyday Dutch and English, Flemish
forms and loanwords ("kmo's", "centen", "living lab", "established") are read as the
concept the entries answer, and a close word of another meaning does not become one."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

# -- synonyms: one concept, the words of the language ------------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # money: Flemish "centen", spending, the budget
        ("hoeveel centen zijn er in de fieldlabs gestoken", "results.investments"),
        ("hoeveel is er uitgegeven aan de fieldlabs", "results.investments"),
        ("how much was spent on the fieldlabs", "results.investments"),
        ("total spend on fieldlabs", "results.investments"),
        # companies: the Flemish "kmo", a manufacturer, a small firm
        ("hoeveel kmo's doen mee aan de fieldlabs", "results.companies"),
        ("hoeveel maakbedrijven doen mee aan de fieldlabs", "results.companies"),
        # taking part, said with a split verb or a past tense
        ("how many companies have taken part in the fieldlabs", "results.companies"),
        # what a Fieldlab or a Hub is called elsewhere
        ("wat is een living lab", "fieldlabs.what"),
        ("what is a living lab", "fieldlabs.what"),
        ("wat is een praktijklab", "fieldlabs.what"),
        ("wat is een regiohub", "hubs.what"),
        # started: launched, established
        ("wanneer werd smart industry gelanceerd", "programme.start"),
        ("when was smart industry established", "programme.start"),
        ("when were the hubs established", "hubs.announced"),
        ("wanneer zijn de hubs gelanceerd", "hubs.announced"),
        # results: what it delivered
        ("wat heeft smart industry opgeleverd", "programme.evaluation"),
        ("what did the smart industry programme deliver", "programme.evaluation"),
    ],
)
def test_an_everyday_word_for_a_concept_finds_its_entry(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert entry in assistant.answer(question).answered()


@pytest.mark.parametrize(
    "question",
    [
        "Zijn er ook fieldlabs in Polen?",  # not "poen" (money) with a typo
        "zijn er ook fieldlabs in duitsland",  # not "duiten" (money) in a compound
        "hoeveel kmo's zijn er in Vlaanderen",
        "hoeveel centen kost een brood",
        "wat is een living lab in de zorg",
    ],
)
def test_a_word_near_a_new_synonym_is_no_question_about_it(
    assistant: Assistant, question: str
) -> None:
    assert assistant.answer(question).answered() == ()


def test_the_flexible_manufacturing_fieldlab_is_no_count_of_manufacturers(
    assistant: Assistant,
) -> None:
    # "manufacturers" and "manufacturing" share an English stem: the first is no synonym
    # of "companies", or every question about manufacturing would count companies.
    reply = assistant.answer(
        "Hey! I'm an engineer from Portugal working in Helmond. Does the Flexible "
        "Manufacturing fieldlab do anything with cobots?"
    )
    assert reply.answered() == ("smalltalk.greeting", "fieldlab.flexible-manufacturing")
