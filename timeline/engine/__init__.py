"""The temporal engine: plain Python, no Django.

    tag (rules/, tag.py) -> underspecified value -> resolve (resolve.py, tense.py)
    -> events (events.py) -> merge (merge.py)

``analyze(text, published)`` runs the first three steps on one article.
"""
from . import values
from .analyze import Analysis, Sentence, Timex, analyze, analyze_many
from .events import EventCandidate, extract_events
from .merge import MergedEvent, merge
from .nlp import DEFAULT_PIPELINE, load_pipeline

__all__ = [
    "Analysis", "DEFAULT_PIPELINE", "EventCandidate", "MergedEvent", "Sentence", "Timex",
    "analyze", "analyze_many", "extract_events", "load_pipeline", "merge", "values",
]
