"""Pages, the embeddable chart and the JSON/CSV API."""
import csv

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.clickjacking import xframe_options_exempt

from . import charts
from .exports import event_rows, events_queryset
from .models import Article


def _min_confidence(request):
    """The ?min_confidence= filter (0 to 1), or None."""
    raw = request.GET.get("min_confidence", "").strip()
    if not raw:
        return None
    value = float(raw)
    if not 0 <= value <= 1:
        raise ValueError("min_confidence must be between 0 and 1")
    return value


def _chart_context(request):
    min_confidence = _min_confidence(request)
    rows = event_rows(events_queryset(min_confidence), request)
    return {"rows": rows, "figure_json": charts.figure(rows).to_json(), "min_confidence": min_confidence}


def _bad_filter(error):
    return HttpResponseBadRequest(f"Bad filter: {error}", content_type="text/plain")


def timeline(request):
    try:
        context = _chart_context(request)
    except ValueError as error:
        return _bad_filter(error)
    return render(request, "timeline/timeline.html", context)


@xframe_options_exempt
def embed(request):
    """The chart alone, for an iframe in a report (the only page other sites may frame)."""
    try:
        context = _chart_context(request)
    except ValueError as error:
        return _bad_filter(error)
    return render(request, "timeline/embed.html", context)


def article_list(request):
    return render(request, "timeline/article_list.html", {"articles": Article.objects.all()})


def article_detail(request, key):
    article = get_object_or_404(Article, key=key)
    sentences = [
        {"index": s.index, "pieces": _pieces(article.text, s, list(s.mentions.all()))}
        for s in article.sentences.prefetch_related("mentions")
    ]
    return render(request, "timeline/article_detail.html", {"article": article, "sentences": sentences})


def _pieces(text, sentence, mentions):
    """The sentence as (text, mention-or-None) pieces, so the template can mark each expression."""
    pieces, cursor = [], sentence.start
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < cursor:
            continue
        pieces.append((text[cursor:mention.start], None))
        pieces.append((text[mention.start:mention.end], mention))
        cursor = mention.end
    pieces.append((text[cursor:sentence.end], None))
    return [p for p in pieces if p[0]]


def api_events(request):
    try:
        rows = event_rows(events_queryset(_min_confidence(request)), request)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse({"events": rows}, json_dumps_params={"ensure_ascii": False, "indent": 1})


def api_events_csv(request):
    try:
        rows = event_rows(events_queryset(_min_confidence(request)), request)
    except ValueError as error:
        return _bad_filter(error)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="timeline-events.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "date", "granularity", "start", "end", "confidence", "conflict", "title",
                     "article", "expression", "sentence", "url"])
    for row in rows:
        for source in row["sources"]:
            writer.writerow([row["id"], row["date"], row["granularity"], row["start"], row["end"],
                             row["confidence"], row["conflict"], row["title"], source["article"],
                             source["expression"], source["sentence"], source["url"]])
    return response
