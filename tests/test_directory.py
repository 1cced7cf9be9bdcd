"""The Fieldlab and Hub directory: lists, cards and routing a place to its Hub (issue 6)."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant, Reply, render_plain
from bot.countries import country
from bot.knowledge import KnowledgeBase, load_knowledge

HUB_NAMES = ("BOOST", "SMITZH", "Smart Industry Hub Noord", "Smart Industry Hub Zuid")


def listed(reply: Reply) -> list[str]:
    """Names on the bullet lines of a list answer: '• RoboHouse (Delft — robotica)'."""
    return [line[2:].split(" (")[0] for line in reply.text.splitlines() if line.startswith("• ")]


def names_with(
    knowledge: KnowledgeBase, *, theme: str = "", province: str = "", place: str = ""
) -> list[str]:
    """The Fieldlab names the records give for a theme, province or place, sorted as listed."""
    return sorted(
        (
            lab.name
            for lab in knowledge.fieldlabs
            if (not theme or theme in lab.themes)
            and (not province or province in lab.provinces)
            and (not place or place in lab.places)
        ),
        key=str.casefold,
    )


def assert_confident_with_source(reply: Reply) -> None:
    assert reply.confident
    assert reply.source
    source_line = reply.source_line()
    assert source_line is not None
    assert render_plain(reply).endswith(source_line)


# --------------------------------------------------------------------------------------------
# Lists by place, province and theme


def test_fieldlabs_in_delft_lists_robohouse_and_samxl_with_source(
    assistant: Assistant, knowledge: KnowledgeBase
) -> None:
    reply = assistant.answer("welke fieldlabs zijn er in Delft?")
    assert reply.entry == "fieldlabs.place.delft"
    assert {"RoboHouse", "SAM|XL"} <= set(listed(reply))
    assert listed(reply) == names_with(knowledge, place="Delft")
    assert reply.text.startswith("Fieldlabs in Delft volgens onze gegevens:")
    assert_confident_with_source(reply)
    assert "\nBron: " in render_plain(reply)


def test_fieldlabs_in_delft_in_english(assistant: Assistant, knowledge: KnowledgeBase) -> None:
    for question in ("Which Fieldlabs are in Delft?", "which fieldlabs are in Delft?"):
        reply = assistant.answer(question)
        assert reply.entry == "fieldlabs.place.delft", question
        assert listed(reply) == names_with(knowledge, place="Delft")
        assert reply.text.startswith("Fieldlabs in Delft according to our records:")
        assert "\nSource: " in render_plain(reply)


def test_fieldlabs_in_a_province(assistant: Assistant, knowledge: KnowledgeBase) -> None:
    reply = assistant.answer("welke fieldlabs zijn er in Zuid-Holland?")
    assert reply.entry == "fieldlabs.province.zuid-holland"
    expected = names_with(knowledge, province="Zuid-Holland")
    assert "RoboHouse" in expected and len(expected) >= 5
    assert listed(reply) == expected
    assert_confident_with_source(reply)


def test_fieldlabs_in_a_province_in_english(
    assistant: Assistant, knowledge: KnowledgeBase
) -> None:
    reply = assistant.answer("Which fieldlabs are there in South Holland?")
    assert reply.entry == "fieldlabs.province.zuid-holland"
    assert listed(reply) == names_with(knowledge, province="Zuid-Holland")
    assert reply.language == "en"


def test_fieldlabs_in_a_record_place(assistant: Assistant, knowledge: KnowledgeBase) -> None:
    reply = assistant.answer("welke fieldlabs zijn er in Drachten?")
    assert reply.entry == "fieldlabs.place.drachten"
    assert "Innovatiecluster Drachten" in listed(reply)
    assert listed(reply) == names_with(knowledge, place="Drachten")


def test_fieldlabs_in_an_unknown_place_is_honest(assistant: Assistant) -> None:
    reply = assistant.answer("welke fieldlabs zijn er in Parijs?")
    assert not reply.confident
    assert reply.entry is None
    assert "parijs" in reply.text.casefold()
    assert listed(reply) == []


@pytest.mark.parametrize(
    ("question", "theme", "must_include"),
    [
        ("welke fieldlab doet iets met robots?", "robotica", "RoboHouse"),
        ("which fieldlab works on robots?", "robotica", "RoboHouse"),
        ("welke fieldlab doet iets met 3D-printen?", "3d-printen", "RAMLAB"),
        ("which fieldlabs do 3D printing?", "3d-printen", "RAMLAB"),
        ("welke fieldlab doet iets met onderhoud?", "onderhoud", "DCMC"),
        ("which fieldlab works on maintenance?", "onderhoud", "CAMPIONE"),
        ("welke fieldlab doet iets met bouw?", "bouw", "SPARK"),
        ("which fieldlab works on construction?", "bouw", "BouwLab R&Do"),
    ],
)
def test_fieldlabs_by_theme(
    assistant: Assistant, knowledge: KnowledgeBase, question: str, theme: str, must_include: str
) -> None:
    reply = assistant.answer(question)
    assert reply.entry == f"fieldlabs.theme.{theme}"
    assert must_include in listed(reply)
    assert listed(reply) == names_with(knowledge, theme=theme)
    assert_confident_with_source(reply)


# --------------------------------------------------------------------------------------------
# Routing a place to its Hub


def test_enschede_is_routed_to_boost(assistant: Assistant) -> None:
    reply = assistant.answer("bij welke hub kan ik terecht, ik zit in Enschede")
    assert reply.entry == "hub.oost"
    assert reply.text.startswith(
        "Voor ondernemers in Enschede (Overijssel) is BOOST (https://boostsmartindustry.nl) "
        "de regionale Smart Industry Hub."
    )
    assert_confident_with_source(reply)


def test_enschede_is_routed_to_boost_in_english(assistant: Assistant) -> None:
    reply = assistant.answer("Which hub can I go to? I'm based in Enschede")
    assert reply.entry == "hub.oost"
    assert reply.language == "en"
    assert "the regional Smart Industry Hub is BOOST" in reply.text


@pytest.mark.parametrize(
    ("place", "hub", "name"),
    [
        ("Zwolle", "hub.oost", "BOOST"),
        ("Arnhem", "hub.oost", "BOOST"),
        ("Den Haag", "hub.zuid-holland", "SMITZH"),
        ("Leeuwarden", "hub.noord", "Smart Industry Hub Noord"),
        ("Groningen", "hub.noord", "Smart Industry Hub Noord"),
        ("Assen", "hub.noord", "Smart Industry Hub Noord"),
    ],
)
def test_provincial_capital_is_routed_to_its_hub(
    assistant: Assistant, place: str, hub: str, name: str
) -> None:
    reply = assistant.answer(f"bij welke hub kan ik terecht in {place}?")
    assert reply.entry == hub
    if hub == "hub.zuid-holland":  # SMITZH has stopped: said so, with its successor
        assert f"voor {place} " in reply.text and f"was {name}" in reply.text
        assert "gestopt" in reply.text and "EDIH" in reply.text
    else:
        assert f"Voor ondernemers in {place} " in reply.text
        assert f" is {name}" in reply.text


def test_place_of_a_record_is_routed(assistant: Assistant) -> None:
    reply = assistant.answer("mijn bedrijf zit in Drachten, bij welke hub kan ik terecht?")
    assert reply.entry == "hub.noord"
    assert "Drachten (Friesland)" in reply.text


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("ik zit in Overijsel, welke hub?", "Overijssel"),
        ("ik zit in Gelderlnd, welke hub?", "Gelderland"),
        ("bij welke hub kan ik terecht in Enschde?", "Overijssel"),
    ],
)
def test_typo_in_place_or_province_is_still_routed(
    assistant: Assistant, question: str, province: str
) -> None:
    reply = assistant.answer(question)
    assert reply.entry == "hub.oost"
    assert province in reply.text
    assert "BOOST" in reply.text


def test_unknown_place_is_answered_honestly(assistant: Assistant) -> None:
    reply = assistant.answer("ik zit in Xyzdorp, welke hub?")
    assert not reply.confident
    assert reply.entry is None
    assert "xyzdorp" in reply.text.casefold()
    assert "ken ik niet" in reply.text
    assert not any(name in reply.text for name in HUB_NAMES)


@pytest.mark.parametrize("place", ["Utrecht", "Noord-Brabant", "Amersfoort"])
def test_province_without_confirmed_hub_says_so_and_points_to_the_programme(
    assistant: Assistant, place: str
) -> None:
    reply = assistant.answer(f"bij welke hub kan ik terecht in {place}?")
    assert "https://smartindustry.nl" in reply.text
    assert "de regionale Smart Industry Hub" not in reply.text  # no confident routing
    assert reply.entry not in ("hub.oost", "hub.zuid-holland", "hub.noord", "hub.zuid")
    if place == "Noord-Brabant":
        assert "Onze bronnen bevestigen niet welke Hub Noord-Brabant bedient" in reply.text
        assert "staat niet vast" in reply.text
    else:
        assert "staat niet in onze bronnen" in reply.text
        assert not any(name in reply.text for name in HUB_NAMES)


def test_region_of_a_place_for_the_regio_command(assistant: Assistant) -> None:
    assert assistant.region_of("Enschede") == "Overijssel"
    assert assistant.region_of("Overijsel") == "Overijssel"
    assert assistant.region_of("Den Haag") == "Zuid-Holland"
    assert assistant.region_of("Xyzdorp") is None


def test_ordinary_word_is_not_mistaken_for_a_town_leden(assistant: Assistant) -> None:
    reply = assistant.answer("wie zijn de leden van de hub")
    assert "Leiden" not in reply.text
    assert reply.entry == "hubs.partners"


def test_ordinary_word_is_not_mistaken_for_a_town_hoort(assistant: Assistant) -> None:
    reply = assistant.answer("Welke hub hoort bij mijn provincie?")
    assert "Hoorn" not in reply.text
    assert reply.entry == "hubs.contact"


# --------------------------------------------------------------------------------------------
# Cards from the records


def test_what_is_robohouse(assistant: Assistant) -> None:
    reply = assistant.answer("Wat is RoboHouse?")
    assert reply.entry == "fieldlab.robohouse"
    lines = reply.text.splitlines()
    assert lines[0] == "RoboHouse"
    assert "Plaats: Delft (Zuid-Holland)" in lines
    assert "Thema's: robotica" in lines
    assert "Regionale Hub: SMITZH (gestopt)" in lines  # SMITZH has stopped
    assert_confident_with_source(reply)


def test_what_is_boost(assistant: Assistant) -> None:
    reply = assistant.answer("What is BOOST?")
    assert (reply.entry, reply.language) == ("hub.oost", "en")
    lines = reply.text.splitlines()
    assert lines[0] == "BOOST"
    assert "Provinces: Gelderland, Overijssel" in lines
    assert "Website: https://boostsmartindustry.nl" in lines
    assert_confident_with_source(reply)


def test_what_does_smitzh_do(assistant: Assistant) -> None:
    reply = assistant.answer("Wat doet SMITZH?")
    assert reply.entry == "hub.zuid-holland"
    assert reply.text.splitlines()[0] == "SMITZH"
    assert "Website: https://smitzh.nl" in reply.text.splitlines()


def test_where_is_a_fieldlab(assistant: Assistant) -> None:
    reply = assistant.answer("Waar zit Fieldlab Flexible Manufacturing?")
    assert reply.entry == "fieldlab.flexible-manufacturing"
    assert "Eindhoven (Noord-Brabant)" in reply.text


@pytest.mark.parametrize(
    "question",
    ["wat is Fieldlab Smart Chocolate?", "What is Fieldlab Smart Chocolate?"],
)
def test_fieldlab_that_does_not_exist_is_declined(
    assistant: Assistant, knowledge: KnowledgeBase, question: str
) -> None:
    reply = assistant.answer(question)
    assert not reply.confident
    assert reply.entry is None
    assert not any(lab.name in reply.text for lab in knowledge.fieldlabs)


# --------------------------------------------------------------------------------------------
# The fallback names the user's own Hub


def test_fallback_names_the_users_own_hub(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen zijn er in de zorg?", region="Overijssel")
    assert not reply.confident
    assert reply.text == (
        "Dat staat niet in mijn bronnen. Voor uw regio kunt u met uw vraag terecht bij "
        "BOOST (https://boostsmartindustry.nl)."
    )


def test_fallback_names_the_users_own_hub_in_english(assistant: Assistant) -> None:
    reply = assistant.answer("how many jobs are there in healthcare?", region="Gelderland")
    assert not reply.confident
    assert "to BOOST (https://boostsmartindustry.nl)." in reply.text


def test_fallback_for_a_stopped_hub_says_it_stopped(assistant: Assistant) -> None:
    reply = assistant.answer("how many jobs are there in healthcare?", region="Zuid-Holland")
    assert "SMITZH" in reply.text and "stopped" in reply.text


def test_out_of_scope_names_no_hub_even_with_a_region(assistant: Assistant) -> None:
    reply = assistant.answer("wat wordt het weer morgen", region="Overijssel")
    assert reply.kind == "out_of_scope"
    assert "BOOST" not in reply.text


def test_fallback_without_a_confirmed_hub_stays_generic(assistant: Assistant) -> None:
    reply = assistant.answer("hoeveel banen zijn er in de zorg?", region="Utrecht")
    assert "regionale Smart Industry Hub" in reply.text
    assert not any(name in reply.text for name in HUB_NAMES)


# --------------------------------------------------------------------------------------------
# Records with a Hub the sources do not name


DIRECTORY = """\
hubs:
  - id: hub.known
    name: Testhub
    provinces: [Overijssel]
    summary: {nl: "Een hub om mee te testen.", en: "A hub for testing."}
    website: https://testhub.example
    source: "testbron"
  - id: hub.nameless
    provinces: [Utrecht]
    summary: {nl: "Een hub waarvan de naam onbekend is."}
    source: "testbron"
