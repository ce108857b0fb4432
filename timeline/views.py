"""Pages, the embeddable chart and the JSON/CSV API."""
import csv
from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_exempt

from . import charts
from .exports import event_rows, events_queryset
from .models import Article, Event


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
    rows = [{**row, "label": charts.date_label(row)} for row in event_rows(events_queryset(min_confidence), request)]
    return {"rows": rows, "figure_json": charts.figure(rows).to_json(), "min_confidence": min_confidence}


def _bad_filter(error):
    return HttpResponseBadRequest(f"Bad filter: {error}", content_type="text/plain")


def _render_chart(request, template):
    try:
        context = _chart_context(request)
    except ValueError as error:
        return _bad_filter(error)
    return render(request, template, context)


def timeline(request):
    return _render_chart(request, "timeline/timeline.html")


@xframe_options_exempt
def embed(request):
    """The chart alone, for an iframe in a report (the only page other sites may frame)."""
    return _render_chart(request, "timeline/embed.html")


@staff_member_required
def correct_event(request, key):
    """From the timeline to the event's correction form in the admin."""
    event = get_object_or_404(Event, key=key)
    return redirect("admin:timeline_event_change", event.pk)


def article_list(request):
    return render(request, "timeline/article_list.html", {"articles": Article.objects.all()})


def article_detail(request, key):
    article = get_object_or_404(Article, key=key)
    stored = list(article.sentences.prefetch_related("mentions"))
    ends = [s.start for s in stored[1:]] + [len(article.text)]
    sentences = [_sentence_view(article.text, s, next_start) for s, next_start in zip(stored, ends)]
    mentions = article.mentions.select_related("sentence")
    return render(request, "timeline/article_detail.html",
                  {"article": article, "sentences": sentences, "mentions": mentions})


def _sentence_view(text, sentence, next_start):
    """The sentence as (text, mention-or-None) pieces, so the template can mark each
    expression, and the white space up to the next sentence, outside the highlight."""
    end = sentence.start + len(text[sentence.start:sentence.end].rstrip())
    pieces, cursor = [], sentence.start
    for mention in sorted(sentence.mentions.all(), key=lambda m: m.start):
        if mention.start < cursor:
            continue
        pieces.append((text[cursor:mention.start], None))
        pieces.append((text[mention.start:mention.end], mention))
        cursor = mention.end
    pieces.append((text[cursor:end], None))
    return {"index": sentence.index, "pieces": [p for p in pieces if p[0]], "after": text[end:next_start]}


def api_events(request):
    try:
        rows = event_rows(events_queryset(_min_confidence(request)), request)
    except ValueError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse({"events": rows}, json_dumps_params={"ensure_ascii": False, "indent": 1})


OEMBED_SIZE = (800, 480)


def oembed(request):
    """oEmbed (JSON) for the timeline: report tools that speak oEmbed get the /embed/ iframe."""
    url = request.GET.get("url", "")
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only format=json is offered.", status=501, content_type="text/plain")
    parsed = urlsplit(url)
    if not url or parsed.netloc not in ("", request.get_host()) or parsed.path not in ("/", "/embed/"):
        return JsonResponse({"error": "url must be this site's timeline (/ or /embed/)"}, status=404)
    try:
        width = min(int(request.GET.get("maxwidth") or OEMBED_SIZE[0]), OEMBED_SIZE[0])
        height = min(int(request.GET.get("maxheight") or OEMBED_SIZE[1]), OEMBED_SIZE[1])
    except ValueError:
        return JsonResponse({"error": "maxwidth and maxheight are whole numbers"}, status=400)
    query = f"?{parsed.query}" if parsed.query else ""
    src = request.build_absolute_uri(reverse("timeline:embed")) + query
    return JsonResponse({
        "version": "1.0", "type": "rich", "provider_name": "Timeline",
        "provider_url": request.build_absolute_uri("/"), "title": "Timeline", "width": width, "height": height,
        "html": format_html('<iframe src="{}" width="{}" height="{}" style="border:0" title="Timeline" '
                            'loading="lazy"></iframe>', src, width, height),
    })


def export_html(request):
    """The timeline as one self-contained HTML file (plotly.js inside), for reports kept offline."""
    try:
        context = _chart_context(request)
    except ValueError as error:
        return _bad_filter(error)
    chart = charts.figure(context["rows"]).to_html(
        full_html=False, include_plotlyjs=True, div_id="timeline-chart",
        post_script=charts.CLICK_TO_SOURCE, config=charts.CONFIG)
    response = render(request, "timeline/export.html", {**context, "chart": chart})
    response["Content-Disposition"] = 'attachment; filename="timeline.html"'
    return response


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
