"""The pages, the embed and the API, on the ingested seeds."""
import csv
import html
import io
import re

import pytest
from django.utils.html import escape


def test_api_event_shape(seeded, client):
    response = client.get("/api/events.json")
    assert response.status_code == 200
    events = response.json()["events"]
    designation = next(e for e in events if e["date"] == "2025-08-11")
    assert set(designation) >= {"id", "title", "date", "granularity", "start", "end", "confidence", "sources"}
    assert (designation["start"], designation["end"], designation["granularity"]) == ("2025-08-11", "2025-08-11", "day")
    june = next(e for e in events if e["date"] == "2025-06")
    assert (june["start"], june["end"]) == ("2025-06-01", "2025-06-30")
    source = designation["sources"][0]
    assert set(source) >= {"article", "sentence", "expression", "url"}
    assert source["url"].startswith("http://testserver/articles/")
    assert "#s" in source["url"] and source["expression"] in source["sentence"]


def test_confidence_filter(seeded, client):
    everything = client.get("/api/events.json").json()["events"]
    confident = client.get("/api/events.json?min_confidence=0.9").json()["events"]
    assert 0 < len(confident) < len(everything)
    assert all(e["confidence"] >= 0.9 for e in confident)
    assert client.get("/api/events.json?min_confidence=high").status_code == 400


def test_timeline_page_serves_plotly_locally(seeded, client):
    page = client.get("/").content.decode()
    assert "/static/plotly/plotly.min.js" in page
    assert "cdn" not in page.lower()
    assert 'id="timeline-figure"' in page
    titles = [e["title"] for e in client.get("/api/events.json").json()["events"]]
    assert len(titles) == 13
    assert all(escape(title) in page for title in titles)


def test_plotly_is_a_static_file(client):
    from django.contrib.staticfiles import finders
    assert finders.find("plotly/plotly.min.js")


def test_article_page_marks_the_sentence_and_expression(seeded, client):
    api = client.get("/api/events.json").json()["events"]
    source = next(s for e in api for s in e["sources"] if s["expression"] == "May of last year")
    path, anchor = source["url"].replace("http://testserver", "").split("#")
    page = client.get(path).content.decode()
    assert f'id="{anchor}"' in page
    sentence_html = page.split(f'id="{anchor}"')[1].split("</span>")[0]
    assert '<mark class="timex timex-date"' in sentence_html
    assert ">May of last year</mark>" in sentence_html
    assert 'title="DATE 2024-05 · rule month_of_last_year' in sentence_html


def test_article_list_and_missing_article(seeded, client):
    assert client.get("/articles/").content.decode().count('<li><a href="/articles/') == 3
    assert client.get("/articles/no-such-article/").status_code == 404


def test_only_the_embed_may_be_framed(seeded, client):
    assert client.get("/")["X-Frame-Options"] == "DENY"
    assert client.get("/articles/")["X-Frame-Options"] == "DENY"
    embed = client.get("/embed/")
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    body = embed.content.decode()
    assert 'id="timeline-chart"' in body and "<nav>" not in body


def test_csv_export(seeded, client):
    response = client.get("/api/events.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["id", "date", "granularity"]
    assert len(rows) == 1 + 19
    assert {row[9] for row in rows[1:]} >= {"Tuesday", "a day after", "May of last year"}


@pytest.mark.django_db
def test_empty_timeline_says_how_to_load(client):
    assert "manage.py ingest" in client.get("/").content.decode()


def test_oembed_gives_the_embed_iframe(seeded, client):
    response = client.get("/oembed", {"url": "http://testserver/?min_confidence=0.8", "maxwidth": "600"})
    assert response.status_code == 200
    data = response.json()
    assert (data["version"], data["type"], data["width"], data["height"]) == ("1.0", "rich", 600, 480)
    assert 'src="http://testserver/embed/?min_confidence=0.8"' in data["html"]
    assert client.get("/oembed", {"url": "http://elsewhere.example/"}).status_code == 404
    assert client.get("/oembed", {"url": "http://testserver/", "format": "xml"}).status_code == 501
    page = client.get("/").content.decode()
    assert 'type="application/json+oembed"' in page


def test_standalone_html_export_carries_plotly_and_the_events(seeded, client):
    response = client.get("/export/timeline.html")
    assert response["Content-Disposition"] == 'attachment; filename="timeline.html"'
    body = response.content.decode()
    assert "<script src=" not in body          # plotly.js is inside the file, not fetched
    assert "plotly.js v" in body
    assert "http://testserver/articles/003_e7db84bc296da82b/#s" in body
    assert body.count("<li><strong>") == 13


def test_article_page_explains_each_date(seeded, client):
    page = client.get("/articles/001_9fd857c355ce1723/").content.decode()
    table = page.split('<table class="mentions">')[1]
    row = next(r for r in table.split("<tr>") if ">last month</a>" in r)
    assert "<code>2025-07</code>" in row and "last_unit" in row and "publication date" in row
    assert table.count("<tr>") == 1 + 13        # the header and the article's 13 expressions


def test_api_sources_say_why(seeded, client):
    events = client.get("/api/events.json").json()["events"]
    source = next(s for e in events for s in e["sources"] if s["expression"] == "a day after"
                  and s["article"] == "003_e7db84bc296da82b")
    assert source["anchor"] == '"Tuesday" (2025-08-12)'
    assert source["rule"] == "number_units+after"


def test_article_page_shows_the_text_exactly(seeded, client):
    from timeline.models import Article
    article = Article.objects.get(key="000_8511b5ad0af99c9d")
    page = client.get(f"/articles/{article.key}/").content.decode()
    shown = page.split('<div class="text">')[1].split("</div>")[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == article.text


def test_static_files_are_served_without_debug(client, settings):
    settings.DEBUG = False
    response = client.get("/static/plotly/plotly.min.js")
    assert response.status_code == 200
    assert b"plotly.js v" in b"".join(response.streaming_content)[:200]
