"""Dates named by their calendar parts: months, days, years, quarters, seasons, decades, holidays.

Checked by hand; 2025-08-13 is a Wednesday. Thanksgiving 1999 was Thursday 25 November;
30 November 2012 was a Friday.
"""
from datetime import date

import pytest

from tests.engine.helpers import found

AUG, JAN = date(2025, 8, 13), date(2025, 1, 15)


@pytest.mark.parametrize("text,published,expression,value", [
    ("Prices rose sharply in December.", JAN, "December", "2024-12"),          # December in a January article
    # a timetable's present: June 2013 lies ahead (the past June is nearer than the future's weight allows)
    ("The governor steps down at the end of June.", date(2013, 1, 25), "the end of June", "2013-06"),
    # a peak is named once it has passed, though the verb is present (January 2026 is nearer)
    ("The stock is still 8 percent below its January peak.", date(2025, 10, 24), "January", "2025-01"),
    # so is what a change is measured from, though the verb looks ahead (January 2026 is nearer)
    ("The firm now expects sales of 5 million, up from a January forecast of 4 million.", date(2025, 10, 24),
     "January", "2025-01"),
    ("Analysts now expect growth of 2 percent, down from their December estimate.", date(2025, 7, 2),
     "December", "2024-12"),
    # the period a report covers is not ahead for the report's being ahead: this year's (not September 2026,
    # nor Christmas 2024)
    ("Industrial output data for September is due on Thursday.", date(2025, 11, 6), "September", "2025-09"),
    ("The October jobs report will be released on Friday.", date(2025, 11, 6), "October", "2025-10"),   # (guard)
    ("Tesco will announce its Christmas trading figures in early January.", date(2025, 10, 2), "Christmas",
     "2025-12-25"),   # (guard: not Christmas 2024 either)
    # a share of a season told in a simple past is said outright: last spring (the coming one is a month off)
    ("The rover spent most of the spring near its landing site.", date(2025, 2, 21), "the spring", "2024-SP"),
    ("The president will visit in June.", JAN, "June", "2025-06"),
    ("The president will visit in June.", AUG, "June", "2026-06"),             # the future tense
    # "this summer" told ahead after it is over is the coming one; told in the past, this year's (guard)
    ("The store will open this summer.", date(2013, 11, 25), "this summer", "2014-SU"),
    ("The store opened this summer.", date(2013, 11, 25), "this summer", "2013-SU"),
    ("He is expected to visit the capital in March.", AUG, "March", "2026-03"),
    # "hope" and "slate" look ahead too (the small pipeline lemmatizes them "hop" and "slat")
    ("He hopes to return in January.", AUG, "January", "2026-01"),
    ("The vote is slated for March.", AUG, "March", "2026-03"),
    ("He said he hoped to return in January.", date(2025, 10, 1), "January", "2026-01"),   # the nearest
    # ... through a gerund on the infinitive expected (the past March is as near)
    ("Economists expect the Fed to begin reducing its purchases in March.", date(2025, 10, 30), "March", "2026-03"),
    ("He visited the capital in March.", AUG, "March", "2025-03"),
    # what "could" happen lies ahead (the past March is nearer); what could be seen, or could
    # not be done, is told of the past (guard)
    ("The two sides could meet again in March.", AUG, "March", "2026-03"),
    ("Residents could see the smoke in March.", AUG, "March", "2025-03"),
    ("Neither of them could be reached in March.", AUG, "March", "2025-03"),
    # "since" a day is past, though the coming one is nearer (Jan. 3, 2014 is 44 days ahead)
    ("The former president has been in hospital since Jan. 3.", date(2013, 11, 20), "Jan. 3", "2013-01-03"),
    # ... and not the month it is told in (Nov. 6: last November), unless an edge of it is named, or
    # the story has just named this one (guard rows)
    ("The yen has fallen 20 percent since November.", date(2013, 11, 6), "November", "2012-11"),
    ("The yen has fallen 2 percent since early November.", date(2013, 11, 26), "early November", "2013-11"),
    ("The tax was passed in March. Since March, prices have doubled.", date(2013, 3, 20), "March", "2013-03"),
    ("Crude oil for March delivery fell 50 cents.", AUG, "March", "2026-03"),   # a futures month lies ahead
    ("Prices soared in the ’90s.", AUG, "the ’90s", "199"),                  # curly apostrophes
    ("In 1998 Main Street merchants protested.", AUG, "1998", "1998"),   # (guard) a year, after "In", for all the street
    # (guard) a year's half, though the sentence tells of leading too (a game's half is none: see test_not_temporal)
    ("Profit will rise 5% in the second half, and the firm will have led its market.", AUG, "the second half", "2025-H2"),
    # a day written out in words, with its year (dateparser reads figures only)
    ("He was born on the Fourth of July, 1946.", AUG, "the Fourth of July, 1946", "1946-07-04"),
    ("It happened on July fourth, 1946.", AUG, "July fourth, 1946", "1946-07-04"),
    ("It happened on the twenty-first of June, 1999.", AUG, "the twenty-first of June, 1999", "1999-06-21"),
    ("The party ended on New Year’s Eve.", AUG, "New Year’s Eve", "2024-12-31"),
    ("‘Early next year’ is the target.", AUG, "Early next year", "2026"),         # an opening quote
    ("The government has promised to hold elections in March.", AUG, "March", "2026-03"),   # a promise: ahead
    ("Elections are due in May.", AUG, "May", "2026-05"),                      # what is due lies ahead
    ("The court set a hearing for Feb. 2.", AUG, "Feb. 2", "2026-02-02"),       # so is the day set
    # a present perfect tells of what has happened "in" a season (next spring is nearer, in October)
    ("Relations have improved, with the resumption of imports in the spring.", date(2013, 10, 26),
     "the spring", "2013-SP"),
    # a period named by its end is ahead unless told in the past (the past March is nearer)
    ("Toyota now expects a profit of 2.2 trillion yen for the year ending in March.", date(2013, 11, 6),
     "March", "2014-03"),
    ("Sales for the year ending in March rose 5 percent.", date(2013, 11, 6), "March", "2013-03"),   # (guard)
    # ... and the period forecast, where "forecast" may be a present ...
    ("For the six months to November, the company forecast growth of 2 percent.", date(2025, 9, 18),
     "November", "2025-11"),
    ("The company had forecast a loss for March.", date(2025, 9, 18), "March", "2025-03"),   # (guard) not "had forecast"
    ("The law comes into force in April.", AUG, "April", "2026-04"),          # a timetable's present
    ("If it passes, the law would take effect on Feb. 1.", AUG, "Feb. 1", "2026-02-01"),   # "would": ahead ...
    ("She would have turned 50 on Feb. 1.", AUG, "Feb. 1", "2025-02-01"),                # ... unless perfect
    ("He will resign and be replaced on April 1.", AUG, "April 1", "2026-04-01"),   # "will" shared
    ("Key dates:\n- Jan. 7: Protests begin.", AUG, "Jan. 7", "2025-01-07"),   # a chronology's present: no tense
    ("Rudd won the vote, before elections due on Feb. 14.", AUG, "Feb. 14", "2026-02-14"),   # due: ahead
    # a bare month later in a sentence goes on from the dated month before it
    ("He lost in February last year, and declined to run in March.", AUG, "March", "2024-03"),
    ("He was elected in November 2007 and deposed in March.", AUG, "March", "2008-03"),
    ("It was dissolved in June 2012, days before he took office on June 30.", AUG, "June 30", "2012-06-30"),
    # ... unless the tense says otherwise
    ("Invited in July 2023, Sweden will join NATO on March 12.", AUG, "March 12", "2026-03-12"),
    ("The rainy season lasts from June to September.", AUG, "June", "2025-06"),   # a general truth: no tense
    ("The vote took place on Dec. 30.", date(2025, 1, 2), "Dec. 30", "2024-12-30"),
    ("Directors authorized a split, payable Dec. 7.", date(1989, 10, 27), "Dec. 7", "1989-12-07"),
    # ... what is payable lies ahead, however far ("declared" is past; Dec. 7 is 78 days on)
    ("The board declared a dividend, payable Dec. 7.", date(2025, 9, 20), "Dec. 7", "2025-12-07"),
    # the tense of the verb a date modifies stands, however near the other year's day is ...
    ("Fireworks lit the sky on the Fourth of July.", date(2013, 5, 15), "the Fourth of July", "2012-07-04"),
    ("Talks ran on June 3 in Geneva.", date(2013, 4, 23), "June 3", "2012-06-03"),
    ("The court will meet on March 1.", date(2013, 3, 20), "March 1", "2014-03-01"),
    # ... a tense read further away yields to a day next door ("gave" does not date the deadline)
    ("Meissner gave no reason for the Jan. 14 deadline.", date(2000, 1, 7), "Jan. 14", "2000-01-14"),
    # ... and so does one the parser hung on the verb across a comma (Jan. 11 is 26 days back)
    ("Shareholders will receive $13.65 a share in cash, a 25% premium over the stock's closing price on Jan. 11, "
     "the last trading day before reports of the talks surfaced.", date(2013, 2, 6), "Jan. 11", "2013-01-11"),
    # a date past the comma closing a relative clause belongs to the main verb ("report", not "ended")
    ("Dell will report results for its fourth quarter, which ended Feb. 1, on Feb. 19.", date(2013, 2, 6),
     "Feb. 19", "2013-02-19"),
    ("The last dialogue was held in May of last year.", date(2025, 8, 12), "May of last year", "2024-05"),
    ("Talks resumed in January this year.", AUG, "January this year", "2025-01"),
    ("The helicopters crashed last February.", date(1998, 3, 1), "last February", "1997-02"),   # not last month
    ("The changes take effect from next April.", date(2013, 3, 20), "next April", "2014-04"),   # not next month
    ("The changes take effect this coming April.", date(2013, 3, 20), "this coming April", "2013-04"),
    ("The plant opens next January.", date(2013, 12, 10), "next January", "2014-01"),   # across New Year: beside
    ("Prices fell last December.", JAN, "last December", "2024-12"),
    ("Prices fell this past February.", date(1998, 3, 1), "this past February", "1998-02"),
    ("The war began on March 11, 2025.", AUG, "March 11, 2025", "2025-03-11"),
    ("She died on March 8, 10 days after her birthday.", AUG, "March 8", "2025-03-08"),   # 10 is no year
    ("He died on 8 March, 10 days after his birthday.", AUG, "8 March", "2025-03-08"),
    ("Sales in June 2024 were flat.", AUG, "June 2024", "2024-06"),
    ("The group was blacklisted in 2019.", AUG, "2019", "2019"),
    ("Profit rose in the third quarter.", date(1989, 10, 30), "the third quarter", "1989-Q3"),
    ("Profit rose last quarter.", AUG, "last quarter", "2025-Q2"),               # the quarter before this one
    ("Profit rose in the last quarter of 2024.", AUG, "the last quarter of 2024", "2024-Q4"),
    ("The company expects to report third-quarter results.", date(1989, 10, 30), "third-quarter", "1989-Q3"),
    # ... but a target set "by" a quarter ahead is ahead, even where the last one is nearer (told in
    # February 2023: the fourth quarter of 2023, not 2022's), and so is one foreseen with a gerund
    ("Analysts expect the jobless rate to fall to 7.3 percent by the fourth quarter.", date(2023, 2, 21),
     "the fourth quarter", "2023-Q4"),
    ("They see the jobless rate falling to 7.3 percent by the fourth quarter.", date(2023, 2, 21),
     "the fourth quarter", "2023-Q4"),
    ("The company will report results for the fourth quarter on Thursday.", date(2023, 2, 21),
     "the fourth quarter", "2022-Q4"),   # (guard)
    # two centuries named together: no 19th day of the month
    # "the first Tuesday of the month": this month's (Tuesday 5 August 2025)
    ("The board meets on the first Tuesday of the month.", AUG, "the first Tuesday of the month", "2025-08-05"),
    ("The museum holds works from the 19th and 20th centuries.", AUG, "the 19th", "18"),
    ("The museum holds works from the 19th and 20th centuries.", AUG, "20th centuries", "19"),
    ("Fighting flared in the summer of 1998.", AUG, "the summer of 1998", "1998-SU"),
    ("Snow fell in the spring of last year.", AUG, "the spring of last year", "2024-SP"),
    ("The plant opens in the autumn of next year.", AUG, "the autumn of next year", "2026-FA"),
    ("The euro notes came on the first day of 2002.", AUG, "the first day of 2002", "2002-01-01"),
    ("First-half profit was $6.9 billion.", date(2013, 7, 30), "First-half", "2013-H1"),
    # "the 15th": a day of the month publication is in (or the one before, by the tense) ...
    ("The treaty was signed on the 15th.", date(2025, 8, 20), "the 15th", "2025-08-15"),
    ("The treaty was signed on the 28th.", date(2025, 8, 20), "the 28th", "2025-07-28"),
    ("The treaty will be signed on the 28th.", date(2025, 8, 20), "the 28th", "2025-08-28"),
    # ... or of the month the story is at, going on from a day it named
    ("In March talks stalled, and on the 15th they collapsed.", AUG, "the 15th", "2025-03-15"),
    ("On March 28 the rebels advanced, and by the 3rd they held the city.", AUG, "the 3rd", "2025-04-03"),
    # the second of a pair of days is in the first one's month
    ("The summit will be held on April 24 and 25.", date(1999, 3, 30), "25", "1999-04-25"),
    ("The summit will be held on April 24 and 25.", date(1999, 3, 30), "April 24", "1999-04-24"),
    ("The summit will be held on Feb. 15-16.", AUG, "Feb. 15", "2026-02-15"),   # a range: two dates
    ("The summit will be held on Feb. 15-16.", AUG, "16", "2026-02-16"),
    # the first of a pair takes the year named after the second (the year before, if later in the calendar) ...
    ("Sales fell in May and June 2011.", AUG, "May", "2011-05"),
    ("The talks ran from Dec. 30 to Jan. 2, 2025.", AUG, "Dec. 30", "2024-12-30"),
    # ... and the second of a pair comes after the first
    ("The forum meets from late November to early January.", AUG, "early January", "2026-01"),
    ("The fair runs Nov. 28-Jan. 2.", AUG, "Jan. 2", "2026-01-02"),
    ("The strike will take place between 10 and 12 March.", AUG, "10", "2026-03-10"),   # British order
    ("The festival ran from 3 to 5 May 2024.", AUG, "3", "2024-05-03"),
    ("The bank cut rates twice last year, in June and July.", AUG, "June", "2024-06"),   # the year just named
    ("The bank cut rates twice last year, in June and July.", AUG, "July", "2024-07"),
    ("The 1990-91 recession hurt exports.", AUG, "1990", "1990"),
    ("The 1990-91 recession hurt exports.", AUG, "91", "1991"),
    # ... after a saying's day too, which the reported clause may be told from
    ("The team said on Monday, making him the best-paid player through the 2015-16 season.", AUG, "16", "2016"),
    ("The 1999/2000 season was his last.", AUG, "2000", "2000"),
    ("The 1999-00 season was his last.", AUG, "00", "2000"),                   # across a century
    # the n-th week of a month: the ISO week holding its 1st, 8th, 15th, 22nd (the last: its 25th)
    ("Talks resume in the first week of December.", AUG, "the first week of December", "2025-W49"),
    ("Protests peaked in the last week of June 2024.", AUG, "the last week of June 2024", "2024-W26"),
    ("The bridge closed in early spring.", AUG, "early spring", "2025-SP"),
    ("Work on the bridge will resume in spring.", AUG, "spring", "2026-SP"),
    ("Oil prices spiked in the winter of nineteen ninety-four.", AUG, "the winter of nineteen ninety-four", "1994-WI"),
    ("Growth was strong in the 1990s.", AUG, "the 1990s", "199"),
    ("The company was founded in the 1800s.", AUG, "the 1800s", "18"),   # a century, not 1800-1809
    ("The inquiry opened on Tuesday 12 August.", AUG, "Tuesday 12 August", "2025-08-12"),
    ("The boy was found on Thanksgiving Day.", date(2000, 1, 7), "Thanksgiving Day", "1999-11-25"),
    # a holiday a month ahead is still last year's when the verb is past
    ("Christmas Eve was quiet in the city.", date(2025, 11, 28), "Christmas Eve", "2024-12-24"),
    ("Stores will close early on Christmas Eve.", date(2025, 11, 28), "Christmas Eve", "2025-12-24"),
    ("Shoppers crowded the malls before Christmas.", date(2026, 1, 5), "Christmas", "2025-12-25"),
    ("Sales rose in the run-up to Christmas.", date(2013, 3, 20), "Christmas", "2012-12-25"),   # past, however awaited
    # a main verb tagged as a participle ("reopened" as VBN) is still past
    ("Shops reopened after New Year's Day.", AUG, "New Year's Day", "2025-01-01"),
    ("Pilgrims arrived as Easter week began.", date(2000, 4, 17), "Easter week", "2000-W16"),   # Easter: April 23
    ("He died on Christmas Day 2004.", AUG, "Christmas Day 2004", "2004-12-25"),
    ("He proposed on Valentine's Day.", date(2013, 3, 14), "Valentine's Day", "2013-02-14"),   # proposing is done, not planned
    # days counted from Easter (31 March 2013; 20 April 2025)
    ("The pope will say Mass on Ash Wednesday.", date(2013, 2, 11), "Ash Wednesday", "2013-02-13"),
    ("Crowds filled the square on Palm Sunday.", date(2025, 4, 15), "Palm Sunday", "2025-04-13"),
    ("Banks reopen after Easter Monday.", date(2025, 4, 15), "Easter Monday", "2025-04-21"),
    # other calendars' days, as the holidays library dates them (Passover 2013: first day 26 March;
    # Eid al-Adha 2012: 26 October in Saudi Arabia, 25 October in Turkey, whose calendar is used;
    # Chinese New Year 2013: 10 February; Diwali 2013: 3 November)
    ("Israelis will celebrate Passover next week.", date(2013, 3, 20), "Passover", "2013-03-26"),
    ("Muslims celebrated Eid al-Adha last month.", date(2012, 11, 12), "Eid al-Adha", "2012-10-25"),
    ("Markets were shut for the Lunar New Year holiday.", date(2013, 2, 15), "Lunar New Year", "2013-02-10"),
    ("Millions will travel home for Diwali.", date(2013, 10, 20), "Diwali", "2013-11-03"),
    ("Stores were busy before Diwali.", date(1989, 10, 30), "Diwali", "XXXX-XX-XX"),   # a year the library lacks
    # a holiday's weekend: Labor Day 2013 was Monday 2 September, so its weekend is 31 Aug.-1 Sept. (week 35)
    ("Traffic will be heavy over the Labor Day weekend.", date(2013, 8, 28), "Labor Day weekend", "2013-W35-WE"),
    ("Shoppers crowded malls on Thanksgiving weekend.", date(2013, 12, 2), "Thanksgiving weekend", "2013-W48-WE"),  # 30 Nov.-1 Dec.
    ("Security was tightened after the 9/11 attacks.", AUG, "9/11", "2001-09-11"),   # a day by its name
    ("The Sept. 11 attacks changed everything.", AUG, "Sept. 11", "2001-09-11"),
    ("The Sept. 11 attack on the consulate killed four.", date(2013, 3, 20), "Sept. 11", "2012-09-11"),  # not alone
    ("Police have searched for him since the Oct. 23 slaying.", date(1999, 5, 6), "Oct. 23", "1998-10-23"),
    # no tense to go by: the past October (six months back) over the coming one (five and a half ahead)
    ("Prosecutors have questions about the October hearing.", date(1999, 4, 19), "October", "1998-10"),
    ("Prosecutors have questions about the October hearing.", date(1999, 8, 19), "October", "1999-10"),
    # a progressive acting on a thing the month names says nothing of when ("is meeting in January"
    # would look ahead): the nearest January, two months back, not next year's
    ("The company is investigating the January breach.", date(2013, 3, 13), "January", "2013-01"),
    # "would" in a saying dated days back says nothing of today; a date of the saying's subject
    # ("founded in May") does not date the saying
    ("The company, which was founded in May, said it would hire 200 people by December.",
     date(2013, 3, 13), "December", "2013-12"),
    # ... but a slaying is never scheduled: it is the past one, however near the coming October is
    ("Prosecutors have evidence in the October slaying of a doctor.", date(1999, 8, 19), "October", "1998-10"),
    ("The board approved a new labor pact, effective June 1.", date(1989, 10, 26), "June 1", "1990-06-01"),
    ("Starting Jan. 1, smokers will pay more.", AUG, "Jan. 1", "2026-01-01"),   # a participle made a preposition
    ("Apple sold 37 million iPhones in the March quarter.", date(2013, 4, 23), "the March quarter", "2013-Q1"),
    ("Revenue for the December quarter rose.", date(2013, 4, 23), "the December quarter", "2012-Q4"),
    ("China's economy grew 7.5 percent in the April-June period.", date(2013, 7, 15), "the April-June period", "2013-Q2"),
    ("Rainfall was low in the June-August period.", date(2013, 9, 15), "June", "2013-06"),   # no quarter
    ("The results are due in the second half of next year.", JAN, "the second half of next year", "2026-H2"),
    ("Delta earned $5 million in the fiscal first quarter.", date(1989, 10, 26), "the fiscal first quarter", "1989-Q1"),
    ("Profit will fall in the last half of 1989.", date(1989, 10, 26), "the last half of 1989", "1989-H2"),
    ("The factory will close in the latter half of 2014.", AUG, "the latter half of 2014", "2014-H2"),
    # a weekday counted within a month: 1 October 2013 was a Tuesday, 1 March 2013 a Friday
    ("Its next term begins on the first Monday in October.", date(2013, 6, 26), "the first Monday in October", "2013-10-07"),
    ("The vote was held on the first Tuesday in March.", date(2013, 6, 26), "the first Tuesday in March", "2013-03-05"),
    ("Shops opened on the last Thursday of November 2012.", AUG, "the last Thursday of November 2012", "2012-11-29"),
    # business news drops the article: "by end of June", "end-2013"
    ("Prices should stabilise by end-2013.", AUG, "end-2013", "2013"),
    ("The bank expects a deal by end of June.", JAN, "end of June", "2025-06"),
    ("Rates will stay on hold until end-June.", JAN, "end-June", "2025-06"),
    ("The offer will end March 31.", JAN, "March 31", "2025-03-31"),     # the verb "end" stays out
    ("The recovery stalled in the early part of 2012.", AUG, "the early part of 2012", "2012"),
    ("Much has changed since the turn of the century.", AUG, "the turn of the century", "2000"),
    ("The noughties were a decade of boom and bust.", AUG, "The noughties", "200"),
])
def test_calendar_date(text, published, expression, value, nlp):
    timex = found(text, published, nlp)[expression]
    assert (timex.type, timex.value) == ("DATE", value)


