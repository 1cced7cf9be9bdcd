"""Follow-ups that ask what the record in view works on, what a Dutch split adverb asks
("waar gaat dat over?"), and an ordinal that ends the question ("waar zit de eerste?")."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant

# -- what the record in view works on is on its card ------------------------------------


def test_their_focus_is_the_card_of_the_record_in_view(assistant: Assistant) -> None:
    _, focus = talk(assistant, "What is RAMLAB?", "what's their focus?")
    assert focus.answered() == ("fieldlab.ramlab",)
    assert "3D printing" in focus.text


def test_welke_technieken_is_the_card_of_the_record_in_view(assistant: Assistant) -> None:
    _, techniques = talk(assistant, "wat is samxl", "met welke technologie werken ze")
    assert techniques.answered() == ("fieldlab.samxl",)


def test_a_target_group_asked_is_the_card_not_a_gap(assistant: Assistant) -> None:
    _, group = talk(assistant, "wat is dcmc", "op welke doelgroep richt het zich?")
    assert group.answered() == ("fieldlab.dcmc",)


def test_what_they_specialise_in_is_the_card(assistant: Assistant) -> None:
    _, special = talk(
        assistant, "Tell me about Smart Bending Factory", "what do they specialise in?"
    )
    assert special.answered() == ("fieldlab.smart-bending-factory",)


def test_a_count_the_card_cannot_hold_is_still_not_known(assistant: Assistant) -> None:
    _, staff = talk(assistant, "wat is robohouse", "hoeveel mensen werken daar")
    assert staff.answered() == ()
    assert "RoboHouse" in staff.text


# -- "waar … over/op" asks no place ----------------------------------------------------


def test_waar_gaat_dat_over_asks_what_it_is_about_not_where(assistant: Assistant) -> None:
    _, about = talk(assistant, "wat is 5groningen", "waar gaat dat over")
    assert about.answered() == ("fieldlab.5groningen",)
    assert "5G" in about.text
    assert not about.text.startswith("5Groningen zit in")


def test_waar_richten_ze_zich_op_asks_their_focus_not_where(assistant: Assistant) -> None:
    _, focus = talk(assistant, "wat is robohouse", "waar richten ze zich op?")
    assert focus.answered() == ("fieldlab.robohouse",)
    assert not focus.text.startswith("RoboHouse zit in")


def test_waar_zit_dat_still_asks_where(assistant: Assistant) -> None:
    _, where = talk(assistant, "wat is smitzh", "waar zit dat")
    assert where.answered() == ("hub.zuid-holland",)


# -- an ordinal that ends the question picks from the list ------------------------------


def test_waar_zit_de_eerste_picks_the_first_listed(assistant: Assistant) -> None:
    _, first = talk(assistant, "welke fieldlabs zijn er in Drenthe", "waar zit de eerste")
    assert first.answered() == ("fieldlab.rosf",)


def test_who_leads_the_third_picks_the_third_hub(assistant: Assistant) -> None:
    listed, third = talk(assistant, "which hubs are there", "who leads the third?")
    assert listed.kind == "list"
    assert third.answered() == ("hub.zuid",)


# -- a Hub picked by the region it serves ------------------------------------------------


def test_the_one_in_the_east_after_the_list_of_hubs_is_boost(assistant: Assistant) -> None:
    _, site = talk(assistant, "which hubs are there", "the one in the east, what's its website?")
    assert site.answered() == ("hub.oost",)
    assert "boostsmartindustry" in site.text


def test_die_in_het_zuiden_is_hub_zuid_not_zuid_holland(assistant: Assistant) -> None:
    _, lead = talk(assistant, "welke hubs zijn er", "en die in het zuiden, wie leidt die?")
    assert lead.answered() == ("hub.zuid",)
    assert "BOM" in lead.text


def test_the_one_in_the_south_after_a_hub_is_that_regions_hub(assistant: Assistant) -> None:
    _, south = talk(assistant, "what is boost", "and the one in the south?")
    assert south.answered() == ("hub.zuid",)


def test_the_one_in_the_east_after_the_hubs_in_general(assistant: Assistant) -> None:
    _, east = talk(assistant, "What are the hubs for, really?", "Who runs the one in the east?")
    assert east.answered() == ("hub.oost",)


# -- which one of the list is in a place -------------------------------------------------


def test_welke_zit_in_delft_picks_the_listed_fieldlab_there(assistant: Assistant) -> None:
    _, delft = talk(assistant, "fieldlabs over robotica", "welke zit in delft?")
    assert delft.answered() == ("fieldlab.robohouse",)


def test_welke_hub_zit_in_delft_after_a_list_is_still_the_route(assistant: Assistant) -> None:
    _, hub = talk(assistant, "fieldlabs over robotica", "welke hub zit in delft?")
    assert hub.answered() != ("fieldlab.robohouse",)


# -- a kind said alone after a count counts that kind -------------------------------------


def test_en_hubs_after_the_count_of_fieldlabs_counts_the_hubs(assistant: Assistant) -> None:
    _, hubs = talk(assistant, "hoeveel fieldlabs zijn er", "en hubs?")
    assert hubs.answered() == ("hubs.list",) or "vijf" in hubs.text
    assert "47" not in hubs.text


def test_and_hubs_after_the_count_of_fieldlabs_counts_the_hubs(assistant: Assistant) -> None:
    _, hubs = talk(assistant, "how many fieldlabs are there", "and hubs?")
    assert "five" in hubs.text
    assert "47" not in hubs.text


# -- who take part in the record in view --------------------------------------------------


def test_wie_zitten_daar_allemaal_in_is_who_works_in_the_hub(assistant: Assistant) -> None:
    _, members = talk(assistant, "wat is boost", "wie zitten daar allemaal in")
    assert members.answered() == ("hub.oost",)
    assert members.confident


def test_which_companies_is_it_at_after_a_fieldlab_is_its_partners(assistant: Assistant) -> None:
    _, firms = talk(
        assistant, "Where is the Region of Smart Factories?", "which companies is it at?"
    )
    assert firms.answered() == ("fieldlab.rosf",)
    assert "Philips" in firms.text


def test_how_many_companies_take_part_is_no_members_reading(assistant: Assistant) -> None:
    _, count = talk(assistant, "wat is robohouse", "hoeveel bedrijven doen daar mee")
    assert count.answered() != ("fieldlab.robohouse",) or not count.confident


# -- what the source in view says of a subject ---------------------------------------------


def test_wat_zegt_die_over_de_hubs_is_the_monitor_in_view(assistant: Assistant) -> None:
    _, hubs = talk(assistant, "wat is de tno monitor 2020", "wat zegt die over de hubs")
    assert hubs.answered() == ("results.monitor-2020",)


def test_what_does_it_say_about_the_hubs_is_the_monitor_in_view(assistant: Assistant) -> None:
    _, hubs = talk(
        assistant, "What is in the TNO monitor 2020?", "what does it say about the hubs?"
    )
    assert hubs.answered() == ("results.monitor-2020",)


def test_what_it_says_about_a_subject_it_never_speaks_of_is_not_kept(
    assistant: Assistant,
) -> None:
    _, weather = talk(
        assistant, "What is in the TNO monitor 2020?", "what does it say about the weather?"
    )
    assert weather.answered() != ("results.monitor-2020",)


# -- who to talk to is the people the card names -----------------------------------------


def test_who_can_i_talk_to_there_is_the_hub_card_with_its_people(assistant: Assistant) -> None:
    _, people = talk(assistant, "wat is hub noord", "who can i talk to there?")
    assert people.answered() == ("hub.noord",)
    assert "Telgenhof" in people.text


def test_met_wie_kan_ik_daar_praten_of_a_card_naming_nobody_is_not_known(
    assistant: Assistant,
) -> None:
    _, nobody = talk(assistant, "wat is robohouse", "met wie kan ik daar praten")
    assert not nobody.confident
