"""`fieldbot eval`: answer quality on labelled message sets, and the knowledge lint.

Two formats (see eval/TOPICS.md): single messages (`q`, `lang`, `kind`, `expect`, `must`,
`style`) and dialogues (`turns`, each with `turn: first | followup | new_topic`). The older
sets (eval/questions.yaml, eval/holdout.yaml: kind in/out/close, one `expect` id) still load.
A case is right when:
- fact: every expected topic is answered (alternatives joined by `|`), and every `must` text
  is in the answer the user sees;
- smalltalk: the smalltalk entry is answered (a greeting in front of an answer counts);
- out / close: no fact is answered;
- gap: no fact is answered, or the answer comes from the record named in `expect`.
A confident wrong answer is an answered fact that the case did not ask for.
"""

from __future__ import annotations

import json
import re
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, TextIO

import yaml

from bot import texts
from bot.assistant import Assistant, Reply, render_plain
from bot.knowledge import Entry, KnowledgeBase
from bot.matching import Matcher
from bot.text import fold
from bot.understanding import numbers_as_digits

DEFAULT_EVAL = Path("eval/questions.yaml")
KINDS = ("fact", "smalltalk", "out", "close", "gap")
_OLD_KINDS = {"in": "fact", "out": "out", "close": "close"}


@dataclass(frozen=True)
class Case:
    """One labelled message; in a dialogue, one turn."""

    question: str
    lang: str
    kind: str
    expect: tuple[str, ...] = ()
    must: tuple[str, ...] = ()
    style: str = ""
    turn: str = ""  # first | followup | new_topic (dialogues only)
    dialogue: str = ""


# Entries that the first knowledge held as one and that are now split (issue 13): in the
# older sets an answer from either part answers the old label.
_SPLIT = {
    "programme.what": "programme.what|programme.founders|programme.start",
    "hubs.contact": "hubs.contact|hubs.list",
    "programme.successor": "programme.successor|hubs.announced|results.monitor-2020",
}


def _case(item: dict[str, Any], path: Path, dialogue: str = "", lang: str = "nl") -> Case:
    kind = str(item.get("kind", "in"))
    if kind == "in" and isinstance(item.get("expect"), str):
        item = {**item, "expect": _SPLIT.get(item["expect"], item["expect"])}
    kind = _OLD_KINDS.get(kind, kind)
    if kind not in KINDS:
        raise ValueError(f"{path}: unknown kind {kind!r} for {item.get('q')!r}")
    expect = item.get("expect") or ()
    if isinstance(expect, str):
        expect = (expect,)
    must = item.get("must") or ()
    if isinstance(must, str):
        must = (must,)
    return Case(
        question=str(item["q"]),
        lang=str(item.get("lang", lang)),
        kind=kind,
        expect=tuple(str(e) for e in expect),
        must=tuple(str(m) for m in must),
        style=str(item.get("style", "")),
        turn=str(item.get("turn", "")),
        dialogue=dialogue,
    )


