"""YAML nodes read safely and checked by hand, each problem with its file and line.

Files are composed into nodes with PyYAML's safe loader; nothing is constructed or executed.
`Checker` turns the nodes of one file into plain values (texts, dates, sources, figures),
collecting problems and warnings as `path:line: message`. bot/knowledge.py builds the
knowledge from them. Each problem names a text of bot/texts.py, and the part of the file it is
about as a `what` Phrase ("the answer of 'results.jobs' (nl)"), so it is worded in Dutch or
English when it is shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.model import Figure, PartialDate, Source
from bot.slips import Slip, diagnose
from bot.text import LANGS
from bot.texts import Phrase
from bot.texts import text as say

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
    """One thing wrong in a knowledge file, printed as `path:line: message`.

    A problem keeps its text key of bot/texts.py and the values for it, so each reader gets
    it in their language (`render`); `message` is the Dutch wording. A YAML slip also shows
    the offending line with a caret under the column."""

    path: str
    line: int
    message: str
    key: str = field(default="", compare=False)
    values: tuple[tuple[str, str | Phrase], ...] = field(default=(), compare=False)
    excerpt: str | None = field(default=None, compare=False)
    column: int = field(default=0, compare=False)
    # Problems in other files that only followed from this file failing, left out.
    left_out: int = field(default=0, compare=False)
    # For "unknown id" problems: the id, so they can be left out when a broken file held it.
    missing: str = field(default="", compare=False)

    @classmethod
    def plain(
        cls,
        path: str,
        line: int,
        key: str,
        /,
        *,
        excerpt: str | None = None,
        column: int = 0,
        missing: str = "",
        **values: str | int | Phrase,
    ) -> Problem:
        """A problem worded for staff, from the text `key` of bot/texts.py; a value may be a
        Phrase (what the problem is about), worded in the reader's language as well."""
        text = Phrase.of(key, **values)
        return cls.of(path, line, text, excerpt=excerpt, column=column, missing=missing)

    @classmethod
    def of(
        cls,
        path: str,
        line: int,
        text: Phrase,
        *,
        excerpt: str | None = None,
        column: int = 0,
        missing: str = "",
    ) -> Problem:
        """A problem worded by `text`; `message` holds its Dutch wording."""
        message = text.render("nl", line=line)
        return cls(path, line, message, text.key, text.values, excerpt, column, missing=missing)

    @property
    def text(self) -> Phrase:
        """The text key and values of the message, to word it in any language."""
        return Phrase(self.key, self.values)

    def render(self, lang: str = "nl") -> str:
        """Every line starts with `path:line:`, so an editor can jump to each of them."""
        head = f"{self.path}:{self.line}: "
        message = self.text.render(lang, line=self.line) if self.key else self.message
        lines = [head + message]
        if self.excerpt is not None:
            shown, column = _window(self.excerpt, self.column)
            lines += [head + shown, head + " " * column + "^"]
        if self.left_out:
            key = "yaml_fix_first_one" if self.left_out == 1 else "yaml_fix_first"
            lines.append(head + say(key, lang, count=self.left_out))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render("nl")


