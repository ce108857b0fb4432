"""What Timeline stores: articles, their sentences and date mentions, the
events each article reports (sources), the merged events, and editors'
corrections, which live apart so that re-running the engine never loses them."""
from django.db import models

TIMEX_TYPES = [(t, t) for t in ("DATE", "TIME", "DURATION", "SET")]
GRANULARITIES = [("day", "day"), ("month", "month"), ("year", "year")]


class Article(models.Model):
    key = models.CharField(max_length=200, unique=True, help_text="File name without extension.")
    title = models.CharField(max_length=300, blank=True)
    source = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, blank=True)
    published = models.DateField()
    text = models.TextField()
    text_hash = models.CharField(max_length=64)
    engine_version = models.CharField(max_length=20, blank=True,
                                      help_text="The engine that read it; a new engine reads it again.")
    ingested_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published", "key"]

    def __str__(self):
        return self.title or self.key

    @property
    def display_title(self):
        """The title, else the first line of the text."""
        if self.title:
            return self.title
        first_line = self.text.strip().splitlines()[0] if self.text.strip() else self.key
        return first_line[:120]


class Sentence(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sentences")
    index = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["article", "index"]
        constraints = [models.UniqueConstraint(fields=["article", "index"], name="unique_sentence_index")]

    def __str__(self):
        return f"{self.article.key} #s{self.index}"


class Mention(models.Model):
    """A temporal expression as the engine found and resolved it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.ForeignKey(Sentence, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=300)
    timex_type = models.CharField(max_length=10, choices=TIMEX_TYPES)
    value = models.CharField(max_length=50, help_text="TIMEX3 value")
    granularity = models.CharField(max_length=10, blank=True)
    rule = models.CharField(max_length=100)
    anchor = models.CharField(max_length=300, blank=True)
    leads_to = models.CharField(max_length=50, blank=True,
                                help_text='for a duration like "three days [later]": the date it leads to')
    confidence = models.FloatField()

    class Meta:
        ordering = ["article", "start"]

    def __str__(self):
        return f"{self.text} = {self.value}"


class Dated(models.Model):
    """A date at its granularity and the days it covers."""

    date = models.CharField(max_length=20, help_text="ISO date at its granularity: 2025-08-12, 2025-06, 2019")
    granularity = models.CharField(max_length=10, choices=GRANULARITIES)
    start = models.DateField()
    end = models.DateField()
    confidence = models.FloatField()

    class Meta:
        abstract = True


class Event(Dated):
    """One happening, merged from the sources that report it."""

    key = models.CharField(max_length=80, unique=True)
    title = models.CharField(max_length=300)
    conflict = models.BooleanField(default=False, help_text="Sources disagree on the date.")
    readings = models.JSONField(default=list, blank=True, help_text="The dates the sources give.")
    corrected = models.BooleanField(default=False, help_text="An editor set the date.")
    length = models.CharField(max_length=20, blank=True, help_text="How long it lasted, as a TIMEX3 duration.")

    class Meta:
        ordering = ["start", "end", "key"]

    def __str__(self):
        return f"{self.date} {self.title}"


class EventSource(Dated):
    """One article's statement that something happened at a date."""

    event = models.ForeignKey(Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_sources")
    sentence = models.ForeignKey(Sentence, on_delete=models.CASCADE, related_name="event_sources")
    mention = models.ForeignKey(Mention, on_delete=models.CASCADE, related_name="event_sources")
    signature = models.CharField(max_length=80, unique=True,
                                 help_text="Stable identity across re-ingests: article, sentence text, expression.")
    expression = models.CharField(max_length=300)
    expression_start = models.PositiveIntegerField()
    expression_end = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    rule = models.CharField(max_length=100)
    anchor = models.CharField(max_length=300, blank=True)
    length = models.CharField(max_length=20, blank=True, help_text="How long it lasted, as a TIMEX3 duration.")
    lemmas = models.JSONField(default=list)
    entities = models.JSONField(default=list)

    class Meta:
        ordering = ["article", "expression_start"]

    def __str__(self):
        return f"{self.article.key}: {self.expression}"


class Correction(models.Model):
    """An editor's date for a source, kept by its signature across re-ingests."""

    signature = models.CharField(max_length=80, unique=True)
    date = models.CharField(max_length=20)
    granularity = models.CharField(max_length=10, choices=GRANULARITIES)
    note = models.TextField(blank=True)
    editor = models.CharField(max_length=150, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.signature} -> {self.date}"
