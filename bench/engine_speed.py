"""Engine speed next to bare spaCy on the development corpora.

    python bench/engine_speed.py [FILE.jsonl ...]

Prints words per second for (1) spaCy's nlp.pipe alone and (2) the whole
engine (the same pipe plus tagging, tense and resolution), and the engine's
added share of spaCy's time, twice: end to end, and as the time its own work
takes on the documents spaCy has just parsed. The runs alternate, best of three
each, so that a change in the machine's load hits all three alike; the second
figure is the steadier one. Defaults to ../shared/eval/dev/*.jsonl.
"""
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.engine import analyze_many, load_pipeline  # noqa: E402
from timeline.engine.analyze import analyze_doc  # noqa: E402

DEFAULT = sorted((Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev").glob("*.jsonl"))


def load(paths):
    documents = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            documents += [json.loads(line) for line in handle if line.strip()]
    return documents


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main(paths):
    if not paths:
        sys.exit("no corpus: pass JSONL files or put the development corpora in ../shared/eval/dev/")
    documents = load(paths)
    nlp = load_pipeline()
    texts = [d["text"] for d in documents]
    items = [(d["text"], date.fromisoformat(d["published"])) for d in documents]
    list(nlp.pipe(texts[:5]))  # warm-up
    words = sum(len(t.split()) for t in texts)
    spacy_times, engine_times, own_times = [], [], []
    for run in range(3):
        spacy_time, docs = timed(lambda: list(nlp.pipe(texts, batch_size=16)))
        engine_time, _ = timed(lambda: list(analyze_many(items, nlp=nlp)))
        own_time, _ = timed(lambda: [analyze_doc(doc, published) for doc, (_, published) in zip(docs, items)])
        spacy_times.append(spacy_time), engine_times.append(engine_time), own_times.append(own_time)
        print(f"run {run + 1}/3: spaCy {spacy_time:.2f} s, engine {engine_time:.2f} s, its own work {own_time:.2f} s",
              file=sys.stderr)
    spacy_time, engine_time, own_time = min(spacy_times), min(engine_times), min(own_times)
    print(f"corpus: {len(documents)} documents, {words} words ({', '.join(Path(p).name for p in paths)})")
    print(f"spaCy nlp.pipe : {spacy_time:7.2f} s  {words / spacy_time:8.0f} words/s")
    print(f"Timeline engine: {engine_time:7.2f} s  {words / engine_time:8.0f} words/s")
    print(f"engine adds {100 * (engine_time - spacy_time) / spacy_time:.1f}% to spaCy's time end to end; "
          f"its own work on the parsed documents takes {own_time:.2f} s, {100 * own_time / spacy_time:.1f}% "
          f"(budget: 25%)")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
