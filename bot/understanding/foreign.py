"""A message in neither Dutch nor English ("Was ist ein Fieldlab?")."""

from __future__ import annotations

import re

# Words of German, French or Spanish that Dutch and English do not use: two of them, or a
# "what is" of those languages, say the message is in neither of the bot's languages.
_FOREIGN_WORDS = frozenset(
    """
    ist eine einen und nicht gibt welche können ich sind mein meine für bitte
    est une quel quelle quels comment pourquoi suis vous avec dans c'est
    qué cuántos cuántas dónde cómo es una hay para por pero
    """.split()
)

# "Was ist ein Fieldlab?", "Qu'est-ce qu'un fieldlab ?", "¿Qué es un fieldlab?": what is a …
_FOREIGN_WHAT = re.compile(
    r"^(?:was (?:ist|sind)(?: (?:ein|eine|der|die|das))?|qu'est[- ]ce (?:que |qu')(?:un |une "
    r"|le |la |les )?|¿?qu[ée] (?:es|son)(?: (?:un|una|el|la|los|las))?) ?(?P<rest>[^?¿]+)\??$",
    re.IGNORECASE,
)


def _foreign(text: str) -> tuple[str, bool]:
    """(the message, as a Dutch question where one is clear; whether it is foreign)."""
    said = text.strip()
    what = _FOREIGN_WHAT.match(said)
    if what is not None and what.group("rest").strip():
        return f"wat is een {what.group('rest').strip()}?", True
    words = [w.strip("¿?¡!.,").lower() for w in said.split()]
    return text, len(_FOREIGN_WORDS & set(words)) >= 2
