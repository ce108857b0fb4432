"""Engine speed next to bare spaCy on the development corpora.

    python bench/engine_speed.py [FILE.jsonl ...]

Prints words per second for (1) spaCy's nlp.pipe alone and (2) the whole
engine (the same pipe plus tagging, tense and resolution), and the engine's
added share of spaCy's time. Defaults to ../shared/eval/dev/*.jsonl.
"""
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.engine import analyze_many, load_pipeline  # noqa: E402

DEFAULT = sorted((Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev").glob("*.jsonl"))


def load(paths):
    documents = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            documents += [json.loads(line) for line in handle if line.strip()]
    return documents


def best_of(runs, work):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(paths):
    if not paths:
        sys.exit("no corpus: pass JSONL files or put the development corpora in ../shared/eval/dev/")
    documents = load(paths)
    nlp = load_pipeline()
    texts = [d["text"] for d in documents]
    items = [(d["text"], date.fromisoformat(d["published"])) for d in documents]
    list(nlp.pipe(texts[:5]))  # warm-up
    words = sum(len(t.split()) for t in texts)
    spacy_time = best_of(3, lambda: list(nlp.pipe(texts, batch_size=16)))
    engine_time = best_of(3, lambda: list(analyze_many(items, nlp=nlp)))
    print(f"corpus: {len(documents)} documents, {words} words ({', '.join(Path(p).name for p in paths)})")
    print(f"spaCy nlp.pipe : {spacy_time:7.2f} s  {words / spacy_time:8.0f} words/s")
    print(f"Timeline engine: {engine_time:7.2f} s  {words / engine_time:8.0f} words/s")
    print(f"engine adds {100 * (engine_time - spacy_time) / spacy_time:.1f}% to spaCy's time (budget: 25%)")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
