"""Load and validate the YAML knowledge base that Hub staff edit.

The loader never executes anything: files are composed into YAML nodes with PyYAML's safe
loader and every node is checked by hand, so each problem carries the file and line it came
from. All problems of all files are collected and reported at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.derive import derive_entries
from bot.model import (
    Entry,
    Fieldlab,
    Figure,
    Hub,
    KnowledgeBase,
    PartialDate,
    Person,
    Places,
    Source,
    sources_text,
)
from bot.text import LANGS, fold, question_key

__all__ = [
    "Entry",
    "Fieldlab",
    "Hub",
    "KnowledgeBase",
    "KnowledgeError",
    "Places",
    "Problem",
    "load_knowledge",
]

MAX_FILE_BYTES = 1024 * 1024
# A billion-laughs file expands a handful of aliases into millions of nodes; no honest
# knowledge file comes near this many.
MAX_NODES = 200_000
MAX_DEPTH = 40
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
THEMES = (
    "robotica",
    "3d-printen",
    "onderhoud",
    "bouw",
    "composieten",
    "optica",
    "iot",
    "5g",
    "landbouw",
    "scholing",
    "sociale-innovatie",
    "slimme-fabriek",
    "metaal",
)
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a knowledge file, printed as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge directory cannot be loaded; `problems` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


# --------------------------------------------------------------------------------------------
# Reading files safely


class _Budget:
    """Counts nodes while walking a composed document, so alias bombs stop early."""

    def __init__(self) -> None:
        self.nodes = 0


def _read_text(path: Path, shown: str, problems: list[Problem]) -> str | None:
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve()):
            problems.append(Problem(shown, 1, "symbolic link points outside the knowledge folder"))
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(
                Problem(
                    shown, 1, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} (1 MiB)"
                )
            )
            return None
        data = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as exc:
        problems.append(Problem(shown, 1, f"cannot read file: {exc.strerror or exc}"))
        return None
    if len(data) > MAX_FILE_BYTES:
        problems.append(Problem(shown, 1, f"file is larger than the limit of {MAX_FILE_BYTES:,}"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(shown, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save as UTF-8")
        )
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problems.append(Problem(shown, line, "binary data, not a YAML text file"))
        return None
    return text


_FastLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, shown: str, problems: list[Problem]) -> yaml.Node | None:
    """Parse to YAML nodes (libyaml when present); nothing is constructed or executed."""
    try:
        # libyaml refuses deep nesting itself; the pure-Python composer recurses, so without
        # libyaml the flat event stream is checked for depth first.
        depth = 0
        events = () if _FastLoader is not yaml.SafeLoader else yaml.parse(text, yaml.SafeLoader)
        for event in events:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 1
                    problems.append(
                        Problem(shown, line, f"nesting deeper than {MAX_DEPTH} levels; refused")
                    )
                    return None
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        loader = _FastLoader(text)
        try:
            node: yaml.Node | None = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or "invalid YAML"
        problems.append(Problem(shown, line, f"YAML syntax error: {what}"))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(shown, 1, f"YAML error: {exc}"))
        return None
    except RecursionError:
        problems.append(Problem(shown, 1, "nesting is too deep"))
        return None
    return node


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


# --------------------------------------------------------------------------------------------
# Schema checking on YAML nodes


_STR_TAG = "tag:yaml.org,2002:str"
# Only plain tags reach it (checked first), so this constructor never builds objects.
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class _Checker:
    """Turns YAML nodes of one file into plain values, collecting problems with lines."""

    def __init__(
        self, shown: str, problems: list[Problem], warnings: list[Problem] | None = None
    ) -> None:
        self.shown = shown
        self.problems = problems
        self.warnings = warnings if warnings is not None else []
        self.budget = _Budget()

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.shown, _line(node), message))

    def warning(self, node: yaml.Node, message: str) -> None:
        self.warnings.append(Problem(self.shown, _line(node), message))

    def partial_date(self, node: yaml.Node, what: str) -> PartialDate | None:
        """2019, 2019-03 or 2019-03-18: a date as precise as the source gives it."""
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            day = self.date(node, what)
            return PartialDate.of(day) if day else None
        raw = node.value if isinstance(node, yaml.ScalarNode) else None
        match = _PARTIAL_DATE.match(str(raw).strip()) if raw is not None else None
        if match is None:
            self.problem(node, f"{what} must be a date like 2019, 2019-03 or 2019-03-18")
            return None
        year, month = int(match.group(1)), int(match.group(2) or 0)
        if not 1900 <= year <= 2100 or month > 12:
            self.problem(node, f"{what} '{raw}' is not a real date")
            return None
        return PartialDate(year, month)

    def source(self, node: yaml.Node, what: str) -> Source | None:
        """One source: a plain string (shown as it is) or publisher/title/date/url/note."""
        if isinstance(node, yaml.ScalarNode):
            plain = self.text(node, what)
            return Source(plain=plain) if plain else None
        fields = self.mapping(node, what, _SOURCE_KEYS)
        if fields is None:
            return None
        publisher = _opt_text(self, fields, "publisher") or _opt_text(self, fields, "site")
        title = _opt_text(self, fields, "title")
        url = _opt_text(self, fields, "url") or ""
        if url and not url.startswith(("https://", "http://")):
            self.problem(fields["url"], f"{what}: url must start with https://")
            url = ""
        if not (publisher or title or url):
            self.problem(node, f"{what} needs at least a publisher, a title or a url")
            return None
        date = self.partial_date(fields["date"], f"{what} date") if "date" in fields else None
        if "date" not in fields:
            self.warning(node, f"{what} has no date: add one when the source gives it")
        return Source(
            publisher=publisher or "",
            title=title or "",
            date=date,
            url=url,
            note=_opt_text(self, fields, "note") or "",
        )

    def sources(self, fields: dict[str, yaml.Node], what: str) -> tuple[Source, ...]:
        """`source:` (one) and/or `sources:` (a list), in that order."""
        found: list[Source] = []
        if "source" in fields:
            one = self.source(fields["source"], f"source of {what}")
            if one is not None:
                found.append(one)
        if "sources" in fields:
            for item in self.sequence(fields["sources"], f"sources of {what}") or []:
                one = self.source(item, f"source of {what}")
                if one is not None:
                    found.append(one)
        return tuple(found)

    def figures(self, node: yaml.Node, what: str) -> tuple[Figure, ...]:
        """Dated values of a figure: date, text {nl, en}, optional value and sources."""
        out: list[Figure] = []
        for item in self.sequence(node, f"figures of {what}") or []:
            fields = self.mapping(item, f"figure of {what}", _FIGURE_KEYS)
            if fields is None:
                continue
            if "date" not in fields or "text" not in fields:
                self.problem(item, f"a figure of {what} needs 'date' and 'text'")
                continue
            date = self.partial_date(fields["date"], f"figure date of {what}")
            text = self.per_language(fields["text"], f"figure text of {what}", self.text)
            if "nl" not in text:
                self.problem(fields["text"], f"figure text of {what} needs Dutch (nl)")
            value = None
            if "value" in fields:
                raw = self.scalar(fields["value"])
                if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                    value = float(raw)
                else:
                    self.problem(fields["value"], f"figure value of {what} must be a number")
            if date is not None and text:
                out.append(Figure(date, MappingProxyType(text), value, self.sources(fields, what)))
        return tuple(sorted(out, key=lambda f: f.date))

    def at(self, node: yaml.Node) -> str:
        return f"{self.shown}:{_line(node)}"

    def tagged_ok(self, node: yaml.Node, depth: int = 0) -> bool:
        """Refuse tags outside plain YAML, alias bombs and deep nesting, before any use."""
        stack: list[tuple[yaml.Node, int]] = [(node, depth)]
        while stack:
            current, level = stack.pop()
            self.budget.nodes += 1
            if self.budget.nodes > MAX_NODES:
                self.problem(
                    node,
                    f"document expands to more than {MAX_NODES:,} nodes "
                    "(too many aliases?); refused",
                )
                return False
            if level > MAX_DEPTH:
                self.problem(current, f"nesting deeper than {MAX_DEPTH} levels; refused")
                return False
            if current.tag == "tag:yaml.org,2002:merge":
                self.problem(current, "merge keys (<<) are not supported; write the fields out")
                return False
            if current.tag not in _PLAIN_TAGS:
                self.problem(
                    current,
                    f"tag {current.tag.replace('tag:yaml.org,2002:', '!!')} "
                    "is not allowed in knowledge files; use plain text",
                )
                return False
            if isinstance(current, yaml.MappingNode):
                for key, value in current.value:
                    stack.append((key, level + 1))
                    stack.append((value, level + 1))
            elif isinstance(current, yaml.SequenceNode):
                stack.extend((child, level + 1) for child in current.value)
        return True

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR_TAG:  # most values: no constructor needed
            return node.value
        try:
            return _CONSTRUCTOR.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError) as exc:
            self.problem(node, f"cannot read value: {exc}")
            return None
        finally:
            _CONSTRUCTOR.constructed_objects.clear()

    def mapping(
        self, node: yaml.Node, what: str, allowed: Iterable[str] | None = None
    ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping (key: value lines)")
            return None
        result: dict[str, yaml.Node] = {}
        allowed_set = set(allowed) if allowed is not None else None
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problem(key_node, f"{what}: keys must be text")
                continue
            if key in result:
                self.problem(key_node, f"{what}: key '{key}' appears twice")
                continue
            if allowed_set is not None and key not in allowed_set:
                hint = ", ".join(sorted(allowed_set))
                self.problem(key_node, f"{what}: unknown key '{key}' (allowed: {hint})")
                continue
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return None
        return list(node.value)

    def text(self, node: yaml.Node, what: str, *, required: bool = True) -> str | None:
        value = self.scalar(node) if isinstance(node, yaml.ScalarNode) else ...
        if (
            value is ...
            or isinstance(value, (bool, dt.date))
            or (value is not None and not isinstance(value, (str, int, float)))
        ):
            self.problem(node, f"{what} must be text")
            return None
        text = "" if value is None else str(value).strip()
        if not text and required:
            self.problem(node, f"{what} is empty")
            return None
        return text or None

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        items = self.sequence(node, what)
        if items is None:
            return ()
        out = []
        for item in items:
            value = self.text(item, f"{what} item")
            if value is not None:
                out.append(value)
        return tuple(out)

    def date(self, node: yaml.Node, what: str) -> dt.date | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            try:
                value: Any = _CONSTRUCTOR.construct_yaml_timestamp(node)
            except ValueError as exc:
                self.problem(node, f"{what} '{node.value}' is not a real date ({exc})")
                return None
        else:
            value = self.scalar(node) if isinstance(node, yaml.ScalarNode) else None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problem(node, f"{what} must be a date like 2019-03-18")
        return None

    def ident(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is not None and not ID_PATTERN.match(value):
            self.problem(node, f"{what} '{value}' must be lowercase letters, digits, . _ -")
            return None
        return value

    def per_language(
        self, node: yaml.Node, what: str, read: Callable[[yaml.Node, str], Any]
    ) -> dict[str, Any]:
        fields = self.mapping(node, what, LANGS)
        if fields is None:
            return {}
        out: dict[str, Any] = {}
        for lang, value_node in fields.items():
            value = read(value_node, f"{what} ({lang})")
            if value:
                out[lang] = value
        return out


_ENTRY_KEYS = (
    "id", "tags", "questions", "answer", "source", "sources", "as_of", "related", "figures",
    "review_by",
)  # fmt: skip
_HUB_KEYS = (
    "id", "name", "aliases", "region", "provinces", "provinces_unconfirmed", "lead",
    "summary", "offers", "website", "source", "sources", "as_of", "status", "status_date",
    "successor", "people",
)  # fmt: skip
_FIELDLAB_KEYS = (
    "id", "name", "aliases", "place", "province", "region", "themes", "summary", "website",
    "hub", "source", "sources", "as_of", "status", "status_date", "lead",
)  # fmt: skip
_SOURCE_KEYS = ("publisher", "site", "title", "date", "url", "note")
_FIGURE_KEYS = ("date", "value", "text", "source", "sources")
_PERSON_KEYS = ("name", "role")
STATUSES = ("active", "stopped")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?\Z")
_SECTIONS = ("entries", "smalltalk", "synonyms", "hubs", "fieldlabs", "places")


@dataclass
class _Loaded:
    """What the files of one directory hold before cross-file checks."""

    # Entries with the line of each `related` item: nodes are not kept, so each file's YAML
    # tree is freed as soon as the file is read (it is most of the memory a load needs).
    entries: list[tuple[Entry, tuple[int, ...]]] = field(default_factory=list)
    synonyms: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    hubs: list[Hub] = field(default_factory=list)
    fieldlabs: list[tuple[Fieldlab, int | None]] = field(default_factory=list)
    places: Places | None = None


def _read_entry(
    check: _Checker, node: yaml.Node, kind: str
) -> tuple[Entry, dict[str, yaml.Node]] | None:
    fields = check.mapping(node, "entry", _ENTRY_KEYS)
    if fields is None:
        return None
    for required in ("id", "questions", "answer"):
        if required not in fields:
            check.problem(node, f"entry is missing '{required}'")
    if "id" not in fields:
        return None
    entry_id = check.ident(fields["id"], "id")
    if entry_id is None:
        return None
    sources = _with_legacy_date(check, fields, check.sources(fields, f"'{entry_id}'"))
    as_of = check.date(fields["as_of"], "as_of") if "as_of" in fields else None
    if kind == "faq" and "source" not in fields and "sources" not in fields:
        check.problem(node, f"entry '{entry_id}' has no 'source': every fact needs one")
    reported = len(check.problems)
    questions = (
        check.per_language(fields["questions"], f"questions of '{entry_id}'", check.texts)
        if "questions" in fields
        else {}
    )
    questions_ok = len(check.problems) == reported
    answer = (
        check.per_language(
            fields["answer"], f"answer of '{entry_id}'", lambda n, w: check.text(n, w)
        )
        if "answer" in fields
        else {}
    )
    if "questions" in fields and not questions and questions_ok:
        check.problem(fields["questions"], f"entry '{entry_id}' has no questions")
    if "answer" in fields and isinstance(fields["answer"], yaml.MappingNode):
        # Languages present but empty were reported as empty already; only absent ones here.
        given = {k.value for k, _ in fields["answer"].value if isinstance(k, yaml.ScalarNode)}
        if "nl" not in given:
            check.problem(fields["answer"], f"entry '{entry_id}' needs a Dutch (nl) answer")
        for lang in questions:
            if lang not in given:
                check.problem(
                    fields["answer"],
                    f"entry '{entry_id}' has {lang} questions but no {lang} answer",
                )
    entry = Entry(
        id=entry_id,
        questions=MappingProxyType(questions),
        answer=MappingProxyType(answer),
        tags=check.texts(fields["tags"], "tags") if "tags" in fields else (),
        source=sources_text(sources) or None,
        as_of=as_of,
        related=check.texts(fields["related"], "related") if "related" in fields else (),
        kind=kind,
        origin=check.at(node),
        sources=sources,
        figures=check.figures(fields["figures"], f"'{entry_id}'") if "figures" in fields else (),
        review_by=check.date(fields["review_by"], "review_by") if "review_by" in fields else None,
    )
    return entry, fields


def _summary(check: _Checker, fields: dict[str, yaml.Node], name: str, node: yaml.Node) -> Any:
    if "summary" not in fields:
        check.problem(node, f"{name} is missing 'summary'")
        return {}
    summary = check.per_language(fields["summary"], f"summary of '{name}'", check.text)
    if summary and "nl" not in summary:
        check.problem(fields["summary"], f"summary of '{name}' needs Dutch (nl)")
    return MappingProxyType(summary)


def _opt_text(check: _Checker, fields: dict[str, yaml.Node], key: str) -> str | None:
    return check.text(fields[key], key, required=False) if key in fields else None


def _opt_texts(check: _Checker, fields: dict[str, yaml.Node], key: str) -> tuple[str, ...]:
    return check.texts(fields[key], key) if key in fields else ()


def _one_or_more(check: _Checker, fields: dict[str, yaml.Node], key: str) -> tuple[str, ...]:
    """A field that holds one name or a list of names (a Fieldlab with several sites)."""
    if key not in fields:
        return ()
    if isinstance(fields[key], yaml.SequenceNode):
        return check.texts(fields[key], key)
    value = check.text(fields[key], key, required=False)
    return (value,) if value else ()


def _with_legacy_date(
    check: _Checker, fields: dict[str, yaml.Node], sources: tuple[Source, ...]
) -> tuple[Source, ...]:
    """The old form: one plain `source:` string with the date of the figure in `as_of`.
    (`as_of` itself is checked, and any problem reported, where the item reads it.)"""
    if "as_of" not in fields or not sources or not all(s.plain and not s.date for s in sources):
        return sources
    quiet = _Checker(check.shown, [])
    as_of = quiet.date(fields["as_of"], "as_of")
    if as_of is None:
        return sources
    return (replace(sources[0], date=PartialDate.of(as_of)), *sources[1:])


def _status(
    check: _Checker, fields: dict[str, yaml.Node], item_id: str
) -> tuple[str | None, PartialDate | None]:
    status = _opt_text(check, fields, "status")
    if status is not None and status not in STATUSES:
        check.problem(fields["status"], f"status of '{item_id}' must be active or stopped")
        status = None
    date = (
        check.partial_date(fields["status_date"], f"status_date of '{item_id}'")
        if "status_date" in fields
        else None
    )
    return status, date


def _read_hub(check: _Checker, node: yaml.Node) -> Hub | None:
    fields = check.mapping(node, "hub", _HUB_KEYS)
    if fields is None:
        return None
    if "id" not in fields or not ("source" in fields or "sources" in fields):
        check.problem(node, "hub needs at least 'id', 'summary' and 'source'")
        return None
    hub_id = check.ident(fields["id"], "id")
    sources = _with_legacy_date(check, fields, check.sources(fields, f"'{hub_id}'"))
    if hub_id is None or not sources:
        return None
    status, status_date = _status(check, fields, hub_id)
    people: list[Person] = []
    for item in check.sequence(fields["people"], "people") or [] if "people" in fields else []:
        person = check.mapping(item, f"person of '{hub_id}'", _PERSON_KEYS)
        if person is None or "name" not in person:
            check.problem(item, f"a person of '{hub_id}' needs a 'name'")
            continue
        name = check.text(person["name"], "name")
        role = (
            check.per_language(person["role"], f"role of {name}", check.text)
            if "role" in person
            else {}
        )
        if name:
            people.append(Person(name, MappingProxyType(role)))
    successor = (
        check.per_language(fields["successor"], f"successor of '{hub_id}'", check.text)
        if "successor" in fields
        else {}
    )
    offers = (
        check.per_language(fields["offers"], f"offers of '{hub_id}'", check.text)
        if "offers" in fields
        else {}
    )
    website = _opt_text(check, fields, "website")
    if website and not website.startswith(("https://", "http://")):
        check.problem(fields["website"], f"website of '{hub_id}' must start with https://")
    return Hub(
        id=hub_id,
        source=sources_text(sources),
        sources=sources,
        status=status,
        status_date=status_date,
        successor=MappingProxyType(successor),
        people=tuple(people),
        summary=_summary(check, fields, hub_id, node),
        name=_opt_text(check, fields, "name"),
        aliases=_opt_texts(check, fields, "aliases"),
        region=_opt_text(check, fields, "region"),
        provinces=_opt_texts(check, fields, "provinces"),
        provinces_unconfirmed=_opt_texts(check, fields, "provinces_unconfirmed"),
        lead=_opt_texts(check, fields, "lead"),
        offers=MappingProxyType(offers),
        website=website,
        as_of=check.date(fields["as_of"], "as_of") if "as_of" in fields else None,
        origin=check.at(node),
    )


def _read_fieldlab(check: _Checker, node: yaml.Node) -> tuple[Fieldlab, yaml.Node | None] | None:
    fields = check.mapping(node, "fieldlab", _FIELDLAB_KEYS)
    if fields is None:
        return None
    missing = [k for k in ("id", "name") if k not in fields]
    if "source" not in fields and "sources" not in fields:
        missing.append("source")
    if missing:
        check.problem(node, f"fieldlab is missing {', '.join(repr(m) for m in missing)}")
        return None
    lab_id = check.ident(fields["id"], "id")
    name = check.text(fields["name"], "name")
    sources = _with_legacy_date(check, fields, check.sources(fields, f"'{lab_id}'"))
    if lab_id is None or name is None or not sources:
        return None
    status, status_date = _status(check, fields, lab_id)
    themes = _opt_texts(check, fields, "themes")
    for theme in themes:
        if theme not in THEMES:
            check.problem(
                fields["themes"],
                f"theme '{theme}' of '{lab_id}' is not one of: {', '.join(THEMES)}",
            )
    website = _opt_text(check, fields, "website")
    if website and not website.startswith(("https://", "http://")):
        check.problem(fields["website"], f"website of '{lab_id}' must start with https://")
    lab = Fieldlab(
        id=lab_id,
        name=name,
        source=sources_text(sources),
        sources=sources,
        status=status,
        status_date=status_date,
        lead=_opt_texts(check, fields, "lead"),
        summary=_summary(check, fields, lab_id, node),
        aliases=_opt_texts(check, fields, "aliases"),
        places=_one_or_more(check, fields, "place"),
        provinces=_one_or_more(check, fields, "province"),
        region=_opt_text(check, fields, "region"),
        themes=tuple(t for t in themes if t in THEMES),
        website=website,
        hub=_opt_text(check, fields, "hub"),
        as_of=check.date(fields["as_of"], "as_of") if "as_of" in fields else None,
        origin=check.at(node),
    )
    return lab, fields.get("hub")


def _read_synonyms(
    check: _Checker, node: yaml.Node, into: dict[str, list[tuple[str, ...]]]
) -> None:
    fields = check.mapping(node, "synonyms", LANGS)
    for lang, groups_node in (fields or {}).items():
        for group_node in check.sequence(groups_node, f"synonyms ({lang})") or []:
            words = check.texts(group_node, f"synonym group ({lang})")
            if len(words) < 2:
                check.problem(group_node, "a synonym group needs at least two words")
                continue
            into.setdefault(lang, []).append(tuple(fold(w).strip() for w in words))


def _read_places(check: _Checker, node: yaml.Node) -> Places | None:
    fields = check.mapping(node, "places", ("source", "provinces", "aliases"))
    if fields is None:
        return None
    if "source" not in fields:
        check.problem(node, "places needs a 'source'")
    provinces: dict[str, tuple[str, ...]] = {}
    if "provinces" in fields:
        for province, places_node in (
            check.mapping(fields["provinces"], "provinces") or {}
        ).items():
            provinces[province] = check.texts(places_node, f"places of {province}")
    aliases: dict[str, str] = {}
    if "aliases" in fields:
        for alias, target_node in (check.mapping(fields["aliases"], "aliases") or {}).items():
            target = check.text(target_node, f"alias {alias}")
            if target:
                aliases[alias] = target
    return Places(
        source=(check.text(fields["source"], "source") or "") if "source" in fields else "",
        provinces=MappingProxyType(provinces),
        aliases=MappingProxyType(aliases),
    )


def _read_file(
    path: Path, shown: str, loaded: _Loaded, problems: list[Problem], warnings: list[Problem]
) -> None:
    text = _read_text(path, shown, problems)
    if text is None:
        return
    root = _compose(text, shown, problems)
    if root is None:
        return  # an empty file holds nothing, which is fine
    check = _Checker(shown, problems, warnings)
    if not check.tagged_ok(root):
        return
    sections = check.mapping(root, "the file", _SECTIONS)
    if sections is None:
        return
    for name, node in sections.items():
        if name in ("entries", "smalltalk"):
            kind = "faq" if name == "entries" else "smalltalk"
            for item in check.sequence(node, name) or []:
                read = _read_entry(check, item, kind)
                if read is not None:
                    lines = tuple(_line(n) for n in _children(read[1].get("related")))
                    loaded.entries.append((read[0], lines))
        elif name == "synonyms":
            _read_synonyms(check, node, loaded.synonyms)
        elif name == "hubs":
            for item in check.sequence(node, name) or []:
                hub = _read_hub(check, item)
                if hub is not None:
                    loaded.hubs.append(hub)
        elif name == "fieldlabs":
            for item in check.sequence(node, name) or []:
                lab = _read_fieldlab(check, item)
                if lab is not None:
                    hub_line = _line(lab[1]) if lab[1] is not None else None
                    loaded.fieldlabs.append((lab[0], hub_line))
        elif name == "places":
            if loaded.places is not None:
                check.problem(node, "places is defined in more than one file")
            loaded.places = _read_places(check, node)


# --------------------------------------------------------------------------------------------
# Checks across files


def _where(origin: str) -> tuple[str, int]:
    path, _, line = origin.rpartition(":")
    return path, int(line)


def _cross_checks(loaded: _Loaded, problems: list[Problem], ids: dict[str, str]) -> None:
    for entry, related_lines in loaded.entries:
        for rel, rel_line in zip(entry.related, related_lines, strict=False):
            if rel not in ids:
                message = f"'{entry.id}' is related to unknown id '{rel}'"
                problems.append(Problem(_shown_of(entry), rel_line, message))
    seen: dict[str, tuple[str, str]] = {}
    keyed: dict[tuple[str, ...], tuple[str, str]] = {}
    for entry, _lines in loaded.entries:
        for phrasings in entry.questions.values():
            for phrasing in phrasings:
                plain = " ".join(fold(phrasing).split()).strip(" ?!.")
                owner = seen.get(plain)
                path, line = _where(entry.origin)
                if owner and owner[0] != entry.id:
                    problems.append(
                        Problem(
                            path,
                            line,
                            f"question '{phrasing}' of '{entry.id}' is also a "
                            f"question of '{owner[0]}' ({owner[1]})",
                        )
                    )
                    continue
                seen.setdefault(plain, (entry.id, entry.origin))
                key = question_key(phrasing)
                if len(key) <= 1:
                    continue
                other = keyed.get(key)
                if other and other[0] != entry.id:
                    problems.append(
                        Problem(
                            path,
                            line,
                            f"question '{phrasing}' of '{entry.id}' cannot be "
                            f"told apart from a question of '{other[0]}' ({other[1]}): "
                            "they have the same words",
                        )
                    )
                keyed.setdefault(key, (entry.id, entry.origin))


def _children(node: yaml.Node | None) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value


def _shown_of(entry: Entry) -> str:
    return entry.origin.rpartition(":")[0]


def load_knowledge(folder: Path | str, *, today: dt.date | None = None) -> KnowledgeBase:
    """Load every `*.yaml` file in `folder`; raise KnowledgeError listing all problems.

    Warnings (a source without a date, an entry past its `review_by`) do not stop the load;
    they are in `KnowledgeBase.warnings`."""
    directory = Path(folder)
    problems: list[Problem] = []
    if not directory.is_dir():
        raise KnowledgeError([Problem(str(directory), 0, "knowledge folder not found")])
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
    files = [p for p in files if not p.name.startswith((".", "~")) and p.is_file()]
    if not files:
        raise KnowledgeError([Problem(str(directory), 0, "no .yaml files in this folder")])
    loaded = _Loaded()
    warnings: list[Problem] = []
    for file in files:
        _read_file(file, str(file), loaded, problems, warnings)

    ids: dict[str, str] = {}
    for entry, _lines in loaded.entries:
        _check_unique(entry.id, entry.origin, ids, problems)
    hub_ids: set[str] = set()
    for hub in loaded.hubs:
        _check_unique(hub.id, hub.origin, ids, problems)
        hub_ids.add(hub.id)
    for lab, hub_line in loaded.fieldlabs:
        _check_unique(lab.id, lab.origin, ids, problems)
        if lab.hub is not None and lab.hub not in hub_ids and hub_line is not None:
            path, _ = _where(lab.origin)
            problems.append(Problem(path, hub_line, f"'{lab.id}' names unknown hub '{lab.hub}'"))
    derived = _derived(loaded)
    for entry in derived:
        if entry.id in ids and ids[entry.id] != entry.origin:
            continue
        ids.setdefault(entry.id, entry.origin)
    _cross_checks(loaded, problems, ids)
    if not problems and not any(e.kind == "faq" for e, _ in loaded.entries) and not derived:
        # An emptied file must not replace working knowledge with nothing.
        problems.append(Problem(str(directory), 0, "the knowledge holds no entries"))
    if problems:
        raise KnowledgeError(problems)
    entries = tuple(e for e, _ in loaded.entries) + tuple(derived)
    return KnowledgeBase(
        entries=entries,
        synonyms=MappingProxyType({k: tuple(v) for k, v in loaded.synonyms.items()}),
        hubs=tuple(loaded.hubs),
        fieldlabs=tuple(f for f, _ in loaded.fieldlabs),
        places=loaded.places or Places(),
        files=tuple(str(f) for f in files),
        warnings=tuple(str(w) for w in sorted(warnings + _overdue(entries, today))),
    )


def _overdue(entries: Iterable[Entry], today: dt.date | None) -> list[Problem]:
    today = today or dt.date.today()
    out = []
    for entry in entries:
        if entry.review_by is not None and entry.review_by < today:
            path, line = _where(entry.origin)
            message = f"'{entry.id}' was due for review on {entry.review_by.isoformat()}"
            out.append(Problem(path, line, message))
    return out


def _check_unique(item_id: str, origin: str, ids: dict[str, str], problems: list[Problem]) -> None:
    if item_id in ids:
        path, line = _where(origin)
        problems.append(Problem(path, line, f"id '{item_id}' is already used at {ids[item_id]}"))
    else:
        ids[item_id] = origin


def _derived(loaded: _Loaded) -> list[Entry]:
    """Question entries derived from directory records, so staff add a record, not phrasings."""
    return derive_entries(loaded.hubs, [f for f, _ in loaded.fieldlabs])