fieldlabs:
  - id: fieldlab.orphan
    name: Weeslab
    place: Enschede
    province: Overijssel
    themes: [robotica]
    summary: {nl: "Een lab zonder bekende hub.", en: "A lab without a known hub."}
    source: "labbron"
  - id: fieldlab.shy
    name: Stillab
    place: Utrecht
    province: Utrecht
    hub: hub.nameless
    summary: {nl: "Een lab bij een naamloze hub."}
    source: "labbron"
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("directory")
    (folder / "directory.yaml").write_text(DIRECTORY, encoding="utf-8")
    return Assistant(load_knowledge(folder))


def test_fieldlab_without_a_hub_renders_without_a_hub_line(small: Assistant) -> None:
    for question, lang in (("Wat is Weeslab?", "nl"), ("What is Weeslab?", "en")):
        reply = small.answer(question)
        assert reply.entry == "fieldlab.orphan"
        assert reply.text.splitlines()[0] == "Weeslab"
        assert "Hub:" not in reply.text
        assert reply.language == lang
        assert render_plain(reply).endswith("labbron")


def test_fieldlab_at_a_nameless_hub_says_the_name_is_unknown(small: Assistant) -> None:
    reply = small.answer("Wat is Stillab?")
    assert reply.entry == "fieldlab.shy"
    assert "Regionale Hub: een Hub waarvan de naam niet in onze bronnen staat" in reply.text


