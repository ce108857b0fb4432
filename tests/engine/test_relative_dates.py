"""Words relative to the publication date, and to the time the narrative is at.

Checked by hand; 2025-01-02 is a Thursday, 2025-08-13 a Wednesday in ISO week 33.
"""
from datetime import date

import pytest

from tests.engine.helpers import found

JAN2, AUG = date(2025, 1, 2), date(2025, 8, 13)


@pytest.mark.parametrize("text,published,expression,value", [
    ("Sales fell last month.", JAN2, "last month", "2024-12"),
    # in what was said on a named day, a time relative to the day it was said (Friday the 8th; Thursday the 7th)
    ("Police said on Friday that the suspect had been arrested the previous day.", AUG, "the previous day", "2025-08-07"),
    ("Officials said on Monday that talks would resume the next day.", AUG, "the next day", "2025-08-12"),
    ("The group said early on Tuesday that its leaders had been arrested overnight.", AUG, "overnight",
     "2025-08-11TNI"),
    ("The plant opened yesterday.", JAN2, "yesterday", "2025-01-01"),
    ("The plant will open next year.", JAN2, "next year", "2026"),
    ("The hijacking this year shocked the country.", AUG, "this year", "2025"),
    ("Talks are planned this week.", AUG, "this week", "2025-W33"),
    # told on Sunday 7 July 2013, the last day of ISO week 27: ahead, the week starting the next day
    ("Investigators will interview the pilots this week.", date(2013, 7, 7), "this week", "2013-W28"),
    ("The pilots were interviewed earlier this week.", date(2013, 7, 7), "earlier this week", "2013-W27"),
    ("The plant closed two years ago.", AUG, "two years ago", "2023"),
    ("Prices rose two or three years ago.", AUG, "three years ago", "2022"),   # not a range of lengths
    # a unit ended, told just after it: the one just ended; late in it, this one
    ("The index ended the year up 13 percent.", date(2013, 1, 3), "the year", "2012"),
    ("The index ended the year up 13 percent.", date(2012, 12, 31), "the year", "2012"),
    ("Prices peaked three months ago.", AUG, "three months ago", "2025-05"),
    ("He was arrested a fortnight ago.", AUG, "a fortnight ago", "2025-W31"),   # July 30: ISO week 31
    ("The director, who took over a fortnight ago, spoke.", AUG, "a fortnight ago", "2025-W31"),   # "took over"
    ("The city was founded three thousand years ago.", AUG, "three thousand years ago", "PAST_REF"),  # before year 1
    ("Today, the envoys met.", AUG, "Today", "2025-08-13"),
    ("The plant closed at the end of last year.", AUG, "the end of last year", "2024"),   # "at" is no part of it
    ("Sales reached $6 billion in the latest fiscal year.", AUG, "the latest fiscal year", "2024"),   # the last done
    # an accounting year is named as the calendar's, as "the current fiscal year" is in TimeBank
    ("Exports were worth $20 billion in the last fiscal year.", AUG, "the last fiscal year", "2024"),
    ("The ministry expects a surplus next financial year.", AUG, "next financial year", "2026"),
    # a day at an edge of a unit: February 2013 has 28 days, 2024 was a leap year
    ("He will stay until the last day of the month.", date(2013, 2, 11), "the last day of the month", "2013-02-28"),
    ("The tax rose on the last day of last month.", date(2024, 3, 5), "the last day of last month", "2024-02-29"),
    ("The law takes effect on the first day of next year.", AUG, "the first day of next year", "2026-01-01"),
    # 28 August 1963 fell in ISO week 35 of 1963
    ("Fifty years ago this week, King spoke.", date(2013, 8, 28), "Fifty years ago this week", "1963-W35"),
])
def test_relative_to_publication(text, published, expression, value, nlp):
    assert found(text, published, nlp)[expression].value == value


