"""Follow-ups of round 25: a figure the answer in view states of what is asked ("en hoeveel
legde de provincie erin?" after SMITZH's card), …"""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_how_much_after_an_answer_gives_the_figure_it_states_of_that(
    assistant: Assistant,
) -> None:
    for first, then, figure in (
        ("wat is SMITZH", "en hoeveel stak de provincie in de fase daarna?", "5,2"),
        ("What is the RVO Fieldlab subsidy?", "what percentage does it cover?", "60"),
        ("wat is de Implementatieagenda?", "hoeveel extra geld kwam erbij?", "3,5"),
    ):
        _, amount = talk(assistant, first, then)
        assert amount.answered(), then
        assert figure in amount.text, then
        assert len(amount.text) < len(talk(assistant, first)[0].text), then


def test_a_figure_of_a_part_the_answer_does_not_name_is_not_its_figure(
    assistant: Assistant,
) -> None:
    _, frisian = talk(
        assistant,
        "hoeveel bedrijven doen mee aan de fieldlabs?",
        "zijn er ook aparte cijfers over hoeveel Friese bedrijven meedoen?",
    )
    assert frisian.answered() == ()


def test_how_much_of_something_the_answer_does_not_speak_of_is_not_answered_from_it(
    assistant: Assistant,
) -> None:
    _, other = talk(assistant, "wat is SMITZH", "hoeveel vestigingen heeft het in Leiden?")
    assert other.answered() == ()
    assert "€" not in other.text


def test_the_one_on_a_theme_picks_it_from_the_list_just_given(assistant: Assistant) -> None:
    for then in ("the construction one, what do they do?", "welke daarvan doet iets met de bouw?"):
        _, picked = talk(assistant, "welke fieldlabs zijn er in Haarlem?", then)
        assert picked.answered() == ("fieldlab.bouwlab",), then


def test_a_theme_two_of_the_list_share_picks_none(assistant: Assistant) -> None:
    # Digital Factory and SAM|XL both work on the smart factory
    _, both = talk(
        assistant, "welke fieldlabs zijn er in Zuid-Holland?", "en die over de slimme fabriek?"
    )
    assert "fieldlab.digital-factory" not in both.answered()
    assert "fieldlab.samxl" not in both.answered()


def test_where_a_fieldlab_is_names_the_exact_site_its_description_gives(
    assistant: Assistant,
) -> None:
    for first, then, site in (
        ("wat is DCMC?", "waar zit dat precies?", "Aviolanda"),
        ("What is Flexible Manufacturing?", "where is it?", "Brainport Industries Campus"),
        ("wat doet de Digital Factory?", "waar in Den Haag?", "Ypenburg"),
    ):
        _, where = talk(assistant, first, then)
        assert site in where.text.split("\n\n")[0], then


def test_where_a_fieldlab_is_names_no_site_its_description_does_not_give(
    assistant: Assistant,
) -> None:
    (where,) = talk(assistant, "waar zit RoboHouse?")
    assert "Precieze plek" not in where.text
    (icd,) = talk(assistant, "waar zit het Innovatiecluster Drachten?")
    assert "plek: ICD" not in icd.text  # its own short name is no site


def test_where_was_that_after_who_did_something_is_where_it_happened(
    assistant: Assistant,
) -> None:
    for first, then, where in (
        ("welke hub is er voor Drenthe?", "wie heeft die aangekondigd?", "waar was dat?"),
        ("which hub is there for Friesland?", "who announced it?", "where?"),
    ):
        _, _, place = talk(assistant, first, then, where)
        assert place.answered() == ("hub.noord",), where
        assert "Assen" in place.text.split("\n\n")[0], where


def test_when_was_that_after_who_founded_it_is_the_date_it_happened(
    assistant: Assistant,
) -> None:
    _, _, when = talk(assistant, "wat is SMITZH?", "wie heeft het opgericht?", "wanneer was dat?")
    assert "2017" in when.text.split("\n\n")[0]


def test_where_is_it_after_who_announced_it_is_still_where_it_is(assistant: Assistant) -> None:
    _, _, where = talk(
        assistant, "welke hub is er voor Drenthe?", "wie heeft die aangekondigd?", "waar zit die?"
    )
    assert "Assen" not in where.text.split("\n\n")[0]


def test_what_is_that_thing_the_last_answer_named_asks_what_it_is(assistant: Assistant) -> None:
    _, _, edih = talk(assistant, "wat is SMITZH?", "bestaat dat nog?", "en wat is dat EDIH dan?")
    assert edih.answered() == ("programme.successor",)
    _, _, monitor = talk(
        assistant,
        "hoeveel bedrijven doen mee aan de fieldlabs?",
        "en hoeveel daarvan zitten in Limburg?",
        "ok. wat is die TNO monitor van 2020 eigenlijk?",
    )
    assert monitor.answered() == ("results.monitor-2020",)


def test_what_is_the_aim_of_that_hub_still_asks_of_the_hub_in_view(assistant: Assistant) -> None:
    _, aim = talk(assistant, "wat is BOOST?", "wat is dat voor hub eigenlijk?")
    assert aim.answered() == ("hub.oost",)


def test_where_a_figure_comes_from_quotes_who_the_answer_says_gave_it(
    assistant: Assistant,
) -> None:
    _, origin = talk(assistant, "hoeveel fieldlabs waren er in 2017?", "waar komt dat vandaan?")
    assert "Engineers Online" in origin.text.split("\n\n")[0]
    assert "TNO" in origin.text


def test_the_source_of_a_card_quotes_no_figure(assistant: Assistant) -> None:
    _, sources = talk(assistant, "wat is RoboHouse?", "bron?")
    assert sources.text.startswith("De bronnen van mijn vorige antwoord")
    assert "Het cijfer" not in sources.text
