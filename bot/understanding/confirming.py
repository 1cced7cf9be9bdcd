"""A message that asks to confirm a claim, and which part of it is the statement: "klopt het
dat …", "… toch?", "is it true …", "…, right?", a yes/no question that states a fact
("Was the event in Rotterdam?"), "ik las …", "I heard …".

Both checkers of a claim read it here: a figure (`bot/premises.py`) and a value
(`bot/claims.py`); the matcher sees the statement without its frame (`cleaning.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import fold, tokens

# "klopt het dat …", "… toch?", "is it true …", "… right?": the asker checks a claim.
_CONFIRM = re.compile(
    r"\b(?:klopt|toch|is het waar|is het zo|echt waar|is it true|true that|is that true|"
    r"is this true|is that correct|is this correct|is it correct|right\s*\?|correct\s*\?|"
    r"true\s*\?|"
    r"isn'?t it|aren'?t there|am i right|"
    # "That seems high.", "Lijkt me veel.": doubt about a figure told asks to check it
    r"(?:seems|sounds|looks|lijkt|klinkt)(?: me| mij| to me)?(?: als| like)?"
    r"(?: \w+)? (?:high|low|a lot|veel|weinig|hoog|laag|overdreven|exaggerated)\b)"
)
# The verbs that state a fact of the present or past, before "toch".
_STATING = r"is|was|zijn|waren"
# "… toch?" checks a claim only at the end of a clause or right after "er zijn": "ik wil
# toch weten wat fieldlab 3 doet" and "ik heb toch 2 vragen" check nothing.
_TOCH = re.compile(rf"\btoch\s*(?:[?,.!]|$)|\b(?:er|het|dat)\s+(?:{_STATING})\s+toch\b")
# "Mona Keijzer was toch minister …", "Sol zei toch dat …": in a clause, "toch" right after
# a verb that states or reports a fact asks to confirm the statement.
_TOCH_AFTER_VERB = re.compile(
    rf"\b(?:{_STATING}|werd|werden|zei|zegt|zeiden|schreef|kreeg)\s+toch\b"
)
# A yes/no question opens on its finite verb: "Was the event in Rotterdam?", "Zit SPARK in
# Eindhoven?", "Werden de Hubs in 2016 aangekondigd?". Only verbs that state a fact of the
# past or present, not "kan", "mag", "moet" (a request or a wish, not a claim).
_YES_NO = re.compile(
    r"^(?:is|was|are|were|did|does|do|has|have|had|zijn|waren|werd|werden|wordt|heeft|"
    r"hebben|had|hadden|zit|zat|zitten|zaten|ligt|lag|kreeg|kregen|staat|stond|leidt|"
    r"leidde|komt|kwam|ging|gaat|doet|deed|bestaat|bestond)\b"
    # "zijn er fieldlabs in Utrecht?", "is there one in 2026?": asks whether there is one,
    # it claims no value
    r"(?!\s+(?:er|there)\b)"
)
# A question word asks for the fact itself, whatever the asker guesses next to it ("waar"
# only first: "is het waar dat …" claims).
_ASKS = frozenset(
    """
    wat welk welke wie wanneer hoe hoeveel waarom what which who whom when where how why
    """.split()
)
# A statement with a tag that asks to confirm it: "…, right?", "…, toch?", "True?" ("klopt
# dat?" is a claim wherever it stands: `_CONFIRM`).
_TAG = re.compile(r"(?:^|[\s,])(?:right|true|correct|toch|juist|waar)\s*\??\s*$")
# "ik las dat …", "I heard …", "someone told me …": told as heard, asked to be checked.
_HEARD = re.compile(
    r"^(?:ik (?:las|hoorde|lees|hoor|meen|dacht)|i (?:read|heard|think|thought)|"
    r"(?:someone|somebody|iemand|people|mensen|they|ze) (?:told|said|says|zei|zegt|zeggen))\b"
)


# "Was it minister Kamp who …?", "Was het Kamp die …?": a cleft sentence claims who did it.
_CLEFT = re.compile(r"^(?:was|is|were) (?:it|het) (?:\w+ ){1,4}(?:who|that|die|dat)\b")


@lru_cache(maxsize=1024)  # pure; an answer asks it of the same message twice
def checks_a_claim(message: str) -> bool:
    """Whether the message says in words that it asks to confirm something, whatever else
    it asks ("klopt het dat Smart Industry in 2010 is gestart?", "the hubs started in 2016,
    right?", "hoeveel fieldlabs zijn er, klopt dat 47?")."""
    folded = fold(message)
    return bool(_CONFIRM.search(re.sub(r"\btoch\b", "", folded)) or _TOCH.search(folded))


def is_claim(said: str) -> bool:
    """Whether a clause states a fact to confirm and asks no question word: "klopt het
    dat …", a yes/no question that states a fact ("Was the 2019 event held in
    Rotterdam?"), a statement with a tag ("…, right?", "… toch?") or told as heard ("I
    heard …. Is that true?")."""
    folded = " ".join(tokens(said))
    if _CLEFT.match(folded):
        return True  # "was it minister Kamp who opened it?": "who" points back, it asks none
    if _ASKS & set(folded.split()) or folded.startswith("waar "):
        return False  # "welk doel had het voor 2021, iets met europa toch?" asks the fact
    return bool(
        checks_a_claim(said)
        or _YES_NO.match(folded)
        or _TAG.search(folded)
        or _HEARD.match(folded)
        or _TOCH_AFTER_VERB.search(folded)
    )


# "Sol zei toch dat …", "Keijzer said that …": what a person said is the claim, not who
# they are.
_SAYING = frozenset(
    """
    zei zegt zeiden zeggen schreef schrijft vertelde beweerde beweert noemde noemt said says
    told tells wrote writes claimed claims mentioned
    """.split()
)


def reports_saying(said: str) -> bool:
    """Whether the claim is what someone said ("Egbert-Jan Sol zei toch dat …")."""
    return bool(_SAYING & set(tokens(said)))


# "Klopt het dat er 430 banen zijn?", "240 million, is that still correct?": a claim to check.
# The frame asks for the fact itself; its words would only dilute the claim.
_CLAIM_HEAD = re.compile(
    r"^(?:klopt het (?:nou |echt |wel |eigenlijk )*(?:dat )?|is het (?:waar|juist|correct) dat |"
    r"(?:is it|it is) (?:really )?(?:true|correct|right)(?: that)? |am i right that |"
    r"(?:(?:my|a|mijn|een|onze|our) (?:\w+ )?(?:colleague|collega|friend|vriend|boss|baas|"
    r"manager|contact|accountant|boekhouder|partner|neighbour|buurman)s? |someone |somebody |"
    r"iemand |people |they |men |ze )(?:keeps? saying|kept saying|says|said|told me|tells me|"
    r"claims?|zegt|zei|zeggen|beweert|beweerde|vertelde(?: me| mij)?|blijft zeggen)"
    r"(?: dat| that)? |"
    r"(?:so )?i (?:read|heard) (?:somewhere )?(?:that )?(?:it was )?|"
    r"ik (?:las|hoorde) (?:ergens |laatst )?(?:dat )?)"
)

_CLAIM_TAIL = re.compile(
    r"\s+(?:(?:klopt (?:dat|dit|het)(?: nog| wel| nou| eigenlijk| echt)*(?: een beetje)?)|"
    r"(?:(?:of|or) )?is (?:dat|dit|that|this|it) (?:nog |still |wel |really )?"
    r"(?:correct|right|true|accurate|juist|waar|klopt|overdreven|achterhaald|verouderd|"
    r"outdated|exaggerated)(?: (?:or|of) (?:outdated|exaggerated|not|niet|achterhaald|"
    r"verouderd))?|(?:of|or) (?:niet|not)|sounds like a lot|klinkt als veel)$"
)


def without_claim_frame(text: str) -> str:
    """'klopt het dat er 430 banen zijn' -> 'er 430 banen zijn'; the text itself when
    nothing is left but the frame."""
    stripped = _CLAIM_TAIL.sub("", _CLAIM_HEAD.sub("", text)).strip()
    return stripped if len(stripped.split()) >= 2 else text


# What the asker adds at the end to ask for confirmation, not what is claimed.
_ASKED_TAG = re.compile(
    r"\s*(?:(?:can|could) (?:that|this|it) be (?:right|true|correct)|"
    r"(?:is|was) (?:that|this|it) (?:right|true|correct|so)|klopt (?:dat|dit|het)(?: getal)?|"
    r"right|true|correct|toch|of niet|or not|klopt|isnt it|niet)\s*$"
)


def without_claim_tag(words: str) -> str:
    """A claim's folded words without the tag that asks to confirm it ("boost zit in
    enschede right" -> "boost zit in enschede")."""
    return _ASKED_TAG.sub("", words)
