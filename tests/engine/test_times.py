"""Times of day, on the day they belong to (2025-08-13 is a Wednesday)."""
from datetime import date

import pytest

from tests.engine.helpers import found
from timeline.engine import analyze

AUG = date(2025, 8, 13)


@pytest.mark.parametrize("text,expression,value", [
    ("The rally starts at 8 p.m. today.", "8 p.m. today", "2025-08-13T20:00"),   # one time, as "10 p.m. Wednesday"
    ("The vote closes at 10:30 a.m. EST.", "10:30 a.m. EST", "2025-08-13T10:30"),
    ("The president speaks tonight at 9 p.m. Eastern.", "9 p.m. Eastern", "2025-08-13T21:00"),
    ("Shots were heard late last night.", "late last night", "2025-08-12TNI"),
    ("The leaders will speak tonight.", "tonight", "2025-08-13TNI"),
    # the end of a range comes after its start: Friday the 15th to Sunday the 17th, not the 10th
    ("The Met Office has issued a warning from 18:00 GMT on Friday until midday on Sunday.", "midday on Sunday",
     "2025-08-17T12:00"),
    ("Voting ran from 8 a.m. Monday until 8 p.m. Tuesday.", "8 p.m. Tuesday", "2025-08-12T20:00"),   # (guard)
    # "the night" told in the past, with no day of the story before it, is the night gone by
    ("Investigators worked through the night.", "the night", "2025-08-12TNI"),
    ("Crews will work through the night.", "the night", "2025-08-13TNI"),   # (guard) ahead: tonight
    ("Officials met this morning.", "this morning", "2025-08-13TMO"),
    ("The polls close at noon Saturday.", "noon Saturday", "2025-08-16T12:00"),
    ("Voting closes at 10.30pm tonight.", "10.30pm tonight", "2025-08-13T22:30"),   # British style
    ("Roads close at 4 p.m. tomorrow.", "4 p.m. tomorrow", "2025-08-14T16:00"),
    ("The vote ended at 9 p.m. yesterday.", "9 p.m. yesterday", "2025-08-12T21:00"),
    ("The launch is set for 14:00 GMT.", "14:00 GMT", "2025-08-13T14:00"),  # a 24-hour clock
    ("The blast occurred at 10:35 a.m. (0735 GMT).", "0735 GMT", "2025-08-13T07:35"),   # a military clock
    ("Trading halted at 2:30 p.m. local time.", "2:30 p.m. local time", "2025-08-13T14:30"),   # a named zone
    # midnight ends its day: told in the past on the day, the one that began it
    ("The deadline expires at midnight.", "midnight", "2025-08-13T24:00"),
    ("The vote ended shortly after midnight.", "midnight", "2025-08-13T00:00"),
    # a time of day takes the day named right after it, not the publication date
    ("The storm made landfall at 8 p.m. local time Monday.", "8 p.m. local time Monday", "2025-08-11T20:00"),
    ("The quake struck at 3:42 a.m. local time on Saturday.", "3:42 a.m. local time on Saturday", "2025-08-09T03:42"),
    ("The hearing is set for 10:30 a.m. next Monday.", "10:30 a.m.", "2025-08-18T10:30"),
    ("The bridge fell during the evening rush hour on Aug. 1, 2007.", "the evening", "2007-08-01TEV"),   # that day's
    ("The meeting is set for 10 a.m. Eastern time on Sept. 2.", "10 a.m. Eastern time on Sept. 2", "2025-09-02T10:00"),
    # past the same time in another zone, in brackets, to the day named after it
    ("The Fed will issue its statement at 2:15 p.m. EST (1915 GMT) on Thursday.", "2:15 p.m. EST", "2025-08-14T14:15"),
    ("The sale closes at 17:00 BST on Friday 5 September.", "17:00 BST", "2025-09-05T17:00"),   # the whole day
    # ... and so does the bracketed time itself (Friday the 15th)
    ("Officials will announce the results at 4 p.m. local time (0800 GMT) on Friday.", "0800 GMT", "2025-08-15T08:00"),
    # "overnight": the night before the day the story is at, or the coming night
    ("Thousands gathered in the square overnight.", "overnight", "2025-08-12TNI"),
    ("Temperatures are forecast to drop overnight.", "overnight", "2025-08-13TNI"),
    ("Shares closed lower Friday, hit by overnight losses in New York.", "overnight", "2025-08-07TNI"),
    ("Warplanes bombed the city on Monday and again overnight.", "overnight", "2025-08-11TNI"),   # Monday's night
    # a past day the story reached late in it: the night that followed (Monday the 11th's)
    ("No one was in custody late Monday. Security was stepped up overnight.", "overnight", "2025-08-11TNI"),
    # a story told ahead: the night of its day (Monday the 18th), not the one before
    ("Polls close at 3 p.m. on Monday, with exit polls expected shortly afterwards and results overnight.",
     "overnight", "2025-08-18TNI"),
    # a part of the day without its article, as market reports write it
    ("The rally faded in late afternoon trading.", "late afternoon", "2025-08-13TAF"),
    ("Police carried out early-morning raids.", "early-morning", "2025-08-13TMO"),
    # spoken clocks, on a 12-hour dial ("a quarter" here is no three months)
    ("The shooting began at a quarter to nine.", "a quarter to nine", "2025-08-13T08:45"),
    ("They met at half past seven.", "half past seven", "2025-08-13T07:30"),
])
def test_time(text, expression, value, nlp):
    timex = found(text, AUG, nlp)[expression]
    assert (timex.type, timex.value) == ("TIME", value)
    assert timex.granularity == "day"