def test_the_year_beside_a_year_is_that_year(nlp):
    timexes = found("Wade won the title in 1977, the year of the Queen's Silver Jubilee.", AUG, nlp)
    assert timexes["the year"].value == "1977"


def test_the_following_weekend_is_the_first_after_the_story_day(nlp):
    # told on Thursday 9 May 2013: Sunday is the 12th, the weekend after it 18-19 May (ISO week 20)
    timexes = found("He faces Swansea on Sunday and West Brom the following weekend.", date(2013, 5, 9), nlp)
    assert timexes["the following weekend"].value == "2013-W20-WE"
    # Thursday 2 May: the weekend of that same week, 4-5 May
    timexes = found("He arrived on Thursday, May 2, and left the following weekend.", date(2013, 5, 9), nlp)
    assert timexes["the following weekend"].value == "2013-W18-WE"


def test_the_day_a_market_ended_is_the_story_s_day(nlp):
    # told on Tuesday 30 August 2005: the Dow ended Monday's session, not Tuesday's
    timexes = found("Stocks fell sharply on Monday. The Dow ended the day at 10,300.", date(2005, 8, 30), nlp)
    assert timexes["the day"].value == "2005-08-29"


def test_narrative_time_moves_with_the_story(nlp):
    timexes = found("The talks began on March 3, 2025. Two days later, the ministers signed a deal.", AUG, nlp)
    assert timexes["March 3, 2025"].value == "2025-03-03"
    # TimeML: "Two days" is the duration, "later" a signal; the clause it dates is on the 5th
    assert (timexes["Two days"].type, timexes["Two days"].value) == ("DURATION", "P2D")
    assert timexes["Two days"].leads_to == "2025-03-05"


def test_weeks_on_moves_the_story_as_weeks_later_does(nlp):
    timexes = found("The quake struck on May 2, 2025. Two weeks on, the search goes on.", AUG, nlp)
    # two weeks on from 2 May is 16 May, in ISO week 20 (12-18 May): a week, as weeks count
    assert (timexes["Two weeks"].value, timexes["Two weeks"].leads_to) == ("P2W", "2025-W20")


def test_the_day_after_standing_alone_is_the_next_day_of_the_story(nlp):
    timexes = found("The fire broke out on Nov. 2, 2024. The day after, rain fell.", AUG, nlp)
    assert timexes["The day after"].value == "2024-11-03"


def test_the_year_after_that_counts_from_the_story_and_a_noun_after_it_is_left_to_the_events(nlp):
    timexes = found("In 2014 she sold the firm, and the year after that she moved to Vermont.", AUG, nlp)
    assert timexes["the year after that"].value == "2015"
    assert set(found("The year before that deal was signed, profits fell.", AUG, nlp)) == set()


@pytest.mark.parametrize("text,expression,value", [
    # the story is at 2000 ("two years later" than 1998): the spring after that year is 2001's
    ("She arrived in 1998. Two years later she opened a bakery. The following spring, a review "
     "brought lines around the block.", "The following spring", "2001-SP"),
    # after the fall of 2008 the next winter begins that December; the previous summer is 2008's
    ("Sales fell in the fall of 2008. The following winter was worse.", "The following winter", "2008-WI"),
    ("The bank failed in the fall of 2008, after a warning the previous summer.", "the previous summer", "2008-SU"),
])
def test_a_season_beside_the_story_time(text, expression, value, nlp):
    assert found(text, date(2019, 6, 10), nlp)[expression].value == value


def test_that_day_after_a_month_is_a_day_of_that_month_not_an_older_day(nlp):
    timexes = found("The site went down on Thursday. The doctor was killed last October. "
                    "His name was crossed out that same day.", date(1999, 2, 6), nlp)
    assert timexes["last October"].value == "1998-10"
    assert (timexes["that same day"].value, timexes["that same day"].is_point) == ("1998-10-XX", False)


