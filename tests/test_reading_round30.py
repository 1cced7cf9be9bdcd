"""Reading real chat, round 30: a theme word said without its last "n" ("veur lasse"), an
offer asked of a place ("is er ook iets met 5g in het noorden", "is er iets in Limburg"),
every part of a message with several questions answered in the order asked ("which hub for
Eindhoven and what's its website"), and the later question about a place of its own not
given the first one's subject."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.reply import render_plain


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("zijn er fieldlabs veur lasse", "fieldlabs.theme.metaal"),
        ("is er een fieldlab voor lasse", "fieldlabs.theme.metaal"),
        ("welke fieldlabs doen iets met sensore", "fieldlabs.theme.iot"),
    ],
)
def test_a_theme_word_without_its_last_n_is_the_theme(
    assistant: Assistant, message: str, listed: str
) -> None:
    assert assistant.answer(message).answered() == (listed,)


def test_a_name_that_is_a_theme_word_without_n_stays_a_name_outside_a_theme_question(
    assistant: Assistant,
) -> None:
    # "lasse" is only read as "lassen" where a Fieldlab on a theme is asked for.
    assert assistant.answer("wie is lasse").kind != "list"


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("is er ook iets met 5g in het noorden", "fieldlabs.theme.5g"),
        ("is er ook wat met robots in gelderland", "fieldlabs.province.gelderland"),
        ("is er iets in het noorden", "fieldlabs.place.noord-nederland"),
    ],
)
def test_an_offer_asked_of_a_place_lists_the_fieldlabs_there(
    assistant: Assistant, message: str, listed: str
) -> None:
    assert assistant.answer(message).answered() == (listed,)


def test_an_offer_asked_of_a_place_without_a_fieldlab_points_to_its_hub(
    assistant: Assistant,
) -> None:
    text = render_plain(assistant.answer("is er iets in limburg"))
    assert "Limburg" in text and "Hub Zuid" in text


def test_something_else_to_do_in_a_place_is_no_offer(assistant: Assistant) -> None:
    assert assistant.answer("is er iets leuks te doen in limburg").kind == "out_of_scope"


def test_a_later_question_about_its_own_place_keeps_its_own_answer(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Hi, ik wil weten hoeveel bedrijven SMITZH bereikte, wie BOOST leidt, "
        "en is er iets in Limburg. Bedankt!"
    )
    text = render_plain(reply)
    assert "2350" in text and "Burghard" in text
    assert "Limburg" in text and "Hub Zuid" in text
    # the SMITZH card is not given a second time for the question about Limburg
    assert text.count("SMITZH bereikte") == 1


def test_its_website_after_a_route_is_the_website_of_the_hub_it_names(
    assistant: Assistant,
) -> None:
    text = render_plain(
        assistant.answer(
            "hey quick: which hub for Eindhoven and whats its website, "
            "also how many fieldlabs are there now"
        )
    )
    route = text.index("Eindhoven")
    website = text.index("website of Smart Industry Hub Zuid is not in my sources")
    count = text.index("47")
    assert route < website < count


# -- smalltalk: thanks with a word on the answer ---------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Very useful, thank you",
        "Thank you, very precise answer.",
        "dank, je bent sneller dan de persvoorlichter 👍",
        "thanks for the quick answer",
        "thanks a lot, you're great",
        "Merci, dat was een goed antwoord",
    ],
)
def test_thanks_with_praise_take_in_both_and_say_you_are_welcome(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert set(reply.answered()) == {"smalltalk.thanks", "smalltalk.feedback"}
    assert reply.entry == "smalltalk.thanks"  # no "if an answer was wrong" after praise


@pytest.mark.parametrize(
    "message",
    ["bedankt, maar het klopte niet", "thanks, but that answer was too long"],
)
def test_thanks_with_a_complaint_get_the_reply_to_feedback(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert set(reply.answered()) == {"smalltalk.thanks", "smalltalk.feedback"}
    assert reply.entry == "smalltalk.feedback"


@pytest.mark.parametrize(
    "message",
    [
        "je antwoord over de hubs gister klopte niet echt trouwens 🤨",
        "Your answer yesterday was too long. I prefer short.",
        "het klopte niet",
    ],
)
def test_a_word_on_an_earlier_answer_is_feedback(assistant: Assistant, message: str) -> None:
    assert assistant.answer(message).answered() == ("smalltalk.feedback",)


@pytest.mark.parametrize(
    "message",
    ["bedankt, en hoeveel banen?", "klopt het antwoord dat er 47 fieldlabs zijn?"],
)
def test_a_question_after_thanks_or_about_a_figure_is_still_answered(
    assistant: Assistant, message: str
) -> None:
    assert not any(e.startswith("smalltalk.f") for e in assistant.answer(message).answered())


# -- "still": whether something is still there --------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Does the Smart Industry programme still exist today?",
        "Bestaat het Smart Industry programma vandaag nog?",
        "Is the Smart Industry program still exist, or there is something new now?",
        "bestaan die hubs nog steeds",
    ],
)
def test_whether_the_programme_still_exists_is_its_successor(
    assistant: Assistant, message: str
) -> None:
    assert assistant.answer(message).answered() == ("programme.successor",)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("hoeveel fieldlabs zijn er nog actief", "results.fieldlab-count"),
        ("is de regeling nog open", "programme.subsidy"),
        ("wat is smart industry", "programme.what"),
    ],
)
def test_still_without_existing_asks_what_it_asked(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


# -- a link asked for ---------------------------------------------------------------------

_TNO_URL = "https://smartindustry.nl/2019/03/18/18-maart-2019-240-miljoen"


@pytest.mark.parametrize(
    "message",
    [
        "Kunt u mij de link naar de TNO-publicatie geven?",
        "hoeveel banen leverden de fieldlabs op? graag met link naar de bron",
    ],
)
def test_a_question_asking_for_a_link_gets_the_full_address(
    assistant: Assistant, message: str
) -> None:
    assert _TNO_URL in render_plain(assistant.answer(message))


def test_a_question_without_link_keeps_the_short_source_line(assistant: Assistant) -> None:
    text = render_plain(assistant.answer("Wat staat er in de Fieldlab publicatie van TNO?"))
    assert _TNO_URL not in text


def test_a_website_asked_as_a_link_is_the_website_once(assistant: Assistant) -> None:
    text = render_plain(assistant.answer("wat is de link van de website van BOOST"))
    assert text.count("https://boostsmartindustry.nl") == 1


def test_the_link_asked_after_an_answer_is_its_sources_addresses(assistant: Assistant) -> None:
    _, context = assistant.converse("hoeveel banen leverden de fieldlabs op?", None)
    reply, _ = assistant.converse("kun je de link sturen?", context)
    assert _TNO_URL in reply.text


# -- why figures differ -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry", "figures"),
    [
        ("Waarom verschillen de investeringscijfers?", "results.investments", ("165", "367")),
        ("why do the investment figures differ?", "results.investments", ("240", "314")),
        (
            "In verschillende artikelen zie ik 35, 36 en 45 fieldlabs staan. "
            "Welk getal hoort bij welke datum?",
            "results.fieldlab-count",
            ("35", "36", "45"),
        ),
        (
            "One piece says the Fieldlabs involved 600 companies, another says 550. "
            "Which one is right?",
            "results.companies",
            ("600", "550"),
        ),
    ],
)
def test_why_figures_differ_sets_the_dated_figures_side_by_side(
    assistant: Assistant, message: str, entry: str, figures: tuple[str, ...]
) -> None:
    reply = assistant.answer(message)
    assert reply.answered() == (entry,)
    assert "verschillende bronnen" in reply.text or "different sources" in reply.text
    assert all(f in reply.text for f in figures)


def test_why_those_figures_differ_after_an_answer_is_of_that_answer(
    assistant: Assistant,
) -> None:
    _, context = assistant.converse("hoeveel is er geïnvesteerd in de fieldlabs?", None)
    reply, _ = assistant.converse("Waarom verschillen die cijfers?", context)
    assert reply.entry == "results.investments"
    assert "165" in reply.text and "314" in reply.text and "367" in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "Right. So why do the two numbers differ, methodologically?",
        "wat is het verschil tussen een hub en een fieldlab",
        "waarom zijn er hubs",
    ],
)
def test_how_a_source_counted_or_another_difference_is_no_list_of_figures(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert "verschillende bronnen" not in reply.text and "different sources" not in reply.text


# -- what a question after "maar" or a told sentence points at -----------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Hee! Ik hoor steeds 'fieldlab' maar wat is dat nou precies? 🤔", "fieldlabs.what"),
        ("ik las iets over RoboHouse maar wat is dat", "fieldlab.robohouse"),
        ("I keep hearing about smart industry hubs but what are they exactly?", "hubs.what"),
        ("wss een domme vraag maar wat is smart industry eig", "programme.what"),
    ],
)
def test_a_question_after_but_points_at_what_the_words_before_ended_on(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        (
            "Beste, ik woon in Boxtel en wil eens een Fieldlab bezoeken. Welke zijn er in "
            "Brabant? Met vriendelijke groet",
            "fieldlabs.province.noord-brabant",
        ),
        ("I want to visit a fieldlab. Which are there in Delft?", "fieldlabs.place.delft"),
    ],
)
def test_which_without_a_noun_asks_which_of_what_the_sentence_before_named(
    assistant: Assistant, message: str, listed: str
) -> None:
    assert listed in assistant.answer(message).answered()


# -- a Fieldlab's theme as a field --------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("What's the theme of SAM|XL?", "large, flexible structures"),
        ("waar richt RoboHouse zich op?", "cognitieve robotica"),
        ("welke thema's heeft het Innovatiecluster Drachten?", "3D-metaalprinten"),
    ],
)
def test_the_theme_of_a_fieldlab_is_what_its_description_says_it_works_on(
    assistant: Assistant, message: str, said: str
) -> None:
    reply = assistant.answer(message)
    assert said in reply.text
    assert "\nPlaats:" not in reply.text and "\nLocation:" not in reply.text  # not the card


def test_a_fieldlab_whose_theme_is_unknown_keeps_its_card(assistant: Assistant) -> None:
    reply = assistant.answer("wat is het thema van Do IoT?")
    assert "staat niet in de bronnen" in reply.text


# -- smalltalk in more words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("thank youuu", "smalltalk.thanks"),
        ("thank youuuu so muchhh", "smalltalk.thanks"),
        ("waar ben je goed in", "smalltalk.help"),
        ("wat kun je goed?", "smalltalk.help"),
        ("what are you actually good at?", "smalltalk.help"),
    ],
)
def test_smalltalk_said_with_held_letters_or_as_what_the_bot_is_good_at(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)


def test_a_question_with_a_held_letter_is_the_question(assistant: Assistant) -> None:
    assert assistant.answer("hoeveeeel fieldlabs zijn er").answered() == (
        "results.fieldlab-count",
    )


def test_what_a_hub_is_good_at_is_about_the_hub(assistant: Assistant) -> None:
    assert assistant.answer("waar is de hub goed in").kind != "smalltalk"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Hoi! Hoeveel fieldlabs zijn er? Alvast bedankt 🙏", "results.fieldlab-count"),
        ("Dag, wie leidt SMITZH? Bedankt alvast en een fijne dag", "hub.zuid-holland"),
        ("Super, dank je. Nog een vraag: wat is RoboHouse?", "fieldlab.robohouse"),
        ("Hey! Sorry to bother you, but which fieldlabs work on robotics? Cheers",
         "fieldlabs.theme.robotica"),
    ],
)  # fmt: skip
def test_greetings_and_thanks_around_a_question_still_answer_it(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert entry in assistant.answer(message).answered()


@pytest.mark.parametrize(
    ("message", "shown", "not_shown"),
    [
        ("is er een fieldlab voor drie d printen in het noorden", "Drachten", "Haarlem"),
        ("Moi! Is der ok wat veur 3d printe in t noorden?", "Drachten", "Haarlem"),
        ("robotica fieldlabs in het oosten", "Harderwijk", "Eindhoven"),
    ],
)
def test_a_theme_asked_in_a_hub_region_lists_that_regions_fieldlabs_on_it(
    assistant: Assistant, message: str, shown: str, not_shown: str
) -> None:
    text = render_plain(assistant.answer(message))
    assert shown in text and not_shown not in text


def test_how_a_difference_between_quoted_figures_comes_about_sets_them_side_by_side(
    assistant: Assistant,
) -> None:
    reply = assistant.answer(
        "Dialogic spreekt van zo'n 550 bedrijven, TNO van 680. Hoe zit dat verschil?"
    )
    assert reply.answered() == ("results.companies",)
    assert "550" in reply.text and "680" in reply.text


def test_the_askers_own_language_told_after_an_answer_is_about_language(
    assistant: Assistant,
) -> None:
    _, context = assistant.converse("hoeveel fieldlabs zijn er?", None)
    told, _ = assistant.converse("sorry my english is not perfect, you understand me?", context)
    assert told.answered() == ("smalltalk.language",)
    again, _ = assistant.converse("can you say that in English please?", context)
    assert again.answered() == ("results.fieldlab-count",) and again.language == "en"


def test_is_the_subsidy_still_there_asks_the_subsidy(assistant: Assistant) -> None:
    # "nog open" and "bestaat nog" ask the same of the scheme
    assert assistant.answer("bestaat de fieldlab subsidie nog").answered() == (
        "programme.subsidy",
    )
