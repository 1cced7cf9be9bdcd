"""Round 31: follow-ups of the fresher writers — a person named alone ("en Dezentjé?"), a
tail that only says how to answer (", kern"), where in its town ("waar precies in
dordrecht"), a bare noun asked of the answer ("peildatum?", "doelgroep"), and the headline
figures of a report ("what were the main numbers in it?")."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_a_person_named_alone_after_another_is_that_persons_entry(assistant: Assistant) -> None:
    _, named = talk(
        assistant,
        "waar sprak staatssecretaris Keijzer over op het Jaarevent van maart 2019?",
        "en Dezentjé?",
    )
    assert named.entry == "people.dezentje"


def test_her_statement_with_a_gist_tail_is_found(assistant: Assistant) -> None:
    *_, said = talk(
        assistant,
        "Wie is Ineke Dezentjé?",
        "haar uitspraak over de bottom-up aanpak, kern",
    )
    assert said.entry == "people.dezentje" and "bottom-up" in said.text


def test_where_in_haarlem_after_3d_makers_zone_names_its_site(assistant: Assistant) -> None:
    _, where = talk(assistant, "wat is 3D Makers Zone?", "waar in haarlem?")
    assert where.entry == "fieldlab.3d-makers-zone" and "Waarderpolder" in where.text


def test_where_exactly_in_a_town_picks_the_listed_fieldlab_there(assistant: Assistant) -> None:
    _, listed, where = talk(
        assistant,
        "hoi",
        "welke fieldlabs doen iets met scholing?",
        "waar precies in dordrecht",
    )
    assert listed.entry == "fieldlabs.theme.scholing"
    assert where.entry == "fieldlab.duurzaamheidsfabriek" and "Leerpark" in where.text


def test_where_in_a_town_no_listed_fieldlab_is_in_is_no_pick(assistant: Assistant) -> None:
    _, where = talk(assistant, "welke fieldlabs doen iets met scholing?", "waar in groningen?")
    assert where.entry != "fieldlab.duurzaamheidsfabriek"


def test_peildatum_after_the_jobs_figure_gives_its_year(assistant: Assistant) -> None:
    _, asked = talk(assistant, "aantal directe banen fieldlabs", "peildatum?")
    assert asked.entry == "results.jobs" and "2018" in asked.text


def test_doelgroep_after_a_fieldlab_card_stays_with_that_fieldlab(assistant: Assistant) -> None:
    _, asked = talk(assistant, "Duurzaamheidsfabriek Dordrecht — officieel fieldlab?", "doelgroep")
    assert asked.entry == "fieldlab.duurzaamheidsfabriek" and "mbo" in asked.text


def test_the_exact_date_of_it_after_the_jaarevent_stays_with_the_event(
    assistant: Assistant,
) -> None:
    _, asked = talk(assistant, "What was the Jaarevent 2018?", "The exact date of it?")
    assert asked.entry == "jaarevent.2018"


def test_a_new_field_of_the_same_record_is_not_the_last_question_again(
    assistant: Assistant,
) -> None:
    _, asked = talk(
        assistant,
        "Duurzaamheidsfabriek Dordrecht — officieel fieldlab?",
        "subsidiebedrag Duurzaamheidsfabriek per jaar",
    )
    assert not asked.confident


def test_the_main_numbers_in_the_tno_publication_are_its_headline_figures(
    assistant: Assistant,
) -> None:
    _, numbers = talk(
        assistant,
        "tell me about the TNO fieldlab publication",
        "what were main numbers in it? money, companies, jobs",
    )
    assert {p.entry for p in numbers.parts} == {
        "results.investments",
        "results.companies",
        "results.jobs",
    }
    assert all(figure in numbers.text for figure in ("240", "600", "430"))


def test_where_a_number_comes_from_is_no_list_of_numbers(assistant: Assistant) -> None:
    _, asked = talk(
        assistant,
        "tell me about the TNO fieldlab publication",
        "where do those numbers come from?",
    )
    assert len(asked.parts) <= 1
