"""Perturbation check: does an answer stay right when the question is dressed up as in chat?

For every single-message `fact` case in the dev tuning sets (eval/dev/chat-*.yaml, w10 left
out: it is the validation set) that the bot answers right as written, each transformation is
applied on its own and the answer judged again with the eval's own judge. The same
transformations run over the smalltalk / out / close cases, which must stay smalltalk or
declined. Phrases are Dutch or English by the case's language; every choice (which phrase,
where a filler goes, which letters swap) is seeded by the case and the transformation, so two
runs give the same messages.

    .venv/bin/python scripts/perturb.py [--show NAME] [--kinds fact,out] [FILES...]

Prints, per transformation, the cases kept right out of those right as written and the share
that turned into a confident wrong answer; for smalltalk and declined cases also the share
answered with no fact at all (a greeting read as thanks is still no fact). `--show NAME` also
lists that transformation's losses (original and transformed message, what was answered).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot import evaluation
from bot.assistant import Assistant
from bot.config import load_config
from bot.evaluation import Case
from bot.knowledge import load_knowledge

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "eval" / "dev"

GREETINGS = {
    "nl": ("Goedemiddag!", "Hallo,", "Goedemorgen,", "Hoi!"),
    "en": ("hi there,", "Hello!", "Good morning,", "Hi,"),
}
INTRODUCTIONS = {
    "nl": (
        "Wij zijn een metaalbedrijf uit Hengelo met 40 man.",
        "Ik heb een klein bedrijf in verpakkingen.",
        "Ik werk bij een machinebouwer met zo'n 25 medewerkers.",
    ),
    "en": (
        "I run a small packaging firm near Eindhoven.",
        "We are a metalworking company with 40 staff.",
        "I work for a small machine builder.",
    ),
}
CHATTER = {
    "nl": ("alvast bedankt!", "Groetjes", "dank je wel alvast :)"),
    "en": ("thanks in advance, cheers", "Cheers!", "thanks!"),
}
FILLERS = {"nl": ("eigenlijk", "nou"), "en": ("actually", "btw")}
HEDGES = {
    "nl": ("ik vroeg me af", "even een vraagje:"),
    "en": ("quick question:", "I was wondering"),
}
_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION_BETWEEN_DIGITS = re.compile(r"(?<=\d)[.,](?=\d)")


def _pick(rng: random.Random, options: Mapping[str, Sequence[str]], lang: str) -> str:
    return rng.choice(options["en" if lang == "en" else "nl"])


def _lower_first(text: str) -> str:
    """The question carried on after a hedge: its first word lowercase unless it is a name."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def greeting(q: str, lang: str, rng: random.Random) -> str:
    return f"{_pick(rng, GREETINGS, lang)} {q}"


def introduction(q: str, lang: str, rng: random.Random) -> str:
    return f"{_pick(rng, INTRODUCTIONS, lang)} {q}"


def chatter(q: str, lang: str, rng: random.Random) -> str:
    return f"{q} {_pick(rng, CHATTER, lang)}"


