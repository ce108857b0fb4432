"""Tagging: which words are a temporal expression, and what they say before
resolution. Pure regex over the text; the parse is used later, by ``resolve``."""
import re
from dataclasses import dataclass

from .rules import ALL_RULES
from .rules.model import Rule
from .rules.vocabulary import TRIGGERS, normalize

_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")


@dataclass(frozen=True)
class Tagged:
    """An expression found in the text, with its underspecified value."""

    start: int
    end: int
    text: str
    rule: Rule
    template: str  # e.g. "XXXX-06", "WD-2", "DCT-1M", "P3Y"
    leads_to: str | None = None   # a duration's date template, e.g. "REF+3D"

    @property
    def type(self):
        return self.rule.type


def fill_template(rule, match, template=None):
    """The rule's value (or ``template``) with each ``{group}`` replaced by its normalized text."""
    groups = match.groupdict()

    def replace(placeholder):
        text = groups.get(placeholder.group(1))
        return "" if text is None else normalize(placeholder.group(1), text, groups)

    return _PLACEHOLDER.sub(replace, template or rule.value)


# How far from a trigger word an expression, and the context its rule reads, may reach
# ("the first nine months of [the year]" is 26 characters; "quarter ended Sept. 30" looks 16 ahead).
REACH = 80


def matches(text, rules=ALL_RULES):
    """(priority, start, end, match, rule) for every place a rule matches and its context allows."""
    windows = {}   # per trigger family, found once
    for priority, rule in enumerate(rules):
        if rule.near not in windows:
            windows[rule.near] = list(_near_triggers(text, rule.near))
        for start, end in windows[rule.near]:
            for found_start, found_end, match in rule.find(text, start, end):
                yield priority, found_start, found_end, match, rule


def _near_triggers(text, family=None):
    """(start, end) of the stretches of ``text`` within REACH of a trigger word (of ``family``), merged."""
    window = None
    for trigger in TRIGGERS[family].finditer(text):
        start, end = max(0, trigger.start() - REACH), min(len(text), trigger.end() + REACH)
        if window and start <= window[1]:
            window = (window[0], end)
            continue
        if window:
            yield window
        window = (start, end)
    if window:
        yield window


# Curly apostrophes read as straight ones ("the ’90s", "New Year’s Eve"): one character for one,
# so every offset stays that of the original text.
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})   # (not ‘, which opens a quotation)


def tag(text, rules=ALL_RULES):
    """Non-overlapping expressions in text order; the longest match wins, then the earlier rule."""
    found = sorted(matches(text.translate(APOSTROPHES), rules), key=lambda m: (m[1] - m[2], m[0], m[1]))
    taken, chosen = [], []
    for _, start, end, match, rule in found:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            leads_to = fill_template(rule, match, rule.leads_to) if rule.leads_to else None
            chosen.append(Tagged(start, end, text[start:end], rule, fill_template(rule, match), leads_to))
    return sorted(chosen, key=lambda t: t.start)