def test_routing_to_a_nameless_hub_invents_no_name(small: Assistant) -> None:
    reply = small.answer("bij welke hub kan ik terecht in Utrecht?")
    assert reply.confident
    assert "een Hub waarvan de naam niet in onze bronnen staat" in reply.text
    assert "Testhub" not in reply.text


def test_record_place_is_routed_without_a_places_table(small: Assistant) -> None:
    assert small.knowledge.places.provinces == {}
    listed_reply = small.answer("welke fieldlabs zijn er in Overijssel?")
    assert listed(listed_reply) == ["Weeslab"]
    routed = small.answer("ik zit in Enschede, welke hub?")  # Enschede is Weeslab's place
    assert routed.entry == "hub.known"
    assert "Testhub (https://testhub.example)" in routed.text


def test_fallback_with_region_names_the_small_directorys_hub(small: Assistant) -> None:
    reply = small.answer("hoeveel banen heeft Weeslab opgeleverd?", region="Overijssel")
    assert reply.text.endswith("Testhub (https://testhub.example).")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Hoeveel fieldlabs zijn er in België?", "in België staan er niet in"),
        ("fieldlabs in Duitsland?", "in Duitsland staan er niet in"),
        ("are there fieldlabs in Germany?", "in Germany are not in them"),
    ],
)
def test_a_country_abroad_is_said_to_be_outside_the_sources(
    assistant: Assistant, question: str, said: str
) -> None:
    reply = assistant.answer(question)
    assert reply.declined and said in reply.text


