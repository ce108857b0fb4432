"""Resolution in sentences, where the verb's tense and the narrative matter.

Every expected value below was worked out by hand with a calendar.
2025-08-13 is a Wednesday, 2025-08-12 a Tuesday, 2025-01-02 a Thursday.
"""
from datetime import date

import pytest

from timeline.engine import analyze


def values_of(text, published, nlp):
    return {t.text: t.value for t in analyze(text, published, nlp=nlp).timexes}


@pytest.mark.parametrize("text,published,expression,value", [
    # a bare weekday: the tense says which week
    ("The dialogue was held on Tuesday.", date(2025, 8, 13), "Tuesday", "2025-08-12"),
    ("The dialogue was held on Tuesday.", date(2025, 8, 12), "Tuesday", "2025-08-12"),
    ("The ministers will meet on Tuesday.", date(2025, 8, 13), "Tuesday", "2025-08-19"),
    ("The ministers met on Thursday.", date(2025, 8, 13), "Thursday", "2025-08-07"),
    ("Protesters planned a march on Saturday.", date(2025, 8, 13), "Saturday", "2025-08-16"),
    # a bare month
    ("Prices rose sharply in December.", date(2025, 1, 15), "December", "2024-12"),
    ("The president will visit in June.", date(2025, 1, 15), "June", "2025-06"),
    ("The president will visit in June.", date(2025, 8, 13), "June", "2026-06"),
    ("He is expected to visit the capital in March.", date(2025, 8, 13), "March", "2026-03"),
    ("He visited the capital in March.", date(2025, 8, 13), "March", "2025-03"),
    # across the year boundary
    ("The agreement was signed on Monday.", date(2025, 1, 2), "Monday", "2024-12-30"),
    ("Sales fell last month.", date(2025, 1, 2), "last month", "2024-12"),
    ("The plant opened yesterday.", date(2025, 1, 2), "yesterday", "2025-01-01"),
    ("The plant will open next year.", date(2025, 1, 2), "next year", "2026"),
    ("The vote took place on Dec. 30.", date(2025, 1, 2), "Dec. 30", "2024-12-30"),
    # partial dates with their own year words
    ("The last dialogue was held in May of last year.", date(2025, 8, 12), "May of last year", "2024-05"),
    ("Talks resumed in January this year.", date(2025, 8, 12), "January this year", "2025-01"),
])
def test_value_in_context(text, published, expression, value, nlp):
    assert values_of(text, published, nlp)[expression] == value


def test_narrative_time_moves_with_the_story(nlp):
    text = "The talks began on March 3, 2025. Two days later, the ministers signed a deal."
    found = values_of(text, date(2025, 8, 13), nlp)
    assert found["March 3, 2025"] == "2025-03-03"
    assert found["Two days later"] == "2025-03-05"


def test_the_next_day_follows_the_last_named_day(nlp):
    text = "The storm hit on Friday, August 8. The next day, crews began repairs."
    found = values_of(text, date(2025, 8, 13), nlp)
    assert found["Friday, August 8"] == "2025-08-08"
    assert found["The next day"] == "2025-08-09"


def test_a_year_earlier_compares_the_same_quarter(nlp):
    text = "Net income rose in the third quarter to $5 million from $4 million a year earlier."
    found = values_of(text, date(1989, 10, 30), nlp)
    assert found["the third quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"


def test_a_day_after_is_a_duration(nlp):
    analysis = analyze("The dialogue was held on Tuesday, a day after the US designated the group.",
                       date(2025, 8, 13), nlp=nlp)
    by_text = {t.text: t for t in analysis.timexes}
    assert by_text["a day"].type == "DURATION"
    assert by_text["a day"].value == "P1D"
    assert by_text["Tuesday"].value == "2025-08-12"


def test_every_value_records_its_rule_and_anchor(nlp):
    analysis = analyze("Officials said last month that the plan was ready.", date(2025, 8, 13), nlp=nlp)
    (timex,) = analysis.timexes
    assert (timex.rule, timex.anchor) == ("last_unit", "publication date")
    followed = analyze("The talks began on March 3, 2025. Two days later, a deal was signed.",
                       date(2025, 8, 13), nlp=nlp).timexes[1]
    assert followed.anchor == '"March 3, 2025" (2025-03-03)'


@pytest.mark.parametrize("text,expression,timex_type,value", [
    ("The insurgency is decades-long.", "decades-long", "DURATION", "PXDE"),
    ("He stayed for three years.", "three years", "DURATION", "P3Y"),
    ("The group meets every week.", "every week", "SET", "P1W"),
    ("Reports are filed annually.", "annually", "SET", "P1Y"),
    ("Ties have improved in recent months.", "recent months", "DATE", "PAST_REF"),
    ("The company is now profitable.", "now", "DATE", "PRESENT_REF"),
    ("The rally starts at 8 p.m. today.", "8 p.m.", "TIME", "2025-08-13T20:00"),
    ("The 52-year-old engineer retired.", None, None, None),
    ("A room costs $35 a night.", None, None, None),
])
def test_kinds_of_expression(text, expression, timex_type, value, nlp):
    timexes = analyze(text, date(2025, 8, 13), nlp=nlp).timexes
    if expression is None:
        assert timexes == []
        return
    found = {t.text: t for t in timexes}[expression]
    assert (found.type, found.value) == (timex_type, value)
