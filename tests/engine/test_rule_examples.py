"""Every rule's example phrases, with the values written beside them in the rule tables.

The examples are hand-checked against EXAMPLE_PUBLISHED (Wednesday 2025-08-13)
with no verb to give a tense, so bare weekdays and months take the nearest date;
an expression marked in a longer phrase resolves after the ones before it
("1990-[91]": the year after 1990).
"""
import re

import pytest

from timeline.engine.resolve import resolve, text_anchor
from timeline.engine.rules import ALL_RULES, EXAMPLE_PUBLISHED, FAMILIES
from timeline.engine.tag import tag

EXAMPLES = [(rule, phrase, value) for rule in ALL_RULES for phrase, value in rule.examples]


def test_every_rule_has_examples():
    assert [r.name for r in ALL_RULES if not r.examples] == []


def test_rule_names_are_unique():
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))


def test_each_family_is_a_table_of_rules():
    assert set(FAMILIES) == {"dates", "deictic", "durations", "fuzzy", "holidays", "sets", "times"}
    assert sum(len(rules) for rules in FAMILIES.values()) == len(ALL_RULES)


@pytest.mark.parametrize("rule,phrase,value", EXAMPLES, ids=[f"{r.name}:{p}" for r, p, _ in EXAMPLES])
def test_example(rule, phrase, value):
    marked = re.search(r"\[(.+?)\]", phrase)
    text = phrase.replace("[", "").replace("]", "")
    expected_text = marked.group(1) if marked else phrase
    tagged = tag(text)
    found = [t for t in tagged if t.text == expected_text]
    assert found, f"{phrase!r}: found {[t.text for t in tagged]}"
    assert found[0].rule.name == rule.name
    resolution = resolve(found[0].template, EXAMPLE_PUBLISHED, _anchors(tagged[:tagged.index(found[0])]),
                         direction=rule.direction, timex_type=rule.type)
    assert resolution.value == value


def _anchors(expressions):
    """The dates the expressions before the marked one name, as the narrative's anchors."""
    anchors = []
    for before in expressions:
        value = resolve(before.template, EXAMPLE_PUBLISHED, anchors, before.rule.direction, before.type).value
        anchors += [anchor for anchor in [text_anchor(value, before.text)] if anchor is not None]
    return anchors
