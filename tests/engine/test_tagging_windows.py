"""Tagging only searches near trigger words; it must find exactly what a search of the
whole text finds."""
from pathlib import Path

import pytest

from timeline.engine import tag as tagging
from timeline.engine.rules import ALL_RULES
from timeline.engine.rules.vocabulary import TRIGGER, TRIGGERS

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/articles/*.txt"))
# words with no trigger among them, longer than two reaches: the phrases are searched apart
FILLER = " The committee heard from several witnesses and adjourned without a vote. " * 3
EXAMPLE_TEXT = FILLER.join(phrase.replace("[", "").replace("]", "") for rule in ALL_RULES
                           for phrase, _ in rule.examples)


def _found(text):
    return [(t.start, t.end, t.rule.name, t.template) for t in tagging.tag(text)]


@pytest.mark.parametrize("rule,phrase", [(r, p) for r in ALL_RULES for p, _ in r.examples],
                         ids=[f"{r.name}:{p}" for r in ALL_RULES for p, _ in r.examples])
def test_every_example_holds_a_trigger(rule, phrase):
    """(or, for a rule that reads the words around it, its context does: "June 15-[16]",
    "between [10] and 12 March")"""
    reads_around = rule.only_after or "(?=" in rule.pattern
    marked = phrase[phrase.index("[") + 1:phrase.index("]")] if "[" in phrase and not reads_around else phrase
    assert TRIGGER.search(marked), f"{rule.name}: no trigger word in {marked!r}"
    assert TRIGGERS[rule.near].search(marked), f"{rule.name}: no {rule.near} word in {marked!r}"


def test_the_filler_holds_no_trigger():
    assert TRIGGER.search(FILLER) is None


@pytest.mark.parametrize("text", [EXAMPLE_TEXT] + [p.read_text(encoding="utf-8") for p in TEXTS],
                         ids=["all rule examples"] + [p.name for p in TEXTS])
def test_searching_near_triggers_finds_what_the_whole_text_holds(text, monkeypatch):
    near_triggers = _found(text)
    monkeypatch.setattr(tagging, "_near_triggers", lambda whole, family=None: iter([(0, len(whole))]))
    assert near_triggers == _found(text)
    assert near_triggers   # each text has dates to find


def test_every_family_named_by_a_rule_has_its_trigger():
    assert {rule.near for rule in ALL_RULES} <= set(TRIGGERS)
    assert {rule.near for rule in ALL_RULES} >= {"MONTH", "UNIT", "WEEKDAY"}


def test_a_rule_of_a_family_is_only_tried_near_its_words():
    text = "Officials met in March. " + FILLER + "Talks ended on Tuesday."
    (month_window,) = tagging._near_triggers(text, "MONTH")
    assert month_window == (0, text.index("March") + len("March") + tagging.REACH)


def test_text_far_from_any_trigger_is_not_searched():
    text = "Shares rose sharply on heavy buying. " + FILLER + "Talks ended on Tuesday."
    windows = list(tagging._near_triggers(text))
    assert len(windows) == 1 and windows[0][1] == len(text)
    assert windows[0][0] == text.index("Tuesday") - tagging.REACH
