"""The directory browser: /fieldlabs by province or by theme, /hubs, and the cards.

Every screen is a pure function of (knowledge, view, language) and is named by its button's
callback data, so a button works after a restart, and one naming something a reload removed
gets a short notice instead of a wrong screen. Screens are edited in place.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import texts
from bot.cards import fieldlab_card, hub_card, hub_label, themes_text
from bot.channels.telegram.callbacks import Kind, Screen, View, browse, pattern, resolve_ref
from bot.channels.telegram.callbacks import view_ref as ref_of
from bot.channels.telegram.context import BotContext, Limit, TelegramApp
from bot.channels.telegram.guards import Tap, Turn, button, command
from bot.channels.telegram.render import (
    Rows,
    card_blocks,
    citation_block,
    escape,
    keyboard,
    label,
    one_message,
    send_to_chat,
)
from bot.channels.telegram.render import button as make_button
from bot.logs import log_event
from bot.model import Fieldlab, Hub, KnowledgeBase
from bot.text import tokens

log = logging.getLogger("bot.telegram")

LIST_PAGE_SIZE: Final = 8  # Fieldlabs or Hubs on one page
PICKER_PAGE_SIZE: Final = 14  # provinces or themes on one page (two buttons a row)

ScreenText = tuple[str, InlineKeyboardMarkup | None]


@dataclass(frozen=True)
class Group:
    """The Fieldlabs that share a province or a theme; key "" holds those without one."""

    ref: str
    key: str
    labs: tuple[Fieldlab, ...]


def _group_ref(key: str) -> str:
    return ref_of("-".join(tokens(key)) or key) if key else "-"


def _groups(labs: Sequence[Fieldlab], keys: Callable[[Fieldlab], Sequence[str]]) -> list[Group]:
    found: dict[str, list[Fieldlab]] = {}
    for lab in labs:
        for key in dict.fromkeys(keys(lab)) or ("",):
            found.setdefault(key, []).append(lab)
    ordered = sorted(found, key=lambda key: (key == "", key.casefold()))
    return [Group(_group_ref(key), key, tuple(found[key])) for key in ordered]


def _page(items: Sequence[Any], page: int, size: int) -> tuple[Sequence[Any], int, int]:
    """(the items on `page`, the page shown, the number of pages): a page a reload made
    disappear shows the last one."""
    pages = max(1, math.ceil(len(items) / size))
    page = min(max(page, 0), pages - 1)
    return items[page * size : (page + 1) * size], page, pages


def _pairs(buttons: Sequence[InlineKeyboardButton]) -> Rows:
    return [list(buttons[n : n + 2]) for n in range(0, len(buttons), 2)]


def _hub_detail(hub: Hub, lang: str) -> str:
    if hub.name is None and not (hub.region or hub.provinces or hub.provinces_unconfirmed):
        return texts.text("unnamed_hub_line", lang)
    where = ", ".join(hub.provinces)
    if not where and hub.provinces_unconfirmed:
        unconfirmed = texts.text("unconfirmed", lang)
        where = f"{', '.join(hub.provinces_unconfirmed)} ({unconfirmed})"
    region = hub.region or ""
    if region and where and where != region:
        return f"{region}: {where}"
    return region or where


def _page_line(page: int, pages: int, lang: str) -> list[str]:
    if pages <= 1:
        return []
    return [f"<i>{escape(texts.text('page', lang, page=page + 1, pages=pages))}</i>"]


class Browser:
    """One knowledge version as the browser shows it: Fieldlabs by province and by theme, the
    Hubs, and the short refs their buttons carry."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge
        labs = sorted(knowledge.fieldlabs, key=lambda lab: (lab.name.casefold(), lab.id))
        self.labs: dict[str, Fieldlab] = {}
        for lab in labs:
            self.labs.setdefault(ref_of(lab.id), lab)
        self.hubs = sorted(
            knowledge.hubs, key=lambda hub: (hub.name is None, (hub.name or "").casefold(), hub.id)
        )
        self.hub_refs: dict[str, Hub] = {}
        for hub in self.hubs:
            self.hub_refs.setdefault(ref_of(hub.id), hub)
        self.provinces = _groups(labs, lambda lab: lab.provinces)
        self._themes = _groups(labs, lambda lab: lab.themes)
        self.of_hub = {
            hub.id: tuple(lab for lab in labs if lab.hub == hub.id) for hub in self.hubs
        }

    # -- look-ups -------------------------------------------------------------------------

    def groups(self, kind: str, lang: str) -> list[Group]:
        """Provinces by name, or themes by their label in `lang`."""
        if kind == Screen.IN_PROVINCE:
            return self.provinces
        return sorted(
            self._themes,
            key=lambda g: (g.key == "", self.group_name(Screen.ON_THEME, g.key, lang).casefold()),
        )

    def group(self, kind: str, ref: str, lang: str) -> Group | None:
        return next((g for g in self.groups(kind, lang) if g.ref == ref), None)

    @staticmethod
    def group_name(kind: str, key: str, lang: str) -> str:
        if kind == Screen.IN_PROVINCE:
            return key or texts.text("no_province", lang)
        return themes_text([key], lang) if key else texts.text("no_theme", lang)

    def default_back(self, view: View, lang: str) -> View | None:
        """Where a screen's back button leads when its button did not say."""
        kind = view.kind
        if kind in (Screen.PROVINCES, Screen.THEMES):
            return View(Screen.MENU)
        if kind in (Screen.IN_PROVINCE, Screen.ON_THEME):
            groups = self.groups(kind, lang)
            at = next((n for n, g in enumerate(groups) if g.ref == view.ref), 0)
            return View(Screen(kind.upper()), page=at // PICKER_PAGE_SIZE)
        if kind == Screen.OF_HUB:
            return View(Screen.HUB, view.ref)
        if kind == Screen.FIELDLAB:
            lab = self.labs.get(view.ref)
            key = lab.provinces[0] if lab is not None and lab.provinces else ""
            group = next((g for g in self.provinces if g.key == key), None)
            if lab is None or group is None:
                return View(Screen.MENU)
            return View(Screen.IN_PROVINCE, group.ref, group.labs.index(lab) // LIST_PAGE_SIZE)
        if kind == Screen.HUB:
            hub = self.hub_refs.get(view.ref)
            at = self.hubs.index(hub) if hub is not None else 0
            return View(Screen.HUBS, page=at // LIST_PAGE_SIZE)
        return None

    # -- screens --------------------------------------------------------------------------

    def screen(self, view: View, back: View | None, lang: str) -> ScreenText | None:
        """The text and buttons of `view`; None when it names a record, province or theme the
        current knowledge does not have."""
        if view.kind == Screen.MENU:
            return self._menu(lang)
        if view.kind in (Screen.PROVINCES, Screen.THEMES):
            return self._picker(view, back, lang)
        if view.kind == Screen.HUBS:
            return self._hubs(view, back, lang)
        if view.kind in (Screen.IN_PROVINCE, Screen.ON_THEME, Screen.OF_HUB):
            return self._labs(view, back, lang)
        if view.kind == Screen.FIELDLAB:
            return self._lab_card(view, back, lang)
        return self._hub_card(view, back, lang)

    def _menu(self, lang: str) -> ScreenText:
        text = texts.text
        rows: Rows = []
        if self.knowledge.fieldlabs:
            body = text("fieldlabs_menu", lang, count=len(self.knowledge.fieldlabs))
            rows.append(
                [
                    make_button(text("by_province", lang), browse(lang, View(Screen.PROVINCES))),
                    make_button(text("by_theme", lang), browse(lang, View(Screen.THEMES))),
                ]
            )
        else:
            body = text("none_fieldlabs", lang)
        if self.hubs:
            hubs = browse(lang, View(Screen.HUBS), back=View(Screen.MENU))
            rows.append([make_button(text("hubs_button", lang), hubs)])
        return escape(body), keyboard(rows)

    def _nav(self, view: View, back: View | None, page: int, pages: int, lang: str) -> Rows:
        nav = []
        if page > 0:
            previous = browse(lang, View(view.kind, view.ref, page - 1), back)
            nav.append(make_button(texts.text("previous", lang), previous))
        if page < pages - 1:
            following = browse(lang, View(view.kind, view.ref, page + 1), back)
            nav.append(make_button(texts.text("next", lang), following))
        return [nav] if nav else []

    def _back_row(self, view: View, back: View | None, lang: str) -> Rows:
        target = back or self.default_back(view, lang)
        if target is None:
            return []
        return [[make_button(texts.text("back", lang), browse(lang, target))]]

    def _picker(self, view: View, back: View | None, lang: str) -> ScreenText:
        kind = Screen(view.kind.lower())
        groups = self.groups(kind, lang)
        if not groups:
            body = escape(texts.text("none_fieldlabs", lang))
            return body, InlineKeyboardMarkup(self._back_row(view, back, lang))
        shown, page, pages = _page(groups, view.page, PICKER_PAGE_SIZE)
        title_key = "provinces_title" if kind == Screen.IN_PROVINCE else "themes_title"
        buttons = [
            make_button(
                label("", f"{self.group_name(kind, g.key, lang)} ({len(g.labs)})"),
                browse(lang, View(kind, g.ref, 0)),
            )
            for g in shown
        ]
        rows = _pairs(buttons) + self._nav(view, back, page, pages, lang)
        rows += self._back_row(view, back, lang)
        title = f"<b>{escape(texts.text(title_key, lang))}</b>"
        body = "\n\n".join([title, *_page_line(page, pages, lang)])
        return body, InlineKeyboardMarkup(rows)

    def _labs(self, view: View, back: View | None, lang: str) -> ScreenText | None:
        if view.kind == Screen.OF_HUB:
            hub = self.hub_refs.get(view.ref)
            if hub is None:
                return None
            labs: Sequence[Fieldlab] = self.of_hub.get(hub.id, ())
            title = texts.text("labs_of_hub", lang, name=hub_label(hub, lang))
        else:
            group = self.group(view.kind, view.ref, lang)
            if group is None:
                return None
            labs = group.labs
            key = "labs_in_province" if view.kind == Screen.IN_PROVINCE else "labs_on_theme"
            title = texts.text(key, lang, name=self.group_name(view.kind, group.key, lang))
        shown, page, pages = _page(labs, view.page, LIST_PAGE_SIZE)
        lines = [f"<b>{escape(title)}</b> ({len(labs)})"]
        for lab in shown:
            where = ", ".join(lab.places) or ", ".join(lab.provinces)
            lines.append(f"• {escape(lab.name)}" + (f" – {escape(where)}" if where else ""))
        here = View(view.kind, view.ref, page)
        rows: Rows = [
            [
                make_button(
                    label("", lab.name), browse(lang, View(Screen.FIELDLAB, ref_of(lab.id)), here)
                )
            ]
            for lab in shown
        ]
        rows += self._nav(view, back, page, pages, lang) + self._back_row(view, back, lang)
        body = "\n\n".join(["\n".join(lines), *_page_line(page, pages, lang)])
        return body, InlineKeyboardMarkup(rows)

    def _hubs(self, view: View, back: View | None, lang: str) -> ScreenText:
        if not self.hubs:
            return escape(texts.text("none_hubs", lang)), keyboard(
                self._back_row(view, back, lang)
            )
        shown, page, pages = _page(self.hubs, view.page, LIST_PAGE_SIZE)
        lines = [escape(texts.text("hubs_title", lang, count=len(self.hubs)))]
        for hub in shown:
            detail = _hub_detail(hub, lang)
            name = f"<b>{escape(hub_label(hub, lang))}</b>"
            lines.append(f"• {name}" + (f" – {escape(detail)}" if detail else ""))
        rows: Rows = [
            [
                make_button(
                    label("", hub_label(hub, lang)), browse(lang, View(Screen.HUB, ref_of(hub.id)))
                )
            ]
            for hub in shown
        ]
        rows += self._nav(view, back, page, pages, lang) + self._back_row(view, back, lang)
        body = "\n\n".join(["\n".join(lines), *_page_line(page, pages, lang)])
        return body, InlineKeyboardMarkup(rows)

    def _lab_card(self, view: View, back: View | None, lang: str) -> ScreenText | None:
        lab = self.labs.get(view.ref)
        if lab is None:
            return None
        hub = self.knowledge.hub(lab.hub) if lab.hub else None
        card = fieldlab_card(lab, hub, lang)
        blocks = card_blocks(card, citation_block(lab.sources, lang))
        rows: Rows = []
        if hub is not None:
            text = label("", texts.text("hub_button", lang, hub=hub_label(hub, lang)))
            rows.append([make_button(text, browse(lang, View(Screen.HUB, ref_of(hub.id)), view))])
        rows += self._back_row(view, back, lang)
        return one_message(blocks), keyboard(rows)

    def _hub_card(self, view: View, back: View | None, lang: str) -> ScreenText | None:
        hub = self.hub_refs.get(view.ref)
        if hub is None:
            return None
        blocks = card_blocks(hub_card(hub, lang), citation_block(hub.sources, lang))
        rows: Rows = []
        labs = self.of_hub.get(hub.id, ())
        if labs:
            text = texts.text("hub_labs_button", lang, count=len(labs))
            rows.append([make_button(text, browse(lang, View(Screen.OF_HUB, view.ref, 0)))])
        rows += self._back_row(view, back, lang)
        return one_message(blocks), keyboard(rows)


_browser: Browser | None = None


def browser_for(knowledge: KnowledgeBase) -> Browser:
    """The Browser of `knowledge`, built once per knowledge version."""
    global _browser
    if _browser is None or _browser.knowledge is not knowledge:
        _browser = Browser(knowledge)
    return _browser


def render_view(
    knowledge: KnowledgeBase, lang: str, view: View, back: View | None = None
) -> ScreenText | None:
    """One screen of the directory browser, or None when it names something now unknown."""
    return browser_for(knowledge).screen(view, back, lang)


# -- handlers --------------------------------------------------------------------------------


async def _show(update: Update, context: BotContext, turn: Turn, view: View, name: str) -> None:
    screen = render_view(context.assistant.knowledge, turn.lang, view)
    if screen is None:  # the menu and the Hubs list always render
        return
    body, markup = screen
    await turn.message.reply_text(body, reply_markup=markup)
    user = context.services.user_key(turn.user)
    log_event("command", logger=log, name=name, user=user, lang=turn.lang)


@command()
async def fieldlabs(update: Update, context: BotContext, turn: Turn) -> None:
    """The directory browser's menu: Fieldlabs by province or by theme."""
    await _show(update, context, turn, View(Screen.MENU), "fieldlabs")


@command()
async def hubs(update: Update, context: BotContext, turn: Turn) -> None:
    """The Hubs as buttons, each opening its card."""
    await _show(update, context, turn, View(Screen.HUBS), "hubs")


@button(limit=Limit.MESSAGES, needs_chat=True)
async def hubs_button(update: Update, context: BotContext, tap: Tap) -> None:
    """The Hubs as a new message, offered under a fallback answer (which stays as it is)."""
    assert tap.chat_id is not None
    screen = render_view(context.assistant.knowledge, tap.lang, View(Screen.HUBS))
    assert screen is not None  # the Hubs list always renders
    await tap.query.answer()
    await send_to_chat(context.bot, tap.chat_id, [screen[0]], screen[1], thread_id=tap.thread_id)


def _card_view(knowledge: KnowledgeBase, target: str) -> View | None:
    """The screen of an earlier version's card button."""
    item = resolve_ref(target, knowledge)
    if knowledge.fieldlab(item) is not None:
        return View(Screen.FIELDLAB, ref_of(item))
    if knowledge.hub(item) is not None:
        return View(Screen.HUB, ref_of(item))
    return None


@button(limit=Limit.BROWSE, needs_chat=True)
async def browse_button(update: Update, context: BotContext, tap: Tap) -> None:
    """Show a directory screen in the message that holds the tapped button."""
    assert tap.chat_id is not None
    knowledge = context.assistant.knowledge
    action, lang = tap.action, tap.lang
    if action.kind == Kind.CARD:
        view, back = _card_view(knowledge, action.target), None
    else:
        view, back = action.view, action.back
    screen = render_view(knowledge, lang, view, back) if view else None
    if screen is None:
        user = context.services.user_key(tap.user)
        log_event("browse_gone", logger=log, user=user, data=tap.query.data)
        await tap.query.answer(texts.text("browse_gone", lang))
        return
    body, markup = screen
    await tap.query.answer()
    try:
        await tap.query.edit_message_text(body, reply_markup=markup)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return  # a double tap: the screen is already showing
        # The message cannot be edited (deleted, too old): show the screen anew instead.
        log_event("browse_edit_failed", logging.WARNING, logger=log, detail=str(exc)[:120])
        await send_to_chat(context.bot, tap.chat_id, [body], markup, thread_id=tap.thread_id)


def register(app: TelegramApp) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("fieldlabs", fieldlabs, filters=new))
    app.add_handler(CommandHandler("hubs", hubs, filters=new))
    app.add_handler(CallbackQueryHandler(hubs_button, pattern=pattern(Kind.HUBS)))
    app.add_handler(CallbackQueryHandler(browse_button, pattern=pattern(Kind.BROWSE)))
    app.add_handler(CallbackQueryHandler(browse_button, pattern=pattern(Kind.CARD)))