def _window(line: str, column: int, width: int = 100) -> tuple[str, int]:
    """The offending line as shown: tabs made visible (one column each), long lines cut."""
    line = line.rstrip("\r\n").replace("\t", "→")
    column = min(max(column, 0), len(line))
    if len(line) <= width:
        return line, column
    start = max(0, min(column - width // 2, len(line) - width))
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(line) else ""
    return prefix + line[start : start + width] + suffix, column - start + len(prefix)


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


def read_text(path: Path, shown: str, problems: list[Problem]) -> str | None:
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve()):
            problems.append(Problem.plain(shown, 1, "check_symlink_outside"))
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(
                Problem.plain(
                    shown, 1, "check_file_too_big", size=f"{size:,}", limit=f"{MAX_FILE_BYTES:,}"
                )
            )
            return None
        data = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as exc:
        detail = str(exc.strerror or exc)
        problems.append(Problem.plain(shown, 1, "check_file_unreadable", detail=detail))
        return None
    if len(data) > MAX_FILE_BYTES:
        limit = f"{MAX_FILE_BYTES:,}"
        problems.append(Problem.plain(shown, 1, "check_file_grew_too_big", limit=limit))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = f"{data[exc.start]:02x}"
        problems.append(Problem.plain(shown, line, "check_not_utf8", byte=byte))
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problems.append(Problem.plain(shown, line, "check_binary"))
        return None
    return text


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_IMPLICIT = _BaseLoader.yaml_implicit_resolvers
# The first characters with which a plain scalar may be something else than text (a number,
# a date, true/false, null); any other start is text whatever follows.
_TYPED_STARTS = frozenset(_IMPLICIT)
_ANY_START = None in _IMPLICIT  # a resolver for every start: no shortcut then
_MAX_SHORT = 12


class _FastLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader, with the type of a plain scalar found without its regular expressions
    when its first character already tells: text is most of a knowledge file, and the
    composer asks this once for every scalar (170,000 of them at 10,000 entries)."""

    _short: dict[tuple[str, bool, bool], Any] = {}  # noqa: RUF012 - the same for every load

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and not self.yaml_path_resolvers:
            if implicit[0] and value and not _ANY_START and value[0] not in _TYPED_STARTS:
                return self.DEFAULT_SCALAR_TAG
            if len(value) <= _MAX_SHORT:  # keys, languages, years: the same few again
                key = (value, bool(implicit[0]), bool(implicit[1]))
                found = self._short.get(key)
                if found is None:
                    found = super().resolve(kind, value, implicit)
                    if len(self._short) < 4096:
                        self._short[key] = found
                return found
        return super().resolve(kind, value, implicit)


def compose(
    text: str, shown: str, problems: list[Problem], *, keys: Iterable[str] = ()
) -> yaml.Node | None:
    """Parse to YAML nodes (libyaml when present); nothing is constructed or executed.

    A syntax error is reported at the line of its likely cause (`keys`: the key names the
    schema knows, to recognise a key without its colon), in words staff can act on."""
    try:
        # libyaml refuses deep nesting itself; the pure-Python composer recurses, so without
        # libyaml the flat event stream is checked for depth first.
        depth = 0
        events = () if _BaseLoader is not yaml.SafeLoader else yaml.parse(text, yaml.SafeLoader)
        for event in events:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 1
                    problems.append(Problem.plain(shown, line, "check_too_deep", levels=MAX_DEPTH))
                    return None
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        loader = _FastLoader(text)
        try:
            node: yaml.Node | None = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        problems.append(slip_problem(shown, diagnose(text, exc, frozenset(keys))))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem.plain(shown, 1, "check_yaml_error", detail=str(exc)))
        return None
    except RecursionError:
        problems.append(Problem.plain(shown, 1, "check_too_deep", levels=MAX_DEPTH))
        return None
    return node


def slip_problem(shown: str, slip: Slip) -> Problem:
    """A diagnosed YAML slip as a problem with its line and a caret."""
    return Problem.plain(
        shown,
        slip.line,
        slip.key,
        excerpt=slip.excerpt,
        column=slip.column,
        **dict(slip.values),
    )


def line_of(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


# --------------------------------------------------------------------------------------------
# Schema checking on YAML nodes


_STR_TAG = "tag:yaml.org,2002:str"
# Only plain tags reach it (checked first), so this constructor never builds objects.
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class Checker:
    """Turns YAML nodes of one file into plain values, collecting problems with lines."""

    def __init__(
        self,
        shown: str,
        problems: list[Problem],
        warnings: list[Problem] | None = None,
        *,
        text: str = "",
    ) -> None:
        self.shown = shown
        self.lines = text.splitlines()  # to show the offending line under a slip
        self.problems = problems
        self.warnings = warnings if warnings is not None else []
        self.budget = _Budget()
        # Part of the file could not be read (an item lost its dash): ids may be missing.
        self.broken = False

    def problem(self, node: yaml.Node, key: str, /, **values: str | int | Phrase) -> None:
        """A problem at `node`, worded by the text `key` of bot/texts.py."""
        self.problems.append(Problem.of(self.shown, line_of(node), Phrase.of(key, **values)))

    def warning(self, node: yaml.Node, key: str, /, **values: str | int | Phrase) -> None:
        self.warnings.append(Problem.of(self.shown, line_of(node), Phrase.of(key, **values)))

    def partial_date(self, node: yaml.Node, what: Phrase) -> PartialDate | None:
        """2019, 2019-03 or 2019-03-18: a date as precise as the source gives it."""
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            day = self.date(node, what)
            return PartialDate.of(day) if day else None
        raw = node.value if isinstance(node, yaml.ScalarNode) else None
        match = _PARTIAL_DATE.match(str(raw).strip()) if raw is not None else None
        if match is None:
            self.problem(node, "check_partial_date", what=what)
            return None
        year, month = int(match.group(1)), int(match.group(2) or 0)
        if not 1900 <= year <= 2100 or month > 12:
            self.problem(node, "check_date_not_real", what=what, value=str(raw))
            return None
        return PartialDate(year, month)

    def source(self, node: yaml.Node, what: Phrase) -> Source | None:
        """One source: a plain string (shown as it is) or publisher/title/date/url/note."""
        if isinstance(node, yaml.ScalarNode):
            plain = self.text(node, what)
            return Source(plain=plain) if plain else None
        fields = self.mapping(node, what, _SOURCE_KEYS)
        if fields is None:
            return None
        publisher = opt_text(self, fields, "publisher") or opt_text(self, fields, "site")
        title = opt_text(self, fields, "title")
        url = opt_text(self, fields, "url") or ""
        if url and not url.startswith(("https://", "http://")):
            self.problem(fields["url"], "check_url", what=what)
            url = ""
        if not (publisher or title or url):
            self.problem(node, "check_source_empty", what=what)
            return None
        date = (
            self.partial_date(fields["date"], Phrase.of("what_date", what=what))
            if "date" in fields
            else None
        )
        if "date" not in fields:
            self.warning(node, "check_source_undated", what=what)
        return Source(
            publisher=publisher or "",
            title=title or "",
            date=date,
            url=url,
            note=opt_text(self, fields, "note") or "",
        )

    def sources(self, fields: dict[str, yaml.Node], what: Phrase) -> tuple[Source, ...]:
        """`source:` (one) and/or `sources:` (a list), in that order."""
        found: list[Source] = []
        source = Phrase.of("what_source", what=what)
        if "source" in fields:
            one = self.source(fields["source"], source)
            if one is not None:
                found.append(one)
        if "sources" in fields:
            for item in (
                self.sequence(fields["sources"], Phrase.of("what_sources", what=what)) or []
            ):
                one = self.source(item, source)
                if one is not None:
                    found.append(one)
        return tuple(found)

    def figures(self, node: yaml.Node, what: Phrase) -> tuple[Figure, ...]:
        """Dated values of a figure: date, text {nl, en}, optional value and sources."""
        out: list[Figure] = []
        for item in self.sequence(node, Phrase.of("what_figures", what=what)) or []:
            fields = self.mapping(item, Phrase.of("what_figure", what=what), _FIGURE_KEYS)
            if fields is None:
                continue
            if "date" not in fields or "text" not in fields:
                self.problem(item, "check_figure_fields", what=what)
                continue
            date = self.partial_date(fields["date"], Phrase.of("what_figure_date", what=what))
            text_of = Phrase.of("what_figure_text", what=what)
            text = self.per_language(fields["text"], text_of, self.text)
            if "nl" not in text:
                self.problem(fields["text"], "check_figure_dutch", what=what)
            value = None
            if "value" in fields:
                raw = self.scalar(fields["value"])
                if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                    value = float(raw)
                else:
                    self.problem(fields["value"], "check_figure_value", what=what)
            if date is not None and text:
                out.append(Figure(date, MappingProxyType(text), value, self.sources(fields, what)))
        return tuple(sorted(out, key=lambda f: f.date))

    def at(self, node: yaml.Node) -> str:
        return f"{self.shown}:{line_of(node)}"

    def tagged_ok(self, node: yaml.Node, depth: int = 0) -> bool:
        """Refuse tags outside plain YAML, alias bombs and deep nesting, before any use."""
        stack: list[tuple[yaml.Node, int]] = [(node, depth)]
        while stack:
            current, level = stack.pop()
            self.budget.nodes += 1
            if self.budget.nodes > MAX_NODES:
                self.problem(node, "check_too_many_nodes", count=f"{MAX_NODES:,}")
                return False
            if level > MAX_DEPTH:
                self.problem(current, "check_too_deep", levels=MAX_DEPTH)
                return False
            if current.tag == "tag:yaml.org,2002:merge":
                self.problem(current, "check_merge_key")
                return False
            if current.tag not in _PLAIN_TAGS:
                tag = current.tag.replace("tag:yaml.org,2002:", "!!")
                self.problem(current, "check_tag", tag=tag)
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
            self.problem(node, "check_unreadable_value", detail=str(exc))
            return None
        finally:
            _CONSTRUCTOR.constructed_objects.clear()

    def mapping(
        self, node: yaml.Node, what: Phrase, allowed: Iterable[str] | None = None
    ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "check_mapping", what=what)
            return None
        result: dict[str, yaml.Node] = {}
        allowed_set = set(allowed) if allowed is not None else None
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problem(key_node, "check_key_not_text", what=what)
                continue
            if key in result and key == "id":
                # "    id: b" where "  - id: b" was meant: a new item without its dash. The
                # keys after it belong to that item, so they are not reported twice as well.
                at = key_node.start_mark.line
                self.problems.append(
                    Problem.plain(
                        self.shown,
                        at + 1,
                        "yaml_second_id",
                        excerpt=self.lines[at] if at < len(self.lines) else None,
                        column=key_node.start_mark.column,
                        first=line_of(result["id"]),
                    )
                )
                self.broken = True
                break
            if key in result:
                self.problem(key_node, "check_key_twice", what=what, key=key)
                continue
            if allowed_set is not None and key not in allowed_set:
                allowed_keys = ", ".join(sorted(allowed_set))
                self.problem(
                    key_node, "check_key_unknown", what=what, key=key, allowed=allowed_keys
                )
                continue
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node, what: Phrase) -> list[yaml.Node] | None:
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "check_list", what=what)
            return None
        return list(node.value)

    def text(self, node: yaml.Node, what: Phrase, *, required: bool = True) -> str | None:
        value = self.scalar(node) if isinstance(node, yaml.ScalarNode) else ...
        if (
            value is ...
            or isinstance(value, (bool, dt.date))
            or (value is not None and not isinstance(value, (str, int, float)))
        ):
            self.problem(node, "check_text", what=what)
            return None
        text = "" if value is None else str(value).strip()
        if not text and required:
            self.problem(node, "check_empty", what=what)
            return None
        return text or None

    def texts(self, node: yaml.Node, what: Phrase) -> tuple[str, ...]:
        items = self.sequence(node, what)
        if items is None:
            return ()
        out = []
        each = Phrase.of("what_item", what=what)
        for item in items:
            value = self.text(item, each)
            if value is not None:
                out.append(value)
        return tuple(out)

    def date(self, node: yaml.Node, what: Phrase) -> dt.date | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            try:
                value: Any = _CONSTRUCTOR.construct_yaml_timestamp(node)
            except ValueError:
                self.problem(node, "check_date_not_real", what=what, value=str(node.value))
                return None
        else:
            value = self.scalar(node) if isinstance(node, yaml.ScalarNode) else None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problem(node, "check_date", what=what)
        return None

    def ident(self, node: yaml.Node) -> str | None:
        """The `id` of a record: lowercase letters, digits and . _ -."""
        value = self.text(node, field_name("id"))
        if value is not None and not ID_PATTERN.match(value):
            self.problem(node, "check_id", value=value)
            return None
        return value

    def per_language(
        self, node: yaml.Node, what: Phrase, read: Callable[[yaml.Node, Phrase], Any]
    ) -> dict[str, Any]:
        fields = self.mapping(node, what, LANGS)
        if fields is None:
            return {}
        out: dict[str, Any] = {}
        for lang, value_node in fields.items():
            value = read(value_node, Phrase.of("what_lang", what=what, lang=lang))
            if value:
                out[lang] = value
        return out


_SOURCE_KEYS = ("publisher", "site", "title", "date", "url", "note")
_FIGURE_KEYS = ("date", "value", "text", "source", "sources")
PERSON_KEYS = ("name", "role")
STATUSES = ("active", "stopped")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?\Z")


@lru_cache(maxsize=256)
def field_name(name: str) -> Phrase:
    """What a problem is about when it is one field of the file: `as_of`, `tags`, …"""
    return Phrase.of("what_field", name=name)


def field_of(name: str, owner: str) -> Phrase:
    """One field of a record: the `answer` of 'results.jobs'."""
    return Phrase.of("what_of", field=name, owner=owner)


def opt_text(check: Checker, fields: dict[str, yaml.Node], key: str) -> str | None:
    return check.text(fields[key], field_name(key), required=False) if key in fields else None


def opt_texts(check: Checker, fields: dict[str, yaml.Node], key: str) -> tuple[str, ...]:
    return check.texts(fields[key], field_name(key)) if key in fields else ()
