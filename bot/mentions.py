"""Names the knowledge only mentions: "Wat is de IoT Academy?" has no entry of its own, but
SMITZH's answer names it as the skills lab of its network. Such a question is told what the
sources say of the name, plainly as all they say, instead of "not in my sources".

Pure: built once per knowledge version from the entries' answers."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from bot.model import KnowledgeBase
from bot.text import fold

# A sentence ends at . ! ? followed by a space and a capital or a digit ("11 februari").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(])")
# A word written with a capital somewhere: a name ("IoT", "Academy", "MRDH", "SMITZH").
_NAME_WORD = re.compile(r"\b[\w-]*[A-Z][\w-]*\b")
# "wat is de IoT Academy", "what is MRDH", "wat betekent MRDH", "waar staat MRDH voor"
_ASKS_WHAT = re.compile(
    r"^(?:en |and |dan |so )?(?:(?:wat|what|wtf) (?:is|are|zijn|was|s)|whats)"
    r"(?: (?:dan|eigenlijk|precies|exactly|actually))*(?: (?:de|het|een|die|the|a|an|that))? "
    r"(?P<name>.+?)(?: (?:eigenlijk|precies|dan|exactly|actually))?$"
    r"|^(?:wat|what) (?:betekent|means|does) (?P<abbr>.+?)(?: mean| betekenen)?$"
    r"|^waar staat (?P<short>.+?) voor$"
)
MAX_SENTENCES = 2


@dataclass(frozen=True)
class Mention:
    entry: str
    lang: str
    sentence: str


class Mentions:
    """Where each capitalised word of the answers is said, sentence by sentence."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        by_word: dict[str, list[Mention]] = defaultdict(list)
        for entry in knowledge.entries:
            if entry.kind == "smalltalk":
                continue
            for lang, answer in entry.answer.items():
                for sentence in _SENTENCE_END.split(answer):
                    for word in {fold(w) for w in _NAME_WORD.findall(sentence)}:
                        by_word[word].append(Mention(entry.id, lang, sentence))
        self._by_word: Mapping[str, tuple[Mention, ...]] = {
            word: tuple(found) for word, found in by_word.items()
        }

    def of(self, name: str, lang: str) -> list[Mention]:
        """The sentences in `lang` that say `name` (all its words, in order), at most one
        per entry and `MAX_SENTENCES` in all; empty when the answers never say it."""
        words = fold(name).split()
        if not words or words[0] not in self._by_word:
            return []
        said = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b")
        found: list[Mention] = []
        for mention in self._by_word[words[0]]:
            if mention.lang != lang or any(m.entry == mention.entry for m in found):
                continue
            if said.search(fold(mention.sentence)):
                found.append(mention)
            if len(found) == MAX_SENTENCES:
                break
        return found


def asked_name(question: str, names: frozenset[str]) -> str | None:
    """The name a "what is X?" question asks about, when every word of it was written as a
    name (capitalised or in capitals); None for any other question."""
    asked = _ASKS_WHAT.match(" ".join(question.split()))
    if asked is None:
        return None
    name = asked.group("name") or asked.group("abbr") or asked.group("short") or ""
    words = name.split()
    if not words or len(words) > 4 or not all(fold(w) in names for w in words):
        return None
    return name