def test_that_evening_after_a_month_is_an_evening_of_that_month(nlp):
    # "on a Friday" names no week, so the story is at June: an evening of a day of it, not today's
    timexes = found("The trouble started on a Friday in early June, when the computers went dark. "
                    "By that evening, engineers had traced the outage. The next morning, customers "
                    "found their accounts frozen.", date(2013, 3, 20), nlp)
    assert timexes["a Friday"].value == "XXXX-WXX-5"
    assert timexes["that evening"].value == "2012-06-XXTEV"
    assert timexes["The next morning"].value == "2012-06-XX"


def test_this_weekend_is_the_publications_whatever_the_story(nlp):
    timexes = found("Protests peaked in the last week of June. Hundreds gathered this weekend.", date(2013, 3, 20), nlp)
    assert timexes["this weekend"].value == "2013-W11-WE"   # 16-17 March, the weekend just past


def test_that_day_skips_a_background_month_years_before_the_story(nlp):
    # 1996 lies 17 years before the ruling: "the same day" is the ruling's Wednesday (26 June 2013)
    timexes = found("The court on Wednesday struck down the law, 17 years after Clinton signed it in "
                    "September 1996. In a separate ruling the same day, the justices cleared the way "
                    "for weddings to resume.", date(2013, 6, 26), nlp)
    assert timexes["the same day"].value == "2013-06-26"


def test_earlier_in_the_week_is_the_week_the_story_is_at(nlp):
    # published Monday 8 July 2013: the final was on Sunday the 7th, in ISO week 27 (1-7 July)
    timexes = found("Murray won the final on Sunday. Tickets had sold for up to 30,000 pounds "
                    "earlier in the week.", date(2013, 7, 8), nlp)
    assert timexes["earlier in the week"].value == "2013-W27"


def test_that_season_is_of_the_year_the_story_is_at(nlp):
    timexes = found("The fraud came to light in the summer of 2010. The firm collapsed that autumn.",
                    date(2013, 3, 20), nlp)
    assert timexes["that autumn"].value == "2010-FA"
    assert "that fall" not in found("Stocks that fall sharply are sold.", date(2013, 3, 20), nlp)   # a verb


def test_a_date_a_when_clause_tells_of_gives_its_year(nlp):
    # Thanksgiving 1983 was Thursday 24 November: its weekend, the 26th and 27th, was in ISO week 47
    timexes = found("It was the snowiest day since 1983, when 22 inches fell over the Thanksgiving weekend.",
                    date(2013, 11, 27), nlp)
    assert timexes["Thanksgiving weekend"].value == "1983-W47-WE"
    # "since November", told on 6 November 2013, is November 2012; the election after it, December 2012
    timexes = found("The yen has fallen 20 percent since November, when it became clear that Abe would win the "
                    "December election.", date(2013, 11, 6), nlp)
    assert (timexes["November"].value, timexes["December"].value) == ("2012-11", "2012-12")
    # guard: a relative clause of its own inside it tells of something else (Petraeus resigned in November 2012)
    timexes = found("His nomination had been stalled since January, when Obama picked him to replace David "
                    "Petraeus, who resigned in November after admitting to an affair.", date(2013, 3, 20), nlp)
    assert (timexes["January"].value, timexes["November"].value) == ("2013-01", "2012-11")


def test_the_year_in_apposition_to_a_year_is_that_year(nlp):
    # even when the year is a start the story is not at ("since 1990")
    timexes = found("Merkel won with her party's best result since 1990, the year of German reunification.",
                    date(2013, 11, 27), nlp)
    assert timexes["the year"].value == "1990"


def test_the_start_of_a_state_is_not_where_the_story_is(nlp):
    # Wednesday 27 November 2013: the night of the story, not a night of October
    timexes = found("Canceled flights piled up early Wednesday. Ski resorts, which had been making snow since late "
                    "October, said they would open early. Crews worked through the night to clear roads.",
                    date(2013, 11, 27), nlp)
    assert timexes["the night"].value == "2013-11-27TNI"
    # ... but a start a "when" clause tells of is a day the story was at (the 16th: three days later, the 19th)
    timexes = found("The banks have been closed since March 16, when the government proposed a tax on deposits. "
                    "Parliament rejected that plan three days later.", date(2013, 3, 25), nlp)
    assert timexes["three days"].leads_to == "2013-03-19"


