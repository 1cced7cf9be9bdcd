"""Follow-ups of writers the bot never saw: a year said relative to the last answer, a count
that names its own subject but borrows the year or source in view, …"""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant, Reply

# -- a year relative to the last answer ---------------------------------------------------


def test_the_year_before_the_annual_event_of_2019_is_the_one_of_2018(
    assistant: Assistant,
) -> None:
    _, before = talk(assistant, "Waar was het jaarevent in 2019?", "en het jaar ervoor?")
    assert before.entry == "jaarevent.2018"
    assert "Bussum" in before.text


def test_the_year_before_in_english(assistant: Assistant) -> None:
    _, before = talk(assistant, "Where was the annual event in 2019?", "and the year before?")
    assert before.entry == "jaarevent.2018"


def test_then_after_a_relative_year_keeps_that_year(assistant: Assistant) -> None:
    *_, then = talk(
        assistant,
        "Waar was het jaarevent in 2019?",
        "en het jaar daarvoor?",
        "wat werd daar toen aangekondigd?",
    )
    assert then.entry in ("jaarevent.2018", "hubs.announced")
    assert then.confident


# -- a count of its own, with the year or source of the last answer -------------------------


def test_how_many_fieldlabs_in_that_year_takes_the_year_of_the_tno_study(
    assistant: Assistant,
) -> None:
    _, count = talk(
        assistant,
        "Welke soorten fieldlabs onderscheidt TNO?",
        "hoeveel fieldlabs waren er dat jaar?",
    )
    assert count.entry == "results.fieldlab-count"
    assert "29" in count.text


def test_how_many_companies_that_publication_names_is_the_companies_figure(
    assistant: Assistant,
) -> None:
    _, count = talk(
        assistant,
        "Wat is de Fieldlab publicatie van TNO?",
        "en hoeveel bedrijven noemt die publicatie?",
    )
    assert count.entry == "results.companies"
    assert "600" in count.text


def test_how_many_fieldlabs_they_count_after_dialogic_is_the_count(assistant: Assistant) -> None:
    *_, count = talk(
        assistant,
        "Wat is de evaluatie van Dialogic?",
        "Welk investeringsbedrag noemen zij?",
        "en hoeveel fieldlabs tellen ze?",
    )
    assert count.entry == "results.fieldlab-count"
    assert "47" in count.text


def test_a_count_the_last_answer_gives_itself_stays_on_it(assistant: Assistant) -> None:
    # the video of twelve Fieldlabs: how many took part is its own number, not all Fieldlabs
    _, count = talk(
        assistant,
        "Waar ging het filmpje met fieldlabs op het jaarevent over?",
        "hoeveel fieldlabs deden daaraan mee",
    )
    assert count.entry == "video.fieldlabs"


def test_a_count_of_a_record_stays_on_the_record(assistant: Assistant) -> None:
    _, count = talk(assistant, "wat is SMITZH?", "hoeveel bedrijven hebben ze bereikt?")
    assert count.entry == "hub.zuid-holland"
    assert "2350" in count.text


# -- a field the record in view does not have -----------------------------------------------


def test_what_the_asker_will_do_next_is_no_introduction(assistant: Assistant) -> None:
    _, site = talk(
        assistant,
        "Wat is de Smart Bending Factory?",
        "hebben ze een website? dan kan ik eens kijken wat ze daar doen",
    )
    assert site.kind == "unknown" and site.record == "fieldlab.smart-bending-factory"
    assert "Smart Bending Factory" in site.text


def test_a_phone_number_with_an_afterthought_is_asked_of_the_hub(assistant: Assistant) -> None:
    *_, phone = talk(
        assistant,
        "wat is BOOST?",
        "wie is daar de projectleider",
        "wat is zijn telefoonnummer dan bel ik hem even",
    )
    assert phone.kind == "unknown" and phone.entry != "people.burghard"
    # "zijn" is the project leader just named (or BOOST): not in the sources, ask the Hub
    assert "boostsmartindustry.nl" in phone.text


def test_a_fee_the_card_never_speaks_of_is_not_known_of_that_fieldlab(
    assistant: Assistant,
) -> None:
    _, fee = talk(
        assistant,
        "What is Fieldlab Flexible Manufacturing?",
        "what is the yearly fee for joining there?",
    )
    assert fee.kind == "unknown" and fee.record == "fieldlab.flexible-manufacturing"
    assert "Flexible Manufacturing" in fee.text


# -- after a list ---------------------------------------------------------------------------


def test_a_province_after_a_province_list_is_the_province_not_its_town(
    assistant: Assistant,
) -> None:
    _, more = talk(assistant, "Welke fieldlabs zijn er in Friesland?", "en in Groningen?")
    assert more.entry == "fieldlabs.province.groningen"


def test_a_bare_town_after_a_theme_list_lists_that_town(assistant: Assistant) -> None:
    _, town = talk(assistant, "welke fieldlabs doen iets met 3d printen", "haarlem?")
    assert town.kind == "list" and town.entry == "fieldlabs.place.haarlem"


def test_the_hub_for_that_province_after_its_list_is_its_route(assistant: Assistant) -> None:
    _, hub = talk(
        assistant, "Which fieldlabs are there in Drenthe?", "and which hub covers that province?"
    )
    assert hub.entry == "hub.noord"


