"""Bare and qualified weekdays. The verb's tense says which week.

Checked with a calendar: 2025-08-13 is a Wednesday, 2025-08-12 a Tuesday,
2025-01-02 a Thursday, 1989-10-27 a Friday, 1989-10-30 a Monday.
"""
from datetime import date

import pytest

from tests.engine.helpers import found

WED, TUE, THU_JAN = date(2025, 8, 13), date(2025, 8, 12), date(2025, 1, 2)


@pytest.mark.parametrize("text,published,expression,value", [
    ("The dialogue was held on Tuesday.", WED, "Tuesday", "2025-08-12"),
    # a range from a calendar day to a weekday ends on the weekday near the publication (guard: not the
    # first Thursday after Sept. 14)
    ("Shares were bought from Sept. 14 to Thursday.", date(1989, 10, 27), "Thursday", "1989-10-26"),
    # "this Monday" is the one ahead, unless told in the past (the 18th; the 11th)
    ("This Monday's vote is crucial.", WED, "This Monday", "2025-08-18"),
    ("The plan was unveiled this Monday.", WED, "this Monday", "2025-08-11"),   # (guard)
    # a weekday in apposition to the day it falls on names it (2025-06-07 was a Saturday; not the 16th of August)
    ("On June 7, a Saturday, thousands marched.", WED, "Saturday", "2025-06-07"),
    ("It happened on Jan. 5, which was a Sunday.", WED, "Sunday", "2025-01-05"),
    ("On June 8, a Saturday, thousands marched.", WED, "Saturday", "2025-08-09"),   # guard: June 8 was a Sunday
    ("The dialogue was held on Tuesday.", TUE, "Tuesday", "2025-08-12"),      # the publication day itself
    ("He spoke on Wednesday.", WED, "Wednesday", "2025-08-13"),
    ("The ministers will meet on Tuesday.", WED, "Tuesday", "2025-08-19"),
    ("The ministers met on Thursday.", WED, "Thursday", "2025-08-07"),
    # what is forecast, and what is to be had done, lies ahead of the past verb (Sunday the 17th)
    ("Rain was forecast for Sunday.", WED, "Sunday", "2025-08-17"),
    ("Crews had the road reopened by Sunday.", WED, "Sunday", "2025-08-10"),   # (guard: a past "had")
    # a past the tagger took for a participle, told with its own subject: Saturday the 9th, not the 16th
    ("Voters will go to the polls on April 14, the electoral council announced on Saturday.", WED, "Saturday",
     "2025-08-09"),
    ("Protesters planned a march on Saturday.", WED, "Saturday", "2025-08-16"),
    # a start declared in the past is announced ahead of it (Thursday the 14th, Monday the 18th)
    ("The president declared three days of mourning starting Thursday.", WED, "Thursday", "2025-08-14"),
    ("The company announced price cuts beginning Monday.", WED, "Monday", "2025-08-18"),
    ("Beginning Monday, the store opened at 8.", WED, "Monday", "2025-08-11"),   # told before its verb: past
    # a decree told in the past, in force from a day: the nearest such day (Thursday the 14th, Tuesday the 12th)
    ("The governor banned traffic from Thursday until further notice.", WED, "Thursday", "2025-08-14"),
    ("Police imposed a curfew from Tuesday.", WED, "Tuesday", "2025-08-12"),   # (a guard: the past one is nearest)
    # a happening no one schedules is past, whatever the verb: Monday the 11th, not the 18th
    ("Officials are investigating Monday's crash.", WED, "Monday", "2025-08-11"),
    ("Police will question witnesses to the Friday shooting.", WED, "Friday", "2025-08-08"),
    # a present in a clause of condition or time looks ahead
    ("If the vote passes on Sunday, the law takes effect in June.", WED, "Sunday", "2025-08-17"),
    ("Once the deal is signed on Monday, work can begin.", WED, "Monday", "2025-08-18"),
    ("When the market opened on Monday, prices fell.", WED, "Monday", "2025-08-11"),
    # the second of a pair follows the first, which "next" or "last" placed
    ("The Fed meets next Tuesday and Wednesday.", WED, "Wednesday", "2025-08-20"),
    ("The agreement was signed on Monday.", THU_JAN, "Monday", "2024-12-30"),  # across the year boundary
    ("Police arrested two men last Friday.", WED, "last Friday", "2025-08-08"),
    ("The court will rule next Tuesday.", WED, "next Tuesday", "2025-08-19"),
    ("Investors await Friday's jobs report.", WED, "Friday", "2025-08-15"),   # what is awaited lies ahead
    ("Ahead of Friday's deadline, talks intensified.", WED, "Friday", "2025-08-15"),   # ... and what is ahead
    ("The minister, speaking ahead of Sunday's vote, urged calm.", WED, "Sunday", "2025-08-17"),
    # ... also where the parser hangs the day on the main verb, past the noun awaited
    ("Twitter raised $1.8 billion ahead of its debut on the New York Stock Exchange on Thursday.",
     WED, "Thursday", "2025-08-14"),
    # guard rows: a clause with its own tense, and "ahead of schedule", are no day awaited
    ("Stocks rose ahead of the central bank's meeting, which ended on Thursday.", WED, "Thursday", "2025-08-07"),
    ("The line was finished ahead of schedule on Thursday.", WED, "Thursday", "2025-08-07"),
    ("He faces a hearing on Tuesday.", WED, "Tuesday", "2025-08-19"),   # a timetable verb's object, dated
    # "next" names next week's day: told on Monday 8 April 2013, Wednesday the 17th, not the 10th
    ("Her funeral will take place next Wednesday.", date(2013, 4, 8), "next Wednesday", "2013-04-17"),
    ("Her funeral will take place this coming Wednesday.", date(2013, 4, 8), "this coming Wednesday", "2013-04-10"),
    # ... counting weeks from Sunday: "next Sunday" told on Wednesday 20 March 2013 is the 24th
    ("The league will meet again next Sunday.", date(2013, 3, 20), "next Sunday", "2013-03-24"),
    ("The league will meet again next Monday.", date(2013, 3, 16), "next Monday", "2013-03-18"),   # a Saturday
    ("The league will meet again next Sunday.", date(2013, 3, 16), "next Sunday", "2013-03-24"),   # not tomorrow
    ("The Senate may vote on Monday.", WED, "Monday", "2025-08-18"),           # "may", "might", "should" too
    ("Trading is to resume in Paris on Tuesday.", date(1989, 10, 27), "Tuesday", "1989-10-31"),
    ("Officials postponed the vote until Tuesday.", WED, "Tuesday", "2025-08-19"),  # a deferral points ahead
    ("The hearing has been moved to Monday.", WED, "Monday", "2025-08-18"),           # so is a move "to"
    ("The island has until Monday to raise 5.8 billion euros.", WED, "Monday", "2025-08-18"),  # an obligation ahead
    ("Lawmakers have to decide by Monday.", WED, "Monday", "2025-08-18"),
    ("The EU has given Cyprus until Monday to find the money.", WED, "Monday", "2025-08-18"),   # a deadline granted
    # the end of a range comes after its start (Friday the 15th: Wednesday the 20th to Friday the 22nd)
    ("His body will lie in state from Wednesday to Friday.", date(2025, 8, 15), "Friday", "2025-08-22"),
    ("They stayed in the hotel until Monday.", WED, "Monday", "2025-08-11"),                  # (a stay is not)
    # a simple present that dates its verb is a timetable ...
    ("The team plays Thursday.", date(2025, 8, 15), "Thursday", "2025-08-21"),
    ("The festival runs through Sunday.", WED, "Sunday", "2025-08-17"),                # any present up to a day
    ("The deadline is Friday.", date(2025, 8, 11), "Friday", "2025-08-15"),
    ("A vote could come as early as Thursday.", date(2025, 8, 15), "Thursday", "2025-08-21"),              # a present "is": ahead
    # ... unless the verb's past looks the same
    ("Weakness in tech stocks hurt the index on Friday.", date(1989, 10, 30), "Friday", "1989-10-27"),
    # the day of the saying, before the reported clause's subject, even where the parser hangs it on "hold"
    ("The government said on Monday it would hold elections within 90 days.", date(2025, 8, 15), "Monday", "2025-08-11"),
    # ... but a day inside the reported clause's subject is the clause's
    ("Officials said Sunday's election would be held as planned.", WED, "Sunday", "2025-08-17"),
    # "would" points ahead of a recent saying, but not necessarily of today when the saying was days ago
    ("The minister said the talks would resume on Monday.", WED, "Monday", "2025-08-18"),
    ("He said last week that the vote would be held Monday.", WED, "Monday", "2025-08-11"),
    # a clause of speaking in the subject dates the saying; another clause there does not
    ("The minister, who spoke last week, said the talks would resume on Monday.", WED, "Monday", "2025-08-11"),
    ("The firm, which was founded last week, said it would hire staff on Monday.", WED, "Monday", "2025-08-18"),
    # an infinitive happens when its governor does: Thursday the 7th, not tomorrow the 14th
    ("A spokesman declined to comment Thursday.", WED, "Thursday", "2025-08-07"),
    ("Fans began lining up outside the stadium on Thursday.", WED, "Thursday", "2025-08-07"),   # so does a gerund
    # through an adjective, the verb it complements (Wednesday the 13th: Monday the 18th, not the 11th)
    ("He is ready to sign the deal on Monday.", WED, "Monday", "2025-08-18"),
    ("The company is supposed to pay on Monday.", WED, "Monday", "2025-08-18"),
    ("Lawmakers will be able to vote on Monday.", WED, "Monday", "2025-08-18"),
    # a second verb with no tense of its own shares the first one's
    ("The company will cut jobs and close two plants on Monday.", WED, "Monday", "2025-08-18"),
    # a participle before a past main verb, or a perfect one, is past (Monday the 11th: the 6th, not the 13th)
    ("Speaking on Wednesday, the minister defended the plan.", date(2025, 8, 11), "Wednesday", "2025-08-06"),
    ("After meeting on Wednesday, the leaders issued a statement.", date(2025, 8, 11), "Wednesday", "2025-08-06"),
    ("Having lost on Wednesday, the team must win on Saturday.", date(2025, 8, 11), "Wednesday", "2025-08-06"),
    # ... and a present participle before a main verb that looks ahead looks ahead with it
    ("Beginning Monday, the store will open at 8 a.m.", WED, "Monday", "2025-08-18"),
    ("Speaking on Friday, the minister will defend the plan.", date(2025, 8, 11), "Friday", "2025-08-15"),
    # ... but what comes "after" it is the nearest (Monday the 11th: Sunday the 10th; Thursday the 14th)
    ("Seattle will face Denver after beating San Francisco on Sunday.", date(2025, 8, 11), "Sunday", "2025-08-10"),
    ("He will travel to Paris after meeting Obama on Thursday.", date(2025, 8, 11), "Thursday", "2025-08-14"),  # (guard)
    # (not a past participle: what was announced was announced in the past)
    ("Under the new terms, announced Friday, holders would receive cash.", date(1989, 10, 30), "Friday", "1989-10-27"),
    # ... unless the governor looks ahead: an order (Monday the 11th: Wednesday the 13th, not the 6th)
    ("The judge told them to return on Wednesday.", date(2025, 8, 11), "Wednesday", "2025-08-13"),
    # Monday 1989-10-30: Thursday the 26th, four days back, over Thursday 2 November, three ahead
    ("The notes carry a premium over Thursday's closing price.", date(1989, 10, 30), "Thursday", "1989-10-26"),
    # ... but what "could" befall it may lie ahead: the nearest Thursday (the 14th; "could not" is past, the 7th)
    ("The wind could ground the balloons at Thursday's parade.", WED, "Thursday", "2025-08-14"),
    ("He could not attend Thursday's meeting.", WED, "Thursday", "2025-08-07"),   # (guard)
    # a subject that negates is "could not" too: Monday the 11th, not the coming 18th
    ("Neither he nor his parents could be reached on Monday.", WED, "Monday", "2025-08-11"),
    # the latest of a series is past, whatever the perfect it hangs on (Wednesday the 13th: the 9th,
    # not the coming 16th); "the last" may lie ahead, and so may "the latest" under "will"
    ("Three soldiers have died this year, the latest on Saturday.", WED, "Saturday", "2025-08-09"),
    ("Five soldiers have been killed, the most recent on Saturday.", WED, "Saturday", "2025-08-09"),
    ("The bank will publish two more reports, the latest on Friday.", WED, "Friday", "2025-08-15"),   # (guard)
    # what "was to have been" done was planned for a day now gone (the 7th, not the coming 14th)
    ("The pact was to have been signed at a summit on Thursday.", WED, "Thursday", "2025-08-07"),
    # what was counted up to a day is done (told on Friday 8 August 2014: the 4th, not the nearer
    # 11th); told ahead, it is ahead
    ("More than 930 people have died, including 45 in the two days to Monday.", date(2014, 8, 8), "Monday",
     "2014-08-04"),
    ("Police will count arrests in the two days to Monday.", date(2014, 8, 8), "Monday", "2014-08-11"),   # (guard)
    # a gerund beside what was expected shares the expectation (Saturday 9 November 2013: the 11th, not the 4th)
    ("It was expected to reach Vietnam on Sunday, weakening to a tropical storm by Monday.", date(2013, 11, 9),
     "Monday", "2013-11-11"),
])
def test_weekday(text, published, expression, value, nlp):
    timex = found(text, published, nlp)[expression]
    assert (timex.type, timex.value) == ("DATE", value)


