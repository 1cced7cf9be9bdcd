"""Callback data: short, versionless, validated. No button can change anything but the tapping
user's own language, vote or view, except the staff buttons under /unanswered, which only an
admin's tap in a private chat carries out.

`kind:lang:…` — each kind is one feature's prefix, and that feature registers its own
`CallbackQueryHandler(pattern=pattern(kind))`. Data at most 64 bytes (Telegram's limit).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from telegram.constants import InlineKeyboardButtonLimit

from bot.model import KnowledgeBase
from bot.texts import LANGS

MAX_CALLBACK_BYTES: Final = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)


class Kind(StrEnum):
    """What a button does."""

    ANSWER = "a"  # send an entry's answer
    CARD = "c"  # a Fieldlab or Hub card: the button of an earlier version, still understood
    EXAMPLE = "q"  # ask one of the example questions of /start
    VOTE = "v"  # 👍/👎 under an answer
    BROWSE = "d"  # a directory screen, edited in place
    HUBS = "h"  # the Hubs as a new message (under a fallback)
    LANGUAGE = "l"  # set the language
    THANKS = "x"  # the thank-you button left after a vote: does nothing
    UNANSWERED = "u"  # staff: add an /unanswered group to an entry, or ignore it


class Screen(StrEnum):
    """The screens of the directory browser."""

    MENU = "m"  # the /fieldlabs menu
    PROVINCES = "P"  # province picker, by page
    THEMES = "T"  # theme picker, by page
    HUBS = "H"  # the Hubs, by page
    IN_PROVINCE = "p"  # Fieldlabs in a province ("-": none given), by page
    ON_THEME = "t"  # Fieldlabs on a theme ("-": none given), by page
    OF_HUB = "h"  # the Fieldlabs of a Hub, by page
    FIELDLAB = "f"  # a Fieldlab card
    HUB = "b"  # a Hub card


_ID: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,43}\Z")
_REF: Final = re.compile(r"(?:[a-z0-9][a-z0-9._-]{0,43}|#[0-9a-f]{20})\Z")
NUMBER: Final = re.compile(r"(?:0|[1-9][0-9]{0,2})\Z")  # no leading zeros: one spelling each
TICKET: Final = re.compile(r"[A-Za-z0-9_-]{1,16}\Z")
GROUP: Final = re.compile(r"[0-9a-f]{10}\Z")  # an /unanswered group (bot.edits.suggestion_id)
_SHORT: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,23}\Z")
_VIEW_REF: Final = re.compile(r"(?:[a-z0-9][a-z0-9._-]{0,23}|#[0-9a-f]{12}|-)\Z")

# What each screen names in callback data. A button carries the screen to show and,
# optionally, the screen its back button leads to.
_VIEW_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    Screen.MENU: (),
    Screen.PROVINCES: ("page",),
    Screen.THEMES: ("page",),
    Screen.HUBS: ("page",),
    Screen.IN_PROVINCE: ("ref", "page"),
    Screen.ON_THEME: ("ref", "page"),
    Screen.OF_HUB: ("ref", "page"),
    Screen.FIELDLAB: ("ref",),
    Screen.HUB: ("ref",),
}


def pattern(kind: Kind) -> str:
    """The `CallbackQueryHandler` pattern of one kind of button."""
    return rf"^{kind}:"


@dataclass(frozen=True)
class View:
    """One screen of the directory browser."""

    kind: str  # a Screen
    ref: str = ""  # a view_ref() of a record id, province or theme
    page: int = 0

    def encode(self) -> str:
        parts = [str(self.kind)]
        for name in _VIEW_FIELDS[self.kind]:
            parts.append(self.ref if name == "ref" else str(self.page))
        return ":".join(parts)


def view_ref(value: str) -> str:
    """A record id, province or theme as a button carries it: itself when short and plain,
    else a hash that the browser maps back against the current knowledge."""
    if _SHORT.match(value):
        return value
    return "#" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


def _decode_views(args: Sequence[str]) -> tuple[View, View | None] | None:
    views: list[View] = []
    at = 0
    while at < len(args) and len(views) < 2:
        kind = args[at]
        names = _VIEW_FIELDS.get(kind)
        if names is None:
            return None
        values = args[at + 1 : at + 1 + len(names)]
        if len(values) != len(names):
            return None
        ref, page = "", 0
        for name, value in zip(names, values, strict=True):
            if name == "ref":
                if not _VIEW_REF.match(value):
                    return None
                ref = value
            elif NUMBER.match(value):
                page = int(value)
            else:
                return None
        views.append(View(Screen(kind), ref, page))
        at += 1 + len(names)
    if at != len(args) or not views:
        return None
    return views[0], views[1] if len(views) > 1 else None


@dataclass(frozen=True)
class Action:
    """A decoded button: what to do, in which language, on what."""

    kind: str  # a Kind
    lang: str
    target: str = ""  # ANSWER, CARD, VOTE: an entry_ref
    number: int = 0  # EXAMPLE: which one
    vote: str = ""  # VOTE: up or down
    ticket: str = ""  # VOTE: the logged question it is about, when it fits
    view: View | None = None  # BROWSE: the screen to show
    back: View | None = None  # BROWSE: where its back button leads (None: the default)
    group: str = ""  # UNANSWERED: the group's id; `number` the candidate, `vote` add|ignore

    def encode(self) -> str:
        if self.kind in (Kind.ANSWER, Kind.CARD):
            data = f"{self.kind}:{self.lang}:{entry_ref(self.target)}"
        elif self.kind == Kind.VOTE:
            data = f"v:{self.lang}:{self.vote[0]}:{entry_ref(self.target)}"
            if self.ticket and len(data) + 1 + len(self.ticket) <= MAX_CALLBACK_BYTES:
                data += f":{self.ticket}"
        elif self.kind == Kind.EXAMPLE:
            data = f"q:{self.lang}:{self.number}"
        elif self.kind == Kind.UNANSWERED:
            data = f"u:{self.lang}:{self.group}:"
            data += f"a:{self.number}" if self.vote == "add" else "i"
        elif self.kind == Kind.BROWSE:
            assert self.view is not None
            data = f"d:{self.lang}:{self.view.encode()}"
            if self.back is not None:
                with_back = f"{data}:{self.back.encode()}"
                # Too long only for unusual pairs: the screen's default back button then.
                if len(with_back.encode("utf-8")) <= MAX_CALLBACK_BYTES:
                    data = with_back
        else:
            data = f"{self.kind}:{self.lang}"
        assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
        return data


def add_to_entry(lang: str, group: str, candidate: int) -> Action:
    """The staff button that adds an /unanswered group to its `candidate`-th entry."""
    return Action(Kind.UNANSWERED, lang, group=group, vote="add", number=candidate)


def ignore_group(lang: str, group: str) -> Action:
    """The staff button that hides an /unanswered group from later reports."""
    return Action(Kind.UNANSWERED, lang, group=group, vote="ignore")


def browse(lang: str, view: View, back: View | None = None) -> Action:
    """The button that shows `view` (and whose back button leads to `back`)."""
    return Action(Kind.BROWSE, lang, view=view, back=back)


def entry_ref(item_id: str) -> str:
    """The id itself when it is short and plain, else a hash that `resolve_ref` maps back."""
    if _ID.match(item_id) or (item_id.startswith("#") and _REF.match(item_id)):
        return item_id
    return "#" + hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:20]


def decode_callback(data: str | None) -> Action | None:
    """The Action a button carries, or None for anything we did not make."""
    if not data or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        return None
    kind, _, rest = data.partition(":")
    lang, _, rest = rest.partition(":")
    if lang not in LANGS:
        return None
    args = rest.split(":") if rest else []
    if kind in (Kind.ANSWER, Kind.CARD) and len(args) == 1 and _REF.match(args[0]):
        return Action(Kind(kind), lang, target=args[0])
    if kind == Kind.VOTE and len(args) in (2, 3) and args[0] in ("u", "d"):
        if not _REF.match(args[1]):
            return None
        ticket = args[2] if len(args) == 3 else ""
        if ticket and not TICKET.match(ticket):
            return None
        vote = "up" if args[0] == "u" else "down"
        return Action(Kind.VOTE, lang, target=args[1], vote=vote, ticket=ticket)
    if kind == Kind.EXAMPLE and len(args) == 1 and NUMBER.match(args[0]):
        return Action(Kind.EXAMPLE, lang, number=int(args[0]))
    if kind == Kind.BROWSE:
        views = _decode_views(args)
        if views is None:
            return None
        return Action(Kind.BROWSE, lang, view=views[0], back=views[1])
    if kind == Kind.UNANSWERED and len(args) in (2, 3) and GROUP.match(args[0]):
        if args[1:] == ["i"]:
            return Action(Kind.UNANSWERED, lang, group=args[0], vote="ignore")
        if len(args) == 3 and args[1] == "a" and args[2] in ("0", "1", "2"):
            return Action(Kind.UNANSWERED, lang, group=args[0], vote="add", number=int(args[2]))
        return None
    if kind in (Kind.HUBS, Kind.LANGUAGE, Kind.THANKS) and not args:
        return Action(Kind(kind), lang)
    return None


@dataclass(frozen=True)
class _Refs:
    knowledge: KnowledgeBase
    ids: dict[str, str]


_refs: _Refs | None = None


def resolve_ref(ref: str, knowledge: KnowledgeBase) -> str:
    """The id behind an `entry_ref`; unknown hashes give a string no record has."""
    global _refs
    if not ref.startswith("#"):
        return ref
    # Holding the knowledge (not its id()) keeps a reloaded version from being served the map
    # of an old one whose id() Python reused.
    if _refs is None or _refs.knowledge is not knowledge:
        ids = [e.id for e in knowledge.entries]
        ids += [h.id for h in knowledge.hubs] + [f.id for f in knowledge.fieldlabs]
        _refs = _Refs(knowledge, {entry_ref(i): i for i in ids})
    return _refs.ids.get(ref, ref)
