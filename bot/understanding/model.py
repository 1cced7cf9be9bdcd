"""What a reading of a message holds: its clauses (`Clause`), the moment each asks about
(`When`) and the whole `Reading`."""

from __future__ import annotations

from dataclasses import dataclass

MAX_QUESTIONS = 4


@dataclass(frozen=True)
class When:
    """The moment a question asks about: a year (with early/late part or month), the
    latest, or the earliest ("bij de start")."""

    year: int | None = None
    part: str = ""  # "begin" | "eind" | "" (the whole year)
    latest: bool = False
    month: int = 0
    earliest: bool = False


@dataclass(frozen=True)
class Clause:
    """One question in a message, cleaned for matching."""

    text: str  # what the matcher sees (greetings, fillers and the year taken out)
    original: str  # the clause as the user wrote it
    when: When | None = None
    names: frozenset[str] = frozenset()  # words the user capitalised (folded): names
    said: str = ""  # a later question's own words, before it borrowed the first's subject


@dataclass(frozen=True)
class Reading:
    """What a message holds, in the order the user wrote it. `asked` is False when the
    clauses are only statements ("ik heb een bakkerij in Zwolle")."""

    text: str
    asked: bool = True
    greeting: bool = False
    thanks: bool = False
    goodbye: bool = False
    feedback: bool = False  # "dat klopt niet", "great bot": about the bot's answers
    acknowledged: bool = False  # "ok", "top!", "helder": the answer taken in, nothing more
    language: bool = False  # "do you speak English?"
    # "Wat is een hub? In het Engels graag": the language asked for the answer to the question
    answer_in: str | None = None
    preamble: bool = False  # "mag ik iets vragen?", "ik heb een vraag": a question is coming
    intro: str | None = None  # the self-introduction sentence(s), as written
    clauses: tuple[Clause, ...] = ()
    names: frozenset[str] = frozenset()  # words the user capitalised (folded)
    foreign: bool = False  # "Was ist ein Fieldlab?": written in neither Dutch nor English

    @property
    def smalltalk_only(self) -> bool:
        return not self.clauses and self.intro is None
