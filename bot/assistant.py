"""The Assistant: one answer for every channel. Pure Python, no Telegram, no database.

`converse()` reads a message (bot/understanding/), answers each question in it — a record's
own field, a directory list or route, or the best entry with its figure for the date asked —
and says which kind of not-answering it is when it cannot: out of scope, in scope but not
known, or unsure between near candidates. The conversation context is an explicit value,
passed in and returned (bot/context/).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from bot import citations, frequency, texts
from bot.cards import hub_name
from bot.claims import (
    Value,
    checked,
    known_names,
    set_aside,
    values_in,
)
from bot.context import (
    PERSON_PRONOUNS,
    Context,
    dated,
    is_remark,
    not_again,
    not_known_of_record,
    opens_a_new_topic,
    points_back,
    refers_back,
    resolve,
    without_shown_paragraphs,
)
from bot.context.kinds import _CHECKED_KINDS, _holds_kind
from bot.context.requests import asks_in_short, first_sentence
from bot.directory import DirectoryAnswer, DirectoryIndex, asks_what_is_there, without_names
from bot.figures import figure_text, valued_text
from bot.held import missing_attribute
from bot.matching import GENERIC_WORDS, Match, Matcher, MatchSettings, numbers_of
from bot.memo import Memo
from bot.mentions import Mentions, asked_name
from bot.model import MONTHS, Entry, Hub, KnowledgeBase
from bot.premises import (
    Claim,
    claim_in,
    counts,
    elsewhere,
    holds,
    of_the_named_source,
    place_verdict,
    stated,
    verdict,
)
from bot.records import (
    RecordIndex,
    asks_amount_given,
    asks_person_contact,
    asks_phone_or_mail,
    person_contact_unknown,
)
from bot.reply import DECLINED, Link, Reply, render_plain
from bot.text import (
    LANGS,
    MAX_QUESTION_CHARS,
    detect_language,
    fold,
    intent,
    is_stopword,
    language_evidence,
    shortened,
    strip_invisible,
    tokens,
    without_contact,
    without_markup,
)
from bot.understanding import (
    Clause,
    Reading,
    about_the_bot,
    is_question,
    read,
    said_punctuation,
    standard_dutch,
    subject_of,
    swapped_back,
    when_said,
    without_attribution,
    without_source_frame,
)
from bot.understanding.about_bot import names_the_programme
from bot.understanding.asker import speaks_of_the_asker
from bot.understanding.confirming import (
    checks_a_claim,
    is_claim,
    reports_saying,
    without_claim_tag,
)
from bot.understanding.differing import asks_why_figures_differ, subject_without_differing
from bot.understanding.numbers import numbers_as_digits
from bot.understanding.smalltalk import thanks_ahead

# Below this detector confidence the user's preferred language wins.
LANGUAGE_CONFIDENCE = 0.34
# A message of keywords only leaves the conversation's language on this much evidence
# (`language_evidence`: one word the knowledge or the word list knows in one language).
KEYWORDS_SWITCH_EVIDENCE = 0.8
# A declined question whose best candidate scores at least this is "unsure", not "unknown".
UNSURE_SCORE = 40.0
# A declined question about a named record is answered by its card when its description
# speaks of at least this share of the question's meaningful words.
MENTIONED_SHARE = 2 / 3
# Below this share of known, meaningful words a declined question is out of scope.
IN_SCOPE_SHARE = 0.3
# A candidate scoring less than this share of the best one is no rival for a figure it states.
RIVAL_SHARE = 0.6
# A word this common (Zipf scale) is an everyday thing, not a name the sources leave out.
_EVERYDAY_ZIPF = 3.0
# Help asked with a thing this common is daily life ("een kamer", "restaurant"), not a business
# matter the sources leave out ("automatisering", "boekhouding").
_DAILY_LIFE_ZIPF = 4.0
# A question about a place and one everyday word ("regenen", zipf 3.9) is out of scope.
_WEATHER_ZIPF = 3.5
# A verb before its subject asks, with or without "?": "gaat het straks regenen in delft"
_INVERTED = re.compile(
    r"^(?!(?:ik|wij|we|jij|je|u|hij|zij|ze|het|er|i|it|there|you|they)\b)[a-z]+ "
    r"(?:het|er|je|jij|u|ik|we|wij|ze|it|there)\b"
)
# What a Hub gives, in everyday words: "waar kan ik heen voor advies?" is a question for one.
_HELP_ASKED = frozenset(
    "advies advice informatie information info vragen vraag questions question hulp help "
    "ondersteuning support tips".split()
)
# A word this common says nothing of the topic by itself ("laat", "beste", "kost").
_COMMON_ZIPF = 5.0
# Days said next to a place ("morgen in Delft") are no topic of the sources either.
_DAY_WORDS = frozenset(
    "vandaag morgen overmorgen gisteren vanavond straks today tomorrow tonight yesterday".split()
)
# A question narrowed to an unknown thing ("in de voedingsindustrie") needs at least this.
NARROWED_SCORE = 60.0
# A match this close to a phrasing staff wrote is taken over a record's derived field.
WRITTEN_SCORE = 90.0
# A phrasing that names the record a field answer is about wins over that field only when it
# is this near the question.
NAMING_SCORE = 65.0
# A word at least this common in the language (Zipf scale) is an everyday word.
EVERYDAY_ZIPF = 4.0
# A word of a phrasing weighing this share of the question's one word is of its subject.
OTHER_SHARE = 0.75

# A later question that weakly matches the first one's entry again (below this) asks
# something else of the same subject.
REPEAT_SCORE = 75.0

# "Where can I go / which Hub": asks for a Hub for the place the asker named before.
_ROUTE_ASK = re.compile(
    r"\b(?:welke\b.{0,25}\bhub|bij welke|bij wie|waar (?:moet|kan|kunnen|moeten) (?:ik|we|wij)|"
    r"terecht|aankloppen|naartoe|(?:which|what)\b(?! (?:is|are) (?:a|an|the)\b).{0,25}\bhub|"
    r"waar (?:ga|kan) ik (?:heen|naartoe)|wie (?:kan|kunnen) (?:mij|me|ons) helpen|"
    r"wie helpt|which (?:regional )?hub|where (?:can|should|do) (?:i|we) (?:go|turn)|"
    r"who can help|where to go|in de buurt|bij mij|bij ons|near (?:me|us)|nearby|close to me|"
    r"in my area|in mijn regio|in onze regio|in my region|hub (?:for|voor) (?:me|us|mij|ons)|"
    r"around here|hier in de buurt|in the area|close by|in mijn buurt|in onze buurt|"
    r"where can (?:i|we) get help|waar kan ik hulp|get help|hulp krijgen|omgeving)\b"
)
# "Is hier een fieldlab?", "in my gemeente": the place the asker said they are in.
# Words of a question about where to go or whom to ask, not which Fieldlabs there are:
# "bij welke hub kan ik terecht met automatisering?", "waar kan ik heen met robots?"
_WHERE_TO_GO = frozenset(
    "hub hubs terecht aankloppen heen naartoe wie who go turn contact".split()
)
_HERE = re.compile(
    r"\b(?:hier|here|(?:in|near|bij|around) (?:my|mijn|our|onze|ons) (?:gemeente|town|city|stad|"
    r"dorp|village|municipality|plaats|place|area|regio|region|streek|omgeving))\b"
)
_DEFINITE = frozenset("the de het die dat dit deze that this".split())
# One Fieldlab, said as people say it ("de proeftuin in Colijnsplaat", "the lab in Delft").
_ONE_LAB = frozenset("fieldlab proeftuin lab".split())
_IS_THERE = frozenset({("is", "er"), ("is", "there"), ("zit", "er"), ("bestaat", "er")})
_POINTED = frozenset("dat die dit deze that this".split())  # not "de", "the": any one
_TOLD_PLACE_WORDS = frozenset("daar hier here".split())  # not "is there": that asks whether
# Smalltalk that greets, thanks or takes leave: never the answer to a question word.
# Words that make a remark on the answer a complaint: "maar het klopte niet", "too long".
_COMPLAINING = frozenset(
    """niet geen not no nope maar but te too fout verkeerd wrong incorrect slecht bad useless
    nutteloos waardeloos onzin nonsense lang long vaag vague onduidelijk unclear""".split()
)
_PARTING = frozenset("smalltalk.goodbye smalltalk.thanks smalltalk.greeting".split())
# Words that point at what was just talked about ("daar", "his"), not "het" or "it", which
# are as often no pointer at all ("wat wordt het weer?")
_BACK_AT_IT = frozenset(
    "daar daarvan daarbij daarin daaraan dat die deze that those these zijn haar hun "
    "his her their them ze they doar doa".split()  # "is liof doar ook bij": dialect "daar"
)
# "waar vraag ik het dan aan?", "how do I apply for it?": what was just said, as the object
_IT_OF_THE_ASKER = re.compile(
    r"\b(?:ik|we|wij|i|je|u) (?:het|t|it)\b|\b(?:for|to|with|about|of) it\b"
)


def _leans_back(words: list[str]) -> bool:
    """Whether a message points at what was just said: a pointer, or "het"/"it" as what the
    asker does something with."""
    return bool(_BACK_AT_IT & set(words)) or bool(_IT_OF_THE_ASKER.search(" ".join(words)))


# Smalltalk answered after a greeting that is greeted back in front of it.
_GREETED_BACK = frozenset({"smalltalk.thanks"})
_RECORD_WORDS = frozenset("fieldlab fieldlabs lab hub hubs smart industry".split())
_WHICH_ONES = frozenset("welke which".split())
# Words by which a question points at what the asker just told ("is daar een fieldlab voor?").
# English words Dutch chat uses as its own: they say nothing of the language of a chat.
_CHAT_LOANWORDS = frozenset(
    "thx thanks thanx tnx tx ty ok oke okay okee cool nice top super sorry sry bye byebye "
    "hi hey hoi yes yep nope sure great perfect lol haha np".split()
)
_POINTING = frozenset("daar daarvoor ervoor dat dit that this such zoiets".split())
# Words that name the bot itself ("wie is deze bot?", "who is this?")
_THE_BOT = frozenset("bot chatbot fieldbot robot assistent assistant dit this deze".split())
# A question that says "you" to the bot is about the bot.
_ADDRESSING = frozenset("you your je jij jou jouw u".split())
_PRONOUN_WORDS = frozenset(
    "it its they them their that this those these ze zij die het hun deze dat dit".split()
)
# Pronouns that stand for a thing (not "dat" in "hoe neem ik dat op"): the first subject.
_SUBJECT_WORDS = frozenset("it its they them ze zij het hun".split())
# Words that keep a question in scope whatever else it says.
_SCOPE_ANCHORS = frozenset(
    """
    fieldlab fieldlabs hub hubs smart smartindustry industrie industry mkb programma programme
    tno ezk rvo digitalisering digitalisation digitalization
    """.split()
)
_ROUTE_CUES = frozenset(
    """
    terecht aankloppen heen helpen help hulp contact hub hubs loket aanspreekpunt regio
    buurt nearby near region turn go dichtbij omgeving area
    """.split()
)


@dataclass(frozen=True)
class _Served:
    """A knowledge version together with its indexes, swapped as one reference."""

    knowledge: KnowledgeBase
    matcher: Matcher
    directory: DirectoryIndex
    records: RecordIndex
    # Each person's entry with the longer words of their name, found once per version: a
    # claim about a person looks them up without walking every entry.
    people: tuple[tuple[Entry, frozenset[str]], ...] = ()
    # The names this knowledge writes in capitals (TNO, VNO-NCW), a claim's typed values.
    capitals: frozenset[tuple[str, ...]] = frozenset()
    # Where the answers say each name: "wat is de IoT Academy?" is told what they say of it.
    mentions: Mentions | None = None
    # Each typed word as `_swaps_undone` reads it against this version (its places and
    # vocabulary): the same words come back in message after message.
    swaps: Memo[str, str] = field(default_factory=lambda: Memo(8192))
    # Each dated figure's value with the entries that state it (once per figure): a message
    # that quotes numbers is checked against the few entries stating them, not every entry.
    figure_owners: Mapping[float, tuple[int, ...]] = field(default_factory=dict)


class Assistant:
    """Answers questions from the current knowledge; `swap` installs new knowledge atomically."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        *,
        default_lang: str = "nl",
        settings: MatchSettings | None = None,
    ) -> None:
        self.default_lang = default_lang if default_lang in LANGS else "nl"
        self.settings = settings or MatchSettings()
        self._served = _serve(knowledge, Matcher(knowledge, self.settings))
        self._lock = threading.Lock()

    @property
    def knowledge(self) -> KnowledgeBase:
        return self._served.knowledge

    @property
    def matcher(self) -> Matcher:
        return self._served.matcher

    @property
    def directory(self) -> DirectoryIndex:
        return self._served.directory

    @staticmethod
    def build(knowledge: KnowledgeBase, settings: MatchSettings | None = None) -> Matcher:
        """Build an index off to the side (may run in a worker thread)."""
        return Matcher(knowledge, settings or MatchSettings())

    def swap(self, knowledge: KnowledgeBase, matcher: Matcher | None = None) -> None:
        """Serve `knowledge` from now on; questions in flight finish on the old version."""
        served = _serve(knowledge, matcher or self.build(knowledge, self.settings))
        with self._lock:
            self._served = served

    def language_of(self, question: str, preferred: str | None = None) -> str:
        """nl or en for `question`; the preference (or default) when the text does not tell."""
        fallback = preferred if preferred in LANGS else self.default_lang
        served = self._served
        words = tokens(question)
        if preferred in LANGS and words and set(words) <= _CHAT_LOANWORDS:
            return fallback  # "thx!", "ok cool" in a Dutch chat: Dutch people write them too
        named = served.records.find(words)
        if named is not None:  # "Smart Bending Factory?" is a name, not English
            _, start, end = named
            question = " ".join(words[:start] + words[end:])
        vocabulary: Mapping[str, str] = served.matcher.language_words
        # A name or a place says no language: "Which fieldlab is in Harderwijk?" is English
        # though "ij" is a Dutch spelling.
        kept = without_names(tokens(question), served.directory.name_phrases)
        if any(is_stopword(w) for w in tokens(question)):
            kept = [w for w in kept if not served.directory.is_place(w)]
            question = " ".join(kept) or question
        else:
            # "smart industry", "world class maintenance fieldlab": keywords only, nor does
            # "field lab" say a language; a word common in one language only does
            # ("landbouw fieldlab?").
            kept = [
                w
                for at, w in enumerate(kept)
                if w not in ("field", "lab", "labs")
                or "field" not in kept[max(0, at - 1) : at + 2]
            ]
            kept = [w for w in kept if not served.directory.is_place(w)]
            question = " ".join(kept)
            vocabulary = {
                **{
                    w: found
                    for w in kept
                    if w not in _RECORD_WORDS and (found := frequency.language_of_word(w))
                },  # "hubs" is the programme's word in both languages
                **served.matcher.language_words,
            }
        lang, confidence = detect_language(question, fallback, vocabulary)
        if preferred in LANGS and lang != fallback and not any(is_stopword(w) for w in words):
            # "smart maintanance fieldlab?" in a Dutch chat: keywords are the programme's
            # loanwords more often than a switch of language; a spelling alone ("-ce") does
            # not switch, a word of the other language does.
            evidence = language_evidence(tokens(question), vocabulary)
            if evidence[lang] - evidence[fallback] < KEYWORDS_SWITCH_EVIDENCE:
                return fallback
        return lang if confidence >= LANGUAGE_CONFIDENCE else fallback

    def answer(
        self,
        question: str,
        *,
        lang: str | None = None,
        preferred_lang: str | None = None,
        region: str | None = None,
    ) -> Reply:
        """Answer one message on its own. `lang` forces the reply language."""
        # No conversation goes on: the context for a next message is never built.
        reply, _ = self._respond(
            question, None, lang=lang, preferred_lang=preferred_lang, region=region, now=None
        )
        return reply

    def converse(
        self,
        question: str,
        context: Context | None,
        *,
        lang: str | None = None,
        preferred_lang: str | None = None,
        region: str | None = None,
        now: dt.datetime | None = None,
    ) -> tuple[Reply, Context]:
        """Answer a message in a conversation: (reply, the context for the next message)."""
        reply, next_context = self._respond(
            question, context, lang=lang, preferred_lang=preferred_lang, region=region, now=now
        )
        return reply, next_context()

    def _respond(
        self,
        question: str,
        context: Context | None,
        *,
        lang: str | None,
        preferred_lang: str | None,
        region: str | None,
        now: dt.datetime | None,
    ) -> tuple[Reply, Callable[[], Context]]:
        """The reply, and how to build the context for the next message: `answer()` never
        needs that context, so it is only built when asked for."""
        served = self._served  # one read: a reload mid-answer cannot mix two versions
        now = now or dt.datetime.now(dt.UTC)
        if context is not None and context.expired(now):
            context = None
        cleaned, contact = without_contact(strip_invisible(question or ""), marked=False)
        cleaned, only_link = without_markup(cleaned)
        truncated = len(cleaned) > MAX_QUESTION_CHARS
        # "wa is da nu juist"; "wat is een field lab punt" said into the phone
        cleaned = standard_dutch(said_punctuation(shortened(cleaned)))
        cleaned = _swaps_undone(served, cleaned)  # "wehre r they?", "sohrter please"
        preferred = preferred_lang or (context.lang if context else None)
        reply_lang = lang if lang in LANGS else self.language_of(cleaned, preferred)
        if only_link or (not cleaned.strip(" ?!.,") and not read(cleaned).preamble):
            if only_link and lang not in LANGS:  # a link's words say nothing of the language
                reply_lang = preferred if preferred in LANGS else self.default_lang
            said = texts.text("link_only" if only_link else "empty", reply_lang)
            started = context or Context(lang=reply_lang, at=now)
            return Reply(said, reply_lang, kind="empty"), lambda: started
        reading = read(cleaned)
        if reading.answer_in is not None and lang not in LANGS:
            reply_lang = reading.answer_in  # "Wat is een hub? In het Engels graag"
        if reading.foreign and lang not in LANGS:
            # "Was ist ein Fieldlab?": German or French tells neither of the two languages.
            reply_lang = preferred if preferred in LANGS else self.default_lang
        own_place = self._intro_place(served, reading)
        intro_place = own_place or (context.place if context is not None else None)
        region = region or (served.directory.province_of(intro_place) if intro_place else None)
        if context is None and refers_back(reading):
            context = Context(lang=reply_lang, at=now)  # "en die andere?" as a first message
        if context is not None and context.entry is not None and len(reading.clauses) == 1:
            # "Waarom verschillen die cijfers?" after an answer with several figures
            differ = self._why_figures_differ(
                served,
                reading.clauses[0].original,
                reply_lang,
                last=context.entry,
                told=reading.intro,
            )
            if differ is not None:
                earlier = context
                differ = _with(differ, truncated=truncated, contact_given=contact)
                return differ, lambda: earlier.after(
                    differ, reading, now, intro_place, follow_up=True
                )
        if context is not None:
            answerer = _Answerer(self, served)
            # "en het jaar daarvoor?" after the annual event of 2019 asks of 2018
            reading = replace(
                reading,
                clauses=tuple(dated(answerer, c, context, reply_lang) for c in reading.clauses),
            )
            resolved = resolve(answerer, reading, context, reply_lang, region)
            if (
                resolved is not None
                and resolved.entry is not None
                and resolved.entry == context.entry
                and len(reading.clauses) == 1
                and served.matcher.counts_other(
                    resolved.entry, reading.clauses[0].original, reply_lang
                )
            ):
                resolved = None  # "en hoeveel hubs waren er in dat jaar?": not the Fieldlabs
            if resolved is not None:
                resolved = not_again(answerer, resolved, reading, context, reply_lang)
                if len(reading.clauses) == 1:
                    # a follow-up answered from the context holds what it asks, as any answer
                    resolved = self._held(
                        served, reading.clauses[0].text, resolved, reply_lang, region
                    )
                reply = _with(resolved, truncated=truncated, contact_given=contact)
                before = context
                return reply, lambda: before.after(
                    reply, reading, now, intro_place, follow_up=True
                )
        clauses = [
            each
            for n, clause in enumerate(reading.clauses)
            if not (n and _only_a_guess(served, clause))
            for each in _per_record(served, _one_of_the_topic(clause, context))
        ]
        parts = [
            self._clause(
                served,
                clause,
                reply_lang,
                region,
                intro_place,
                reading.intro,
                carried_place=None if own_place else intro_place,
            )
            for clause in clauses
        ]
        for n, clause in enumerate(clauses):
            # (not a record's detail its sources lack: "does BOOST have an office in …?")
            if (parts[n].declined and parts[n].record is None) or parts[n].kind == "unsure":
                # "Klopt het dat het Jaarevent van 2019 in Utrecht was?": found without the
                # claimed value, then checked against it.
                parts[n] = self._claim_set_aside(served, clause, reply_lang, region) or parts[n]
            if (parts[n].declined or parts[n].kind == "unsure") and _year_lent(clause):
                # "wat zegt de TNO monitor 2020, en wat is de rol van een Hub?": the year
                # belongs to the first question; the later one, not known of that year, is
                # asked of no year.
                undated = self._clause(
                    served, replace(clause, when=None), reply_lang, region, intro_place,
                    reading.intro, carried_place=None if own_place else intro_place,
                )  # fmt: skip
                parts[n] = parts[n] if undated.declined else undated
            if n == 0:  # a later clause first borrows from the first one (below)
                parts[n] = _theme_alone(served, clause, parts[n], reply_lang)
            if len(clauses) == 1 and claim_in(cleaned) is None:  # a figure: bot/premises.py
                parts[n] = self._claim_verdict(served, clause, parts[n], reply_lang)
                parts[n] = self._claim_first(served, clause, reply_lang) or parts[n]
        for n in range(1, len(parts)):
            followed = self._of_the_first(served, clauses, parts, n, reply_lang, region, now)
            if followed is not None:
                parts[n] = followed
                continue
            parts[n] = self._with_subject(
                served, clauses[0], clauses[n], parts[n], reply_lang, region,
                first_known=parts[0].kind not in ("unknown", "out_of_scope"),
                first_entry=parts[0].entry,
                first_text=parts[0].text,
                # "which hub for Eindhoven and what's its website": "its" is the Hub the
                # route names, also the probable one it does not confirm.
                first_record=(
                    parts[0].record
                    if not parts[0].declined
                    and parts[0].entry in (parts[0].record, "route.unknown")
                    else None
                ),
            )  # fmt: skip
            if _rests_on_an_everyday_word(
                served, clauses[0], clauses[n], parts[0], parts[n], reply_lang
            ):
                parts[n] = Reply(
                    self.unknown_text(served, reply_lang, region), reply_lang, kind="unknown"
                )
            parts[n] = _theme_alone(served, clauses[n], parts[n], reply_lang)
        for n in range(1, len(parts)):
            if parts[0].kind in ("unknown", "out_of_scope", "list") and _only_the_list_asked(
                clauses[n]
            ):
                # "Are there Fieldlabs in Munich? Kindly share the list.", "Welke fieldlabs
                # zijn er in Delft? Graag een lijst.": the list of what the first question
                # asked (known or not), not a list of its own
                parts[n] = parts[0]
        unanswered = all(p.declined or p.kind == "unsure" for p in parts)
        for n, clause in enumerate(clauses):
            if reading.intro is not None and unanswered and _asks(clause):
                parts[n] = (
                    self._of_what_was_told(
                        served, clause, reading.intro, reply_lang, region, intro_place
                    )
                    or parts[n]
                )
        clauses, parts = _without_bare_names(served, clauses, parts)
        for n, (clause, part) in enumerate(zip(clauses, parts, strict=True)):
            if part.declined and part.record is None:
                # Not known, but about a record it names: the next "en wie leidt het?" is too.
                named = served.records.find(tokens(clause.text), clause.names)
                if named is not None:
                    parts[n] = _with(part, record=named[0])
        answerer = _Answerer(self, served)  # one knowledge version's answers, for the checks
        if any(not p.declined and p.kind != "smalltalk" for p in parts):
            # "Wauw. hoeveel banen?", "Snap ik. En de bedrijven?": a remark next to a question
            # that is answered gets no "not in my sources" or feedback reply of its own.
            kept = [
                (c, p)
                for c, p in zip(clauses, parts, strict=True)
                if is_question(c.original) or not (p.declined or p.entry == "smalltalk.feedback")
            ]
            clauses, parts = [c for c, _ in kept], [p for _, p in kept]
            # "Hoeveel banen heeft het opgeleverd? … maar wat levert het op?": a question not
            # known on its own, all of whose words the answer next to it speaks of, is the same
            # question again; "that is not in my sources" after the answer would contradict it.
            answers = [p.text for p in parts if not p.declined and p.kind != "smalltalk"]
            kept = [
                (c, p)
                for c, p in zip(clauses, parts, strict=True)
                if not (p.declined and p.kind != "unsure" and not p.alternatives)
                or not answers
                or (
                    # a field the sources leave out ("is it still around?") is an answer
                    (
                        p.record is not None
                        or answerer.meaningful(tokens(c.said or c.original), reply_lang)
                    )
                    and not any(
                        answerer.speaks_of(text, tokens(c.said or c.original), reply_lang) >= 0.999
                        for text in answers
                    )
                )
            ]
            clauses, parts = [c for c, _ in kept], [p for _, p in kept]
        if parts and parts[0].kind == "smalltalk":
            # "who made you? are you from the government?": a later question to the bot is
            # about the bot too, not about the programme.
            kept = [(clauses[0], parts[0])] + [
                (c, p)
                for c, p in zip(clauses[1:], parts[1:], strict=True)
                if p.kind == "smalltalk" or not _ADDRESSING & set(tokens(c.original))
            ]
            clauses, parts = [c for c, _ in kept], [p for _, p in kept]
        elif any(p.kind == "smalltalk" for p in parts):
            # "Kun je ook dingen samenvatten? Wat zijn je mogelijkheden?": a question to the
            # bot that is not known, before smalltalk about the bot, is about the bot too.
            kept = [
                (c, p)
                for c, p in zip(clauses, parts, strict=True)
                if p.kind == "smalltalk"
                or not (p.declined and _ADDRESSING & set(tokens(c.original)))
            ]
            clauses, parts = [c for c, _ in kept], [p for _, p in kept]
        if not reading.asked and reading.intro is not None:
            # "hello, we are a small company …, we have been thinking about robots": told, not
            # asked; a likeness to "are you a robot?" is no question to the bot.
            kept = [
                (c, p)
                for c, p in zip(clauses, parts, strict=True)
                if p.kind != "smalltalk" or about_the_bot(tokens(c.original))
            ]
            clauses, parts = [c for c, _ in kept], [p for _, p in kept]
        if not reading.asked and own_place is None:
            # "heb een bakkerij in zwole": nothing asked; a town in the statement is the asker's.
            told = tokens(reading.text)
            place, _ = served.directory.find_place(told, reading.names)
            if (
                place is not None
                # "best restaurants in rotterdam", "een goeie sushi plek in rotterdam": a town
                # after a thing someone wants is where that thing is, told of no one
                and _OF_THE_ASKER & set(tokens(reading.text))
                and all(p.declined for p in parts)
                # "weet jij een goeie sushi plek in rotterdam": a place in a request about
                # something else is not where the asker is; a place alone ("in twente") is
                and (speaks_of_the_asker(told) or served.directory.only_the_place(told, place))
                # "weet je een goed restaurant in Maastricht": asked, though without a "?";
                # "gaat het straks regenen in delft" asks too, of nothing the sources hold
                and not any((p.kind == "out_of_scope" and is_question(c.original))
                            or (_INVERTED.match(c.original) and _everyday_asked(served, c, p))
                            for c, p in zip(clauses, parts, strict=True))
            ):  # fmt: skip
                own_place, parts = place, []
        remarks = all(p.declined for p in parts) and all(is_remark(c) for c in clauses)
        if (reading.thanks or reading.goodbye) and remarks:
            parts = []  # "jammer. bedankt": a remark and thanks, nothing asked
        elif parts and all(p.declined for p in parts) and _only_told(reading, clauses):
            # "Ah super, thanks! I will tell my manager.", "Hi! First time using this. I am
            # from Poland": what is told next to smalltalk asks nothing, so it is not refused.
            parts = []
        elif any(not p.declined and p.kind == "smalltalk" for p in parts):
            # "Sorry, are you a real person? I prefer to talk to a human.": a told sentence
            # next to answered smalltalk gets no "not in my sources" of its own.
            kept = [
                (c, p) for c, p in zip(clauses, parts, strict=True) if not p.declined or _asks(c)
            ]
            clauses, parts = [c for c, _ in kept], [p for _, p in kept]
        if len(parts) == len(clauses) > 1:
            parts = _answered_by_another(answerer, clauses, parts, reply_lang)
            # "Er zit toch een fieldlab voor de bouw in Den Bosch? Hoe heet die?": a list of
            # the one record another part gives the card of says nothing more.
            cards = {p.entry for p in parts if not p.declined and p.entry == p.record}
            parts = [
                p
                for p in parts
                if not (p.kind == "list" and len(p.listed) == 1 and p.listed[0] in cards)
            ] or parts
        parts = [_next_one_unknown(served, reading.text, p, reply_lang) for p in parts]
        parts = [
            p
            for n, p in enumerate(parts)
            if p.declined
            or not p.entry
            or all(p.entry != q.entry or p.text != q.text for q in parts[:n])
        ]  # one answer once, though two questions led to it (a figure for two years twice)
        claim = claim_in(cleaned) if len(parts) == 1 else None
        if claim is not None and _asks_a_person_now(parts[0], cleaned):
            claim = None  # "Is Mona Keijzer still state secretary?": then is no Ja for now
        if claim is not None:  # "klopt het dat er 100 fieldlabs zijn?": Ja or Nee, and the fact
            parts = [self._checked(served, claim, parts[0], reply_lang, region)]
        parts = _without_told_in_card(parts)
        if len(parts) > 1 and any(not p.declined for p in parts):
            # "wie doet dat dan, de bom? of liof", "… welke steden": next to an answer, a part
            # that reads as out of scope is a fragment of the same question; a refusal glued
            # under the answer would say the bot cannot help with what it just answered.
            parts = [p for p in parts if p.kind != "out_of_scope"]
        # In a conversation, or naming the programme, a part no entry knows is "not in my
        # sources" rather than "outside what I know".
        in_scope = context is not None or names_the_programme(tokens(reading.text))
        reply = self._combine(served, reading, parts, reply_lang, own_place, in_scope)
        if (
            asks_in_short(" ".join(tokens(cleaned)))
            and reply.kind == "answer"
            and len(reply.parts) <= 1
        ):
            # "What's a fieldlab anyway, in one sentence": the answer in short, as asked
            reply = _with(reply, text=first_sentence(reply) or reply.text)
        if truncated or contact:
            reply = _with(reply, truncated=truncated, contact_given=contact)
        if reply.kind == "empty" and context is not None:
            # "😍😍😍" asks nothing: the next "korter?" still has the answer
            unchanged = context
            return reply, lambda: unchanged
        if context is not None:
            # "zit Drachten der ook bij?" after Hub Noord's card: its paragraph not again
            reply = without_shown_paragraphs(answerer, reply, reading, context, reply_lang)
            if (
                reply.kind == "out_of_scope"
                and _leans_back(tokens(reading.text))
                and not opens_a_new_topic(answerer, reading, context, reply_lang)
                # "is groningen leuk om te wonen? ik ga daar studeren": "daar" is the town
                and served.directory.find_place(tokens(reading.text), reading.names)[0] is None
                and served.directory.abroad(tokens(reading.text), reply_lang) is None
            ):
                # "welke scholen doen daar mee?" after the robotics Fieldlabs: about what is in
                # view, so not known, not out of scope
                if context.record is not None:
                    reply = not_known_of_record(answerer, context, reply_lang)
                elif context.entry is not None and not context.entry.startswith("smalltalk."):
                    reply = Reply(self.unknown_text(served, reply_lang, region), reply_lang)
        told_place = own_place
        return reply, lambda: (context or Context(lang=reply_lang, at=now)).after(
            reply, reading, now, told_place or self._intro_place(served, reading)
        )

    # -- one message --------------------------------------------------------------------

    @staticmethod
    def _intro_unknown_place(served: _Served, intro: str | None) -> str | None:
        """A capitalised word after "in"/"uit" in the introduction that is no known place."""
        if intro is None:
            return None
        names = read(intro).names
        place, unknown = served.directory.find_place(tokens(intro), names)
        return unknown if place is None and unknown in names else None

    @staticmethod
    def _intro_place(served: _Served, reading: Reading) -> str | None:
        """The asker's place from their self-introduction ("wij zitten in Hengelo")."""
        if reading.intro is None:
            return None
        names = frozenset(n for c in reading.clauses for n in c.names) | reading.names
        # "Wij zitten in Hengelo. We hebben ook een vestiging in Gouda. Welke hub?": the
        # place told last, nearest the question, is the one it asks about.
        for part in reversed(_told_parts(reading.intro)):
            place, _ = served.directory.find_place(tokens(part), names)
            if place is not None:
                return place
        return None

    def _combine(
        self,
        served: _Served,
        reading: Reading,
        parts: list[Reply],
        lang: str,
        intro_place: str | None,
        in_scope: bool = True,
    ) -> Reply:
        if not parts:
            # Nothing asked: a self-introduction with a place gets its Hub; else smalltalk.
            # "Wij zijn een bakkerij in Tilburg. Bedankt voor de info!": who thanks, takes leave
            # or rates the answer tells the town as chatter; it asks for no Hub (unless the
            # thanks are for help still to come: "ik zit in Zwolle, alvast bedankt").
            # A question about the language tells where the asker comes from as background
            # ("Mijn vader komt uit Turkije, kan hij in het Turks vragen stellen?").
            closing = (
                reading.thanks or reading.goodbye or reading.feedback or reading.language
            ) and not (thanks_ahead(reading.text))
            abroad = (
                None if closing else served.directory.abroad(tokens(reading.intro or ""), lang)
            )
            if intro_place is None and abroad is not None:  # "ik zit in belgië, antwerpen"
                return _with(_directory_reply(abroad, lang), greeting=_greeting(reading, lang))
            if intro_place is not None and not closing:
                routed = _directory_reply(served.directory.route(intro_place, lang), lang)
                return _with(routed, greeting=_greeting(reading, lang))
            # "Dankjewel!! Super helpful", "Very useful, thank you": thanks and a word on the
            # answer, both taken in, in one reply.
            thanked_and_rated = reading.thanks and reading.feedback and not reading.language
            if thanked_and_rated:
                both = self._thanked_and_rated(served, reading, lang)
                if both is not None:
                    return _with(both, greeting=_greeting(reading, lang))
            thanked_first = reading.thanks and reading.feedback and _thanks_first(reading.text)
            # "Dank je wel, mijn Nederlands is nog niet zo goed": thanks, and a word about the
            # asker's own language that asks nothing
            thanked_told = reading.thanks and reading.language and "?" not in reading.text
            for wanted, entry_id in (
                (thanked_told, "smalltalk.thanks"),
                (reading.language, "smalltalk.language"),
                (thanked_first, "smalltalk.thanks"),
                (reading.feedback, "smalltalk.feedback"),
                # "So, I must go to a meeting now. Goodbye": a leave-taking after what the
                # asker told is a goodbye, not a hello.
                (reading.goodbye, "smalltalk.goodbye"),
                # "Hallo, bedankt!": the thanks are answered, greeted back in front.
                (reading.thanks, "smalltalk.thanks"),
                # "Merci, dat was een goed antwoord, ik stuur het door": what is told next to
                # thanks is chatter, not an introduction to greet.
                (
                    reading.greeting or (reading.intro is not None and not reading.thanks),
                    "smalltalk.greeting",
                ),
                # "mag ik iets vragen?" ("hallo, ik heb een vraag" is greeted: the greeting
                # invites the question)
                (reading.preamble, "smalltalk.help"),
            ):
                if wanted:
                    entry = served.knowledge.entry(entry_id)
                    if entry is not None:
                        reply = self._entry_reply(served.knowledge, entry, lang, 100.0)
                        if reading.acknowledged and entry_id == "smalltalk.feedback":
                            return _with(reply, text=texts.text("acknowledged", lang))
                        if reading.greeting and entry_id in _GREETED_BACK:
                            return _with(reply, greeting=_greeting(reading, lang))
                        return reply
            return Reply(texts.text("empty", lang), lang, kind="empty")
        greeting = _greeting(reading, lang)
        if len(parts) == 1:
            only = parts[0]
            if greeting and only.kind == "smalltalk":
                return only  # "hoi, wie ben jij?": the smalltalk answer greets already
            return _with(only, greeting=greeting)
        answered = [p for p in parts if not p.declined] or [_one_decline(parts, in_scope)]
        first = answered[0]
        # A long message with several questions: what is answered first, then at most one
        # "not in my sources" (not a refusal between every answer).
        given = {e for p in answered if not p.declined for e in p.answered()}
        # An "unsure" whose every suggestion was answered by another part has nothing to add.
        refused = [
            p
            for p in parts
            if p.declined
            and p not in answered
            and not (p.alternatives and all(a.entry in given for a in p.alternatives))
        ]
        if all(p.declined for p in parts) and _mixed_declines(parts):
            refused = []
        # Said in the order asked: a record's field the sources leave out ("its website")
        # stays where it was asked, between the answers around it.
        # A generic "not in my sources" comes last.
        said = refused[:1]
        in_place = [r for r in said if r.record is not None and r.kind == "unknown"]
        shown = [p for p in parts if p in answered or any(p is r for r in in_place)]
        shown += [r for r in said if not in_place]
        body = "\n\n".join(_without_repeats([p.text for p in shown]))
        sources = citations.across([p.sources for p in parts])
        return Reply(
            body,
            lang,
            entry=first.entry,
            score=first.score,
            confident=first.confident,
            sources=sources,
            as_of=first.as_of,
            alternatives=tuple(a for p in parts for a in p.alternatives if a.entry not in given)[
                :3
            ],
            related=first.related,
            kind=first.kind,
            greeting=greeting,
            parts=tuple(parts),
            record=first.record,
        )

    def _why_figures_differ(
        self,
        served: _Served,
        question: str,
        lang: str,
        last: str | None = None,
        told: str | None = None,
    ) -> Reply | None:
        """ "Waarom verschillen die cijfers?": the dated figures of the fact asked (or of the
        last answer, `last`) side by side, each with its date and source, when it has more
        than one; None for any other question."""
        # (the figures quoted before the question, or in it: "… 550, TNO van 680. Hoe zit dat
        # verschil?" may be read as one clause)
        counted = _figures_told(served, told or question)
        if not asks_why_figures_differ(question):
            # "Dialogic spreekt van 550 bedrijven, TNO van 680. Hoe zit dat verschil?"
            if not asks_why_figures_differ(question, figures_known=bool(counted or last)):
                return None
            return self._side_by_side(served, [x for x in (counted, last) if x], lang)
        # "One piece says 600 companies, another says 550. Which one is right?": what the
        # asker told before the question says what the figures are of.
        subject = " ".join(x for x in (told, subject_without_differing(question)) if x)
        found = served.matcher.search(subject, lang=lang) if subject else None
        named = [
            c.entry
            for c in (found.candidates[:2] if found is not None else ())
            if c.score >= served.matcher.settings.threshold
        ]
        return self._side_by_side(served, [x for x in (counted, *named, last) if x], lang)

    def _side_by_side(self, served: _Served, entry_ids: list[str], lang: str) -> Reply | None:
        """The dated figures of the first of `entry_ids` that has several, each with its
        date and source, under a line that says why they differ."""
        for entry_id in entry_ids:
            entry = served.knowledge.entry(entry_id)
            if entry is None or len(entry.figures) < 2:
                continue
            said = [f"• {f.text.get(lang) or next(iter(f.text.values()))}" for f in entry.figures]
            shown = self._entry_reply(served.knowledge, entry, lang, 100.0)
            return _with(
                shown,
                text=texts.text("figures_differ", lang) + "\n" + "\n".join(said),
                sources=citations.unique([s for f in entry.figures for s in f.sources]),
            )
        return None

    def _thanked_and_rated(self, served: _Served, reading: Reading, lang: str) -> Reply | None:
        """Thanks with a word on the answer ("Very useful, thank you", "bedankt, maar het
        klopte niet"): both are taken in, in one reply; praise is thanked for as thanks are,
        a complaint gets the reply to feedback (try other words, or the Hub)."""
        thanks = served.knowledge.entry("smalltalk.thanks")
        feedback = served.knowledge.entry("smalltalk.feedback")
        if thanks is None or feedback is None:
            return None
        thanked = self._entry_reply(served.knowledge, thanks, lang, 100.0)
        rated = self._entry_reply(served.knowledge, feedback, lang, 100.0)
        shown = rated if _COMPLAINING & set(tokens(reading.text)) else thanked
        parts: tuple[Reply, ...] = (thanked, rated)
        goodbye = served.knowledge.entry("smalltalk.goodbye") if reading.goodbye else None
        if goodbye is not None:
            # "thanks, very helpful, bye!": the leave-taking is what the reply answers
            shown = self._entry_reply(served.knowledge, goodbye, lang, 100.0)
            parts = (*parts, shown)
        return _with(shown, parts=parts)

    def _clause(
        self,
        served: _Served,
        clause: Clause,
        lang: str,
        region: str | None,
        intro_place: str | None,
        reading_intro: str | None = None,
        carried_place: str | None = None,
    ) -> Reply:
        """Answer one question; an answer that does not speak of the attribute the question
        asks for ("hoeveel hectare heeft die proeftuin?") is not given as if it did."""
        reply = self._clause_found(
            served, clause, lang, region, intro_place, reading_intro, carried_place
        )
        reply = _with_links(self._held(served, clause.text, reply, lang, region), clause, lang)
        if reply.declined and reply.record is None:
            return _mentioned_only(served, clause, lang) or reply
        return _as_of_then(served, clause, reply, lang)

    def _held(
        self, served: _Served, question: str, reply: Reply, lang: str, region: str | None
    ) -> Reply:
        """`reply`, or 'not in my sources' when it does not speak of the attribute
        `question` asks for (the record's card offered when it is a record's)."""
        if reply.declined or not reply.confident or reply.kind not in ("answer", "list"):
            return reply
        if (reply.entry or "").startswith(("smalltalk.", "route.")):
            return reply
        missing = missing_attribute(served.matcher, served.knowledge, question, reply, lang)
        if not missing:
            return reply
        record = reply.record or (reply.listed[0] if len(reply.listed) == 1 else None)
        found = served.knowledge.hub(record or "") or served.knowledge.fieldlab(record or "")
        if record is not None and found is not None:
            return _card_offered(served.knowledge, record, found.name, lang)
        return Reply(self.unknown_text(served, lang, region), lang, kind="unknown")

    def _clause_found(
        self,
        served: _Served,
        clause: Clause,
        lang: str,
        region: str | None,
        intro_place: str | None,
        reading_intro: str | None = None,
        carried_place: str | None = None,
    ) -> Reply:
        """Answer one question: a record's field, a list or route, or the best entry.
        `carried_place` is the asker's place told earlier in the conversation: a route to it
        is for a message that asks one ("wie kan me helpen?"), not for any that fails ("kan
        de kvk helpen?")."""
        question = clause.text
        side_by_side = self._why_figures_differ(served, clause.original, lang, told=reading_intro)
        if side_by_side is not None:
            return side_by_side  # "waarom verschillen de investeringscijfers?"
        about_itself = about_the_bot(tokens(clause.original))
        entry = served.knowledge.entry(about_itself) if about_itself else None
        if entry is not None:
            # "ben jij een mens?", "waar kun je mee helpen?": a question to the bot about
            # itself, by how it is built ("je begrijpt me niet" is no question about language).
            return self._entry_reply(served.knowledge, entry, lang, 100.0)
        located = _located_in(served, clause)
        card = served.knowledge.entry(located[0]) if located else None
        if located is not None and card is not None:
            # "zit SPARK in Eindhoven?": Nee, and the card that says where it is.
            reply = self._entry_reply(served.knowledge, card, lang, 100.0)
            key = {True: "premise_yes", False: "premise_no", None: "premise_town_unknown"}[
                located[1]
            ]
            return _with(reply, text=f"{texts.text(key, lang)} {reply.text}")
        covered = _covered_by(served, clause, lang, intro_place)
        if covered is not None:
            # "Valt Maastricht onder de BOM?": whether the Hub named is the place's Hub, and
            # which Hub it is.
            return covered
        person = _person_claimed(served, clause)
        if person is not None:
            # "Klopt het dat Egbert-Jan Sol directeur van de KvK is?": who he is answers it.
            return self._entry_reply(served.knowledge, person, lang, 100.0)
        words = tokens(question)
        # "heeft Hub Zuid een vestiging in Antwerpen?": a record's detail, which its own
        # field answers; a country abroad is asked of no record ("hubs in Duitsland?")
        a_record = served.records.find(words, clause.names) is not None
        abroad = served.directory.abroad(words, lang, clause.names, places=not a_record)
        if abroad is not None and (
            served.directory.wants_fieldlabs(words) or _SCOPE_ANCHORS & set(words)
        ):
            # "fieldlabs in Duitsland bij Venlo?", "in germany near meppen": the country asked
            # is outside the sources, whatever Dutch town or Hub sounds like the one named
            # with it ("bij nordhorn" is no Hub Noord); so is the programme there ("how many
            # jobs did smart industry create in the UK?"), not a figure of the Dutch one. A
            # question of nothing the sources are about stays out of scope ("hoe laat is het
            # in Tokyo").
            return _directory_reply(abroad, lang)
        field = served.records.answer(question, lang, names=clause.names)
        if (
            field is not None
            and field.field == "lead"
            and clause.when is not None
            and clause.when.year is not None
            and intent(clause.original, typos=True) != "who"
            and not {"door", "by"} & set(tokens(clause.original))
        ):
            field = None  # "is SMITZH in 2019 opgericht?": when it was founded, not who leads
        told = _record_told(served, clause, reading_intro) if field is None else None
        if told is not None:
            # "iemand noemde de Smart Industry Hub Zuid. Welke organisatie voert daar de
            # coördinatie?": "daar" is the record the asker just named.
            field = served.records.answer(question, lang, record=told)
        if field is not None and field.field == "labs" and field.record.startswith("fieldlab."):
            # "welke fieldlabs gaan over sociale innovatie?": a Fieldlab has no Fieldlabs of
            # its own; the theme it is named after lists them.
            themed = served.directory.answer(question, lang, clause.names)
            if themed is not None and themed.confident:
                return _directory_reply(themed, lang)
        if field is not None:
            # A phrasing staff wrote for an entry wins over the record's own field ("wie is de
            # contactpersoon van de noordelijke hub?" has an entry of its own).
            written = served.matcher.search(question, lang=lang, names=clause.names)
            top = written.best
            # "Wanneer werd 'Boost', de regionale actieagenda, gepresenteerd?": a phrasing that
            # names the record itself ("de actieagenda Boost") is about something of its own.
            in_phrasing = served.records.find(tokens(top.question), None) if top else None
            names_it = in_phrasing is not None and in_phrasing[0] == field.record
            # "does BOOST have an office in Harderwijk?": not the programme's office
            if field.field == "offices" or not (
                written.confident
                and top is not None
                # (a phrasing naming the record must also be near: "Which EDIH builds on
                # BOOST?" shares only the name with "who runs BOOST")
                and (top.score >= WRITTEN_SCORE or (names_it and top.score >= NAMING_SCORE))
                and not _is_record(served.knowledge, top.entry)
                # "wat is het telefoonnummer van de hub noord": no phrasing holds one
                and not (field.field == "contact" and asks_phone_or_mail(tokens(question)))
            ):
                return field.reply(lang)
        unnamed = _unknown_fieldlab_name(served, clause)
        if unnamed is not None:  # "wat is Fieldlab Kaasrobot?": no such Fieldlab
            return Reply(texts.text("unknown_fieldlab", lang, name=unnamed), lang, kind="unknown")
        if (
            reading_intro
            and _POINTING & set(words)
            and served.directory.wants_fieldlabs(words)
            and not _names_its_own_subject(served, clause, words, lang)
        ):
            # "Wij willen iets met cobots gaan doen. Is daar een fieldlab voor?": "daar" is
            # the theme the asker just told about (the last they told of, when they told of
            # more: "Wij zijn een metaalbedrijf. We willen iets met 3D printen.").
            themes = next(
                (
                    found
                    for part in reversed(_told_parts(reading_intro))
                    if (found := served.directory.themes_in(tokens(part)))
                ),
                [],
            )
            if themes and not served.directory.themes_in(words):
                return _directory_reply(served.directory.fieldlabs_on(themes, lang), lang)
        # "Hoeveel fieldlabs in Zuid-Holland volgens TNO 2017?": a count of a year is a
        # figure of then, not today's list.
        dated_count = clause.when is not None and clause.when.year and intent(question) == "count"
        asked_where = question
        if (
            intro_place is not None
            and intro_place != carried_place
            and _TOLD_PLACE_WORDS & set(words)
            and served.directory.wants_fieldlabs(words)
            and served.directory.find_place(words, clause.names)[0] is None
        ):
            # "ik rij net langs harderwijk, zit daar niet een field lab robotica": "daar" is
            # the place the asker just told.
            asked_where = f"{question} in {intro_place}"
        if (
            intro_place is not None
            and intro_place != carried_place  # told in this message, not a turn before
            and _ROUTE_ASK.search(" ".join(words))
            and (province := served.directory.province_of(intro_place)) not in (None, intro_place)
            and served.directory.find_place(words, clause.names)[0] == province
        ):
            # "plaatwerkerij in hoogeveen. welke hub, als drentse ondernemer?": the town told
            # lies in the province asked, and says more.
            return _directory_reply(served.directory.route(intro_place, lang), lang)
        listed = None if dated_count else served.directory.answer(asked_where, lang, clause.names)
        if listed is not None and _place_is_a_name_heard(served, words, clause):
            listed = None  # "field lab kampioen" is CAMPIONE said aloud, not Kampen
        if listed is not None and listed.confident:
            return self._one_lab(served, listed, clause, lang) or _directory_reply(listed, lang)
        if intro_place is None and listed is None and _ROUTE_ASK.search(" ".join(words)):
            unknown_place = self._intro_unknown_place(served, reading_intro)
            if unknown_place is not None:  # "ik zit in Xyzdorp, welke hub?"
                return _directory_reply(served.directory.unknown_place(unknown_place, lang), lang)
        asks_here = bool(_ROUTE_ASK.search(" ".join(words)) or _HERE.search(" ".join(words)))
        # "Ik zit in Delft, welke fieldlabs zijn er?": which ones, said of no place or theme,
        # after the asker told their place.
        asks_here = asks_here or (
            any(
                w in _WHICH_ONES and served.directory.wants_fieldlabs(words[at + 1 : at + 2])
                for at, w in enumerate(words)
            )
            and not served.directory.themes_in(words)
        )
        probe: Match | None = None  # the match of the question, once: also used below
        if asks_here and not _SCOPE_ANCHORS & set(words):
            # "kun je me helpen een kamer te vinden?", "weet je een goed restaurant in
            # Maastricht?": help with an everyday thing is no question for a Hub.
            probe = served.matcher.search(
                question, lang=lang, names=clause.names, cited=_set_aside_words(clause)
            )
            if _only_everyday(served, clause, probe, everyday=_DAILY_LIFE_ZIPF):
                return Reply(texts.text("out_of_scope", lang), lang, kind="out_of_scope")
        if intro_place is not None and (listed is None or asked_where != question) and asks_here:
            # (a list of the told place that has no Fieldlab says so, and names its Hub)
            # "Ik zit in Hengelo. Waar kan ik terecht?", "Is hier een fieldlab?": the place
            # from the introduction.
            if served.directory.wants_fieldlabs(words):
                near = served.directory.fieldlabs_near(intro_place, lang)
                return self._one_lab(served, near, clause, lang) or _directory_reply(near, lang)
            if served.directory.themes_in(words) and not _WHERE_TO_GO & set(words):
                # "metaalbedrijf in Harderwijk, is er iets met robots bij ons in de buurt?":
                # the Fieldlabs on the theme there, as asked with the town in the question
                said = " ".join(w for w in words if served.directory.themes_in([w]))
                themed = served.directory.answer(f"fieldlabs {said} in {intro_place}", lang)
                if themed is not None and themed.confident:
                    one = self._one_lab(served, themed, clause, lang)
                    return one or _directory_reply(themed, lang)
            return _directory_reply(served.directory.route(intro_place, lang), lang)
        if _asks_for_the_hubs(served, words, clause):
            hubs = served.knowledge.entry("hubs.list")
            if hubs is not None:  # "welke hubs zijn er allemaal?": the list, not "where to go"
                return self._entry_reply(served.knowledge, hubs, lang, 100.0)
        match = (
            probe
            if probe is not None
            else served.matcher.search(
                question, lang=lang, names=clause.names, cited=_set_aside_words(clause)
            )
        )
        if clause.when is not None and clause.when.year is not None:
            # The year was taken out; an entry that names the year may still be meant
            # ("het jaarevent van 2018"), unless the year-less match holds dated figures.
            with_year = served.matcher.search(clause.original, lang=lang, names=clause.names)
            best = match.best
            entry = served.knowledge.entry(best.entry) if best else None
            dated = match.confident and entry is not None and bool(entry.figures)
            if not dated and with_year.confident:
                match = with_year
        match = self._named_records_only(served, match, question, clause.names, lang)
        match = _about_the_named_record(served, match, words, clause, lang)
        match = _settled_by_kind(served, match, question)
        match = _the_named_card(served, match, words, clause)
        if listed is not None and (not match.confident or asks_what_is_there(words)):
            # "fieldlabs in Parijs?": the unknown place; "wat zit er in Flevoland?": no
            # Fieldlab there, however well an entry that names Flevoland matches
            return _directory_reply(listed, lang)
        reply = self._from_match(served, match, clause, lang, region)
        if reply.kind == "smalltalk" and _about_fieldlabs_not_the_bot(words):
            # "best fieldlab for AI?" asks about Fieldlabs, not whether the bot is an AI.
            reply = Reply(self.unknown_text(served, lang, region), lang, kind="unknown")
        if (
            reply.entry == "smalltalk.who"
            and not (_ADDRESSING | _THE_BOT) & set(words)
            and about_the_bot(words) is None
        ):
            # "… en wie daar destijds het initiatief toe namen?": who did something, not who
            # the bot is
            reply = Reply(self.unknown_text(served, lang, region), lang, kind="unknown")
        if (
            reply.kind == "smalltalk"
            and (reply.entry in _PARTING or reply.entry == "smalltalk.feedback")
            and intent(question) in ("when", "where", "count", "who", "which", "why")
        ):
            # "tot wanneer?" asks until when, it takes no leave ("tot ziens"); "handed to
            # whom?" rates nothing, however much "handed" looks like "handig".
            reply = Reply(self.unknown_text(served, lang, region), lang, kind="unknown")
        if reply.declined and intent(question, typos=True) != "count":
            named = served.records.find(words, clause.names)
            card = served.knowledge.entry(named[0]) if named else None

            def meaningful(part: list[str]) -> list[str]:
                return [
                    w
                    for w in part
                    if not is_stopword(w) and w not in _RECORD_WORDS and w not in clause.names
                ]

            rest = meaningful(words[: named[1]] + words[named[2] :] if named else words)
            # "wat is fieldlab SAMEN, zijn die allebei van WCM?", "is SPARK nou een echt
            # fieldlab?": a question that opens on the name asks about that record.
            # Not "heeft RoboHouse vacatures?": a word the knowledge does not know is asked.
            defined = intent(" ".join(words[: named[1] + 1]) if named else "") in ("define", "do")
            opens = (
                named is not None
                and named[1] <= 3
                and not meaningful(words[: named[1]])
                and (defined or not set(rest) & set(match.unknown))
            )
            if card is not None and (not rest or opens):
                # "technologies aded", "wat is SPARK in Den Bosch": the name is the question
                whole = self._entry_reply(served.knowledge, card, lang, 60.0)
                return self._narrowed(served, whole, rest, clause, lang) if rest else whole
        if reply.declined:
            named = served.records.find(words, clause.names)
            # "hoeveel kreeg SMITZH van de MRDH?" asks money without saying the word
            asked = [*words, "geld"] if asks_amount_given(words) else words
            if (
                named
                and served.records.holds(
                    named[0], asked, clause.when.year if clause.when else None
                )
                and _Answerer(self, served).mentions(
                    named[0], asked[: named[1]] + asked[named[2] :], lang, share=MENTIONED_SHARE
                )
            ):
                # "hoeveel geld was er beschikbaar voor RoSF?": its own description says.
                card = served.knowledge.entry(named[0])
                if card is not None:
                    whole = self._entry_reply(served.knowledge, card, lang, 60.0)
                    rest = asked[: named[1]] + asked[named[2] :]
                    return self._narrowed(served, whole, rest, clause, lang)
        carried = intro_place is not None and intro_place == carried_place
        if carried:
            # "kan de kvk helpen?" asks of the KvK, not where the asker told they are
            # ("where are they based?" points back at the route it was given)
            own = [w for w in words if w not in _ROUTE_CUES]
            carried = not points_back(tokens(clause.said or clause.original)) and bool(
                _Answerer(self, served).meaningful(own, lang)
            )
        if reply.declined and intro_place is not None and not carried and set(words) & _ROUTE_CUES:
            return _directory_reply(served.directory.route(intro_place, lang), lang)
        return reply

    def _of_what_was_told(
        self,
        served: _Served,
        clause: Clause,
        intro: str,
        lang: str,
        region: str | None,
        intro_place: str | None,
    ) -> Reply | None:
        """A short question that points back at what the asker told just before it ("Ik
        hoorde over Fieldlab SAMEN. Waar gaat die over?", "tno said there are four types of
        field lab, which ones"): asked of the told sentence, when that is answered surely."""
        words = tokens(clause.text)
        own = _Answerer(self, served).meaningful(words, lang)
        pointing = points_back(words)
        if len(own) > _TOLD_SUBJECT_WORDS + pointing or not (pointing or intent(clause.text)):
            # "hoeveel geld zat daarin?" points at it, with a word of its own; "wat nu?"
            # asks nothing of what was told ("mijn printer doet het niet meer")
            return None
        told = read(intro)
        said = " ".join(c.text for c in told.clauses) or intro
        if served.matcher.search(said, lang=lang, names=told.names).known_share < _TOLD_KNOWN:
            return None  # "mijn printer doet het niet meer, wat nu": told of something else
        asked = replace(
            clause, text=f"{said} {clause.text}", names=clause.names | told.names, said=clause.text
        )
        reply = self._clause(served, asked, lang, region, intro_place, None)
        return reply if reply.kind == "answer" and reply.entry is not None else None

    def _of_the_first(
        self,
        served: _Served,
        clauses: list[Clause],
        parts: list[Reply],
        n: int,
        lang: str,
        region: str | None,
        now: dt.datetime,
    ) -> Reply | None:
        """'region of smart factories wat is dat en welke bedrijven doen daar mee': a later
        question that points back at the record the first one answered is read as the next
        turn after it ("daar" is RoSF), not matched on its own words; None when that reading
        has no answer, or the later question does not point back at that record."""
        first, later = parts[0], clauses[n]
        if not first.declined and first.kind == "list" and len(first.listed) == 1:
            # "Wat voor fieldlab zit er in Harderwijk, en met wie werkt het samen?": the one
            # Fieldlab the list named is what "het" asks about, as after its card.
            card = served.knowledge.entry(first.listed[0])
            if card is None:
                return None
            first = _with(first, entry=card.id, record=card.id)
        if first.declined or first.record is None or first.entry != first.record:
            return None  # only a record's card: its fields are what "ze", "daar" ask
        said = later.said or later.original
        words = tokens(said)
        if n != 1 or not points_back(words):
            return None  # "… en die bouwlab, waar zit die": "die" is the one just named
        named = served.records.find(tokens(later.text), later.names)
        if named is not None and named[0] != first.record:
            return None  # "waar zit robohouse? en sam xl ook in die buurt?" names its own
        if served.directory.find_place(words, later.names)[0] is not None:
            return None
        own = replace(later, text=said, original=said)
        context = Context(
            lang=lang,
            at=now,
            entry=first.entry,
            record=first.record,
            question=clauses[0].text,
            when=clauses[0].when,
            listed=first.listed,
        )
        turn = Reading(text=said, clauses=(own,))
        followed = resolve(_Answerer(self, served), turn, context, lang, region)
        if followed is None or followed.kind == "smalltalk":
            return None
        if followed.declined and followed.text.startswith(self._vaguely_unknown(served, first)):
            # "hoeveel geld was er voor rosf en wie heeft het ontwikkeld?": no field says who,
            # but the card does; the record's card once, not "that is not in my sources
            # about RoSF" after it (a field's own "not known", "waar CAMPIONE zit", stays)
            card = served.knowledge.entry(first.record or "")
            return self._entry_reply(served.knowledge, card, lang, 60.0) if card else None
        return followed

    @staticmethod
    def _vaguely_unknown(served: _Served, reply: Reply) -> str:
        """How "Dat staat over RoboHouse niet in mijn bronnen" begins for a reply's record."""
        record = reply.record or ""
        found = served.knowledge.hub(record) or served.knowledge.fieldlab(record)
        name = (found.name if found is not None else None) or record
        return texts.text("record_asked_unknown", reply.language, name=name)

    def _narrowed(
        self, served: _Served, card: Reply, rest: list[str], clause: Clause, lang: str
    ) -> Reply:
        """A narrow question about a record ("Hoeveel heeft de gemeente Den Haag bijgedragen
        aan SMITZH?") gets the sentences of its card that speak most of what it asks, with
        the record named; "wat is SMITZH" or "wat doet het" keeps the whole card."""
        said = tokens(clause.original)
        if card.record is not None and (
            _NOT_ON_A_CARD & set(said) or _STAFF_COUNT.search(" ".join(said))
        ):
            # "are there vacancies at Smart Bending Factory?", "hoeveel mensen werken er bij
            # Technologies Added?": what no record holds; its card is offered, not given.
            found = served.knowledge.hub(card.record) or served.knowledge.fieldlab(card.record)
            if found is not None:
                return _card_offered(served.knowledge, card.record, found.name, lang)
        asked = intent(clause.original, typos=True)
        # "wat is de bijdrage van het rijk aan smitzh": "what is" of a thing of the record,
        # not of the record itself, is as narrow as "how much"
        part = _WHAT_IS_THE_PART_OF.match(" ".join(tokens(clause.original)))
        of_a_part = (
            asked == "define"
            and part is not None
            and served.records.find([part.group("part")], frozenset()) is None
        )  # not "wat is de duurzaamheidsfabriek in dordrecht": the record itself
        if (asked not in _NARROW_ASKS and not of_a_part) or card.record is None:
            return card
        if sum(1 for w in tokens(clause.original) if w in _WH_WORDS) > 1:
            return card  # "hoeveel geld was er voor rosf en wie heeft het ontwikkeld": two asks
        knowledge = served.knowledge
        record = knowledge.hub(card.record) or knowledge.fieldlab(card.record)
        if record is None:
            return card
        if intent(clause.original, typos=True) == "count" and not _holds_kind(
            _Answerer(self, served), replace(card, text=numbers_as_digits(card.text)), "count"
        ):
            # "hoeveel robots staan er bij RoboHouse?": a card that counts nothing cannot
            # answer it; its card is offered, not given as if it did
            return _card_offered(knowledge, card.record, record.name, lang)
        shown = [_in_lang(record.summary, lang), _in_lang(getattr(record, "offers", {}), lang)]
        sentences = [s for p in shown if p for s in re.split(r"(?<=[.!?])\s+", p) if s]
        answerer = _Answerer(self, served)
        if clause.said and clause.said != clause.text:
            # "… en wie heeft het ontwikkeld?": what the later question itself asks, not the
            # subject it borrowed from the first
            rest = [w for w in tokens(clause.said) if w not in tokens(record.name or "")]
        shares = [answerer.speaks_of(s, rest, lang) for s in sentences]
        best = max(shares, default=0.0)
        if best < NARROW_SHARE:
            return card
        kept = [s for s, share in zip(sentences, shares, strict=True) if share == best]
        if len(" ".join(kept)) > len(card.text) / 2:
            return card  # most of the card speaks of it: the card itself
        if intent(clause.original, typos=True) == "count" and not _COUNTS.search(" ".join(kept)):
            return card  # "hoeveel bedrijven heeft hub noord geholpen?": no sentence counts
        name = record.name or ""
        body = " ".join(kept)
        if name and not body.lower().startswith(name.lower()):
            body = f"{name}: {body}"
        return _with(card, text=body)

    def _checked(
        self, served: _Served, claim: Claim, reply: Reply, lang: str, region: str | None
    ) -> Reply:
        """A claim answered with "Ja." when the answer states its figure as a count of what
        it counts, "Nee, volgens mijn bronnen niet." when it states others, and with the
        named source's own figures when it names one ("klopt het dat Dialogic 367 miljoen
        telde?": Dialogic's is 314); a claim the message's own reading does not
        answer ("er zijn toch 600 fieldlabs?") is asked as the count of what it counts."""
        if reply.record is not None:
            # A Hub's or Fieldlab's card: its figures are a count to check only where it
            # counts what the claim counts ("klopt het dat SMITZH 5000 bedrijven bereikte?":
            # the card says more than 2,350 companies).
            if claim.share or not claim.counted or not counts(reply.text, claim.counted):
                return reply
            return _with(reply, text=verdict(claim, reply.text, lang, dated=False))
        answered = reply if reply.confident and not reply.declined else None
        # "I heard twenty fieldlabs spoke in that video": the answer that counts the
        # Fieldlabs of the video (twelve) is the one to check, not the count of them all.
        own_count = answered is not None and counts(answered.text, claim.counted)
        if answered is None or not (holds(claim, answered.text) or own_count):
            count: Reply | None = None
            if claim.counted:
                asked = ("hoeveel " if lang == "nl" else "how many ") + " ".join(claim.counted)
                count = self._clause(served, Clause(asked, asked), lang, region, None)
                if not count.confident or count.declined or count.kind == "smalltalk":
                    count = None
            if count is not None:
                answered = count  # "er zijn toch 680 fieldlabs?": the count of Fieldlabs
        if answered is None or not stated(answered.text):
            return reply  # nothing to check the figure against
        if claim.share and not re.search(r"%|procent|percent", answered.text):
            return reply  # "50% van de fieldlabs…": the answer states no share to check
        sourced = of_the_named_source(served.knowledge, claim, answered.entry, lang)
        if sourced is not None and sourced[1]:
            held, sentences, sources = sourced
            key = "premise_yes" if held else "premise_no"
            return _with(answered, text=f"{texts.text(key, lang)} {sentences}", sources=sources)
        found = served.knowledge.entry(answered.entry or "")
        dated = found is not None and len(found.figures) > 1
        body = _YES.sub("", answered.text)  # "Yes. Twelve Fieldlabs …" answered "is there one?"
        said = verdict(claim, body[:1].upper() + body[1:], lang, dated)
        if holds(claim, answered.text):
            return _with(answered, text=said)
        other, sources = elsewhere(served.knowledge, claim, answered.entry, lang)
        if not other:
            return _with(answered, text=said)
        return _with(answered, text=f"{said} {other}", sources=answered.sources + sources)

    def _claim_set_aside(
        self, served: _Served, clause: Clause, lang: str, region: str | None
    ) -> Reply | None:
        """A claim not matched as said, matched with its claimed values set aside (a year,
        a number, a place, a name the knowledge writes in capitals; of a person also a Hub
        or Fieldlab it names): the reading the knowledge matches best, or None."""
        said = clause.said or clause.original
        if not is_claim(said):
            return None
        words = tokens(clause.text)
        year = clause.when.year if clause.when is not None else None
        if year is not None and year > _this_year():
            return None  # "is er in 2026 nog een Jaarevent?": no source speaks of it
        values = _claimed(served, clause)
        tries = [set_aside(words, values, lang, keep_years=True), set_aside(words, values, lang)]
        of_a_person = len(tries)  # the tries from here on set aside a Hub or Fieldlab
        named = served.records.find(words, clause.names)
        if named is not None:
            # "Marloes Telgenhof works for BOOST": the Hub is what is claimed of her.
            record = Value("name", tuple(words[named[1] : named[2]]))
            tries.append(set_aside(words, [*values, record], lang))
        best: Reply | None = None
        for n, text in enumerate(tries):
            if not text or (text == clause.text and clause.when is None) or text in tries[:n]:
                continue
            asked = replace(clause, text=text, original=text, when=None)
            reply = self._clause(served, asked, lang, region, None)
            if not reply.confident or reply.declined or reply.kind == "smalltalk":
                continue
            if n >= of_a_person and not (reply.entry or "").startswith("people."):
                # "Heeft Hub Zuid een website?" asks of the Hub; only of a person is a Hub
                # or Fieldlab what is claimed ("works for BOOST", "director of SMITZH").
                continue
            # "smart industry started (2019)": with the year the dated Fieldlab count
            # matches a little, without it the start of the programme matches fully.
            if best is None or reply.score > best.score:
                best = reply
        return best

    def _claim_verdict(self, served: _Served, clause: Clause, reply: Reply, lang: str) -> Reply:
        """ "Ja." or "Nee, volgens mijn bronnen niet." in front of the answer to a claim
        when the sentence of the answer that speaks of it gives the claimed year, place or
        name, or another one; the answer as it is when it speaks of none."""
        if (
            not is_claim(clause.said or clause.original)
            or _asks_a_person_now(reply, clause.original)  # then is no Ja for now
            or _offers_a_choice(clause.said or clause.original, lang)
            or not reply.confident
            or reply.declined
            or reply.kind != "answer"
            or (reply.record is not None and reply.record == reply.entry)  # _located_in
            or reply.text.startswith(_VERDICTS)  # checked already (a figure, a place)
        ):
            return reply
        entry = served.knowledge.entry(reply.entry or "")
        # What the entry is about: its title in each language ("het Jaarevent 2019").
        titles = [entry.title(language) for language in LANGS] if entry else []
        values = _claimed(served, clause)
        named = served.records.find(tokens(clause.text), clause.names)
        if named and (reply.entry or "").startswith("people."):  # claimed of a person
            values.append(Value("name", tuple(tokens(clause.text)[named[1] : named[2]])))
        claim = tokens(set_aside(tokens(clause.text), [], lang))  # not its "right?"
        held = checked(
            values, reply.text, claim, titles, served.directory, served.records,
            served.capitals, clause.names,
        )  # fmt: skip
        if held is None and entry is not None and not entry.figures:
            # a number only guessed at ("zo'n 45") is out of the clause's text: not claimed
            said = tokens(clause.text)
            numbers = {
                w.replace(",", ".")
                for v in values
                if v.kind == "number"
                for w in v.words
                if w in said
            }
            if numbers and not numbers & stated(reply.text):
                # "Did the hubs help 10,000 SMEs?" of an answer that counts nothing
                lead = texts.text("claim_figure_absent", lang)
                return _with(reply, text=f"{lead} {reply.text}")
        if held is None:
            return self._claim_when(served, clause, reply, values, lang) or reply
        key = "premise_yes" if held else "premise_no"
        body = _YES.sub("", reply.text)  # "Yes, regions made plans" answered another ask
        return _with(reply, text=f"{texts.text(key, lang)} {body[:1].upper()}{body[1:]}")

    def _claim_first(self, served: _Served, clause: Clause, lang: str) -> Reply | None:
        """ "Was RoboHouse the first fieldlab?": "the first" claimed of a Hub or Fieldlab
        is never a plain yes. The answer says the sources do not say so, then what they do
        say: the record's own sentence with "first" ("World Class Maintenance became the
        first party …"), and the sentence of the answer about the first ones of that kind
        ("The first ten Fieldlabs got going in early 2015"); None when neither says one."""
        said = clause.said or clause.original
        words = tokens(clause.text)
        # "frist", "eerset": a transposed letter is still "first"
        at = next((i for i, w in enumerate(words) if "".join(sorted(w)) in _FIRST_LETTERS), None)
        if at is None or not is_claim(said) or claim_in(said) is not None:
            return None
        named = served.records.find(words, clause.names)
        card = served.knowledge.entry(named[0]) if named else None
        if card is None or at + 1 >= len(words):
            return None
        kind = words[at + 1][:5]  # "fieldlab", "fieldlabs", "hub"
        if not card.id.startswith(f"{kind[:3]}"):
            # "the first fieldlab" of a Fieldlab, "de eerste hub" of a Hub: first of its own
            # kind; "the first call", "de eerste plaquette" claim something else
            return None
        own = [s for s in _sentences(_answer_of(card, lang)) if _FIRST & set(tokens(s))]
        first = f"{_WHEN[lang]} {words[at]} {words[at + 1]}"
        asked = replace(clause, text=first, original=first, when=None)
        general = self._clause(served, asked, lang, None, None)
        about: list[str] = []
        if general.confident and not general.declined and general.entry != card.id:
            about = [s for s in _sentences(general.text) if _first_of(tokens(s), kind)]
        if not own and not about:
            return None
        sources = (card.sources if own else ()) + (general.sources if about else ())
        # Only where the record's own text never says "first" is that a plain "not so".
        lead = texts.text("claim_first_said" if own else "claim_first_unconfirmed", lang)
        text = " ".join([lead, *own[:1], *about[:1]])
        return Reply(
            text, lang, entry=general.entry if about and not own else card.id,
            score=100.0, confident=True, sources=tuple(dict.fromkeys(sources)),
            kind="answer", record=card.id,
        )  # fmt: skip

    def _claim_when(
        self, served: _Served, clause: Clause, reply: Reply, values: list[Value], lang: str
    ) -> Reply | None:
        """A claimed year the answer does not speak of ("Did the programme start in
        2010?" answered by what the programme is): the claim asked as "when", checked
        against that answer; None when it gives no verdict either."""
        years = {w for v in values if v.kind == "year" for w in v.words}
        if not years or any(v.kind == "number" for v in values):
            return None
        kept = [w for w in tokens(clause.text) if w not in years]
        text = f"{_WHEN[lang]} {without_claim_tag(' '.join(kept))}"
        asked = replace(clause, text=text, original=text, when=None)
        when = self._clause(served, asked, lang, None, None)
        if (
            not when.confident
            or when.declined
            or when.kind != "answer"
            or when.entry == reply.entry
            or (when.record is not None and when.record == when.entry)
        ):
            return None
        entry = served.knowledge.entry(when.entry or "")
        titles = [entry.title(language) for language in LANGS] if entry else []
        claim = tokens(set_aside(tokens(clause.text), [], lang))
        held = checked(
            values, when.text, claim, titles, served.directory, served.records,
            served.capitals, clause.names,
        )  # fmt: skip
        if held is None:
            return None
        key = "premise_yes" if held else "premise_no"
        return _with(when, text=f"{texts.text(key, lang)} {when.text}")

    def _one_lab(
        self, served: _Served, listed: DirectoryAnswer, clause: Clause, lang: str
    ) -> Reply | None:
        """ "What the fieldlab in Harderwijk is doing for robots?", "wat doen ze daar in die
        fieldlab bij Aviolanda?": what the one Fieldlab of a place does is its card, not the
        list of one (asked in the user's own words, not a question composed from the last)."""
        words = tokens(clause.said or clause.original)
        asked = intent(" ".join(words))
        card = served.knowledge.entry(listed.records[0]) if len(listed.records) == 1 else None
        if (
            listed.confident
            and card is not None
            and _is_there_one(served, words)
            and served.directory.find_place(words, clause.names)[0] is not None
        ):
            # "Is there a Fieldlab for robotics in Harderwijk?": the one there is, its card
            # ("is there a fieldlab for 5G?", said of no place, lists the theme's Fieldlabs).
            return self._entry_reply(served.knowledge, card, lang, 100.0)
        if not (
            listed.confident
            and len(listed.records) == 1
            and any(
                w in _ONE_LAB
                and at
                and (
                    words[at - 1] in _DEFINITE
                    # "5g proeftuin in groningen wat is dat": named by its theme
                    or bool(served.directory.themes_in(words[at - 1 : at]))
                )
                for at, w in enumerate(words)
            )  # "the fieldlab in Harderwijk", not "what is a fieldlab" said of a place
            and "fieldlabs" not in words
            and (asked in ("do", "define", "when", "who", "count") or _that_lab(words))
        ):
            return None
        card = served.knowledge.entry(listed.records[0])
        if card is None:
            return None
        if asked in ("do", "define"):
            return self._entry_reply(served.knowledge, card, lang, 100.0)
        # "wanneer kreeg het fieldlab in Drachten de plaquette?": asked of that Fieldlab by
        # its name, so its own fields and sentences answer (once: the name lists no place).
        name = tokens(card.title(lang))
        place, _ = served.directory.find_place(words, clause.names)
        in_place = set(tokens(place)) if place else set()
        kept = [w for w in words if w not in in_place and w not in ("fieldlab", "in", "te")]
        said = " ".join(kept + name)
        named = replace(clause, text=said, original=said, said=said)
        reply = self._clause(served, named, lang, None, None, None)
        if reply.kind == "list" or (reply.declined and reply.record != card.id):
            return None  # a field it leaves out ("wie DCMC leidt, staat niet…") still answers
        return reply

    def _with_subject(
        self,
        served: _Served,
        first: Clause,
        later: Clause,
        reply: Reply,
        lang: str,
        region: str | None,
        *,
        first_known: bool = True,
        first_entry: str | None = None,
        first_record: str | None = None,
        first_text: str | None = None,
    ) -> Reply:
        """'hoeveel fieldlabs waren er eind 2018 en hoeveel kwamen er bij?': a later question
        without a subject of its own borrows the first one's (its last words only when the
        first question was not declined as unknown: "in Duitsland" is no subject to lend)."""
        said_later = tokens(later.said or later.original)
        if (
            first_record is not None
            and points_back(said_later)
            and served.records.find(said_later, later.names) is None
        ):
            # "what is RAMLAB and which hub is it part of?": "it" is the first answer's record.
            field = served.records.answer(later.text, lang, record=first_record)
            if field is not None:
                return field.reply(lang)
            if _Answerer(self, served).mentions(first_record, said_later, lang):
                card = served.knowledge.entry(first_record)
                if card is not None:  # "… en hoeveel geld zat er in dat project?"
                    return self._entry_reply(served.knowledge, card, lang, 60.0)
        pronouns = PERSON_PRONOUNS & set(tokens(later.text))
        people = _Answerer(self, served).people_named(first_entry) if first_entry else []
        if pronouns and len(people) == 1:
            # "wie is Ineke Dezentjé en wat is haar rol?": "haar" is the first answer's person.
            name = people[0][1]
            asked = " ".join(name if w in pronouns else w for w in tokens(later.text))
            named = self._clause(served, replace(later, text=asked), lang, region, None)
            if named.confident and not named.declined:
                return named
        own = [w for w in tokens(later.text) if not is_stopword(w)]
        if (
            reply.kind == "unknown"
            and reply.text != self.unknown_text(served, lang, region)
            and served.directory.find_place(own, later.names)[0] is not None
        ):
            # "…, wie BOOST leidt, en is er iets in Limburg?": what the sources say of the
            # place the later question names itself ("geen Fieldlab in Limburg; wel Hub
            # Zuid") answers it; the first question's subject does not belong there.
            return reply
        # A second question that comes back to the first one's answer asks something else:
        # "wie werken er samen in een hub, en wie betaalt ze?" is not asked twice.
        again = (
            reply.entry is not None and reply.entry == first_entry and reply.score < REPEAT_SCORE
        )
        if len(own) >= 2 and not reply.declined and not again:
            return reply
        if not reply.declined and not again and reply.record and reply.entry == reply.record:
            return reply  # "wat is rosf en wat is icd": "icd" is a subject of its own
        subject = [w for w in tokens(first.text) if not is_stopword(w) and w not in own]
        texts_ = [" ".join([*subject, later.text])] if subject and not again else []
        topic = [w for w in subject if w in _RECORD_WORDS]
        if (
            reply.declined
            and topic
            and topic != subject
            and 1 <= len(own) <= 2
            and intent(later.text, typos=True) is None
            and not points_back(said_later)
            and (
                served.directory.themes_in(own)
                or served.directory.find_place(own, later.names)[0] is not None
            )
        ):
            # "Composieten fieldlabs? En robotisering?": the later theme or place takes the
            # place of the first one's; only what is asked of ("fieldlabs") is borrowed.
            texts_.insert(0, " ".join([*topic, later.text]))
        said = tokens(later.said or later.original)
        if (
            (reply.declined or again)
            and first_known
            and intent(" ".join(said), typos=True) is not None
        ):
            # "is the subsidy still open? and how big was the budget?": the first question's
            # subject ends its last words; the later one asks its own question about that.
            head = subject_of(tokens(first.text))
            texts_.append(" ".join([*head, *(w for w in said if w not in _PRONOUN_WORDS)]))
        if reply.declined and first_known and _PRONOUN_WORDS & set(said):
            # "which organisations founded smart industry nl and in what year did it
            # launch?": "it" is the first question's subject, said where the pronoun is.
            head = subject_of(tokens(first.text), 3)
            pointed = [w for s in said for w in (head if s in _SUBJECT_WORDS else [s])]
            if pointed != said:
                texts_.insert(0, " ".join(pointed))
        if reply.kind == "smalltalk" and _ADDRESSING & set(said):
            return reply  # "not sure what this bot is for. what can you help me with?"
        for text in texts_:
            borrowed = self._clause(served, replace(later, text=text), lang, region, None)
            if (
                borrowed.confident
                and not borrowed.declined
                # The first answer again says nothing new: the later question asks more.
                and not (
                    borrowed.entry is not None
                    and borrowed.entry == first_entry
                    and (first_text is None or borrowed.text == first_text)
                )
                and not (
                    again and (borrowed.entry == first_entry or borrowed.score <= reply.score)
                )
                # "wat zijn fieldlabs en wat zijn hubs": a borrowed reading must beat a
                # good answer of the question's own.
                and (reply.declined or again or borrowed.score >= reply.score)
            ):
                return borrowed
        return reply

    @staticmethod
    def _named_records_only(
        served: _Served, match: Match, question: str, names: frozenset[str], lang: str = "nl"
    ) -> Match:
        """A Hub or Fieldlab card only answers a question that names it: "What is Smart
        Industry in the Netherlands?" is not the card of "Smart Industry Hub North
        Netherlands"."""
        words = tokens(question)
        found = served.records.find(words, names)
        named = found[0] if found else None
        # A person's entry answers "who" or a question that names them: "in welk jaar is hub
        # noord aangekondigd?" is not Jan Post's biography, though he announced it.
        who = intent(question, typos=True) == "who" or _asks_for_a_post(words)
        kept = tuple(
            c
            for c in match.candidates
            if not (_is_record(served.knowledge, c.entry) and c.entry != named)
            # "wanneer zijn de hubs aangekondigd?" is not Jan Post's "Wanneer werd Hub Noord
            # aangekondigd?": a person's phrasing of a record the question does not name
            and not (
                not who
                and c.entry.startswith("people.")
                and _names_another_record(served, c.question, named)
            )
            and (
                who
                or not c.entry.startswith("people.")
                or c.score >= WRITTEN_SCORE  # "vouchers BOOST": staff put it there
                or tokens(c.question) == words
                or _names_person(served, c.entry, words, lang)
            )
        )
        if len(kept) == len(match.candidates):
            return match
        return served.matcher.decide(kept, match.unknown, match.known_share, match.narrowed)

    def _from_match(
        self, served: _Served, match: Match, clause: Clause, lang: str, region: str | None
    ) -> Reply:
        knowledge = served.knowledge
        best = match.best
        if (
            not match.confident
            and best is not None
            and not (match.narrowed and best.score < NARROWED_SCORE)
            and self._related_tie(knowledge, match)
        ):
            match = replace(match, confident=True)  # two linked entries: answer, link the other
        if not match.confident and _states_the_figure(knowledge, match, clause):
            match = replace(match, confident=True)  # "klopt het dat er 2350 bedrijven…?"
        when = clause.when
        if (
            match.confident
            and best is not None
            and asks_person_contact(tokens(clause.original))
            and (reached := person_contact_unknown(knowledge, best.entry, lang)) is not None
        ):
            # "Wat is het e-mailadres van Marloes Telgenhof?": not her biography.
            then = (Link(best.entry, _title(knowledge, best.entry, lang)),)
            return Reply(reached, lang, score=best.score, alternatives=then, kind="unknown")
        if (
            match.confident
            and best is not None
            and _about_a_person_but_not_asked(match, clause, served.matcher, lang)
        ):
            match = replace(match, confident=False)  # "wat verdient Mona Keijzer?"
        if match.confident and _names_an_unknown_kind(served, clause):
            match = replace(match, confident=False)  # "hoe werkt de NOW-regeling?"
        if (
            match.confident
            and best is not None
            and best.entry.startswith("people.")
            and when is not None
            and when.latest
            and intent(clause.original, typos=True) == "who"
        ):
            # "wie is nu de staatssecretaris?": the sources say who held the post then, not now.
            then = (Link(best.entry, _title(knowledge, best.entry, lang)),)
            text = self.unknown_text(served, lang, region)
            return Reply(text, lang, score=best.score, alternatives=then, kind="unknown")
        if match.confident and best is not None:
            entry = knowledge.entry(best.entry)
            year = when.year if when is not None else None
            if (
                entry is not None
                and year is not None
                and year <= _this_year()  # "new funding in 2028?": no source can deny it
                and not _covers(entry, year)
                and checks_a_claim(clause.said or clause.original)
                and entry.kind not in ("hub", "fieldlab", "smalltalk", "list")
            ):
                # "Klopt het dat Smart Industry in 2010 is gestart?": Nee, and when it was.
                reply = self._entry_reply(knowledge, entry, lang, best.score)
                return _with(reply, text=f"{texts.text('premise_no', lang)} {reply.text}")
            if entry is not None and year is not None and not _covers(entry, year):
                # "het jaarevent van 2025": the entry is about other years.
                text = texts.text("year_not_known", lang, year=year)
                tie: tuple[Link, ...] = (Link(entry.id, entry.title(lang), best.score),)
                return Reply(text, lang, score=best.score, alternatives=tie, kind="unknown")
            if entry is not None and entry.kind in ("hub", "fieldlab"):
                # "wanneer kreeg SPARK het predicaat?": the sentences that say, not the card
                card = self._entry_reply(knowledge, entry, lang, best.score)
                words = tokens(clause.text)
                named = served.records.find(words, clause.names)
                rest = words[: named[1]] + words[named[2] :] if named else words
                return self._narrowed(served, card, rest, clause, lang)
            if entry is not None:
                reply = self._entry_reply(knowledge, entry, lang, best.score)
                dated = figure_text(entry, clause.when, lang, tokens(clause.original))
                if dated is None and not checks_a_claim(clause.said or clause.original):
                    # "wat is de bron voor 240 miljoen?": the figure it names, not the newest
                    dated = valued_text(entry, tokens(clause.text), lang)
                if dated is not None:
                    body, sources = dated
                    reply = _with(reply, text=body, sources=sources or reply.sources)
                    newest = max(f.date.year for f in entry.figures)
                    if year is not None and year > newest and _asks_ahead(clause, year):
                        # "hoeveel fieldlabs in 2030?": no source counts the future; the
                        # newest figure is said, but the question is not answered.
                        tie = (Link(entry.id, entry.title(lang), best.score),)
                        return _with(
                            reply, entry=None, confident=False, alternatives=tie, kind="unknown"
                        )
                return _with(reply, text=without_yes(reply.text, clause.original, lang))
        score = best.score if best else 0.0
        in_scope = bool(_SCOPE_ANCHORS & set(tokens(clause.text))) or _asks_a_name(clause, match)
        if not in_scope and _only_a_place_known(served, clause, match):
            # "wat is het weer morgen in Eindhoven?": a town the Fieldlabs are in does not make
            # the weather a question about them.
            return Reply(texts.text("out_of_scope", lang), lang, score=score, kind="out_of_scope")
        if match.known_share < IN_SCOPE_SHARE and not in_scope:
            return Reply(texts.text("out_of_scope", lang), lang, score=score, kind="out_of_scope")
        near: tuple[Link, ...] = ()
        if best is not None and score >= UNSURE_SCORE:
            floor = max(self.settings.suggest, score - 15.0)
            near = tuple(
                Link(c.entry, _title(knowledge, c.entry, lang), c.score)
                for c in match.candidates
                if c.score >= floor and not c.entry.startswith("smalltalk.")
            )[:3]
        if near and not match.narrowed:
            return Reply(
                texts.text("unsure", lang), lang, score=score, alternatives=near, kind="unsure"
            )
        # "hoeveel banen in de zorg?": not known, though the figure for the Fieldlabs is near.
        text = self.unknown_text(served, lang, region)
        if match.narrowed and best is not None and not near:
            runner_up = match.candidates[1].score if len(match.candidates) > 1 else 0.0
            if best.score >= self.settings.threshold / 2 and best.score >= 1.5 * runner_up:
                near = (Link(best.entry, _title(knowledge, best.entry, lang), best.score),)
        return Reply(text, lang, score=score, alternatives=near[:1], kind="unknown")

    def _related_tie(self, knowledge: KnowledgeBase, match: Match) -> bool:
        """The best two candidates are a near tie between entries linked by `related`."""
        if len(match.candidates) < 2:
            return False
        first, second = match.candidates[0], match.candidates[1]
        if first.score < self.settings.threshold:
            return False
        a, b = knowledge.entry(first.entry), knowledge.entry(second.entry)
        return a is not None and b is not None and (b.id in a.related or a.id in b.related)

    def unknown_text(self, served: _Served, lang: str, region: str | None) -> str:
        """'Not in my sources', naming the user's own Hub when their region is known."""
        if region:
            hub, confirmed, _ = served.directory.hub_for(region)
            if hub is not None and confirmed:
                website = f" ({hub.website})" if hub.website else ""
                key = "fallback_own_hub_stopped" if hub.status == "stopped" else "fallback_own_hub"
                return texts.text(key, lang, hub=hub_name(hub, lang), website=website)
        return texts.text("fallback", lang)

    # kept for callers of the first version
    fallback_text = unknown_text

    def answer_entry(self, entry_id: str, lang: str) -> Reply | None:
        """The answer of a known entry (for buttons); None when the id does not exist."""
        served = self._served
        entry = served.knowledge.entry(entry_id)
        if entry is None:
            return None
        return self._entry_reply(served.knowledge, entry, lang, 100.0)

    def region_of(self, place: str) -> str | None:
        """The province for a place the user names (/regio Enschede -> Overijssel)."""
        directory = self._served.directory
        found, _ = directory.find_place(tokens(place))
        return directory.province_of(found) if found else None

    def hub_for(self, place: str) -> tuple[Hub | None, bool, str | None]:
        """(hub, confirmed, province) for a place or province in the current knowledge."""
        return self._served.directory.hub_for(place)

    def _entry_reply(
        self, knowledge: KnowledgeBase, entry: Entry, lang: str, score: float
    ) -> Reply:
        text = (
            entry.answer.get(lang) or entry.answer.get("nl") or next(iter(entry.answer.values()))
        )
        related = tuple(
            Link(rel, _title(knowledge, rel, lang))
            for rel in entry.related
            if knowledge.entry(rel)
        )
        kind = {"smalltalk": "smalltalk", "list": "list"}.get(entry.kind, "answer")
        record = entry.id if entry.kind in ("hub", "fieldlab") else None
        if record is None:
            # "Wie is Marloes Telgenhof?" then "heeft die hub een website?": an entry about
            # one Hub or Fieldlab puts that record in the conversation.
            linked = [r for r in entry.related if _is_record(knowledge, r)]
            record = linked[0] if len(linked) == 1 else None
        listed: tuple[str, ...] = ()
        if entry.kind == "list":
            # "welke hubs zijn er?" then "die in het noorden, wie leidt die?": the records
            # the list names can be picked from it.
            shown = entry.answer.get(lang) or next(iter(entry.answer.values()), "")
            named = [(h.id, h.name) for h in knowledge.hubs]
            named += [(f.id, f.name) for f in knowledge.fieldlabs]
            listed = tuple(r for r, name in named if name and name in shown)
        return Reply(
            text,
            lang,
            entry=entry.id,
            score=score,
            confident=True,
            sources=entry.sources,
            as_of=entry.as_of,
            related=related,
            kind=kind,
            record=record,
            listed=listed,
        )


