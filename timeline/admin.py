"""The admin: editors read what the engine found and correct event dates.

An event's date is corrected in its change form; the correction is stored
per source (``Correction``), so re-ingesting an article keeps it.
"""
from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html

from .ingest import correct_event, parse_corrected_date, rebuild_events
from .models import Article, Correction, Event, EventSource, Mention


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ("text", "timex_type", "value", "granularity", "rule", "anchor", "leads_to", "confidence")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("key", "display_title", "published", "source", "ingested_at")
    search_fields = ("key", "title", "text")
    date_hierarchy = "published"
    readonly_fields = ("text_hash", "ingested_at")
    inlines = [MentionInline]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("text", "value", "timex_type", "granularity", "rule", "anchor", "article")
    list_filter = ("timex_type", "granularity", "rule")
    search_fields = ("text", "value", "article__key")
    readonly_fields = [f.name for f in Mention._meta.fields]


class SourceInline(admin.TabularInline):
    model = EventSource
    fields = ("article", "expression", "date", "granularity", "confidence", "rule", "anchor", "source_link")
    readonly_fields = fields
    extra = 0
    can_delete = False

    @admin.display(description="sentence")
    def source_link(self, source):
        return format_html('<a href="/articles/{}/#s{}">{}</a>', source.article.key, source.sentence.index,
                           source.sentence.text[:120])


class EventCorrectionForm(forms.ModelForm):
    """The event's date as an editor may set it: YYYY-MM-DD, YYYY-MM or YYYY."""

    date = forms.CharField(help_text="YYYY-MM-DD, YYYY-MM or YYYY (or words with a year: 11 March 2025). "
                                     "Saved as a correction that re-ingesting keeps.")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="Why the date was changed (kept with the correction).")

    class Meta:
        model = Event
        fields = ("date",)

    def clean_date(self):
        try:
            return parse_corrected_date(self.cleaned_data["date"])[0]
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventCorrectionForm
    list_display = ("date", "title", "granularity", "confidence", "conflict", "corrected", "source_count")
    list_filter = ("granularity", "conflict", "corrected")
    search_fields = ("title", "sources__expression", "sources__sentence__text")
    readonly_fields = ("title", "granularity", "start", "end", "confidence", "conflict", "readings", "corrected")
    fields = ("date", "note") + readonly_fields
    inlines = [SourceInline]
    actions = ["rebuild"]

    def has_add_permission(self, request):
        return False   # events come from articles

    @admin.display(description="sources")
    def source_count(self, event):
        return event.sources.count()

    def save_model(self, request, obj, form, change):
        if "date" in form.changed_data:
            correct_event(obj, form.cleaned_data["date"], form.cleaned_data.get("note", ""),
                          request.user.get_username())
            messages.info(request, "The correction is stored per source and survives re-ingesting.")

    @admin.action(description="Rebuild events from all articles")
    def rebuild(self, request, queryset):
        count = rebuild_events()
        messages.success(request, f"{count} events rebuilt.")


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ("date", "granularity", "editor", "updated_at", "note", "signature")
    search_fields = ("note", "editor", "signature")
