"""A sentence cut into its questions ("hoeveel fieldlabs zijn er en hoeveel banen"), a later
question lent the first one's subject for its pronoun."""

from __future__ import annotations

import re

from bot.text import is_stopword
from bot.understanding.lexicon import (
    _AUXILIARY_FIRST,
    _OWN_VERBS,
    _PREPOSITIONS,
    _QUESTION_WORDS,
    _SECOND_QUESTION,
    _SPLIT_CONJUNCTIONS,
    _TOPICS,
)
from bot.understanding.words import _has_content


def _split_questions(words: list[str]) -> list[list[str]]:
    """The questions in `words`, a later one with the first one's subject for its pronoun."""
    parts = _split_raw(words)
    return [_with_subject(part, parts[0]) if n else part for n, part in enumerate(parts)]


_DIFFERENCE = re.compile(
    r"\b(?:verschil(?:len)? tussen|difference(?:s)? between)\s+(?:een |de |het |a |an |the )?"
    r"((?:\w+ ){0,2}?\w+)\s+(?:en|and)\s+(?:een |de |het |a |an |the )?((?:\w+ ){0,2}?\w+)"
    # "… en een field lab mijn baas vraagt het": who asks or why, after the two things
    r"(?:\s+(?:mijn|my|onze|our|want|because|omdat|voor|for|lol|haha|kort|pls|please|"
    r"precies|exactly|eigenlijk|dan|then)\b.*)?$"
)


def _difference(words: list[str]) -> list[list[str]] | None:
    """'wat is het verschil tussen een fieldlab en een hub' -> 'wat is fieldlab', 'wat is
    hub': each of the two explained."""
    found = _DIFFERENCE.search(" ".join(words))
    if found is None:
        return None
    what = ["what", "is"] if found.group(0).startswith("diff") else ["wat", "is"]
    return [[*what, *found.group(1).split()], [*what, *found.group(2).split()]]


_VERSUS = frozenset("vs versus tegenover".split())


def _versus(words: list[str]) -> list[list[str]] | None:
    """'wat doen ramlab vs sam xl' -> 'wat doen ramlab', 'wat doen sam xl': a question asked
    of two things set side by side."""
    at = next((n for n, w in enumerate(words) if w in _VERSUS), 0)
    if not 3 <= at <= 5 or len(words) - at > 4 or words[0] not in _QUESTION_WORDS:
        return None
    head, first, second = words[:2], words[2:at], words[at + 1 :]
    if not _has_content(" ".join(first)) or not _has_content(" ".join(second)):
        return None
    return [[*head, *first], [*head, *second]]


_COUNT_WORDS = {("hoeveel",), ("how", "many"), ("how", "much")}


# What the programme's results count, the nouns a list of counts is made of: "aantal
# fieldlabs, bedrijven, investeringen en banen". Only these make a list of three or more,
# since without the commas "hoeveel smart industry fieldlabs en hubs" is one noun phrase.
_RESULT_NOUNS = frozenset(
    """
    fieldlabs fieldlab hubs hub bedrijven companies firms businesses banen jobs investeringen
    investments geld money projecten projects medewerkers employees deelnemers participants
    mkbers smes
    """.split()
)
_LIST_OPENERS = {
    ("hoeveel",): ["hoeveel"],
    ("how", "many"): ["how", "many"],
    ("how", "much"): ["how", "many"],
    ("aantal",): ["hoeveel"],
    ("het", "aantal"): ["hoeveel"],
    ("number", "of"): ["how", "many"],
    ("the", "number", "of"): ["how", "many"],
    ("numbers", "of"): ["how", "many"],
    ("aantallen",): ["hoeveel"],
}


def _counted_list(words: list[str]) -> list[list[str]] | None:
    """'aantal fieldlabs, bedrijven, investeringen en banen eind 2018' -> 'hoeveel fieldlabs
    eind 2018', 'hoeveel bedrijven eind 2018', …: one count asked of three or more results,
    each answered (the reading keeps up to MAX_QUESTIONS of them)."""
    for at in range(len(words)):
        for opener, asked in _LIST_OPENERS.items():
            size = len(opener)
            if tuple(words[at : at + size]) != opener:
                continue
            items: list[str] = []
            end = at + size
            while end < len(words) and words[end] in _RESULT_NOUNS | {"en", "and", "&"}:
                if words[end] not in ("en", "and", "&"):
                    items.append(words[end])
                end += 1
            joined = words[at + size : end]
            if (
                len(items) < 3
                or len(joined) != len(items) + 1
                or joined[-2] not in ("en", "and", "&")
            ):
                continue
            head, tail = words[:at], words[end:]
            return [[*head, *asked, item, *tail] for item in items]
    return None


