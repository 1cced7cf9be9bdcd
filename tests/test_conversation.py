"""Follow-up questions in context: pronouns, ellipsis, requests about the last answer, a new
topic, expiry, and `fieldbot ask --json --batch - --conversations`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.assistant import Assistant, Reply
from bot.context import Context

REPO = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def talk(assistant: Assistant, *messages: str) -> list[Reply]:
    context: Context | None = None
    replies = []
    for n, message in enumerate(messages):
        reply, context = assistant.converse(message, context, now=NOW + dt.timedelta(minutes=n))
        replies.append(reply)
    return replies


def test_where_is_it_after_sam_xl_names_delft(assistant: Assistant) -> None:
    _, where = talk(assistant, "Wat is SAM|XL?", "waar zit dat?")
    assert where.entry == "fieldlab.samxl" and "Delft" in where.text


def test_and_its_website_after_a_hub(assistant: Assistant) -> None:
    _, site = talk(assistant, "bij welke hub kan ik terecht in Enschede?", "en de website?")
    assert "boostsmartindustry.nl" in site.text


def test_and_in_another_province_replaces_the_place(assistant: Assistant) -> None:
    _, other = talk(assistant, "welke fieldlabs zijn er in Delft?", "en in Friesland?")
    assert other.entry == "fieldlabs.province.friesland"


def test_and_another_year_replaces_the_year(assistant: Assistant) -> None:
    first, later = talk(assistant, "hoeveel fieldlabs waren er in 2017?", "en in 2020?")
    assert "29" in first.text
    assert later.entry == "results.fieldlab-count" and "2020" in later.text


def test_and_the_companies_keeps_the_question_and_changes_its_subject(
    assistant: Assistant,
) -> None:
    _, companies = talk(
        assistant, "hoeveel banen hebben de fieldlabs opgeleverd?", "en bedrijven?"
    )
    assert companies.entry == "results.companies"


def test_in_english_please_repeats_the_last_answer_in_english(assistant: Assistant) -> None:
    first, english = talk(assistant, "hoeveel banen?", "in English please")
    assert first.language == "nl"
    assert english.language == "en" and english.entry == "results.jobs"


def test_where_does_that_come_from_lists_the_sources(assistant: Assistant) -> None:
    _, sources = talk(assistant, "hoeveel banen?", "waar staat dat?")
    assert "TNO" in sources.text


def test_standalone_question_ignores_context(assistant: Assistant) -> None:
    _, jobs = talk(assistant, "Wat is SAM|XL?", "hoeveel banen hebben de fieldlabs opgeleverd?")
    alone = assistant.answer("hoeveel banen hebben de fieldlabs opgeleverd?")
    assert (jobs.entry, jobs.text) == (alone.entry, alone.text)


def test_a_follow_up_without_context_is_not_guessed(assistant: Assistant) -> None:
    reply = assistant.answer("waar zit dat?")
    assert not reply.confident or reply.entry is None


def test_context_expires_after_thirty_minutes(assistant: Assistant) -> None:
    _, context = assistant.converse("Wat is SAM|XL?", None, now=NOW)
    later, _ = assistant.converse("waar zit dat?", context, now=NOW + dt.timedelta(minutes=31))
    soon, _ = assistant.converse("waar zit dat?", context, now=NOW + dt.timedelta(minutes=29))
    assert "Delft" in soon.text
    assert later.entry != "fieldlab.samxl"


def test_a_place_from_an_introduction_is_remembered(assistant: Assistant) -> None:
    _, hub = talk(assistant, "Ik heb een bedrijf in Hengelo.", "bij welke hub kan ik terecht?")
    assert hub.entry == "hub.oost"


@pytest.mark.parametrize("lang_hint", ["nl", "en"])
def test_conversations_batch_answers_each_conversation_in_its_own_context(
    lang_hint: str,
) -> None:
    lines = [
        {"conversation": "a", "question": "Wat is SAM|XL?"},
        {"conversation": "b", "question": "hoeveel banen?"},
        {"conversation": "a", "question": "waar zit dat?"},
        {"conversation": "b", "question": "waar staat dat?"},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "--batch", "-", "--conversations"],
        input="\n".join(json.dumps(line) for line in lines) + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["question"] for o in objects] == [line["question"] for line in lines]
    assert "Delft" in objects[2]["answer"]
    assert "TNO" in objects[3]["answer"]
    assert all(o["kind"] for o in objects)


def test_conversations_without_batch_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--conversations", "hoi"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("Error: ")


def test_a_field_the_record_leaves_out_is_not_known_in_context_too(assistant: Assistant) -> None:
    _, site = talk(assistant, "Wat is RoboHouse?", "en de website?")
    assert site.kind == "unknown" and not site.confident
    assert "RoboHouse" in site.text and site.answered() == ()


def test_a_follow_up_with_its_own_question_word_borrows_only_the_subject(
    assistant: Assistant,
) -> None:
    _, many = talk(assistant, "What is a Smart Industry Hub?", "and how many are there?")
    assert many.entry == "hubs.what"
    _, count = talk(assistant, "Wat is een fieldlab?", "en hoeveel zijn er?")
    assert count.entry == "results.fieldlab-count"


def test_a_language_request_with_a_reason_after_it_repeats_the_last_answer(
    assistant: Assistant,
) -> None:
    _, english = talk(
        assistant,
        "Hoeveel banen leverden de fieldlabs op?",
        "can you say that in English? I want to forward it to my boss",
    )
    assert english.entry == "results.jobs" and english.language == "en"


def test_a_question_of_its_own_about_a_place_is_no_follow_up(assistant: Assistant) -> None:
    _, other = talk(
        assistant, "Wie zitten er achter Smart Industry?", "Wat kost een huis in Utrecht?"
    )
    assert other.resolved is None and "programme.founders" not in other.answered()


def test_what_do_they_do_there_after_a_hub_is_about_that_hub(assistant: Assistant) -> None:
    _, there = talk(
        assistant,
        "Welke hub is er voor Enschede?",
        "wat doen ze daar eigenlijk voor ons soort bedrijven?",
    )
    assert there.entry == "hub.oost"


def test_does_it_still_exist_after_a_hub_gives_its_status(assistant: Assistant) -> None:
    _, status = talk(assistant, "Wat is SMITZH?", "bestaat die nog?")
    assert status.entry == "hub.zuid-holland" and "EDIH" in status.text


def test_a_town_the_asker_moved_to_is_remembered_for_which_hub(assistant: Assistant) -> None:
    _, hub = talk(
        assistant, "Hi, we just moved our small company to Enschede.", "which hub can help us?"
    )
    assert hub.entry == "hub.oost"


def test_the_one_in_a_place_after_a_list_is_that_record(assistant: Assistant) -> None:
    _, one = talk(
        assistant,
        "which fieldlabs work on composites?",
        "and the one in Woensdrecht, what do they do?",
    )
    assert one.entry == "fieldlab.dcmc"


def test_the_one_named_by_a_word_after_a_list_is_that_record(assistant: Assistant) -> None:
    _, one = talk(
        assistant,
        "Which fieldlabs are there for metal working?",
        "and the bending one, where is it?",
    )
    assert one.entry == "fieldlab.smart-bending-factory"


def test_a_new_question_after_a_list_picks_no_record_from_it(assistant: Assistant) -> None:
    _, hub = talk(assistant, "which fieldlabs work on composites?", "Is there a hub for Zeeland?")
    assert hub.entry not in ("fieldlab.dcmc", "fieldlab.digital-factory")


def test_a_year_in_a_longer_follow_up_asks_the_same_again(assistant: Assistant) -> None:
    _, early = talk(
        assistant,
        "hoeveel fieldlabs waren er eind 2018?",
        "en helemaal aan het begin, in 2015 dan?",
    )
    assert early.entry == "results.fieldlab-count" and "10" in early.text


def test_in_dutch_please_after_a_route_asks_the_route_again_in_dutch(assistant: Assistant) -> None:
    _, route, dutch = talk(
        assistant,
        "Hi, I run a bakery in Middelburg.",
        "which hub would be mine?",
        "kan dat ook in het Nederlands?",
    )
    assert route.entry == dutch.entry == "route.unknown" and "Zeeland" in dutch.text
    assert dutch.language == "nl"


def test_a_fact_in_a_records_description_is_answered_with_its_card(assistant: Assistant) -> None:
    _, money = talk(assistant, "Wat is Region of Smart Factories?", "hoeveel miljoen zit daar in?")
    assert money.entry == "fieldlab.rosf" and "21" in money.text


def test_is_there_one_near_me_after_a_fieldlab_answer_lists_fieldlabs_near(
    assistant: Assistant,
) -> None:
    _, near = talk(
        assistant,
        "Wat is een fieldlab?",
        "Wij zitten in Harderwijk, is er eentje bij ons in de buurt?",
    )
    assert near.entry == "fieldlabs.place.harderwijk"


def test_het_as_the_subject_of_a_follow_up_points_at_the_record(assistant: Assistant) -> None:
    _, who = talk(
        assistant,
        "Wat is de Duurzaamheidsfabriek?",
        "en voor wie is het bedoeld, ook voor scholieren?",
    )
    assert who.entry == "fieldlab.duurzaamheidsfabriek"


def test_since_when_does_it_exist_asks_when_the_record_started(assistant: Assistant) -> None:
    _, since = talk(assistant, "Wat is RoboHouse?", "sinds wanneer bestaat dat eigenlijk?")
    assert since.entry == "fieldlab.robohouse" and since.confident


def test_there_after_an_answer_about_the_hubs_is_a_hub(assistant: Assistant) -> None:
    _, there = talk(
        assistant,
        "Wat doen de Smart Industry hubs voor ondernemers?",
        "en kan iedereen daar aankloppen?",
    )
    assert there.entry == "hubs.contact"


def test_a_short_question_the_last_answer_speaks_of_stays_on_it(assistant: Assistant) -> None:
    # "overhandigd" is in the Implementatieagenda's answer; the person alone is a weaker match.
    _, handed = talk(
        assistant,
        "Wat houdt de Implementatieagenda van Smart Industry in?",
        "aan wie is die overhandigd?",
    )
    assert handed.entry == "programme.implementatieagenda" and "Keijzer" in handed.text


def test_a_good_standalone_match_beats_the_last_topic(assistant: Assistant) -> None:
    _, jobs = talk(
        assistant,
        "Is er subsidie voor fieldlabs?",
        "Hoeveel banen hebben de fieldlabs opgeleverd?",
    )
    assert jobs.entry == "results.jobs"


def test_an_unresolved_pointer_is_asked_about_not_guessed(assistant: Assistant) -> None:
    _, which = talk(
        assistant, "who announced the hub for the north?", "which fieldlabs form the basis of it?"
    )
    assert which.kind == "unsure" and not which.confident
    assert "referring" in which.text


def test_a_pointer_with_nothing_before_it_is_asked_about(assistant: Assistant) -> None:
    for message, lang in (("en die andere?", "nl"), ("what about the other one", "en")):
        (reply,) = talk(assistant, message)
        assert reply.kind == "unsure" and not reply.confident
        assert ("verwijst" if lang == "nl" else "referring") in reply.text


def test_a_record_named_in_an_unknown_answer_stays_the_topic(assistant: Assistant) -> None:
    unknown, founder = talk(assistant, "waar zit campione", "wie heeft het opgericht dan")
    assert unknown.declined
    assert founder.entry == "fieldlab.campione" and "World Class Maintenance" in founder.text


def test_a_bare_field_word_asks_the_record_just_discussed(assistant: Assistant) -> None:
    _, site = talk(assistant, "what is BOOST?", "website?")
    assert site.entry == "hub.oost" and "boostsmartindustry.nl" in site.text


def test_the_other_one_of_two_listed_records(assistant: Assistant) -> None:
    _, first, other = talk(
        assistant,
        "which fieldlabs work on composites?",
        "the one in woensdrecht, what do they do",
        "and the other one?",
    )
    assert first.entry == "fieldlab.dcmc"
    assert other.entry == "fieldlab.digital-factory"


def test_her_role_is_the_role_of_the_person_the_last_answer_names(assistant: Assistant) -> None:
    # (the Implementatieagenda's own answer names two people, the giver and Keijzer; the
    # question here is answered by Keijzer's entry, which names one)
    _, role = talk(assistant, "wie nam de implementatieagenda in ontvangst", "wat is haar rol")
    assert role.entry == "people.keijzer" and "staatssecretaris" in role.text


def test_a_pronoun_the_reader_set_aside_is_not_replaced_by_a_person(assistant: Assistant) -> None:
    # "volgens hem" is attribution; the question is the number of Fieldlabs, not Sol.
    *_, count = talk(
        assistant,
        "hoeveel bedrijven moeten er volgens Egbert-Jan Sol nog aan de slag?",
        "en hoeveel fieldlabs waren er toen volgens hem?",
    )
    assert count.entry != "results.reach"


def test_and_in_the_north_asks_the_last_question_of_the_northern_hub(
    assistant: Assistant,
) -> None:
    *_, north = talk(
        assistant,
        "wat komt er na de smart industry hubs",
        "en in Zuid-Holland?",
        "en in het noorden?",
    )
    assert north.entry == "hub.noord"


def test_the_one_in_the_north_is_picked_from_the_list_of_hubs(assistant: Assistant) -> None:
    _, coordinator = talk(
        assistant,
        "which smart industry hubs are there?",
        "the one in the north, who coordinates it?",
    )
    assert "Telgenhof" in coordinator.text


def test_a_pointer_after_a_card_is_not_answered_by_a_general_entry(assistant: Assistant) -> None:
    _, staff = talk(assistant, "Wat is RoboHouse?", "hoeveel mensen werken daar?")
    assert staff.declined and staff.kind == "unknown"
    assert "RoboHouse" in staff.text and staff.entry != "results.jobs"


def test_another_place_after_an_empty_list_asks_the_same(assistant: Assistant) -> None:
    _, other = talk(assistant, "welke fieldlabs zijn er in Overijssel?", "en in Limburg?")
    assert other.entry == "fieldlabs.province.limburg"


def test_another_year_of_an_unknown_question_stays_unknown(assistant: Assistant) -> None:
    _, later = talk(assistant, "hoeveel banen zijn er in de zorg?", "en in 2020?")
    assert later.declined and not later.answered()


def test_a_bare_year_with_nothing_before_it_is_asked_about(assistant: Assistant) -> None:
    (reply,) = talk(assistant, "en in 2020?")
    assert reply.kind == "unsure" and not reply.answered()


def test_a_good_standalone_answer_beats_an_elliptic_reading(assistant: Assistant) -> None:
    _, companies = talk(
        assistant,
        "what did the TNO monitoring 2020 say about the hubs?",
        "and the number of companies?",
    )
    assert companies.entry == "results.companies"


def test_a_field_of_it_after_a_list_asks_which_one(assistant: Assistant) -> None:
    _, which = talk(assistant, "welke fieldlabs zijn er in Delft?", "waar zit dat precies?")
    assert which.kind == "unsure" and not which.answered()
    assert len(which.alternatives) >= 2
    assert all(link.entry.startswith("fieldlab.") for link in which.alternatives)


def test_an_unknown_subject_is_not_kept_on_the_last_entry(assistant: Assistant) -> None:
    # "zorg" is not in the jobs answer: the question stays declined, as it is on its own.
    _, care = talk(assistant, "hoeveel banen?", "hoeveel banen zijn er in de zorg?")
    assert care.declined and not care.answered()


def test_each_question_of_a_follow_up_is_read_against_the_context(
    assistant: Assistant,
) -> None:
    _, both = talk(assistant, "What is RoboHouse?", "where is it and which hub is it in?")
    assert both.answered() == ("fieldlab.robohouse",)
    assert "Delft" in both.text and "SMITZH" in both.text


def test_there_after_a_list_by_province_is_that_province(assistant: Assistant) -> None:
    _, hub = talk(assistant, "welke fieldlabs zijn er in drenthe", "welke hub is daar")
    assert hub.entry == "hub.noord"


def test_another_question_is_not_read_as_a_follow_up(assistant: Assistant) -> None:
    _, funding = talk(
        assistant, "wat is hub noord", "andere vraag: wie betaalt die hubs eigenlijk"
    )
    assert "hubs.funding" in funding.answered() and "hub.noord" not in funding.answered()


def test_a_new_theme_after_a_theme_list_replaces_the_theme(assistant: Assistant) -> None:
    _, printing = talk(assistant, "which fieldlabs work on robotics?", "and on 3D printing?")
    assert printing.entry == "fieldlabs.theme.3d-printen"


def test_in_english_after_a_field_answer_gives_that_field_in_english(
    assistant: Assistant,
) -> None:
    _, _, again = talk(assistant, "Wat is SAM|XL?", "waar zit dat?", "in English please")
    assert again.language == "en" and again.entry == "fieldlab.samxl"
    assert again.text.startswith("SAM|XL is in Delft")  # the field, not the whole card


def test_in_english_after_not_known_says_the_same_not_known_in_english(
    assistant: Assistant,
) -> None:
    _, again = talk(assistant, "bij welke hub hoort SPARK?", "in het engels graag")
    assert again.language == "en" and again.declined and "SPARK" in again.text


def test_in_english_after_a_route_follow_up_routes_again_in_english(
    assistant: Assistant,
) -> None:
    *_, again = talk(
        assistant,
        "Hallo, ik heb een klein bedrijf in Eindhoven. Welke fieldlab is er in Eindhoven?",
        "en welke hub is voor mij?",
        "sorry my dutch is not so good, can you say in english?",
    )
    assert again.language == "en" and again.entry == "route.unknown"


def test_which_hub_for_me_routes_the_askers_own_place(assistant: Assistant) -> None:
    _, mine = talk(
        assistant,
        "Hallo, ik heb een klein bedrijf in Eindhoven. Welke fieldlab is er in Eindhoven?",
        "en welke hub is voor mij?",
    )
    assert mine.entry == "route.unknown" and "Eindhoven" in mine.text


def test_one_word_of_a_name_after_the_picks_that_record(assistant: Assistant) -> None:
    _, bending = talk(assistant, "what is the Smart Welding Factory?", "and the bending one?")
    assert bending.entry == "fieldlab.smart-bending-factory"


def test_the_second_one_is_the_second_record_the_last_answer_named(
    assistant: Assistant,
) -> None:
    _, second = talk(
        assistant,
        "what's the difference between RoboHouse and SAM|XL?",
        "the second one, what do they do exactly?",
    )
    assert second.entry == "fieldlab.samxl"


def test_those_two_asks_the_field_of_both_records(assistant: Assistant) -> None:
    *_, both = talk(assistant, "what is SAM|XL?", "and RAMLAB?", "which hub are those two in?")
    assert both.answered() == ("fieldlab.samxl", "fieldlab.ramlab")


def test_they_after_an_answer_about_the_hubs_are_the_hubs_not_a_hub_it_names(
    assistant: Assistant,
) -> None:
    _, started = talk(assistant, "wie financiert de hubs", "wanneer zijn ze begonnen?")
    assert started.entry == "hubs.announced"


def test_a_name_the_last_answer_never_mentions_is_not_answered_with_it(
    assistant: Assistant,
) -> None:
    # (a name nothing in the knowledge holds; "Brainport" is Eindhoven's region since round 30)
    *_, other = talk(
        assistant, "what is RAMLAB?", "which hub do they belong to?", "and Holland High Tech?"
    )
    assert not other.answered()


def test_a_date_in_a_question_of_its_own_does_not_ask_the_last_question_again(
    assistant: Assistant,
) -> None:
    *_, weather = talk(
        assistant,
        "how much money was invested in the fieldlabs until the end of 2018?",
        "and the companies?",
        "what's the weather like in Utrecht today",
    )
    assert not weather.answered()


def test_a_question_of_its_own_is_not_kept_on_the_last_entry(assistant: Assistant) -> None:
    _, after = talk(
        assistant, "Wat houdt het programma Smart Industry in?", "Wat kwam er na de Hubs?"
    )
    assert after.entry == "programme.successor"


def test_a_count_is_not_answered_with_a_contact_field(assistant: Assistant) -> None:
    _, reached = talk(assistant, "what is SMITZH", "how many companies did they reach")
    assert reached.entry == "hub.zuid-holland" and "2,350" in reached.text


def test_another_kind_of_question_is_not_answered_by_the_last_answer_again(
    assistant: Assistant,
) -> None:
    _, behind = talk(
        assistant, "wanneer is het smart industry programma begonnen?", "en wie zat erachter?"
    )
    assert "programme.start" not in behind.answered()


def test_a_dutch_pronominal_adverb_points_back(assistant: Assistant) -> None:
    _, behind = talk(assistant, "wat is het Dutch Optics Centre?", "wie zitten erachter?")
    assert behind.entry == "fieldlab.doc" and "TNO" in behind.text


def test_a_remark_with_thanks_is_not_read_as_a_follow_up(assistant: Assistant) -> None:
    _, thanks = talk(assistant, "welke labs voor onderhoud", "jammer. bedankt")
    assert "fieldlabs.theme.onderhoud" not in thanks.answered()


def test_which_are_they_after_how_many_hubs_lists_the_hubs(assistant: Assistant) -> None:
    _, which = talk(assistant, "Hoeveel Hubs zijn er?", "En welke zijn dat?")
    assert which.entry == "hubs.list" and "BOOST" in which.text


def test_that_fieldlab_of_several_the_answer_names_is_asked_about(
    assistant: Assistant,
) -> None:
    _, where = talk(assistant, "who is Jan Post?", "where is that fieldlab?")
    assert where.kind == "unsure" and not where.answered()
    assert "fieldlab.rosf" in {link.entry for link in where.alternatives}


def test_how_many_of_something_else_after_a_figure_counts_that_at_the_same_date(
    assistant: Assistant,
) -> None:
    _, labs = talk(
        assistant, "hoeveel geinvesteerd in fieldlabs feb 2018", "en hoeveel labs waren dat"
    )
    assert labs.entry == "results.fieldlab-count" and "32" in labs.text


def test_another_date_after_a_figure_asks_that_figure_for_the_date(
    assistant: Assistant,
) -> None:
    _, later = talk(
        assistant,
        "hoeveel field laps zijn er nou eigenlijk in nederland eind 2018",
        "en begin 2020 dan",
    )
    assert later.entry == "results.fieldlab-count" and "45" in later.text


def test_a_question_of_its_own_with_het_is_not_composed_with_the_last_one(
    assistant: Assistant,
) -> None:
    *_, weather = talk(
        assistant,
        "kan ik nog subsidie aanvragen voor een fieldlab?",
        "hoeveel was het budget?",
        "wat is het weer morgen?",
    )
    assert not weather.answered()


def test_where_was_it_after_the_event_of_a_year_is_that_years_event(
    assistant: Assistant,
) -> None:
    _, where = talk(
        assistant, "what happened at the Smart Industry annual event in 2018?", "where was it?"
    )
    assert where.entry == "jaarevent.2018" and "Bussum" in where.text


def test_a_bare_fieldlab_name_keeps_the_conversations_language(assistant: Assistant) -> None:
    replies = talk(assistant, "welke fieldlabs zijn er in zuid-holland", "smart bending factory")
    assert [r.language for r in replies] == ["nl", "nl"]
    assert replies[1].entry == "fieldlab.smart-bending-factory"
    english = talk(assistant, "what is RoboHouse?", "and Technologies Added")
    assert [r.language for r in english] == ["en", "en"]


def test_keywords_spelled_the_english_way_keep_a_dutch_conversation_dutch(
    assistant: Assistant,
) -> None:
    # "-ce" is an English spelling, but one misspelt loanword is no switch of language.
    replies = talk(assistant, "welke fieldlabs zijn er in limburg", "smart maintanance fieldlab?")
    assert [r.language for r in replies] == ["nl", "nl"]


def test_an_emoji_between_two_turns_keeps_the_context(assistant: Assistant) -> None:
    replies = talk(assistant, "Wat is SAM|XL?", "😍😍😍", "waar zit dat?")
    assert replies[1].kind == "empty"
    assert replies[2].entry == "fieldlab.samxl" and "Delft" in replies[2].text


def test_a_name_then_a_pointer_asks_that_record(assistant: Assistant) -> None:
    _, samen = talk(
        assistant, "wat is het fieldlab sociale innovatie", "en SAMEN, wat is dat dan?"
    )
    assert samen.answered() == ("fieldlab.samen",)


def test_another_place_after_a_fieldlab_lists_the_fieldlabs_there(assistant: Assistant) -> None:
    _, there = talk(assistant, "wat is RoboHouse", "en in Drachten?")
    assert there.entry == "fieldlabs.place.drachten"


def test_a_question_of_its_own_about_a_place_after_a_card_is_no_follow_up(
    assistant: Assistant,
) -> None:
    *_, weather = talk(
        assistant,
        "tell me about SPARK",
        "which hub does it belong to?",
        "what's the weather like in Amsterdam?",
    )
    assert not weather.answered()


def test_how_many_of_those_has_no_subject_of_its_own(assistant: Assistant) -> None:
    _, those = talk(
        assistant, "what came after the hubs?", "how many of those are there in the Netherlands?"
    )
    assert those.entry == "programme.successor" and "five" in those.text


def test_the_first_one_after_a_list_is_the_first_one_shown(assistant: Assistant) -> None:
    listed, first = talk(assistant, "fieldlabs in drachten", "the first one, what does it do?")
    shown = [line for line in listed.text.splitlines() if line.startswith("• ")]
    assert len(shown) >= 2 and shown[0].startswith("• Innovatiecluster Drachten")
    assert first.entry == "fieldlab.icd"


def test_a_word_only_a_records_card_uses_keeps_the_follow_up_on_it(
    assistant: Assistant,
) -> None:
    _, first = talk(assistant, "Wat is SPARK?", "en was dat de eerste uit de bouw?")
    assert first.entry == "fieldlab.spark" and "bouwsector" in first.text


def test_the_answered_clause_stays_the_topic_next_to_one_not_answered(
    assistant: Assistant,
) -> None:
    _, count = talk(
        assistant,
        "Ik zag een filmpje met fieldlabs op het jaarevent, waar ging dat over?",
        "hoeveel fieldlabs waren daarin te zien",
    )
    assert count.entry == "video.fieldlabs" and "twaalf" in count.text


def test_a_hub_asked_for_another_place_after_a_list_of_fieldlabs_is_that_hub(
    assistant: Assistant,
) -> None:
    _, hub = talk(
        assistant, "welke fieldlabs zijn er in Harderwijk?", "en welke hub is er voor Gelderland?"
    )
    assert hub.entry == "hub.oost" and "BOOST" in hub.text


def test_a_field_of_an_unknown_subject_is_not_asked_of_the_last_record(
    assistant: Assistant,
) -> None:
    _, successor = talk(assistant, "Wat is BouwLab?", "wat is de opvolger van smid zee")
    assert successor.record != "fieldlab.bouwlab" and "BouwLab" not in successor.text


def test_a_source_named_after_a_figure_gives_that_sources_figure(assistant: Assistant) -> None:
    _, _, dialogic = talk(
        assistant,
        "hoeveel is er in de fieldlabs geïnvesteerd tot eind 2018?",
        "en volgens de TNO-monitor over 2020?",
        "en Dialogic?",
    )
    assert dialogic.entry == "results.investments" and "314" in dialogic.text


def test_that_after_a_list_is_the_one_record_whose_card_speaks_of_it(
    assistant: Assistant,
) -> None:
    _, launched = talk(
        assistant,
        "welke fieldlabs doen iets met sociale innovatie?",
        "door wie is dat gelanceerd?",
    )
    assert launched.entry == "fieldlab.sociale-innovatie" and "Asscher" in launched.text


def test_where_is_that_after_a_list_of_two_still_asks_which(assistant: Assistant) -> None:
    _, which = talk(assistant, "welke labs voor onderhoud", "waar zit dat?")
    assert which.kind == "unsure" and len(which.alternatives) == 2


def test_who_said_that_after_a_figure_names_its_sources(assistant: Assistant) -> None:
    _, said = talk(assistant, "how many jobs did the fieldlabs create?", "who said that?")
    assert said.entry == "results.jobs" and "TNO" in said.text


def test_a_doubtful_follow_up_is_settled_by_the_entry_in_view(assistant: Assistant) -> None:
    _, still = talk(
        assistant,
        "Is er subsidie voor fieldlabs?",
        "kan ik die nu nog aanvragen of is dat voorbij?",
    )
    assert still.entry == "programme.subsidy" and "gesloten" in still.text


def test_who_pays_after_one_hub_is_settled_by_the_hubs_funding(assistant: Assistant) -> None:
    _, pays = talk(assistant, "Wat is Smart Industry Hub Zuid?", "en wie betaalt dat?")
    assert pays.entry == "hubs.funding" and "Economische Zaken" in pays.text


def test_a_remark_with_thanks_after_a_not_known_answer_is_thanks(assistant: Assistant) -> None:
    _, thanks = talk(assistant, "waar zit CAMPIONE?", "helaas. dank je")
    assert thanks.entry == "smalltalk.thanks"


@pytest.mark.parametrize(
    "other", ["wat is de hoofdstad van Frankrijk?", "what is the weather like in Amsterdam?"]
)
def test_an_unrelated_question_after_a_list_does_not_get_the_list_again(
    assistant: Assistant, other: str
) -> None:
    _, reply = talk(assistant, "fieldlabs in drachten", other)
    assert reply.kind != "list" and not reply.confident


def test_another_place_after_a_list_lists_that_place(assistant: Assistant) -> None:
    _, reply = talk(assistant, "fieldlabs in drachten", "en in Delft?")
    assert reply.entry == "fieldlabs.place.delft"


def test_another_question_about_it_is_still_a_follow_up(assistant: Assistant) -> None:
    _, reply = talk(assistant, "what is RoboHouse?", "another question about it: where is it?")
    assert reply.entry == "fieldlab.robohouse" and "Delft" in reply.text
    _, new = talk(assistant, "wat is RoboHouse?", "andere vraag: wat is een EDIH?")
    assert new.entry == "programme.successor"


def test_de_tweede_with_a_question_word_after_it_is_the_second_one_shown(
    assistant: Assistant,
) -> None:
    _, reply = talk(
        assistant, "welke fieldlabs zijn er in zuid-holland", "de tweede, wat doen ze?"
    )
    assert reply.entry == "fieldlab.do-iot"


@pytest.mark.parametrize(
    ("other", "entry"),
    [
        ("en in zeeland", "fieldlabs.province.zeeland"),
        ("en in Friesland?", "fieldlabs.province.friesland"),
    ],
)
def test_another_province_replaces_a_province_named_by_its_short_name(
    assistant: Assistant, other: str, entry: str
) -> None:
    # "brabant" is Noord-Brabant: the word as written gives way, not the list again
    _, reply = talk(assistant, "welke fieldlabs zijn er in brabant", other)
    assert reply.entry == entry


def test_a_count_the_card_holds_no_number_for_is_not_answered_with_the_card(
    assistant: Assistant,
) -> None:
    _, _, people = talk(
        assistant,
        "what is fieldlab flexible manufacturing?",
        "where exactly?",
        "how many people are working at Brainport Industries Campus?",
    )
    assert people.declined and people.entry is None


def test_a_field_the_knowledge_never_speaks_of_is_not_known_of_the_record(
    assistant: Assistant,
) -> None:
    _, revenue = talk(assistant, "what does ramlab do exactly", "what is their revenue?")
    assert revenue.declined and "RAMLAB" in revenue.text


def test_a_year_with_no_figure_says_so_and_answers_nothing(assistant: Assistant) -> None:
    _, later = talk(
        assistant, "how much money has been invested in the fieldlabs?", "And for 2023?"
    )
    assert later.declined and "no figure for 2023" in later.text
    assert [link.entry for link in later.alternatives] == ["results.investments"]


def test_and_why_asks_its_own_question_after_an_answer_of_another_kind(
    assistant: Assistant,
) -> None:
    _, why = talk(
        assistant,
        "where do smart industry solutions come from acc. to the coordinators",
        "and why good for small firms",
    )
    assert why.entry == "fieldlabs.why-small-firms"


def test_after_the_hub_of_a_listed_province_that_one_is_in_view(assistant: Assistant) -> None:
    *_, still = talk(
        assistant,
        "Hoeveel fieldlabs zitten er in Zuid-Holland?",
        "En welke hub hoort daarbij?",
        "Wat is de website?",
        "Bestaat die nog?",
    )
    assert still.entry == "hub.zuid-holland" and "EDIH" in still.text


def test_a_count_after_the_year_something_started_is_not_that_year_again(
    assistant: Assistant,
) -> None:
    _, count = talk(
        assistant, "In welk jaar zijn de Fieldlabs van start gegaan?", "Hoeveel waren het er toen?"
    )
    assert count.entry != "programme.start"


def test_in_english_please_after_a_card_gives_that_card_in_english(assistant: Assistant) -> None:
    *_, english = talk(
        assistant,
        "Wat is de Proeftuin voor Precisielandbouw?",
        "Wie gaf het de kwalificatie Fieldlab?",
        "in English please",
    )
    assert english.entry == "fieldlab.precisielandbouw" and english.language == "en"


def test_die_van_a_region_after_the_agendas_is_that_regions_agenda(assistant: Assistant) -> None:
    _, east = talk(
        assistant,
        "Welke regionale actieagenda's zijn er binnen Smart Industry opgesteld?",
        "Wanneer werd die van Oost-Nederland gepresenteerd?",
    )
    assert east.entry == "programme.regional-agendas" and "2015" in east.text


def test_a_year_with_no_figure_is_said_though_the_question_names_the_figure(
    assistant: Assistant,
) -> None:
    _, later = talk(
        assistant,
        "Voor een artikel: hoeveel directe banen hebben de Fieldlabs opgeleverd?",
        "En is er ook een cijfer voor 2020?",
    )
    assert later.declined and "Voor 2020 heb ik geen cijfer" in later.text


def test_how_many_then_after_the_start_counts_the_fieldlabs_of_that_year(
    assistant: Assistant,
) -> None:
    # It asked "Waar verwijst u naar?" before; the start's answer counts the first ten
    # Fieldlabs of 2015, which is what "toen" points at (dialogues-w4 labels it so).
    _, then = talk(
        assistant, "In welk jaar zijn de Fieldlabs van start gegaan?", "Hoeveel waren het er toen?"
    )
    assert then.answered() == ("results.fieldlab-count",) and "10" in then.text


def test_the_one_for_a_region_after_the_agendas_is_that_regions_agenda(
    assistant: Assistant,
) -> None:
    _, east, north = talk(
        assistant,
        "Did the regions have their own Smart Industry action agendas?",
        "when was the one for the east presented?",
        "and the Noordvleugel one, where was that launched?",
    )
    assert east.entry == "programme.regional-agendas" and "2015" in east.text
    assert north.answered() == ("programme.regional-agendas",)


def test_one_after_an_answer_about_the_hubs_is_a_hub(assistant: Assistant) -> None:
    _, contact = talk(assistant, "ok what is a smart industry hub", "can anyone contact one?")
    assert contact.entry == "hubs.contact"


def test_a_question_naming_its_own_subject_is_not_asked_of_the_last_hub(
    assistant: Assistant,
) -> None:
    _, event = talk(assistant, "wat is boost", "wanneer was het jaarevent 2019")
    assert event.entry == "jaarevent.2019" and "Hilversum" in event.text
    _, scheme = talk(assistant, "wat is smitzh", "Wat was het budget van de RVO regeling?")
    assert scheme.entry == "programme.subsidy"
    _, agenda = talk(
        assistant, "wat is smitzh", "Wanneer werd de Implementatieagenda overhandigd?"
    )
    assert agenda.entry == "programme.implementatieagenda"


def test_that_annual_event_after_a_hub_is_the_event_not_the_hub(assistant: Assistant) -> None:
    _, event, when = talk(
        assistant,
        "wat is boost",
        "wat was dat jaar event in hilversum",
        "wanneer was dat jaar event",
    )
    assert event.entry == "jaarevent.2019" and when.entry == "jaarevent.2019"


def test_a_name_the_sources_do_not_know_is_not_asked_of_the_last_record(
    assistant: Assistant,
) -> None:
    _, roi = talk(assistant, "wat is het Dutch Optics Centre", "Wat is de ROI van fieldlabs?")
    assert roi.declined and "Dutch Optics Centre" not in roi.text
    _, space = talk(assistant, "wat is boost", "space53 is dat een fieldlab")
    assert space.declined and "BOOST" not in space.text


def test_a_pointer_to_the_record_still_asks_of_it(assistant: Assistant) -> None:
    _, hub = talk(assistant, "What's RAMLAB?", "which hub is it part of?")
    assert hub.entry == "fieldlab.ramlab" and "SMITZH" in hub.text
    _, launched = talk(
        assistant, "Wat is het Fieldlab Sociale Innovatie?", "Wie heeft het gelanceerd?"
    )
    assert launched.entry == "fieldlab.sociale-innovatie"


def test_asking_for_english_when_the_answer_was_english_asks_the_bot(
    assistant: Assistant,
) -> None:
    _, again = talk(
        assistant, "what is Smart Industry Hub Zuid", "can you answer in english please"
    )
    assert again.entry == "smalltalk.language"
    _, english = talk(
        assistant, "wat is Smart Industry Hub Zuid", "can you answer in english please"
    )
    assert english.entry == "hub.zuid" and english.language == "en"


def test_what_is_the_edih_after_a_fieldlab_is_the_edih(assistant: Assistant) -> None:
    _, edih = talk(assistant, "wat is campione", "wat is edih")
    assert edih.entry == "programme.successor"
    _, english = talk(assistant, "what is DCMC", "what's the EDIH")
    assert "DCMC" not in english.text


def test_what_does_that_cost_does_not_repeat_the_hubs_card(assistant: Assistant) -> None:
    card, cost = talk(assistant, "wat is boost", "wat kost dat")
    assert cost.text != card.text and "Provincies:" not in cost.text


def test_is_the_subsidy_still_open_after_a_fieldlab_is_the_subsidy(assistant: Assistant) -> None:
    _, scheme = talk(assistant, "wat is do iot", "is het nog open die subsidie")
    assert scheme.entry == "programme.subsidy"
    _, closed = talk(assistant, "wat is de smart welding factory", "is die regeling nog open")
    assert closed.entry == "programme.subsidy" and "Smart Welding" not in closed.text


def test_a_place_told_before_is_not_the_answer_to_a_question_about_someone_else(
    assistant: Assistant,
) -> None:
    _, kvk = talk(assistant, "ik zit in enschede welke hub", "kan de kvk helpen")
    assert "Enschede" not in kvk.text and "BOOST" not in kvk.text


def test_another_branch_of_the_asker_gets_the_route_there(assistant: Assistant) -> None:
    _, branch = talk(
        assistant, "ik zit in enschede welke hub", "en ik heb ook een vestiging in eindhoven"
    )
    assert "Eindhoven" in branch.text and "BOOST" not in branch.text


def test_its_website_after_a_route_elsewhere_is_not_the_earlier_hubs(
    assistant: Assistant,
) -> None:
    *_, site = talk(
        assistant, "ik zit in enschede welke hub", "en in Utrecht?", "and its website?"
    )
    assert site.entry != "hub.oost" and not site.text.startswith("The website of BOOST")


@pytest.mark.parametrize("message", ["de tweede", "meer?", "waar staat dat?"])
def test_a_follow_up_with_nothing_before_it_asks_what_it_refers_to(
    assistant: Assistant, message: str
) -> None:
    (reply,) = talk(assistant, message)
    assert reply.kind == "unsure" and reply.text.startswith("Waar verwijst u naar?")


def test_where_was_i_asks_nothing_of_the_last_fieldlab(assistant: Assistant) -> None:
    _, back = talk(assistant, "wat is do iot", "hoi ben ik weer waar was ik gebleven")
    assert "Do IoT" not in back.text


def test_and_in_the_north_after_the_hub_of_a_province_is_the_northern_hubs_card(
    assistant: Assistant,
) -> None:
    _, north = talk(assistant, "welke hub is er in zuid-holland", "en in het noorden?")
    assert north.entry == "hub.noord" and "zelf een regionale" not in north.text


def test_are_they_both_in_the_same_hub_answers_each(assistant: Assistant) -> None:
    *_, both = talk(assistant, "wat is sam|xl", "en ramlab?", "are they both in the same hub?")
    assert "SAM|XL belongs to SMITZH" in both.text and "RAMLAB belongs to SMITZH" in both.text


def test_the_url_of_that_publication_gives_the_sources(assistant: Assistant) -> None:
    _, url = talk(
        assistant,
        "hoeveel banen leverden de fieldlabs op volgens TNO 2019",
        "Wat is de exacte URL van die publicatie?",
    )
    assert "https://smartindustry.nl/2019/03/18/" in url.text


def test_a_long_answer_is_not_given_twice_for_a_follow_up_that_asks_one_thing_of_it(
    assistant: Assistant,
) -> None:
    agenda, handed = talk(
        assistant,
        "wat hield de Implementatieagenda Smart Industry in?",
        "aan wie is die overhandigd?",
    )
    assert handed.entry == "programme.implementatieagenda"
    assert "Mona Keijzer" in handed.text and len(handed.text) < len(agenda.text) / 2


def test_a_hubs_card_is_not_repeated_for_its_project_leader(assistant: Assistant) -> None:
    _, leader = talk(assistant, "what is boost", "who is the project leader there")
    assert "Robin Burghard" in leader.text and "Provinces:" not in leader.text


def test_is_that_from_the_government_after_who_is_behind_it_is_not_about_the_bot(
    assistant: Assistant,
) -> None:
    _, government = talk(assistant, "who is behind Smart Industry", "is dat van de overheid")
    assert government.entry == "programme.founders"
    _, bot = talk(assistant, "who is behind Smart Industry", "ben jij van de overheid?")
    assert bot.entry == "smalltalk.who"


def test_a_yes_no_question_the_card_does_not_answer_is_not_answered_with_the_card(
    assistant: Assistant,
) -> None:
    _, only = talk(assistant, "what is Smart Industry Hub Zuid", "is it only for dutch companies")
    assert only.declined and "Region:" not in only.text


def test_what_came_in_its_place_asks_the_successor(assistant: Assistant) -> None:
    _, successor = talk(assistant, "wat is smitzh", "wat kwam ervoor in de plaats")
    assert successor.entry == "hub.zuid-holland" and "EDIH" in successor.text
