"""The figure itself, on hand-made rows."""
from datetime import date

from timeline import charts


def row(day, granularity="day", start=None, end=None):
    return {"date": day, "granularity": granularity, "start": start or day, "end": end or day,
            "title": f"event of {day}", "conflict": False, "readings": [day], "length": "",
            "sources": [{"url": f"/articles/a/#s{day}", "sentence": "It happened.", "expression": day}]}


def test_the_view_opens_on_the_busy_stretch():
    rows = [row("2019-06-01"), *(row(f"2025-08-{d:02d}") for d in (1, 4, 8, 10, 11, 12, 12, 13, 15))]
    first, last = charts.initial_view(rows)
    # the shortest stretch holding 8 of the 10 events: 4 to 15 August (1 to 13 is longer);
    # padded by 3 days each side
    assert (first, last) == (date(2025, 8, 1), date(2025, 8, 18))
    layout = charts.figure(rows).layout
    assert list(layout.xaxis.range) == ["2025-08-01", "2025-08-18"]


def test_a_spread_out_timeline_shows_everything():
    rows = [row(f"{year}-01-01") for year in range(2015, 2025)]
    assert charts.initial_view(rows) is None


def test_close_events_take_different_lanes_and_far_ones_reuse_them():
    rows = [row("2025-08-12"), row("2025-08-12"), row("2025-08-12"), row("2026-08-12")]
    assert charts.assign_lanes(rows) == [0, 1, 2, 0]


def test_month_events_get_a_bar_across_the_month():
    fig = charts.figure([row("2025-06", "month", "2025-06-01", "2025-06-30")])
    bar = next(t for t in fig.data if t.mode == "lines")
    assert list(bar.x[:2]) == ["2025-06-01", "2025-07-01"]
    marker = next(t for t in fig.data if t.mode == "markers")
    assert list(marker.x) == ["2025-06-15"]
    assert marker.customdata[0][0] == "/articles/a/#s2025-06"


def test_a_range_of_days_gets_a_bar_and_says_both_ends():
    summit = row("2013-09-05", "day", "2013-09-05", "2013-09-06")
    fig = charts.figure([summit, row("2013-09-20")])
    bar = next(t for t in fig.data if t.mode == "lines")
    assert list(bar.x) == ["2013-09-05", "2013-09-07", None]   # one bar, for the range only
    assert charts.date_label(summit) == "2013-09-05 – 2013-09-06"
    assert charts.date_label(row("2013-09-20")) == "2013-09-20"
    marker = next(t for t in fig.data if t.mode == "markers")
    assert marker.hovertext[0].startswith("<b>2013-09-05 – 2013-09-06</b>")
