"""Whether an answer holds the attribute a question asks for.

"hoeveel hectare heeft die proeftuin in colijnsplaat" matches the Fieldlab in Colijnsplaat
on its place, but no word of its card speaks of hectares: the card would answer another
question. The asked attribute (`understanding/attributes.py`) must be spoken of by the
answer's own text, its entry's answer or its phrasings (synonyms count, as in matching).
What never decides it: record words ("fieldlabs"), generic words, the words that
ask for a record's own field ("welke provincies": the card names them), a sum of money
when the answer states one, its source when it has one. Pure, no I/O.
"""

from __future__ import annotations

import re

from bot.matching import Matcher
from bot.model import KnowledgeBase
from bot.records import FIELD_CUES, MONEY
from bot.reply import Reply
from bot.text import LANGS, tokens
from bot.understanding.attributes import asked_attribute

# The records themselves, and the words that stand for them ("which ones", "welke andere").
_RECORD_WORDS = frozenset(
    "fieldlab fieldlabs lab labs hub hubs one ones andere anderen others other".split()
)
# Where a record is, said in more words than its field's ("op welke plekken", "in which
# places"): the card names them.
_WHERE_WORDS = frozenset("plek plekken plaatsen places place locaties locations sites".split())
# Asking where a figure comes from: the answer's source line says.
_SOURCE_WORDS = frozenset(
    "bron bronnen source sources onderzoek studie study studies publicatie publication "
    "rapport report document stuk".split()
)
# "how many Dutch firms": every record is Dutch; the word narrows nothing.
_HOME = frozenset("nederland nederlandse nederlands netherlands dutch".split())
# "welke bedrijven zitten in RoSF": a record's card names who takes part by their names.
_WHO_TAKES_PART = frozenset(
    "bedrijf bedrijven company companies firms firma organisatie organisaties "
    "ondernemingen consortium".split()
)
# An unknown word as long as this is spoken of when a word of the answer starts with it
# ("implementatie" in "implementatieagenda").
_PART_OF_A_WORD = 5
_AMOUNT = re.compile(r"€|\beuro\b|\bmiljoen\b|\bmillion\b|\bmiljard\b|\bbillion\b", re.I)


def missing_attribute(
    matcher: Matcher,
    knowledge: KnowledgeBase,
    question: str,
    reply: Reply,
    lang: str,
) -> list[str]:
    """The words of the attribute `question` asks for that `reply` does not speak of
    (empty when it asks none, or the reply speaks of all of them)."""
    terms = matcher.analyzer.query_terms(" ".join(asked_attribute(question)), lang)
    if any(t.surface in _RECORD_WORDS | FIELD_CUES | _WHERE_WORDS for t in terms):
        # "welke fieldlabs richten zich op …", "welke regionale hub", "which provinces
        # belong to …": the records or a record's field are asked, which the answer names
        return []
    asked = [
        t
        # only the first word is weighed: the next is as often the verb ("welke bedrijven
        # zaten daar in") as the rest of a name ("patent attorney")
        for t in terms[:1]
        if not matcher.is_generic(t)
        and t.surface not in _HOME
        and not (t.surface in _WHO_TAKES_PART and reply.record is not None)
        and not (t.surface in _SOURCE_WORDS and reply.sources)
        and not (t.surface in MONEY and _AMOUNT.search(reply.text))
    ]
    if not asked:
        return []
    texts = [(reply.language, reply.text)]
    entry = knowledge.entry(reply.entry or "")
    if entry is not None:
        texts += list(entry.answer.items())
        texts += [(language, q) for language, qs in entry.questions.items() for q in qs]
    said = {
        matcher.analyzer.term(w, language)
        for text_lang, text in texts
        for language in {text_lang, *LANGS}
        for w in tokens(text)
    }
    written = {w for _, text in texts for w in tokens(text)}
    return [
        t.surface
        for t in asked
        if (t.term or matcher.analyzer.term(t.surface, lang)) not in said
        and not (
            t.term is None
            and len(t.surface) >= _PART_OF_A_WORD
            and any(w.startswith(t.surface) for w in written)
        )
    ]
