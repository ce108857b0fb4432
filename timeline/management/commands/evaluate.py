"""python manage.py evaluate GOLD.jsonl [--predictions OUT.jsonl] [--json]"""
import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline.engine import load_pipeline
from timeline.engine.evaluate import evaluate, format_scores, predict, read_documents


class Command(BaseCommand):
    help = "Score the temporal engine on a gold JSONL file (TempEval-3 measures). Needs no database."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("gold", help="gold file in the format of shared/eval/FORMAT.md")
        parser.add_argument("--predictions", help="write the engine's output here (same format)")
        parser.add_argument("--json", action="store_true", dest="as_json", help="print the scores as JSON")

    def handle(self, *args, gold, predictions=None, as_json=False, **options):
        try:
            documents = read_documents(gold)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        nlp = load_pipeline(settings.TIMELINE_SPACY_PIPELINE)
        predicted = list(predict(documents, nlp=nlp, progress=self._progress))
        scores = evaluate(documents, predicted)
        if predictions:
            with open(predictions, "w", encoding="utf-8") as handle:
                for document in predicted:
                    handle.write(json.dumps(document, ensure_ascii=False) + "\n")
        self.stdout.write(json.dumps(scores, indent=2) if as_json else format_scores(scores))

    @staticmethod
    def _progress(index, total):
        if total >= 20 and (index % 20 == 0 or index == total):
            print(f"  {index}/{total} documents", file=sys.stderr)

