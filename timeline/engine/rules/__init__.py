"""The temporal rules: named pattern tables, one module per family.

Each rule says which words are a temporal expression (``pattern``, built from
the named sub-patterns of ``vocabulary``) and what they denote before
resolution (``value``, a TIMEX3 template whose underspecified parts the
resolver fills). Its ``examples`` are phrases with the value they must get in
an article published on ``EXAMPLE_PUBLISHED``; the tests run every one.
"""
from datetime import date

from . import dates, deictic, durations, fuzzy, holidays, sets, times
from .model import Rule

EXAMPLE_PUBLISHED = date(2025, 8, 13)  # a Wednesday

FAMILIES = {
    "dates": dates.RULES,
    "deictic": deictic.RULES,
    "durations": durations.RULES,
    "fuzzy": fuzzy.RULES,
    "holidays": holidays.RULES,
    "sets": sets.RULES,
    "times": times.RULES,
}
# Order matters only between matches of the same extent: the earlier rule wins.
ALL_RULES = tuple(rule for family in FAMILIES.values() for rule in family)

__all__ = ["ALL_RULES", "EXAMPLE_PUBLISHED", "FAMILIES", "Rule"]
