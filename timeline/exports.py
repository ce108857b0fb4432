"""Events as plain data for the API, the chart and downloads."""
from django.urls import reverse

from .models import Event


def events_queryset(min_confidence=None):
    events = Event.objects.prefetch_related("sources__article", "sources__sentence")
    if min_confidence is not None:
        events = events.filter(confidence__gte=min_confidence)
    return events


def source_url(source, request=None):
    url = reverse("timeline:article", args=[source.article.key]) + f"#s{source.sentence.index}"
    return request.build_absolute_uri(url) if request is not None else url


def event_rows(events, request=None):
    """One dict per event, in the shape of /api/events.json."""
    return [
        {
            "id": event.key,
            "title": event.title,
            "date": event.date,
            "granularity": event.granularity,
            "start": event.start.isoformat(),
            "end": event.end.isoformat(),
            "confidence": event.confidence,
            "conflict": event.conflict,
            "readings": event.readings,
            "corrected": event.corrected,
            "length": event.length,
            "sources": [
                {
                    "article": source.article.key,
                    "sentence": source.sentence.text,
                    "expression": source.expression,
                    "date": source.date,
                    "rule": source.rule,
                    "anchor": source.anchor,
                    "url": source_url(source, request),
                }
                for source in event.sources.all()
            ],
        }
        for event in events
    ]
