"""An editor corrects an event's date in the admin; the timeline shows it, re-ingesting keeps it."""
import pytest
from django.test import Client

from tests.conftest import SEEDS
from timeline.ingest import collect, ingest, rebuild_events
from timeline.models import Correction, Event


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password")
    client.force_login(user)
    return client


def change_date(client, event, new_date, note="checked with the ministry"):
    return client.post(f"/admin/timeline/event/{event.pk}/change/", {
        "date": new_date, "note": note,
        "sources-TOTAL_FORMS": "0", "sources-INITIAL_FORMS": str(event.sources.count()),
        "sources-MIN_NUM_FORMS": "0", "sources-MAX_NUM_FORMS": "1000"})


def test_correction_shows_on_the_timeline_and_survives_reingest(seeded, editor_client, client):
    event = Event.objects.get(date="2025-03")           # the train hijacking, "in March"
    response = change_date(editor_client, event, "2025-03-11")
    assert response.status_code == 302, response.content.decode()[:2000]
    api = client.get("/api/events.json").json()["events"]
    corrected = next(e for e in api if e["sources"][0]["expression"] == "March")
    assert (corrected["date"], corrected["granularity"], corrected["corrected"]) == ("2025-03-11", "day", True)
    assert corrected["confidence"] == 0.99
    assert "2025-03-11" in client.get("/").content.decode()
    correction = Correction.objects.get()
    assert (correction.editor, correction.note) == ("editor", "checked with the ministry")

    for article_file in collect([SEEDS]):   # the engine runs again: the editor's date stays
        ingest(article_file)
    Event.objects.all().delete()
    rebuild_events()
    assert Event.objects.get(title__startswith="Train").date == "2025-03-11"


def test_a_bad_date_is_refused_with_a_message(seeded, editor_client):
    event = Event.objects.get(date="2025-03")
    response = change_date(editor_client, event, "March 11")
    assert response.status_code == 200
    assert "is not a date" in response.content.decode()
    assert Correction.objects.count() == 0


def test_admin_lists_articles_events_and_mentions(seeded, editor_client):
    for page in ("article", "event", "mention", "correction"):
        assert editor_client.get(f"/admin/timeline/{page}/").status_code == 200
    event = Event.objects.get(date="2025-08-11")
    form = editor_client.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert 'name="date" value="2025-08-11"' in form
    assert form.count('href="/articles/') >= 3          # its three sources, linked to their sentences


def test_a_date_in_words_is_read_at_its_granularity(seeded, editor_client, client):
    event = Event.objects.get(date="2025-05")           # the India-Pakistan clash, "in May"
    assert change_date(editor_client, event, "7 May 2025").status_code == 302
    assert Event.objects.get(title__startswith="Clash").date == "2025-05-07"
    event = Event.objects.get(date="2025-05-07")
    assert change_date(editor_client, event, "April 2025").status_code == 302
    assert (Event.objects.get(title__startswith="Clash").date,
            Event.objects.get(title__startswith="Clash").granularity) == ("2025-04", "month")


def test_editors_reach_the_correction_form_from_the_timeline(seeded, editor_client):
    event = Event.objects.get(date="2025-03")
    assert f"/events/{event.key}/correct/" in editor_client.get("/").content.decode()
    response = editor_client.get(f"/events/{event.key}/correct/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/timeline/event/{event.pk}/change/"
    reader = Client()
    assert "correct the date" not in reader.get("/").content.decode()
    assert "/admin/login/" in reader.get(f"/events/{event.key}/correct/")["Location"]
