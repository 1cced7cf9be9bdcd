"""Staff edits of the knowledge files: check a file against the rest of the knowledge, install
it atomically, keep every earlier version, undo the last change, and add questions to an entry
without touching the file's comments or layout.

Pure file work, no Telegram: the channel hands in bytes and a pseudonymous staff label. The
earlier versions live in `BOT_DATA_DIR/history/` (never inside the knowledge folder, so the
loader does not read them): one `changes.jsonl` line per change and the bytes each change
replaced.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from bot.changes import KnowledgeChange, changes
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.matching import Matcher
from bot.model import Entry
from bot.nodes import MAX_FILE_BYTES, Problem
from bot.text import fold, question_key

HISTORY_DIR: Final = "history"
CHANGES_FILE: Final = "changes.jsonl"
# A plain file name: no folder, no hidden file, only .yaml. What the loader reads, and nothing
# that could land outside the knowledge folder.
FILE_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\.yaml\Z")
MAX_ADDED: Final = 10  # phrasings one tap adds at most
# Indentations tried when a file is edited: the one that gives the file back unchanged is its
# own (the hand-written files use the first, PyYAML's dump the second).
_INDENTS: Final = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4))


class EditRefused(Exception):
    """A change staff asked for that cannot be made; `key` is its text in bot/texts.py."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = {k: str(v) for k, v in values.items()}
        super().__init__(key)


def staff_label(user_key: str) -> str:
    """The name a staff member has in /history: a short prefix of their pseudonymous key."""
    return f"staff-{user_key[:6]}"


def check_name(name: str | None) -> str:
    """The file name as given when it may be installed; raises EditRefused otherwise."""
    if not name or "/" in name or "\\" in name or ".." in name or not FILE_NAME.match(name):
        raise EditRefused("files_bad_name", name=name or "?")
    return name


def check_size(size: int | None) -> None:
    """Refuse a file over the loader's own limit before it is even downloaded."""
    if size is not None and size > MAX_FILE_BYTES:
        raise EditRefused("files_too_big", size=f"{size:,}", limit=f"{MAX_FILE_BYTES:,}")


@dataclass(frozen=True)
class HistoryItem:
    """One change from Telegram: which file, who (a staff label), when, and what it replaced."""

    seq: int
    file: str
    who: str
    when: float
    action: str  # upload | questions | undo
    before: str | None  # the blob in history/ holding the replaced bytes; None: a new file
    after_sha: str | None  # sha256 of the file after the change; None: the file was removed
    undoes: int | None = None  # for an undo: the change it reverted
    entry: str | None = None  # for questions: the entry they were added to

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.when, dt.UTC)


@dataclass(frozen=True)
class Outcome:
    """What an install, an edit or an undo did: ok with what changed, or the problems that
    kept the old file (paths shown as the file name, `results.yaml:12: …`)."""

    ok: bool
    file: str
    problems: tuple[Problem, ...] = ()
    change: KnowledgeChange | None = None
    item: HistoryItem | None = None
    unchanged: bool = False  # the bytes were those of the current file: nothing to do
    added: int = 0  # questions added (add_questions)