def load_cases(path: Path) -> list[Case]:
    """Read an eval file, or every `*.yaml` in a folder: messages and dialogue turns."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    cases: list[Case] = []
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise ValueError(f"{file}: expected a list of questions")
        for n, item in enumerate(data):
            if "turns" in item:
                name = f"{file.stem}:{item.get('id', n)}"
                for turn in item["turns"]:
                    cases.append(_case(turn, file, name, str(item.get("lang", "nl"))))
            else:
                cases.append(_case(item, file))
    return cases


_NUMBER_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")
# "€14.55 million" in English is the "14,55" a label writes the Dutch way (TOPICS.md).
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d{1,2}\b)")


def _normal(text: str) -> str:
    text = _NUMBER_SEPARATOR.sub("", " ".join(fold(text).split()))
    return _DECIMAL_POINT.sub(",", text)


def answered(reply: Reply) -> tuple[str, ...]:
    """The entries a reply answers confidently (each part of a multi-part reply)."""
    return reply.answered()


def is_fact(entry: str) -> bool:
    """An answered entry that states something; "route.unknown" says the Hub is not known."""
    return not entry.startswith("smalltalk.") and entry != "route.unknown"


def judge(case: Case, reply: Reply) -> tuple[bool, bool]:
    """(right, confidently wrong) for one case."""
    got = set(answered(reply))
    facts = {e for e in got if is_fact(e)}
    wanted = {alt for option in case.expect for alt in option.split("|")}
    wrong = bool(facts - wanted)
    if case.kind == "fact":
        hit = all(any(alt in got for alt in option.split("|")) for option in case.expect)
        plain = render_plain(reply)
        # "vijf Hubs" states the "5" a label asks for, as "5 Hubs" would.
        shown = (_normal(plain), _normal(numbers_as_digits(fold(plain))))
        hit = hit and all(any(_normal(m) in s for s in shown) for m in case.must)
        return hit and bool(case.expect), wrong
    if case.kind == "smalltalk":
        # A self-introduction that names a town is answered with its Hub (README): not wrong.
        wrong = bool({f for f in facts - wanted if not f.startswith("hub.")})
        return all(any(a in got for a in o.split("|")) for o in case.expect), wrong
    if case.kind == "gap":
        return not (facts - wanted), wrong
    return not facts, bool(facts)


@dataclass
class Outcome:
    """Counts for one eval run, by kind, language, style and dialogue turn."""

    total: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    by: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_right: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confident_wrong: int = 0
    declined_out_of_scope: int = 0
    lang_right: int = 0
    failures: list[str] = field(default_factory=list)
    wrong_answers: list[str] = field(default_factory=list)
    # Later dialogue turns, per turn kind: how many are right when asked on their own, and
    # how many of those the context made wrong (issue 12: "answered worse because of context").
    alone_right: Counter[str] = field(default_factory=Counter)
    hurt: Counter[str] = field(default_factory=Counter)
    hurt_cases: list[str] = field(default_factory=list)

    def rate(self, kind: str) -> float:
        return self.right[kind] / self.total[kind] if self.total[kind] else 0.0

    @property
    def count(self) -> int:
        return sum(self.total.values())

    def add(self, case: Case, reply: Reply, alone: Reply | None = None) -> None:
        ok, wrong = judge(case, reply)
        if alone is not None and judge(case, alone)[0]:
            self.alone_right[case.turn] += 1
            if not ok:
                self.hurt[case.turn] += 1
                self.hurt_cases.append(
                    f"[{case.kind}/{case.lang}/{case.turn}] {case.question!r}: right alone "
                    f"({', '.join(answered(alone)) or alone.kind}), with context "
                    f"{', '.join(answered(reply)) or reply.kind}"
                )
        self.total[case.kind] += 1
        self.right[case.kind] += ok
        self.lang_right += reply.language == case.lang
        for axis, value in (
            ("lang", f"{case.kind}/{case.lang}"),
            ("turn", case.turn),
            *(("style", s) for s in case.style.split("+") if s),
        ):
            if value:
                self.by[axis][value] += 1
                self.by_right[axis][value] += ok
        if case.kind == "out" and reply.kind == "out_of_scope":
            self.declined_out_of_scope += 1
        got = ", ".join(answered(reply)) or f"{reply.kind}"
        if wrong:
            self.confident_wrong += 1
            self.wrong_answers.append(
                f"[{case.kind}/{case.lang}] {case.question!r}: expected "
                f"{'/'.join(case.expect) or case.kind}, got {got}"
            )
        if not ok:
            self.failures.append(
                f"[{case.kind}/{case.lang}/{case.turn or case.style}] {case.question!r}: "
                f"expected {'/'.join(case.expect) or 'decline'}"
                f"{' with ' + ', '.join(case.must) if case.must else ''}, got {got} "
                f"score={reply.score:.0f}"
            )


# Writers spell a town's list label by the town's everyday name; the bot's label uses the
# official one. A fixed table, so the judge does not depend on the code it judges.
_LABEL_SPELLINGS = MappingProxyType(
    {
        "fieldlabs.place.den-bosch": "fieldlabs.place.s-hertogenbosch",
        "fieldlabs.place.the-hague": "fieldlabs.place.den-haag",
        "fieldlabs.place.s-gravenhage": "fieldlabs.place.den-haag",
    }
)


def with_label_spellings(expect: tuple[str, ...]) -> tuple[str, ...]:
    """A case's expected labels with each town spelled as the bot's label spells it."""
    return tuple(
        "|".join(_LABEL_SPELLINGS.get(alt, alt) for alt in option.split("|")) for option in expect
    )


def evaluate(assistant: Assistant, cases: Sequence[Case]) -> Outcome:
    """Answer every case as a user would (language detected; a dialogue's turns in order,
    each with the context the previous turns left)."""
    outcome = Outcome()
    contexts: dict[str, Any] = {}
    for case in cases:
        case = replace(case, expect=with_label_spellings(case.expect))
        alone = None
        if case.dialogue:
            previous = contexts.get(case.dialogue)
            reply, contexts[case.dialogue] = assistant.converse(case.question, previous)
            if previous is not None:
                alone = assistant.answer(case.question)
        else:
            reply = assistant.answer(case.question)
        outcome.add(case, reply, alone)
    return outcome


def summary(outcome: Outcome) -> dict[str, Any]:
    """The figures `fieldbot eval` prints, as a dict (also for scripts)."""
    count = max(outcome.count, 1)
    figures: dict[str, Any] = {kind: round(outcome.rate(kind), 4) for kind in outcome.total}
    figures["confident_wrong_share"] = round(outcome.confident_wrong / count, 4)
    figures["language_detection"] = round(outcome.lang_right / count, 4)
    figures["counts"] = dict(outcome.total)
    for axis in ("turn",):
        for value, total in outcome.by[axis].items():
            figures[f"{axis}.{value}"] = round(outcome.by_right[axis][value] / total, 4)
    if outcome.alone_right:
        alone = sum(outcome.alone_right.values())
        figures["context_hurt_share"] = round(sum(outcome.hurt.values()) / alone, 4)
    return figures


def _table(outcome: Outcome, axis: str) -> list[str]:
    lines = []
    for value, total in sorted(outcome.by[axis].items()):
        right = outcome.by_right[axis][value]
        lines.append(f"  {value:<22} {right:>4}/{total:<4} {right / total:6.1%}")
    return lines


def peer_figures(knowledge: KnowledgeBase, cases: Sequence[Case]) -> dict[str, dict[str, float]]:
    """Each peer's right share per kind at its best threshold in hindsight (single messages)."""
    from bot.peers import PEERS, best_threshold

    single = [c for c in cases if not c.dialogue]
    out: dict[str, dict[str, float]] = {}
    for name, make in PEERS.items():
        rank = make(knowledge)
        ranked = [rank(c.question) for c in single]

        def right(i: int, entry: str | None, cases: Sequence[Case] = single) -> bool:
            case = cases[i]
            if case.kind in ("fact", "smalltalk"):
                return entry is not None and entry in case.expect[0].split("|")
            return entry is None or not is_fact(entry)

        threshold, _ = best_threshold(ranked, right)
        by_kind: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        wrong = 0
        for i, (entry, score) in enumerate(ranked):
            chosen = entry if score >= threshold else None
            totals[single[i].kind] += 1
            by_kind[single[i].kind] += right(i, chosen)
            if chosen is not None and is_fact(chosen) and not right(i, chosen):
                wrong += 1
        figures = {k: by_kind[k] / totals[k] for k in totals}
        figures["confident_wrong_share"] = wrong / max(len(single), 1)
        figures["threshold"] = threshold
        out[name] = figures
    return out


