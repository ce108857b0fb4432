"""The seed articles against their gold annotation (tests/data, a copy of shared/eval)."""
import json
from datetime import date

import pytest

from tests.conftest import DATA
from timeline.engine.evaluate import evaluate, predict, read_documents

GOLD = DATA / "seeds.gold.jsonl"


@pytest.fixture(scope="module")
def seed_scores(nlp):
    documents = read_documents(GOLD)
    return documents, list(predict(documents, nlp=nlp))


def test_value_f1_is_perfect(seed_scores):
    documents, predictions = seed_scores
    scores = evaluate(documents, predictions)
    assert scores["value_f1"] == 1.0
    assert scores["relaxed"]["precision"] == 1.0


def test_each_gold_expression_is_found_with_its_value(seed_scores):
    documents, predictions = seed_scores
    for document, predicted in zip(documents, predictions):
        found = {(t["start"], t["end"]): (t["type"], t["value"]) for t in predicted["timexes"]}
        for gold in document["timexes"]:
            assert found.get((gold["start"], gold["end"])) == (gold["type"], gold["value"]), gold["text"]


def test_gold_file_is_the_seeds(seed_scores):
    documents, _ = seed_scores
    assert {d["id"]: d["published"] for d in documents} == {
        "000_8511b5ad0af99c9d": "2025-08-13", "001_9fd857c355ce1723": "2025-08-12",
        "003_e7db84bc296da82b": "2025-08-13"}
    assert date.fromisoformat(documents[0]["published"]) == date(2025, 8, 13)
    assert json.loads(GOLD.read_text().splitlines()[0])["timexes"][0]["text"] == "Tuesday"
