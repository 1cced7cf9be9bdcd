"""Round 30: a follow-up that names a kind of record by its region ("wie is de hub in t
noorden?") gets that record, and the next pointer ("heeft die een website?") points at it,
the record named last, not the Fieldlab of the turn before; a request for another language
after an answer to several questions gives every answer again in that language."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_who_is_the_hub_in_the_north_names_hub_noord(assistant: Assistant) -> None:
    reply = assistant.answer("wie is de hub in t noorden")
    assert reply.entry == "hub.noord" and "Hub Noord" in reply.text


def test_who_is_the_hub_asked_in_english_names_the_hub(assistant: Assistant) -> None:
    assert assistant.answer("who is the hub in the north?").entry == "hub.noord"


def test_the_name_of_the_hub_of_a_region_is_that_hub(assistant: Assistant) -> None:
    assert assistant.answer("hoe heet de hub in het oosten?").entry == "hub.oost"


def test_who_is_the_hub_coordinator_still_asks_for_the_person(assistant: Assistant) -> None:
    reply = assistant.answer("wie is de hub coordinator in het noorden")
    assert reply.entry == "people.telgenhof"


def test_its_website_after_the_hub_named_by_region_is_the_hubs_not_the_fieldlabs(
    assistant: Assistant,
) -> None:
    *_, hub, website = talk(
        assistant,
        "is er een fieldlab in friesland voor robots",
        "sinds wanneer is innovatiecluster drachten officieel fieldlab",
        "wie is de hub in t noorden",
        "en heeft die een website dan",
    )
    assert hub.entry == "hub.noord"
    assert website.record == "hub.noord" and "Hub Noord" in website.text
    assert "Drachten" not in website.text


def test_how_many_they_meant_to_start_then_is_the_count_of_the_agendas_time(
    assistant: Assistant,
) -> None:
    first, then = talk(
        assistant,
        "wanneer is de actieagenda smart industry aangeboden?",
        "hoeveel fieldlabs wilden ze toen starten?",
    )
    assert "2014" in first.text
    assert "10" in then.text and "2015" in then.text and "47" not in then.text


def test_fieldlabs_back_then_are_counted_for_the_year_of_the_last_answer(
    assistant: Assistant,
) -> None:
    _, then = talk(
        assistant,
        "Wat zijn de vier typen fieldlabs volgens TNO?",
        "en hoeveel fieldlabs waren er destijds?",
    )
    assert "29" in then.text and not then.text.startswith("Sinds het begin")


def test_who_founded_it_gives_its_founders_not_who_leads_it(assistant: Assistant) -> None:
    *_, founded = talk(
        assistant, "Which smart industry hub is in Zuid-Holland?", "and its website?",
        "who founded it?",
    )  # fmt: skip
    assert founded.entry == "hub.zuid-holland"
    assert "2017" in founded.text and "eight fieldlabs" in founded.text
    assert "is led by" not in founded.text


def test_who_set_it_up_is_told_as_its_description_says(assistant: Assistant) -> None:
    _, set_up = talk(assistant, "wat is rosf", "wie heeft dat opgezet")
    assert "ontwikkeld door de NOM" in set_up.text


def test_who_leads_it_is_still_who_leads_it(assistant: Assistant) -> None:
    _, leads = talk(assistant, "Which smart industry hub is in Zuid-Holland?", "who leads it?")
    assert "led by" in leads.text


def test_founders_and_when_are_not_said_twice(assistant: Assistant) -> None:
    _, both = talk(
        assistant,
        "What is the Dutch Optics Centre?",
        "Which organisations have founded it and when?",
    )
    assert both.text.count("founded in 2016 by TNO and TU Delft") == 1


def test_what_they_do_there_after_a_list_tells_what_each_listed_fieldlab_does(
    assistant: Assistant,
) -> None:
    *_, doing = talk(
        assistant,
        "ik heb een bedrijfje in de buurt van drachten",
        "is er een fieldlab bij ons in de buurt",
        "wat doen ze daar precies",
    )
    assert [part.entry for part in doing.parts] == ["fieldlab.icd", "fieldlab.rosf"]
    assert "praktijkomgeving" not in doing.text  # not what a Fieldlab is in general


def test_what_do_they_do_in_english_after_the_fieldlabs_of_a_town(assistant: Assistant) -> None:
    _, doing = talk(assistant, "Which fieldlabs are in Delft?", "what do they do?")
    assert "cognitive robotics" in doing.text and "large, flexible structures" in doing.text


def test_where_was_that_presented_after_the_source_asks_of_that_publication(
    assistant: Assistant,
) -> None:
    *_, source, presented = talk(
        assistant,
        "En klopt het dat er 600 banen zijn gecreëerd?",
        "Wat is de bron?",
        "Waar werd die gepresenteerd?",
    )
    assert "TNO" in source.text
    assert presented.entry == "publication.tno" and "Hilversum" in presented.text


def test_a_pointer_after_an_ordinary_answer_is_not_read_as_its_source(
    assistant: Assistant,
) -> None:
    _, where = talk(assistant, "Wat is SAM|XL?", "waar zit dat?")
    assert where.entry == "fieldlab.samxl" and "Delft" in where.text


def test_what_the_state_gave_a_hub_is_the_sentence_with_the_contribution(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wat is de bijdrage van het rijk aan smitzh")
    assert "700.000" in reply.text and "Regio:" not in reply.text


def test_what_is_a_record_itself_keeps_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("wat is de duurzaamheidsfabriek in dordrecht")
    assert "Plaats: Dordrecht" in reply.text


def test_and_from_the_municipality_is_a_party_not_a_place_to_route(
    assistant: Assistant,
) -> None:
    _, council = talk(
        assistant, "wat is de bijdrage van het rijk aan smitzh", "en van de gemeente den haag"
    )
    assert "€ 1 miljoen" in council.text
    assert "Hub voor Den Haag" not in council.text


def test_and_in_the_province_is_still_a_place(assistant: Assistant) -> None:
    _, listed = talk(
        assistant, "welke fieldlabs zijn er in drenthe", "en in de provincie groningen?"
    )
    assert listed.entry == "fieldlabs.province.groningen"


def test_up_to_a_certain_year_after_a_figure_gives_the_sentence_with_its_year(
    assistant: Assistant,
) -> None:
    _, year = talk(
        assistant,
        "How many direct jobs came out of the fieldlabs?",
        "Is that up to a certain year?",
    )
    assert year.entry == "results.jobs" and "2018" in year.text


def test_in_which_city_was_this_gives_the_sentence_with_the_place(assistant: Assistant) -> None:
    *_, city = talk(
        assistant, "What is the Implementatieagenda?", "Who has received it?",
        "In which city this was?",
    )  # fmt: skip
    assert "Bussum" in city.text and "action lines" not in city.text


def test_how_many_of_those_in_a_province_is_not_answered_with_the_whole_figure(
    assistant: Assistant,
) -> None:
    _, part = talk(
        assistant,
        "Hoeveel nieuwe medewerkers heeft de industrie nodig?",
        "en hoeveel daarvan in limburg",
    )
    assert not part.confident


def test_who_thought_it_up_is_who_founded_it(assistant: Assistant) -> None:
    *_, devised = talk(
        assistant,
        "heyy wat is rosf",
        "hoeveel geld zit erin",
        "en wie heeft het bedacht/ontwikkeld?",
    )
    assert devised.entry == "fieldlab.rosf" and "ontwikkeld door de NOM" in devised.text


def test_in_which_year_did_he_say_that_is_the_year_of_what_the_last_answer_quotes(
    assistant: Assistant,
) -> None:
    _, year = talk(
        assistant,
        "Hoeveel bedrijven moeten volgens Egbert-Jan Sol nog aan de slag met Smart Industry?",
        "In welk jaar zei hij dat precies?",
    )
    assert year.entry == "results.reach" and "2018" in year.text


def test_who_is_coordinating_it_after_naming_the_hub_is_who_leads_it(
    assistant: Assistant,
) -> None:
    _, lead = talk(
        assistant,
        "hello, which smart industry hub is for eindhoven?",
        "so hub zuid is maybe for brabant? who is coordinating it",
    )
    assert lead.entry == "hub.zuid" and "BOM" in lead.text


def test_a_province_by_its_everyday_name_is_that_province(assistant: Assistant) -> None:
    reply = assistant.answer("Is SMITZH de hub van brabant?")
    assert reply.text.startswith("Nee") and "Noord-Brabant" in reply.text


def test_how_many_were_active_then_counts_what_the_last_question_counted(
    assistant: Assistant,
) -> None:
    _, active = talk(
        assistant,
        "I read that 300,000 companies still had to get started with Smart Industry in 2018.",
        "and how many were already really active then?",
    )
    assert active.entry == "results.companies" and "300" in active.text


def test_how_many_still_have_to_start_after_the_companies_is_the_reach(
    assistant: Assistant,
) -> None:
    *_, still = talk(
        assistant,
        "hoeveel bedrijven deden begin 2019 mee aan de fieldlabs",
        "en in oktober 2018?",
        "en hoeveel moeten er nog mee beginnen?",
    )
    assert still.entry == "results.reach" and "30.000" in still.text


def test_how_many_of_those_still_counts_what_those_are(assistant: Assistant) -> None:
    reply = assistant.answer(
        "Hoeveel bedrijven heeft SMITZH naar eigen zeggen bereikt, en hoeveel daarvan hebben een"
        " stap in digitalisering gezet?"
    )
    assert reply.answered() == ("hub.zuid-holland",) and "400" in reply.text


def test_the_nearest_fieldlab_after_saying_where_one_is_lists_those_nearby(
    assistant: Assistant,
) -> None:
    _, nearest = talk(
        assistant,
        "Goedemiddag, ik heb een bedrijf in Dokkum. Welke hub is voor Friesland?",
        "En welk fieldlab is het dichtst bij?",
    )
    assert nearest.kind == "list" and "Innovatiecluster Drachten" in nearest.text


def test_the_nearest_petrol_station_is_still_out_of_scope(assistant: Assistant) -> None:
    assert assistant.answer("waar is het dichtstbijzijnde tankstation").kind == "out_of_scope"


def test_the_contact_person_of_a_hub_that_names_no_one_is_said_to_be_unknown(
    assistant: Assistant,
) -> None:
    *_, person = talk(
        assistant, "What is SMITZH?", "Who else put money in?",
        "And who's the contact person there nowadays?",
    )  # fmt: skip
    assert person.kind == "unknown" and "contact person" in person.text
    assert "https://smitzh.nl" in person.text  # where one can ask


def test_the_contact_person_of_a_hub_that_names_one_is_that_person(assistant: Assistant) -> None:
    _, person = talk(assistant, "bij welke hub hoort Groningen", "wie is daar de contactpersoon")
    assert "Telgenhof" in person.text


def test_where_do_i_apply_for_it_after_the_subsidy_is_not_refused_as_out_of_scope(
    assistant: Assistant,
) -> None:
    _, apply = talk(assistant, "bestaat de fieldlab subsidie nog", "en waar vraag ik het dan aan")
    assert apply.kind == "unknown" and "Hub" in apply.text


def test_a_dialect_there_after_the_hub_leans_on_it(assistant: Assistant) -> None:
    *_, liof = talk(
        assistant, "wat is de hub veur limburg", "en wie zit doa achter", "is liof doar ook bij"
    )
    assert liof.kind == "unknown" and "Hub Zuid" in liof.text


def test_an_everyday_question_after_an_answer_is_still_out_of_scope(assistant: Assistant) -> None:
    _, weather = talk(assistant, "bestaat de fieldlab subsidie nog", "wat wordt het weer morgen?")
    assert weather.kind == "out_of_scope"


def test_you_understand_me_asks_the_bot_not_the_last_answer_again(assistant: Assistant) -> None:
    _, understood = talk(
        assistant,
        "netherlands has fieldlab in bangalore also?",
        "sorry my english is not perfect, you understand me?",
    )
    assert understood.entry == "smalltalk.language"


def test_since_when_after_a_question_nothing_answered_is_asked_on_its_own(
    assistant: Assistant,
) -> None:
    _, since = talk(
        assistant,
        "Hoi hoi! Ik moet volgende week een praatje houden bij onze ondernemersvereniging over"
        " Smart Industry 😬 Wie zitten er eigenlijk achter dat programma?",
        "En sinds wanneer bestaat het?",
    )
    assert since.entry == "programme.start"


def test_and_in_another_province_after_a_list_with_none_is_still_that_list(
    assistant: Assistant,
) -> None:
    _, listed = talk(assistant, "zijn er fieldlabs in flevoland?", "ok, and in Zeeland?")
    assert listed.entry == "fieldlabs.province.zeeland"


def test_in_english_after_two_answers_gives_both_in_english(assistant: Assistant) -> None:
    first, english = talk(
        assistant,
        "Hoeveel fieldlabs zijn er en hoeveel bedrijven doen er mee?",
        "In English please",
    )
    assert len(first.parts) == 2
    assert english.language == "en" and len(english.parts) == 2
    assert "47 Fieldlabs" in english.text and "680 companies" in english.text


def test_in_dutch_after_one_answer_gives_that_answer_in_dutch(assistant: Assistant) -> None:
    _, dutch = talk(assistant, "what is RoSF?", "in het Nederlands graag")
    assert dutch.language == "nl" and dutch.entry == "fieldlab.rosf"


def test_our_contact_person_in_your_view_is_asked_of_our_hub(assistant: Assistant) -> None:
    # "volgens jou" asks the bot's view, which is all it gives anyway; "onze" is SMITZH
    _, contact = talk(
        assistant,
        "Ik zit in Leiden, welke hub hoort daarbij?",
        "Wie is onze contactpersoon volgens jou?",
    )
    assert contact.entry != "people.telgenhof" and "SMITZH" in contact.text