def run_eval(
    knowledge: KnowledgeBase,
    path: Path | None,
    out: TextIO,
    *,
    quiet: bool,
    peers: bool = False,
) -> int:
    """Print the eval figures and every failure; exit 0 (figures are reported, not gated)."""
    path = path or DEFAULT_EVAL
    try:
        cases = load_cases(path)
    except (OSError, ValueError, yaml.YAMLError, KeyError, TypeError) as exc:
        out.write(f"Error: cannot read eval set {path}: {exc}\n")
        return 2
    outcome = evaluate(Assistant(knowledge), cases)
    if not quiet:
        for failure in outcome.failures:
            out.write(failure + "\n")
        out.write("\nconfident wrong answers:\n")
        for wrong in outcome.wrong_answers:
            out.write(f"  {wrong}\n")
        if outcome.hurt_cases:
            out.write("\nanswered worse because of context:\n")
            for hurt in outcome.hurt_cases:
                out.write(f"  {hurt}\n")
        out.write("\n")
    figures = summary(outcome)
    counts = ", ".join(f"{k} {v}" for k, v in outcome.total.items())
    out.write(f"eval set: {path} ({outcome.count} messages: {counts})\n")
    labels = {
        "fact": "fact questions right",
        "smalltalk": "smalltalk right",
        "out": "out of scope declined",
        "close": "close-but-wrong declined",
        "gap": "not-known declined",
    }
    for kind in KINDS:
        if outcome.total[kind]:
            right, total = outcome.right[kind], outcome.total[kind]
            out.write(f"{labels[kind] + ':':<30}{right:>4}/{total:<4} {right / total:6.1%}\n")
    if outcome.total["out"]:
        share = outcome.declined_out_of_scope / outcome.total["out"]
        out.write(f"{'  of which said out of scope:':<30}{share:>16.1%}\n")
    out.write(f"{'confident wrong answers:':<30}{outcome.confident_wrong:>4}/{outcome.count:<4} ")
    out.write(f"{outcome.confident_wrong / max(outcome.count, 1):6.1%}\n")
    out.write(f"{'language detection:':<30}{figures['language_detection']:>16.1%}\n")
    for axis in ("lang", "turn", "style"):
        if outcome.by[axis]:
            out.write(f"by {axis} (right/total):\n" + "\n".join(_table(outcome, axis)) + "\n")
    later = [turn for turn in ("followup", "new_topic") if outcome.by["turn"][turn]]
    if later:
        out.write("answered worse because of context (of the later turns right on their own):\n")
        for turn in later:
            worse, alone = outcome.hurt[turn], outcome.alone_right[turn]
            out.write(f"  {turn:<22} {worse:>4}/{alone:<4} {worse / max(alone, 1):6.1%}\n")
    if peers:
        out.write("peers (single messages, best threshold in hindsight):\n")
        for name, peer in peer_figures(knowledge, cases).items():
            shown = ", ".join(f"{k} {v:.1%}" for k, v in peer.items() if k not in ("threshold",))
            out.write(f"  {name:<22} {shown} (threshold {peer['threshold']:.1f})\n")
    out.write("json: " + json.dumps(figures) + "\n")
    return 0


