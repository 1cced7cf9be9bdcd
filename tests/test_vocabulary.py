"""The words people use for what the knowledge speaks of: everyday Dutch and English, Flemish
forms and loanwords ("kmo's", "centen", "living lab", "established") are read as the
concept the entries answer, and a close word of another meaning does not become one."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.text import intent

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


# -- entry questions: the main ways to ask each entry -----------------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the goal of the programme, not of the Hubs
        ("wat is het doel van smart industry", "programme.what"),
        ("what's the purpose of smart industry", "programme.what"),
        ("why does smart industry exist", "programme.what"),
        # what a Fieldlab is, asked as what the word means
        ("wat wordt bedoeld met een fieldlab", "fieldlabs.what"),
        ("what is meant by a fieldlab", "fieldlabs.what"),
        ("what are the hubs meant for", "hubs.what"),
        # where to go with a question
        ("bij wie kan ik terecht met mijn vragen", "hubs.contact"),
        ("who do I contact about smart industry", "hubs.contact"),
        # when it was founded, in the words of founding
        ("wanneer is smart industry opgericht", "programme.start"),
        ("when was smart industry set up", "programme.start"),
        ("when was smart industry created", "programme.start"),
        ("when were the hubs created", "hubs.announced"),
        ("wanneer zijn de hubs in het leven geroepen", "hubs.announced"),
        # who leads it
        ("who is in charge of smart industry", "people.sol"),
        ("wie is de programmaleider van smart industry", "people.sol"),
        # the figures, with the verbs people use for them
        ("how much funding did the fieldlabs receive", "results.investments"),
        ("how many jobs were added by the fieldlabs", "results.jobs"),
        ("hoeveel bedrijven zijn er aangesloten bij de fieldlabs", "results.companies"),
        ("wat heeft het programma bereikt", "programme.evaluation"),
    ],
)
def test_a_common_way_to_ask_an_entry_finds_it(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert entry in assistant.answer(question).answered()


def test_a_desk_for_entrepreneurs_is_no_question_about_what_the_hubs_do(
    assistant: Assistant,
) -> None:
    # "loket" is a word for a Hub: a phrasing "loket voor ondernemers" would take "what can
    # a hub do for me as an entrepreneur" away from the Hubs' activities.
    reply = assistant.answer("wat kan zo n hub voor mij doen als ondernemer")
    assert reply.answered() == ("hubs.activities",)


def test_budget_alone_does_not_pick_one_of_the_three_budgets(assistant: Assistant) -> None:
    # The subsidy scheme, the Hubs and the Fieldlabs each have a budget of their own.
    assert assistant.answer("hoeveel budget is er").answered() == ()


# -- counting words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what's the number of fieldlabs",
        "what is the total number of fieldlabs",
        "wat is het totale aantal fieldlabs",
        "count of fieldlabs",
        "hoe veel fieldlabs zijn er",  # the count word split in two
    ],
)
def test_a_number_asked_as_what_it_is_is_a_count(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert reply.answered() == ("results.fieldlab-count",)
    assert "47" in reply.text


def test_what_a_thing_is_stays_a_definition(assistant: Assistant) -> None:
    assert intent("what is a fieldlab") == "define"
    assert intent("wat is het doel van de hubs") == "define"
    assert intent("what is the phone number of boost") == "define"


# -- who leads a Hub or Fieldlab ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "leader"),
    [
        ("wie is verantwoordelijk voor SMITZH", "InnovationQuarter"),
        ("who heads SMITZH", "InnovationQuarter"),
        ("wie is de kartrekker van BOOST", "Burghard"),
        ("who is the manager of BOOST", "Burghard"),
    ],
)
def test_the_everyday_words_for_who_is_in_charge_ask_who_leads_it(
    assistant: Assistant, question: str, leader: str
) -> None:
    reply = assistant.answer(question)
    assert reply.confident and leader in reply.text
    assert "Provincies" not in reply.text and "Provinces" not in reply.text  # not the card


def test_who_is_the_boss_of_a_lab_the_sources_leave_out_is_not_known(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wie is de baas van RoboHouse")
    assert reply.kind == "unknown" and "RoboHouse" in reply.text


# -- more concepts: subsidy, joining, what Hubs do, results, the benefit ---------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("is er een subsidiepot voor fieldlabs", "programme.subsidy"),
        ("kan ik financiële steun krijgen voor een fieldlab", "programme.subsidy"),
        ("is there financial aid for a fieldlab", "programme.subsidy"),
        ("hoe kan ik me inschrijven bij een fieldlab", "fieldlabs.join"),
        ("welke diensten levert een hub", "hubs.activities"),
        ("is the smart industry programme still running", "programme.successor"),
        ("did the programme work", "programme.evaluation"),
        ("is it worth joining a fieldlab", "fieldlabs.why-small-firms"),
        ("loont het om mee te doen aan een fieldlab", "fieldlabs.why-small-firms"),
    ],
)
def test_more_everyday_phrasings_find_their_entry(
    assistant: Assistant, question: str, entry: str
) -> None:
    assert entry in assistant.answer(question).answered()


@pytest.mark.parametrize(
    "question",
    [
        "hub?",  # a bare word is no question about what a Hub does
        "ander potje dan?? cobot kopen",  # "potje" is no synonym: any pot of money
        "hoe word ik lid van een voetbalclub",
    ],
)
def test_a_vague_or_other_question_gets_no_new_answer(assistant: Assistant, question: str) -> None:
    reply = assistant.answer(question)
    assert "hubs.activities" not in reply.answered()
    assert "programme.subsidy" not in reply.answered()
    assert "fieldlabs.join" not in reply.answered()


def test_the_ministry_said_in_full_is_ezk(assistant: Assistant) -> None:
    reply = assistant.answer("wie was de staatssecretaris van economische zaken")
    assert reply.answered() == ("people.keijzer",)
    assert (
        "people.keijzer"
        in assistant.answer("who was state secretary for economic affairs in 2019").answered()
    )


def test_dicht_is_not_near(assistant: Assistant) -> None:
    # "dichtst" (nearest) is no synonym: one letter off, "gedicht" and "dicht" (closed) are
    # other words, and "schrijf een gedicht" stays out of scope.
    assert assistant.answer("schrijf een gedicht over de lente").kind == "out_of_scope"
