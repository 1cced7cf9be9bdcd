"""Loading and indexing faster without changing what is loaded (issue 11).

Speed itself is shown by `fieldbot bench`, never by a clock in a test; these tests pin the
shortcuts the faster load takes to what the plain way gives.
"""

from __future__ import annotations

import gc
from pathlib import Path

import yaml

from bot.heap import collector_paused
from bot.knowledge import load_knowledge
from bot.nodes import _FastLoader
from bot.text import QuestionKeys, intent, question_key, rough_key, sound_key, stem

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def _tags(node: yaml.Node) -> list[tuple[str, str, int]]:
    out = [
        (
            node.tag,
            str(node.value) if isinstance(node, yaml.ScalarNode) else "",
            node.start_mark.line,
        )
    ]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out += _tags(key) + _tags(value)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            out += _tags(child)
    return out


def _compose(text: str, loader: type[yaml.SafeLoader]) -> list[tuple[str, str, int]]:
    node = yaml.compose(text, Loader=loader)
    return _tags(node) if node is not None else []


def test_the_fast_loader_types_every_scalar_as_the_safe_loader_does() -> None:
    plain = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    tricky = (
        "a: yes\nb: No\nc: ~\nd: null\ne: 2019-03-01\nf: 1.5\ng: .inf\nh: 0x1F\ni: '3'\n"
        'j: "true"\nk: <<\nl: =\nm: +1\no: ""\np: on\nq: Off\nr: tRUE\ns: hello\nt: 1_000\n'
        "u: 12:30\nv: Yes, we do\nw: nothing\nx: 2019\ny: -.5\nz: -a\n"
    )
    for text in [tricky] + [p.read_text("utf-8") for p in sorted(KNOWLEDGE.glob("*.yaml"))]:
        assert _compose(text, _FastLoader) == _compose(text, plain)


def test_the_garbage_collector_runs_again_after_a_load() -> None:
    assert gc.isenabled()
    load_knowledge(KNOWLEDGE)
    assert gc.isenabled()


def test_a_build_inside_another_leaves_the_collector_off_until_both_end() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_sound_keys_still_hear_names_spelled_by_ear() -> None:
    assert sound_key("kaiser") == sound_key("keijzer")
    assert sound_key("kontakt") == sound_key("contact")
    assert sound_key("philips") == "filips"
    assert rough_key("bouw lap") == rough_key("BouwLab")


def test_a_stem_asked_again_is_the_same_stem() -> None:
    first = stem("investeringen", "nl")
    assert stem("investeringen", "nl") == first
    assert stem("investments", "en") == stem("investments", "en")
    assert stem("ict", "nl") == "ict"  # short words stay as they are


def test_knowledge_phrasings_keep_their_kind_of_question() -> None:
    assert intent("Hoeveel Fieldlabs zijn er?") == "count"
    assert intent("Wat is een Fieldlab?") == "define"
    assert intent("Fieldlabs in Limburg") is None
    assert intent("hoevel banen", typos=True) == "count"
    assert question_key("Hoeveel fieldlabs zijn er?") == question_key("hoeveel zijn er fieldlabs")


def test_the_load_keys_every_phrasing_as_question_key_does() -> None:
    keys = QuestionKeys()
    phrasings = [
        q for e in load_knowledge(KNOWLEDGE).entries for qs in e.questions.values() for q in qs
    ]
    phrasings += ["Hoeveel fieldlabs zijn er?", "How many Fieldlabs are there?", "de het een"]
    for phrasing in phrasings + phrasings:  # the second time from the stems already made
        assert keys(phrasing) == question_key(phrasing)