@dataclass(frozen=True)
class Steal:
    """A phrasing that, left out of its own entry, goes to another entry (or to nothing)."""

    origin: str  # path:line of its entry
    entry: str
    lang: str
    phrasing: str
    goes_to: str | None
    score: float  # the winner's
    own: float  # its own entry's, 0 when not among the candidates

    def render(self, lang: str = "nl") -> str:
        key = "lint_steal" if self.goes_to else "lint_declined"
        return f"{self.origin}: " + texts.text(
            key,
            lang,
            phrasing=self.phrasing,
            qlang=self.lang,
            entry=self.entry,
            other=self.goes_to or "",
        )


@dataclass(frozen=True)
class LintResult:
    """Every phrasing tested without itself: how many, and those that went elsewhere."""

    tested: int
    steals: tuple[Steal, ...]
    seconds: float = 0.0
    indexes: int = 0  # matchers built: one per fold, not one per phrasing


# Up to this many phrasings, one index per phrasing is fast enough (and exact).
EXACT_LINT_LIMIT = 150
MAX_LINT_FOLDS = 32


def lint(knowledge: KnowledgeBase, *, exact: bool | None = None) -> LintResult:
    """Leave each phrasing out in turn: does the rest of its entry still find it?

    Past EXACT_LINT_LIMIT phrasings (or with `exact=False`), one index per fold instead of
    one per phrasing: fold k leaves out the k-th phrasing of every entry at once, so each
    entry misses only the phrasing under test and the others miss one of theirs. On the
    knowledge of 2026-11 it flags 283 of the 284 phrasings that one index per phrasing flags
    (plus one other), in 1.2 s instead of 45 s.
    """
    started = time.perf_counter()
    folds: dict[int, list[tuple[Entry, str, int]]] = defaultdict(list)
    for entry in knowledge.entries:
        if entry.kind in ("fieldlab", "hub"):
            continue  # derived phrasings: one template per name, nothing to learn from
        position = zlib.crc32(entry.id.encode())  # spreads the entries over the folds
        for lang, phrasings in entry.questions.items():
            if len(phrasings) < 2:
                continue
            for i in range(len(phrasings)):
                folds[position].append((entry, lang, i))
                position += 1
    items = _all(folds)
    if exact or (exact is None and len(items) <= EXACT_LINT_LIMIT):
        folds = dict(enumerate([item] for item in items))
    elif folds:
        # As many folds as the entry with most phrasings has (one phrasing per entry a fold),
        # up to MAX_LINT_FOLDS: an entry with more misses two or three of its many phrasings
        # a fold, which changes 3 of 331 findings and halves the time (2026-12).
        width = max(sum(len(p) for p in e.questions.values()) for e, _l, _i in items)
        folds = _refold(folds, min(width, MAX_LINT_FOLDS))
    steals: list[Steal] = []
    tested = 0
    for items in folds.values():
        left_out = {(e.id, lang, i) for e, lang, i in items}
        entries = tuple(_without(e, left_out) for e in knowledge.entries)
        matcher = Matcher(replace(knowledge, entries=entries))
        for entry, lang, i in items:
            tested += 1
            phrasing = entry.questions[lang][i]
            match = matcher.search(phrasing, lang=lang, limit=8)
            best = match.best
            if best is None or best.entry != entry.id:
                own = next((c.score for c in match.candidates if c.entry == entry.id), 0.0)
                steals.append(
                    Steal(
                        entry.origin,
                        entry.id,
                        lang,
                        phrasing,
                        best.entry if best else None,
                        best.score if best else 0.0,
                        own,
                    )
                )
    order = {e.id: n for n, e in enumerate(knowledge.entries)}
    steals.sort(key=lambda s: (order[s.entry], s.lang, s.phrasing))
    return LintResult(tested, tuple(steals), time.perf_counter() - started, len(folds))


