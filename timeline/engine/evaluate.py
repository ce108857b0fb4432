"""Run the engine over a gold JSONL file (../shared/eval/FORMAT.md) and score it."""
import json
import sys
from datetime import date

from .analyze import analyze_many
from .score import Counts, count_document, summarize


def read_documents(path):
    """The documents of a JSONL file; only id, published and text are needed."""
    documents = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
                document["published_date"] = date.fromisoformat(document["published"])
                document["text"]  # noqa: B018 - required
            except (ValueError, KeyError) as error:
                raise ValueError(f"{path}, line {number}: not a document ({error})") from error
            documents.append(document)
    return documents


def predict(documents, nlp=None, progress=None):
    """Predicted timexes per document, in the file format."""
    items = [(d["text"], d["published_date"]) for d in documents]
    for index, (document, analysis) in enumerate(zip(documents, analyze_many(items, nlp=nlp)), 1):
        if progress:
            progress(index, len(documents))
        yield {
            "id": document.get("id", str(index)),
            "published": document["published"],
            "text": document["text"],
            "timexes": [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                 "rule": t.rule, "anchor": t.anchor}
                for t in analysis.timexes
            ],
        }


def evaluate(documents, predictions):
    total = Counts()
    for document, predicted in zip(documents, predictions):
        total.add(count_document(document.get("timexes", []), predicted["timexes"]))
    return summarize(total)


def format_scores(scores):
    lines = [f"gold timexes {scores['documents_gold_timexes']}, predicted {scores['predicted_timexes']}"]
    for kind in ("strict", "relaxed"):
        s = scores[kind]
        lines.append(f"{kind:8} span  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"value accuracy {scores['value_accuracy']:.3f}   type accuracy {scores['type_accuracy']:.3f}")
    lines.append(f"value F1 {scores['value_f1']:.3f}")
    return "\n".join(lines)


def _progress(index, total):
    if index == total or index % 20 == 0:
        print(f"  {index}/{total} documents", file=sys.stderr)


if __name__ == "__main__":
    docs = read_documents(sys.argv[1])
    preds = list(predict(docs, progress=_progress))
    print(format_scores(evaluate(docs, preds)))
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            for p in preds:
                out.write(json.dumps(p) + "\n")