def test_weekday_with_part_of_day_is_a_time(nlp):
    timex = found("The offer had been due to expire Friday evening.", date(1989, 10, 30), nlp)["Friday evening"]
    assert (timex.type, timex.value) == ("TIME", "1989-10-27TEV")


def test_what_is_to_be_had_done_lies_ahead_of_the_past_verb(nlp):
    # told on Friday 17 January 2014: the coming Sunday, the 19th (not the 12th)
    timex = found("Firefighters expected to have the blaze fully contained by Sunday evening.", date(2014, 1, 17),
                  nlp)["Sunday evening"]
    assert (timex.type, timex.value) == ("TIME", "2014-01-19TEV")


def test_what_is_warned_of_lies_ahead(nlp):
    # Wednesday 27 November 2013, ISO week 48: the coming weekend (30 Nov-1 Dec) and Thursday the 28th
    timexes = found("The weather service warned of bitter cold through the weekend, with lows near zero Thursday "
                    "night.", date(2013, 11, 27), nlp)
    assert (timexes["the weekend"].value, timexes["Thursday night"].value) == ("2013-W48-WE", "2013-11-28TNI")
    # guard: the warning's own time, before what it warns of
    timexes = found("Officials warned over the weekend that the dam could fail.", date(2013, 11, 27), nlp)
    assert timexes["the weekend"].value == "2013-W47-WE"


