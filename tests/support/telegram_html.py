"""Telegram's HTML subset and limits, checked the way the Bot API checks them."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import Any

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64


class APIError(Exception):
    """A Bot API error response: {"ok": false, "error_code": …, "description": …}."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad_request(description: str) -> APIError:
    return APIError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Telegram's HTML subset


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=]+))?)*)\s*>"
)
_ATTR = re.compile(r"([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>=]+)))?")
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of `text` in Telegram's HTML subset; APIError 400 otherwise."""
    out: list[str] = []
    units = 0
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict[str, Any]] = []
    i = 0

    def fail(what: str) -> APIError:
        offset = len(text[:i].encode("utf-8"))
        return bad_request(f"can't parse entities: {what} at byte offset {offset}")

    while i < len(text):
        ch = text[i]
        if ch == "<":
            tag = _TAG.match(text, i)
            if tag is None:
                raise fail("unsupported start tag or unescaped '<'")
            closing, name, raw_attrs = tag[1] == "/", tag[2].lower(), tag[3] or ""
            if name not in _ENTITY_TYPES:
                raise fail(f'unsupported start tag "{name}"')
            if closing:
                if raw_attrs.strip():
                    raise fail(f'end tag "{name}" has attributes')
                if not stack or stack[-1][0] != name:
                    raise fail(f'unexpected end tag "{name}"')
                open_name, start, attrs = stack.pop()
                if open_name == "code" and stack and stack[-1][0] == "pre" and "class" in attrs:
                    stack[-1][2]["class"] = attrs["class"]  # <pre><code class=…>: one entity
                elif units > start:
                    entities.append(_entity(open_name, start, units - start, attrs, stack))
            else:
                attrs = {
                    m[1].lower(): m[2] if m[2] is not None else (m[3] or m[4] or "")
                    for m in _ATTR.finditer(raw_attrs)
                }
                problem = _check_attrs(name, attrs, stack)
                if problem:
                    raise fail(problem)
                stack.append((name, units, {k: unescape(v) for k, v in attrs.items()}))
            i = tag.end()
        elif ch == "&":
            entity = _ENTITY.match(text, i)
            if entity is None:
                raise fail("unescaped '&' (use &amp;)")
            if entity[1]:
                decoded = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}[entity[1]]
            else:
                code = int(entity[2]) if entity[2] else int(entity[3], 16)
                if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise fail("invalid numeric entity")
                decoded = chr(code)
            out.append(decoded)
            units += utf16_len(decoded)
            i = entity.end()
        elif ch == ">":
            raise fail("unescaped '>' (use &gt;)")
        else:
            out.append(ch)
            units += utf16_len(ch)
            i += 1
    if stack:
        raise bad_request(
            "can't parse entities: can't find end tag corresponding to start tag "
            f'"{stack[-1][0]}"'
        )
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _check_attrs(name: str, attrs: dict[str, str], stack: list[Any]) -> str | None:
    allowed: dict[str, Callable[[str], bool]] = {}
    if name == "a":
        allowed = {"href": lambda v: bool(v.strip())}
        if "href" not in attrs:
            return 'tag "a" must have an href'
    elif name == "span":
        allowed = {"class": lambda v: v == "tg-spoiler"}
        if attrs.get("class") != "tg-spoiler":
            return 'tag "span" must have class "tg-spoiler"'
    elif name == "code" and stack and stack[-1][0] == "pre":
        allowed = {"class": lambda v: v.startswith("language-")}
    elif name == "blockquote":
        allowed = {"expandable": lambda v: True}
    for key, value in attrs.items():
        check = allowed.get(key)
        if check is None or not check(value):
            return f'unsupported attribute "{key}" in tag "{name}"'
    return None


def _entity(
    name: str, offset: int, length: int, attrs: dict[str, str], stack: list[Any]
) -> dict[str, Any]:
    kind = _ENTITY_TYPES[name]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if kind == "text_link":
        entity["url"] = attrs["href"]
    if kind == "pre" and attrs.get("class", "").startswith("language-"):
        entity["language"] = attrs["class"][len("language-") :]
    if kind == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    return entity


def check_text(text: Any, parse_mode: Any, entities: Any = None) -> tuple[str, list[Any]]:
    """A message text as Telegram checks it: parsed, then 1–4096 characters."""
    if not isinstance(text, str):
        raise bad_request("message text is empty")
    if parse_mode in (None, ""):
        plain, found = text, list(entities or [])
    elif str(parse_mode).upper() == "HTML":
        plain, found = parse_html(text)
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r} (this server speaks HTML)")
    if not plain.strip():
        raise bad_request("message text is empty")
    if utf16_len(plain) > MAX_TEXT:
        raise bad_request("message is too long")
    return plain, found


def check_markup(markup: Any) -> dict[str, Any] | None:
    """Validate an inline keyboard like Telegram: button texts, callback data ≤ 64 bytes."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup  # reply keyboards and the like: not used by this bot
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            kinds = [k for k in button if k != "text"]
            if len(kinds) != 1:
                raise bad_request("BUTTON_TYPE_INVALID")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise bad_request("BUTTON_DATA_INVALID")
    return markup