def test_later_with_no_comma_still_dates_its_clause(nlp):
    timexes = found("The war began in 1914. Four years later the fighting stopped.", AUG, nlp)
    assert (timexes["Four years"].value, timexes["Four years"].leads_to) == ("P4Y", "1918")


def test_years_later_in_a_present_state_count_from_the_story_not_from_a_date_ahead(nlp):
    # "is still working" is now, not a plan: nine years on from January 2004 (was from April 2025)
    timexes = found("The rover will stop driving in April. Its predecessor landed in January 2004 and is still "
                    "working nine years later.", AUG, nlp)
    assert (timexes["nine years"].value, timexes["nine years"].leads_to) == ("P9Y", "2013")


def test_months_later_than_a_season_lead_to_its_year(nlp):
    # a season is no calendar unit to write the answer at: the year (was no date at all)
    timexes = found("In the summer of 1998, she crossed the border. Two months later, she found a job.", AUG, nlp)
    assert (timexes["Two months"].value, timexes["Two months"].leads_to) == ("P2M", "1998")


@pytest.mark.parametrize("text,expression,value", [
    # told in August 2025: the fall of 2026, not of this year; the second quarter of 2024, not of 2025
    ("She will open a fourth restaurant next year, probably in the fall.", "the fall", "2026-FA"),
    ("Prices rose last year, in the second quarter.", "the second quarter", "2024-Q2"),
])
def test_a_part_of_a_year_set_after_the_year_narrows_it(text, expression, value, nlp):
    assert found(text, AUG, nlp)[expression].value == value


def test_the_story_moves_on_after_a_duration_that_leads_to_a_day(nlp):
    timexes = found("The storm hit on Friday, August 8. Three days later, crews arrived. "
                    "The next day, power came back.", AUG, nlp)
    assert timexes["Three days"].leads_to == "2025-08-11"
    assert timexes["The next day"].value == "2025-08-12"


def test_a_decade_ago_is_a_year(nlp):
    timexes = found("A decade ago the plant employed 900 people.", AUG, nlp)
    assert timexes["A decade ago"].value == "2015"