def _distributed_count(words: list[str]) -> list[list[str]] | None:
    """'hoeveel fieldlabs en hubs zijn er' -> 'hoeveel fieldlabs zijn er', 'hoeveel hubs zijn
    er': one count asked of two things."""
    listed = _counted_list(words)
    if listed is not None:
        return listed
    for at in range(len(words)):
        for opener in _COUNT_WORDS:
            size = len(opener)
            if tuple(words[at : at + size]) != opener or at + size + 2 >= len(words):
                continue
            first, joint, second = words[at + size : at + size + 3]
            if joint not in ("en", "and") or is_stopword(first) or is_stopword(second):
                continue
            if second in _QUESTION_WORDS:
                continue
            head, tail = words[: at + size], words[at + size + 3 :]
            return [[*head, first, *tail], [*head, second, *tail]]
    return None


_TRAILING_ASKS = frozenset("wanneer waar waarom hoe wie when where why how who".split())


def _trailing_question(words: list[str]) -> list[list[str]] | None:
    """'who launched the programme and when?' -> 'who launched the programme', 'when
    launched the programme': a question word said last asks the same of another part."""
    if len(words) < 5 or words[-2] not in ("en", "and", "&") or words[-1] not in _TRAILING_ASKS:
        return None
    if words[0] not in _QUESTION_WORDS or words[0] == words[-1]:
        return None
    return [words[:-2], [words[-1], *words[1:-2]]]


def _split_raw(words: list[str]) -> list[list[str]]:
    """'hoeveel fieldlabs zijn er en hoeveel banen' -> two clauses; a conjunction only
    splits when a question word follows it and both halves have words of their own."""
    parts: list[list[str]] = []
    current: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if following in _PREPOSITIONS and i + 2 < len(words) and words[i + 2] in _QUESTION_WORDS:
            following = words[i + 2]  # "en bij welke organisatie", "and in which year"
        if (
            word in _AUXILIARY_FIRST
            and following in ("there", "er")
            and len(current) >= 3
            and _QUESTION_WORDS & set(current)
            and _OWN_VERBS & set(current)  # not "how many fieldlabs are there"
            and current[-1] not in _QUESTION_WORDS | _AUXILIARY_FIRST
            and len(words) - i >= 3
        ):
            # Voice input without punctuation: "how do i sign up for a field lab is there a
            # form": a verb with "there" after it starts the next question.
            parts.append(current)
            current = [word]
            continue
        if (
            word in _SPLIT_CONJUNCTIONS
            and not (word in ("ook", "also") and following == "wat")  # "ook wat": "something"
            and following in _SECOND_QUESTION
            and len(current) >= 2
            and len(words) - i - 1 >= 2
            and (
                following in _QUESTION_WORDS
                or _QUESTION_WORDS & set(current)
                # "bestaan die hubs nog of is er iets anders voor gekomen?": two yes/no
                # questions, the first one verb first
                or (current[0] in _AUXILIARY_FIRST and following in _AUXILIARY_FIRST)
            )
        ):
            parts.append(current)
            current = []
            continue
        current.append(word)
    if current:
        parts.append(current)
    return parts


# Words that stand for the subject of the question before: "what is DCMC and where is it".
_SUBJECT_PRONOUNS = frozenset("it its they them their those ze zij die het hun deze".split())


def _question_start(words: list[str]) -> int:
    """Where a question begins inside an introduction (0: none after the first words)."""
    for at, word in enumerate(words):
        if word == "wat" and at and words[at - 1] in _BEFORE_SOMETHING:
            continue  # "… zegt dat we wat met smart industrie moeten": "wat" is "something"
        if at >= 3 and word in _QUESTION_WORDS - {"wat"} | {"welke", "wat", "waar", "wie"}:
            return at
        following = words[at + 1] if at + 1 < len(words) else ""
        if at >= 3 and word in _AUXILIARY_FIRST and following in _ASKED_SUBJECTS:
            return at  # "… in harderwijk are there any field labs near me"
        if at >= 3 and word in _BEING and _THERE_IS_ONE.match(" ".join(words[at + 1 : at + 4])):
            return at  # "ik rij net langs harderwijk zit daar niet een field lab robotica"
        if at >= 3 and _WANTS_TO_KNOW.match(" ".join(words[at : at + 5])):
            # "ik ben boer bij assen en ik wil weten of er iets is voor precisielandbouw"
            return at
    return 0


# A wish to know that opens the question inside an introduction said without punctuation.
_WANTS_TO_KNOW = re.compile(
    r"^(?:ik|wij|we|i) (?:wil|willen|wou|zou|would|want|wanted|was|vraag|vroeg|vragen)"
    r"(?: (?:graag|eigenlijk|even|like|to|me|mij|ons|af))* (?:weten|know|wondering|af)\b"
)


