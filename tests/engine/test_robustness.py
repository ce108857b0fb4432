"""Odd input never stops an article from being read: scrambled rule phrases, impossible
days, publication dates at the calendar's edges. (A fixed seed: the same cases every run.)"""
import random
import re
from datetime import date

from timeline.engine import analyze, extract_events
from timeline.engine.rules import ALL_RULES

PHRASES = [p.replace("[", "").replace("]", "") for rule in ALL_RULES for p, _ in rule.examples]
GLUE = ["on", "in", "the", "said", "will", "was", ",", ".", "after", "since", "ago", "later", "31", "0",
        "Feb. 30", "the 31st", "13 p.m.", "12:99", "1899", "2100", "three thousand years ago"]
EDGES = [date(1, 1, 5), date(9999, 12, 28), date(2024, 2, 29), date(2025, 12, 31)]


def _scrambled_texts(count, seed=20261122):
    chooser = random.Random(seed)
    for _ in range(count):
        words = [chooser.choice(PHRASES if chooser.random() < 0.5 else GLUE) for _ in range(chooser.randint(1, 10))]
        yield " ".join(words), chooser.choice(EDGES)


def test_scrambled_expressions_are_read_without_error(nlp):
    for text, published in _scrambled_texts(150):
        analysis = analyze(text, published, nlp=nlp)
        for timex in analysis.timexes:
            assert timex.value, (text, published, timex)
        extract_events(analysis)


def test_every_rule_example_is_read_at_the_calendars_edges(nlp):
    # (the scrambled texts sample the examples; this tries each one, and each bracketed expression
    # without its context, so a new resolver that counts years past 1 or 9999 is caught the day
    # it is written)
    alone = [re.search(r"\[(.*?)\]", p).group(1) for rule in ALL_RULES for p, _ in rule.examples if "[" in p]
    for phrase in sorted(set(PHRASES + alone)):
        for published in (date(1, 1, 5), date(9999, 12, 28)):
            for timex in analyze(phrase, published, nlp=nlp).timexes:
                assert timex.value, (phrase, published, timex)
