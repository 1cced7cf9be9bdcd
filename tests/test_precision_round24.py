"""Fewer confident wrong answers (round 24): an opening that only announces a question or
introduces the asker is not itself a question to answer."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Nog een losse vraag: volgens welke bron zijn er sinds de start 47 fieldlabs gestart?",
            "results.fieldlab-count",
        ),
        (
            "Even voorstellen: kunststofbedrijf uit Kerkrade, we leveren aan de bouw. "
            "Zijn er fieldlabs speciaal voor de bouwsector?",
            "fieldlabs.theme.bouw",
        ),
    ],
)
def test_an_opening_that_announces_the_question_is_not_answered_itself(
    assistant: Assistant, message: str, entry: str
) -> None:
    assert assistant.answer(message).answered() == (entry,)
