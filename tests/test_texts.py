"""Every text of bot/texts.py exists in Dutch and English, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from bot.texts import LANGS, TEXTS


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_has_dutch_and_english_with_the_same_placeholders(key: str) -> None:
    variants = TEXTS[key]
    assert set(variants) == set(LANGS)
    assert all(variants[lang].strip() for lang in LANGS)
    assert placeholders(variants["nl"]) == placeholders(variants["en"])
