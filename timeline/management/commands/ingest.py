"""python manage.py ingest PATH... [--published YYYY-MM-DD]"""
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from timeline.ingest import Refused, collect, ingest, rebuild_events


def iso_date(text):
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"--published {text!r}: expected YYYY-MM-DD") from error


class Command(BaseCommand):
    help = ("Load articles (files, or folders with a manifest.toml giving each file's publication date), "
            "resolve their dates and rebuild the merged events.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders")
        parser.add_argument("--published", type=str, help="publication date of a single file (YYYY-MM-DD)")

    def handle(self, *args, paths, published=None, **options):
        published = iso_date(published) if published else None
        try:
            files = collect(paths, published)
        except Refused as error:
            raise CommandError(str(error)) from error
        if not files:
            raise CommandError("no article files found (articles are .txt files)")
        refused = 0
        for number, article_file in enumerate(files, 1):
            prefix = f"[{number}/{len(files)}] {article_file.path}"
            try:
                outcome = ingest(article_file)
            except Refused as error:
                refused += 1
                self.stderr.write(self.style.ERROR(f"{prefix}: refused: {error}"))
                continue
            self.stdout.write(f"{prefix}: {outcome}")
        count = rebuild_events()
        self.stdout.write(self.style.SUCCESS(
            f"{len(files) - refused} article(s) ingested, {refused} refused; {count} events on the timeline."))
        if refused:
            raise CommandError(f"{refused} file(s) refused")
