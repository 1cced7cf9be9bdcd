"""What changed between two versions of the knowledge, in words staff recognise."""

from __future__ import annotations

from dataclasses import dataclass

from bot import texts
from bot.model import KnowledgeBase


@dataclass(frozen=True)
class KnowledgeChange:
    """Entries added, removed, with a changed answer, and questions added or removed."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    questions_added: tuple[tuple[str, int], ...] = ()
    questions_removed: tuple[tuple[str, int], ...] = ()

    def describe(self, lang: str = "nl") -> str:
        """One line: "nieuw: x; vragen erbij: results.jobs (+2)"."""
        parts = []
        if self.added:
            parts.append(texts.text("change_new", lang, ids=", ".join(self.added)))
        if self.removed:
            parts.append(texts.text("change_removed", lang, ids=", ".join(self.removed)))
        if self.questions_added:
            ids = ", ".join(f"{e} (+{n})" for e, n in self.questions_added)
            parts.append(texts.text("change_questions_added", lang, ids=ids))
        if self.questions_removed:
            ids = ", ".join(f"{e} (−{n})" for e, n in self.questions_removed)
            parts.append(texts.text("change_questions_removed", lang, ids=ids))
        if self.answers:
            parts.append(texts.text("change_answer", lang, ids=", ".join(self.answers)))
        return "; ".join(parts) or texts.text("change_other", lang)


def changes(old: KnowledgeBase, new: KnowledgeBase) -> KnowledgeChange:
    """Compare two loaded versions entry by entry (records count as their card entries)."""
    before = {e.id: e for e in old.entries}
    after = {e.id: e for e in new.entries}
    added, removed, answers = [], [], []
    more: list[tuple[str, int]] = []
    fewer: list[tuple[str, int]] = []
    for entry_id, entry in after.items():
        previous = before.get(entry_id)
        if previous is None:
            added.append(entry_id)
            continue
        if dict(previous.answer) != dict(entry.answer):
            answers.append(entry_id)
        was = {q for qs in previous.questions.values() for q in qs}
        now = {q for qs in entry.questions.values() for q in qs}
        if now - was:
            more.append((entry_id, len(now - was)))
        if was - now:
            fewer.append((entry_id, len(was - now)))
    removed = [entry_id for entry_id in before if entry_id not in after]
    return KnowledgeChange(tuple(added), tuple(removed), tuple(answers), tuple(more), tuple(fewer))