# Questions that ask one thing of a record: "hoeveel…", "wanneer…", "wie…", "hoe…".
_NARROW_ASKS = frozenset({"count", "when", "who", "where", "which", "why", "how"})
# "wat is de bijdrage van het rijk aan …", "what is the role of TNO in …": a part of a record
_WHAT_IS_THE_PART_OF = re.compile(
    r"^(?:en |and )?(?:wat|what) (?:is|was|s|zijn|are|were) (?:de|het|the) (?P<part>\w{4,}) "
    r"(?:van|of|aan|to|for|voor|in|bij) "
)
# A card's sentence must speak of at least this share of such a question to be the answer.
NARROW_SHARE = 0.5
# A sentence that counts: "2350 bedrijven", "€ 1 miljoen" (not the "4" of "Industry 4.0").
_COUNTS = re.compile(r"\d{2,}|\d\s*(?:%|miljoen|million)")


# Who speaks of themselves or of this chat tells, next to a hello ("I am from Poland", "first
# time using this"); a bare topic after a hello ("hallo, robots in de bouw") still asks.
_TELLING = frozenset("ik i we wij mijn my onze our this dit hier here".split())


# A word as typed, of four letters or more.
_TYPED_WORD = re.compile(r"[^\W\d_]{4,}")


def _swaps_undone(served: _Served, text: str) -> str:
    """The message with a word that is a common word with two neighbouring letters swapped
    read as that word ("wehre", "tehre", "vlogens"), unless this knowledge knows the word
    as typed: a place ("Emst", "Oler") or a word of its entries ("composiet"). A word in
    capitals is a name and stays."""

    def undone(found: re.Match[str]) -> str:
        word = found.group(0)
        return served.swaps.get(word, lambda: _swap_undone(served, word))

    return _TYPED_WORD.sub(undone, text)