def test_that_evening_is_the_evening_of_the_day_the_story_is_at(nlp):
    timexes = found("The talks began on March 3, 2025. That evening, the envoys left.", AUG, nlp)
    assert (timexes["That evening"].type, timexes["That evening"].value) == ("TIME", "2025-03-03TEV")


def test_the_end_of_a_period_reported_on_is_no_day_of_the_story(nlp):
    timexes = found("Profit fell in the three months to June 30. Shares were down 1.2 percent at 0930 GMT.",
                    date(2013, 7, 30), nlp)
    assert timexes["0930 GMT"].value == "2013-07-30T09:30"   # the day told, not June 30


def test_a_time_ending_a_sentence_takes_no_day_from_the_next(nlp):
    # published Saturday 20 April 2013: the arrest was on Friday, not "the previous evening"
    timexes = found("Officers searched on Friday. He was taken into custody at 8:42 p.m. The previous evening, "
                    "he had been seen at a store.", date(2013, 4, 20), nlp)
    assert timexes["8:42 p.m."].value == "2013-04-19T20:42"


def test_a_time_told_ahead_takes_no_day_gone_by(nlp):
    # published Wednesday 6 November 2013: trading begins on the debut's day, not the Monday last named
    timexes = found("Twitter will debut on the exchange on Thursday. It had raised the price range on Monday. "
                    "Trading is expected to begin around 10 a.m. EST.", date(2013, 11, 6), nlp)
    assert timexes["around 10 a.m. EST"].value == "2013-11-07T10:00"


def test_the_midnight_gone_by_leaves_the_story_on_its_day(nlp):
    # the second midnight, ahead, still ends Wednesday the 13th, not the 12th
    timexes = analyze("The vote ended shortly after midnight. The deadline expires at midnight.",
                      AUG, nlp=nlp).timexes
    assert [t.value for t in timexes] == ["2025-08-13T00:00", "2025-08-13T24:00"]


def test_midnight_after_a_day_reached_early_in_it_is_the_one_that_began_it(nlp):
    # published Sunday 22 July 2012: the shooting was in Friday's first hour, not Saturday's
    timexes = found("A gunman opened fire in a theater early Friday. The shooting began shortly after midnight.",
                    date(2012, 7, 22), nlp)
    assert timexes["midnight"].value == "2012-07-20T00:00"
    # guard: after a plain past Friday, the night that ends it
    timexes = found("On Friday, the bar stayed open. The fight began shortly after midnight.", date(2012, 7, 22), nlp)
    assert timexes["midnight"].value == "2012-07-20T24:00"


def test_no_expression_runs_past_the_end_of_a_sentence_or_line(nlp):
    # (published Wednesday 13 August 2025) "a.m." ends the sentence: Wednesday's is another
    timexes = found("The suspect was arrested shortly after 2 a.m.\nWednesday's session ended late.", AUG, nlp)
    assert timexes["2 a.m."].value == "2025-08-13T02:00"
    assert timexes["Wednesday"].value == "2025-08-13"
    # ... but a line wrapped mid-sentence goes on
    assert found("The vote was held on March\n3, 2013 in the capital.", AUG, nlp)["March\n3, 2013"].value == "2013-03-03"


def test_a_time_told_with_a_set_is_of_no_one_day(nlp):
    # "daily", "on Fridays": the times of every such day, no date (so no event on a day named before)
    timexes = found("The show runs until Jan. 5. The gallery is open daily from 10 a.m. to 6 p.m., and until "
                    "9 p.m. on Fridays.", AUG, nlp)
    assert [timexes[t].value for t in ("10 a.m.", "6 p.m.", "9 p.m.")] == [
        "XXXX-XX-XXT10:00", "XXXX-XX-XXT18:00", "XXXX-XX-XXT21:00"]
    # guard: a time of a day told beside no set is that day's
    assert found("The bus left at 8 a.m.", AUG, nlp)["8 a.m."].value == "2025-08-13T08:00"
