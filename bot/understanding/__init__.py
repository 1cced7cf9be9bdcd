"""Read a chat message before matching it: pure, synchronous, no I/O.

A message as people type it in Telegram is not one tidy question. This module cuts it into
what it holds:
- greetings, thanks and sign-offs ("Hoi!", "alvast bedankt", "groetjes"), set aside so the
  reply can greet back without the matcher seeing them;
- a self-introduction ("Wij zijn een drukkerij in Hengelo") whose place and sector say who
  is asking, not what is asked;
- the question clause(s), at most three, each matched on its own ("hoeveel fieldlabs zijn er
  en hoeveel banen leverden ze op?" is two questions);
- the year or date a clause asks about ("in 2017", "eind 2018", "nu"), taken out of the
  clause so that a year does not pull the match towards an entry that mentions it;
- numbers written as words, as digits ("vierhonderddertig" -> 430).

One module per concept: `reading.py` puts them together in `read()`; see README "How it is
built" for the others.
"""

from bot.understanding.about_bot import about_the_bot
from bot.understanding.asides import without_aside, without_noise
from bot.understanding.clauses import subject_of
from bot.understanding.confirming import without_claim_frame
from bot.understanding.dates import when_said
from bot.understanding.dialect import standard_dutch
from bot.understanding.dictation import said_punctuation
from bot.understanding.frames import (
    without_attribution,
    without_hedged_numbers,
    without_source_frame,
)
from bot.understanding.model import MAX_QUESTIONS, Clause, Reading, When
from bot.understanding.numbers import numbers_as_digits
from bot.understanding.questions import is_question
from bot.understanding.reading import read
from bot.understanding.regions import regions_named
from bot.understanding.words import swapped_back

__all__ = [
    "MAX_QUESTIONS",
    "Clause",
    "Reading",
    "When",
    "about_the_bot",
    "is_question",
    "numbers_as_digits",
    "read",
    "regions_named",
    "said_punctuation",
    "standard_dutch",
    "subject_of",
    "swapped_back",
    "when_said",
    "without_aside",
    "without_attribution",
    "without_claim_frame",
    "without_hedged_numbers",
    "without_noise",
    "without_source_frame",
]