def _sha(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` by `data` in one step: a temp file in the same folder (hidden, so neither
    the loader nor the watcher takes it for knowledge), fsync, os.replace, fsync the folder."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        # A buffered file writes every byte or raises (os.write may write part on a full disk).
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if temp.stat().st_size != len(data):
            raise OSError(errno.EIO, f"short write of {temp.name}")
        temp.replace(path)  # os.replace: atomic within one folder
    finally:
        temp.unlink(missing_ok=True)
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _knowledge_files(folder: Path) -> list[Path]:
    """The files the loader reads, in its order."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".yaml", ".yml") and not p.name.startswith((".", "~")) and p.is_file()
    )


class KnowledgeFiles:
    """The knowledge folder as staff change it from the chat, with its history."""

    def __init__(self, folder: Path, data_dir: Path) -> None:
        self.folder = folder
        self.history_dir = data_dir / HISTORY_DIR
        self._lock = threading.Lock()  # one change at a time, whichever thread runs it

    # -- reading -------------------------------------------------------------------------

    def export(self) -> list[tuple[str, bytes]]:
        """Every knowledge file as it is on disk: (name, bytes)."""
        return [(p.name, p.read_bytes()) for p in _knowledge_files(self.folder)]

    def history(self, limit: int = 10) -> list[HistoryItem]:
        """The last `limit` changes, newest first."""
        return list(reversed(self._items()))[:limit]

    def undone(self) -> set[int]:
        """The changes an undo has reverted."""
        return {i.undoes for i in self._items() if i.undoes is not None}

    def _items(self) -> list[HistoryItem]:
        path = self.history_dir / CHANGES_FILE
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        items = []
        fields = {f.name for f in dataclasses.fields(HistoryItem)}
        for line in lines:
            with contextlib.suppress(ValueError, TypeError):  # a torn last line is skipped
                raw = json.loads(line)
                items.append(HistoryItem(**{k: v for k, v in raw.items() if k in fields}))
        return items

    # -- checking ------------------------------------------------------------------------

    def check(self, name: str, data: bytes | None) -> tuple[KnowledgeBase | None, list[Problem]]:
        """Load the knowledge as it would be with `name` holding `data` (None: removed):
        the new knowledge, or every problem with its path shown as the file's name."""
        with self._staged(name, data) as staging:
            try:
                return load_knowledge(staging), []
            except KnowledgeError as exc:
                return None, [self._shown(p, staging) for p in exc.problems]

    @contextlib.contextmanager
    def _staged(self, name: str, data: bytes | None) -> Iterator[Path]:
        """A copy of the knowledge folder in the data dir with `name` replaced by `data`."""
        self.history_dir.mkdir(parents=True, exist_ok=True)
        staging = self.history_dir / f".staging-{secrets.token_hex(6)}"
        staging.mkdir()
        try:
            for path in _knowledge_files(self.folder):
                if path.name != name:
                    shutil.copyfile(path, staging / path.name)
            if data is not None:
                (staging / name).write_bytes(data)
            yield staging
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    @staticmethod
    def _shown(problem: Problem, staging: Path) -> Problem:
        prefix = str(staging) + os.sep
        if problem.path.startswith(prefix):
            return dataclasses.replace(problem, path=problem.path[len(prefix) :])
        if problem.path == str(staging):
            return dataclasses.replace(problem, path=".")
        return problem

    # -- changing ------------------------------------------------------------------------

    def install(
        self,
        name: str,
        data: bytes,
        *,
        who: str,
        before: KnowledgeBase,
        action: str = "upload",
        entry: str | None = None,
    ) -> Outcome:
        """Check `data` as file `name` against the rest of the knowledge; when valid, keep the
        current version in the history and put `data` in its place atomically."""
        check_name(name)
        check_size(len(data))
        with self._lock:
            return self._install(name, data, who=who, before=before, action=action, entry=entry)

    def _install(
        self,
        name: str,
        data: bytes | None,
        *,
        who: str,
        before: KnowledgeBase,
        action: str,
        entry: str | None = None,
        undoes: int | None = None,
    ) -> Outcome:
        target = self.folder / name
        current = target.read_bytes() if target.exists() else None
        if current == data:
            return Outcome(True, name, unchanged=True)
        after, problems = self.check(name, data)
        if after is None:
            return Outcome(False, name, tuple(problems))
        seq = self._next_seq()
        blob = None
        if current is not None:
            blob = f"{seq:06d}-{name}"
            atomic_write(self.history_dir / blob, current)
        if data is None:
            target.unlink()
            _fsync_folder(self.folder)
        else:
            atomic_write(target, data)
        item = HistoryItem(
            seq, name, who, time.time(), action, blob, _sha(data), undoes=undoes, entry=entry
        )
        try:
            self._append(item)
        except OSError:
            # Without its history line the change could not be undone: put the file back.
            if current is None:
                target.unlink(missing_ok=True)
            else:
                atomic_write(target, current)
            raise
        return Outcome(True, name, change=changes(before, after), item=item)

    def _next_seq(self) -> int:
        """One past every change recorded and every kept version (a torn history line must
        not let a later change reuse its number and overwrite its kept file)."""
        numbers = [i.seq for i in self._items()]
        with contextlib.suppress(OSError):
            for path in self.history_dir.iterdir():
                head = path.name.split("-", 1)[0]
                if head.isdigit():
                    numbers.append(int(head))
        return max(numbers, default=0) + 1

    def _append(self, item: HistoryItem) -> None:
        line = json.dumps(dataclasses.asdict(item), ensure_ascii=False) + "\n"
        path = self.history_dir / CHANGES_FILE
        with path.open("a+b") as out:
            out.seek(0, os.SEEK_END)
            if out.tell():
                out.seek(-1, os.SEEK_END)
                if out.read(1) != b"\n":  # a torn last line: start this one on its own
                    line = "\n" + line
            out.write(line.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())

    def undo(self, *, who: str, before: KnowledgeBase) -> Outcome:
        """Put back, byte for byte, what the last change not yet undone replaced. Refused
        when the file changed since (an edit on the server would be lost)."""
        with self._lock:
            undone = self.undone()
            last = next(
                (i for i in reversed(self._items()) if i.action != "undo" and i.seq not in undone),
                None,
            )
            if last is None:
                raise EditRefused("undo_nothing")
            target = self.folder / last.file
            now = target.read_bytes() if target.exists() else None
            if _sha(now) != last.after_sha:
                raise EditRefused("undo_changed_since", name=last.file)
            previous = (self.history_dir / last.before).read_bytes() if last.before else None
            return self._install(
                last.file, previous, who=who, before=before, action="undo", undoes=last.seq
            )

    def add_questions(
        self,
        entry: Entry,
        phrasings: Sequence[tuple[str, str]],
        *,
        who: str,
        before: KnowledgeBase,
    ) -> Outcome:
        """Add (text, lang) phrasings to `entry`'s questions in its own file, keeping the
        file's comments, order and layout; then install it like an upload."""
        path = Path(entry.origin.rpartition(":")[0])
        editable = entry.kind in ("faq", "smalltalk")
        if not editable or path.parent.resolve() != self.folder.resolve():
            raise EditRefused("edit_not_editable", entry=entry.id)
        additions = new_questions(before, entry, phrasings)
        count = sum(len(v) for v in additions.values())
        if not count:
            raise EditRefused("edit_nothing_new", entry=entry.id)
        with self._lock:
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                raise EditRefused("edit_not_editable", entry=entry.id) from None
            edited = add_phrasings(text, entry.id, additions)
            if edited == text:  # all of them are in the file already (a second tap)
                raise EditRefused("edit_nothing_new", entry=entry.id)
            outcome = self._install(
                path.name,
                edited.encode("utf-8"),
                who=who,
                before=before,
                action="questions",
                entry=entry.id,
            )
        return dataclasses.replace(outcome, added=count)


# --------------------------------------------------------------------------------------------
# Unanswered questions as knowledge: which entries a group of them could join


@dataclass(frozen=True)
class Suggestion:
    """A group of unanswered phrasings and the entries they could be added to, best first."""

    id: str  # short and stable for the same phrasings: what a button carries
    phrasings: tuple[tuple[str, str], ...]  # (text, lang), most asked first
    candidates: tuple[str, ...]  # entry ids with questions in a knowledge file


def suggestion_id(phrasings: Sequence[tuple[str, str]]) -> str:
    """Ten hex digits naming a group by its phrasings (the same group gets the same id)."""
    keys = sorted({_plain(text) for text, _ in phrasings})
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:10]


def suggest(
    phrasings: Sequence[tuple[str, str]],
    matcher: Matcher,
    knowledge: KnowledgeBase,
    *,
    limit: int = 3,
    examined: int = 5,
) -> Suggestion:
    """The `limit` entries the matcher puts nearest to the group's first phrasings; only
    entries whose questions staff keep in a file (not the cards derived from records)."""
    best: dict[str, float] = {}
    for text, lang in phrasings[:examined]:
        for candidate in matcher.search(text, lang=lang, limit=limit * 2).candidates:
            entry = knowledge.entry(candidate.entry)
            if entry is None or entry.kind not in ("faq", "smalltalk") or candidate.score <= 0:
                continue
            best[entry.id] = max(best.get(entry.id, 0.0), candidate.score)
    ranked = sorted(best, key=lambda e: (-best[e], e))[:limit]
    return Suggestion(suggestion_id(phrasings), tuple(phrasings), tuple(ranked))


# --------------------------------------------------------------------------------------------
# Adding questions to an entry


def new_questions(
    knowledge: KnowledgeBase, entry: Entry, phrasings: Sequence[tuple[str, str]]
) -> dict[str, list[str]]:
    """The phrasings worth adding, by language: none the knowledge already has, none with the
    same words as another entry's question (the loader would refuse those), at most MAX_ADDED.
    A language the entry has no answer in goes under its first language."""
    taken: dict[tuple[str, ...], str] = {}
    plain: set[str] = set()
    for other in knowledge.entries:
        for texts in other.questions.values():
            for q in texts:
                taken.setdefault(question_key(q), other.id)
                plain.add(_plain(q))
    langs = [lang for lang in entry.questions if lang in entry.answer] or list(entry.questions)
    out: dict[str, list[str]] = {}
    count = 0
    for text, lang in phrasings:
        clean = " ".join(text.split())
        key = question_key(clean)
        if not clean or _plain(clean) in plain or (len(key) > 1 and key in taken):
            continue
        if count >= MAX_ADDED:
            break
        plain.add(_plain(clean))
        taken.setdefault(key, entry.id)
        out.setdefault(lang if lang in langs else langs[0], []).append(clean)
        count += 1
    return out


def _plain(text: str) -> str:
    return " ".join(fold(text).split()).strip(" ?!.")


def _yaml(indent: tuple[int, int, int]) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long answer
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    return yaml


def _layout(text: str) -> tuple[YAML, Any]:
    """A round-trip YAML that gives this file back byte for byte, and the file's data."""
    for indent in _INDENTS:
        yaml = _yaml(indent)
        try:
            data = yaml.load(text)
        except YAMLError:
            raise EditRefused("edit_not_editable_file") from None
        out = io.StringIO()
        yaml.dump(data, out)
        if out.getvalue() == text:
            return yaml, data
    raise EditRefused("edit_layout")


def add_phrasings(text: str, entry_id: str, additions: Mapping[str, Sequence[str]]) -> str:
    """The file `text` with `additions` (lang -> phrasings) appended to the questions of
    `entry_id`; every other byte as it was. Raises EditRefused when that cannot be done."""
    yaml, data = _layout(text)
    entry = _find_entry(data, entry_id)
    if entry is None:
        raise EditRefused("edit_entry_gone", entry=entry_id)
    questions = entry.get("questions")
    if not isinstance(questions, CommentedMap):
        raise EditRefused("edit_layout")
    for lang, phrasings in additions.items():
        seq = questions.get(lang)
        if seq is None:
            seq = CommentedSeq()
            questions[lang] = seq
        if not isinstance(seq, CommentedSeq):
            raise EditRefused("edit_layout")
        present = {_plain(str(item)) for item in seq}
        for phrasing in phrasings:
            if _plain(phrasing) not in present:  # a second tap adds nothing twice
                present.add(_plain(phrasing))
                seq.append(_like(seq, phrasing))
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _find_entry(data: Any, entry_id: str) -> CommentedMap | None:
    if not isinstance(data, CommentedMap):
        return None
    for section in ("entries", "smalltalk"):
        for item in data.get(section) or []:
            if isinstance(item, CommentedMap) and item.get("id") == entry_id:
                return item
    return None


def _like(seq: CommentedSeq, text: str) -> str:
    """A new item quoted the way the list's items are."""
    # Quoted unless the list quotes with ': a plain "ja" or "no: nee" would not be text.
    if seq and isinstance(seq[-1], SingleQuotedScalarString):
        return cast(str, SingleQuotedScalarString(text))
    return cast(str, DoubleQuotedScalarString(text))
