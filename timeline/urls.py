"""Root URLconf."""
from django.contrib import admin
from django.urls import include, path

from . import views

app_patterns = ([
    path("", views.timeline, name="timeline"),
    path("embed/", views.embed, name="embed"),
    path("events/<str:key>/correct/", views.correct_event, name="correct_event"),
    path("articles/", views.article_list, name="articles"),
    path("articles/<str:key>/", views.article_detail, name="article"),
    path("api/events.json", views.api_events, name="api_events"),
    path("api/events.csv", views.api_events_csv, name="api_events_csv"),
    path("oembed", views.oembed, name="oembed"),
    path("export/timeline.html", views.export_html, name="export_html"),
], "timeline")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include(app_patterns)),
]
