"""YAML nodes read safely and checked by hand, each problem with its file and line.

Files are composed into nodes with PyYAML's safe loader; nothing is constructed or executed.
`Checker` turns the nodes of one file into plain values (texts, dates, sources, figures),
collecting problems and warnings as `path:line: message`. bot/knowledge.py builds the
knowledge from them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.model import Figure, PartialDate, Source
from bot.slips import Slip, diagnose
from bot.text import LANGS
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

    A problem written for staff (a YAML slip) keeps its text key, so each reader gets it in
    their language, with the offending line and a caret under the column."""

    path: str
    line: int
    message: str
    key: str = field(default="", compare=False)
    values: tuple[tuple[str, str], ...] = field(default=(), compare=False)
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
        *,
        excerpt: str | None = None,
        column: int = 0,
        **values: object,
    ) -> Problem:
        """A problem worded for staff, from the text `key` of bot/texts.py."""
        pairs = tuple((k, str(v)) for k, v in values.items())
        message = say(key, "nl", line=line, **dict(pairs))
        return cls(path, line, message, key, pairs, excerpt, column)

    def render(self, lang: str = "nl") -> str:
        """Every line starts with `path:line:`, so an editor can jump to each of them."""
        head = f"{self.path}:{self.line}: "
        message = (
            say(self.key, lang, line=self.line, **dict(self.values))
            if self.key
            else (self.message)
        )
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
        problems.append(slip_problem(shown, diagnose(text, exc, frozenset(keys))))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(shown, 1, f"YAML error: {exc}"))
        return None
    except RecursionError:
        problems.append(Problem(shown, 1, "nesting is too deep"))
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

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.shown, line_of(node), message))

    def warning(self, node: yaml.Node, message: str) -> None:
        self.warnings.append(Problem(self.shown, line_of(node), message))

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
        publisher = opt_text(self, fields, "publisher") or opt_text(self, fields, "site")
        title = opt_text(self, fields, "title")
        url = opt_text(self, fields, "url") or ""
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
            note=opt_text(self, fields, "note") or "",
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
        return f"{self.shown}:{line_of(node)}"

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


_SOURCE_KEYS = ("publisher", "site", "title", "date", "url", "note")
_FIGURE_KEYS = ("date", "value", "text", "source", "sources")
PERSON_KEYS = ("name", "role")
STATUSES = ("active", "stopped")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?\Z")


def opt_text(check: Checker, fields: dict[str, yaml.Node], key: str) -> str | None:
    return check.text(fields[key], key, required=False) if key in fields else None


def opt_texts(check: Checker, fields: dict[str, yaml.Node], key: str) -> tuple[str, ...]:
    return check.texts(fields[key], key) if key in fields else ()
