"""`fieldbot eval`: answer quality on a labelled question set, and the knowledge lint."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, TextIO

import yaml

from bot.assistant import Assistant
from bot.knowledge import KnowledgeBase
from bot.matching import Matcher

DEFAULT_EVAL = Path("eval/questions.yaml")
KINDS = ("in", "out", "close")


@dataclass(frozen=True)
class Case:
    """One labelled question: `expect` is an entry id, or None when it must be declined."""

    question: str
    lang: str
    kind: str
    expect: str | None
    style: str = ""


@dataclass
class Outcome:
    """Counts for one eval run; `failures` has a line per wrong answer."""

    total: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    confident: int = 0
    confident_right: int = 0
    lang_right: int = 0
    by_style: Counter[str] = field(default_factory=Counter)
    by_style_right: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def rate(self, kind: str) -> float:
        return self.right[kind] / self.total[kind] if self.total[kind] else 0.0

    @property
    def precision(self) -> float:
        return self.confident_right / self.confident if self.confident else 1.0

    @property
    def language_accuracy(self) -> float:
        count = sum(self.total.values())
        return self.lang_right / count if count else 0.0


def load_cases(path: Path) -> list[Case]:
    """Read an eval file: a YAML list of {q, lang, kind, expect, style}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of questions")
    cases = []
    for item in data:
        kind = str(item.get("kind", "in"))
        if kind not in KINDS:
            raise ValueError(f"{path}: unknown kind {kind!r} for {item.get('q')!r}")
        cases.append(
            Case(
                question=str(item["q"]),
                lang=str(item.get("lang", "nl")),
                kind=kind,
                expect=item.get("expect"),
                style=str(item.get("style", "")),
            )
        )
    return cases


def evaluate(assistant: Assistant, cases: list[Case]) -> Outcome:
    """Answer every case (language detected, as for a user) and count what went right."""
    outcome = Outcome()
    for case in cases:
        reply = assistant.answer(case.question)
        detected = reply.language
        outcome.lang_right += detected == case.lang
        outcome.total[case.kind] += 1
        outcome.by_style[case.style] += 1
        got = reply.entry if reply.confident else None
        ok = got == case.expect if case.kind == "in" else got is None
        if reply.confident and reply.kind != "empty":
            outcome.confident += 1
            outcome.confident_right += case.kind == "in" and got == case.expect
        if ok:
            outcome.right[case.kind] += 1
            outcome.by_style_right[case.style] += 1
        else:
            best = reply.alternatives[0].entry if reply.alternatives else None
            shown = got or f"declined (nearest {best})"
            outcome.failures.append(
                f"[{case.kind}/{case.lang}/{case.style}] {case.question!r}: expected "
                f"{case.expect or 'decline'}, got {shown} score={reply.score:.0f}"
            )
        if detected != case.lang:
            outcome.failures.append(f"[lang] {case.question!r}: detected {detected}")
    return outcome


def summary(outcome: Outcome) -> dict[str, Any]:
    """The figures `fieldbot eval` prints, as a dict (also for --json use in scripts)."""
    return {
        "in_scope_top1": round(outcome.rate("in"), 4),
        "confident_precision": round(outcome.precision, 4),
        "out_of_scope_declined": round(outcome.rate("out"), 4),
        "close_but_wrong_declined": round(outcome.rate("close"), 4),
        "language_detection": round(outcome.language_accuracy, 4),
        "counts": dict(outcome.total),
    }


def run_eval(knowledge: KnowledgeBase, path: Path | None, out: TextIO, *, quiet: bool) -> int:
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
        out.write("\n")
    figures = summary(outcome)
    out.write(
        f"eval set: {path} ({sum(outcome.total.values())} questions: "
        f"{', '.join(f'{k} {v}' for k, v in outcome.total.items())})\n"
    )
    out.write(f"in-scope top-1 accuracy:      {figures['in_scope_top1']:.1%}\n")
    out.write(f"precision of confident:       {figures['confident_precision']:.1%}\n")
    out.write(f"out-of-scope declined:        {figures['out_of_scope_declined']:.1%}\n")
    out.write(f"close-but-wrong declined:     {figures['close_but_wrong_declined']:.1%}\n")
    out.write(f"language detection:           {figures['language_detection']:.1%}\n")
    styles = ", ".join(
        f"{style or '-'} {outcome.by_style_right[style]}/{count}"
        for style, count in sorted(outcome.by_style.items())
    )
    out.write(f"by style (right/total):       {styles}\n")
    out.write("json: " + json.dumps(figures) + "\n")
    return 0


def lint(knowledge: KnowledgeBase) -> list[str]:
    """Leave each phrasing out in turn: does the rest of its entry still find it?

    Returns one line per phrasing that goes to another entry (a steal) or is declined.
    """
    problems: list[str] = []
    for entry in knowledge.entries:
        if entry.kind in ("fieldlab", "hub"):
            continue  # derived phrasings: one template per name, nothing to learn from
        for lang, phrasings in entry.questions.items():
            if len(phrasings) < 2:
                continue
            for i, phrasing in enumerate(phrasings):
                rest = phrasings[:i] + phrasings[i + 1 :]
                questions = dict(entry.questions)
                questions[lang] = rest
                reduced = replace(entry, questions=MappingProxyType(questions))
                others = tuple(e if e.id != entry.id else reduced for e in knowledge.entries)
                matcher = Matcher(replace(knowledge, entries=others))
                match = matcher.search(phrasing, lang=lang)
                best = match.best
                if best is None or best.entry != entry.id:
                    thief = best.entry if best else "nothing"
                    problems.append(
                        f"{entry.origin}: lint: '{phrasing}' ({lang}) of '{entry.id}' left out "
                        f"goes to {thief}"
                    )
    return problems
