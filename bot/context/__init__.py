"""Conversation context: what the last answers were about, so follow-ups can lean on it.

A `Context` is a frozen value: the Assistant takes one and returns the next, nothing is kept
behind the caller's back. It holds the last entry and record answered, the last question,
the date it asked about, the place, the language and when it was made; it expires after
`minutes`.

`resolve()` reads a message as a follow-up only when it needs the context: a pronoun with a
field ("waar zit dat?", "and its website?"), an ellipsis ("en in Overijssel?", "en eind
2019?", "and the companies?"), or a request about the last answer ("in English please",
"korter", "waar staat dat?", "meer?"). A message that makes sense on its own is answered on
its own: a follow-up reading never beats a good standalone match.

One module per concept: `state.py` holds `Context`, `resolution.py` puts the readings
together in `resolve()`; see README "How it is built" for the others.
"""

from bot.context.answerer import Answerer
from bot.context.people import PERSON_PRONOUNS
from bot.context.pointers import points_back
from bot.context.relative import dated
from bot.context.repeats import not_again, without_shown_paragraphs
from bot.context.replies import _not_known_of_record as not_known_of_record
from bot.context.resolution import is_remark, opens_a_new_topic, refers_back, resolve
from bot.context.state import DEFAULT_MINUTES, LONG_ANSWER, Context, digest
from bot.context.thresholds import GOOD_STANDALONE, KEPT_SHARE, SETTLED_SCORE, VERIFIED_SHARE

__all__ = [
    "DEFAULT_MINUTES",
    "GOOD_STANDALONE",
    "KEPT_SHARE",
    "LONG_ANSWER",
    "PERSON_PRONOUNS",
    "SETTLED_SCORE",
    "VERIFIED_SHARE",
    "Answerer",
    "Context",
    "dated",
    "digest",
    "is_remark",
    "not_again",
    "not_known_of_record",
    "opens_a_new_topic",
    "points_back",
    "refers_back",
    "resolve",
    "without_shown_paragraphs",
]