def voice(q: str, lang: str, rng: random.Random) -> str:
    """Voice-to-text: lowercase, no punctuation (a number's separators stay)."""
    kept = _PUNCTUATION_BETWEEN_DIGITS.sub(lambda m: "\0" if m.group() == "." else "\1", q)
    out = []
    for ch in kept.lower():
        category = unicodedata.category(ch)
        if ch in "\0\1":
            out.append("." if ch == "\0" else ",")
        elif category[0] in "PS" or category == "So":
            out.append("" if ch in "'’" else " ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def typo(q: str, lang: str, rng: random.Random) -> str:
    """Two neighbouring inner letters of the longest word swapped."""
    words = [m for m in _WORD.finditer(q) if len(m.group()) >= 4]
    if not words:
        return q
    longest = max(words, key=lambda m: len(m.group()))
    word = longest.group()
    spots = [i for i in range(1, len(word) - 2) if word[i].lower() != word[i + 1].lower()]
    if not spots:
        return q
    i = rng.choice(spots)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return q[: longest.start()] + swapped + q[longest.end() :]


def filler(q: str, lang: str, rng: random.Random) -> str:
    """A filler word between two words of the message."""
    words = q.split(" ")
    if len(words) < 2:
        return f"{q} {_pick(rng, FILLERS, lang)}"
    at = rng.randrange(1, len(words))
    return " ".join([*words[:at], _pick(rng, FILLERS, lang), *words[at:]])


def question_marks(q: str, lang: str, rng: random.Random) -> str:
    """'?' written as '??' or '...' (a message without one is left as it is)."""
    return q.replace("?", rng.choice(("??", "...")))


def hedge(q: str, lang: str, rng: random.Random) -> str:
    said = _pick(rng, HEDGES, lang)
    if said.endswith(":"):
        return f"{said[0].upper()}{said[1:]} {q}"
    return f"{said[0].upper()}{said[1:]} {_lower_first(q)}"


Transformation = Callable[[str, str, random.Random], str]
TRANSFORMATIONS: dict[str, Transformation] = {
    "greeting": greeting,
    "introduction": introduction,
    "chatter": chatter,
    "voice": voice,
    "typo": typo,
    "filler": filler,
    "question-marks": question_marks,
    "hedge": hedge,
}


def transformed(case: Case, name: str) -> str:
    """The case's message under one transformation, the same on every run."""
    rng = random.Random(zlib.crc32(f"{name}\0{case.question}".encode()))
    return TRANSFORMATIONS[name](case.question, case.lang, rng)


@dataclass
class Tally:
    """One transformation over one group of cases."""

    total: int = 0
    kept: int = 0
    wrong: int = 0
    no_fact: int = 0  # smalltalk and declined cases: answered with no fact at all
    losses: list[str] = field(default_factory=list)


def _sum(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        total.total, total.kept = total.total + t.total, total.kept + t.kept
        total.wrong, total.no_fact = total.wrong + t.wrong, total.no_fact + t.no_fact
    return total


def _with_label_spellings(case: Case) -> Case:
    return replace(case, expect=evaluation.with_label_spellings(case.expect))


def check(
    assistant: Assistant, cases: Sequence[Case], names: Sequence[str]
) -> dict[str, dict[str, Tally]]:
    """Per group (facts, smalltalk, declined) and transformation: how many of the cases right
    as written stay right, and how many turn into a confident wrong answer."""
    tallies: dict[str, dict[str, Tally]] = {
        group: {name: Tally() for name in names} for group in ("facts", "smalltalk", "declined")
    }
    for case in map(_with_label_spellings, cases):
        right, wrong_already = evaluation.judge(case, assistant.answer(case.question))
        if not right:
            continue
        group = {"fact": "facts", "smalltalk": "smalltalk"}.get(case.kind, "declined")
        for name in names:
            message = transformed(case, name)
            if message == case.question or not message.strip():
                continue  # nothing to change, or nothing left to say (an emoji said aloud)
            reply = assistant.answer(message)
            ok, wrong = evaluation.judge(replace(case, question=message), reply)
            tally = tallies[group][name]
            tally.total += 1
            tally.kept += ok
            tally.wrong += wrong and not wrong_already
            tally.no_fact += not any(map(evaluation.is_fact, reply.answered()))
            if not ok:
                got = ", ".join(reply.answered()) or reply.kind
                tally.losses.append(f"{case.question!r}\n    -> {message!r}: got {got}")
    return tallies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", choices=sorted(TRANSFORMATIONS), action="append", default=[])
    parser.add_argument("--kinds", default="fact,smalltalk,out,close")
    args = parser.parse_args(argv)
    files = args.files or sorted(f for f in DEV.glob("chat-*.yaml") if "w10" not in f.name)
    kinds = set(args.kinds.split(","))
    cases = [
        case
        for file in files
        for case in evaluation.load_cases(file)
        if not case.dialogue and case.kind in kinds
    ]
    assistant = Assistant(load_knowledge(load_config().knowledge_dir))
    tallies = check(assistant, cases, list(TRANSFORMATIONS))
    for group, by_name in tallies.items():
        if not any(t.total for t in by_name.values()):
            continue
        facts = group == "facts"
        last = "" if facts else f"{'no fact':>9}"
        print(f"{group:<16}{'kept right':>16}{'share':>8}{'conf. wrong':>13}{last}")
        for name, t in [*by_name.items(), ("all", _sum(by_name.values()))]:
            if not t.total:
                continue
            share, wrong = t.kept / t.total, t.wrong / t.total
            last = "" if facts else f"{t.no_fact / t.total:>9.1%}"
            print(f"  {name:<14}{t.kept:>7}/{t.total:<8}{share:>7.1%}{wrong:>12.1%}{last}")
    for name in args.show:
        for group, by_name in tallies.items():
            if name in by_name:
                print(f"\n{name} / {group}: {len(by_name[name].losses)} lost")
                for loss in by_name[name].losses:
                    print(f"  {loss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