@pytest.mark.parametrize("text,expression,value", [
    ("The camps housed them for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("She spent about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M"),
    ("A minute and a half passed.", "A minute and a half", "PT1M30S"),
    ("It was the lowest rate for almost two decades.", "almost two decades", "P20Y"),
])
def test_lengths_use_whole_timex3_units(text, expression, value, nlp):
    assert found(text, AUG, nlp)[expression].value == value


def test_the_next_day_follows_the_last_named_day(nlp):
    timexes = found("The storm hit on Friday, August 8. The next day, crews began repairs.", AUG, nlp)
    assert timexes["Friday, August 8"].value == "2025-08-08"
    assert timexes["The next day"].value == "2025-08-09"


def test_a_past_tense_does_not_hang_on_a_day_still_ahead(nlp):
    # published Saturday 16 August 2025: Monday is the 11th, the coming Friday the 22nd
    timexes = found("Rebels seized the town on Monday. The talks will resume on Friday. "
                    "Troops recaptured the town that evening.", date(2025, 8, 16), nlp)
    assert timexes["Friday"].value == "2025-08-22"
    assert timexes["that evening"].value == "2025-08-11TEV"


def test_the_day_something_was_said_does_not_move_the_story(nlp):
    # published Tuesday 21 February 2023: the quake was on Monday the 20th, reported on Tuesday
    timexes = found("A quake struck on Monday evening, officials said on Tuesday. It hit at 8:04 p.m. "
                    "Rescuers worked through the night.", date(2023, 2, 21), nlp)
    assert timexes["Monday evening"].value == "2023-02-20TEV"
    assert timexes["Tuesday"].value == "2023-02-21"
    assert timexes["8:04 p.m."].value == "2023-02-20T20:04"
    assert timexes["the night"].value == "2023-02-20TNI"


def test_what_the_subject_was_told_is_the_subject_s_story(nlp):
    timexes = found("Lessing was born on Oct. 22, 1919. When she was told of the Nobel in October 2007, she "
                    "was out. She told reporters outside her home that day.", AUG, nlp)
    assert timexes["that day"].value == "2007-10-XX"      # a day of that October, not of 1919


def test_the_day_something_was_said_does_not_anchor_a_past_period(nlp):
    # published Thursday 16 May 2013: the quarter before January-March is 2012's fourth
    timexes = found("Japan's economy grew in the January-March quarter, the government said Thursday. "
                    "The figure was above the growth in the previous quarter.", date(2013, 5, 16), nlp)
    assert timexes["the previous quarter"].value == "2012-Q4"
    # ... and a year looked ahead to in what was said still counts from the saying
    timexes = found("He founded the firm in 1998. He said Monday that the next year would be hard.",
                    date(2013, 5, 16), nlp)
    assert timexes["the next year"].value == "2014"


def test_a_story_set_in_another_year_keeps_its_year_for_the_weeks_after(nlp):
    # told on 15 September 2013, of 2008
    story = found("The crisis began on Sept. 15, 2008. The next day, the Fed lent $85 billion to AIG. "
                  "The House rejected the plan on Sept. 29, and the Dow fell 778 points that day. "
                  "Unemployment peaked at 10 percent that October.", date(2013, 9, 15), nlp)
    assert story["Sept. 29"].value == "2008-09-29"
    assert story["that day"].value == "2008-09-29"
    assert story["that October"].value == "2008-10"
    ended = found("The House approved the plan on Oct. 3, 2008. By the end of the month, markets had lost "
                  "trillions.", date(2013, 9, 15), nlp)
    assert ended["the end of the month"].value == "2008-10"    # the story's month, not August 2013
    # ... and so is an edge of the month a story this year is at, when it is not the publication's
    # (not July 2013 for the start, nor February for the end)
    rating = found("Her approval rating fell to 30 percent in late June from 57 percent at the start of the month.",
                   date(2013, 7, 17), nlp)
    assert rating["the start of the month"].value == "2013-06"
    tanker = found("The tanker ran aground on Jan. 3. A week later, oil reached the coast. By the end of the month, "
                   "the cleanup had cost $5 million.", date(2013, 3, 20), nlp)
    assert tanker["the end of the month"].value == "2013-01"
    # a season or a year the story is at will do for the end of a year or a decade
    bakery = found("The turning point came in the summer of 1993. By the end of the decade, she had opened "
                   "two more shops. The founder came in 1985. By the end of the year, he had sold 200 ovens.",
                   date(2017, 6, 14), nlp)
    assert bakery["the end of the decade"].value == "199"     # the 1990s, not the 2000s
    assert bakery["the end of the year"].value == "1985"
    # a day before the story's, or one told ahead, is read from the publication date
    earlier = found("The crisis began on Sept. 15, 2008. Officials met on Sept. 10 to mark it.", date(2013, 9, 15), nlp)
    assert earlier["Sept. 10"].value == "2013-09-10"


def test_a_year_earlier_compares_the_same_quarter(nlp):
    timexes = found("Net income rose in the third quarter to $5 million from $4 million a year earlier. "
                    "In the year-ago quarter, sales were flat.", date(1989, 10, 30), nlp)
    assert timexes["the third quarter"].value == "1989-Q3"
    assert timexes["a year earlier"].value == "1988-Q3"
    assert timexes["the year-ago quarter"].value == "1988-Q3"


def test_the_same_period_a_year_back_of_a_half_is_a_half(nlp):
    # told on 1 July 2014: the half before, a year back (was 2013-Q1 and 2013)
    timexes = found("Renewables made 28.5 percent of power in the first half of the year, up from 25.8 percent "
                    "in the same period of 2013.", date(2014, 7, 1), nlp)
    assert (timexes["the first half of the year"].value, timexes["the same period of 2013"].value) == ("2014-H1", "2013-H1")
    timexes = found("Profit rose in the first half. Sales were up from the same period last year.", date(2014, 7, 1), nlp)
    assert timexes["the same period last year"].value == "2013-H1"


def test_a_year_earlier_compares_the_month_reported_not_the_one_a_change_is_measured_from(nlp):
    timexes = found("Inflation eased to 3.0 percent in November from a seven-month high of 3.2 percent in October. "
                    "Factory-gate prices fell 1.4 percent from a year earlier.", date(2013, 12, 9), nlp)
    assert timexes["a year earlier"].value == "2012-11"    # was 2012-10, a year before the baseline
    # ... the baseline of a change measured "by" and "to" a figure too (October 2012, not September)
    timexes = found("Spain's jobless total fell in October. The number of people registered as unemployed dropped "
                    "by 87,000 from September to 4.81 million. In the same month last year, unemployment rose.",
                    date(2013, 11, 5), nlp)
    assert timexes["the same month last year"].value == "2012-10"


def test_the_months_at_an_edge_of_a_year_lead_to_its_quarter_or_half(nlp):
    timexes = found("China's economy grew 7.7 percent in the last three months of 2013, slightly slower than the "
                    "previous quarter.", date(2014, 1, 20), nlp)
    assert (timexes["the last three months"].value, timexes["the last three months"].leads_to) == ("P3M", "2013-Q4")
    assert timexes["the previous quarter"].value == "2013-Q3"    # was 2013-Q4, the one before January's
    timexes = found("Profit rose in the first six months of 2012.", date(2014, 1, 20), nlp)
    assert timexes["the first six months"].leads_to == "2012-H1"


def test_the_end_of_the_quarter_is_the_quarter_reported_on(nlp):
    # published 24 January 2013: the quarter reported on is 2012's fourth, the one under way 2013's first
    report = found("Net income for the quarter ended Dec. 29 rose. Apple had $137 billion in cash "
                   "at the end of the quarter.", date(2013, 1, 24), nlp)
    assert report["the end of the quarter"].value == "2012-Q4"
    forecast = found("Apple expects to close the deal by the end of the quarter.", date(2013, 1, 24), nlp)
    assert forecast["the end of the quarter"].value == "2013-Q1"
    # told in the past, the quarter is not one inside a forecast made since (2014-H2's third quarter)
    report = found("Britain's economy grew 0.8 percent in the third quarter. The bank expects it to regain its "
                   "peak in the second half of next year. Services grew 0.7 percent on the quarter.",
                   date(2013, 10, 25), nlp)
    assert report["the quarter"].value == "2013-Q3"
    # "the quarter" is the one the report is about, named first, not one it is compared with since;
    # "that quarter" the one named last (guard)
    report = found("BP said it would pay a dividend of 9 cents a share for the second quarter. Its profit rose "
                   "from the first quarter. Shares rose in the quarter.", date(2013, 7, 30), nlp)
    assert report["the quarter"].value == "2013-Q2"
    report = found("Profit rose in the third quarter. It fell in the second quarter, and results for that quarter "
                   "included a charge.", date(2013, 10, 30), nlp)
    assert report["that quarter"].value == "2013-Q2"
    # ... and "the same quarter of 2012" is that quarter in 2012
    report = found("The economy grew in the third quarter. Compared with the same quarter of 2012, output was "
                   "1.5 percent higher.", date(2013, 10, 25), nlp)
    assert report["the same quarter of 2012"].value == "2012-Q3"


@pytest.mark.parametrize("text,expression,value", [
    ("The pact expires at the end of the year.", "the end of the year", "2025"),
    ("The pact expired at the end of the year.", "the end of the year", "2024"),       # its end is not past yet
    ("The law took effect at the beginning of the year.", "the beginning of the year", "2025"),
    ("The law will take effect at the beginning of the year.", "the beginning of the year", "2026"),   # nor ahead
    ("Prices rose at the end of the month.", "the end of the month", "2025-07"),
    ("Protesters clashed again this weekend.", "this weekend", "2025-W32-WE"),   # written on a Wednesday
    ("Protests are planned for this weekend.", "this weekend", "2025-W33-WE"),
    ("He will stand trial in the new year.", "the new year", "2026"),             # written in August
    ("By mid-century, the population had doubled.", "mid-century", "19"),   # the middle gone by: last century's
    ("By mid-century, the population will double.", "mid-century", "20"),
])
def test_the_edge_of_this_unit_follows_the_tense(text, expression, value, nlp):
    assert found(text, AUG, nlp)[expression].value == value


def test_near_the_edge_itself_the_unit_stays(nlp):
    # written on 28 December, the year's end just past is this year's
    assert found("Sales slowed at the end of the year.", date(2025, 12, 28), nlp)["the end of the year"].value == "2025"
    # written on 2 August, the month's start still to come is this month's
    timex = found("The rule will take effect at the start of the month.", date(2025, 8, 2), nlp)["the start of the month"]
    assert timex.value == "2025-08"
    # written on Friday 15 August (week 33), the working week's end is this week's
    assert found("Stocks fell at the end of the week.", date(2025, 8, 15), nlp)["the end of the week"].value == "2025-W33"


def test_a_market_reports_tally_is_of_the_week_it_told(nlp):
    # published Monday 11 March 2013 (week 11): the week of the Friday told, week 10
    timexes = found("Stocks closed at record highs on Friday. For the week, the Dow gained 2.2 percent.",
                    date(2013, 3, 11), nlp)
    assert timexes["the week"].value == "2013-W10"
    assert "the week" not in found("He stayed for the week.", date(2013, 3, 11), nlp)   # guard: a length


def test_every_value_records_its_rule_and_anchor(nlp):
    (timex,) = found("Officials said last month that the plan was ready.", AUG, nlp).values()
    assert (timex.rule, timex.anchor) == ("last_unit", "publication date")
    followed = found("The talks began on March 3, 2025. Two days later, a deal was signed.", AUG, nlp)
    assert followed["Two days"].anchor == '"March 3, 2025" (2025-03-03)'
    assert followed["Two days"].rule == "units_later"


def test_a_time_of_day_belongs_to_the_day_its_happening_was_given(nlp):
    # published Monday 1999-04-19: the shooting was on 23 October 1998; the rifle was found on
    # April 8; "shot to death at 10 p.m." tells of the shooting again, so 10 p.m. is on its day
    timexes = found("Slepian was shot to death last Oct. 23 at his home. The rifle was discovered "
                    "April 8 behind the house. Slepian was shot to death at 10 p.m. in his kitchen.",
                    date(1999, 4, 19), nlp)
    assert timexes["April 8"].value == "1999-04-08"
    assert timexes["10 p.m."].value == "1998-10-23T22:00"
    assert timexes["10 p.m."].anchor == '"last Oct. 23" (1998-10-23)'


@pytest.mark.parametrize("published", [date(9999, 12, 28), date(1, 1, 5)])
def test_a_publication_date_at_the_calendars_edge_reads_without_error(published, nlp):
    timexes = found("Prices rose earlier this week and will fall next year, as they did last year.", published, nlp)
    assert set(timexes) == {"earlier this week", "next year", "last year"}
    beyond = timexes["next year"] if published.year == 9999 else timexes["last year"]
    assert beyond.value in ("FUTURE_REF", "PAST_REF")