@pytest.mark.parametrize("text,granularity", [
    ("It opened on August 10.", "day"), ("It opened in June.", "month"), ("It opened in 2019.", "year"),
    ("It opened in the third quarter.", "month"),
])
def test_granularity_for_the_timeline(text, granularity, nlp):
    (timex,) = found(text, AUG, nlp).values()
    assert timex.granularity == granularity


def test_two_quarters_named_together_share_a_year(nlp):
    # mid-January 2025, no tense: alone, the third quarter nearest is 2024's (ended 107 days
    # before, against 2025's 167 days ahead); after "the second" (2025-Q2) it is 2025's
    timexes = found("The plan sets out spending in the second and third quarters.", JAN, nlp)
    assert (timexes["second"].value, timexes["third quarters"].value) == ("2025-Q2", "2025-Q3")


def test_a_sentence_opening_with_a_year_sets_the_year_of_its_months_and_days(nlp):
    # told on 13 August 2025: alone, a past "June" is this June, and "Oct. 29" last October
    timexes = found("Last year, a storm in late June knocked out power, and another on Oct. 29 flooded the city.",
                    AUG, nlp)
    assert (timexes["late June"].value, timexes["Oct. 29"].value) == ("2024-06", "2024-10-29")
    assert timexes["late June"].anchor == '"Last year" (2024)'
    assert found("In 2019, the firm was sold in September.", AUG, nlp)["September"].value == "2019-09"
    assert found("Next year, the plant will open in March.", AUG, nlp)["March"].value == "2026-03"
    assert found("In 2011, floods struck in the spring.", AUG, nlp)["the spring"].value == "2011-SP"   # a season too
    # guard rows: a year that does not open the sentence, the next sentence, a tense that disagrees
    assert found("Sales fell in June, after a record in 2019.", AUG, nlp)["June"].value == "2025-06"
    assert found("In 2019, the firm was sold. In June, it closed.", AUG, nlp)["June"].value == "2025-06"
    assert found("Last year, the firm said it will open a plant in June.", AUG, nlp)["June"].value == "2026-06"
    assert found("In 2019, the firm lost money, but it has recovered since June.", AUG, nlp)["June"].value == "2025-06"


