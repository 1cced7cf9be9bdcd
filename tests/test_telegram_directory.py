"""Browsing the directory with buttons: /fieldlabs by province or theme, /hubs, cards, back
buttons and pages, every screen edited into the same message, on the loopback Bot API.

One bot process serves the module; the knowledge is the test knowledge plus nine Fieldlabs in
Utrecht (to need a second page) and a Hub whose provinces the sources do not confirm.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import yaml
from support.botapi import Sent
from support.process import BotHarness, Users, running_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

users = Users(6_660_001)
new_user = users.new
UTRECHT = [
    "Alfa Werkplaats", "Bravo Atelier", "Charlie Proeffabriek", "Delta Smeedhuis",
    "Echo Lasstraat", "Foxtrot Montagehal", "Golf Printlab", "Hotel Sensorhuis", "India Koelcel",
]  # fmt: skip


def more_knowledge() -> dict[str, Any]:
    labs = [
        {
            "id": f"fieldlab.utrecht-{n}",
            "name": name,
            "place": "Utrecht",
            "province": "Utrecht",
            "themes": ["metaal"],
            "summary": {"nl": f"Proeftuin {name}.", "en": f"Testbed {name}."},
            "source": "utrecht.nl",
        }
        for n, name in enumerate(UTRECHT)
    ]
    hub = {
        "id": "hub.zuid",
        "name": "Smart Industry Hub Zuid",
        "region": "Zuid-Nederland",
        "provinces_unconfirmed": ["Noord-Brabant", "Limburg"],
        "lead": ["BOM"],
        "summary": {"nl": "De Hub voor het zuiden.", "en": "The Hub for the south."},
        "source": "bom.nl",
    }
    return {"fieldlabs": labs, "hubs": [hub]}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def tg(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotHarness]:
    root: Path = tmp_path_factory.mktemp("directory")
    more = yaml.safe_dump(more_knowledge(), allow_unicode=True, sort_keys=False)
    async with running_bot(root, extra_knowledge={"more.yaml": more}, clean_exit=False) as harness:
        yield harness


class Browser:
    """One user browsing one message: taps edit it in place, nothing new is sent."""

    def __init__(self, tg: BotHarness, message: Sent, person: dict[str, Any]) -> None:
        self.tg = tg
        self.message = message
        self.person = person
        self.screen = message

    async def tap(self, label: str) -> Sent:
        api = self.tg.api
        since = len(api.calls)
        data = self.screen.button(label)["callback_data"]
        assert len(data.encode()) <= 64
        answer = await api.tap(self.message, data, user=self.person)
        assert "text" not in answer, answer  # no notice: the screen changed
        await api.wait_until(lambda: api.calls_to("editMessageText", since))
        assert api.sent(self.message.chat_id, since) == []  # edited, not sent anew
        self.screen = api.current(self.message)
        return self.screen


async def browse(tg: BotHarness, command: str, lang: str = "nl") -> Browser:
    person = new_user(lang)
    (message,) = await tg.api.ask(command, user=person)
    return Browser(tg, message, person)


def bold(sent: Sent) -> list[str]:
    encoded = sent.text.encode("utf-16-le")
    return [
        encoded[e["offset"] * 2 : (e["offset"] + e["length"]) * 2].decode("utf-16-le")
        for e in sent.entities
        if e["type"] == "bold"
    ]


def last_line(sent: Sent) -> str:
    return sent.text.rstrip().splitlines()[-1]


# -- /fieldlabs ---------------------------------------------------------------------------


async def test_fieldlabs_offers_browsing_by_province_or_by_theme(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    assert browser.screen.text == "Er staan 19 Fieldlabs in mijn kennis. Hoe wilt u zoeken?"
    labels = [b["text"] for b in browser.screen.buttons]
    assert labels == ["📍 Per provincie", "🛠 Per thema", "🏛 Regionale Hubs"]


async def test_province_list_card_hub_and_back_again_in_one_message(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    provinces = await browser.tap("Per provincie")
    labels = [b["text"] for b in provinces.buttons]
    assert "Zuid-Holland (3)" in labels and "Utrecht (9)" in labels
    assert labels[-2:] == ["Landelijk of zonder provincie (1)", "↩ Terug"]

    listing = await browser.tap("Zuid-Holland (3)")
    assert listing.text.startswith("Fieldlabs in Zuid-Holland (3)\n")
    assert "• RoboHouse – Delft" in listing.text and "• SAM|XL – Delft" in listing.text

    card = await browser.tap("RoboHouse")
    assert card.text.splitlines()[:4] == [
        "RoboHouse",
        "",
        "Plaats: Delft (Zuid-Holland)",
        "Thema's: robotica",
    ]
    assert bold(card)[0] == "RoboHouse"
    assert "Fieldlab voor robotica in Delft." in card.text
    assert "Regionale Hub: SMITZH" in card.text
    assert last_line(card) == "Bron: robohouse.nl"
    assert card.entities[-1]["type"] == "italic"

    hub = await browser.tap("📍 Hub: SMITZH")
    assert hub.text.startswith("SMITZH\n\nRegio: Zuid-Holland\nProvincies: Zuid-Holland\n")
    assert "Website: https://smitzh.nl" in hub.text
    assert last_line(hub) == "Bron: tno.nl"

    again = await browser.tap("↩ Terug")
    assert again.text == card.text  # back to the RoboHouse card
    back_to_list = await browser.tap("↩ Terug")
    assert back_to_list.text == listing.text
    back_to_provinces = await browser.tap("↩ Terug")
    assert back_to_provinces.text == provinces.text
    menu = await browser.tap("↩ Terug")
    assert menu.text.startswith("Er staan 19 Fieldlabs")


async def test_a_long_list_has_pages_with_previous_and_next(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    await browser.tap("Per provincie")
    page1 = await browser.tap("Utrecht (9)")
    assert "Pagina 1 van 2" in page1.text
    assert sum(line.startswith("• ") for line in page1.text.splitlines()) == 8
    assert [b["text"] for b in page1.buttons][-2:] == ["Volgende ▶", "↩ Terug"]
    page2 = await browser.tap("Volgende ▶")
    assert "Pagina 2 van 2" in page2.text and "• India Koelcel – Utrecht" in page2.text
    card = await browser.tap("India Koelcel")
    assert "Plaats: Utrecht" in card.text
    assert not any("Hub:" in b["text"] for b in card.buttons)  # the record names no Hub
    back = await browser.tap("↩ Terug")
    assert back.text == page2.text  # back to the page it was opened from
    first = await browser.tap("◀ Vorige")
    assert first.text == page1.text


async def test_browsing_by_theme_in_english(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs", lang="en")
    assert browser.screen.text.startswith("There are 19 Fieldlabs in my knowledge.")
    themes = await browser.tap("By theme")
    labels = [b["text"] for b in themes.buttons]
    assert "robotics (1)" in labels and "metalworking (9)" in labels
    assert "No theme (6)" in labels
    listing = await browser.tap("robotics (1)")
    assert listing.text.startswith("Fieldlabs: robotics (1)\n• RoboHouse – Delft")
    card = await browser.tap("RoboHouse")
    assert "Location: Delft (Zuid-Holland)\nThemes: robotics" in card.text
    assert last_line(card) == "Source: robohouse.nl"
    back = await browser.tap("Back")
    assert back.text == listing.text


async def test_knowledge_with_ampersands_and_angle_brackets_is_escaped(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    await browser.tap("Per thema")
    listing = await browser.tap("bouw (1)")
    assert "• BouwLab R&Do – Haarlem" in listing.text
    card = await browser.tap("BouwLab")
    assert "Fieldlab voor de bouw <R&D>." in card.text
    html = tg.api.calls_to("editMessageText")[-1].params["text"]
    assert "BouwLab R&amp;Do" in html and "&lt;R&amp;D&gt;" in html


async def test_tapping_the_same_button_twice_changes_nothing(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    provinces = await browser.tap("Per provincie")
    since = len(tg.api.calls)
    data = browser.message.buttons[0]["callback_data"]  # the stale "Per provincie" button
    answer = await tg.api.tap(browser.message, data, user=browser.person)
    assert "text" not in answer
    await tg.api.settle()
    assert tg.api.current(browser.message).text == provinces.text
    assert tg.api.sent(browser.message.chat_id, since) == []
    assert "Traceback" not in tg.bot.log


# -- /hubs --------------------------------------------------------------------------------


async def test_hubs_are_buttons_and_the_unnamed_hub_is_honest(tg: BotHarness) -> None:
    browser = await browse(tg, "/hubs")
    text = browser.screen.text
    assert text.startswith("Regionale Smart Industry Hubs (5). Tik op een Hub voor meer.")
    assert "• BOOST – Oost-Nederland: Gelderland, Overijssel" in text
    zuid = "• Smart Industry Hub Zuid – Zuid-Nederland: Noord-Brabant, Limburg (niet bevestigd)"
    assert zuid in text
    assert (
        "• Vijfde Hub (naam onbekend) – naam en regio staan niet in onze bronnen; "
        "zie smartindustry.nl" in text
    )
    assert [b["text"] for b in browser.screen.buttons] == [
        "BOOST",
        "Smart Industry Hub Noord",
        "Smart Industry Hub Zuid",
        "SMITZH",
        "Vijfde Hub (naam onbekend)",
    ]
    unnamed = await browser.tap("Vijfde Hub")
    assert unnamed.text.startswith("Vijfde Smart Industry Hub (naam onbekend)\n")
    assert "https://smartindustry.nl" in unnamed.text
    assert [b["text"] for b in unnamed.buttons] == ["↩ Terug"]  # no Fieldlabs to list


async def test_hub_card_lists_its_fieldlabs_and_each_leads_back(tg: BotHarness) -> None:
    browser = await browse(tg, "/hubs")
    hubs = browser.screen
    card = await browser.tap("BOOST")
    assert "Regio: Oost-Nederland\nProvincies: Gelderland, Overijssel" in card.text
    assert "Website: https://boostsmartindustry.nl" in card.text
    assert last_line(card) == "Bron: boostsmartindustry.nl, 5 juli 2022"
    labs = await browser.tap("Fieldlabs van deze Hub (1)")
    assert labs.text.startswith(
        "Fieldlabs van BOOST (1)\n• Fieldlab Industrial Robotics – Harderwijk"
    )
    lab = await browser.tap("Fieldlab Industrial Robotics")
    assert "Regionale Hub: BOOST" in lab.text
    assert (await browser.tap("↩ Terug")).text == labs.text
    assert (await browser.tap("↩ Terug")).text == card.text
    assert (await browser.tap("↩ Terug")).text == hubs.text


async def test_unconfirmed_provinces_and_the_lead_are_on_the_hub_card(tg: BotHarness) -> None:
    browser = await browse(tg, "/hubs", lang="en")
    card = await browser.tap("Smart Industry Hub Zuid")
    assert "Region: Zuid-Nederland" in card.text
    assert "Provinces, not confirmed by our sources: Noord-Brabant, Limburg" in card.text
    assert "Led by: BOM" in card.text


async def test_the_menu_leads_to_the_hubs_and_back(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    hubs = await browser.tap("Regionale Hubs")
    assert hubs.text.startswith("Regionale Smart Industry Hubs (5)")
    menu = await browser.tap("↩ Terug")
    assert menu.text.startswith("Er staan 19 Fieldlabs")


# -- button data we did not make, or that a reload made stale ------------------------------


@pytest.mark.parametrize(
    ("data", "notice"),
    [
        ("d:nl:f:fieldlab.nowhere", "niet meer actueel"),
        ("d:nl:p:atlantis:0", "niet meer actueel"),
        ("d:nl:b:#0123456789ab", "niet meer actueel"),
        ("d:nl:h:hub.nowhere:0", "niet meer actueel"),
        ("d:nl:f", "werkt niet"),
        ("d:nl:m:m:m", "werkt niet"),
        ("d:nl:p:utrecht:01", "werkt niet"),
        ("d:nl:f:Fieldlab.RoboHouse", "werkt niet"),
        ("d:xx:m", "werkt niet"),
    ],
)
async def test_forged_browse_data_gets_a_short_notice_and_changes_nothing(
    tg: BotHarness, data: str, notice: str
) -> None:
    browser = await browse(tg, "/fieldlabs")
    since = len(tg.api.calls)
    answer = await tg.api.tap(browser.message, data, user=browser.person)
    assert notice in answer["text"]
    await tg.api.settle()
    assert tg.api.calls_to("editMessageText", since) == []
    assert tg.api.sent(browser.message.chat_id, since) == []


async def test_a_fieldlab_removed_by_a_reload_gets_a_notice(tg: BotHarness) -> None:
    browser = await browse(tg, "/fieldlabs")
    await browser.tap("Per provincie")
    listing = await browser.tap("Utrecht (9)")
    stale = listing.button("Alfa Werkplaats")["callback_data"]
    more = tg.knowledge / "more.yaml"
    original = more.read_text(encoding="utf-8")
    content = more_knowledge()
    content["fieldlabs"] = content["fieldlabs"][1:]
    reloads = tg.bot.log.count("event=reload ok=true")
    try:
        more.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
        for _ in range(100):
            if tg.bot.log.count("event=reload ok=true") > reloads:
                break
            await asyncio.sleep(0.1)
        answer = await tg.api.tap(browser.message, stale, user=browser.person)
        assert "niet meer actueel" in answer["text"]
        fresh = await browse(tg, "/fieldlabs")
        assert fresh.screen.text.startswith("Er staan 18 Fieldlabs")
    finally:
        more.write_text(original, encoding="utf-8")
        for _ in range(100):
            if tg.bot.log.count("event=reload ok=true") > reloads + 1:
                break
            await asyncio.sleep(0.1)
