"""Follow-ups of round 27: since when the record in view runs ("sinds wanneer draait die?"),
"their website" after a person is the website of the Hub they work for, and "which hub were
they under?" after a list of Fieldlabs that share one Hub is that Hub, …"""

from __future__ import annotations

from conftest import talk

from bot.assistant import Assistant


def test_since_when_it_runs_asks_its_start_not_whether_it_still_runs(
    assistant: Assistant,
) -> None:
    for then in ("sinds wanneer draait die?", "since when is it active?"):
        _, since = talk(assistant, "Wat is de Proeftuin Precisielandbouw?", then)
        assert since.answered() == ("fieldlab.precisielandbouw",), then
        assert "2017" in since.text, then
    _, still = talk(assistant, "Wat is de Proeftuin Precisielandbouw?", "draait die nog?")
    assert "2017" not in still.text


def test_their_website_after_a_person_is_the_website_of_their_hub(
    assistant: Assistant,
) -> None:
    _, site = talk(assistant, "Wie is Robin Burghard?", "en hoe kom ik op hun website?")
    assert site.answered() == ("hub.oost",)
    assert "boostsmartindustry.nl" in site.text


def test_which_hub_they_are_under_after_a_list_is_the_hub_they_share(
    assistant: Assistant,
) -> None:
    _, hub, still = talk(
        assistant,
        "fieldlabs in Delft?",
        "And which hub were they under?",
        "Is that hub still going?",
    )
    assert hub.answered() == ("hub.zuid-holland",)
    assert "RoboHouse" in hub.text and "SAM|XL" in hub.text and "SMITZH" in hub.text
    assert still.answered() == ("hub.zuid-holland",)  # the Hub is in view now
    assert "stopped" in still.text
