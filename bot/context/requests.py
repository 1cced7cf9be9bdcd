"""Requests about the last answer: another language, shorter, its source, more; and words
that open a new topic."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot import citations, texts
from bot.reply import Link, Reply

if TYPE_CHECKING:
    from bot.context.answerer import Answerer
    from bot.context.state import Context


# Words that open a new topic: what follows is asked on its own.
_NEW_TOPIC = re.compile(
    r"^(?:(?:ok|oke|okay|top|prima|mooi|great|thanks|thank you|dank je|dank u|bedankt) )*"
    r"(?:andere vraag|nog een vraag|nieuwe vraag|ander onderwerp|ander punt|iets anders|"
    r"los daarvan|los van|another question|different question|new question|something else|"
    r"other topic|unrelated|off topic|on another note)\b"
    # ... unless it says what it is about: "another question about it: where is it?"
    r"(?!\s+(?:about|over|daarover|erover|hierover|on that|on this)\b)"
)

# Words that turn aside ("trouwens, wat is een EDIH?"): a new topic, unless what follows
# points back ("trouwens, waar zit dat eigenlijk?").
ASIDE = re.compile(
    r"^(?:(?:ok|oke|okay|top|prima|mooi|great|thanks|thank you|dank je|dank u|bedankt) )*"
    r"(?:trouwens|overigens|btw|by the way|anyway|nog iets|one more thing)\b"
)

_TO_ENGLISH = re.compile(
    r"\b(?:in english|english (?:please|pls|plz)|in (?:het )?engels|"
    r"engels (?:graag|alsjeblieft|aub|pls|please)|"
    r"say that in english|can you .*english|kun je .*engels)\b"
)

_TO_DUTCH = re.compile(
    r"\b(?:in (?:het )?(?:nederlands|dutch)|dutch (?:please|pls|plz)|"
    r"nederlands (?:alsjeblieft|aub|pls|please)|"
    r"nederlands graag|kun je .*nederlands|can you .*dutch)\b"
)

_SHORTER = re.compile(
    r"\b(?:korter|kort samengevat|samenvatting|samenvatten|in het kort|shorter|"
    r"summari[sz]e|in short|tl ?dr|briefly|"
    # "short version pls", "te lang", "in één zin?"
    r"korte versie|short version|te lang|too long|in (?:een|1|één|one|a) (?:zin|sentence)|"
    r"in a nutshell)\b"
)

_SOURCE = re.compile(
    r"\b(?:(?:url|link|adres) (?:van|of) (?:die|dat|deze|dit|de|het|that|this|the) "
    r"(?:publicatie|rapport|onderzoek|artikel|bron|publication|report|study|article|source)|"
    r"bron|bronnen|waar staat dat|waar heb je dat|waar komt dat|"
    r"waar haal je dat|vandaan|source|sources|where does (?:that|it|this)(?: \w+)? come from|"
    r"where is that from|where did you get|where did you (?:read|find|see) (?:that|it|this)|"
    r"reference|says who|who (?:said|says) (?:that|so|this)|wie (?:zegt|zei|beweert) dat|"
    # "who measured that one?", "wie heeft dat geteld?": whose figure it is
    r"who (?:measured|counted|calculated|estimated|researched|reported|published) "
    r"(?:that|this|it|them)|wie heeft (?:dat|dit|het) (?:gemeten|geteld|berekend|geschat|"
    r"onderzocht|gepubliceerd)|wie (?:telde|mat|berekende|schatte) (?:dat|dit|het)|"
    r"volgens welk (?:onderzoek|rapport)|according to (?:which|what) (?:study|report)|"
    # "volgens wie?", "zeker weten?", "are you sure?": on whose word the last answer rests
    r"^volgens wie$|^according to whom$|^(?:weet je dat )?zeker(?: weten)?$|^weet je dat zeker$|"
    r"^(?:is dat|klopt dat) (?:wel )?(?:zeker|echt|wel)$|^(?:are you|r u) (?:sure|certain)$|"
    r"^how do you know$|^hoe weet je dat$)\b"
)

# "give me the URL", "de link?" after a general answer: the links of its sources (after a
# record's card it asks the record's website, a field)
_LINK = re.compile(
    r"^(?:(?:can you )?(?:give|send|show) me |(?:kun je )?(?:geef|stuur) (?:me )?)?"
    r"(?:the |de |een |a |its |zijn |hun )?(?:url|link|weblink|links|urls)"
    r"(?: (?:please|graag|ervan|daarvan|of it|to it|of that|van dat|van dat rapport))?$|"
    # "kun je de link sturen?", "could you share the url please", "heb je de link?"
    r"^(?:kun je|kunt u|kan je|wil je|wilt u|can you|could you|would you|heb je|heeft u|"
    r"do you have)(?: me| mij| us| ons)? (?:de|the|een|a|die|that|daar een) (?:url|link|links|"
    r"weblink|urls)(?: (?:ervan|daarvan|van|of it|to it))?(?: even| ff)?(?: (?:sturen|geven|"
    r"delen|mailen|send|give|share))?(?: please| graag| aub| pls)?$"
)

# "who said this?", "wie zei dat?": a person, when the last answer quotes one
_WHO_SAID = re.compile(
    r"\b(?:who (?:said|says|wrote) (?:that|so|this|it)|wie (?:zegt|zei|schreef|beweert) dat)\b"
)

# "dat komt overeen met mijn bron": the asker's own source, no request for the bot's
_OWN_SOURCE = re.compile(
    r"\b(?:mijn|onze|ons|my|our) (?:eigen |own )?(?:bron|bronnen|source|sources)\b"
)

_MORE = re.compile(
    r"^(?:(?:kun je )?meer (?:weten|info|informatie|daarover|over)?|"
    r"vertel (?:eens )?meer|tell me more|more info|more|meer|"
    r"and more|anything else|nog meer)\b"
)


def asks_in_short(text: str) -> bool:
    """Whether a question asks itself to be answered short ("in één zin", "kort graag",
    "briefly"); not a summary, which wants more than one sentence."""
    return bool(_IN_SHORT.search(text))


# "kort graag: wat doet een hub?", "What's a fieldlab anyway, in one sentence"
_IN_SHORT = re.compile(
    r"\b(?:in (?:een|1|één|one|a) (?:zin|sentence)|in het kort|in short|briefly|in a nutshell|"
    r"kort (?:graag|aub|alsjeblieft|antwoord)|short answer|tl ?dr|korte versie|short version)\b"
)


def first_sentence(reply: Reply) -> str:
    return _first_sentence(reply)


def _first_sentence(reply: Reply) -> str:
    """The answer in short: its first sentence; of a card, the first sentence of what the
    record is (its lines before that are its name, place and themes)."""
    text = reply.text.strip()
    if reply.record is not None:
        told = [line for line in text.splitlines() if re.search(r"[.!?]$", line.strip())]
        text = told[0].strip() if told else text
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


# A figure in a sentence: a number that is no year ("29 Fieldlabs", "120.000", "€ 240").
_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*")


def _figure_stated(shown: str) -> str | None:
    """The first sentence of an answer that states a figure, where that answer opens on one
    ("Een TNO-studie uit 2017 telde 29 Fieldlabs, …"); None for an answer that does not."""
    told = shown.split("\n\n")[0].strip()
    first = re.split(r"(?<=[.!?])\s", told, maxsplit=1)[0]
    return first if "\n" not in first and _FIGURE.search(first) else None


def asks_of_the_answer(words: list[str]) -> bool:
    """Whether a few words ask something of the last answer: shorter, its source, another
    language, more ("korter graag", "bron", "in english pls")."""
    text = " ".join(words)
    return bool(
        _SHORTER.search(text)
        or (_SOURCE.search(text) and not _OWN_SOURCE.search(text))
        or _TO_ENGLISH.search(text)
        or _TO_DUTCH.search(text)
        or _MORE.fullmatch(text)
    )


def _asks_of_the_last(words: list[str]) -> bool:
    """Whether a message asks only for more of the last answer, or its source ("meer?",
    "waar staat dat?", "bron?")."""
    text = " ".join(words)
    asks_source = bool(_SOURCE.search(text)) and not _OWN_SOURCE.search(text)
    return bool(_MORE.fullmatch(text) or (asks_source and len(words) <= 3))


def _meta(
    answerer: Answerer,
    context: Context,
    text: str,
    lang: str,
    shown: Callable[[], Reply | None] = lambda: None,
) -> Reply | None:
    """Requests about the last answer: another language, shorter, its source, more.
    `shown` gives the last answer as it was shown, whose sources are the ones it cited."""
    if context.entry is None:
        return None
    last = answerer.entry(context.entry, lang)
    if last is None:
        return None
    if _TO_ENGLISH.search(text):
        return answerer.entry(context.entry, "en")
    if _TO_DUTCH.search(text):
        return answerer.entry(context.entry, "nl")
    if len(text.split()) > (12 if _SOURCE.search(text) else 7):
        return None  # "could you give me the source for that, please?" is still short
    if _SHORTER.search(text):
        return replace(last, text=_first_sentence(last))
    if _WHO_SAID.search(text):
        # "who said this?" after an answer that quotes one person: that person, whose own
        # answer says who they are and where they said it
        people = [p for p, _ in answerer.people_named(context.entry) if p != context.entry]
        if len(people) == 1:
            said = answerer.entry(people[0], lang)
            if said is not None:
                return said
    linked = bool(_LINK.match(text)) and context.entry != context.record
    if (_SOURCE.search(text) and not _OWN_SOURCE.search(text)) or linked:
        # "welke bron zegt dat?" after "29 Fieldlabs in 2017": the source that answer cited,
        # not every source of the entry (the entry's own are the fallback)
        given = shown()
        cited = given.sources if given is not None and given.entry == last.entry else ()
        # A part of an entry ("de website van SMITZH") cited what it showed; the whole entry
        # is backed by all its sources.
        part = given is not None and bool(cited) and given.text != last.text
        every = citations.unique(
            cited or last.sources, limit=citations.MAX_SHOWN if part else None
        )
        lines = [f"• {citations.label(s, lang)}" + (f" ({s.url})" if s.url else "") for s in every]
        body = (
            texts.text("sources_of", lang) + "\n" + "\n".join(lines)
            if lines
            else (texts.text("no_sources", lang))
        )
        figure = _figure_stated(given.text if given is not None else last.text)
        if figure is not None and lines:
            # "waar komt dat getal vandaan?": the sources it cites, and who the answer says
            # gave the figure ("een TNO-studie uit 2017 telde …")
            body += "\n\n" + texts.text("figure_said", lang, said=figure)
        return replace(last, text=body, sources=())
    if _MORE.match(text):
        if not last.related:
            return replace(last, text=texts.text("no_more", lang), related=())
        links = tuple(Link(r.entry, r.question) for r in last.related)
        body = texts.text("more_about", lang) + "\n" + "\n".join(f"• {r.question}" for r in links)
        return Reply(body, lang, entry=context.entry, confident=True, kind="answer",
                     related=links, score=100.0)  # fmt: skip
    return None
