"""`read()`: a chat message cut into greeting, thanks, sign-off, self-introduction and
questions, each rule of the other modules applied in the order the message needs them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.text import fold, strip_invisible
from bot.understanding.asides import without_aside, without_fillers, without_noise
from bot.understanding.asker import (
    _ASKED_BY,
    _ASKING_TO_ASK,
    _CONTACT_ME,
    _HEARSAY,
    _HOW_TO_USE,
    _INTRO,
    _NOT_KNOWING,
    _OWN_PLACE,
    _PREAMBLES,
    _PURPOSE,
    FORM_ONLY,
    HEARD_OF_IT,
    TOPIC_TURN,
    _tells_about_the_asker,
    subject_dropped,
)
from bot.understanding.clauses import (
    _difference,
    _distributed_count,
    _elliptic,
    _question_start,
    _split_raw,
    _trailing_question,
    _versus,
    _with_shared_tail,
    _with_subject,
)
from bot.understanding.cleaning import _cleaned
from bot.understanding.dates import _take_when
from bot.understanding.dialect import standard_dutch
from bot.understanding.foreign import _foreign
from bot.understanding.frames import without_source_request
from bot.understanding.keywords import (
    _LIST_ITEMS,
    _keyword_list,
    _keyword_then_question_word,
    _listed_after_colon,
)
from bot.understanding.lexicon import (
    _AUXILIARY_FIRST,
    _DEMONSTRATIVES,
    _QUESTION_WORDS,
    _SPLIT_CONJUNCTIONS,
    _THEY,
)
from bot.understanding.model import MAX_QUESTIONS, Clause, Reading
from bot.understanding.names import (
    _ALL_CAPS,
    _CAPITALISED,
    _NAME_LIKE,
    _sentence_capital,
    _unshouted,
)
from bot.understanding.numbers import numbers_as_digits
from bot.understanding.questions import (
    _REQUEST,
    _asks_beyond_remark,
    _is_question,
    _is_statement,
    asks_briefly,
)
from bot.understanding.smalltalk import (
    _ANYONE_THERE,
    _FEEDBACK,
    _FEEDBACK_ALONE,
    _GOODBYES,
    _HOW_ARE_YOU,
    _LANGUAGE_NAMES,
    _LANGUAGE_QUESTION,
    _LEAVE_TAKING,
    _PLEASANTRY,
    _THANKS,
    CHECK_AGAIN,
    _ends_on_goodbye,
    _first_at,
    _leading_remark,
    _phrase_in,
    _strip_leading,
    _without_phrases,
    answer_language,
    closing_words,
    emoji_said,
    rates_the_answer,
    signed_off,
    smalltalk_typos_fixed,
    thanks_ahead,
)
from bot.understanding.topics import (
    _POINTING_WORDS,
    _POINTS_BACK_ONLY,
    _topic_first,
    _topic_of,
    _topic_with_colon,
    _without_articles,
)
from bot.understanding.vague import _vague_asks
from bot.understanding.voice import said_in_one_breath, with_sentence_stops
from bot.understanding.words import _SENTENCE, _has_content, _words

# "ik weet niet waar ik moet beginnen.": what the asker does not know of their own plans is
# told, not asked, unless they ask it ("?").
_OWN_PLANS = re.compile(r"^\w+ (?:ik|we|wij|i|je|you)\b")

if TYPE_CHECKING:
    from bot.understanding.model import When


# "hoeveel van die hubs zijn er?", "what is this Smart Industry thing?": a demonstrative
# before the kind of thing asked about needs no statement before it to say what it is.
_KINDS_ASKED = frozenset("fieldlab fieldlabs hub hubs lab labs smart programma programme".split())


def _names_its_kind(plain: str) -> bool:
    words = plain.split()
    return any(
        w in _DEMONSTRATIVES and words[at + 1 : at + 2] and words[at + 1] in _KINDS_ASKED
        for at, w in enumerate(words)
    )


# Words that offer answers to choose from after a question ("…, both?", "of allebei?").
_CHOICE_WORDS = frozenset("both allebei beide either or of".split())


def _offers_choices(words: list[str]) -> bool:
    """A short sentence of nouns with "of"/"or"/"both" after a question, or one that
    guesses ("events en zo?", "alleen bedrijven?", "iets met composiet right?"): the asker's
    guesses at its answer, not a question of its own."""
    return (
        len(words) <= 6
        and (bool(_CHOICE_WORDS & set(words)) or _GUESSED.fullmatch(" ".join(words)) is not None)
        and words[0] not in _AUXILIARY_FIRST | _QUESTION_WORDS | _CHOICE_WORDS
        and not (_QUESTION_WORDS | _SAID_OF_SOMEONE) & set(words)
    )


# A guess at the answer: "iets met composiet onderhoud right", "events en zo", "alleen
# bedrijven", "only companies"
_GUESSED = re.compile(
    r"(?:iets met|alleen|enkel|only|just|something with|something like|zoiets als)"
    r"(?! (?:voor|for|als|if)\b) .+|"
    r"(?!en |and ).+ (?:en zo|enzo|of zo|ofzo|and so on|and stuff|or so|or something|right)"
)


# A sentence with a subject and its verb is said of someone ("you are bot or human?").
_SAID_OF_SOMEONE = frozenset("you je jij u ben bent are is zijn was were".split())


_COMMA_QUESTION = re.compile(
    r",\s+(?=(?:hoeveel|wat|wie|waar|wanneer|welke|hoe|how|what|who|where|when|which)\b)",
    re.IGNORECASE,
)


# "Hoeveel waren het er?", "how many were there exactly?": a count with no subject of its own
# ("hoeveel was dat?" points at the statement before; that reading is below).
_BARE_COUNT = re.compile(
    r"^(?:(?:toevallig|misschien|soms|ook|perhaps|maybe) )*(?:hoeveel|how many)"
    r"(?: (?:waren|zijn|zouden|were|are|is|was))?(?: (?:het|er|there))*"
    r"(?: (?:nou|nu|dan|precies|exactly|then|eigenlijk|in totaal|in total|toen))*$"
)

# "Hoe heet dat ook alweer?", "what is it called?": the name of what was just told.
_NAME_OF_IT = re.compile(
    r"^(?:hoe heet (?:dat|die|het|dit|ie)|wat is de naam (?:daarvan|ervan|van dat|van die)|"
    r"what(?:s| is) (?:it|that|this) called|what(?:s| is) (?:the|its) name(?: of (?:it|that))?)"
    r"(?: (?:ook alweer|alweer|nou|dan|again|precies|eigenlijk|then))*$"
)
# "ik heb gehoord van …", "I heard about …": what follows is what was heard of.
_HEARD_OF = re.compile(
    r"\b(?:gehoord van|gehoord over|gelezen over|heard (?:of|about)|read about)\b"
)

# "… en die zegt dat …", "my colleague says that …": hearsay, a claim to check.
_SAYS_THAT = re.compile(
    r"\b(?:zegt|zei|zeggen|beweert|vertelde|vertelt|says|said|told me|claims|tells me)"
    r"(?: me| mij)? (?:dat|that) "
)

# What follows a greeting as part of it: "good morning to you", "hallo allemaal".
_GREETING_TAIL = frozenset(
    "to you too all u ook jij jou allemaal everyone everybody there dear my friend friends and "
    "en iedereen".split()
)

# "… maar weten niet waar te beginnen": knowing, after "maar", is told, not asked.
_KNOWING = frozenset("weet weten ken kent".split())

# A guess said with a hedge after a question: "Predictive maintenance I think?", "Delft
# geloof ik?", "30.000 of zoiets?".
_HEDGED_GUESS = re.compile(
    r"\b(?:i think|i guess|i believe|i suppose|i assume|if i remember|denk ik|geloof ik|"
    r"volgens mij|dacht ik|neem ik aan|vermoed ik|or something|of zoiets|ofzo)\b",
    re.IGNORECASE,
)

# "… en wie weet tot een volgende keer!": "who knows" asks nothing.
_WHO_KNOWS = re.compile(r"^[^?]*\b(?:wie weet|who knows)\b[^?]*$", re.IGNORECASE)


def _partition(sentence: str) -> tuple[str, str, str]:
    """The sentence cut at its first comma or dash: "I'm a zzp'er in Amersfoort - why…"."""
    found = re.search(r", | [-–] ", sentence)
    if found is None:
        return sentence, "", ""
    return sentence[: found.start()], found.group(), sentence[found.end() :]


# "RoboHouse is in Rotterdam, right?", "er zijn 47 fieldlabs, toch?": a tag after a
# statement turns the statement into the question; it is no question of its own.
_TAG_QUESTION = re.compile(
    r"(?:right|toch|correct|true|klopt(?: dat| het)?|of niet|or not|niet waar|isn'?t it|"
    r"is it|aren'?t they|ja|yes|he|hè|eh|ok[eé]?)\s*[?!.]*",
    re.IGNORECASE,
)


# A sentence that only asks to confirm the one before: "Klopt dat (getal)?", "True?",
# "Is that right?".
_CONFIRM_ONLY = re.compile(
    r"(?:klopt (?:dat|dit|het)(?: wel| echt| nog)?(?: getal| cijfer| bedrag| jaar)?|"
    r"(?:is )?(?:that|this|it) (?:true|right|correct)|(?:is dat|is dit) (?:waar|juist|zo)|"
    r"true|right|correct|echt waar|of niet|or not)"
)
# "Lijkt me veel.", "Sounds high to me.": doubt about what was just told asks to check it
_DOUBT_TOLD = re.compile(
    r"(?:dat |that |it |this |dit |het )?(?:lijkt|klinkt|sounds|seems|looks)(?: me| mij| to me)?"
    r"(?: als| like)?(?: erg| heel| nogal| wel| quite| very| rather| a bit| too| te| way)?"
    r" (?:veel|weinig|hoog|laag|high|low|a lot|much|little|sterk|raar|vreemd|odd|"
    r"strange|off|unlikely|onwaarschijnlijk|overdreven|exaggerated)(?: to me| voor mij)?"
)


# "Weet u dat?", "do you know?", "any idea?" after a question or what someone asked.
_KNOW_TAG = re.compile(
    r"(?:en |and |maar |but )?(?:(?:weet|weten) (?:u|je|jij|jullie|jij dat|u dat)"
    r"(?: (?:dat|dit|het))?(?: (?:misschien|toevallig|ook|soms))?|"
    r"(?:do|would|does) (?:you|anyone) (?:happen to )?know(?: (?:that|this|it))?|"
    r"any idea|enig idee|idee)"
)


# "Twee vragen: 1) hoe kan ik instappen, 2) welke Hub …", "voor mijn klant: - de investering
# - het aantal banen": the items of a list are questions of their own.
_NUMBERED = re.compile(r"(?:^|(?<=[\s:;,.?!]))\(?([1-9])[.)]\s+(?=[^\W\d])")
_BULLET = re.compile(r"(?:^|\s)[-•*–]\s+(?=[^\W\d])")


# How a letter closes: after thanks or feedback it takes no leave of its own.
_SIGN_OFFS = frozenset(
    "met vriendelijke groet|vriendelijke groet|vriendelijke groeten|hartelijke groet|mvg|"
    "best regards|kind regards|regards|groet|groeten".split("|")
)


def _list_items(text: str) -> str:
    """The text with each item of a numbered or bulleted list as a sentence of its own
    ("1) a, 2) b" -> "a. b"); a lone "1." or one dash ("Noord - Groningen") is no list."""
    numbers = [m.group(1) for m in _NUMBERED.finditer(text)]
    if len(numbers) >= 2 and numbers[:2] == ["1", "2"]:
        text = _NUMBERED.sub(". ", text)
    elif len(_BULLET.findall(text)) >= 2:
        text = _BULLET.sub(". ", text)
    else:
        return text
    # "vragen: . hoe", "instappen, . welke": one stop between items, none doubled.
    text = re.sub(r"\s*[,;:]?\s*\.\s+", ". ", text)
    return re.sub(r"^\.\s+", "", text)


# "oh haarlem", "ah, BOOST", "aha de BOM": an interjection and one or two words after it
_ECHO = re.compile(r"(?:oh|ah|aha|ooh|o|wow|oke|ok) (?:de |het |the )?\S+(?: \S+)?")


# "kan t niet vinden", "I can't find it anywhere": where the asker looked, not a question
_CANT_FIND = re.compile(
    r"(?:ik )?(?:kan|kon) (?:het|t|hem|die|dat|m|em|er|ze)? ?(?:\S+ )?(?:niet|nergens)"
    r"(?: \S+)? (?:vinden|terugvinden)(?: \S+)?|(?:ik )?(?:vind|vond) (?:het|t|hem|die|dat|"
    r"m|em|ze) (?:\S+ )?(?:niet|nergens)(?: \S+)?|(?:i )?(?:cant|cannot|couldnt|can not|could "
    r"not) find (?:it|that|them|this|anything)(?: \S+){0,2}"
)


# The mark between thousands: "3,000" in English and "30.000" in Dutch are one number
_THOUSANDS_MARK = re.compile(r"(?<=\d)[.,](?=\d{3}(?!\d))")


_TOPIC_DETERMINERS = frozenset("die de het deze dat dit the those these that this".split())


# A word that judges what was just said ("kk oud", "wel duur", "really interesting")
_JUDGED = frozenset(
    """oud jong mooi jammer duur goedkoop lang kort interessant raar vreemd cool gaaf vet tof
    apart grappig handig knap leuk saai sterk snel traag veel weinig old young nice
    interesting weird strange cool funny expensive cheap long short useful sad""".split()
)
_INTENSIFIERS = frozenset(
    """kk heel erg echt zo wel best super zeer nogal behoorlijk really very so pretty quite
    kinda lowkey wow oh ah pfff hmm""".split()
)

_NEVER_MIND = re.compile(r"(?:(?:haha|ok|oke|okay|nou|ah|oh|pff) )*laat maar(?: zitten| weer)?")

# "Goedendag" greets at the start of a message and takes leave at its end.
_DAY_SAID = frozenset({"goedendag", "goeiedag", "goeiendag", "dag", "good day"})

# The verb before a question the asker must find out: "uitzoek wat", "find out how"
_EMBEDDED_ASK = re.compile(
    r"\b(?:uitzoek|uitzoeken|uit te zoeken|uitvinden|opzoeken|nagaan|find out|figure out|"
    r"look up|work out)(?= (?:wat|hoe|wie|waar|wanneer|welke|hoeveel|waarom|what|how|who|"
    r"where|when|which|why)\b) "
)
# A sentence cut off before the question it embeds: "my boss asked me to find out"
_ENDS_EMBEDDING = re.compile(
    r"\b(?:uitzoek|uitzoeken|uit te zoeken|uitvinden|opzoeken|nagaan|find out|figure out|"
    r"look up|work out)$"
)
# "…, can you help?" after the question: the question is the help asked for
_HELP_AFTER = re.compile(
    r"\s+(?:can|could) (?:you|u) help(?: me| us)?$|\s+(?:kun|kan|kunt) (?:je|jij|u) "
    r"(?:me |mij |ons )?(?:daarmee |hierbij )?helpen$"
)


# "welke zijn er in Brabant?", "which are near Delft?": "welke" with no noun after it.
_WHICH_ONES = re.compile(
    r"^(welke|which|which ones)\s+(?=(?:zijn|is|zitten|liggen|staan|are|is|exist|kan|kun|"
    r"kunnen|can|could|zou|would|do|does|bestaan|raad)\b)"
)
_KINDS_NAMED = re.compile(r"\b(fieldlabs?|field labs?|proeftuinen|proeftuin|veldlabs?|hubs?)\b")
_KIND_PLURAL = {
    "fieldlab": "fieldlabs", "fieldlabs": "fieldlabs", "field lab": "fieldlabs",
    "field labs": "fieldlabs", "proeftuin": "fieldlabs", "proeftuinen": "fieldlabs",
    "veldlab": "fieldlabs", "veldlabs": "fieldlabs", "hub": "hubs", "hubs": "hubs",
}  # fmt: skip

# "what are they exactly", "wat zijn dat precies": a question about what was just said.
_THEY_BACK_ONLY = re.compile(
    r"^((?:wat|what) (?:(?:exactly|precies|eigenlijk) )?(?:zijn|are)) (?:ze|zij|they|those|die)"
    r"(?= *(?:(?:nou|nu|dan|eigenlijk|precies|exactly|then|allemaal|toch)\b *)*$)"
)


def _pointed_back(remark: list[str], question: list[str]) -> list[str]:
    """The question after "maar"/"but", its "dat"/"they" the topic the remark ended on
    ("ik las iets over RoboHouse maar wat is dat" -> "wat is robohouse"); a remark that
    tells of the asker ("ik ben nieuw hier") gives no topic."""
    asked = " ".join(question)
    pattern = next((p for p in (_POINTS_BACK_ONLY, _THEY_BACK_ONLY) if p.match(asked)), None)
    told = " ".join(_topic_of(remark)) if pattern is not None else ""
    if pattern is None or not told or _INTRO.match(" ".join(remark)):
        return question
    return pattern.sub(rf"\1 {told}", asked).split()


def _without_absorbed_topics(clauses: list[Clause]) -> list[Clause]:
    """ "die hubs, wanneer zijn die begonnen …": a topic said first, which the question
    after it took as its subject ("wanneer zijn hubs begonnen"), asks nothing of its own."""
    out: list[Clause] = []
    for n, clause in enumerate(clauses):
        words = [w for w in clause.text.split() if w not in _TOPIC_DETERMINERS]
        later = clauses[n + 1].text.split() if n + 1 < len(clauses) else []
        if (
            later
            and 0 < len(words) <= 3
            and len(words) < len(clause.text.split())  # "die hubs": said as a topic
            and not _QUESTION_WORDS & set(words)
            and all(w in later for w in words)
        ):
            continue
        out.append(clause)
    return out


# "In that 2017 study, …", "Volgens de studie van 2017, …": which source and when, said
# before the question it belongs to
_SOURCE_FRAME = re.compile(
    r"(?i)(?:in|volgens|according to|per|from) (?:de |het |dat |die |deze |that |the |this |"
    r"their |zijn |his )?(?:\d{4} )?(?:studie|study|rapport|report|monitor|publicatie|"
    r"publication|onderzoek|evaluatie|evaluation|blog|artikel|article)(?: (?:van|of|from) "
    r"(?:\w+ )?\d{4})?[,.:;]?"
)


def _with_source_frames_joined(sentences: list[str]) -> list[str]:
    """A source frame said as a sentence of its own is part of the question after it."""
    out: list[str] = []
    for sentence in sentences:
        if out and _SOURCE_FRAME.fullmatch(out[-1].strip()):
            out[-1] = f"{out[-1].strip().rstrip(',.:;')} {sentence}"
            continue
        out.append(sentence)
    return out


def _dated_by_the_next(clauses: list[Clause]) -> list[Clause]:
    """ "Number of Fieldlabs, January 2020?": a date alone after an undated question dates
    that question; it asks nothing of its own."""
    out: list[Clause] = []
    for clause in clauses:
        last = out[-1] if out else None
        only_a_date = (
            clause.when is not None
            and clause.when.year is not None
            and not _has_content(_take_when(clause.original)[0])
        )
        if last is not None and last.when is None and only_a_date:
            out[-1] = replace(
                last, when=clause.when, original=f"{last.original} {clause.original}"
            )
            continue
        out.append(clause)
    return out


# Words that make a sentence said of someone: "I will tell my manager", "that helps".
_SAID_BY_SOMEONE = frozenset(
    """ik i me mij my mijn we wij ons onze our us you je jij jou jouw jullie u uw your het it
    dat that dit this die ze zij they he hij she""".split()
)


# Openings that ask for what follows them ("weet jij", "do you know", "kindly tell me"), not
# those that only lead in to it ("allereerst", "quick question").
_ASKS_WHAT_FOLLOWS = re.compile(
    r"\b(?:weet|weten|know|wonder|wondering|vraag|vragen|ask|tell|vertellen|uitleggen|explain|"
    r"ken|kent|heard|share|inform|laten)\b"
)


def _asks_by_naming(told: list[str], sentences: list[str], text: str) -> bool:
    """ "list all the hubs pls, thanks", "total investment fieldlabs 2020. Cheers!": thanks or
    a goodbye that close a message after words that name a subject and no one say what was
    asked, as do thanks for help still to come ("…, alvast bedankt")."""
    if thanks_ahead(text):
        return True
    last = _words(sentences[-1]) if sentences else []
    return (
        bool(last)
        and closing_words(last) == len(last)
        and not any(_SAID_BY_SOMEONE & set(_words(t)) for t in told)
    )


def _closing_apart(sentence: str) -> list[str]:
    """ "wheres robohouse thanks!", "… in 2019 alvast bedankt": thanks or a goodbye said after
    the question without a stop are a sentence of their own, as after a stop. What is not
    asked keeps its goodbye ("stop maar doei", "… en wie weet tot een volgende keer")."""
    words = _words(sentence)
    closing = closing_words(words)
    rest = words[: len(words) - closing]
    if not closing or len(rest) < 2 or _WHO_KNOWS.search(sentence):
        return [sentence]
    thanked = _phrase_in(words[len(rest) :], _THANKS) is not None
    if not (_is_question(rest, " ".join(rest)) or (thanked and len(rest) >= 3)):
        return [sentence]
    counted = 0
    for token in reversed(list(re.finditer(r"[^\W_]+", sentence))):
        counted += len(_words(token.group()))
        if counted >= closing:
            return [sentence[: token.start()].rstrip(" ,;-–"), sentence[token.start() :]]
    return [sentence]


# A person as the first word: the part is something said by or of someone, not a topic.
_PERSONS_FIRST = frozenset("ik je jij u we wij i you".split())


# Pure on the message, and its Reading is frozen: one answer reads the same words more than
# once (the message, then its introduction for a place, then again for a record it names).
@lru_cache(maxsize=4096)
def read(message: str) -> Reading:
    """Cut a chat message into greeting, thanks, sign-off, self-introduction and questions."""
    text = standard_dutch(" ".join(strip_invisible(message or "").split()))
    text = _THOUSANDS_MARK.sub("", text)  # "over 3,000 companies", "30.000 bedrijven"
    text = smalltalk_typos_fixed(text)
    text, foreign = _foreign(_unshouted(without_fillers(without_noise(text))))
    if said_in_one_breath(message or ""):
        text = with_sentence_stops(text)
    text = _list_items(text)
    written = text
    text = _topic_with_colon(text)
    sentences = []
    context: set[str] = set()  # parts that tell, not ask: "…, I need it for my thesis"
    pending_when: When | None = None  # a sentence that only says when
    asked_before = False
    for sentence in [
        piece
        for written_sentence in _SENTENCE.split(text)
        for piece in _closing_apart(written_sentence)
    ]:
        said = _words(sentence)
        if (
            asked_before
            and (
                (_HEDGED_GUESS.search(sentence) and not _QUESTION_WORDS & set(said))
                # "Hoeveel banen? Want ik lees mooie verhalen, maar wat levert het op?": a reason
                or said[:1] in (["want"], ["omdat"], ["aangezien"], ["because"])
            )
        ):
            # "What is CAMPIONE about? Predictive maintenance I think, for process industry?":
            # the asker's guess at the answer, or why they ask: told, not asked.
            sentences.append(sentence)
            context.add(sentence)
            continue
        asked_before = asked_before or "?" in sentence
        # "Ik heb een bedrijf in Zwolle, waar moet ik heen?": the introduction is a part.
        head, comma, tail = _partition(sentence)
        head_words = _words(head)
        head_words = head_words[_strip_leading(head_words) :]
        if (
            comma
            and head_words
            and head_words[0] not in _SPLIT_CONJUNCTIONS  # "and the one in Woensdrecht, …"
            and (
                _INTRO.match(" ".join(head_words))
                or _is_statement(head_words, head)
                or (len(head_words) == 3 and not _is_question(head_words, head))
            )
            and _is_question(_words(tail), tail)
            and (
                not _DEMONSTRATIVES & set(_words(tail))
                or _NAME_OF_IT.match(" ".join(_words(tail)))  # "…, hoe heet dat?"
                # "Je spreekt over Smart Industry, wie heeft dat programma opgericht?": a
                # sentence of its own, whose subject is a person, is told as "X. Y?" is
                or (head_words[0] in _PERSONS_FIRST and _is_statement(head_words, head))
            )
            and not _TAG_QUESTION.fullmatch(tail.strip())
        ):
            sentences += [head, _COMMA_QUESTION.sub(" en ", tail)]
        else:
            # "can you give me the names of all the hubs, I need it for my thesis": what the
            # asker tells after the question is context, as it is in front of it.
            body, _, told = sentence.rpartition(", ")
            told_words = _words(told)
            if (
                body
                and len(told_words) >= 3
                and (
                    _INTRO.match(" ".join(told_words))
                    or _PURPOSE.match(" ".join(told_words))
                    or _tells_about_the_asker(told_words, told)
                    or _HEARSAY.match(" ".join(told_words))
                )
                and "?" not in told
                and (not _is_question(told_words, told) or subject_dropped(told_words))
                and _is_question(_words(body), body + "?")
                and len(_words(body)) >= 3
            ):
                sentences += [_COMMA_QUESTION.sub(" en ", body), told]
                context.add(told)
            else:
                sentences.append(_COMMA_QUESTION.sub(" en ", sentence))  # "hoeveel X, hoeveel Y"
    sentences = _keyword_then_question_word(
        without_source_request([s.strip() for s in sentences if s and s.strip(" .!?,;")])
    )
    # "SAMEN, wat is dat?": a word in capitals is a name, also where a sentence starts.
    names = frozenset(fold(w) for w in _CAPITALISED.findall(text) + _ALL_CAPS.findall(text))
    if text != written:
        names -= _sentence_capital(written)
    greeting = thanks = goodbye = feedback = exclaimed = language = preamble = False
    answer_in: str | None = None
    asked = True
    intro: list[str] = []
    clauses: list[Clause] = []
    statements: list[tuple[int, str, str]] = []
    listed = _listed_after_colon(sentences)
    told_names: list[str] = []  # names said before a colon: what the questions after are about
    told_only = True  # every clause so far from a sentence that asks nothing
    sentences = _with_source_frames_joined(sentences)
    for n, sentence in enumerate(sentences):
        if sentence in context and clauses:
            intro.append(sentence)
            continue
        words = _words(sentence)
        if n + 1 in listed:
            # "For my thesis I need the 2019 TNO figures: …": what is asked follows the
            # colon; the year said here holds for it.
            intro.append(sentence)
            pending_when = _take_when(numbers_as_digits(" ".join(words)))[1] or pending_when
            continue
        if (
            not clauses
            and sentence.endswith(":")
            and n + 1 < len(sentences)
            and "?" in sentences[n + 1]
            and not _is_question(words, sentence)
        ):
            # "Mijn begeleider vraagt naar de oprichting van SMITZH: in welk jaar is de hub
            # opgericht?": the name said before the colon is what the question is about.
            # only a name by its capitals ("SMITZH", "RoboHouse"), not "For an article on
            # European manufacturing policy:"
            said_names = {
                fold(w) for w in _ALL_CAPS.findall(sentence) + _NAME_LIKE.findall(sentence)
            }
            colon_names = [w for w in words[1:] if w in said_names]
            if colon_names:
                intro.append(sentence)
                told_names = colon_names
                continue
        keywords = _keyword_list(sentence)
        if keywords:
            clauses += keywords  # "invest + banen + bedrijven fl tm 2018?"
            told_only = False
            continue
        if n in listed:
            for item in _LIST_ITEMS.split(sentence.rstrip(" .")):
                item_words = " ".join(_words(item))
                if _has_content(item_words):
                    asked_text, when = _take_when(numbers_as_digits(item_words))
                    clauses.append(
                        Clause(_cleaned(asked_text), item_words, when or pending_when, names)
                    )
            continue
        if _PURPOSE.match(" ".join(words) + " ") and "?" not in sentence and len(words) <= 6:
            intro.append(sentence)  # "Voor mijn scriptie: …"
            continue
        if clauses and _tells_about_the_asker(words, sentence):
            intro.append(sentence)  # "… gepresenteerd? Ik heb de exacte maand nodig."
            continue
        if n < len(sentences) - 1 and "?" not in sentence and _OWN_PLACE.match(" ".join(words)):
            intro.append(sentence)  # "bedrijf in enschede, bij welke hub hoor ik"
            continue
        if (
            n < len(sentences) - 1
            and words[:1] in (["we"], ["wij"])
            and not _is_question(words, sentence)
            and not (_REQUEST | _QUESTION_WORDS) & set(words)
        ):
            intro.append(sentence)  # "we're in Zwolle. we build trailers. how many …?"
            continue
        if _NEVER_MIND.fullmatch(" ".join(words)):
            goodbye = True  # "haha ok laat maar. doei": the question is dropped
            continue
        if n and n + 1 == len(sentences) and " ".join(words) in _DAY_SAID:
            goodbye = True  # "Jammer, dan bel ik wel even. Goedendag.": a farewell at the end
            continue
        skip = _strip_leading(words)
        if (skip and n == 0) or (skip and not clauses):
            greeting = True
        words = words[skip:]
        lead = _leading_remark(words)
        if lead and words[lead] in ("en", "and"):
            # "dankje en hoeveel geld is er geïnvesteerd", "top, en hoeveel bedrijven doen
            # mee?": thanks or an exclamation before "en" opens the next question.
            thanks = thanks or bool(_phrase_in(words[:lead], _THANKS))
            words = words[lead:]
        if TOPIC_TURN.fullmatch(" ".join(words)) and n < len(sentences) - 1:
            continue  # "Different topic: what was …": the turn, not a question
        if skip and words and set(words) <= _GREETING_TAIL:
            continue  # "Hello, good morning to you.", "goedemorgen allemaal": the greeting
        but = next((at for at, w in enumerate(words) if w in ("maar", "but") and at >= 2), 0)
        if (
            but
            and words[but + 1 : but + 2]
            and words[but + 1] in _QUESTION_WORDS | _AUXILIARY_FIRST - _KNOWING
            and not _QUESTION_WORDS & set(words[:but])
            and not _POINTING_WORDS & set(words[but + 1 :])  # "…, zijn er die daar mee…"
        ):
            # "wss een domme vraag maar wat is smart industry eig", "sorry to bother you but
            # how many hubs are there": the remark before "maar" asks nothing.
            # "Ik hoor steeds 'fieldlab' maar wat is dat nou precies?": unless the question
            # points back at what the words before "maar" ended on.
            words = _pointed_back(words[:but], words[but + 1 :])
        if not words:
            continue
        if clauses and _offers_choices(words):
            continue  # "Who's behind the program? Government, industry, both?": a guess
        found_thanks = _phrase_in(words, _THANKS)
        found_bye = _phrase_in(words, _GOODBYES)
        plain = " ".join(words)
        asks = _is_question(words, sentence)
        if (
            # "hello, how are you doing today my friend": the "en" a comma became counts not
            (_HOW_ARE_YOU.match(plain) and len(words) - (words[0] == "en") <= 7)
            or (_PLEASANTRY.match(plain) and len(words) <= 8)
            or (_ANYONE_THERE.match(plain) and not clauses)
        ):
            greeting = True  # "hey there how are you doing today", "fijn dat jullie er zijn"
            continue
        if answer_language(plain) is not None:
            answer_in = answer_language(plain)  # "Wat is een hub? In het Engels graag"
            continue
        if _LANGUAGE_QUESTION.search(plain) and not clauses:
            language = True
            # "Dank je wel, mijn Nederlands is nog niet zo goed": thanks too
            thanks = thanks or bool(found_thanks)
            continue
        if language and _LANGUAGE_NAMES & set(words) and not clauses:
            continue  # "can I ask in Dutch? my Dutch is not so good": still about language
        if signed_off(words, sentence):
            # "Met vriendelijke groeten, Pieter de Vries, Bakkerij De Vries": the name and firm
            # sign the letter. In a letter that greets, thanks or rates, the close is its form
            # and takes no leave of its own.
            goodbye = goodbye or not (thanks or feedback or greeting)
            continue
        said_bye = len(words) - len(_without_phrases(words, _LEAVE_TAKING))
        if found_bye in _SIGN_OFFS and said_bye == len(words) and (thanks or feedback):
            continue  # "Hartelijk dank … Met vriendelijke groet": a letter's close, no goodbye
        if (
            found_bye
            # "moet weer aan het werk": a sentence that is all leave-taking asks nothing,
            # however much its verb first looks like a question
            and (not asks or _WHO_KNOWS.search(sentence) or said_bye == len(words))
            and (len(words) <= said_bye + 3 or found_thanks or _ends_on_goodbye(words))
        ):
            goodbye = True  # "cheers, talk later": a goodbye with thanks in it
            thanks = thanks or bool(found_thanks)
            continue
        remark = _FEEDBACK.search(plain) if found_thanks else None
        if (
            found_thanks
            and remark is not None
            and remark.start() < _first_at(plain, _THANKS)
            and not _asks_beyond_remark(words, sentence)
        ):
            # "That answer was very useful, thank you for including the years": what is said
            # first is the remark; "Merci, dat was een goed antwoord" is thanks.
            feedback = thanks = True
            continue
        if found_thanks and (len(words) <= len(found_thanks.split()) + 3 or not asks):
            thanks = True  # "Top, heel erg bedankt voor de snelle hulp!"
            # "Thank you, very precise answer.", "bedankt, maar het klopte niet": a word on
            # the answer after the thanks is feedback too.
            rest = _without_phrases(words, _THANKS)
            feedback = feedback or bool(
                rest and (_FEEDBACK.search(plain) or rates_the_answer(rest))
            )
            continue
        remark = _FEEDBACK.search(plain)
        if CHECK_AGAIN.search(plain) and (feedback or remark or len(words) <= 6):
            feedback = True  # "Dat cijfer klopt niet. Kun je dat nakijken?"
            continue
        if (remark or rates_the_answer(words)) and (
            not _asks_beyond_remark(words, sentence)
            # "could be better", "kan beter": a remark that is the whole sentence, a modal
            # verb first, asks nothing unless a question mark says so
            or (remark is not None and remark.span() == (0, len(plain)) and "?" not in sentence)
        ):
            feedback = True
            continue
        if _FEEDBACK_ALONE.match(plain):
            exclaimed = True  # "top!", "echt top": praise, unless thanks go with it
            continue
        if found_thanks:  # "bedankt, en hoeveel banen?": the rest is a question
            thanks = True
        plain = HEARD_OF_IT.sub(r"\g<what>", _ASKED_BY.sub("", plain))
        opening = _PREAMBLES.match(plain)
        # "weet jij een goeie sushi plek in rotterdam", "Kindly tell me …": what follows an
        # opening that asks is asked, though said without a question mark.
        asked_ahead = opening is not None and bool(_ASKS_WHAT_FOLLOWS.search(opening.group(0)))
        plain = without_aside(_PREAMBLES.sub("", plain))
        not_knowing = _NOT_KNOWING.search(plain)
        if not_knowing is not None and (
            "?" in sentence or not _OWN_PLANS.match(plain[not_knowing.end() :])
        ):
            before = plain[: not_knowing.start()].strip(" ,")
            if _INTRO.match(before):  # "I work in a food company in Apeldoorn, but …"
                intro.append(before)
            plain = plain[not_knowing.end() :]
        if _CONTACT_ME.match(plain):
            continue  # "bel me op 06-…": the number was taken out; the note says why
        if not plain or _ASKING_TO_ASK.match(plain) or _HOW_TO_USE.match(plain):
            preamble = True
            continue
        if n + 1 < len(sentences) and FORM_ONLY.match(plain):
            continue  # "Kunt u in één zin samenvatten: …": the next sentence is what is asked
        said_that = _SAYS_THAT.search(plain)
        if (
            said_that is not None
            and n + 1 < len(sentences)
            and _CONFIRM_ONLY.fullmatch(" ".join(_words(sentences[n + 1])))
        ):
            # "Ik heb een klant in Reusel en die zegt dat daar een fieldlab zit. Klopt dat?":
            # what someone says is the claim the tag asks to confirm.
            intro.append(plain[: said_that.start()])
            statements.append((len(clauses), sentence, plain[said_that.end() :]))
            continue
        if (
            n + 1 < len(sentences)
            and "?" not in sentence
            and set(plain.split()) <= _JUDGED | _INTENSIFIERS
            and set(plain.split()) & _JUDGED
        ):
            continue  # "kk oud. bestaat die nog wel?": a remark on the answer, then the question
        if _CANT_FIND.fullmatch(plain) and "?" not in sentence and len(sentences) > 1:
            continue  # "website van hub noord?? kan t niet vinden": why it is asked
        if _ECHO.fullmatch(plain) and "?" not in sentence and n + 1 < len(sentences):
            # "Oh Haarlem! Zit daar nog meer?": a word of the answer said back is a remark
            # on it, and the question after is what is asked.
            continue
        if (
            _ENDS_EMBEDDING.search(plain)
            and "?" not in sentence
            and (n + 1 < len(sentences) or clauses)
        ):
            # "mijn baas wil dat ik uitzoek | wat een hub is"; "What is a hub? My manager
            # asked me to find out.": why the question is asked, not a question
            if n + 1 < len(sentences):
                intro.append(plain)
            continue
        embedded = _EMBEDDED_ASK.search(plain)
        if embedded is not None and not _QUESTION_WORDS & set(plain[: embedded.start()].split()):
            # "ik ben noor, stagiair in nijmegen, en mijn baas wil dat ik uitzoek wat smart
            # industry is, can you help?": what the asker must find out is what is asked
            intro.append(plain[: embedded.end()])
            plain = _HELP_AFTER.sub("", plain[embedded.end() :])
        if _INTRO.match(plain) and "?" not in sentence:
            # Voice input without punctuation: "wij zijn een plaatwerkerij uit lochem welke
            # fieldlabs zijn er voor de metaal": the question starts at its question word.
            split = _question_start(plain.split())
            if split:
                intro.append(" ".join(plain.split()[:split]))
                plain = " ".join(plain.split()[split:])
            elif not _is_question(plain.split(), sentence):
                intro.append(sentence)
                continue
        elif _INTRO.match(plain) and not _is_question(plain.split(), sentence):
            intro.append(sentence)
            continue
        plain = _topic_first(numbers_as_digits(plain))
        dated_text, dated = _take_when(plain)
        if (
            dated is not None
            and dated.year is not None
            and not _has_content(dated_text)
            and n < len(sentences) - 1  # "en in 2017?" alone asks the last figure again
            # "and in 2020? asking for a colleague": a date asked is no date of what follows
            and "?" not in sentence
        ):
            pending_when = dated  # "In January 2020, how many companies …?": the date only
            continue
        if (clauses or statements) and _DOUBT_TOLD.fullmatch(plain):
            dutch = bool({"lijkt", "klinkt", "dat", "dit", "het"} & set(plain.split()[:2]))
            plain = "klopt dat" if dutch else "is that right"
        if (
            _is_statement(plain.split(), sentence)
            and not asked_ahead
            and not (thanks and asks_briefly(words))
        ):
            # "thanks! and Smart Bending Factory": after thanks, "and …" asks again
            statements.append((len(clauses), sentence, plain))
            continue
        if clauses and _KNOW_TAG.fullmatch(plain):
            continue  # "… in die fieldlabs is gestoken. Weet u dat?": asks the sentence before
        if clauses and _CONFIRM_ONLY.fullmatch(plain) and "?" not in sentences[n - 1]:
            # "In de Implementatieagenda stond dat … 12000 medewerkers nodig hebben. Klopt dat
            # getal?": the tag asks to confirm the sentence before; it is no question itself.
            last = clauses[-1]
            clauses[-1] = replace(
                last,
                original=f"{last.original} {plain}",
                said=f"{last.said or last.original} {plain}",
            )
            continue
        refers = (_DEMONSTRATIVES | _THEY) & set(plain.split()) or (
            len(plain.split()) <= 6 and bool(_POINTING_WORDS & set(_without_articles(plain)))
        )
        told_before = statements[-1][2] if statements else intro[-1] if intro else ""
        if told_before and not clauses and _POINTS_BACK_ONLY.match(plain):
            # "… mijn zoon zegt dat we wat met smart industrie moeten. wat is dat nou
            # eigenlijk precies": "dat" is what the sentence before ended on.
            told = " ".join(_topic_of(_words(told_before)))
            if told and not _INTRO.match(told):
                plain = _POINTS_BACK_ONLY.sub(rf"\1 {told}", plain)
                statements = statements[:-1] if statements else statements
                if told_before not in intro:
                    intro.append(told_before)
        if told_before and not clauses and _WHICH_ONES.match(plain):
            # "Ik wil eens een Fieldlab bezoeken. Welke zijn er in Brabant?": "welke" without
            # a noun asks which of what the sentence before named.
            named = _KINDS_NAMED.findall(" ".join(_words(told_before)))
            if named:
                plain = _WHICH_ONES.sub(rf"\1 {_KIND_PLURAL[named[-1]]} ", plain, count=1)
        if told_before and not clauses and _NAME_OF_IT.match(plain):
            # "Ik heb gehoord van een fieldlab in Den Bosch voor de bouw. Hoe heet dat?": the
            # one told about is asked for; what it is called is in its answer.
            heard = _HEARD_OF.split(told_before, maxsplit=1)
            plain = heard[-1].strip() or told_before
            statements = statements[:-1] if statements else statements
        if clauses and not statements and _BARE_COUNT.match(plain) and "?" not in sentences[n - 1]:
            # "Ik meen gelezen te hebben dat er veel vakmensen nodig zijn; weet u hoeveel?":
            # the count of what the clause before says, which that clause asks already
            continue
        if told_before and not clauses and _BARE_COUNT.match(plain):
            # "Ik las dat de fieldlabs honderden banen opleverden. Hoeveel waren het er nou
            # precies?": the count of what was just told.
            told = re.split(r"\b(?:dat|that)\b", told_before, maxsplit=1)[-1]
            plain = f"{plain} {' '.join(_words(told))}"
            statements = statements[:-1] if statements else statements
        confirms = bool(_CONFIRM_ONLY.fullmatch(plain))  # "I heard … of BOOST. True?"
        if (
            statements
            and statements[-1][0] == len(clauses)
            and ((refers and not _names_its_kind(plain)) or confirms)
        ):
            # "240 miljoen aan investeringen... uit welk onderzoek komt dat getal?": the
            # statement just before holds what "dat" is.
            plain = f"{statements.pop()[2]} {plain}"
        raw = [
            piece
            for part in _split_raw(plain.split())
            for piece in (
                _distributed_count(part)
                or _difference(part)
                or _versus(part)
                or _trailing_question(part)
                or [part]
            )
        ]
        raw = _with_shared_tail(raw)
        parts = [
            _with_subject(_elliptic(part, raw[0]), raw[0], raw[n - 1]) if n else part
            for n, part in enumerate(raw)
        ]
        taken = [_take_when(" ".join(part)) for part in parts]
        shared = next((w for _, w in taken if w is not None), pending_when)
        told_only = (
            told_only
            and "?" not in sentence
            and not _is_question(words, sentence)
            and not (found_thanks is None and thanks and asks_briefly(words))
        )
        for part, said, (clause_text, when) in zip(parts, raw, taken, strict=True):
            clause_text = _cleaned(clause_text, names)
            if told_names and not set(told_names) & set(clause_text.split()):
                clause_text = f"{clause_text} {' '.join(told_names)}"
            original = " ".join(part)
            clauses.append(
                Clause(clause_text or original, original, when or shared, names, " ".join(said))
            )
    if answer_in is not None and not clauses:
        language, answer_in = True, None  # "in English please" alone asks the last answer again
    # Statements are what the asker tells about themselves when they also ask something;
    # when nothing else is asked, a statement is the question ("fieldlabs in Delft").
    if (
        clauses
        and told_only
        and (goodbye or thanks or feedback or language)
        and not listed
        and (
            feedback
            or language
            or not _asks_by_naming([c.original for c in clauses], sentences, text)
        )
    ):
        # "This answer is not correct I think. You mix things.", "Ah super, thanks! I will
        # tell my manager.": next to thanks, a goodbye or feedback, what asks nothing is told.
        intro += [c.original for c in clauses]
        clauses = []
    if clauses or (
        statements
        and (goodbye or thanks or feedback or language)
        and (
            feedback
            or language
            or not _asks_by_naming([s for _, s, _ in statements], sentences, text)
        )
    ):
        # "Ik ga er weer vandoor, de koffie wordt koud. Tot ziens!": told next to a goodbye,
        # thanks or feedback, a statement is chatter, not the question.
        intro += [sentence for _, sentence, _ in statements]
    else:
        for _, _, plain in statements:
            clause_text, when = _take_when(plain)
            clauses.append(Clause(clause_text or plain, plain, when, names))
        asked = not statements
    by_emoji = emoji_said(text) if not (clauses or statements or intro) else None
    greeting, thanks = greeting or by_emoji == "greeting", thanks or by_emoji == "thanks"
    feedback = feedback or by_emoji == "feedback"  # "👋", "🙏", "👎": said without words
    clauses = _without_absorbed_topics(_dated_by_the_next(clauses))
    clauses, told_more = _vague_asks(clauses, " ".join(intro), names)
    intro += told_more
    return Reading(
        text=text,
        asked=asked,
        greeting=greeting,
        thanks=thanks,
        goodbye=goodbye,
        # "top! ty", "dankjewel!! echt top": an exclamation next to thanks is the thanks.
        # "oke. doei": an exclamation before a goodbye takes leave, it rates nothing.
        feedback=(feedback or (exclaimed and not (thanks or goodbye))) and not clauses,
        acknowledged=exclaimed and not (feedback or thanks or goodbye or clauses),
        language=language,
        answer_in=answer_in,
        # "?" alone asks what one can ask: it gets the help text ("?!" or "..." asks nothing).
        preamble=(preamble or bool(text.strip() and not text.strip(" ?"))) and not clauses,
        intro=" ".join(intro) or None,
        clauses=tuple(clauses[:MAX_QUESTIONS]),
        names=names,
        foreign=foreign,
    )
