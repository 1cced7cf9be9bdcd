"""The likely cause of a YAML syntax error, at the line where staff made the slip.

PyYAML reports where it got stuck, which is often a line later than the slip (an unclosed
quote swallows the next line) and in parser words ("did not find expected key"). `diagnose`
looks at the text around that point for the common slips: an unclosed quote or bracket, a
tab, a key without its colon, a list item without its `-`, and an indentation that fits no
line above. Its result names a text key of bot/texts.py; nodes.py turns it into a Problem.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Slip:
    """A diagnosed slip: the line (1-based) and column of the cause, and how to word it."""

    line: int
    column: int
    key: str
    values: tuple[tuple[str, str], ...] = ()
    excerpt: str | None = None


_WORD = re.compile(r"[\"']?[\w.-]+")
_KEY_LINE = re.compile(r"\s*(?:- )?[\w.-]+:(?:\s|$)")


def diagnose(text: str, error: yaml.MarkedYAMLError, keys: Collection[str] = ()) -> Slip:
    """The slip behind `error` in `text`; a plain general message when none fits."""
    lines = text.splitlines()
    problem = error.problem_mark or error.context_mark
    at = problem.line if problem else 0
    column = problem.column if problem else 0
    try:
        found = (
            _tab(lines, error, at, column)
            or _quote(text, lines, error, at)
            or _bracket(text, lines, error)
            or _simple_key(lines, error)
            or _colon_before(lines, error, at, keys)
            or _dash_or_indent(lines, error, at)
        )
    except Exception:  # a diagnosis must never hide the error itself
        found = None
    if found is not None:
        return found
    detail = (error.problem or "invalid YAML").replace("'", "")
    return _slip(lines, at, column, "yaml_other", detail=detail)


def _slip(lines: list[str], at: int, column: int, key: str, **values: object) -> Slip:
    if at >= len(lines):  # the end of the file: show its last line
        at = max(len(lines) - 1, 0)
        column = len(lines[at]) if lines else 0
    excerpt = lines[at] if at < len(lines) else None
    pairs = tuple((k, str(v)) for k, v in values.items())
    return Slip(at + 1, column, key, pairs, excerpt)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _tab(lines: list[str], error: yaml.MarkedYAMLError, at: int, column: int) -> Slip | None:
    if "cannot start any token" not in str(error.problem) or at >= len(lines):
        return None
    line = lines[at]
    tab = line.find("\t")
    if tab < 0:
        return None
    return _slip(lines, at, tab, "yaml_tab")


def _quote(text: str, lines: list[str], error: yaml.MarkedYAMLError, at: int) -> Slip | None:
    context = error.context_mark
    if "quoted scalar" in str(error.context) and context is not None:
        quote = lines[context.line][context.column] if context.line < len(lines) else '"'
        return _slip(lines, context.line, context.column, "yaml_unclosed_quote", quote=quote)
    # A quote left open runs on to the next quote, lines later: the text it swallowed holds
    # a key or a list item, and the parser stops just after it.
    swallowed = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if not isinstance(token, yaml.ScalarToken) or token.style not in ('"', "'"):
                continue
            start, end = token.start_mark, token.end_mark
            if start.line > at:
                break
            raw = text[start.index : end.index].split("\n")[1:]
            structure = any(_KEY_LINE.match(r) or r.lstrip().startswith("-") for r in raw)
            if structure and end.line >= at - 1:
                swallowed = token
    except yaml.MarkedYAMLError:
        pass
    if swallowed is not None:
        start = swallowed.start_mark
        quote = swallowed.style or '"'
        return _slip(lines, start.line, start.column, "yaml_unclosed_quote", quote=quote)
    # On one line: an odd number of quotes where the parser stopped (or just before).
    for index in (at, at - 1):
        if not 0 <= index < len(lines):
            continue
        line = lines[index].split(" #")[0]
        doubles = [m.start() for m in re.finditer(r'(?<!\\)"', line)]
        if len(doubles) % 2:
            return _slip(lines, index, doubles[0], "yaml_unclosed_quote", quote='"')
        opening = re.search(r"(?:^|[:\[,-])\s*(')", line)
        if opening and line.replace("''", "").count("'") % 2:
            return _slip(lines, index, opening.start(1), "yaml_unclosed_quote", quote="'")
    return None


_CLOSE = {"[": "]", "{": "}"}


def _bracket(text: str, lines: list[str], error: yaml.MarkedYAMLError) -> Slip | None:
    """`[` or `{` never closed: the innermost one open where the parser stopped."""
    if "flow" not in str(error.context):
        return None
    end = error.problem_mark.index if error.problem_mark else len(text)
    stack: list[tuple[str, int, int]] = []
    quote = ""
    line = column = 0
    previous = "\n"
    for char in text[:end]:
        if quote:
            if char == quote and previous != "\\":
                quote = ""
        elif char in "\"'" and previous in " \t\n[{,:":
            quote = char
        elif char == "#" and previous in " \t\n":
            quote = "\n"  # a comment runs to the end of the line
        elif char in _CLOSE:
            stack.append((char, line, column))
        elif char in "]}" and stack:
            stack.pop()
        if char == "\n":
            line, column = line + 1, 0
            if quote == "\n":
                quote = ""
        else:
            column += 1
        previous = char
    if not stack:
        return None
    opened, at, col = stack[-1]
    return _slip(lines, at, col, "yaml_unclosed_bracket", open=opened, close=_CLOSE[opened])


def _dash_sibling(lines: list[str], at: int) -> int | None:
    """The list item just above at the same indentation, when line `at` has no `-`."""
    if at >= len(lines) or lines[at].lstrip().startswith("-"):
        return None
    indent = _indent(lines[at])
    for index in range(at - 1, -1, -1):
        if not _content(lines[index]):
            continue
        if _indent(lines[index]) < indent:
            return None
        if _indent(lines[index]) == indent:
            return index if lines[index].lstrip().startswith("- ") else None
    return None


def _simple_key(lines: list[str], error: yaml.MarkedYAMLError) -> Slip | None:
    """ "could not find expected ':'": a key without its colon, or an item without `-`."""
    context = error.context_mark
    if "simple key" not in str(error.context) or context is None:
        return None
    at = context.line
    sibling = _dash_sibling(lines, at)
    if sibling is not None:
        return _slip(lines, at, _indent(lines[at]), "yaml_missing_dash", sibling=sibling + 1)
    word = _WORD.match(lines[at], context.column) if at < len(lines) else None
    if word is None:
        return None
    return _slip(lines, at, word.end(), "yaml_missing_colon", name=word.group().strip("\"'"))


def _colon_before(
    lines: list[str], error: yaml.MarkedYAMLError, at: int, keys: Collection[str]
) -> Slip | None:
    """ "mapping values are not allowed": the line above is a known key without its colon."""
    if "mapping values are not allowed" not in str(error.problem):
        return None
    index = at - 1
    while index >= 0 and not _content(lines[index]):
        index -= 1
    if index < 0 or ":" in lines[index]:
        return None
    line = lines[index]
    start = _indent(line) + (2 if line.lstrip().startswith("- ") else 0)
    word = _WORD.match(line, start)
    if word is None or word.group() not in keys:
        return None
    return _slip(lines, index, word.end(), "yaml_missing_colon", name=word.group())


def _dash_or_indent(lines: list[str], error: yaml.MarkedYAMLError, at: int) -> Slip | None:
    """A line that fits no level above: a list item without `-`, or a wrong indentation."""
    if error.problem_mark is None or at >= len(lines) or not _content(lines[at]):
        return None
    sibling = _dash_sibling(lines, at)
    if sibling is not None:
        return _slip(lines, at, _indent(lines[at]), "yaml_missing_dash", sibling=sibling + 1)
    line = lines[at]
    indent = _indent(line)
    dash = line.lstrip().startswith("- ")
    # The levels open above this line: (indent, line, is a list item), innermost last.
    stack: list[tuple[int, int, bool]] = []
    for index in range(at):
        if not _content(lines[index]):
            continue
        level = _indent(lines[index])
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, index, lines[index].lstrip().startswith("- ")))
    levels: dict[int, int] = {}
    for level, index, is_item in stack:
        if is_item == dash:
            levels[level] = index
        if is_item and not dash:
            levels.setdefault(level + 2, index)  # a key beside the `- ` of an item
    if indent in levels or not levels:
        return None
    expected = min(levels, key=lambda level: (abs(level - indent), level))
    return _slip(
        lines,
        at,
        indent,
        "yaml_indent",
        found=indent,
        expected=expected,
        sibling=levels[expected] + 1,
    )
