"""The acceptance test of the whole path: seeds/ in, /api/events.json out,
checked against tests/data/seeds.events.json (a copy of shared/eval)."""
import json

import pytest

from tests.conftest import DATA

EXPECTED = json.loads((DATA / "seeds.events.json").read_text(encoding="utf-8"))


@pytest.fixture
def api_events(seeded, client):
    return client.get("/api/events.json").json()["events"]


def sources_of(events):
    return [(event, source) for event in events for source in event["sources"]]


def find_source(events, article, fragment, expression=None):
    matches = [(e, s) for e, s in sources_of(events)
               if s["article"] == article and fragment in s["sentence"]
               and (expression is None or s["expression"] == expression)]
    if len(matches) > 1:   # a sentence with two dates: the fragment names the one it means
        matches = [(e, s) for e, s in matches if s["expression"] in fragment]
    assert len(matches) == 1, f"{article}: {fragment!r} {expression!r} matched {len(matches)} sources"
    return matches[0]


@pytest.mark.parametrize("expected", EXPECTED["events"], ids=lambda e: f"{e['article'][:3]}:{e['expression']}")
def test_each_dated_event(api_events, expected):
    event, source = find_source(api_events, expected["article"], expected["sentence"], expected["expression"])
    assert source["date"] == expected["date"]
    assert (event["date"], event["granularity"]) == (expected["date"], expected["granularity"])


def test_no_other_dated_sources(api_events):
    assert len(sources_of(api_events)) == len(EXPECTED["events"]) == 19


@pytest.mark.parametrize("group", EXPECTED["same_event"], ids=lambda g: g["title"])
def test_mentions_of_one_happening_are_one_event(api_events, group):
    events = {find_source(api_events, m["article"], m["sentence"])[0]["id"] for m in group["mentions"]}
    assert len(events) == 1
    (event,) = [e for e in api_events if e["id"] in events]
    assert event["date"] == group["date"]
    assert not event["conflict"]


@pytest.mark.parametrize("duration", EXPECTED["not_events"], ids=lambda d: d["expression"])
def test_durations_make_no_event(api_events, duration):
    assert not [s for _, s in sources_of(api_events)
                if s["article"] == duration["article"] and duration["expression"] in s["expression"]]


def test_separate_happenings_on_one_day_stay_apart(api_events):
    """001 reports three things on 12 August; only the dialogue itself joins the other articles."""
    same_day = [e for e in api_events if e["date"] == "2025-08-12"]
    assert len(same_day) == 3
    assert sorted(len(e["sources"]) for e in same_day) == [1, 1, 3]


def test_a_duration_gives_its_event_a_length_but_no_point(api_events):
    """"He also visited the US in June on a five-day official visit": June, lasting five days."""
    event, _ = find_source(api_events, "001_9fd857c355ce1723", "He also visited the US in June", "June")
    assert (event["date"], event["length"]) == ("2025-06", "P5D")
    kurilla, _ = find_source(api_events, "001_9fd857c355ce1723", "Kurilla had praised", "June")
    assert kurilla["length"] == ""