def test_the_weekend(nlp):
    # past tense: the weekend before Wednesday 13 August is 9-10 August, ISO week 32
    assert found("Talks continued over the weekend.", WED, nlp)["the weekend"].value == "2025-W32-WE"
    assert found("Talks will continue over the weekend.", WED, nlp)["the weekend"].value == "2025-W33-WE"
    # the dates named after it say which weekend: no second, unanchored one
    assert set(found("Protests were held on the weekend of March 9-10.", WED, nlp)) == {"March 9", "10"}


def test_the_previous_weekday_is_next_to_the_day_the_story_is_at(nlp):
    # published Monday 1989-10-30: "Friday" is the 27th, the Friday before it the 20th
    timexes = found("The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.",
                    date(1989, 10, 30), nlp)
    assert timexes["Friday"].value == "1989-10-27"
    assert timexes["the previous Friday"].value == "1989-10-20"
    assert timexes["the previous Friday"].anchor == '"Friday" (1989-10-27)'


# Monday 2025-08-11: the last Tuesday is 5 August, the coming one 12 August. "A week ago
# Tuesday" counts from the last Tuesday (29 July), not from the Tuesday of last week (5 August).
@pytest.mark.parametrize("text,expression,value", [
    ("The deal was signed a week ago Tuesday.", "a week ago Tuesday", "2025-07-29"),
    ("The vote will be held a week from Tuesday.", "a week from Tuesday", "2025-08-19"),
    ("He arrived the Tuesday before last.", "the Tuesday before last", "2025-07-29"),
    ("He will return the Tuesday after next.", "the Tuesday after next", "2025-08-19"),
    ("The trial opens two weeks from Friday.", "two weeks from Friday", "2025-08-29"),   # Friday the 15th + 14
    ("The law takes effect a year from today.", "a year from today", "2026-08-11"),
    ("The vote is set for Tuesday week.", "Tuesday week", "2025-08-19"),        # British
    ("The vote is set for a week on Tuesday.", "a week on Tuesday", "2025-08-19"),
])
def test_weeks_counted_from_a_weekday_or_today(text, expression, value, nlp):
    timex = found(text, date(2025, 8, 11), nlp)[expression]
    assert (timex.type, timex.value) == ("DATE", value)


