"""Whether a place falls under a Hub: Ja or Nee with the place's Hub, a route the sources
do not confirm said as such, and a question about a Fieldlab or a list left alone."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


@pytest.mark.parametrize(
    ("message", "said", "hub"),
    [
        ("Valt Enschede onder BOOST?", "Ja.", "hub.oost"),
        ("hoort Zwolle bij SMITZH?", "Nee,", "hub.oost"),
        ("is Groningen onder hub noord?", "Ja.", "hub.noord"),
        ("ik zit in Zwolle. valt dat onder boost?", "Ja.", "hub.oost"),
        ("does Leiden fall under SMITZH?", "Yes.", "hub.zuid-holland"),
    ],
)
def test_a_place_asked_of_a_hub_gets_yes_or_no_and_its_hub(
    assistant: Assistant, message: str, said: str, hub: str
) -> None:
    reply = assistant.answer(message)
    assert reply.text.startswith(said) and reply.answered() == (hub,)


@pytest.mark.parametrize(
    "message",
    [
        "Valt Maastricht onder de BOM?",
        "Wij hebben ook een filiaal in Maastricht. Valt dat onder de BOM?",
    ],
)
def test_a_hub_the_sources_do_not_confirm_for_the_place_is_said_to_be_probable(
    assistant: Assistant, message: str
) -> None:
    reply = assistant.answer(message)
    assert "Maastricht (Limburg)" in reply.text and "Waarschijnlijk" in reply.text
    assert not reply.text.startswith(("Ja", "Nee"))


def test_a_fieldlab_asked_of_a_hub_is_the_fieldlabs_hub(assistant: Assistant) -> None:
    reply = assistant.answer("innovatiecluster drachten, hoort die ook bij hub noord?")
    assert reply.answered() == ("fieldlab.icd",)