def test_a_year_before_a_counted_noun_is_a_year_after_a_preposition(nlp):
    # guard: after a preposition a year, though a counted noun follows
    assert found("In 2008 jobs vanished.", AUG, nlp)["2008"].value == "2008"


def test_a_count_after_a_date_is_no_second_day(nlp):
    assert set(found("Riots broke out on April 24 and 25 people were hurt.", AUG, nlp)) == {"April 24"}


def test_a_hyphenated_number_after_a_year_is_a_range_only_when_it_can_be(nlp):
    assert found("The 2025-08 figures were revised.", AUG, nlp)["08"].value == "XXXX"   # not the year 2108


@pytest.mark.parametrize("published, this_winter, last_winter", [
    (date(2013, 1, 15), "2012-WI", "2011-WI"),   # the winter under way began in December 2012
    (date(2013, 4, 10), "2012-WI", "2012-WI"),   # ... and has just ended: nearer than the next
    (date(2013, 11, 20), "2013-WI", "2012-WI"),  # the coming one; the last ran into 2013 (guard)
])
def test_this_winter_and_last_winter_by_the_year_a_winter_begins(published, this_winter, last_winter, nlp):
    timexes = found("This winter has been colder than last winter.", published, nlp)
    assert (timexes["This winter"].value, timexes["last winter"].value) == (this_winter, last_winter)


