"""How merging scales with the number of event candidates.

    python bench/merge_speed.py [FILE.jsonl ...]

Analyses the articles (the development corpora by default), takes their event
candidates as one collection of sources, and prints the time merge() needs for
growing shares of them. Merging compares each candidate with the events formed
so far, so its time grows with the square of the candidates; the figures say
how fast, for the README.
"""
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.engine_speed import DEFAULT, load  # noqa: E402
from timeline.engine import MergeCandidate, analyze_many, extract_events, load_pipeline, merge  # noqa: E402


def sources_of(documents, nlp):
    items = [(d["text"], date.fromisoformat(d["published"])) for d in documents]
    for article, analysis in enumerate(analyze_many(items, nlp=nlp)):
        for c in extract_events(analysis):
            yield MergeCandidate.of(article, c)


def main(paths):
    if not paths:
        sys.exit("no corpus: pass JSONL files or put the development corpora in ../shared/eval/dev/")
    documents = load(paths)
    sources = list(sources_of(documents, load_pipeline()))
    print(f"{len(documents)} articles, {len(sources)} event candidates")
    for share in (0.25, 0.5, 1.0):
        some = sources[:int(len(sources) * share)]
        start = time.perf_counter()
        events = merge(some)
        elapsed = time.perf_counter() - start
        print(f"merge {len(some):6d} candidates -> {len(events):6d} events in {elapsed:6.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
