"""Words the reading rules share: question words, verbs that open a question, conjunctions,
prepositions, pointers and the programme's own topic words."""

from __future__ import annotations

# A clause asks something when it has a question word, a question mark, or starts with a verb.
_QUESTION_WORDS = frozenset(
    """
    hoeveel wat wie waar wanneer waarom hoe welke welk waarmee waarvoor waaraan hoelang
    how what who where when why which whats hows whos wheres whom
    """.split()
)

_VERB_FIRST = frozenset(
    """
    is zijn kan kun kunt kunnen heeft hebben heb hebt was waren zit zitten doet doen klopt
    bestaat bestaan mag mogen moet moeten wordt worden werd zal zullen zou zouden ga gaan
    are is was were do does did can could will would has have should shall
    """.split()
)

# Words after "en"/"and" that start a second question.
_SECOND_QUESTION = _QUESTION_WORDS | frozenset("is zijn kan heeft bestaat are does do can".split())

_SPLIT_CONJUNCTIONS = ("en", "and", "plus", "ook", "also", "maar", "but", "of", "or")

# A question that has its verb already: "how do i sign up", "what came after the hubs".
_OWN_VERBS = _VERB_FIRST | frozenset("came went happened started began kwam ging gebeurde".split())

_PREPOSITIONS = frozenset(
    "bij in op aan van voor met sinds tot door naar at in on of for with since from to by".split()
)

_SUBJECTS = frozenset(
    "je jij u jullie er het dat die ik we wij ze zij there you it they i he she this that".split()
)

_CONJUNCTIONS_FIRST = frozenset("en and of or maar but".split())

_AUXILIARY_FIRST = frozenset(
    """
    is zijn kan kun kunt kunnen mag mogen moet moeten wordt worden zal zullen zou zouden bestaat
    bestaan doet doen heeft krijgt are is can could may might should will would does do did
    has weet weten ken kent
    """.split()
)

_DEMONSTRATIVES = frozenset("dat dit die deze that this it those these".split())

_THEY = frozenset("they them their ze zij hun".split())

_TOPICS = frozenset("fieldlab fieldlabs hub hubs".split())

_ENGLISH_AUXILIARIES = frozenset(
    "are is can could may might should will would does do did has".split()
)