def test_a_winter_named_by_the_two_years_it_spans_is_one_season_of_the_first(nlp):
    timexes = found("The last shutdown, in the winter of 1995-96, lasted 21 days.", AUG, nlp)
    assert set(timexes) == {"the winter of 1995-96", "21 days"}
    assert timexes["the winter of 1995-96"].value == "1995-WI"


def test_a_weekday_in_a_named_day_is_no_weekday_of_its_own(nlp):
    timexes = found("He says his last Mass on Ash Wednesday, Feb. 13.", date(2013, 2, 11), nlp)
    assert set(timexes) == {"Ash Wednesday", "Feb. 13"}


def test_a_fall_before_last_year_without_of_is_a_drop(nlp):
    assert set(found("The fall last year was sharp.", AUG, nlp)) == {"last year"}


def test_a_day_the_calendar_lacks_is_no_date_and_no_crash(nlp):
    timex = found("The memo was dated Feb. 30 by mistake.", AUG, nlp)["Feb. 30"]
    assert (timex.value, timex.is_point) == ("XXXX-02-30", False)


@pytest.mark.parametrize("text,expressions", [
    ("He told USA Today that he would resign.", set()),
    ("She writes for the Daily Mail.", set()),
    ("The March on Washington took place in 1963.", {"1963"}),
    ("The vote was held in March on a Monday.", {"March", "a Monday"}),   # (a Monday of no week named)
    ("Today, the company announced a merger.", {"Today"}),
    ("The 5-4 decision surprised lawyers.", set()),            # "dec" is no month inside "decision"
    ("The Sunday Times reported the leak.", set()),
    ("The Tuesday meeting was canceled.", {"Tuesday"}),
    ("The Six-Day War changed the region.", set()),            # a capitalized unit: a name
    ("Theresa May spoke on Tuesday.", {"Tuesday"}),           # a month after a capitalized name: a surname
    ("The March accession was approved.", {"March"}),
    ("Last June, prices fell.", {"Last June"}),
    ("The 2-1 Jun Li goal came late.", set()),                # a score, not a pair of days
    ("The Hundred Years' War lasted 116 years.", {"116 years"}),
    ("The august institution turned 200 in August.", {"August"}),   # lower-case "august" is an adjective
    ("Time named him Person of the Year.", set()),              # a capitalized "Year" in a title
    ("Black Friday sales rose.", set()),                        # a named day's weekday is no bare weekday
    ("The river's current was strong.", set()),                 # "current" as a noun
    ("The present situation is dire.", set()),
    ('Baker said on ABC\'s "This Week" that talks would go on.', set()),   # a programme's name in quotes
    ('"This week we talk," he said.', {"This week"}),
    ("The panel voted 9/11 against the plan.", set()),                # a count of votes, not 9/11
    ("Temperatures were in the thirties.", set()),                    # degrees, not the 1930s
    ("Temperatures will drop into the 20s overnight.", {"overnight"}),   # degrees, not the 1920s
    ("Highs will reach the upper 70s on Friday.", {"Friday"}),
    ("Temperatures have risen since the 1990s.", {"the 1990s"}),       # a four-digit decade stays one
    ("He was a star in the 60s.", {"the 60s"}),
    ("The first half of March was unusually cold.", {"March"}),         # a half of the month, not of the year
    ("The plane, Flight 2011, landed safely.", set()),                  # numbers in names, not years
    ("The council passed Resolution 1973 in March.", {"March"}),
    ("The servers run Windows 2000.", set()),
    ("He appeared on Saturday Night Live.", set()),                   # weekdays in names and kinds
    ("Monday Night Football drew record ratings.", set()),
    ("She taught Sunday school.", set()),
    ("Guards watch the site 24 hours a day.", {"24 hours"}),           # "a day" here is a rate
    ("Sales rose in the second half of the decade.", set()),
    ("Revenue missed forecasts for the second quarter in a row.", set()),   # a count of quarters
    ("The winter and summer Games alternate.", set()),                   # kinds of Games, not seasons
])
def test_names_that_look_like_dates_are_not_dates(text, expressions, nlp):
    assert set(found(text, AUG, nlp)) == expressions


def test_a_single_quote_may_open_a_quotation_before_a_date(nlp):
    assert found("'Next week' is the target, officials said.", AUG, nlp)["Next week"].value == "2025-W34"
