"""Events on hand-written articles (tests/data/articles), for what the seeds do not cover.

Published Friday 2025-03-14. Worked out by hand:
- summit_dates: "March 24-25" one event 24 to 25 March 2025 ("will meet": ahead);
  "between Nov. 26 and 27, 2014" one event 26 to 27 November 2014.
- flood_talks: "arrived ... on Monday" 2025-03-10; "the next day" 2025-03-11;
  "Two days later" (after the 11th) 2025-03-13; "will be signed in June" 2025-06;
  "last year's floods" 2024; "a minute of silence" is a duration, no event.
- market_fire_wire says the fire was on Wednesday (2025-03-12), market_fire_daily
  on Thursday (2025-03-13): one event, flagged, both readings kept.
- port_strike: a strike in Dhaka on the Monday the delegates arrived there: its own event.
"""
import pytest

from tests.conftest import DATA, SEEDS
from timeline.ingest import collect, ingest, rebuild_events


@pytest.fixture
def events(db, client):
    for article_file in collect([DATA / "articles"]):
        ingest(article_file)
    rebuild_events()
    return client.get("/api/events.json").json()["events"]


def by_expression(events, article):
    return {s["expression"]: e for e in events for s in e["sources"] if s["article"] == article}


def test_narrative_chain_and_future_event(events):
    flood = by_expression(events, "flood_talks")
    assert {k: (v["date"], v["granularity"]) for k, v in flood.items()} == {
        "Monday": ("2025-03-10", "day"),
        "the next day": ("2025-03-11", "day"),
        "Two days later": ("2025-03-13", "day"),
        "June": ("2025-06", "month"),
        "last year": ("2024", "year"),
    }
    assert flood["June"]["title"] == "Final treaty will be signed"
    assert flood["last year"]["title"] == "Last year's floods"
    assert (flood["June"]["start"], flood["June"]["end"]) == ("2025-06-01", "2025-06-30")


def test_relative_dates_are_less_certain_than_named_ones(events):
    flood = by_expression(events, "flood_talks")
    assert flood["the next day"]["confidence"] < flood["Monday"]["confidence"]


def test_disagreeing_sources_make_one_flagged_event(events):
    fires = [e for e in events if any(s["article"].startswith("market_fire") for s in e["sources"])]
    assert len(fires) == 1
    (fire,) = fires
    assert fire["conflict"] is True
    assert sorted(fire["readings"]) == ["2025-03-12", "2025-03-13"]
    assert {(s["article"], s["date"]) for s in fire["sources"]} == {
        ("market_fire_wire", "2025-03-12"), ("market_fire_daily", "2025-03-13")}
    two_days_later = by_expression(events, "flood_talks")["Two days later"]
    assert two_days_later["id"] != fire["id"]       # same day as one reading, different happening
    assert fire["confidence"] < two_days_later["confidence"]


def test_same_day_same_city_is_not_enough_to_merge(events):
    strike = by_expression(events, "port_strike")["Monday"]
    arrival = by_expression(events, "flood_talks")["Monday"]
    assert strike["date"] == arrival["date"] == "2025-03-10"
    assert strike["id"] != arrival["id"]
    assert len(strike["sources"]) == len(arrival["sources"]) == 1


def test_adding_articles_keeps_events_without_duplicates(events, client):
    for article_file in collect([SEEDS]):
        ingest(article_file)
    rebuild_events()
    after = client.get("/api/events.json").json()["events"]
    assert len(after) == len(events) + 13          # the seeds' own 13 events
    before_ids = {e["id"] for e in events}
    assert before_ids <= {e["id"] for e in after}   # the earlier events keep their identity
    own = [s for e in after for s in e["sources"] if not s["article"][0].isdigit()]
    assert len(own) == sum(len(e["sources"]) for e in events)


def test_article_page_says_where_a_duration_leads(events, client):
    page = client.get("/articles/flood_talks/").content.decode()
    table = page.split('<table class="mentions">')[1]
    row = next(r for r in table.split("<tr>") if ">Two days</a>" in r)
    # TimeML: "Two days" is the duration; "later" takes the story from the 11th to the 13th
    assert "<code>P2D</code> → <code>2025-03-13</code>" in row and "units_later" in row
    assert 'title="DURATION P2D → 2025-03-13 · rule units_later' in page   # the highlight says it too


def test_a_range_of_days_is_one_event_shown_with_both_ends(events, client):
    summit = by_expression(events, "summit_dates")
    assert {k: (v["date"], v["start"], v["end"]) for k, v in summit.items()} == {
        "March 24-25": ("2025-03-24", "2025-03-24", "2025-03-25"),
        "Nov. 26 and 27, 2014": ("2014-11-26", "2014-11-26", "2014-11-27"),
    }
    assert summit["March 24-25"]["title"] == "Regional leaders will meet in Kathmandu"
    assert "2025-03-24 – 2025-03-25" in client.get("/").content.decode()