# A verb of being with "daar"/"er" and "een" after it asks whether there is one.
_BEING = frozenset("zit zitten ligt liggen staat staan is zijn".split())
_THERE_IS_ONE = re.compile(
    r"^(?:daar|er|hier)(?: (?:niet|ook|nog|soms|toevallig))? (?:een|geen)\b"
)


# Words after which "wat" is "something": "dat we wat met robots moeten", "willen wat doen".
_BEFORE_SOMETHING = frozenset(
    "ik je jij u we wij ze zij hij er willen wil wilt moeten moet zoeken zoek zoekt doen "
    "hebben heb hebt ook nog graag even al".split()
)

# After a verb, a subject that makes it a question ("are there", "is er", "kan ik").
_ASKED_SUBJECTS = frozenset("there er you je jij u".split())


def subject_of(words: list[str], size: int = 2) -> list[str]:
    """The last content words of a question, where its subject usually ends: "who works
    together in a smart industry hub" -> ["industry", "hub"]. A pronoun later stands for
    these, not for the verbs before them."""
    content = [w for w in words if not is_stopword(w) and w not in _QUESTION_WORDS]
    return content[-size:]


def _with_shared_tail(parts: list[list[str]]) -> list[list[str]]:
    """'hoeveel banen en hoeveel investeringen hebben de fieldlabs tot eind 2018 opgeleverd':
    the first question ("hoeveel banen") ends where the second goes on, and shares its
    tail."""
    if len(parts) != 2:
        return parts
    first, second = parts
    if (
        2 <= len(first) <= 3
        and first[0] == second[0]
        and first[0] in _QUESTION_WORDS
        and len(second) >= len(first) + 2
        and not (_OWN_VERBS | _AUXILIARY_FIRST) & set(first[1:])
    ):
        return [[*first, *second[len(first) :]], second]
    return parts


def _elliptic(part: list[str], first: list[str]) -> list[str]:
    """'welke fieldlabs liggen er in groningen, en welke in drenthe' -> the second question
    'welke fieldlabs liggen er in drenthe': the same question word with only a new place or
    year asks the first question again of that. 'aan wie is die overhandigd en op welk
    evenement' -> 'op welk evenement is die overhandigd': a question word with its
    preposition and noun only asks the first question's verb of that."""
    asked_at = next((n for n, w in enumerate(first) if w in _QUESTION_WORDS), None)
    if (
        2 <= len(part) <= 4
        and part[0] in _PREPOSITIONS
        and part[1] in _QUESTION_WORDS
        and not (_OWN_VERBS | _AUXILIARY_FIRST) & set(part[2:])
        and asked_at is not None
        and len(first) - asked_at >= 3
    ):
        # "in welk jaar is de hub opgericht en door welke partijen": from its verb on
        verb = next(
            (
                n
                for n in range(asked_at + 1, len(first))
                if first[n] in _AUXILIARY_FIRST | _OWN_VERBS
            ),
            asked_at + 1,
        )
        return [*part, *first[verb:]]
    if (
        len(part) > 5
        or len(part) < 3
        or not first
        or part[0] != first[0]
        or part[0] not in _QUESTION_WORDS
        or part[1] not in _PREPOSITIONS
    ):
        return part
    at = max((n for n, w in enumerate(first) if n and w in _PREPOSITIONS), default=len(first))
    return [*first[:at], *part[1:]]


_ONES = frozenset("one ones eentje eentjes".split())


def _with_subject(
    part: list[str], first: list[str], previous: list[str] | None = None
) -> list[str]:
    """A later question's pronoun replaced by the first question's subject words, when it
    has no subject of its own ("and how many of them exist?", not "how many jobs did it
    bring?"); "one" is one of what the first question asked about ("which fieldlabs do 3D
    printing, and is there one for composites?")."""
    # "how many fieldlabs are there, how many hubs, and is there one near us?": one of the
    # question just before.
    topic = [w for w in (previous or first) if w in _TOPICS] or [w for w in first if w in _TOPICS]
    if _ONES & set(part) and topic and not _TOPICS & set(part):
        return [topic[-1] if w in _ONES else w for w in part]
    if not _SUBJECT_PRONOUNS & set(part):
        return part
    own = [w for w in part if not is_stopword(w) and w not in _SUBJECT_PRONOUNS]
    if len(own) >= 2:
        return part
    subject = [w for w in first if not is_stopword(w) and w not in _QUESTION_WORDS]
    if not subject:
        return part
    out: list[str] = []
    replaced = False
    for word in part:
        if word in _SUBJECT_PRONOUNS and not replaced:
            out += subject
            replaced = True
        else:
            out.append(word)
    return out
