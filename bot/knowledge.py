"""Load and validate the YAML knowledge base that Hub staff edit.

The loader never executes anything: files are composed into YAML nodes with PyYAML's safe
loader and every node is checked by hand, so each problem carries the file and line it came
from. All problems of all files are collected and reported at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.derive import derive_entries
from bot.heap import collector_paused
from bot.model import (
    Entry,
    Fieldlab,
    Hub,
    KnowledgeBase,
    PartialDate,
    Person,
    Places,
    Source,
    sources_text,
)
from bot.nodes import (
    PERSON_KEYS,
    STATUSES,
    THEMES,
    Checker,
    KnowledgeError,
    Problem,
    compose,
    field_name,
    field_of,
    line_of,
    opt_text,
    opt_texts,
    read_text,
)
from bot.text import LANGS, QuestionKeys, fold
from bot.texts import Phrase

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
_SECTIONS = ("entries", "smalltalk", "synonyms", "hubs", "fieldlabs", "places")
# Every key a knowledge file may hold, to recognise one whose colon is missing.
_KEYS = frozenset(
    (*_ENTRY_KEYS, *_HUB_KEYS, *_FIELDLAB_KEYS, *_SECTIONS, *PERSON_KEYS, *LANGS)
) | {"publisher", "site", "title", "date", "url", "note", "value", "text"}


_WHAT_ENTRY = Phrase.of("what_entry")


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
    check: Checker, node: yaml.Node, kind: str
) -> tuple[Entry, dict[str, yaml.Node]] | None:
    fields = check.mapping(node, _WHAT_ENTRY, _ENTRY_KEYS)
    if fields is None:
        return None
    for required in ("id", "questions", "answer"):
        if required not in fields:
            check.problem(node, "check_entry_missing", key=required)
    if "id" not in fields:
        return None
    entry_id = check.ident(fields["id"])
    if entry_id is None:
        return None
    owner = Phrase.of("what_id", id=entry_id)
    sources = _with_legacy_date(check, fields, check.sources(fields, owner))
    as_of = _opt_date(check, fields, "as_of")
    if kind == "faq" and "source" not in fields and "sources" not in fields:
        check.problem(node, "check_entry_no_source", id=entry_id)
    reported = len(check.problems)
    questions = (
        check.per_language(fields["questions"], field_of("questions", entry_id), check.texts)
        if "questions" in fields
        else {}
    )
    questions_ok = len(check.problems) == reported
    answer = (
        check.per_language(
            fields["answer"], field_of("answer", entry_id), lambda n, w: check.text(n, w)
        )
        if "answer" in fields
        else {}
    )
    if "questions" in fields and not questions and questions_ok:
        check.problem(fields["questions"], "check_entry_no_questions", id=entry_id)
    if "answer" in fields and isinstance(fields["answer"], yaml.MappingNode):
        # Languages present but empty were reported as empty already; only absent ones here.
        given = {k.value for k, _ in fields["answer"].value if isinstance(k, yaml.ScalarNode)}
        if "nl" not in given:
            check.problem(fields["answer"], "check_entry_no_dutch_answer", id=entry_id)
        for lang in questions:
            if lang not in given:
                check.problem(fields["answer"], "check_entry_answer_lang", id=entry_id, lang=lang)
    entry = Entry(
        id=entry_id,
        questions=MappingProxyType(questions),
        answer=MappingProxyType(answer),
        tags=opt_texts(check, fields, "tags"),
        source=sources_text(sources) or None,
        as_of=as_of,
        related=opt_texts(check, fields, "related"),
        kind=kind,
        origin=check.at(node),
        sources=sources,
        figures=check.figures(fields["figures"], owner) if "figures" in fields else (),
        review_by=_opt_date(check, fields, "review_by"),
    )
    return entry, fields


def _opt_date(check: Checker, fields: dict[str, yaml.Node], key: str) -> dt.date | None:
    return check.date(fields[key], field_name(key)) if key in fields else None


def _summary(check: Checker, fields: dict[str, yaml.Node], name: str, node: yaml.Node) -> Any:
    if "summary" not in fields:
        check.problem(node, "check_summary_missing", id=name)
        return {}
    summary = check.per_language(fields["summary"], field_of("summary", name), check.text)
    if summary and "nl" not in summary:
        check.problem(fields["summary"], "check_summary_dutch", id=name)
    return MappingProxyType(summary)


def _one_or_more(check: Checker, fields: dict[str, yaml.Node], key: str) -> tuple[str, ...]:
    """A field that holds one name or a list of names (a Fieldlab with several sites)."""
    if key not in fields:
        return ()
    if isinstance(fields[key], yaml.SequenceNode):
        return check.texts(fields[key], field_name(key))
    value = check.text(fields[key], field_name(key), required=False)
    return (value,) if value else ()


def _with_legacy_date(
    check: Checker, fields: dict[str, yaml.Node], sources: tuple[Source, ...]
) -> tuple[Source, ...]:
    """The old form: one plain `source:` string with the date of the figure in `as_of`.
    (`as_of` itself is checked, and any problem reported, where the item reads it.)"""
    if "as_of" not in fields or not sources or not all(s.plain and not s.date for s in sources):
        return sources
    quiet = Checker(check.shown, [])
    as_of = quiet.date(fields["as_of"], field_name("as_of"))
    if as_of is None:
        return sources
    return (replace(sources[0], date=PartialDate.of(as_of)), *sources[1:])


def _status(
    check: Checker, fields: dict[str, yaml.Node], item_id: str
) -> tuple[str | None, PartialDate | None]:
    status = opt_text(check, fields, "status")
    if status is not None and status not in STATUSES:
        check.problem(fields["status"], "check_status", id=item_id)
        status = None
    date = (
        check.partial_date(fields["status_date"], field_of("status_date", item_id))
        if "status_date" in fields
        else None
    )
    return status, date


def _read_hub(check: Checker, node: yaml.Node) -> Hub | None:
    fields = check.mapping(node, Phrase.of("what_hub"), _HUB_KEYS)
    if fields is None:
        return None
    if "id" not in fields or not ("source" in fields or "sources" in fields):
        check.problem(node, "check_hub_fields")
        return None
    hub_id = check.ident(fields["id"])
    sources = _with_legacy_date(
        check, fields, check.sources(fields, Phrase.of("what_id", id=str(hub_id)))
    )
    if hub_id is None or not sources:
        return None
    status, status_date = _status(check, fields, hub_id)
    people: list[Person] = []
    listed = check.sequence(fields["people"], field_name("people")) if "people" in fields else []
    for item in listed or []:
        person = check.mapping(item, Phrase.of("what_person", owner=hub_id), PERSON_KEYS)
        if person is None or "name" not in person:
            check.problem(item, "check_person_name", id=hub_id)
            continue
        name = check.text(person["name"], field_name("name"))
        role = (
            check.per_language(person["role"], field_of("role", str(name)), check.text)
            if "role" in person
            else {}
        )
        if name:
            people.append(Person(name, MappingProxyType(role)))
    successor = (
        check.per_language(fields["successor"], field_of("successor", hub_id), check.text)
        if "successor" in fields
        else {}
    )
    offers = (
        check.per_language(fields["offers"], field_of("offers", hub_id), check.text)
        if "offers" in fields
        else {}
    )
    website = opt_text(check, fields, "website")
    if website and not website.startswith(("https://", "http://")):
        check.problem(fields["website"], "check_website", id=hub_id)
    return Hub(
        id=hub_id,
        source=sources_text(sources),
        sources=sources,
        status=status,
        status_date=status_date,
        successor=MappingProxyType(successor),
        people=tuple(people),
        summary=_summary(check, fields, hub_id, node),
        name=opt_text(check, fields, "name"),
        aliases=opt_texts(check, fields, "aliases"),
        region=opt_text(check, fields, "region"),
        provinces=opt_texts(check, fields, "provinces"),
        provinces_unconfirmed=opt_texts(check, fields, "provinces_unconfirmed"),
        lead=opt_texts(check, fields, "lead"),
        offers=MappingProxyType(offers),
        website=website,
        as_of=_opt_date(check, fields, "as_of"),
        origin=check.at(node),
    )


def _read_fieldlab(check: Checker, node: yaml.Node) -> tuple[Fieldlab, yaml.Node | None] | None:
    fields = check.mapping(node, Phrase.of("what_fieldlab"), _FIELDLAB_KEYS)
    if fields is None:
        return None
    missing = [k for k in ("id", "name") if k not in fields]
    if "source" not in fields and "sources" not in fields:
        missing.append("source")
    if missing:
        check.problem(node, "check_fieldlab_missing", keys=", ".join(repr(m) for m in missing))
        return None
    lab_id = check.ident(fields["id"])
    name = check.text(fields["name"], field_name("name"))
    sources = _with_legacy_date(
        check, fields, check.sources(fields, Phrase.of("what_id", id=str(lab_id)))
    )
    if lab_id is None or name is None or not sources:
        return None
    status, status_date = _status(check, fields, lab_id)
    themes = opt_texts(check, fields, "themes")
    for theme in themes:
        if theme not in THEMES:
            themes_list = ", ".join(THEMES)
            check.problem(
                fields["themes"], "check_theme", theme=theme, id=lab_id, themes=themes_list
            )
    website = opt_text(check, fields, "website")
    if website and not website.startswith(("https://", "http://")):
        check.problem(fields["website"], "check_website", id=lab_id)
    lab = Fieldlab(
        id=lab_id,
        name=name,
        source=sources_text(sources),
        sources=sources,
        status=status,
        status_date=status_date,
        lead=opt_texts(check, fields, "lead"),
        summary=_summary(check, fields, lab_id, node),
        aliases=opt_texts(check, fields, "aliases"),
        places=_one_or_more(check, fields, "place"),
        provinces=_one_or_more(check, fields, "province"),
        region=opt_text(check, fields, "region"),
        themes=tuple(t for t in themes if t in THEMES),
        website=website,
        hub=opt_text(check, fields, "hub"),
        as_of=_opt_date(check, fields, "as_of"),
        origin=check.at(node),
    )
    return lab, fields.get("hub")


def _read_synonyms(
    check: Checker, node: yaml.Node, into: dict[str, list[tuple[str, ...]]]
) -> None:
    fields = check.mapping(node, field_name("synonyms"), LANGS)
    for lang, groups_node in (fields or {}).items():
        in_lang = Phrase.of("what_lang", what=field_name("synonyms"), lang=lang)
        group = Phrase.of("what_lang", what=Phrase.of("what_synonym_group"), lang=lang)
        for group_node in check.sequence(groups_node, in_lang) or []:
            words = check.texts(group_node, group)
            if len(words) < 2:
                check.problem(group_node, "check_synonym_group")
                continue
            into.setdefault(lang, []).append(tuple(fold(w).strip() for w in words))


def _read_places(check: Checker, node: yaml.Node) -> Places | None:
    fields = check.mapping(node, field_name("places"), ("source", "provinces", "aliases"))
    if fields is None:
        return None
    if "source" not in fields:
        check.problem(node, "check_places_source")
    provinces: dict[str, tuple[str, ...]] = {}
    if "provinces" in fields:
        for province, places_node in (
            check.mapping(fields["provinces"], field_name("provinces")) or {}
        ).items():
            of = Phrase.of("what_places_of", province=province)
            provinces[province] = check.texts(places_node, of)
    aliases: dict[str, str] = {}
    if "aliases" in fields:
        listed = check.mapping(fields["aliases"], field_name("aliases")) or {}
        for alias, target_node in listed.items():
            target = check.text(target_node, Phrase.of("what_alias", alias=alias))
            if target:
                aliases[alias] = target
    return Places(
        source=(check.text(fields["source"], field_name("source")) or "")
        if "source" in fields
        else "",
        provinces=MappingProxyType(provinces),
        aliases=MappingProxyType(aliases),
    )


@dataclass(frozen=True)
class _FileRead:
    """What one file added to a load, to add again when the file comes back unchanged."""

    whole: bool
    loaded: _Loaded  # its `places` only counts when `sets_places`
    sets_places: bool
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


# The files of the last load, by (shown name, length and hash of the text, whether a file
# before it held the places): a reload after an edit to one file reads only that file
# again. Only the last load's files are kept, so memory does not grow with edits. The hash
# is Python's own 64-bit keyed one (no text kept, no digest library loaded): two versions of
# a file would need the same length and hash to be taken for each other.
_FileKey = tuple[str, int, int, bool]
_LAST_READ: dict[_FileKey, _FileRead] = {}


def _read_file(
    path: Path,
    shown: str,
    loaded: _Loaded,
    problems: list[Problem],
    warnings: list[Problem],
    read_now: dict[_FileKey, _FileRead],
) -> tuple[bool, str]:
    """Read one file into `loaded`: (whether it loaded whole, its text)."""
    text = read_text(path, shown, problems)
    if text is None:
        return False, ""
    key = (shown, len(text), hash(text), loaded.places is None)
    done = _LAST_READ.get(key)
    if done is None:
        own = _Loaded(places=loaded.places)
        own_problems: list[Problem] = []
        own_warnings: list[Problem] = []
        whole = _read_text(text, shown, own, own_problems, own_warnings)
        sets = own.places is not loaded.places  # a `places:` section, read or not
        done = _FileRead(whole, own, sets, tuple(own_problems), tuple(own_warnings))
    read_now[key] = done
    loaded.entries += done.loaded.entries
    for lang, groups in done.loaded.synonyms.items():
        loaded.synonyms.setdefault(lang, []).extend(groups)
    loaded.hubs += done.loaded.hubs
    loaded.fieldlabs += done.loaded.fieldlabs
    if done.sets_places:
        loaded.places = done.loaded.places
    problems += done.problems
    warnings += done.warnings
    return done.whole, text


def _read_text(
    text: str, shown: str, loaded: _Loaded, problems: list[Problem], warnings: list[Problem]
) -> bool:
    """Read one file's text into `loaded`: whether it loaded whole."""
    before = len(problems)
    root = compose(text, shown, problems, keys=_KEYS)
    if root is None:
        return len(problems) == before  # an empty file holds nothing, which is fine
    check = Checker(shown, problems, warnings, text=text)
    if not check.tagged_ok(root):
        return False
    sections = check.mapping(root, Phrase.of("what_file"), _SECTIONS)
    if sections is None:
        return False
    _read_sections(check, sections, loaded)
    return not check.broken


