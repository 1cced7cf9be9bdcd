"""Every user-facing text of the core, in Dutch and English."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "fallback": {
        "nl": (
            "Dat weet ik helaas niet zeker. Met uw vraag kunt u altijd terecht bij een "
            "regionale Smart Industry Hub: iedere ondernemer kan daar aankloppen."
        ),
        "en": (
            "I'm afraid I don't know that for sure. You can always take your question to a "
            "regional Smart Industry Hub: every entrepreneur is welcome there."
        ),
    },
    "fallback_own_hub": {
        "nl": (
            "Dat weet ik helaas niet zeker. Voor uw regio kunt u met uw vraag terecht bij "
            "{hub}{website}."
        ),
        "en": (
            "I'm afraid I don't know that for sure. In your region you can take your question "
            "to {hub}{website}."
        ),
    },
    "did_you_mean": {"nl": "Bedoelde u misschien:", "en": "Did you perhaps mean:"},
    "empty": {
        "nl": "Stel gerust een vraag over de Smart Industry Fieldlabs, de Hubs of de resultaten.",
        "en": "Feel free to ask about the Smart Industry Fieldlabs, the Hubs or the results.",
    },
    "too_long": {
        "nl": "Dat is een lange tekst; ik heb alleen het begin gelezen.",
        "en": "That is a long text; I only read the beginning.",
    },
    "source": {"nl": "Bron", "en": "Source"},
    "related": {"nl": "Zie ook:", "en": "See also:"},
    "examples": {
        "nl": (
            "Hoeveel banen hebben de Fieldlabs opgeleverd?\n"
            "Wat is een Smart Industry Hub?\n"
            "Welke fieldlabs zijn er in Delft?"
        ),
        "en": (
            "How many jobs did the Fieldlabs create?\n"
            "What is a Smart Industry Hub?\n"
            "Which Fieldlabs are in Delft?"
        ),
    },
}


def text(key: str, lang: str, **values: Any) -> str:
    """The text `key` in `lang` (Dutch when the language is unknown), formatted with values."""
    variants = TEXTS[key]
    template = variants.get(lang) or variants["nl"]
    return template.format(**values) if values else template


def examples(lang: str) -> list[str]:
    """Three example questions, as offered on /start and in help."""
    return text("examples", lang).splitlines()
