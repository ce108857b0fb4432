"""python manage.py ingest: folders with a manifest, single files, refusals, re-ingest."""
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import SEEDS
from timeline.models import Article, Event, EventSource, Mention, Sentence

ARTICLE = "The ministers met in Geneva on Monday. They will meet again in June.\n"


def run_ingest(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, args), stdout=out, stderr=err)
        failed = None
    except CommandError as error:
        failed = str(error)
    return out.getvalue(), err.getvalue(), failed


@pytest.mark.django_db
def test_ingest_seed_folder_with_progress():
    out, err, failed = run_ingest(SEEDS)
    assert failed is None and err == ""
    assert "[1/3]" in out and "[3/3]" in out and "created" in out
    assert Article.objects.count() == 3
    assert str(Article.objects.get(key="001_9fd857c355ce1723").published) == "2025-08-12"
    assert Mention.objects.count() == 24
    assert EventSource.objects.count() == 19


@pytest.mark.django_db
def test_ingest_twice_duplicates_nothing():
    run_ingest(SEEDS)
    counts = (Article.objects.count(), Sentence.objects.count(), Mention.objects.count(), Event.objects.count())
    out, _, failed = run_ingest(SEEDS)
    assert failed is None
    assert out.count("unchanged") == 3
    assert (Article.objects.count(), Sentence.objects.count(), Mention.objects.count(),
            Event.objects.count()) == counts


@pytest.mark.django_db
def test_single_file_needs_published(article_dir):
    folder = article_dir({"talks.txt": ARTICLE})
    _, err, failed = run_ingest(folder / "talks.txt")
    assert "talks.txt" in err and "no publication date" in err
    assert failed == "1 file(s) refused"
    out, _, failed = run_ingest(folder / "talks.txt", "--published", "2025-08-13")
    assert failed is None
    values = dict(Mention.objects.values_list("text", "value"))
    assert values == {"Monday": "2025-08-11", "June": "2026-06"}


@pytest.mark.django_db
def test_bad_files_are_refused_and_the_others_ingest(article_dir):
    folder = article_dir(
        {"good.txt": ARTICLE, "empty.txt": "  \n", "latin1.txt": "Caf\xe9 opened on Monday.".encode("latin-1"),
         "undated.txt": ARTICLE},
        manifest='[[article]]\nfile = "good.txt"\npublished = 2025-08-13\n'
                 '[[article]]\nfile = "empty.txt"\npublished = 2025-08-13\n'
                 '[[article]]\nfile = "latin1.txt"\npublished = 2025-08-13\n')
    out, err, failed = run_ingest(folder)
    assert "empty.txt: empty" in err
    assert "latin1.txt: not UTF-8" in err
    assert "undated.txt: no publication date" in err
    assert failed == "3 file(s) refused"
    assert list(Article.objects.values_list("key", flat=True)) == ["good"]


@pytest.mark.django_db
def test_a_bad_date_in_the_manifest_is_refused_by_name(article_dir):
    folder = article_dir({"talks.txt": ARTICLE, "other.txt": ARTICLE},
                         manifest='[[article]]\nfile = "talks.txt"\npublished = "13 August"\n'
                                  '[[article]]\nfile = "other.txt"\npublished = "2025-08-13"\n')
    _, err, failed = run_ingest(folder)
    assert "talks.txt: publication date '13 August' in manifest.toml is not YYYY-MM-DD" in err
    assert failed == "1 file(s) refused"
    assert list(Article.objects.values_list("key", flat=True)) == ["other"]


@pytest.mark.django_db
def test_a_key_with_spaces_has_a_page(article_dir, client):
    folder = article_dir({"Geneva talks.txt": ARTICLE})
    run_ingest(folder / "Geneva talks.txt", "--published", "2025-08-13")
    assert client.get("/articles/Geneva%20talks/").status_code == 200


@pytest.mark.django_db
def test_a_byte_order_mark_is_not_text(article_dir):
    folder = article_dir({"talks.txt": "\ufeff" + ARTICLE})
    run_ingest(folder / "talks.txt", "--published", "2025-08-13")
    assert Article.objects.get().text == ARTICLE
    assert Mention.objects.get(text="Monday").start == ARTICLE.index("Monday")


@pytest.mark.django_db
def test_bad_published_option_is_a_clear_error(article_dir):
    folder = article_dir({"talks.txt": ARTICLE})
    _, _, failed = run_ingest(folder / "talks.txt", "--published", "13/08/2025")
    assert "expected YYYY-MM-DD" in failed


@pytest.mark.django_db
def test_changed_text_replaces_the_engines_output(article_dir):
    folder = article_dir({"talks.txt": ARTICLE})
    run_ingest(folder / "talks.txt", "--published", "2025-08-13")
    (folder / "talks.txt").write_text("The ministers met in Geneva on Friday.\n", encoding="utf-8")
    out, _, _ = run_ingest(folder / "talks.txt", "--published", "2025-08-13")
    assert "updated" in out
    assert list(Mention.objects.values_list("text", "value")) == [("Friday", "2025-08-08")]
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_manifest_metadata_is_stored(article_dir):
    folder = article_dir({"talks.txt": ARTICLE}, manifest=(
        '[[article]]\nfile = "talks.txt"\npublished = 2025-08-13\ntitle = "Geneva talks"\n'
        'source = "Wire"\nurl = "https://example.org/talks"\n'))
    run_ingest(folder)
    article = Article.objects.get(key="talks")
    assert (article.title, article.source, article.url) == ("Geneva talks", "Wire", "https://example.org/talks")


@pytest.mark.django_db
def test_a_new_engine_reads_unchanged_articles_again(article_dir):
    folder = article_dir({"talks.txt": ARTICLE})
    run_ingest(folder / "talks.txt", "--published", "2025-08-13")
    Article.objects.update(engine_version="older")
    Mention.objects.update(value="stale")
    out, _, _ = run_ingest(folder / "talks.txt", "--published", "2025-08-13")
    assert "updated" in out
    assert dict(Mention.objects.values_list("text", "value")) == {"Monday": "2025-08-11", "June": "2026-06"}
