"""Merging sources from several articles into events (hand-made candidates, dates checked by hand)."""
from datetime import date

from timeline.engine import MergeCandidate, merge


QUAKE = frozenset({"earthquake", "strike", "kill", "coast"})
VOTE = frozenset({"parliament", "vote", "budget", "approve"})


def day(article, iso, lemmas, confidence=0.8):
    d = date.fromisoformat(iso)
    return MergeCandidate(article, iso, "day", d, d, confidence, lemmas)


def test_two_articles_telling_of_one_day_make_one_event():
    events = merge([day(1, "2013-03-11", QUAKE), day(2, "2013-03-11", QUAKE | {"tsunami"})])
    assert len(events) == 1 and events[0].articles == {1, 2} and not events[0].conflict


def test_a_day_inside_a_year_joins_it_and_gives_the_event_its_date():
    year = MergeCandidate(1, "2013", "year", date(2013, 1, 1), date(2013, 12, 31), 0.8, QUAKE)
    events = merge([year, day(2, "2013-03-11", QUAKE)])
    assert len(events) == 1 and events[0].lead.value == "2013-03-11"


def test_the_same_story_a_few_days_apart_is_one_event_with_a_conflict():
    # 11 and 16 March: five days, within the seven a disagreement may span
    events = merge([day(1, "2013-03-11", QUAKE), day(2, "2013-03-16", QUAKE)])
    assert len(events) == 1 and events[0].conflict


def test_the_same_words_more_than_a_week_apart_are_two_happenings():
    # 11 and 19 March: eight days
    events = merge([day(1, "2013-03-11", QUAKE), day(2, "2013-03-19", QUAKE)])
    assert len(events) == 2


def test_different_happenings_on_one_day_stay_apart():
    events = merge([day(1, "2013-03-11", QUAKE), day(2, "2013-03-11", VOTE)])
    assert len(events) == 2


def test_one_article_gives_an_event_one_source():
    events = merge([day(1, "2013-03-11", QUAKE), day(1, "2013-03-11", QUAKE)])
    assert len(events) == 2