def _all(folds: dict[int, list[tuple[Entry, str, int]]]) -> list[tuple[Entry, str, int]]:
    return [item for items in folds.values() for item in items]


def _refold(
    folds: dict[int, list[tuple[Entry, str, int]]], width: int
) -> dict[int, list[tuple[Entry, str, int]]]:
    out: dict[int, list[tuple[Entry, str, int]]] = defaultdict(list)
    for position, items in folds.items():
        out[position % width].extend(items)
    return dict(sorted(out.items()))


def _without(entry: Entry, left_out: set[tuple[str, str, int]]) -> Entry:
    if not any(key[0] == entry.id for key in left_out):
        return entry
    questions = {
        lang: tuple(p for i, p in enumerate(ps) if (entry.id, lang, i) not in left_out)
        for lang, ps in entry.questions.items()
    }
    return replace(entry, questions=MappingProxyType(questions))


def lint_summary(result: LintResult, lang: str = "nl") -> list[str]:
    """The closing lines of `check --lint`: how many, the five worst, and what to do."""
    if not result.steals:
        return [texts.text("lint_none", lang, tested=result.tested)]
    lines = [
        texts.text("lint_count", lang, count=len(result.steals), tested=result.tested),
        texts.text("lint_worst", lang),
    ]
    # Worst: the other entry wins by most, so a user asking it that way surely gets it.
    worst = sorted(result.steals, key=lambda s: (-(s.score - s.own), s.entry, s.phrasing))[:5]
    for steal in worst:
        where = (
            texts.text(
                "lint_worst_item" if steal.own else "lint_worst_alone",
                lang,
                other=steal.goes_to,
                score=f"{steal.score:.0f}",
                own=f"{steal.own:.0f}",
            )
            if steal.goes_to
            else texts.text("lint_worst_nothing", lang)
        )
        lines.append(f"  {steal.origin}: '{steal.phrasing}' ({steal.entry}) → {where}")
    pairs = Counter((s.entry, s.goes_to) for s in result.steals if s.goes_to)
    if pairs:
        (entry, other), count = pairs.most_common(1)[0]
        lines.append(texts.text("lint_pair", lang, entry=entry, other=other, count=count))
    lines.append(texts.text("lint_todo", lang))
    return lines
