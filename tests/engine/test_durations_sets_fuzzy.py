"""Lengths of time, recurring times and fuzzy references: values, never dates on the timeline."""
from datetime import date

import pytest

from tests.engine.helpers import found

AUG = date(2025, 8, 13)


@pytest.mark.parametrize("text,expression,timex_type,value", [
    ("The insurgency is decades-long.", "decades-long", "DURATION", "PXDE"),
    ("He stayed for three years.", "three years", "DURATION", "P3Y"),
    ("He came on a five-day official visit.", "five-day", "DURATION", "P5D"),
    ("It was the second trip in one and a half months.", "one and a half months", "DURATION", "P1.5M"),
    ("The charge is spread over the next three quarters.", "the next three quarters", "DURATION", "P9M"),
    ("The meeting lasted five hours.", "five hours", "DURATION", "PT5H"),
    ("The outage lasted nearly half an hour.", "nearly half an hour", "DURATION", "PT30M"),
    ("He won after three hours and nine minutes.", "three hours and nine minutes", "DURATION", "PT3H9M"),
    ("She served two years and one month in jail.", "two years and one month", "DURATION", "P2Y1M"),
    ("In the nine months, profit rose.", "the nine months", "DURATION", "P9M"),   # a length as a noun
    ("Crowds joined the two day rally.", "two day", "DURATION", "P2D"),           # ... as a modifier
    ("He served one five-year term.", "five-year", "DURATION", "P5Y"),           # "one five" is no number
    ("It formed 700 million years after the Big Bang.", "700 million years", "DURATION", "P700000000Y"),
    ("Its light left about 13.1 billion years ago.", "about 13.1 billion years ago", "DATE", "PAST_REF"),
    ("In the last twenty four hours, stocks fell.", "the last twenty four hours", "DURATION", "PT24H"),
    # "over" is "more than" after "last", "spent", "in"...; after other verbs it means "during"
    ("The tour is likely to last over a week.", "over a week", "DURATION", "P1W"),
    ("It was the first rise in over a decade.", "over a decade", "DURATION", "P10Y"),
    ("The loan will be repaid over three years.", "three years", "DURATION", "P3Y"),
    # a range of lengths is one length, its lower bound ("two or three years ago" stays a date:
    # test_relative_dates.py)
    ("Shipments will resume within two to three weeks.", "two to three weeks", "DURATION", "P2W"),
    ("Over the last four or five years, prices doubled.", "the last four or five years", "DURATION", "P4Y"),
    ("Stocks hit a five year low.", "five year", "DURATION", "P5Y"),    # the article is the noun's
    ("Prices fell over the past two months.", "the past two months", "DURATION", "P2M"),
    ("The trial is expected to last several weeks.", "several weeks", "DURATION", "PXW"),   # "last" the verb
    ("She hopes to one day run for office.", "one day", "DATE", "FUTURE_REF"),      # an unnamed time ahead
    ("The strike was limited to one day.", "one day", "DURATION", "P1D"),            # ... not a day's length
    ("The group meets every week.", "every week", "SET", "P1W"),
    ("Reports are filed annually.", "annually", "SET", "P1Y"),
    ("The shop is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    ("The magazine is published every other week.", "every other week", "SET", "P2W"),
    ("The festival takes place every summer.", "every summer", "SET", "XXXX-SU"),
    ("The committee meets every other Tuesday.", "every other Tuesday", "SET", "XXXX-WXX-2"),   # no one Tuesday
    ("Tours run on the first Tuesday of each month.", "the first Tuesday of each month", "SET", "P1M"),   # nor here
    ("The result will be known within a fortnight.", "a fortnight", "DURATION", "P2W"),
    ("Prices have risen over the past fortnight.", "the past fortnight", "DURATION", "P2W"),   # not "the past"
    ("Crowds gather for a daily rally.", "daily", "SET", "P1D"),
    ("For weeks the government has held rallies.", "weeks", "DURATION", "PXW"),
    ("Rescuers searched for hours.", "hours", "DURATION", "PTXH"),              # a time unit takes its T
    ("It could take days before the runway reopens.", "days", "DURATION", "PXD"),
    ("The rebound ended six consecutive quarters of contraction.", "six consecutive quarters", "DURATION", "P18M"),
    ("Over the following weeks, the protests spread.", "the following weeks", "DURATION", "PXW"),   # with its words
    ("Ties have improved in recent months.", "recent months", "DATE", "PAST_REF"),
    ("Ties were closer a generation ago.", "a generation ago", "DATE", "PAST_REF"),
    ("The company is now profitable.", "now", "DATE", "PRESENT_REF"),
    ("Prices will fall in the future.", "the future", "DATE", "FUTURE_REF"),
])
def test_value(text, expression, timex_type, value, nlp):
    timex = found(text, AUG, nlp)[expression]
    assert (timex.type, timex.value) == (timex_type, value)
    assert not timex.is_point and timex.granularity is None


def test_a_length_after_an_age_is_no_rate(nlp):
    # "64, has" is no count of things, as "202,000 jobs" is ("202,000 jobs a month")
    assert found("Cahuzac, 64, has 10 days to appeal.", AUG, nlp)["10 days"].value == "P10D"


def test_a_day_after_is_a_duration_and_leaves_the_date_to_the_event(nlp):
    timexes = found("The dialogue was held on Tuesday, a day after the US designated the group.", AUG, nlp)
    assert (timexes["a day"].type, timexes["a day"].value) == ("DURATION", "P1D")
    assert timexes["Tuesday"].value == "2025-08-12"


@pytest.mark.parametrize("text", [
    "The 52-year-old engineer retired.",          # an age
    "A room costs $35 a night.",                  # a rate
    "Customers may withdraw 300 euros a day.",    # a rate in another currency
    "The plant makes 3 million cars a year.",    # a rate: a count of things
    "The patients get two meals a day.",
    "Its economy has shrunk by about a quarter.",   # a fraction, not three months
    "The Fed has held overnight rates near zero.",  # a money market's term, not a night
    "The overnight lending rate rose.",
    "He ran a 3:58 mile.",                        # a race time, not a clock
    "It hit the air at 54,000 km (33,000 miles) per hour.",   # a speed
    "Winds of 100 miles per hour hit the coast.",
    "The winds had reached eighty miles an hour.",
    "It sold in two thousand five hundred stores.",   # guard rows: a count read out, not a year
    "Prices rose in two thousand three cities.",
    "The H1N1 virus spread.",                     # guard: a strain's name, not a half-year
    "The index closed at 2082.1 points.",         # a number, not a year
    "The euro rose to $1.2013.",                  # ... nor are a rate's decimals
    "About 1990 workers struck.",                 # ... nor a count of people or things
    "Police found 1999 rounds.",
    "You may ask for more.",                      # the modal, not the month
    "He showed a still from the film High Noon.", # a title, not a time of day
    "This time the bomb went off at a clinic.",   # an occasion, not a time
    "They lit the Christmas tree.",               # a kind of tree, not a day
    "The team opened spring training.",           # a season's activity, not the season
    "They toured the Summer Palace.",             # a name
    "He lives on the 15th floor.",                # an ordinal, not a day
    "After the fall of the Berlin Wall, trade grew.",
    "The fall in prices surprised analysts.",     # a drop, not autumn
    "April Ryan asked a question.",               # a name
    "He is in his 90s.",                          # an age
    "May I ask a question?",
    "The spring in his step returned.",
    "The index has fallen in four of the past five sessions.",   # a count of sessions, not "the past"
    "They lost three of the past few games.",
    "Messi scored twice in the second half.",     # a game's half and quarter, not the year's
    "The Heat trailed by 10 in the fourth quarter.",
    "She set out alone on a day hike.",           # a kind of thing, not a length or a time
    "They took a day trip to Paris.",
    "He worked the night shift.",
    "Protesters gathered at 1600 Pennsylvania Avenue.",   # a house number, not a year
    "The office is at 1999 Broadway.",
])
def test_not_temporal(text, nlp):
    assert found(text, AUG, nlp) == {}
