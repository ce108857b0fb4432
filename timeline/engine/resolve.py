"""Resolution: fill an expression's underspecified value against an anchor.

Anchors are the publication date (DCT) for deictic words ("today", "last
month") and for bare weekdays and months, and the narrative's reference time
(REF: the latest date the text has established) for "the next day" or "a
year earlier". The direction of a bare weekday or month comes from the rule's
own words ("last Friday") or else from the tense of its verb.
"""
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import values

RELATIVE = re.compile(
    r"(?P<anchor>DCT|REF)(?P<sign>[+-])(?P<amount>\d+(?:\.\d+)?|X)(?P<unit>[A-Z]+)"
    r"(?:@(?P<at>[A-Z]*))?(?::(?P<part>.+))?")
WEEKDAY = re.compile(r"WD-(?P<weekday>[1-7])")
NO_YEAR = re.compile(r"XXXX-(?P<part>\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)")
SHORT_YEAR = re.compile(r"XX(?P<digits>\d{1,2})(?P<rest>-.*)?")
SUB_YEAR_ORDER = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Anchor:
    """A time other expressions resolve against, and how to name it."""

    value: str
    day: date
    description: str


@dataclass(frozen=True)
class Resolution:
    value: str
    anchor: str        # what it was resolved against, for people
    confidence: float


def publication_anchor(published):
    return Anchor(published.isoformat(), published, "publication date")


def resolve(template, published, reference=None, direction=None, timex_type="DATE"):
    """The TIMEX3 value of ``template``.

    direction: "before"/"after" (strict, from the words) or "past"/"future"
    (inclusive, from the tense); None lets the rule's default apply.
    """
    if timex_type in ("DURATION", "SET"):
        return Resolution(_tidy_duration(template), "", 0.9)
    dct = publication_anchor(published)
    reference = reference or dct
    base, _, time_part = template.partition("|")
    resolution = _resolve_base(base, dct, reference, direction)
    if time_part and resolution.value[:1].isdigit():
        time_part = time_part + "00" if time_part.endswith(":") else time_part
        resolution = replace(resolution, value=resolution.value + time_part)
    return resolution


def _resolve_base(base, dct, reference, direction):
    for pattern, resolver in _RESOLVERS:
        match = pattern.fullmatch(base)
        if match:
            return resolver(match, dct, reference, direction)
    return Resolution(_tidy_duration(base), "", 0.9 if base else 0.0)


def _relative(match, dct, reference, direction):
    anchor = dct if match["anchor"] == "DCT" else reference
    unit, amount = match["unit"], match["amount"]
    if unit not in values.GRANULARITY_OF_UNIT:
        return Resolution("XXXX", anchor.description, 0.1)
    if amount == "X":
        return Resolution("PAST_REF" if match["sign"] == "-" else "FUTURE_REF", anchor.description, 0.6)
    steps = float(amount) * (-1 if match["sign"] == "-" else 1)
    day = values.shift(anchor.day, int(steps), unit) if steps.is_integer() else _shift_fraction(anchor.day, steps, unit)
    at = match["at"] if match["at"] in values.GRANULARITY_OF_UNIT else unit
    value = values.format_at(day, at)
    if match["part"]:
        value = f"{day.year:04d}-{match['part']}"
    confidence = 0.9 if anchor is dct else 0.65
    return Resolution(value, anchor.description, confidence)


def _shift_fraction(day, steps, unit):
    days_per_unit = {"D": 1, "W": 7, "WE": 7, "M": 30.4, "Q": 91.3, "Y": 365.25, "DE": 3652.5, "CE": 36525}
    return day + timedelta(days=round(steps * days_per_unit[unit]))


def _weekday(match, dct, reference, direction):
    weekday = int(match["weekday"])
    anchor = dct.day
    back = (anchor.isoweekday() - weekday) % 7        # days back to the latest such weekday
    ahead = (weekday - anchor.isoweekday()) % 7       # days ahead to the next one
    if direction == "before":
        offset = -(back or 7)
    elif direction == "after":
        offset = ahead or 7
    elif direction == "past":
        offset = -back
    elif direction == "future":
        offset = ahead
    else:
        offset = -back if back <= ahead else ahead
    confidence = 0.85 if direction or back == 0 else 0.7
    return Resolution((anchor + timedelta(days=offset)).isoformat(), dct.description, confidence)


def _no_year(match, dct, reference, direction):
    part = match["part"]
    here = _order(dct.day, part)
    there = _order_of_part(part)
    year = dct.day.year
    if direction == "before" and there >= here or direction == "past" and there > here:
        year -= 1
    elif direction == "after" and there <= here or direction == "future" and there < here:
        year += 1
    value = f"{year:04d}-{part}"
    if not values.is_valid_date_value(value):       # e.g. February 29 in a common year
        return Resolution(value, dct.description, 0.3)
    return Resolution(value, dct.description, 0.85 if direction else 0.75)


def _order_of_part(part):
    if part[:1] == "Q":
        return (int(part[1]) - 1) * 3 + 1, 0
    if part[:1] == "H":
        return (int(part[1]) - 1) * 6 + 1, 0
    if part in SUB_YEAR_ORDER:
        return SUB_YEAR_ORDER[part], 0
    month, _, day = part.partition("-")
    return int(month), int(day or 0)


def _order(day, part):
    """Where ``day`` stands in the year, at the granularity of ``part``."""
    if part[:1] in "QH" or part in SUB_YEAR_ORDER:
        return _order_of_part(_part_containing(day, part))
    return (day.month, day.day if "-" in part else 0)


def _part_containing(day, part):
    if part[:1] == "Q":
        return f"Q{(day.month - 1) // 3 + 1}"
    if part[:1] == "H":
        return f"H{(day.month - 1) // 6 + 1}"
    return {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(day.month, "WI")


def _short_year(match, dct, reference, direction):
    digits = match["digits"]
    if len(digits) == 1:  # a decade word: "the nineties"
        century = dct.day.year // 100
        decade = century * 10 + int(digits)
        if decade > dct.day.year // 10:
            decade -= 10
        return Resolution(f"{decade:03d}", dct.description, 0.8)
    year = dct.day.year // 100 * 100 + int(digits)
    if year > dct.day.year + 10:
        year -= 100
    return Resolution(f"{year:04d}{match['rest'] or ''}", dct.description, 0.85)


def _tidy_duration(value):
    """P5H -> PT5H, P10MIN -> PT10M: hours, minutes and seconds need a T."""
    match = re.fullmatch(r"P(?P<amount>[\dX.]+)(?P<unit>H|MIN|S)", value)
    if match:
        return values.duration(match["amount"], match["unit"])
    return value


_RESOLVERS = (
    (RELATIVE, _relative),
    (WEEKDAY, _weekday),
    (NO_YEAR, _no_year),
    (SHORT_YEAR, _short_year),
)
