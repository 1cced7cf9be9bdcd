"""Whether a message asks why figures differ: "waarom verschillen die cijfers?", "why do
the investment figures differ?", "hoe kan het dat de bronnen andere getallen noemen?",
"which one is right?" after several figures. The sources give a figure for several dates
and count differently; the reply sets the dated figures side by side (bot/assistant.py)."""

from __future__ import annotations

import re

from bot.text import fold, tokens

# "verschillen", "verschil", "differ", "different", "not the same", "tegenstrijdig",
# "conflict", "klopt niet met elkaar": the figures or sources are not alike.
_DIFFER = re.compile(
    r"\b(?:verschillen|verschilt|verschil|verschillend|verschillende|anders|andere|"
    r"tegenstrijdig|tegenstrijdige|spreken elkaar tegen|niet hetzelfde|niet gelijk|"
    r"differ|differs|difference|different|discrepancy|discrepancies|inconsistent|"
    r"conflict|conflicting|contradict|contradictory|not the same|dont match|do not match|"
    r"dont add up|do not add up)\b"
)
# What differs: figures, numbers, sources, counts, amounts (a compound such as
# "investeringscijfers" too).
_FIGURE_WORDS = re.compile(
    r"(?:cijfers?|getallen|getal|bedragen|aantallen|tellingen|bronnen|figures?|numbers?|"
    r"amounts?|counts?|sources|totals|estimates|schattingen)\b"
)
# A reason asked, or which of them is right.
_WHY = re.compile(
    r"^(?:en |and |maar |but |so )?(?:waarom|why|hoe kan het|hoe komt het|how come|"
    r"wat is de reden|what is the reason|whats the reason|hoe zit (?:het|dat)|how is it|"
    r"hoe verklaar je|how do you explain|how to explain)\b|"
    r"\b(?:welke klopt|welk klopt|welke is juist|which (?:one )?is (?:right|correct)|"
    r"which (?:one|figure|number) (?:should i|do i) (?:use|believe))\b"
)
# "Welk getal hoort bij welke datum?", "which figure goes with which source?"
_WHICH_FOR_WHICH = re.compile(
    r"\b(?:welk|welke|which) (?:getal|getallen|cijfer|cijfers|bedrag|aantal|figure|figures|"
    r"number|numbers|amount) (?:\w+ ){0,3}(?:welke|which) (?:datum|date|jaar|year|bron|source|"
    r"periode|period|moment)\b"
)


_OPENER = re.compile(r"\b(?:waarom|why|hoe zit (?:het|dat)|hoe kan het|hoe komt het|how come)\b")
# How each source counted is not in the sources: "methodologically", "welke methode".
_METHOD = re.compile(r"\b(?:method\w*|methodolog\w*|methode\w*|methodisch\w*|rekenmethode)\b")


def asks_why_figures_differ(text: str, figures_known: bool = False) -> bool:
    """Whether `text` asks why figures or sources differ, or which of several is right;
    not a question about how each was counted, which the sources do not say. With
    `figures_known` (the asker quoted them, or the last answer gave them) "hoe zit dat
    verschil?" need not say that it is of figures."""
    said = " ".join(tokens(fold(text)))
    if _METHOD.search(said):
        return False
    # "Dialogic spreekt van 550 bedrijven, TNO van 680. Hoe zit dat verschil?" read as one
    # clause: the question is where its why-word starts
    opener = _OPENER.search(said)
    if opener is not None and opener.start() > 0:
        said = said[opener.start() :]
    if _WHICH_FOR_WHICH.search(said):
        return True
    if not _WHY.search(said):
        return False
    if re.search(r"\b(?:welke klopt|welk klopt|welke is juist|which (?:one )?is)", said):
        return bool(_FIGURE_WORDS.search(said)) or len(said.split()) <= 5
    return bool(_DIFFER.search(said) and (figures_known or _FIGURE_WORDS.search(said)))


def subject_without_differing(text: str) -> str:
    """What the figures are of, without the why-and-differ frame: "waarom verschillen de
    investeringscijfers" -> "investeringscijfers"; the matcher finds their entry."""
    words = tokens(fold(text))
    frame = set(
        "waarom why hoe kan het komt how come wat is de reden what whats the reason zit is it "
        "verschillen verschilt verschil verschillend verschillende anders andere differ differs "
        "difference different tussen between die those these deze de het the en and maar but so "
        "do does are zijn elkaar tegen tegenstrijdig conflicting so much zo veel welk welke which "
        "one is right klopt juist hoort bij goes with belongs to datum date".split()
    )
    return " ".join(w for w in words if w not in frame)
