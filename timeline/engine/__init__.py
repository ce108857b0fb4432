"""The temporal engine: plain Python, no Django.

    tag (rules/, tag.py) -> underspecified value -> resolve (resolve.py, tense.py)
    -> events (events.py, titled by titles.py) -> merge (merge.py)

``analyze(text, published)`` runs the first three steps on one article.
"""
import hashlib
from pathlib import Path

from . import values
from .analyze import Analysis, Sentence, Timex, analyze, analyze_many
from .events import EventCandidate, extract_events
from .merge import MergeCandidate, MergedEvent, merge
from .nlp import DEFAULT_PIPELINE, load_pipeline


def _fingerprint():
    """A short hash of the engine's own source: changes whenever a rule or step does."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


ENGINE_VERSION = _fingerprint()

__all__ = [
    "ENGINE_VERSION",
    "Analysis", "DEFAULT_PIPELINE", "EventCandidate", "MergeCandidate", "MergedEvent", "Sentence", "Timex",
    "analyze", "analyze_many", "extract_events", "load_pipeline", "merge", "values",
]
