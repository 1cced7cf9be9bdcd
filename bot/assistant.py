"""The Assistant: one answer for every channel. Pure Python, no Telegram, no database."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from bot import texts
from bot.cards import hub_name
from bot.directory import DirectoryAnswer, DirectoryIndex
from bot.knowledge import Entry, Hub, KnowledgeBase
from bot.matching import Match, Matcher, MatchSettings
from bot.text import LANGS, MAX_QUESTION_CHARS, detect_language, strip_invisible, tokens

# Below this detector confidence the user's preferred language wins.
LANGUAGE_CONFIDENCE = 0.34


@dataclass(frozen=True)
class Link:
    """A pointer to another entry: what a 'Bedoelde u…?' or 'Zie ook' button shows."""

    entry: str
    question: str
    score: float = 0.0


@dataclass(frozen=True)
class Reply:
    """What the Assistant says; channels decide how to render it."""

    text: str
    language: str
    entry: str | None = None
    score: float = 0.0
    confident: bool = False
    source: str | None = None
    as_of: dt.date | None = None
    alternatives: tuple[Link, ...] = ()
    related: tuple[Link, ...] = ()
    kind: str = "fallback"  # answer | smalltalk | fallback | empty
    truncated: bool = False

    def source_line(self) -> str | None:
        """'Bron: TNO …, 18-03-2019' or None when the answer has no source."""
        if not self.source:
            return None
        label = texts.text("source", self.language)
        date = f", {self.as_of.strftime('%d-%m-%Y')}" if self.as_of else ""
        return f"{label}: {self.source}{date}"


@dataclass(frozen=True)
class _Served:
    """A knowledge version together with its index, swapped as one reference."""

    knowledge: KnowledgeBase
    matcher: Matcher
    directory: DirectoryIndex


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
        self._served = _Served(
            knowledge, Matcher(knowledge, self.settings), DirectoryIndex(knowledge)
        )
        self._lock = threading.Lock()

    @property
    def knowledge(self) -> KnowledgeBase:
        return self._served.knowledge

    @property
    def matcher(self) -> Matcher:
        return self._served.matcher

    @staticmethod
    def build(knowledge: KnowledgeBase, settings: MatchSettings | None = None) -> Matcher:
        """Build an index off to the side (may run in a worker thread)."""
        return Matcher(knowledge, settings or MatchSettings())

    def swap(self, knowledge: KnowledgeBase, matcher: Matcher | None = None) -> None:
        """Serve `knowledge` from now on; questions in flight finish on the old version."""
        served = _Served(
            knowledge, matcher or self.build(knowledge, self.settings), DirectoryIndex(knowledge)
        )
        with self._lock:
            self._served = served

    def language_of(self, question: str, preferred: str | None = None) -> str:
        """nl or en for `question`; the preference (or default) when the text does not tell."""
        fallback = preferred if preferred in LANGS else self.default_lang
        lang, confidence = detect_language(question, fallback, self._served.matcher.language_words)
        return lang if confidence >= LANGUAGE_CONFIDENCE else fallback

    def answer(
        self,
        question: str,
        *,
        lang: str | None = None,
        preferred_lang: str | None = None,
        region: str | None = None,
    ) -> Reply:
        """Answer one question. `lang` forces the reply language; otherwise it is detected."""
        served = self._served  # one read: a reload mid-answer cannot mix two versions
        cleaned = " ".join(strip_invisible(question or "").split())
        truncated = len(cleaned) > MAX_QUESTION_CHARS
        cleaned = cleaned[:MAX_QUESTION_CHARS]
        reply_lang = lang if lang in LANGS else self.language_of(cleaned, preferred_lang)
        if not cleaned.strip(" ?!.,"):
            return Reply(texts.text("empty", reply_lang), reply_lang, kind="empty")
        listed = served.directory.answer(cleaned, reply_lang)
        if listed is not None and listed.confident:
            reply = _directory_reply(listed, reply_lang)
        else:
            match = served.matcher.search(cleaned, lang=reply_lang)
            if listed is not None and not match.confident:
                # "welke fieldlabs zijn er in Parijs?": say which word we did not know.
                reply = _directory_reply(listed, reply_lang)
            else:
                reply = self._from_match(served, match, reply_lang, region)
        if truncated:
            reply = _with(reply, truncated=True)
        return reply

    def answer_entry(self, entry_id: str, lang: str) -> Reply | None:
        """The answer of a known entry (for buttons); None when the id does not exist."""
        served = self._served
        entry = served.knowledge.entry(entry_id)
        if entry is None:
            return None
        return self._entry_reply(served.knowledge, entry, lang, 100.0)

    def _from_match(self, served: _Served, match: Match, lang: str, region: str | None) -> Reply:
        knowledge = served.knowledge
        best = match.best
        if match.confident and best is not None:
            entry = knowledge.entry(best.entry)
            if entry is not None:
                return self._entry_reply(knowledge, entry, lang, best.score)
        alternatives = tuple(
            Link(c.entry, _title(knowledge, c.entry, lang), c.score)
            for c in match.candidates
            if c.score >= self.settings.suggest
        )[:3]
        return Reply(
            self.fallback_text(served, lang, region),
            lang,
            entry=None,
            score=best.score if best else 0.0,
            confident=False,
            alternatives=alternatives,
            kind="fallback",
        )

    def fallback_text(self, served: _Served, lang: str, region: str | None) -> str:
        """'I don't know', naming the user's own Hub when their region is known."""
        if region:
            hub, confirmed, _ = served.directory.hub_for(region)
            if hub is not None and confirmed:
                website = f" ({hub.website})" if hub.website else ""
                return texts.text(
                    "fallback_own_hub", lang, hub=hub_name(hub, lang), website=website
                )
        return texts.text("fallback", lang)

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
        return Reply(
            text,
            lang,
            entry=entry.id,
            score=score,
            confident=True,
            source=entry.source,
            as_of=entry.as_of,
            related=related,
            kind="smalltalk" if entry.kind == "smalltalk" else "answer",
        )


def _directory_reply(listed: DirectoryAnswer, lang: str) -> Reply:
    return Reply(
        listed.text,
        lang,
        entry=listed.entry,
        score=100.0 if listed.confident else 0.0,
        confident=listed.confident,
        source=listed.source,
        kind="answer" if listed.confident else "fallback",
    )


def _title(knowledge: KnowledgeBase, entry_id: str, lang: str) -> str:
    entry = knowledge.entry(entry_id)
    return entry.title(lang) if entry else entry_id


def _with(reply: Reply, **changes: object) -> Reply:
    from dataclasses import replace

    return replace(reply, **changes)  # type: ignore[arg-type]


def render_plain(reply: Reply) -> str:
    """The reply as plain text (console, CLI): answer, alternatives, source line."""
    parts = []
    if reply.truncated:
        parts.append(texts.text("too_long", reply.language))
    parts.append(reply.text)
    if reply.alternatives:
        lines = [texts.text("did_you_mean", reply.language)]
        lines += [f"- {alt.question}" for alt in reply.alternatives]
        parts.append("\n".join(lines))
    source = reply.source_line()
    if source:
        parts.append(source)
    return "\n\n".join(parts)
