"""The attribute a question asks for: the words a question word puts in front.

"hoeveel hectare heeft die proeftuin", "which patent attorney does DOC recommend", "welk
cobot merk raden de fieldlabs aan": the words after "hoeveel", "welk(e)", "which", "how
many" or "what" name what the asker wants to know. An answer that speaks of none of them
answers something else, however well it matches the rest of the question.
"""

from __future__ import annotations

from bot.text import is_stopword, tokens

# The words that put the asked attribute right after them.
_ASKING = frozenset("hoeveel welk welke which".split())
# "what" and "wat" are followed by a verb as often as by a noun ("wat betekent EDIH"): only
# "what brand does …", "what ambition was …", "what brand of …" (a word, then the verb or
# "of") or a kind word asks.
_WHAT = frozenset("what whats wat".split())
_AFTER_WHAT = frozenset("does do did is was are were has have had will would can of".split())
# "how many X", "how much X": the second word asks, the attribute follows it.
_HOW = frozenset("many much".split())
# "what kind of X", "wat voor soort X", "welk type X": the kind word is not the attribute.
_KIND = frozenset("kind kinds sort sorts type types soort soorten voor of een a an".split())
# At most this many words make one attribute ("patent attorney", "cobot merk").
_LONGEST = 2
# In a question the verb comes before its subject: "hoeveel stelde de provincie", "welk
# fieldlab test 5g" — a word right before one of these is the verb, not the attribute.
_SUBJECT_NEXT = frozenset(
    "de het die dat deze dit er ze zij je jij u we wij hij the they it we you he she there "
    "these those".split()
)


# "what's the budget of …", "wat was de omzetgroei van …": the noun between the article
# and "of"/"van" is asked of what follows.
_BE = frozenset("is was are were zijn waren".split())
_THE = frozenset("de het the".split())
_OF = frozenset("van of for voor".split())
# "wat is de rol van …", "what are the key findings of …": what a description of the thing
# tells, not a detail of its own.
_DESCRIBED = frozenset(
    "rol role rollen roles doel doelen goal goals purpose aim aims idee idea taak taken task "
    "tasks functie function bedoeling betekenis meaning findings bevindingen conclusies "
    "conclusions uitkomst uitkomsten outcome outcomes resultaat resultaten result results "
    "key main belangrijkste punt punten point points opzet essentie essence verhaal story "
    "achtergrond background".split()
)


def _of_something(words: list[str], at: int) -> list[str]:
    """The noun(s) of "what's the X of …" / "wat is de X van …" with `at` at "what"."""
    start = at + 1 if words[at] == "whats" else at + 2
    if words[at] != "whats" and words[at + 1 : at + 2] not in ([w] for w in _BE):
        return []
    if words[start : start + 1] not in ([w] for w in _THE):
        return []
    for end in range(start + 2, min(start + 2 + _LONGEST, len(words))):
        if words[end] in _OF:
            nouns = words[start + 1 : end]
            if any(is_stopword(n) or n.isdigit() or n in _DESCRIBED for n in nouns):
                return []
            return nouns
    return []


def asked_attribute(text: str) -> list[str]:
    """The words of the attribute the first question word of `text` asks for (empty when
    it asks none: "wat is RoboHouse?", "hoeveel is dat?")."""
    words = tokens(text)
    for at, word in enumerate(words):
        start = None
        if word in _WHAT and (of := _of_something(words, at)):
            return of
        next_one, after_it = words[at + 1 : at + 2], words[at + 2 : at + 3]
        what_asks = word in _WHAT and (
            bool(set(next_one) & _KIND) or bool(set(after_it) & _AFTER_WHAT)
        )
        if word in _ASKING or what_asks:
            start = at + 1
        elif word == "how" and set(next_one) & _HOW:
            start = at + 2
        if start is None:
            continue
        while start < len(words) and words[start] in _KIND:
            start += 1
        found: list[str] = []
        for at_word in range(start, min(start + _LONGEST, len(words))):
            following = words[at_word]
            if is_stopword(following) or following.isdigit():
                break
            if words[at_word + 1 : at_word + 2] and words[at_word + 1] in _SUBJECT_NEXT:
                break
            found.append(following)
        return found
    return []


# The question words that ask a number ("hoeveel bedrijven", "how many companies").
_COUNTING = frozenset("hoeveel hoeveul".split())


def asks_count(text: str) -> bool:
    """Whether the first question word of `text` asks how many ("hoeveel bedrijven …?")."""
    words = tokens(text)
    for at, word in enumerate(words):
        if word in _COUNTING or (word == "how" and words[at + 1 : at + 2] == ["many"]):
            return True
        if word in _ASKING or word in _WHAT or word == "how":
            return False
    return False