def _read_sections(check: Checker, sections: dict[str, yaml.Node], loaded: _Loaded) -> None:
    for name, node in sections.items():
        if name in ("entries", "smalltalk"):
            kind = "faq" if name == "entries" else "smalltalk"
            for item in check.sequence(node, field_name(name)) or []:
                read = _read_entry(check, item, kind)
                if read is not None:
                    lines = tuple(line_of(n) for n in _children(read[1].get("related")))
                    loaded.entries.append((read[0], lines))
        elif name == "synonyms":
            _read_synonyms(check, node, loaded.synonyms)
        elif name == "hubs":
            for item in check.sequence(node, field_name(name)) or []:
                hub = _read_hub(check, item)
                if hub is not None:
                    loaded.hubs.append(hub)
        elif name == "fieldlabs":
            for item in check.sequence(node, field_name(name)) or []:
                lab = _read_fieldlab(check, item)
                if lab is not None:
                    hub_line = line_of(lab[1]) if lab[1] is not None else None
                    loaded.fieldlabs.append((lab[0], hub_line))
        elif name == "places":
            if loaded.places is not None:
                check.problem(node, "check_places_twice")
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
                problems.append(
                    Problem.plain(
                        _shown_of(entry),
                        rel_line,
                        "check_related_unknown",
                        missing=rel,
                        id=entry.id,
                        other=rel,
                    )
                )
    seen: dict[str, tuple[str, str]] = {}
    keyed: dict[tuple[str, ...], tuple[str, str]] = {}
    question_key = QuestionKeys()
    for entry, _lines in loaded.entries:
        path, line = _where(entry.origin)
        for phrasings in entry.questions.values():
            for phrasing in phrasings:
                plain = " ".join(fold(phrasing).split()).strip(" ?!.")
                owner = seen.get(plain)
                if owner and owner[0] != entry.id:
                    problems.append(
                        Problem.plain(
                            path,
                            line,
                            "check_question_twice",
                            question=phrasing,
                            id=entry.id,
                            other=owner[0],
                            at=owner[1],
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
                        Problem.plain(
                            path,
                            line,
                            "check_question_same_words",
                            question=phrasing,
                            id=entry.id,
                            other=other[0],
                            at=other[1],
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
    with collector_paused():
        return _load(folder, today)


def _load(folder: Path | str, today: dt.date | None) -> KnowledgeBase:
    directory = Path(folder)
    problems: list[Problem] = []
    try:
        if not directory.is_dir():
            raise KnowledgeError([Problem.plain(str(directory), 0, "check_folder_missing")])
        files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
        files = [p for p in files if not p.name.startswith((".", "~")) and p.is_file()]
    except OSError as exc:
        # An unreadable folder (permissions, a stale mount) is a problem to report in one
        # line like any other, not a traceback.
        reason = exc.strerror or type(exc).__name__
        unreadable = Problem.plain(str(directory), 0, "check_folder_unreadable", detail=reason)
        raise KnowledgeError([unreadable]) from None
    if not files:
        raise KnowledgeError([Problem.plain(str(directory), 0, "check_folder_no_yaml")])
    loaded = _Loaded()
    warnings: list[Problem] = []
    broken: dict[str, str] = {}  # files that did not load whole: shown name -> text
    read_now: dict[_FileKey, _FileRead] = {}
    for file in files:
        whole, text = _read_file(file, str(file), loaded, problems, warnings, read_now)
        if not whole:
            broken[str(file)] = text
    _LAST_READ.clear()
    _LAST_READ.update(read_now)

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
            problems.append(
                Problem.plain(
                    path, hub_line, "check_unknown_hub", missing=lab.hub, id=lab.id, hub=lab.hub
                )
            )
    derived = _derived(loaded)
    for entry in derived:
        if entry.id in ids and ids[entry.id] != entry.origin:
            continue
        ids.setdefault(entry.id, entry.origin)
    _cross_checks(loaded, problems, ids)
    if not problems and not any(e.kind == "faq" for e, _ in loaded.entries) and not derived:
        # An emptied file must not replace working knowledge with nothing.
        problems.append(Problem.plain(str(directory), 0, "check_no_entries"))
    if problems:
        raise KnowledgeError(_without_follow_ons(problems, broken))
    entries = tuple(e for e, _ in loaded.entries) + tuple(derived)
    return KnowledgeBase(
        entries=entries,
        synonyms=MappingProxyType({k: tuple(v) for k, v in loaded.synonyms.items()}),
        hubs=tuple(loaded.hubs),
        fieldlabs=tuple(f for f, _ in loaded.fieldlabs),
        places=loaded.places or Places(),
        files=tuple(str(f) for f in files),
        warnings=tuple(sorted(warnings + _overdue(entries, today))),
    )


def _without_follow_ons(problems: list[Problem], broken: dict[str, str]) -> list[Problem]:
    """Leave out "unknown id" problems whose id a broken file holds (or may hold, when it
    could not be read at all); the broken file's last problem says how many were left out."""
    if not broken:
        return problems
    kept: list[Problem] = []
    left_out: dict[str, int] = dict.fromkeys(broken, 0)
    for problem in problems:
        held = [
            s for s, text in broken.items() if problem.missing and _defines(text, problem.missing)
        ]
        cause = held[0] if held else None
        if cause is None:
            kept.append(problem)
        else:
            left_out[cause] += 1
    for shown, count in left_out.items():
        first = max((p for p in kept if p.path == shown), default=None)
        if count and first is not None:
            kept[kept.index(first)] = replace(first, left_out=count)
    return kept


def _defines(text: str, item_id: str) -> bool:
    """Whether a file's text gives `item_id` as an id; a file that could not be read may."""
    pattern = rf"(?m)\bid:?\s*[\"']?{re.escape(item_id)}[\"']?\s*(?:#.*)?$"
    return not text or re.search(pattern, text) is not None


def _overdue(entries: Iterable[Entry], today: dt.date | None) -> list[Problem]:
    today = today or dt.date.today()
    out = []
    for entry in entries:
        if entry.review_by is not None and entry.review_by < today:
            path, line = _where(entry.origin)
            due = entry.review_by.isoformat()
            out.append(Problem.plain(path, line, "check_review_due", id=entry.id, date=due))
    return out


def _check_unique(item_id: str, origin: str, ids: dict[str, str], problems: list[Problem]) -> None:
    if item_id in ids:
        path, line = _where(origin)
        problems.append(Problem.plain(path, line, "check_id_used", id=item_id, at=ids[item_id]))
    else:
        ids[item_id] = origin


def _derived(loaded: _Loaded) -> list[Entry]:
    """Question entries derived from directory records, so staff add a record, not phrasings."""
    return derive_entries(loaded.hubs, [f for f, _ in loaded.fieldlabs])