def _swap_undone(served: _Served, word: str) -> str:
    """One word as `_swaps_undone` reads it."""
    if word.isupper() and len(word) > 1:
        return word
    folded = fold(word)
    back = swapped_back(folded)
    if back == folded or served.directory.is_place(folded):
        return word
    analyzer = served.matcher.analyzer
    if any(analyzer.term(folded, lang) in analyzer.vocabulary for lang in LANGS):
        return word
    return back.capitalize() if word[0].isupper() else back


def _asks(clause: Clause) -> bool:
    return "?" in clause.original or is_question(clause.original)


def _only_told(reading: Reading, clauses: list[Clause]) -> bool:
    """Whether every clause next to the message's smalltalk tells rather than asks."""
    if not clauses or any(_asks(c) for c in clauses):
        return False
    if reading.thanks or reading.goodbye or reading.feedback or reading.language:
        return True
    return reading.greeting and all(_TELLING & set(tokens(c.original)) for c in clauses)


def _in_lang(values: object, lang: str) -> str:
    if not isinstance(values, dict) and not hasattr(values, "get"):
        return ""
    found = values.get(lang) or values.get("nl") or ""
    return str(found)


# Words around a bare name: "en BOOST, …", "and RoboHouse: …".
# ("what about the Smart Welding Factory, where is it?", "hoe zit het met BOOST, …": the
# record only named, as the subject of the question after it)
_JOINING = frozenset(
    "en and of or ook also dan then nog what about how hoe zit het met regarding the de "
    "die".split()
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _thanks_first(text: str) -> bool:
    """Whether a message's first sentence thanks and rates nothing ("Dankjewel!! Super
    helpful"), as against "great bot, thanks"."""
    if _DOUBT & set(tokens(text)):
        return False  # "thanks. but that is wrong": the doubt is what must be heard
    first = read(_SENTENCE_END.split(text.strip(), maxsplit=1)[0])
    return first.thanks and not first.feedback


# Words of doubt about an answer: next to thanks, the feedback is what the message says.
_DOUBT = frozenset(
    "niet not wrong fout mis onzin geen slecht bad useless waardeloos incorrect nonsense "
    "maar but however echter".split()
)


# When nothing is answered, the one decline to give, most helpful first: a did-you-mean with
# its suggestions, then "not in my sources" with where to ask, then "outside what I know".
_DECLINE_ORDER = ("unsure", "unknown", "out_of_scope")


def _mixed_declines(parts: list[Reply]) -> bool:
    kinds = {p.kind for p in parts}
    return len(kinds) > 1 and kinds <= set(_DECLINE_ORDER)


def _one_decline(parts: list[Reply], in_scope: bool) -> Reply:
    """'Dat staat niet in mijn bronnen … Ik weet niet zeker wat u bedoelt' contradicts
    itself: of declines of different kinds only the most helpful is given (two of the same
    kind each say what is not known, so both stay)."""
    if not _mixed_declines(parts):
        return parts[0]
    order: tuple[str, ...] = _DECLINE_ORDER
    if (
        not in_scope
        and "unsure" not in {p.kind for p in parts}
        and all(_generic_unknown(p) for p in parts if p.kind == "unknown")
    ):
        # "how do I register a BV at the KvK and what does it cost?": a plain "not in my
        # sources" of one part and "outside what I know" of the other, in a message that
        # does not name the programme: it is not about Smart Industry. Said of a record or
        # a country, the "not known" is the news.
        order = ("out_of_scope", "unknown")
    for kind in order:
        for part in parts:
            if part.kind == kind and (kind != "unsure" or part.alternatives):
                return part
    return parts[0]


def _generic_unknown(part: Reply) -> bool:
    """Whether a "not in my sources" says only that, of no record, place or country."""
    opening = part.text.split(".")[0]
    return part.record is None and any(
        opening == texts.text("fallback", lang).split(".")[0] for lang in texts.LANGS
    )


def _without_repeats(texts: list[str]) -> list[str]:
    """The texts of a reply's parts, each without what an earlier one already said: a
    paragraph said before ("I'm not sure what you mean." twice, the same card twice) or a
    sentence of prose said before (the national programme's address twice). A card's lines
    stay as they are; a part left with nothing goes."""
    paragraphs: set[str] = set()
    sentences: set[str] = set()
    kept = []
    for text in texts:
        own = []
        for paragraph in text.split("\n\n"):
            block = paragraph.strip()
            if not block or block in paragraphs:
                continue
            paragraphs.add(block)
            if "\n" not in block:
                said = _SENTENCE_END.split(block)
                fresh = [x for x in said if len(x) < 20 or x not in sentences]
                sentences.update(x for x in said if len(x) >= 20)
                block = " ".join(fresh)
            else:
                # a card's prose lines: the paragraph a later part repeats of it goes
                sentences.update(
                    x
                    for line in block.split("\n")
                    for x in _SENTENCE_END.split(line)
                    if len(x) >= 20
                )
            if block:
                own.append(block)
        if own:
            kept.append("\n\n".join(own))
    return kept


def _card_offered(knowledge: KnowledgeBase, record: str, name: str | None, lang: str) -> Reply:
    """'Dat staat over RoboHouse niet in mijn bronnen', with the record's card offered as a
    button: what was asked of a record that its card does not hold."""
    body = texts.text("record_asked_unknown", lang, name=name or record)
    body += " " + texts.text("national", lang)
    entry = knowledge.entry(record)
    offered = (Link(record, entry.title(lang)),) if entry else ()
    return Reply(body, lang, kind="unknown", record=record, alternatives=offered)


_FACT_TOKEN = re.compile(
    r"https?://\S+?(?=[.,;)]?(?:\s|$))|\b\w*\d\w*\b|(?<!^)(?<![.!?:]\s)\b[A-Z][\w|-]+"
)


def _without_told_in_card(parts: list[Reply]) -> list[Reply]:
    """ "wat is RoboHouse en waar zit het?", "what is BOOST and what is their website": the
    card of the record already says where it is and its website; a short field answer of
    the same record after it, whose every name, number and address the card holds, is not
    said a second time."""
    kept: list[Reply] = []
    for part in parts:
        card = next(
            (
                k
                for k in kept
                if not k.declined and k.record is not None and k.entry == k.record
                and k.record == part.record and k.text != part.text
            ),
            None,
        )  # fmt: skip
        if card is not None and not part.declined and part.entry == card.entry:
            facts = _FACT_TOKEN.findall(part.text)
            if facts and len(part.text) < len(card.text) and all(f in card.text for f in facts):
                continue
        kept.append(part)
    return kept


def _answered_by_another(
    answerer: _Answerer, clauses: list[Clause], parts: list[Reply], lang: str
) -> list[Reply]:
    """The parts whose question another part's answer already answers, answered by another
    entry: in "Wat is BOOST, wie is de projectleider…?" the card names the project leader,
    and in "wat is die tno fieldlab publicatie, wanneer kwam die uit" the publication's own
    answer holds the year, so a second entry that happens to match "wanneer … uit" better
    (and is wrong) is not told after it. The other answer must come first, speak of every
    meaningful word of that question, be written for the kind of question it asks and hold
    that kind of fact (a year, a number, a place); a part matched surely, or one that names a
    record of its own without pointing back ("… en wat is SPARK?"), is kept. A person is
    dropped only when asked for by role ("wie is Mona Keijzer en …" asks for her)."""
    dropped: set[int] = set()
    for n in reversed(range(len(parts))):  # a later question leans on an earlier one
        clause, part = clauses[n], parts[n]
        if part.declined or not part.entry or part.kind == "smalltalk":
            continue
        words = tokens(clause.text)
        people = part.entry.startswith("people.")
        if not people and part.score >= _SURE_PART:
            continue
        if people:
            covered = _person_told(answerer, part, words)
        elif _asks_own_record(answerer, clause):
            continue
        else:
            covered = _holds_what_is_asked(answerer, clause)
        if covered is None:
            continue
        if any(
            covered(p) and answerer.speaks_of(p.text, words, lang) >= 0.999
            for m, p in enumerate(parts[:n] if not people else parts)
            if m != n and m not in dropped and not p.declined and p.entry
            and p.entry != part.entry and p.kind != "smalltalk"
        ):  # fmt: skip
            dropped.add(n)
    return [p for n, p in enumerate(parts) if n not in dropped]


def _person_told(
    answerer: _Answerer, part: Reply, words: list[str]
) -> Callable[[Reply], bool] | None:
    """For a person's part asked for by role, not by name: whether another answer names
    them (None when they are asked for by name, or the entry is no one's)."""
    people = answerer.people_named(part.entry or "")
    if not people or people[0][0] != part.entry:
        return None
    name = tokens(people[0][1])
    if set(name) & set(words):
        return None  # asked by name
    surname = set(name[1:] or name)
    return lambda other: bool(surname & set(tokens(other.text)))


def _asks_own_record(answerer: _Answerer, clause: Clause) -> bool:
    """Whether a question names a Hub or Fieldlab and does not point back at another part
    ("en wat is SPARK?", not "wat heeft die met RoSF te maken?")."""
    if points_back(tokens(clause.original)):
        return False
    return answerer.records.find(tokens(clause.text), clause.names) is not None


def _holds_what_is_asked(answerer: _Answerer, clause: Clause) -> Callable[[Reply], bool]:
    """Whether another part's entry is written for the kind of question asked (its own
    phrasings ask it) and, for a year, a number or a place, its answer states one: the
    founders' answer mentions 2014, but "en wanneer begon het?" asks the start."""
    asked = intent(clause.text, typos=True)
    if asked is None:
        return lambda other: True
    return lambda other: (
        asked in answerer.kinds(other.entry or "")
        and (
            asked not in _CHECKED_KINDS
            or _holds_kind(answerer, replace(other, text=numbers_as_digits(other.text)), asked)
        )
    )


# A part matched this well was written for its own question; below it, it may have matched
# only the words it shares with another part's subject ("… en wanneer kwam die uit?").
_SURE_PART = 90.0


def _without_bare_names(
    served: _Served, clauses: list[Clause], parts: list[Reply]
) -> tuple[list[Clause], list[Reply]]:
    """'en BOOST, hoeveel budget hebben die per jaar?': a clause that only names a record,
    followed by a question about that record, is its subject, not a "wat is" of its own:
    the card is left out, the answer to the question stays."""
    kept_clauses, kept_parts = [], []
    for n, (clause, part) in enumerate(zip(clauses, parts, strict=True)):
        words = tokens(clause.text)
        named = served.records.find(words, clause.names)
        bare = (
            named is not None
            and part.record == named[0]
            and part.entry == part.record
            and not set(words[: named[1]] + words[named[2] :]) - _JOINING
        )
        if bare and n + 1 < len(parts) and parts[n + 1].record == part.record:
            continue
        kept_clauses.append(clause)
        kept_parts.append(part)
    return kept_clauses, kept_parts


def _about_fieldlabs_not_the_bot(words: list[str]) -> bool:
    return DirectoryIndex.wants_fieldlabs(words) and not _ADDRESSING & set(words)


_YES = re.compile(r"^(?:Ja|Yes|Nee|No)[:,.] (?=\S)")
_OPEN_QUESTIONS = frozenset({"when", "who", "count", "where", "which", "why", "how"})
# "what were the results…", "Wat was de actieagenda Boost?": a question word opens a
# question no "Ja"/"Yes" answers.
_WH_WORDS = frozenset(
    "wat wie waar wanneer welke welk hoe hoeveel waarom waarvoor what who where when which "
    "how why whom whose".split()
)


# A question opening with one of these asks yes or no ("is er een video…?").
_YES_NO_VERBS = frozenset(
    """
    is zijn was waren heeft hebben had hadden kan kun kunt kunnen mag mogen moet moeten
    bestaat bestaan klopt gaat gaan komt komen doet doen zit zitten werkt werken wordt
    worden krijg krijgen weet ken kent are were has have can could may might should will
    would does do did
    """.split()
)


# Words that ask for a judgement, which no source's "Ja:" gives.
_OPINION = frozenset(
    """
    succesvol succesvolle successful success geslaagd effectief effective zinvol nuttig
    useful worth waard goed good slecht bad vind vindt think opinion mening beste best
    """.split()
)


def without_yes(answer: str, question: str, lang: str = "nl") -> str:
    """ "Wanneer verscheen de Dialogic evaluatie?": an answer written for "is er een
    evaluatie?" opens with "Ja:"; to a question word it does not."""
    found = _YES.match(answer)
    if found is None:
        return answer  # no "Ja:" to take off, whatever the question asks
    opening = " ".join(tokens(question)[:3])  # "has there been one, and what …" is yes/no
    words = tokens(question)
    # "die video met die twaalf fieldlabs, wat zeiden ze?" asks "what"; "is er een filmpje
    # waarin fieldlabs vertellen wat ze doen?" asks yes or no.
    asked = intent(opening, typos=True) in _OPEN_QUESTIONS or (
        bool(_WH_WORDS & set(words)) and words[:1] != [] and words[0] not in _YES_NO_VERBS
    )
    # "Klopt het dat Berenschot het programma evalueerde?": the answer's "Ja:" was written
    # for "is er een evaluatie?", not for the claim, which may well be wrong.
    # "should we wait or get started?": a choice, which no "Yes" answers
    asked = asked or _offers_a_choice(question, lang)
    # "evaluatie tweede kamer" asks no yes or no; "zijn fieldlabs succesvol?" asks an
    # opinion, which a "Ja:" written for "is er een evaluatie?" would give
    asked = asked or not (words and words[0] in _YES_NO_VERBS) or bool(_OPINION & set(words))
    if found is None or not (asked or checks_a_claim(question)):
        return answer
    rest = answer[found.end() :]
    return rest[:1].upper() + rest[1:]


# "Is Mona Keijzer still the state secretary today?": now, not when the sources wrote.
_NOWADAYS = re.compile(
    r"\b(?:still|nowadays|currently|today|these days|anymore|any more|nog steeds|nog altijd|"
    r"tegenwoordig|momenteel|vandaag|vandaag de dag|inmiddels)\b"
)


def _asks_a_person_now(reply: Reply, question: str) -> bool:
    """Whether a person's answer is asked of what they do today."""
    return (reply.entry or "").startswith("people.") and bool(
        _NOWADAYS.search(" ".join(tokens(question)))
    )


# "wanneer is het volgende jaarevent?", "when is the next event?": an event still to come.
_NEXT_EVENT = re.compile(
    r"\b(?:volgende|eerstvolgende|komende|aankomende|next|upcoming|coming)"
    r"(?: \w+){0,3}? (?:smart industry )?(?:jaarevent|jaar event|event|events|evenement|"
    r"editie|edition|bijeenkomst|conferentie|conference|congres|beurs|meeting)\b"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _next_one_unknown(served: _Served, message: str, reply: Reply, lang: str) -> Reply:
    """Asked of an event still to come, an answer about one that has been (the Jaarevent
    of 2019) is not given as if it were the next: the sources tell only of past ones; the
    last one they tell of is offered as a button. `message` is all of it: "wanneer is het
    volgende jaarevent? wil er wel heen" asks the later part of the same event."""
    if reply.declined or not reply.confident or reply.kind != "answer" or reply.entry is None:
        return reply
    if not _NEXT_EVENT.search(" ".join(tokens(message))):
        return reply
    entry = served.knowledge.entry(reply.entry)
    if entry is None or not _A_YEAR.search(reply.text):
        return reply  # an answer that states no date does not pass for a past event
    offered = (Link(entry.id, entry.title(lang)),)
    said = texts.text("next_event_unknown", lang)
    return Reply(said, lang, kind="unknown", alternatives=offered)


def _as_of_then(served: _Served, clause: Clause, reply: Reply, lang: str) -> Reply:
    """A person's entry tells what they did when the sources wrote; asked what they do
    today, the reply first says that is not known, then what the sources said then."""
    entry = served.knowledge.entry(reply.entry or "")
    if entry is None or reply.kind != "answer" or not _asks_a_person_now(reply, clause.original):
        return reply
    name = _display_name(entry, lang)
    if name is None:
        return reply
    # Still the person's answer (a "hij" after it is them), said as of then.
    return _with(reply, text=f"{texts.text('person_now_unknown', lang, name=name)} {reply.text}")


def _display_name(entry: Entry, lang: str) -> str | None:
    """ "Mona Keijzer" as the first "Wie is …?" phrasing writes it."""
    for phrasing in entry.questions.get(lang, ()) + entry.questions.get("nl", ()):
        said = re.match(r"(?i)^(?:wie is|who is) (.+?)\??$", phrasing.strip())
        if said:
            return said.group(1)
    return None


def _mentioned_only(served: _Served, clause: Clause, lang: str) -> Reply | None:
    """ "Wat is de IoT Academy?": what the answers say of a name no entry is about, given as
    all the sources say of it (not a confident answer); None when they never say it."""
    name = asked_name(clause.text, clause.names)
    found = served.mentions.of(name, lang) if name and served.mentions else []
    if not found or name is None:
        return None
    written = re.search(r"\b" + r"\W+".join(map(re.escape, name.split())) + r"\b",
                        found[0].sentence, re.IGNORECASE)  # fmt: skip
    said = written.group(0) if written else name
    body = (
        texts.text("mentioned_only", lang, name=said) + " " + " ".join(m.sentence for m in found)
    )
    sources = citations.across(
        [entry.sources for m in found if (entry := served.knowledge.entry(m.entry))]
    )
    return Reply(body, lang, kind="unknown", sources=sources)


def _serve(knowledge: KnowledgeBase, matcher: Matcher) -> _Served:
    frequency.load()
    people = tuple(
        (entry, frozenset(w for w in name.split() if len(w) >= 5))
        for entry in knowledge.entries
        if entry.id.startswith("people.") and (name := _person_name(entry)) is not None
    )
    return _Served(
        knowledge,
        matcher,
        DirectoryIndex(knowledge),
        RecordIndex(knowledge),
        people,
        known_names(knowledge),
        Mentions(knowledge),
        figure_owners=_figure_owners(knowledge),
    )


def _figure_owners(knowledge: KnowledgeBase) -> Mapping[float, tuple[int, ...]]:
    """Each figure value with the positions of the entries stating it, once per figure
    (an entry that states a value twice is listed twice, as `_figures_told` counts it)."""
    owners: dict[float, list[int]] = {}
    for at, entry in enumerate(knowledge.entries):
        for figure in entry.figures:
            if figure.value is not None:
                owners.setdefault(figure.value, []).append(at)
    return {value: tuple(positions) for value, positions in owners.items()}


# "is there one near me?", "zit er eentje bij ons in de buurt?": one of what was just shown.
_ONE = frozenset("one ones eentje zon".split())
_TOPIC_WORDS = frozenset("fieldlab fieldlabs lab labs hub hubs".split())


# Words with which a later fragment guesses at the answer ("The Hague somewhere?").
_GUESS_WORDS = frozenset(
    """
    somewhere ergens zo ofzo right toch maybe perhaps misschien or of around rond
    early late begin eind end start midden half
    """.split()
)


def _only_a_guess(served: _Served, clause: Clause) -> bool:
    """A later fragment that only names a place or a date ("The Hague somewhere?", "early
    2018?") guesses at the first question's answer; it asks nothing of its own."""
    words = tokens(clause.said or clause.original)
    if len(words) > 4 or intent(clause.original) is not None or words[:1] in (["en"], ["and"]):
        return False  # "welke hub voor groningen? en voor limburg?" asks again, for limburg
    place, _ = served.directory.find_place(words, clause.names)
    rest = [
        w
        for w in words
        if not is_stopword(w)
        and w not in _GUESS_WORDS
        and not w.isdigit()
        and not (place and w in tokens(place))
    ]
    return not rest and (place is not None or clause.when is not None)


def _per_record(served: _Served, clause: Clause) -> list[Clause]:
    """A question about records named side by side ("waar zitten RoboHouse en SAM|XL?",
    "wat is de website van BOOST en SMITZH?") asked of each of them."""
    words = tokens(clause.text)
    found = served.records.find_each(words, clause.names)
    if len(found) < 2:
        return [clause]
    before, after = words[: found[0][1]], words[found[-1][2] :]
    asked = (" ".join([*before, *words[start:end], *after]) for _, start, end in found)
    return [replace(clause, text=text, said=text) for text in asked]


def _one_of_the_topic(clause: Clause, context: Context | None) -> Clause:
    """A clause that asks for "one" after an answer about Fieldlabs asks for a Fieldlab;
    after one about the Hubs, for a Hub ("can anyone contact one?" after what a Hub is)."""
    if context is None or context.entry is None:
        return clause
    words = tokens(clause.text)
    if not _ONE & set(words) or _TOPIC_WORDS & set(words):
        return clause
    if context.entry.startswith("fieldlab"):
        return replace(clause, text=f"{clause.text} fieldlab")
    if context.entry.startswith("hub"):
        # "one hub" reads as a count of one: the Hub takes the place of "one"
        said = ["hub" if w in _ONE else w for w in words]
        return replace(clause, text=" ".join(said))
    return clause


# A question with more words of its own than this asks of them, not of what was told before.
_TOLD_SUBJECT_WORDS = 1
# What told sentence is a subject: one most of whose words the knowledge knows.
_TOLD_KNOWN = 0.5

_THERE = frozenset("daar daarvan daarin there it het die that dat ze they".split())


_TOLD_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def _told_parts(intro: str) -> list[str]:
    """The sentences of what the asker told, in the order they told them."""
    return [part for part in _TOLD_SENTENCE.split(intro) if part.strip()]


# A question that names what it asks about besides the Fieldlabs, a place or a theme: "die
# video met twaalf fieldlabs, wat zeiden ze daar?" asks of the video, "wat doen ze daar bij
# Aviolanda?" of Aviolanda, not of the theme the asker told of before it.
def _names_its_own_subject(served: _Served, clause: Clause, words: list[str], lang: str) -> bool:
    terms = served.matcher.analyzer.query_terms(" ".join(words), lang)
    known = {t.surface for t in terms if t.term}
    return any(
        (w in known or w in clause.names)
        and w not in _RECORD_WORDS
        and not w.isdigit()
        and not served.directory.themes_in([w])
        and served.directory.find_place([w])[0] is None
        for w in words
    )


def _record_told(served: _Served, clause: Clause, intro: str | None) -> str | None:
    """The one record the asker named in what they told before the question, when the
    question points at it ("daar", "it") and names no record of its own."""
    if intro is None:
        return None
    words = tokens(clause.text)
    if served.records.find(words, clause.names) is not None:
        return None
    said = tokens(intro)
    found = served.records.find(said, read(intro).names)
    if found is None:
        return None
    if _THERE & set(words):
        return found[0]
    # "fieldlab industrial robotics in harderwijk, which schools are involved?": a record's
    # name said as the heading of the question, nothing told about the asker, is its subject.
    rest = [w for w in said[: found[1]] + said[found[2] :] if w not in _HEADING_WORDS]
    if rest[:1] in (["in"], ["at"], ["te"]) and len(rest) <= 3:
        rest = [] if served.directory.find_place(rest[1:], frozenset())[0] else rest
    return found[0] if not rest else None


# Words around a record's name said as a heading: "(het) fieldlab X (in Y)".
_HEADING_WORDS = frozenset("fieldlab hub smart industry de het the een a".split())


def _unknown_fieldlab_name(served: _Served, clause: Clause) -> str | None:
    """The capitalised name after "fieldlab" when no record has it ("Fieldlab Smart
    Chocolate"), else None."""
    words = tokens(clause.original)
    for at, word in enumerate(words[:-1]):
        if word not in ("fieldlab", "lab"):
            continue
        name = []
        for following in words[at + 1 : at + 4]:
            if following not in clause.names or served.directory.is_place(following):
                break
            name.append(following)
        if name and served.records.find(words, clause.names) is None:
            return " ".join(n.capitalize() for n in name)
    return None


_ARTICLES = frozenset("de het die the alle all".split())
_LIST_ASK = frozenset("welke which wat what".split())
_LIST_CUES = frozenset(
    "zijn er are there exist bestaan allemaal all alle lijst list namen names noem name "
    "overzicht overview opsomming rijtje".split()
)


def _place_is_a_name_heard(served: _Served, words: list[str], clause: Clause) -> bool:
    """Whether the words a record's name was heard in are also the place the directory
    took them for ("field lab kampioen": CAMPIONE, or Kampen typed wrong)."""
    named = served.records.find(words, clause.names)
    if named is None:
        return False
    _, start, end = named
    return (
        served.directory.find_place(words[start:end])[0] is not None
        and not (served.directory.find_place(words[:start] + words[end:], clause.names)[0])
    )


# What a Hub's or Fieldlab's record never holds: its staff, vacancies, pay, turnover.
# Words by which a statement tells of the asker: "heb een bakkerij in zwolle", "we zitten
# in Delft", "my company is in Breda".
_OF_THE_ASKER = frozenset(
    "ik wij we me mij mijn ons onze i my our us heb hebben ben zit zitten werk werken woon "
    "wonen kom komen run bedrijf company firma zaak".split()
)

_NOT_ON_A_CARD = frozenset(
    "vacatures vacature vacancies vacancy openings hiring werknemers medewerkers personeel "
    "employees staff salaris salary salarissen salaries omzet turnover revenue winst profit "
    "stageplaats stageplek internship internships".split()
)

# "hoeveel mensen werken er bij …", "how many people work at …": its staff.
_STAFF_COUNT = re.compile(r"\b(?:hoeveel mensen werken|how many people work)\b")

# Words that ask for a list by name: "de namen", "een overzicht", "a list".
_NAMED_LIST = frozenset("namen names lijst list overzicht overview opsomming rijtje".split())
# A request that asks nothing but to be given it: "kindly share the list", "stuur me het
# overzicht graag".
_GIVING = frozenset(
    "share send give geef stuur deel kindly please pls graag aub alsjeblieft alstublieft "
    "svp mail email".split()
)


def _only_the_list_asked(clause: Clause) -> bool:
    """A clause that asks only for "the list" or "an overview", of nothing it names."""
    words = [w for w in tokens(clause.said or clause.original) if not is_stopword(w)]
    return bool(words) and bool(_NAMED_LIST & set(words)) and set(words) <= _NAMED_LIST | _GIVING


def _rests_on_an_everyday_word(
    served: _Served, first: Clause, later: Clause, first_part: Reply, part: Reply, lang: str
) -> bool:
    """A later question of a message answered on one everyday word that its entry's
    phrasing says of something else the first question did not name: "…, and in which year
    was it published?" after a source of a figure is not when the subsidy scheme was."""
    if part.declined or not part.confident or part.entry is None or part.kind != "answer":
        return False
    if part.entry == first_part.entry or part.record is not None or first_part.declined:
        return False  # (next to a remark, "Jammer.", there is no first question to compare)
    if _is_record(served.knowledge, part.entry) or part.entry.startswith("smalltalk."):
        return False
    told = {t.term for t in served.matcher.analyzer.query_terms(first.text, lang)}
    return _of_something_else(served.matcher, later.said or later.text, part.entry, lang, told)


def _of_something_else(
    matcher: Matcher, said: str, entry_id: str, lang: str, told: set[str | None]
) -> bool:
    """Whether `said` finds `entry_id` on one everyday word alone ("gepresenteerd"), in a
    phrasing whose other words, as weighty, name a subject `said` and `told` do not
    ("Wanneer is de Actieagenda gepresenteerd?")."""
    terms = [
        t
        for t in matcher.analyzer.query_terms(said, lang)
        if not matcher.is_generic(t) and not t.surface.isdigit() and t.surface not in _POINTING
    ]
    if (
        len(terms) != 1
        or terms[0].term is None
        or frequency.zipf(terms[0].surface) < EVERYDAY_ZIPF
    ):
        return False
    best = matcher.search(said, lang=lang).best
    if best is None or best.entry != entry_id:
        return False
    own = matcher.weight(terms[0])
    others = [
        t
        for t in matcher.analyzer.query_terms(best.question, lang)
        if t.term is not None
        and t.term != terms[0].term
        and not t.surface.isdigit()
        and not matcher.is_generic(t)
    ]
    return not any(t.term in told for t in others) and any(
        matcher.weight(t) >= own * OTHER_SHARE for t in others
    )


def _asks_for_the_hubs(served: _Served, words: list[str], clause: Clause) -> bool:
    """'Welke hubs zijn er allemaal?', 'which hubs are there?', 'the names of all the hubs':
    the list of Hubs, asked without a place, a record or a count."""
    if set(words) - _ARTICLES == {"hubs"}:
        return True  # "hubs", "de hubs?": the topic alone, the Hubs there are
    if not _LIST_ASK & set(words) and not _NAMED_LIST & set(words):
        return False
    if "hubs" not in words and not ({"hub"} & set(words) and {"namen", "names"} & set(words)):
        return False
    content = [w for w in words if not is_stopword(w) and w not in {"hub", "hubs"}]
    if (
        len(_LIST_CUES & set(words)) < 2
        and not {"allemaal", "namen", "names", "overzicht", "overview"} & set(words)
        # "… and which hubs?", "hubs welke": which ones, and nothing else asked
        and not (_WHICH_ONES & set(words) and not content)
    ):
        return False
    if intent(" ".join(words), typos=True) == "count" or served.records.find(words, clause.names):
        return False
    place, _ = served.directory.find_place(words, clause.names)
    rest = [
        w
        for w in words
        if not is_stopword(w) and not w.isdigit() and w not in _LIST_CUES | _LIST_EXTRAS
    ]
    if words[:1] in (["wat"], ["what"]) and rest:
        return False  # "wat organiseren die hubs allemaal?" asks what they do, not which
    return place is None and len(rest) <= 2


# Words around a request for the list that ask nothing else: "geef een overzicht van alle 5
# hubs met hun regio".
_LIST_EXTRAS = frozenset("hub hubs geven geef give regio regios region regions vijf five".split())


def _only_a_place_known(served: _Served, clause: Clause, match: Match) -> bool:
    """A question whose only words the knowledge knows are places, and that asks about an
    everyday thing no entry knows ("weer", "restaurants"), is about something else there."""
    return _only_everyday(served, clause, match, place_needed=True)


def _only_everyday(
    served: _Served,
    clause: Clause,
    match: Match,
    *,
    place_needed: bool = False,
    everyday: float = _EVERYDAY_ZIPF,
) -> bool:
    """A question about an everyday thing no entry knows ("een kamer huren", "weer"), whose
    other words the knowledge knows are places or everyday words ("hoe laat", "beste")."""
    unknown = set(match.unknown)
    said = tokens(clause.text)
    place, _ = served.directory.find_place(said, clause.names)
    # A place of more than one word ("Den Helder") is one place, not the word "helder".
    in_place = set(tokens(place)) if place is not None else set()
    words = [w for w in said if not is_stopword(w) and w not in GENERIC_WORDS]
    known = [w for w in words if w not in unknown and w not in _DAY_WORDS]
    if any(w in _POINTING or w.startswith("daar") for w in said):
        return False  # "welk deel daarvan lag in Zuid-Holland?": about what was just said
    return (
        (bool(known) or not place_needed)
        and (not place_needed or any(served.directory.is_place(w) or w in in_place for w in known))
        # the other words the knowledge knows are everyday ones ("hoe laat", "beste", "kost")
        and all(
            served.directory.is_place(w) or w in in_place or frequency.zipf(w) >= _COMMON_ZIPF
            for w in known
        )
        and any(frequency.zipf(w) >= everyday for w in unknown - in_place - _HELP_ASKED)
    )


# The kinds of question that tell two close entries apart: "who has started the
# programme?" asks who (the founders), not when (the start).
_TELLING_KINDS = frozenset({"who", "when", "where", "count"})


def _phrasing_kinds(knowledge: KnowledgeBase, entry_id: str) -> frozenset[str]:
    """The kinds of question (when, who, count…) an entry's phrasings ask."""
    entry = knowledge.entry(entry_id)
    if entry is None:
        return frozenset()
    found = {intent(q) for qs in entry.questions.values() for q in qs}
    return frozenset(k for k in found if k is not None)


_FIELD_ASKS = frozenset({"who", "where", "when"})  # a record's own fields answer these
_FIELD_WORDS = frozenset("wie who waar where wanneer when".split())


def _the_named_card(served: _Served, match: Match, words: list[str], clause: Clause) -> Match:
    """ "wat is de rows f region of smart factories", "welke bedrijven doen er mee in RoSF?":
    the question names a Fieldlab or Hub and its card leads clearly, only weakly matched for
    the words around the name (a name said by ear, an asker's own wording). The card is what
    the sources hold about the record named; whether it holds what is asked is checked after
    (`missing_attribute`)."""
    best = match.best
    if match.confident or best is None or best.score < UNSURE_SCORE:
        return match
    if clause.when is not None and clause.when.year is not None:
        return match  # "het budget van BOOST voor 2025": a figure of a year, not the card
    named = served.records.find(words, clause.names)
    if named is None or named[0] != best.entry:
        return match
    asked = intent(" ".join(words), typos=True)
    if asked in _FIELD_ASKS or _FIELD_WORDS & set(words):
        # "wie regelt die hub zuid?", "dutch optics centre, who started it?": a field of the
        # card says it, not the whole card
        return match
    rest = [w for w in words[: named[1]] + words[named[2] :] if not is_stopword(w)]
    if len(rest) < 2 and asked is None:
        return match  # "resultaten smitzh": the name nearly alone, as the card already reads
    runner_up = match.candidates[1].score if len(match.candidates) > 1 else 0.0
    if best.score - runner_up < served.matcher.settings.margin:
        return match
    return replace(match, confident=True)


def _settled_by_kind(served: _Served, match: Match, question: str) -> Match:
    """Two entries that match about equally well, of which only one is written for the
    kind of question asked: that one is meant."""
    if match.confident or len(match.candidates) < 2:
        return match
    best, second = match.candidates[0], match.candidates[1]
    settings = served.matcher.settings
    if best.score < settings.threshold or best.score - second.score >= settings.margin:
        return match
    third = match.candidates[2].score if len(match.candidates) > 2 else 0.0
    asked = intent(question, typos=True)
    if asked not in _TELLING_KINDS or second.score - third < settings.margin:
        return match

    fits = [c for c in (best, second) if asked in _phrasing_kinds(served.knowledge, c.entry)]
    if len(fits) != 1:
        return match
    chosen = fits[0]
    rest = tuple(c for c in match.candidates if c is not chosen)
    return replace(match, candidates=(chosen, *rest), confident=True)


def _offers_a_choice(question: str, lang: str) -> bool:
    """ "should we wait or get started?", "was het 2014 of 2015?": a choice between two
    things, which no "Ja" or "Nee" answers ("of" only in Dutch: in English it is "of")."""
    joining = "of" if lang == "nl" else "or"
    words = tokens(question)
    return joining in words[1:-1] and "not" not in words and "niet" not in words


def _everyday_asked(served: _Served, clause: Clause, part: Reply) -> bool:
    """A declined question about an everyday thing in a place ("gaat het straks regenen in
    delft"): out of scope, not a statement of where the asker is."""
    if not part.declined:
        return False
    match = served.matcher.search(clause.text, lang=part.language, names=clause.names)
    return _only_everyday(served, clause, match, place_needed=True, everyday=_WEATHER_ZIPF)


def _asks_a_name(clause: Clause, match: Match) -> bool:
    """ "wat is thinkeast": what one rare name is that no entry knows. It may well be about
    Smart Industry (a source, a company), so it is "not in my sources", not out of scope."""
    rare = [w for w in match.unknown if len(w) >= 5 and frequency.zipf(w) < 3.0]
    return len(rare) == 1 and intent(clause.original, typos=True) == "define"


def _states_the_figure(knowledge: KnowledgeBase, match: Match, clause: Clause) -> bool:
    """The question names a figure (two digits or more, not a year) that the best entry
    states and no other candidate does: "veertien komma vijfenvijftig miljoen, klopt dat?"."""
    best = match.best
    if best is None or best.score < UNSURE_SCORE or match.narrowed:
        return False
    asked = {
        n for n in re.findall(r"\b\d{2,}\b", clause.text) if not re.fullmatch(r"(?:19|20)\d\d", n)
    }
    if not asked:
        return False
    entry = knowledge.entry(best.entry)
    if entry is None or not asked <= set(numbers_of(entry)):
        return False
    for other in match.candidates[1:]:
        rival = knowledge.entry(other.entry)
        # A rival far behind that states the figure too (the publication that gave it) does
        # not make the question less about the best one.
        near = other.score >= RIVAL_SHARE * best.score
        if near and rival is not None and asked & set(numbers_of(rival)):
            return False
    return True


def _about_the_named_record(
    served: _Served, match: Match, words: list[str], clause: Clause, lang: str
) -> Match:
    """ "How many jobs did SMITZH create?": a general entry that never speaks of the Hub or
    Fieldlab the question names does not answer it."""
    best = match.best
    if not match.confident or best is None or _is_record(served.knowledge, best.entry):
        return match
    if match.narrowed and best.score < NARROWED_SCORE:
        # "hoeveel banen in de voedingsindustrie?": narrowed to something the knowledge
        # does not know, and only a weak match for the rest.
        return replace(match, confident=False)
    if best.score < NARROWED_SCORE and _narrowed_elsewhere(served, clause, best.entry, lang):
        # "hoeveel banen zijn er in Nederland?": narrowed to a place the entry does not
        # speak of (the Fieldlab jobs are not the country's).
        return replace(match, confident=False)
    named = served.records.find(words, clause.names)
    if named is None or best.entry.startswith("people."):
        return match
    name = " ".join(words[named[1] : named[2]])
    if served.matcher.uncovered(name, best.entry, lang):
        return replace(match, confident=False)
    return match


# "zit SPARK in Eindhoven?", "klopt het dat RoboHouse in Delft zit?", "is BOOST in
# Gelderland, right?": the words that ask whether a record is in a place, around its name.
_LOCATED_WORDS = frozenset(
    """
    is zit zitten ligt liggen gevestigd located based situated klopt waar right true correct
    toch echt really nou eigenlijk ergens somewhere daar there
    """.split()
)
_LOCATED_VERBS = frozenset("zit zitten ligt liggen gevestigd located based situated".split())


_VERSIONED = frozenset("industry industrie web".split())


# Words that ask whether a place belongs to a Hub: "valt Enschede onder BOOST?", "hoort
# Zwolle bij BOOST?", "does Eindhoven fall under Hub Zuid?".
_COVERED_WORDS = frozenset(
    "valt vallen hoort horen onder fall falls under belong belongs covered covers cover "
    "bedient bedienen serves serve".split()
)


def _covered_by(
    served: _Served, clause: Clause, lang: str, told_place: str | None
) -> Reply | None:
    """The route for a place asked of a named Hub (or the one organisation that leads a
    Hub, "de BOM"), with Ja or Nee in front (a route the sources do not confirm says so
    itself); None when the clause does not name a Hub and a word of belonging, nor a place
    (or point at the one told: "Wij hebben een filiaal in Maastricht. Valt dat onder de
    BOM?"), or asks for Fieldlabs."""
    words = tokens(clause.text)
    if (
        not _COVERED_WORDS & set(words)
        or words[0] in _ASKS_WHICH  # "welke provincies vallen onder BOOST?" asks a list
        or served.directory.wants_fieldlabs(words)
    ):
        return None
    named = served.records.find(words, clause.names)
    hub = served.knowledge.hub(named[0]) if named else _hub_led_by(served, words)
    if hub is None:
        return None
    rest = words[: named[1]] + words[named[2] :] if named else words
    place, _ = served.directory.find_place(rest, clause.names)
    if served.records.find(rest, clause.names) is not None:
        return None  # "innovatiecluster drachten, hoort die bij hub noord?" asks of the lab
    if place is None and points_back(rest):
        place = told_place
    province = served.directory.province_of(place) if place else None
    if place is None or province is None:
        return None
    route = _directory_reply(served.directory.route(place, lang), lang)
    serving, confirmed, _ = served.directory.hub_for(province)
    if serving is None or not confirmed:
        return route  # "Voor Utrecht noemen mijn bronnen geen Hub", "waarschijnlijk Hub Zuid"
    key = "premise_yes" if serving.id == hub.id else "premise_no"
    return _with(route, text=f"{texts.text(key, lang)} {route.text}")


_ASKS_WHICH = frozenset("welke wat wie hoeveel which what who how".split())


def _hub_led_by(served: _Served, words: list[str]) -> Hub | None:
    """The Hub an organisation named in `words` alone leads ("de BOM": Hub Zuid)."""
    said = set(words)
    hubs = served.knowledge.hubs
    leading = [
        hub
        for hub in hubs
        for org in hub.lead
        if set(tokens(org)) <= said and sum(org in other.lead for other in hubs) == 1
    ]
    return leading[0] if len(leading) == 1 else None


def _located_in(served: _Served, clause: Clause) -> tuple[str, bool | None] | None:
    """ "Zit SPARK in Eindhoven?": (the record, whether it is there): SPARK is in
    's-Hertogenbosch; None when the clause asks anything else than whether a named
    Fieldlab or Hub is in a named place."""
    words = tokens(clause.text)
    named = served.records.find(words, clause.names)
    if named is None:
        return None
    record, start, end = named
    rest = words[:start] + words[end:]
    hub = served.knowledge.hub(record)
    left = [w for w in rest if w not in _LOCATED_WORDS | _RECORD_WORDS and not is_stopword(w)]
    if hub is not None and "hub" in rest:
        # "klopt het dat BOOST de hub voor Noord-Nederland is?": a Hub's region.
        of_region = served.records.hub_regions.of(left)
        if of_region is not None:
            return record, of_region.id == record
    if not _LOCATED_VERBS & set(rest) and not {"is", "in"} <= set(rest):
        return None
    place, _ = served.directory.find_place(rest, clause.names)
    if place is None:
        return None
    if (
        not left
        or len(left) > 3
        or any(
            served.directory.find_place([v for v in left if v != w], clause.names)[0] == place
            for w in left
        )
    ):
        return None  # "zit er bij SPARK in Den Bosch ook iets met robots?" asks more
    lab = served.knowledge.fieldlab(record)
    if lab is not None:
        held = place_verdict(place, lab.places, lab.provinces, served.directory.province_of(place))
        if held is None and lab.provinces:
            return record, None  # the sources give its province, not its town
    elif hub is not None:
        province = served.directory.province_of(place)
        held = None if province is None or not hub.provinces else province in hub.provinces
    else:
        return None
    return None if held is None else (record, held)


def _narrowed_elsewhere(served: _Served, clause: Clause, entry_id: str, lang: str) -> bool:
    """Whether a word after "in"/"bij" that the knowledge knows is one the entry never uses."""
    terms = served.matcher.analyzer.query_terms(clause.text, lang)
    return any(
        t.scoped and t.term is not None and not served.matcher.knows(entry_id, t.term)
        for t in terms
        if not served.matcher.is_generic(t)
    )


def _names_person(served: _Served, entry_id: str, words: list[str], lang: str) -> bool:
    """Whether `words` name the person of a `people.*` entry: their name or role, as its
    phrasings "Wie is Mona Keijzer?" and "Wie is de projectleider van BOOST?" give them."""
    entry = served.knowledge.entry(entry_id)
    if entry is None:
        return False
    analyzer = served.matcher.analyzer
    name: set[str] = set()
    for phrasing_lang, phrasings in entry.questions.items():
        for phrasing in phrasings:
            said = [w for w in tokens(phrasing) if w not in _RECORD_WORDS]
            if said[:2] in (["wie", "is"], ["who", "is"]):
                content = [w for w in said[2:] if not is_stopword(w)]
                chosen = content if len(said) <= 5 else content[:1]
            else:
                continue
            name |= {analyzer.term(w, phrasing_lang) for w in chosen if len(w) >= 3}
    asked = {analyzer.term(w, language) for w in words for language in (lang, "nl", "en")}
    return bool(name & asked)


def _person_claimed(served: _Served, clause: Clause) -> Entry | None:
    """The one person a claim is about ("klopt het dat Mona Keijzer staatssecretaris van
    OCW was?"), by a longer word of their name; None for no claim or no single person."""
    said = clause.said or clause.original
    if not is_claim(said) or reports_saying(said) or claim_in(said) is not None:
        return None  # a claimed figure is checked as a figure ("… 10000 euro verdient?")
    words = set(tokens(said))
    found = [entry for entry, name in served.people if name & words]
    return found[0] if len(found) == 1 else None


def _person_name(entry: Entry) -> str | None:
    """The folded name of a `people.*` entry, from its first "Wie is Mona Keijzer?"."""
    for phrasings in entry.questions.values():
        for phrasing in phrasings:
            said = tokens(phrasing)
            if said[:2] in (["wie", "is"], ["who", "is"]) and 1 <= len(said) - 2 <= 4:
                name = said[2:]
                if not any(is_stopword(w) for w in name):
                    return " ".join(name)
    return None


def _about_a_person_but_not_asked(
    match: Match, clause: Clause, matcher: Matcher, lang: str
) -> bool:
    """A person's entry matched on their name while the question asks something the
    knowledge does not hold about them ("hoe oud is…", "bij welke partij zit…")."""
    best = match.best
    if best is None or not best.entry.startswith("people."):
        return False
    if intent(clause.text, typos=True) == "who":
        return False
    content = [
        w
        for w in match.unknown
        if w not in GENERIC_WORDS and frequency.zipf(w) < 5.5 and not w.isdigit()
    ]
    # "bij welke partij zit Mona Keijzer?": "partij" is known, but not of her.
    uncovered = best.score < WRITTEN_SCORE and bool(
        matcher.uncovered(clause.text, best.entry, lang)
    )
    return bool(content) or uncovered


def _names_an_unknown_kind(served: _Served, clause: Clause) -> bool:
    """A name in capitals joined to a word of the question ("de NOW-regeling", "het
    WBSO-loket") that the knowledge does not know: the question is about that one (a scheme,
    a desk), not about the "regeling" or "loket" an entry speaks of."""
    said = set(tokens(clause.text))
    analyzer = served.matcher.analyzer
    for name in clause.names:
        head, _, tail = name.partition("-")
        if not tail or tail not in said or head.isdigit() or len(head) < 2:
            continue
        known = any(t.term is not None for lang in LANGS for t in analyzer.query_terms(head, lang))
        if not known and not served.directory.is_place(head):
            return True
    return False


_FUTURE = frozenset(
    """
    will zal zullen gaan gaat expected verwacht verwachting prognose forecast nu now currently
    momenteel tegenwoordig today vandaag
    """.split()
)


def _asks_ahead(clause: Clause, year: int) -> bool:
    """A year still to come, asked in the future tense ("how many will there be in 2025?")
    or as the present ("hoeveel zijn er nu in 2024?"): no source holds that figure."""
    return year > dt.date.today().year or bool(_FUTURE & set(tokens(clause.original)))


_WHEN = {"nl": "wanneer", "en": "when"}
# "the first", "het eerste": a claim that something came before all others of its kind.
_FIRST = frozenset({"first", "eerste", "eerst"})
_FIRST_LETTERS = frozenset("".join(sorted(w)) for w in _FIRST)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _answer_of(entry: Entry, lang: str) -> str:
    """The prose of an entry's answer: a card's lines of name, place and themes end in
    no full stop."""
    text = entry.answer.get(lang) or next(iter(entry.answer.values()), "")
    return " ".join(line for line in text.splitlines() if line.rstrip().endswith((".", "!", "?")))


def _first_of(words: list[str], kind: str) -> bool:
    """Whether a sentence says the first ones of a kind: "the first ten Fieldlabs"."""
    return any(
        w in _FIRST and any(x[:5] == kind for x in words[at + 1 : at + 4])
        for at, w in enumerate(words)
    )


_VERDICTS = tuple(
    texts.text(key, lang)
    for key in ("premise_yes", "premise_no", "premise_earlier")
    for lang in LANGS
)


def _this_year() -> int:
    return dt.datetime.now(dt.UTC).year


def _claimed(served: _Served, clause: Clause) -> list[Value]:
    """The typed values a claim states (`bot/claims.py`), with a number only guessed at
    ("zo'n 24 miljoen", taken out of the clause's text): no "Ja" can hold it."""
    year = clause.when.year if clause.when is not None else None
    words = tokens(clause.text)
    found = values_in(words, clause.names, year, served.directory, served.capitals, _this_year())
    said = tokens(numbers_as_digits(clause.said or clause.original))
    guessed = [w for w in said if w.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", w)]
    versions = _version_numbers(words) | _version_numbers(said)
    found = [v for v in found if v.kind != "number" or not set(v.words) <= versions]
    return found + [Value("number", (w,)) for w in guessed if w not in words and w not in versions]


def _version_numbers(words: list[str]) -> set[str]:
    """The digits of a version name, "Industrie 4.0", "web 3": no figure anyone claims."""
    found: set[str] = set()
    for at, word in enumerate(words):
        if word in _VERSIONED:
            for following in words[at + 1 : at + 3]:
                if not following.isdigit():
                    break
                found.add(following)
    return found


def _covers(entry: Entry, year: int) -> bool:
    """Whether an entry can speak of `year`: it holds dated figures, or names the year."""
    if entry.figures or entry.kind in ("smalltalk", "list", "hub", "fieldlab"):
        return True
    year_text = str(year)
    texts_ = [*entry.answer.values(), *(q for qs in entry.questions.values() for q in qs)]
    if any(year_text in t for t in texts_):
        return True
    # An answer without any year speaks of no particular year ("wat is een fieldlab").
    return not any(re.search(r"\b(?:19|20)\d{2}\b", t) for t in entry.answer.values())


def _is_record(knowledge: KnowledgeBase, entry_id: str) -> bool:
    entry = knowledge.entry(entry_id)
    return entry is not None and entry.kind in ("hub", "fieldlab")


def _greeting(reading: Reading, lang: str) -> str | None:
    if reading.foreign:  # "Was ist ein Fieldlab?": say which languages, then answer
        return texts.text("other_language", lang)
    if not reading.greeting:
        return None
    words = set(tokens(reading.text)[:3])
    for word, key in (
        ("goedemorgen", "greet_morning"),
        ("goeiemorgen", "greet_morning"),
        ("goedemiddag", "greet_afternoon"),
        ("goedenavond", "greet_evening"),
        ("morning", "greet_morning"),
        ("afternoon", "greet_afternoon"),
        ("evening", "greet_evening"),
    ):
        if word in words:
            return texts.text(key, lang)
    return texts.text("greet", lang)


def _theme_alone(served: _Served, clause: Clause, part: Reply, lang: str) -> Reply:
    """ "3d printen?", "robots? cobots enzo": a theme said alone, that nothing else answered,
    asks for its Fieldlabs."""
    if part.kind not in ("unknown", "out_of_scope"):
        return part
    themed = served.directory.theme_only(clause.text, lang)
    return part if themed is None else _directory_reply(themed, lang)


def _is_there_one(served: _Served, words: list[str]) -> bool:
    """ "is er een fieldlab voor 3d printen in zuid holland?": whether one Fieldlab on a theme
    is there, asked in the singular (a list of one place answers "fieldlabs in Delft?")."""
    return (
        tuple(words[:2]) in _IS_THERE
        and "fieldlab" in words
        and "fieldlabs" not in words
        and bool(served.directory.themes_in([w for w in words if w not in _ONE_LAB]))
    )


def _year_lent(clause: Clause) -> bool:
    """Whether the clause's year was said in another clause of the sentence, not its own."""
    return (
        clause.when is not None
        and clause.when.year is not None
        and when_said(numbers_as_digits(clause.said or clause.original)) is None
    )


def _names_another_record(served: _Served, phrasing: str, named: str | None) -> bool:
    """Whether a phrasing names a Hub or Fieldlab other than the one the question names."""
    found = served.records.find(tokens(phrasing), None)
    return found is not None and found[0] != named


# Posts a person holds: "welke staatssecretaris sprak …?" asks who, as "wie" does.
_POSTS = frozenset(
    """
    staatssecretaris minister bewindspersoon bewindsman bewindsvrouw voorzitter directeur
    projectleider procescoordinator coordinator wethouder gedeputeerde spreker secretary
    chair chairman chairwoman director speaker
    """.split()
)


def _asks_for_a_post(words: list[str]) -> bool:
    """ "welke staatssecretaris sprak bij de opening?", "which minister opened it?": who held
    a post is asked."""
    return any(
        w in ("welke", "welk", "which", "what")
        and words[at + 1 : at + 2]
        and words[at + 1] in _POSTS
        for at, w in enumerate(words)
    )


def _that_lab(words: list[str]) -> bool:
    """ "welke scholen doen mee met dat robot fieldlab in harderwijk": one Fieldlab pointed at
    ("dat", "die", "this") and its theme, whatever the question asks of it."""
    return any(
        w in _ONE_LAB and at >= 2 and words[at - 2] in _POINTED for at, w in enumerate(words)
    )


def _directory_reply(listed: DirectoryAnswer, lang: str) -> Reply:
    kind = "list" if (listed.entry or "").startswith("fieldlabs.") else "answer"
    return Reply(
        listed.text,
        lang,
        entry=listed.entry,
        score=100.0 if listed.confident else 0.0,
        confident=listed.confident,
        sources=listed.sources,
        kind=kind if listed.confident else "unknown",
        record=(
            listed.entry
            if (listed.entry or "").startswith("hub.")
            else (listed.records[0] if len(listed.records) == 1 else None)
        ),
        listed=listed.records,
    )


def _title(knowledge: KnowledgeBase, entry_id: str, lang: str) -> str:
    entry = knowledge.entry(entry_id)
    return entry.title(lang) if entry else entry_id


def _figures_told(served: _Served, told: str) -> str | None:
    """The entry two or more of whose dated figures the asker quotes ("ik zie 35, 36 en 45
    fieldlabs staan", "600 companies, another says 550"), or None; the first such entry (in
    knowledge order) among those quoted most."""
    said = {float(n) for n in re.findall(r"\d+", numbers_as_digits(fold(told)))}
    said |= {n * 1_000_000 for n in said}  # "240 miljoen"
    quoted: dict[int, int] = {}
    for value in said:
        for at in served.figure_owners.get(value, ()):
            quoted[at] = quoted.get(at, 0) + 1
    best = min(((-n, at) for at, n in quoted.items() if n >= 2), default=None)
    return served.knowledge.entries[best[1]].id if best else None


# "Kunt u mij de link naar de TNO-publicatie geven?", "what's the url of that report":
# the address is what is asked.
_LINK_ASKED = re.compile(
    r"\b(?:link|links|linkje|url|urls|weblink|hyperlink|webadres|web address|"
    r"internetadres|downloaden|download)\b"
)


def _with_links(reply: Reply, clause: Clause, lang: str) -> Reply:
    """A confident answer to a question that asks for a link, with its sources' full
    addresses after it (the source line shows only their domain). An answer that gives an
    address already (a record's website) stays as it is."""
    if reply.declined or not reply.confident or reply.kind not in ("answer", "list"):
        return reply
    if "http" in reply.text or not _LINK_ASKED.search(fold(clause.original)):
        return reply
    urls = list(dict.fromkeys(s.url for s in citations.unique(reply.sources) if s.url))
    if not urls:
        return reply
    head = texts.text("links_asked" if len(urls) == 1 else "links_asked_many", lang)
    return _with(reply, text=f"{reply.text}\n\n{head}\n" + "\n".join(urls))


def _with(reply: Reply, **changes: object) -> Reply:
    if all(getattr(reply, name) == value for name, value in changes.items()):
        return reply  # nothing changes (most answers): no copy
    return replace(reply, **changes)  # type: ignore[arg-type]


class _Answerer:
    """One knowledge version's answers, as the conversation context needs them."""

    def __init__(self, assistant: Assistant, served: _Served) -> None:
        self._assistant = assistant
        self._served = served
        self.records = served.records
        self.directory = served.directory

    def clause(
        self, clause: Clause, lang: str, region: str | None, place: str | None = None
    ) -> Reply:
        return self._assistant._clause(self._served, clause, lang, region, place)

    def message(self, text: str, lang: str, context: Context | None, region: str | None) -> Reply:
        """A whole message answered again in `lang`, against the context it was read in."""
        now = context.at if context is not None else None
        reply, _ = self._assistant._respond(
            text, context, lang=lang, preferred_lang=None, region=region, now=now
        )
        return reply

    def is_figure(self, entry_id: str) -> bool:
        """Whether an entry states a figure (dated values, or a 'how many' phrasing)."""
        entry = self._served.knowledge.entry(entry_id)
        if entry is None:
            return False
        return bool(entry.figures) or any(
            intent(q) == "count" for qs in entry.questions.values() for q in qs
        )

    def mentions(self, record: str, words: list[str], lang: str, share: float = 0.0) -> bool:
        """Whether a record's own description speaks of the meaningful words of a question
        (synonyms count: "geld" finds "miljoen euro" only through a shared term)."""
        knowledge = self._served.knowledge
        found = knowledge.hub(record) or knowledge.fieldlab(record)
        if found is None:
            return False
        matcher = self._served.matcher
        # What the card shows: the summary, and what a Hub offers ("vouchers").
        shown = [*found.summary.items(), *getattr(found, "offers", {}).items()]
        described = {
            matcher.analyzer.term(w, language) for language, text in shown for w in tokens(text)
        }
        asked = [
            t
            for t in matcher.analyzer.query_terms(" ".join(words), lang)
            if t.term is not None and not matcher.is_generic(t) and t.surface not in _POINTING
        ]
        said = sum(1 for t in asked if t.term in described)
        return bool(asked) and said > 0 and said >= share * len(asked)

    def person_contact(self, person: str, lang: str) -> str | None:
        """ "The contact details of Robin Burghard are not in my sources", with where to ask;
        None when `person` is no person's entry."""
        return person_contact_unknown(self._served.knowledge, person, lang)

    def people_named(self, entry_id: str) -> list[tuple[str, str]]:
        """(people entry, full name) of each person the entry is about or its answer names:
        who "haar" in "wat is haar rol?" can be after that answer."""
        knowledge = self._served.knowledge
        entry = knowledge.entry(entry_id)
        if entry is None:
            return []
        said = {w for text in entry.answer.values() for w in tokens(text)}
        found = []
        for person, _ in self._served.people:  # each person's entry, found once per version
            name = _person_name(person)
            if name is None:
                continue
            own = name.split()
            surnames = own[1:] or own
            if person.id == entry_id:
                return [(person.id, name)]
            if any(w in said for w in surnames):
                found.append((person.id, name))
        return found

    def person_called(self, words: list[str]) -> str | None:
        """The one person's entry whose name holds every one of `words` and at least one
        surname of it ("dezentje", "egbert jan sol"); None for no one or several."""
        if not words:
            return None
        found = set()
        for person, _ in self._served.people:  # each person's entry, found once per version
            name = _person_name(person)
            if name is None:
                continue
            own = name.split()
            if set(words) <= set(own) and set(words) & set(own[1:] or own):
                found.add(person.id)
        return found.pop() if len(found) == 1 else None

    def kinds(self, entry_id: str) -> frozenset[str]:
        """The kinds of question (when, who, count…) an entry's phrasings ask."""
        return _phrasing_kinds(self._served.knowledge, entry_id)

    def of_something_else(self, words: list[str], entry_id: str, lang: str) -> bool:
        """Whether `words` find `entry_id` on one everyday word its phrasing says of
        another subject ("wanneer is die gepresenteerd?" is not the Actieagenda's)."""
        return _of_something_else(self._served.matcher, " ".join(words), entry_id, lang, set())

    def meaningful(self, words: list[str], lang: str) -> list[str]:
        """The words of a question that weigh in matching (not stopwords, fillers or
        generic verbs), known to the knowledge or not."""
        matcher = self._served.matcher
        return [
            t.surface
            for t in matcher.analyzer.query_terms(" ".join(words), lang)
            if not matcher.is_generic(t) and t.surface not in _POINTING
        ]

    def speaks_of(self, text: str, words: list[str], lang: str) -> float:
        """The weighted share of a question's meaningful words that a text speaks of."""
        matcher = self._served.matcher
        said = {matcher.analyzer.term(w, language) for language in LANGS for w in tokens(text)}
        asked = [
            t
            for t in matcher.analyzer.query_terms(" ".join(words), lang)
            if not matcher.is_generic(t) and t.surface not in _POINTING and t.term is not None
        ]
        total = sum(matcher.weight(t) for t in asked)
        if total <= 0:
            return 0.0
        return sum(matcher.weight(t) for t in asked if t.term in said) / total

    def known(self, words: list[str]) -> list[str]:
        """The words the knowledge knows, in either language ("smid zee" it does not)."""
        analyzer = self._served.matcher.analyzer
        return [
            w
            for w in words
            if any(t.term is not None for lang in LANGS for t in analyzer.query_terms(w, lang))
        ]

    def unknown(self, lang: str, region: str | None) -> Reply:
        """'Not in my sources' (in scope, not known), naming the user's Hub when known."""
        text = self._assistant.unknown_text(self._served, lang, region)
        return Reply(text, lang, kind="unknown")

    def covers(
        self,
        entry_id: str,
        words: list[str],
        lang: str,
        *,
        empty: float = 0.0,
        known: bool = False,
    ) -> float:
        """The share of a question's meaningful words that an entry's own answer and
        phrasings speak of (0 when it asks nothing meaningful): whether "aan wie is die
        overhandigd?" is still about the entry just answered. `empty` when it asks nothing
        meaningful; with `known`, only the words the knowledge knows are weighed."""
        entry = self._served.knowledge.entry(entry_id)
        if entry is None:
            return 0.0
        matcher = self._served.matcher
        said = {
            matcher.analyzer.term(w, language)
            for language, text in entry.answer.items()
            for w in tokens(text)
        } | {
            matcher.analyzer.term(w, language)
            for language, phrasings in entry.questions.items()
            for q in phrasings
            for w in tokens(q)
        }
        # A word the knowledge does not know ("zorg" in "banen in de zorg") counts as not
        # spoken of, with its weight: rare words weigh much, chatter little.
        asked = [
            t
            for t in matcher.analyzer.query_terms(" ".join(words), lang)
            if not matcher.is_generic(t)
            and t.surface not in _POINTING
            and (t.term is not None or not known)
        ]
        total = sum(matcher.weight(t) for t in asked)
        if not asked or total <= 0:
            return empty
        # A word the index does not know may still be in this entry's own text ("bouw" in
        # SPARK's card, which the record index holds, not the matcher).
        spoken = [t for t in asked if (t.term or matcher.analyzer.term(t.surface, lang)) in said]
        return sum(matcher.weight(t) for t in spoken) / total

    def entry(self, entry_id: str, lang: str) -> Reply | None:
        knowledge = self._served.knowledge
        entry = knowledge.entry(entry_id)
        if entry is None:
            return None
        return self._assistant._entry_reply(knowledge, entry, lang, 100.0)


__all__ = ["DECLINED", "Assistant", "Link", "Reply", "render_plain"]


def _set_aside_words(clause: Clause) -> list[str]:
    """What the reading took out of the question as who says it ("volgens Dialogic", "de
    TNO-monitor noemt") and when ("in oktober 2018"): the words by which it names a figure's
    source and date. Not words other rewrites moved (a subject set aside, an idiom)."""
    said = " ".join(tokens(clause.original))
    kept = set(tokens(clause.text))
    framed = set(without_source_frame(without_attribution(said)).split())
    out = [w for w in said.split() if w not in kept and w not in framed and not is_stopword(w)]
    when = clause.when
    if when is not None and when.year is not None:
        out.append(str(when.year))
        if when.month:
            out += [MONTHS[lang].split()[when.month - 1].lower() for lang in LANGS]
    return out
