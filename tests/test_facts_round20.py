"""Once the bot knows what a message is about, it says the fact that was asked: the figure
of the source and date named, "not in my sources" for a detail no record holds, and never
a confident answer about something else."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant, render_plain

# -- the counted thing and the figure agree ----------------------------------------------


def test_how_many_fieldlabs_in_total_is_a_count_of_fieldlabs(assistant: Assistant) -> None:
    reply = assistant.answer("How many fieldlabs are there in total?")
    assert reply.entry == "results.fieldlab-count"
    assert "€" not in reply.text


def test_the_end_of_a_year_is_the_figure_nearest_december(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel bedrijven waren betrokken eind 2018?")
    assert "600" in reply.text
    assert "300" not in reply.text
    fieldlabs = assistant.answer("hoeveel fieldlabs waren er eind 2018?")
    assert "35" in fieldlabs.text and "36" not in fieldlabs.text


def test_a_named_source_and_its_year_pick_that_sources_figure(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel geïnvesteerd volgens TNO 2019?")
    assert "240" in reply.text
    assert "314" not in reply.text
    assert "TNO" in render_plain(reply)


def test_a_source_named_without_a_year_gives_only_its_figure(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel fieldlabs volgens Dialogic")
    assert "Dialogic" in reply.text
    assert "Link Magazine" not in reply.text


def test_a_place_in_a_figures_sentence_names_no_source(assistant: Assistant) -> None:
    # The 2017 figure's sentence speaks of Zuid-Holland; "Holland" asks no source.
    reply = assistant.answer("How much fieldlabs are existing now in Holland?")
    assert "2017" not in reply.text


def test_a_year_with_no_figure_of_its_own_gets_the_figure_published_then(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("Hoeveel bedrijven waren er begin 2019 bij de fieldlabs betrokken?")
    assert "600" in reply.text


# -- details no record holds ------------------------------------------------------------


def test_a_price_of_a_fieldlab_is_not_in_the_sources_and_names_it(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("robohouse prijs?")
    assert reply.kind == "unknown"
    assert "RoboHouse" in reply.text
    assert "cognitieve robotica" not in reply.text  # not the card


def test_a_yearly_budget_of_a_hub_points_to_its_website(assistant: Assistant) -> None:
    reply = assistant.answer("en BOOST, hoeveel budget hebben die per jaar?")
    assert reply.kind == "unknown"
    assert "BOOST" in reply.text and "boostsmartindustry.nl" in reply.text
    assert "Provincies" not in reply.text  # the bare name is the subject, not a card


def test_opening_hours_and_an_address_are_not_in_the_sources(assistant: Assistant) -> None:
    hours = assistant.answer("wat zijn de openingstijden van robohouse")
    assert hours.kind == "unknown" and "openingstijden" in hours.text
    address = assistant.answer("wat is het adres van RoboHouse")
    assert address.kind == "unknown"
    assert "Delft" in address.text  # the place the sources do give


def test_the_address_of_a_website_is_the_website(assistant: Assistant) -> None:
    reply = assistant.answer("wat is het adres van de website van boost?")
    assert "https://boostsmartindustry.nl" in reply.text
    assert not reply.declined


def test_who_pays_the_costs_is_no_price_question(assistant: Assistant) -> None:
    reply = assistant.answer("wie betaalt de kosten van SMITZH")
    assert "Wat deelname" not in reply.text


def test_a_persons_e_mail_address_is_not_in_the_sources(assistant: Assistant) -> None:
    reply = assistant.answer("Wat is het e-mailadres van Marloes Telgenhof?")
    assert reply.kind == "unknown"
    assert "Marloes Telgenhof" in reply.text
    assert "procescoördinator" not in reply.text
    phone = assistant.answer("telefoonnummer van Robin Burghard")
    assert phone.kind == "unknown" and "boostsmartindustry.nl" in phone.text


def test_who_is_the_contact_person_still_names_the_person(assistant: Assistant) -> None:
    reply = assistant.answer("wie is de contactpersoon van de Hub Noord?")
    assert "Telgenhof" in reply.text


def test_a_follow_up_asks_a_detail_of_the_record_just_shown(assistant: Assistant) -> None:
    _, price, hours = talk(assistant, "wat is RoboHouse", "wat kost dat?", "en de openingstijden?")
    assert price.kind == "unknown" and "RoboHouse" in price.text
    assert hours.kind == "unknown" and "openingstijden" in hours.text


def test_a_clause_that_only_names_a_record_with_a_question_after_it_keeps_other_questions(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("What is DCMC and where it is located?")
    assert "Development Center for Maintenance of Composites" in reply.text


# -- claims with a figure ----------------------------------------------------------------


def test_a_false_count_is_corrected_with_the_known_figure(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat er 100 fieldlabs zijn?")
    assert reply.text.startswith("Nee, volgens mijn bronnen niet.")
    assert "47" in reply.text
    hubs = assistant.answer("Er zijn 7 regionale hubs, toch?")
    assert hubs.text.startswith("Nee") and "vijf" in hubs.text


def test_a_figure_of_something_else_says_what_it_counts(assistant: Assistant) -> None:
    reply = assistant.answer("er zijn toch 600 fieldlabs?")
    assert reply.text.startswith("Nee")
    assert "600 bedrijven" in reply.text
    assert "TNO" in render_plain(reply)


def test_a_true_claim_gets_yes(assistant: Assistant) -> None:
    assert assistant.answer("klopt het dat er 47 fieldlabs zijn?").text.startswith("Ja.")
    assert assistant.answer("Is it true there are 5 hubs?").text.startswith("Yes.")


def test_a_figure_of_an_earlier_date_is_called_earlier_not_yes(assistant: Assistant) -> None:
    reply = assistant.answer("er zijn toch 10 fieldlabs?")
    assert reply.text.startswith("Dat was een eerder cijfer.")
    assert "47" in reply.text
    dated = assistant.answer("klopt het dat er in 2017 29 fieldlabs waren?")
    assert dated.text.startswith("Ja.")


def test_a_claim_naming_a_source_is_checked_against_that_sources_figure(
    assistant: Assistant,
) -> None:
    wrong = assistant.answer("Klopt het dat Dialogic 367 miljoen telde?")
    assert wrong.text.startswith("Nee") and "314" in wrong.text
    right = assistant.answer("klopt het dat volgens TNO 240 miljoen is geinvesteerd?")
    assert right.text.startswith("Ja.")


def test_a_figure_that_counts_something_else_is_no_yes(assistant: Assistant) -> None:
    reply = assistant.answer("er zijn toch 680 fieldlabs?")
    assert reply.text.startswith("Nee") and "47" in reply.text


def test_negations_and_toch_in_passing_get_no_verdict(assistant: Assistant) -> None:
    # A bound is checked since round 24 (tests/test_reading_round24.py)
    for message in (
        "er zijn toch geen 5 hubs?",
        "ik wil toch weten wat fieldlab 3 doet",
        "Ik heb toch 2 vragen: wat is een hub?",
        "klopt het dat 50% van de fieldlabs in zuid-holland zit?",
    ):
        text = assistant.answer(message).text
        assert not text.startswith(("Ja.", "Nee,", "Dat was een eerder")), message


def test_a_claim_about_what_a_hubs_card_counts_gets_a_verdict(assistant: Assistant) -> None:
    # The card counts the companies SMITZH reached (more than 2,350): the claim is checked.
    reply = assistant.answer("klopt het dat er 2350 bedrijven bereikt zijn door SMITZH?")
    assert reply.text.startswith("Ja.")


def test_a_figure_stated_once_is_yes_wherever_it_stands(assistant: Assistant) -> None:
    assert assistant.answer("klopt het dat de subsidie 14,55 miljoen was?").text.startswith("Ja.")
    assert assistant.answer("klopt het dat de subsidie 60% is?").text.startswith("Ja.")


def test_a_claim_on_another_figure_of_the_answer_gets_no(assistant: Assistant) -> None:
    reply = assistant.answer("klopt het dat de subsidie 80% is?")
    assert reply.text.startswith("Nee") and "60 %" in reply.text


def test_a_guessed_figure_gets_no_verdict(assistant: Assistant) -> None:
    reply = assistant.answer(
        "My colleague keep saying the fieldlabs made around four hundred jobs. Is this correct?"
    )
    assert "430" in reply.text
    assert not reply.text.startswith(("Yes", "No"))


# -- no "Yes" in front of an answer to a question word -------------------------------------


def test_a_wh_question_gets_no_yes_in_front(assistant: Assistant) -> None:
    for question in (
        "what were the results of the Dialogic evaluation",
        "Wat was de actieagenda Boost?",
        "die video met die twaalf fieldlabs, wat zeiden ze daar nou in",
    ):
        reply = assistant.answer(question)
        assert not reply.text.startswith(("Yes", "Ja")), question
    assert assistant.answer("Is er een video over de fieldlabs?").text.startswith("Ja")


# -- a narrow question about a record gets the sentence that holds it ---------------------


def test_a_narrow_question_about_a_record_gets_its_sentence(assistant: Assistant) -> None:
    reply = assistant.answer("Hoeveel heeft de gemeente Den Haag bijgedragen aan SMITZH?")
    assert "€ 1 miljoen" in reply.text
    assert reply.text.startswith("SMITZH")
    assert "Provincies:" not in reply.text  # not the whole card
    reached = assistant.answer("Hoeveel bedrijven bereikte SMITZH?")
    assert "2350" in reached.text and len(reached.text) < 200


def test_what_is_a_record_keeps_the_whole_card(assistant: Assistant) -> None:
    reply = assistant.answer("wat is SMITZH")
    assert "Provincies:" in reply.text


def test_a_count_no_sentence_of_the_card_gives_keeps_the_card(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel bedrijven heeft hub noord al geholpen")
    assert not reply.text.startswith("Smart Industry Hub Noord: De hub wil")


def test_a_hub_claimed_for_another_province_is_corrected(assistant: Assistant) -> None:
    reply = assistant.answer("Is SMITZH de hub van Noord-Holland?")
    assert reply.text.startswith("Nee")
    assert "Zuid-Holland" in reply.text and "Noord-Holland" in reply.text
    other = assistant.answer("is SMITZH de hub voor Gelderland")
    assert "BOOST" in other.text
    assert assistant.answer("is BOOST de hub voor Overijssel?").text.startswith("Ja")


def test_how_many_hubs_in_the_netherlands_is_the_hub_count(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel hubs zijn er in nederland")
    assert reply.entry == "hubs.what"
    assert "vijf" in reply.text


def test_the_ministrys_money_in_the_hubs_is_the_hub_funding(assistant: Assistant) -> None:
    assert assistant.answer("hoeveel geld heeft EZK in de hubs gestoken").entry == "hubs.funding"


def test_hubs_which_in_keywords_is_the_list_of_hubs(assistant: Assistant) -> None:
    assert assistant.answer("hubs welke").entry == "hubs.list"


def test_what_is_an_unknown_name_is_not_in_the_sources_not_smalltalk(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wat is thinkeast")
    assert reply.kind == "unknown"
    assert assistant.answer("wie ben jij").kind == "smalltalk"
    assert assistant.answer("what is bitcoin").kind == "out_of_scope"


def test_a_statement_naming_a_hubs_province_still_gets_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("I would like to know more about SMITZH, the Hub in Zuid-Holland.")
    assert "InnovationQuarter" in reply.text