def test_countries_are_known_by_their_dutch_and_english_names() -> None:
    assert country("xyzdorp", "nl") is None and country("duitsland", "en") == "Germany"


def test_successor_of_an_active_hub_names_the_edih_that_builds_on_it(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("wat is de opvolger van BOOST?")
    assert reply.entry == "hub.oost"
    assert "actief" in reply.text and "EDIH" in reply.text


@pytest.mark.parametrize(
    ("routed", "named", "hub"),
    [
        (
            "bij welke hub kan ik terecht in het noorden?",
            "wie leidt de hub in het noorden?",
            "hub.noord",
        ),
        ("which hub is for companies in the east?", "who leads the hub in the east?", "hub.oost"),
        ("bij wie kan ik terecht in het zuiden?", "wie trekt de hub in het zuiden?", "hub.zuid"),
    ],
)
def test_a_region_said_in_words_is_one_hub_whether_routed_to_or_asked_about(
    assistant: Assistant, routed: str, named: str, hub: str
) -> None:
    # "het noorden" is Noord-Nederland, the region its Hub is named for: the route and the
    # question about "the hub in het noorden" find the same Hub.
    assert assistant.answer(routed).entry == hub
    assert assistant.answer(named).entry == hub


def test_a_place_whose_hub_is_only_probable_names_who_leads_that_hub(
    assistant: Assistant,
) -> None:
    reply = assistant.answer("ik zit in Oss, bij welke hub hoor ik?")
    assert reply.entry == "route.unknown"
    assert "Hub Zuid" in reply.text and "BOM" in reply.text and "niet vast" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Kunt u een overzicht geven van alle vijf hubs met hun regio?",
        "give me an overview of the hubs",
    ],
)
def test_an_overview_of_the_hubs_is_their_list(assistant: Assistant, question: str) -> None:
    assert assistant.answer(question).answered() == ("hubs.list",)


@pytest.mark.parametrize(
    ("question", "shown", "left_out"),
    [
        ("is er in Delft een fieldlab voor robotica?", "RoboHouse", "SAM|XL"),
        ("welke fieldlabs voor robotica zijn er bij Oss?", "Flexible Manufacturing", "DCMC"),
        ("is there a fieldlab for robots near Ermelo?", "Industrial Robotics", "Digital Factory"),
    ],
)
def test_fieldlabs_of_a_place_on_a_theme_are_those_on_it(
    assistant: Assistant, question: str, shown: str, left_out: str
) -> None:
    text = assistant.answer(question).text
    assert shown in text and left_out not in text
