"""Loading articles: read files, run the engine, store its output, rebuild events.

The engine's output for an article is replaced wholesale when its text
changes; editors' corrections are kept apart (``Correction``) and applied
again whenever events are rebuilt.
"""
import hashlib
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.db import transaction

from .engine import ENGINE_VERSION, analyze, extract_events, load_pipeline, merge, values
from .engine.rules.vocabulary import read_explicit_date
from .models import Article, Correction, Event, EventSource, Mention, Sentence

MANIFEST = "manifest.toml"
ARTICLE_SUFFIXES = (".txt",)


class Refused(Exception):
    """A file that cannot be ingested, with the reason."""


@dataclass(frozen=True)
class InvalidDate:
    """A publication date the manifest gives but that is no date."""

    text: str


@dataclass
class ArticleFile:
    path: Path
    published: date | None
    title: str = ""
    source: str = ""
    url: str = ""

    @property
    def key(self):
        return self.path.stem


def collect(paths, published=None):
    """ArticleFiles for the given files and folders (folders read their manifest)."""
    found = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            manifest = read_manifest(path / MANIFEST)
            for file in sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES):
                found.append(_from_manifest(file, manifest))
        else:
            entry = read_manifest(path.parent / MANIFEST).get(path.name, {}) if path.exists() else {}
            article = _from_manifest(path, {path.name: entry} if entry else {})
            if published is not None:
                article.published = published
            found.append(article)
    return found


def read_manifest(path):
    """{file name: entry} from a manifest.toml, or {} when there is none."""
    if not path.exists():
        return {}
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise Refused(f"{path}: not valid TOML ({error})") from error
    return {entry["file"]: entry for entry in data.get("article", []) if "file" in entry}


def _from_manifest(path, manifest):
    entry = manifest.get(path.name, {})
    return ArticleFile(path, _published(path, entry.get("published")),
                       entry.get("title", ""), entry.get("source", ""), entry.get("url", ""))


