"""Tagging: which words are a temporal expression, and what they say before
resolution. Pure regex over the text; the parse is used later, by ``resolve``."""
import re
from dataclasses import dataclass

from .rules import ALL_RULES
from .rules.model import Rule
from .rules.vocabulary import normalize

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


def matches(text, rules=ALL_RULES):
    """(priority, match, rule) for every place a rule matches and its context allows."""
    for priority, rule in enumerate(rules):
        for match in rule.regex.finditer(text):
            if match.end() > match.start() and rule.accepts(text, match.start(), match.end()):
                yield priority, match, rule


def tag(text, rules=ALL_RULES):
    """Non-overlapping expressions in text order; the longest match wins, then the earlier rule."""
    found = sorted(matches(text, rules), key=lambda m: (m[1].start() - m[1].end(), m[0], m[1].start()))
    taken, chosen = [], []
    for _, match, rule in found:
        start, end = match.span()
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            leads_to = fill_template(rule, match, rule.leads_to) if rule.leads_to else None
            chosen.append(Tagged(start, end, match.group(), rule, fill_template(rule, match), leads_to))
    return sorted(chosen, key=lambda t: t.start)
