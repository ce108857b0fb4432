"""Shared by the engine's test modules: run the engine on one sentence."""
from timeline.engine import analyze


def found(text, published, nlp):
    """{expression text: Timex} for every expression the engine finds in ``text``."""
    return {t.text: t for t in analyze(text, published, nlp=nlp).timexes}