def _published(path, value):
    """A manifest's date (TOML date, datetime or "YYYY-MM-DD"), or None when it gives none."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return InvalidDate(str(value))


def read_text(article_file):
    """The file's text; Refused when it is missing, empty, not UTF-8 or undated."""
    path = article_file.path
    if not path.is_file():
        raise Refused(f"{path}: no such file")
    if article_file.published is None:
        raise Refused(f"{path}: no publication date (add it to {MANIFEST} or pass --published YYYY-MM-DD)")
    if isinstance(article_file.published, InvalidDate):
        raise Refused(f"{path}: publication date {article_file.published.text!r} in {MANIFEST} is not YYYY-MM-DD")
    try:
        text = path.read_bytes().decode("utf-8-sig")   # a byte-order mark is not part of the text
    except UnicodeDecodeError as error:
        raise Refused(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    if not text.strip():
        raise Refused(f"{path}: empty")
    return text


def ingest(article_file, nlp=None):
    """Store one article and the engine's reading of it: "created", "updated" or "unchanged".
    Unchanged means same text, same metadata and read by this very engine."""
    text = read_text(article_file)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = Article.objects.filter(key=article_file.key).first()
    metadata = {"title": article_file.title, "source": article_file.source, "url": article_file.url,
                "published": article_file.published, "engine_version": ENGINE_VERSION}
    if existing and existing.text_hash == digest and all(getattr(existing, k) == v for k, v in metadata.items()):
        return "unchanged"
    nlp = nlp or load_pipeline(settings.TIMELINE_SPACY_PIPELINE)
    analysis = analyze(text, article_file.published, nlp=nlp)
    candidates = extract_events(analysis)
    with transaction.atomic():
        article, created = Article.objects.update_or_create(
            key=article_file.key, defaults={**metadata, "text": text, "text_hash": digest})
        article.sentences.all().delete()   # cascades to mentions and event sources
        _store_analysis(article, analysis, candidates)
    return "created" if created else "updated"


def _store_analysis(article, analysis, candidates):
    sentences = Sentence.objects.bulk_create(
        Sentence(article=article, index=s.index, start=s.start, end=s.end, text=s.text) for s in analysis.sentences)
    mentions = Mention.objects.bulk_create(
        Mention(article=article, sentence=sentences[t.sentence], start=t.start, end=t.end, text=t.text,
                timex_type=t.type, value=t.value, granularity=t.granularity or "", rule=t.rule,
                anchor=t.anchor, leads_to=t.leads_to, confidence=t.confidence)
        for t in analysis.timexes)
    seen = {}
    sources = []
    for c in candidates:
        sentence = sentences[c.sentence]
        identity = f"{article.key}|{sentence.text}|{c.expression}"
        seen[identity] = seen.get(identity, -1) + 1
        sources.append(EventSource(
            article=article, sentence=sentence, mention=mentions[c.timex],
            signature=hashlib.sha1(f"{identity}|{seen[identity]}".encode()).hexdigest(),
            expression=c.expression, expression_start=c.expression_start, expression_end=c.expression_end,
            title=c.title, date=c.value, granularity=c.granularity, start=c.start, end=c.end,
            confidence=c.confidence, rule=c.rule, anchor=c.anchor, length=c.length,
            lemmas=sorted(c.lemmas), entities=sorted(c.entities)))
    EventSource.objects.bulk_create(sources)


# --- events ----------------------------------------------------------------------

def parse_corrected_date(text):
    """(value, granularity, start, end) for an editor's date: "2025-08-11", "2025-06", "2019",
    or any wording with a year that dateparser reads ("11 March 2025", "June 2025")."""
    text = (text or "").strip()
    if values.granularity(text) is None and text:
        read = read_explicit_date(text)
        text = read if read != "XXXX-XX-XX" else text
    kind = values.granularity(text)
    if kind not in ("day", "month", "year"):
        raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (or e.g. 11 March 2025)")
    try:
        first, last = values.date_range(text)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date: {error}") from error
    return text, kind, first, last


def _as_candidate(source, correction):
    candidate = SimpleNamespace(
        source=source, article=source.article_id, value=source.date, granularity=source.granularity,
        start=source.start, end=source.end, confidence=source.confidence,
        lemmas=frozenset(source.lemmas), entities=frozenset(source.entities), corrected=False)
    if correction is not None:
        candidate.value, candidate.granularity, candidate.start, candidate.end = parse_corrected_date(correction.date)
        candidate.confidence, candidate.corrected = 1.0, True
    return candidate


def rebuild_events():
    """Merge every article's sources into events, applying editors' corrections."""
    corrections = {c.signature: c for c in Correction.objects.all()}
    sources = list(EventSource.objects.select_related("article").order_by("article__key", "expression_start"))
    merged = merge([_as_candidate(s, corrections.get(s.signature)) for s in sources])
    with transaction.atomic():
        keep = []
        for group in merged:
            lead = group.lead
            key = "e" + hashlib.sha1(min(m.source.signature for m in group.members).encode()).hexdigest()[:12]
            event, _ = Event.objects.update_or_create(key=key, defaults={
                "title": lead.source.title, "date": lead.value, "granularity": lead.granularity,
                "start": lead.start, "end": lead.end, "confidence": group.confidence,
                "conflict": group.conflict, "readings": [r.value for r in group.readings],
                "corrected": any(m.corrected for m in group.members),
                "length": next((m.source.length for m in group.members if m.source.length), "")})
            keep.append(event.pk)
            EventSource.objects.filter(pk__in=[m.source.pk for m in group.members]).update(event=event)
        Event.objects.exclude(pk__in=keep).delete()
    return len(merged)


def correct_event(event, date_text, note="", editor=""):
    """An editor's date for every source of ``event``; rebuilds the events."""
    value, kind, _, _ = parse_corrected_date(date_text)
    for source in event.sources.all():
        Correction.objects.update_or_create(
            signature=source.signature, defaults={"date": value, "granularity": kind, "note": note, "editor": editor})
    rebuild_events()
