"""Follow-ups of round 28 that ask what the answer in view does not say are not answered
with it again: a count of visitors (its only numbers are dates), a count for one town of a
Hub that counts for its whole region, why something stopped (it says that, not why); "ze"
asking a website after a person is the Hub's; "thema?" alone asks the record's themes."""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_a_count_is_not_read_from_the_dates_of_the_answer_in_view(assistant: Assistant) -> None:
    _, visitors = talk(
        assistant,
        "Wat heeft de Smart Industry Declaration 2019 als ambitie?",
        "hoeveel bezoekers waren er op dat jaarevent?",
    )
    assert visitors.answered() == ()
    assert visitors.kind == "unknown"
    _, twelve = talk(
        assistant, "Er was een video met fieldlabs, wat zeiden ze?", "hoeveel fieldlabs zaten erin"
    )
    assert twelve.answered() == ("video.fieldlabs",)  # "twaalf Fieldlabs" is a count


def test_a_count_for_one_town_is_not_the_count_of_the_whole_hub(assistant: Assistant) -> None:
    _, town = talk(assistant, "Wat is BOOST?", "hoeveel bedrijven uit Zwolle doen daar mee?")
    assert town.answered() == ()
    assert "BOOST" in town.text and "232" not in town.text
    _, whole = talk(assistant, "Wat is BOOST?", "hoeveel bedrijven hebben ze daar geholpen?")
    assert whole.answered() == ("hub.oost",)
    assert "232" in whole.text


def test_why_it_stopped_is_not_answered_by_that_it_stopped(assistant: Assistant) -> None:
    for why in ("waarom is het gestopt?", "why did it stop?"):
        _, reason = talk(assistant, "Bestaat SMITZH nog?", why)
        assert reason.answered() == (), why
        assert "SMITZH" in reason.text, why
    _, small = talk(assistant, "Wat is een fieldlab?", "waarom zou een klein bedrijf meedoen?")
    assert small.answered() == ("fieldlabs.why-small-firms",)  # an entry that gives reasons


def test_their_website_after_the_hubs_coordinator_is_the_hubs(assistant: Assistant) -> None:
    _, site = talk(assistant, "Wie is Marloes Telgenhof?", "hebben ze ook een website?")
    assert site.answered() == ()
    assert "Smart Industry Hub Noord" in site.text and "Telgenhof" not in site.text


def test_a_theme_word_alone_asks_the_themes_of_the_record_in_view(assistant: Assistant) -> None:
    for bare in ("thema", "themas?", "focus?"):
        _, themes = talk(assistant, "Waar zit RoboHouse?", bare)
        assert themes.answered() == ("fieldlab.robohouse",), bare
        assert "robotica" in themes.text, bare


def test_which_one_of_a_kind_is_the_one_the_last_answer_named(assistant: Assistant) -> None:
    for first, then in (
        ("Hoeveel nieuwe medewerkers zijn er voor 2030 nodig?", "welke agenda precies?"),
        ("How many new workers are needed by 2030?", "which agenda exactly?"),
    ):
        _, agenda = talk(assistant, first, then)
        assert agenda.answered() == ("programme.implementatieagenda",), then


def test_the_one_in_a_region_after_the_hubs_region_by_region_is_that_hub(
    assistant: Assistant,
) -> None:
    _, east = talk(
        assistant, "What came after the Smart Industry Hubs?", "and the one in the East?"
    )
    assert east.answered() == ("hub.oost",)


def test_which_of_a_kind_take_part_is_not_known_when_the_card_never_names_them(
    assistant: Assistant,
) -> None:
    _, farmers = talk(
        assistant, "Wat is de Proeftuin Precisielandbouw?", "en welke boeren doen daar mee?"
    )
    assert farmers.answered() == ()
    assert "Precisielandbouw" in farmers.text
    _, schools = talk(
        assistant, "Wat is Fieldlab Industrial Robotics?", "met welke scholen werken ze samen?"
    )
    assert schools.answered() == ("fieldlab.industrial-robotics",)


def test_that_event_after_an_answer_that_dates_it_is_the_event_of_that_year(
    assistant: Assistant,
) -> None:
    _, where = talk(
        assistant,
        "Wat was de Smart Industry Declaration 2019?",
        "Waar werd dat Jaarevent gehouden?",
    )
    assert where.answered() == ("jaarevent.2019",)
    assert "Hilversum" in where.text
    _, who = talk(assistant, "Wat is het Fieldlab Sociale Innovatie?", "wie heeft dat gelanceerd")
    assert who.answered() == ("fieldlab.sociale-innovatie",)  # a verb, no thing it names


def test_where_most_of_a_count_were_is_asked_of_that_count(assistant: Assistant) -> None:
    _, most = talk(
        assistant, "hoeveel fieldlabs waren er in 2017?", "en waar zat meer dan de helft daarvan?"
    )
    assert most.answered() == ("results.fieldlab-count",)
    assert "Zuid-Holland" in most.text


def test_the_one_of_a_region_with_a_question_after_it_is_that_hub(assistant: Assistant) -> None:
    _, named = talk(
        assistant,
        "Weet je hoe de vijfde hub heet?",
        "Ok. En die van Zuid-Holland, hoe heette die ook alweer?",
    )
    assert named.answered() == ("hub.zuid-holland",)
    assert "SMITZH" in named.text


def test_who_it_is_now_is_not_told_by_what_happened_then(assistant: Assistant) -> None:
    _, now = talk(
        assistant,
        "Wat gebeurde er op het Jaarevent van 2019?",
        "en wie is nu de staatssecretaris van economische zaken?",
    )
    assert now.answered() == ()
    _, latest = talk(assistant, "Hoeveel fieldlabs waren er eind 2018?", "en hoeveel zijn er nu?")
    assert latest.answered() == ("results.fieldlab-count",)  # a figure's latest value


def test_what_someone_will_do_with_the_answer_points_at_no_one(assistant: Assistant) -> None:
    *_, again = talk(
        assistant,
        "wat was dat jaarevent in hilversum?",
        "welke datum was dat",
        "en wie gaven daar een speech?",
        "is er dit jaar ook weer een jaarevent? dan wil hij misschien gaan",
    )
    assert again.answered() == ()
    assert "Keijzer" not in again.text  # "hij" is the asker's boss, not the speaker


def test_what_she_said_about_something_is_what_her_own_entry_says_of_it(
    assistant: Assistant,
) -> None:
    _, said = talk(
        assistant, "Wie was voorzitter van Team Smart Industry?", "Wat zei zij over de hubs?"
    )
    assert said.answered() == ("people.dezentje",)
    assert "Hubs" in said.text and "voorzitter" not in said.text  # her words, not her role


def test_it_said_last_after_the_hubs_in_general_is_the_hubs(assistant: Assistant) -> None:
    _, pays = talk(assistant, "Wie werken er samen in een hub?", "en wie betaalt het?")
    assert pays.answered() == ("hubs.funding",)


def test_a_bare_why_is_still_asked_of_the_answer_itself(assistant: Assistant) -> None:
    _, why = talk(assistant, "Wat zijn de vier typen fieldlabs volgens TNO?", "waarom?")
    assert why.kind != "out_of_scope"  # of the last answer, not a question of its own
