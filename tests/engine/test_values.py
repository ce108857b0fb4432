from datetime import date

import pytest

from timeline.engine import values


@pytest.mark.parametrize("value,first,last,kind", [
    ("2025-08-12", date(2025, 8, 12), date(2025, 8, 12), "day"),
    ("2025-06", date(2025, 6, 1), date(2025, 6, 30), "month"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30), "quarter"),
    ("2025-W33", date(2025, 8, 11), date(2025, 8, 17), "week"),
    ("2024-WI", date(2024, 12, 1), date(2025, 2, 28), "season"),
    ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
    ("19", date(1900, 1, 1), date(1999, 12, 31), "century"),
])
def test_date_range(value, first, last, kind):
    assert values.date_range(value) == (first, last)
    assert values.granularity(value) == kind


@pytest.mark.parametrize("value", ["P3Y", "PAST_REF", "PRESENT_REF", "XXXX-06", "P1D",
                                   "2025-02-30", "2025-W54"])   # days the calendar lacks
def test_non_dates_have_no_range(value):
    assert values.date_range(value) is None


def test_shift_clamps_to_the_end_of_the_month():
    assert values.shift(date(2025, 3, 31), -1, "M") == date(2025, 2, 28)
    assert values.shift(date(2024, 2, 29), 1, "Y") == date(2025, 2, 28)


def test_format_at_each_unit():
    day = date(2025, 8, 13)
    assert [values.format_at(day, u) for u in ("D", "W", "M", "Q", "Y", "DE", "CE")] == [
        "2025-08-13", "2025-W33", "2025-08", "2025-Q3", "2025", "202", "20"]


def test_durations_of_hours_carry_a_time_marker():
    assert values.duration(("5", "H")) == "PT5H"
    assert values.duration(("3", "Y")) == "P3Y"
    assert values.duration(("10", "MIN")) == "PT10M"
    assert values.duration(("2", "Y"), ("6", "M")) == "P2Y6M"
    assert values.duration(("1", "D"), ("12", "H")) == "P1DT12H"
    assert values.duration(("0", "Y"), ("6", "M")) == "P6M"
