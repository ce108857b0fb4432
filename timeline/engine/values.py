"""TIMEX3 values: granularity, calendar arithmetic at a unit, and date ranges.

A resolved DATE value names a stretch of the calendar at its own granularity:
``2025-08-12`` a day, ``2025-W33`` a week, ``2025-06`` a month, ``2025-Q2`` a
quarter, ``2025-SU`` a season, ``2025`` a year, ``202`` a decade, ``20`` a
century. Durations (``P3Y``), sets and fuzzy references (``PAST_REF``) name no
stretch: ``date_range`` returns None for them.
"""
import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into next year
GRANULARITY_OF_UNIT = {
    "D": "day", "WE": "week", "W": "week", "M": "month", "Q": "quarter",
    "Y": "year", "DE": "decade", "CE": "century",
}

_PATTERNS = (
    ("day", re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T.*)?")),
    ("week", re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)(?:-WE)?")),
    ("month", re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")),
    ("quarter", re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])")),
    ("half", re.compile(r"(?P<y>\d{4})-H(?P<h>[12])")),
    ("season", re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")),
    ("year", re.compile(r"(?:FY)?(?P<y>\d{4})")),
    ("decade", re.compile(r"(?P<de>\d{3})")),
    ("century", re.compile(r"(?P<c>\d{2})")),
)


def parse(value):
    """(granularity, parts) of a resolved DATE/TIME value, or (None, None)."""
    for granularity, pattern in _PATTERNS:
        match = pattern.fullmatch(value or "")
        if match:
            return granularity, {k: v for k, v in match.groupdict().items()}
    return None, None


def granularity(value):
    return parse(value)[0]


def date_range(value):
    """First and last day covered by a resolved DATE value, or None (also for a day the
    calendar lacks: "Feb. 30", week 54)."""
    try:
        return _date_range(value)
    except (ValueError, OverflowError):
        return None


def _date_range(value):
    kind, parts = parse(value)
    if kind is None:
        return None
    if kind == "century":
        first_year = int(parts["c"]) * 100
        return date(max(first_year, 1), 1, 1), date(first_year + 99, 12, 31)
    if kind == "decade":
        first_year = int(parts["de"]) * 10
        return date(max(first_year, 1), 1, 1), date(first_year + 9, 12, 31)
    year = int(parts["y"])
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if kind == "day":
        day = date(year, int(parts["m"]), int(parts["d"]))
        return day, day
    if kind == "week":
        monday = date.fromisocalendar(year, int(parts["w"]), 1)
        return monday, monday + timedelta(days=6)
    if kind == "month":
        return _months(year, int(parts["m"]), int(parts["m"]))
    if kind == "quarter":
        q = int(parts["q"])
        return _months(year, 3 * q - 2, 3 * q)
    if kind == "half":
        h = int(parts["h"])
        return _months(year, 6 * h - 5, 6 * h)
    first, last = SEASON_MONTHS[parts["s"]]
    return _months(year, first, last)


def _months(year, first_month, last_month):
    last_year, last_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    end = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return date(year, first_month, 1), end


def is_valid_date_value(value):
    return date_range(value) is not None


# --- arithmetic at a unit ----------------------------------------------------------

def shift(day, amount, unit):
    """The day ``amount`` units after ``day`` (negative: before)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        raise ValueError(f"no calendar unit {unit!r}")
    total = day.year * 12 + day.month - 1 + amount * months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def format_at(day, unit):
    """The value naming the ``unit`` that contains ``day``: format_at(2025-08-13, "M") == "2025-08"."""
    if unit == "D":
        return day.isoformat()
    if unit in ("W", "WE"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":   # a half year (resolve's anchors name halves so; templates' "H" is an hour)
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    raise ValueError(f"no calendar unit {unit!r}")


TIME_UNITS = ("H", "MIN", "S")


def duration(*parts):
    """A TIMEX3 duration from (amount, unit) parts, time units after a T:
    duration(("3", "Y")) == "P3Y", duration(("5", "H"), ("30", "MIN")) == "PT5H30M"."""
    parts = [(amount, unit) for amount, unit in parts if amount != "0"] or parts[:1]
    date_part = "".join(f"{amount}{unit}" for amount, unit in parts if unit not in TIME_UNITS)
    time_part = "".join(f"{amount}{'M' if unit == 'MIN' else unit}" for amount, unit in parts if unit in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")