# -- a second question in one message that points back at the first ------------------------


def entries(reply: Reply) -> set[str | None]:
    return {p.entry for p in reply.parts or (reply,)}


def test_a_second_question_about_the_record_is_read_against_it(assistant: Assistant) -> None:
    reply = assistant.answer(
        "region of smart factories wat is dat en welke bedrijven doen daar mee"
    )
    assert entries(reply) <= {"fieldlab.rosf", None}
    assert "Region of Smart Factories" in reply.text


def test_a_second_question_naming_another_record_is_its_own(assistant: Assistant) -> None:
    reply = assistant.answer("waar zit robohouse? en sam xl, zit die ook in delft?")
    assert "fieldlab.samxl" in entries(reply)


def test_still_active_after_a_hub_asks_its_status(assistant: Assistant) -> None:
    _, status = talk(assistant, "welke hub is er voor zuid-holland?", "nog actief?")
    assert status.entry == "hub.zuid-holland"
    assert "EDIH" in status.text


def test_is_it_part_of_a_named_hub_answers_the_hub_of_the_fieldlab(assistant: Assistant) -> None:
    _, hub = talk(assistant, "Wat is 5Groningen?", "is dat aangesloten bij de Hub Noord?")
    assert hub.entry == "fieldlab.5groningen"
    assert "Hub Noord" in hub.text


def test_another_hub_named_after_a_hub_is_asked_of_that_hub(assistant: Assistant) -> None:
    _, other = talk(
        assistant,
        "which provinces does the Smart Industry Hub Noord cover?",
        "and for Overijssel, is that BOOST?",
    )
    assert other.entry == "hub.oost"


def test_a_bare_year_after_a_figure_asks_that_figure_for_the_year(assistant: Assistant) -> None:
    _, year = talk(assistant, "how many jobs did the fieldlabs create?", "2021?")
    assert year.entry in ("results.jobs", None)
    assert year.entry != "programme.implementatieagenda"
    assert "2021" in year.text


def test_the_other_hubs_after_one_hub_are_not_that_hub(assistant: Assistant) -> None:
    _, others = talk(
        assistant, "wat kreeg SMITZH van het ministerie?", "en de andere hubs, wat kregen die?"
    )
    assert others.entry != "hub.zuid-holland"


def test_and_something_the_card_of_the_record_speaks_of_stays_on_it(
    assistant: Assistant,
) -> None:
    _, more = talk(
        assistant, "how much did the ministry give to SMITZH?", "and the MRDH also gave money?"
    )
    assert more.entry == "hub.zuid-holland"
    assert "750" in more.text


def test_which_year_is_that_is_the_year_the_last_answer_names(assistant: Assistant) -> None:
    _, year = talk(assistant, "Welke soorten fieldlabs onderscheidt TNO?", "uit welk jaar is dat?")
    assert year.entry == "fieldlabs.types"
    assert "2017" in year.text


def test_give_me_the_url_after_a_report_gives_its_sources(assistant: Assistant) -> None:
    _, url = talk(
        assistant, "When was the Dialogic evaluation sent to parliament?", "give me the URL"
    )
    assert url.entry == "programme.evaluation"
    assert "https://" in url.text


def test_a_second_question_the_card_answers_gets_no_not_known(assistant: Assistant) -> None:
    reply = assistant.answer(
        "hoeveel geld was er beschikbaar voor rosf en wie heeft het ontwikkeld"
    )
    assert "NOM" in reply.text
    assert "niet in mijn bronnen" not in reply.text


# -- what the last answer said --------------------------------------------------------------


def test_his_phone_number_after_a_person_is_his_contact_not_the_hubs(
    assistant: Assistant,
) -> None:
    _, phone = talk(assistant, "wie is de projectleider van boost", "wat is zijn telefoonnummer?")
    assert phone.kind == "unknown"
    assert "Robin Burghard" in phone.text and "boostsmartindustry.nl" in phone.text
    _, hub = talk(assistant, "wie is marloes telgenhof", "en het telefoonnummer van boost?")
    assert "BOOST" in hub.text and "Telgenhof" not in hub.text


def test_which_source_after_a_dated_figure_names_only_the_source_it_cited(
    assistant: Assistant,
) -> None:
    figure, source = talk(assistant, "hoeveel fieldlabs waren er in 2017", "welke bron zegt dat")
    assert "29" in figure.text
    assert "Engineers Online" in source.text
    assert "Dialogic" not in source.text and "monitor" not in source.text.lower()


def test_a_phone_number_without_his_or_her_is_not_the_persons(assistant: Assistant) -> None:
    _, own = talk(assistant, "wie is robin burghard", "wat is jouw telefoonnummer?")
    assert "Robin Burghard" not in own.text


def test_this_year_is_not_the_year_in_view(assistant: Assistant) -> None:
    _, now = talk(
        assistant, "hoeveel fieldlabs waren er in 2017?", "hoeveel fieldlabs zijn er dit jaar?"
    )
    assert "47" in now.text


def test_a_count_of_something_else_in_that_year_leaves_the_last_figure(
    assistant: Assistant,
) -> None:
    _, hubs = talk(
        assistant, "hoeveel fieldlabs waren er in 2017?", "en hoeveel hubs waren er in dat jaar?"
    )
    assert hubs.entry != "results.fieldlab-count" and "29" not in hubs.text
