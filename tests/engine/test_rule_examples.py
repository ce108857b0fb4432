"""Every rule's example phrases, with the values written beside them in the rule tables.

The examples are hand-checked against EXAMPLE_PUBLISHED (Wednesday 2025-08-13)
with no verb to give a tense, so bare weekdays and months take the nearest date.
"""
import re

import pytest

from timeline.engine.resolve import resolve
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
    found = [t for t in tag(text) if t.text == expected_text]
    assert found, f"{phrase!r}: found {[t.text for t in tag(text)]}"
    tagged = found[0]
    assert tagged.rule.name == rule.name
    resolution = resolve(tagged.template, EXAMPLE_PUBLISHED, direction=rule.direction, timex_type=rule.type)
    assert resolution.value == value
