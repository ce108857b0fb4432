"""The interactive timeline: a Plotly figure of the events.

Each event is a marker at the middle of its date range, on a lane of its own
when its neighbours are close; events that cover a month or a year also get
a bar across it. The marker's customdata carries the link to its first source
sentence. The view opens on where most events are; the range slider below
shows them all.
"""
import html
from datetime import date, timedelta

import plotly.graph_objects as go

LANES = 6
CONFIG = {"displaylogo": False, "responsive": True,
          "toImageButtonOptions": {"filename": "timeline", "format": "png", "scale": 2}}
# For the standalone export: a click opens the source sentence in a new tab.
CLICK_TO_SOURCE = ("document.getElementById('{plot_id}').on('plotly_click', function (e) {"
                   " var u = e.points[0].customdata && e.points[0].customdata[0];"
                   " if (u) { window.open(u, '_blank', 'noopener'); } });")
COLORS = {"day": "#1f77b4", "month": "#2ca02c", "year": "#9467bd"}


def date_label(row):
    """The event's date as a reader sees it: "2013-09-05 – 2013-09-06" for a range of days."""
    if row["granularity"] == "day" and row["start"] != row["end"]:
        return f"{row['start']} – {row['end']}"
    return row["date"]


def _hover(row):
    source = row["sources"][0] if row["sources"] else {}
    sentence = html.escape(source.get("sentence", ""))
    expression = html.escape(source.get("expression", ""))
    if expression:
        sentence = sentence.replace(expression, f"<b>{expression}</b>", 1)
    sentence = "<br>".join(_wrap(sentence, 70)[:5])
    why = f"<br>rule {html.escape(source.get('rule', ''))}, anchor {html.escape(source.get('anchor', ''))}" \
        if source.get("anchor") else ""
    extra = why + (f"<br>{len(row['sources'])} sources" if len(row["sources"]) > 1 else "")
    if row.get("length"):
        extra += f"<br>lasting {html.escape(row['length'])}"
    conflict = "<br>⚠ sources disagree: " + ", ".join(row["readings"]) if row["conflict"] else ""
    return (f"<b>{html.escape(date_label(row))}</b> ({row['granularity']})<br>{html.escape(row['title'])}"
            f"<br><i>{sentence}</i>{extra}{conflict}")


def _wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def figure(rows):
    """A plotly Figure for event rows (see exports.event_rows)."""
    fig = go.Figure()
    view = initial_view(rows)
    lanes = assign_lanes(rows, view)
    for granularity, color in COLORS.items():
        chosen = [(lanes[i], r) for i, r in enumerate(rows) if r["granularity"] == granularity]
        if not chosen:
            continue
        bars_x, bars_y = [], []
        for lane, row in chosen:
            if granularity != "day" or row["start"] != row["end"]:   # a month, or days from one to another
                bars_x += [row["start"], _day_after(row["end"]), None]
                bars_y += [lane, lane, None]
        if bars_x:
            fig.add_trace(go.Scatter(x=bars_x, y=bars_y, mode="lines", line={"width": 8, "color": color},
                                     opacity=0.35, hoverinfo="skip", showlegend=False))
        fig.add_trace(go.Scatter(
            x=[_middle(r) for _, r in chosen], y=[lane for lane, _ in chosen],
            mode="markers", name=granularity,
            marker={"size": [10 + 4 * len(r["sources"]) for _, r in chosen], "color": color,
                    "symbol": ["diamond" if r["conflict"] else "circle" for _, r in chosen],
                    "line": {"width": 1, "color": "#333"}},
            customdata=[[r["sources"][0]["url"] if r["sources"] else ""] for _, r in chosen],
            hovertext=[_hover(r) for _, r in chosen], hoverinfo="text"))
    fig.update_layout(
        margin={"l": 10, "r": 10, "t": 40, "b": 40}, height=480, hovermode="closest",
        yaxis={"visible": False, "range": [-1, LANES + 0.5], "fixedrange": True},
        xaxis={"type": "date", "rangeslider": {"visible": True},
               **({"range": [view[0].isoformat(), view[1].isoformat()]} if view else {})},
        legend={"orientation": "h", "y": 1.12, "x": 0, "yanchor": "top"}, plot_bgcolor="white")
    return fig


def initial_view(rows, share=0.8):
    """(first, last) day to open on: the shortest stretch holding ``share`` of the events,
    padded, when it is much shorter than the whole; None to show everything."""
    middles = sorted(date.fromisoformat(_middle(r)) for r in rows)
    if len(middles) < 5:
        return None
    size = max(2, round(share * len(middles)))
    first, last = min(((middles[i], middles[i + size - 1]) for i in range(len(middles) - size + 1)),
                      key=lambda pair: pair[1] - pair[0])
    whole = middles[-1] - middles[0]
    if (last - first) * 3 > whole:
        return None
    pad = max((last - first) / 10, timedelta(days=3))
    return first - pad, last + pad


def assign_lanes(rows, view=None):
    """A lane per event: the lowest lane whose last marker is far enough to the left."""
    middles = [date.fromisoformat(_middle(r)) for r in rows]
    span = (view[1] - view[0]) if view else (max(middles) - min(middles) if middles else timedelta(0))
    gap = max(span / 25, timedelta(days=1))
    last_in_lane, lanes = {}, []
    for day in middles:
        lane = next((n for n in range(LANES) if n not in last_in_lane or day - last_in_lane[n] >= gap),
                    len(lanes) % LANES)
        last_in_lane[lane] = day
        lanes.append(lane)
    return lanes


def _middle(row):
    first, last = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
    return (first + (last - first) / 2).isoformat()


def _day_after(iso_day):
    return (date.fromisoformat(iso_day) + timedelta(days=1)).isoformat()