# Headlines keep their own tenses: a present tells what has happened, "to" and expectations
# what is to come (Wednesday 13 August 2025: Friday the 8th, Sunday the 17th).
@pytest.mark.parametrize("text,expression,value", [
    ("Police arrest suspect in Friday shooting\n\nPolice made the arrest on Tuesday.", "Friday", "2025-08-08"),
    ("Storm Expected To Hit Coast Sunday\n\nForecasters warned of high winds.", "Sunday", "2025-08-17"),
    # ... a title-case headline the parser runs into its byline is still a headline
    ("Storm Expected To Hit Coast Sunday\nBy JANE DOE, Associated Press\nForecasters warned of winds.",
     "Sunday", "2025-08-17"),
    # ... and a verb the parser finds keeps its own say: a timetable's present looks ahead
    ("Pope Francis meets Benedict on Saturday\n\nThe two will pray together.", "Saturday", "2025-08-16"),
    # the lines of hard-wrapped text are no headlines: "will appear" still looks ahead
    ("The suspect was held overnight. He will appear in court on Thursday\nand could face charges.",
     "Thursday", "2025-08-14"),
])
def test_headlines(text, expression, value, nlp):
    assert found(text, WED, nlp)[expression].value == value


def test_a_weekday_told_ahead_is_the_named_day_the_story_is_at(nlp):
    # published Tuesday 12 November 2013: Thanksgiving is Thursday the 28th, not the 14th
    timexes = found("Macy's will open on Thanksgiving Day. Walmart will start its sales at 6 p.m. on Thursday.",
                    date(2013, 11, 12), nlp)
    assert timexes["6 p.m. on Thursday"].value == "2013-11-28T18:00"
    # guard: a day the story named by its weekday is contrasted, not repeated (published Monday
    # 8 April 2013: the funeral on the 17th, Parliament recalled on the 10th)
    timexes = found("Her funeral will take place next Wednesday. Parliament will be recalled on Wednesday.",
                    date(2013, 4, 8), nlp)
    assert (timexes["next Wednesday"].value, timexes["Wednesday"].value) == ("2013-04-17", "2013-04-10")

